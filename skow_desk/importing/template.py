"""An empty import template with every column and one realistic example row."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from skow_desk.domain.cells import safe_cell
from skow_desk.domain.dates import short_date
from skow_desk.domain.enums import IncidentStatus, Role, Salutation
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.schoolyear import SchoolYear, kenmerk
from skow_desk.importing import columns as col
from skow_desk.importing.reading import (
    CSV_SUFFIXES,
    XLSX_SUFFIXES,
    Cell,
    ExcelSemicolon,
    ImportFileError,
)
from skow_desk.store.files import FileProblem, atomic_path

EXAMPLE_BRIN = "04XY"
"""The BRIN used in the example row; a school mapping must contain it for the row to parse."""

_REPORTED_ON = date(2025, 10, 6)

EXAMPLE_ROW: dict[str, Cell] = {
    col.KENMERK: kenmerk(EXAMPLE_BRIN, SchoolYear.of(_REPORTED_ON), 1),
    col.SCHOOL: EXAMPLE_BRIN,
    col.REPORTED_ON: _REPORTED_ON,
    col.OCCURRED_ON: date(2025, 10, 3),
    col.ROLE: Role.PUPIL.value,
    col.SALUTATION: Salutation.MR.value,
    col.FIRST_NAME: "Daan",
    col.INFIX: "de",
    col.LAST_NAME: "Vries",
    col.GROUP_OR_FUNCTION: "groep 8",
    col.PLATFORM: "WhatsApp",
    col.ARTICLES: "A5, A7",
    col.CATEGORY: "pesten, beeldmateriaal",
    col.DESCRIPTION: (
        "Filmpje van een klasgenoot zonder toestemming gedeeld in de groepsapp van groep 8, "
        "met kwetsende opmerkingen."
    ),
    col.MEASURE: MeasureKind.SUSPENSION.value,
    col.MEASURE_ON: date(2025, 10, 8),
    col.SUSPENSION_DAYS: "1",
    col.POLICE_REPORT: "nee",
    col.STATUS: IncidentStatus.CLOSED.value,
    col.ADDRESS: "Dorpsstraat 12",
    col.POSTCODE: "1234 AB",
    col.CITY: "Wijchen",
    col.GUARDIAN_SALUTATION: Salutation.MRS.value,
    col.GUARDIAN_INITIALS: "M.",
    col.GUARDIAN_INFIX: "de",
    col.GUARDIAN_LAST_NAME: "Vries",
    col.GUARDIAN_ADDRESS: "Dorpsstraat 12",
    col.GUARDIAN_POSTCODE: "1234 AB",
    col.GUARDIAN_CITY: "Wijchen",
}
"""The example row of the template, by column; dates are real dates."""

# Drop-down lists offered in the XLSX template (free typing still works: warning only).
_CHOICES: dict[str, tuple[str, ...]] = {
    col.ROLE: tuple(r.value for r in Role),
    col.SALUTATION: tuple(s.value for s in Salutation),
    col.GUARDIAN_SALUTATION: tuple(s.value for s in Salutation),
    col.MEASURE: tuple(m.value for m in MeasureKind),
    col.POLICE_REPORT: ("ja", "nee"),
    col.STATUS: (IncidentStatus.OPEN.value, IncidentStatus.CLOSED.value),
}
_VALIDATED_ROWS = 1000


def write_import_template(path: Path) -> None:
    """Write the template to ``path`` as ``.xlsx`` or ``.csv`` (chosen by the extension).

    The file is written to a temporary file first and then moved into place, so an existing
    file is never left half-written. Raises :class:`ImportFileError` for another extension or
    when the file cannot be written (for instance because it is open in Excel).
    """
    suffix = path.suffix.lower()
    writer: Callable[[Path], None]
    if suffix in XLSX_SUFFIXES:
        writer = _write_xlsx
    elif suffix in CSV_SUFFIXES:
        writer = _write_csv
    else:
        shown = suffix or "zonder extensie"
        raise ImportFileError(
            f"Een importsjabloon kan niet als '{path.name}' ({shown}) worden opgeslagen. Kies "
            "een Excel-bestand (.xlsx) of een CSV-bestand (.csv)."
        )
    _write_atomically(path, writer)


def _write_atomically(path: Path, writer: Callable[[Path], None]) -> None:
    try:
        with atomic_path(path) as temporary:
            writer(temporary)
    except FileProblem as exc:
        raise ImportFileError(exc.message) from exc
    except OSError as exc:
        raise ImportFileError(f"Het bestand '{path.name}' kan niet worden opgeslagen.") from exc


def _csv_text(value: Cell) -> str:
    return short_date(value) if isinstance(value, date) else value


def _write_csv(path: Path) -> None:
    # Dutch Excel expects ';', CRLF and a BOM to recognise UTF-8.
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, dialect=ExcelSemicolon)
        writer.writerow([safe_cell(name) for name in col.ALL])
        writer.writerow([safe_cell(_csv_text(EXAMPLE_ROW.get(name, ""))) for name in col.ALL])


def _write_xlsx(path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Meldingen"
    bold = Font(bold=True)
    for index, name in enumerate(col.ALL, start=1):
        header = sheet.cell(row=1, column=index, value=safe_cell(name))
        header.data_type = "s"
        header.font = bold
        value = EXAMPLE_ROW.get(name, "")
        stored: Cell | int | None = value if value != "" else None
        if name == col.SUSPENSION_DAYS and isinstance(value, str) and value.isdigit():
            stored = int(value)  # a number cell, as a director would type it
        cell = sheet.cell(row=2, column=index, value=safe_cell(stored))
        if isinstance(stored, str):
            cell.data_type = "s"  # text, never a formula
        letter = get_column_letter(index)
        if name in col.DATE_COLUMNS:
            cell.number_format = "dd-mm-yyyy"
            width = 14
        else:
            shown = _csv_text(value)
            width = min(max(len(name), len(shown)) + 2, 50)
        sheet.column_dimensions[letter].width = max(width, len(name) + 2)
        choices = _CHOICES.get(name)
        if choices is not None:
            validation = DataValidation(
                type="list",
                formula1='"' + ",".join(choices) + '"',
                allow_blank=True,
                errorStyle="warning",
                error=f"Kies een van: {', '.join(choices)}.",
                errorTitle="Onbekende waarde",
            )
            validation.add(f"{letter}2:{letter}{_VALIDATED_ROWS}")
            sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"
    workbook.save(path)
