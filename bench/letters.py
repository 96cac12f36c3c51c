"""Finalising one letter (data → numbered PDF stored) against LibreOffice converting the same text.

The letter is a realistic one: a pupil's suspension, to both parents at one address, quoting
the protocol's articles, two pages (checked, with DejaVu embedded, before timing). The app's
figure is ``finalise_letter`` in its own transaction on a fresh, encrypted data folder (render
with ReportLab, SHA-256, insert, audit entries, commit), median of 100. The anchor is the
same letter's text as an HTML file converted by ``soffice --headless --convert-to pdf`` (process
start included, as a director's "export to PDF" would be), median of 5 after one warm-up that
creates LibreOffice's profile. Goal: the app at least 100x faster (ratio at most 0.01). The
note also gives the PDF layout's part of it (the renderer timed inside finalise_letter, in a
series of 30 after the 100), so a change shows on which side it lands.

LibreOffice is installed by ``tools/system-deps.sh libreoffice`` when missing and running as
root; without it the figure is printed with "anker niet beschikbaar". Run alone:
``python -m bench.letters``.
"""

from __future__ import annotations

import html
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from bench import BenchRow, median_seconds
from skow_desk.domain.enums import Denomination, Part, Role, Salutation, Sector
from skow_desk.domain.letter_data import LetterData
from skow_desk.domain.measures import MeasureKind
from skow_desk.services import letter_store as letters_service  # finalise_letter renders there
from skow_desk.services.foundation import FoundationInput, SchoolInput, save_foundation
from skow_desk.services.incidents import IncidentInput, involve_person, record_incident
from skow_desk.services.letters import draft_letters, finalise_letter
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.services.persons import PersonInput, add_person, link_guardian
from skow_desk.store.db import Database
from skow_desk.store.vault import create_data

RUNS = 100
LAYOUT_RUNS = 30
ANCHOR_RUNS = 5
GOAL = 0.01  # app seconds / anchor seconds: at least 100x faster
PASSPHRASE = "bench-wachtwoord-123"
HERE = Path(__file__).resolve().parent


@contextmanager
def letter_case() -> Iterator[tuple[Database, LetterData, tuple[int, int, int]]]:
    """A temporary data folder with a suspended pupil: the draft and (case, pupil, measure)."""
    folder = Path(tempfile.mkdtemp(prefix="skow-bench-letters-"))
    db, _recovery = create_data(folder / "data", PASSPHRASE)
    try:
        with db.transaction() as s:
            save_foundation(s, FoundationInput(
                name="Stichting SKOW", short_name="SKOW", address="Voorbeeldstraat 1",
                postcode="2671 AA", city="Naaldwijk", board_member="H. ter Horst",
                schools=[SchoolInput("04XY", "Basisschool De Regenboog", Sector.PO,
                                     Denomination.PUBLIC, "Schoolstraat 12", "2671 BB",
                                     "Naaldwijk", "0174 123456", "info@school.example",
                                     "M. van der Knaap", "directeur")]))
            from skow_desk.services.foundation import school_by_brin

            school = school_by_brin(s, "04XY")
            pupil = add_person(s, PersonInput(
                role=Role.PUPIL, last_name="Berg", first_name="Daan", infix="van den",
                group_or_function="groep 7", school_id=school.id, address="Molenstraat 4",
                postcode="2671 CD", city="Naaldwijk"))
            mother = add_person(s, PersonInput(
                role=Role.PARENT, last_name="Berg", first_name="Sophie", infix="van den",
                salutation=Salutation.MRS, school_id=school.id, address="Molenstraat 4",
                postcode="2671 CD", city="Naaldwijk"))
            father = add_person(s, PersonInput(
                role=Role.PARENT, last_name="Berg", first_name="Jeroen", infix="van den",
                salutation=Salutation.MR, school_id=school.id, address="Molenstraat 4",
                postcode="2671 CD", city="Naaldwijk"))
            link_guardian(s, pupil.id, mother.id)
            link_guardian(s, pupil.id, father.id)
            incident = record_incident(s, IncidentInput(
                school_id=school.id, reported_on=date(2026, 11, 2), occurred_on=date(2026, 11, 2),
                platform="TikTok", description="Filmpje van een klasgenoot geplaatst.",
                articles=["A5", "A7"], categories=["ongeoorloofd filmen/fotograferen"]))
            involve_person(s, incident.id, pupil.id, Part.CAUSER)
            measure = decide_measure(s, incident.id, MeasureDecision(
                person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
                reason="Het filmpje heeft een klasgenoot gekwetst", start_on=date(2026, 11, 5),
                end_on=date(2026, 11, 6)))
            ids = (incident.id, pupil.id, measure.id)
            [data] = draft_letters(s, "pupil_schorsing", *ids, letter_date=date(2026, 11, 24))
        yield db, data, ids
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)


def letter_html(data: LetterData) -> str:
    """The letter's text as a plain HTML page, for LibreOffice to convert."""
    def p(text: str) -> str:
        return f"<p>{html.escape(text).replace(chr(10), '<br>')}</p>"

    parts = [f"<h2>{html.escape(data.letterhead.name)}</h2>",
             p("\n".join(data.letterhead.address_lines)), p("\n".join(data.recipient_lines)),
             p(f"Datum: {data.letter_date:%d-%m-%Y}\nKenmerk: {data.kenmerk}\n"
               f"Betreft: {data.subject}"), p(data.salutation),
             *(p(x) for x in data.paragraphs), p(data.closing),
             p(f"{data.signatory_name}\n{data.signatory_function}"),
             p("Kopie: " + ", ".join(data.copy_to))]
    return ("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>"
            f"{html.escape(data.subject)}</title></head><body style=\"font-family: DejaVu Sans; "
            f"font-size: 9.5pt\">{''.join(parts)}</body></html>")


def soffice() -> str | None:
    """The LibreOffice command, installing it first when allowed (tools/system-deps.sh)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None and hasattr(os, "geteuid") and os.geteuid() == 0:
        subprocess.run(["bash", str(HERE.parent / "tools" / "system-deps.sh"), "libreoffice"],
                       check=False, timeout=900)
        found = shutil.which("soffice") or shutil.which("libreoffice")
    return found


def anchor_seconds(data: LetterData) -> float | None:
    """Median seconds for LibreOffice to convert the letter to PDF; None when unavailable."""
    command = soffice()
    if command is None:
        return None
    work = Path(tempfile.mkdtemp(prefix="skow-bench-soffice-"))
    try:
        source = work / "brief.html"
        source.write_text(letter_html(data), encoding="utf-8")
        convert = [command, f"-env:UserInstallation=file://{work / 'profiel'}", "--headless",
                   "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work / "uit"),
                   str(source)]

        def run() -> None:
            subprocess.run(convert, check=True, capture_output=True, timeout=300)
            if not (work / "uit" / "brief.pdf").is_file():
                raise RuntimeError("LibreOffice schreef geen PDF")

        run()  # warm-up: creates the profile, not counted
        return median_seconds(run, ANCHOR_RUNS)
    except (OSError, subprocess.SubprocessError, RuntimeError) as error:
        print(f"[bench] letters: LibreOffice mislukt: {error}", file=sys.stderr)
        return None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check_realistic(data: LetterData, pdf: bytes) -> None:
    """Refuse to time a letter that is not the one described above."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    fonts: set[str] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    articles = all(f"artikel {code}" in "\n".join(data.paragraphs) for code in ("A5", "A7"))
    if (len(reader.pages) != 2 or len(data.recipient_lines) < 4 or not articles
            or not fonts or not all(f.startswith("DejaVuSans") for f in fonts)):
        raise RuntimeError(f"bench letter is not the realistic one: {len(reader.pages)} pages, "
                           f"recipient {data.recipient_lines}, fonts {sorted(fonts)}")


_RENDER = "render"  # the renderer finalise_letter calls, looked up in its own module


def layout_seconds(finalise: Callable[[], None]) -> float:
    """For the note only, after the timed runs: the median time ``finalise`` spends rendering.

    A series of its own with the renderer wrapped in a timer, so the figure is the PDF layout as
    it runs inside finalising (after database work, not alone in a warm loop).
    """
    times: list[float] = []
    plain: Callable[[Any, LetterData], bytes] = getattr(letters_service, _RENDER)

    def timed(session: Any, data: LetterData) -> bytes:
        start = time.perf_counter()
        try:
            return plain(session, data)
        finally:
            times.append(time.perf_counter() - start)

    setattr(letters_service, _RENDER, timed)
    try:
        for _ in range(LAYOUT_RUNS):
            finalise()
    finally:
        setattr(letters_service, _RENDER, plain)
    return statistics.median(times)


def run() -> list[BenchRow]:
    """Finalise one letter 100 times; LibreOffice converts the same text 5 times."""
    with letter_case() as (db, data, (incident_id, pupil_id, measure_id)):
        with db.transaction() as s:  # warm-up: fonts registered, templates and code loaded
            letter = finalise_letter(s, data, incident_id, pupil_id, measure_id)
            check_realistic(data, letter.pdf or b"")

        def finalise() -> None:
            with db.transaction() as s:
                finalise_letter(s, data, incident_id, pupil_id, measure_id)

        seconds = median_seconds(finalise, RUNS)
        layout = layout_seconds(finalise)
        anchor = anchor_seconds(data)
    name = "brief definitief maken (PDF opgeslagen)"
    split = f"waarvan PDF-opmaak {layout * 1000:.1f} ms"
    if anchor is None:
        return [BenchRow(name, seconds,
                         note=f"anker niet beschikbaar (LibreOffice ontbreekt); {split}")]
    return [BenchRow(name, seconds, anchor, GOAL,
                     note=f"LibreOffice --convert-to pdf; {anchor / seconds:.0f}x sneller "
                          f"(doel: 100x); {split}")]


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run())
