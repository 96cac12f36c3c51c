"""The windows of issue 11 items 4-6 through real widgets: who signs (letter dialog), the
dispatch step of Definitief maken, the mandate in the foundation form, and parental authority
and birth date in the person dialog."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from skow_desk.gui.common.person_dialog import PersonDialog
from skow_desk.gui.letters.letter_dialog import LetterDialog
from skow_desk.services.foundation import get_foundation, mandate_of
from skow_desk.store.models import Guardianship, Letter, Person
from tests.gui.test_case_support import click
from tests.gui.test_letter_support import suspended_pupil, wait_for_preview, warned_teacher
from tests.unit.letters.letter_helpers import pdf_text


def _mandate(db, *keys: str) -> None:
    from skow_desk.services.foundation import FoundationInput, save_foundation

    with db.transaction() as s:
        f = get_foundation(s)
        save_foundation(s, FoundationInput(
            name=f.name, address=f.address, postcode=f.postcode, city=f.city,
            board_member=f.board_member, mandate_measures=keys,
            mandate_decided_on=date(2025, 9, 1), mandate_reference="CvB-2025-014"))


def test_the_letter_dialog_says_who_signs_and_finalises_on_the_dispatch_date(
        qtbot, app, db, messages, grab):
    ids = warned_teacher(db)  # decided 4 November 2026
    dialog = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    assert dialog.signer_label.isVisible()
    assert "geen bestuurder vastgelegd" not in dialog.signer_label.text()
    assert dialog.signer_label.text() == (
        "Ondertekening: H. ter Horst, bestuurder — Het bevoegd gezag van Stichting SKOW.")
    _mandate(db, "medewerker.waarschuwing")
    dialog.close()
    dialog = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    assert "namens het bevoegd gezag van Stichting SKOW (binnen het mandaat)" in \
        dialog.signer_label.text()
    click(qtbot, dialog.draft_button)
    wait_for_preview(qtbot, dialog.preview)
    grab(dialog, "letter-dialog-signer")
    messages.answers.append((date(2026, 11, 9), "aangetekend"))
    click(qtbot, dialog.finalise_button)
    assert not [m for m in messages.shown if m[0] == "error"], messages.shown
    with db.transaction() as s:
        letter = s.scalars(select(Letter)).one()
        assert (letter.letter_date, letter.sent_on, letter.sent_via) == (
            date(2026, 11, 9), date(2026, 11, 9), "aangetekend")
        assert letter.sent_to == "De heer J. van der Berg" or "Berg" in letter.sent_to
        text = pdf_text(letter.pdf)
    assert "9 november 2026" in text
    assert "namens het bevoegd gezag van Stichting SKOW" in text


def test_a_dispatch_before_the_decision_is_refused_in_dutch(qtbot, app, db, messages):
    ids = warned_teacher(db)
    dialog = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.draft_button)
    messages.answers.append((date(2026, 11, 1), "post"))
    click(qtbot, dialog.finalise_button)
    assert any("vóór het besluit van 4 november 2026" in t for t in messages.texts())
    assert dialog.drafts and not dialog.finals


def test_the_person_dialog_keeps_authority_and_birth_date(qtbot, app, db, messages, grab):
    ids = suspended_pupil(db)
    dialog = PersonDialog(db, ids["person"])
    qtbot.addWidget(dialog)
    dialog.show()
    from PySide6.QtCore import Qt

    dialog.ui.guardiansList.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.birthDateCheck.setChecked(True)
    from skow_desk.gui.common.dates import set_value

    set_value(dialog.birthDateEdit, date(2010, 5, 17))
    dialog.parentsInformedCheck.setChecked(True)
    grab(dialog, "person-dialog-gezag")
    assert dialog.save()
    with db.transaction() as s:
        pupil = s.get(Person, ids["person"])
        assert pupil.birth_date == date(2010, 5, 17) and pupil.parents_informed
        links = s.scalars(select(Guardianship).where(
            Guardianship.pupil_id == ids["person"])).all()
        assert sorted(link.has_authority for link in links) == [False, True]


def test_the_settings_foundation_form_saves_the_mandate(qtbot, app, db, messages, tmp_path):
    from PySide6.QtCore import Qt

    from skow_desk.gui.settings.settings_dialog import SettingsDialog

    warned_teacher(db)
    dialog = SettingsDialog(db, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.ui.foundationForm
    for i in range(form.mandateList.count()):
        item = form.mandateList.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "leerling.schorsing":
            item.setCheckState(Qt.CheckState.Checked)
    form.mandateDateCheck.setChecked(True)
    form.mandateReferenceEdit.setText("CvB-2026-003")
    form.appealBodyEdit.setText("de Commissie van Beroep")
    form.appealAddressEdit.setText("Postbus 1, 1000 AA Utrecht")
    form.appealWeeksSpin.setValue(6)
    assert dialog.save(), messages.texts()
    with db.transaction() as s:
        found = get_foundation(s)
        assert mandate_of(found).measures == frozenset({"leerling.schorsing"})
        assert found.mandate_reference == "CvB-2026-003" and found.appeal_weeks == 6
    form.appealWeeksSpin.setValue(0)
    assert not dialog.save()
    assert any("termijn in weken" in t for t in messages.texts())
