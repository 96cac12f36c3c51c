"""The audit chain's anchor outside the database: its length and head, sealed, in the key file.

A keyed chain stops forged and re-chained lines, but not cutting lines off the end, emptying
the log or putting back an older copy of the database: what is left still verifies. So after
every commit that added lines (and after the login line) the number of lines and the newest
hash are written, sealed with the key derived from the database key, into ``sleutels.json``
as ``logboek_anker``. The key file is read and rewritten as a whole with every other field
kept (the key slots are untouched: unlocking does not change). Every backup carries the key
file, so its manifest's anchor travels with it.

``audit verify`` then asks: does the log have at least that many lines, and is the line at
that position the one anchored? An anchor only grows; a restore brings the backup's own.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from skow_desk.store.audit_chain import SEAL_FUNCTION
from skow_desk.store.keys import keys_path

ANCHOR_FIELD = "logboek_anker"
Query = Callable[[str, tuple[Any, ...]], list[tuple[Any, ...]]]
_LOCK = threading.Lock()
log = logging.getLogger(__name__)


def _mac_text(count: int, head: str) -> str:
    return f"anker:{count}:{head}"


def dbapi_query(connection: Any) -> Query:
    """A :data:`Query` over a DBAPI connection."""
    return lambda sql, params: list(connection.execute(sql, params).fetchall())


_CURRENT_SQL = (
    f"SELECT regels, laatste, {SEAL_FUNCTION}('anker:' || regels || ':' || laatste) FROM "
    "(SELECT count(*) AS regels, coalesce((SELECT hash FROM audit_entry ORDER BY id DESC "
    "LIMIT 1), '') AS laatste FROM audit_entry)")
"""Count, head and their seal (of :func:`_mac_text`'s text) in one statement."""


def current_anchor(query: Query) -> dict[str, Any]:
    """The anchor of the open database as it is now (count, head and their seal)."""
    count, head, mac = query(_CURRENT_SQL, ())[0]
    return {"regels": int(count), "laatste": str(head), "mac": str(mac)}


def read_anchor(folder: Path) -> dict[str, Any] | None:
    """The anchor in the folder's key file, or ``None``."""
    try:
        document = json.loads(keys_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    anchor = document.get(ANCHOR_FIELD) if isinstance(document, dict) else None
    return anchor if isinstance(anchor, dict) else None


def write_anchor(folder: Path, query: Query, force: bool = False) -> None:
    """Anchor the chain as it is now in the folder's key file (only forward, unless forced).

    Does nothing when there is no key file (a plain test database).
    """
    with _LOCK:
        _store(folder, current_anchor(query), force)


def store_anchor(folder: Path, anchor: dict[str, Any]) -> None:
    """Write ``anchor``, read by :func:`current_anchor` inside the transaction that has just
    committed (so it is that commit's state), to the folder's key file; only forward."""
    with _LOCK:
        _store(folder, anchor, force=False)


def _store(folder: Path, anchor: dict[str, Any], force: bool) -> None:
    """Put ``anchor`` in the key file (the caller holds ``_LOCK``)."""
    path = keys_path(folder)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if not isinstance(document, dict):
        return
    old = document.get(ANCHOR_FIELD)
    if not force and not (isinstance(old, dict) and isinstance(old.get("regels"), int)
                          and old["regels"] < anchor["regels"]):
        # Never backwards, and never anew: a removed anchor must be noticed, not replaced
        # (set-up, the upgrade, a key renewal and a restore write it with ``force``).
        return
    document[ANCHOR_FIELD] = anchor
    from skow_desk.store.keys import _write

    try:  # atomic, 0600, fsynced: as the key file is always written
        _write(folder, document)
    except OSError:  # the anchor stays where it was: lower, still true; never fail a save
        log.warning("Het anker van het logboek kon niet worden bijgewerkt", exc_info=True)


def anchor_problem(folder: Path, query: Query) -> str:
    """Why the chain does not fit its anchor (a Dutch phrase), or ``""`` when it does."""
    anchor = read_anchor(folder)
    count = int(query("SELECT count(*) FROM audit_entry", ())[0][0])
    if anchor is None:
        return "het anker van het logboek ontbreekt in het sleutelbestand" if count else ""
    try:
        anchored, head, mac = int(anchor["regels"]), str(anchor["laatste"]), str(anchor["mac"])
    except (KeyError, TypeError, ValueError):
        return "het anker van het logboek in het sleutelbestand is beschadigd"
    expected = query(f"SELECT {SEAL_FUNCTION}(?)", (_mac_text(anchored, head),))[0][0]
    if expected != mac:
        return "het anker van het logboek is niet met deze sleutel gemaakt of is gewijzigd"
    if count < anchored:
        return (f"er ontbreken regels: het logboek had er minstens {anchored}, nu {count} "
                "(regels verwijderd of een oudere database teruggezet)")
    if anchored == 0:
        return ""
    row = query("SELECT hash FROM audit_entry ORDER BY id LIMIT 1 OFFSET ?", (anchored - 1,))
    if not row or row[0][0] != head:
        return f"regel {anchored} is niet meer de regel die in het anker staat"
    return ""
