"""Helpers for the letter tests (no tests here): cases with a measure, waiting for previews."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter

from skow_desk.domain.enums import Role
from skow_desk.domain.measures import MeasureKind
from skow_desk.gui.common import pdf_preview as letter_preview
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.measures import MeasureDecision, decide_measure
from tests.factories import make_incident, make_person, make_pupil_with_parents, make_school


def suspended_pupil(db: Any, apart: bool = False, heard: bool = True) -> dict[str, int]:
    """A pupil suspended for two days (parents together or apart; heard or not)."""
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_pupil_with_parents(s, school, apart=apart)
        incident = make_incident(s, school, pupil)
        if heard:
            log_conversation(s, incident.id, ConversationInput(
                held_on=date(2026, 11, 3), person_id=pupil.guardians[0].id,
                present="directeur, Daan, ouders", summary="Het filmpje besproken."))
        measure = decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="Het filmpje heeft een klasgenoot gekwetst", start_on=date(2026, 11, 5),
            end_on=date(2026, 11, 6)))
        return {"incident": incident.id, "person": pupil.id, "measure": measure.id,
                "school": school.id}


def warned_teacher(db: Any) -> dict[str, int]:
    """A teacher with a written warning."""
    with db.transaction() as s:
        school = make_school(s)
        teacher = make_person(s, school, Role.STAFF, "Berg", first_name="Jan", infix="van der",
                              group_or_function="leerkracht groep 5")
        incident = make_incident(s, school, teacher, articles=("B2",))
        log_conversation(s, incident.id, ConversationInput(
            held_on=date(2026, 11, 3), person_id=teacher.id, present="directeur, Jan",
            summary="Het bericht besproken."))
        measure = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.WARNING, decided_on=date(2026, 11, 4),
            reason="Een bericht over een leerling op Facebook geplaatst"))
        return {"incident": incident.id, "person": teacher.id, "measure": measure.id}


def wait_for_preview(qtbot: Any, preview: Any) -> None:
    """Until the preview holds a document, and a moment for QPdfView to paint its pages."""
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=5000)
    qtbot.wait(300)


class Outputs:
    """Stubs for the print and save dialogs: what would have been printed or saved."""

    def __init__(self, tmp_path: Path) -> None:
        self.folder = tmp_path
        self.saved: list[tuple[str, Path]] = []
        self.printed: list[Path] = []
        self.save_name = "brief.pdf"

    def choose_pdf_target(self, parent: Any, suggested: str) -> Path:
        target = self.folder / self.save_name
        self.saved.append((suggested, target))
        return target

    def choose_printer(self, parent: Any) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"afdruk-{len(self.printed) + 1}.pdf"
        printer.setOutputFileName(str(path))
        printer.setResolution(72)
        self.printed.append(path)
        return printer


def install_outputs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Outputs:
    """Replace the print and file dialogs for one test."""
    outputs = Outputs(tmp_path)
    monkeypatch.setattr(letter_preview, "choose_pdf_target", outputs.choose_pdf_target)
    monkeypatch.setattr(letter_preview, "choose_printer", outputs.choose_printer)
    return outputs
