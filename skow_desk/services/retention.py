"""Retention (bewaartermijn): anonymise what is kept longer than the law allows.

The norm (docs/legal.md, Privacy): at most two years after the pupil left or the employment ended,
per record type configurable as ``bewaartermijn.<rol>_jaren``. A parent follows their
children: due once all of them are (or on their own leaving date). A person in a case that is
not closed is never due: a pending dispute keeps the file.

The purge anonymises rather than removes, so yearly overviews keep their counts: names and
addresses become "geanonimiseerd", free text goes, evidence content and letter PDFs are
removed (a letter's number and date stay). The audit trail gets one entry per person saying
what was done, by counts and ids, and the summaries of older entries about them are redacted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.dates import add_months
from skow_desk.domain.enums import IncidentStatus, Role
from skow_desk.domain.names import list_name
from skow_desk.services.audit import record
from skow_desk.services.foundation import get_setting
from skow_desk.services.purge_columns import ANONYMOUS, clear_text
from skow_desk.services.purge_scrub import leaver_of, scrub_names
from skow_desk.store.audit import redact_about
from skow_desk.store.audit_events import quiet
from skow_desk.store.models import (
    AuditAction,
    Consultation,
    Conversation,
    Evidence,
    Guardianship,
    Incident,
    Involvement,
    Letter,
    Measure,
    Person,
    Task,
)

DEFAULT_YEARS = 2


def retention_setting(role: Role) -> str:
    """The setting key of the retention period for ``role`` (``bewaartermijn.leerling_jaren``)."""
    return f"bewaartermijn.{role.value}_jaren"


@dataclass(frozen=True)
class PurgeCandidate:
    """A person whose retention period has ended, with what belongs to them."""

    person_id: int
    role: Role
    name: str
    left_on: date | None
    due_on: date
    reason: str
    incident_ids: tuple[int, ...]
    letter_ids: tuple[int, ...]


@dataclass
class PurgeReport:
    """What a purge did, by ids (never by content)."""

    person_ids: list[int] = field(default_factory=list)
    incident_ids: list[int] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    redacted_entries: int = 0
    scrubbed: dict[str, int] = field(default_factory=dict)  # other records whose text named them

    def summary(self) -> str:
        """One Dutch sentence."""
        if not self.person_ids:
            return "Er was niets op te schonen."
        persons, incidents = len(self.person_ids), len(self.incident_ids)
        return (f"{persons} {'persoon' if persons == 1 else 'personen'} en {incidents} "
                f"{'melding' if incidents == 1 else 'meldingen'} geanonimiseerd; "
                f"{self.redacted_entries} logboekregels ingekort.")


def retention_years(session: Session, role: Role) -> int:
    """The retention period in years for ``role`` (setting, default 2)."""
    text = get_setting(session, retention_setting(role), str(DEFAULT_YEARS))
    try:
        years = int(text)
    except ValueError:
        return DEFAULT_YEARS
    return years if years >= 0 else DEFAULT_YEARS


def _blocked(session: Session) -> set[int]:
    """Persons in a case that is not closed."""
    query = (select(Involvement.person_id).join(Incident)
             .where(Incident.status != IncidentStatus.CLOSED))
    return set(session.scalars(query))


_CHUNK = 10_000  # ids per IN (...), well below SQLite's limit on bound parameters


def due_for_purge(session: Session, today: date) -> list[PurgeCandidate]:
    """Everyone whose retention period ended on or before ``today``, by due date."""
    years = {role: retention_years(session, role) for role in Role}
    blocked = _blocked(session)
    due: dict[int, tuple[date, str]] = {}
    persons = {p.id: p for p in session.scalars(
        select(Person).where(Person.anonymised.is_(False)))}
    for person in persons.values():
        if person.left_on is not None:
            until = add_months(person.left_on, 12 * years[person.role])
            if until <= today:
                due[person.id] = (until, f"vertrokken op {person.left_on:%d-%m-%Y}, "
                                         f"bewaartermijn {years[person.role]} jaar")
    children: dict[int, list[int]] = defaultdict(list)
    for link in session.scalars(select(Guardianship)):
        children[link.guardian_id].append(link.pupil_id)
    for parent_id, pupil_ids in children.items():
        parent = persons.get(parent_id)
        if parent is None or parent_id in due:
            continue
        # Anonymised children are no longer in ``persons``: they count as done.
        if all(p in due or p not in persons for p in pupil_ids):
            dates = [due[p][0] for p in pupil_ids if p in due]
            due[parent_id] = (max(dates) if dates else today,
                              "de bewaartermijn van alle kinderen is verstreken")
    wanted = [person_id for person_id in due if person_id not in blocked]
    # Two queries for all candidates, not two per candidate (demo data has thousands).
    incidents: dict[int, set[int]] = defaultdict(set)
    letters: dict[int, list[int]] = defaultdict(list)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        for person_id, incident_id in session.execute(
                select(Involvement.person_id, Involvement.incident_id)
                .where(Involvement.person_id.in_(chunk))):
            incidents[person_id].add(incident_id)
        for person_id, letter_id in session.execute(
                select(Letter.person_id, Letter.id).where(Letter.person_id.in_(chunk))
                .order_by(Letter.id)):
            letters[person_id].append(letter_id)
    result = []
    for person_id in wanted:
        until, reason = due[person_id]
        person = persons[person_id]
        result.append(PurgeCandidate(
            person_id, person.role, list_name(person.infix, person.last_name, person.first_name),
            person.left_on, until, reason, tuple(sorted(incidents[person_id])),
            tuple(letters[person_id])))
    return sorted(result, key=lambda c: (c.due_on, c.person_id))


def _anonymise_person(person: Person) -> None:
    clear_text(person)
    person.last_name = ANONYMOUS
    person.address = ANONYMOUS
    person.salutation = None
    person.anonymised = True


def _clear_task(task: Task) -> None:
    clear_text(task)
    task.title = task.kind.value


def _anonymise_personal(session: Session, person_id: int, report: PurgeReport,
                        entities: set[tuple[str, int]]) -> None:
    """Everything recorded about one person, wherever it sits (every free-text column listed
    in services/purge_columns.py is emptied, whatever names it holds)."""
    for conversation in session.scalars(
            select(Conversation).where(Conversation.person_id == person_id)):
        clear_text(conversation)
        entities.add(("conversation", conversation.id))
        report.counts["gesprekken"] += 1
    for measure in session.scalars(select(Measure).where(Measure.person_id == person_id)):
        clear_text(measure)
        entities.add(("measure", measure.id))
        report.counts["maatregelen"] += 1
    for task in session.scalars(select(Task).where(Task.person_id == person_id)):
        _clear_task(task)
        entities.add(("task", task.id))
        report.counts["taken"] += 1
    for letter in session.scalars(select(Letter).where(Letter.person_id == person_id)):
        clear_text(letter)
        letter.pdf = None
        entities.add(("letter", letter.id))
        report.counts["brieven"] += 1


def _anonymise_incident(session: Session, incident: Incident, report: PurgeReport,
                        entities: set[tuple[str, int]]) -> None:
    """A case in which nobody identifiable is left: its free text and evidence go."""
    clear_text(incident)
    entities.add(("incident", incident.id))
    for evidence in session.scalars(select(Evidence).where(Evidence.incident_id == incident.id)):
        clear_text(evidence)
        evidence.content, evidence.size = b"", 0
        entities.add(("evidence", evidence.id))
        report.counts["bewijsstukken"] += 1
    for consultation in session.scalars(
            select(Consultation).where(Consultation.incident_id == incident.id)):
        clear_text(consultation)
        entities.add(("consultation", consultation.id))
    for conversation in incident.conversations:
        clear_text(conversation)
        entities.add(("conversation", conversation.id))
    for task in incident.tasks:
        _clear_task(task)
        entities.add(("task", task.id))
    report.incident_ids.append(incident.id)


def purge(session: Session, candidates: list[PurgeCandidate], today: date) -> PurgeReport:
    """Anonymise the candidates that are (still) due; log what was done, not the content."""
    still_due = {c.person_id for c in due_for_purge(session, today)}
    return _purge(session, [c for c in candidates if c.person_id in still_due])


def purge_again(session: Session, person_ids: list[int], today: date) -> PurgeReport:
    """Anonymise persons an earlier purge did (restored from an older backup): no due check."""
    found = {p.id: p for p in session.scalars(select(Person).where(
        Person.id.in_(person_ids), Person.anonymised.is_(False)))}
    candidates = []
    for person_id in sorted(found):
        person = found[person_id]
        incidents = tuple(sorted(set(session.scalars(
            select(Involvement.incident_id).where(Involvement.person_id == person_id)))))
        letters = tuple(session.scalars(select(Letter.id).where(Letter.person_id == person_id)))
        candidates.append(PurgeCandidate(
            person_id, person.role, "", person.left_on, today,
            "eerder opgeschoond; opnieuw toegepast na het terugzetten van een back-up",
            incidents, letters))
    return _purge(session, candidates)


def _purge(session: Session, chosen: list[PurgeCandidate]) -> PurgeReport:
    report = PurgeReport()
    if not chosen:
        return report
    entities: set[tuple[str, int]] = set()
    per_person: dict[int, dict[str, int]] = {}
    with quiet(session):  # per-field before/after would copy the data into the log
        leavers = [leaver_of(p) for p in session.scalars(
            select(Person).where(Person.id.in_([c.person_id for c in chosen])))]
        scrubbed = scrub_names(session, leavers)
        for candidate in chosen:
            before = dict(report.counts)
            person = session.get(Person, candidate.person_id)
            if person is None:
                continue
            _anonymise_person(person)
            _anonymise_personal(session, person.id, report, entities)
            report.person_ids.append(person.id)
            per_person[person.id] = {k: v - before.get(k, 0) for k, v in report.counts.items()}
        session.flush()
        purged = set(report.person_ids)
        incident_ids = sorted({i for c in chosen for i in c.incident_ids})
        for incident in session.scalars(select(Incident).where(Incident.id.in_(incident_ids))):
            if all(inv.person.anonymised or inv.person_id in purged
                   for inv in incident.involvements):
                _anonymise_incident(session, incident, report, entities)
    report.redacted_entries = redact_about(session.connection(), purged, entities)
    report.redacted_entries += scrubbed.pop("logboek", 0)
    report.scrubbed = scrubbed
    for candidate in chosen:
        if candidate.person_id not in purged:
            continue
        counts = ", ".join(f"{k}: {v}" for k, v in sorted(per_person[candidate.person_id].items())
                           if v)
        mine = [i for i in candidate.incident_ids if i in report.incident_ids]
        record(session, AuditAction.PURGE, "person", candidate.person_id, candidate.person_id,
               f"bewaartermijn verstreken ({candidate.due_on:%d-%m-%Y}); persoon "
               f"geanonimiseerd; {counts or 'geen verdere gegevens'}; meldingen "
               f"geanonimiseerd: {', '.join(map(str, mine)) or 'geen'}")
    return report
