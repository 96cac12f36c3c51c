"""Dutch personal names as letters write them (Taalunie, Netherlands usage).

The one rule that matters most: a tussenvoegsel ("van der", "de") is written in lower case when a
first name, initial or other name part stands before it ("J. van der Berg"), and takes a capital
when nothing does ("Geachte heer Van der Berg,"). Elided forms ('t, d') stay lower case always
("meneer 't Hart"). Whatever the registry wrote otherwise ("Isabel Da Silva") is kept as entered.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from skow_desk.domain.enums import Salutation

Guardian = tuple[Salutation | None, str, str, str]
"""(salutation, infix, last name, first name) of one addressee."""

_APOSTROPHES = "'’‘`"
_WORD_SPLIT = re.compile(r"[\s\-]+")
_INITIAL_SPLIT = re.compile(r"[.\s]+")
_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})

_TITLE_IN_ADDRESS = {Salutation.MR: "De heer", Salutation.MRS: "Mevrouw"}
_WORD_IN_SALUTATION = {Salutation.MR: "heer", Salutation.MRS: "mevrouw"}
_PLURAL_IN_SALUTATION = {Salutation.MR: "heren", Salutation.MRS: "dames"}


def _clean(text: str) -> str:
    return " ".join(text.split())


def capitalise_first(text: str) -> str:
    """Capital on the first letter, unless the name starts with an elided 't or d'."""
    text = _clean(text)
    if not text or text[0] in _APOSTROPHES or text[:2].lower() in ("d'", "d’"):
        return text
    return text[0].upper() + text[1:]


def _join_name(infix: str, last_name: str) -> str:
    """Tussenvoegsel and last name; an elided one is joined without a space ("d'Ancona")."""
    infix, last = _clean(infix), _clean(last_name)
    if infix and infix[-1] in _APOSTROPHES:
        return f"{infix}{last}"
    return _clean(f"{infix} {last}")


def surname(infix: str, last_name: str, *, leading: bool) -> str:
    """``"van der", "Berg"`` → ``"van der Berg"``, or ``"Van der Berg"`` when ``leading``.

    An elided tussenvoegsel takes no space: ``"d'", "Ancona"`` → ``"d'Ancona"``.
    """
    combined = _join_name(infix, last_name)
    return capitalise_first(combined) if leading else combined


def initials_of(first_names: str) -> str:
    """``"Anna Maria"`` → ``"A.M."``; ``"Jan-Willem"`` → ``"J.W."``; ``"IJsbrand"`` → ``"IJ."``."""
    result = []
    for word in _WORD_SPLIT.split(first_names.strip()):
        if not word:
            continue
        letter = "IJ" if word.startswith("IJ") else word[0].upper()
        result.append(f"{letter}.")
    return "".join(result)


def normalise_initials(text: str) -> str:
    """Initials as entered (``"am"``, ``"A M"``, ``"a.m"``) → ``"A.M."``; keeps ``"Th."``."""
    text = text.strip()
    if not text:
        return ""
    if "." in text:
        tokens = [t for t in _INITIAL_SPLIT.split(text) if t]
        parts = [t.upper() if len(t) == 1 or t.upper() == "IJ" else capitalise_first(t)
                 for t in tokens]
    else:
        parts = []
        for token in _WORD_SPLIT.split(text):
            if token.upper() == "IJ":
                parts.append("IJ")
            else:
                parts.extend(ch.upper() for ch in token if ch.isalpha())
    return "".join(f"{p}." for p in parts if p)


def full_name(first_name: str, infix: str, last_name: str) -> str:
    """``"Jan", "van der", "Berg"`` → ``"Jan van der Berg"``; no first name → ``"Van der Berg"``."""
    first = _clean(first_name)
    if not first:
        return surname(infix, last_name, leading=True)
    return f"{first} {surname(infix, last_name, leading=False)}".strip()


def address_name(
    salutation: Salutation | None,
    initials: str,
    infix: str,
    last_name: str,
    first_name: str = "",
) -> str:
    """The name line of an address: ``"De heer J. van der Berg"``, ``"Mevrouw A. Yılmaz"``.

    Initials fall back to those of the first name; unknown salutation gives ``"J. van der Berg"``.
    """
    letters = normalise_initials(initials) or initials_of(first_name)
    name = (
        f"{letters} {surname(infix, last_name, leading=False)}"
        if letters
        else surname(infix, last_name, leading=True)
    )
    if salutation is None:
        return name.strip()
    return f"{_TITLE_IN_ADDRESS[salutation]} {name}".strip()


def _salutation_part(salutation: Salutation | None, infix: str, last: str, first: str) -> str:
    """One addressee inside "Geachte …,": ``"heer Van der Berg"`` or neutral ``"Sam van Dijk"``."""
    if salutation is not None:
        return f"{_WORD_IN_SALUTATION[salutation]} {surname(infix, last, leading=True)}".strip()
    if _clean(first):
        return full_name(first, infix, last)
    return f"heer/mevrouw {surname(infix, last, leading=True)}".strip()


def salutation_line(
    salutation: Salutation | None, infix: str, last_name: str, first_name: str = ""
) -> str:
    """``"Geachte heer Van der Berg,"``; unknown salutation: ``"Geachte Sam van Dijk,"``.

    Without salutation and first name the last resort is ``"Geachte heer/mevrouw Van Dijk,"``.
    """
    return f"Geachte {_salutation_part(salutation, infix, last_name, first_name)},"


def _join_dutch(parts: Sequence[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return f"{', '.join(parts[:-1])} en {parts[-1]}"


def guardians_salutation(guardians: Sequence[Guardian]) -> str:
    """One salutation for several addressees at one address (parents/guardians).

    Same surname: ``"Geachte heer en mevrouw Yılmaz,"``; otherwise each by name:
    ``"Geachte heer Jansen en mevrouw De Vries,"``.
    """
    if not guardians:
        return "Geachte ouders/verzorgers,"
    if len(guardians) == 1:
        return salutation_line(*guardians[0])
    surnames = {fold(f"{infix} {last}") for _, infix, last, _ in guardians}
    salutations = [s for s, _, _, _ in guardians]
    if len(surnames) == 1 and None not in salutations:
        shared = surname(guardians[0][1], guardians[0][2], leading=True)
        known = [s for s in salutations if s is not None]
        if len(set(known)) == 1:
            return f"Geachte {_PLURAL_IN_SALUTATION[known[0]]} {shared},"
        words = [_WORD_IN_SALUTATION[s] for s in sorted(known, key=lambda s: s is Salutation.MRS)]
        return f"Geachte {_join_dutch(words)} {shared},"
    parts = [_salutation_part(*g) for g in guardians]
    return f"Geachte {_join_dutch(parts)},"


def fold(text: str) -> str:
    """Case- and accent-free form for sorting and comparing ("Öztürk" ~ "ozturk")."""
    decomposed = unicodedata.normalize("NFKD", _clean(text).casefold().translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_FOLD)


_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=65_536)
def dutch_order(text: str | None) -> str | None:
    """The text as a Dutch reader sorts it: Ö with O, Ş with S, Ł with L, case ignored, and
    numbers by value (kenmerk ``…-034`` before ``…-3018``).

    The database sorts with it too (SQL function ``nl_sort``, registered on every connection
    in :mod:`skow_desk.store.connection`), so lists sorted in SQL and in the window agree.
    """
    return None if text is None else _NUMBER.sub(lambda m: m.group().zfill(10), fold(text))


def sort_key(infix: str, last_name: str, first_name: str) -> tuple[str, str, str]:
    """Dutch list order: by last name without tussenvoegsel ("Berg, Jan van der")."""
    return (fold(last_name), fold(first_name), fold(infix))


_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in", "op",
                        "la", "le", "du", "da", "di", "del", "von", "zu", "'s", "uit"})


def split_typed_name(text: str) -> tuple[str, str, str]:
    """(first name, tussenvoegsel, last name) of a name as typed in a search box.

    ``"Jan van der Berg"`` → ``("Jan", "van der", "Berg")``; ``"Berg, Jan van der"`` likewise;
    one word is taken as the first name (the last name is asked next).
    """
    if "," in text:
        last, _comma, rest = text.partition(",")
        words = rest.split()
        infix = [w for w in words if w.lower() in _PARTICLES]
        first = [w for w in words if w.lower() not in _PARTICLES]
        return " ".join(first), " ".join(infix), _clean(last)
    words = text.split()
    if len(words) <= 1:
        return (words[0] if words else ""), "", ""
    start = next((i for i, w in enumerate(words[1:], 1) if w.lower() in _PARTICLES), None)
    if start is None:
        return " ".join(words[:-1]), "", words[-1]
    end = start
    while end < len(words) - 1 and words[end].lower() in _PARTICLES:
        end += 1
    return " ".join(words[:start]), " ".join(words[start:end]), " ".join(words[end:])


def list_name(infix: str, last_name: str, first_name: str) -> str:
    """The name as a sorted list shows it: ``"Berg, Jan van der"``."""
    tail = _clean(f"{first_name} {infix}")
    last = _clean(last_name)
    return f"{last}, {tail}" if tail else last
