"""Read-side queries for the case view and its dialogs: plain, frozen snapshots, no Qt.

The GUI never keeps ORM objects between transactions; it asks for a snapshot here, shows it,
and writes through the use-case services (incidents, measures, persons, tasks).
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from sqlalchemy.orm import Session

from skow_desk.services.case_queries.case import (
    case_steps,
    causers,
    conversation_input,
    conversation_partners,
    evidence_file,
    incident_input,
    incident_kenmerk,
    incident_reported_on,
    load_case,
    open_intent,
)
from skow_desk.services.case_queries.people import (
    board_member,
    guardian_authority,
    guardians,
    person_choice,
    person_input,
    person_rows,
    school_choices,
)
from skow_desk.services.case_queries.rows import (
    CaseData,
    ConsultationRow,
    ConversationRow,
    EvidenceFile,
    EvidenceRow,
    IntentInfo,
    InvolvementRow,
    LetterRow,
    MeasureRow,
    PersonChoice,
    PersonRow,
    SchoolChoice,
    Step,
    StepKey,
    TaskRow,
    choice_of,
    display_name,
)
from skow_desk.store.db import Database

__all__ = [
    "CaseData",
    "ConsultationRow",
    "ConversationRow",
    "EvidenceFile",
    "EvidenceRow",
    "IntentInfo",
    "InvolvementRow",
    "LetterRow",
    "MeasureRow",
    "PersonChoice",
    "PersonRow",
    "SchoolChoice",
    "Step",
    "StepKey",
    "TaskRow",
    "board_member",
    "case_steps",
    "causers",
    "choice_of",
    "conversation_input",
    "conversation_partners",
    "display_name",
    "evidence_file",
    "guardian_authority",
    "guardians",
    "incident_input",
    "incident_kenmerk",
    "incident_reported_on",
    "load_case",
    "open_intent",
    "person_choice",
    "person_input",
    "person_rows",
    "read_only",
    "school_choices",
]


def read_only(db: Database) -> AbstractContextManager[Session]:
    """A session whose changes are always rolled back (previews, look-ups)."""
    return db.read_only()
