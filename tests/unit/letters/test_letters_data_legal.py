"""LetterData JSON round-trip, and the legal texts as data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skow_desk.domain.enums import Denomination, Sector
from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData, Letterhead
from skow_desk.letters.legal import PLACEHOLDERS, legal_dir, legal_texts

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
lines = st.lists(text, max_size=5).map(tuple)


@st.composite
def letters(draw: st.DrawFn) -> LetterData:
    return LetterData(
        kind=draw(text),
        letterhead=Letterhead(draw(text), draw(lines), draw(text), draw(text),
                              draw(st.none() | st.binary(max_size=64))),
        recipient_lines=draw(lines),
        place=draw(text),
        letter_date=draw(st.dates(date(1990, 1, 1), date(2100, 12, 31))),
        kenmerk=draw(text),
        subject=draw(text),
        salutation=draw(text),
        paragraphs=draw(lines),
        closing=draw(text),
        signatory_name=draw(text),
        signatory_function=draw(text),
        enclosures=draw(lines),
        copy_to=draw(lines),
        number=draw(st.none() | text),
        draft=draw(st.booleans()),
        title=draw(text),
        postal_note=draw(text),
        countersignatory=draw(text),
    )


@given(letters())
def test_json_round_trip_is_exact(data: LetterData) -> None:
    stored = data.to_json()
    assert LetterData.from_json(stored) == data
    assert LetterData.from_json(stored).to_json() == stored


def test_json_keeps_logo_bytes_and_dutch_text() -> None:
    data = LetterData("pupil_schorsing", Letterhead("School", ("Straat 1",), logo=b"\x89PNG\x00"),
                      ("Mevrouw A. Yılmaz",), "Woerden", date(2026, 11, 24), "K-1", "Betreft",
                      "Geachte mevrouw Yılmaz,", ("Één alinea.",))
    stored = data.to_json()
    assert "Yılmaz" in stored and '"logo":"iVBORwA="' in stored
    assert LetterData.from_json(stored) == data


@pytest.mark.parametrize("broken", ["", "[]", '{"version": 2}', '{"version": 1, "kind": 3}'])
def test_json_refuses_garbage_in_dutch(broken: str) -> None:
    with pytest.raises(DomainError, match="briefgegevens zijn onleesbaar"):
        LetterData.from_json(broken)


@pytest.mark.parametrize("sector", list(Sector))
@pytest.mark.parametrize("denomination", list(Denomination))
def test_legal_texts_load_for_every_school(sector: Sector, denomination: Denomination) -> None:
    legal = legal_texts(sector, denomination)
    assert legal.objection_weeks == 6 and legal.response_weeks == 3 and legal.court_months == 2
    assert legal.max_suspension_days == 5
    assert "{uiterlijk}" in legal.objection.text and "{bevoegd_gezag}" in legal.objection.text
    assert "{uiterlijk}" in legal.court.text
    assert legal.court.source == "BW 7:686a lid 4"
    assert "Inspectie" in legal.inspection.text and "leerplicht" in legal.truancy.text.lower()
    if denomination is Denomination.PUBLIC:
        assert "Awb" in legal.objection.source
    else:
        assert "63" in legal.objection.source or "61" in legal.objection.source or (
            "Inrichtingsbesluit" in legal.objection.source)


def test_sector_citations_differ() -> None:
    assert "40c" in legal_texts(Sector.PO, Denomination.PUBLIC).suspension.text
    assert "Inrichtingsbesluit" in legal_texts(Sector.VO, Denomination.PUBLIC).suspension.text
    assert "UNCONFIRMED" in (legal_dir() / "vo.toml").read_text(encoding="utf-8")


def test_bad_legal_file_is_refused_with_file_and_key(tmp_path: Path) -> None:
    source = (legal_dir() / "po.toml").read_text(encoding="utf-8")
    broken = source.replace("uiterlijk op {uiterlijk}", "uiterlijk op {datum}", 1)
    (tmp_path / "po.toml").write_text(broken, "utf-8")
    with pytest.raises(DomainError, match=r"po\.toml.*onbekend invulveld: \{datum\}"):
        legal_texts(Sector.PO, Denomination.PUBLIC, tmp_path)
    (tmp_path / "vo.toml").write_text('sector = "VO"\n', "utf-8")
    with pytest.raises(DomainError, match="In vo.toml ontbreekt 'law'"):
        legal_texts(Sector.VO, Denomination.PUBLIC, tmp_path)
    assert {"uiterlijk", "bevoegd_gezag", "adres"} == PLACEHOLDERS
