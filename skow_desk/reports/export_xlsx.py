"""The overview as an Excel workbook (openpyxl, streamed in write-only mode).

Sheets: ``Overzicht`` (key figures against last year), one sheet per dimension (this year,
last year, change and change in %), and ``Meldingen``: one row per incident without names,
as an Excel table ready for a pivot table.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from sqlalchemy.orm import Session

from skow_desk.domain.cells import safe_cell
from skow_desk.domain.dates import long_date
from skow_desk.reports.formatting import change_percent
from skow_desk.reports.incidents import RECORD_HEADERS, incident_records
from skow_desk.reports.overview import DIMENSIONS, Overview
from skow_desk.reports.progress import Progress, no_progress

SUMMARY_SHEET = "Overzicht"
RECORDS_SHEET = "Meldingen"
SHEET_NAMES: dict[str, str] = {
    "rol": "Rol",
    "artikel": "Artikel",
    "categorie": "Categorie",
    "platform": "Platform",
    "maatregel": "Maatregel",
    "maand": "Maand",
}
DATE_FORMAT = "DD-MM-YYYY"
PERCENT_FORMAT = '+0%;"\u2212"0%;0%'
CHANGE_FORMAT = '+0;"\u2212"0;0'
_STYLE = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)


def _cell(ws: WriteOnlyWorksheet, value: Any, number_format: str = "",
          bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=safe_cell(value))
    if isinstance(value, str):
        cell.data_type = "s"  # text, never a formula (openpyxl guesses one from a leading =)
    if number_format:
        cell.number_format = number_format
    if bold:
        cell.font = Font(bold=True)
    return cell


def _row(ws: WriteOnlyWorksheet, values: Iterable[Any]) -> list[Any]:
    """A row: every text a :func:`_cell` (escaped, typed as text); numbers as they are."""
    return [_cell(ws, value) if isinstance(value, str) else value for value in values]


def _widths(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _add_table(ws: WriteOnlyWorksheet, name: str, headers: Sequence[str], rows: int) -> None:
    """An Excel table over the header and ``rows`` data rows (at least one, possibly empty)."""
    ref = f"A1:{get_column_letter(len(headers))}{max(rows, 1) + 1}"
    table = Table(displayName=name, ref=ref, tableStyleInfo=_STYLE)
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
    table.autoFilter = AutoFilter(ref=ref)
    with warnings.catch_warnings():  # openpyxl warns that write-only tables need columns: given
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)


def _comparison_row(ws: WriteOnlyWorksheet, label: str, current: float | None,
                    previous: float | None) -> list[Any]:
    change = None if current is None or previous is None else current - previous
    percent = None if current is None or previous is None else change_percent(current, previous)
    return [
        _cell(ws, label), current, previous, _cell(ws, change, CHANGE_FORMAT),
        _cell(ws, None if percent is None else percent / 100, PERCENT_FORMAT),
    ]


def _summary(wb: Workbook, overview: Overview, generated_on: date) -> None:
    ws = wb.create_sheet(SUMMARY_SHEET)
    _widths(ws, (38, 14, 14, 12, 12))
    cur, prev = overview.current, overview.previous
    ws.append(_row(ws, [_cell(ws, "Jaaroverzicht meldingen protocol sociale media", bold=True)]))
    ws.append(_row(ws, ["Schooljaar", overview.year.label]))
    ws.append(_row(ws, ["School", overview.scope_label]))
    ws.append(_row(ws, ["Vergeleken met", prev.year.label]))
    ws.append(_row(ws, ["Gemaakt op", long_date(generated_on)]))
    ws.append(_row(ws, ["Dit overzicht bevat geen namen van betrokkenen."]))
    ws.append(_row(ws, []))
    ws.append(_row(ws, [_cell(ws, h, bold=True) for h in
               ("Kengetal", cur.year.label, prev.year.label, "Verschil", "Verschil %")]))
    ws.append(_comparison_row(ws, "Meldingen", cur.total, prev.total))
    ws.append(_comparison_row(ws, "Open einde schooljaar", cur.open_at_year_end,
                              prev.open_at_year_end))
    ws.append(_comparison_row(ws, "Afgerond (met datum)", cur.closed_with_date,
                              prev.closed_with_date))
    ws.append(_comparison_row(ws, "Mediaan dagen tot afronding", cur.median_days,
                              prev.median_days))


def _dimension(wb: Workbook, overview: Overview, dimension: str) -> None:
    name = SHEET_NAMES[dimension]
    ws = wb.create_sheet(name)
    _widths(ws, (26, 30, 14, 14, 12, 12))
    headers = ("waarde", "omschrijving", overview.current.year.label,
               overview.previous.year.label, "verschil", "verschil %")
    ws.append(_row(ws, list(headers)))
    rows = overview.compared(dimension)
    for row in rows:
        ws.append(_row(ws, [row.value,
                            *_comparison_row(ws, row.label, row.current, row.previous)]))
    _add_table(ws, f"tbl{name}", headers, len(rows))


def _records(wb: Workbook, session: Session, overview: Overview, progress: Progress) -> int:
    ws = wb.create_sheet(RECORDS_SHEET)
    _widths(ws, (16, 8, 11, 13, 9, 20, 16, 34, 13, 30, 18, 10))
    ws.freeze_panes = "A2"
    ws.append(_row(ws, list(RECORD_HEADERS)))
    school_id = overview.school.id if overview.school else None
    total = max(overview.current.total, 1)
    written = 0
    for record in incident_records(session, overview.year, school_id):
        ws.append(_row(ws, [
            record.kenmerk, record.school, record.schooljaar,
            _cell(ws, record.datum_melding, DATE_FORMAT), record.maand, record.rollen,
            record.artikelen, record.categorieen, record.platform, record.maatregelen,
            record.status, record.dagen_tot_afronding,
        ]))
        written += 1
        if written % 2000 == 0:
            progress(20 + 70 * written // total, f"Meldingen schrijven: {written} van {total}")
    _add_table(ws, "tblMeldingen", RECORD_HEADERS, written)
    return written


def write_xlsx(session: Session, overview: Overview, out: Path, generated_on: date,
               progress: Progress = no_progress) -> None:
    """Write the workbook to ``out``; ``session`` streams the per-incident rows."""
    wb = Workbook(write_only=True)
    progress(10, "Overzicht en tabellen schrijven")
    _summary(wb, overview, generated_on)
    for dimension in _dimensions():
        _dimension(wb, overview, dimension)
    progress(20, "Meldingen schrijven")
    _records(wb, session, overview, progress)
    progress(95, "Werkmap opslaan")
    wb.save(out)


def _dimensions() -> Iterable[str]:
    return (d for d in DIMENSIONS if d != "meldingen")
