"""What a log line is about, in words a director reads: the case's kenmerk, the person's name.

The stored summaries are hash-chained and stay as written ("persoon: 12; melding: 5"); the log
view shows them with the ids replaced by the kenmerk and the name (while the person is not
anonymised or deleted), through :func:`readable_ids`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.names import full_name
from skow_desk.services.audit import AuditRow
from skow_desk.store.models import (
    Consultation,
    Conversation,
    Evidence,
    Incident,
    IncidentArticle,
    IncidentCategory,
    Involvement,
    Letter,
    Measure,
    Person,
    School,
    Task,
)

# Records that belong to one case: their entries show the case's kenmerk.
_CASE_RECORDS: dict[str, type[Consultation | Conversation | Evidence | Involvement | Letter |
                           Measure | Task]] = {
    "consultation": Consultation, "conversation": Conversation, "evidence": Evidence,
    "involvement": Involvement, "letter": Letter, "measure": Measure, "task": Task,
}
# Link rows whose entry number is the incident's own (see audit_events.entity_id_of).
_INCIDENT_LINKS = {"incident", IncidentArticle.__tablename__, IncidentCategory.__tablename__}
_PERSON = re.compile(r"\b(persoon|leerling|ouder/verzorger): (\d+)")
_SCHOOL = re.compile(r"\bschool: (\d+)")
_INCIDENT = re.compile(r"\bmelding: (\d+)")


@dataclass(frozen=True)
class EntryContext:
    """The kenmerk of the case and the name of the person an entry is about ("" if none)."""

    kenmerk: str = ""
    person: str = ""


@dataclass
class Names:
    """Kenmerken by incident id, names by person id (anonymised persons left out)."""

    kenmerken: dict[int, str]
    persons: dict[int, str]
    schools: dict[int, str]


def _incidents_of(session: Session, rows: Sequence[AuditRow]) -> dict[int, int]:
    """Per entry id, the incident its record belongs to (one query per kind of record)."""
    incident_of: dict[int, int] = {}
    wanted: dict[str, dict[int, list[int]]] = {}
    for row in rows:
        if row.entity_type in _INCIDENT_LINKS and row.entity_id is not None:
            incident_of[row.id] = row.entity_id
        elif row.entity_type in _CASE_RECORDS and row.entity_id is not None:
            wanted.setdefault(row.entity_type, {}).setdefault(row.entity_id, []).append(row.id)
        else:
            found = _INCIDENT.search(row.summary)
            if found:
                incident_of[row.id] = int(found.group(1))
    for entity_type, by_record in wanted.items():
        model = _CASE_RECORDS[entity_type]
        for record_id, incident_id in session.execute(
                select(model.id, model.incident_id).where(model.id.in_(by_record))):
            if incident_id is not None:
                for entry_id in by_record[record_id]:
                    incident_of[entry_id] = incident_id
    for row in rows:  # a removed record: its summary may still name the melding
        if row.id not in incident_of and (found := _INCIDENT.search(row.summary)):
            incident_of[row.id] = int(found.group(1))
    return incident_of


def load_names(session: Session, rows: Sequence[AuditRow]) -> tuple[Names, dict[int, int]]:
    """The names the rows need, and per entry id the incident it belongs to."""
    incident_of = _incidents_of(session, rows)
    incident_ids = set(incident_of.values())
    incident_ids.update(int(m) for row in rows for m in _INCIDENT.findall(row.summary))
    person_ids = {row.person_id for row in rows if row.person_id is not None}
    person_ids.update(int(m) for row in rows for _w, m in _PERSON.findall(row.summary))
    person_ids.update(row.entity_id for row in rows
                      if row.entity_type == "person" and row.entity_id is not None)
    kenmerken = {iid: code for iid, code in session.execute(
        select(Incident.id, Incident.kenmerk).where(Incident.id.in_(incident_ids)))
    } if incident_ids else {}
    persons = {
        p.id: full_name(p.first_name or p.initials, p.infix, p.last_name)
        for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))
        if not p.anonymised
    } if person_ids else {}
    schools = {sid: name for sid, name in session.execute(select(School.id, School.name))}
    return Names(kenmerken, persons, schools), incident_of


def context_of(row: AuditRow, names: Names, incident_of: dict[int, int]) -> EntryContext:
    """The kenmerk and person of one entry."""
    incident = incident_of.get(row.id)
    person_id = row.person_id
    if person_id is None and row.entity_type == "person":
        person_id = row.entity_id
    return EntryContext(names.kenmerken.get(incident, "") if incident is not None else "",
                        names.persons.get(person_id, "") if person_id is not None else "")


def readable_ids(summary: str, names: Names) -> str:
    """``persoon: 12`` → ``persoon: Jan Jansen``; ``melding: 5`` → ``melding: 04XY-2627-005``
    (ids of removed records stay as they are)."""
    summary = _PERSON.sub(
        lambda m: f"{m.group(1)}: {names.persons.get(int(m.group(2)), m.group(2))}", summary)
    summary = _SCHOOL.sub(
        lambda m: f"school: {names.schools.get(int(m.group(1)), m.group(1))}", summary)
    return _INCIDENT.sub(
        lambda m: f"melding: {names.kenmerken.get(int(m.group(1)), m.group(1))}", summary)
