"""Keeping ``incident.search_text`` right, whatever code changes what it is made of.

``install_search_text(sessionmaker)`` hooks two session events, next to the audit trail's:

* ``before_flush`` notes the incidents whose search text may change: new incidents, incidents
  whose kenmerk, platform, description or persons changed, the incidents of involvements
  added, moved or removed, and the persons whose first name, infix or last name changed;
* ``after_flush`` works out their ids (new rows have theirs by then) and calls
  :func:`refresh_search_text`, which recomputes the text from the database.

So recording, correcting, involving, removing, renaming, anonymising (retention) and AVG
deletion all keep it right without each service remembering to. Bulk inserts
(``session.execute(insert(Incident), rows)``: register import, demo data) bypass the flush;
they compute ``search_text`` in Python with :func:`skow_desk.domain.search.search_text`.

The column is derived, so its UPDATE goes through the session's connection as plain SQL: the
audit trail does not log it (and leaves the column out of its summaries), and ``updated_at``
keeps the time the incident itself was last changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from skow_desk.domain.search import Name, search_text
from skow_desk.store.models import Incident, Involvement, Person

PENDING = "skow_search_text_pending"
BATCH = 500  # ids per IN (…): well under SQLite's limit on bound parameters
_INCIDENT_FIELDS = ("kenmerk", "platform", "description", "involvements")
_NAME_FIELDS = ("first_name", "infix", "last_name")
_UPDATE = text("UPDATE incident SET search_text = :text WHERE id = :id")


@dataclass
class _Pending:
    """What one flush may change, noted before it and resolved to incident ids after it."""

    incidents: list[Incident] = field(default_factory=list)
    involvements: list[Involvement] = field(default_factory=list)
    incident_ids: set[int] = field(default_factory=set)
    person_ids: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.incidents or self.involvements or self.incident_ids
                    or self.person_ids)


def install_search_text(sessions: sessionmaker[Session]) -> None:
    """Keep ``incident.search_text`` right in every flush of sessions from ``sessions``."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)


def refresh_search_text(session: Session, incident_ids: Iterable[int]) -> int:
    """Recompute the search text of these incidents from the database; returns how many.

    Flushes first, so pending changes count. Ids of incidents that no longer exist are
    skipped. Incidents loaded in ``session`` get the new text too.
    """
    session.flush()
    texts = compute_search_texts(session.connection(), incident_ids)
    _store(session, texts)
    return len(texts)


def compute_search_texts(connection: Connection, incident_ids: Iterable[int]) -> dict[int, str]:
    """The search text of each of these incidents, as the database holds them now."""
    wanted = sorted(set(incident_ids))
    texts: dict[int, str] = {}
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start:start + BATCH]
        names: dict[int, list[Name]] = defaultdict(list)
        for iid, first, infix, last in connection.execute(
            select(Involvement.incident_id, Person.first_name, Person.infix, Person.last_name)
            .join(Person, Person.id == Involvement.person_id)
            .where(Involvement.incident_id.in_(chunk))
            .order_by(Involvement.incident_id, Involvement.id)
        ):
            names[iid].append((first, infix, last))
        for iid, code, platform, description in connection.execute(
            select(Incident.id, Incident.kenmerk, Incident.platform, Incident.description)
            .where(Incident.id.in_(chunk))
        ):
            texts[iid] = search_text(code, platform, description, names.get(iid, ()))
    return texts


def _store(session: Session, texts: dict[int, str]) -> None:
    if not texts:
        return
    session.connection().execute(_UPDATE, [{"id": iid, "text": t} for iid, t in texts.items()])
    mapper = inspect(Incident)
    for iid, value in texts.items():
        loaded = session.identity_map.get(mapper.identity_key_from_primary_key((iid,)))
        if loaded is not None:
            set_committed_value(loaded, "search_text", value)


def _changed(obj: Any, keys: tuple[str, ...]) -> bool:
    attrs = inspect(obj).attrs
    return any(attrs[key].history.has_changes() for key in keys)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    pending = _Pending()
    for obj in session.new:
        if isinstance(obj, Incident):
            pending.incidents.append(obj)
        elif isinstance(obj, Involvement):
            pending.involvements.append(obj)
    for obj in session.dirty:
        if isinstance(obj, Incident) and _changed(obj, _INCIDENT_FIELDS):
            pending.incidents.append(obj)
        elif isinstance(obj, Involvement):
            pending.involvements.append(obj)
            _note_stored_incident(pending, obj)  # it may move to another incident
        elif isinstance(obj, Person) and _changed(obj, _NAME_FIELDS):
            person_id = inspect(obj).dict.get("id")
            if isinstance(person_id, int):
                pending.person_ids.add(person_id)
    for obj in session.deleted:
        if isinstance(obj, Involvement):
            _note_stored_incident(pending, obj)
    if pending:
        session.info[PENDING] = pending
    else:
        session.info.pop(PENDING, None)


def _note_stored_incident(pending: _Pending, involvement: Involvement) -> None:
    state = inspect(involvement)
    history = state.attrs["incident_id"].history
    for value in (*history.deleted, *history.unchanged, state.dict.get("incident_id")):
        if isinstance(value, int):
            pending.incident_ids.add(value)


def _after_flush(session: Session, _context: Any) -> None:
    pending = session.info.pop(PENDING, None)
    if not isinstance(pending, _Pending):
        return
    ids = set(pending.incident_ids)
    for obj in (*pending.incidents, *pending.involvements):
        value = inspect(obj).dict.get("id" if isinstance(obj, Incident) else "incident_id")
        if isinstance(value, int):
            ids.add(value)
    persons = sorted(pending.person_ids)
    for start in range(0, len(persons), BATCH):
        ids.update(session.connection().execute(
            select(Involvement.incident_id)
            .where(Involvement.person_id.in_(persons[start:start + BATCH]))
        ).scalars())
    _store(session, compute_search_texts(session.connection(), ids))
