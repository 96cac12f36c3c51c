"""Reading a register file (CSV as Dutch Excel saves it, or XLSX) into a plain table of cells.

Nothing is validated here beyond "can the file be read at all"; :mod:`.parse` does the rest.

Row numbers are the numbers the director sees in Excel: the header is row 1, the first data row
is row 2. For CSV the number is the *record* index + 1, so a quoted field spanning several lines
still counts as one row — exactly as Excel shows it when it opens the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TypeAlias

import openpyxl

from skow_desk.domain.dates import short_date
from skow_desk.domain.errors import DomainError

Cell: TypeAlias = str | date
"""A cell's content: text, or a real date (only from XLSX date cells)."""

CSV_SUFFIXES = frozenset({".csv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})


class ImportFileError(DomainError):
    """The file as a whole cannot be read; the message is a Dutch sentence for the director."""


class ExcelSemicolon(csv.Dialect):
    """CSV as Dutch Excel writes it: ``;``-separated, ``"``-quoted, CRLF line ends."""

    delimiter = ";"
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL
    strict = True


@dataclass(frozen=True)
class TableRow:
    """One data row: its 1-based row number as shown in Excel, and its cells."""

    number: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    """The header cells of row 1 (as written) and the rows below it."""

    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]


def read_table(path: Path) -> Table:
    """Read ``path`` (``.csv``, ``.xlsx`` or ``.xlsm``) into a :class:`Table`.

    Raises :class:`ImportFileError` for a missing, locked, empty, corrupt or unsupported file.
    """
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return read_csv_bytes(_read_bytes(path))
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path)
    if suffix == ".xls":
        raise ImportFileError(
            f"Het bestand '{path.name}' is een oud Excel-bestand (.xls). Open het in Excel en sla "
            "het op als Excel-werkmap (.xlsx) of als CSV (gescheiden door lijstscheidingsteken)."
        )
    shown = suffix or "zonder extensie"
    raise ImportFileError(
        f"Het bestand '{path.name}' ({shown}) kan niet worden ingelezen. Kies een Excel-bestand "
        "(.xlsx) of een CSV-bestand (.csv)."
    )


def read_csv_bytes(data: bytes) -> Table:
    """Read the bytes of a CSV file (UTF-8 with or without BOM, or Windows-1252)."""
    return read_csv_text(decode_csv_bytes(data))


def decode_csv_bytes(data: bytes) -> str:
    """Decode as UTF-8 (a BOM is dropped); when that fails strictly, as Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(
            "Dit bestand is opgeslagen als 'Unicode-tekst' (UTF-16). Sla het in Excel op als "
            "'CSV UTF-8 (gescheiden door lijstscheidingsteken)' en probeer het opnieuw."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            "De tekens in dit bestand kunnen niet worden gelezen (onbekende tekencodering). "
            "Sla het in Excel op als 'CSV UTF-8 (gescheiden door lijstscheidingsteken)'."
        ) from exc


_SEP_LINE = re.compile(r"sep=(.?)[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)


def read_csv_text(text: str) -> Table:
    """Read decoded CSV text with the :class:`ExcelSemicolon` dialect."""
    sep = _SEP_LINE.match(text)
    if sep is not None:
        # Excel's own hint line ("sep=;") is not shown as a row in Excel.
        if sep.group(1) != ";":
            raise _wrong_separator()
        text = text[sep.end() :]
    reader = csv.reader(io.StringIO(text, newline=""), dialect=ExcelSemicolon)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
    except csv.Error as exc:
        raise ImportFileError(
            f"Het CSV-bestand is ongeldig rond regel {reader.line_num} (rij {len(records) + 1}): "
            'controleer de aanhalingstekens (") in die rij. Sla het bestand zo nodig opnieuw op '
            "vanuit Excel."
        ) from exc
    if not records or not any(cell.strip() for record in records for cell in record):
        raise ImportFileError("Het bestand is leeg: er staan geen kolomnamen en geen gegevens in.")
    header = records[0]
    if len(header) == 1 and ("," in header[0] or "\t" in header[0]):
        raise _wrong_separator()
    rows = tuple(
        TableRow(number, tuple(record)) for number, record in enumerate(records[1:], start=2)
    )
    return Table(tuple(header), rows)


def _wrong_separator() -> ImportFileError:
    return ImportFileError(
        "De kolommen in dit CSV-bestand zijn niet gescheiden door een puntkomma (;). Sla het in "
        "Excel op als 'CSV (gescheiden door lijstscheidingsteken)' of gebruik het importsjabloon."
    )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFileError(f"Het bestand '{path.name}' bestaat niet (meer).") from exc
    except PermissionError as exc:
        raise ImportFileError(_locked(path)) from exc
    except OSError as exc:
        raise ImportFileError(f"Het bestand '{path.name}' kan niet worden gelezen.") from exc


def _locked(path: Path) -> str:
    return (
        f"Het bestand '{path.name}' kan niet worden geopend. Is het nog geopend in Excel of een "
        "ander programma? Sluit het en probeer het opnieuw."
    )


def _read_xlsx(path: Path) -> Table:
    if not path.exists():
        raise ImportFileError(f"Het bestand '{path.name}' bestaat niet (meer).")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except PermissionError as exc:
        raise ImportFileError(_locked(path)) from exc
    except Exception as exc:  # openpyxl raises many kinds of errors on a damaged file
        raise ImportFileError(
            f"Het bestand '{path.name}' kan niet als Excel-werkmap worden gelezen. Misschien is "
            "het beschadigd of met een wachtwoord beveiligd; sla het opnieuw op als .xlsx."
        ) from exc
    try:
        sheets = workbook.worksheets
        if not sheets:
            raise ImportFileError(f"De Excel-werkmap '{path.name}' bevat geen werkblad.")
        sheet = sheets[0]
        if hasattr(sheet, "reset_dimensions"):
            # A stored sheet size may be wrong; read every row and column actually present.
            sheet.reset_dimensions()
        values = [tuple(_cell(value) for value in row) for row in sheet.iter_rows(values_only=True)]
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError(
            f"Het eerste werkblad van '{path.name}' kan niet worden gelezen. Misschien is het "
            "bestand beschadigd; sla het opnieuw op als .xlsx."
        ) from exc
    finally:
        workbook.close()
    if not values or not any(_filled(cell) for row in values for cell in row):
        raise ImportFileError(
            f"Het eerste werkblad van '{path.name}' is leeg: er staan geen kolomnamen en geen "
            "gegevens in."
        )
    header = tuple(cell if isinstance(cell, str) else short_date(cell) for cell in values[0])
    rows = tuple(TableRow(number, row) for number, row in enumerate(values[1:], start=2))
    return Table(header, rows)


def _filled(cell: Cell) -> bool:
    return isinstance(cell, date) or bool(cell.strip())


def _cell(value: object) -> Cell:
    """One XLSX cell value as text or a date (a date-time becomes its date)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)
