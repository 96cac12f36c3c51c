"""The Logboek view: Qt's model checker, the filters, the chain check through msgbox."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from skow_desk.gui.audit.audit_view import (
    COL_ACTION,
    COL_ENTITY,
    COL_SUMMARY,
    PERIOD_CUSTOM,
    PERIOD_TODAY,
    AuditModel,
    AuditView,
)
from skow_desk.gui.common import msgbox
from skow_desk.services.audit import AuditAction, AuditFilter, record
from skow_desk.services.persons import PersonInput, update_person
from skow_desk.store.models import Person, Role
from tests.unit.security.helpers import make_case, raw_connection


@pytest.fixture
def shown(monkeypatch):
    """Message boxes answered by the test instead of a modal loop."""
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(msgbox, "SHOW_HOOK", lambda kind, title, text: seen.append(
        (kind, title, text)))
    return seen


@pytest.fixture
def case_db(db):
    with db.transaction() as s:
        ids = make_case(s)
        pupil = s.get(Person, ids["pupil"])
        update_person(s, pupil.id, PersonInput(role=Role.PUPIL, last_name="Bergen",
                                               first_name="Daan", school_id=ids["school"]))
        record(s, AuditAction.EXPORT, "person", pupil.id, pupil.id, "inzage")
    return db


def test_the_model_passes_qts_checker(qtmodeltester, case_db):
    model = AuditModel(case_db)
    model.refresh()
    assert model.rowCount() > 10
    qtmodeltester.check(model)
    model.set_filter(AuditFilter(action=AuditAction.CHANGE))
    qtmodeltester.check(model)


def test_the_model_shows_the_newest_first_with_dutch_words(case_db):
    model = AuditModel(case_db)
    model.refresh()
    newest = model.index(0, COL_ACTION)
    assert newest.data() == "exporteren"
    assert model.index(0, COL_ENTITY).data() == "persoon"
    assert model.headerData(COL_SUMMARY, Qt.Orientation.Horizontal) == "Wat"


def test_filters(qtbot, case_db):
    view = AuditView(case_db, today=date.today())
    qtbot.addWidget(view)
    everything = view.model.rowCount()
    view.action_combo.setCurrentIndex(view.action_combo.findData(AuditAction.CHANGE.value))
    assert 0 < view.model.rowCount() < everything
    changes = view.model.rowCount()
    view.action_combo.setCurrentIndex(0)
    view.entity_combo.setCurrentIndex(view.entity_combo.findData("letter"))
    assert view.model.rowCount() == 1
    view.entity_combo.setCurrentIndex(0)
    view.search.setText("Bergen")
    view.apply_filter()  # what the typing timer does after 150 ms
    assert view.model.rowCount() == 1
    assert "achternaam: Berg → Bergen" in view.model.index(0, COL_SUMMARY).data()
    view.search.clear()
    view.period_combo.setCurrentIndex(PERIOD_TODAY)
    assert view.model.rowCount() == everything
    view.period_combo.setCurrentIndex(PERIOD_CUSTOM)
    assert view.start_edit.isEnabled()
    view.end_edit.setDate(view.end_edit.date().addYears(-5))
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "0 regels"
    assert changes >= 1


def test_the_chain_check_reports_through_msgbox(qtbot, case_db, data_folder, shown):
    view = AuditView(case_db)
    qtbot.addWidget(view)
    assert view.check_chain()
    assert shown[-1][0] == "info" and "Logboek in orde" in shown[-1][2]
    case_db.close()  # tamper with the file as someone with the key and a SQLite tool would
    connection = raw_connection(data_folder)
    connection.execute("DROP TRIGGER audit_entry_no_update")
    connection.execute("UPDATE audit_entry SET summary = 'niets' WHERE id = 3")
    connection.commit()
    connection.close()
    from skow_desk.store.vault import open_data
    from tests.conftest import PASSPHRASE

    reopened = open_data(data_folder, PASSPHRASE)
    try:
        view = AuditView(reopened)
        qtbot.addWidget(view)
        assert not view.check_chain()
        assert shown[-1][0] == "error" and "verbroken bij regel 3" in shown[-1][2]
    finally:
        reopened.close()


def test_a_screenshot_can_be_taken(qtbot, case_db, tmp_path):
    view = AuditView(case_db)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    assert view.grab().save(str(tmp_path / "logboek.png"))
