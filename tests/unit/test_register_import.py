"""Importing an existing register into the database: all or nothing, idempotent."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from skow_desk.cli import main
from skow_desk.domain.enums import IncidentStatus, Role
from skow_desk.domain.measures import MeasureKind
from skow_desk.importing.columns import ALL
from skow_desk.services.register_import import ImportRefused, import_register
from skow_desk.store.models import Incident, Measure, Person
from tests.factories import make_school

HEADER = ";".join(ALL)


def row(**values: str) -> str:
    base = {c: "" for c in ALL}
    base.update(kenmerk="R-001", school="04XY", datum_melding="02-10-2025",
                datum_voorval="01-10-2025", rol="leerling", voornaam="Ayşe",
                achternaam="Yılmaz", groep_of_functie="groep 7", platform="TikTok",
                artikelen="A5, A7", categorie="ongeoorloofd filmen/fotograferen",
                omschrijving="Filmpje", maatregel="schorsing", datum_maatregel="03-10-2025",
                schorsing_dagen="2", aangifte="nee", status="afgerond",
                ouder_aanhef="mevrouw", ouder_voorletters="F.", ouder_achternaam="Yılmaz",
                ouder_adres="Molenstraat 4", ouder_postcode="2671 CD", ouder_plaats="Naaldwijk")
    base.update(values)
    return ";".join(base[c] for c in ALL)


def write(tmp_path, *rows: str, encoding: str = "utf-8-sig"):
    path = tmp_path / "register.csv"
    path.write_text("\r\n".join([HEADER, *rows]) + "\r\n", encoding=encoding)
    return path


def test_import_two_persons_one_incident_then_again_adds_nothing(db, tmp_path):
    with db.transaction() as s:
        make_school(s)
    path = write(tmp_path, row(), row(voornaam="Jan", tussenvoegsel="van der",
                                      achternaam="Berg", rol="medewerker", aanhef="heer",
                                      groep_of_functie="leerkracht", maatregel="berisping",
                                      schorsing_dagen="", artikelen="A5, A7",
                                      ouder_aanhef="", ouder_voorletters="",
                                      ouder_achternaam="", ouder_adres="", ouder_postcode="",
                                      ouder_plaats=""))
    report = import_register(db, path)
    assert (report.incidents_added, report.measures_added) == (1, 2)
    assert report.persons_added == 3  # pupil, her mother, the teacher
    again = import_register(db, path)
    assert again.incidents_added == 0 and again.incidents_skipped == 1
    with db.transaction() as s:
        incident = s.scalars(select(Incident)).one()
        assert incident.kenmerk == "R-001" and incident.status is IncidentStatus.CLOSED
        assert incident.article_codes == ["A5", "A7"]
        kinds = sorted(m.kind.value for m in s.scalars(select(Measure)))
        assert kinds == [MeasureKind.REPRIMAND.value, MeasureKind.SUSPENSION.value]
        pupil = s.scalars(select(Person).where(Person.role == Role.PUPIL)).one()
        assert [g.last_name for g in pupil.guardians] == ["Yılmaz"]
        assert s.scalar(select(func.count()).select_from(Person)) == 3


def test_one_bad_row_refuses_the_whole_file(db, tmp_path):
    with db.transaction() as s:
        make_school(s)
    path = write(tmp_path, row(), row(kenmerk="R-002", datum_melding="31-02-2025"),
                 row(kenmerk="R-003", artikelen="B4"))
    with pytest.raises(ImportRefused) as refused:
        import_register(db, path)
    text = str(refused.value)
    assert "Rij 3, kolom 'datum_melding'" in text
    assert "Rij 4, kolom 'artikelen'" in text and "B4" in text
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Incident)) == 0
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_cli_import_and_template(tmp_path, capsys):
    folder = str(tmp_path / "d")
    toml = tmp_path / "s.toml"
    toml.write_text('[stichting]\nnaam = "SKOW"\n\n[[school]]\nbrin = "04XY"\n'
                    'naam = "De Regenboog"\nsector = "PO"\ndenominatie = "bijzonder"\n',
                    encoding="utf-8")
    assert main(["--data-dir", folder, "config", "import", str(toml)]) == 0
    template = tmp_path / "leeg.xlsx"
    assert main(["--data-dir", folder, "import-template", str(template)]) == 0
    assert main(["--data-dir", folder, "import", str(template)]) == 0
    assert "1 melding ingelezen" in capsys.readouterr().out
    bad = write(tmp_path, row(rol="directeur", voornaam="Zoë", achternaam="Öztürk",
                              ouder_achternaam="Öztürk"), encoding="cp1252")
    assert main(["--data-dir", folder, "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Rij 2, kolom 'rol'" in err and "Traceback" not in err


def test_imported_suspension_gets_its_days_and_a_letter(db, tmp_path):
    from datetime import date

    from skow_desk.services.letters import write_case_letters

    with db.transaction() as s:
        make_school(s)
    # Decided on Friday 3 October 2025, two school days: Friday and Monday.
    import_register(db, write(tmp_path, row(datum_maatregel="03-10-2025", schorsing_dagen="2",
                                            adres="Molenstraat 4", postcode="2671 CD",
                                            plaats="Naaldwijk")))
    with db.transaction() as s:
        measure = s.scalars(select(Measure)).one()
        assert (measure.start_on, measure.end_on) == (date(2025, 10, 3), date(2025, 10, 6))
        # the register's description is the internal account, not the school's reason
        assert measure.reason == ""
    paths = write_case_letters(db, "R-001", tmp_path / "brieven")
    assert len(paths) == 1 and paths[0].read_bytes().startswith(b"%PDF")


def test_an_imported_suspension_counts_the_schools_school_days(db, tmp_path):
    """Three days from Thursday 18 December 2025 at a school in region midden with a study day
    on Friday 19 December: 18 December, then the Christmas holiday (20 December - 4 January),
    then Monday 5 and Tuesday 6 January. Counting weekdays only gave 22 December, in the
    holiday."""
    from datetime import date

    from skow_desk.domain.school_calendar import FreeDay
    from skow_desk.services.foundation import SchoolInput, save_school

    with db.transaction() as s:
        school = make_school(s)
        save_school(s, SchoolInput(school.brin, school.name, school.sector,
                                   school.denomination, school.address, school.postcode,
                                   school.city, signatory=school.signatory, region="midden",
                                   free_days=[FreeDay(date(2025, 12, 19), "studiedag")]))
    path = write(tmp_path, row(datum_melding="17-12-2025", datum_voorval="16-12-2025",
                               datum_maatregel="18-12-2025", schorsing_dagen="3"))
    assert import_register(db, path).measures_added == 1
    with db.transaction() as s:
        measure = s.scalars(select(Measure)).one()
        assert (measure.start_on, measure.end_on, measure.school_days) == (
            date(2025, 12, 18), date(2026, 1, 6), 3)


def test_an_imported_suspension_at_a_school_without_a_region_skips_public_holidays(db, tmp_path):
    from datetime import date

    with db.transaction() as s:
        make_school(s)  # no region: weekends and public holidays only, as the measure form does
    path = write(tmp_path, row(datum_melding="23-04-2026", datum_voorval="22-04-2026",
                               datum_maatregel="24-04-2026", schorsing_dagen="2"))
    import_register(db, path)
    with db.transaction() as s:
        measure = s.scalars(select(Measure)).one()
        # Friday 24 April, then Koningsdag (Monday 27 April) is skipped: Tuesday 28 April
        assert (measure.start_on, measure.end_on) == (date(2026, 4, 24), date(2026, 4, 28))
