"""The database key, wrapped by the passphrase and by a recovery key (like LUKS key slots).

The database is encrypted by SQLCipher with a random 256-bit key. That key is stored in
``sleutels.json`` twice, each copy encrypted (AES-256-GCM, 12-byte nonce, the 16-byte tag after
the ciphertext) under a key derived from the secret: once from the passphrase, once from the
recovery key shown at setup. New slots derive it with Argon2id at the OWASP minimum (m=19 MiB,
t=2, p=1; ~30 ms, where scrypt at N=2^17 took ~0.4 s of every start). Each slot names its
parameters; a slot made with scrypt (N=2^17 since version 2, N=2^15 before, with no ``kdf``
in the slot) keeps opening and is rewrapped with Argon2id at the next unlock.
Changing the passphrase rewraps the key (or, with :func:`new_key_document`, replaces it: see
store/rekey.py); forgetting it is survivable only with the recovery key.

Argon2id comes from argon2-cffi and scrypt from hashlib (OpenSSL); both release the GIL, so the
window can load Qt while a known passphrase is stretched (gui/access/early_unlock.py). AES-GCM
comes from ``cryptography``. Both libraries load with this module, not inside the functions:
every user of it wraps or unwraps a key, and the window loads it before Qt, on its own thread,
so that the unlocking thread holds the GIL for nothing but the KDF's own few lines.
tests/unit/security/test_keys_format.py opens key files from earlier versions.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from skow_desk.domain.errors import DomainError

KEYS_FILENAME = "sleutels.json"
PASSPHRASE_ENV = "SKOW_DESK_PASSPHRASE"
"""The environment variable that may hold the passphrase (scripts, the CLI, benchmarks)."""
PENDING_FILENAME = "sleutels.nieuw.json"
"""A new key document while the data key is being replaced (store/rekey.py)."""


@dataclass(frozen=True)
class ScryptParams:
    """scrypt's cost parameters as stored in a key slot."""

    n: int
    r: int = 8
    p: int = 1

    @property
    def cost(self) -> int:
        return self.n * self.r * self.p

    def as_dict(self) -> dict[str, object]:
        return {"naam": "scrypt", "n": self.n, "r": self.r, "p": self.p}


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id's cost parameters as stored in a key slot: memory in KiB, passes, lanes."""

    m: int
    t: int
    p: int = 1

    def as_dict(self) -> dict[str, object]:
        return {"naam": "argon2id", "m": self.m, "t": self.t, "p": self.p}


KdfParams = ScryptParams | Argon2Params

LEGACY_PARAMS = ScryptParams(2**15)
"""What key files before version 2 used (no ``kdf`` in the slot)."""
OWASP_ARGON2ID = Argon2Params(m=19 * 1024, t=2, p=1)
"""The OWASP Password Storage Cheat Sheet's minimum for Argon2id: 19 MiB, 2 passes, 1 lane."""
TARGET_PARAMS: KdfParams = OWASP_ARGON2ID
"""What new slots get; scrypt slots and weaker Argon2id slots are rewrapped at the next unlock.
The test suite lowers this (tests/conftest.py) to keep thousands of unlocks quick."""
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
    from skow_desk.domain.passphrase_strength import strength_problem

    return strength_problem(passphrase)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(secret: str, salt: bytes, params: KdfParams = LEGACY_PARAMS) -> bytes:
    if isinstance(params, Argon2Params):
        if len(salt) < 8:  # a damaged slot (Argon2 refuses it): like a wrong tag, ValueError
            raise ValueError("salt too short")
        # Any other failure (no memory) is not a wrong passphrase: it is raised as it is.
        return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=params.t,
                               memory_cost=params.m, parallelism=params.p, hash_len=32,
                               type=Type.ID)
    # OpenSSL refuses scrypt above 32 MiB unless told; it needs 128·r·N bytes and a bit.
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=params.n, r=params.r,
                          p=params.p, maxmem=2 * 128 * params.r * params.n * params.p + (1 << 20),
                          dklen=32)


def _ints(stored: dict[str, object], *names: str) -> list[int]:
    values: list[int] = []
    for name in names:
        value = stored.get(name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError("bad kdf parameters")
        values.append(value)
    return values


def _params(slot: dict[str, object]) -> KdfParams:
    """The slot's KDF parameters (none stored: the old scrypt ones), within sane bounds so a
    crafted file cannot ask for gigabytes; ValueError when they are not."""
    stored = slot.get("kdf")
    if stored is None:
        return LEGACY_PARAMS
    if not isinstance(stored, dict):
        raise ValueError("unknown kdf")
    if stored.get("naam") == "argon2id":
        m, t, p = _ints(stored, "m", "t", "p")
        # Argon2 needs 8 KiB per lane; at most 1 GiB and 16 passes.
        if not (1 <= p <= 4 and 8 * p <= m <= 2**20 and 1 <= t <= 16):
            raise ValueError("kdf parameters out of bounds")
        return Argon2Params(m, t, p)
    if stored.get("naam") != "scrypt":
        raise ValueError("unknown kdf")
    n, r, p = _ints(stored, "n", "r", "p")
    if not (2**14 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 4):
        raise ValueError("kdf parameters out of bounds")
    return ScryptParams(n, r, p)


def _encrypt(key: bytes, nonce: bytes, plaintext: bytes) -> bytes:
    """AES-256-GCM: the ciphertext, then the 16-byte tag."""
    return AESGCM(key).encrypt(nonce, plaintext, _ASSOCIATED_DATA)


def _decrypt(key: bytes, nonce: bytes, wrapped: bytes) -> bytes:
    """The inverse of :func:`_encrypt`; ValueError when the key or the data is wrong."""
    try:
        return AESGCM(key).decrypt(nonce, wrapped, _ASSOCIATED_DATA)
    except InvalidTag:
        raise ValueError("wrong key or damaged key slot") from None


def _wrap(secret: str, data_key: bytes) -> dict[str, object]:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    params = TARGET_PARAMS
    # NFC: "é" typed on one keyboard may arrive as e + accent from another (macOS, IMEs).
    key = _derive(unicodedata.normalize("NFC", secret), salt, params)
    wrapped = _encrypt(key, nonce, data_key)
    return {"kdf": params.as_dict(), "salt": _b64(salt), "nonce": _b64(nonce),
            "wrapped": _b64(wrapped)}


def _unwrap(secret: str, slot: dict[str, object]) -> bytes:
    normalised = unicodedata.normalize("NFC", secret)
    # The raw form too: key files wrapped before passphrases were normalised.
    for attempt in dict.fromkeys((normalised, secret)):
        try:
            key = _derive(attempt, _unb64(str(slot["salt"])), _params(slot))
            return _decrypt(key, _unb64(str(slot["nonce"])), _unb64(str(slot["wrapped"])))
        except (KeyError, ValueError, TypeError):  # ValueError: also a wrong tag
            continue
    raise WrongPassphrase("Het wachtwoord is onjuist.")


def _is_weak(slot: dict[str, object]) -> bool:
    """Whether the slot should be rewrapped under :data:`TARGET_PARAMS`: a scrypt slot when
    the target is Argon2id, or a slot of the target's kind with lower costs."""
    try:
        params = _params(slot)
    except ValueError:
        return False
    target = TARGET_PARAMS
    if isinstance(target, Argon2Params):
        return not isinstance(params, Argon2Params) or params.m < target.m or params.t < target.t
    return isinstance(params, ScryptParams) and params.cost < target.cost


def normalise_recovery_key(text: str) -> str:
    """Upper-case, without spaces or dashes, so it may be typed any way."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _new_recovery_key() -> str:
    raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(24))
    return "-".join(raw[i : i + 4] for i in range(0, 24, 4))


def keys_path(folder: Path) -> Path:
    return folder / KEYS_FILENAME


def _write(folder: Path, document: dict[str, object], name: str = KEYS_FILENAME) -> None:
    from skow_desk.store.permissions import private_file, private_folder

    folder.mkdir(parents=True, exist_ok=True)
    private_folder(folder)
    target = folder / name
    temporary = target.with_suffix(".tmp")
    # Created 0600 on POSIX: the key file is nobody else's business (issue 12 item 10).
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(descriptor, "w", encoding="utf-8") as handle:
        json.dump(document, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    private_file(temporary)
    os.replace(temporary, target)


def _read(folder: Path, name: str = KEYS_FILENAME) -> dict[str, dict[str, object]]:
    try:
        document = json.loads((folder / name).read_text(encoding="utf-8"))
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


def new_key_document(passphrase: str) -> tuple[dict[str, object], NewKeys]:
    """A new database key and recovery key, and the key document that wraps them."""
    problem = passphrase_problem(passphrase)
    if problem:
        raise DomainError(problem)
    data_key = secrets.token_bytes(32)
    recovery = _new_recovery_key()
    document: dict[str, object] = {
        "versie": 2,
        "passphrase": _wrap(passphrase, data_key),
        "recovery": _wrap(normalise_recovery_key(recovery), data_key),
    }
    return document, NewKeys(data_key, recovery)


def create_keys(folder: Path, passphrase: str) -> NewKeys:
    """Make a new database key and store it wrapped by the passphrase and a recovery key."""
    document, keys = new_key_document(passphrase)
    _write(folder, document)
    return keys


_SLOT_FIELDS = ("salt", "nonce", "wrapped")


def _slot(folder: Path, name: str, file: str = KEYS_FILENAME) -> dict[str, object]:
    """One key slot of the file, checked for shape: a damaged file is said to be damaged,
    not taken for a wrong passphrase."""
    slot = _read(folder, file).get(name)
    if not isinstance(slot, dict) or not all(isinstance(slot.get(f), str) for f in _SLOT_FIELDS):
        raise DomainError(f"Het sleutelbestand in '{folder}' is beschadigd.")
    return slot


def _upgrade(folder: Path, name: str, secret: str, data_key: bytes, file: str,
             used: dict[str, object]) -> None:
    """Rewrap the slot ``used`` (made with scrypt or weaker parameters) under the current ones.
    Best effort: a read-only folder, or a file changed meanwhile (another window changed the
    passphrase), leaves it as it was, and it opens as before."""
    try:
        document: dict[str, object] = dict(_read(folder, file))
        if document.get(name) != used:
            return
        document[name] = _wrap(secret, data_key)
        document["versie"] = 2
        _write(folder, document, file)
    except (OSError, DomainError):
        return


def unlock(folder: Path, passphrase: str, file: str = KEYS_FILENAME) -> bytes:
    """The database key, opened with the passphrase (a weak old slot is rewrapped)."""
    slot = _slot(folder, "passphrase", file)
    key = _unwrap(passphrase, slot)
    if _is_weak(slot):
        _upgrade(folder, "passphrase", passphrase, key, file, slot)
    return key


def unlock_with_recovery(folder: Path, recovery_key: str, file: str = KEYS_FILENAME) -> bytes:
    """The database key, opened with the recovery key."""
    secret = normalise_recovery_key(recovery_key)
    slot = _slot(folder, "recovery", file)
    try:
        key = _unwrap(secret, slot)
    except WrongPassphrase:
        raise WrongPassphrase("De herstelsleutel is onjuist.") from None
    if _is_weak(slot):
        _upgrade(folder, "recovery", secret, key, file, slot)
    return key


def passphrase_slot(folder: Path) -> dict[str, object] | None:
    """The passphrase slot as it is now, to keep in memory (``None`` when unreadable)."""
    try:
        return dict(_slot(folder, "passphrase"))
    except DomainError:
        return None


def verify_passphrase(folder: Path, passphrase: str, data_key: bytes,
                      remembered: dict[str, object] | None = None) -> None:
    """Prove ``passphrase`` against the key in memory (the lock screen).

    The key file only supplies salts: whatever it unwraps must equal ``data_key``, the key the
    open database was proven with, so a key file swapped for one with another passphrase opens
    nothing. ``remembered`` is the slot read when the data was opened, so a deleted or swapped
    file does not lock the director out. Raises :class:`WrongPassphrase`.
    """
    slots = [remembered] if remembered is not None else []
    with contextlib.suppress(DomainError):
        slots.append(_slot(folder, "passphrase"))
    for slot in slots:
        try:
            candidate = _unwrap(passphrase, slot)
        except WrongPassphrase:
            continue
        if hmac.compare_digest(candidate, data_key):
            return
    raise WrongPassphrase("Het wachtwoord is onjuist.")


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
