"""The template context: a LetterRequest and the legal texts as Dutch field names.

Templates see ``persoon.achternaam``, ``zaak.kenmerk``, ``maatregel.eerste_dag`` … (documented in
``resources/templates/VELDEN.md``). Each record knows its own path so that a typo in a template
is reported as "onbekend veld 'persoon.achternam'", and a field without a value as "niet
ingevuld" instead of silently printing nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from jinja2 import StrictUndefined, Undefined
from jinja2.utils import missing

from skow_desk.domain.articles import article
from skow_desk.domain.dates import add_months, add_weeks, long_date, number_word
from skow_desk.domain.enums import Denomination, Role, Salutation, Sector, Stage
from skow_desk.domain.letter_data import LetterRequest, MeasureInfo, PersonInfo
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.names import address_name, initials_of, normalise_initials, surname
from skow_desk.domain.rules import school_days as count_school_days
from skow_desk.domain.terms import term_end
from skow_desk.letters.kinds import LETTER_KINDS
from skow_desk.letters.legal import LegalTexts, fill


class DutchDate(date):
    """A date that prints itself the Dutch way ("24 november 2026") when used bare."""

    def __str__(self) -> str:
        return long_date(self)

    @classmethod
    def of(cls, day: date) -> DutchDate:
        return cls(day.year, day.month, day.day)


class UnknownField(StrictUndefined):
    """A field name the context does not have: always an error, also in ``{% if %}``."""

    @property
    def _undefined_message(self) -> str:
        if self._undefined_hint:
            return self._undefined_hint
        obj, name = self._undefined_obj, self._undefined_name
        if isinstance(obj, Fields):
            if obj.path.endswith("[]"):
                return f"onbekend veld '{name}' bij een element van '{obj.path[:-2]}'"
            return f"onbekend veld '{obj.path}.{name}'"
        if obj is missing:
            return f"onbekend veld '{name}'"
        return f"'{name}' bestaat niet bij deze waarde"


class EmptyField(Undefined):
    """A known field without a value: false in ``{% if %}``, an error when printed."""

    __slots__ = ()

    def __str__(self) -> str:
        self._fail_with_undefined_error()

    @property
    def _undefined_message(self) -> str:
        return self._undefined_hint or "een veld is niet ingevuld"


def empty(path: str) -> EmptyField:
    """The value of the field at ``path`` when it has none."""
    if path == "maatregel":
        return EmptyField(hint="bij deze brief hoort geen maatregel (veld 'maatregel' is leeg)")
    return EmptyField(hint=f"het veld '{path}' is niet ingevuld")


class Fields:
    """A read-only record with Dutch field names, as templates see it."""

    __slots__ = ("_path", "_values")

    def __init__(self, path: str, values: Mapping[str, Any]) -> None:
        self._path = path
        self._values = {key: _wrap(f"{path}.{key}", value) for key, value in values.items()}

    @property
    def path(self) -> str:
        return self._path

    def names(self) -> Iterator[str]:
        return iter(self._values)

    def __getattr__(self, name: str) -> Any:
        try:
            values = object.__getattribute__(self, "_values")
        except AttributeError:
            raise AttributeError(name) from None
        if name not in values:
            raise AttributeError(name)
        value = values[name]
        return empty(f"{self._path}.{name}") if value is None else value

    def __getitem__(self, name: str) -> Any:
        try:
            return self.__getattr__(name)
        except AttributeError:
            raise KeyError(name) from None

    def __repr__(self) -> str:
        return f"Fields({self._path})"


def _wrap(path: str, value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, DutchDate):
        return DutchDate.of(value)
    if isinstance(value, Mapping):
        return Fields(path, value)
    if isinstance(value, (list, tuple)):
        return [_wrap(f"{path}[]", item) for item in value]
    return value


def _record(path: str, value: Mapping[str, Any] | None) -> Any:
    return empty(path) if value is None else Fields(path, value)


# --- building the context -------------------------------------------------------------------


def _child_word(salutation: Salutation | None) -> str:
    if salutation is Salutation.MR:
        return "uw zoon"
    return "uw dochter" if salutation is Salutation.MRS else "uw kind"


def person_fields(person: PersonInfo) -> dict[str, Any]:
    """One person's fields."""
    addressed = (
        f"{'de heer' if person.salutation is Salutation.MR else 'mevrouw'} "
        f"{surname(person.infix, person.last_name, leading=True)}"
        if person.salutation is not None
        else person.name
    )
    return {
        "aanhef": person.salutation.value if person.salutation else "",
        "voornaam": " ".join(person.first_name.split()),
        "voorletters": normalise_initials(person.initials) or initials_of(person.first_name),
        "tussenvoegsel": " ".join(person.infix.split()),
        "achternaam": " ".join(person.last_name.split()),
        "naam": person.name,
        "adresnaam": address_name(
            person.salutation, person.initials, person.infix, person.last_name, person.first_name
        ),
        "aanspreeknaam": addressed,
        "rol": person.role.value,
        "groep_of_functie": person.group_or_function,
        "adres": person.address,
        "postcode": person.postcode,
        "woonplaats": person.city,
        "uw_kind": _child_word(person.salutation),
    }


def next_weekday(day: date) -> date:
    """The first Monday–Friday after ``day``."""
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _measure_fields(
    measure: MeasureInfo | None, request: LetterRequest, legal: LegalTexts
) -> dict[str, Any] | None:
    if measure is None:
        return None
    notice = measure.notice_on or request.letter_date
    school_days = measure.school_days
    if school_days is None and measure.start_on and measure.end_on:
        school_days = count_school_days(measure.start_on, measure.end_on)
    return {
        "soort": measure.kind.value,
        "fase": measure.stage.value,
        "besloten_op": measure.decided_on,
        "bekendgemaakt_op": notice,
        "reden": measure.reason.strip(),
        "eerste_dag": measure.start_on,
        "laatste_dag": measure.end_on,
        "terug_op": next_weekday(measure.end_on) if measure.end_on else None,
        "schooldagen": school_days,
        "intern": measure.internal,
        "bekend_sinds": measure.known_since,
        "dringende_reden": measure.urgent_reason.strip(),
        "zienswijze_uiterlijk": measure.response_due
        or term_end(add_weeks(notice, legal.response_weeks)),
        "bezwaar_uiterlijk": measure.objection_due
        or term_end(add_weeks(notice, legal.objection_weeks)),
        # a summary dismissal ends the contract on the day it is given (BW 7:686a lid 4)
        "kantonrechter_uiterlijk": term_end(add_months(measure.decided_on, legal.court_months)),
        "eerdere_incidenten": measure.earlier_incidents.strip(),
        "voornemen_op": measure.intent_on,
        "ontvangende_school": measure.receiving_school.strip(),
    }


def _legal_fields(request: LetterRequest, legal: LegalTexts) -> dict[str, Any]:
    school, measure = request.school, request.measure
    board = school.board_name.strip() or f"het bevoegd gezag van {school.name}"
    board_address = school.board_address.strip() or (
        f"{school.address}, {school.postcode} {school.city}"
    )
    notice = (measure.notice_on if measure else None) or request.letter_date
    objection_due = (measure.objection_due if measure else None) or term_end(
        add_weeks(notice, legal.objection_weeks)
    )
    ended = measure.decided_on if measure else request.letter_date
    values = {"bevoegd_gezag": board, "adres": board_address}
    # each measure its own objection text (a suspension is no removal: WPO art. 63 is not
    # applied to it); a letter without a measure shows the removal text in previews
    suspension = measure is not None and measure.kind is MeasureKind.SUSPENSION
    objection = legal.objection_suspension if suspension else legal.objection_removal
    return {
        "naam": legal.law,
        "schorsing_artikel": legal.suspension.text,
        "verwijdering_artikel": legal.removal.text,
        "inspectie": legal.inspection.text,
        "andere_school": legal.other_school.text,
        "inspectie_verwijdering": legal.removal_inspection.text,
        "leerplicht": legal.truancy.text,
        "geschillencommissie": legal.dispute.text,
        "bezwaar": fill(objection.text, {**values, "uiterlijk": long_date(objection_due)}),
        "bezwaar_toegangsverbod": fill(
            legal.access_ban_objection.text, {**values, "uiterlijk": long_date(objection_due)}
        ),
        "bezwaar_weken": legal.objection_weeks,
        "zienswijze_weken": legal.response_weeks,
        "max_schooldagen": legal.max_suspension_days,
        "cao": legal.staff_disciplinary.text,
        "beroep_personeel": _staff_appeal(request, legal, notice),
        "ontslag_artikel": legal.summary_dismissal.text,
        "kantonrechter": fill(
            legal.court.text,
            {**values, "uiterlijk": long_date(term_end(add_months(ended, legal.court_months)))},
        ),
        "leerkracht": legal.teacher,
        "groep": legal.group,
    }


def _staff_appeal(request: LetterRequest, legal: LegalTexts, notice: date) -> str:
    """The foundation's appeal route for staff (Wnra): body, address and term, counted from
    the day after the letter is sent; the kantonrechter alone when no body is configured."""
    school = request.school
    if not (school.appeal_body.strip() and school.appeal_weeks > 0):
        return legal.staff_appeal_court.text
    due = term_end(add_weeks(notice, school.appeal_weeks))
    weeks = school.appeal_weeks
    return fill(legal.staff_appeal_body.text, {
        "beroep_instantie": school.appeal_body.strip(),
        "beroep_adres": school.appeal_address.strip(),
        "beroep_termijn": f"{number_word(weeks)} {'week' if weeks == 1 else 'weken'}",
        "beroep_uiterlijk": long_date(due)})


def _person(person: PersonInfo) -> PersonInfo:
    salutation = None if person.salutation is None else Salutation(person.salutation)
    return replace(person, salutation=salutation, role=Role(person.role))


def normalise_request(request: LetterRequest) -> LetterRequest:
    """The request with every enum field a real enum (callers may pass the stored strings)."""
    school = replace(request.school, sector=Sector(request.school.sector),
                     denomination=Denomination(request.school.denomination))
    measure = request.measure
    if measure is not None:
        measure = replace(measure, kind=MeasureKind(measure.kind), stage=Stage(measure.stage))
    return replace(request, person=_person(request.person), school=school, measure=measure,
                   addressees=tuple(_person(a) for a in request.addressees))


def addressees_of(request: LetterRequest) -> tuple[PersonInfo, ...]:
    """Who the letter goes to: the addressees given, or the person."""
    return request.addressees or (request.person,)


def letter_context(request: LetterRequest, legal: LegalTexts) -> dict[str, Any]:
    """The whole template context for ``request``."""
    request = normalise_request(request)
    kind = LETTER_KINDS.get(request.kind)
    school, case = request.school, request.case
    addressees = addressees_of(request)
    context: dict[str, Any] = {
        "brief": {
            "soort": request.kind,
            "titel": kind.title if kind else request.kind,
            "datum": request.letter_date,
            "plaats": request.place or school.city,
            "dossier": kind.dossier_for(request.person.role) if kind else "",
            "aan_ouders": request.person.role is Role.PUPIL
            and any(a != request.person for a in addressees),
        },
        "persoon": person_fields(request.person),
        "geadresseerden": [person_fields(a) for a in addressees],
        "school": {
            "brin": school.brin,
            "naam": school.name,
            "sector": school.sector.value,
            "denominatie": school.denomination.value,
            "adres": school.address,
            "postcode": school.postcode,
            "plaats": school.city,
            "telefoon": school.phone,
            "email": school.email,
            "ondertekenaar": school.signatory,
            "functie": school.signatory_function,
            "bevoegd_gezag": school.board_name.strip() or f"het bevoegd gezag van {school.name}",
        },
        "zaak": {
            "kenmerk": case.kenmerk,
            "gemeld_op": case.reported_on,
            "voorgevallen_op": case.occurred_on,
            "platform": case.platform.strip(),
            "omschrijving": case.description.strip(),
        },
        "artikelen": [
            {"code": a.code, "tekst": a.text, "rubriek": a.section}
            for a in (article(code) for code in case.article_codes)
        ],
        "gesprek": {
            "datum": request.conversation_on,
            "aanwezig": list(request.present),
            "samenvatting": request.summary.strip(),
            "zienswijze": request.own_view.strip(),
            "afspraken": request.agreements.strip(),
            "vervolg_op": request.follow_up_on,
        },
        "wet": _legal_fields(request, legal),
    }
    wrapped = {name: _wrap(name, value) for name, value in context.items()}
    wrapped["maatregel"] = _record("maatregel", _measure_fields(request.measure, request, legal))
    return wrapped
