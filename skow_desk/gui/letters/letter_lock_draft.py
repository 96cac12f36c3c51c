"""The letters window kept when the window locks (``ontwerp.brieven.<melding>``).

At the lock, everything the director typed or chose in the Brieven window is written into the
encrypted database: the person and letter, the letter date, the letters of the set with their
adjusted text (also the text typed in the last 400 ms, before the preview followed it), and
what was typed in a dialog opened from the window — the "feiten voor de brief" with the ticked
enclosures, the reason for an urgent exception, the dispatch date and way (enclosures already
chosen are stored with the letter when chosen). When the program is then
closed from the lock screen, the next start opens the window again with all of it, a calm bar
that says so (Houden / Weggooien…), and the dialog that was open on top of it. The draft goes
once the window is closed (after its own question about an adjusted concept), the letter is
made final, or the director discards it.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dates import set_value, value_of
from skow_desk.gui.common.draft_notice import DraftNotice, attached_notice
from skow_desk.gui.common.translate import tr
from skow_desk.gui.letters.dispatch_dialog import DispatchDialog
from skow_desk.gui.letters.letter_checks import UrgentExceptionDialog
from skow_desk.gui.letters.letter_facts_dialog import LetterFactsDialog
from skow_desk.services.kept_drafts import drop_draft, letters_key
from skow_desk.store.db import Database

if TYPE_CHECKING:
    from skow_desk.gui.letters.letter_dialog import LetterDialog

FACTS, URGENT, DISPATCH = "feiten", "spoedreden", "verzending"



def _open(widget: QWidget) -> bool:
    return widget.isVisible() or bool(widget.property("hiddenByLock"))


def _children(dialog: LetterDialog) -> dict[str, Any]:
    """What is typed in the dialogs open on top of the letters window."""
    found: dict[str, Any] = {}
    for facts in dialog.findChildren(LetterFactsDialog):
        if _open(facts):
            found[FACTS] = {"tekst": facts.facts_edit.toPlainText(),
                            "bijlagen": sorted(facts.chosen())}
            found["open"] = FACTS
    for urgent in dialog.findChildren(UrgentExceptionDialog):
        if _open(urgent) and urgent.reason_edit.toPlainText().strip():
            found[URGENT] = urgent.reason_edit.toPlainText()
            found["open"] = URGENT
    for sending in dialog.findChildren(DispatchDialog):
        if _open(sending):
            sent_on, way = sending.value()
            found[DISPATCH] = {"datum": sent_on.isoformat(), "wijze": way}
    return found


def letter_draft(dialog: LetterDialog) -> dict[str, Any] | None:
    """Everything typed or chosen in ``dialog``; None when there is nothing to keep."""
    children = _children(dialog)
    pending = dict(dialog.pending)  # restored earlier and not yet used: still unsaved
    pending.update(children)
    if not (dialog.drafts or pending):  # the chosen enclosures are stored when chosen
        return None
    shown = dialog.shown
    editing = dialog.editing and bool(dialog.drafts)
    return {
        "zaak": dialog.incident_id,
        "kenmerk": dialog.choices.kenmerk,
        "titel": dialog.windowTitle(),
        "venster_maatregel": dialog.measure_id,
        "persoon": shown[2] if shown is not None else dialog.person_id(),
        "soort": shown[1].kind if shown is not None else None,
        "maatregel": shown[1].measure_id if shown is not None else None,
        "datum": value_of(dialog.date_edit).isoformat(),
        "brieven": [json.loads(letter.to_json()) for letter in dialog.drafts],
        "vervangt": list(dialog.replaces),
        "aangepast": dialog.edited or editing,
        "bewerken": editing,
        "tekst": dialog.text_edit.toPlainText() if editing else "",
        "tab": max(dialog.tab_bar.currentIndex(), 0),
        "open": children.get("open"),
        **{key: pending[key] for key in (FACTS, URGENT, DISPATCH) if key in pending},
    }


def forget_letters(db: Database, incident_id: int) -> None:
    """The letters window was settled: its kept draft goes."""
    with db.transaction() as session:
        drop_draft(session, letters_key(incident_id))


def texts_of(draft: dict[str, Any]) -> list[str]:
    """The typed texts of a draft, for when the window cannot show them in place."""
    texts = [str(draft.get("tekst") or "")]
    facts = draft.get(FACTS)
    if isinstance(facts, dict):
        texts.append(str(facts.get("tekst", "")))
    texts.append(str(draft.get(URGENT) or ""))
    if not texts[0].strip():
        for letter in draft.get("brieven", [])[:1]:
            if isinstance(letter, dict):
                texts.append("\n\n".join(str(p) for p in letter.get("paragraphs", [])))
    return [text for text in texts if text.strip()]


def _select(dialog: LetterDialog, draft: dict[str, Any]) -> bool:
    """Choose the draft's person and letter in the window; False when they are not offered."""
    person = draft.get("persoon")
    row = dialog.person_combo.findData(person) if isinstance(person, int) else -1
    if not isinstance(person, int) or row < 0:
        return False
    options = dialog.choices.kinds.get(person, ())
    kind = next((i for i, c in enumerate(options) if c.kind == draft.get("soort")
                 and c.measure_id == draft.get("maatregel")), -1)
    if draft.get("soort") is not None and kind < 0:
        return False
    dialog.select_rows(row, max(kind, 0), dialog.choices.kinds)
    dialog._load_selection()
    return True


def _letters(draft: dict[str, Any]) -> list[LetterData]:
    try:
        return [LetterData.from_json(json.dumps(item)) for item in draft.get("brieven", [])]
    except DomainError:
        return []


def restore_letters(dialog: LetterDialog, draft: dict[str, Any]) -> bool:
    """Put a kept draft back into a freshly opened letters window; False when that is not
    possible (the person or letter is no longer offered), after showing the typed text."""
    letters = _letters(draft)
    if not _select(dialog, draft) or (draft.get("brieven") and not letters):
        msgbox.information(dialog, tr(
            "De brief die u aan het maken was, kon niet opnieuw worden geopend (de persoon of de "
            "maatregel is veranderd). Dit had u getypt:\n\n{0}").format(
            "\n\n".join(texts_of(draft)) or "—"), title=tr("Bewaarde tekst"))
        return False
    try:
        day = date.fromisoformat(str(draft.get("datum")))
    except ValueError:
        day = value_of(dialog.date_edit)
    dialog.date_edit.blockSignals(True)
    set_value(dialog.date_edit, day)
    dialog.date_edit.blockSignals(False)
    if letters and dialog.shown is not None:
        dialog._reset()
        dialog.show_warnings(dialog.shown[1].warnings)
        dialog.drafts = letters
        dialog.replaces = [r if isinstance(r, int) else None for r in draft.get("vervangt", [])]
        dialog.replaces += [None] * (len(letters) - len(dialog.replaces))
        dialog._show_set()
        dialog.tab_bar.setCurrentIndex(min(int(draft.get("tab", 0)), len(letters) - 1))
        if draft.get("bewerken"):
            dialog.edit_button.setChecked(True)
            dialog.text_edit.setPlainText(str(draft.get("tekst", "")))  # the preview follows
        dialog.edited = bool(draft.get("aangepast"))
    dialog.pending = {key: draft[key] for key in (FACTS, URGENT, DISPATCH) if draft.get(key)}
    _offer(dialog, draft)
    reopen = {FACTS: dialog.edit_facts, URGENT: dialog.record_exception}.get(
        str(draft.get("open")))
    if reopen is not None:  # the dialog that was open comes back on top, with its text
        QTimer.singleShot(0, reopen)
    return True


def _what(dialog: LetterDialog, draft: dict[str, Any]) -> list[str]:
    parts = []
    if draft.get("brieven"):
        parts.append(tr("de aangepaste tekst van de brief") if draft.get("aangepast")
                     else tr("het concept van de brief"))
    if FACTS in dialog.pending:
        parts.append(tr("de feiten voor de brief met de gekozen bijlagen (nog niet "
                         "opgeslagen)"))
    if URGENT in dialog.pending:
        parts.append(tr("de reden voor de spoeduitzondering (nog niet vastgelegd)"))
    if DISPATCH in dialog.pending:
        parts.append(tr("de verzenddatum en de wijze van verzending (bij ‘Definitief "
                         "maken…’)"))
    return parts


def _offer(dialog: LetterDialog, draft: dict[str, Any]) -> None:
    parts = _what(dialog, draft)
    listed = ", ".join(parts[:-1]) + tr(" en ") + parts[-1] if len(parts) > 1 else \
        "".join(parts)
    letters_notice(dialog).offer(tr(
        "Toen SKOW Desk vergrendeld werd afgesloten, was deze brief nog niet klaar. Wat u had "
        "getypt en gekozen, is teruggezet: {0}. Kies ‘Houden’ om verder te gaan, of gooi het "
        "weg.").format(listed or tr("de gekozen brief")))


def letters_notice(dialog: LetterDialog) -> DraftNotice:
    """The window's bar for a restored draft (made the first time it is needed)."""

    def discard() -> None:
        dialog.pending = {}
        dialog._load_selection()
        forget_letters(dialog.db, dialog.incident_id)

    return attached_notice(
        dialog, "lettersDraftNotice", dialog.signer_label,
        tr("Wat na het vergrendelen is teruggezet weggooien? De brief gaat terug naar wat er "
           "is opgeslagen."), discard)
