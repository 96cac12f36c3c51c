"""The dossier of one person: lists newest first, stored letters, export, and how to get there."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from skow_desk.domain.letter_data import LetterData
from skow_desk.gui.persons.dossier_view import DossierView
from skow_desk.services.letters import draft_letters, finalise_letter
from skow_desk.store.models import AuditAction, AuditEntry, Letter
from tests.conftest import TODAY
from tests.gui.test_case_support import click, click_row
from tests.gui.test_letter_support import install_outputs, suspended_pupil, wait_for_preview
from tests.unit.letters.letter_helpers import pdf_text


@pytest.fixture
def corrected(db: Any) -> dict[str, int]:
    """A suspended pupil with letter 2026-0001 and its correction 2026-0002."""
    ids = suspended_pupil(db)
    with db.transaction() as s:
        [draft] = draft_letters(s, "pupil_schorsing", ids["incident"], ids["person"],
                                ids["measure"], letter_date=TODAY)
        first = finalise_letter(s, draft, ids["incident"], ids["person"], ids["measure"])
        fixed = LetterData.from_json(first.data_json.replace("gekwetst", "diep gekwetst"))
        finalise_letter(s, fixed, ids["incident"], ids["person"], ids["measure"],
                        replaces_id=first.id)
    return ids


def open_dossier(qtbot: Any, db: Any, person_id: int) -> DossierView:
    view = DossierView(db, person_id)
    qtbot.addWidget(view)
    view.resize(1280, 820)
    view.show()
    return view


def test_lists_letters_newest_first_and_shows_the_stored_pdf(
        qtbot, app, db, corrected, qtmodeltester, grab):
    view = open_dossier(qtbot, db, corrected["person"])
    for model in (view.letters_model, view.incidents_model, view.measures_model,
                  view.conversations_model, view.tasks_model):
        qtmodeltester.check(model)
    model = view.letters_model
    assert [model.index(r, model.COL_NUMBER).data() for r in range(2)] == [
        "2026-0002", "2026-0001"]
    assert model.index(0, model.COL_VERSION).data() == "2"
    assert model.index(0, model.COL_REPLACES).data() == "2026-0001"
    assert model.index(1, model.COL_REPLACES).data(3) == "Vervangen door 2026-0002"  # tooltip
    assert [model.index(r, model.COL_STATE).data() for r in range(2)] == [
        "geldig", "vervangen door 2026-0002"]
    assert view.tabs.tabText(0) == "Brieven (2)" and view.tabs.tabText(1) == "Meldingen (1)"
    assert view.title.text() == "Leerlingendossier — Daan van den Berg"
    click_row(qtbot, view.letters_table, 0)
    wait_for_preview(qtbot, view.preview)
    with db.transaction() as s:
        newest = s.scalars(select(Letter).where(Letter.number == "2026-0002")).one().pdf
        viewed = s.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.VIEW)).one()
    assert view.preview.pdf() == newest
    assert viewed.person_id == corrected["person"]
    grab(view, "dossier-1-brief")


def test_export_writes_one_pdf_with_overview_and_letters(
        qtbot, app, db, corrected, messages, monkeypatch, tmp_path):
    outputs = install_outputs(monkeypatch, tmp_path)
    outputs.save_name = "dossier"
    view = open_dossier(qtbot, db, corrected["person"])
    click(qtbot, view.export_button)
    [(suggested, _target)] = outputs.saved
    assert suggested == f"Dossier-Daan_van_den_Berg-{TODAY.isoformat()}.pdf"
    written = tmp_path / "dossier.pdf"
    reader = PdfReader(io.BytesIO(written.read_bytes()))
    text = pdf_text(written.read_bytes())
    assert "Leerlingendossier — Daan van den Berg" in text
    assert "2026-0001" in text and "diep gekwetst" in text
    assert len(reader.outline) == 3  # overview and two letters
    assert messages.texts() == ["Het dossier is opgeslagen als ‘dossier.pdf’."]
    with db.transaction() as s:
        assert s.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.EXPORT)).one().person_id == corrected["person"]


def test_a_letter_without_pdf_says_why(qtbot, app, db, corrected):
    with db.transaction() as s:
        s.scalars(select(Letter).where(Letter.number == "2026-0001")).one().pdf = None
    view = open_dossier(qtbot, db, corrected["person"])
    click_row(qtbot, view.letters_table, 1)
    assert not view.open_button.isEnabled()
    assert "verwijderd (bewaartermijn)" in view.preview.empty.text()


def test_persons_view_opens_the_dossier(qtbot, app, db, corrected, dialogs):
    from skow_desk.gui.persons.persons_view import PersonsView

    persons = PersonsView(db)
    qtbot.addWidget(persons)
    persons.show()
    assert not persons.dossier_button.isEnabled()
    row = next(r for r, p in enumerate(persons.model.rows()) if p.id == corrected["person"])
    click_row(qtbot, persons.table, row)
    opened: list[DossierView] = []

    def look(dialog: Any) -> None:
        assert isinstance(dialog, DossierView)
        opened.append(dialog)
        dialog.reject()

    dialogs.handlers.append(look)
    click(qtbot, persons.dossier_button)
    assert opened and opened[0].person_id == corrected["person"]


def test_main_window_menu_entries(qtbot, app, demo_db, demo_folder: Path, dialogs, messages):
    from skow_desk.gui.letters.template_editor import TemplateEditor
    from skow_desk.gui.main_window import TAB_PERSONS, MainWindow

    window = MainWindow(demo_db, demo_folder, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    actions = {a.objectName(): a for a in window.findChildren(type(window.ui.actionLock))}
    dialogs.handlers.append(lambda d: (isinstance(d, TemplateEditor) or pytest.fail(),
                                       d.reject()))
    actions["actionLetterTemplates"].trigger()
    assert not dialogs.handlers
    assert actions["actionLetterTemplates"] in window.ui.menuFile.actions()
    actions["actionPersonDossier"].trigger()
    assert window.ui.tabs.currentIndex() == TAB_PERSONS
    assert "Dossier openen" in messages.texts()[-1]
    persons = window.tab_screen(TAB_PERSONS)
    click_row(qtbot, persons.table, 0)
    dialogs.handlers.append(lambda d: (isinstance(d, DossierView) or pytest.fail(),
                                       d.reject()))
    actions["actionPersonDossier"].trigger()
    assert not dialogs.handlers
