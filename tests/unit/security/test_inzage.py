"""Inzage (AVG art. 15): one PDF with everything about a person, letters beside it, a task."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from skow_desk.domain.enums import TaskKind
from skow_desk.pdf.inzage import export_person
from skow_desk.services.audit import AuditAction, record
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.inzage import gather
from skow_desk.store.models import AuditEntry, Task
from tests.unit.security.helpers import make_case

REQUESTED = date(2026, 11, 20)
TODAY = date(2026, 11, 24)


def _case(db):
    with db.transaction() as s:
        ids = make_case(s)
        log_conversation(s, ids["incident"], ConversationInput(
            held_on=date(2026, 11, 3), person_id=ids["pupil"], present="directeur, Daan",
            summary="Het filmpje besproken.", own_view="Het was een grap."))
        record(s, AuditAction.VIEW, "person", ids["pupil"], ids["pupil"], "dossier geopend")
    return ids


def _text(path):
    """The PDF's text with every run of white space as one space (lines wrap anywhere)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_data_holds_every_section(db):
    ids = _case(db)
    with db.transaction() as s:
        data = gather(s, ids["pupil"], REQUESTED, TODAY)
    assert data.name == "Daan van den Berg"
    assert data.answer_by == date(2026, 12, 20)
    titles = [section.title for section in data.sections]
    assert titles[:3] == ["Persoonsgegevens", "Ouders/verzorgers en kinderen", "Meldingen"]
    by_title = {section.title: section for section in data.sections}
    assert [b.heading for b in by_title["Meldingen"].blocks] == ["Melding 04XY-2627-001"]
    assert dict(by_title["Gesprekken"].blocks[0].fields)["Eigen zienswijze"] == \
        "Het was een grap."
    assert len(by_title["Ouders/verzorgers en kinderen"].blocks) == 2
    log = by_title["Logboek (wie heeft wat vastgelegd of ingezien)"].blocks
    assert any("inzien persoon" in b.heading for b in log)
    assert list(data.letter_pdfs) == ["brief-04XY-2627-B001.pdf"]


def test_export_writes_the_pdf_and_the_letters_and_tracks_the_request(db, tmp_path):
    ids = _case(db)
    files = export_person(db, ids["pupil"], tmp_path, REQUESTED, today=TODAY)
    assert [f.name for f in files] == ["inzage-persoon-1-20261120.pdf",
                                       "brief-04XY-2627-B001.pdf"]
    assert files[1].read_bytes() == b"%PDF-1.4 brief"
    reader = PdfReader(files[0])
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVu" in f for f in fonts), fonts  # never Helvetica
    text = _text(files[0])
    for expected in ("Daan van den Berg", "04XY-2627-001", "Het was een grap.",
                     "uiterlijk beantwoorden op 20 december 2026", "brief-04XY-2627-B001.pdf",
                     "dossier geopend"):
        assert expected in text
    with db.transaction() as s:
        task = s.scalars(select(Task).where(Task.kind == TaskKind.ACCESS_REQUEST)).one()
        assert (task.person_id, task.due_on, task.required) == (ids["pupil"],
                                                                 date(2026, 12, 20), True)
        assert "Verzoek ontvangen op 20-11-2026" in task.note
        export = s.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.EXPORT)).one()
        assert export.person_id == ids["pupil"]
        assert "inzage (AVG art. 15)" in export.summary and "SHA-256" in export.summary


def test_exporting_the_same_request_again_keeps_one_task(db, tmp_path):
    ids = _case(db)
    export_person(db, ids["pupil"], tmp_path, REQUESTED, today=TODAY)
    export_person(db, ids["pupil"], tmp_path, REQUESTED, today=date(2026, 11, 25))
    with db.transaction() as s:
        tasks = list(s.scalars(select(Task).where(Task.kind == TaskKind.ACCESS_REQUEST)))
    assert len(tasks) == 1 and "25-11-2026" in tasks[0].note


def test_a_person_with_nothing_recorded_gets_a_short_overview(db, tmp_path):
    ids = _case(db)
    files = export_person(db, ids["classmate"], tmp_path, REQUESTED, today=TODAY)
    assert len(files) == 1
    text = _text(files[0])
    assert "Lotte Jansen" in text and "Geen." in text
