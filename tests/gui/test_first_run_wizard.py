"""The first-run wizard driven to the end: passphrase, recovery key, foundation and schools."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from skow_desk.domain.enums import Denomination, Sector
from skow_desk.gui.access import first_run
from skow_desk.gui.access.first_run import (
    PAGE_CHOICE,
    PAGE_FINISH,
    PAGE_FOUNDATION,
    PAGE_RECOVERY,
    PAGE_SCHOOLS,
    FirstRunWizard,
)
from skow_desk.services.foundation import get_foundation, schools
from skow_desk.store.keys import unlock_with_recovery
from skow_desk.store.vault import is_set_up, open_data

PASS = "zon-en-regen-op-het-dak"


def _fill_school(wizard: FirstRunWizard, brin: str, name: str, sector_index: int) -> None:
    form = wizard.ui.schoolForm.ui
    form.brinEdit.setText(brin)
    form.nameEdit.setText(name)
    form.sectorCombo.setCurrentIndex(sector_index)
    form.denominationCombo.setCurrentIndex(1)
    form.addressEdit.setText("Schoolstraat 1")
    form.postcodeEdit.setText("2671 AA")
    form.cityEdit.setText("Naaldwijk")
    form.phoneEdit.setText("0174 123456")
    form.emailEdit.setText("info@school.example")
    form.signatoryEdit.setText("M. de Vries")
    form.functionEdit.setText("directeur")


def _to_choice(wizard: FirstRunWizard, qtbot: Any) -> None:
    ui = wizard.ui
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    ui.passphraseEdit.setText("kort")
    assert ui.strengthLabel.text() == "Kies een wachtwoord van minstens 10 tekens."
    assert not commit.isEnabled()
    ui.passphraseEdit.setText(PASS)
    ui.repeatEdit.setText(PASS + "x")
    assert ui.strengthLabel.text() == "De twee wachtwoorden zijn nog niet gelijk."
    assert not commit.isEnabled()
    ui.repeatEdit.setText(PASS)
    assert commit.isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_RECOVERY
    assert re.fullmatch(r"([A-Z2-9]{4}-){5}[A-Z2-9]{4}", wizard.recovery_key)
    assert ui.recoveryKeyLabel.text() == wizard.recovery_key
    assert "enige manier" in ui.warningLabel.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    ui.savedCheck.setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_CHOICE


def test_wizard_to_the_end_with_two_schools(app: Any, qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "nieuw"
    wizard = FirstRunWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_choice(wizard, qtbot)
    assert is_set_up(folder)
    wizard.next()
    assert wizard.currentId() == PAGE_FOUNDATION
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    found = wizard.ui.foundationForm.ui
    found.nameEdit.setText("Stichting Proef")
    found.shortNameEdit.setText("SP")
    found.addressEdit.setText("Laan 1")
    found.postcodeEdit.setText("1234 AB")
    found.cityEdit.setText("Delft")
    found.boardMemberEdit.setText("H. ter Horst")
    wizard.next()
    assert wizard.currentId() == PAGE_SCHOOLS
    _fill_school(wizard, "04xy", "De Regenboog", 0)
    wizard.ui.addSchoolButton.click()
    assert "De Regenboog (04XY)" in wizard.ui.schoolsAdded.text()
    assert wizard.ui.schoolForm.is_blank()
    _fill_school(wizard, "22CD", "Westland College", 1)
    wizard.next()
    assert wizard.currentId() == PAGE_FINISH
    assert "Stichting Proef" in wizard.ui.summaryLabel.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.database is not None
    wizard.database.close()

    db = open_data(folder, PASS)
    try:
        with db.sessions() as session:
            stored = get_foundation(session)
            assert stored is not None
            assert (stored.name, stored.short_name, stored.board_member) == (
                "Stichting Proef", "SP", "H. ter Horst")
            listed = {s.brin: s for s in schools(session)}
        assert sorted(listed) == ["04XY", "22CD"]
        assert listed["22CD"].sector is Sector.VO
        assert listed["04XY"].denomination is Denomination.PRIVATE
        assert listed["04XY"].signatory == "M. de Vries"
    finally:
        db.close()
    assert len(unlock_with_recovery(folder, wizard.recovery_key.lower())) == 32


def test_wizard_imports_the_foundation_toml(app: Any, qtbot: Any, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    toml = tmp_path / "stichting.toml"
    toml.write_text('[stichting]\nnaam = "Stichting Uit Bestand"\n\n[[school]]\nbrin = "31EF"\n'
                    'naam = "Lyceum"\nsector = "VO"\ndenominatie = "openbaar"\n',
                    encoding="utf-8")
    wizard = FirstRunWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    _to_choice(wizard, qtbot)
    wizard.ui.tomlRadio.setChecked(True)
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    monkeypatch.setattr(first_run, "choose_toml_path", lambda _parent: toml)
    wizard.ui.tomlBrowseButton.click()
    wizard.next()
    assert wizard.currentId() == PAGE_FINISH
    assert "Stichting Uit Bestand" in wizard.ui.summaryLabel.text()
    assert wizard.database is not None
    with wizard.database.sessions() as session:
        assert [s.brin for s in schools(session)] == ["31EF"]
    wizard.database.close()


def test_wizard_bad_toml_shows_the_dutch_error(app: Any, qtbot: Any, tmp_path: Path,
                                               messages: Any) -> None:
    toml = tmp_path / "fout.toml"
    toml.write_text('[stichting]\nnaam = "X"\nonbekend = 1\n', encoding="utf-8")
    wizard = FirstRunWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    _to_choice(wizard, qtbot)
    wizard.ui.tomlRadio.setChecked(True)
    wizard.ui.tomlPathEdit.setText(str(toml))
    wizard.next()
    assert wizard.currentId() == PAGE_CHOICE
    assert messages.texts() == ["[stichting]: onbekende sleutel 'onbekend'."]
    assert wizard.database is not None
    wizard.database.close()


def test_wizard_opens_the_demo_data(app: Any, qtbot: Any, tmp_path: Path) -> None:
    wizard = FirstRunWizard(tmp_path / "demo", demo_incidents=8)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_choice(wizard, qtbot)
    wizard.ui.demoRadio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_FINISH
    qtbot.waitUntil(lambda: wizard.demo_done, timeout=20_000)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "Demogegevens aangemaakt" in wizard.ui.summaryLabel.text()
    assert wizard.database is not None
    wizard.database.close()


def test_recovery_key_saved_as_file(app: Any, qtbot: Any, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch, messages: Any) -> None:
    wizard = FirstRunWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    _to_choice(wizard, qtbot)
    target = tmp_path / "sleutel.txt"
    monkeypatch.setattr(first_run, "choose_save_path", lambda _p, _s: target)
    wizard.save_recovery_key()
    assert wizard.recovery_key in target.read_text(encoding="utf-8")
    assert "enige manier" in target.read_text(encoding="utf-8")
    assert messages.shown and messages.shown[0][0] == "info"
    assert wizard.database is not None
    wizard.database.close()


def test_resume_starts_at_the_choice(app: Any, qtbot: Any, db: Any, data_folder: Path) -> None:
    wizard = FirstRunWizard(data_folder, db=db)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == PAGE_CHOICE


@pytest.mark.parametrize("weak", ["Wachtwoord12345678", "skowskowskow!"])
def test_weak_passphrases_are_refused_in_the_wizard(app: Any, qtbot: Any, tmp_path: Path,
                                                    weak: str) -> None:
    """Issue 12 item 6: the strength estimator knows Dutch words; Next stays disabled."""
    wizard = FirstRunWizard(tmp_path / "nieuw")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.passphraseEdit.setText(weak)
    wizard.ui.repeatEdit.setText(weak)
    assert "te makkelijk te raden" in wizard.ui.strengthLabel.text()
    assert not wizard.ui.passphrasePage.isComplete()
    qtbot.wait(50)  # the wrapped sentence's height is laid out
    wizard.ui.passphraseEdit.setText("fietsen langs de groene dijk")
    wizard.ui.repeatEdit.setText("fietsen langs de groene dijk")
    assert wizard.ui.passphrasePage.isComplete()


def test_annuleren_on_the_final_page_asks_first(app: Any, qtbot: Any, tmp_path: Path,
                                                messages: Any) -> None:
    from skow_desk.gui.common import msgbox

    wizard = FirstRunWizard(tmp_path / "data", demo_incidents=8)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_choice(wizard, qtbot)
    wizard.ui.demoRadio.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.demo_done, timeout=30_000)
    assert wizard.currentId() == PAGE_FINISH
    messages.answers.append(msgbox.Answer.NO)  # "Doorgaan"
    wizard.reject()  # Annuleren / Esc / the window's cross
    assert "SKOW Desk is ingericht" in messages.asked[-1][1]
    assert wizard.isVisible() and wizard.result() == 0
    messages.answers.append(msgbox.Answer.YES)  # "Stoppen"
    wizard.reject()
    assert not wizard.isVisible()
    assert wizard.database is not None
    wizard.database.close()
