"""Removal at a person's request or by decision: "verwijderen (AVG)", always with a reason.

Everywhere else SKOW Desk corrects instead of deleting (the audit trail keeps the before →
after of every change). These two functions are the only ways to remove a person or a case
outright, outside the retention purge. Both log what they removed by counts and ids, with the
reason, and redact the summaries of older log entries about what was removed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from skow_desk.domain.errors import DomainError
from skow_desk.services.audit import record
from skow_desk.services.kept_drafts import (
    drop_concepts,
    drop_draft,
    drop_drafts_naming,
    letters_key,
    melding_key,
)
from skow_desk.services.lookup import get_or_gone
from skow_desk.services.purge_scrub import Replacer, leaver_of
from skow_desk.store.audit import redact_about
from skow_desk.store.audit_events import quiet
from skow_desk.store.models import (
    AuditAction,
    Base,
    Conversation,
    Guardianship,
    Incident,
    Involvement,
    Letter,
    LetterEnclosure,
    Measure,
    Person,
    Task,
)

_WORDS = {
    "person": "persoon",
    "incident": "meldingen",
    "involvement": "betrokkenheden",
    "conversation": "gesprekken",
    "measure": "maatregelen",
    "task": "taken",
    "letter": "brieven",
    "guardianship": "ouderkoppelingen",
    "evidence": "bewijsstukken",
    "consultation": "overleggen",
    "letter_enclosure": "gekozen bijlagen",
}


def _reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise DomainError("Vul de reden van het verwijderen in (AVG); zonder reden gebeurt er "
                          "niets.")
    return text


class _Removal:
    """Deletes rows in the session and remembers which, for the log."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.removed: dict[str, list[int]] = {}

    def delete(self, rows: Iterable[Base]) -> None:
        for row in rows:
            table = str(row.__tablename__)
            ident = getattr(row, "id", None)
            if isinstance(ident, int):
                self.removed.setdefault(table, []).append(ident)
            else:
                self.removed.setdefault(table, [])
            self.session.delete(row)

    def entities(self) -> set[tuple[str, int]]:
        return {(table, i) for table, ids in self.removed.items() for i in ids}

    def text(self) -> str:
        counts = Counter({t: len(ids) for t, ids in self.removed.items()})
        parts = []
        for table, ids in sorted(self.removed.items()):
            listed = f" ({', '.join(map(str, sorted(ids)))})" if ids else ""
            parts.append(f"{_WORDS.get(table, table)}: {counts[table] or 'ja'}{listed}")
        return "; ".join(parts)


def _remove_incident(removal: _Removal, incident: Incident) -> None:
    session = removal.session
    _remove_letters(removal, list(session.scalars(
        select(Letter).where(Letter.incident_id == incident.id))))
    _remove_measures(removal, list(incident.measures))
    removal.delete(session.scalars(
        select(LetterEnclosure).where(LetterEnclosure.incident_id == incident.id)))
    for child in ("evidence", "consultations", "conversations", "tasks", "involvements"):
        removal.delete(getattr(incident, child))
    _settle(session, incident)
    removal.delete([incident])


def _settle(session: Session, *owners: Base) -> None:
    """Write the deletes so far, and forget the owners' stale collections of deleted rows.

    Without this the cascade of a later ``session.delete(owner)`` would delete them again,
    and the database's own ON DELETE CASCADE could remove rows before the ORM does.
    """
    session.flush()
    for owner in owners:
        session.expire(owner)


def _remove_letters(removal: _Removal, letters: list[Letter]) -> None:
    if not letters:
        return
    ids = [letter.id for letter in letters]
    removal.session.execute(update(Letter).where(Letter.replaces_id.in_(ids))
                            .values(replaces_id=None).execution_options(synchronize_session=False))
    removal.delete(letters)
    removal.session.flush()


def _remove_measures(removal: _Removal, measures: list[Measure]) -> None:
    session = removal.session
    if not measures:
        return
    ids = [m.id for m in measures]
    for measure in measures:
        measure.intent_id = None
    session.flush()
    session.execute(update(Letter).where(Letter.measure_id.in_(ids)).values(measure_id=None)
                    .execution_options(synchronize_session=False))
    removal.delete(session.scalars(select(Task).where(Task.measure_id.in_(ids))))
    session.flush()  # tasks first: the database would cascade them away with the measures
    removal.delete(measures)
    session.flush()


def delete_person_avg(session: Session, person_id: int, reason: str) -> str:
    """Remove a person and everything about them; cases left with nobody go too.

    Returns the Dutch summary that was logged.
    """
    why = _reason(reason)
    person = get_or_gone(session, Person, person_id)
    removal = _Removal(session)
    with quiet(session):
        # typed text kept at a lock that names them or is about them goes too
        drop_drafts_naming(session, Replacer(session, [leaver_of(person)]).anything,
                           {person_id})
        drop_concepts(session, person_id=person_id)  # saved letter concepts about them
        incident_ids = set(session.scalars(
            select(Involvement.incident_id).where(Involvement.person_id == person_id)))
        _remove_letters(removal, list(session.scalars(
            select(Letter).where(Letter.person_id == person_id))))
        _remove_measures(removal, list(session.scalars(
            select(Measure).where(Measure.person_id == person_id))))
        removal.delete(session.scalars(select(Task).where(Task.person_id == person_id)))
        removal.delete(session.scalars(
            select(Conversation).where(Conversation.person_id == person_id)))
        removal.delete(session.scalars(
            select(Involvement).where(Involvement.person_id == person_id)))
        removal.delete(session.scalars(
            select(LetterEnclosure).where(LetterEnclosure.person_id == person_id)))
        removal.delete(session.scalars(select(Guardianship).where(or_(
            Guardianship.pupil_id == person_id, Guardianship.guardian_id == person_id))))
        _settle(session, person)
        for incident in session.scalars(select(Incident).where(Incident.id.in_(incident_ids))):
            session.expire(incident)
            if not incident.involvements:  # nobody left in the case: it goes as a whole
                _remove_incident(removal, incident)
        _settle(session, person)
        removal.delete([person])
    redact_about(session.connection(), [person_id], removal.entities())
    summary = f"verwijderen (AVG): {why}; verwijderd: {removal.text()}"
    record(session, AuditAction.DELETE, "person", person_id, person_id, summary)
    return summary


def delete_incident_avg(session: Session, incident_id: int, reason: str) -> str:
    """Remove one case with everything in it (the persons stay). Returns the logged summary."""
    why = _reason(reason)
    incident = get_or_gone(session, Incident, incident_id)
    kenmerk = incident.kenmerk
    removal = _Removal(session)
    with quiet(session):
        _remove_incident(removal, incident)
        for key in (melding_key(incident_id), letters_key(incident_id)):
            drop_draft(session, key)  # typed text kept at a lock goes with the case
        drop_concepts(session, incident_id=incident_id)
    redact_about(session.connection(), [], removal.entities())
    summary = f"verwijderen (AVG) van melding {kenmerk}: {why}; verwijderd: {removal.text()}"
    record(session, AuditAction.DELETE, "incident", incident_id, None, summary)
    return summary
