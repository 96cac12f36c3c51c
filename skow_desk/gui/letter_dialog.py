"""Brieven: from the case to a draft, adjusted text, a final numbered PDF, print and save.

The director picks the person and the kind of letter, makes a draft (one per address when a
pupil's parents live apart), may adjust the text with a live preview, and makes it final: the
letter is numbered, rendered once and stored unchangeable. A final letter is only corrected by
a new version that names the one it replaces.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData
from skow_desk.gui import msgbox
from skow_desk.gui.dialogs.base import run_dialog, save_in_transaction
from skow_desk.gui.dialogs.dates import set_value, short, value_of
from skow_desk.gui.dialogs.dispatch_dialog import ask_dispatch
from skow_desk.gui.letter_drafts import (
    Concept,
    KindChoice,
    as_correction,
    clear_concept,
    concept_key,
    letter_choices,
    load_concept,
    paragraphs_to_text,
    save_concept,
    tab_title,
    text_to_paragraphs,
    with_paragraphs,
)
from skow_desk.gui.letter_facts_dialog import LetterFactsDialog
from skow_desk.gui.letter_legality import LegalityChecks
from skow_desk.gui.letter_preview import print_pdfs, safe_file_name, save_pdf_as
from skow_desk.gui.timers import EDIT_DELAY_MS, single_shot
from skow_desk.letters.kinds import LETTER_KINDS
from skow_desk.letters.render import AddressWindow, render_letter
from skow_desk.services.audit import AuditAction, letter_output_text, record_now
from skow_desk.services.case_queries import read_only
from skow_desk.services.dispatch import Dispatch, earliest_dispatch, recipient_names
from skow_desk.services.dossier import StoredLetter, stored_letters
from skow_desk.services.enclosures import enclosure_choices, enclosure_texts
from skow_desk.services.letter_facts import facts_state, set_letter_facts
from skow_desk.services.letter_replacement import (
    letters_replaced_by_correction,
    pair_replaced,
    replacement_paragraphs,
)
from skow_desk.services.letters import (
    address_window,
    draft_letters,
    finalise_letter,
    redate_letters,
    signer_for,
)
from skow_desk.store.db import Database


class LetterDialog(LegalityChecks):
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
        self.enclosures: set[int] = set()  # evidence ids chosen as Bijlage(n)
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

    # -- the choice ------------------------------------------------------------------------

    def person_id(self) -> int | None:
        """The person chosen."""
        value = self.person_combo.currentData()
        return int(value) if value is not None else None

    def choice(self) -> KindChoice | None:
        """The letter kind chosen, with its measure."""
        options = self.choices.kinds.get(self.person_id() or -1, ())
        index = self.kind_combo.currentIndex()
        return options[index] if 0 <= index < len(options) else None

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

    # -- drafts ----------------------------------------------------------------------------

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
            with read_only(self.db) as session:
                texts = enclosure_texts(enclosure_choices(session, self.incident_id),
                                        self.enclosures)
                drafts = draft_letters(session, choice.kind, self.incident_id, person,
                                       choice.measure_id, letter_date=value_of(self.date_edit),
                                       enclosures=texts)
                # a letter about a corrected measure replaces the letter about the original
                replaced = (letters_replaced_by_correction(session, choice.measure_id,
                                                           choice.kind)
                            if choice.measure_id is not None else [])
                replaces = pair_replaced(drafts, replaced)
                olds = {x.id: x for x in replaced}
                drafts = [d if old is None else replace(
                    d, paragraphs=replacement_paragraphs(d.paragraphs, olds[old]))
                    for d, old in zip(drafts, replaces, strict=True)]
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
        evidence enclosed; an unadjusted draft is made again with them."""
        with read_only(self.db) as session:
            facts, prefilled = facts_state(session, self.incident_id)
            choices = enclosure_choices(session, self.incident_id)
        dialog = LetterFactsDialog(facts, prefilled, choices, self.enclosures, self)
        if not run_dialog(dialog):
            return
        text = dialog.facts()
        if text != facts and not save_in_transaction(
                self, self.db, lambda session: set_letter_facts(session, self.incident_id, text)):
            return
        self.enclosures = dialog.chosen()
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

    # -- final letters ---------------------------------------------------------------------

    def finalise(self) -> None:
        """Definitief maken: number, render and store every letter of the set, in one go."""
        if not self.drafts or self.shown is None:
            return
        key, choice, person = self.shown
        if not self._apply_text():
            msgbox.error(self, self.tr("De brief heeft geen tekst. Vul de tekst aan of maak een "
                                       "nieuw concept."))
            return
        self.recheck()
        failing = [c for c in self.checks if c.blocks]
        if failing:
            msgbox.error(self, self.tr("De brief kan nog niet definitief worden gemaakt. Eerst in "
                                       "orde maken:\n") + "\n".join(
                f"• {c.label}: {c.detail} ({c.where})" for c in failing))
            return
        count = len(self.drafts)
        text = self.tr(
            "Na ‘Definitief maken’ krijgt de brief een nummer en wordt hij vastgelegd zoals u "
            "hem nu ziet. Daarna kan hij niet meer worden gewijzigd; een fout herstelt u alleen "
            "met een nieuwe versie (‘Corrigeren’).")
        if count > 1:
            text += self.tr("\n\nDit geldt voor alle {0} brieven (één per adres).").format(count)
        with read_only(self.db) as session:
            earliest = earliest_dispatch(session, choice.measure_id)
        names = [n for d in self.drafts for n in recipient_names(d)]
        way = "aangetekend" if self.drafts[0].postal_note else "post"
        answer = ask_dispatch(self, text, names, way, earliest)
        if answer is None:
            return
        sent_on, via = answer
        redated = self._redated(sent_on)
        if redated is None:
            return
        self.drafts = redated
        self.date_edit.blockSignals(True)
        set_value(self.date_edit, sent_on)
        self.date_edit.blockSignals(False)
        drafts, replaces, measure = list(self.drafts), list(self.replaces), choice.measure_id

        def work(session: Session) -> None:
            for data, old in zip(drafts, replaces, strict=True):
                dispatch = Dispatch(sent_on, via, "; ".join(recipient_names(data)))
                finalise_letter(session, data, self.incident_id, person, measure, old,
                                dispatch)

        if not save_in_transaction(self, self.db, work):
            return
        clear_concept(self.db, key)
        self._load_selection()
        self.note(self.tr("De brief is definitief gemaakt en opgeslagen in het dossier ({0}). "
                          "Hieronder ziet u hem zoals hij is opgeslagen.")
                  .format("; ".join(f.label for f in self.finals)))

    def _show_finals(self) -> None:
        sent = "; ".join(f.sent for f in self.finals if f.sent)
        self.note(self.tr("Deze brief is definitief ({0}; briefdatum {1}{2}). Wijzigen kan niet "
                          "meer; met ‘Corrigeren’ maakt u een nieuwe versie die de oude "
                          "vervangt.").format("; ".join(f.label for f in self.finals),
                                              short(self.finals[-1].letter_date),
                                              f"; {sent}" if sent else ""))
        self.warnings_label.hide()
        self._show_set()

    def correct(self) -> None:
        """Corrigeren: a new draft prefilled from the final letter(s), naming what it replaces."""
        if not self.finals:
            return
        finals = self.finals
        try:
            drafts = [as_correction(LetterData.from_json(f.data_json), f.number, f.letter_date,
                                    value_of(self.date_edit)) for f in finals]
        except DomainError as error:
            msgbox.error(self, error.message)
            return
        self._reset()
        self.drafts, self.replaces, self.edited = drafts, [f.id for f in finals], True
        self.note(self.tr("Correctie van brief {0}: pas de tekst aan en maak de nieuwe versie "
                           "definitief. De oude brief blijft in het dossier, met de vermelding "
                           "dat deze hem vervangt.").format(", ".join(f.number for f in finals)))
        self._show_set()
        self.edit_button.setChecked(True)

    # -- print, save, close ----------------------------------------------------------------

    def _all_pdfs(self) -> list[bytes]:
        if self.drafts:
            self._apply_text()
            window = self.window_position
            assert isinstance(window, AddressWindow)
            return [render_letter(d, window) for d in self.drafts]
        return [f.pdf for f in self.finals]

    def print_letters(self) -> None:
        """Afdrukken…: every letter of the set in one print job."""
        pdfs = self._all_pdfs()
        if pdfs and print_pdfs(self, pdfs):
            self._log_output("afgedrukt", [f.number for f in self.finals] if not self.drafts
                             else [])

    def save_as_pdf(self) -> None:
        """Opslaan als PDF…: the letter shown, as stored (or the draft, marked CONCEPT)."""
        self._apply_text()
        pdf = self.preview.pdf()
        choice = self.choice()
        if not pdf or choice is None:
            return
        index = max(self.tab_bar.currentIndex(), 0)
        number = self.finals[index].number if self.finals and not self.drafts else "concept"
        suffix = str(index + 1) if self.tab_bar.count() > 1 else ""
        saved = save_pdf_as(self, pdf, safe_file_name(
            self.choices.kenmerk, LETTER_KINDS[choice.kind].title, number, suffix))
        if saved is not None:
            self._log_output("opgeslagen als PDF", [] if number == "concept" else [number])

    def _log_output(self, how: str, numbers: list[str]) -> None:
        """Log a print or a saved file: which letters, not their text nor the file's place."""
        person = self.person_id()
        try:
            record_now(self.db, AuditAction.EXPORT, "incident", self.incident_id, person,
                       letter_output_text(self.choices.kenmerk, numbers, how))
        except DomainError as error:
            msgbox.error(self, error.message)

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
            super().reject()
