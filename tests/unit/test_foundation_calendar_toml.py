"""A school's holiday region and free days in the foundation TOML: read, stored, written back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from skow_desk.domain.errors import DomainError
from skow_desk.services.foundation import (
    export_foundation_toml,
    import_foundation_toml,
    read_foundation_toml,
    schools,
)
from skow_desk.services.school_calendar import calendar_for

TOML = """
[stichting]
naam = "Stichting SKOW"

[[school]]
brin = "04XY"
naam = "Basisschool De Regenboog"
sector = "PO"
denominatie = "openbaar"
regio = "Zuid"
vrije_dagen = [2026-03-04, { datum = 2026-05-15, omschrijving = "dag na Hemelvaart" }]
"""


def test_region_and_free_days_round_trip(db, tmp_path: Path) -> None:
    path = tmp_path / "stichting.toml"
    path.write_text(TOML, encoding="utf-8")
    with db.transaction() as s:
        import_foundation_toml(s, path)
        [school] = schools(s)
        assert school.region == "zuid"
        assert [(f.day, f.description) for f in school.free_days] == [
            (date(2026, 3, 4), ""), (date(2026, 5, 15), "dag na Hemelvaart")]
        calendar = calendar_for(school)
        assert calendar.school_days(date(2026, 5, 11), date(2026, 5, 15)) == 3
        out = tmp_path / "uit.toml"
        export_foundation_toml(s, out)
    again = read_foundation_toml(out)
    assert again.schools[0].region == "zuid"
    assert [d.day for d in again.schools[0].free_days or []] == [
        date(2026, 3, 4), date(2026, 5, 15)]


@pytest.mark.parametrize(("line", "message"), [
    ('regio = "oost"', "Onbekende vakantieregio 'oost'"),
    ('vrije_dagen = ["4 maart"]', "is geen datum"),
    ('vrije_dagen = 2026-03-04', "moet een lijst"),
])
def test_a_wrong_region_or_free_day_is_refused_in_dutch(tmp_path: Path, line: str,
                                                        message: str) -> None:
    text = TOML.replace('regio = "Zuid"', line if line.startswith("regio") else 'regio = "zuid"')
    if line.startswith("vrije_dagen"):
        text = text.replace(text[text.index("vrije_dagen"):].splitlines()[0], line)
    path = tmp_path / "stichting.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DomainError, match=message):
        read_foundation_toml(path)
