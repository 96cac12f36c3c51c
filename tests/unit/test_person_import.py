"""Importing a persons list: all or nothing, every problem named, importing twice adds nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from skow_desk.domain.enums import Role, Salutation
from skow_desk.services.person_import import (
    GUARDIAN_COLUMNS,
    PERSON_COLUMNS,
    ImportCancelled,
    PersonImportError,
    import_persons,
    template_csv,
)
from skow_desk.store.models import Guardianship, Person
from tests.factories import make_school

HEADER = ";".join(PERSON_COLUMNS + GUARDIAN_COLUMNS)


def row(**cells: str) -> str:
    """One CSV line with the given cells, the rest empty."""
    return ";".join(cells.get(c, "") for c in PERSON_COLUMNS + GUARDIAN_COLUMNS)


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def count(db: Any, model: Any) -> int:
    with db.transaction() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


@pytest.fixture
def school_db(db: Any) -> Any:
    with db.transaction() as s:
        make_school(s)
    return db


PUPILS = [
    HEADER,
    row(rol="leerling", voornaam="Daan", tussenvoegsel="van den", achternaam="Berg",
        groep_of_functie="groep 7", adres="Molenstraat 4", postcode="2671cd", plaats="Naaldwijk",
        school="04XY", ouder_aanhef="mevrouw", ouder_voorletters="S", ouder_tussenvoegsel="van den",
        ouder_achternaam="Berg"),
    row(rol="leerling", voornaam="Daan", tussenvoegsel="van den", achternaam="Berg",
        groep_of_functie="groep 7", adres="Molenstraat 4", postcode="2671 CD", plaats="Naaldwijk",
        school="Basisschool De Regenboog", ouder_aanhef="heer", ouder_voorletters="J.",
        ouder_tussenvoegsel="van den", ouder_achternaam="Berg", ouder_adres="Hoogweg 9",
        ouder_postcode="2295 AL", ouder_plaats="Kwintsheul"),
    row(rol="leerling", voornaam="Emma", tussenvoegsel="van den", achternaam="Berg",
        groep_of_functie="groep 4", school="04xy", ouder_aanhef="mevrouw", ouder_voorletters="S.",
        ouder_tussenvoegsel="van den", ouder_achternaam="Berg", adres="Molenstraat 4",
        postcode="2671 CD", plaats="Naaldwijk"),
    row(rol="medewerker", aanhef="dhr.", voornaam="Jan", achternaam="Jansen",
        groep_of_functie="leerkracht groep 5", email="j.jansen@school.example", school="04XY"),
]


def test_import_pupils_parents_and_staff_then_twice_adds_nothing(
    school_db: Any, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "personen.csv", PUPILS)
    progress: list[tuple[int, int]] = []
    with school_db.transaction() as s:
        summary = import_persons(s, path, lambda done, total: progress.append((done, total)))
    assert (summary.rows, summary.added, summary.existing) == (4, 3, 1)
    assert summary.guardians_added == 2  # mother S. and father J.; the sibling shares the mother
    assert summary.links_added == 3  # Daan: mother and father; Emma: mother
    assert progress[-1] == (4, 4)
    assert "3 nieuwe personen" in summary.message()
    with school_db.transaction() as s:
        daan = s.scalars(select(Person).where(Person.first_name == "Daan")).one()
        assert daan.postcode == "2671 CD"
        assert {(g.initials, g.city) for g in daan.guardians} == {
            ("S.", "Naaldwijk"), ("J.", "Kwintsheul")}
        emma = s.scalars(select(Person).where(Person.first_name == "Emma")).one()
        assert [g.initials for g in emma.guardians] == ["S."]
        jan = s.scalars(select(Person).where(Person.last_name == "Jansen")).one()
        assert (jan.role, jan.salutation) == (Role.STAFF, Salutation.MR)
    before = (count(school_db, Person), count(school_db, Guardianship))
    with school_db.transaction() as s:
        again = import_persons(s, path)
    assert (again.added, again.guardians_added, again.links_added) == (0, 0, 0)
    assert (count(school_db, Person), count(school_db, Guardianship)) == before


def test_windows_1252_csv_is_read(school_db: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "oud.csv", [
        HEADER, row(rol="ouder", aanhef="mevrouw", voornaam="Zoë", achternaam="Öztürk",
                    school="04XY")], encoding="cp1252")
    with school_db.transaction() as s:
        import_persons(s, path)
        assert s.scalars(select(Person.last_name)).one() == "Öztürk"


def test_xlsx_is_read(school_db: Any, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(PERSON_COLUMNS))
    sheet.append(["leerling", "", "Łukasz", "", "", "Kowalczyk", "groep 8", "Dorpsstraat 1",
                  2671, "Naaldwijk", "", "04XY"])
    sheet.append([None] * len(PERSON_COLUMNS))  # an empty line at the end is no row
    path = tmp_path / "personen.xlsx"
    workbook.save(path)
    with school_db.transaction() as s:
        summary = import_persons(s, path)
        person = s.scalars(select(Person)).one()
    assert summary.added == 1
    assert (person.first_name, person.postcode) == ("Łukasz", "2671")


def test_every_problem_is_named_and_nothing_is_stored(school_db: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "fout.csv", [
        HEADER,
        row(rol="leerling", voornaam="Goed", achternaam="Persoon", school="04XY"),
        row(rol="leraar", achternaam="Fout", school="04XY"),
        row(rol="medewerker", achternaam="Mail", email="geen-adres", school="04XY"),
        row(rol="leerling", voornaam="Zonder", school="04XY"),
        row(rol="ouder", achternaam="School", school="Onbekende school"),
        row(rol="medewerker", achternaam="Ouder", school="04XY", ouder_achternaam="Iemand"),
        row(rol="leerling", achternaam="Aanhef", school="04XY", ouder_aanhef="meneer",
            ouder_achternaam="X"),
    ])
    with pytest.raises(PersonImportError) as caught, school_db.transaction() as s:
        import_persons(s, path)
    where = {(p.row, p.column) for p in caught.value.problems}
    assert where == {(3, "rol"), (4, "email"), (5, "achternaam"), (6, "school"),
                     (7, "ouder_achternaam"), (8, "ouder_aanhef")}
    assert "Rij 3, kolom 'rol': 'leraar' is geen rol" in caught.value.message
    assert "Er is niets geïmporteerd" in caught.value.message
    assert count(school_db, Person) == 0


def test_unknown_and_missing_columns_are_refused(school_db: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "kolommen.csv", ["rol;achtenaam;school", "leerling;Berg;04XY"])
    with pytest.raises(PersonImportError) as caught, school_db.transaction() as s:
        import_persons(s, path)
    assert {(p.row, p.column) for p in caught.value.problems} == {
        (1, "achtenaam"), (1, "achternaam")}


def test_cancel_stores_nothing(school_db: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "personen.csv", PUPILS)
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled), school_db.transaction() as s:
        import_persons(s, path, cancelled=cancelled)
    assert count(school_db, Person) == 0


def test_school_may_be_left_empty_with_one_school_and_template_imports(
    school_db: Any, tmp_path: Path
) -> None:
    path = tmp_path / "sjabloon.csv"
    path.write_bytes(template_csv().encode("utf-8-sig"))
    with school_db.transaction() as s:
        summary = import_persons(s, path)
        assert {p.school_id for p in s.scalars(select(Person))} == {1}
    assert (summary.added, summary.guardians_added) == (2, 1)
