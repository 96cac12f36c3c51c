"""sleutels.json keeps its format: files written with ``cryptography`` open, and vice versa.

The fixtures were written by keys.py as it was with ``cryptography``'s AESGCM and Scrypt (scrypt
now comes from hashlib, which releases the GIL); ``sleutels_cryptography_nfd.json`` has its
passphrase slot wrapped under the decomposed (NFD) form, as files from before passphrases were
normalised to NFC.
"""

from __future__ import annotations

import base64
import json
import shutil
import unicodedata
from pathlib import Path

import pytest

from skow_desk.domain.errors import DomainError
from skow_desk.store.keys import (
    KEYS_FILENAME,
    WrongPassphrase,
    change_passphrase,
    create_keys,
    unlock,
    unlock_with_recovery,
)

FIXTURES = Path(__file__).parent / "fixtures"
DATA_KEY = bytes.fromhex("5a1c0e3b9d7f2468ace013579bdf0246813579bdf02468ace13579bdf0246813")
PASSPHRASE = "Fixture wachtwoord één 2025"
RECOVERY = "K7QM-2XWP-9HTR-ZB4N-C6DV-J8SE"


def _folder(tmp_path: Path, fixture: str) -> Path:
    shutil.copy(FIXTURES / fixture, tmp_path / KEYS_FILENAME)
    return tmp_path


def test_a_key_file_written_with_cryptography_still_opens(tmp_path):
    folder = _folder(tmp_path, "sleutels_cryptography.json")
    assert unlock(folder, PASSPHRASE) == DATA_KEY
    assert unlock(folder, unicodedata.normalize("NFD", PASSPHRASE)) == DATA_KEY
    assert unlock_with_recovery(folder, RECOVERY) == DATA_KEY
    assert unlock_with_recovery(folder, RECOVERY.lower().replace("-", " ")) == DATA_KEY


def test_a_slot_wrapped_before_normalisation_opens_with_the_same_form(tmp_path):
    folder = _folder(tmp_path, "sleutels_cryptography_nfd.json")
    with pytest.raises(WrongPassphrase, match="^Het wachtwoord is onjuist.$"):
        unlock(folder, PASSPHRASE)
    assert unlock(folder, unicodedata.normalize("NFD", PASSPHRASE)) == DATA_KEY
    # Opening rewrapped the old scrypt slot under Argon2id, from the NFC form: both open now.
    assert unlock(folder, PASSPHRASE) == DATA_KEY
    assert unlock(folder, unicodedata.normalize("NFD", PASSPHRASE)) == DATA_KEY


def test_wrong_secrets_give_the_same_dutch_errors(tmp_path):
    folder = _folder(tmp_path, "sleutels_cryptography.json")
    with pytest.raises(WrongPassphrase, match="^Het wachtwoord is onjuist.$"):
        unlock(folder, PASSPHRASE + "!")
    with pytest.raises(WrongPassphrase, match="^De herstelsleutel is onjuist.$"):
        unlock_with_recovery(folder, RECOVERY.replace("K", "M"))


@pytest.mark.parametrize("change", [
    {"wrapped": ""},                             # no tag at all
    {"wrapped": "AAAA"},                         # shorter than a tag
    {"nonce": ""},                               # AESGCM refused an empty nonce
    {"nonce": base64.b64encode(b"1234567").decode()},  # and one under 8 bytes
    {"salt": "niet base64!"},
])
def test_a_damaged_slot_is_a_wrong_passphrase_not_a_crash(tmp_path, change):
    folder = _folder(tmp_path, "sleutels_cryptography.json")
    document = json.loads((folder / KEYS_FILENAME).read_text(encoding="utf-8"))
    document["passphrase"].update(change)
    (folder / KEYS_FILENAME).write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(WrongPassphrase):
        unlock(folder, PASSPHRASE)
    assert unlock_with_recovery(folder, RECOVERY) == DATA_KEY


def test_changing_an_old_files_passphrase_keeps_its_recovery_key(tmp_path):
    folder = _folder(tmp_path, "sleutels_cryptography.json")
    change_passphrase(folder, DATA_KEY, "een nieuw wachtwoord 2026")
    assert unlock(folder, "een nieuw wachtwoord 2026") == DATA_KEY
    assert unlock_with_recovery(folder, RECOVERY) == DATA_KEY
    with pytest.raises(DomainError):
        change_passphrase(folder, DATA_KEY, "kort")


def test_a_new_key_file_opens_with_cryptography(tmp_path):
    """The other way round, where ``cryptography`` is installed (on Linux keyring brings it)."""
    pytest.importorskip("cryptography")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    argon2 = pytest.importorskip("cryptography.hazmat.primitives.kdf.argon2")  # 44 and later
    keys = create_keys(tmp_path, PASSPHRASE)
    document = json.loads((tmp_path / KEYS_FILENAME).read_text(encoding="utf-8"))
    for secret, slot in ((PASSPHRASE, document["passphrase"]),
                         (keys.recovery_key.replace("-", ""), document["recovery"])):
        salt, nonce, wrapped = (base64.b64decode(slot[k]) for k in ("salt", "nonce", "wrapped"))
        kdf = slot["kdf"]  # each slot names its parameters (issue 12 item 6)
        assert kdf["naam"] == "argon2id"
        # Another implementation than the program's (argon2-cffi) derives the same key.
        key = argon2.Argon2id(salt=salt, length=32, iterations=kdf["t"], lanes=kdf["p"],
                              memory_cost=kdf["m"]).derive(secret.encode("utf-8"))
        assert AESGCM(key).decrypt(nonce, wrapped, b"skow-desk") == keys.data_key


@pytest.mark.parametrize("slot", [None, [], {"salt": None, "nonce": "x", "wrapped": "y"},
                                  {"salt": "AAAA", "nonce": "AAAA"}])
def test_a_slot_of_the_wrong_shape_is_a_damaged_file(tmp_path, slot):
    folder = _folder(tmp_path, "sleutels_cryptography.json")
    document = json.loads((folder / KEYS_FILENAME).read_text(encoding="utf-8"))
    document["passphrase"] = slot
    (folder / KEYS_FILENAME).write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DomainError, match="^Het sleutelbestand in .* is beschadigd.$"):
        unlock(folder, PASSPHRASE)
    assert unlock_with_recovery(folder, RECOVERY) == DATA_KEY
