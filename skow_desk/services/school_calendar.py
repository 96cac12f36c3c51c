"""A school's calendar: the shipped holidays of its region, public holidays, its free days."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path

from sqlalchemy.orm import Session

from skow_desk.domain.errors import DomainError
from skow_desk.domain.school_calendar import (
    CalendarData,
    FreeDay,
    Region,
    SchoolCalendar,
    parse_calendar,
)
from skow_desk.resources import resources_dir
from skow_desk.services.lookup import get_or_gone
from skow_desk.store.models import School, SchoolFreeDay


def calendar_file() -> Path:
    """The shipped calendar data."""
    return resources_dir() / "calendar" / "schoolkalender.toml"


@lru_cache(maxsize=4)
def _load(path: Path) -> CalendarData:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DomainError(f"De schoolkalender ({path.name}) kan niet worden gelezen: {exc}.") \
            from None
    return parse_calendar(raw)


def calendar_data(path: Path | None = None) -> CalendarData:
    """The school holidays and public holidays as shipped."""
    return _load(path or calendar_file())


def parse_region(text: str) -> Region | None:
    """``"noord"`` → Region.NORTH; empty → None; anything else refused in Dutch."""
    wanted = text.strip().lower()
    if not wanted:
        return None
    try:
        return Region(wanted)
    except ValueError:
        raise DomainError(
            f"Onbekende vakantieregio '{text.strip()}'. Kies noord, midden of zuid.") from None


def calendar_for(school: School | None) -> SchoolCalendar:
    """The calendar of ``school`` (its region and free days); weekends and holidays only
    when there is no school."""
    if school is None:
        return SchoolCalendar(data=calendar_data())
    region = parse_region(school.region) if school.region else None
    return SchoolCalendar(region=region, data=calendar_data(),
                          free_days=frozenset(f.day for f in school.free_days))


def school_calendar(session: Session, school_id: int) -> SchoolCalendar:
    """The calendar of the school with ``school_id``."""
    school = get_or_gone(session, School, school_id)
    return calendar_for(school)


def free_days(school: School) -> list[FreeDay]:
    """A school's free days, in date order."""
    return [FreeDay(f.day, f.description) for f in school.free_days]


def set_free_days(school: School, days: Iterable[FreeDay]) -> None:
    """Replace a school's free days (the ORM records each change in the audit trail)."""
    wanted: dict[date, str] = {}
    for item in days:
        if item.day in wanted:
            raise DomainError(f"De vrije dag {item.day:%d-%m-%Y} staat er twee keer in.")
        wanted[item.day] = item.description.strip()
    for row in list(school.free_days):
        if row.day not in wanted:
            school.free_days.remove(row)
        else:
            row.description = wanted.pop(row.day)
    for day, description in sorted(wanted.items()):
        school.free_days.append(SchoolFreeDay(day=day, description=description))


def incident_calendar(session: Session, incident_id: int) -> SchoolCalendar:
    """The calendar of the school an incident belongs to."""
    from skow_desk.store.models import Incident

    incident = session.get(Incident, incident_id)
    return calendar_for(incident.school if incident is not None else None)
