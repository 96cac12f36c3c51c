"""The import refuses what the forms refuse: future dates, control characters, bidi overrides,
overlong texts. And letters and inzage never end in a traceback, whatever was imported."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from skow_desk.importing import columns as col
from tests.unit.importing.conftest import Parser, RowFactory

NEXT_YEAR = (date.today() + timedelta(days=400)).strftime("%d-%m-%Y")


@pytest.mark.parametrize(("column", "value", "words"), [
    (col.REPORTED_ON, "02-10-2090", "toekomst"),
    (col.REPORTED_ON, NEXT_YEAR, "toekomst"),
    (col.LAST_NAME, "Vries\x00", "stuurteken"),
    (col.FIRST_NAME, "Da\x07an", "stuurteken"),
    (col.LAST_NAME, "\u202eseirV", "stuurteken"),
    (col.PLATFORM, "Tik\u2066Tok", "stuurteken"),
    (col.LAST_NAME, "V" * 5000, "te lang"),
    (col.FIRST_NAME, "D" * 101, "te lang"),
    (col.KENMERK, "K" * 10_000, "te lang"),
    (col.PLATFORM, "P" * 61, "te lang"),
    (col.DESCRIPTION, "woord " * 4000, "te lang"),
])
def test_the_import_refuses(parse_rows: Parser, row: RowFactory, column: str, value: str,
                            words: str) -> None:
    result = parse_rows([row(**{column: value})])
    assert not result.incidents
    messages = [p.message for p in result.problems if p.column == column]
    assert messages and words in messages[0], result.problems


def test_a_normal_row_with_a_line_break_in_the_description_passes(parse_rows: Parser,
                                                                  row: RowFactory) -> None:
    result = parse_rows([row(**{col.DESCRIPTION: "Eerste regel.\nTweede regel."})])
    assert result.incidents and not result.problems


def test_letters_and_inzage_of_overlong_stored_data_end_in_a_dutch_line(
        data_folder, tmp_path, capsys) -> None:
    """Data stored before these limits (or edited elsewhere) never crashes letters or inzage."""
    from datetime import date as day

    from skow_desk.cli import main
    from skow_desk.domain.measures import MeasureKind
    from skow_desk.services.measures import MeasureDecision, decide_measure
    from skow_desk.store.models import Incident, Person
    from skow_desk.store.vault import open_data
    from tests.conftest import PASSPHRASE
    from tests.unit.security.helpers import make_case

    db = open_data(data_folder, PASSPHRASE)
    try:
        with db.transaction() as s:
            ids = make_case(s)
            pupil = s.get(Person, ids["pupil"])
            pupil.last_name = "V" * 5000
            pupil.first_name = "D" * 3000
            incident = s.get(Incident, ids["incident"])
            incident.platform = "P" * 4000
            decide_measure(s, incident.id, MeasureDecision(
                person_id=pupil.id, kind=MeasureKind.WARNING, decided_on=day(2026, 11, 10),
                reason="R" * 20_000))
            kenmerk = incident.kenmerk
    finally:
        db.close()
    for args in (["letters", "--kenmerk", kenmerk, "--out", str(tmp_path / "b")],
                 ["inzage", "--persoon", str(ids["pupil"]), "--out", str(tmp_path / "i")]):
        code = main(["--data-dir", str(data_folder), *args])  # no exception escapes
        err = capsys.readouterr().err
        assert code in (0, 1)
        assert "Traceback" not in err
        if code == 1:
            assert err.startswith("skow-desk: ") and len(err.splitlines()) == 1
