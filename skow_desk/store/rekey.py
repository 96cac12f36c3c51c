"""A new passphrase and a new data key at once ("ook de sleutel vernieuwen", issue 12 item 6).

Rewrapping alone leaves the data key as it was, so an old copy of ``sleutels.json`` (in any
backup) with the old passphrase would still open the current database. Here the database is
re-encrypted under a fresh key (SQLCipher ``PRAGMA rekey``) and the key file replaced, with a
new recovery key (the old one wrapped the old key). Crash-safe in three steps: the new key file
is written beside the old one as ``sleutels.nieuw.json``; the database is rekeyed (one SQLite
transaction); the new file replaces the old. After a kill, opening finds out which key fits
(:func:`resolve_pending`).
"""

from __future__ import annotations

import os
from pathlib import Path

from skow_desk.store.db import Database
from skow_desk.store.keys import KEYS_FILENAME, PENDING_FILENAME, _write, new_key_document


def change_passphrase_and_key(db: Database, folder: Path, new_passphrase: str) -> str:
    """Set ``new_passphrase`` and re-encrypt under a new key; returns the new recovery key."""
    document, new = new_key_document(new_passphrase)
    _write(folder, document, PENDING_FILENAME)
    db.rekey(new.data_key)
    promote_pending(folder)
    from skow_desk.store.audit_anchor import dbapi_query, write_anchor

    write_anchor(folder, dbapi_query(db.reader), force=True)  # the new file, the new key's seal
    return new.recovery_key


def pending(folder: Path) -> bool:
    """Whether a key renewal was interrupted (its new key file is still beside the old)."""
    return (folder / PENDING_FILENAME).exists()


def promote_pending(folder: Path) -> None:
    """The database turned out to use the new key: the new key file becomes the key file."""
    os.replace(folder / PENDING_FILENAME, folder / KEYS_FILENAME)


def drop_pending(folder: Path) -> None:
    """The database still uses the old key: the interrupted renewal never happened."""
    (folder / PENDING_FILENAME).unlink(missing_ok=True)
