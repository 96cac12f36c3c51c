"""What both imports share: a problem with its row and column, and the words of the columns.

The register import (:mod:`skow_desk.importing.parse`) and the persons import
(:mod:`skow_desk.services.person_import`) read the same ``rol`` and ``aanhef`` columns, so they
accept the same words, from here; each reports its problems as :class:`ImportProblem`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from skow_desk.domain.dates import short_date
from skow_desk.domain.enums import Role, Salutation
from skow_desk.domain.errors import DomainError
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


ROLE_WORDS: dict[str, Role] = {role.value: role for role in Role} | {
    "personeel": Role.STAFF,
    "personeelslid": Role.STAFF,
    "ouder/verzorger": Role.PARENT,
    "verzorger": Role.PARENT,
    "anders": Role.OTHER,
}
"""Every word the ``rol`` column accepts (compared trimmed and in lower case)."""

SALUTATION_WORDS: dict[str, Salutation] = {
    "heer": Salutation.MR,
    "de heer": Salutation.MR,
    "dhr": Salutation.MR,
    "dhr.": Salutation.MR,
    "mevrouw": Salutation.MRS,
    "mevr": Salutation.MRS,
    "mevr.": Salutation.MRS,
    "mw": Salutation.MRS,
    "mw.": Salutation.MRS,
}
"""Every word the ``aanhef`` columns accept; an empty cell means no salutation."""


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


def parse_role(text: str) -> Role:
    """The role a ``rol`` cell names; :class:`DomainError` with a Dutch sentence otherwise."""
    if not text.strip():
        raise DomainError("Vul de rol in: medewerker, leerling, ouder of overig.")
    found = ROLE_WORDS.get(key(text))
    if found is None:
        raise DomainError(
            f"'{shown(text)}' is geen rol. Kies uit: medewerker, leerling, ouder of overig."
        )
    return found


def parse_salutation(text: str) -> Salutation | None:
    """The salutation an ``aanhef`` cell names (None when empty); :class:`DomainError` else."""
    if not text.strip():
        return None
    found = SALUTATION_WORDS.get(key(text))
    if found is None:
        raise DomainError(
            f"Onbekende aanhef '{shown(text)}'. Gebruik heer, mevrouw of laat leeg."
        )
    return found


def column_letter(index: int) -> str:
    """The Excel letter of a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
