"""Who a letter about a pupil goes to (LEGAL.md, "When a letter is sent, by whom, and to whom").

Decisions about a minor go to the parents with parental authority (BW 1:245, 1:377c). In VO
the pupil is told in writing as well (Inrichtingsbesluit WVO art. 13 old text; the WVO 2020
successor is unconfirmed, see docs/legal.md); a pupil of 18 or older is an adult and the
addressee of their own letters in every sector.
"""

from __future__ import annotations

from datetime import date

from skow_desk.domain.enums import Salutation, Sector
from skow_desk.domain.names import address_name, full_name

ADULT_AGE = 18  # BW 1:233: meerderjarig at 18


def age_on(birth_date: date, day: date) -> int:
    """Age in whole years on ``day``."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - (1 if before_birthday else 0)


def pupil_is_addressee(sector: Sector, birth_date: date | None, on: date) -> bool:
    """Whether the pupil gets the letter too: always in VO, anywhere from 18."""
    if Sector(sector) is Sector.VO:
        return True
    return birth_date is not None and age_on(birth_date, on) >= ADULT_AGE


def mention_name(salutation: Salutation | None, initials: str, infix: str, last_name: str,
                 first_name: str, *, is_pupil: bool = False) -> str:
    """A name inside a sentence: ``"mevrouw A. de Vries"``; a pupil by their own name."""
    if is_pupil:
        return full_name(first_name, infix, last_name)
    name = address_name(salutation, initials, infix, last_name, first_name)
    for title in ("De heer ", "Mevrouw "):
        if name.startswith(title):
            return title.lower() + name[len(title):]
    return name
