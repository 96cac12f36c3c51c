"""Dutch name formatting (Taalunie, Netherlands usage) and Dutch dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skow_desk.domain.dates import add_months, add_weeks, long_date, number_word, weekday_date
from skow_desk.domain.enums import Salutation
from skow_desk.domain.names import (
    address_name,
    capitalise_first,
    fold,
    full_name,
    guardians_salutation,
    initials_of,
    list_name,
    normalise_initials,
    salutation_line,
    sort_key,
    surname,
)

MR, MRS = Salutation.MR, Salutation.MRS


@pytest.mark.parametrize(
    ("first", "infix", "last", "expected"),
    [
        ("Jan", "van der", "Berg", "Jan van der Berg"),
        ("", "van der", "Berg", "Van der Berg"),
        ("Ayşe", "", "Yılmaz", "Ayşe Yılmaz"),
        ("  Sam ", " van  ", "Dijk", "Sam van Dijk"),
        ("Nadia", "", "El Amrani", "Nadia El Amrani"),
    ],
)
def test_full_name(first: str, infix: str, last: str, expected: str) -> None:
    assert full_name(first, infix, last) == expected


@pytest.mark.parametrize(
    ("salutation", "initials", "infix", "last", "first", "expected"),
    [
        (MR, "J.", "van der", "Berg", "", "De heer J. van der Berg"),
        (MRS, "", "", "Yılmaz", "Ayşe", "Mevrouw A. Yılmaz"),
        (None, "", "van der", "Berg", "Jan", "J. van der Berg"),
        (MR, "", "", "Wiśniewski", "Łukasz", "De heer Ł. Wiśniewski"),
        (MRS, "am", "de", "Vries", "", "Mevrouw A.M. de Vries"),
        (MR, "", "van", "Dijk", "", "De heer Van Dijk"),
        (MRS, "", "", "Jongsma-van der Sluis", "Nynke", "Mevrouw N. Jongsma-van der Sluis"),
    ],
)
def test_address_name(
    salutation: Salutation | None, initials: str, infix: str, last: str, first: str, expected: str
) -> None:
    assert address_name(salutation, initials, infix, last, first) == expected


@pytest.mark.parametrize(
    ("salutation", "infix", "last", "first", "expected"),
    [
        (MR, "van der", "Berg", "Jan", "Geachte heer Van der Berg,"),
        (MRS, "de", "Vries", "", "Geachte mevrouw De Vries,"),
        (None, "van", "Dijk", "Sam", "Geachte Sam van Dijk,"),
        (None, "van", "Dijk", "", "Geachte heer/mevrouw Van Dijk,"),
        (MR, "'t", "Hart", "", "Geachte heer 't Hart,"),
        (MRS, "", "d'Ancona", "", "Geachte mevrouw d'Ancona,"),
        (MR, "", "Öztürk", "Şükrü", "Geachte heer Öztürk,"),
        (MRS, "el", "Amrani", "Nadia", "Geachte mevrouw El Amrani,"),
    ],
)
def test_salutation_line(
    salutation: Salutation | None, infix: str, last: str, first: str, expected: str
) -> None:
    assert salutation_line(salutation, infix, last, first) == expected


def test_guardians_salutation() -> None:
    yilmaz = [(MRS, "", "Yılmaz", "Ayşe"), (MR, "", "Yılmaz", "Mehmet")]
    assert guardians_salutation(yilmaz) == "Geachte heer en mevrouw Yılmaz,"
    apart = [(MR, "", "Jansen", "Piet"), (MRS, "de", "Vries", "Els")]
    assert guardians_salutation(apart) == "Geachte heer Jansen en mevrouw De Vries,"
    assert guardians_salutation([(MRS, "de", "Vries", "A"), (MRS, "de", "Vries", "B")]) == (
        "Geachte dames De Vries,")
    neutral = [(None, "van", "Dijk", "Sam"), (MRS, "van", "Dijk", "Anna")]
    assert guardians_salutation(neutral) == "Geachte Sam van Dijk en mevrouw Van Dijk,"
    three = [(MR, "", "Jansen", ""), (MRS, "", "Bakker", ""), (MR, "", "Smit", "")]
    assert guardians_salutation(three) == "Geachte heer Jansen, mevrouw Bakker en heer Smit,"
    assert guardians_salutation([(MR, "van der", "Berg", "Jan")]) == "Geachte heer Van der Berg,"
    assert guardians_salutation([]) == "Geachte ouders/verzorgers,"


@pytest.mark.parametrize(
    ("names", "expected"),
    [("Anna Maria", "A.M."), ("Jan-Willem", "J.W."), ("IJsbrand", "IJ."), ("Ayşe", "A."),
     ("Łukasz", "Ł."), ("", ""), ("şükrü", "Ş.")],
)
def test_initials_of(names: str, expected: str) -> None:
    assert initials_of(names) == expected


@pytest.mark.parametrize(
    ("entered", "expected"),
    [("am", "A.M."), ("A M", "A.M."), ("a.m", "A.M."), ("J.W.", "J.W."), ("Th.J.", "Th.J."),
     ("IJ", "IJ."), ("", "")],
)
def test_normalise_initials(entered: str, expected: str) -> None:
    assert normalise_initials(entered) == expected


def test_sorting_ignores_tussenvoegsel_and_accents() -> None:
    people = [("van", "Dijk", "Sam"), ("", "Öztürk", "Şükrü"), ("van der", "Berg", "Jan"),
              ("", "Oz", "Ali"), ("", "El Amrani", "Nadia")]
    ordered = sorted(people, key=lambda p: sort_key(*p))
    assert [p[1] for p in ordered] == ["Berg", "Dijk", "El Amrani", "Oz", "Öztürk"]
    assert list_name("van der", "Berg", "Jan") == "Berg, Jan van der"
    assert fold("Yılmaz Wiśniewski") == "yilmaz wisniewski"


# --- properties ------------------------------------------------------------------------------

letters = "abcdeéëghijklmnoprstuvwzıçğöşüłńśźżą"
words = st.text(st.sampled_from(letters), min_size=1, max_size=10).map(capitalise_first)
infixes = st.sampled_from(["", "van", "van der", "de", "ten", "van 't", "el", "in 't"])
salutations = st.sampled_from([MR, MRS])


@given(salutations, infixes, words, words)
def test_known_salutation_uses_surname_only_with_capital(
    salutation: Salutation, infix: str, last: str, first: str
) -> None:
    line = salutation_line(salutation, infix, last, first)
    word = "heer" if salutation is MR else "mevrouw"
    assert line.startswith(f"Geachte {word} ") and line.endswith(",")
    rest = line[len(f"Geachte {word} "):-1]
    assert rest == surname(infix, last, leading=True)
    assert rest[0].isupper()  # the tussenvoegsel takes the capital when nothing precedes it
    assert rest.lower() == f"{infix} {last}".strip().lower()


@given(st.none() | salutations, words, infixes, words)
def test_address_keeps_tussenvoegsel_small_after_initials(
    salutation: Salutation | None, first: str, infix: str, last: str
) -> None:
    line = address_name(salutation, "", infix, last, first)
    assert line.endswith(f" {infix} {last}" if infix else f" {last}")
    assert initials_of(first) in line
    if salutation is None:
        assert line[0].isupper() and not line.startswith(("De heer", "Mevrouw"))


@given(st.lists(words, min_size=1, max_size=4))
def test_one_initial_per_name(names: list[str]) -> None:
    assert initials_of(" ".join(names)).count(".") == len(names)
    assert normalise_initials(initials_of(" ".join(names))) == initials_of(" ".join(names))


@given(words, infixes, words)
def test_full_name_keeps_infix_small_and_sort_ignores_it(first: str, infix: str, last: str) -> None:
    assert full_name(first, infix, last) == " ".join(p for p in (first, infix, last) if p)
    assert sort_key(infix, last, first)[:2] == sort_key("", last, first)[:2]
    assert fold(fold(last)) == fold(last)


@given(st.lists(st.tuples(salutations, infixes, words, words), min_size=1, max_size=3))
def test_guardians_salutation_is_one_line(guardians: list[tuple[Salutation, str, str, str]]) -> (
        None):
    line = guardians_salutation(guardians)
    assert line.startswith("Geachte ") and line.endswith(",") and "\n" not in line
    for _, _infix, last, _ in guardians:
        assert last in line


# --- dates -----------------------------------------------------------------------------------

def test_dutch_dates() -> None:
    assert long_date(date(2026, 11, 24)) == "24 november 2026"
    assert long_date(date(2015, 5, 19)) == "19 mei 2015"
    assert weekday_date(date(2026, 11, 24)) == "dinsdag 24 november 2026"
    assert number_word(3) == "drie" and number_word(1) == "één" and number_word(21) == "21"
    assert add_weeks(date(2026, 11, 24), 6) == date(2027, 1, 5)
    assert add_months(date(2026, 12, 31), 2) == date(2027, 2, 28)
    assert add_months(date(2026, 11, 24), 2) == date(2027, 1, 24)


@given(st.dates(date(1900, 1, 1), date(2200, 12, 31)))
def test_long_date_shape(day: date) -> None:
    number, month, year = long_date(day).split(" ")
    assert int(number) == day.day and int(year) == day.year and month.islower()
