"""The database key, wrapped by the passphrase and by a recovery key (like LUKS key slots).

The database is encrypted by SQLCipher with a random 256-bit key. That key is stored in
``sleutels.json`` twice, each copy encrypted (AES-256-GCM, 12-byte nonce, the 16-byte tag after
the ciphertext) under a key derived with scrypt (N=2^15, r=8, p=1): once from the passphrase,
once from the recovery key shown at setup. Changing the passphrase rewraps the key; forgetting
it is survivable only with the recovery key.

scrypt comes from hashlib (OpenSSL; it releases the GIL, so the window can load Qt while a known
passphrase is stretched), AES-GCM from ``cryptography`` (loaded only when a key is wrapped or
unwrapped). tests/unit/security/test_keys_format.py opens key files from earlier versions.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from skow_desk.domain.errors import DomainError

KEYS_FILENAME = "sleutels.json"
PASSPHRASE_ENV = "SKOW_DESK_PASSPHRASE"
"""The environment variable that may hold the passphrase (scripts, the CLI, benchmarks)."""
SCRYPT_N = 2**15
SCRYPT_R = 8
# OpenSSL refuses scrypt above 32 MiB unless told; N=2^15, r=8 needs 128·r·N = 32 MiB and a bit.
_SCRYPT_MAXMEM = 2 * 128 * SCRYPT_R * SCRYPT_N
_ASSOCIATED_DATA = b"skow-desk"
MIN_PASSPHRASE_LENGTH = 10
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class WrongPassphrase(DomainError):
    """The passphrase (or recovery key) does not open the data."""


@dataclass(frozen=True)
class NewKeys:
    """What setup produces: the database key and the recovery key to show once."""

    data_key: bytes
    recovery_key: str


def passphrase_problem(passphrase: str) -> str | None:
    """A Dutch sentence saying why a passphrase is too weak, or ``None`` when it will do."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return f"Kies een wachtwoord van minstens {MIN_PASSPHRASE_LENGTH} tekens."
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:  # e.g. undecodable bytes in SKOW_DESK_PASSPHRASE
        return "Het wachtwoord bevat tekens die niet kunnen worden gebruikt; typ het opnieuw."
    if len(set(passphrase.lower())) < 5:
        return "Dit wachtwoord is te eenvoudig: gebruik meer verschillende tekens of woorden."
    lowered = passphrase.lower()
    for weak in ("wachtwoord", "password", "welkom", "1234567890", "qwerty", "skow"):
        if weak in lowered and len(passphrase) < len(weak) + 6:
            return "Dit wachtwoord is te voor de hand liggend; kies een zin van een paar woorden."
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=1,
                          maxmem=_SCRYPT_MAXMEM, dklen=32)


def _encrypt(key: bytes, nonce: bytes, plaintext: bytes) -> bytes:
    """AES-256-GCM: the ciphertext, then the 16-byte tag."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key).encrypt(nonce, plaintext, _ASSOCIATED_DATA)


def _decrypt(key: bytes, nonce: bytes, wrapped: bytes) -> bytes:
    """The inverse of :func:`_encrypt`; ValueError when the key or the data is wrong."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, wrapped, _ASSOCIATED_DATA)
    except InvalidTag:
        raise ValueError("wrong key or damaged key slot") from None


def _wrap(secret: str, data_key: bytes) -> dict[str, str]:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    # NFC: "é" typed on one keyboard may arrive as e + accent from another (macOS, IMEs).
    key = _derive(unicodedata.normalize("NFC", secret), salt)
    wrapped = _encrypt(key, nonce, data_key)
    return {"salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _unwrap(secret: str, slot: dict[str, str]) -> bytes:
    normalised = unicodedata.normalize("NFC", secret)
    # The raw form too: key files wrapped before passphrases were normalised.
    for attempt in dict.fromkeys((normalised, secret)):
        try:
            key = _derive(attempt, _unb64(slot["salt"]))
            return _decrypt(key, _unb64(slot["nonce"]), _unb64(slot["wrapped"]))
        except (KeyError, ValueError, TypeError):  # ValueError: also a wrong tag
            continue
    raise WrongPassphrase("Het wachtwoord is onjuist.")


def normalise_recovery_key(text: str) -> str:
    """Upper-case, without spaces or dashes, so it may be typed any way."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _new_recovery_key() -> str:
    raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(24))
    return "-".join(raw[i : i + 4] for i in range(0, 24, 4))


def keys_path(folder: Path) -> Path:
    return folder / KEYS_FILENAME


def _write(folder: Path, document: dict[str, object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    target = keys_path(folder)
    temporary = target.with_suffix(".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)


def _read(folder: Path) -> dict[str, dict[str, str]]:
    try:
        document = json.loads(keys_path(folder).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DomainError(
            f"In '{folder}' ontbreekt het sleutelbestand {KEYS_FILENAME}; zonder dat bestand "
            "kan de database niet worden geopend."
        ) from None
    except (OSError, ValueError):
        raise DomainError(f"Het sleutelbestand in '{folder}' is beschadigd.") from None
    if not isinstance(document, dict):
        raise DomainError(f"Het sleutelbestand in '{folder}' is beschadigd.")
    return document


def create_keys(folder: Path, passphrase: str) -> NewKeys:
    """Make a new database key and store it wrapped by the passphrase and a recovery key."""
    problem = passphrase_problem(passphrase)
    if problem:
        raise DomainError(problem)
    data_key = secrets.token_bytes(32)
    recovery = _new_recovery_key()
    _write(
        folder,
        {
            "versie": 1,
            "passphrase": _wrap(passphrase, data_key),
            "recovery": _wrap(normalise_recovery_key(recovery), data_key),
        },
    )
    return NewKeys(data_key, recovery)


_SLOT_FIELDS = ("salt", "nonce", "wrapped")


def _slot(folder: Path, name: str) -> dict[str, str]:
    """One key slot of the file, checked for shape: a damaged file is said to be damaged,
    not taken for a wrong passphrase."""
    slot = _read(folder).get(name)
    if not isinstance(slot, dict) or not all(isinstance(slot.get(f), str) for f in _SLOT_FIELDS):
        raise DomainError(f"Het sleutelbestand in '{folder}' is beschadigd.")
    return slot


def unlock(folder: Path, passphrase: str) -> bytes:
    """The database key, opened with the passphrase."""
    return _unwrap(passphrase, _slot(folder, "passphrase"))


def unlock_with_recovery(folder: Path, recovery_key: str) -> bytes:
    """The database key, opened with the recovery key."""
    try:
        return _unwrap(normalise_recovery_key(recovery_key), _slot(folder, "recovery"))
    except WrongPassphrase:
        raise WrongPassphrase("De herstelsleutel is onjuist.") from None


def change_passphrase(folder: Path, data_key: bytes, new_passphrase: str) -> None:
    """Rewrap the database key under a new passphrase; the recovery key stays valid."""
    problem = passphrase_problem(new_passphrase)
    if problem:
        raise DomainError(problem)
    document: dict[str, object] = dict(_read(folder))
    document["passphrase"] = _wrap(new_passphrase, data_key)
    _write(folder, document)


def has_keys(folder: Path) -> bool:
    return keys_path(folder).exists()
