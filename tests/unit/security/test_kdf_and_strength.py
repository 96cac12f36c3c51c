"""Offline guessing is slow and weak passphrases are refused (issue 12 item 6)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from skow_desk.cli import main
from skow_desk.domain.errors import DomainError
from skow_desk.store import keys
from skow_desk.store.keys import (
    KEYS_FILENAME,
    create_keys,
    passphrase_problem,
    unlock,
    unlock_with_recovery,
)

FIXTURES = Path(__file__).parent / "fixtures"
DATA_KEY = bytes.fromhex("5a1c0e3b9d7f2468ace013579bdf0246813579bdf02468ace13579bdf0246813")
OLD_PASSPHRASE = "Fixture wachtwoord één 2025"
OLD_RECOVERY = "K7QM-2XWP-9HTR-ZB4N-C6DV-J8SE"
WEAK = ["password1234567", "Wachtwoord12345678", "abcdefghijkl", "skowskowskow!",
        "welkom12345!", "Zomerschool2026"]


@pytest.fixture
def real_params(monkeypatch):
    """The parameters the program uses (the suite lowers them, tests/conftest.py)."""
    monkeypatch.setattr(keys, "TARGET_PARAMS", keys.OWASP_ARGON2ID)


def _slot(folder, name="passphrase"):
    return json.loads((folder / KEYS_FILENAME).read_text(encoding="utf-8"))[name]


ARGON2ID_OWASP = {"naam": "argon2id", "m": 19 * 1024, "t": 2, "p": 1}


def test_new_slots_use_argon2id_at_the_owasp_minimum(tmp_path, real_params):
    create_keys(tmp_path, "fietsen langs de groene dijk")
    for name in ("passphrase", "recovery"):
        assert _slot(tmp_path, name)["kdf"] == ARGON2ID_OWASP


def test_an_old_key_file_opens_and_is_rewritten_with_the_new_parameters(tmp_path, real_params):
    shutil.copy(FIXTURES / "sleutels_cryptography.json", tmp_path / KEYS_FILENAME)
    assert "kdf" not in _slot(tmp_path)
    with pytest.raises(keys.WrongPassphrase):  # a wrong passphrase changes nothing
        unlock(tmp_path, "een ander lang wachtwoord")
    assert "kdf" not in _slot(tmp_path)
    assert unlock(tmp_path, OLD_PASSPHRASE) == DATA_KEY
    assert _slot(tmp_path)["kdf"] == ARGON2ID_OWASP
    assert "kdf" not in _slot(tmp_path, "recovery")  # opened only with the recovery key
    assert unlock(tmp_path, OLD_PASSPHRASE) == DATA_KEY  # and opens again after the upgrade
    with pytest.raises(keys.WrongPassphrase):
        unlock(tmp_path, "een ander lang wachtwoord")
    assert unlock_with_recovery(tmp_path, OLD_RECOVERY) == DATA_KEY
    assert _slot(tmp_path, "recovery")["kdf"] == ARGON2ID_OWASP


def test_a_scrypt_slot_of_version_2_opens_and_is_upgraded_to_argon2id(tmp_path, monkeypatch):
    """Key files written since version 2 and before Argon2id: scrypt N=2^17 in the slot."""
    monkeypatch.setattr(keys, "TARGET_PARAMS", keys.ScryptParams(2**17, 8, 1))
    made = create_keys(tmp_path, "fietsen langs de groene dijk")
    assert _slot(tmp_path)["kdf"] == {"naam": "scrypt", "n": 2**17, "r": 8, "p": 1}
    monkeypatch.setattr(keys, "TARGET_PARAMS", keys.OWASP_ARGON2ID)
    assert unlock(tmp_path, "fietsen langs de groene dijk") == made.data_key
    upgraded = _slot(tmp_path)
    assert upgraded["kdf"] == ARGON2ID_OWASP
    assert unlock(tmp_path, "fietsen langs de groene dijk") == made.data_key
    assert _slot(tmp_path) == upgraded  # an Argon2id slot at the target is left alone
    with pytest.raises(keys.WrongPassphrase):
        unlock(tmp_path, "fietsen langs de groene dijk!")


def test_an_argon2id_slot_below_the_target_is_rewrapped(tmp_path, monkeypatch):
    monkeypatch.setattr(keys, "TARGET_PARAMS", keys.Argon2Params(m=1024, t=1))
    made = create_keys(tmp_path, "fietsen langs de groene dijk")
    monkeypatch.setattr(keys, "TARGET_PARAMS", keys.OWASP_ARGON2ID)
    assert unlock(tmp_path, "fietsen langs de groene dijk") == made.data_key
    assert _slot(tmp_path)["kdf"] == ARGON2ID_OWASP


@pytest.mark.parametrize("kdf", [
    {"naam": "scrypt", "n": 2**30, "r": 8, "p": 1},
    {"naam": "argon2id", "m": 2**30, "t": 2, "p": 1},   # a terabyte of memory
    {"naam": "argon2id", "m": 19 * 1024, "t": 10**6, "p": 1},
    {"naam": "argon2id", "m": 19 * 1024, "t": 2, "p": 64},
    {"naam": "argon2id", "m": "19456", "t": 2, "p": 1},
    {"naam": "argon2id", "m": 19 * 1024, "t": True, "p": 1},
    {"naam": "bcrypt"},
])
def test_a_crafted_slot_cannot_ask_for_huge_parameters(tmp_path, kdf):
    create_keys(tmp_path, "fietsen langs de groene dijk")
    document = json.loads((tmp_path / KEYS_FILENAME).read_text(encoding="utf-8"))
    document["passphrase"]["kdf"] = kdf
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


def test_an_argon2_failure_is_not_taken_for_a_wrong_passphrase(tmp_path, monkeypatch):
    """Out of memory while stretching must not say "Het wachtwoord is onjuist." (the director
    would doubt a right passphrase); a damaged slot's short salt still does."""
    from argon2.exceptions import HashingError

    from skow_desk.store import keys

    create_keys(tmp_path, "fietsen langs de groene dijk")

    def no_memory(*_args, **_kwargs):
        raise HashingError("Memory allocation error")

    monkeypatch.setattr(keys, "hash_secret_raw", no_memory)
    with pytest.raises(HashingError):
        unlock(tmp_path, "fietsen langs de groene dijk")
    monkeypatch.undo()
    document = json.loads((tmp_path / KEYS_FILENAME).read_text(encoding="utf-8"))
    document["passphrase"]["salt"] = "AAAA"  # 3 bytes
    (tmp_path / KEYS_FILENAME).write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(keys.WrongPassphrase):
        unlock(tmp_path, "fietsen langs de groene dijk")
