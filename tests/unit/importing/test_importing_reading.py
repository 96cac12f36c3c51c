"""Reading CSV (as Dutch Excel saves it) and XLSX files into a table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from skow_desk.importing import (
    ImportFileError,
    Table,
    parse_register,
    read_csv_bytes,
    read_table,
)
from skow_desk.importing import columns as col

Row = dict[str, str]


def _only_person_names(table: Table, schools: dict[str, str]) -> list[tuple[str, str]]:
    result = parse_register(table, schools)
    assert result.problems == []
    return [(p.first_name, p.last_name) for i in result.incidents for p in i.persons]


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8"])
def test_utf8_with_and_without_bom(
    encoding: str,
    write_csv: Callable[..., Path],
    row: Callable[..., Row],
    schools: dict[str, str],
) -> None:
    path = write_csv(
        [row(**{col.FIRST_NAME: "Łukasz", col.LAST_NAME: "Wałęsa-Öztürk"})], encoding=encoding
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig")
    table = read_table(path)
    assert table.headers == col.ALL  # no BOM left on 'kenmerk'
    assert _only_person_names(table, schools) == [("Łukasz", "Wałęsa-Öztürk")]


def test_windows_1252(
    write_csv: Callable[..., Path], row: Callable[..., Row], schools: dict[str, str]
) -> None:
    path = write_csv(
        [
            row(**{col.FIRST_NAME: "Zoë", col.LAST_NAME: "Öztürk", col.DESCRIPTION: "Café €5"}),
            row(**{col.FIRST_NAME: "René", col.LAST_NAME: "Müller", col.DESCRIPTION: "Café €5"}),
        ],
        encoding="cp1252",
    )
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    result = parse_register(read_table(path), schools)
    assert result.problems == []
    (incident,) = result.incidents
    assert incident.description == "Café €5"
    assert [(p.first_name, p.last_name) for p in incident.persons] == [
        ("Zoë", "Öztürk"),
        ("René", "Müller"),
    ]


def test_utf16_is_refused_with_a_hint() -> None:
    data = "kenmerk\tschool\r\n".encode("utf-16")
    with pytest.raises(ImportFileError, match="Unicode-tekst"):
        read_csv_bytes(data)


def test_undecodable_bytes_are_refused() -> None:
    # 0x81 is invalid UTF-8 here and undefined in Windows-1252.
    with pytest.raises(ImportFileError, match="tekencodering"):
        read_csv_bytes(b"kenmerk;school\r\n\x81\x8d;x\r\n")


# --- the CSV dialect ---------------------------------------------------------------------------


def test_quoted_fields_hold_semicolons_quotes_and_line_breaks(
    write_csv: Callable[..., Path], row: Callable[..., Row], schools: dict[str, str]
) -> None:
    text = 'Regel 1; nog "iets"\r\nRegel 2\nRegel 3'
    path = write_csv(
        [
            row(**{col.DESCRIPTION: text, col.LAST_NAME: "Jansen; Pietersen"}),
            row(**{col.DESCRIPTION: text, col.LAST_NAME: "Bakker", col.INFIX: ""}),
        ]
    )
    raw = path.read_bytes()
    assert b'"Regel 1; nog ""iets""\r\nRegel 2\nRegel 3"' in raw
    table = read_table(path)
    # Record numbers, not physical lines: the second person is on Excel row 3.
    assert [r.number for r in table.rows] == [2, 3]
    result = parse_register(table, schools)
    assert result.problems == []
    (incident,) = result.incidents
    assert incident.description == text
    assert [(p.last_name, p.row) for p in incident.persons] == [
        ("Jansen; Pietersen", 2),
        ("Bakker", 3),
    ]


def test_row_numbers_count_records_so_problems_point_at_the_excel_row(
    write_csv: Callable[..., Path], row: Callable[..., Row], schools: dict[str, str]
) -> None:
    path = write_csv(
        [
            row(**{col.DESCRIPTION: "a\nb\nc\nd"}),
            row(**{col.LAST_NAME: "Bakker", col.DESCRIPTION: "a\nb\nc\nd"}),
            row(**{col.LAST_NAME: "Smit", col.REPORTED_ON: "31-02-2025"}),
        ]
    )
    problems = parse_register(read_table(path), schools).problems
    assert [str(p) for p in problems if p.column == col.REPORTED_ON] == [
        "Rij 4, kolom 'datum_melding': '31-02-2025' is geen geldige datum."
    ]


def test_real_excel_csv_bytes() -> None:
    """Bytes as Dutch Excel writes them: BOM, CRLF, trailing empty columns, a blank line."""
    header = ";".join(col.ALL)
    line = (
        "04XY-2526-001;04XY;6-10-2025;3-10-2025;leerling;;Daan;;Vries;8;TikTok;A7;;"
        '"Hij schreef: ""jij bent dom""";;;;nee;open' + ";" * len(col.OPTIONAL_ADDRESS)
    )
    data = ("\ufeff" + header + "\r\n" + line + "\r\n\r\n;;;;\r\n").encode("utf-8")
    table = read_csv_bytes(data)
    assert [r.number for r in table.rows] == [2, 3, 4]
    result = parse_register(table, {"04xy": "04XY"})
    assert result.problems == []
    (incident,) = result.incidents
    assert incident.description == 'Hij schreef: "jij bent dom"'
    assert incident.reported_on == date(2025, 10, 6)
    assert incident.persons[0].guardian is None


def test_excel_sep_line_is_skipped() -> None:
    data = b"sep=;\r\n" + ";".join(col.ALL).encode() + b"\r\n"
    assert read_csv_bytes(data).headers == col.ALL


@pytest.mark.parametrize("separator", [",", "\t"])
def test_wrong_separator_is_refused_with_a_hint(separator: str) -> None:
    data = separator.join(col.ALL).encode() + b"\r\n"
    with pytest.raises(ImportFileError, match="puntkomma"):
        read_csv_bytes(data)
    with pytest.raises(ImportFileError, match="puntkomma"):
        read_csv_bytes(b"sep=" + separator.encode() + b"\r\n" + data)


def test_unbalanced_quotes_are_refused_not_silently_merged() -> None:
    data = (";".join(col.ALL) + '\r\n04XY-1;"open quote\r\n04XY-2;x\r\n').encode()
    with pytest.raises(ImportFileError, match="aanhalingstekens"):
        read_csv_bytes(data)


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b";;;\r\n"])
def test_empty_csv_is_refused(data: bytes) -> None:
    with pytest.raises(ImportFileError, match="leeg"):
        read_csv_bytes(data)


# --- files and extensions ----------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="bestaat niet"):
        read_table(tmp_path / "weg.csv")
    with pytest.raises(ImportFileError, match="bestaat niet"):
        read_table(tmp_path / "weg.xlsx")


@pytest.mark.parametrize("name", ["register.txt", "register.ods", "register"])
def test_unsupported_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("kenmerk;school\r\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"\.xlsx.*\.csv"):
        read_table(path)


def test_old_xls_gets_its_own_message(tmp_path: Path) -> None:
    path = tmp_path / "register.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError, match="oud Excel-bestand"):
        read_table(path)


def test_uppercase_extension_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "REGISTER.CSV"
    path.write_bytes(";".join(col.ALL).encode())
    assert read_table(path).headers == col.ALL


def test_corrupt_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    path.write_bytes(b"dit is geen zip-bestand")
    with pytest.raises(ImportFileError, match="Excel-werkmap"):
        read_table(path)


# --- XLSX --------------------------------------------------------------------------------------


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for values in rows:
        sheet.append(values)
    workbook.create_sheet("Tweede blad").append(["genegeerd"])
    workbook.save(path)
    return path


def _xlsx_row(**values: object) -> list[object]:
    base: dict[str, object] = {
        col.KENMERK: "04XY-2526-001",
        col.SCHOOL: "De Regenboog",
        col.REPORTED_ON: date(2025, 10, 6),
        col.OCCURRED_ON: datetime(2025, 10, 3, 0, 0),
        col.ROLE: "medewerker",
        col.LAST_NAME: "Jansen",
        col.ARTICLES: "B4",
        col.MEASURE: "schorsing",
        col.MEASURE_ON: datetime(2025, 10, 9, 14, 30),
        col.SUSPENSION_DAYS: 10.0,
        col.POLICE_REPORT: True,
        col.STATUS: "afgerond",
        col.POSTCODE: 6601,
    }
    base.update(values)
    return [base.get(name) for name in col.ALL]


def test_xlsx_real_date_cells_numbers_and_booleans(tmp_path: Path, schools: dict[str, str]) -> None:
    path = _xlsx(tmp_path / "register.xlsx", [list(col.ALL), _xlsx_row()])
    table = read_table(path)
    assert table.rows[0].cells[col.ALL.index(col.REPORTED_ON)] == date(2025, 10, 6)
    result = parse_register(table, schools)
    assert result.problems == []
    (incident,) = result.incidents
    assert incident.brin == "04XY"
    assert incident.reported_on == date(2025, 10, 6)
    assert incident.occurred_on == date(2025, 10, 3)
    assert incident.police_report is True
    (person,) = incident.persons
    assert person.measure_on == date(2025, 10, 9)
    assert person.suspension_days == 10
    assert person.postcode == "6601"


def test_xlsx_first_sheet_gaps_and_row_numbers(tmp_path: Path, schools: dict[str, str]) -> None:
    path = _xlsx(
        tmp_path / "register.xlsx",
        [
            [name.upper() for name in col.ALL],
            _xlsx_row(),
            [],
            [],
            _xlsx_row(**{col.LAST_NAME: "Smit", col.REPORTED_ON: "31-02-2025"}),
        ],
    )
    table = read_table(path)
    assert [r.number for r in table.rows][0] == 2
    problems = parse_register(table, schools).problems
    assert [(p.row, p.column) for p in problems] == [
        (5, col.REPORTED_ON),
    ]


def test_empty_xlsx(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "leeg.xlsx", [])
    with pytest.raises(ImportFileError, match="leeg"):
        read_table(path)
