"""Every item model of the case view, the picker and the persons list passes Qt's model checker."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from skow_desk.domain.enums import Part, Stage
from skow_desk.domain.measures import MeasureKind
from skow_desk.gui.common.row_models import (
    OVERDUE,
    ROW_ROLE,
    ConsultationsModel,
    ConversationsModel,
    EvidenceModel,
    InvolvementsModel,
    LettersModel,
    MeasuresModel,
    PersonsModel,
    TasksModel,
)
from skow_desk.services.case_queries import StepKey, load_case, person_rows
from skow_desk.services.incidents import (
    ConversationInput,
    add_evidence,
    log_conversation,
    record_consultation,
)
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import Letter
from tests.factories import (
    make_witnessed_case,
)

TODAY = date(2026, 11, 24)


@pytest.fixture
def case(db: Any) -> Any:
    with db.transaction() as s:
        pupil, incident = make_witnessed_case(s)
        add_evidence(s, incident.id, "bericht.png", b"\x89PNG data")
        add_evidence(s, incident.id, "", b"", "het bericht", "https://www.tiktok.com/@x/1")
        record_consultation(s, incident.id, date(2026, 11, 3), "H. ter Horst", "Schorsen.")
        log_conversation(s, incident.id, ConversationInput(
            held_on=date(2026, 11, 3), person_id=pupil.guardians[0].id, present="ouders",
            summary="Besproken.", follow_up_on=date(2026, 11, 20)))
        measure = decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="Filmpje", start_on=date(2026, 11, 5), end_on=date(2026, 11, 6)))
        s.add(Letter(incident_id=incident.id, measure_id=measure.id, person_id=pupil.id,
                     kind="schorsing_leerling", dossier="leerlingendossier", data_json="{}",
                     letter_date=date(2026, 11, 4), number="04XY-2627-B001",
                     finalised_at=None))
        incident_id = incident.id
    with db.transaction() as s:
        return load_case(s, incident_id)


def test_case_snapshot_and_steps(case: Any) -> None:
    assert [i.part for i in case.involvements] == [Part.CAUSER, Part.WITNESS]
    assert [e.is_link for e in case.evidence] == [False, True]
    assert case.measures[0].school_days == 2
    done = {step.key: step.done for step in case.steps}
    assert done == {StepKey.REPORT: True, StepKey.CONSULTATION: True,
                    StepKey.CONVERSATION: True, StepKey.MEASURE: True, StepKey.LETTER: False,
                    StepKey.CLOSED: False}
    assert case.steps[4].detail == "Concept, nog niet definitief"


@pytest.mark.parametrize("model_class,field", [
    (InvolvementsModel, "involvements"),
    (EvidenceModel, "evidence"),
    (ConsultationsModel, "consultations"),
    (ConversationsModel, "conversations"),
    (MeasuresModel, "measures"),
    (LettersModel, "letters"),
])
def test_case_models_pass_the_model_tester(
    qtmodeltester: Any, case: Any, model_class: Any, field: str
) -> None:
    model = model_class()
    qtmodeltester.check(model)
    model.set_rows(getattr(case, field))
    qtmodeltester.check(model)
    assert model.rowCount() == len(getattr(case, field)) > 0
    assert model.data(model.index(0, 0), ROW_ROLE) == getattr(case, field)[0]


def test_tasks_model(qtmodeltester: Any, case: Any) -> None:
    model = TasksModel(lambda: TODAY)
    model.set_rows(case.tasks)
    qtmodeltester.check(model)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    inspection = next(title for title in rows if title.startswith("Melding Inspectie"))
    row = rows[inspection]
    assert model.index(row, model.COL_DUE).data() == "05-11-2026"
    assert model.index(row, model.COL_STATE).data() == "Te laat"  # as the task list (13.9)
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert model.headerData(model.COL_DUE, Qt.Orientation.Horizontal) == "Uiterlijk"


def test_measure_and_evidence_texts(case: Any) -> None:
    measures = MeasuresModel()
    measures.set_rows(case.measures)
    assert measures.index(0, measures.COL_DURATION).data() == (
        "05-11-2026 t/m 06-11-2026 (2 schooldagen)")
    assert measures.index(0, measures.COL_STAGE).data() == "Besluit"
    assert case.measures[0].stage is Stage.DECISION
    evidence = EvidenceModel()
    evidence.set_rows(case.evidence)
    assert evidence.index(1, evidence.COL_NAME).data() == "https://www.tiktok.com/@x/1"
    assert evidence.index(1, evidence.COL_KIND).data() == "Link"
    assert evidence.index(0, evidence.COL_KIND).data() == "Afbeelding (PNG)"
    sha = case.evidence[0].sha256
    assert evidence.index(0, evidence.COL_SHA).data() == f"{sha[:4]} {sha[4:8]} {sha[8:12]} …"
    assert sha in evidence.index(0, evidence.COL_SHA).data(Qt.ItemDataRole.ToolTipRole)


def test_persons_model(qtmodeltester: Any, db: Any, case: Any) -> None:
    with db.transaction() as s:
        rows = person_rows(s)
    model = PersonsModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    names = [model.index(r, model.COL_NAME).data() for r in range(model.rowCount())]
    assert "Berg, Daan van den" in names and "Jansen, Jan" in names
