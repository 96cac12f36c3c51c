"""Unlocking with a known passphrase while the window loads (no Qt in here).

Stretching the passphrase (Argon2id at 19 MiB, ~30 ms; an old scrypt slot ~0.4 s) needs nothing
from the window, and both KDFs release the GIL: when the passphrase is already known —
remembered in the operating system's keyring, or given in ``SKOW_DESK_PASSPHRASE`` — it runs on
a second core while Python loads Qt and builds the window, instead of after it.

Everything the thread needs is loaded with this module, by the thread that imports it (before
Qt: cli/window.py): Python code in the thread would hold the GIL the window's loading needs,
so the thread runs little more than the KDF itself, which releases it.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from skow_desk.domain.errors import DomainError
from skow_desk.store.keys import PASSPHRASE_ENV, has_keys, unlock

log = logging.getLogger(__name__)


class EarlyUnlock:
    """Looks up the known passphrase and derives the data key in a background thread."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._passphrase: str | None = None
        self._key: bytes | None = None
        self._thread = threading.Thread(target=self._run, name="skow-desk-ontgrendelen",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            if not has_keys(self.folder):
                return
            for passphrase in self._candidates(PASSPHRASE_ENV):
                if not passphrase:
                    continue
                try:
                    self._key = unlock(self.folder, passphrase)
                except DomainError as error:  # the class only: no path or name in the log
                    log.info("Een bekend wachtwoord opende de gegevens niet (%s)",
                             type(error).__name__)
                    continue  # does not fit: the next one, or the unlock dialog asks
                self._passphrase = passphrase
                return
        except Exception:  # never stops the start: the window asks for the passphrase
            log.warning("Vooraf ontgrendelen mislukt", exc_info=True)

    def _candidates(self, variable: str) -> Iterator[str | None]:
        """The environment's passphrase, then the keyring's (looked up only when needed)."""
        yield os.environ.get(variable)
        from skow_desk.gui.access import keychain

        yield keychain.stored(self.folder)

    def result(self) -> tuple[str, bytes] | None:
        """(passphrase, data key) when a known passphrase fits; waits for the thread."""
        self._thread.join()
        if self._passphrase is None or self._key is None:
            return None
        return self._passphrase, self._key
