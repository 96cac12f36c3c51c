"""Encrypted backups: one file with the SQLCipher database, its key file and a manifest.

The database is copied with SQLite's online backup API into a new file keyed with the same
raw key, so the copy is as encrypted as the original and the program can keep running. The
key file (``sleutels.json``, the key wrapped by passphrase and recovery key) goes along, so a
backup can be restored on a new computer with the passphrase that held when it was made.
The manifest lists every member's SHA-256; a restore checks those and the passphrase before
it replaces anything, and keeps the previous data in ``voor-herstel-<tijdstip>/``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from skow_desk import __version__
from skow_desk.domain.errors import DomainError
from skow_desk.store.audit_chain import AuditAction, NewEntry, utc_now
from skow_desk.store.db import Database, open_database
from skow_desk.store.keys import KEYS_FILENAME, WrongPassphrase, keys_path, unlock
from skow_desk.store.location import database_path
from skow_desk.store.lock import acquire_data_lock
from skow_desk.store.purge_ledger import LEDGER_FILENAME, ledger_path, merge_ledger
from skow_desk.store.queries.settings import read_setting

SUFFIX = ".skowbackup"
MANIFEST = "manifest.json"
DB_MEMBER = "database.db"
KEYS_MEMBER = KEYS_FILENAME
LEDGER_MEMBER = LEDGER_FILENAME  # the purge ledger; restoring re-applies its purges
FORMAT = 1
KEEP_SETTING = "backup.bewaar_aantal"
DEFAULT_KEEP = 10
AUTO_INTERVAL = timedelta(days=1)
AUTO_PREFIX = "skow-desk-"
_STAMP = "%Y%m%d-%H%M%S"
_PLAIN_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, from its manifest."""

    path: Path
    created_at: datetime  # UTC
    schema: str
    audit_entries: int
    manifest: dict[str, Any]


@dataclass(frozen=True)
class RestoreResult:
    """A finished restore."""

    backup: BackupInfo
    previous: Path | None  # where the replaced data was kept
    foundation: str | None = None  # the restored data's foundation


def backups_dir(data_folder: Path) -> Path:
    """The folder of the automatic backups inside a data folder."""
    return data_folder / "backups"


def _sha256_stream(handle: Any) -> str:
    digest = hashlib.sha256()
    for block in iter(lambda: handle.read(1 << 20), b""):
        digest.update(block)
    return digest.hexdigest()


def _sha256_file(path: Path) -> str:
    with open(path, "rb") as handle:
        return _sha256_stream(handle)


def _connect(path: Path, key: bytes | None) -> Any:
    if key is None:
        import sqlite3

        return sqlite3.connect(str(path))
    import sqlcipher3

    connection = sqlcipher3.connect(str(path))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def _online_copy(db: Database, target: Path) -> None:
    """Copy the live database page by page into ``target``, keyed like the original."""
    raw = db.engine.raw_connection()
    try:
        destination = _connect(target, db.key)
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
            # One self-contained file: no -wal beside the copy.
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    finally:
        raw.close()


def _check_copy(path: Path, key: bytes | None) -> tuple[int, str, str]:
    """Open the copy and check it; returns its audit count, last audit hash and schema."""
    with open(path, "rb") as handle:
        if key is not None and handle.read(16) == _PLAIN_HEADER:
            raise DomainError("De back-up is niet versleuteld; er is niets opgeslagen.")
    connection = _connect(path, key)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise DomainError("De controle van de back-up is mislukt; er is niets opgeslagen.")
        count = connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
        row = connection.execute("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")
        last = row.fetchone()
        schema = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return int(count), str(last[0]) if last else "", str(schema[0]) if schema else ""


def backup_to(db: Database, target: Path) -> BackupInfo:
    """Write a backup of the open database to ``target`` (one file), and log it."""
    keys_file = keys_path(db.path.parent)
    if not keys_file.exists():
        raise DomainError("Het sleutelbestand ontbreekt; zonder dat is een back-up onbruikbaar.")
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    created = utc_now()
    with tempfile.TemporaryDirectory(prefix=".skow-backup-", dir=target.parent) as work:
        copy = Path(work) / DB_MEMBER
        _online_copy(db, copy)
        count, last, schema = _check_copy(copy, db.key)
        keys_bytes = keys_file.read_bytes()
        ledger = ledger_path(db.path.parent)
        ledger_bytes = ledger.read_bytes() if ledger.exists() else b""
        manifest: dict[str, Any] = {
            "formaat": FORMAT,
            "programma": f"SKOW Desk {__version__}",
            "gemaakt_op": created.isoformat(timespec="seconds") + "Z",
            "schema": schema,
            "versleuteld": db.key is not None,
            "logboek_regels": count,
            "logboek_laatste_hash": last,
            # The copy's chain length and head, sealed with the key derived from the data key.
            "logboek_anker": _anchor_seal(db, count, last),
            "stichting": _foundation_name(copy, db.key) or "",
            "bestanden": {
                DB_MEMBER: {"sha256": _sha256_file(copy), "grootte": copy.stat().st_size},
                KEYS_MEMBER: {"sha256": _sha256_bytes(keys_bytes), "grootte": len(keys_bytes)},
                LEDGER_MEMBER: {"sha256": _sha256_bytes(ledger_bytes),
                                "grootte": len(ledger_bytes)},
            },
        }
        partial = Path(work) / "backup.part"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
            archive.write(copy, DB_MEMBER)
            archive.writestr(KEYS_MEMBER, keys_bytes)
            archive.writestr(LEDGER_MEMBER, ledger_bytes)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        from skow_desk.store.permissions import private_file

        private_file(partial)  # 0600 on POSIX: a backup holds everything (issue 12 item 10)
        os.replace(partial, target)
    from skow_desk.store.audit_events import write

    with db.transaction() as session:
        write(session, [NewEntry(AuditAction.BACKUP, "database", None, None,
                                 f"back-up '{target.name}', {count} logboekregels, "
                                 f"SHA-256 {_sha256_file(target)}")])
    return BackupInfo(target, created, schema, count, manifest)


def _anchor_seal(db: Database, count: int, last: str) -> str:
    from sqlalchemy import text

    from skow_desk.store.audit_chain import SEAL_FUNCTION

    with db.engine.connect() as connection:
        return str(connection.execute(text(f"SELECT {SEAL_FUNCTION}(:t)"),
                                      {"t": f"anker:{count}:{last}"}).scalar())


def _sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_backup(path: Path) -> BackupInfo:
    """Open a backup file and check its manifest and every member's SHA-256."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if not {MANIFEST, DB_MEMBER, KEYS_MEMBER} <= names:
                raise DomainError(f"'{path.name}' is geen back-up van SKOW Desk.")
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
            if not isinstance(manifest, dict) or manifest.get("formaat") != FORMAT:
                raise DomainError(f"'{path.name}' heeft een onbekend back-upformaat.")
            listed = manifest.get("bestanden", {})
            ledger = [LEDGER_MEMBER] if LEDGER_MEMBER in names or LEDGER_MEMBER in listed else []
            for member in (DB_MEMBER, KEYS_MEMBER, *ledger):
                expected = manifest.get("bestanden", {}).get(member, {}).get("sha256")
                with archive.open(member) as handle:
                    digest = _sha256_stream(handle)
                if digest != expected:
                    raise DomainError(
                        f"De back-up '{path.name}' is beschadigd ({member} klopt niet met de "
                        "controlegetallen); er is niets teruggezet.")
    except (zipfile.BadZipFile, ValueError, KeyError, AttributeError):
        raise DomainError(f"'{path.name}' is geen leesbare back-up van SKOW Desk.") from None
    try:
        created = datetime.fromisoformat(str(manifest["gemaakt_op"]).rstrip("Z"))
        entries = int(manifest.get("logboek_regels", 0))
    except (KeyError, ValueError, TypeError):
        raise DomainError(f"De back-up '{path.name}' heeft een onleesbare beschrijving (datum of "
                          "aantallen); er is niets teruggezet.") from None
    if created.tzinfo is not None:
        created = created.replace(tzinfo=None) - (created.utcoffset() or timedelta(0))
    return BackupInfo(path, created, str(manifest.get("schema", "")), entries, manifest)


def _keep_count(db: Database) -> int:
    try:
        return max(1, int(read_setting(db.reader, KEEP_SETTING, str(DEFAULT_KEEP))))
    except ValueError:
        return DEFAULT_KEEP


def _auto_backups(folder: Path) -> list[tuple[datetime, Path]]:
    found = []
    for path in folder.glob(f"{AUTO_PREFIX}*{SUFFIX}"):
        try:
            stamp = datetime.strptime(path.name[len(AUTO_PREFIX):-len(SUFFIX)], _STAMP)
        except ValueError:
            continue  # not one of ours: never rotate it away
        found.append((stamp, path))
    return sorted(found)


def auto_backup_due(folder: Path, now: datetime) -> bool:
    """Whether :func:`maybe_auto_backup` would write a backup now (none under a day old)."""
    existing = _auto_backups(folder) if folder.is_dir() else []
    return not (existing and timedelta(0) <= now - existing[-1][0] < AUTO_INTERVAL)


def maybe_auto_backup(db: Database, folder: Path, now: datetime) -> Path | None:
    """Back up into ``folder`` unless the newest automatic backup is under a day old.

    ``now`` is local time. Keeps the newest ``backup.bewaar_aantal`` (default 10) automatic
    backups; other files in the folder are left alone.
    """
    from skow_desk.store.permissions import private_folder

    folder.mkdir(parents=True, exist_ok=True)
    private_folder(folder)
    existing = _auto_backups(folder)
    if existing and timedelta(0) <= now - existing[-1][0] < AUTO_INTERVAL:
        return None
    target = folder / f"{AUTO_PREFIX}{now.strftime(_STAMP)}{SUFFIX}"
    backup_to(db, target)
    for _stamp, old in _auto_backups(folder)[:-_keep_count(db)]:
        old.unlink(missing_ok=True)
    return target


def _staged_check(staging: Path, passphrase: str) -> bytes:
    """The key from the backup's own key file, and a check that it opens the database."""
    try:
        key = unlock(staging, passphrase)
    except WrongPassphrase:
        raise WrongPassphrase(
            "Het wachtwoord past niet op deze back-up. Gebruik het wachtwoord dat gold toen "
            "de back-up werd gemaakt; er is niets teruggezet.") from None
    connection = _connect(staging / DB_MEMBER, key)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()
    except Exception:
        raise DomainError("De database in de back-up opent niet; er is niets teruggezet.") from None
    finally:
        connection.close()
    if not result or result[0] != "ok":
        raise DomainError("De database in de back-up is beschadigd; er is niets teruggezet.")
    return key


def _unique_previous(folder: Path, stamp: str) -> Path:
    previous = base = folder / f"voor-herstel-{stamp}"
    number = 1
    while previous.exists():  # two restores within one second
        number += 1
        previous = base.with_name(f"{base.name}-{number}")
    return previous


def _foundation_name(path: Path, key: bytes | None) -> str | None:
    """The foundation's name in a database, or ``None`` when it cannot be read."""
    try:
        connection = _connect(path, key)
    except Exception:
        return None
    try:
        row = connection.execute("SELECT name FROM foundation ORDER BY id LIMIT 1").fetchone()
    except Exception:
        return None
    finally:
        connection.close()
    return str(row[0]) if row and row[0] else None


def _current_foundation(folder: Path, passphrase: str) -> str | None:
    """The foundation of the data in ``folder`` when this passphrase opens it, else None."""
    if not keys_path(folder).exists() or not database_path(folder).exists():
        return None
    try:
        key = unlock(folder, passphrase)
    except DomainError:
        return None
    return _foundation_name(database_path(folder), key)


def _same(first: str, second: str) -> bool:
    return " ".join(first.casefold().split()) == " ".join(second.casefold().split())


def restore_backup(folder: Path, backup_file: Path, passphrase: str,
                   other_foundation: bool = False) -> RestoreResult:
    """Replace the data in ``folder`` by the backup; the old data is kept aside.

    All or nothing, also when killed (store/restore_journal.py). A backup of another
    foundation than the current data's is refused unless ``other_foundation`` is given.
    """
    from skow_desk.store.restore_journal import (
        STAGING_PREFIX,
        complete,
        finish_leftovers,
        write_journal,
    )

    info = read_backup(backup_file)
    lock = acquire_data_lock(folder)  # refuses while SKOW Desk has the folder open
    stamp = datetime.now().strftime(_STAMP)
    try:
        finish_leftovers(folder)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
        try:
            with zipfile.ZipFile(backup_file) as archive:
                for member in (DB_MEMBER, KEYS_MEMBER):
                    with archive.open(member) as source, open(staging / member, "wb") as out:
                        shutil.copyfileobj(source, out, 1 << 20)
                        out.flush()
                        os.fsync(out.fileno())
            key = _staged_check(staging, passphrase)
            foundation = _foundation_name(staging / DB_MEMBER, key)
            current = _current_foundation(folder, passphrase)
            if foundation and current and not _same(foundation, current) and not other_foundation:
                raise ForeignBackup(foundation, current)
            os.replace(staging / DB_MEMBER, staging / database_path(folder).name)
            with zipfile.ZipFile(backup_file) as archive:  # later purges stay in the ledger
                if LEDGER_MEMBER in archive.namelist():
                    merge_ledger(folder, archive.read(LEDGER_MEMBER))
            # Brought up to date and logged in the staging folder, so what moves in is final.
            db = open_database(staging / database_path(folder).name, key)
            from skow_desk.services.purge_ledger import reapply_ledger  # (services: purge logic)
            from skow_desk.store.audit_events import write

            try:
                reapply_ledger(db, folder=folder)  # before anyone sees the restored data
                with db.transaction() as session:
                    write(session, [NewEntry(AuditAction.RESTORE, "database", None, None,
                                             f"teruggezet uit '{backup_file.name}' (gemaakt "
                                             f"{info.manifest['gemaakt_op']}, "
                                             f"SHA-256 {_sha256_file(backup_file)})")])
            finally:
                db.close()
            previous = _unique_previous(folder, stamp)
            write_journal(folder, staging, previous)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        complete(folder, staging, previous)
    finally:
        lock.release()
    return RestoreResult(info, previous if previous.exists() else None, foundation)


class ForeignBackup(DomainError):
    """The backup holds another foundation's data than the folder now does."""

    def __init__(self, backup_foundation: str, current_foundation: str) -> None:
        super().__init__(
            f"Deze back-up is van stichting '{backup_foundation}', maar de huidige gegevens zijn "
            f"van '{current_foundation}'. Er is niets teruggezet. Weet u zeker dat u deze "
            "back-up wilt terugzetten, bevestig dat dan uitdrukkelijk (op de opdrachtregel met "
            "--andere-stichting).")
        self.backup_foundation = backup_foundation
        self.current_foundation = current_foundation
