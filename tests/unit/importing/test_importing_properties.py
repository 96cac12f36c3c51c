"""Property tests: the importer never crashes, and valid records survive a CSV round trip."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skow_desk.domain.articles import BY_CODE, CODES
from skow_desk.domain.enums import IncidentStatus, Role, Salutation
from skow_desk.domain.measures import MEASURES_BY_ROLE, MeasureKind
from skow_desk.importing import (
    ExcelSemicolon,
    GuardianRecord,
    ImportFileError,
    IncidentRecord,
    ParseResult,
    PersonRecord,
    Table,
    TableRow,
    parse_register,
    read_csv_bytes,
    read_table,
)
from skow_desk.importing import columns as col

SCHOOLS = {"04xy": "04XY", "de regenboog": "04XY", "12ab": "12AB", "het baken": "12AB"}
SCHOOL_SPELLINGS = {"04XY": ["04XY", "04xy", "De Regenboog"], "12AB": ["12AB", "het baken"]}

PROPERTY_SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _import_bytes(data: bytes) -> ParseResult | None:
    """Read and parse; ``None`` when the file as a whole is refused (the only allowed error)."""
    try:
        table = read_csv_bytes(data)
    except ImportFileError as error:
        assert str(error)
        return None
    result = parse_register(table, SCHOOLS)
    assert all(str(p).startswith(f"Rij {p.row}") for p in result.problems)
    return result


# --- never raises ------------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    _import_bytes(data)


@PROPERTY_SETTINGS
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-8-sig"]))
def test_arbitrary_text_never_crashes(text: str, encoding: str) -> None:
    _import_bytes(text.encode(encoding, errors="surrogatepass"))


@PROPERTY_SETTINGS
@given(st.text(max_size=500))
def test_arbitrary_text_after_a_valid_header_never_crashes(text: str) -> None:
    _import_bytes((";".join(col.ALL) + "\r\n" + text).encode("utf-8", errors="surrogatepass"))


VALUES = [
    "",
    " ",
    "K1",
    "k1",
    "K2",
    "04XY",
    "12ab",
    "De Regenboog",
    "onbekend",
    "06-10-2025",
    "2025-10-03",
    "31-02-2025",
    "1/1/2000",
    "01-01-1999",
    "leerling",
    "medewerker",
    "ouder",
    "overig",
    "heer",
    "mevrouw",
    "A5, A7",
    "A6",
    "B1 C3",
    "A1",
    "Z9",
    "schorsing",
    "ontslag",
    "toegangsverbod",
    "verwijdering van school",
    "waarschuwing",
    "0",
    "3",
    "6",
    "-1",
    "1.0",
    "ja",
    "nee",
    "open",
    "afgerond",
    "Vries",
]


@st.composite
def junk_tables(draw: st.DrawFn) -> Table:
    """Tables near the real format: known and odd headers, plausible and odd cells, dates."""
    if draw(st.booleans()):
        headers = list(col.ALL)
    else:
        headers = draw(
            st.lists(
                st.one_of(
                    st.sampled_from([*col.ALL, "", " KENMERK ", "opmerking"]),
                    st.text(max_size=8),
                ),
                max_size=35,
            )
        )
    cell = st.one_of(
        st.sampled_from(VALUES),
        st.text(max_size=12),
        st.dates(min_value=date(1, 1, 1)),
    )
    rows = draw(st.lists(st.lists(cell, max_size=len(headers) + 3), max_size=6))
    return Table(tuple(headers), tuple(TableRow(i, tuple(r)) for i, r in enumerate(rows, 2)))


@PROPERTY_SETTINGS
@given(junk_tables())
def test_parser_never_crashes_on_odd_tables(table: Table) -> None:
    result = parse_register(table, SCHOOLS)
    rows_with_problems = {p.row for p in result.problems}
    for incident in result.incidents:
        assert not rows_with_problems & {p.row for p in incident.persons}


@PROPERTY_SETTINGS
@given(junk_tables(), st.sampled_from(["utf-8-sig", "utf-8", "cp1252"]))
def test_junk_tables_as_csv_never_crash(table: Table, encoding: str) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect=ExcelSemicolon)
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([c.strftime("%d-%m-%Y") if isinstance(c, date) else c for c in row.cells])
    _import_bytes(buffer.getvalue().encode(encoding, errors="replace"))


# --- round trip --------------------------------------------------------------------------------

TRICKY = st.sampled_from([";", '"', ",", "'", "é", "ł", "Ö", "€", "="])
LINE_BREAKS = st.sampled_from(["\n", "\r", "\t"])  # only the description may hold these
# What the forms can hold: no control, format (bidi), surrogate or private-use characters.
VISIBLE = st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cs", "Co"))


def stripped_text(
    *, min_size: int = 0, max_size: int = 20, exclude: str = "", lines: bool = False
) -> st.SearchStrategy[str]:
    """Any visible Unicode (with extra ``;`` and quotes, and line breaks where a form allows
    them), trimmed as the importer trims."""
    chars = st.one_of(VISIBLE, TRICKY, LINE_BREAKS) if lines else st.one_of(VISIBLE, TRICKY)
    if exclude:
        chars = chars.filter(lambda c: c not in exclude)
    return st.text(chars, max_size=max_size).map(str.strip).filter(lambda s: len(s) >= min_size)


NAME = stripped_text(min_size=1)
OPTIONAL = stripped_text()
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date.today())  # never in the future
SALUTATIONS = st.none() | st.sampled_from(list(Salutation))


def _norm(text: str) -> str:
    return " ".join(text.split()).lower().casefold()


def _person_key(p: PersonRecord) -> tuple[str, ...]:
    return (p.role.value, _norm(p.first_name), _norm(p.infix), _norm(p.last_name))


@st.composite
def guardians(draw: st.DrawFn) -> GuardianRecord:
    return GuardianRecord(
        salutation=draw(SALUTATIONS),
        initials=draw(OPTIONAL),
        infix=draw(OPTIONAL),
        last_name=draw(NAME),
        address=draw(OPTIONAL),
        postcode=draw(OPTIONAL),
        city=draw(OPTIONAL),
    )


@st.composite
def persons(draw: st.DrawFn, occurred_on: date | None) -> PersonRecord:
    role = draw(st.sampled_from(list(Role)))
    measure = draw(st.none() | st.sampled_from(MEASURES_BY_ROLE[role]))
    measure_on = None
    if measure is not None:
        earliest = occurred_on or date(2000, 1, 1)
        measure_on = draw(st.none() | st.dates(min_value=earliest, max_value=date(2099, 12, 31)))
    days = None
    if measure is MeasureKind.SUSPENSION:
        if role is Role.PUPIL:
            days = draw(st.integers(1, 5))
        else:
            days = draw(st.none() | st.integers(1, 10_000))
    return PersonRecord(
        role=role,
        salutation=draw(SALUTATIONS),
        first_name=draw(OPTIONAL),
        infix=draw(OPTIONAL),
        last_name=draw(NAME),
        group_or_function=draw(OPTIONAL),
        address=draw(OPTIONAL),
        postcode=draw(OPTIONAL),
        city=draw(OPTIONAL),
        measure=measure,
        measure_on=measure_on,
        suspension_days=days,
        guardian=draw(st.none() | guardians()) if role is Role.PUPIL else None,
        row=0,
    )


@st.composite
def incidents(draw: st.DrawFn, kenmerk: str) -> IncidentRecord:
    reported_on = draw(DATES)
    occurred_on = draw(st.none() | st.dates(min_value=date(2000, 1, 1), max_value=reported_on))
    people = draw(st.lists(persons(occurred_on), min_size=1, max_size=3, unique_by=_person_key))
    roles = {p.role for p in people}
    allowed = [c for c in CODES if roles <= BY_CODE[c].applies_to]
    articles = draw(st.lists(st.sampled_from(allowed), unique=True))
    categories = draw(st.lists(stripped_text(min_size=1, exclude=","), unique_by=str.casefold))
    return IncidentRecord(
        kenmerk=kenmerk,
        brin=draw(st.sampled_from(sorted(SCHOOL_SPELLINGS))),
        reported_on=reported_on,
        occurred_on=occurred_on,
        platform=draw(OPTIONAL),
        description=draw(stripped_text(max_size=80, lines=True)),
        articles=tuple(sorted(articles, key=CODES.index)),
        categories=tuple(categories),
        status=draw(st.sampled_from([IncidentStatus.OPEN, IncidentStatus.CLOSED])),
        police_report=draw(st.booleans()),
        persons=tuple(people),
        first_row=0,
    )


@st.composite
def registers(draw: st.DrawFn) -> list[IncidentRecord]:
    kenmerken = draw(st.lists(NAME, min_size=1, max_size=3, unique_by=str.casefold))
    return [draw(incidents(k)) for k in kenmerken]


DATE_STYLES = {
    "dd-mm-jjjj": "%d-%m-%Y",
    "dd/mm/jjjj": "%d/%m/%Y",
    "iso": "%Y-%m-%d",
}


def _date(draw: st.DrawFn, day: date | None) -> str:
    """A date as a director might write it; rows of one incident may differ in style."""
    if day is None:
        return ""
    style = draw(st.sampled_from([*DATE_STYLES, "d-m-jjjj"]))
    if style == "d-m-jjjj":
        return f"{day.day}-{day.month}-{day.year}"
    return day.strftime(DATE_STYLES[style])


def _cells(draw: st.DrawFn, incident: IncidentRecord, person: PersonRecord) -> dict[str, str]:
    guardian = person.guardian
    cells = {
        col.KENMERK: incident.kenmerk,
        col.SCHOOL: draw(st.sampled_from(SCHOOL_SPELLINGS[incident.brin])),
        col.REPORTED_ON: _date(draw, incident.reported_on),
        col.OCCURRED_ON: _date(draw, incident.occurred_on),
        col.ROLE: person.role.value,
        col.SALUTATION: person.salutation.value if person.salutation else "",
        col.FIRST_NAME: person.first_name,
        col.INFIX: person.infix,
        col.LAST_NAME: person.last_name,
        col.GROUP_OR_FUNCTION: person.group_or_function,
        col.PLATFORM: incident.platform,
        col.ARTICLES: draw(st.sampled_from([", ", ",", " ", ";"])).join(incident.articles),
        col.CATEGORY: ", ".join(incident.categories),
        col.DESCRIPTION: incident.description,
        col.MEASURE: person.measure.value if person.measure else "",
        col.MEASURE_ON: _date(draw, person.measure_on),
        col.SUSPENSION_DAYS: "" if person.suspension_days is None else str(person.suspension_days),
        col.POLICE_REPORT: "ja" if incident.police_report else draw(st.sampled_from(["nee", ""])),
        col.STATUS: incident.status.value,
        col.ADDRESS: person.address,
        col.POSTCODE: person.postcode,
        col.CITY: person.city,
    }
    if guardian is not None:
        cells |= {
            col.GUARDIAN_SALUTATION: guardian.salutation.value if guardian.salutation else "",
            col.GUARDIAN_INITIALS: guardian.initials,
            col.GUARDIAN_INFIX: guardian.infix,
            col.GUARDIAN_LAST_NAME: guardian.last_name,
            col.GUARDIAN_ADDRESS: guardian.address,
            col.GUARDIAN_POSTCODE: guardian.postcode,
            col.GUARDIAN_CITY: guardian.city,
        }
    return cells


@st.composite
def register_files(draw: st.DrawFn) -> tuple[bytes, list[IncidentRecord]]:
    """CSV bytes of a valid register and the records it must parse into."""
    register = draw(registers())
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect=ExcelSemicolon)
    writer.writerow(col.ALL)
    expected: list[IncidentRecord] = []
    number = 2
    for incident in register:
        numbered: list[PersonRecord] = []
        for person in incident.persons:
            cells = _cells(draw, incident, person)
            writer.writerow([cells.get(name, "") for name in col.ALL])
            numbered.append(dataclasses.replace(person, row=number))
            number += 1
        expected.append(
            dataclasses.replace(incident, persons=tuple(numbered), first_row=numbered[0].row)
        )
    encoding = draw(st.sampled_from(["utf-8-sig", "utf-8"]))
    return buffer.getvalue().encode(encoding), expected


@PROPERTY_SETTINGS
@given(register_files())
def test_valid_records_survive_a_csv_round_trip(case: tuple[bytes, list[IncidentRecord]]) -> None:
    data, expected = case
    result = _import_bytes(data)
    assert result is not None
    assert result.problems == [], [str(p) for p in result.problems]
    assert result.incidents == expected


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("rondreis")


@PROPERTY_SETTINGS
@given(case=register_files())
def test_round_trip_through_a_file(folder: Path, case: tuple[bytes, list[IncidentRecord]]) -> None:
    data, expected = case
    path = folder / "register.csv"
    path.write_bytes(data)
    assert parse_register(read_table(path), SCHOOLS).incidents == expected
