"""Putting a key on an existing audit trail (migration 0008), once, recorded as an event.

Databases made before the chain was keyed hold a plain SHA-256 chain. The upgrade checks that
chain line by line and re-hashes every intact line with the keyed HMAC; at the first line that
does not fit, it stops, so earlier tampering stays visible instead of being sealed in. Earlier
redactions (summary NULL) are sealed as redactions. The triggers that keep the log
append-only are replaced by ones that also let a redaction be sealed.
"""

from __future__ import annotations

from typing import Any

from skow_desk.store.audit_chain import (
    GENESIS,
    HASH_FUNCTION,
    KEYED_FUNCTION,
    SEAL_FUNCTION,
    AuditAction,
    NewEntry,
    actor_of,
    append_entries,
    canonical,
    chain_hash,
    sha256_text,
    stored_time,
)
from skow_desk.store.audit_triggers import DELETE_TRIGGER, KEPT, update_trigger

UPDATE_TRIGGER = update_trigger(KEPT)  # summary may only become NULL; redaction is sealed
REDACTION_TEXT = "geschrapt:"


def _text(value: Any) -> str:
    return value if isinstance(value, str) else stored_time(value)


def rekey(connection: Any) -> tuple[int, int | None]:
    """Re-hash the chain with the keyed function; returns (lines re-hashed, first bad id).

    ``connection`` is a DBAPI-like object with ``execute(sql, params)`` (Alembic's bind's
    ``exec_driver_sql`` is wrapped by the migration).
    """
    rows = connection.execute(
        "SELECT id, at, actor, action, entity_type, entity_id, person_id, summary, "
        "summary_sha256, prev_hash, hash FROM audit_entry ORDER BY id").fetchall()
    old_prev, new_prev, done, broken = GENESIS, GENESIS, 0, None
    for row in rows:
        (ident, at, actor, action, entity_type, entity_id, person_id, summary, digest,
         prev_hash, hash_) = row
        body = canonical(_text(at), actor, action, entity_type, entity_id, person_id, digest)
        if (prev_hash != old_prev or chain_hash(body, old_prev) != hash_
                or (summary is not None and sha256_text(summary) != digest)):
            broken = ident
            break
        new_hash = connection.execute(f"SELECT {HASH_FUNCTION}(?, ?)",
                                      (body, new_prev)).fetchone()[0]
        connection.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?",
                           (new_prev, new_hash, ident))
        if summary is None:
            connection.execute(
                f"UPDATE audit_entry SET redaction = {SEAL_FUNCTION}(? || hash) WHERE id = ?",
                (REDACTION_TEXT, ident))
        old_prev, new_prev, done = hash_, new_hash, done + 1
    return done, broken


def upgrade_chain(connection: Any) -> None:
    """Drop the triggers, re-key, put the new triggers in place and log what was done."""
    connection.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    connection.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    keyed = bool(connection.execute(f"SELECT {KEYED_FUNCTION}()").fetchone()[0])
    count = connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    done, broken = rekey(connection) if keyed else (0, None)
    connection.execute(UPDATE_TRIGGER)
    connection.execute(DELETE_TRIGGER)
    if not keyed or not count:
        return
    summary = f"logboek voorzien van een sleutel (HMAC-SHA256); {done} regels omgezet"
    if broken is not None:
        summary += f"; het logboek was al verbroken bij regel {broken} en is daar niet omgezet"
    append_entries(connection, [NewEntry(AuditAction.CHANGE, "logboek", None, None, summary)],
                   actor_of(connection))


def _current_seals(connection: Any, function: str) -> dict[tuple[str, int], str]:
    from skow_desk.store.audit_seal import SEALED, sealed_columns

    found: dict[tuple[str, int], str] = {}
    for table in SEALED:
        columns = ", ".join(f'"{c}"' for c in sealed_columns(table))
        for ident, value in connection.execute(
                f'SELECT id, {function}(json_array({columns})) FROM "{table}"').fetchall():
            found[(table, int(ident))] = str(value)
    return found


def rekey_trail(connection: Any, old_key: bytes, new_key: bytes) -> int:
    """After the database key was renewed: re-hash the chain and re-seal with the new key.

    ``connection`` is a DBAPI connection to the rekeyed database. The current seal of each
    audited row and every sealed redaction move to the new key; the chain is checked with the
    old key line by line and re-hashed with the new one, stopping at a line that did not fit
    (tampering stays visible). One transaction. Returns the lines re-hashed.
    """
    import json

    from skow_desk.store.audit_chain import AuditKeys, register_functions, seal
    from skow_desk.store.audit_seal import BULK_MARK

    old, new = AuditKeys.derive(old_key), AuditKeys.derive(new_key)
    register_functions(connection, new_key)
    connection.create_function("skow_seal_old", 1, lambda t: seal(str(t), old.seal),
                               deterministic=True)
    now_new = _current_seals_cache(connection)
    moved = {v: now_new[k] for k, v in _current_seals(connection, "skow_seal_old").items()
             if k in now_new}
    rows = connection.execute(
        "SELECT id, at, actor, action, entity_type, entity_id, person_id, summary, "
        "summary_sha256, state, redaction, prev_hash, hash FROM audit_entry ORDER BY id"
    ).fetchall()
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        connection.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        old_prev, new_prev, done = GENESIS, GENESIS, 0
        for (ident, at, actor, action, entity_type, entity_id, person_id, summary, digest,
             state, redaction, prev_hash, hash_) in rows:
            body = canonical(_text(at), actor, action, entity_type, entity_id, person_id,
                             digest, state)
            if prev_hash != old_prev or chain_hash(body, old_prev, old.chain) != hash_:
                break
            new_state = state
            if state and state.startswith("{"):
                document = json.loads(state)
                for table, value in document.items():
                    if isinstance(value, dict):
                        document[table] = {i: moved.get(s, s) for i, s in value.items()}
                new_state = json.dumps(document, sort_keys=True, separators=(",", ":"))
            elif state and not state.startswith(BULK_MARK):
                new_state = moved.get(state, state)
            new_body = canonical(_text(at), actor, action, entity_type, entity_id, person_id,
                                 digest, new_state)
            new_hash = chain_hash(new_body, new_prev, new.chain)
            new_redaction = redaction
            if summary is None:
                fits = redaction == seal(REDACTION_TEXT + hash_, old.seal)
                new_redaction = seal(REDACTION_TEXT + new_hash, new.seal) if fits else None
            connection.execute(
                "UPDATE audit_entry SET state = ?, redaction = ?, prev_hash = ?, hash = ? "
                "WHERE id = ?", (new_state, new_redaction, new_prev, new_hash, ident))
            old_prev, new_prev, done = hash_, new_hash, done + 1
        connection.execute(UPDATE_TRIGGER)
        connection.execute(DELETE_TRIGGER)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return done


def _current_seals_cache(connection: Any) -> dict[tuple[str, int], str]:
    return _current_seals(connection, SEAL_FUNCTION)
