"""The anchor after a commit is that commit's chain, read on the transaction's own connection;
lines the ORM still flushes after it was read are anchored too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from skow_desk.services.audit import verify
from skow_desk.services.foundation import set_setting
from skow_desk.store.audit_anchor import current_anchor, dbapi_query, read_anchor
from skow_desk.store.db import Database
from skow_desk.store.models import Setting


def _anchor_now(db: Database) -> dict[str, Any]:
    return current_anchor(dbapi_query(db.reader))


def test_the_anchor_is_the_committed_chain_read_on_one_connection(db: Database) -> None:
    folder = db.path.parent
    checkouts: list[int] = []
    event.listen(db.engine, "checkout", lambda *_args: checkouts.append(1))
    for number in range(3):
        checkouts.clear()
        with db.transaction() as session:
            set_setting(session, "brief.test", f"waarde {number}")
        assert checkouts == [1], "the anchor took a connection of its own"
        assert read_anchor(folder) == _anchor_now(db)
    assert verify(db).ok


def test_lines_flushed_after_the_anchor_was_read_are_anchored(db: Database) -> None:
    """A listener after the audit's own adds a row while committing: the ORM flushes it after
    the anchor was read, so the anchor is read again after the commit."""
    added: list[int] = []

    def add_late(session: Any) -> None:
        if not added:
            added.append(1)
            session.add(Setting(key="laat.toegevoegd", value="ja"))

    event.listen(db.sessions, "before_commit", add_late)  # runs after the audit's listener
    with db.transaction() as session:
        set_setting(session, "brief.test", "waarde")
    assert added
    anchor = read_anchor(db.path.parent)
    assert anchor == _anchor_now(db)
    with db.reader as conn:
        summaries = [row[0] for row in conn.execute(
            "SELECT summary FROM audit_entry ORDER BY id DESC LIMIT 1")]
    assert "laat.toegevoegd" in summaries[0]
    assert verify(db).ok


def test_a_failed_commit_anchors_nothing(db: Database, monkeypatch: Any) -> None:
    folder: Path = db.path.parent
    with db.transaction() as session:
        set_setting(session, "brief.test", "eerst")
    before = read_anchor(folder)

    def refuse(*_args: Any) -> None:
        raise RuntimeError("schijf vol")

    event.listen(db.engine, "commit", refuse)
    try:
        with db.transaction() as session:
            set_setting(session, "brief.test", "daarna")
    except RuntimeError:
        pass
    event.remove(db.engine, "commit", refuse)
    assert read_anchor(folder) == before == _anchor_now(db)
    with db.transaction() as session:  # the next commit anchors again
        set_setting(session, "brief.test", "weer")
    assert read_anchor(folder) == _anchor_now(db) != before
