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
        "bevestigd", "bevestigd", "onbevestigd", "bevestigd"]
    assert "2028-2029" not in years
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
    notes = _calendar(Region.NORTH).notes(date(2028, 10, 16), date(2028, 10, 18))
    assert notes == ("Voor schooljaar 2028-2029 is geen vakantierooster bekend; de schooldagen "
                     "zijn geteld zonder schoolvakanties (wel zonder weekenden, feestdagen en de "
                     "vrije dagen van de school). Controleer ze.",)
    # counted without school holidays, but still without weekends
    assert _calendar(Region.NORTH).school_days(date(2028, 10, 16), date(2028, 10, 22)) == 5
    assert "nog niet volledig bevestigd" in _calendar(Region.MIDDLE).notes(date(2027, 2, 22))[0]
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
        role=Role.PUPIL, kind=MeasureKind.SUSPENSION, decided_on=date(2028, 10, 13),
        reason="Filmpje",
        start_on=date(2028, 10, 16), end_on=date(2028, 10, 18), calendar=_calendar(Region.NORTH)))
    assert outcome.school_days == 3
    assert any("2028-2029 is geen vakantierooster" in w for w in outcome.warnings)


def test_a_suspension_wholly_in_a_holiday_is_refused(db):
    with pytest.raises(RuleViolation, match="vakantie"):
        _suspended(db, date(2025, 12, 22), date(2025, 12, 23))


def test_the_calendar_follows_the_school_row(db):
    with db.transaction() as s:
        school = make_school(s)
        assert calendar_for(school).region is None
        school.region = "zuid"
        assert calendar_for(school).region is Region.SOUTH


def test_2027_2028_is_the_rijksoverheid_table_in_every_region():
    # rijksoverheid.nl, "Overzicht schoolvakanties 2027-2028"
    year = calendar_data().years["2027-2028"]
    assert year.periods[Region.SOUTH] == (
        ("herfstvakantie", date(2027, 10, 23), date(2027, 10, 31)),
        ("kerstvakantie", date(2027, 12, 25), date(2028, 1, 9)),
        ("voorjaarsvakantie", date(2028, 2, 26), date(2028, 3, 5)),
        ("meivakantie", date(2028, 4, 29), date(2028, 5, 7)),
        ("zomervakantie", date(2028, 7, 22), date(2028, 9, 3)),
    )
    for region in Region:
        assert year.open_items(region) == ()
        assert _calendar(region).notes(date(2027, 11, 1), date(2028, 6, 1)) == ()
    # the autumn holiday is spread: noord and midden a week before zuid
    assert _calendar(Region.NORTH).closed_reason(date(2027, 10, 18)) == "herfstvakantie"
    assert _calendar(Region.SOUTH).is_school_day(date(2027, 10, 18))
    assert _calendar(Region.SOUTH).closed_reason(date(2027, 10, 25)) == "herfstvakantie"
    # summer: midden first (8 July), then noord (15 July), zuid last (22 July - 3 September)
    assert _calendar(Region.MIDDLE).next_school_day(date(2028, 7, 7)) == date(2028, 8, 21)
    assert _calendar(Region.NORTH).next_school_day(date(2028, 7, 14)) == date(2028, 8, 28)
    assert _calendar(Region.SOUTH).next_school_day(date(2028, 7, 21)) == date(2028, 9, 4)


def test_the_public_holidays_of_2027_2028_are_skipped():
    for region in (None, *Region):
        calendar = _calendar(region)
        # Tweede Paasdag 17 April, Koningsdag Thursday 27 April, Hemelvaart 25 May,
        # Tweede Pinksterdag 5 June 2028 (Bevrijdingsdag falls in the May holiday)
        for day in (date(2028, 4, 17), date(2028, 4, 27), date(2028, 5, 25), date(2028, 6, 5)):
            assert not calendar.is_school_day(day), (region, day)
    # a suspension of three school days from Wednesday 26 April 2028 (region midden): 26 and
    # 28 April, Koningsdag and the May holiday skipped, Monday 8 May; back on Tuesday 9 May
    start, end = _calendar(Region.MIDDLE).span(date(2028, 4, 26), 3)
    assert (start, end) == (date(2028, 4, 26), date(2028, 5, 8))
    assert _calendar(Region.MIDDLE).next_school_day(end) == date(2028, 5, 9)
    # Bevrijdingsdag is a school's free day every year (education closes on 5 May, not only in
    # lustrum years): Wednesday 5 May 2027 falls after the May holiday and is skipped
    assert _calendar(Region.NORTH).closed_reason(date(2027, 5, 5)) == "Bevrijdingsdag"


def test_2026_2027_says_per_region_what_is_not_confirmed():
    year = calendar_data().years["2026-2027"]
    assert year.status == "onbevestigd"
    # autumn: noord a week before midden and zuid (three sources agree)
    assert _calendar(Region.NORTH).closed_reason(date(2026, 10, 12)) == "herfstvakantie"
    assert _calendar(Region.SOUTH).is_school_day(date(2026, 10, 12))
    assert _calendar(Region.SOUTH).closed_reason(date(2026, 10, 19)) == "herfstvakantie"
    assert year.open_items(Region.NORTH) == ()  # every holiday from two sources
    assert year.open_items(Region.MIDDLE) == ("voorjaarsvakantie",)
    assert year.open_items(Region.SOUTH) == ("voorjaarsvakantie", "zomervakantie")
    # (a span over both: a toegangsverbod from February to July 2027)
    [south] = _calendar(Region.SOUTH).notes(date(2027, 2, 15), date(2027, 7, 12))
    assert south == (
        "Het vakantierooster van schooljaar 2026-2027 is nog niet volledig bevestigd (regio "
        "zuid): de voorjaarsvakantie is niet bekend (geteld als schooldagen) en de zomervakantie "
        "komt uit één bron. Controleer de schooldagen.")
    # the unknown spring holiday in zuid is counted as school days, and said so
    assert _calendar(Region.SOUTH).is_school_day(date(2027, 2, 22))
    assert not _calendar(Region.MIDDLE).is_school_day(date(2027, 2, 22))
    # only the holidays that may fall in the counted days are named: a suspension in November
    # 2026 is sure in every region; one in the week before zuid's summer (one source) is not
    for region in Region:
        assert _calendar(region).notes(date(2026, 11, 2), date(2026, 11, 6)) == ()
    assert _calendar(Region.NORTH).notes(date(2027, 2, 22)) == ()
    assert _calendar(Region.MIDDLE).notes(date(2027, 7, 12), date(2027, 7, 16)) == ()
    [july] = _calendar(Region.SOUTH).notes(date(2027, 7, 12), date(2027, 7, 16))
    assert "(regio zuid): de zomervakantie komt uit één bron." in july
    # zuid's unknown spring holiday is named from two weeks before the other regions' week
    # (carnival 2027 is 7-9 February)
    assert _calendar(Region.SOUTH).notes(date(2027, 2, 8)) == (
        "Het vakantierooster van schooljaar 2026-2027 is nog niet volledig bevestigd (regio "
        "zuid): de voorjaarsvakantie is niet bekend (geteld als schooldagen). Controleer de "
        "schooldagen.",)
    assert _calendar(Region.SOUTH).notes(date(2027, 1, 25), date(2027, 1, 29)) == ()
