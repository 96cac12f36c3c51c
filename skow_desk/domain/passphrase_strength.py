"""How strong a new passphrase is: zxcvbn (Dropbox's estimator) taught Dutch words.

zxcvbn knows English words, names, keyboard walks, dates, repeats and sequences; the Dutch
words come from pyspellchecker's Dutch word-frequency list (the 40,000 most common words,
most common first), plus the words a guesser would try first for this program. A passphrase
must need at least 10^10 guesses (zxcvbn score 4): with Argon2id at the OWASP minimum (19 MiB
per guess, ~30 ms) that is about ten years per core. Loaded on the first check only (~0.3 s),
never at start-up.
"""

from __future__ import annotations

import functools
import gzip
import json
from pathlib import Path
from typing import Any

MIN_GUESSES_LOG10 = 10.0
_DUTCH_WORDS = 40_000
_MAX_CHECKED = 100  # zxcvbn slows down on very long input; the first 100 characters decide
_PROGRAM_WORDS = ("skow", "skowdesk", "desk", "stichting", "school", "basisschool",
                  "directeur", "directie", "sociale", "media", "protocol", "melding",
                  "leerling", "ouders", "katholiek", "onderwijs", "wachtwoord", "welkom",
                  "geheim", "inloggen", "zomer", "winter")


def _dutch_words() -> list[str]:
    import spellchecker

    path = Path(spellchecker.__file__).parent / "resources" / "nl.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        frequencies: dict[str, int] = json.load(handle)
    ranked = sorted(frequencies.items(), key=lambda item: -item[1])
    return [word for word, _count in ranked if word.isalpha() and len(word) > 2][:_DUTCH_WORDS]


@functools.cache
def _estimator() -> Any:
    import zxcvbn
    from zxcvbn import matching

    matching.add_frequency_lists({"nederlands": _dutch_words(),
                                  "skow_desk": list(_PROGRAM_WORDS)})
    return zxcvbn.zxcvbn


def guesses_log10(passphrase: str) -> float:
    """zxcvbn's estimate of the guesses needed, as a power of ten."""
    result = _estimator()(passphrase[:_MAX_CHECKED])
    return float(result["guesses_log10"])


def strength_problem(passphrase: str) -> str | None:
    """A Dutch sentence when the passphrase is too easy to guess, else ``None``."""
    if guesses_log10(passphrase) >= MIN_GUESSES_LOG10:
        return None
    return ("Dit wachtwoord is te makkelijk te raden (een bekend woord, een reeks of een "
            "herhaling). Kies een zin van vier of meer gewone woorden.")
