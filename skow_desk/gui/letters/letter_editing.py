"""The letters window's drafts: made from the case, adjusted with a live preview, redated.

A layer of :class:`skow_desk.gui.letters.letter_dialog.LetterDialog` (above the legality check,
below the final letters of :mod:`skow_desk.gui.letters.letter_finals`), so each part stays readable.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from sqlalchemy.orm import Session

from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dates import value_of
from skow_desk.gui.common.dialog_base import run_dialog, save_in_transaction
from skow_desk.gui.letters.letter_drafts import (
    KindChoice,
    LetterChoices,
    clear_concept,
    paragraphs_to_text,
    tab_title,
    text_to_paragraphs,
    with_paragraphs,
)
from skow_desk.gui.letters.letter_facts_dialog import LetterFactsDialog
from skow_desk.gui.letters.letter_legality import LegalityChecks
from skow_desk.gui.letters.letter_lock_draft import FACTS
from skow_desk.letters.render import AddressWindow, render_letter
from skow_desk.services.case_queries import read_only
from skow_desk.services.enclosures import enclosure_choices, set_enclosures
from skow_desk.services.letter_facts import facts_state, set_letter_facts
from skow_desk.services.letter_replacement import with_replacements
from skow_desk.services.letters import draft_letters, redate_letters


class DraftEditing(LegalityChecks):
    """The drafts on screen: make, adjust, preview and redate them."""

    choices: LetterChoices
    window_position: object
    replaces: list[int | None]
    edited: bool  # the text was adjusted and is not kept anywhere yet
    kept: bool  # the drafts are a concept kept from an earlier session
    editing: bool  # the text field is open and drives the drafts
    enclosures: set[int]  # evidence ids stored as Bijlage(n) of the letter
    pending: dict[str, Any]  # typed in a dialog on top, kept at a lock
    _timer: QTimer  # the preview follows the typing after a pause

    def person_id(self) -> int | None:
        """The person chosen."""
        value = self.person_combo.currentData()
        return int(value) if value is not None else None

    def choice(self) -> KindChoice | None:
        """The letter kind chosen, with its measure."""
        options = self.choices.kinds.get(self.person_id() or -1, ())
        index = self.kind_combo.currentIndex()
        return options[index] if 0 <= index < len(options) else None

    def _reset(self) -> None:
        self._timer.stop()
        self.checks = []
        self.drafts, self.replaces, self.finals = [], [], []
        self.edited = self.kept = False
        self.edit_button.setChecked(False)
        self.note_label.hide()
        self.warnings_label.hide()
        self.text_problem.hide()
        while self.tab_bar.count():
            self.tab_bar.removeTab(0)
        self.preview.clear()

    def make_draft(self) -> None:
        """Concept maken: build the letter(s) from the case and the template."""
        if self.shown is None:
            return
        key, choice, person = self.shown
        if (self.edited or self.kept) and not msgbox.confirm(self, self.tr(
                "Er staat al een aangepast concept klaar. Een nieuw concept vervangt het, met "
                "de tekst zoals het sjabloon die maakt; uw aanpassingen vervallen."),
                yes=self.tr("Nieuw concept maken"), no=self.tr("Niet doen")):
            return
        if self.finals and not self.drafts and not msgbox.confirm(self, self.tr(
                "Deze brief is al definitief (nummer {0}). Een nieuw concept wordt een aparte, "
                "nieuwe brief. Wilt u de bestaande brief verbeteren, kies dan ‘Corrigeren’.")
                .format(", ".join(f.number for f in self.finals)),
                yes=self.tr("Nieuwe brief maken"), no=self.tr("Annuleren")):
            return
        try:
            with read_only(self.db) as session:  # the stored enclosures (Bijlage(n))
                drafts = draft_letters(session, choice.kind, self.incident_id, person,
                                       choice.measure_id, letter_date=value_of(self.date_edit))
                # a letter about a corrected measure replaces the letter about the original
                drafts, replaces = with_replacements(session, drafts, choice.measure_id,
                                                     choice.kind)
        except DomainError as error:
            msgbox.error(self, error.message)
            return
        clear_concept(self.db, key)
        self._reset()
        self.show_warnings(choice.warnings)
        self.drafts, self.replaces = drafts, replaces
        if len(drafts) > 1:
            self.note(self.tr("Deze brief gaat naar {0} geadresseerden: de ouders met gezag (een "
                              "brief per adres) en, in het VO of vanaf 18 jaar, de leerling zelf. "
                              "Elke brief noemt de anderen. Aanpassingen gelden voor alle "
                              "brieven.").format(len(drafts)))
        self._show_set()

    def edit_facts(self) -> None:
        """Feiten en bijlagen…: the facts the letters state (stored with the incident) and the
        evidence enclosed (stored with the chosen letter); an unadjusted draft is made again
        with them."""
        with read_only(self.db) as session:
            facts, prefilled = facts_state(session, self.incident_id)
            choices = enclosure_choices(session, self.incident_id)
        typed, ticked = facts, self.enclosures
        kept = self.pending.pop(FACTS, None)  # typed before the program closed locked
        if isinstance(kept, dict):
            typed, ticked = str(kept.get("tekst", facts)), set(kept.get("bijlagen", ticked))
        dialog = LetterFactsDialog(typed, prefilled, choices, ticked, self)
        if not run_dialog(dialog):
            return
        text, chosen = dialog.facts(), dialog.chosen()
        letter = self.shown

        def work(session: Session) -> None:
            if text != facts:
                set_letter_facts(session, self.incident_id, text)
            if letter is not None and chosen != self.enclosures:
                set_enclosures(session, self.incident_id, letter[2], letter[1].kind, chosen)

        if (text != facts or chosen != self.enclosures) and not save_in_transaction(
                self, self.db, work):
            return
        if letter is not None:
            self.enclosures = chosen
        if self.drafts and not (self.edited or self.kept) and not any(self.replaces):
            self.make_draft()
        elif self.drafts:
            self.note(self.tr("De feiten en bijlagen zijn opgeslagen. Uw aangepaste concept "
                              "blijft staan; maak een nieuw concept om ze te gebruiken."))

    def _show_set(self) -> None:
        titles = [tab_title(i, len(self.drafts), d) for i, d in enumerate(self.drafts)]
        for index, final in enumerate([] if self.drafts else self.finals):
            try:
                titles.append(tab_title(index, len(self.finals),
                                        LetterData.from_json(final.data_json)))
            except DomainError:  # the stored PDF stays valid even if its data cannot be read
                titles.append(self.tr("Brief {0}").format(final.number))
        self.set_tabs(titles)
        self._show_current()
        self.recheck()

    def _show_current(self, keep_position: bool = False) -> None:
        index = max(self.tab_bar.currentIndex(), 0)
        if self.drafts:
            window = self.window_position
            assert isinstance(window, AddressWindow)
            try:
                pdf = render_letter(self.drafts[index], window)
            except DomainError as error:
                self.problem(error.message)
                return
            self.preview.show_pdf(pdf, keep_position)
        elif self.finals:
            self.preview.show_pdf(self.finals[index].pdf, keep_position)

    def _toggle_editor(self, on: bool) -> None:
        if not on:
            self._apply_text()
        self.editing = on and bool(self.drafts)
        self.editor.setVisible(self.editing)
        if self.editing:
            self.text_edit.blockSignals(True)
            self.text_edit.setPlainText(paragraphs_to_text(self.drafts[0].paragraphs))
            self.text_edit.blockSignals(False)
            self.text_edit.setFocus()

    def _text_changed(self) -> None:
        self.edited = True
        self._timer.start()

    def _apply_text(self) -> bool:
        """Put the edited text in the drafts and re-render; False when it is empty."""
        self._timer.stop()
        if not self.drafts or not self.editing:
            return True
        paragraphs = text_to_paragraphs(self.text_edit.toPlainText())
        if not paragraphs:
            self.problem(self.tr("De brief heeft geen tekst; het voorbeeld toont de laatste "
                                  "tekst."))
            return False
        self.problem("")
        if paragraphs != self.drafts[0].paragraphs:
            self.drafts = with_paragraphs(self.drafts, paragraphs)
            self._show_current(keep_position=True)
            self.recheck()
        return True

    def _date_changed(self) -> None:
        """A new letter date: the deadlines in the drafts count from it (text edits kept)."""
        if self.drafts:
            redated = self._redated(value_of(self.date_edit))
            if redated is not None:
                self.drafts = redated
                self._show_current(keep_position=True)

    def _redated(self, on: date) -> list[LetterData] | None:
        """The drafts dated ``on`` with every term counted from it; None (and a message) when
        that cannot be done."""
        if self.shown is None:
            return [replace(d, letter_date=on) for d in self.drafts]
        _key, choice, person = self.shown
        try:
            with read_only(self.db) as session:
                return redate_letters(session, self.drafts, choice.kind, self.incident_id,
                                      person, choice.measure_id, on)
        except DomainError as error:
            msgbox.error(self, error.message)
            return None
