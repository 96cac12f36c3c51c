"""Spreadsheet cells that can never be formulas (OWASP "CSV injection").

A text that starts with ``=``, ``+``, ``-``, ``@``, a TAB or a CR is read as a formula (or a
DDE command such as ``cmd|' /C calc'!A0``) by Excel and LibreOffice when the file is opened.
Every text cell SKOW Desk writes to a CSV or XLSX goes through :func:`safe_cell`, which puts an
apostrophe in front of such a text: the spreadsheet shows the text as it was typed.
"""

from __future__ import annotations

from typing import TypeVar

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

T = TypeVar("T")


def safe_cell(value: T) -> T:
    """``value``, with a leading apostrophe when it is a text a spreadsheet would evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value  # type: ignore[return-value]
    return value
