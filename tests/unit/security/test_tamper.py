"""Tampering with the log is found and named; the command line says so with exit code 1."""

from __future__ import annotations

from skow_desk.cli import main
from skow_desk.services.audit import verify
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE
from tests.unit.security.helpers import make_case, raw_connection


def _filled(data_folder):
    db = open_data(data_folder, PASSPHRASE)
    with db.transaction() as s:
        make_case(s)
    count = verify(db).count
    db.close()
    return count


def _tamper(data_folder, *statements):
    connection = raw_connection(data_folder)
    connection.execute("DROP TRIGGER audit_entry_no_update")
    connection.execute("DROP TRIGGER audit_entry_no_delete")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def test_verify_passes_on_an_untouched_log(data_folder, capsys):
    count = _filled(data_folder)
    assert main(["--data-dir", str(data_folder), "audit", "verify"]) == 0
    # The command's own login adds one line.
    assert capsys.readouterr().out.strip() == f"Logboek in orde: {count + 1} regels."


def test_a_changed_summary_is_named(data_folder, capsys):
    _filled(data_folder)
    _tamper(data_folder, "UPDATE audit_entry SET summary = 'achternaam: Berg' WHERE id = 7")
    assert main(["--data-dir", str(data_folder), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "Logboek verbroken bij regel 7 (de samenvatting is gewijzigd)" in err


def test_a_changed_field_is_named(data_folder, capsys):
    _filled(data_folder)
    _tamper(data_folder, "UPDATE audit_entry SET actor = 'iemand anders' WHERE id = 5")
    assert main(["--data-dir", str(data_folder), "audit", "verify"]) == 1
    assert "bij regel 5 (de gegevens van de regel zijn gewijzigd)" in capsys.readouterr().err


def test_a_removed_line_breaks_the_chain_at_the_next(data_folder, capsys):
    _filled(data_folder)
    _tamper(data_folder, "DELETE FROM audit_entry WHERE id = 4")
    assert main(["--data-dir", str(data_folder), "audit", "verify"]) == 1
    assert "bij regel 5 (de regel ervoor ontbreekt of is gewijzigd)" in capsys.readouterr().err


def test_missing_triggers_alone_fail_the_check(data_folder, capsys):
    _filled(data_folder)
    _tamper(data_folder)
    assert main(["--data-dir", str(data_folder), "audit", "verify"]) == 1
    assert "Logboek niet beveiligd" in capsys.readouterr().err


def test_wrong_passphrase_on_the_command_line_exits_1(data_folder, capsys, monkeypatch):
    monkeypatch.setenv("SKOW_DESK_PASSPHRASE", "niet-het-goede-wachtwoord")
    assert main(["--data-dir", str(data_folder), "audit", "verify"]) == 1
    assert capsys.readouterr().err.strip() == "skow-desk: Het wachtwoord is onjuist."


def test_no_passphrase_and_no_terminal_exits_1(data_folder, capsys, monkeypatch):
    monkeypatch.delenv("SKOW_DESK_PASSPHRASE")
    assert main(["--data-dir", str(data_folder), "audit", "verify"]) == 1
    assert "Geen wachtwoord" in capsys.readouterr().err
