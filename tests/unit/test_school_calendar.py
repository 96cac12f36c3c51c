"""School days skip weekends, public holidays, the region's school holidays and the school's
free days; a school year without a calendar is said out loud."""

from __future__ import annotations

from datetime import date

import pytest

from skow_desk.domain.errors import RuleViolation
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.school_calendar import FreeDay, Region, SchoolCalendar
from skow_desk.domain.terms import recognised_holidays
from skow_desk.services.foundation import SchoolInput, save_school
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.letters import draft_letters, render
from skow_desk.services.measures import MeasureDecision, decide_measure, preview_measure
from skow_desk.services.school_calendar import calendar_data, calendar_for
from tests.factories import make_incident, make_pupil_with_parents, make_school
from tests.unit.letters.letter_helpers import pdf_text


def _calendar(region: Region | None = Region.MIDDLE, *free: date) -> SchoolCalendar:
    return SchoolCalendar(region=region, data=calendar_data(), free_days=frozenset(free))


def test_the_shipped_public_holidays_are_those_of_the_algemene_termijnenwet():
    shipped = set(calendar_data().public_holidays)
    computed = {d for y in range(2024, 2029) for d in recognised_holidays(y)
                if date(2024, 8, 1) <= d <= date(2028, 7, 31)}
    assert shipped == computed


def test_every_school_year_up_to_2027_2028_is_in_the_data_with_its_status():
    years = calendar_data().years
    assert [years[y].status for y in ("2024-2025", "2025-2026", "2026-2027", "2027-2028")] == [
        "bevestigd", "bevestigd", "onbevestigd", "ontbreekt"]
    # Christmas is the same in every region
    for region in Region:
        assert ("kerstvakantie", date(2025, 12, 20), date(2026, 1, 4)) in \
            years["2025-2026"].periods[region]


def test_kings_day_2026_is_no_day_back_even_without_a_region():
    # the known bug: "Op maandag 27 april 2026 is Çağla weer welkom"
    assert SchoolCalendar().next_school_day(date(2026, 4, 24)) == date(2026, 4, 28)
    # with the region, the May holiday (25 April - 3 May 2026) is skipped too
    assert _calendar(Region.MIDDLE).next_school_day(date(2026, 4, 24)) == date(2026, 5, 4)


def test_an_ascension_week_has_four_school_days_and_three_with_the_friday_off():
    # the known bug: a Hemelvaart week counted as five school days
    assert SchoolCalendar().school_days(date(2026, 5, 11), date(2026, 5, 15)) == 4
    assert _calendar(Region.NORTH, date(2026, 5, 15)).school_days(
        date(2026, 5, 11), date(2026, 5, 15)) == 3


def test_a_suspension_from_18_december_returns_after_the_christmas_holiday():
    # the known bug: back on 22 December 2025, in the Christmas holiday
    for region in Region:
        assert _calendar(region).next_school_day(date(2025, 12, 19)) == date(2026, 1, 5)
    start, end = _calendar(Region.SOUTH).span(date(2025, 12, 18), 3)
    assert (start, end) == (date(2025, 12, 18), date(2026, 1, 5))


def test_regions_differ_where_the_minister_spreads_the_holidays():
    autumn = date(2025, 10, 13)  # Monday: holiday in zuid only
    assert not _calendar(Region.SOUTH).is_school_day(autumn)
    assert _calendar(Region.NORTH).is_school_day(autumn)
    assert _calendar(Region.MIDDLE).closed_reason(date(2026, 2, 16)) == "voorjaarsvakantie"
    assert _calendar(Region.NORTH).is_school_day(date(2026, 2, 16))


def test_a_year_without_a_calendar_and_a_school_without_a_region_are_said_out_loud():
    notes = _calendar(Region.NORTH).notes(date(2027, 10, 4), date(2027, 10, 6))
    assert notes == ("Voor schooljaar 2027-2028 is geen vakantierooster bekend; de schooldagen "
                     "zijn geteld zonder schoolvakanties (wel zonder weekenden, feestdagen en de "
                     "vrije dagen van de school). Controleer ze.",)
    # counted without school holidays, but still without weekends
    assert _calendar(Region.NORTH).school_days(date(2027, 10, 4), date(2027, 10, 10)) == 5
    assert "nog niet volledig bevestigd" in _calendar(Region.NORTH).notes(date(2026, 11, 2))[0]
    assert _calendar(Region.NORTH).notes(date(2025, 11, 3)) == ()
    assert "geen vakantieregio ingesteld" in SchoolCalendar().notes(date(2025, 11, 3))[0]


def _suspended(db, start: date, end: date, region: str = "midden",
               free: tuple[date, ...] = ()) -> tuple[int, int, int, object]:
    with db.transaction() as s:
        school = make_school(s)
        save_school(s, SchoolInput(school.brin, school.name, school.sector,
                                   school.denomination, school.address, school.postcode,
                                   school.city, signatory=school.signatory, region=region,
                                   free_days=[FreeDay(d, "studiedag") for d in free]))
        pupil = make_pupil_with_parents(s, school)
        incident = make_incident(s, school, pupil, reported_on=start.replace(day=1)
                                 if start.day > 1 else start)
        log_conversation(s, incident.id, ConversationInput(
            held_on=incident.reported_on, person_id=pupil.guardians[0].id,
            present="directeur, ouders", summary="Besproken."))
        decision = MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=incident.reported_on,
            reason="Het filmpje heeft een klasgenoot gekwetst", start_on=start, end_on=end)
        outcome = preview_measure(s, incident.id, decision)
        measure = decide_measure(s, incident.id, decision)
        return incident.id, pupil.id, measure.id, outcome


def _letter_text(db, incident_id: int, pupil_id: int, measure_id: int) -> str:
    with db.transaction() as s:
        [data] = draft_letters(s, "pupil_schorsing", incident_id, pupil_id, measure_id,
                               letter_date=date(2026, 4, 1))
        return " ".join(pdf_text(render(s, data)).split())


def test_the_suspension_letter_does_not_welcome_the_pupil_back_on_kings_day(db):
    ids = _suspended(db, date(2026, 4, 23), date(2026, 4, 24))
    text = _letter_text(db, *ids[:3])
    assert "27 april 2026" not in text
    assert "maandag 4 mei 2026" in text
    assert ids[3].school_days == 2 and ids[3].warnings == ()


def test_the_suspension_days_skip_the_school_free_day_and_the_ascension_day(db):
    ids = _suspended(db, date(2026, 5, 11), date(2026, 5, 15), free=(date(2026, 5, 15),))
    assert ids[3].school_days == 3
    with db.transaction() as s:
        from skow_desk.store.models import Measure

        assert s.get(Measure, ids[2]).school_days == 3


def test_a_suspension_in_a_year_without_a_calendar_warns_and_counts_weekdays():
    from skow_desk.domain.enums import Role
    from skow_desk.domain.rules import MeasureInput, assess_measure

    outcome = assess_measure(MeasureInput(
        role=Role.PUPIL, kind=MeasureKind.SUSPENSION, decided_on=date(2027, 10, 1),
        reason="Filmpje",
        start_on=date(2027, 10, 4), end_on=date(2027, 10, 6), calendar=_calendar(Region.NORTH)))
    assert outcome.school_days == 3
    assert any("2027-2028 is geen vakantierooster" in w for w in outcome.warnings)


def test_a_suspension_wholly_in_a_holiday_is_refused(db):
    with pytest.raises(RuleViolation, match="vakantie"):
        _suspended(db, date(2025, 12, 22), date(2025, 12, 23))


def test_the_calendar_follows_the_school_row(db):
    with db.transaction() as s:
        school = make_school(s)
        assert calendar_for(school).region is None
        school.region = "zuid"
        assert calendar_for(school).region is Region.SOUTH
