"""Importing an existing register into the database: all or nothing, and idempotent.

The file is parsed and validated first (``skow_desk.importing``); any problem refuses the
whole file. Incidents whose kenmerk is already stored are skipped, so importing the same file
twice adds nothing the second time. Persons are matched on role, school, name and group.
Rows are written with bulk inserts: 10,000 rows take about a second.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from skow_desk.domain.dates import counted
from skow_desk.domain.enums import IncidentStatus, Part, Role, Salutation
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.names import initials_of
from skow_desk.domain.rules import school_day_span
from skow_desk.domain.school_calendar import SchoolCalendar
from skow_desk.domain.search import search_text
from skow_desk.importing import IncidentRecord, parse_register, read_table
from skow_desk.importing.core import ImportCancelled as ImportCancelled
from skow_desk.importing.core import ImportRefused as ImportRefused
from skow_desk.services.foundation import school_lookup
from skow_desk.services.school_calendar import calendar_for
from skow_desk.store.db import Database
from skow_desk.store.models import (
    Guardianship,
    Incident,
    IncidentArticle,
    IncidentCategory,
    Involvement,
    Measure,
    Person,
    School,
)

Progress = Callable[[int, int], bool]  # (done, total) → False to cancel


@dataclass
class ImportReport:
    """What an import did."""

    incidents_added: int = 0
    incidents_skipped: int = 0
    persons_added: int = 0
    measures_added: int = 0
    kenmerken: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"{counted(self.incidents_added, 'melding', 'meldingen')} ingelezen, "
                f"{counted(self.persons_added, 'nieuwe persoon', 'nieuwe personen')}, "
                f"{counted(self.measures_added, 'maatregel', 'maatregelen')}.")
        if self.incidents_skipped == 1:
            text += " 1 melding stond er al in en is overgeslagen."
        elif self.incidents_skipped:
            text += f" {self.incidents_skipped} meldingen stonden er al in en zijn overgeslagen."
        return text


def _person_key(role: Role, school_id: int, first: str, infix: str, last: str,
                group: str) -> tuple[str, int, str, str, str, str]:
    return (role.value, school_id, first.strip().lower(), infix.strip().lower(),
            last.strip().lower(), group.strip().lower())


class _Writer:
    """Collects rows with explicit ids, then writes them table by table."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.schools = {s.brin: s.id for s in session.scalars(select(School))}
        self.calendars: dict[int, SchoolCalendar] = {}
        self.next_ids = {
            model: (session.scalar(select(func.max(model.id))) or 0) + 1
            for model in (Person, Incident, Involvement, Measure)
        }
        self.rows: dict[Any, list[dict[str, Any]]] = {
            m: [] for m in (Person, Guardianship, Incident, IncidentArticle, IncidentCategory,
                            Involvement, Measure)
        }
        self.known: dict[tuple[str, int, str, str, str, str], int] = {}
        for p in session.execute(select(Person.id, Person.role, Person.school_id,
                                        Person.first_name, Person.infix, Person.last_name,
                                        Person.group_or_function)):
            if p.school_id is not None:
                key = _person_key(Role(p.role), p.school_id, p.first_name, p.infix,
                                  p.last_name, p.group_or_function)
                self.known[key] = p.id
        self.links: set[tuple[int, int]] = set(
            (r[0], r[1])
            for r in session.execute(select(Guardianship.pupil_id, Guardianship.guardian_id))
        )

    def calendar(self, school_id: int) -> SchoolCalendar:
        """The school's calendar (region, holidays, free days), as every other count uses."""
        if school_id not in self.calendars:
            self.calendars[school_id] = calendar_for(self.session.get(School, school_id))
        return self.calendars[school_id]

    def new_id(self, model: Any) -> int:
        value = self.next_ids[model]
        self.next_ids[model] = value + 1
        return value

    def person(self, role: Role, school_id: int, salutation: Salutation | None, first: str,
               initials: str, infix: str, last: str, group: str, address: str,
               postcode: str, city: str) -> tuple[int, bool]:
        key = _person_key(role, school_id, first, infix, last, group)
        if key in self.known:
            return self.known[key], False
        pid = self.new_id(Person)
        self.rows[Person].append(dict(
            id=pid, school_id=school_id, role=role, salutation=salutation,
            first_name=first.strip(), initials=initials or initials_of(first), infix=infix.strip(),
            last_name=last.strip(), group_or_function=group.strip(), address=address.strip(),
            postcode=postcode.strip(), city=city.strip(), email="", left_on=None,
            anonymised=False))
        self.known[key] = pid
        return pid, True

    def incident(self, record: IncidentRecord, report: ImportReport) -> None:
        school_id = self.schools[record.brin]
        iid = self.new_id(Incident)
        closed = record.status is IncidentStatus.CLOSED
        last_measure = max((p.measure_on for p in record.persons if p.measure_on),
                           default=record.reported_on)
        self.rows[Incident].append(dict(
            id=iid, school_id=school_id, kenmerk=record.kenmerk, reported_on=record.reported_on,
            occurred_on=record.occurred_on, reported_by="", platform=record.platform,
            description=record.description, status=record.status,
            closed_on=last_measure if closed else None, police_report=record.police_report,
            police_report_on=record.reported_on if record.police_report else None,
            police_report_number="",
            # Bulk inserts bypass the flush that keeps it right (skow_desk.store.search_text).
            search_text=search_text(record.kenmerk, record.platform, record.description,
                                    [(p.first_name, p.infix, p.last_name)
                                     for p in record.persons])))
        self.rows[IncidentArticle].extend(dict(incident_id=iid, code=c) for c in record.articles)
        self.rows[IncidentCategory].extend(
            dict(incident_id=iid, name=c) for c in sorted({c for c in record.categories}))
        for p in record.persons:
            pid, added = self.person(p.role, school_id, p.salutation, p.first_name, "",
                                     p.infix, p.last_name, p.group_or_function, p.address,
                                     p.postcode, p.city)
            report.persons_added += added
            self.rows[Involvement].append(dict(id=self.new_id(Involvement), incident_id=iid,
                                               person_id=pid, part=Part.CAUSER))
            if p.guardian is not None:
                g = p.guardian
                gid, added = self.person(Role.PARENT, school_id, g.salutation, "", g.initials,
                                         g.infix, g.last_name, "", g.address, g.postcode,
                                         g.city)
                report.persons_added += added
                if (pid, gid) not in self.links:
                    self.links.add((pid, gid))
                    self.rows[Guardianship].append(dict(pupil_id=pid, guardian_id=gid,
                                                        has_authority=True))
            if p.measure is not None:
                decided = p.measure_on or record.reported_on
                start = end = None
                if p.measure is MeasureKind.SUSPENSION and p.suspension_days:
                    # The register holds only the decision date and the number of days: the
                    # suspension is taken to start that day (or the next school day), the usual
                    # practice, visible and correctable in the case view. The days are the
                    # school's school days: its region's holidays and its free days are skipped.
                    start, end = school_day_span(decided, p.suspension_days,
                                                 self.calendar(school_id))
                self.rows[Measure].append(dict(
                    id=self.new_id(Measure), incident_id=iid, person_id=pid, kind=p.measure,
                    stage="besluit", intent_id=None,
                    decided_on=decided, notice_on=decided,
                    # the register's description is the internal account (other people's
                    # names): it is no reason, which the director gives before a letter
                    reason="",
                    start_on=start, end_on=end, school_days=p.suspension_days, internal=False,
                    known_since=None, receiving_school="", search_started_on=None,
                    response_received_on=None, warnings=""))
                report.measures_added += 1
        report.incidents_added += 1
        report.kenmerken.append(record.kenmerk)

    def flush(self) -> None:
        for model, rows in self.rows.items():
            for start in range(0, len(rows), 10_000):
                if rows[start:start + 10_000]:
                    self.session.execute(insert(model), rows[start:start + 10_000])


def import_register_records(session: Session, incidents: list[IncidentRecord],
                            progress: Progress | None = None) -> ImportReport:
    """Store parsed incidents; those whose kenmerk already exists are skipped."""
    report = ImportReport()
    existing = set(session.scalars(select(Incident.kenmerk)))
    existing_lower = {k.lower() for k in existing}
    writer = _Writer(session)
    for number, record in enumerate(incidents, start=1):
        if record.kenmerk.lower() in existing_lower:
            report.incidents_skipped += 1
        else:
            writer.incident(record, report)
            existing_lower.add(record.kenmerk.lower())
        if progress is not None and number % 200 == 0 and not progress(number, len(incidents)):
            raise ImportCancelled()
    writer.flush()
    return report


def import_register(db: Database, path: Path, progress: Progress | None = None) -> ImportReport:
    """Read, validate and store a register file in one transaction, or store nothing."""
    table = read_table(path)
    with db.transaction() as session:
        result = parse_register(table, school_lookup(session))
        if result.problems:
            raise ImportRefused(result.problems)
        report = import_register_records(session, result.incidents, progress)
        from skow_desk.services.audit import record_bulk

        record_bulk(session, f"Register ingelezen uit '{path.name}'")
    return report
