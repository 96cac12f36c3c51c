"""The settings dialog: saving a school, letters, auto-lock; errors; TOML; passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from skow_desk.domain.enums import Sector
from skow_desk.gui.access.auto_lock import lock_minutes
from skow_desk.gui.common import org_forms
from skow_desk.gui.settings import settings_dialog
from skow_desk.gui.settings.settings_dialog import ChangePassphraseDialog, SettingsDialog
from skow_desk.services.foundation import get_setting, schools
from skow_desk.store.keys import unlock
from tests.conftest import PASSPHRASE


def _png(path: Path) -> bytes:
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6db0"))
    assert image.save(str(path))  # the format follows the .png suffix
    return path.read_bytes()


@pytest.fixture
def dialog(app: Any, demo_db: Any, demo_folder: Path, qtbot: Any) -> SettingsDialog:
    dialog = SettingsDialog(demo_db, demo_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_the_stored_foundation_and_schools(dialog: SettingsDialog) -> None:
    assert dialog.ui.foundationForm.ui.nameEdit.text().startswith("Stichting Katholiek")
    assert dialog.ui.schoolsList.count() == 4
    assert dialog.ui.schoolForm.ui.brinEdit.isReadOnly()
    assert dialog.ui.windowLeftSpin.value() == 35
    assert dialog.ui.windowWidthSpin.value() == 70
    assert dialog.ui.windowMiddleSpin.value() == 63.5
    assert dialog.ui.lockSpin.value() == 10


def test_adding_a_school_with_logo_is_saved_and_read_back(
        dialog: SettingsDialog, demo_db: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    logo = tmp_path / "logo.png"
    png = _png(logo)
    monkeypatch.setattr(org_forms, "choose_logo_file", lambda _parent: logo)
    dialog.ui.newSchoolButton.click()
    form = dialog.ui.schoolForm
    assert form.is_blank()
    form.ui.brinEdit.setText("99zz")
    form.ui.nameEdit.setText("Kindcentrum De Horizon")
    form.ui.sectorCombo.setCurrentIndex(form.ui.sectorCombo.findData("SO"))
    form.ui.signatoryEdit.setText("A. Bakker")
    form.ui.functionEdit.setText("locatieleider")
    form.ui.logoButton.click()
    dialog.ui.schoolsList.setCurrentRow(0)  # switching away keeps what was typed
    dialog.ui.windowLeftSpin.setValue(20)
    dialog.ui.lockSpin.setValue(5)
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    with demo_db.sessions() as session:
        stored = {s.brin: s for s in schools(session)}
        assert get_setting(session, "brief.venster_links_mm") == "20"
    school = stored["99ZZ"]
    assert (school.name, school.sector, school.signatory, school.signatory_function) == (
        "Kindcentrum De Horizon", Sector.SO, "A. Bakker", "locatieleider")
    assert school.logo == png and school.logo_name == "logo.png"
    assert lock_minutes(demo_db) == 5


def test_editing_an_existing_school(dialog: SettingsDialog, demo_db: Any) -> None:
    dialog.ui.schoolsList.setCurrentRow(1)
    brin = dialog.ui.schoolForm.ui.brinEdit.text()
    dialog.ui.schoolForm.ui.phoneEdit.setText("070 1112233")
    assert dialog.save()
    with demo_db.sessions() as session:
        assert {s.brin: s.phone for s in schools(session)}[brin] == "070 1112233"


def test_a_refused_save_shows_the_dutch_message_and_saves_nothing(
        dialog: SettingsDialog, demo_db: Any, messages: Any) -> None:
    dialog.ui.foundationForm.ui.nameEdit.setText("")
    dialog.ui.windowLeftSpin.setValue(11)
    assert dialog.save() is False
    assert messages.texts() == ["Vul de naam van de stichting in."]
    with demo_db.sessions() as session:
        assert get_setting(session, "brief.venster_links_mm", "35") == "35"


def test_toml_export_and_import(dialog: SettingsDialog, qtbot: Any, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch, messages: Any) -> None:
    target = tmp_path / "stichting.toml"
    monkeypatch.setattr(settings_dialog, "choose_toml_to_write", lambda _p: target)
    dialog.export_toml()
    qtbot.waitUntil(lambda: target.exists() and bool(messages.shown), timeout=5000)
    text = target.read_text(encoding="utf-8").replace("Westland College", "Westland Lyceum")
    target.write_text(text, encoding="utf-8")
    monkeypatch.setattr(settings_dialog, "choose_toml_to_read", lambda _p: target)
    dialog.import_toml()
    qtbot.waitUntil(lambda: len(messages.shown) == 2, timeout=5000)
    names = [dialog.ui.schoolsList.item(i).text() for i in range(dialog.ui.schoolsList.count())]
    assert any("Westland Lyceum" in name for name in names)


def test_change_passphrase(app: Any, qtbot: Any, data_folder: Path, messages: Any) -> None:
    dialog = ChangePassphraseDialog(data_folder)
    qtbot.addWidget(dialog)
    dialog.current.setText("fout-fout-fout-fout")
    dialog.fields.first.setText("een-nieuwe-lange-zin")
    dialog.fields.second.setText("een-nieuwe-lange-zin")
    dialog.try_change()
    assert dialog.message.text() == "Het huidige wachtwoord is onjuist."
    dialog.current.setText(PASSPHRASE)
    dialog.try_change()
    assert len(unlock(data_folder, "een-nieuwe-lange-zin")) == 32
    assert messages.texts()[-1].startswith("Het wachtwoord is gewijzigd")


def test_change_passphrase_renews_the_key_by_default(app: Any, qtbot: Any, db: Any,
                                                     data_folder: Path, messages: Any) -> None:
    """Issue 12 item 6: "ook de sleutel vernieuwen", on by default, shows a new recovery key."""
    from sqlalchemy import text

    old_key = db.key
    dialog = ChangePassphraseDialog(data_folder, db=db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rekey.isChecked() and dialog.rekey.isVisible()
    dialog.current.setText(PASSPHRASE)
    dialog.fields.first.setText("een-nieuwe-lange-zin")
    dialog.fields.second.setText("een-nieuwe-lange-zin")
    dialog.try_change()
    assert db.key != old_key and unlock(data_folder, "een-nieuwe-lange-zin") == db.key
    assert dialog.new_recovery_key and dialog.new_recovery_key in messages.texts()[-1]
    with db.read_only() as session:  # the open database goes on with the new key
        assert session.execute(text("SELECT count(*) FROM person")).scalar() == 0


def test_a_passphrase_change_is_logged(app: Any, qtbot: Any, data_folder: Path, messages: Any,
                                       monkeypatch: Any) -> None:
    from sqlalchemy import select

    from skow_desk.gui.common import dialog_base as base
    from skow_desk.store.models import AuditEntry
    from skow_desk.store.vault import open_data

    db = open_data(data_folder, PASSPHRASE)
    try:
        dialog = SettingsDialog(db, data_folder)
        qtbot.addWidget(dialog)

        def change(inner: Any) -> bool:
            inner.current.setText(PASSPHRASE)
            inner.fields.first.setText("een-nieuwe-lange-zin")
            inner.fields.second.setText("een-nieuwe-lange-zin")
            inner.try_change()
            return bool(inner.result())

        monkeypatch.setattr(base, "RUN_HOOK", change)
        dialog.change_passphrase()
        with db.transaction() as s:
            summaries = [e.summary for e in s.scalars(
                select(AuditEntry).where(AuditEntry.entity_type == "sleutel"))]
        assert summaries == ["wachtwoord gewijzigd en sleutel vernieuwd (nieuwe herstelsleutel)"]
        from skow_desk.services.audit import verify, verify_message

        report = verify(db)  # the trail follows the new key (its HMAC and anchor)
        assert report.ok, verify_message(report)
    finally:
        db.close()
