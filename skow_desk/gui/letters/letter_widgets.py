"""The widgets and layout of the letters window; :mod:`letter_dialog` adds the behaviour.

Kept apart so the window's logic stays readable; the attribute names are what tests click.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from skow_desk.gui.common.dates import setup_date
from skow_desk.gui.common.pdf_preview import PdfPreview
from skow_desk.gui.common.widgets import make_button

WARNING_STYLE = ("background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; "
                 "padding: 6px; color: #4a3b00;")
NOTE_STYLE = "color: #1b4f72; padding: 2px 0;"
PROBLEM_STYLE = "color: #a4262c;"


class Titled(Protocol):
    """A choice with a title (the letter kinds offered)."""

    @property
    def title(self) -> str: ...


class LetterWindow(QDialog):
    """The letters window's widgets: choice row, notices, tabs, text and preview, buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.resize(1180, 860)
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("letterPersonCombo")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("letterKindCombo")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("letterDateEdit")
        setup_date(self.date_edit)
        self.draft_button = make_button(self, self.tr("Concept &maken"), "makeDraftButton")
        self.facts_button = make_button(self, self.tr("&Feiten en bijlagen…"), "letterFactsButton")
        self.facts_button.setToolTip(self.tr(
            "De feiten zoals de brief ze noemt (zonder namen van anderen) en de bewijsstukken "
            "die als bijlage meegaan."))
        self.warnings_label = self._label("letterWarnings", WARNING_STYLE)
        self.note_label = self._label("letterNote", NOTE_STYLE)
        self.tab_bar = QTabBar(self)
        self.tab_bar.setObjectName("letterTabs")
        self.tab_bar.setDocumentMode(True)
        self.tab_bar.setExpanding(False)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("letterTextEdit")
        self.text_edit.setAccessibleName(self.tr("Tekst van de brief"))
        self.text_problem = self._label("letterTextProblem", PROBLEM_STYLE)
        self.preview = PdfPreview(self, self.tr(
            "Kies de persoon en de brief, en klik op ‘Concept maken’ om de brief hier te zien."))
        self.edit_button = make_button(self, self.tr("Tekst &aanpassen"), "editTextButton")
        self.edit_button.setCheckable(True)
        self.finalise_button = make_button(self, self.tr("&Definitief maken…"), "finaliseButton")
        self.correct_button = make_button(self, self.tr("&Corrigeren…"), "correctButton")
        self.print_button = make_button(self, self.tr("Af&drukken…"), "printButton")
        self.print_button.setToolTip(self.tr("Drukt alle brieven van deze set af (één per adres)."))
        self.save_pdf_button = make_button(self, self.tr("Opslaan als &PDF…"), "savePdfButton")
        self.close_button = make_button(self, self.tr("Sluiten"), "closeLettersButton")
        self.check_title = QLabel(self.tr("Rechtmatigheidstoets"), self)
        self.check_title.setObjectName("legalityTitle")
        self.check_title.setWordWrap(True)
        self.check_list = QListWidget(self)
        self.check_list.setObjectName("legalityList")
        self.check_list.setWordWrap(True)
        self.check_list.setAccessibleName(self.tr("Rechtmatigheidstoets"))
        self.recheck_button = make_button(self, self.tr("Opnieuw &toetsen"), "recheckButton")
        self.exception_button = make_button(self, self.tr("Spoed&uitzondering…"),
                                            "urgentExceptionButton")
        self.exception_button.setToolTip(self.tr(
            "Alleen bij spoed, bijvoorbeeld eerst schorsen en dezelfde dag horen: leg de reden "
            "schriftelijk vast. Zij komt in het logboek."))
        self._build_layout()

    def _label(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.hide()
        return label

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Persoon:"), self.person_combo)
        form.addRow(self.tr("&Brief:"), self.kind_combo)
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addStretch(1)
        when.addWidget(self.facts_button)
        when.addWidget(self.draft_button)
        date_label = QLabel(self.tr("Briefdatu&m:"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, when)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Een lege regel begint een nieuwe alinea. Het voorbeeld rechts "
                              "volgt uw tekst."), editor)
        hint.setWordWrap(True)
        editor_layout.addWidget(hint)
        editor_layout.addWidget(self.text_edit, 1)
        editor_layout.addWidget(self.text_problem)
        self.editor = editor
        editor.hide()
        splitter = QSplitter(self)
        splitter.setObjectName("letterSplitter")
        checks = QWidget(self)
        checks.setObjectName("legalityPanel")
        checks_layout = QVBoxLayout(checks)
        checks_layout.setContentsMargins(0, 0, 0, 0)
        checks_layout.addWidget(self.check_title)
        checks_layout.addWidget(self.check_list, 1)
        check_buttons = QHBoxLayout()
        check_buttons.addWidget(self.recheck_button)
        check_buttons.addWidget(self.exception_button)
        checks_layout.addLayout(check_buttons)
        checks.setMinimumWidth(260)
        self.checks_panel = checks
        splitter.addWidget(editor)
        splitter.addWidget(self.preview)
        splitter.addWidget(checks)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.finalise_button, self.correct_button,
                       self.print_button, self.save_pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.tab_bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # -- small updates the dialog makes ----------------------------------------------------

    def fill_kinds(self, choices: Sequence[Titled], select: int = 0) -> None:
        """Offer ``choices`` as letter kinds (without signalling a change)."""
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for choice in choices:
            self.kind_combo.addItem(choice.title)
        self.kind_combo.setCurrentIndex(select if choices else -1)
        self.kind_combo.blockSignals(False)

    def select_rows(self, person: int, kind: int,
                    kinds: Mapping[int, Sequence[Titled]]) -> None:
        """Go back to the person and kind on screen (after Annuleren), without signals."""
        self.person_combo.blockSignals(True)
        self.person_combo.setCurrentIndex(person)
        self.person_combo.blockSignals(False)
        data = self.person_combo.currentData()
        self.fill_kinds(kinds.get(int(data) if data is not None else -1, ()), kind)

    def note(self, text: str) -> None:
        """A calm notice above the letter."""
        self.note_label.setText(text)
        self.note_label.show()

    def show_warnings(self, warnings: Sequence[str]) -> None:
        """The measure's warnings above the letter (hidden when there are none)."""
        self.warnings_label.setText(self.tr("Let op voordat u de brief definitief maakt:\n")
                                    + "\n".join(f"• {w}" for w in warnings))
        self.warnings_label.setVisible(bool(warnings))

    def problem(self, text: str) -> None:
        """A problem with the adjusted text, in red under it (hidden when empty)."""
        self.text_problem.setText(text)
        self.text_problem.setVisible(bool(text))

    def set_tabs(self, titles: Sequence[str]) -> None:
        """One tab per letter of the set."""
        self.tab_bar.blockSignals(True)
        while self.tab_bar.count():
            self.tab_bar.removeTab(0)
        for title in titles:
            self.tab_bar.addTab(title)
        self.tab_bar.blockSignals(False)

    def set_buttons(self, has_draft: bool, has_final: bool) -> None:
        """Enable what fits: a draft can be edited and made final, a final letter corrected."""
        self.edit_button.setEnabled(has_draft)
        self.finalise_button.setEnabled(has_draft)
        self.correct_button.setEnabled(has_final)
        self.print_button.setEnabled(has_draft or has_final)
        self.save_pdf_button.setEnabled(has_draft or has_final)
