"""Both imports (the register and the persons list) read the ``rol`` and ``aanhef`` columns with
one vocabulary (importing/vocabulary.py): the same words give the same role, everywhere."""

from __future__ import annotations

from datetime import date

import pytest

from skow_desk.domain.enums import Role
from skow_desk.importing import (
    ROLE_WORDS,
    SALUTATION_WORDS,
    ImportProblem,
    Table,
    TableRow,
    parse_register,
)
from skow_desk.importing import columns as col
from skow_desk.services.person_import import (
    GUARDIAN_COLUMNS,
    PERSON_COLUMNS,
    PersonImportError,
    parse_table,
)
from tests.unit.importing.conftest import SCHOOLS, make_row

# Each spelling a director may type, with the role both imports must read from it.
SPELLINGS = [(word, role) for word, role in ROLE_WORDS.items()] + [
    ("Medewerker", Role.STAFF), ("  PERSONEELSLID ", Role.STAFF), ("Ouder/Verzorger", Role.PARENT),
    ("Anders", Role.OTHER),
]


def _register_role(word: str) -> Role:
    cells = make_row(**{col.ROLE: word, col.MEASURE: "", col.MEASURE_ON: "",
                        col.ARTICLES: "A5"})
    table = Table(col.ALL, (TableRow(2, tuple(cells.get(c, "") for c in col.ALL)),))
    result = parse_register(table, SCHOOLS, today=date(2026, 1, 1))
    assert result.problems == [], result.problems
    return result.incidents[0].persons[0].role


def _persons_role(word: str) -> Role:
    columns = PERSON_COLUMNS + GUARDIAN_COLUMNS
    cells = {"rol": word, "achternaam": "Jansen"}
    table = Table(columns, (TableRow(2, tuple(cells.get(c, "") for c in columns)),))
    return parse_table(table, {}, 1)[0].person.role


@pytest.mark.parametrize(("word", "role"), SPELLINGS)
def test_both_imports_read_the_same_role_from_the_same_word(word: str, role: Role) -> None:
    assert _register_role(word) is role
    assert _persons_role(word) is role


def test_the_persons_words_are_accepted_by_the_register_import_too() -> None:
    # before there was one vocabulary, only the persons list knew these
    for word in ("personeel", "personeelslid", "anders"):
        assert _register_role(word) is ROLE_WORDS[word]


def test_both_imports_refuse_an_unknown_role_with_the_same_sentence() -> None:
    cells = make_row(**{col.ROLE: "directeur"})
    table = Table(col.ALL, (TableRow(2, tuple(cells.get(c, "") for c in col.ALL)),))
    register = [p for p in parse_register(table, SCHOOLS).problems if p.column == col.ROLE]
    with pytest.raises(PersonImportError) as refused:
        _persons_role("directeur")
    persons = [p for p in refused.value.problems if p.column == "rol"]
    assert [p.message for p in register] == [p.message for p in persons]
    assert persons[0].message.startswith("'directeur' is geen rol.")


def test_every_salutation_word_names_a_salutation() -> None:
    assert {s.value for s in SALUTATION_WORDS.values()} == {"heer", "mevrouw"}


def test_both_imports_refuse_and_cancel_with_the_same_errors() -> None:
    from skow_desk.services import person_import, register_import

    assert person_import.PersonImportError is register_import.ImportRefused
    assert person_import.ImportCancelled is register_import.ImportCancelled
    refused = register_import.ImportRefused([ImportProblem(3, "rol", "Vul de rol in."),
                                             ImportProblem(4, "", "Leeg.")], listed=1)
    first, *rest = refused.message.split("\n")
    assert first.startswith("Er is niets geïmporteerd. 2 problemen in het bestand")
    assert rest == ["• Rij 3, kolom 'rol': Vul de rol in.", "… en nog 1 andere."]


def test_both_imports_check_the_header_row_alike() -> None:
    # a misspelled column: the same sentence, with the same suggestion, from both imports
    register_headers = tuple("achternam" if c == col.LAST_NAME else c for c in col.ALL)
    register = parse_register(Table(register_headers, ()), SCHOOLS).problems
    person_headers = tuple("achternam" if c == col.LAST_NAME else c
                           for c in PERSON_COLUMNS + GUARDIAN_COLUMNS)
    with pytest.raises(PersonImportError) as refused:
        parse_table(Table(person_headers, ()), {}, 1)
    for problems, letter in ((register, "I"), (refused.value.problems, "F")):
        [unknown] = [p for p in problems if p.column == "achternam"]
        assert unknown.message == (
            f"Onbekende kolom 'achternam' (kolom {letter}); de gegevens daarin zouden niet "
            "worden ingelezen. Bedoelt u 'achternaam'?")
    missing = "De verplichte kolom 'achternaam' ontbreekt in rij 1."
    assert missing in [p.message for p in register]
    assert missing in [p.message for p in refused.value.problems]
