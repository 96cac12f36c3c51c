"""The audit trail (logboek) for the window and the command line: record, find, verify.

Creates, changes and deletes through the ORM are recorded by themselves (store/audit_events).
Call :func:`record` for what the database cannot see: a letter made final, an export, a
dossier viewed, a backup, a restore, a purge. Bulk writes (``session.execute(insert(M), rows)``)
are summed up by :func:`record_bulk` in one entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import Session

from skow_desk.store.audit import ChainReport, NewEntry, verify_chain
from skow_desk.store.audit_events import bulk_text, take_bulk_changed, take_bulk_counts, write
from skow_desk.store.audit_labels import ENTITY_LABELS, entity_label
from skow_desk.store.db import Database
from skow_desk.store.models import AuditAction, AuditEntry

__all__ = [
    "ENTITY_LABELS",
    "AuditAction",
    "AuditFilter",
    "AuditRow",
    "ChainReport",
    "entity_label",
    "entity_types_in_use",
    "entries_about_person",
    "find_entry_ids",
    "load_rows",
    "letter_output_text",
    "record",
    "record_bulk",
    "record_now",
    "verify",
    "verify_message",
]

REDACTED = "(inhoud verwijderd na afloop van de bewaartermijn of op verzoek)"


@dataclass(frozen=True)
class AuditFilter:
    """What the log view asks for; ``None``/empty means no restriction."""

    start: date | None = None
    end: date | None = None
    action: AuditAction | None = None
    entity_type: str | None = None
    text: str = ""
    person_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    """One entry as the view shows it (time in local time)."""

    id: int
    at: datetime
    actor: str
    action: AuditAction
    entity_type: str
    entity_id: int | None
    person_id: int | None
    summary: str

    @property
    def entity_label(self) -> str:
        return entity_label(self.entity_type)


def record(
    session: Session,
    action: AuditAction,
    entity_type: str,
    entity_id: int | None = None,
    person_id: int | None = None,
    summary: str = "",
) -> None:
    """Record an event in the caller's transaction (it is kept only if that commits).

    Never put evidence content, letter text or PDFs in ``summary``: name the record instead.
    """
    session.flush()  # pending ORM changes are logged before what the caller says about them
    write(session, [NewEntry(action, entity_type, entity_id, person_id, summary)])


def record_now(
    db: Database,
    action: AuditAction,
    entity_type: str,
    entity_id: int | None = None,
    person_id: int | None = None,
    summary: str = "",
) -> None:
    """Record an event in a transaction of its own (a print, a saved file, a new passphrase).

    As with :func:`record`: name what was done, never the content.
    """
    with db.transaction() as session:
        record(session, action, entity_type, entity_id, person_id, summary)


def letter_output_text(kenmerk: str, numbers: list[str], how: str) -> str:
    """``brief 2026-0001 van melding 04XY-… afgedrukt`` (drafts count as ``concept``)."""
    shown = ", ".join(numbers) if numbers else "concept"
    noun = "brief" if len(numbers) <= 1 else "brieven"
    return f"{noun} {shown} van melding {kenmerk} {how}"


def record_bulk(session: Session, what: str) -> dict[str, int]:
    """One entry for all bulk-inserted rows since the last one; returns the counts."""
    counts = take_bulk_counts(session)
    summary = f"{what}: {bulk_text(counts)}" if counts else what
    write(session, [NewEntry(AuditAction.CREATE, "bulk", None, None, summary,
                             take_bulk_changed(session))])
    return counts


def _utc(day: date) -> datetime:
    """Local midnight of ``day`` as naive UTC (how ``at`` is stored)."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def find_entry_ids(session: Session, where: AuditFilter, limit: int | None = None) -> list[int]:
    """Ids of the matching entries, newest first."""
    query = select(AuditEntry.id)
    if where.start is not None:
        query = query.where(AuditEntry.at >= _utc(where.start))
    if where.end is not None:
        query = query.where(AuditEntry.at < _utc(where.end + timedelta(days=1)))
    if where.action is not None:
        query = query.where(AuditEntry.action == where.action)
    if where.entity_type:
        query = query.where(AuditEntry.entity_type == where.entity_type)
    if where.person_id is not None:
        query = query.where(AuditEntry.person_id == where.person_id)
    for word in where.text.split():
        pattern = f"%{word}%"
        query = query.where(or_(AuditEntry.summary.ilike(pattern),
                                AuditEntry.actor.ilike(pattern),
                                cast(AuditEntry.entity_id, String) == word))
    query = query.order_by(AuditEntry.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def _row(entry: AuditEntry) -> AuditRow:
    local = entry.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return AuditRow(entry.id, local, entry.actor, entry.action, entry.entity_type,
                    entry.entity_id, entry.person_id,
                    REDACTED if entry.summary is None else entry.summary)


def load_rows(session: Session, ids: Sequence[int]) -> list[AuditRow]:
    """The entries with these ids, in the order given (missing ids are skipped)."""
    found: dict[int, AuditRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for entry in session.scalars(select(AuditEntry).where(AuditEntry.id.in_(chunk))):
            found[entry.id] = _row(entry)
    return [found[i] for i in ids if i in found]


def entries_about_person(session: Session, person_id: int) -> list[AuditRow]:
    """Every entry about one person, oldest first (for an inzage export)."""
    query = select(AuditEntry).where(or_(
        AuditEntry.person_id == person_id,
        (AuditEntry.entity_type == "person") & (AuditEntry.entity_id == person_id),
    )).order_by(AuditEntry.id)
    return [_row(entry) for entry in session.scalars(query)]


def entity_types_in_use(session: Session) -> list[str]:
    """The record types that occur in the log, for the filter list."""
    return sorted(session.scalars(select(AuditEntry.entity_type).distinct()))


def verify(db: Database) -> ChainReport:
    """Check the whole chain, its anchor in the key file, the audited rows' seals, and that
    the append-only triggers are in place."""
    from dataclasses import replace

    from skow_desk.store.audit_anchor import anchor_problem

    with db.engine.connect() as connection:
        report = verify_chain(connection, db.key)
        if db.key is None:
            return report
        raw = connection.connection.driver_connection

        def query(sql: str, params: tuple[object, ...]) -> list[tuple[object, ...]]:
            return list(raw.execute(sql, params).fetchall())  # type: ignore[union-attr]

        return replace(report, anchor_problem=anchor_problem(db.path.parent, query))


def verify_message(report: ChainReport) -> str:
    """One Dutch line for the outcome."""
    if report.broken_id is not None:
        return f"Logboek verbroken bij regel {report.broken_id} ({report.reason})."
    if report.anchor_problem:
        return f"Logboek klopt niet met zijn anker: {report.anchor_problem}."
    if report.changed_rows:
        shown = ", ".join(report.changed_rows[:10])
        more = f" en nog {len(report.changed_rows) - 10}" if len(report.changed_rows) > 10 else ""
        return (f"Gegevens buiten SKOW Desk om gewijzigd: {shown}{more} wijken af van wat het "
                "logboek het laatst vastlegde.")
    if not report.triggers_present:
        return ("Logboek niet beveiligd: de database laat wijzigen of verwijderen van regels "
                f"toe ({report.count} regels gecontroleerd).")
    return f"Logboek in orde: {report.count} regels."
