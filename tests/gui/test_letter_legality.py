"""The rechtmatigheidstoets in the real letters window: blocked while a step is missing,
allowed once it is recorded; the urgent exception goes into the audit trail."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from skow_desk.domain.measures import MeasureKind
from skow_desk.gui.common import msgbox
from skow_desk.gui.letters.letter_dialog import LetterDialog
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import AuditEntry, Letter, Measure
from tests.factories import make_incident, make_pupil_with_parents, make_school
from tests.gui.test_case_support import click
from tests.gui.test_letter_support import wait_for_preview


@pytest.fixture
def unheard_case(db: Any) -> dict[str, int]:
    """A pupil suspended for two days, without a hearing on record."""
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_pupil_with_parents(s, school)
        incident = make_incident(s, school, pupil)
        measure = decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="Het filmpje heeft een klasgenoot gekwetst", start_on=date(2026, 11, 5),
            end_on=date(2026, 11, 6)))
        return {"incident": incident.id, "person": pupil.id, "measure": measure.id,
                "guardian": pupil.guardians[0].id}


def _lines(dialog: LetterDialog) -> list[str]:
    return [dialog.check_list.item(i).text() for i in range(dialog.check_list.count())]


def _open(qtbot: Any, db: Any, case: dict[str, int]) -> LetterDialog:
    dialog = LetterDialog(db, case["incident"], case["measure"])
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    click(qtbot, dialog.draft_button)
    wait_for_preview(qtbot, dialog.preview)
    return dialog


def test_finalising_waits_until_the_hearing_is_recorded(qtbot, app, db, unheard_case,
                                                        messages, grab):
    dialog = _open(qtbot, db, unheard_case)
    lines = _lines(dialog)
    assert len(lines) == 9
    hearing = next(line for line in lines if "Hoorgesprek" in line)
    assert hearing.startswith("✗ Hoorgesprek vastgelegd")
    assert "geen gesprek met de leerling en de ouders" in hearing
    assert "Vastleggen: Zaak → Gesprekken" in hearing
    assert all(line.startswith("✓") for line in lines if line is not hearing)
    assert "1 punt ontbreekt" in dialog.check_title.text()
    assert not dialog.finalise_button.isEnabled()
    assert "Hoorgesprek vastgelegd" in dialog.finalise_button.toolTip()
    assert dialog.exception_button.isEnabled()
    assert "Er is nog geen gesprek vastgelegd" in dialog.warnings_label.text()
    grab(dialog, "letter-toets-geblokkeerd")

    # the director records the hearing in the case, then tests again
    with db.transaction() as s:
        log_conversation(s, unheard_case["incident"], ConversationInput(
            held_on=date(2026, 11, 3), person_id=unheard_case["guardian"],
            present="directeur, Daan, ouders", summary="Besproken.",
            own_view="Ik wist niet dat het niet mocht"))
    click(qtbot, dialog.recheck_button)
    assert all(line.startswith("✓") for line in _lines(dialog))
    assert "in orde" in dialog.check_title.text()
    assert dialog.finalise_button.isEnabled() and not dialog.exception_button.isEnabled()
    # the stale hearing warning is gone; the school's missing holiday region is still said
    assert "Er is nog geen gesprek vastgelegd" not in dialog.warnings_label.text()
    assert not dialog.warnings_label.isVisibleTo(dialog) or \
        "geen vakantieregio" in dialog.warnings_label.text()
    # a fresh draft reads the hearing from the record
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, dialog.draft_button)
    wait_for_preview(qtbot, dialog.preview)
    assert any("‘Ik wist niet dat het niet mocht’" in p for p in dialog.drafts[0].paragraphs)
    grab(dialog, "letter-toets-in-orde")
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, dialog.finalise_button)
    assert [f.number for f in dialog.finals] == ["2026-0001"]


def test_an_edited_text_naming_another_pupil_blocks(qtbot, app, db, unheard_case):
    with db.transaction() as s:
        log_conversation(s, unheard_case["incident"], ConversationInput(
            held_on=date(2026, 11, 3), person_id=unheard_case["guardian"], present="ouders",
            summary="x"))
        from skow_desk.domain.enums import Part, Role
        from skow_desk.services.incidents import involve_person
        from tests.factories import make_person

        school_id = s.get(Measure, unheard_case["measure"]).incident.school
        victim = make_person(s, school_id, Role.PUPIL, "Vries", first_name="Lotte")
        involve_person(s, unheard_case["incident"], victim.id, Part.HARMED)
    dialog = _open(qtbot, db, unheard_case)
    assert dialog.finalise_button.isEnabled()
    click(qtbot, dialog.edit_button)
    dialog.text_edit.appendPlainText("\nHet filmpje ging over Lotte.")
    qtbot.waitUntil(lambda: not dialog.finalise_button.isEnabled(), timeout=3000)
    privacy = next(line for line in _lines(dialog) if "andere betrokkene" in line)
    assert privacy.startswith("✗") and "‘Lotte’" in privacy


def test_urgent_exception_needs_a_reason_and_is_audited(qtbot, app, db, unheard_case,
                                                        dialogs, messages, grab):
    dialog = _open(qtbot, db, unheard_case)
    assert not dialog.finalise_button.isEnabled()

    def too_short(prompt: Any) -> None:
        ok = prompt.findChild(QDialogButtonBox, "buttonBox").button(
            QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(prompt.reason_edit, "spoed")
        click(qtbot, ok)
        assert "Schrijf de reden" in messages.texts()[-1] and prompt.isVisible()
        prompt.reason_edit.setPlainText("Direct gevaar voor een klasgenoot; ouders dezelfde "
                                        "dag gehoord.")
        grab(prompt, "letter-spoeduitzondering")
        click(qtbot, ok)

    dialogs.handlers.append(too_short)
    click(qtbot, dialog.exception_button)
    hearing = next(line for line in _lines(dialog) if "Hoorgesprek" in line)
    assert hearing.startswith("✓") and "spoedeisende uitzondering" in hearing
    assert dialog.finalise_button.isEnabled()
    with db.transaction() as s:
        summaries = [e.summary or "" for e in s.scalars(select(AuditEntry))]
        assert any("Spoedeisende uitzondering vastgelegd: Direct gevaar" in t for t in summaries)
        assert s.scalars(select(Letter)).first() is None
