"""Verwijderen op verzoek (AVG art. 17) through the real Personen screen and the command line;
the database is read back afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import func, select

from skow_desk.cli import main
from skow_desk.domain.enums import Role
from skow_desk.gui.persons.erasure_dialog import ErasureDialog
from skow_desk.gui.persons.persons_view import PersonsView
from skow_desk.services.audit import AuditAction, verify
from skow_desk.services.incidents import update_incident
from skow_desk.store.models import AuditEntry, Incident, Involvement, Person
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE
from tests.factories import make_incident
from tests.gui.test_case_support import Dialogs, click
from tests.unit.security.helpers import make_case

REASON = "Schriftelijk verzoek van de ouders van 3 december 2026"



def _case(db: Any) -> dict[str, int]:
    """Lotte Jansen is harmed in Daan's case (which names her) and causer in a case of her own."""
    from skow_desk.services.case_queries import incident_input

    with db.transaction() as s:
        ids = make_case(s)
        data = incident_input(s, ids["incident"])
        data.description = "Daan zette een filmpje van Lotte Jansen op TikTok."
        update_incident(s, ids["incident"], data)
        lotte = s.get(Person, ids["classmate"])
        ids["own_case"] = make_incident(s, lotte.school, lotte).id
    return ids


def _row_of(view: PersonsView, name: str) -> int:
    for row in range(view.model.rowCount()):
        if name in str(view.model.index(row, 0).data()):
            return row
    raise AssertionError(f"{name} staat niet in de lijst")


def test_personen_erases_on_request_after_a_clear_confirmation_with_a_reason(
        qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any, grab: Any) -> None:
    ids = _case(db)
    view = PersonsView(db)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    assert not view.erase_button.isEnabled()  # nobody chosen yet
    view.table.selectRow(_row_of(view, "Jansen"))
    assert view.erase_button.isEnabled()
    assert view.erase_button.text() == "Verwijderen op verzoek (AVG art. 17)…"
    grab(view, "rec11-personen-verwijderen-knop")

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, ErasureDialog)
        dialog.resize(640, 600)
        text = dialog.findChild(QLabel, "erasureText").text()
        assert "U verwijdert Lotte Jansen definitief" in text
        assert "Wordt verwijderd:" in text and "Blijft bewaard:" in text
        assert "artikel 17 lid 3 AVG" in text  # what the law keeps, from resources/legal
        assert dialog.preview.cases_removed and dialog.preview.cases_kept
        assert "nog niet is afgerond" in text  # both cases are open
        assert "binnen een maand" in text
        grab(dialog, "rec11-verwijderen-op-verzoek")
        assert not dialog.erase_button.isEnabled()  # no reason, no erasure
        qtbot.keyClicks(dialog.reason_edit, REASON)
        assert dialog.erase_button.isEnabled()
        click(qtbot, dialog.erase_button)

    dialogs.handlers.append(confirm)
    click(qtbot, view.erase_button)
    assert not [m for m in messages.shown if m[0] == "error"], messages.shown
    assert any("is verwijderd" in m[2] for m in messages.shown)
    assert "Jansen" not in " ".join(str(view.model.index(r, 0).data())
                                    for r in range(view.model.rowCount()))
    with db.transaction() as s:
        assert s.get(Person, ids["classmate"]) is None
        assert s.get(Incident, ids["own_case"]) is None  # nobody else was in it
        kept = s.get(Incident, ids["incident"])  # Daan's case stays, without her name
        assert "Jansen" not in kept.description and "Lotte" not in kept.description
        assert s.scalar(select(func.count()).select_from(Involvement).where(
            Involvement.person_id == ids["classmate"])) == 0
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.DELETE, AuditEntry.entity_type == "person")).one()
        assert REASON in entry.summary and "Jansen" not in entry.summary
    assert verify(db).ok


def test_cancel_and_an_unchosen_reason_erase_nothing(
        qtbot: Any, app: Any, db: Any, dialogs: Dialogs) -> None:
    ids = _case(db)
    view = PersonsView(db)
    qtbot.addWidget(view)
    view.show()
    view.table.selectRow(_row_of(view, "Jansen"))

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, ErasureDialog)
        qtbot.keyClicks(dialog.reason_edit, "   ")
        assert not dialog.erase_button.isEnabled()
        dialog.reject()

    dialogs.handlers.append(cancel)
    click(qtbot, view.erase_button)
    with db.transaction() as s:
        assert s.get(Person, ids["classmate"]) is not None


def test_the_verwijderen_command_shows_first_and_erases_with_uitvoeren(
        data_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_data(data_folder, PASSPHRASE)
    try:
        ids = _case(db)
    finally:
        db.close()
    args = ["--data-dir", str(data_folder), "verwijderen", "--persoon", str(ids["classmate"]),
            "--reden", REASON]
    assert main(args) == 0
    shown = capsys.readouterr().out
    assert "Wordt verwijderd:" in shown and "artikel 17 lid 3 AVG" in shown
    assert "Er is niets verwijderd" in shown
    db = open_data(data_folder, PASSPHRASE)
    try:
        with db.transaction() as s:
            assert s.get(Person, ids["classmate"]) is not None
    finally:
        db.close()
    assert main([*args, "--uitvoeren"]) == 0
    assert "Verwijderd; in het logboek: verwijderen (AVG)" in capsys.readouterr().out
    db = open_data(data_folder, PASSPHRASE)
    try:
        with db.transaction() as s:
            assert s.get(Person, ids["classmate"]) is None
            assert s.get(Person, ids["pupil"]).role is Role.PUPIL  # the others stay
            assert "Jansen" not in s.get(Incident, ids["incident"]).description
        assert verify(db).ok
    finally:
        db.close()
    assert main(["--data-dir", str(data_folder), "verwijderen", "--persoon", "99999",
                 "--reden", REASON]) == 1


def test_the_command_has_dutch_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["verwijderen", "--help"])
    out = capsys.readouterr().out
    assert "--uitvoeren" in out and "logboek" in out and "verwijder echt" in out
