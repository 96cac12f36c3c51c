"""The purge ledger (``opschoningen.json``): which persons were purged when, without names.

A retention purge anonymises the database, but copies made before it still hold the names.
The ledger lists every purge by date and person ids; it sits beside the database, travels in
every backup, and is merged with the backup's own ledger on a restore. Whenever data is
opened (and right after a restore) :func:`pending` names the persons the ledger says were
purged but who are not anonymised in this database: an older copy. They are purged again
before anything else reads the data (:func:`skow_desk.services.retention.reapply_ledger`).

After a purge, :func:`drop_old_copies` deletes what the data folder keeps of the data before
the purge: the automatic backups, ``voor-herstel-*`` folders of earlier restores and any
restore staging folder left by a crash. Backups kept elsewhere (a USB stick) are out of reach;
the purge screen says so.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

LEDGER_FILENAME = "opschoningen.json"
_VERSION = 1


def ledger_path(folder: Path) -> Path:
    return folder / LEDGER_FILENAME


def read_ledger(folder: Path) -> list[dict[str, Any]]:
    """The purges recorded in ``folder``: ``[{"datum": "2026-12-06", "personen": [3, 4]}]``."""
    return parse_ledger(_read_bytes(ledger_path(folder)))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def parse_ledger(data: bytes) -> list[dict[str, Any]]:
    """The purges in a ledger's bytes (an empty list for none or an unreadable file)."""
    if not data:
        return []
    try:
        document = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    entries = document.get("opschoningen") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        return []
    valid = []
    for entry in entries:
        if (isinstance(entry, dict) and isinstance(entry.get("datum"), str)
                and isinstance(entry.get("personen"), list)
                and all(isinstance(i, int) for i in entry["personen"])):
            valid.append({"datum": entry["datum"], "personen": sorted(set(entry["personen"]))})
    return valid


def _write(folder: Path, entries: list[dict[str, Any]]) -> None:
    target = ledger_path(folder)
    temporary = target.with_name(target.name + ".tmp")
    data = json.dumps({"versie": _VERSION, "opschoningen": entries}, indent=1)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(descriptor, "w", encoding="utf-8") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    if os.name == "posix":
        os.chmod(target, 0o600)


def add_purge(folder: Path, day: date, person_ids: Iterable[int]) -> None:
    """Record a purge (call it before the purge commits: a purge never goes unrecorded)."""
    ids = sorted(set(person_ids))
    if ids:
        _write(folder, [*read_ledger(folder), {"datum": day.isoformat(), "personen": ids}])


def merge_ledger(folder: Path, data: bytes) -> None:
    """Add the purges of another ledger (a backup's) that ``folder``'s ledger lacks."""
    mine = read_ledger(folder)
    seen = {(e["datum"], tuple(e["personen"])) for e in mine}
    extra = [e for e in parse_ledger(data) if (e["datum"], tuple(e["personen"])) not in seen]
    if extra:
        _write(folder, sorted([*mine, *extra], key=lambda e: str(e["datum"])))


def purged_ids(folder: Path) -> list[int]:
    """Every person id the ledger says was purged."""
    return sorted({i for entry in read_ledger(folder) for i in entry["personen"]})


def pending(reader: Any, folder: Path) -> list[int]:
    """Ledger ids not anonymised in the open database (``reader``: a plain connection)."""
    ids = purged_ids(folder)
    found: list[int] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.extend(row[0] for row in reader.execute(
            f"SELECT id FROM person WHERE anonymised = 0 AND id IN ({marks})", chunk))
    return found


def drop_old_copies(folder: Path, backups: Path) -> int:
    """Delete the copies of the data made before a purge; returns how many went."""
    removed = 0
    for path in sorted(folder.glob("voor-herstel-*")) + sorted(folder.glob(".herstel-*")):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
    if backups.is_dir():
        for path in sorted(backups.glob("*.skowbackup")):
            path.unlink(missing_ok=True)
            removed += 1
    return removed
