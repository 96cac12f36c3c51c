"""Screenshots of the case view (demo data: a case with a measure and tasks) and every dialog.

Saved outside git to ``$SKOW_SCREENSHOTS`` or ``/tmp/skow-screenshots``; look at them.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import select

from skow_desk.domain.enums import IncidentStatus, Part, Role
from skow_desk.domain.measures import MeasureKind
from skow_desk.services.incidents import ConversationInput, add_evidence, log_conversation
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import Incident, Involvement, Person
from tests.conftest import TODAY
from tests.gui.test_case_support import Dialogs


@pytest.fixture
def demo_case(demo_db: Any) -> int:
    """An open demo case of a pupil, with evidence, a talk and a fresh 3-day suspension."""
    with demo_db.transaction() as s:
        incident_id, pupil_id = s.execute(
            select(Incident.id, Person.id)
            .join(Involvement, Involvement.incident_id == Incident.id)
            .join(Person, Person.id == Involvement.person_id)
            .where(Incident.status == IncidentStatus.OPEN, Person.role == Role.PUPIL,
                   Involvement.part == Part.CAUSER, Incident.reported_on <= TODAY
                   - timedelta(days=6))
            .order_by(Incident.reported_on.desc())).first()
        pupil = s.get(Person, pupil_id)
        add_evidence(s, incident_id, "schermafbeelding-tiktok.png", b"\x89PNG demo")
        add_evidence(s, incident_id, "", b"", "het bericht zelf", "https://www.tiktok.com/@x/1")
        log_conversation(s, incident_id, ConversationInput(
            held_on=TODAY - timedelta(days=5),
            person_id=pupil.guardians[0].id if pupil.guardians else pupil.id,
            present="directeur, leerling en ouders", summary="Het filmpje besproken.",
            own_view="Het was als grap bedoeld."))
        decide_measure(s, incident_id, MeasureDecision(
            person_id=pupil_id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 20),
            reason="Filmpje van een klasgenoot verspreid", start_on=date(2026, 11, 23),
            end_on=date(2026, 11, 25)))
        return int(incident_id)


def test_case_view_screenshots(
    qtbot: Any, app: Any, demo_db: Any, demo_case: int, dialogs: Dialogs, grab: Any
) -> None:
    from skow_desk.gui.cases.case_view import CaseView

    view = CaseView(demo_db, demo_case)
    qtbot.addWidget(view)
    view.resize(1240, 800)
    view.show()
    assert any("Melding Inspectie" in t.title for t in view.overview.tasks.model.rows())
    view.overview.measures.table.selectRow(len(view.overview.measures.model.rows()) - 1)
    grab(view, "case-1-overzicht")
    for index, name in enumerate(["melding", "bewijs", "gesprekken", "brieven"], start=1):
        view.tabs.setCurrentIndex(index)
        if name == "bewijs":
            view.evidence.table.selectRow(0)
        grab(view, f"case-{index + 1}-{name}")


def test_dialog_screenshots(
    qtbot: Any, app: Any, demo_db: Any, demo_case: int, dialogs: Dialogs, grab: Any
) -> None:
    from skow_desk.gui.cases.dialogs.consultation_dialog import ConsultationDialog
    from skow_desk.gui.cases.dialogs.conversation_dialog import ConversationDialog
    from skow_desk.gui.cases.dialogs.evidence import LinkDialog
    from skow_desk.gui.cases.dialogs.incident_dialog import IncidentDialog
    from skow_desk.gui.cases.dialogs.measure_dialog import MeasureDialog
    from skow_desk.gui.common.date_prompt import DatePromptDialog
    from skow_desk.gui.common.person_dialog import PersonDialog
    from skow_desk.gui.common.person_picker import PersonPicker
    from skow_desk.gui.persons.persons_view import PersonsView
    from skow_desk.services.case_queries import causers, load_case

    with demo_db.transaction() as s:
        pupil = causers(s, demo_case)[0]
        conversation = load_case(s, demo_case).conversations[-1]

    def shoot(widget: Any, name: str) -> None:
        qtbot.addWidget(widget)
        widget.show()
        grab(widget, name)

    shoot(IncidentDialog(demo_db), "dialog-melding-nieuw")
    shoot(IncidentDialog(demo_db, demo_case), "dialog-melding-wijzigen")
    picker = PersonPicker(demo_db, demo_case)
    picker.ui.searchEdit.setText("de")
    picker.ui.resultsView.selectRow(0)
    shoot(picker, "dialog-persoon-kiezen")
    shoot(PersonDialog(demo_db, pupil.id), "dialog-persoon-leerling")
    shoot(ConversationDialog(demo_db, demo_case, conversation.id), "dialog-gesprek")
    measure = MeasureDialog(demo_db, demo_case, person_id=pupil.id)
    ui = measure.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("Schorsing"))
    ui.reasonEdit.setPlainText("Filmpje van een klasgenoot verspreid")
    ui.decidedOnEdit.setDate(QDate(2026, 11, 24))
    ui.startOnEdit.setDate(QDate(2026, 11, 25))
    ui.endOnEdit.setDate(QDate(2026, 11, 27))
    shoot(measure, "dialog-maatregel-schorsing")
    ui.endOnEdit.setDate(QDate(2026, 12, 2))
    grab(measure, "dialog-maatregel-geweigerd")
    shoot(ConsultationDialog(demo_db, demo_case), "dialog-overleg")
    shoot(DatePromptDialog(demo_db, "Taak afvinken",
                           "Wanneer is deze taak gedaan?\nMelding Inspectie (schorsing van 3 "
                           "dagen) (uiterlijk 23-11-2026)", "Gedaan &op:", lambda *a: None,
                           note_label="&Toelichting:", ok_text="Afvinken"), "dialog-taak-afvinken")
    shoot(LinkDialog(demo_db, demo_case), "dialog-link")
    persons = PersonsView(demo_db)
    persons.resize(1100, 700)
    shoot(persons, "personen")
