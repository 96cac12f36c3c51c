"""``skow-desk letters --kenmerk K --out DIR``: the letters of a case as PDF files, or nothing.

On demo data and on a case read in with the register import; every refusal exits 1 with one
clear Dutch line and leaves the output folder as it was (absent or empty).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from skow_desk.cli import main
from skow_desk.domain.enums import Role
from skow_desk.domain.measures import MeasureKind
from skow_desk.importing.columns import ALL
from skow_desk.services.letters import draft_letters, letter_kinds_for_measure
from skow_desk.services.register_import import import_register
from skow_desk.store.models import AuditAction, AuditEntry, Measure, Person, School
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE
from tests.factories import make_school
from tests.unit.letters.letter_helpers import pdf_text


def letters(folder: Path, kenmerk: str, out: Path) -> int:
    return main(["--data-dir", str(folder), "letters", "--kenmerk", kenmerk, "--out", str(out)])


def check(folder: Path, kenmerk: str) -> int:
    return main(["--data-dir", str(folder), "letters", "--kenmerk", kenmerk, "--check"])


def pdf_lines(output: str) -> list[Path]:
    """The written files among the printed lines (the checklist is printed beside them)."""
    return [Path(line) for line in output.splitlines() if line.endswith(".pdf")]


def import_row(**values: str) -> str:
    row = {c: "" for c in ALL}
    row.update(kenmerk="R-001", school="04XY", datum_melding="02-10-2025",
               datum_voorval="01-10-2025", rol="leerling", voornaam="Ayşe",
               achternaam="Yılmaz", groep_of_functie="groep 7", platform="TikTok",
               artikelen="A5, A7", categorie="ongeoorloofd filmen/fotograferen",
               omschrijving="Een filmpje van een klasgenoot geplaatst",
               maatregel="waarschuwing", datum_maatregel="03-10-2025", aangifte="nee",
               status="afgerond", ouder_aanhef="mevrouw", ouder_voorletters="F.",
               ouder_achternaam="Yılmaz", ouder_adres="Molenstraat 4",
               ouder_postcode="2671 CD", ouder_plaats="Naaldwijk")
    row.update(values)
    return ";".join(row[c] for c in ALL)


@pytest.fixture
def imported(data_folder: Path, tmp_path: Path):
    """A data folder with one school; ``load(**row)`` imports one register row into it."""

    def load(**values: str) -> Path:
        db = open_data(data_folder, PASSPHRASE)
        try:
            with db.transaction() as s:
                if s.scalars(select(School)).first() is None:
                    make_school(s)
            csv = tmp_path / "register.csv"
            csv.write_text(f"{';'.join(ALL)}\r\n{import_row(**values)}\r\n",
                           encoding="utf-8-sig")
            import_register(db, csv)
        finally:
            db.close()
        return data_folder

    return load


def _pdf_texts(paths: list[Path]) -> list[str]:
    for path in paths:
        assert path.read_bytes().startswith(b"%PDF-")
        assert len(PdfReader(str(path)).pages) >= 1
    return [pdf_text(p.read_bytes()) for p in paths]


def test_demo_case_letters_are_written_and_printed(demo_folder, tmp_path, capsys):
    db = open_data(demo_folder, PASSPHRASE)
    try:
        with db.transaction() as s:
            measure = next(m for m in s.scalars(select(Measure).where(
                Measure.kind == MeasureKind.SUSPENSION).order_by(Measure.id))
                if m.person.role is Role.PUPIL and len(m.incident.measures) == 1)
            kenmerk = measure.incident.kenmerk
            [kind] = letter_kinds_for_measure(s, measure.id)
            salutations = [d.salutation for d in draft_letters(
                s, kind, measure.incident_id, measure.person_id, measure.id)]
    finally:
        db.close()
    out = tmp_path / "brieven"
    assert letters(demo_folder, kenmerk, out) == 0
    output = capsys.readouterr().out
    printed = pdf_lines(output)
    assert printed and sorted(printed) == sorted(out.iterdir())
    assert "Rechtmatigheidstoets Schorsing leerling" in output
    texts = _pdf_texts(printed)
    assert len(texts) == len(salutations)  # one file per address
    for text in texts:
        assert kenmerk in text
        assert any(salutation in text for salutation in salutations)
        assert "Geachte " in text


def test_imported_case_goes_to_the_imported_parent(imported, tmp_path, capsys):
    folder = imported()
    out = tmp_path / "brieven"
    assert letters(folder, "R-001", out) == 0
    output = capsys.readouterr().out
    [path] = pdf_lines(output)
    [text] = _pdf_texts([path])
    # drafts are still written while the check blocks: only finalising waits
    assert "CONCEPT" in pdf_text(path.read_bytes(), furniture=True)
    assert "[ONTBREEKT] Hoorgesprek vastgelegd" in output
    assert "R-001" in text
    assert "Geachte mevrouw Yılmaz," in text
    assert "Mevrouw F. Yılmaz Molenstraat 4 2671 CD NAALDWIJK" in text
    assert "Kopie: leerlingendossier" in text
    db = open_data(folder, PASSPHRASE)
    try:  # the export is in the log: the case and the count, no names, no file names
        with db.transaction() as s:
            entries = [e for e in s.scalars(select(AuditEntry).where(
                AuditEntry.action == AuditAction.EXPORT))]
    finally:
        db.close()
    [entry] = entries
    assert entry.summary == "brieven van melding R-001 geëxporteerd: 1 PDF-bestand"
    assert "Yılmaz" not in entry.summary


def test_unknown_kenmerk_exits_1_and_writes_nothing(imported, tmp_path, capsys):
    folder = imported()
    out = tmp_path / "brieven"
    assert letters(folder, "BESTAAT-NIET", out) == 1
    err = capsys.readouterr().err
    assert "Er is geen melding met kenmerk 'BESTAAT-NIET'" in err and "Traceback" not in err
    assert not out.exists()


def test_missing_postcode_exits_1_and_writes_nothing(imported, tmp_path, capsys):
    folder = imported(ouder_postcode="")
    out = tmp_path / "brieven"
    out.mkdir()
    assert letters(folder, "R-001", out) == 1
    err = capsys.readouterr().err
    assert "adres van" in err and "niet volledig" in err and "Traceback" not in err
    assert list(out.iterdir()) == []


def test_school_without_signatory_exits_1_and_writes_nothing(imported, tmp_path, capsys):
    folder = imported()
    db = open_data(folder, PASSPHRASE)
    try:
        with db.transaction() as s:
            s.scalars(select(School)).one().signatory = ""
            assert s.scalars(select(Person).where(Person.role == Role.PARENT)).one().postcode
    finally:
        db.close()
    out = tmp_path / "brieven"
    assert letters(folder, "R-001", out) == 1
    err = capsys.readouterr().err
    assert "wie de brieven ondertekent" in err and "Instellingen" in err
    assert not out.exists()


def test_check_prints_the_checklist_and_exits_1_when_an_item_blocks(imported, capsys):
    folder = imported()
    assert check(folder, "R-001") == 1
    output = capsys.readouterr().out
    assert output.startswith("Rechtmatigheidstoets Waarschuwing leerling — Ayşe Yılmaz: NIET in "
                             "orde — definitief maken is geblokkeerd")
    assert ("  [ONTBREEKT] Hoorgesprek vastgelegd: er is geen gesprek met de leerling en de "
            "ouders vastgelegd (Zaak → Gesprekken") in output
    assert "  [in orde] Reden ingevuld" in output or "  [ONTBREEKT] Reden ingevuld" in output


def test_check_exits_0_when_every_item_passes(data_folder, capsys):
    from datetime import date

    from skow_desk.services.incidents import ConversationInput, log_conversation
    from skow_desk.services.measures import MeasureDecision, decide_measure
    from tests.factories import make_incident, make_pupil_with_parents

    db = open_data(data_folder, PASSPHRASE)
    try:
        with db.transaction() as s:
            school = make_school(s)
            pupil = make_pupil_with_parents(s, school)
            incident = make_incident(s, school, pupil)
            log_conversation(s, incident.id, ConversationInput(
                held_on=date(2026, 11, 3), person_id=pupil.guardians[0].id,
                present="directeur, Daan, ouders", summary="Besproken."))
            decide_measure(s, incident.id, MeasureDecision(
                person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
                reason="Het filmpje kwetste een klasgenoot", start_on=date(2026, 11, 5),
                end_on=date(2026, 11, 6)))
            kenmerk = incident.kenmerk
    finally:
        db.close()
    assert check(data_folder, kenmerk) == 0, capsys.readouterr().out
    output = capsys.readouterr().out
    assert ": in orde" in output.splitlines()[0] and "[ONTBREEKT]" not in output


def test_letters_needs_out_or_check(imported, capsys):
    folder = imported()
    assert main(["--data-dir", str(folder), "letters", "--kenmerk", "R-001"]) == 2
    assert "--out MAP" in capsys.readouterr().err


def test_a_corrected_measures_draft_names_the_letter_it_replaces(imported, tmp_path, capsys):
    """As in the letters window: the draft about a corrected measure opens with "Deze brief
    vervangt onze brief van <datum> met briefnummer <N>." (services/letter_replacement.py)."""
    from datetime import date

    from skow_desk.services.letters import finalise_letter
    from skow_desk.services.measure_corrections import correct_measure, decision_of

    folder = imported()
    db = open_data(folder, PASSPHRASE)
    try:
        with db.transaction() as s:
            measure = s.scalars(select(Measure)).one()
            [draft] = draft_letters(s, "pupil_waarschuwing", measure.incident_id,
                                    measure.person_id, measure.id, letter_date=date(2025, 10, 6))
            number = finalise_letter(s, draft, measure.incident_id, measure.person_id,
                                     measure.id).number
            correct_measure(s, measure.id, decision_of(s, measure.id), "Reden aangevuld",
                            date(2025, 10, 7))
    finally:
        db.close()
    assert letters(folder, "R-001", tmp_path / "brieven") == 0
    [path] = [p for p in pdf_lines(capsys.readouterr().out) if number not in p.name]
    text = pdf_text(path.read_bytes())
    assert f"Deze brief vervangt onze brief van 6 oktober 2025 met briefnummer {number}." in text
