"""The frozen rows the case view and its dialogs show (no ORM objects leave a transaction)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from skow_desk.domain.enums import IncidentStatus, Part, Role, SignatureStatus, Stage
from skow_desk.domain.measures import MeasureKind, MeasureStatus
from skow_desk.domain.names import address_name, full_name
from skow_desk.store.models import Person
from skow_desk.store.queries.tasks import TaskRow as TaskRow


def display_name(person: Person) -> str:
    """``Daan van den Berg``; without a first name ``S. van den Berg``."""
    if person.first_name.strip():
        return full_name(person.first_name, person.infix, person.last_name)
    return address_name(None, person.initials, person.infix, person.last_name)


@dataclass(frozen=True)
class PersonChoice:
    """A person as a choice in a list: id, name, role and group or function."""

    id: int
    name: str
    role: Role
    detail: str = ""

    @property
    def label(self) -> str:
        """``Daan van den Berg (leerling, groep 7)``."""
        extra = f", {self.detail}" if self.detail else ""
        return f"{self.name} ({self.role.label.lower()}{extra})"


def choice_of(person: Person) -> PersonChoice:
    """The choice for one person."""
    return PersonChoice(person.id, display_name(person), person.role, person.group_or_function)


@dataclass(frozen=True)
class InvolvementRow:
    """A person's part in the case."""

    id: int
    person_id: int
    name: str
    role: Role
    detail: str
    part: Part


@dataclass(frozen=True)
class EvidenceRow:
    """A piece of evidence, without its content."""

    id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    url: str
    note: str
    added_at: datetime | None

    @property
    def is_link(self) -> bool:
        return bool(self.url) and self.size == 0


@dataclass(frozen=True)
class EvidenceFile:
    """The stored bytes of one piece of evidence (or its link)."""

    filename: str
    content: bytes
    url: str


@dataclass(frozen=True)
class ConsultationRow:
    """A consultation with the directeur-bestuurder."""

    id: int
    held_on: date
    with_whom: str
    advice: str


@dataclass(frozen=True)
class ConversationRow:
    """A conversation record."""

    id: int
    held_on: date
    person_name: str
    present: str
    summary: str
    own_view: str
    agreements: str
    follow_up_on: date | None
    signature: SignatureStatus
    refusal_reason: str


@dataclass(frozen=True)
class MeasureRow:
    """A measure (intended or decided) with its warnings."""

    id: int
    person_id: int
    person_name: str
    role: Role
    kind: MeasureKind
    stage: Stage
    decided_on: date
    reason: str
    start_on: date | None
    end_on: date | None
    school_days: int | None
    internal: bool
    response_received_on: date | None
    warnings: tuple[str, ...]
    followed_by_decision: bool
    response_mode: str = ""
    response_text: str = ""
    weighing: str = ""
    notice_on: date | None = None
    status: MeasureStatus = MeasureStatus.ACTIVE
    status_reason: str = ""
    status_on: date | None = None


@dataclass(frozen=True)
class LetterRow:
    """A letter of the case."""

    id: int
    kind: str
    number: str
    letter_date: date
    person_name: str
    measure_id: int | None
    is_final: bool


class StepKey(StrEnum):
    """The protocol's steps, in order (docs/glossary.md, "How a case moves")."""

    REPORT = "melding"
    CONSULTATION = "overleg"
    CONVERSATION = "gesprek"
    MEASURE = "maatregel"
    LETTER = "brief"
    CLOSED = "afgerond"


@dataclass(frozen=True)
class Step:
    """One step of the case: done or open, with its date and a short Dutch status."""

    key: StepKey
    title: str
    done: bool
    on: date | None
    detail: str


@dataclass(frozen=True)
class CaseData:
    """Everything the case view shows."""

    id: int
    kenmerk: str
    school_name: str
    status: IncidentStatus
    closed_on: date | None
    reported_on: date
    occurred_on: date | None
    reported_by: str
    platform: str
    description: str
    articles: tuple[str, ...]
    categories: tuple[str, ...]
    involvements: tuple[InvolvementRow, ...]
    evidence: tuple[EvidenceRow, ...]
    consultations: tuple[ConsultationRow, ...]
    conversations: tuple[ConversationRow, ...]
    measures: tuple[MeasureRow, ...]
    tasks: tuple[TaskRow, ...]
    letters: tuple[LetterRow, ...]
    steps: tuple[Step, ...]

    @property
    def has_causer(self) -> bool:
        return any(i.part is Part.CAUSER for i in self.involvements)


@dataclass(frozen=True)
class SchoolChoice:
    """A school as a choice in a list."""

    id: int
    name: str


@dataclass(frozen=True)
class PersonRow:
    """A person in the persons list."""

    id: int
    name: str
    role: Role
    school_name: str
    detail: str
    city: str
    email: str


@dataclass(frozen=True)
class IntentInfo:
    """An intended measure still waiting for its decision."""

    id: int
    decided_on: date
    notice_on: date | None
    reason: str
    response_received_on: date | None
    response_mode: str = ""
    weighed: bool = False
