"""The measure form: only causers, only the measures of their role, only the fields that matter,
and the rules' verdict shown while filling in."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from skow_desk.domain.enums import Part, Role
from skow_desk.services.incidents import involve_person
from tests.factories import make_incident, make_person, make_school
from tests.gui.test_case_support import (
    Dialogs,
    qdate,
    save_button,
    tick,
)


@pytest.fixture
def case_id(db: Any) -> int:
    """A case (A7) with a pupil, a parent and a staff member as causers, and a witness."""
    with db.transaction() as s:
        school = make_school(s)
        incident = make_incident(s, school, None, articles=("A7",))
        for role, name in ((Role.PUPIL, "Leerling"), (Role.PARENT, "Ouder"),
                           (Role.STAFF, "Medewerker")):
            person = make_person(s, school, role, name, first_name="Sam")
            involve_person(s, incident.id, person.id, Part.CAUSER)
        witness = make_person(s, school, Role.PUPIL, "Getuige", first_name="Noor")
        involve_person(s, incident.id, witness.id, Part.WITNESS)
        return incident.id


@pytest.fixture
def dialog(qtbot: Any, app: Any, db: Any, dialogs: Dialogs, case_id: int) -> Any:
    from skow_desk.gui.cases.dialogs.measure_dialog import MeasureDialog

    widget = MeasureDialog(db, case_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(dialog: Any, person: str, kind: str) -> None:
    ui = dialog.ui
    ui.personCombo.setCurrentIndex(next(i for i in range(ui.personCombo.count())
                                        if person in ui.personCombo.itemText(i)))
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findText(kind))
    assert ui.kindCombo.currentText() == kind


def kinds(dialog: Any) -> list[str]:
    combo = dialog.ui.kindCombo
    return [combo.itemText(i) for i in range(combo.count())]


def visible(dialog: Any, *names: str) -> list[bool]:
    return [getattr(dialog.ui, n).isVisibleTo(dialog) for n in names]


def test_only_causers_and_the_measures_of_their_role(dialog: Any) -> None:
    people = [dialog.ui.personCombo.itemText(i) for i in range(dialog.ui.personCombo.count())]
    assert people == ["Sam Leerling (leerling, groep 7)", "Sam Ouder (ouder/verzorger, groep 7)",
                      "Sam Medewerker (medewerker, groep 7)"]
    choose(dialog, "Leerling", "Waarschuwing")
    assert kinds(dialog) == ["Gesprek zonder maatregel", "Waarschuwing", "Schorsing",
                             "Verwijdering van school"]
    choose(dialog, "Ouder", "Toegangsverbod")
    assert kinds(dialog) == ["Gesprek zonder maatregel", "Waarschuwing", "Toegangsverbod"]
    choose(dialog, "Medewerker", "Berisping")
    assert "Toegangsverbod" not in kinds(dialog) and "Ontslag op staande voet" in kinds(dialog)


def test_fields_follow_the_measure(dialog: Any) -> None:
    fields = ("stageBox", "startOnEdit", "internalCheck", "knownSinceEdit",
              "receivingSchoolEdit", "searchStartedEdit")
    choose(dialog, "Leerling", "Waarschuwing")
    assert visible(dialog, *fields) == [False] * 6
    choose(dialog, "Leerling", "Schorsing")
    assert visible(dialog, *fields) == [False, True, True, False, False, False]
    choose(dialog, "Leerling", "Verwijdering van school")
    assert visible(dialog, *fields) == [True, False, False, False, True, True]
    # staff: an order measure after a hearing (no voornemen), no internal suspension
    choose(dialog, "Medewerker", "Schorsing")
    assert visible(dialog, *fields) == [False, True, False, False, False, False]
    choose(dialog, "Medewerker", "Ontslag op staande voet")
    assert visible(dialog, *fields) == [False, False, False, True, False, False]


def test_summary_dismissal_warns_when_not_without_delay(qtbot: Any, dialog: Any) -> None:
    ui = dialog.ui
    choose(dialog, "Medewerker", "Ontslag op staande voet")
    ui.decidedOnEdit.setDate(qdate(20))
    ui.knownSinceEdit.setDate(qdate(10))
    assert "Vul de dringende reden in" in ui.previewLabel.text()
    qtbot.keyClicks(ui.reasonEdit, "Bedreiging van een ouder")
    text = dialog.preview.plain
    assert "Let op: De feiten zijn al 10 dagen bekend" in text
    assert "Termijn kantonrechter" in text
    assert save_button(dialog).isEnabled()


def test_a_date_before_the_report_is_refused_and_internal_suspension_counts(
    qtbot: Any, dialog: Any
) -> None:
    ui = dialog.ui
    choose(dialog, "Leerling", "Schorsing")
    qtbot.keyClicks(ui.reasonEdit, "Herhaald pesten")
    ui.decidedOnEdit.setDate(qdate(1))
    assert "vóór de datum van de melding (02-11-2026)" in ui.previewLabel.text()
    assert not save_button(dialog).isEnabled()
    ui.decidedOnEdit.setDate(qdate(3))
    assert ui.noticeOnEdit.date() == qdate(3)  # the notice date follows the decision
    ui.startOnEdit.setDate(qdate(6))  # a Friday
    ui.endOnEdit.setDate(qdate(6))
    tick(qtbot, ui.internalCheck)
    text = dialog.preview.plain
    assert "Duur: 1 schooldag." in text and "Melding Inspectie" not in text
    assert "Er is nog geen gesprek vastgelegd" in text  # the hearing warning
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.decision().internal and dialog.decision().start_on == date(2026, 11, 6)


def test_summary_dismissal_records_why_it_came_later(qtbot: Any, dialog: Any, grab: Any) -> None:
    ui = dialog.ui
    choose(dialog, "Medewerker", "Ontslag op staande voet")
    assert dialog.delay_reason_edit.isVisible()
    ui.decidedOnEdit.setDate(qdate(20))
    ui.knownSinceEdit.setDate(qdate(10))
    qtbot.keyClicks(ui.reasonEdit, "Bedreiging van een ouder")
    assert "Leg bij 'Toelichting op de tijd' vast" in dialog.preview.plain
    qtbot.keyClicks(dialog.delay_reason_edit, "Eerst de berichten veiliggesteld en gehoord.")
    assert "Toelichting op de tijd" not in dialog.preview.plain
    assert dialog.decision().delay_reason == "Eerst de berichten veiliggesteld en gehoord."
    grab(dialog, "h11c-ontslag-op-staande-voet-dialoog")
    choose(dialog, "Medewerker", "Schorsing")
    assert not dialog.delay_reason_edit.isVisible()


def test_staff_suspension_cannot_start_before_its_decision(qtbot: Any, dialog: Any,
                                                          grab: Any) -> None:
    ui = dialog.ui
    choose(dialog, "Medewerker", "Schorsing")
    qtbot.keyClicks(ui.reasonEdit, "Onderzoek naar de berichten")
    ui.decidedOnEdit.setDate(qdate(20))
    ui.startOnEdit.setDate(qdate(10))
    assert "kan niet ingaan vóór de datum van het besluit" in ui.previewLabel.text()
    assert not save_button(dialog).isEnabled()
    grab(dialog, "maatregel-schorsing-medewerker-terugwerkend")
    ui.startOnEdit.setDate(qdate(20))
    ui.endOnEdit.setDate(qdate(31, 12))
    assert "vier weken" in dialog.preview.plain
    assert save_button(dialog).isEnabled()


def test_the_check_box_keeps_its_height_and_is_calm_until_something_is_changed(
        qtbot: Any, app: Any, db: Any, dialogs: Dialogs, case_id: int) -> None:
    """Issue 13 item 13: the "Controle" box moved the fields while typing (a click landed in
    "Reden"), and it was red before anything was typed."""
    from skow_desk.domain.measures import MeasureKind
    from skow_desk.gui.cases.dialogs.measure_dialog import MeasureDialog

    probe = MeasureDialog(db, case_id)
    pupil = next(probe.ui.personCombo.itemData(i) for i in range(probe.ui.personCombo.count())
                 if "Leerling" in probe.ui.personCombo.itemText(i))
    probe.deleteLater()
    dialog = MeasureDialog(db, case_id, person_id=pupil, kind=MeasureKind.SUSPENSION)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    assert dialog.preview.refused  # the reason is still empty: saving is refused
    assert "Nog in te vullen" in ui.previewLabel.text()
    assert "#a4262c" not in ui.previewLabel.text()  # not red on a form just opened
    assert "#fdf3f2" not in ui.previewFrame.styleSheet()
    height, reason_at = ui.previewFrame.height(), ui.reasonEdit.mapTo(dialog, ui.reasonEdit.pos())
    qtbot.keyClicks(ui.reasonEdit, "Herhaald kwetsende berichten over een klasgenoot. " * 6)
    qtbot.wait(50)
    assert ui.previewFrame.height() == height
    assert ui.reasonEdit.mapTo(dialog, ui.reasonEdit.pos()) == reason_at
