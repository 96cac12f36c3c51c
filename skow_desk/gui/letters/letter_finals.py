"""The letters window's final letters: make final (numbered, stored unchangeable), correct
by a new version, print and save as PDF; each print or saved file is logged.

A layer of :class:`skow_desk.gui.letters.letter_dialog.LetterDialog` above :mod:`letter_editing`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dates import set_value, short, value_of
from skow_desk.gui.common.dialog_base import save_in_transaction
from skow_desk.gui.common.pdf_preview import print_pdfs, safe_file_name, save_pdf_as
from skow_desk.gui.letters.dispatch_dialog import ask_dispatch
from skow_desk.gui.letters.letter_drafts import as_correction, clear_concept
from skow_desk.gui.letters.letter_editing import DraftEditing
from skow_desk.gui.letters.letter_lock_draft import DISPATCH, forget_letters
from skow_desk.letters.kinds import LETTER_KINDS
from skow_desk.letters.render import AddressWindow, render_letter
from skow_desk.services.audit import AuditAction, letter_output_text, record_now
from skow_desk.services.case_queries import read_only
from skow_desk.services.dispatch import Dispatch, earliest_dispatch, recipient_names
from skow_desk.services.letters import finalise_letter


class FinalLetters(DraftEditing):
    """Finalise, correct, print and save the letters of the chosen kind."""

    def _load_selection(self) -> None:
        """Show what exists for the chosen letter (the window itself defines it)."""
        raise NotImplementedError

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
        kept = self.pending.pop(DISPATCH, None)  # chosen before the program closed locked
        answer = ask_dispatch(self, text, names, way, earliest, kept)
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
        forget_letters(self.db, self.incident_id)
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
