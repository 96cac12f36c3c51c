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
    for objection in (legal.objection_suspension, legal.objection_removal):
        assert "{uiterlijk}" in objection.text and "{bevoegd_gezag}" in objection.text
    assert "{uiterlijk}" in legal.court.text
    assert legal.court.source == "BW 7:686a lid 4"
    assert "Inspectie" in legal.inspection.text and "leerplicht" in legal.truancy.text.lower()
    if denomination is Denomination.PUBLIC:
        assert "Awb" in legal.objection_suspension.source
        assert "Awb" in legal.objection_removal.source
    else:
        # a suspension at a bijzondere school has no statutory objection: no article, and not
        # the removal text (WPO art. 63 is written for removal)
        assert "no statutory objection" in legal.objection_suspension.source
        assert legal.objection_suspension.text != legal.objection_removal.text
        assert "63" in legal.objection_removal.source or "61" in legal.objection_removal.source \
            or "Inrichtingsbesluit" in legal.objection_removal.source
    assert "{beroep_instantie}" in legal.staff_appeal_body.text
    assert "{beroep_uiterlijk}" in legal.staff_appeal_body.text
    assert "kantonrechter" in legal.staff_appeal_court.text


def test_sector_citations_differ_and_unconfirmed_ones_stay_general() -> None:
    assert "40c" in legal_texts(Sector.PO, Denomination.PUBLIC).suspension.text
    vo = legal_texts(Sector.VO, Denomination.PUBLIC)
    # the repealed Inrichtingsbesluit WVO is never printed; the unconfirmed WVO 2020 article is
    # replaced by the law named generally
    assert "Inrichtingsbesluit" not in vo.suspension.text
    general = "de Wet voortgezet onderwijs 2020 en het Uitvoeringsbesluit WVO 2020"
    assert vo.suspension.text == general
    assert not vo.suspension.confirmed and not vo.removal.confirmed
    assert {c.key for c in vo.unconfirmed()} >= {"pupil.suspension", "pupil.removal"}
    assert all(c.confirmed for c in (vo.objection_suspension, vo.truancy, vo.court))


def test_every_legal_entry_says_whether_it_is_confirmed() -> None:
    import tomllib

    for name in ("po.toml", "vo.toml", "so.toml"):
        raw = tomllib.loads((legal_dir() / name).read_text(encoding="utf-8"))

        def entries(node: dict[str, object], path: str = ""):  # type: ignore[no-untyped-def]
            if "source" in node:
                yield path, node
                return
            for key, value in node.items():
                if isinstance(value, dict) and key not in ("terms", "words"):
                    yield from entries(value, f"{path}.{key}".strip("."))

        for path, entry in entries(raw):
            assert isinstance(entry["confirmed"], bool), f"{name} {path}"
            if not entry["confirmed"]:
                assert entry.get("general"), f"{name} {path} needs a general wording"


def test_the_foundation_confirms_a_citation() -> None:
    confirmed = (("VO.pupil.suspension", "artikel 99 van het Uitvoeringsbesluit WVO 2020"),)
    vo = legal_texts(Sector.VO, Denomination.PUBLIC, confirmations=confirmed)
    assert vo.suspension.text == "artikel 99 van het Uitvoeringsbesluit WVO 2020"
    assert vo.suspension.confirmed and "bevestigd door de stichting" in vo.suspension.source
    # another sector's key does not touch it
    po = legal_texts(Sector.PO, Denomination.PUBLIC, confirmations=confirmed)
    assert "40c" in po.suspension.text


def test_bad_legal_file_is_refused_with_file_and_key(tmp_path: Path) -> None:
    source = (legal_dir() / "po.toml").read_text(encoding="utf-8")
    broken = source.replace("uiterlijk op {uiterlijk}", "uiterlijk op {datum}", 1)
    (tmp_path / "po.toml").write_text(broken, "utf-8")
    with pytest.raises(DomainError, match=r"po\.toml.*onbekend invulveld: \{datum\}"):
        legal_texts(Sector.PO, Denomination.PUBLIC, tmp_path)
    (tmp_path / "vo.toml").write_text('sector = "VO"\n', "utf-8")
    with pytest.raises(DomainError, match="In vo.toml ontbreekt 'law'"):
        legal_texts(Sector.VO, Denomination.PUBLIC, tmp_path)
    assert {"uiterlijk", "bevoegd_gezag", "adres"} < PLACEHOLDERS
