"""Recording every ORM create/change/delete in the audit trail, through session events.

``install_audit(sessionmaker)`` hooks three events on the sessions a :class:`Database` makes:

* ``after_flush`` turns the flushed new, changed and deleted objects into entries (the
  session still shows its pre-flush state then, with attribute history);
* ``do_orm_execute`` counts bulk statements (``session.execute(insert(M), rows)``), which
  bypass the flush; ``record_bulk`` writes them as ONE entry, and ``before_commit`` writes a
  plain one for any left unrecorded, so no bulk write goes unlogged;
* ``after_soft_rollback`` forgets counts of work that was rolled back.

Not seen: writes through ``engine.connect()``, textual SQL (``session.execute(text(...))``)
and sessions not made by the Database's sessionmaker. Always use ``Database.transaction()``
and ORM statements.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import LargeBinary, Text, event, inspect, select
from sqlalchemy.orm import LoaderCallableStatus, ORMExecuteState, Session, sessionmaker

from skow_desk.store.audit import NewEntry, actor_for, append
from skow_desk.store.audit_labels import entity_label, field_label
from skow_desk.store.audit_seal import SEALED, bulk_state, seal_map, seals
from skow_desk.store.models import AuditAction, AuditEntry, Base, Guardianship, Person

QUIET = "skow_audit_quiet"
BULK = "skow_audit_bulk"
ACTOR = "skow_audit_actor"
BEFORE = "skow_audit_before"
QUIET_ROWS = "skow_audit_quiet_rows"  # (table, id) written while quiet, sealed at the end
QUIET_BULK = "skow_audit_quiet_bulk"  # sealed tables written in bulk while quiet
BULK_CHANGED = "skow_audit_bulk_changed"  # sealed tables bulk-updated or -deleted
WROTE = "skow_audit_wrote"  # lines appended in this transaction (a count): anchor after commit
ANCHOR = "skow_audit_anchor"  # (lines written by then, the anchor) read just before the commit
FOLDER = "skow_data_folder"  # set by the Database: where the key file with the anchor is
SEAL_ENTITY = "zegel"
LONG_TEXT = 80
CHANGED = "gewijzigd"
NO_VALUE = LoaderCallableStatus.NO_VALUE
# Filled in by the database itself, or derived (the register's search text); noise in a summary.
_SKIPPED = frozenset({"id", "created_at", "updated_at", "added_at", "search_text"})
# Text columns that hold short values, shown before → after like strings.
_SHORT_TEXT = frozenset({("setting", "value")})


def install_audit(sessions: sessionmaker[Session]) -> None:
    """Record every ORM write of sessions from ``sessions`` in the audit trail."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_soft_rollback", _after_rollback)
    event.listen(sessions, "after_commit", _after_commit)


def session_actor(session: Session) -> str:
    """Who acts in this session (read once per session)."""
    actor = session.info.get(ACTOR)
    if not isinstance(actor, str):
        actor = actor_for(session.connection())
        session.info[ACTOR] = actor
    return actor


def write(session: Session, entries: list[NewEntry]) -> None:
    """Append entries inside the session's transaction."""
    if entries:
        append(session.connection(), entries, session_actor(session))
        session.info[WROTE] = session.info.get(WROTE, 0) + 1


@contextmanager
def quiet(session: Session) -> Iterator[None]:
    """Suspend per-record entries; the caller records one entry saying what it did.

    Used by the retention purge and AVG deletion, whose per-field before/after would copy
    the very data being removed into the log.
    """
    session.flush()  # earlier, unflushed work must still be logged normally
    session.info[QUIET] = True
    session.info[QUIET_ROWS] = set()
    session.info[QUIET_BULK] = set()
    try:
        yield
        session.flush()
        _write_quiet_seals(session)
    finally:
        session.info.pop(QUIET, None)
        session.info.pop(QUIET_ROWS, None)
        session.info.pop(QUIET_BULK, None)


def _write_quiet_seals(session: Session) -> None:
    """One entry with the seals of every row changed while quiet (no content, only HMACs)."""
    rows: set[tuple[str, int]] = session.info.get(QUIET_ROWS, set())
    bulk: set[str] = session.info.get(QUIET_BULK, set())
    if not rows and not bulk:
        return
    by_table: dict[str, set[int]] = {}
    for table, ident in rows:
        by_table.setdefault(table, set()).add(ident)
    found = {t: seals(session.connection(), t, ids) for t, ids in by_table.items()}
    total = sum(len(v) for v in found.values())
    write(session, [NewEntry(AuditAction.CHANGE, SEAL_ENTITY, None, None,
                             f"controlewaarden van {total} records na opschonen of verwijderen",
                             seal_map(found, bulk))])


def take_bulk_counts(session: Session) -> dict[str, int]:
    """The bulk-written row counts not yet recorded, emptied."""
    counts: dict[str, int] = session.info.pop(BULK, {})
    return counts


def take_bulk_changed(session: Session) -> str | None:
    """The state of a bulk entry: the sealed tables changed in bulk since the last one."""
    return bulk_state(session.info.pop(BULK_CHANGED, set()))


def bulk_text(counts: dict[str, int]) -> str:
    """``melding: 300, taak: 512`` for the counts per table."""
    return ", ".join(f"{entity_label(table)}: {n}" for table, n in sorted(counts.items()))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Read the stored values a change overwrites when the session never loaded them."""
    if session.info.get(QUIET):
        return
    stash: dict[Any, dict[str, Any]] = {}
    for obj in session.dirty:
        state = inspect(obj)
        if state.key is None:
            continue
        unknown = [key for key, column_type in _columns(obj)
                   if not isinstance(column_type, LargeBinary)
                   and state.attrs[key].history.added and not state.attrs[key].history.deleted
                   and not state.attrs[key].history.unchanged]
        if not unknown:
            continue
        mapper = inspect(type(obj))
        columns = [mapper.column_attrs[key].columns[0] for key in unknown]
        where = [column == value for column, value in zip(mapper.primary_key, state.key[1],
                                                           strict=True)]
        row = session.connection().execute(select(*columns).where(*where)).first()
        if row is not None:
            stash[state.key] = dict(zip(unknown, row, strict=True))
    session.info[BEFORE] = stash


def _after_flush(session: Session, context: Any) -> None:
    stash = session.info.pop(BEFORE, {})
    if session.info.get(QUIET):
        quiet_rows = session.info.get(QUIET_ROWS)
        if quiet_rows is not None:
            for obj in list(session.new) + list(session.dirty):
                table, ident = str(type(obj).__tablename__), inspect(obj).dict.get("id")
                if table in SEALED and isinstance(ident, int):
                    quiet_rows.add((table, ident))
        return
    write(session, with_seals(session, entries_for_flush(session, context, stash)))


def with_seals(session: Session, entries: list[NewEntry]) -> list[NewEntry]:
    """The entries, each created or changed audited row's with the row's seal as state."""
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        if (entry.action in (AuditAction.CREATE, AuditAction.CHANGE)
                and entry.entity_type in SEALED and entry.entity_id is not None):
            wanted.setdefault(entry.entity_type, set()).add(entry.entity_id)
    if not wanted:
        return entries
    found = {t: seals(session.connection(), t, ids) for t, ids in wanted.items()}
    return [replace(e, state=found.get(e.entity_type, {}).get(e.entity_id or -1))
            if e.entity_type in found else e for e in entries]


def _on_execute(state: ORMExecuteState) -> Any:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    mapper = state.bind_mapper
    if mapper is None or mapper.class_ is AuditEntry:
        return None
    if state.session.info.get(QUIET):
        table = str(mapper.local_table.name)  # type: ignore[attr-defined]
        if table in SEALED and not state.is_insert:
            state.session.info.setdefault(QUIET_BULK, set()).add(table)
        return None
    params = state.parameters
    if state.is_insert and isinstance(params, list):
        count, result = len(params), None
    else:
        result = state.invoke_statement()
        count = max(int(getattr(result, "rowcount", 0) or 0), 0)
    table = str(mapper.local_table.name)  # type: ignore[attr-defined]
    if table in SEALED and not state.is_insert:
        state.session.info.setdefault(BULK_CHANGED, set()).add(table)
    counts: dict[str, int] = state.session.info.setdefault(BULK, {})
    counts[table] = counts.get(table, 0) + count
    return result


def _before_commit(session: Session) -> None:
    counts = take_bulk_counts(session)
    if counts:
        write(session, [NewEntry(AuditAction.CREATE, "bulk", None, None,
                                 f"in één keer geschreven: {bulk_text(counts)}",
                                 take_bulk_changed(session))])
    _read_anchor(session)


def _read_anchor(session: Session) -> None:
    """Read the anchor the commit will make true, on the transaction's own connection.

    The transaction holds the write lock from its first line on, so nobody else can append
    until it commits: what it reads here is the chain as committed. (Read afterwards it took a
    second connection, whose page cache the commit had just made stale.) Work the ORM still
    flushes after this writes more lines; :func:`_after_commit` then reads the anchor anew.
    """
    written = session.info.get(WROTE, 0)
    if not written or session.info.get(FOLDER) is None or session.in_nested_transaction():
        return  # (a savepoint's release is no commit)
    from skow_desk.store.audit_anchor import current_anchor

    session.flush()  # what the commit would still flush, logged first
    written = session.info.get(WROTE, 0)
    driver = session.connection().connection.driver_connection
    assert driver is not None  # an open Connection always has its DBAPI connection
    session.info[ANCHOR] = (written, current_anchor(
        lambda sql, params: list(driver.execute(sql, params).fetchall())))


def _after_rollback(session: Session, _previous: Any) -> None:
    session.info.pop(BULK, None)
    session.info.pop(BULK_CHANGED, None)
    session.info.pop(ACTOR, None)
    session.info.pop(WROTE, None)
    session.info.pop(ANCHOR, None)


def _after_commit(session: Session) -> None:
    """Anchor the chain in the key file once the lines are committed."""
    folder = session.info.get(FOLDER)
    written = session.info.pop(WROTE, 0)
    read = session.info.pop(ANCHOR, None)
    if not written or folder is None:
        return
    from skow_desk.store.audit_anchor import store_anchor, write_anchor

    if read is not None and read[0] == written:  # no lines after it was read: the commit's
        store_anchor(folder, read[1])
        return
    engine: Any = session.get_bind()
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        write_anchor(folder, lambda sql, params: list(driver.execute(sql, params).fetchall()))
    finally:
        raw.close()


# --- summaries -------------------------------------------------------------------------------


def entries_for_flush(
    session: Session, context: Any, stash: dict[Any, dict[str, Any]] | None = None
) -> list[NewEntry]:
    """Entries for everything this flush wrote; a delete+insert of one key is a change.

    Deletes come from the flush itself (``context.states``), not ``session.deleted``: that
    misses orphans and cascades the unit of work finds while flushing.
    """
    deleted: dict[Any, Base] = {}
    switched: dict[Any, Base] = {}  # deletes the unit of work turned into an UPDATE
    for state, (is_delete, list_only) in context.states.items():
        obj = state.obj()
        if is_delete and obj is not None:
            (switched if list_only else deleted)[_key(obj)] = obj
    deleted_keys = set(deleted) | set(switched)
    entries: list[NewEntry] = []
    for obj in sorted(session.new, key=_order):
        key = _key(obj)
        old = deleted.pop(key, None) or switched.get(key)
        if old is None:
            entries.append(_entry(AuditAction.CREATE, obj, _describe(obj)))
        else:  # the ORM's "row switch": the same row rewritten
            changes = _compare(_values(old), _values(obj), obj)
            if changes:
                entries.append(_entry(AuditAction.CHANGE, obj, changes))
    for obj in sorted(session.dirty, key=_order):
        if _key(obj) in deleted_keys or not session.is_modified(obj, include_collections=False):
            continue
        changes = _changes(obj, (stash or {}).get(_key(obj), {}))
        if changes:
            entries.append(_entry(AuditAction.CHANGE, obj, changes))
    for obj in sorted(deleted.values(), key=_order):
        entries.append(_entry(AuditAction.DELETE, obj, _describe(obj, deleted=True)))
    return entries


def _key(obj: Base) -> Any:
    # New objects get their identity key only after the flush events; compute it.
    return inspect(obj).key or inspect(type(obj)).identity_key_from_instance(obj)


def _order(obj: Base) -> tuple[str, str]:
    return (str(type(obj).__tablename__), repr(_key(obj)))


def _entry(action: AuditAction, obj: Base, summary: str) -> NewEntry:
    return NewEntry(action, str(type(obj).__tablename__), entity_id_of(obj), person_of(obj),
                    _prefix(obj) + summary)


def entity_id_of(obj: Base) -> int | None:
    """The record's number; for link rows the number of the record they belong to."""
    for attr in ("id", "incident_id", "pupil_id"):
        value = inspect(obj).dict.get(attr)
        if isinstance(value, int):
            return value
    return None


def person_of(obj: Base) -> int | None:
    """The person a record is about, when it names one."""
    values = inspect(obj).dict
    if isinstance(obj, Person):
        value = values.get("id")
    elif isinstance(obj, Guardianship):
        value = values.get("pupil_id")
    else:
        value = values.get("person_id")
    return value if isinstance(value, int) else None


def _prefix(obj: Base) -> str:
    key = inspect(obj).dict.get("key", inspect(obj).dict.get("kind"))
    if type(obj).__tablename__ in ("setting", "letter_template") and isinstance(key, str):
        return f"[{key}] "
    return ""


def _columns(obj: Base) -> list[tuple[str, Any]]:
    table = str(type(obj).__tablename__)
    return [(attr.key, None if (table, attr.key) in _SHORT_TEXT else attr.columns[0].type)
            for attr in inspect(type(obj)).column_attrs if attr.key not in _SKIPPED]


def _values(obj: Base) -> dict[str, Any]:
    loaded = inspect(obj).dict
    return {key: loaded.get(key, NO_VALUE) for key, _type in _columns(obj)}


def _is_long(column_type: Any, value: Any) -> bool:
    return isinstance(column_type, Text | LargeBinary) or (
        isinstance(value, str | bytes) and len(value) > LONG_TEXT)


def show(value: Any) -> str:
    """A value as the log writes it: Dutch dates, ja/nee, — for empty."""
    if value is NO_VALUE:
        return "(onbekend)"
    if value is None or value == "":
        return "—"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, bytes):
        return f"{len(value)} bytes"
    return str(value)


def _describe(obj: Base, deleted: bool = False) -> str:
    """A new (or removed) record: its short fields; long text only as 'ingevuld'."""
    parts = []
    types = dict(_columns(obj))
    for key, value in _values(obj).items():
        if value is NO_VALUE or value is None or value in ("", b""):
            continue
        if isinstance(value, bytes):
            parts.append(f"{field_label(key)}: {len(value)} bytes")
        elif _is_long(types[key], value):
            parts.append(f"{field_label(key)}: ingevuld")
        else:
            parts.append(f"{field_label(key)}: {show(value)}")
    return ("verwijderd; " if deleted else "") + "; ".join(parts)


def _changes(obj: Base, stored: dict[str, Any]) -> str:
    state = inspect(obj)
    types = dict(_columns(obj))
    parts = []
    for key, column_type in types.items():
        history = state.attrs[key].history  # passive: never loads deferred content
        if not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else stored.get(key, NO_VALUE)
        after = history.added[0] if history.added else None
        if before == after:
            continue
        parts.append(_change_text(key, column_type, before, after))
    return "; ".join(parts)


def _compare(old: dict[str, Any], new: dict[str, Any], obj: Base) -> str:
    types = dict(_columns(obj))
    return "; ".join(_change_text(key, types[key], old[key], new[key])
                     for key in types if new[key] is not NO_VALUE and old[key] != new[key])


def _change_text(key: str, column_type: Any, before: Any, after: Any) -> str:
    label = field_label(key)
    if isinstance(column_type, LargeBinary) or isinstance(after, bytes):
        return f"{label}: {'verwijderd' if not after else CHANGED}"
    if _is_long(column_type, before) or _is_long(column_type, after):
        return f"{label}: {CHANGED}"
    return f"{label}: {show(before)} → {show(after)}"
