"""From a LetterRequest and a template to a finished :class:`LetterData`.

The template text comes from ``resources/templates/<kind>.txt.j2`` (or the director's edited
copy); :func:`check_template` finds problems before it is saved, :func:`build_letter` fills it
in. Field names are documented in ``resources/templates/VELDEN.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from skow_desk.domain.dates import long_date
from skow_desk.domain.enums import Denomination, Role, Salutation, Sector, Stage
from skow_desk.domain.errors import DomainError, RuleViolation
from skow_desk.domain.letter_data import (
    CaseInfo,
    LetterData,
    Letterhead,
    LetterRequest,
    MeasureInfo,
    PersonInfo,
    SchoolInfo,
)
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.names import address_name, guardians_salutation, salutation_line
from skow_desk.domain.rules import school_days
from skow_desk.letters.context import (
    addressees_of,
    letter_context,
    normalise_request,
)
from skow_desk.letters.engine import (
    TemplateError,
    TemplateProblem,
    find_problems,
    render_paragraphs,
)
from skow_desk.letters.kinds import LETTER_KINDS, LetterKind, letter_kinds_for
from skow_desk.letters.legal import LegalTexts, legal_texts
from skow_desk.resources import resources_dir

__all__ = [
    "LETTER_KINDS",
    "REGISTERED_NOTE",
    "LetterKind",
    "TemplateError",
    "TemplateProblem",
    "build_letter",
    "check_template",
    "letter_kinds_for",
    "postal_line",
    "recipient_lines",
    "sample_request",
    "shipped_template",
    "templates_dir",
]

REGISTERED_NOTE = "Aangetekend en per gewone post"
_POSTCODE = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})\s*$")


def templates_dir() -> Path:
    """Where the shipped templates are."""
    return resources_dir() / "templates"


def shipped_template(kind: str) -> str:
    """The template text shipped for ``kind``."""
    if kind not in LETTER_KINDS:
        raise DomainError(f"Onbekende briefsoort '{kind}'.")
    return (templates_dir() / f"{kind}.txt.j2").read_text(encoding="utf-8")


def join_names(names: Sequence[str]) -> str:
    """``["a", "b", "c"]`` → ``"a, b en c"``."""
    items = list(names)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} en {items[-1]}"


def postal_line(postcode: str, city: str) -> str:
    """``"3441ab", "Woerden"`` → ``"3441 AB  WOERDEN"`` (PostNL: two spaces, city in capitals)."""
    match = _POSTCODE.match(postcode)
    code = f"{match.group(1)} {match.group(2).upper()}" if match else postcode.strip()
    return f"{code}  {city.strip().upper()}".strip()


def recipient_lines(addressees: Sequence[PersonInfo]) -> tuple[str, ...]:
    """The address block: one name line per addressee, then the (shared) address."""
    names = [
        address_name(a.salutation, a.initials, a.infix, a.last_name, a.first_name)
        for a in addressees
    ]
    first = addressees[0]
    lines = [*names, first.address.strip(), postal_line(first.postcode, first.city)]
    return tuple(line for line in lines if line)


def _salutation(addressees: Sequence[PersonInfo]) -> str:
    if len(addressees) == 1:
        a = addressees[0]
        return salutation_line(a.salutation, a.infix, a.last_name, a.first_name)
    return guardians_salutation([(a.salutation, a.infix, a.last_name, a.first_name)
                                 for a in addressees])


def _letter_kind(request: LetterRequest, legal: LegalTexts) -> LetterKind:
    kind = LETTER_KINDS.get(request.kind)
    if kind is None:
        raise DomainError(f"Onbekende briefsoort '{request.kind}'.")
    role = request.person.role
    if role not in kind.roles:
        raise DomainError(f"De brief '{kind.title}' is niet bedoeld voor een {role.label.lower()}.")
    measure = request.measure
    if kind.measures and (measure is None or measure.kind not in kind.measures):
        wanted = " of ".join(sorted(m.value for m in kind.measures))
        raise DomainError(f"Voor de brief '{kind.title}' moet een maatregel '{wanted}' zijn "
                          "vastgelegd.")
    if measure is not None and kind.code == "pupil_schorsing":
        days = measure.school_days
        if days is None and measure.start_on and measure.end_on:
            days = school_days(measure.start_on, measure.end_on)
        if days is not None and days > legal.max_suspension_days:
            raise RuleViolation(
                f"Een schorsing duurt ten hoogste {legal.max_suspension_days} schooldagen "
                f"({legal.suspension.source}); deze schorsing telt er {days}."
            )
    return kind


def build_letter(
    request: LetterRequest,
    template_source: str,
    legal: LegalTexts,
    draft: bool = True,
    *,
    number: str | None = None,
) -> LetterData:
    """Fill in ``template_source`` for ``request``: the complete letter, to store and render."""
    request = normalise_request(request)
    kind = _letter_kind(request, legal)
    paragraphs = render_paragraphs(template_source, letter_context(request, legal))
    if request.also_sent_to and kind.code != "notitie_dossier":
        # every addressee knows who else received it (the other parent, the pupil)
        paragraphs = (*paragraphs, "Deze brief is in gelijke bewoording ook verstuurd aan "
                      f"{join_names(request.also_sent_to)}.")
    person, school = request.person, request.school
    addressees = addressees_of(request)
    is_memo = kind.code == "notitie_dossier"
    on = f" op {long_date(request.conversation_on)}" if request.conversation_on else ""
    subject = kind.subject.format(naam=person.name, gesprek=on)
    if kind.code == "pupil_schorsing" and request.measure and request.measure.internal:
        subject = f"Interne schorsing van {person.name}"
    return LetterData(
        kind=kind.code,
        letterhead=Letterhead(
            name=school.name,
            address_lines=tuple(
                line for line in (school.address, f"{school.postcode} {school.city}".strip())
                if line
            ),
            phone=school.phone,
            email=school.email,
            logo=school.logo,
        ),
        recipient_lines=() if is_memo else recipient_lines(addressees),
        place=request.place or school.city,
        letter_date=request.letter_date,
        kenmerk=request.case.kenmerk,
        subject=subject,
        salutation="" if kind.document_title else _salutation(addressees),
        paragraphs=paragraphs,
        closing="" if kind.document_title else "Met vriendelijke groet,"
        + (f"\n{school.on_behalf}," if school.on_behalf else ""),
        signatory_name=school.signatory,
        signatory_function=school.signatory_function,
        enclosures=request.enclosures,
        copy_to=() if is_memo else (kind.dossier_for(person.role),),
        number=number,
        draft=draft,
        title=kind.document_title,
        postal_note=REGISTERED_NOTE if kind.registered else "",
        countersignatory=person.name if kind.countersign else "",
    )


# --- the built-in example, for checking templates and for previews ----------------------------

_MEASURE_FOR: dict[str, tuple[MeasureKind, Stage]] = {
    code: (next(iter(kind.measures)), kind.stage or Stage.DECISION)
    for code, kind in LETTER_KINDS.items()
    if kind.measures
}


def sample_request(
    kind: str = "pupil_schorsing",
    sector: Sector = Sector.PO,
    denomination: Denomination = Denomination.PUBLIC,
) -> LetterRequest:
    """A complete example request for ``kind``, every field filled in."""
    letter_kind = LETTER_KINDS.get(kind)
    if letter_kind is None:
        raise DomainError(f"Onbekende briefsoort '{kind}'.")
    sector, denomination = Sector(sector), Denomination(denomination)
    role = next(r for r in (Role.PUPIL, Role.STAFF, Role.PARENT) if r in letter_kind.roles)
    person = PersonInfo(
        Salutation.MR if role is not Role.PARENT else Salutation.MRS,
        "Daan" if role is Role.PUPIL else "Jan" if role is Role.STAFF else "Ayşe",
        "",
        "van der" if role is not Role.PARENT else "",
        "Berg" if role is not Role.PARENT else "Yılmaz",
        role,
        "groep 7" if role is Role.PUPIL else "leerkracht groep 5" if role is Role.STAFF else "",
        "Kerkstraat 12",
        "3441 AB",
        "Woerden",
    )
    guardians = (
        replace(person, salutation=Salutation.MRS, first_name="Anna Maria", role=Role.PARENT,
                group_or_function=""),
        replace(person, salutation=Salutation.MR, first_name="Pieter", role=Role.PARENT,
                group_or_function=""),
    )
    measure_kind, stage = _MEASURE_FOR.get(kind, (MeasureKind.SUSPENSION, Stage.DECISION))
    day = date(2026, 11, 24)
    return LetterRequest(
        kind=kind,
        person=person,
        addressees=guardians if role is Role.PUPIL else (),
        school=SchoolInfo(
            "04XY", "Basisschool De Regenboog", sector, denomination, "Schoolstraat 1",
            "3441 BC", "Woerden", "0348 123 456", "directie@regenboog.example",
            None, "M. Jansen", "directeur", "het college van bestuur van de SKOW",
            "Postbus 100, 3440 AC Woerden",
        ),
        case=CaseInfo("04XY-2627-007", date(2026, 11, 17), date(2026, 11, 16), "Instagram",
                      "Er is een filmpje van een klasgenoot geplaatst zonder toestemming.",
                      ("A5", "A7")),
        measure=MeasureInfo(
            kind=measure_kind, stage=stage, decided_on=day, notice_on=day,
            reason="Het filmpje heeft de klasgenoot ernstig gekwetst.",
            start_on=date(2026, 11, 25), end_on=date(2026, 11, 27), school_days=3,
            known_since=date(2026, 11, 23),
            urgent_reason="U heeft op 22 november 2026 een leerling bedreigd via WhatsApp.",
            earlier_incidents="Op 3 oktober 2026 is al eens gesproken over een vergelijkbaar "
            "bericht.",
            intent_on=date(2026, 11, 3), receiving_school="Basisschool De Brug in Woerden",
        ),
        letter_date=day,
        place="Woerden",
        conversation_on=date(2026, 11, 20),
        present=("M. Jansen (directeur)", person.name),
        summary="Het filmpje en de gevolgen ervan zijn besproken.",
        own_view="Het was als grap bedoeld.",
        agreements="Het filmpje is verwijderd.",
        follow_up_on=date(2026, 12, 8),
    )


def sample_contexts(kind: str = "pupil_schorsing") -> list[dict[str, Any]]:
    """Example contexts for ``kind``: PO openbaar and VO bijzonder."""
    return [
        letter_context(sample_request(kind, s, d), legal_texts(s, d))
        for s, d in ((Sector.PO, Denomination.PUBLIC), (Sector.VO, Denomination.PRIVATE))
    ]


def check_template(source: str, kind: str = "pupil_schorsing") -> list[TemplateProblem]:
    """All problems in a template for ``kind``, each naming its line; empty when it is fine."""
    known = kind if kind in LETTER_KINDS else "notitie_dossier"
    return find_problems(source, sample_contexts(known))
