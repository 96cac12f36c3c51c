"""Brieven: from the case to a draft, adjusted text, a final numbered PDF, print and save.

The director picks the person and the kind of letter, makes a draft (one per address when a
pupil's parents live apart), may adjust the text with a live preview, and makes it final: the
letter is numbered, rendered once and stored unchangeable. A final letter is only corrected by
a new version that names the one it replaces.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.timers import EDIT_DELAY_MS, single_shot
from skow_desk.gui.letters.letter_drafts import (
    Concept,
    KindChoice,
    concept_key,
    letter_choices,
    load_concept,
    save_concept,
)
from skow_desk.gui.letters.letter_finals import FinalLetters
from skow_desk.gui.letters.letter_lock_draft import forget_letters
from skow_desk.services.case_queries import read_only
from skow_desk.services.dossier import StoredLetter, stored_letters
from skow_desk.services.enclosures import chosen_enclosures
from skow_desk.services.letters import address_window, signer_for
from skow_desk.store.db import Database


class LetterDialog(FinalLetters):
    """The letters window of one case (optionally opened for one measure)."""

    def __init__(self, db: Database, incident_id: int, measure_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.incident_id, self.measure_id = db, incident_id, measure_id
        self.drafts: list[LetterData] = []
        self.replaces: list[int | None] = []
        self.finals: list[StoredLetter] = []
        self.edited = False  # the text was adjusted and is not kept anywhere yet
        self.kept = False  # the drafts are a concept kept from an earlier session
        self.editing = False  # the text field is open and drives the drafts
        self.shown: tuple[str, KindChoice, int] | None = None  # key, kind, person on screen
        self.enclosures: set[int] = set()  # evidence ids stored as Bijlage(n) of the letter
        self.pending: dict[str, Any] = {}  # typed in a dialog on top, kept at a lock
        self._indexes = (-1, -1)  # person and kind combo rows on screen, to go back on Annuleren
        self._timer = single_shot(self, self._apply_text, EDIT_DELAY_MS)
        self._add_signer_label()
        self._load_choices()
        self._connect()
        self._load_selection()

    def _add_signer_label(self) -> None:
        """Who signs the chosen letter, and on whose behalf (Awb 10:10), above the preview."""
        self.signer_label = QLabel(self)
        self.signer_label.setObjectName("signerLabel")
        self.signer_label.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.note_label), self.signer_label)
        self.signer_label.hide()

    def _show_signer(self, person: int | None, choice: KindChoice | None) -> None:
        if person is None or choice is None:
            self.signer_label.hide()
            return
        try:
            with read_only(self.db) as session:
                signer = signer_for(session, self.incident_id, person, choice.measure_id)
        except DomainError as error:
            self.signer_label.setText(error.message)
        else:
            self.signer_label.setText(signer.describe())
            self.signer_label.setProperty("role", "warning" if signer.problem else "")
        self.signer_label.show()

    def _load_choices(self) -> None:
        with read_only(self.db) as session:
            self.choices = letter_choices(session, self.incident_id, self.measure_id)
            self.window_position = address_window(session)
        self.setWindowTitle(self.tr("Brieven — zaak {0}").format(self.choices.kenmerk))
        for person_id, label in self.choices.persons:
            self.person_combo.addItem(label, person_id)
            if person_id == self.choices.preferred_person:
                self.person_combo.setCurrentIndex(self.person_combo.count() - 1)
        self.fill_kinds(self.choices.kinds.get(self.person_id() or -1, ()))

    def _connect(self) -> None:
        self.person_combo.currentIndexChanged.connect(self._person_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.draft_button.clicked.connect(self.make_draft)
        self.facts_button.clicked.connect(self.edit_facts)
        self.tab_bar.currentChanged.connect(lambda _i: self._show_current())
        self.edit_button.toggled.connect(self._toggle_editor)
        self.text_edit.textChanged.connect(self._text_changed)
        self.finalise_button.clicked.connect(self.finalise)
        self.correct_button.clicked.connect(self.correct)
        self.print_button.clicked.connect(self.print_letters)
        self.save_pdf_button.clicked.connect(self.save_as_pdf)
        self.close_button.clicked.connect(self.reject)

    def _key(self) -> str | None:
        person, choice = self.person_id(), self.choice()
        if person is None or choice is None:
            return None
        return concept_key(self.incident_id, choice.kind, person)

    def _person_changed(self) -> None:
        if not self._settle_edits():
            self.select_rows(*self._indexes, self.choices.kinds)
            return
        self.fill_kinds(self.choices.kinds.get(self.person_id() or -1, ()))
        self._load_selection()

    def _kind_changed(self) -> None:
        if not self._settle_edits():
            self.select_rows(*self._indexes, self.choices.kinds)
            return
        self._load_selection()

    def _load_selection(self) -> None:
        """Show what exists for the chosen letter: a kept concept, the final letter, or nothing."""
        self._reset()
        self._indexes = (self.person_combo.currentIndex(), self.kind_combo.currentIndex())
        choice, key, person = self.choice(), self._key(), self.person_id()
        self.draft_button.setEnabled(choice is not None)
        if choice is None or key is None or person is None:
            self.shown = None
            if not self.choices.persons:
                self.note(self.tr("Een brief gaat over de veroorzaker. Voeg eerst bij "
                                   "‘Betrokkenen’ de persoon toe die het bericht plaatste."))
            self.set_buttons(bool(self.drafts), bool(self.finals) and not self.drafts)
            return
        self.shown = (key, choice, person)
        with read_only(self.db) as session:
            self.enclosures = chosen_enclosures(session, self.incident_id, person, choice.kind)
        self._show_signer(person, choice)
        self.show_warnings(choice.warnings)
        concept = load_concept(self.db, key)
        if concept is not None and concept.measure_id == choice.measure_id:
            self.drafts = list(concept.letters)
            self.replaces = [concept.replaces_for(i) for i in range(len(self.drafts))]
            self.kept = True
            self.note(self.tr("Uw eerder aangepaste concept is teruggezet."))
            self._show_set()
            return
        try:
            with read_only(self.db) as session:
                self.finals = stored_letters(session, self.incident_id, person, choice.kind)
        except DomainError as error:
            msgbox.error(self, error.message)
        if self.finals:
            self._show_finals()
        self.set_buttons(bool(self.drafts), bool(self.finals) and not self.drafts)

    def _settle_edits(self) -> bool:
        """Before leaving an adjusted draft: keep it as concept, drop it, or stay (False)."""
        if not (self.edited and self.drafts):
            return True
        self._apply_text()
        answer = msgbox.ask_save(self, self.tr(
            "U heeft de tekst van dit concept aangepast, maar de brief is nog niet definitief. "
            "Wilt u het aangepaste concept bewaren? Het komt dan terug als u deze brief weer "
            "opent."))
        if answer is msgbox.Answer.CANCEL:
            return False
        if answer is msgbox.Answer.SAVE and self.shown is not None:
            key, choice, _person = self.shown
            save_concept(self.db, key, Concept(tuple(self.drafts), choice.measure_id,
                                               tuple(self.replaces)))
        self.edited = False
        return True

    def reject(self) -> None:
        """Sluiten, Esc and the window's cross (Qt's closeEvent calls this): ask first about an
        adjusted draft; the window stays open on Annuleren."""
        if self._settle_edits():
            forget_letters(self.db, self.incident_id)  # a draft kept at a lock is settled too
            super().reject()
