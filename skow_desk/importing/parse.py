"""Validating a read register table into typed incident records.

The parser never stops at the first mistake: every problem in the file is collected as an
:class:`ImportProblem` with its Excel row number and column. ``ParseResult.incidents`` holds only
incidents whose rows are entirely free of problems, and is empty when the headers themselves are
wrong; a caller that wants all-or-nothing imports should refuse when ``problems`` is not empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from skow_desk.domain.articles import check_articles_for_role, parse_codes
from skow_desk.domain.dates import short_date
from skow_desk.domain.enums import IncidentStatus, Role, Salutation
from skow_desk.domain.errors import DomainError
from skow_desk.domain.measures import (
    MeasureKind,
    check_measure_for_role,
    parse_measure,
)
from skow_desk.importing import columns as col
from skow_desk.importing.core import ImportProblem, ImportRow, check_headers, is_empty
from skow_desk.importing.core import cell_text as _text
from skow_desk.importing.core import column_letter as _column_letter
from skow_desk.importing.core import key as _key
from skow_desk.importing.core import shown as _shown
from skow_desk.importing.limits import cell_problem
from skow_desk.importing.reading import Cell, Table
from skow_desk.importing.vocabulary import parse_role, parse_salutation

MAX_PUPIL_SUSPENSION_DAYS = 5
"""A pupil is suspended for at most one school week (WPO art. 40c, WVO 2020 art. 8.1.2)."""

EARLIEST_YEAR = 2000
LATEST_YEAR = 2099


@dataclass(frozen=True)
class GuardianRecord:
    """A pupil's parent or guardian, as addressee of letters."""

    salutation: Salutation | None
    initials: str
    infix: str
    last_name: str
    address: str
    postcode: str
    city: str


@dataclass(frozen=True)
class PersonRecord:
    """A person who caused the incident (one row of the file)."""

    role: Role
    salutation: Salutation | None
    first_name: str
    infix: str
    last_name: str
    group_or_function: str
    address: str
    postcode: str
    city: str
    measure: MeasureKind | None
    measure_on: date | None
    suspension_days: int | None
    guardian: GuardianRecord | None
    row: int


@dataclass(frozen=True)
class IncidentRecord:
    """One incident (all rows with the same kenmerk)."""

    kenmerk: str
    brin: str
    reported_on: date
    occurred_on: date | None
    platform: str
    description: str
    articles: tuple[str, ...]
    categories: tuple[str, ...]
    status: IncidentStatus
    police_report: bool
    persons: tuple[PersonRecord, ...]
    first_row: int


@dataclass(frozen=True)
class ParseResult:
    """The clean incidents and every problem found."""

    incidents: list[IncidentRecord]
    problems: list[ImportProblem]

    @property
    def ok(self) -> bool:
        return not self.problems


# --- value parsing -----------------------------------------------------------------------------


class _Refused(Exception):
    """A cell value is refused; ``message`` is the Dutch sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?"
_DUTCH_DATE = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})" + _TIME)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME)
_INTEGER = re.compile(r"\+?(\d{1,9})(?:[.,]0+)?")


def parse_date(cell: Cell) -> date:
    """A date from a date cell or text ``dd-mm-jjjj``, ``d-m-jjjj``, ``dd/mm/jjjj`` or ISO.

    Raises :class:`DomainError` with a Dutch message.
    """
    if isinstance(cell, date):
        day = cell
        shown = short_date(cell)
    else:
        shown = cell.strip()
        dutch = _DUTCH_DATE.fullmatch(shown)
        iso = _ISO_DATE.fullmatch(shown)
        if dutch is not None:
            parts = (dutch.group(4), dutch.group(3), dutch.group(1))
        elif iso is not None:
            parts = (iso.group(1), iso.group(2), iso.group(3))
        else:
            raise DomainError(
                f"'{_shown(shown)}' is geen geldige datum. Schrijf de datum als dd-mm-jjjj, "
                "bijvoorbeeld 06-10-2025."
            )
        try:
            day = date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError as exc:
            raise DomainError(f"'{shown}' is geen geldige datum.") from exc
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise DomainError(f"'{shown}' is geen geldige datum: het jaartal {day.year} klopt niet.")
    return day


_YES_NO: dict[str, bool] = {
    "ja": True,
    "j": True,
    "waar": True,
    "nee": False,
    "n": False,
    "onwaar": False,
}
_STATUSES: dict[str, IncidentStatus] = {
    IncidentStatus.OPEN.value: IncidentStatus.OPEN,
    IncidentStatus.CLOSED.value: IncidentStatus.CLOSED,
}


def _yes_no(text: str) -> bool:
    if not text:
        return False
    found = _YES_NO.get(_key(text))
    if found is None:
        raise _Refused(f"'{_shown(text)}' is geen geldige waarde. Gebruik ja of nee.")
    return found


def _status(text: str) -> IncidentStatus:
    if not text:
        raise _Refused("Vul de status in: open of afgerond.")
    found = _STATUSES.get(_key(text))
    if found is None:
        raise _Refused(f"Onbekende status '{_shown(text)}'. Gebruik open of afgerond.")
    return found


def _categories(text: str) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for part in text.split(","):
        name = part.strip()
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return tuple(seen.values())


def _reported_on(cell: Cell) -> date:
    if not _text(cell):
        raise _Refused("Vul de datum van de melding in (dd-mm-jjjj).")
    return parse_date(cell)


def _optional_date(cell: Cell) -> date | None:
    return parse_date(cell) if _text(cell) else None


def _days(text: str) -> int:
    match = _INTEGER.fullmatch(text)
    if match is None:
        raise _Refused(f"'{_shown(text)}' is geen geheel aantal dagen.")
    days = int(match.group(1))
    if days < 1:
        raise _Refused("Het aantal dagen schorsing moet minstens 1 zijn.")
    return days


# --- rows --------------------------------------------------------------------------------------


_UNSET: object = object()
"""Returned by :meth:`_Row.take` for a refused value."""

_GUARDIAN = "<ouder>"
"""Key in ``_Row.parsed`` of the parsed guardian (not a column name)."""


@dataclass
class _Row(ImportRow):
    """One data row while it is being checked, with the values parsed so far by column."""

    parsed: dict[str, object] = field(default_factory=dict)

    def take(self, column: str, parse: Callable[[str], object]) -> object:
        """Parse the trimmed text of ``column``; on refusal record the problem, return _UNSET."""
        return self.take_cell(column, lambda cell: parse(_text(cell)))

    def take_cell(self, column: str, parse: Callable[[Cell], object]) -> object:
        """Parse the cell of ``column``; on refusal record the problem and return _UNSET."""
        try:
            value = parse(self.values.get(column, ""))
        except (_Refused, DomainError) as exc:
            self.refuse(column, exc.message)
            return _UNSET
        self.parsed[column] = value
        return value


def _check_row(row: _Row, schools: Mapping[str, str]) -> None:
    """Check every cell of one row on its own and against the other cells of the row."""
    kenmerk = row.text(col.KENMERK)
    if kenmerk:
        row.parsed[col.KENMERK] = kenmerk
    else:
        row.refuse(col.KENMERK, "Vul het kenmerk van de melding in.")

    def school(text: str) -> str:
        if not text:
            raise _Refused("Vul de school in: de BRIN-code of de naam van de school.")
        brin = schools.get(_key(text), schools.get(text.strip().lower()))
        if brin is None:
            known = sorted(set(schools.values()))
            hint = f" Bekende scholen: {', '.join(known)}." if 0 < len(known) <= 12 else ""
            raise _Refused(
                f"Onbekende school '{_shown(text)}'. Gebruik de BRIN-code of de naam van een "
                f"school die in SKOW Desk is ingesteld.{hint}"
            )
        return brin

    row.take(col.SCHOOL, school)
    reported_on = row.take_cell(col.REPORTED_ON, _reported_on)
    occurred_on = row.take_cell(col.OCCURRED_ON, _optional_date)
    if (
        isinstance(reported_on, date)
        and isinstance(occurred_on, date)
        and occurred_on > reported_on
    ):
        row.refuse(
            col.OCCURRED_ON,
            f"De datum van het voorval ({occurred_on:%d-%m-%Y}) ligt na de datum van de "
            f"melding ({reported_on:%d-%m-%Y}).",
        )
    row.parsed[col.PLATFORM] = row.text(col.PLATFORM)
    row.parsed[col.DESCRIPTION] = row.text(col.DESCRIPTION)
    row.take(col.STATUS, _status)
    row.take(col.POLICE_REPORT, _yes_no)
    row.parsed[col.CATEGORY] = _categories(row.text(col.CATEGORY))
    articles = row.take(col.ARTICLES, lambda text: tuple(parse_codes(text)))

    role = row.take(col.ROLE, parse_role)
    if isinstance(role, Role) and isinstance(articles, tuple) and articles:
        try:
            check_articles_for_role(articles, role)
        except DomainError as exc:
            row.refuse(col.ARTICLES, exc.message)

    row.take(col.SALUTATION, parse_salutation)
    if not row.text(col.LAST_NAME):
        row.refuse(col.LAST_NAME, "Vul de achternaam in.")
    _check_measure(row, role, occurred_on)
    _check_guardian(row, role)


def _check_measure(row: _Row, role: object, occurred_on: object) -> None:
    def measure(text: str) -> MeasureKind | None:
        return parse_measure(text) if text else None

    kind = row.take(col.MEASURE, measure)
    if isinstance(kind, MeasureKind) and isinstance(role, Role):
        try:
            check_measure_for_role(kind, role)
        except DomainError as exc:
            row.refuse(col.MEASURE, exc.message)
    measure_on = row.take_cell(col.MEASURE_ON, _optional_date)
    if isinstance(measure_on, date):
        if kind is None:
            row.refuse(
                col.MEASURE_ON,
                "Er is een datum van de maatregel ingevuld, maar geen maatregel. Vul de "
                "maatregel in of maak deze cel leeg.",
            )
        elif isinstance(occurred_on, date) and measure_on < occurred_on:
            row.refuse(
                col.MEASURE_ON,
                f"De datum van de maatregel ({measure_on:%d-%m-%Y}) ligt vóór de datum van het "
                f"voorval ({occurred_on:%d-%m-%Y}).",
            )

    days_text = row.text(col.SUSPENSION_DAYS)
    if not days_text:
        row.parsed[col.SUSPENSION_DAYS] = None
        if kind is MeasureKind.SUSPENSION and role is Role.PUPIL:
            row.refuse(
                col.SUSPENSION_DAYS,
                f"Vul het aantal schooldagen van de schorsing in (1 tot en met "
                f"{MAX_PUPIL_SUSPENSION_DAYS}).",
            )
        return
    days = row.take(col.SUSPENSION_DAYS, _days)
    if not isinstance(days, int):
        return
    if kind is not MeasureKind.SUSPENSION and col.MEASURE not in row.bad:
        row.refuse(
            col.SUSPENSION_DAYS,
            "Een aantal dagen schorsing hoort alleen bij de maatregel schorsing. Maak deze cel "
            "leeg of kies de maatregel schorsing.",
        )
    elif role is Role.PUPIL and days > MAX_PUPIL_SUSPENSION_DAYS:
        row.refuse(
            col.SUSPENSION_DAYS,
            f"Een leerling kan ten hoogste {MAX_PUPIL_SUSPENSION_DAYS} schooldagen worden "
            f"geschorst, niet {days}.",
        )


def _check_guardian(row: _Row, role: object) -> None:
    filled = [c for c in col.OPTIONAL_GUARDIAN if row.text(c)]
    if not filled:
        row.parsed[_GUARDIAN] = None
        return
    if isinstance(role, Role) and role is not Role.PUPIL:
        row.refuse(
            filled[0],
            f"Gegevens van een ouder/verzorger ({', '.join(filled)}) horen alleen bij een "
            f"leerling, niet bij een betrokkene met de rol '{role.label.lower()}'. Maak deze "
            "cellen leeg of zet de ouder op een eigen rij met de rol ouder.",
        )
        return
    salutation = row.take(col.GUARDIAN_SALUTATION, parse_salutation)
    if not row.text(col.GUARDIAN_LAST_NAME):
        row.refuse(
            col.GUARDIAN_LAST_NAME,
            "Vul de achternaam van de ouder/verzorger in, of maak alle ouder-kolommen leeg.",
        )
        return
    if salutation is _UNSET:
        return
    assert salutation is None or isinstance(salutation, Salutation)
    row.parsed[_GUARDIAN] = GuardianRecord(
        salutation=salutation,
        initials=row.text(col.GUARDIAN_INITIALS),
        infix=row.text(col.GUARDIAN_INFIX),
        last_name=row.text(col.GUARDIAN_LAST_NAME),
        address=row.text(col.GUARDIAN_ADDRESS),
        postcode=row.text(col.GUARDIAN_POSTCODE),
        city=row.text(col.GUARDIAN_CITY),
    )


def _person(row: _Row) -> PersonRecord:
    """The person of a clean row."""
    p = row.parsed
    role = p[col.ROLE]
    salutation = p[col.SALUTATION]
    measure = p[col.MEASURE]
    measure_on = p[col.MEASURE_ON]
    days = p[col.SUSPENSION_DAYS]
    guardian = p[_GUARDIAN]
    assert isinstance(role, Role)
    assert salutation is None or isinstance(salutation, Salutation)
    assert measure is None or isinstance(measure, MeasureKind)
    assert measure_on is None or isinstance(measure_on, date)
    assert days is None or isinstance(days, int)
    assert guardian is None or isinstance(guardian, GuardianRecord)
    return PersonRecord(
        role=role,
        salutation=salutation,
        first_name=row.text(col.FIRST_NAME),
        infix=row.text(col.INFIX),
        last_name=row.text(col.LAST_NAME),
        group_or_function=row.text(col.GROUP_OR_FUNCTION),
        address=row.text(col.ADDRESS),
        postcode=row.text(col.POSTCODE),
        city=row.text(col.CITY),
        measure=measure,
        measure_on=measure_on,
        suspension_days=days,
        guardian=guardian,
        row=row.number,
    )


# --- incidents ---------------------------------------------------------------------------------

_SHARED: tuple[str, ...] = (
    col.SCHOOL,
    col.REPORTED_ON,
    col.OCCURRED_ON,
    col.PLATFORM,
    col.DESCRIPTION,
    col.STATUS,
    col.POLICE_REPORT,
    col.ARTICLES,
    col.CATEGORY,
)
"""Columns that describe the incident and must be the same on every row of one kenmerk."""


def _comparable(column: str, value: object) -> object:
    if column == col.CATEGORY and isinstance(value, tuple):
        return frozenset(str(v).casefold() for v in value)
    return value


def _display(value: object) -> str:
    if value is None or value == "" or value == ():
        return "niets"
    if isinstance(value, bool):
        text = "ja" if value else "nee"
    elif isinstance(value, date):
        text = short_date(value)
    elif isinstance(value, tuple):
        text = ", ".join(str(v) for v in value)
    else:
        text = str(value)
    return f"'{_shown(text)}'"


def _check_group(kenmerk: str, rows: list[_Row]) -> None:
    """Rows of one kenmerk must describe the same incident, and not repeat a person."""
    first = rows[0]
    persons: dict[tuple[str, ...], int] = {}
    for row in rows:
        if row is not first:
            for column in _SHARED:
                if column in first.bad or column in row.bad:
                    continue
                mine = row.parsed.get(column)
                theirs = first.parsed.get(column)
                if _comparable(column, mine) != _comparable(column, theirs):
                    row.refuse(
                        column,
                        f"Alle rijen van melding '{_shown(kenmerk)}' moeten hier hetzelfde "
                        f"hebben: rij {first.number} heeft {_display(theirs)}, deze rij "
                        f"{_display(mine)}. Herhaal de gegevens van de melding op elke rij.",
                    )
        who = tuple(
            _key(row.text(c)).casefold()
            for c in (col.ROLE, col.FIRST_NAME, col.INFIX, col.LAST_NAME)
        )
        if not who[-1]:
            continue
        if who in persons:
            row.refuse(
                col.LAST_NAME,
                f"Deze persoon staat al op rij {persons[who]} bij melding '{_shown(kenmerk)}'.",
            )
        else:
            persons[who] = row.number


def _incident(kenmerk: str, rows: list[_Row]) -> IncidentRecord:
    """The incident of a group of clean rows."""
    p = rows[0].parsed
    brin = p[col.SCHOOL]
    reported_on = p[col.REPORTED_ON]
    occurred_on = p[col.OCCURRED_ON]
    articles = p[col.ARTICLES]
    categories = p[col.CATEGORY]
    status = p[col.STATUS]
    police_report = p[col.POLICE_REPORT]
    platform = p[col.PLATFORM]
    description = p[col.DESCRIPTION]
    assert isinstance(brin, str)
    assert isinstance(reported_on, date)
    assert occurred_on is None or isinstance(occurred_on, date)
    assert isinstance(articles, tuple)
    assert isinstance(categories, tuple)
    assert isinstance(status, IncidentStatus)
    assert isinstance(police_report, bool)
    assert isinstance(platform, str)
    assert isinstance(description, str)
    return IncidentRecord(
        kenmerk=kenmerk,
        brin=brin,
        reported_on=reported_on,
        occurred_on=occurred_on,
        platform=platform,
        description=description,
        articles=tuple(str(a) for a in articles),
        categories=tuple(str(c) for c in categories),
        status=status,
        police_report=police_report,
        persons=tuple(_person(row) for row in rows),
        first_row=rows[0].number,
    )


# --- headers -----------------------------------------------------------------------------------


# --- the whole file ----------------------------------------------------------------------------


def _order(problem: ImportProblem) -> tuple[int, int]:
    """By row, then template column order; others keep the order found (the sort is stable)."""
    if not problem.column:
        return (problem.row, -1)
    try:
        return (problem.row, col.ALL.index(problem.column))
    except ValueError:
        return (problem.row, len(col.ALL))


def _check_limits(row: _Row, today: date) -> None:
    """The forms' limits: length, no control characters, no report date in the future."""
    for column, cell in row.values.items():
        if isinstance(cell, str) and column not in row.bad:
            problem = cell_problem(column, cell.strip())
            if problem:
                row.refuse(column, problem)
    reported = row.parsed.get(col.REPORTED_ON)
    if isinstance(reported, date) and reported > today and col.REPORTED_ON not in row.bad:
        row.refuse(col.REPORTED_ON, "De datum van de melding ligt in de toekomst.")


def parse_register(table: Table, schools: Mapping[str, str],
                   today: date | None = None) -> ParseResult:
    """Validate ``table`` into incidents; ``schools`` maps lower-cased BRIN and name to BRIN."""
    today = today or date.today()
    headers = check_headers(table.headers, col.ALL, col.REQUIRED)
    problems = list(headers.problems)
    if not headers.positions:
        return ParseResult([], sorted(problems, key=_order))
    missing = {name for name in col.REQUIRED if name not in headers.positions}

    rows: list[_Row] = []
    unnamed_reported: set[int] = set()
    for table_row in table.rows:
        if is_empty(table_row.cells):
            continue
        row = _Row.of(table_row.number, table_row.cells, headers.positions)
        for index, cell in enumerate(table_row.cells):
            if index in headers.named or index in unnamed_reported or not _text(cell):
                continue
            unnamed_reported.add(index)
            row.problems.append(
                ImportProblem(
                    table_row.number,
                    "",
                    f"Kolom {_column_letter(index)} heeft geen kolomnaam in rij 1, maar bevat "
                    f"gegevens ('{_shown(_text(cell), 30)}'). Geef de kolom een naam of maak "
                    "de cellen leeg.",
                )
            )
        _check_row(row, schools)
        _check_limits(row, today)
        rows.append(row)

    groups: dict[str, list[_Row]] = {}
    for row in rows:
        kenmerk = row.parsed.get(col.KENMERK)
        if isinstance(kenmerk, str):
            groups.setdefault(kenmerk.casefold(), []).append(row)

    incidents: list[IncidentRecord] = []
    for group in groups.values():
        kenmerk = group[0].text(col.KENMERK)
        _check_group(kenmerk, group)
        if not problems and all(row.clean for row in group):
            incidents.append(_incident(kenmerk, group))

    for row in rows:
        problems.extend(p for p in row.problems if p.column not in missing)
    incidents.sort(key=lambda incident: incident.first_row)
    return ParseResult(incidents, sorted(problems, key=_order))
