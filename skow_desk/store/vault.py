"""Opening a data folder: keys, the encrypted database, and setup of a new folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from skow_desk.domain.errors import DomainError
from skow_desk.store.db import Database, open_database
from skow_desk.store.keys import create_keys, has_keys, unlock, unlock_with_recovery
from skow_desk.store.location import database_path
from skow_desk.store.lock import acquire_data_lock
from skow_desk.store.purge_ledger import ledger_path


def _locked(folder: Path, opener: Callable[[], Database], login: str | None) -> Database:
    """Open while holding the folder lock (one instance per folder); log the login."""
    lock = acquire_data_lock(folder)
    try:
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
    """Whether the folder holds SKOW Desk data (keys and database)."""
    return has_keys(folder) and database_path(folder).exists()


def create_data(folder: Path, passphrase: str) -> tuple[Database, str]:
    """Set up a new, encrypted data folder. Returns the database and the recovery key."""
    if is_set_up(folder):
        raise DomainError(f"De map '{folder}' bevat al gegevens van SKOW Desk.")
    if database_path(folder).exists():
        raise DomainError(f"In '{folder}' staat al een database zonder sleutelbestand.")
    recovery: list[str] = []

    def create() -> Database:
        keys = create_keys(folder, passphrase)
        recovery.append(keys.recovery_key)
        return open_database(database_path(folder), keys.data_key)

    return _locked(folder, create, None), recovery[0]


def open_data(folder: Path, passphrase: str) -> Database:
    """Open an existing data folder with the passphrase."""
    if not is_set_up(folder):
        raise DomainError(
            f"In '{folder}' staan nog geen gegevens van SKOW Desk. Start het programma om het "
            "in te richten, of gebruik 'config import' of 'demo'."
        )
    return _locked(folder, lambda: open_database(database_path(folder), unlock(folder, passphrase)),
                   "geopend met het wachtwoord")


def open_data_with_key(folder: Path, key: bytes,
                       how: str = "geopend met het wachtwoord") -> Database:
    """Open with a data key already unlocked from the passphrase (gui/early_unlock.py)."""
    return _locked(folder, lambda: open_database(database_path(folder), key), how)


def open_data_with_recovery(folder: Path, recovery_key: str) -> tuple[Database, bytes]:
    """Open with the recovery key; returns the key so a new passphrase can be set."""
    key = unlock_with_recovery(folder, recovery_key)
    db = _locked(folder, lambda: open_database(database_path(folder), key),
                 "geopend met de herstelsleutel")
    return db, key
