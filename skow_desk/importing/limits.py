"""What an imported cell may hold: the limits of the forms and the database, checked up front.

The forms cap every field at its column's length and never take control characters; a
register file could hold anything (a 5,000-character name, a NUL, a right-to-left override
that reverses how a name reads in a letter). Such a cell is refused with a Dutch reason, like
any other bad cell, so that nothing lands in the database that a letter or the inzage overview
cannot lay out.
"""

from __future__ import annotations

import unicodedata

from skow_desk.importing import columns as col

DESCRIPTION_LIMIT = 10_000
DEFAULT_LIMIT = 200
LIMITS: dict[str, int] = {
    col.KENMERK: 40,
    col.SCHOOL: 200,
    col.ROLE: 40,
    col.SALUTATION: 20,
    col.FIRST_NAME: 100,
    col.INFIX: 40,
    col.LAST_NAME: 100,
    col.GROUP_OR_FUNCTION: 100,
    col.PLATFORM: 60,
    col.ARTICLES: 200,
    col.CATEGORY: 500,  # several categories of at most 80 characters each
    col.DESCRIPTION: DESCRIPTION_LIMIT,
    col.MEASURE: 60,
    col.SUSPENSION_DAYS: 10,
    col.POLICE_REPORT: 10,
    col.STATUS: 40,
    col.ADDRESS: 200,
    col.POSTCODE: 20,
    col.CITY: 100,
    col.GUARDIAN_SALUTATION: 20,
    col.GUARDIAN_INITIALS: 20,
    col.GUARDIAN_INFIX: 40,
    col.GUARDIAN_LAST_NAME: 100,
    col.GUARDIAN_ADDRESS: 200,
    col.GUARDIAN_POSTCODE: 20,
    col.GUARDIAN_CITY: 100,
}
_MULTILINE = frozenset({col.DESCRIPTION})
# Bidirectional embeddings, overrides and isolates, and the invisible direction marks.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def cell_problem(column: str, text: str) -> str | None:
    """Why the text of a cell in ``column`` cannot be imported, or ``None``."""
    limit = LIMITS.get(column, DEFAULT_LIMIT)
    if len(text) > limit:
        return (f"Deze tekst is te lang ({len(text)} tekens); in dit veld passen er ten "
                f"hoogste {limit}, net als in het formulier.")
    allowed = "\n\r\t" if column in _MULTILINE else ""
    for char in text:
        if char in _BIDI or (unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co")
                             and char not in allowed and char != "\u00ad"):
            return ("Deze tekst bevat een onzichtbaar stuurteken (bijvoorbeeld een "
                    "tekenrichting of een nul-teken). Typ de tekst opnieuw of verwijder het "
                    "teken in Excel.")
    return None
