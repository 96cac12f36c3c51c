"""Legal terms that end on a rest day run on to the next working day (Algemene termijnenwet).

Art. 1 Atw: a term set by law that ends on a Saturday, Sunday or generally recognised holiday
is extended to the next day that is none of these. Art. 3 Atw names the holidays: New Year's
Day, Easter Monday, Ascension Day, Whit Monday, both Christmas days, the King's birthday as it
is celebrated, and 5 May. (Good Friday is not among them.)
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

SOURCE = "Algemene termijnenwet, art. 1 en 3"


def kings_day(year: int) -> date:
    """27 April, or the 26th when the 27th is a Sunday."""
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


def recognised_holidays(year: int) -> frozenset[date]:
    """The holidays of art. 3 Atw in ``year``."""
    sunday = easter(year)
    return frozenset({
        date(year, 1, 1),
        sunday + timedelta(days=1),  # tweede paasdag
        sunday + timedelta(days=39),  # Hemelvaartsdag
        sunday + timedelta(days=50),  # tweede pinksterdag
        kings_day(year),
        date(year, 5, 5),
        date(year, 12, 25),
        date(year, 12, 26),
    })


def is_rest_day(day: date) -> bool:
    """Saturday, Sunday or a recognised holiday."""
    return day.weekday() >= 5 or day in recognised_holidays(day.year)


def term_end(last_day: date) -> date:
    """The real last day of a legal term whose calendar end is ``last_day``."""
    while is_rest_day(last_day):
        last_day += timedelta(days=1)
    return last_day
