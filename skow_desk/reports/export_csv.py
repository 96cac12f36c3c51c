"""The overview as CSV for Dutch Excel: ``;``-separated, UTF-8 with BOM, CRLF line ends.

Columns, exactly: ``schooljaar;school;dimensie;waarde;aantal``. ``school`` is the BRIN or
``alle``; ``dimensie`` one of :data:`skow_desk.reports.overview.DIMENSIONS`, in that order.
Only this year's counts are written (the comparison lives in the XLSX and PDF).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from skow_desk.domain.cells import safe_cell
from skow_desk.reports.overview import DIMENSIONS, Overview

CSV_HEADER: tuple[str, ...] = ("schooljaar", "school", "dimensie", "waarde", "aantal")


def csv_rows(overview: Overview) -> Iterator[tuple[str, str, str, str, int]]:
    """The data rows, dimensions in report order, values sorted."""
    for dimension in DIMENSIONS:
        for value, count in overview.current.rows(dimension):
            yield (safe_cell(overview.year.label), safe_cell(overview.school_code), dimension,
                   safe_cell(value), count)


def write_csv(overview: Overview, out: Path) -> None:
    """Write the overview to ``out`` (no cell can be read as a formula)."""
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        writer.writerows(csv_rows(overview))
