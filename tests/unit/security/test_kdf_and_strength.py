"""Offline guessing is slow and weak passphrases are refused (issue 12 item 6)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from skow_desk.cli import main
from skow_desk.domain.errors import DomainError
from skow_desk.store import keys
from skow_desk.store.keys import KEYS_FILENAME, create_keys, passphrase_problem, unlock

FIXTURES = Path(__file__).parent / "fixtures"
DATA_KEY = bytes.fromhex("5a1c0e3b9d7f2468ace013579bdf0246813579bdf02468ace13579bdf0246813")
OLD_PASSPHRASE = "Fixture wachtwoord één 2025"
WEAK = ["password1234567", "Wachtwoord12345678", "abcdefghijkl", "skowskowskow!",
        "welkom12345!", "Zomerschool2026"]


@pytest.fixture
def real_params(monkeypatch):
    """The parameters the program uses (the suite lowers them, tests/conftest.py)."""
    monkeypatch.setattr(keys, "TARGET_PARAMS", keys.ScryptParams(2**17, 8, 1))


def _slot(folder, name="passphrase"):
    return json.loads((folder / KEYS_FILENAME).read_text(encoding="utf-8"))[name]


def test_new_slots_use_at_least_the_owasp_minimum(tmp_path, real_params):
    create_keys(tmp_path, "fietsen langs de groene dijk")
    for name in ("passphrase", "recovery"):
        kdf = _slot(tmp_path, name)["kdf"]
        assert kdf == {"naam": "scrypt", "n": 2**17, "r": 8, "p": 1}


def test_an_old_key_file_opens_and_is_rewritten_with_the_new_parameters(tmp_path, real_params):
    shutil.copy(FIXTURES / "sleutels_cryptography.json", tmp_path / KEYS_FILENAME)
    assert "kdf" not in _slot(tmp_path)
    assert unlock(tmp_path, OLD_PASSPHRASE) == DATA_KEY
    assert _slot(tmp_path)["kdf"]["n"] == 2**17
    assert unlock(tmp_path, OLD_PASSPHRASE) == DATA_KEY  # and opens again after the upgrade
    with pytest.raises(keys.WrongPassphrase):
        unlock(tmp_path, "een ander lang wachtwoord")


def test_a_crafted_slot_cannot_ask_for_huge_parameters(tmp_path):
    create_keys(tmp_path, "fietsen langs de groene dijk")
    document = json.loads((tmp_path / KEYS_FILENAME).read_text(encoding="utf-8"))
    document["passphrase"]["kdf"]["n"] = 2**30
    (tmp_path / KEYS_FILENAME).write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(keys.WrongPassphrase):
        unlock(tmp_path, "fietsen langs de groene dijk")


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_in_dutch(weak):
    problem = passphrase_problem(weak)
    assert problem is not None and "te makkelijk te raden" in problem


@pytest.mark.parametrize("good", ["fietsen langs de groene dijk", "test-wachtwoord-lang-genoeg",
                                  "Kwartet met 3 paarse olifanten"])
def test_passphrases_of_several_words_are_accepted(good):
    assert passphrase_problem(good) is None


def test_the_command_line_refuses_a_weak_passphrase(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SKOW_DESK_PASSPHRASE", "Wachtwoord12345678")
    assert main(["--data-dir", str(tmp_path / "d"), "demo", "--incidents", "3"]) == 1
    assert "te makkelijk te raden" in capsys.readouterr().err
    assert not (tmp_path / "d" / KEYS_FILENAME).exists()


def test_create_keys_refuses_too(tmp_path):
    with pytest.raises(DomainError):
        create_keys(tmp_path, "password1234567")
