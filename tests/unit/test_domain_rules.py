"""The protocol's rules and the legal guardrails (domain/, no database)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skow_desk.domain.articles import (
    ARTICLES,
    BY_CODE,
    check_articles_for_role,
    parse_codes,
)
from skow_desk.domain.enums import Role, Stage, TaskKind
from skow_desk.domain.errors import DomainError, RuleViolation
from skow_desk.domain.measures import (
    MEASURES_BY_ROLE,
    MeasureKind,
    check_measure_for_role,
    parse_measure,
)
from skow_desk.domain.rules import (
    MeasureInput,
    assess_measure,
    objection_deadline,
    school_day_span,
    school_days,
)
from skow_desk.domain.schoolyear import SchoolYear, kenmerk
from skow_desk.resources import resources_dir

PROTOCOL = "protocol-sociale-media-skow.txt"


def test_catalogue_has_the_fourteen_articles():
    assert [a.code for a in ARTICLES] == [
        "A1", "A2", "A3", "A4", "A5", "A6", "A7", "B1", "B2", "B3", "B4", "C1", "C2", "C3"]


def test_article_texts_are_quoted_from_the_protocol():
    path = resources_dir() / PROTOCOL  # shipped with the program (and in the bundle)
    protocol = " ".join(path.read_text(encoding="utf-8").split())
    for art in ARTICLES:
        first_sentence = art.text.split(". ")[0].rstrip(".")
        assert first_sentence in protocol, art.code


def test_who_each_article_applies_to():
    assert BY_CODE["A1"].applies_to == {Role.STAFF, Role.PUPIL}
    assert BY_CODE["A5"].applies_to == set(Role)
    assert BY_CODE["A6"].staff_only
    for code in ("B1", "B2", "B3", "B4", "C1", "C2", "C3"):
        assert BY_CODE[code].staff_only


def test_staff_only_article_against_pupil_is_refused_clearly():
    with pytest.raises(DomainError) as err:
        check_articles_for_role(["A5", "B4"], Role.PUPIL)
    assert "B4" in str(err.value) and "alleen voor medewerkers" in str(err.value)
    with pytest.raises(DomainError, match="A1"):
        check_articles_for_role(["A1"], Role.PARENT)
    check_articles_for_role(["A5", "A7"], Role.PUPIL)


def test_parse_codes_normalises_and_refuses_unknown():
    assert parse_codes("a7, A5;A5 ") == ["A5", "A7"]
    assert parse_codes("") == []
    with pytest.raises(DomainError, match="Onbekend protocolartikel 'D1'"):
        parse_codes("A1, D1")


def test_measures_per_role():
    assert MeasureKind.REPRIMAND in MEASURES_BY_ROLE[Role.STAFF]
    assert MeasureKind.REPRIMAND not in MEASURES_BY_ROLE[Role.PUPIL]
    assert MeasureKind.REMOVAL in MEASURES_BY_ROLE[Role.PUPIL]
    assert MeasureKind.ACCESS_BAN in MEASURES_BY_ROLE[Role.PARENT]
    with pytest.raises(DomainError, match="niet mogelijk voor een leerling"):
        check_measure_for_role(MeasureKind.SUMMARY_DISMISSAL, Role.PUPIL)
    assert parse_measure("  Verwijdering ") is MeasureKind.REMOVAL
    with pytest.raises(DomainError, match="Onbekende maatregel"):
        parse_measure("strafwerk")


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_every_day_falls_in_exactly_its_school_year(day):
    year = SchoolYear.of(day)
    assert year.first_day <= day <= year.last_day
    assert not year.previous().contains(day)
    assert SchoolYear.parse(year.label) == year
    assert len(year.months()) == 12


def test_school_year_boundary():
    assert SchoolYear.of(date(2026, 7, 31)).label == "2025-2026"
    assert SchoolYear.of(date(2026, 8, 1)).label == "2026-2027"
    assert kenmerk("04xy", SchoolYear(2025), 7) == "04XY-2526-007"
    for bad in ("2025-2027", "2025", "abcd-efgh"):
        with pytest.raises(DomainError, match="Ongeldig schooljaar"):
            SchoolYear.parse(bad)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2050, 1, 1)),
       st.integers(min_value=0, max_value=60))
def test_school_days_counts_weekdays_that_are_no_public_holiday(start, length):
    from skow_desk.domain.terms import recognised_holidays

    end = start + timedelta(days=length)
    days = [start + timedelta(days=i) for i in range(length + 1)]
    expected = sum(1 for d in days if d.weekday() < 5 and d not in recognised_holidays(d.year))
    assert school_days(start, end) == expected
    if expected:
        first, last = school_day_span(start, expected)
        assert school_days(first, last) == expected and last <= end


def test_objection_deadline_six_weeks_from_day_after_notice():
    assert objection_deadline(date(2026, 11, 24)) == date(2027, 1, 5)


def _suspension(start: date, end: date, reason: str = "Filmpje verspreid") -> MeasureInput:
    return MeasureInput(
        role=Role.PUPIL, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 23), reason=reason,
                        start_on=start, end_on=end)


def test_one_day_suspension_has_no_inspection_task():
    outcome = assess_measure(_suspension(date(2026, 11, 24), date(2026, 11, 24)))
    assert outcome.school_days == 1
    assert [t.kind for t in outcome.tasks] == [TaskKind.OBJECTION_TERM]


def test_five_school_days_over_a_weekend_is_allowed_six_is_not():
    outcome = assess_measure(_suspension(date(2026, 11, 26), date(2026, 12, 2)))
    assert outcome.school_days == 5
    assert outcome.tasks[0].kind is TaskKind.INSPECTION_NOTICE
    with pytest.raises(RuleViolation, match="u koos 6 schooldagen"):
        assess_measure(_suspension(date(2026, 11, 26), date(2026, 12, 3)))


def test_suspension_needs_reason_and_dates():
    with pytest.raises(RuleViolation, match="reden"):
        assess_measure(_suspension(date(2026, 11, 24), date(2026, 11, 24), reason=" "))
    with pytest.raises(RuleViolation, match="eerste en de laatste dag"):
        assess_measure(MeasureInput(
            role=Role.PUPIL, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 23),
                                    reason="x"))


def test_summary_dismissal_warns_when_facts_are_old():
    fresh = assess_measure(MeasureInput(
        role=Role.STAFF, kind=MeasureKind.SUMMARY_DISMISSAL, decided_on=date(2026, 11, 24),
        reason="Dringend",
        known_since=date(2026, 11, 23)))
    assert fresh.warnings == ()
    assert fresh.tasks[0].due_on == date(2027, 1, 25)  # 24 January 2027 is a Sunday (Atw)
    late = assess_measure(MeasureInput(
        role=Role.STAFF, kind=MeasureKind.SUMMARY_DISMISSAL, decided_on=date(2026, 11, 24),
        reason="Dringend",
        known_since=date(2026, 11, 10)))
    assert "14 dagen" in late.warnings[0]


def test_intent_only_for_two_step_measures():
    with pytest.raises(RuleViolation, match="geen voornemen"):
        assess_measure(MeasureInput(
            role=Role.PUPIL, kind=MeasureKind.WARNING, decided_on=date(2026, 11, 24),
                                    stage=Stage.INTENT))


def test_hearing_warning_when_no_conversation():
    outcome = assess_measure(MeasureInput(
        role=Role.PUPIL, kind=MeasureKind.WARNING, decided_on=date(2026, 11, 24),
                                          heard=False))
    assert "hoor de leerling en de ouders" in outcome.warnings[0]


def test_objection_term_runs_on_past_weekends_and_holidays():
    # Six weeks after Saturday 21 November 2026 is Saturday 2 January 2027 → Monday 4 January.
    assert objection_deadline(date(2026, 11, 21)) == date(2027, 1, 4)
    # Six weeks after 16 March 2027 is Koningsdag, Tuesday 27 April 2027 → 28 April.
    assert objection_deadline(date(2027, 3, 16)) == date(2027, 4, 28)
    # 5 May counts every year (Atw art. 3); Ascension Day 2027 is 6 May → Friday 7 May.
    assert objection_deadline(date(2027, 3, 24)) == date(2027, 5, 7)
    # A working day stays as it is.
    assert objection_deadline(date(2026, 11, 24)) == date(2027, 1, 5)


def test_recognised_holidays_follow_easter():
    from skow_desk.domain.terms import is_rest_day, kings_day, recognised_holidays

    assert date(2026, 4, 6) in recognised_holidays(2026)  # tweede paasdag
    assert date(2026, 4, 3) not in recognised_holidays(2026)  # Goede Vrijdag is not in Atw
    assert kings_day(2025) == date(2025, 4, 26)  # 27 April 2025 was a Sunday
    assert is_rest_day(date(2026, 12, 26)) and not is_rest_day(date(2026, 12, 28))
