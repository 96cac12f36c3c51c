"""The import template: every column, one example row that parses, in XLSX and CSV."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from skow_desk.domain.enums import Role
from skow_desk.domain.measures import MeasureKind
from skow_desk.importing import (
    EXAMPLE_BRIN,
    ImportFileError,
    parse_register,
    read_table,
    write_import_template,
)
from skow_desk.importing import columns as col

SCHOOLS = {EXAMPLE_BRIN.lower(): EXAMPLE_BRIN}


def test_columns_are_one_list() -> None:
    assert col.ALL == col.REQUIRED + col.OPTIONAL_ADDRESS + col.OPTIONAL_GUARDIAN
    assert len(set(col.ALL)) == len(col.ALL) == 29
    assert ";".join(col.REQUIRED) == (
        "kenmerk;school;datum_melding;datum_voorval;rol;aanhef;voornaam;tussenvoegsel;achternaam;"
        "groep_of_functie;platform;artikelen;categorie;omschrijving;maatregel;datum_maatregel;"
        "schorsing_dagen;aangifte;status"
    )


@pytest.mark.parametrize("name", ["sjabloon.xlsx", "sjabloon.csv", "SJABLOON.XLSX"])
def test_example_row_parses_cleanly(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_import_template(path)
    table = read_table(path)
    assert table.headers == col.ALL
    assert len(table.rows) == 1
    result = parse_register(table, SCHOOLS)
    assert result.problems == []
    (incident,) = result.incidents
    assert incident.brin == EXAMPLE_BRIN
    (person,) = incident.persons
    assert person.role is Role.PUPIL
    assert person.measure is MeasureKind.SUSPENSION
    assert person.guardian is not None
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


def test_example_row_needs_the_school(tmp_path: Path) -> None:
    path = tmp_path / "sjabloon.csv"
    write_import_template(path)
    result = parse_register(read_table(path), {})
    assert [(p.row, p.column) for p in result.problems] == [(2, col.SCHOOL)]


def test_xlsx_layout(tmp_path: Path) -> None:
    path = tmp_path / "sjabloon.xlsx"
    write_import_template(path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]] == list(col.ALL)
    assert all(c.font.bold for c in sheet[1])
    assert sheet.max_row == 2
    for index, name in enumerate(col.ALL, start=1):
        letter = openpyxl.utils.get_column_letter(index)
        assert (sheet.column_dimensions[letter].width or 0) >= len(name) + 2
        cell = sheet.cell(row=2, column=index)
        if name in col.DATE_COLUMNS:
            assert isinstance(cell.value, datetime)
            assert cell.number_format == "dd-mm-yyyy"
    assert sheet.freeze_panes == "A2"
    assert len(sheet.data_validations.dataValidation) == 6


def test_csv_is_as_dutch_excel_expects(tmp_path: Path) -> None:
    path = tmp_path / "sjabloon.csv"
    write_import_template(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfkenmerk;school;datum_melding;")
    lines = data.split(b"\r\n")
    assert len(lines) == 3 and lines[2] == b""
    assert b"\n" not in lines[0] + lines[1]
    assert b";06-10-2025;03-10-2025;leerling;" in lines[1]


@pytest.mark.parametrize("name", ["sjabloon.xls", "sjabloon.ods", "sjabloon.txt", "sjabloon"])
def test_other_extensions_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ImportFileError, match=r"\.xlsx.*\.csv"):
        write_import_template(tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="bestaat niet"):
        write_import_template(tmp_path / "weg" / "sjabloon.xlsx")


def test_overwrites_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "sjabloon.csv"
    path.write_text("oud", encoding="utf-8")
    write_import_template(path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfkenmerk")


def test_xlsx_round_trip(tmp_path: Path) -> None:
    """A director fills the template in Excel: date cells, text dates, numbers, several rows."""
    path = tmp_path / "register.xlsx"
    write_import_template(path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]

    def add(values: dict[str, object]) -> None:
        sheet.append([values.get(name) for name in col.ALL])

    shared: dict[str, object] = {
        col.KENMERK: "04XY-2526-002",
        col.SCHOOL: "04xy",
        col.REPORTED_ON: datetime(2025, 11, 3),
        col.OCCURRED_ON: "2025-11-01",
        col.PLATFORM: "Instagram",
        col.ARTICLES: "A7",
        col.CATEGORY: "bedreiging",
        col.DESCRIPTION: "Dreigende reacties onder\neen foto van de school; meerdere accounts.",
        col.POLICE_REPORT: "ja",
        col.STATUS: "open",
    }
    add(
        shared
        | {
            col.ROLE: "leerling",
            col.FIRST_NAME: "Łucja",
            col.LAST_NAME: "Nowak",
            col.MEASURE: "schorsing",
            col.SUSPENSION_DAYS: 3,
            col.MEASURE_ON: datetime(2025, 11, 4),
            col.GUARDIAN_LAST_NAME: "Nowak",
            col.GUARDIAN_INITIALS: "K.",
        }
    )
    add(
        shared
        | {
            col.REPORTED_ON: "3-11-2025",
            col.ROLE: "ouder",
            col.SALUTATION: "mevrouw",
            col.LAST_NAME: "Öztürk",
            col.MEASURE: "toegangsverbod",
            col.MEASURE_ON: "05/11/2025",
        }
    )
    workbook.save(path)

    result = parse_register(read_table(path), SCHOOLS)
    assert result.problems == []
    example, incident = result.incidents
    assert example.first_row == 2
    assert incident.first_row == 3
    assert incident.reported_on == date(2025, 11, 3)
    assert incident.occurred_on == date(2025, 11, 1)
    assert incident.police_report is True
    assert incident.description.startswith("Dreigende reacties onder\neen foto")
    pupil, parent = incident.persons
    assert (pupil.first_name, pupil.suspension_days, pupil.row) == ("Łucja", 3, 3)
    assert pupil.guardian is not None and pupil.guardian.initials == "K."
    assert (parent.role, parent.last_name, parent.measure_on) == (
        Role.PARENT,
        "Öztürk",
        date(2025, 11, 5),
    )
