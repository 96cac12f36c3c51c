"""'Onthoud op deze computer': the passphrase in the operating system's keyring.

Only offered when the ``keyring`` library finds a real, secure backend (Windows Credential
Manager, macOS Keychain, Secret Service); otherwise the option is hidden. Every call is
guarded: a keyring that fails never stops the director from typing the passphrase.
"""

from __future__ import annotations

import logging
from pathlib import Path

SERVICE = "SKOW Desk"
ENABLED = True  # tests switch this off so they never touch a real keyring
log = logging.getLogger(__name__)
_usable: bool | None = None


def usable() -> bool:
    """Whether a secure keyring backend is available (checked once)."""
    global _usable
    if not ENABLED:
        return False
    if _usable is None:
        try:
            import keyring
            from keyring.backends import fail

            backend = keyring.get_keyring()
            chained = getattr(backend, "backends", None)
            candidates = [b for b in (chained if chained is not None else [backend])
                          if not isinstance(b, fail.Keyring)]
            # A chain stores in its highest-priority backend: that one must be secure.
            candidates.sort(key=lambda b: getattr(b, "priority", 0), reverse=True)
            _usable = bool(candidates) and _secure(candidates[0])
            if _usable:
                log.info("Sleutelbos: %s", type(candidates[0]).__name__)
            else:
                log.warning("Geen veilige sleutelbos gevonden (%s): 'Onthoud op deze computer' "
                            "wordt niet aangeboden", type(backend).__name__)
        except Exception:  # any failure: hide the option, and say why in the log
            log.warning("Sleutelbos kan niet worden geladen: 'Onthoud op deze computer' wordt "
                        "niet aangeboden", exc_info=True)
            _usable = False
    return _usable


def _secure(backend: object) -> bool:
    """Not the null or failing backend, and not a file: keyrings.alt's plaintext backend
    keeps the passphrase base64-encoded, readable by anyone who can read the home folder."""
    module, name = type(backend).__module__, type(backend).__name__.lower()
    return (getattr(backend, "priority", 0) > 0
            and module.split(".")[-1] not in ("null", "fail")
            and not module.startswith("keyrings.alt") and "plaintext" not in name)


def _user(folder: Path) -> str:
    return str(folder.resolve())


def stored(folder: Path) -> str | None:
    """The remembered passphrase for this data folder, if any."""
    if not usable():
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, _user(folder))
    except Exception:
        log.warning("Sleutelbos niet bereikbaar", exc_info=True)
        return None


def remember(folder: Path, passphrase: str) -> None:
    """Remember the passphrase for this folder."""
    if not usable():
        return
    try:
        import keyring

        keyring.set_password(SERVICE, _user(folder), passphrase)
    except Exception:
        log.warning("Wachtwoord niet bewaard in de sleutelbos", exc_info=True)


def forget(folder: Path) -> None:
    """Forget a remembered passphrase (when unticked, or after a new passphrase was set)."""
    if not usable():
        return
    try:
        import keyring

        if keyring.get_password(SERVICE, _user(folder)) is not None:
            keyring.delete_password(SERVICE, _user(folder))
    except Exception:
        log.warning("Wachtwoord niet verwijderd uit de sleutelbos", exc_info=True)
