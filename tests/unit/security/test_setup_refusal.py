"""A key file is never replaced by a new set-up (issue 12 item 2)."""

from __future__ import annotations

import shutil

import pytest

from skow_desk.cli import main
from skow_desk.domain.errors import DomainError
from skow_desk.store.keys import KEYS_FILENAME, unlock
from skow_desk.store.location import database_path
from skow_desk.store.vault import create_data, folder_problem, open_data
from tests.conftest import PASSPHRASE

TOML = """
[stichting]
naam = "Stichting Proef"
"""


def _key_bytes(folder):
    return (folder / KEYS_FILENAME).read_bytes()


@pytest.mark.parametrize("command", [
    ["config", "import", "stichting.toml"],
    ["demo", "--incidents", "5"],
])
def test_commands_never_replace_the_key_file_when_the_database_is_missing(
        data_folder, tmp_path, capsys, command):
    database_path(data_folder).unlink()
    before = _key_bytes(data_folder)
    (tmp_path / "stichting.toml").write_text(TOML, encoding="utf-8")
    args = [str(tmp_path / a) if a.endswith(".toml") else a for a in command]
    assert main(["--data-dir", str(data_folder), *args]) == 1
    err = capsys.readouterr().err
    assert _key_bytes(data_folder) == before
    assert "Traceback" not in err
    assert not database_path(data_folder).exists()


def test_the_message_for_a_missing_database_does_not_advise_a_new_set_up(data_folder):
    database_path(data_folder).unlink()
    with pytest.raises(DomainError) as raised:
        open_data(data_folder, PASSPHRASE)
    assert "back-up" in raised.value.message
    assert "config import" not in raised.value.message
    assert "demo" not in raised.value.message


@pytest.mark.parametrize("leftover", ["key", "database", "voor-herstel", "staging"])
def test_set_up_refuses_a_used_folder(data_folder, tmp_path, leftover):
    folder = tmp_path / "gebruikt"
    folder.mkdir()
    if leftover == "key":
        shutil.copy(data_folder / KEYS_FILENAME, folder / KEYS_FILENAME)
    elif leftover == "database":
        shutil.copy(database_path(data_folder), database_path(folder))
    elif leftover == "voor-herstel":
        (folder / "voor-herstel-20260101-120000").mkdir()
    else:
        (folder / ".herstel-abc123").mkdir()
    assert folder_problem(folder) is not None
    with pytest.raises(DomainError, match="Een nieuwe inrichting zou die gegevens onbruikbaar"):
        create_data(folder, PASSPHRASE)
    if leftover == "key":
        assert unlock(folder, PASSPHRASE) == unlock(data_folder, PASSPHRASE)
