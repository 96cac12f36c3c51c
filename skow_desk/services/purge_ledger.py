"""What a purge does beyond the database: the ledger, the copies, and purging copies again.

See :mod:`skow_desk.store.purge_ledger`. :func:`settle_purge` runs after a purge has committed:
it rewrites the database file without the freed pages (VACUUM, WAL truncated), deletes the
copies the data folder kept of the data before the purge and makes a fresh automatic backup.
:func:`reapply_ledger` purges again whoever the ledger lists but an (older) database still
holds: it runs whenever data is opened and right after a restore.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from skow_desk.store.backup import backups_dir, maybe_auto_backup
from skow_desk.store.db import Database
from skow_desk.store.purge_ledger import drop_old_copies, pending

ELSEWHERE_WARNING = (
    "Back-ups die buiten SKOW Desk worden bewaard (bijvoorbeeld op een USB-stick of een "
    "netwerkschijf) bevatten de gegevens nog. Wordt zo'n back-up teruggezet, dan schoont "
    "SKOW Desk deze personen meteen opnieuw op; verwijder zulke back-ups als dat kan.")


def settle_purge(db: Database, now: datetime | None = None) -> int:
    """After a committed purge: compact the file, drop old copies, back up anew.

    Returns the number of old copies deleted.
    """
    folder = db.path.parent
    reader = db.reader
    reader.execute("VACUUM")  # the freed pages held the old text
    reader.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    removed = drop_old_copies(folder, backups_dir(folder))
    maybe_auto_backup(db, backups_dir(folder), now or datetime.now())
    return removed


def reapply_ledger(db: Database, today: date | None = None, folder: Path | None = None) -> int:
    """Purge again every person the ledger lists but this database still holds by name.

    ``folder`` holds the ledger (default: the database's folder; a restore passes the data
    folder while the database is still staged). Returns how many persons were purged again
    (0, and one file check, in the usual case).
    """
    folder = folder or db.path.parent
    ids = pending(db.reader, folder)
    if not ids:
        return 0
    from skow_desk.services.retention import purge_again

    with db.transaction() as session:
        report = purge_again(session, ids, today or date.today())
    db.reader.execute("VACUUM")
    db.reader.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return len(report.person_ids)


def ledger_file_present(folder: Path) -> bool:
    """Whether the folder has a purge ledger (a cheap check before opening anything)."""
    from skow_desk.store.purge_ledger import ledger_path

    return ledger_path(folder).exists()
