"""The log in a director's words: kenmerk and name instead of numbers, Dutch letter titles.

The stored summary stays as it was written (it is hash-chained); only what the window shows
is made readable: ``persoon: 12; soort: staff_besluit_berisping`` becomes
``persoon: Jan Jansen; soort: Besluit berisping medewerker``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from skow_desk.letters.kinds import LETTER_KINDS
from skow_desk.services.audit import AuditRow
from skow_desk.services.audit_context import context_of, load_names, readable_ids

_HASH = re.compile(r"\bSHA-256:? ([0-9a-f]{12})[0-9a-f]{52}\b")
_CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")  # staff_besluit_berisping


@dataclass(frozen=True)
class Shown:
    """One log line as the window shows it."""

    kenmerk: str
    person: str
    summary: str


def dutch_codes(summary: str) -> str:
    """Letter kind codes replaced by their Dutch titles; a SHA-256 shown as a short
    "vingerafdruk" (the whole line, with the full hash, is in the tooltip)."""
    summary = _HASH.sub(lambda m: f"vingerafdruk {m.group(1)}…", summary)
    def title(match: re.Match[str]) -> str:
        kind = LETTER_KINDS.get(match.group(0))
        return kind.title if kind is not None else match.group(0)

    return _CODE.sub(title, summary)


def shown_rows(session: Session, rows: Sequence[AuditRow]) -> dict[int, Shown]:
    """Per entry id, the kenmerk, the person and the readable summary."""
    names, incident_of = load_names(session, rows)
    shown = {}
    for row in rows:
        context = context_of(row, names, incident_of)
        shown[row.id] = Shown(context.kenmerk, context.person,
                              dutch_codes(readable_ids(row.summary, names)))
    return shown
