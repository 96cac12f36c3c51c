"""The "feiten voor de brief": an incident's facts without the names of the other people in it.

The internal description of a melding names whoever the director wrote down ("een filmpje van
Lotte de Vries, gemeld door haar moeder"). A letter to the causer's parents, or a note in the
causer's dossier, may not: other children and staff are named by their part instead ("een
medeleerling", "een medewerker", "een ouder") and who reported it never appears (AVG art. 5 lid 1
onder c, minimale gegevensverwerking).

:func:`redact` finds a person in every form a director writes them: full name, first name only,
surname with or without its tussenvoegsel ("de Vries", "De Vries"), initials ("L. de Vries"),
with a title ("juf Jansen", "mevrouw Yılmaz"), elided forms written with or without a space
("d'Ancona", "d' Ancona", "d’Ancona"), without accents ("Cagla Yilmaz") and possessive forms
("Lotte's filmpje", "Lottes filmpje", "Thomas' bericht" → "het filmpje van een medeleerling").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from skow_desk.domain.enums import Role
from skow_desk.domain.names import fold

_NOUN = {Role.PUPIL: "medeleerling", Role.STAFF: "medewerker", Role.PARENT: "ouder",
         Role.OTHER: "betrokkene"}
_ORDINAL = ("", "andere ", "derde ", "vierde ", "vijfde ")
REPORTER_WORD = "iemand"
"""What a reporter known only by the free-text "gemeld door" becomes."""

# Titles a director puts before a name; they go together with it.
_TITLES = ("de heer", "mevrouw", "meneer", "mevr.", "mevr", "mw.", "dhr.", "dhr", "juf",
           "juffrouw", "meester", "mr.", "mentor", "leerling", "moeder", "vader")
_INFIXES = frozenset({"van", "de", "der", "den", "het", "ten", "ter", "te", "in", "'t", "’t",
                      "d'", "d’", "la", "le", "el", "al", "da", "dos", "du", "von", "op", "uit"})
# Words that are names' parts but also ordinary Dutch or English words in a description: as a
# name on their own they would blank out ordinary text ("de Bruin" stays a name, "bruin" alone
# does not). Only used for a surname or first name that stands alone.
_COMMON = frozenset({"de", "van", "het", "een", "en", "in", "op", "bij", "maar", "wit", "zwart",
                     "bruin", "groen", "klein", "groot", "lang", "kort", "jong", "oud", "mei",
                     "april", "juni", "juli", "post", "story", "video", "foto", "school",
                     "mies", "meer", "ook", "wel", "dag", "zon", "roos"})
# Who reports, without a name: never taken for one in a free-text "gemeld door".
_ROLE_WORDS = frozenset({
    "leerkracht", "groepsleerkracht", "mentor", "docent", "conciërge", "concierge", "ouder",
    "ouders", "moeder", "vader", "oma", "opa", "klasgenoot", "leerling", "medeleerling",
    "medewerker", "collega", "directeur", "directie", "intern", "begeleider", "ib'er",
    "politie", "wijkagent", "anoniem", "anonieme", "melder", "buurman", "buurvrouw", "tante",
    "oom", "broer", "zus", "vriend", "vriendin", "onbekend", "school", "groep", "klas"})
# Nouns that take "het" (a diminutive always does); the rest take "de".
_HET_NOUNS = frozenset({"account", "adres", "bericht", "profiel", "nummer", "gesprek",
                        "verhaal", "kanaal", "gezicht", "huis", "wachtwoord", "telefoonnummer",
                        "e-mailadres", "commentaar", "antwoord", "lichaam", "hoofd", "werk",
                        "rapport", "cijfer", "dagboek", "feest"})
_APOSTROPHE = "['’`]"


@dataclass(frozen=True)
class OtherPerson:
    """Someone in the incident who is not the letter's subject, named by their part."""

    first_name: str
    infix: str
    last_name: str
    initials: str = ""
    role: Role = Role.OTHER
    reporter: bool = False
    """Only the reporter (melder) of the incident: never named, not even by their part."""


def part_word(role: Role, index: int = 0, *, known: bool = False) -> str:
    """``"een medeleerling"``; the second pupil ``"een andere medeleerling"``; ``known``: "de"."""
    article = "de" if known else "een"
    return f"{article} {_ORDINAL[min(index, len(_ORDINAL) - 1)]}{_NOUN[role]}"


def _letter_class(ch: str) -> str:
    """A regex class for one letter that also matches it in the other case and unaccented."""
    if ch in "'’`":
        return _APOSTROPHE
    if ch.isspace():
        return r"\s+"
    forms = {ch, ch.lower(), ch.upper(), fold(ch), fold(ch).upper()}
    if ch in "iIıİ":
        forms |= {"i", "I", "ı", "İ"}
    forms = {f for f in forms if len(f) == 1}
    if len(forms) == 1:
        return re.escape(ch)
    return "[" + "".join(re.escape(f) for f in sorted(forms)) + "]"


def _pattern(text: str) -> str:
    """A regex for ``text`` written in any case, with or without accents; an elided "d'"
    matches with or without a space after it."""
    text = " ".join(text.split())
    out = []
    for index, ch in enumerate(text):
        if ch.isspace() and index > 0 and text[index - 1] in "'’`":
            out.append(r"\s*")
        else:
            out.append(_letter_class(ch))
    pattern = "".join(out)
    # "d'Ancona" is also written "d' Ancona": allow a space after an apostrophe
    return pattern.replace(_APOSTROPHE, _APOSTROPHE + r"\s*")


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def name_forms(person: OtherPerson) -> list[str]:
    """Every way the description may write ``person``: longest first."""
    first = _clean(person.first_name)
    infix = _clean(person.infix)
    last = _clean(person.last_name)
    forms: set[str] = set()
    surname = _clean(f"{infix} {last}")
    first_names = [first] if first else []
    if first and " " in first:
        first_names.append(first.split()[0])  # "Anna Maria" is called "Anna"
    for given in first_names:
        forms.add(_clean(f"{given} {surname}"))
        forms.add(_clean(f"{given} {last}"))  # "Lotte Vries" (infix forgotten)
    if person.initials.strip():
        forms.add(_clean(f"{person.initials} {surname}"))
    if first:
        forms.add(_clean(f"{first[0]}. {surname}"))
    if infix and last:
        forms.add(surname)  # "de Vries", also matched as "De Vries"
    if len(last) > 2 and fold(last) not in _COMMON:
        forms.add(last)  # "Vries" alone is rare, but "Yılmaz" alone is common
    for given in first_names:
        if len(given) > 1 and fold(given) not in _COMMON:
            forms.add(given)
    return sorted((f for f in forms if f), key=lambda f: (-len(f), f))


def word_forms(person: OtherPerson) -> list[str]:
    """A first or last name that is also an ordinary word ("Roos", "Bruin", "Mei"): matched
    only as written, with its capital ("een roos" stays, "Roos huilde" does not)."""
    first = _clean(person.first_name).split()[:1]
    last = _clean(person.last_name)
    words = [*first, *([last] if last and " " not in last else [])]
    return [capitalise(w) for w in words if len(w) > 1 and fold(w) in _COMMON]


def capitalise(word: str) -> str:
    """``"roos"`` → ``"Roos"``."""
    return word[:1].upper() + word[1:]


def _title_pattern() -> str:
    titles = "|".join(_pattern(t).replace(r"\.", r"\.?") for t in _TITLES)
    return rf"(?:(?:{titles})\s+)?"


@dataclass
class _Found:
    start: int
    end: int
    index: int
    possessive: bool


_POSSESSIVE = rf"(?P<pos>{_APOSTROPHE}s|{_APOSTROPHE}|s)?"
_NEXT_WORD = re.compile(r"\s+(?P<noun>[^\W\d_][\w-]*)")


def _article(noun: str) -> str:
    word = noun.lower()
    if word.endswith("je") or word in _HET_NOUNS or word.split("-")[-1] in _HET_NOUNS:
        return "het"
    return "de"


# A sentence that only says who reported it ("Gemeld door Ilse Bakker.") says nothing once the
# name is gone: it is left out.
_REPORTED_BY = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:(?:dit|het) (?:is|werd) )?(?:gemeld|doorgegeven|aangegeven|"
    rf"gesignaleerd) door {REPORTER_WORD}\b[^.!?\n]*[.!?]?[ \t]*", re.IGNORECASE)


def _is_sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    if before and before[-1] in "\"“‘'’”)" and before.rstrip("\"“‘'’”)")[-1:] in (".", "!", "?"):
        return True  # after a quoted sentence: «zei: 'Kom!' Anna …»
    return not before or before[-1] in ".!?:\n\"“‘'(" or before.endswith(("–", "- "))


def redact(text: str, others: Sequence[OtherPerson], reporter: str = "") -> str:
    """``text`` with every name of ``others`` replaced by their part, and ``reporter`` (the
    free-text "gemeld door") by "iemand".

    The first mention of a person is "een medeleerling", later ones "de medeleerling"; the
    second pupil mentioned is "een andere medeleerling". A possessive ("Lotte's filmpje")
    becomes "het filmpje van een medeleerling".
    """
    people = list(others)
    title = _title_pattern()
    patterns: list[tuple[int, str, int]] = []  # (length, regex, person index)
    for index, person in enumerate(people):
        patterns += [(len(form), _pattern(form), index) for form in name_forms(person)]
        patterns += [(len(form), re.escape(form), index) for form in word_forms(person)]
    reporter_index = len(people)
    for form in _reporter_forms(reporter, people):
        # one word is matched as written ("Bakker"), so "de groepsleerkracht" never is
        source = _pattern(form) if " " in form else re.escape(form)
        patterns.append((len(form), source, reporter_index))
    if not patterns:
        return text
    patterns.sort(key=lambda item: -item[0])
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for _length, source, index in patterns:
        regex = re.compile(rf"(?<![\w]){title}{source}{_POSSESSIVE}(?![\w])")
        for match in regex.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            pos = match.group("pos") or ""
            if pos == "s" and fold(match.group(0)).rstrip("s") != fold(match.group(0))[:-1]:
                continue  # "Thomass" is no word; the plain name "Thomas" is matched elsewhere
            if len(pos) == 1 and pos != "s" and fold(text[start:end - 1])[-1:] not in "sxz":
                end, pos = end - 1, ""  # a closing quote ("… Zoë'"), not "Thomas'"
            taken.append((start, end))
            found.append(_Found(start, end, index, bool(pos)))
    if not found:
        return text
    found.sort(key=lambda f: f.start)
    ranks: dict[int, int] = {}  # per person: others of the same role mentioned before them
    counts: dict[Role, int] = {}
    seen: set[int] = set()
    out: list[str] = []
    cursor = 0
    for item in found:
        if item.start < cursor:
            continue
        if item.index == reporter_index or people[item.index].reporter:
            word = REPORTER_WORD
        else:
            role = people[item.index].role
            if item.index not in ranks:
                ranks[item.index] = counts.get(role, 0)
                counts[role] = ranks[item.index] + 1
            word = part_word(role, ranks[item.index], known=item.index in seen)
            seen.add(item.index)
        out.append(text[cursor:item.start])
        end = item.end
        if item.possessive and word != REPORTER_WORD:
            noun = _NEXT_WORD.match(text, end)
            if noun is not None and noun.group("noun")[0].islower():
                word = f"{_article(noun.group('noun'))} {noun.group('noun')} van {word}"
                end = noun.end()
            else:
                word = f"van {word}"
        if _is_sentence_start(text, item.start):
            word = word[0].upper() + word[1:]
        out.append(word)
        cursor = end
    out.append(text[cursor:])
    return _REPORTED_BY.sub("", "".join(out)).rstrip()


def _reporter_forms(reporter: str, people: Iterable[OtherPerson]) -> list[str]:
    """The name-like parts of a free-text "gemeld door" ("Ilse Bakker (moeder van Sem)")."""
    text = _clean(re.sub(r"[()\[\],;/]", " ", reporter))
    if not text:
        return []
    words = text.split()
    names: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        is_name = bool(word) and word[0].isupper() and fold(word) not in _COMMON and (
            fold(word).rstrip(".") not in {fold(t).rstrip(".") for t in _TITLES}) and (
            fold(word) not in _ROLE_WORDS)
        if is_name or (run and fold(word) in _INFIXES):
            run.append(word)
            continue
        while run and fold(run[-1]) in _INFIXES:
            run.pop()
        if run:
            names.append(" ".join(run))
        run = []
    if not names:
        return []  # "groepsleerkracht", "anoniem": no name to leave out
    forms = set(names) | {_clean(reporter)}  # "Ilse Bakker (moeder van Sem)" as a whole first
    for name in names:
        parts = name.split()
        forms.update(p for p in parts if len(p) > 2 and fold(p) not in _INFIXES)
    return sorted(forms, key=lambda f: -len(f))


def names_left(text: str, others: Sequence[OtherPerson]) -> list[str]:
    """The forms of ``others``' names still in ``text`` (for tests and a last check)."""
    left = []
    for person in others:
        for form in name_forms(person):
            if re.search(rf"(?<![\w]){_pattern(form)}", text):
                left.append(form)
        left += [form for form in word_forms(person)
                 if re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", text)]
    return left
