"""The form of a letter, read back from the PDF itself: names, pronouns, the address window,
dates on one line, one-day suspensions, breachable articles, metadata and enclosures."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from skow_desk.domain.articles import ARTICLES, article
from skow_desk.domain.dates import MONTHS, WEEKDAYS
from skow_desk.domain.enums import Salutation
from skow_desk.letters.kinds import LETTER_KINDS
from skow_desk.letters.legal import legal_texts
from skow_desk.letters.render import AddressWindow, render_letter
from skow_desk.letters.templating import build_letter, sample_request, shipped_template
from tests.unit.letters.letter_helpers import pdf_text

LONG_STREET = "Burgemeester van Nispen van Sevenaerstraat 112"


def _letter(kind: str = "pupil_schorsing", **changes: object):
    request = sample_request(kind)
    person = changes.pop("person", None)
    if person is not None:
        request = replace(request, person=person)
    request = replace(request, **changes)
    legal = legal_texts(request.school.sector, request.school.denomination)
    return build_letter(request, shipped_template(kind), legal)


def _pdf(kind: str = "pupil_schorsing", **changes: object) -> bytes:
    return render_letter(_letter(kind, **changes))


def _bbox_words(pdf: bytes) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) in mm from the top left, page 1, by ``pdftotext -bbox``."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", "-", "-"], input=pdf,
                          capture_output=True, check=True).stdout.decode()
    pt = 25.4 / 72
    return [(w, float(a) * pt, float(b) * pt, float(c) * pt, float(d) * pt) for a, b, c, d, w in
            re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                       r"([^<]*)</word>", html)]


def test_an_elided_infix_is_written_without_a_space() -> None:
    request = sample_request("staff_waarschuwing")
    person = replace(request.person, infix="d'", last_name="Ancona")
    text = pdf_text(_pdf("staff_waarschuwing", person=person))
    assert "J. d'Ancona" in text and "Geachte heer d'Ancona," in text
    assert "d' Ancona" not in text


@pytest.mark.parametrize(("salutation", "word"), [
    (Salutation.MR, "zijn"), (Salutation.MRS, "haar"), (None, "hun")])
def test_pronouns_follow_the_recorded_gender(salutation: Salutation | None, word: str) -> None:
    request = sample_request("pupil_voornemen_verwijdering")
    text = pdf_text(_pdf("pupil_voornemen_verwijdering",
                         person=replace(request.person, salutation=salutation)))
    assert f"de gelegenheid {word} kant van de zaak te vertellen" in text
    assert "zijn of haar" not in text


def test_a_pupils_report_to_the_parents_is_signed_by_them() -> None:
    data = _letter("gespreksverslag")
    assert data.countersignatory == "Anna Maria van der Berg en Pieter van der Berg"
    text = pdf_text(render_letter(data))
    tail = text[text.index("Voor gezien,"):]
    assert "Anna Maria van der Berg en Pieter van der Berg" in tail
    assert "Daan van der Berg Datum" not in tail
    # a staff member's report is signed by the staff member
    staff = sample_request("staff_waarschuwing")
    staff = replace(staff, kind="gespreksverslag")
    legal = legal_texts(staff.school.sector, staff.school.denomination)
    assert build_letter(staff, shipped_template("gespreksverslag"),
                        legal).countersignatory == "Jan van der Berg"


def _window_check(pdf: bytes, window: AddressWindow) -> list[tuple[str, float, float, float,
                                                                  float]]:
    words = _bbox_words(pdf)
    top = window.window_top_mm
    inside = [w for w in words if top <= w[2] and w[4] <= top + window.window_height_mm]
    for _word, x0, _y0, x1, _y1 in inside:
        assert window.left_mm - 0.1 <= x0 and x1 <= window.left_mm + window.width_mm + 0.1
    return inside


def test_a_long_street_is_wrapped_inside_the_window() -> None:
    request = sample_request("pupil_schorsing")
    parents = tuple(replace(p, address=LONG_STREET) for p in request.addressees)
    pdf = _pdf(addressees=parents)
    inside = [w[0] for w in _window_check(pdf, AddressWindow())]
    for word in LONG_STREET.split():
        assert word in inside
    assert "WOERDEN" in inside


def test_a_very_long_address_is_never_refused() -> None:
    request = sample_request("pupil_schorsing")
    parents = tuple(replace(p, address=f"{LONG_STREET} bis, achterom via de "
                                        "Burgemeester Verheul-van Ommerenlaan")
                    for p in request.addressees)
    assert _pdf(addressees=parents).startswith(b"%PDF")


def test_aangetekend_sits_in_the_window_above_the_address() -> None:
    window = AddressWindow()
    pdf = _pdf("staff_besluit_schorsing")
    inside = _window_check(pdf, window)
    note = next(w for w in inside if w[0] == "Aangetekend")
    name = next(w for w in inside if w[0] == "De")  # "De heer J. van der Berg"
    assert window.window_top_mm <= note[2] and note[4] < name[2]
    assert note[4] <= window.window_top_mm + window.window_height_mm


def _broken_dates(pdf: bytes) -> list[tuple[str, str]]:
    """Pairs of lines between which a date is broken."""
    lines = [line.strip() for page in PdfReader(io.BytesIO(pdf)).pages
             for line in (page.extract_text() or "").split("\n")]
    weekday, month = "|".join(WEEKDAYS), "|".join(MONTHS)
    return [(first, second) for first, second in zip(lines, lines[1:], strict=False)
            # "… vrijdag" / "11 december 2026", "… 11" / "december", "… december" / "2026"
            if (re.search(rf"\b({weekday})$", first) and re.match(r"\d{1,2} ", second))
            or (re.search(r"\b\d{1,2}$", first) and re.match(rf"({month})\b", second))
            or (re.search(rf"\b({month})$", first) and re.match(r"\d{4}\b", second))]


@pytest.mark.parametrize("kind", sorted(LETTER_KINDS))
def test_no_date_is_broken_over_two_lines(kind: str) -> None:
    assert _broken_dates(_pdf(kind, letter_date=date(2026, 12, 11))) == []


def test_a_date_at_every_place_in_a_line_stays_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # the date starts one word further on in each paragraph, so it meets every line end
    paragraphs = tuple("Wij " * n + "schreven u op vrijdag 11 december 2026 een brief."
                       for n in range(1, 36))
    data = replace(_letter(), paragraphs=paragraphs)
    assert _broken_dates(render_letter(data)) == []
    # the check finds a broken date when the spaces are ordinary ones
    from skow_desk.letters import render

    monkeypatch.setattr(render, "keep_dates_together", lambda text: text)
    assert _broken_dates(render_letter(data)) != []


def test_a_one_day_suspension_reads_op_that_day() -> None:
    request = sample_request("pupil_schorsing")
    one_day = replace(request.measure, start_on=date(2026, 2, 18), end_on=date(2026, 2, 18),
                      school_days=1)
    text = pdf_text(_pdf(measure=one_day))
    assert "op woensdag 18 februari 2026" in text
    assert "tot en met woensdag 18 februari" not in text
    staff = sample_request("staff_besluit_schorsing")
    staff_day = replace(staff.measure, start_on=date(2026, 2, 18), end_on=date(2026, 2, 18))
    text = pdf_text(_pdf("staff_besluit_schorsing", measure=staff_day))
    assert "u te schorsen op woensdag 18 februari 2026" in text
    assert "tot en met" not in text.split("schorsen", 1)[1][:80]


def test_only_breachable_articles_follow_in_strijd_met() -> None:
    assert {a.code for a in ARTICLES if not a.breachable} == {"A3", "A4"}
    request = sample_request("pupil_schorsing")
    case = replace(request.case, article_codes=("A3", "A4", "A7"))
    text = pdf_text(_pdf(case=case))
    assert "artikel A7:" in text
    assert "artikel A3" not in text and "artikel A4" not in text
    assert article("A4").text[:40] not in text


def test_the_reason_is_separate_from_the_facts() -> None:
    request = sample_request("pupil_schorsing")
    text = pdf_text(_pdf())
    facts, reason = request.case.description, request.measure.reason
    assert text.count(facts) == 1 and text.count(reason) == 1
    # the facts come with the report, the reason with the measure
    assert text.index(facts) < text.index("Wij vinden een schorsing noodzakelijk.") < (
        text.index(reason))


def test_pdf_metadata_is_dutch_with_the_school_and_the_letter_date() -> None:
    pdf = _pdf(letter_date=date(2026, 12, 11))
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info.title == "Schorsing van Daan van der Berg"
    assert info.author == "Basisschool De Regenboog"
    assert info.subject == "Schorsing leerling, kenmerk 04XY-2627-007"
    assert "pupil_schorsing" not in (info.subject + info.title + (info.get("/Keywords") or ""))
    assert info.creation_date.replace(tzinfo=None) == datetime(2026, 12, 11)
    assert _pdf(letter_date=date(2026, 12, 11)) == pdf  # still the same bytes for the same letter


def test_enclosures_are_listed_under_bijlage() -> None:
    text = pdf_text(_pdf(enclosures=("1. schermafbeelding van 3 november 2026",
                                     "2. document van 4 november 2026")))
    assert ("Bijlagen: 1. schermafbeelding van 3 november 2026, 2. document van "
            "4 november 2026") in text
    assert "Bijlage" not in pdf_text(_pdf())

