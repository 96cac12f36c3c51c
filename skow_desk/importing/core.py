"""The parsing core both imports share (the register, :mod:`skow_desk.importing.parse`, and the
persons list, :mod:`skow_desk.services.person_import`): each problem with its Excel row and
column, the refusal that lists them, the header row checked against the known columns, and a
data row read by column name. Reading the file itself is :mod:`skow_desk.importing.reading`;
the words of the ``rol`` and ``aanhef`` columns are :mod:`skow_desk.importing.vocabulary`.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Self

from skow_desk.domain.dates import short_date
from skow_desk.domain.errors import DomainError
from skow_desk.importing.columns import normalize_header
from skow_desk.importing.reading import Cell


@dataclass(frozen=True)
class ImportProblem:
    """One problem in the file: where it is (Excel row, column name) and what is wrong."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.column:
            return f"Rij {self.row}, kolom '{self.column}': {self.message}"
        return f"Rij {self.row}: {self.message}"


MAX_LISTED_PROBLEMS = 200
"""How many problems a refusal lists (the rest are counted)."""


class ImportRefused(DomainError):
    """The file has problems; nothing was stored. ``problems`` holds every problem found.

    The message's first line says so; each further line is one problem with row and column.
    """

    def __init__(self, problems: Sequence[ImportProblem], listed: int = MAX_LISTED_PROBLEMS
                 ) -> None:
        self.problems = list(problems)
        lines = [f"• {p}" for p in self.problems[:listed]]
        rest = len(self.problems) - listed
        if rest > 0:
            lines.append(f"… en nog {rest} andere.")
        count = "Eén probleem" if len(self.problems) == 1 else f"{len(self.problems)} problemen"
        super().__init__(
            f"Er is niets geïmporteerd. {count} in het bestand; verbeter het bestand en probeer "
            "het opnieuw:\n" + "\n".join(lines)
        )


class ImportCancelled(DomainError):
    """The director stopped the import; nothing was stored."""

    def __init__(self) -> None:
        super().__init__("Het importeren is afgebroken; er is niets opgeslagen.")


def key(text: str) -> str:
    """The form in which a cell's word is compared: single spaces, lower case."""
    return " ".join(text.split()).lower()


def shown(text: str, limit: int = 60) -> str:
    """A cell's text on one line, shortened to ``limit`` characters, to quote in a message."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def cell_text(cell: Cell) -> str:
    """A cell as trimmed text (a date cell as dd-mm-jjjj)."""
    if isinstance(cell, date):
        return short_date(cell)
    return cell.strip()


def is_empty(cells: tuple[Cell, ...] | list[Cell]) -> bool:
    """Whether a row has nothing in it (empty lines at the end of a sheet are no rows)."""
    return not any(cell_text(cell) for cell in cells)


def column_letter(index: int) -> str:
    """The Excel letter of a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass
class Headers:
    """The header row checked: known column → its 0-based position, the positions that have
    any name, and the problems (row 1)."""

    positions: dict[str, int]
    named: set[int]
    problems: list[ImportProblem]


def check_headers(headers: Sequence[str], known: Sequence[str], required: Sequence[str]
                  ) -> Headers:
    """Check the header row: twice-named, unknown (with a suggestion) and missing columns.

    When no header is known at all, one problem says so (and none per missing column).
    """
    positions: dict[str, int] = {}
    named: set[int] = set()
    problems: list[ImportProblem] = []
    for index, raw in enumerate(headers):
        name = normalize_header(raw)
        if not name:
            continue
        named.add(index)
        if name in positions:
            problems.append(
                ImportProblem(
                    1,
                    name,
                    f"De kolom '{name}' komt twee keer voor (kolom "
                    f"{column_letter(positions[name])} en {column_letter(index)}). "
                    "Verwijder of hernoem één van beide.",
                )
            )
        elif name in known:
            positions[name] = index
        else:
            guess = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
            hint = (
                f" Bedoelt u '{guess[0]}'?"
                if guess
                else " Verwijder de kolom of gebruik de kolomnamen van het importsjabloon."
            )
            problems.append(
                ImportProblem(
                    1,
                    raw.strip(),
                    f"Onbekende kolom '{shown(raw.strip())}' (kolom {column_letter(index)}); "
                    f"de gegevens daarin zouden niet worden ingelezen.{hint}",
                )
            )
    if not positions:
        problems.append(
            ImportProblem(
                1,
                "",
                "De eerste rij bevat geen bekende kolomnamen. Zet in rij 1 de kolomnamen van het "
                f"importsjabloon: {', '.join(required)}.",
            )
        )
    for name in required if positions else ():
        if name not in positions:
            problems.append(
                ImportProblem(1, name, f"De verplichte kolom '{name}' ontbreekt in rij 1.")
            )
    return Headers(positions, named, problems)


@dataclass
class ImportRow:
    """One data row while it is checked: its Excel row number, its cells by column name, the
    problems found in it, and the columns that were refused."""

    number: int
    values: dict[str, Cell]
    problems: list[ImportProblem] = field(default_factory=list)
    bad: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, number: int, cells: Sequence[Cell], positions: dict[str, int]) -> Self:
        """The row's cells under the names of ``positions`` (a missing cell is left out)."""
        return cls(number, {name: cells[index] for name, index in positions.items()
                            if index < len(cells)})

    def text(self, column: str) -> str:
        """The cell of ``column`` as trimmed text ("" when there is none)."""
        return cell_text(self.values.get(column, ""))

    def refuse(self, column: str, message: str) -> None:
        """Record a problem in ``column`` (empty: the row as a whole)."""
        self.problems.append(ImportProblem(self.number, column, message))
        self.bad.add(column)

    @property
    def clean(self) -> bool:
        return not self.problems
