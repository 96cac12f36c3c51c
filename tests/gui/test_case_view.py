"""The case view: steps, evidence by drop and by link, opening evidence, persons, the letters
hook, reopening; and in every dialog: an accessible name on each control, tab order as read."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QScrollBar,
    QTabBar,
    QWidget,
)
from sqlalchemy import select

from skow_desk.domain.enums import IncidentStatus
from skow_desk.domain.measures import MeasureKind
from skow_desk.gui.cases.dialogs import evidence, open_copies
from skow_desk.gui.common import msgbox
from skow_desk.services.case_queries import StepKey
from skow_desk.services.incidents import (
    ConversationInput,
    close_case,
    log_conversation,
    record_consultation,
)
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import Evidence, Incident, Involvement
from tests.factories import (
    make_incident,
    make_person,
    make_school,
    make_witnessed_case,
)
from tests.gui.test_case_support import (
    Dialogs,
    click,
    click_row,
    open_case,
    png,
    row_with,
)


def record(opened: list[QUrl]) -> Callable[[QUrl], bool]:
    """A stand-in for opening with Windows: remembers the address."""

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    return open_url


@pytest.fixture
def case_id(db: Any) -> int:
    """A case with a causer (with a warning), a witness, a consultation and a talk."""
    with db.transaction() as s:
        pupil, incident = make_witnessed_case(s)
        record_consultation(s, incident.id, date(2026, 11, 3), "H. ter Horst", "Waarschuwen.")
        log_conversation(s, incident.id, ConversationInput(
            held_on=date(2026, 11, 3), person_id=pupil.id, present="directeur, Daan",
            summary="Besproken."))
        decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.WARNING, decided_on=date(2026, 11, 4)))
        return incident.id


@pytest.fixture
def view(qtbot: Any, app: Any, db: Any, dialogs: Dialogs, case_id: int) -> Any:
    return open_case(qtbot, db, case_id)


def test_steps_show_done_and_open_with_dates(view: Any) -> None:
    cards = view.timeline.cards
    assert cards[StepKey.CONSULTATION].detail.text() == "Overleg op 03-11-2026"
    assert cards[StepKey.CONVERSATION].detail.text() == "1 gesprek, laatste op 03-11-2026"
    assert cards[StepKey.MEASURE].mark.text() == "✓"
    assert cards[StepKey.LETTER].detail.text() == "Nog geen brief"
    assert cards[StepKey.CLOSED].button.text() == "Zaak afronden…"
    assert cards[StepKey.LETTER].accessibleName() == "Stap 5: Brief, open"


def test_drop_files_and_links_onto_the_evidence_list(
    qtbot: Any, view: Any, db: Any, tmp_path: Path
) -> None:
    picture = png(tmp_path, "bericht.png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture)), QUrl("https://www.instagram.com/p/abc")])
    viewport = view.evidence.table.viewport()
    pos = QPointF(viewport.rect().center())
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    with db.transaction() as s:
        stored = s.scalars(select(Evidence).order_by(Evidence.id)).all()
        assert [(e.filename, e.url, e.size > 0) for e in stored] == [
            ("bericht.png", "", True),
            ("https://www.instagram.com/p/abc", "https://www.instagram.com/p/abc", False)]
    assert view.tabs.tabText(2) == "Bewijs (2)"


def test_an_image_is_shown_inside_the_app_without_a_copy_on_disk(
    qtbot: Any, view: Any, db: Any, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(evidence, "open_url", record(opened))
    monkeypatch.setattr(open_copies, "OPEN_FOLDER", tmp_path / "geopend")
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    picture = png(tmp_path)
    monkeypatch.setattr(evidence, "choose_files", lambda parent: [picture])
    click(qtbot, view.evidence.add_file_button)
    click_row(qtbot, view.evidence.table, 0)
    shown: dict[str, Any] = {}

    def look(dialog: Any) -> None:
        shown["kind"] = dialog.kind
        dialog.resize(700, 500)
        dialog.accept()

    dialogs.handlers.append(look)
    click(qtbot, view.evidence.open_button)
    assert shown == {"kind": "image"} and opened == []
    assert not list((tmp_path / "tmp").iterdir())
    assert not (tmp_path / "geopend").exists() or not list((tmp_path / "geopend").iterdir())


def test_a_pdf_is_shown_inside_the_app(qtbot: Any, view: Any, db: Any, dialogs: Dialogs,
                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    opened: list[QUrl] = []
    monkeypatch.setattr(evidence, "open_url", record(opened))
    pdf = tmp_path / "verklaring.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(100, 750, "Verklaring")
    canvas.save()
    monkeypatch.setattr(evidence, "choose_files", lambda parent: [pdf])
    click(qtbot, view.evidence.add_file_button)
    click_row(qtbot, view.evidence.table, 0)
    kinds: list[str] = []

    def look(dialog: Any) -> None:
        kinds.append(dialog.kind)
        qtbot.waitUntil(lambda: dialog.pages() == 1, timeout=3000)
        dialog.accept()

    dialogs.handlers.append(look)
    click(qtbot, view.evidence.open_button)
    assert kinds == ["pdf"] and opened == []


@pytest.mark.parametrize("name", ["betaal.exe", "snelkoppeling.lnk", "script.bat", "x.js",
                                  "doc.docm", "pagina.html", "geen-extensie"])
def test_executables_and_shortcuts_are_never_handed_to_the_system(
    qtbot: Any, view: Any, db: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    messages: Any, name: str
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(evidence, "open_url", record(opened))
    monkeypatch.setattr(open_copies, "OPEN_FOLDER", tmp_path / "geopend")
    bad = tmp_path / name
    bad.write_bytes(b"MZ\x90\x00 niet openen")
    monkeypatch.setattr(evidence, "choose_files", lambda parent: [bad])
    click(qtbot, view.evidence.add_file_button)
    click_row(qtbot, view.evidence.table, 0)
    click(qtbot, view.evidence.open_button)
    assert opened == []
    assert "niet geopend" in messages.texts()[-1]
    assert not (tmp_path / "geopend").exists() or not list((tmp_path / "geopend").iterdir())


def test_other_allowed_files_open_from_a_private_folder_wiped_at_the_next_start(
    qtbot: Any, view: Any, db: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(evidence, "open_url", record(opened))
    folder = tmp_path / "geopend"
    monkeypatch.setattr(open_copies, "OPEN_FOLDER", folder)
    doc = tmp_path / "verslag.docx"
    doc.write_bytes(b"PK\x03\x04 verslag")
    monkeypatch.setattr(evidence, "choose_files", lambda parent: [doc])
    click(qtbot, view.evidence.add_file_button)
    click_row(qtbot, view.evidence.table, 0)
    click(qtbot, view.evidence.open_button)
    copy = Path(opened[-1].toLocalFile())
    assert copy.parent == folder and copy.read_bytes() == doc.read_bytes()
    if sys.platform != "win32":
        assert folder.stat().st_mode & 0o777 == 0o700
    open_copies.wipe_open_folder()  # what the next start does (also after a crash)
    assert not copy.exists()


def test_the_plaintext_keyring_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    from skow_desk.gui.access import keychain

    plaintext = types.new_class("PlaintextKeyring")
    plaintext.__module__ = "keyrings.alt.file"
    plaintext.priority = 0.5  # type: ignore[attr-defined]
    monkeypatch.setattr(keyring, "get_keyring", lambda: plaintext())
    monkeypatch.setattr(keychain, "ENABLED", True)
    monkeypatch.setattr(keychain, "_usable", None)
    assert keychain.usable() is False


def test_add_a_link_with_the_link_dialog(
    qtbot: Any, view: Any, db: Any, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch, messages:
    Any
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(evidence, "open_url", record(opened))

    def link(dialog: Any) -> None:
        qtbot.keyClicks(dialog.url_edit, "ftp://verkeerd")
        dialog.accept()
        assert "http://" in messages.texts()[-1] and dialog.isVisible()
        dialog.url_edit.clear()
        qtbot.keyClicks(dialog.url_edit, "www.facebook.com/bericht/1")
        qtbot.keyClicks(dialog.note_edit, "bericht van 2 november")
        dialog.accept()

    dialogs.handlers.append(link)
    click(qtbot, view.evidence.add_link_button)
    click_row(qtbot, view.evidence.table, 0)
    click(qtbot, view.evidence.open_button)
    assert opened[-1].toString() == "https://www.facebook.com/bericht/1"
    with db.transaction() as s:
        stored = s.scalars(select(Evidence)).one()
        assert stored.note == "bericht van 2 november"


def test_remove_a_mistaken_person_but_not_one_with_a_measure(
    qtbot: Any, view: Any, db: Any, messages: Any
) -> None:
    people = view.overview.people.table
    click_row(qtbot, people, row_with(people, "Daan"))
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, view.overview.remove_person_button)
    assert "maatregel" in messages.texts()[-1]
    click_row(qtbot, people, row_with(people, "Jansen"))
    messages.answers.append(msgbox.Answer.YES)
    click(qtbot, view.overview.remove_person_button)
    assert [p.name for p in view.overview.people.model.rows()] == ["Daan van den Berg"]
    with db.transaction() as s:
        assert len(s.scalars(select(Involvement)).all()) == 1


def test_letters_hook_is_calm_when_letters_are_missing(
    qtbot: Any, view: Any, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "skow_desk.gui.letters.letter_dialog", None)
    click(qtbot, view.letters.letters_button)
    assert messages.texts()[-1].startswith("Brieven zijn nog niet beschikbaar")


def test_letters_hook_opens_the_letter_dialog(
    qtbot: Any, view: Any, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch, case_id: int
) -> None:
    calls: list[tuple[int, int | None]] = []

    class LetterDialog(QDialog):
        def __init__(self, db: Any, incident_id: int, measure_id: int | None = None,
                     parent: QWidget | None = None) -> None:
            super().__init__(parent)
            calls.append((incident_id, measure_id))

    fake = types.ModuleType("skow_desk.gui.letters.letter_dialog")
    fake.LetterDialog = LetterDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "skow_desk.gui.letters.letter_dialog", fake)
    dialogs.handlers.append(lambda dialog: dialog.accept())
    click_row(qtbot, view.overview.measures.table, 0)
    click(qtbot, view.overview.measure_letter_button)
    assert calls == [(case_id, view.overview.measures.model.rows()[0].id)]


def test_reopen_a_closed_case(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any, case_id: int
) -> None:
    from skow_desk.gui.cases.case_view import CaseView

    with db.transaction() as s:
        close_case(s, case_id, date(2026, 11, 10))
    view = CaseView(db, case_id)
    qtbot.addWidget(view)
    assert view.timeline.cards[StepKey.CLOSED].detail.text() == "Afgerond op 10-11-2026"

    def give_reason(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.text_edit, "Nieuwe feiten")  # type: ignore[attr-defined]
        dialog.accept()

    dialogs.handlers.append(give_reason)
    click(qtbot, view.timeline.cards[StepKey.CLOSED].button)
    with db.transaction() as s:
        assert s.get(Incident, case_id).status is IncidentStatus.OPEN
    assert not view.timeline.cards[StepKey.CLOSED].property("done")


def _is_internal(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return (widget.objectName().startswith("qt_") or isinstance(widget, QTabBar | QScrollBar)
            or isinstance(parent, QComboBox | QAbstractSpinBox))


def unnamed_controls(top: QWidget) -> list[str]:
    """Focusable, visible controls without an accessible name (or button text)."""
    missing = []
    for widget in top.findChildren(QWidget):
        if (widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top)
                or _is_internal(widget)):
            continue
        named = widget.accessibleName() or (
            isinstance(widget, QAbstractButton) and widget.text())
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def all_dialogs(db: Any, case_id: int) -> list[QWidget]:
    from skow_desk.gui.cases.dialogs.consultation_dialog import ConsultationDialog
    from skow_desk.gui.cases.dialogs.conversation_dialog import ConversationDialog
    from skow_desk.gui.cases.dialogs.evidence import LinkDialog
    from skow_desk.gui.cases.dialogs.incident_dialog import IncidentDialog
    from skow_desk.gui.cases.dialogs.measure_dialog import MeasureDialog
    from skow_desk.gui.common.date_prompt import DatePromptDialog
    from skow_desk.gui.common.person_dialog import PersonDialog
    from skow_desk.gui.common.person_picker import PersonPicker

    return [IncidentDialog(db), IncidentDialog(db, case_id), PersonPicker(db, case_id),
            PersonDialog(db, 1), ConversationDialog(db, case_id), MeasureDialog(db, case_id),
            ConsultationDialog(db, case_id), LinkDialog(db, case_id),
            DatePromptDialog(db, "Taak", "Wanneer?", "Gedaan &op:", lambda *a: None,
                             note_label="&Toelichting:")]


def test_every_control_has_an_accessible_name(
    qtbot: Any, view: Any, db: Any, case_id: int
) -> None:
    from skow_desk.gui.persons.persons_view import PersonsView

    persons = PersonsView(db)
    for top in [view, persons, *all_dialogs(db, case_id)]:
        qtbot.addWidget(top)
        top.show()
        for tab in range(getattr(top, "tabs", None) and top.tabs.count() or 1):
            if hasattr(top, "tabs"):
                top.tabs.setCurrentIndex(tab)
            assert unnamed_controls(top) == [], type(top).__name__


@pytest.mark.parametrize("name,first,order", [
    ("IncidentDialog", "schoolCombo", ["reportedOnEdit", "occurredOnCheck", "occurredOnEdit",
                                       "reportedByEdit", "platformCombo", "descriptionEdit",
                                       "letterFactsEdit", "policeCheck", "articleA1",
                                       "articleA7", "articleB1", "articleC3", "categoryList",
                                       "newCategoryEdit"]),
    ("ConversationDialog", "heldOnEdit", ["personCombo", "presentEdit", "summaryEdit",
                                          "ownViewEdit", "agreementsEdit", "followUpCheck",
                                          "signatureOpenRadio", "refusalEdit", "sentCheck"]),
    ("MeasureDialog", "personCombo", ["kindCombo", "intentRadio", "decisionRadio",
                                      "decidedOnEdit", "noticeOnEdit", "reasonEdit",
                                      "startOnEdit", "endOnEdit", "internalCheck"]),
    ("PersonDialog", "roleCombo", ["schoolCombo", "salutationCombo", "firstNameEdit",
                                   "initialsEdit", "infixEdit", "lastNameEdit", "groupEdit",
                                   "addressEdit", "postcodeEdit", "cityEdit", "emailEdit"]),
])
def test_tab_order_follows_the_form(
    qtbot: Any, db: Any, case_id: int, name: str, first: str, order: list[str]
) -> None:
    dialog = next(d for d in all_dialogs(db, case_id) if type(d).__name__ == name)
    qtbot.addWidget(dialog)
    start = dialog.findChild(QWidget, first)
    assert start is not None
    seen: list[str] = []
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start and len(seen) < 500:
        if widget.objectName() in order and widget.objectName() not in seen:
            seen.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert seen == order


def test_closing_shows_the_required_tasks_still_open(
    qtbot: Any, app: Any, db: Any, dialogs: Dialogs, messages: Any
) -> None:
    from skow_desk.gui.cases.case_view import CaseView

    with db.transaction() as s:
        school = make_school(s)
        pupil = make_person(s, school)
        incident = make_incident(s, school, pupil)
        decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="Filmpje", start_on=date(2026, 11, 5), end_on=date(2026, 11, 6)))
        incident_id = incident.id
    view = CaseView(db, incident_id)
    qtbot.addWidget(view)
    assert not view.overview.task_done_button.isEnabled()
    assert view.overview.task_done_button.toolTip() == "Kies eerst een open taak in de lijst."
    dialogs.handlers.append(lambda prompt: prompt.accept())
    messages.answers.append(msgbox.Answer.YES)  # asked first (issue 13.3): "Toch afronden"
    click(qtbot, view.timeline.cards[StepKey.CLOSED].button)
    assert messages.asked[-1][1].startswith("Deze verplichte taak staat nog open:\n"
                                            "• Melding Inspectie")
    assert view.reopen_button.isVisibleTo(view)
