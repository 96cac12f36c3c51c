"""A small, hand-counted register for the overview tests.

Two schools (04XY, 12AB). School year 2025-2026 has four incidents, 2024-2025 one, 2026-2027
one, 2023-2024 none. The expected counts are written out in ``test_overview_counts.py``.

| id | school | reported   | articles | causers            | measures decided         | closed     |
|----|--------|------------|----------|--------------------|--------------------------|------------|
| I1 | 04XY   | 2026-07-31 | A5 A7    | 2 pupils, 1 parent | warning (pupil), ban     | 2026-08-05 |
| I2 | 04XY   | 2026-08-01 | A2       | pupil              | -                        | -          |
| I3 | 04XY   | 2025-09-15 | B4       | staff              | reprimand: intent + dec. | 2025-10-10 |
| I4 | 12AB   | 2025-08-01 | A1       | pupil              | warning                  | -          |
| I5 | 04XY   | 2025-07-31 | A5       | pupil              | -                        | 2025-08-10 |
| I6 | 04XY   | 2026-03-02 | C1       | staff              | reprimand: intent only   | -          |
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Part, Role, Stage
from skow_desk.domain.measures import MeasureKind
from skow_desk.services.incidents import IncidentInput, close_case, involve_person, record_incident
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import Incident, Person, School
from tests.factories import make_person, make_school


@dataclass
class Register:
    """Ids of what the fixture made."""

    school_a: int
    school_b: int
    incidents: dict[str, int]
    kenmerken: dict[str, str]


def _incident(session: Session, school: School, reported_on: date, articles: Sequence[str],
              categories: Sequence[str], platform: str, causers: Sequence[Person]) -> Incident:
    incident = record_incident(session, IncidentInput(
        school_id=school.id, reported_on=reported_on, occurred_on=reported_on,
        platform=platform, description="Bericht geplaatst.", articles=list(articles),
        categories=list(categories)))
    for person in causers:
        involve_person(session, incident.id, person.id, Part.CAUSER)
    return incident


def _decide(session: Session, incident: Incident, person: Person, kind: MeasureKind,
            on: date, stage: Stage = Stage.DECISION) -> None:
    end = on + timedelta(weeks=8) if kind is MeasureKind.ACCESS_BAN else None  # never open-ended
    decide_measure(session, incident.id, MeasureDecision(
        person_id=person.id, kind=kind, decided_on=on, stage=stage, reason="Overtreding.",
        end_on=end))


@pytest.fixture
def register(db: object) -> Register:
    """The hand-counted register in the (empty) test database."""
    with db.transaction() as s:  # type: ignore[attr-defined]
        a = make_school(s, "04XY")
        b = make_school(s, "12AB", name="Openbare Basisschool De Windroos")
        pupil1 = make_person(s, a, Role.PUPIL, "Yılmaz")
        pupil2 = make_person(s, a, Role.PUPIL, "Wiśniewski", first_name="Łucja")
        parent = make_person(s, a, Role.PARENT, "Jansen")
        staff = make_person(s, a, Role.STAFF, "Bakker", group_or_function="leerkracht")
        pupil_b = make_person(s, b, Role.PUPIL, "Öztürk")

        i1 = _incident(s, a, date(2026, 7, 31), ["A5", "A7"],
                       ["ongeoorloofd filmen/fotograferen"], "TikTok", [pupil1, pupil2, parent])
        _decide(s, i1, pupil1, MeasureKind.WARNING, date(2026, 8, 3))
        _decide(s, i1, parent, MeasureKind.ACCESS_BAN, date(2026, 8, 3))
        close_case(s, i1.id, date(2026, 8, 5))

        i2 = _incident(s, a, date(2026, 8, 1), ["A2"], ["smaad/laster"], "Instagram", [pupil1])

        i3 = _incident(s, a, date(2025, 9, 15), ["B4"], ["bedreiging"], "Facebook", [staff])
        _decide(s, i3, staff, MeasureKind.REPRIMAND, date(2025, 9, 16), Stage.INTENT)
        _decide(s, i3, staff, MeasureKind.REPRIMAND, date(2025, 10, 8))
        close_case(s, i3.id, date(2025, 10, 10))

        i4 = _incident(s, b, date(2025, 8, 1), ["A1"], ["(cyber)pesten", "bedreiging"], "",
                       [pupil_b])
        _decide(s, i4, pupil_b, MeasureKind.WARNING, date(2025, 8, 4))

        i5 = _incident(s, a, date(2025, 7, 31), ["A5"], ["smaad/laster"], "WhatsApp", [pupil2])
        close_case(s, i5.id, date(2025, 8, 10))

        i6 = _incident(s, a, date(2026, 3, 2), ["C1"], ["smaad/laster"], "WhatsApp", [staff])
        _decide(s, i6, staff, MeasureKind.REPRIMAND, date(2026, 3, 3), Stage.INTENT)

        made = {"I1": i1, "I2": i2, "I3": i3, "I4": i4, "I5": i5, "I6": i6}
        return Register(a.id, b.id, {k: v.id for k, v in made.items()},
                        {k: v.kenmerk for k, v in made.items()})
