"""Briefsjablonen: live preview, errors naming their line, save, restore, final letters safe."""

from __future__ import annotations

import hashlib
from typing import Any

from PySide6.QtGui import QTextCursor
from sqlalchemy import select

from skow_desk.gui import msgbox
from skow_desk.gui.template_editor import TemplateEditor
from skow_desk.letters.templating import shipped_template
from skow_desk.services.letters import draft_letters, finalise_letter, template_source
from skow_desk.store.models import Letter
from tests.gui.test_case_support import click
from tests.gui.test_letter_support import suspended_pupil, wait_for_preview
from tests.unit.letters.letter_helpers import pdf_text


def open_editor(qtbot: Any, db: Any, kind: str = "pupil_waarschuwing") -> TemplateEditor:
    editor = TemplateEditor(db)
    qtbot.addWidget(editor)
    editor.resize(1400, 860)
    editor.show()
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(kind))
    assert editor.kind() == kind
    wait_for_preview(qtbot, editor.preview)
    return editor


def type_at_end_of_line(qtbot: Any, editor: TemplateEditor, line: int, text: str) -> None:
    block = editor.editor.document().findBlockByNumber(line - 1)
    cursor = editor.editor.textCursor()
    cursor.setPosition(block.position())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.editor.setTextCursor(cursor)
    qtbot.keyClicks(editor.editor, text)


def test_unknown_field_names_its_line_and_the_preview_keeps_the_last_good_letter(
        qtbot, app, db, messages, grab):
    editor = open_editor(qtbot, db)
    good = editor.preview.pdf()
    assert "Geen fouten" in editor.problem_label.text()
    grab(editor, "sjablonen-1-voorbeeld")
    type_at_end_of_line(qtbot, editor, 4, " {{ persoon.achternam }}")
    qtbot.waitUntil(lambda: "Regel 4" in editor.problem_label.text(), timeout=3000)
    assert editor.problem_label.text().startswith("Regel 4: onbekend veld 'persoon.achternam'.")
    assert editor.editor.marked_line == 4
    assert editor.preview.pdf() == good
    assert "Eigen versie" not in editor.state_label.text()
    assert "niet opgeslagen" in editor.state_label.text()
    grab(editor, "sjablonen-2-fout")
    click(qtbot, editor.save_button)
    [(kind, _title, text)] = messages.shown
    assert kind == "error" and text == "Regel 4: onbekend veld 'persoon.achternam'."
    with db.transaction() as s:
        assert template_source(s, "pupil_waarschuwing") == shipped_template("pupil_waarschuwing")


def test_save_then_restore_the_standard_text(qtbot, app, db, messages):
    editor = open_editor(qtbot, db)
    type_at_end_of_line(qtbot, editor, 1, " Wij hechten aan een veilige school.")
    qtbot.waitUntil(lambda: "veilige school" in pdf_text(editor.preview.pdf()), timeout=3000)
    click(qtbot, editor.save_button)
    assert editor.state_label.text() == "Eigen versie"
    with db.transaction() as s:
        assert "veilige school" in template_source(s, "pupil_waarschuwing")
    messages.answers.append(msgbox.Answer.NO)
    click(qtbot, editor.restore_button)
    with db.transaction() as s:
        assert "veilige school" in template_source(s, "pupil_waarschuwing")
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, editor.restore_button)
    assert "Brieven die al definitief zijn, veranderen niet" in messages.asked[-1][1]
    assert editor.editor.toPlainText() == shipped_template("pupil_waarschuwing")
    assert editor.state_label.text() == "Standaardtekst"
    with db.transaction() as s:
        assert template_source(s, "pupil_waarschuwing") == shipped_template("pupil_waarschuwing")


def test_switching_kind_with_unsaved_edits_asks_first(qtbot, app, db, messages):
    editor = open_editor(qtbot, db)
    type_at_end_of_line(qtbot, editor, 1, " Extra.")
    messages.answers.append(msgbox.Answer.CANCEL)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("pupil_schorsing"))
    assert editor.kind() == "pupil_waarschuwing"
    assert editor.kind_combo.currentData() == "pupil_waarschuwing"
    assert editor.editor.toPlainText().split("\n")[0].endswith("Extra.")
    messages.answers.append(msgbox.Answer.DISCARD)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("pupil_schorsing"))
    assert editor.kind() == "pupil_schorsing"
    assert editor.editor.toPlainText() == shipped_template("pupil_schorsing")
    assert "Schorsing van Daan van der Berg" in pdf_text(editor.preview.pdf())


def test_editing_a_template_never_changes_a_final_letter(qtbot, app, db, messages):
    ids = suspended_pupil(db)
    with db.transaction() as s:
        [draft] = draft_letters(s, "pupil_schorsing", ids["incident"], ids["person"],
                                ids["measure"])
        letter = finalise_letter(s, draft, ids["incident"], ids["person"], ids["measure"])
        before, sha = letter.pdf, letter.sha256
    editor = open_editor(qtbot, db, "pupil_schorsing")
    editor.editor.selectAll()
    qtbot.keyClicks(editor.editor, "Een geheel nieuwe tekst voor {{ persoon.naam }}.")
    assert editor.refresh_preview()
    click(qtbot, editor.save_button)
    assert not messages.shown
    with db.transaction() as s:
        stored = s.scalars(select(Letter)).one()
        assert stored.pdf == before and stored.sha256 == sha
        assert hashlib.sha256(stored.pdf).hexdigest() == sha
        [new] = draft_letters(s, "pupil_schorsing", ids["incident"], ids["person"],
                              ids["measure"])
    assert new.paragraphs == ("Een geheel nieuwe tekst voor Daan van den Berg.",)


def test_fields_panel_lists_the_fields(qtbot, app, db):
    editor = open_editor(qtbot, db)
    text = editor.fields.toPlainText()
    assert "persoon.achternaam" in text and "{{ zaak.gemeld_op|datum }}" in text
    assert "\\|" not in text


def test_directors_read_the_letter_with_named_fields_and_a_full_size_preview(
        qtbot, app, db, monkeypatch, grab):
    from PySide6.QtWidgets import QDialog

    from skow_desk.gui import screen_fit
    from skow_desk.gui.dialogs import base

    editor = open_editor(qtbot, db, "pupil_schorsing")
    assert editor.mode_tabs.currentIndex() == 0  # "Lezen" first; the code is "Geavanceerd"
    assert editor.mode_tabs.tabText(1).replace("&", "") == "Geavanceerd"
    assert not editor.editor.isVisible()
    text = editor.readable.toPlainText()
    assert "{{" not in text and "{%" not in text and "set naam" not in text
    assert "maatregel: eerste dag" in text  # a field as a named chip
    assert "[alleen als: brief: aan ouders]" in text
    assert "Met deze brief laten wij u weten" in text
    grab(editor, "sjablonen-lezen")
    monkeypatch.setattr(screen_fit, "ENABLED", True)
    shown: list[QDialog] = []

    def keep(dialog: QDialog) -> bool:
        dialog.show()
        shown.append(dialog)
        return False

    monkeypatch.setattr(base, "RUN_HOOK", keep)
    click(qtbot, editor.zoom_button)
    [big] = shown
    area = screen_fit.usable_area(big.screen())
    assert big.height() > editor.preview.height()
    assert big.frameGeometry().height() <= area.height()
    grab(big, "sjablonen-voorbeeld-groot")
    big.done(0)
    editor.mode_tabs.setCurrentIndex(1)
    assert editor.editor.isVisible()


def test_typing_renders_the_preview_off_the_gui_thread(qtbot, app, db, monkeypatch):
    """Issue 12 item 12: a heavy template never freezes the window while the director types."""
    import threading
    import time

    from skow_desk.gui import template_editor

    editor = open_editor(qtbot, db, "pupil_schorsing")
    real = template_editor.preview_pdf
    threads: list[threading.Thread] = []

    def slow(kind, source, window):
        threads.append(threading.current_thread())
        time.sleep(0.3)  # a template that takes its time
        return real(kind, source, window)

    monkeypatch.setattr(template_editor, "preview_pdf", slow)
    editor.editor.selectAll()
    qtbot.keyClicks(editor.editor, "Achtergrond voor {{ persoon.naam }}.")
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert threads[0] is not threading.main_thread()
    assert editor.editor.isEnabled()  # the window answers while the preview is made
    qtbot.waitUntil(lambda: "Achtergrond voor" in pdf_text(editor.preview.pdf()), timeout=10000)


def test_the_legacy_staff_suspension_intention_is_not_offered_for_editing(qtbot, app, db, grab):
    from skow_desk.letters.kinds import LETTER_KINDS

    editor = open_editor(qtbot, db, "staff_besluit_schorsing")
    offered = [editor.kind_combo.itemData(i) for i in range(editor.kind_combo.count())]
    assert "staff_voornemen_schorsing" not in offered
    assert offered == [code for code, kind in LETTER_KINDS.items() if not kind.legacy]
    grab(editor, "cal11-briefsjablonen-zonder-oud-voornemen")
