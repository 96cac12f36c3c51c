"""CSV, XLSX and PDF exports: the same numbers in all three, no names, and the CLI's refusals."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PIL import Image
from pypdf import PdfReader

from skow_desk.cli import main
from skow_desk.domain.errors import DomainError
from skow_desk.reports.export import export_overview
from skow_desk.reports.formatting import number, value_label
from skow_desk.reports.incidents import RECORD_HEADERS
from skow_desk.store.models import School

from .conftest import Register

TODAY = date(2026, 11, 24)
NAMES = ("Yılmaz", "Wiśniewski", "Łucja", "Jansen", "Bakker", "Öztürk", "Ayşe", "Knaap")


def _csv_counts(path: Path) -> dict[tuple[str, str], int]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["schooljaar", "school", "dimensie", "waarde", "aantal"]
    return {(r[2], r[3]): int(r[4]) for r in rows[1:]}


def _pdf_lines(path: Path) -> list[str]:
    """The PDF's text, row by row (layout mode keeps table rows on one line)."""
    reader = PdfReader(path)
    text = "\n".join(p.extract_text(extraction_mode="layout") for p in reader.pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _export(db: object, tmp_path: Path, brin: str | None) -> dict[str, Path]:
    paths = {}
    for suffix in ("csv", "xlsx", "pdf"):
        paths[suffix] = tmp_path / f"jaaroverzicht.{suffix}"
        export_overview(db, "2025-2026", brin, paths[suffix], today=TODAY)  # type: ignore[arg-type]
    return paths


@pytest.fixture
def logo(db: object, register: Register) -> bytes:
    """A small PNG logo on school 04XY."""
    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (31, 92, 153)).save(buffer, format="PNG")
    with db.transaction() as s:  # type: ignore[attr-defined]
        s.get(School, register.school_a).logo = buffer.getvalue()
    return buffer.getvalue()


@pytest.mark.parametrize("brin", [None, "04XY", "12AB"])
def test_xlsx_numbers_equal_the_csv(db, register: Register, tmp_path: Path, brin: str | None):
    paths = _export(db, tmp_path, brin)
    expected = _csv_counts(paths["csv"])
    workbook = openpyxl.load_workbook(paths["xlsx"])
    assert workbook.sheetnames == ["Overzicht", "Rol", "Artikel", "Categorie", "Platform",
                                   "Maatregel", "Maand", "Meldingen"]
    summary = {r[0]: r[1] for r in workbook["Overzicht"].iter_rows(values_only=True) if r}
    assert summary["Meldingen"] == expected[("meldingen", "totaal")]
    found: dict[tuple[str, str], int] = {("meldingen", "totaal"): summary["Meldingen"]}
    for sheet, dimension in (("Rol", "rol"), ("Artikel", "artikel"), ("Categorie", "categorie"),
                             ("Platform", "platform"), ("Maatregel", "maatregel"),
                             ("Maand", "maand")):
        rows = list(workbook[sheet].iter_rows(values_only=True))
        assert rows[0][0:2] == ("waarde", "omschrijving")
        assert rows[0][2] == "2025-2026" and rows[0][3] == "2024-2025"
        for value, _label, current, previous, change, _percent in rows[1:]:
            if value is None:
                continue
            assert change == current - previous
            if current:
                found[(dimension, value)] = current
        assert sheet in {t.split("tbl")[-1] for t in workbook[sheet].tables}
    assert found == expected
    records = workbook["Meldingen"]
    table = records.tables["tblMeldingen"]
    rows = list(records.iter_rows(values_only=True))
    assert rows[0] == RECORD_HEADERS
    data = [r for r in rows[1:] if any(v is not None for v in r)]
    assert len(data) == expected[("meldingen", "totaal")]
    assert table.ref == f"A1:L{max(len(data), 1) + 1}"
    assert all(isinstance(r[3], date) for r in data)
    text = repr(rows) + repr(list(workbook["Overzicht"].iter_rows(values_only=True)))
    assert not [n for n in NAMES if n in text]


def test_pdf_numbers_equal_the_csv(db, register: Register, logo: bytes, tmp_path: Path):
    paths = _export(db, tmp_path, None)
    expected = _csv_counts(paths["csv"])
    reader = PdfReader(paths["pdf"])
    lines = _pdf_lines(paths["pdf"])
    text = "\n".join(lines)
    assert any(re.match(r"^Meldingen 4 1 \+3 \+300%$", line) for line in lines), lines
    for (dimension, value), count in expected.items():
        if dimension == "meldingen":
            continue
        label = re.escape(value_label(dimension, value))
        shown = re.escape(number(count))
        assert any(re.match(rf"^{label} {shown} [\d.]+ ", line) for line in lines), (label, lines)
    assert "Stichting SKOW" in text  # the foundation's letterhead for all schools
    assert "Gemaakt op 24 november 2026" in text
    assert "pagina 1 van" in text
    assert not [n for n in NAMES if n in text]
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts


def test_pdf_for_one_school_has_its_letterhead_and_logo(
    db, register: Register, logo: bytes, tmp_path: Path
):
    paths = _export(db, tmp_path, "04XY")
    shots = Path(os.environ.get("SKOW_SCREENSHOTS", "/tmp/skow-screenshots"))
    shots.mkdir(parents=True, exist_ok=True)
    shutil.copy(paths["pdf"], shots / "jaaroverzicht-04XY.pdf")  # to look at (pdftoppm)
    reader = PdfReader(paths["pdf"])
    first = reader.pages[0]
    text = "\n".join(_pdf_lines(paths["pdf"]))
    assert text.splitlines()[0].startswith("Basisschool De Regenboog")
    assert "BRIN 04XY" in text
    images = [o for o in first["/Resources"]["/XObject"].values()
              if o.get_object()["/Subtype"] == "/Image"]
    assert images
    assert re.search(r"^Meldingen 3 1 \+2 \+200%$", text, re.MULTILINE)


def test_wrong_extension_and_unknown_brin_are_refused_in_dutch(db, register, tmp_path: Path):
    tmp_path = tmp_path / "uit"
    tmp_path.mkdir()
    with pytest.raises(DomainError, match=r"'\.txt' wordt niet ondersteund.*\.csv, \.xlsx"):
        export_overview(db, "2025-2026", None, tmp_path / "overzicht.txt")
    with pytest.raises(DomainError, match="Er is geen school met BRIN '99ZZ'"):
        export_overview(db, "2025-2026", "99ZZ", tmp_path / "overzicht.csv")
    with pytest.raises(DomainError, match="Ongeldig schooljaar"):
        export_overview(db, "2025-2027", None, tmp_path / "overzicht.csv")
    assert list(tmp_path.iterdir()) == []


def test_command_line_writes_the_csv_and_refuses_clearly(
    db, register: Register, data_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    db.close()  # one SKOW Desk per data folder: the command line opens it itself
    out = tmp_path / "overzicht.csv"
    args = ["--data-dir", str(data_folder), "overview", "--schooljaar", "2025-2026"]
    assert main([*args, "--school", "12ab", "--out", str(out)]) == 0
    assert _csv_counts(out)[("meldingen", "totaal")] == 1
    assert out.read_text("utf-8-sig").splitlines()[1] == "2025-2026;12AB;meldingen;totaal;1"
    assert main([*args, "--out", str(tmp_path / "overzicht.docx")]) == 1
    assert "'.docx' wordt niet ondersteund" in capsys.readouterr().err
    assert main([*args, "--school", "99ZZ", "--out", str(out)]) == 1
    assert "Er is geen school met BRIN '99ZZ'." in capsys.readouterr().err


def test_reports_do_not_import_qt():
    code = ("import sys, skow_desk.reports.export, skow_desk.reports.incidents; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_an_export_is_recorded_in_the_audit_trail(db, register: Register, tmp_path: Path):
    from sqlalchemy import select

    from skow_desk.store.models import AuditAction, AuditEntry

    export_overview(db, "2025-2026", "04XY", tmp_path / "overzicht.csv", today=TODAY)
    with db.sessions() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT))
        summaries = [e.summary for e in entries]
    assert summaries == ["jaaroverzicht 2025-2026 (school 04XY) als CSV: overzicht.csv"]


def test_pdf_names_the_registration_duty_from_the_legal_data(demo_db, tmp_path):
    """The legal basis comes from resources/legal per sector, not from code."""
    whole = tmp_path / "alle.pdf"
    export_overview(demo_db, "2025-2026", None, whole)
    text = " ".join(page.extract_text() for page in PdfReader(whole).pages)
    # demo: PO and VO schools; the VO article number since the WVO 2020 is unconfirmed, so the
    # law is named generally
    assert "artikel 4c WPO" in text and "Wet voortgezet onderwijs 2020" in text
    assert "3b WVO" not in text
    vo = tmp_path / "vo.pdf"
    export_overview(demo_db, "2025-2026", "22CD", vo)
    vo_text = " ".join(page.extract_text() for page in PdfReader(vo).pages)
    assert "Wet voortgezet onderwijs 2020" in vo_text and "4c WPO" not in vo_text
