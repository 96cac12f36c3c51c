"""The triggers that keep the audit trail append-only, written once for every revision.

Migration 0002 created them, migration 0008 (store/audit_rekey.py) replaced them when the
``state`` column came, and 0008's downgrade puts back 0002's. Each passes the columns that must
stay as they are; ``summary`` may only become NULL (a redaction), every DELETE is refused.
"""

from __future__ import annotations

from collections.abc import Iterable

# The columns of revision 0002 (before ``state`` and ``redaction``, migration 0008).
KEPT_0002 = ("id", "at", "actor", "action", "entity_type", "entity_id", "person_id",
             "summary_sha256", "prev_hash", "hash")
# Every column but ``summary`` and ``redaction``, from migration 0008 on.
KEPT = ("id", "at", "actor", "action", "entity_type", "entity_id", "person_id",
        "summary_sha256", "state", "prev_hash", "hash")


def update_trigger(kept: Iterable[str]) -> str:
    """CREATE TRIGGER refusing every UPDATE except a redaction with ``kept`` unchanged."""
    unchanged = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in kept)
    return f"""
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
WHEN NOT (NEW.summary IS NULL AND {unchanged})
BEGIN
    SELECT RAISE(ABORT, 'Het logboek kan niet worden gewijzigd.');
END
"""


DELETE_TRIGGER = """
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'Regels uit het logboek kunnen niet worden verwijderd.');
END
"""
