"""Correct or withdraw a measure in the case view; the calendar note in the measure dialog; the
school's holiday region and free days in the settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from sqlalchemy import select

from skow_desk.domain.measures import MeasureStatus
from skow_desk.gui.cases.case_view import CaseView
from skow_desk.gui.cases.dialogs.measure_dialog import MeasureDialog
from skow_desk.store.models import Measure, School, SchoolFreeDay
from tests.gui.test_case_support import click, click_row, open_case
from tests.gui.test_letter_support import suspended_pupil


def _view(qtbot: Any, db: Any, incident_id: int) -> CaseView:
    view: CaseView = open_case(qtbot, db, incident_id, 1366, 768)
    return view


def _measure_texts(view: CaseView) -> list[str]:
    model = view.overview.measures.table.model()
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_withdraw_a_measure_in_the_case_view(qtbot, db, dialogs, grab, messages) -> None:
    ids = suspended_pupil(db)
    view = _view(qtbot, db, ids["incident"])
    ov = view.overview
    assert not ov.withdraw_measure_button.isEnabled()  # nothing chosen yet
    click_row(qtbot, ov.measures.table, 0)
    assert ov.withdraw_measure_button.isEnabled() and ov.correct_measure_button.isEnabled()

    def withdraw(dialog: Any) -> None:
        grab(dialog, "h11c-intrekken-dialoog")
        dialog.accept()  # without a reason: refused, the dialog stays
        assert dialog.isVisible()
        assert "reden van de intrekking" in messages.texts()[-1]
        qtbot.keyClicks(dialog.note_edit, "Het filmpje bleek door een ander geplaatst.")
        dialog.accept()

    dialogs.handlers.append(withdraw)
    click(qtbot, ov.withdraw_measure_button)
    assert _measure_texts(view) == ["Schorsing — ingetrokken"]
    tasks = view.overview.tasks.table.model()
    assert {tasks.index(r, 3).data() for r in range(tasks.rowCount())} == {
        "Vervallen op 24-11-2026"}
    click_row(qtbot, ov.measures.table, 0)
    assert not ov.withdraw_measure_button.isEnabled()
    assert "Ingetrokken op 24-11-2026: Het filmpje bleek" in ov.measure_detail.text()
    grab(view, "h11c-zaak-ingetrokken")
    with db.transaction() as s:
        m = s.get(Measure, ids["measure"])
        assert (m.status, m.status_on) == (MeasureStatus.WITHDRAWN, date(2026, 11, 24))


def test_correct_a_measure_in_the_case_view(qtbot, db, dialogs, grab) -> None:
    ids = suspended_pupil(db)
    view = _view(qtbot, db, ids["incident"])
    click_row(qtbot, view.overview.measures.table, 0)
    previews: list[str] = []

    def correct(dialog: Any) -> None:
        ui = dialog.ui
        assert ui.reasonEdit.toPlainText() == "Het filmpje heeft een klasgenoot gekwetst"
        assert ui.endOnEdit.date() == QDate(2026, 11, 6)
        assert not ui.personCombo.isEnabled()
        ui.endOnEdit.setDate(QDate(2026, 11, 5))
        qtbot.keyClicks(dialog.correction_reason_edit, "Een dag, niet twee.")
        previews.append(dialog.preview.plain)
        grab(dialog, "h11c-corrigeren-dialoog")
        dialog.accept()

    dialogs.handlers.append(correct)
    click(qtbot, view.overview.correct_measure_button)
    assert "Duur: 1 schooldag." in previews[0], previews
    assert sorted(_measure_texts(view)) == ["Schorsing", "Schorsing — gecorrigeerd"]
    with db.transaction() as s:
        old = s.get(Measure, ids["measure"])
        new = s.get(Measure, old.corrected_by_id)
        assert old.status is MeasureStatus.CORRECTED and old.status_reason == "Een dag, niet twee."
        assert (new.end_on, new.school_days) == (date(2026, 11, 5), 1)


def test_the_measure_dialog_says_when_holidays_are_not_counted(qtbot, db, grab) -> None:
    ids = suspended_pupil(db)
    dialog = MeasureDialog(db, ids["incident"], person_id=ids["person"])
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("Schorsing"))
    qtbot.keyClicks(ui.reasonEdit, "Filmpje van een klasgenoot")
    ui.startOnEdit.setDate(QDate(2026, 11, 25))
    ui.endOnEdit.setDate(QDate(2026, 11, 26))
    assert "Let op: Voor deze school is geen vakantieregio ingesteld" in dialog.preview.plain
    grab(dialog, "h11c-maatregel-geen-regio")
    with db.transaction() as s:
        s.get(School, ids["school"]).region = "midden"
    ui.endOnEdit.setDate(QDate(2026, 11, 27))
    assert "vakantieregio" not in dialog.preview.plain
    assert "bevestigd" not in dialog.preview.plain  # November 2026 is sure in regio midden
    ui.startOnEdit.setDate(QDate(2027, 2, 15))
    ui.endOnEdit.setDate(QDate(2027, 2, 16))
    assert ("nog niet volledig bevestigd (regio midden): de voorjaarsvakantie komt uit één "
            "bron") in dialog.preview.plain  # 2026-2027
    grab(dialog, "cal11-maatregel-voorjaar-een-bron")
    ui.startOnEdit.setDate(QDate(2028, 10, 16))
    ui.endOnEdit.setDate(QDate(2028, 10, 18))
    assert "Let op: Voor schooljaar 2028-2029 is geen vakantierooster bekend" in \
        dialog.preview.plain
    assert "Duur: 3 schooldagen." in dialog.preview.plain
    grab(dialog, "h11c-maatregel-geen-kalender")


def test_the_settings_keep_a_schools_region_and_free_days(qtbot, db, tmp_path, grab,
                                                          messages) -> None:
    from skow_desk.gui.settings.settings_dialog import SettingsDialog

    suspended_pupil(db)
    dialog = SettingsDialog(db, tmp_path)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    ui = dialog.ui
    ui.schoolsList.setCurrentRow(0)
    form = ui.schoolForm
    form.region_combo.setCurrentIndex(form.region_combo.findData("zuid"))
    form.free_days_edit.setPlainText("15-05-2026 dag na Hemelvaart\nvrijdag")
    assert not dialog.save()
    assert "regel 2: 'vrijdag' begint niet met een datum" in messages.texts()[-1]
    form.free_days_edit.setPlainText("15-05-2026 dag na Hemelvaart\n04-03-2026 studiedag")
    ui.tabs.setCurrentWidget(ui.schoolsTab)
    grab(dialog, "h11c-instellingen-school")
    assert dialog.save()
    with db.transaction() as s:
        school = s.scalars(select(School)).one()
        assert school.region == "zuid"
        days = s.scalars(select(SchoolFreeDay).order_by(SchoolFreeDay.day)).all()
        assert [(d.day, d.description) for d in days] == [
            (date(2026, 3, 4), "studiedag"), (date(2026, 5, 15), "dag na Hemelvaart")]


def test_the_access_ban_form_has_an_end_date_and_warns_past_six_months(qtbot, db, grab) -> None:
    from skow_desk.domain.enums import Role
    from skow_desk.services.incidents import ConversationInput, log_conversation
    from tests.factories import make_incident, make_person, make_school

    with db.transaction() as s:
        school = make_school(s)
        parent = make_person(s, school, Role.PARENT, "Wiśniewski", first_name="Łukasz")
        incident = make_incident(s, school, parent)
        log_conversation(s, incident.id, ConversationInput(
            held_on=date(2026, 11, 3), person_id=parent.id, present="directeur, ouder",
            summary="Besproken."))
        ids = incident.id, parent.id
    dialog = MeasureDialog(db, ids[0], person_id=ids[1])
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("Toegangsverbod"))
    assert ui.endOnEdit.isVisible() and ui.startOnEdit.isVisible()
    qtbot.keyClicks(ui.reasonEdit, "Dreigende berichten aan de leerkracht")
    ui.startOnEdit.setDate(QDate(2026, 11, 25))
    ui.endOnEdit.setDate(QDate(2027, 1, 29))
    assert not dialog.preview.refused and "langer dan 6 maanden" not in dialog.preview.plain
    assert "nooit ‘tot nader order’" in dialog.preview.plain
    ui.endOnEdit.setDate(QDate(2027, 8, 1))
    assert "Let op: Het toegangsverbod duurt langer dan 6 maanden" in dialog.preview.plain
    grab(dialog, "h11c-toegangsverbod-dialoog")


def test_the_letter_about_a_corrected_measure_replaces_the_old_letter(qtbot, db, messages,
                                                                      dialogs) -> None:
    from skow_desk.gui.common import msgbox
    from skow_desk.gui.letters.letter_dialog import LetterDialog
    from skow_desk.services.measure_corrections import correct_measure, decision_of
    from skow_desk.store.models import Letter
    from tests.unit.letters.letter_helpers import pdf_text

    ids = suspended_pupil(db)
    first = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(first)
    first.show()
    click(qtbot, first.draft_button)
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, first.finalise_button)
    with db.transaction() as s:
        data = decision_of(s, ids["measure"])
        data = replace(data, end_on=date(2026, 11, 5))
        new_id = correct_measure(s, ids["measure"], data, "Een dag, niet twee.",
                                 date(2026, 11, 24)).id
    second = LetterDialog(db, ids["incident"], new_id)
    qtbot.addWidget(second)
    second.show()
    messages.answers.append(msgbox.Answer.YES)  # "already final: a new letter?" — yes
    click(qtbot, second.draft_button)
    assert second.drafts[0].paragraphs[0] == (
        "Deze brief vervangt onze brief van 24 november 2026 met briefnummer 2026-0001.")
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, second.finalise_button)
    with db.transaction() as s:
        old, new = s.scalars(select(Letter).order_by(Letter.id)).all()
        assert (new.replaces_id, new.version, new.measure_id) == (old.id, 2, new_id)
        text = " ".join(pdf_text(new.pdf).split())
    assert "Deze brief vervangt onze brief van 24 november 2026 met briefnummer 2026-0001." \
        in text
    assert "op donderdag 5 november 2026" in text
