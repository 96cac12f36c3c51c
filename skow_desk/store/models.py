"""SQLAlchemy 2 typed models for everything in the glossary (docs/glossary.md)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from skow_desk.domain.enums import (
    Denomination,
    IncidentStatus,
    Part,
    Role,
    Salutation,
    Sector,
    SignatureStatus,
    Stage,
    TaskKind,
)
from skow_desk.domain.measures import MeasureKind, MeasureStatus
from skow_desk.store.audit_chain import AuditAction as AuditAction

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(kind: type[StrEnum]) -> Enum:
    """Store an enum by its Dutch value as plain text (readable, portable, no CHECK)."""
    return Enum(
        kind,
        values_callable=lambda k: [m.value for m in k],
        native_enum=False,
        create_constraint=False,
        length=40,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Foundation(Base):
    """The foundation (stichting); one row."""

    __tablename__ = "foundation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    board_member: Mapped[str] = mapped_column(String(200), default="")
    board_member_function: Mapped[str] = mapped_column(String(100), default="bestuurder")
    # The director's mandate (mandaatbesluit): which measures a school director decides on
    # behalf of the bevoegd gezag, as "<rol>.<maatregel>" keys, comma-separated (domain/mandate.py)
    mandate_measures: Mapped[str] = mapped_column(Text, default="")
    mandate_decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    mandate_reference: Mapped[str] = mapped_column(String(200), default="")
    # Where staff appeal a measure after the Wnra: a body (Commissie van Beroep) with its
    # address and term in weeks; empty body: only the kantonrechter is named
    appeal_body: Mapped[str] = mapped_column(String(200), default="")
    appeal_address: Mapped[str] = mapped_column(String(200), default="")
    appeal_weeks: Mapped[int] = mapped_column(Integer, default=0)
    # Citations the foundation's lawyer confirmed (JSON list of {key, text, source}); an
    # unconfirmed citation in resources/legal is printed only once confirmed here
    legal_confirmations: Mapped[str] = mapped_column(Text, default="")


class School(Base):
    """One school of the foundation."""

    __tablename__ = "school"

    id: Mapped[int] = mapped_column(primary_key=True)
    brin: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[Sector] = mapped_column(_enum(Sector))
    denomination: Mapped[Denomination] = mapped_column(_enum(Denomination))
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    logo_name: Mapped[str] = mapped_column(String(200), default="")
    signatory: Mapped[str] = mapped_column(String(200), default="")
    signatory_function: Mapped[str] = mapped_column(String(100), default="directeur")
    # Holiday region (noord / midden / zuid, domain.school_calendar.Region); "" = not set
    region: Mapped[str] = mapped_column(String(10), default="", server_default="")

    free_days: Mapped[list[SchoolFreeDay]] = relationship(
        back_populates="school", cascade="all, delete-orphan", order_by="SchoolFreeDay.day"
    )


class SchoolFreeDay(Base):
    """A school's own free day (studiedag, margedag): no school day in any count."""

    __tablename__ = "school_free_day"
    __table_args__ = (UniqueConstraint("school_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(
        ForeignKey("school.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(200), default="")

    school: Mapped[School] = relationship(back_populates="free_days")


class Guardianship(Base):
    """A pupil's parent or guardian (ouder/verzorger)."""

    __tablename__ = "guardianship"

    pupil_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    guardian_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    has_authority: Mapped[bool] = mapped_column(Boolean, default=True)

    pupil: Mapped[Person] = relationship(foreign_keys=[pupil_id], back_populates="guardian_links")
    guardian: Mapped[Person] = relationship(foreign_keys=[guardian_id])


class Person(Base):
    """A staff member, pupil, parent/guardian or other person."""

    __tablename__ = "person"
    __table_args__ = (Index("ix_person_name", "last_name", "first_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role))
    salutation: Mapped[Salutation | None] = mapped_column(_enum(Salutation), default=None)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    initials: Mapped[str] = mapped_column(String(20), default="")
    infix: Mapped[str] = mapped_column(String(40), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    group_or_function: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    # an adult pupil agreed that the parents receive letters too (without it they do not)
    parents_informed: Mapped[bool] = mapped_column(Boolean, default=False)
    left_on: Mapped[date | None] = mapped_column(Date, default=None)
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    school: Mapped[School | None] = relationship()
    guardian_links: Mapped[list[Guardianship]] = relationship(
        foreign_keys=[Guardianship.pupil_id], back_populates="pupil", cascade="all, delete-orphan"
    )

    @property
    def guardians(self) -> list[Person]:
        return [link.guardian for link in self.guardian_links]


class Incident(Base):
    """A reported breach of the protocol (Melding)."""

    __tablename__ = "incident"
    __table_args__ = (
        Index("ix_incident_school_reported", "school_id", "reported_on"),
        # Covering index for the register's search: scanned newest first, in exactly the
        # register's default order, without reading the rows (the id query over all years
        # runs 1.7-2.7x faster on 100,000 incidents).
        Index("ix_incident_search", "reported_on", "id", "search_text"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"))
    kenmerk: Mapped[str] = mapped_column(String(40), unique=True)
    reported_on: Mapped[date] = mapped_column(Date, index=True)
    occurred_on: Mapped[date | None] = mapped_column(Date, default=None)
    reported_by: Mapped[str] = mapped_column(String(200), default="")
    platform: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # "Feiten voor de brief": what letters and dossier notes say happened, without the names of
    # the other people involved (skow_desk.domain.letter_facts). Empty: not written yet, the
    # letter uses the description with those names replaced.
    letter_facts: Mapped[str] = mapped_column(Text, default="", server_default="")
    status: Mapped[IncidentStatus] = mapped_column(
        _enum(IncidentStatus), default=IncidentStatus.OPEN, index=True
    )
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    police_report: Mapped[bool] = mapped_column(Boolean, default=False)
    police_report_on: Mapped[date | None] = mapped_column(Date, default=None)
    police_report_number: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
    # Folded kenmerk, platform, description and involved persons' names, for the register's
    # search (skow_desk.domain.search). Derived: kept right by skow_desk.store.search_text,
    # never edited, left out of the audit trail.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    school: Mapped[School] = relationship()
    articles: Mapped[list[IncidentArticle]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="IncidentArticle.code"
    )
    categories: Mapped[list[IncidentCategory]] = relationship(
        back_populates="incident", cascade="all, delete-orphan"
    )
    involvements: Mapped[list[Involvement]] = relationship(
        back_populates="incident", cascade="all, delete-orphan"
    )
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="incident", cascade="all, delete-orphan"
    )
    consultations: Mapped[list[Consultation]] = relationship(
        back_populates="incident", cascade="all, delete-orphan"
    )
    conversations: Mapped[list[Conversation]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="Conversation.held_on"
    )
    measures: Mapped[list[Measure]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="Measure.decided_on"
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="Task.due_on"
    )

    @property
    def article_codes(self) -> list[str]:
        return [a.code for a in self.articles]

    @property
    def category_names(self) -> list[str]:
        return [c.name for c in self.categories]


class IncidentArticle(Base):
    """A protocol article an incident breaches."""

    __tablename__ = "incident_article"

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(4), primary_key=True, index=True)

    incident: Mapped[Incident] = relationship(back_populates="articles")


class IncidentCategory(Base):
    """A category (pesten, bedreiging …) an incident falls under."""

    __tablename__ = "incident_category"

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)

    incident: Mapped[Incident] = relationship(back_populates="categories")


class Involvement(Base):
    """A person's part in an incident (Betrokkenheid)."""

    __tablename__ = "involvement"
    __table_args__ = (UniqueConstraint("incident_id", "person_id", "part"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    part: Mapped[Part] = mapped_column(_enum(Part))

    incident: Mapped[Incident] = relationship(back_populates="involvements")
    person: Mapped[Person] = relationship()


class Evidence(Base):
    """A screenshot, file or link kept with an incident (Bewijsstuk)."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(String(1000), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    incident: Mapped[Incident] = relationship(back_populates="evidence")


class Consultation(Base):
    """The consultation with the directeur-bestuurder."""

    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    with_whom: Mapped[str] = mapped_column(String(200), default="")
    advice: Mapped[str] = mapped_column(Text, default="")

    incident: Mapped[Incident] = relationship(back_populates="consultations")


class Conversation(Base):
    """A conversation with a person about the incident (Gesprek / gespreksverslag)."""

    __tablename__ = "conversation"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    present: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    own_view: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)
    signature: Mapped[SignatureStatus] = mapped_column(
        _enum(SignatureStatus), default=SignatureStatus.OPEN
    )
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    sent_on: Mapped[date | None] = mapped_column(Date, default=None)

    incident: Mapped[Incident] = relationship(back_populates="conversations")
    person: Mapped[Person | None] = relationship()


class Measure(Base):
    """A decided (or intended) measure for one person (Maatregel)."""

    __tablename__ = "measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[MeasureKind] = mapped_column(_enum(MeasureKind), index=True)
    stage: Mapped[Stage] = mapped_column(_enum(Stage), default=Stage.DECISION)
    intent_id: Mapped[int | None] = mapped_column(ForeignKey("measure.id"), default=None)
    decided_on: Mapped[date] = mapped_column(Date)
    notice_on: Mapped[date | None] = mapped_column(Date, default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    start_on: Mapped[date | None] = mapped_column(Date, default=None)
    end_on: Mapped[date | None] = mapped_column(Date, default=None)
    school_days: Mapped[int | None] = mapped_column(Integer, default=None)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    known_since: Mapped[date | None] = mapped_column(Date, default=None)
    receiving_school: Mapped[str] = mapped_column(String(200), default="")
    search_started_on: Mapped[date | None] = mapped_column(Date, default=None)
    response_received_on: Mapped[date | None] = mapped_column(Date, default=None)
    # The zienswijze on an intention: "schriftelijk", "mondeling", "ontvangen" (how unknown:
    # recorded before version 0004) or "geen" (the term passed without one, recorded on
    # response_received_on); its content in the person's own words; the school's weighing.
    response_mode: Mapped[str] = mapped_column(String(20), default="", server_default="")
    response_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    weighing: Mapped[str] = mapped_column(Text, default="", server_default="")
    weighed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # The written reason for an urgent exception (e.g. suspended first, heard the same day).
    urgent_exception: Mapped[str] = mapped_column(Text, default="", server_default="")
    warnings: Mapped[str] = mapped_column(Text, default="")
    # Correct, don't delete: a corrected or withdrawn measure stays, with why and when, and
    # (corrected) a link to the measure that replaces it.
    status: Mapped[MeasureStatus] = mapped_column(
        _enum(MeasureStatus), default=MeasureStatus.ACTIVE, server_default="geldig"
    )
    status_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    status_on: Mapped[date | None] = mapped_column(Date, default=None)
    corrected_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("measure.id"), default=None
    )
    # Summary dismissal: why the dismissal came some days after the facts became known
    delay_reason: Mapped[str] = mapped_column(Text, default="", server_default="")

    incident: Mapped[Incident] = relationship(back_populates="measures")
    person: Mapped[Person] = relationship()
    intent: Mapped[Measure | None] = relationship(remote_side=[id], foreign_keys=[intent_id])
    corrected_by: Mapped[Measure | None] = relationship(
        remote_side=[id], foreign_keys=[corrected_by_id]
    )


class Task(Base):
    """A legal deadline or notification due (Taak)."""

    __tablename__ = "task"
    __table_args__ = (Index("ix_task_open_due", "done_on", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    measure_id: Mapped[int | None] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), default=None
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), default=None)
    kind: Mapped[TaskKind] = mapped_column(_enum(TaskKind))
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    incident: Mapped[Incident | None] = relationship(back_populates="tasks")


class LetterTemplate(Base):
    """A director's edited version of a shipped letter template."""

    __tablename__ = "letter_template"

    kind: Mapped[str] = mapped_column(String(60), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class Letter(Base):
    """A letter for the dossier; once finalised its PDF never changes."""

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"), index=True)
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measure.id"), default=None)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    dossier: Mapped[str] = mapped_column(String(40))
    number: Mapped[str | None] = mapped_column(String(40), unique=True, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("letter.id"), default=None)
    recipient: Mapped[str] = mapped_column(Text, default="")
    data_json: Mapped[str] = mapped_column(Text)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
    sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    letter_date: Mapped[date] = mapped_column(Date)
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # dispatch (verzending): the date the letter was sent (= its date; every term counts from
    # the day after), how (post, aangetekend, e-mail, uitgereikt) and to whom
    sent_on: Mapped[date | None] = mapped_column(Date, default=None)
    sent_via: Mapped[str] = mapped_column(String(20), default="")
    sent_to: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    incident: Mapped[Incident | None] = relationship()
    person: Mapped[Person] = relationship()
    replaces: Mapped[Letter | None] = relationship(remote_side=[id])

    @property
    def is_final(self) -> bool:
        return self.finalised_at is not None


class LetterEnclosure(Base):
    """Evidence chosen to go with a letter ("Bijlage(n)"): per case, person and letter kind,
    so the letter dialog, the ``letters`` command and a new version all enclose the same."""

    __tablename__ = "letter_enclosure"
    __table_args__ = (UniqueConstraint("incident_id", "person_id", "kind", "evidence_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[str] = mapped_column(String(60))
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id", ondelete="CASCADE"))


class Setting(Base):
    """A simple key/value setting (address-window position, auto-lock minutes …)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """One line of the append-only, hash-chained audit trail (logboek).

    ``hash`` is an HMAC-SHA256 (key derived from the database key) over the canonical JSON
    of the entry (with ``summary_sha256`` standing in for the summary) followed by
    ``prev_hash``. The summary may hold personal data
    (before → after values); it alone may be redacted to NULL when the retention purge or an
    AVG deletion removes the person, and the chain still verifies through ``summary_sha256``;
    such a redaction is sealed in ``redaction`` so that a NULL made by anyone else shows.
    Database triggers (migration 0002) refuse every other UPDATE and every DELETE.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)  # UTC, stored without zone
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[AuditAction] = mapped_column(_enum(AuditAction), index=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer, default=None)
    # No foreign keys: the log outlives the records and persons it is about.
    person_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    summary: Mapped[str | None] = mapped_column(Text, default=None)
    summary_sha256: Mapped[str] = mapped_column(String(64))
    # The sealed state of the audited row after the change (or a map of seals), in the chain.
    state: Mapped[str | None] = mapped_column(Text, default=None)
    # A redacted summary's seal: only the purge and AVG deletion can make it (migration 0008).
    redaction: Mapped[str | None] = mapped_column(String(64), default=None)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


def as_dict(row: Base) -> dict[str, Any]:
    """The column values of a row, for audit summaries and tests."""
    return {c.key: getattr(row, c.key) for c in row.__mapper__.column_attrs}
