"""The Bewaartermijn view: lists who is due, anonymises only after a confirm via msgbox."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from skow_desk.gui.access.retention_view import COL_NAME, RetentionModel, RetentionView
from skow_desk.gui.common import msgbox
from skow_desk.services.incidents import close_case
from skow_desk.services.retention import due_for_purge
from skow_desk.store.models import Person
from tests.unit.security.helpers import make_case

TODAY = date(2029, 9, 1)


@pytest.fixture
def due_db(db):
    with db.transaction() as s:
        ids = make_case(s)
        close_case(s, ids["incident"], date(2026, 11, 20))
        for pid in (ids["pupil"], ids["classmate"]):
            s.get(Person, pid).left_on = date(2027, 7, 15)
    return db


@pytest.fixture
def answers(monkeypatch):
    """Answer confirm() with the next queued answer; collect the notices."""
    queue: list[msgbox.Answer] = []
    shown: list[str] = []
    monkeypatch.setattr(msgbox, "ASK_HOOK", lambda kind, text: queue.pop(0))
    monkeypatch.setattr(msgbox, "SHOW_HOOK", lambda kind, title, text: shown.append(text))
    return queue, shown


def test_the_model_passes_qts_checker(qtmodeltester, due_db):
    model = RetentionModel()
    with due_db.sessions() as s:
        model.set_candidates(due_for_purge(s, TODAY))
    assert model.rowCount() == 4  # pupil, classmate and the pupil's two parents
    qtmodeltester.check(model)


def test_nothing_happens_without_a_yes(qtbot, due_db, answers):
    queue, _shown = answers
    view = RetentionView(due_db, today=TODAY)
    qtbot.addWidget(view)
    assert view.status.text() == "0 van 4 geselecteerd"  # nobody chosen in advance
    assert not view.purge_button.isEnabled()
    view.select_rows([0, 1, 2, 3])
    queue.append(msgbox.Answer.NO)
    assert view.purge_selected() is None
    assert view.model.rowCount() == 4


def test_purging_the_selected_rows(qtbot, due_db, answers):
    queue, shown = answers
    view = RetentionView(due_db, today=TODAY)
    qtbot.addWidget(view)
    first = view.model.index(0, COL_NAME).data()
    view.select_rows([0])
    queue.append(msgbox.Answer.YES)
    report = view.purge_selected()
    assert report is not None and len(report.person_ids) == 1
    assert shown[-1].startswith("1 persoon en ")
    assert view.model.rowCount() == 3
    assert first not in [view.model.index(r, COL_NAME).data() for r in range(3)]


def test_an_empty_list_says_so(qtbot, db, tmp_path):
    view = RetentionView(db, today=TODAY)
    qtbot.addWidget(view)
    assert view.status.text() == "Niemand valt buiten de bewaartermijn."
    assert not view.purge_button.isEnabled()
    view.resize(1000, 400)
    assert view.grab().save(str(tmp_path / "bewaartermijn.png"))


def test_the_screen_warns_about_backups_kept_elsewhere_and_renews_ours(qtbot, due_db, answers):
    from skow_desk.store.backup import backups_dir, maybe_auto_backup
    from skow_desk.store.purge_ledger import read_ledger

    queue, shown = answers
    folder = due_db.path.parent
    old = maybe_auto_backup(due_db, backups_dir(folder), datetime(2028, 1, 1))
    view = RetentionView(due_db, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 560)
    assert "buiten SKOW Desk" in view.elsewhere.text() and view.elsewhere.isVisibleTo(view)
    view.select_rows([0, 1, 2, 3])  # nobody is chosen in advance
    queue.append(msgbox.Answer.YES)
    report = view.purge_selected()
    assert report is not None and len(report.person_ids) == 4
    assert "buiten SKOW Desk" in shown[-1]
    assert old is not None and not old.exists()  # the backup made before the purge is gone
    assert len(list(backups_dir(folder).glob("*.skowbackup"))) == 1  # and a new one made
    assert read_ledger(folder)[-1]["personen"] == sorted(report.person_ids)
