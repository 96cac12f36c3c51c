"""Importing an existing incident register (CSV or XLSX) into validated, typed records.

Pure Python: no database, no Qt. :func:`read_table` reads the file, :func:`parse_register`
validates it, :func:`write_import_template` writes an empty template with one example row.
"""

from __future__ import annotations

from skow_desk.importing.core import ImportProblem
from skow_desk.importing.parse import (
    GuardianRecord,
    IncidentRecord,
    ParseResult,
    PersonRecord,
    parse_date,
    parse_register,
)
from skow_desk.importing.reading import (
    Cell,
    ExcelSemicolon,
    ImportFileError,
    Table,
    TableRow,
    read_csv_bytes,
    read_table,
)
from skow_desk.importing.template import EXAMPLE_BRIN, write_import_template
from skow_desk.importing.vocabulary import ROLE_WORDS, SALUTATION_WORDS

__all__ = [
    "EXAMPLE_BRIN",
    "Cell",
    "ExcelSemicolon",
    "GuardianRecord",
    "ImportFileError",
    "ImportProblem",
    "IncidentRecord",
    "ParseResult",
    "PersonRecord",
    "ROLE_WORDS",
    "SALUTATION_WORDS",
    "Table",
    "TableRow",
    "parse_date",
    "parse_register",
    "read_csv_bytes",
    "read_table",
    "write_import_template",
]
