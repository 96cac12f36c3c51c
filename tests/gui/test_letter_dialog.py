"""The letters window through real widgets: draft, adjust, finalise, save, print, correct."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from skow_desk.domain.enums import IncidentStatus, Part, Role
from skow_desk.domain.letter_data import LetterData
from skow_desk.domain.measures import MeasureKind
from skow_desk.gui.common import msgbox
from skow_desk.gui.letters.letter_dialog import LetterDialog
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import (
    AuditAction,
    AuditEntry,
    Incident,
    Involvement,
    Letter,
    Person,
    School,
    Setting,
)
from tests.conftest import TODAY
from tests.gui.test_case_support import click, click_row
from tests.gui.test_letter_support import (
    install_outputs,
    suspended_pupil,
    wait_for_preview,
    warned_teacher,
)
from tests.unit.letters.letter_helpers import pdf_text

NEW_SENTENCE = "Wij hebben dit met Daan en zijn ouders uitgebreid besproken."



def type_after(qtbot: Any, dialog: LetterDialog, anchor: str, text: str) -> None:
    """Put the cursor right after ``anchor`` in the text field and type ``text``."""
    found = dialog.text_edit.document().find(anchor)
    assert not found.isNull(), f"{anchor!r} not in the letter"
    cursor = dialog.text_edit.textCursor()
    cursor.setPosition(found.selectionEnd())
    dialog.text_edit.setTextCursor(cursor)
    qtbot.keyClicks(dialog.text_edit, text)


def make_and_adjust(qtbot: Any, dialog: LetterDialog, anchor: str, text: str) -> None:
    click(qtbot, dialog.draft_button)
    wait_for_preview(qtbot, dialog.preview)
    click(qtbot, dialog.edit_button)
    assert dialog.text_edit.isVisible()
    type_after(qtbot, dialog, anchor, text)
    qtbot.waitUntil(lambda: text.strip() in "\n".join(dialog.drafts[0].paragraphs),
                    timeout=3000)


@pytest.fixture
def demo_case(demo_db: Any) -> dict[str, int]:
    """An open demo case of a pupil (with parents) who was heard and is now suspended."""
    with demo_db.transaction() as s:
        incident_id, pupil_id = s.execute(
            select(Incident.id, Person.id)
            .join(Involvement, Involvement.incident_id == Incident.id)
            .join(Person, Person.id == Involvement.person_id)
            .where(Incident.status == IncidentStatus.OPEN, Person.role == Role.PUPIL,
                   Involvement.part == Part.CAUSER,
                   Incident.reported_on <= TODAY - timedelta(days=6))
            .order_by(Incident.reported_on.desc())).first()
        pupil = s.get(Person, pupil_id)
        log_conversation(s, incident_id, ConversationInput(
            held_on=TODAY - timedelta(days=5), person_id=pupil.guardians[0].id,
            present="directeur, leerling en ouders", summary="Het bericht besproken."))
        measure = decide_measure(s, incident_id, MeasureDecision(
            person_id=pupil_id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 20),
            reason="Het bericht heeft een klasgenoot gekwetst", start_on=date(2026, 11, 23),
            end_on=date(2026, 11, 25)))
        return {"incident": incident_id, "person": pupil_id, "measure": measure.id}


def test_director_path_on_demo_data(qtbot, app, demo_db, demo_case, dialogs, messages,
                                    monkeypatch, tmp_path, grab, qtmodeltester):
    from skow_desk.gui.cases.case_view import CaseView
    from skow_desk.gui.persons.dossier_view import DossierView

    outputs = install_outputs(monkeypatch, tmp_path)
    view = CaseView(demo_db, demo_case["incident"])
    qtbot.addWidget(view)
    view.show()
    rows = view.overview.measures.model.rows()
    click_row(qtbot, view.overview.measures.table,
              next(i for i, m in enumerate(rows) if m.id == demo_case["measure"]))
    seen: dict[str, Any] = {}

    def director(dialog: LetterDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        dialog.resize(1300, 900)
        assert dialog.kind_combo.currentText().startswith("Schorsing leerling")
        make_and_adjust(qtbot, dialog, "noodzakelijk.", " " + NEW_SENTENCE)
        wait_for_preview(qtbot, dialog.preview)
        seen["draft_screenshot"] = grab(dialog, "letter-1-concept-aangepast")
        assert "CONCEPT" in pdf_text(dialog.preview.pdf())
        messages.answers.append(msgbox.Answer.YES)
        click(qtbot, dialog.finalise_button)
        kind, question = messages.asked[-1]
        assert kind == "confirm" and "niet meer worden gewijzigd" in question
        assert "nieuwe versie" in question
        # the parents get one letter; a VO pupil gets one of their own (the demo case is VO)
        assert [f.number for f in dialog.finals] == ["2026-0001", "2026-0002"]
        assert dialog.correct_button.isEnabled() and not dialog.finalise_button.isEnabled()
        wait_for_preview(qtbot, dialog.preview)
        seen["stored_preview"] = dialog.preview.pdf()
        grab(dialog, "letter-2-definitief")
        click(qtbot, dialog.save_pdf_button)
        click(qtbot, dialog.print_button)
        click(qtbot, dialog.close_button)
        assert not dialog.isVisible()

    dialogs.handlers.append(director)
    click(qtbot, view.overview.measure_letter_button)
    assert not dialogs.handlers, "the letters window did not open"
    assert not [m for m in messages.shown if m[0] == "error"]

    with demo_db.transaction() as s:
        letter = s.scalars(select(Letter).where(Letter.number == "2026-0001")).one()
        assert (letter.number, letter.version, letter.replaces_id) == ("2026-0001", 1, None)
        assert letter.measure_id == demo_case["measure"] and letter.person_id == demo_case[
            "person"]
        assert hashlib.sha256(letter.pdf).hexdigest() == letter.sha256
        assert NEW_SENTENCE in "\n".join(LetterData.from_json(letter.data_json).paragraphs)
        stored, number = letter.pdf, letter.number
    text = pdf_text(stored)
    assert NEW_SENTENCE in text and "Kopie: leerlingendossier" in text
    assert "CONCEPT" not in text and number in text
    assert seen["stored_preview"] == stored
    [(suggested, saved)] = outputs.saved
    assert saved.read_bytes() == stored
    assert "2026-0001" in suggested and suggested.endswith(".pdf")
    [printed] = outputs.printed
    # one print job holds both letters (the parents' and the VO pupil's)
    assert len(PdfReader(str(printed)).pages) == 2 * len(PdfReader(saved).pages)
    assert "2026-0001" in {row.number for row in view.letters.letters.model.rows()}
    with demo_db.transaction() as s:  # saving and printing are in the log, without content
        exports = [e.summary or "" for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT))]
    assert any("opgeslagen als PDF" in e and "2026-0001" in e for e in exports), exports
    assert any("afgedrukt" in e and "2026-0001" in e for e in exports), exports
    assert not any(NEW_SENTENCE in e for e in exports)

    dossier = DossierView(demo_db, demo_case["person"])
    qtbot.addWidget(dossier)
    dossier.show()
    for model in (dossier.letters_model, dossier.incidents_model, dossier.measures_model,
                  dossier.conversations_model, dossier.tasks_model):
        qtmodeltester.check(model)
    assert dossier.select_letter("2026-0001")
    wait_for_preview(qtbot, dossier.preview)
    assert dossier.preview.pdf() == stored


def test_staff_letter_goes_to_the_personnel_file(qtbot, app, db, messages):
    ids = warned_teacher(db)
    dialog = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind_combo.currentText().startswith("Waarschuwing medewerker")
    assert [dialog.kind_combo.itemText(i).split(" (")[0] for i in range(
        dialog.kind_combo.count())] == ["Waarschuwing medewerker", "Gespreksverslag",
                                         "Notitie voor het dossier"]
    make_and_adjust(qtbot, dialog, "personeelsdossier.", " Dit is de tweede keer.")
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, dialog.finalise_button)
    with db.transaction() as s:
        letter = s.scalars(select(Letter).where(Letter.number == "2026-0001")).one()
        assert letter.dossier == "personeelsdossier"
        text = pdf_text(letter.pdf)
    assert "Kopie: personeelsdossier" in text and "Dit is de tweede keer." in text


def test_correction_is_version_2_naming_the_letter_it_replaces(qtbot, app, db, messages):
    ids = suspended_pupil(db)
    dialog = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.draft_button)
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, dialog.finalise_button)
    assert not dialog.correct_button.isHidden() and dialog.correct_button.isEnabled()
    click(qtbot, dialog.correct_button)
    assert dialog.text_edit.isVisible()
    assert dialog.drafts[0].paragraphs[0].startswith(
        "Deze brief vervangt onze brief van 24 november 2026 met briefnummer 2026-0001")
    type_after(qtbot, dialog, "gekwetst.", " Dat woog zwaar.")
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, dialog.finalise_button)
    with db.transaction() as s:
        first, second = s.scalars(select(Letter).order_by(Letter.id)).all()
        assert (second.version, second.replaces_id, second.number) == (2, first.id, "2026-0002")
        text = pdf_text(second.pdf)
    assert "met briefnummer 2026-0001. Die brief is hiermee vervallen." in " ".join(text.split())
    assert "Dat woog zwaar." in text
    assert [f.number for f in dialog.finals] == ["2026-0002"]
    assert "versie 2" in dialog.note_label.text()


def test_parents_apart_get_a_tab_and_a_letter_each(qtbot, app, db, messages):
    ids = suspended_pupil(db, apart=True)
    dialog = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.draft_button)
    tabs = [dialog.tab_bar.tabText(i) for i in range(dialog.tab_bar.count())]
    assert tabs == ["Brief 1 van 2 — aan mevrouw S. van den Berg",
                    "Brief 2 van 2 — aan de heer J. van den Berg"]
    first = dialog.preview.pdf()
    dialog.tab_bar.setCurrentIndex(1)
    assert "Hoogweg 9" in pdf_text(dialog.preview.pdf()) and dialog.preview.pdf() != first
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, dialog.finalise_button)
    assert "alle 2 brieven" in messages.asked[-1][1]
    with db.transaction() as s:
        assert [x.number for x in s.scalars(select(Letter))] == ["2026-0001", "2026-0002"]


def test_an_adjusted_concept_is_kept_and_comes_back(qtbot, app, db, messages):
    ids = suspended_pupil(db)
    dialog = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(dialog)
    dialog.show()
    make_and_adjust(qtbot, dialog, "gekwetst.", " Een bewaarde zin.")
    messages.answers.append(msgbox.Answer.CANCEL)
    dialog.close()
    assert dialog.isVisible(), "Annuleren keeps the window open"
    messages.answers.append(msgbox.Answer.SAVE)
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    key = f"concept.{ids['incident']}.pupil_schorsing.{ids['person']}"
    with db.transaction() as s:
        assert "Een bewaarde zin." in s.get(Setting, key).value
    again = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(again)
    assert again.note_label.text() == "Uw eerder aangepaste concept is teruggezet."
    assert "Een bewaarde zin." in "\n".join(again.drafts[0].paragraphs)
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, again.finalise_button)
    with db.transaction() as s:
        assert s.get(Setting, key).value == ""
        assert "Een bewaarde zin." in pdf_text(s.scalars(select(Letter)).one().pdf)


def test_measure_warnings_and_calm_errors(qtbot, app, db, messages):
    ids = suspended_pupil(db, heard=False)
    with db.transaction() as s:
        s.get(School, ids["school"]).signatory = ""
    dialog = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warnings_label.isVisible()
    assert re.search(r"hoor|gehoord", dialog.warnings_label.text(), re.I)
    click(qtbot, dialog.draft_button)
    [(kind, _title, text)] = messages.shown
    assert kind == "error" and "ondertekent" in text and "Traceback" not in text
    assert not dialog.drafts and not dialog.finalise_button.isEnabled()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Gespreksverslag"))
    click(qtbot, dialog.draft_button)
    assert "Leg eerst het gesprek vast" in messages.shown[-1][2]


def test_screenshot_with_measure_warnings(qtbot, app, db, grab):
    ids = suspended_pupil(db, heard=False, apart=True)
    dialog = LetterDialog(db, ids["incident"], ids["measure"])
    qtbot.addWidget(dialog)
    dialog.resize(1300, 900)
    dialog.show()
    click(qtbot, dialog.draft_button)
    wait_for_preview(qtbot, dialog.preview)
    assert dialog.warnings_label.isVisible() and dialog.tab_bar.count() == 2
    grab(dialog, "letter-3-waarschuwingen-twee-adressen")
