"""The overview's counts against the hand-counted register in ``conftest.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.reports.export_csv import csv_rows, write_csv
from skow_desk.reports.incidents import incident_records, incidents_behind
from skow_desk.reports.overview import available_years, compute_overview

from .conftest import Register

Y2526 = SchoolYear(2025)

EXPECTED_ALL_2526 = """\
schooljaar;school;dimensie;waarde;aantal
2025-2026;alle;meldingen;totaal;4
2025-2026;alle;rol;leerling;2
2025-2026;alle;rol;medewerker;2
2025-2026;alle;rol;ouder;1
2025-2026;alle;artikel;A1;1
2025-2026;alle;artikel;A5;1
2025-2026;alle;artikel;A7;1
2025-2026;alle;artikel;B4;1
2025-2026;alle;artikel;C1;1
2025-2026;alle;categorie;(cyber)pesten;1
2025-2026;alle;categorie;bedreiging;2
2025-2026;alle;categorie;ongeoorloofd filmen/fotograferen;1
2025-2026;alle;categorie;smaad/laster;1
2025-2026;alle;platform;Facebook;1
2025-2026;alle;platform;onbekend;1
2025-2026;alle;platform;TikTok;1
2025-2026;alle;platform;WhatsApp;1
2025-2026;alle;maatregel;berisping;1
2025-2026;alle;maatregel;toegangsverbod;1
2025-2026;alle;maatregel;waarschuwing;2
2025-2026;alle;maand;2025-08;1
2025-2026;alle;maand;2025-09;1
2025-2026;alle;maand;2026-03;1
2025-2026;alle;maand;2026-07;1
"""


def test_csv_for_all_schools_is_exactly_the_hand_count(db, register: Register, tmp_path: Path):
    with db.sessions() as s:
        overview = compute_overview(s, Y2526, None)
    out = tmp_path / "overzicht.csv"
    write_csv(overview, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == EXPECTED_ALL_2526.count("\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert raw.decode("utf-8-sig").replace("\r\n", "\n") == EXPECTED_ALL_2526


def test_key_figures_and_previous_year(db, register: Register):
    with db.sessions() as s:
        overview = compute_overview(s, Y2526, None)
    cur, prev = overview.current, overview.previous
    # I1 closed 5 Aug (after 31 July: still open at year end), I4 and I6 never closed.
    assert cur.open_at_year_end == 3
    assert cur.closed_with_date == 2
    assert cur.median_days == 15.0  # I1: 5 days, I3: 25 days
    # 2024-2025 holds only I5 (31 July 2025), closed 10 August: open at its year end.
    assert prev.year == SchoolYear(2024)
    assert prev.total == 1
    assert prev.open_at_year_end == 1
    assert prev.median_days == 10.0
    assert prev.counts["artikel"] == {"A5": 1}
    row = overview.compared("meldingen")[0]
    assert (row.current, row.previous, row.change, row.change_percent) == (4, 1, 3, 300.0)


def test_31_july_and_1_august_fall_in_different_years(db, register: Register):
    with db.sessions() as s:
        this_year = compute_overview(s, Y2526, None)
        next_year = compute_overview(s, SchoolYear(2026), None)
    assert this_year.current.count("maand", "2026-07") == 1  # I1 on 31 July 2026
    assert this_year.current.count("maand", "2025-08") == 1  # I4 on 1 August 2025
    assert next_year.current.total == 1  # I2 on 1 August 2026
    assert next_year.current.counts["maand"] == {"2026-08": 1}
    assert next_year.previous.total == 4


def test_two_causers_of_one_role_count_once_and_intent_is_no_measure(db, register: Register):
    with db.sessions() as s:
        overview = compute_overview(s, Y2526, None)
    # I1 has two pupils and a parent as causers: leerling +1 (not +2), ouder +1.
    assert overview.current.counts["rol"] == {"leerling": 2, "ouder": 1, "medewerker": 2}
    # I3: intent + decision → one berisping; I6: intent only → none.
    assert overview.current.counts["maatregel"] == {
        "waarschuwing": 2, "toegangsverbod": 1, "berisping": 1}


def test_one_school_against_all(db, register: Register):
    with db.sessions() as s:
        school_a = compute_overview(s, Y2526, register.school_a)
        school_b = compute_overview(s, Y2526, register.school_b)
        rows_a = list(csv_rows(school_a))
    assert school_a.current.total == 3
    assert school_b.current.total == 1
    assert school_a.current.counts["rol"] == {"leerling": 1, "ouder": 1, "medewerker": 2}
    assert school_b.current.counts["rol"] == {"leerling": 1}
    assert school_b.current.counts["platform"] == {"onbekend": 1}
    assert school_b.previous.total == 0
    assert school_a.previous.total == 1
    assert {r[1] for r in rows_a} == {"04XY"}
    assert school_a.scope_label == "Basisschool De Regenboog (04XY)"


def test_year_without_incidents_has_only_total_zero(db, register: Register):
    with db.sessions() as s:
        overview = compute_overview(s, SchoolYear(2023), None)
    assert list(csv_rows(overview)) == [("2023-2024", "alle", "meldingen", "totaal", 0)]
    assert overview.current.median_days is None
    assert overview.current.open_at_year_end == 0


def test_empty_database_has_a_total_of_zero(db):
    with db.sessions() as s:
        overview = compute_overview(s, Y2526, None)
    assert list(csv_rows(overview)) == [("2025-2026", "alle", "meldingen", "totaal", 0)]
    assert [r.value for r in overview.compared("maand")][0] == "2025-08"
    assert len(overview.compared("artikel")) == 14


def test_available_years_lists_years_with_data_and_the_current(db, register: Register):
    with db.sessions() as s:
        years = available_years(s, SchoolYear(2030))
    assert [y.label for y in years] == ["2030-2031", "2026-2027", "2025-2026", "2024-2025"]


@pytest.mark.parametrize(
    ("dimension", "value", "expected"),
    [
        ("meldingen", "totaal", ["I4", "I3", "I6", "I1"]),
        ("rol", "leerling", ["I4", "I1"]),
        ("rol", "medewerker", ["I3", "I6"]),
        ("artikel", "A5", ["I1"]),
        ("categorie", "bedreiging", ["I4", "I3"]),
        ("platform", "onbekend", ["I4"]),
        ("maatregel", "waarschuwing", ["I4", "I1"]),
        ("maatregel", "berisping", ["I3"]),
        ("maand", "2026-07", ["I1"]),
        ("open", "", ["I4", "I6", "I1"]),
    ],
)
def test_click_through_lists_the_incidents_behind_a_count(
    db, register: Register, dimension: str, value: str, expected: list[str]
):
    with db.sessions() as s:
        rows = incidents_behind(s, Y2526, None, dimension, value)
        overview = compute_overview(s, Y2526, None)
    assert [r.kenmerk for r in rows] == [register.kenmerken[k] for k in expected]
    if dimension not in ("open", "maatregel"):  # measures count per person, not per incident
        assert len(rows) == overview.current.count(dimension, value)


def test_incident_records_have_no_names(db, register: Register):
    with db.sessions() as s:
        records = list(incident_records(s, Y2526, None, batch=2))
    assert [r.kenmerk for r in records] == [
        register.kenmerken[k] for k in ("I4", "I3", "I6", "I1")]
    first = records[-1]
    assert first.rollen == "leerling, ouder"
    assert first.artikelen == "A5, A7"
    assert first.maatregelen == "toegangsverbod, waarschuwing"
    assert first.dagen_tot_afronding == 5
    assert first.maand == "2026-07"
    assert records[0].platform == "onbekend"
    assert records[0].categorieen == "(cyber)pesten, bedreiging"
    assert records[0].dagen_tot_afronding is None
    text = repr(records)
    for name in ("Yılmaz", "Wiśniewski", "Jansen", "Bakker", "Öztürk", "Ayşe"):
        assert name not in text


def test_demo_data_adds_up_across_schools_and_dimensions(demo_db):
    from collections import Counter

    from sqlalchemy import select

    from skow_desk.store.models import School

    with demo_db.sessions() as s:
        school_ids = list(s.scalars(select(School.id)))
        for year in available_years(s, SchoolYear(2026)):
            whole = compute_overview(s, year, None)
            parts = [compute_overview(s, year, school_id) for school_id in school_ids]
            cur = whole.current
            assert sum(cur.counts["maand"].values()) == cur.total
            assert sum(cur.counts["platform"].values()) == cur.total
            assert cur.open_at_year_end <= cur.total
            assert max(cur.counts["artikel"].values(), default=0) <= cur.total
            for dimension in ("meldingen", "rol", "artikel", "categorie", "platform",
                              "maatregel", "maand"):
                summed: Counter[str] = Counter()
                for part in parts:
                    summed.update(part.current.counts[dimension])
                assert +summed == +Counter(cur.counts[dimension]), dimension
            assert sum(p.current.open_at_year_end for p in parts) == cur.open_at_year_end


def test_a_withdrawn_measure_is_not_counted(db, register: Register):
    from sqlalchemy import select

    from skow_desk.domain.measures import MeasureKind, MeasureStatus
    from skow_desk.store.models import Measure

    with db.transaction() as s:
        ban = s.scalars(select(Measure).where(Measure.kind == MeasureKind.ACCESS_BAN)).one()
        ban.status = MeasureStatus.WITHDRAWN  # as services/measure_corrections sets it
    with db.sessions() as s:
        overview = compute_overview(s, Y2526, None)
    assert overview.current.counts["maatregel"] == {"waarschuwing": 2, "berisping": 1}
