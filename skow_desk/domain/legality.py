"""The legality check (rechtmatigheidstoets) a letter passes before it is made final.

Pure: the letters service gathers :class:`LegalityFacts` from the case record and the drafted
text; each item is a small function of those facts, so an item is easy to add or extend (the
mandate, for instance, extends :func:`authority_item`). A required item that fails blocks
finalising; every item says what is missing and where the director records it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from skow_desk.domain.articles import BY_CODE
from skow_desk.domain.dates import counted, long_date
from skow_desk.domain.enums import Role, Sector, Stage
from skow_desk.domain.measures import TWO_STEP, MeasureKind
from skow_desk.domain.rules import (
    MAX_PUPIL_SUSPENSION_DAYS,
    RESPONSE_NONE,
    STAFF_SUSPENSION_WARN_DAYS,
)

# Letter kinds that carry a decision the person can contest (objection or appeal clause).
DECISION_KINDS = frozenset({
    "pupil_schorsing", "pupil_besluit_verwijdering", "parent_toegangsverbod",
    "staff_besluit_berisping", "staff_besluit_schorsing", "staff_ontslag_op_staande_voet",
})
MEMO_KINDS = frozenset({"gespreksverslag", "notitie_dossier"})
# Where a contest clause may send the person: a body named in the clause.
CONTEST_BODIES = ("bevoegd gezag", "college van bestuur", "Commissie van Beroep",
                  "Geschillencommissie", "kantonrechter", "bestuur")
_CONTEST = re.compile(r"\b(bezwaar|beroep|kantonrechter|bezwaren)\b", re.IGNORECASE)
_TERM = re.compile(r"\b(uiterlijk op|binnen (zes|vier|twee|drie|\d+) (weken|maanden|dagen))\b",
                   re.IGNORECASE)
_ADDRESS = re.compile(r"\b(\d{4} ?[A-Z]{2}|Postbus \d+)\b")
_WORD = re.compile(r"[\w’'-]+", re.UNICODE)


@dataclass(frozen=True)
class LegalityFacts:
    """What the check needs to know about one letter and its case."""

    letter_kind: str
    role: Role
    sector: Sector
    measure_kind: MeasureKind | None = None
    stage: Stage | None = None
    decided_on: date | None = None
    reason: str = ""
    article_codes: tuple[str, ...] = ()
    heard_on: date | None = None
    urgent_exception: str = ""
    intent_on: date | None = None
    response_mode: str = ""
    response_on: date | None = None
    response_due: date | None = None
    weighing: str = ""
    start_on: date | None = None
    end_on: date | None = None
    school_days: int | None = None
    signatory: str = ""
    signer_problem: str = ""
    """What is missing for the signer's authority (mandate or bestuurder), if anything."""
    tasks: tuple[str, ...] = ()
    """The task kinds (their Dutch values) the measure has."""
    inspection_on: date | None = None
    guardians_with_authority: int = 0
    paragraphs: tuple[str, ...] = ()
    other_names: tuple[str, ...] = ()
    """First and last names of the incident's other involved persons."""
    contest_bodies: tuple[str, ...] = CONTEST_BODIES
    """Bodies a contest clause may name (the foundation's own name added by the service)."""
    today: date = field(default_factory=date.today)

    @property
    def is_measure_letter(self) -> bool:
        return (self.measure_kind is not None and self.letter_kind not in MEMO_KINDS
                and self.measure_kind is not MeasureKind.CONVERSATION_ONLY)

    @property
    def is_decision(self) -> bool:
        return self.is_measure_letter and self.stage is not Stage.INTENT


@dataclass(frozen=True)
class CheckItem:
    """One line of the checklist."""

    key: str
    label: str
    ok: bool
    detail: str = ""
    """What is missing (or, when ok, what was found)."""
    where: str = ""
    """Where in the app the director records the missing step."""
    required: bool = True
    excepted: bool = False
    """Passed by a recorded urgent exception rather than by the step itself."""

    @property
    def blocks(self) -> bool:
        return self.required and not self.ok

    @property
    def mark(self) -> str:
        if self.ok:
            return "uitzondering" if self.excepted else "in orde"
        return "ONTBREEKT" if self.required else "let op"

    def line(self) -> str:
        """The item as one line of text (for the `letters` command)."""
        text = f"[{self.mark}] {self.label}"
        if self.detail:
            text += f": {self.detail}"
        if not self.ok and self.where:
            text += f" ({self.where})"
        return text


def _na(key: str, label: str, why: str) -> CheckItem:
    return CheckItem(key, label, True, f"niet van toepassing ({why})", required=False)


def hearing_item(f: LegalityFacts) -> CheckItem:
    key, label = "hearing", "Hoorgesprek vastgelegd"
    if not f.is_measure_letter:
        return _na(key, label, "geen maatregel")
    if not f.is_decision:
        return _na(key, label, "een voornemen: de brief nodigt uit tot een zienswijze")
    before = f.decided_on or f.today
    if f.heard_on is not None and f.heard_on <= before:
        return CheckItem(key, label, True, f"gehoord op {long_date(f.heard_on)}")
    if f.urgent_exception.strip():
        return CheckItem(key, label, True, "spoedeisende uitzondering: "
                         f"{f.urgent_exception.strip()}", excepted=True)
    who = "de leerling en de ouders" if f.role is Role.PUPIL else "de betrokkene"
    missing = (f"het gesprek van {long_date(f.heard_on)} was ná het besluit"
               if f.heard_on is not None else f"er is geen gesprek met {who} vastgelegd")
    return CheckItem(key, label, False, missing,
                     "Zaak → Gesprekken → ‘Gesprek vastleggen…’, of leg een spoedeisende "
                     "uitzondering met reden vast")


def reason_item(f: LegalityFacts) -> CheckItem:
    key, label = "reason", "Reden ingevuld en gekoppeld aan een protocolartikel"
    if not f.is_measure_letter:
        return _na(key, label, "geen maatregel")
    if not f.reason.strip():
        return CheckItem(key, label, False, "de reden van de maatregel is leeg",
                         "Zaak → Maatregelen → de maatregel")
    breachable = [c for c in f.article_codes if c in BY_CODE and BY_CODE[c].breachable]
    if not breachable:
        aware = ", ".join(c for c in f.article_codes) or "geen"
        return CheckItem(key, label, False,
                         f"geen artikel dat kan worden overtreden (vastgelegd: {aware}; A3 en A4 "
                         "gaan over verantwoordelijkheid en bewustzijn)",
                         "Zaak → Melding → Protocolartikelen")
    return CheckItem(key, label, True, "artikel " + ", ".join(breachable))


def response_item(f: LegalityFacts) -> CheckItem:
    key, label = "response", "Zienswijze afgehandeld"
    two_step = f.measure_kind is not None and f.measure_kind in TWO_STEP[f.role]
    if not f.is_decision or not (two_step or f.intent_on is not None):
        return _na(key, label, "geen besluit na een voornemen")
    where = "Zaak → Maatregelen → het voornemen → ‘Zienswijze vastleggen…’"
    if f.intent_on is None:
        return CheckItem(key, label, False, "er is geen voornemen vastgelegd; dit besluit gaat "
                         "in twee stappen", "Zaak → Maatregelen → ‘Maatregel vastleggen…’ "
                         "(fase voornemen)")
    if f.response_on is None:
        due = f" (termijn tot en met {long_date(f.response_due)})" if f.response_due else ""
        return CheckItem(key, label, False, f"geen zienswijze en geen ‘geen zienswijze’ "
                         f"vastgelegd{due}", where)
    if f.response_mode == RESPONSE_NONE:
        return CheckItem(key, label, True,
                         f"geen zienswijze ontvangen (vastgelegd op {long_date(f.response_on)})")
    if not f.weighing.strip():
        return CheckItem(key, label, False, "de zienswijze is ontvangen maar de afweging van "
                         "de school is niet vastgelegd", where)
    return CheckItem(key, label, True,
                     f"ontvangen op {long_date(f.response_on)} en gewogen")


def maximum_item(f: LegalityFacts) -> CheckItem:
    key, label = "maximum", "Binnen het wettelijk maximum"
    if not f.is_decision or f.measure_kind is not MeasureKind.SUSPENSION:
        return _na(key, label, "geen schorsing")
    if f.role is Role.PUPIL:
        days = f.school_days or 0
        if days < 1 or days > MAX_PUPIL_SUSPENSION_DAYS:
            return CheckItem(key, label, False, f"{days} schooldagen; ten hoogste "
                             f"{MAX_PUPIL_SUSPENSION_DAYS}", "Zaak → Maatregelen → de maatregel")
        return CheckItem(key, label, True, counted(days, "schooldag", "schooldagen"))
    if f.start_on is not None and f.decided_on is not None and f.start_on < f.decided_on:
        return CheckItem(key, label, False, "de schorsing begint vóór het besluit",
                         "Zaak → Maatregelen → de maatregel")
    if f.start_on and f.end_on and (f.end_on - f.start_on).days + 1 > STAFF_SUSPENSION_WARN_DAYS:
        return CheckItem(key, label, False, "langer dan vier weken; motiveer de duur",
                         "Zaak → Maatregelen → de maatregel", required=False)
    return CheckItem(key, label, True, "binnen vier weken" if f.end_on else "geen einddatum",
                     required=False)


def authority_item(f: LegalityFacts) -> CheckItem:
    """Who signs on behalf of the bevoegd gezag (the mandate check extends this item)."""
    key, label = "authority", "Bevoegdheid of mandaat"
    if f.signer_problem.strip():
        return CheckItem(key, label, False, f.signer_problem.strip(),
                         "Instellingen → Stichting (mandaat en bestuurder)")
    if not f.signatory.strip():
        return CheckItem(key, label, False, "er is geen ondertekenaar ingesteld",
                         "Instellingen → School → Ondertekenaar")
    return CheckItem(key, label, True, f"ondertekend door {f.signatory.strip()}")


def contest_clause_item(f: LegalityFacts) -> CheckItem:
    key, label = "contest", "Bezwaar- of beroepsclausule met instantie, adres en termijn"
    if f.letter_kind not in DECISION_KINDS:
        return _na(key, label, "geen besluit")
    clauses = [p for p in f.paragraphs if _CONTEST.search(p)]
    if f.role is Role.STAFF:  # the appeal route is foundation data (Wnra: no Awb objection)
        where = ("Instellingen → Stichting → ‘Beroep voor personeel’ (instantie, adres en "
                 "termijn), of pas de tekst van de brief aan")
    else:
        where = ("Pas de tekst van de brief aan, of laat de wettelijke teksten van de stichting "
                 "aanvullen")
    if not clauses:
        return CheckItem(key, label, False, "de brief zegt niet waar en hoe men bezwaar of "
                         "beroep kan instellen", where)
    text = " ".join(clauses)
    missing = []
    bodies = [body for body in f.contest_bodies if body.strip()
              and body.lower() in text.lower()]
    if not bodies:
        missing.append("instantie")
    court_only = bodies == ["kantonrechter"]  # the competent court follows from the address
    if not _ADDRESS.search(text) and not court_only:
        missing.append("adres")
    if not _TERM.search(text):
        missing.append("termijn")
    if missing:
        return CheckItem(key, label, False, "ontbreekt: " + ", ".join(missing), where)
    return CheckItem(key, label, True, "instantie, adres en termijn staan in de brief")


def notifications_item(f: LegalityFacts) -> CheckItem:
    key, label = "notifications", "Taken Inspectie en leerplicht aanwezig"
    if not f.is_decision or f.role is not Role.PUPIL:
        return _na(key, label, "geen schorsing of verwijdering van een leerling")
    needed: list[str] = []
    if f.measure_kind is MeasureKind.SUSPENSION and (f.school_days or 0) > 1:
        needed.append("melding Inspectie")
    if f.measure_kind is MeasureKind.REMOVAL:
        needed.append("melding leerplichtambtenaar")
    if not needed:
        return _na(key, label, "geen melding vereist")
    absent = [t for t in needed if t not in f.tasks]
    if absent:
        return CheckItem(key, label, False, "taak ontbreekt: " + ", ".join(absent),
                         "Zaak → Taken (neem het besluit opnieuw op, dan ontstaan de taken)")
    if f.measure_kind is MeasureKind.REMOVAL and f.sector is Sector.VO and (
            f.inspection_on is None or (f.decided_on and f.inspection_on > f.decided_on)):
        return CheckItem(key, label, False, "het overleg met de Inspectie vóór de verwijdering "
                         "is niet vastgelegd", "Zaak → Taken → ‘Overleg met de Inspectie vóór "
                         "het besluit’ afvinken met de datum van het overleg")
    return CheckItem(key, label, True, ", ".join(needed))


def recipients_item(f: LegalityFacts) -> CheckItem:
    key, label = "recipients", "Geadresseerden met gezag"
    if f.role is not Role.PUPIL or f.letter_kind in MEMO_KINDS:
        return _na(key, label, "brief aan de betrokkene zelf")
    if f.guardians_with_authority < 1:
        return CheckItem(key, label, False, "geen ouder of verzorger met gezag vastgelegd",
                         "Personen → de leerling → Ouders/verzorgers")
    return CheckItem(key, label, True, f"{f.guardians_with_authority} met gezag")


def names_in(paragraphs: tuple[str, ...], names: tuple[str, ...]) -> list[str]:
    """The ``names`` that occur as whole words in the letter text (case-insensitive)."""
    words = {w.lower() for p in paragraphs for w in _WORD.findall(p)}
    text = " ".join(paragraphs).lower()
    found = []
    for name in names:
        clean = name.strip()
        if len(clean) < 2:
            continue
        hit = (clean.lower() in words if " " not in clean
               else re.search(rf"\b{re.escape(clean.lower())}\b", text) is not None)
        if hit and clean not in found:
            found.append(clean)
    return found


def privacy_item(f: LegalityFacts) -> CheckItem:
    key, label = "privacy", "Geen naam van een andere betrokkene"
    found = names_in(f.paragraphs, f.other_names)
    if found:
        return CheckItem(key, label, False, "de brief noemt " + ", ".join(f"‘{n}’" for n in found),
                         "Pas de tekst aan met ‘Tekst aanpassen’ (noem een rol, zoals "
                         "‘een medeleerling’)")
    return CheckItem(key, label, True, "geen andere namen gevonden")


ITEMS: tuple[Callable[[LegalityFacts], CheckItem], ...] = (
    hearing_item, reason_item, response_item, maximum_item, authority_item,
    contest_clause_item, notifications_item, recipients_item, privacy_item,
)


def check_letter(facts: LegalityFacts) -> list[CheckItem]:
    """Every checklist item for one letter, in a fixed order."""
    return [item(facts) for item in ITEMS]


def blocking(items: list[CheckItem]) -> list[CheckItem]:
    """The items that keep the letter from being made final."""
    return [i for i in items if i.blocks]
