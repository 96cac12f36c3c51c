"""Validating a register table: every problem with its row and column, and clean records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from skow_desk.domain.enums import IncidentStatus, Role, Salutation
from skow_desk.domain.errors import DomainError
from skow_desk.domain.measures import MeasureKind
from skow_desk.importing import (
    GuardianRecord,
    ImportProblem,
    ParseResult,
    Table,
    TableRow,
    parse_date,
    parse_register,
)
from skow_desk.importing import columns as col

Row = dict[str, str]
RowFactory = Callable[..., Row]
Parser = Callable[..., ParseResult]


def _where(result: ParseResult) -> list[tuple[int, str]]:
    return [(p.row, p.column) for p in result.problems]


# --- problems ----------------------------------------------------------------------------------


def test_problem_text() -> None:
    problem = ImportProblem(5, "datum_melding", "'31-02-2025' is geen geldige datum.")
    assert str(problem) == "Rij 5, kolom 'datum_melding': '31-02-2025' is geen geldige datum."
    assert str(ImportProblem(1, "", "Leeg.")) == "Rij 1: Leeg."


STAFF = {col.ROLE: "medewerker", col.SALUTATION: "mevrouw", col.GROUP_OR_FUNCTION: "leraar"}

# (overrides of a valid pupil row, column of the single expected problem, part of the message)
CASES: list[tuple[dict[str, str], str, str]] = [
    ({col.KENMERK: ""}, col.KENMERK, "Vul het kenmerk van de melding in."),
    ({col.KENMERK: "   "}, col.KENMERK, "Vul het kenmerk"),
    ({col.SCHOOL: ""}, col.SCHOOL, "Vul de school in"),
    ({col.SCHOOL: "99ZZ"}, col.SCHOOL, "Onbekende school '99ZZ'. Gebruik de BRIN-code"),
    ({col.REPORTED_ON: ""}, col.REPORTED_ON, "Vul de datum van de melding in"),
    ({col.REPORTED_ON: "31-02-2025"}, col.REPORTED_ON, "'31-02-2025' is geen geldige datum."),
    ({col.REPORTED_ON: "gisteren"}, col.REPORTED_ON, "Schrijf de datum als dd-mm-jjjj"),
    ({col.REPORTED_ON: "06-10-25"}, col.REPORTED_ON, "geen geldige datum"),
    ({col.REPORTED_ON: "06-10-1925"}, col.REPORTED_ON, "het jaartal 1925 klopt niet"),
    ({col.OCCURRED_ON: "13-13-2025"}, col.OCCURRED_ON, "geen geldige datum"),
    (
        {col.OCCURRED_ON: "07-10-2025"},
        col.OCCURRED_ON,
        "De datum van het voorval (07-10-2025) ligt na de datum van de melding (06-10-2025).",
    ),
    ({col.ROLE: ""}, col.ROLE, "Vul de rol in"),
    ({col.ROLE: "directeur"}, col.ROLE, "'directeur' is geen rol. Kies uit"),
    ({col.SALUTATION: "meneer"}, col.SALUTATION, "Onbekende aanhef 'meneer'"),
    ({col.ARTICLES: "A5, A9"}, col.ARTICLES, "Onbekend protocolartikel 'A9'"),
    (
        {col.ARTICLES: "A6, B4"},
        col.ARTICLES,
        "Artikel A6, B4 geldt alleen voor medewerkers; het kan niet worden vastgelegd voor een "
        "betrokkene met de rol 'leerling'.",
    ),
    (
        {col.ROLE: "ouder", col.ARTICLES: "A1", col.GROUP_OR_FUNCTION: ""},
        col.ARTICLES,
        "geldt alleen voor medewerkers en leerlingen",
    ),
    ({col.MEASURE: "strafwerk"}, col.MEASURE, "Onbekende maatregel 'strafwerk'"),
    (
        {col.MEASURE: "ontslag"},
        col.MEASURE,
        "De maatregel 'ontslag' is niet mogelijk voor een leerling.",
    ),
    (
        {**STAFF, col.MEASURE: "verwijdering van school"},
        col.MEASURE,
        "niet mogelijk voor een medewerker",
    ),
    ({col.MEASURE: "schorsing"}, col.SUSPENSION_DAYS, "Vul het aantal schooldagen"),
    (
        {col.MEASURE: "schorsing", col.SUSPENSION_DAYS: "6"},
        col.SUSPENSION_DAYS,
        "Een leerling kan ten hoogste 5 schooldagen worden geschorst, niet 6.",
    ),
    (
        {col.MEASURE: "schorsing", col.SUSPENSION_DAYS: "drie"},
        col.SUSPENSION_DAYS,
        "'drie' is geen geheel aantal dagen.",
    ),
    (
        {**STAFF, col.MEASURE: "schorsing", col.SUSPENSION_DAYS: "0"},
        col.SUSPENSION_DAYS,
        "minstens 1",
    ),
    (
        {**STAFF, col.MEASURE: "schorsing", col.SUSPENSION_DAYS: "-3"},
        col.SUSPENSION_DAYS,
        "geen geheel aantal",
    ),
    ({col.SUSPENSION_DAYS: "2"}, col.SUSPENSION_DAYS, "hoort alleen bij de maatregel schorsing"),
    ({col.MEASURE: ""}, col.MEASURE_ON, "maar geen maatregel"),
    ({col.MEASURE_ON: "30-02-2025"}, col.MEASURE_ON, "geen geldige datum"),
    (
        {col.MEASURE_ON: "01-10-2025"},
        col.MEASURE_ON,
        "De datum van de maatregel (01-10-2025) ligt vóór de datum van het voorval (03-10-2025).",
    ),
    ({col.POLICE_REPORT: "misschien"}, col.POLICE_REPORT, "Gebruik ja of nee."),
    ({col.STATUS: ""}, col.STATUS, "Vul de status in: open of afgerond."),
    ({col.STATUS: "gesloten"}, col.STATUS, "Onbekende status 'gesloten'"),
    ({col.LAST_NAME: " "}, col.LAST_NAME, "Vul de achternaam in."),
    (
        {**STAFF, col.GUARDIAN_LAST_NAME: "Jansen", col.GUARDIAN_CITY: "Wijchen"},
        col.GUARDIAN_LAST_NAME,
        "Gegevens van een ouder/verzorger (ouder_achternaam, ouder_plaats) horen alleen bij een "
        "leerling, niet bij een betrokkene met de rol 'medewerker'.",
    ),
    (
        {col.ROLE: "overig", col.GROUP_OR_FUNCTION: "", col.GUARDIAN_SALUTATION: "mevrouw"},
        col.GUARDIAN_SALUTATION,
        "horen alleen bij een leerling",
    ),
    (
        {col.GUARDIAN_INITIALS: "J."},
        col.GUARDIAN_LAST_NAME,
        "Vul de achternaam van de ouder/verzorger in",
    ),
    (
        {col.GUARDIAN_LAST_NAME: "Vries", col.GUARDIAN_SALUTATION: "juf"},
        col.GUARDIAN_SALUTATION,
        "Onbekende aanhef 'juf'",
    ),
]


@pytest.mark.parametrize(("overrides", "column", "message"), CASES)
def test_each_problem_has_its_row_and_column(
    parse_rows: Parser,
    row: RowFactory,
    overrides: dict[str, str],
    column: str,
    message: str,
) -> None:
    good = row()
    bad = row(**{col.KENMERK: "04XY-2526-002", col.LAST_NAME: "Bakker", **overrides})
    result = parse_rows([good, bad])
    assert _where(result) == [(3, column)], [str(p) for p in result.problems]
    assert message in result.problems[0].message
    # The clean incident is still returned; the faulty one is not.
    assert [i.kenmerk for i in result.incidents] == ["04XY-2526-001"]


def test_every_problem_in_the_file_is_reported_in_order(
    parse_rows: Parser, row: RowFactory
) -> None:
    result = parse_rows(
        [
            row(**{col.STATUS: "dicht", col.REPORTED_ON: "32-01-2025", col.ROLE: "x"}),
            row(**{col.KENMERK: "2", col.LAST_NAME: "", col.SCHOOL: "nergens"}),
            row(**{col.KENMERK: "3", col.POLICE_REPORT: "?"}),
        ]
    )
    assert _where(result) == [
        (2, col.REPORTED_ON),
        (2, col.ROLE),
        (2, col.STATUS),
        (3, col.SCHOOL),
        (3, col.LAST_NAME),
        (4, col.POLICE_REPORT),
    ]
    assert result.incidents == []
    assert not result.ok


# --- good records ------------------------------------------------------------------------------


def test_one_valid_row_gives_the_full_record(parse_rows: Parser, row: RowFactory) -> None:
    result = parse_rows(
        [
            row(
                **{
                    col.ADDRESS: "Dorpsstraat 1",
                    col.POSTCODE: "6601 AA",
                    col.CITY: "Wijchen",
                    col.GUARDIAN_SALUTATION: "Mevr.",
                    col.GUARDIAN_INITIALS: "A.B.",
                    col.GUARDIAN_LAST_NAME: "Vries",
                    col.CATEGORY: "pesten, privacy, Pesten",
                }
            )
        ]
    )
    assert result.ok
    (incident,) = result.incidents
    assert incident.kenmerk == "04XY-2526-001"
    assert incident.brin == "04XY"
    assert incident.reported_on == date(2025, 10, 6)
    assert incident.occurred_on == date(2025, 10, 3)
    assert incident.articles == ("A5", "A7")
    assert incident.categories == ("pesten", "privacy")
    assert incident.status is IncidentStatus.OPEN
    assert incident.police_report is False
    assert incident.first_row == 2
    (person,) = incident.persons
    assert person.role is Role.PUPIL
    assert person.salutation is Salutation.MR
    assert (person.first_name, person.infix, person.last_name) == ("Daan", "de", "Vries")
    assert person.measure is MeasureKind.WARNING
    assert person.measure_on == date(2025, 10, 8)
    assert person.suspension_days is None
    assert (person.address, person.postcode, person.city) == ("Dorpsstraat 1", "6601 AA", "Wijchen")
    assert person.guardian == GuardianRecord(Salutation.MRS, "A.B.", "", "Vries", "", "", "")


def test_lenient_spellings(parse_rows: Parser, row: RowFactory) -> None:
    result = parse_rows(
        [
            row(
                **{
                    col.SCHOOL: "  de   REGENBOOG ",
                    col.ROLE: "Ouder/verzorger",
                    col.GROUP_OR_FUNCTION: "",
                    col.SALUTATION: "Dhr.",
                    col.ARTICLES: "a7 a5",
                    col.MEASURE: "Toegangsverbod",
                    col.POLICE_REPORT: "JA",
                    col.STATUS: " Afgerond ",
                    col.OCCURRED_ON: "",
                }
            )
        ]
    )
    assert result.ok, [str(p) for p in result.problems]
    (incident,) = result.incidents
    assert incident.brin == "04XY"
    assert incident.articles == ("A5", "A7")
    assert incident.police_report is True
    assert incident.status is IncidentStatus.CLOSED
    assert incident.occurred_on is None
    person = incident.persons[0]
    assert (person.role, person.salutation, person.measure) == (
        Role.PARENT,
        Salutation.MR,
        MeasureKind.ACCESS_BAN,
    )


def test_empty_optional_values(parse_rows: Parser, row: RowFactory) -> None:
    result = parse_rows(
        [
            row(
                **{
                    col.SALUTATION: "",
                    col.FIRST_NAME: "",
                    col.INFIX: "",
                    col.ARTICLES: "",
                    col.CATEGORY: "",
                    col.MEASURE: "",
                    col.MEASURE_ON: "",
                    col.POLICE_REPORT: "",
                    col.PLATFORM: "",
                    col.DESCRIPTION: "",
                }
            )
        ]
    )
    assert result.ok
    person = result.incidents[0].persons[0]
    assert person.salutation is None and person.measure is None and person.guardian is None
    assert result.incidents[0].articles == () and result.incidents[0].police_report is False


def test_suspensions(parse_rows: Parser, row: RowFactory) -> None:
    result = parse_rows(
        [
            row(**{col.MEASURE: "schorsing", col.SUSPENSION_DAYS: "5"}),
            row(
                **{
                    **STAFF,
                    col.LAST_NAME: "Jansen",
                    col.MEASURE: "schorsing",
                    col.SUSPENSION_DAYS: "20",
                }
            ),
            row(**{**STAFF, col.LAST_NAME: "Smit", col.MEASURE: "schorsing"}),
        ]
    )
    assert result.ok, [str(p) for p in result.problems]
    assert [p.suspension_days for p in result.incidents[0].persons] == [5, 20, None]


@pytest.mark.parametrize(
    ("reported", "occurred"),
    [
        ("06-10-2025", "03-10-2025"),
        ("6-10-2025", "3-10-2025"),
        ("06/10/2025", "3/10/2025"),
        ("2025-10-06", "2025-10-03"),
        ("2025-10-06 00:00:00", "03-10-2025 0:00"),
    ],
)
def test_dutch_and_iso_dates(
    parse_rows: Parser, row: RowFactory, reported: str, occurred: str
) -> None:
    result = parse_rows([row(**{col.REPORTED_ON: reported, col.OCCURRED_ON: occurred})])
    assert result.ok, [str(p) for p in result.problems]
    assert result.incidents[0].reported_on == date(2025, 10, 6)
    assert result.incidents[0].occurred_on == date(2025, 10, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29-02-2024", date(2024, 2, 29)),
        ("1-2-2025", date(2025, 2, 1)),
        ("01/02/2025", date(2025, 2, 1)),
        ("2025-02-01", date(2025, 2, 1)),
        (" 01-02-2025 ", date(2025, 2, 1)),
        (date(2025, 2, 1), date(2025, 2, 1)),
    ],
)
def test_parse_date(text: str | date, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["29-02-2025", "01-02/2025", "2025/02/01", "1-2-25", "", "01-02-2025x", "0-1-2025"]
)
def test_parse_date_refuses(text: str) -> None:
    with pytest.raises(DomainError, match="geen geldige datum"):
        parse_date(text)


# --- several persons per kenmerk ---------------------------------------------------------------


def test_several_persons_per_kenmerk(parse_rows: Parser, row: RowFactory) -> None:
    result = parse_rows(
        [
            row(),
            row(**{col.KENMERK: "04XY-2526-002", col.LAST_NAME: "Bakker"}),
            row(**{col.FIRST_NAME: "Sem", col.INFIX: "", col.LAST_NAME: "Bakker"}),
            row(
                **{
                    **STAFF,
                    col.KENMERK: "04xy-2526-001",  # same kenmerk, other case
                    col.FIRST_NAME: "Ingrid",
                    col.INFIX: "",
                    col.LAST_NAME: "Smit",
                    col.MEASURE: "berisping",
                    # equal, though written differently
                    col.REPORTED_ON: "2025-10-06",
                    col.ARTICLES: "A7,A5",
                }
            ),
        ]
    )
    assert result.ok, [str(p) for p in result.problems]
    first, second = result.incidents
    assert (first.kenmerk, first.first_row) == ("04XY-2526-001", 2)
    assert [(p.last_name, p.role, p.measure, p.row) for p in first.persons] == [
        ("Vries", Role.PUPIL, MeasureKind.WARNING, 2),
        ("Bakker", Role.PUPIL, MeasureKind.WARNING, 4),
        ("Smit", Role.STAFF, MeasureKind.REPRIMAND, 5),
    ]
    assert (second.kenmerk, second.first_row, len(second.persons)) == ("04XY-2526-002", 3, 1)


@pytest.mark.parametrize(
    ("column", "other"),
    [
        (col.SCHOOL, "12AB"),
        (col.REPORTED_ON, "07-10-2025"),
        (col.OCCURRED_ON, "02-10-2025"),
        (col.OCCURRED_ON, ""),
        (col.PLATFORM, "Instagram"),
        (col.DESCRIPTION, "Iets anders."),
        (col.DESCRIPTION, ""),
        (col.STATUS, "afgerond"),
        (col.POLICE_REPORT, "ja"),
        (col.ARTICLES, "A5"),
        (col.CATEGORY, "privacy"),
    ],
)
def test_inconsistent_rows_of_one_kenmerk(
    parse_rows: Parser, row: RowFactory, column: str, other: str
) -> None:
    result = parse_rows(
        [row(), row(**{col.LAST_NAME: "Bakker"}), row(**{col.LAST_NAME: "Smit", column: other})]
    )
    assert _where(result) == [(4, column)]
    message = result.problems[0].message
    assert message.startswith("Alle rijen van melding '04XY-2526-001' moeten hier hetzelfde")
    assert "rij 2 heeft" in message
    assert result.incidents == []


def test_category_order_and_case_do_not_matter(parse_rows: Parser, row: RowFactory) -> None:
    result = parse_rows(
        [
            row(**{col.CATEGORY: "pesten, privacy"}),
            row(**{col.LAST_NAME: "Bakker", col.CATEGORY: "Privacy,pesten"}),
        ]
    )
    assert result.ok
    assert result.incidents[0].categories == ("pesten", "privacy")


def test_same_person_twice_in_one_incident(parse_rows: Parser, row: RowFactory) -> None:
    result = parse_rows([row(), row(**{col.FIRST_NAME: " daan "})])
    assert _where(result) == [(3, col.LAST_NAME)]
    assert "staat al op rij 2" in result.problems[0].message


def test_inconsistent_value_that_is_itself_wrong_is_reported_once(
    parse_rows: Parser, row: RowFactory
) -> None:
    result = parse_rows([row(), row(**{col.LAST_NAME: "Bakker", col.STATUS: "dicht"})])
    assert _where(result) == [(3, col.STATUS)]
    assert "Onbekende status" in result.problems[0].message


# --- headers and empty rows --------------------------------------------------------------------


def test_headers_are_matched_case_insensitively_and_trimmed(
    parse_rows: Parser, row: RowFactory
) -> None:
    headers = [f"  {name.upper()} " for name in col.ALL]
    rows = [{f"  {k.upper()} ": v for k, v in row().items()}]
    assert parse_rows(rows, headers=headers).ok


def test_optional_columns_may_be_absent(parse_rows: Parser, row: RowFactory) -> None:
    result = parse_rows([row()], headers=col.REQUIRED)
    assert result.ok
    assert result.incidents[0].persons[0].address == ""


def test_missing_required_header_is_one_problem(parse_rows: Parser, row: RowFactory) -> None:
    headers = [name for name in col.ALL if name != col.STATUS]
    result = parse_rows([row(), row(**{col.LAST_NAME: "", col.KENMERK: "2"})], headers=headers)
    # No 'Vul de status in' on every row: only the header problem, plus real row problems.
    assert _where(result) == [(1, col.STATUS), (3, col.LAST_NAME)]
    assert result.problems[0].message == "De verplichte kolom 'status' ontbreekt in rij 1."
    assert result.incidents == []


def test_unknown_header_is_a_problem_with_a_suggestion(parse_rows: Parser, row: RowFactory) -> None:
    headers = [("datum_meldng" if n == col.REPORTED_ON else n) for n in col.ALL] + ["opmerking"]
    rows = [{**row(), "datum_meldng": "06-10-2025", "opmerking": "let op"}]
    result = parse_rows(rows, headers=headers)
    assert _where(result) == [(1, col.REPORTED_ON), (1, "datum_meldng"), (1, "opmerking")]
    assert "Bedoelt u 'datum_melding'?" in result.problems[1].message
    assert "Onbekende kolom 'opmerking' (kolom AD)" in result.problems[2].message
    assert result.incidents == []


def test_duplicate_header(parse_rows: Parser, row: RowFactory) -> None:
    result = parse_rows([row()], headers=[*col.ALL, "Achternaam"])
    assert _where(result) == [(1, col.LAST_NAME)]
    assert "komt twee keer voor (kolom I en AD)" in result.problems[0].message


def test_no_known_headers_is_a_single_problem() -> None:
    table = Table(("naam", "datum"), (TableRow(2, ("Jan", "1-1-2025")),))
    result = parse_register(table, {})
    assert _where(result) == [(1, ""), (1, "naam"), (1, "datum")]
    assert "De eerste rij bevat geen bekende kolomnamen" in result.problems[0].message


def test_data_in_a_column_without_header(row: RowFactory, schools: dict[str, str]) -> None:
    values = tuple(row().get(name, "") for name in col.ALL)
    other = tuple(row(**{col.LAST_NAME: "Bakker"}).get(name, "") for name in col.ALL)
    third = tuple(row(**{col.KENMERK: "2"}).get(name, "") for name in col.ALL)
    table = Table(
        (*col.ALL, ""),
        (
            TableRow(2, (*values, "")),
            TableRow(3, (*other, "vergeten", "nog meer")),
            TableRow(4, (*third, "", "nog eens")),  # reported once per column
        ),
    )
    result = parse_register(table, schools)
    assert _where(result) == [(3, ""), (3, "")]
    assert "Kolom AD heeft geen kolomnaam" in result.problems[0].message
    assert "Kolom AE heeft geen kolomnaam" in result.problems[1].message


def test_empty_rows_are_skipped(row: RowFactory, schools: dict[str, str]) -> None:
    values = tuple(row().get(name, "") for name in col.ALL)
    table = Table(
        col.ALL,
        (
            TableRow(2, ()),
            TableRow(3, ("", "  ", "\n")),
            TableRow(4, values),
            TableRow(5, ("",) * 40),
        ),
    )
    result = parse_register(table, schools)
    assert result.ok
    assert result.incidents[0].first_row == 4


def test_header_only_file(parse_rows: Parser) -> None:
    assert parse_rows([]) == ParseResult([], [])


def test_schools_mapping_lists_known_schools(parse_rows: Parser, row: RowFactory) -> None:
    result = parse_rows([row(**{col.SCHOOL: "Onbekend"})])
    assert result.problems[0].message.endswith("Bekende scholen: 04XY, 12AB.")
