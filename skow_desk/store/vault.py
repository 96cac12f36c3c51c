"""Opening a data folder: keys, the encrypted database, and setup of a new folder.

A folder is set up once: :func:`create_data` refuses any folder that already holds a key file,
a database or what a restore leaves (``voor-herstel-*``, staging), so a key file is never
replaced by a new one (issue 12 item 2). Opening never creates a database: a missing or
damaged one is said to be so, with the way back (a backup). Before each open, a restore
that was interrupted is finished or rolled back (store/restore_journal.py) and the folder's
permissions are made private (store/permissions.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from skow_desk.domain.errors import DomainError
from skow_desk.store.connection import DAMAGED, DamagedDatabase
from skow_desk.store.db import Database, open_database
from skow_desk.store.keys import (
    PENDING_FILENAME,
    WrongPassphrase,
    create_keys,
    has_keys,
    unlock,
    unlock_with_recovery,
)
from skow_desk.store.location import database_path
from skow_desk.store.lock import acquire_data_lock
from skow_desk.store.purge_ledger import ledger_path

NOT_MINE = DAMAGED  # a key that the key file gave but that does not fit: damage (or a swap)


def _prepare(folder: Path) -> None:
    """Finish or roll back an interrupted restore or rekey; make the folder private."""
    from skow_desk.store.permissions import make_private
    from skow_desk.store.restore_journal import finish_leftovers

    finish_leftovers(folder)
    make_private(folder)


def _locked(folder: Path, opener: Callable[[], Database], login: str | None) -> Database:
    """Open while holding the folder lock (one instance per folder); log the login."""
    lock = acquire_data_lock(folder)
    try:
        _prepare(folder)
        db = opener()
    except BaseException:
        lock.release()
        raise
    db.on_close.append(lock.release)
    if ledger_path(folder).exists():  # a purge happened here: is this an older copy?
        from skow_desk.services.purge_ledger import reapply_ledger  # (services: purge logic)

        try:
            reapply_ledger(db)
        except BaseException:
            db.close()
            raise
    if login is not None:
        from skow_desk.store.audit_anchor import dbapi_query, write_anchor
        from skow_desk.store.audit_chain import record_login

        try:
            record_login(db.reader, login)
            write_anchor(folder, dbapi_query(db.reader))
        except BaseException:
            db.close()
            raise
    return db


def is_set_up(folder: Path) -> bool:
    """Whether the folder holds SKOW Desk data: a key file (the database may be damaged or
    missing; opening says so, set-up never starts over it)."""
    from skow_desk.store.restore_journal import JOURNAL

    return any(path.exists() for path in (folder / PENDING_FILENAME, folder / JOURNAL)) \
        or has_keys(folder)


def folder_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot be set up as a new data folder (Dutch), or ``None``."""
    if not folder.exists():
        return None
    if not folder.is_dir():
        return f"'{folder}' is geen map; kies een lege map voor de gegevens van SKOW Desk."
    reasons = []
    if is_set_up(folder):
        reasons.append("een sleutelbestand")
    if database_path(folder).exists():
        reasons.append("een database")
    if any(folder.glob("voor-herstel-*")):
        reasons.append("de gegevens van vóór een herstel (voor-herstel-…)")
    if any(folder.glob(".herstel-*")) or any(folder.glob(".skow-backup-*")):
        reasons.append("een onafgemaakte herstel- of back-upmap")
    if not reasons:
        return None
    return (f"De map '{folder}' bevat al {' en '.join(reasons)} van SKOW Desk. Een nieuwe "
            "inrichting zou die gegevens onbruikbaar maken, dus dat gebeurt niet. Open de "
            "gegevens met uw wachtwoord, zet een back-up terug, of kies een andere, lege map.")


def create_data(folder: Path, passphrase: str) -> tuple[Database, str]:
    """Set up a new, encrypted data folder. Returns the database and the recovery key."""
    problem = folder_problem(folder)
    if problem:
        raise DomainError(problem)
    recovery: list[str] = []

    def create() -> Database:
        problem = folder_problem(folder)  # again, now that the folder is locked
        if problem:
            raise DomainError(problem)
        keys = create_keys(folder, passphrase)
        recovery.append(keys.recovery_key)
        return open_database(database_path(folder), keys.data_key, create=True)

    return _locked(folder, create, None), recovery[0]


def _not_set_up(folder: Path) -> DomainError:
    return DomainError(
        f"In '{folder}' staan nog geen gegevens van SKOW Desk. Start het programma om het "
        "in te richten, of gebruik 'config import' of 'demo' met deze lege map."
    )


def _open_proven(folder: Path, key: bytes, check: bool | None = True) -> Database:
    """Open with a key that the key file gave for the passphrase: if it does not fit, the
    database (not the passphrase) is the problem."""
    try:
        return open_database(database_path(folder), key, check=check)
    except WrongPassphrase:
        raise DamagedDatabase(NOT_MINE) from None


def _open_resolving(folder: Path, passphrase: str, check: bool | None) -> Database:
    """Open with the key file; after an interrupted key renewal (store/rekey.py) the key that
    fits the database decides which key file stays."""
    from skow_desk.store.rekey import drop_pending, pending, promote_pending

    if not pending(folder):
        return _open_proven(folder, unlock(folder, passphrase), check)
    old_error: DomainError | None = None
    try:
        db = _open_proven(folder, unlock(folder, passphrase), check)
    except DomainError as error:  # also a missing key file: the renewal's own file decides
        old_error = error
    else:
        drop_pending(folder)
        return db
    try:
        db = _open_proven(folder, unlock(folder, passphrase, PENDING_FILENAME), check)
    except WrongPassphrase:
        raise WrongPassphrase("Het wachtwoord is onjuist. Het wijzigen van het wachtwoord is "
                              "onderbroken; probeer ook het nieuwe wachtwoord.") from old_error
    promote_pending(folder)
    return db


def open_data(folder: Path, passphrase: str, check: bool | None = True) -> Database:
    """Open an existing data folder with the passphrase (``check``: the full quick check)."""
    if not is_set_up(folder):
        if database_path(folder).exists():
            raise DomainError(f"In '{folder}' ontbreekt het sleutelbestand; zonder dat bestand "
                              "kan de database niet worden geopend. Zet een back-up terug.")
        raise _not_set_up(folder)

    def opener() -> Database:
        return _open_resolving(folder, passphrase, check)

    return _locked(folder, opener, "geopend met het wachtwoord")


def open_data_with_key(folder: Path, key: bytes, how: str = "geopend met het wachtwoord",
                       check: bool | None = True) -> Database:
    """Open with a data key already unlocked from the passphrase (gui/access/early_unlock.py)."""
    return _locked(folder, lambda: _open_proven(folder, key, check), how)


def open_data_with_recovery(folder: Path, recovery_key: str,
                            check: bool | None = True) -> tuple[Database, bytes]:
    """Open with the recovery key; returns the key so a new passphrase can be set."""
    found: list[bytes] = []

    def opener() -> Database:
        found.append(unlock_with_recovery(folder, recovery_key))
        return _open_proven(folder, found[0], check)

    db = _locked(folder, opener, "geopend met de herstelsleutel")
    return db, found[0]


__all__ = ["DAMAGED", "DamagedDatabase", "create_data", "folder_problem", "is_set_up",
           "open_data", "open_data_with_key", "open_data_with_recovery"]
