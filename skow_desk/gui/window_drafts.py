"""Everything typed and not yet saved, kept at the lock and offered again at the next start.

Three places hold such text: form dialogs (:mod:`skow_desk.gui.common.drafts`), a case's Melding tab
(:mod:`skow_desk.gui.cases.case_drafts`) and the Brieven window with the dialogs opened from it
(:mod:`skow_desk.gui.letters.letter_lock_draft`). The main window calls :func:`keep_all` when it
locks, :func:`forget_all` when it is unlocked (the widgets themselves come back), and
:func:`offer_all` at start-up, when the program was closed while locked.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QWidget

from skow_desk.gui.common import msgbox
from skow_desk.gui.common.drafts import (
    announce,
    clear_drafts,
    offer_drafts,
    open_form_dialogs,
    read_drafts,
    store_drafts,
)
from skow_desk.gui.common.translate import tr
from skow_desk.services.kept_drafts import (
    LETTERS_PREFIX,
    MELDING_PREFIX,
    drop_all_drafts,
    drop_draft,
    incident_of,
    keep_draft,
    kept_drafts,
    letters_key,
    melding_key,
)

if TYPE_CHECKING:
    from skow_desk.gui.letters.letter_dialog import LetterDialog
    from skow_desk.gui.main_window import MainWindow

log = logging.getLogger(__name__)



def _inside_letters(widget: QWidget) -> bool:
    from skow_desk.gui.letters.letter_dialog import LetterDialog

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, LetterDialog):
            return True
        parent = parent.parentWidget()
    return False


def letter_windows(window: QWidget) -> list[LetterDialog]:
    """The Brieven windows opened from ``window``, on screen or hidden by the lock."""
    from skow_desk.gui.common.drafts import _belongs_to
    from skow_desk.gui.letters.letter_dialog import LetterDialog

    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, LetterDialog) and _belongs_to(w, window)
            and (w.isVisible() or w.property("hiddenByLock"))]


def keep_all(window: MainWindow) -> None:
    """At the lock: write every unsaved text of ``window`` into the database."""
    from skow_desk.gui.cases.case_drafts import melding_draft
    from skow_desk.gui.cases.case_view import CaseView
    from skow_desk.gui.letters.letter_lock_draft import letter_draft

    db = window.db
    dialogs = [d for d in open_form_dialogs(window) if not _inside_letters(d)]
    with db.transaction() as session:
        drop_all_drafts(session)
        for incident_id, case in window.cases.items():
            draft = melding_draft(case) if isinstance(case, CaseView) else None
            if draft is not None:
                keep_draft(session, melding_key(incident_id), draft)
        for letters in letter_windows(window):
            kept = letter_draft(letters)
            if kept is not None:
                keep_draft(session, letters_key(letters.incident_id), kept)
    if dialogs:
        store_drafts(db, dialogs)
    else:
        clear_drafts(db)


def forget_all(window: MainWindow) -> None:
    """After unlocking: the dialogs, tabs and windows are back, so their drafts go."""
    if read_drafts(window.db):
        clear_drafts(window.db)
    with window.db.transaction() as session:
        drop_all_drafts(session)


def forget_case(window: MainWindow, incident_id: int) -> None:
    """A case tab closed (its edits saved or discarded): its Melding draft goes."""
    with window.db.transaction() as session:
        drop_draft(session, melding_key(incident_id))


def offer_all(window: MainWindow) -> int:
    """At start-up: put every kept text back where it was typed; how many places."""
    with window.db.sessions() as session:
        meldings = kept_drafts(session, MELDING_PREFIX)
        letters = kept_drafts(session, LETTERS_PREFIX)
    dialogs = read_drafts(window.db)
    if not (meldings or letters or dialogs):
        return 0
    titles = [tr("Melding {0}").format(d.get("kenmerk", "")) for d in meldings.values()]
    titles += [str(d.get("titel", "")) for d in dialogs]
    titles += [str(d.get("titel", "")) for d in letters.values()]
    announce(window, titles)
    for key, draft in meldings.items():
        _restore_melding(window, key, draft)
    count = len(meldings) + offer_drafts(window.db, window, announced=True)
    for key, draft in letters.items():
        _restore_letters(window, key, draft)
    return count + len(letters)


def _case(window: MainWindow, key: str) -> Any:
    from skow_desk.gui.cases.case_view import CaseView

    incident_id = incident_of(key)
    if incident_id is None:
        return None
    window.open_case(incident_id)
    case = window.cases.get(incident_id)
    return case if isinstance(case, CaseView) and case.case is not None else None


def _show_texts(window: MainWindow, key: str, title: str, texts: list[str]) -> None:
    msgbox.information(window, tr("«{0}» kon niet opnieuw worden geopend. Dit had u "
                                   "getypt:\n\n{1}").format(title, "\n\n".join(texts) or "—"),
                       title=tr("Bewaarde tekst"))
    with window.db.transaction() as session:
        drop_draft(session, key)


def _restore_melding(window: MainWindow, key: str, draft: Any) -> None:
    from skow_desk.gui.cases.case_drafts import restore_melding

    case = _case(window, key)
    if case is None or not isinstance(draft, dict):
        fields = draft.get("velden", {}) if isinstance(draft, dict) else {}
        _show_texts(window, key, tr("Melding"), [
            str(v) for v in fields.values() if isinstance(v, str) and v.strip()])
        return
    restore_melding(case, draft)


def _restore_letters(window: MainWindow, key: str, draft: Any) -> None:
    from skow_desk.gui.letters.letter_lock_draft import texts_of

    case = _case(window, key)
    if case is None or not isinstance(draft, dict):
        _show_texts(window, key, tr("Brieven"),
                    texts_of(draft) if isinstance(draft, dict) else [])
        return
    case.open_letters_with(draft)
