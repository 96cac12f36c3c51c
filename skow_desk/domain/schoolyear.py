"""The school year: 1 August to 31 July, written ``2025-2026`` (WPO art. 1)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from skow_desk.domain.errors import DomainError

_LABEL = re.compile(r"^\s*(\d{4})\s*[-/]\s*(\d{4})\s*$")


@dataclass(frozen=True, order=True)
class SchoolYear:
    """A school year identified by the calendar year in which it starts."""

    start_year: int

    @classmethod
    def of(cls, day: date) -> SchoolYear:
        """The school year that ``day`` falls in."""
        return cls(day.year if day.month >= 8 else day.year - 1)

    @classmethod
    def parse(cls, label: str) -> SchoolYear:
        """Parse ``"2025-2026"``; refuse anything else with a Dutch message."""
        match = _LABEL.match(label)
        if not match or int(match.group(2)) != int(match.group(1)) + 1:
            raise DomainError(
                f"Ongeldig schooljaar '{label}'. Schrijf het als twee opeenvolgende jaren, "
                "bijvoorbeeld 2025-2026."
            )
        return cls(int(match.group(1)))

    @property
    def first_day(self) -> date:
        return date(self.start_year, 8, 1)

    @property
    def last_day(self) -> date:
        return date(self.start_year + 1, 7, 31)

    @property
    def label(self) -> str:
        return f"{self.start_year}-{self.start_year + 1}"

    @property
    def short(self) -> str:
        """``2526`` for 2025-2026, used in kenmerken."""
        return f"{self.start_year % 100:02d}{(self.start_year + 1) % 100:02d}"

    def previous(self) -> SchoolYear:
        return SchoolYear(self.start_year - 1)

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def months(self) -> list[tuple[int, int]]:
        """(year, month) from August to July."""
        return [(self.start_year, m) for m in range(8, 13)] + [
            (self.start_year + 1, m) for m in range(1, 8)
        ]

    def __str__(self) -> str:
        return self.label


def kenmerk(brin: str, year: SchoolYear, number: int) -> str:
    """The case reference: per school and school year, e.g. ``04XY-2526-007``."""
    return f"{brin.strip().upper()}-{year.short}-{number:03d}"
