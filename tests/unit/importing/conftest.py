"""Shared helpers for the import tests: a valid row, writing CSV files, parsing them."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from skow_desk.importing import ExcelSemicolon, ParseResult, parse_register, read_table
from skow_desk.importing import columns as col

SCHOOLS: dict[str, str] = {
    "04xy": "04XY",
    "de regenboog": "04XY",
    "12ab": "12AB",
    "het baken": "12AB",
}

BASE_ROW: dict[str, str] = {
    col.KENMERK: "04XY-2526-001",
    col.SCHOOL: "04XY",
    col.REPORTED_ON: "06-10-2025",
    col.OCCURRED_ON: "03-10-2025",
    col.ROLE: "leerling",
    col.SALUTATION: "heer",
    col.FIRST_NAME: "Daan",
    col.INFIX: "de",
    col.LAST_NAME: "Vries",
    col.GROUP_OR_FUNCTION: "groep 8",
    col.PLATFORM: "WhatsApp",
    col.ARTICLES: "A5, A7",
    col.CATEGORY: "pesten",
    col.DESCRIPTION: "Filmpje gedeeld in de groepsapp.",
    col.MEASURE: "waarschuwing",
    col.MEASURE_ON: "08-10-2025",
    col.SUSPENSION_DAYS: "",
    col.POLICE_REPORT: "nee",
    col.STATUS: "open",
}

Row = dict[str, str]
RowFactory = Callable[..., Row]
CsvWriter = Callable[..., Path]
Parser = Callable[..., ParseResult]


def make_row(**overrides: str) -> Row:
    """A valid row (a pupil with a warning), with ``overrides`` by column name."""
    row = dict(BASE_ROW)
    row.update(overrides)
    return row


def csv_text(rows: Sequence[Row], headers: Sequence[str] = col.ALL) -> str:
    """CSV text (``;`` dialect) with ``headers`` and one line per row."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect=ExcelSemicolon)
    writer.writerow(headers)
    for row in rows:
        writer.writerow([row.get(name, "") for name in headers])
    return buffer.getvalue()


@pytest.fixture
def schools() -> dict[str, str]:
    return dict(SCHOOLS)


@pytest.fixture
def row() -> RowFactory:
    return make_row


@pytest.fixture
def to_csv_text() -> Callable[..., str]:
    return csv_text


@pytest.fixture
def write_csv(tmp_path: Path) -> CsvWriter:
    counter = iter(range(1_000_000))

    def write(
        rows: Sequence[Row],
        *,
        headers: Sequence[str] = col.ALL,
        encoding: str = "utf-8-sig",
    ) -> Path:
        path = tmp_path / f"register-{next(counter)}.csv"
        path.write_bytes(csv_text(rows, headers).encode(encoding))
        return path

    return write


@pytest.fixture
def parse_rows(write_csv: CsvWriter) -> Parser:
    """Write rows to a CSV file, read and parse it with the test schools."""

    def parse(rows: Sequence[Row], *, headers: Sequence[str] = col.ALL) -> ParseResult:
        return parse_register(read_table(write_csv(rows, headers=headers)), SCHOOLS)

    return parse
