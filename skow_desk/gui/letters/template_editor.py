"""Briefsjablonen: edit a letter template with a live preview on the built-in example.

A problem (unknown field, syntax error) is named with its line in red, the line is tinted, and
the preview keeps the last good version: the director never sees a broken letter. Saving is
refused while there are problems. Finalised letters never change: they keep their own data and
PDF, whatever happens to the template afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from skow_desk.domain.errors import DomainError
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dialog_base import dialog_buttons, save_in_transaction
from skow_desk.gui.common.pdf_preview import PdfPreview
from skow_desk.gui.common.timers import EDIT_DELAY_MS, single_shot
from skow_desk.gui.common.widgets import make_button
from skow_desk.gui.letters.template_code import CodeEditor
from skow_desk.gui.letters.template_readable import readable_html
from skow_desk.letters.kinds import LETTER_KINDS
from skow_desk.letters.legal import legal_texts
from skow_desk.letters.render import AddressWindow, render_letter
from skow_desk.letters.templating import (
    build_letter,
    check_template,
    sample_request,
    shipped_template,
    templates_dir,
)
from skow_desk.services.case_queries import read_only
from skow_desk.services.letters import (
    address_window,
    restore_template,
    save_template,
    template_source,
)
from skow_desk.store.db import Database


class _PreviewSignals(QObject):
    """Carries a finished preview back to the GUI thread (kept alive by the pool's closure;
    Qt disconnects it from an editor that has been closed meanwhile)."""

    done = Signal(int, str, object, object)
ERROR_STYLE = ("color: #a4262c; background: #fde7e9; border: 1px solid #e8a5ab; "
               "border-radius: 4px; padding: 6px;")
OK_STYLE = "color: #1b6e33; padding: 6px;"


def fields_markdown() -> str:
    """VELDEN.md: the fields and filters a template may use."""
    try:
        return (templates_dir() / "VELDEN.md").read_text(encoding="utf-8")
    except OSError:
        return "De lijst met velden is niet gevonden."


def preview_pdf(kind: str, source: str, window: AddressWindow) -> bytes:
    """The template filled in with the built-in example; raises DomainError on a problem."""
    problems = check_template(source, kind)
    if problems:
        raise DomainError("\n".join(str(p) for p in problems[:3]))
    request = sample_request(kind)
    data = build_letter(request, source, legal_texts(request.school.sector,
                                                     request.school.denomination), draft=True)
    return render_letter(data, window)


class TemplateEditor(QDialog):
    """Edit, check, preview, save or restore the template of one kind of letter at a time."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Briefsjablonen"))
        self.resize(1360, 860)  # shrunk to the screen when shown (screen_fit)
        self.saved_source = ""
        self.good_source: str | None = None  # the text behind the preview shown
        with read_only(db) as session:
            window = address_window(session)
        assert isinstance(window, AddressWindow)
        self.window_position = window
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("templateKindCombo")
        self.kind_combo.setAccessibleName(self.tr("Briefsoort"))
        for code, kind in LETTER_KINDS.items():
            if not kind.legacy:  # kept for old records only, never drafted again
                self.kind_combo.addItem(kind.title, code)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("templateStateLabel")
        self.editor = CodeEditor(self)
        self.editor.setObjectName("templateSourceEdit")
        self.editor.setAccessibleName(self.tr("Tekst van het sjabloon"))
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("templateProblemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PdfPreview(self, self.tr("Het voorbeeld verschijnt hier."))
        self.fields = QTextBrowser(self)
        self.fields.setObjectName("templateFieldsBrowser")
        self.fields.setAccessibleName(self.tr("Beschikbare velden"))
        self.fields.setMarkdown(fields_markdown())
        _unescape_pipes(self.fields)
        self.readable = QTextBrowser(self)
        self.readable.setObjectName("templateReadable")
        self.readable.setAccessibleName(self.tr("De brief om te lezen, met de velden"))
        self.mode_tabs = QTabWidget(self)
        self.mode_tabs.setObjectName("templateModeTabs")
        self.last_pdf: bytes | None = None
        self.zoom_button = make_button(self, self.tr("Voorbeeld &vergroten…"),
                                       "zoomPreviewButton")
        self.zoom_button.clicked.connect(self.show_full_preview)
        self.save_button = make_button(self, self.tr("&Opslaan"), "saveTemplateButton")
        self.restore_button = make_button(self, self.tr("&Herstel standaardtekst…"),
                                          "restoreTemplateButton")
        self.close_button = make_button(self, self.tr("Sluiten"), "closeTemplateButton")
        self._timer = single_shot(self, self._refresh_in_background, EDIT_DELAY_MS)
        self._generation = 0  # the newest text sent to be rendered
        self._rendering = False  # one render at a time: ReportLab is not made for threads
        self._build_layout()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.editor.textChanged.connect(self._text_changed)
        self.save_button.clicked.connect(self.save)
        self.restore_button.clicked.connect(self.restore)
        self.close_button.clicked.connect(self.reject)
        self._shown_kind = ""
        self.load_kind()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        kind_label = QLabel(self.tr("&Briefsoort:"), self)
        kind_label.setBuddy(self.kind_combo)
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo, 1)
        top.addWidget(self.state_label)
        reading = QWidget(self)
        reading_layout = QVBoxLayout(reading)
        intro = QLabel(self.tr(
            "Zo luidt de brief. De blauwe woorden vult het programma in met de gegevens van de "
            "zaak; tekst tussen [haken] staat er alleen in als dat geldt. Aanhef, adres, datum "
            "en ondertekening voegt het programma zelf toe."), reading)
        intro.setWordWrap(True)
        reading_layout.addWidget(intro)
        reading_layout.addWidget(self.readable, 1)
        advanced = QWidget(self)
        advanced_layout = QVBoxLayout(advanced)
        advanced_layout.addWidget(QLabel(self.tr(
            "Voor het stafbureau: de sjablooncode (Jinja2). Fouten worden met hun regel "
            "genoemd."), advanced))
        code_split = QSplitter(advanced)
        code_split.addWidget(self.editor)
        code_split.addWidget(self.fields)
        code_split.setSizes([420, 260])
        advanced_layout.addWidget(code_split, 1)
        advanced_layout.addWidget(self.problem_label)
        self.mode_tabs.addTab(reading, self.tr("&Lezen"))
        self.mode_tabs.addTab(advanced, self.tr("&Geavanceerd"))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.zoom_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(self)
        splitter.setObjectName("templateSplitter")
        for widget in (self.mode_tabs, right):
            splitter.addWidget(widget)
        splitter.setSizes([640, 640])
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # -- state -----------------------------------------------------------------------------

    def kind(self) -> str:
        """The letter kind being edited (the combo may already show the next one)."""
        return self._shown_kind

    def has_unsaved_changes(self) -> bool:
        """Whether the text differs from what is stored."""
        return self.editor.toPlainText() != self.saved_source

    def load_kind(self) -> None:
        """Show the stored template of the chosen kind (the director's or the shipped one)."""
        kind = str(self.kind_combo.currentData())
        with read_only(self.db) as session:
            source = template_source(session, kind)
        self._shown_kind = kind
        self.saved_source = source
        self.good_source = None
        self.preview.clear(self.tr("Het voorbeeld verschijnt hier."))
        self.editor.blockSignals(True)
        self.editor.setPlainText(source)
        self.editor.blockSignals(False)
        self._show_state()
        self.refresh_preview()

    def _show_state(self) -> None:
        own = self.saved_source != shipped_template(self.kind())
        state = self.tr("Eigen versie") if own else self.tr("Standaardtekst")
        if self.has_unsaved_changes():
            state += self.tr(" — gewijzigd, nog niet opgeslagen")
        self.state_label.setText(state)
        self.restore_button.setEnabled(own or self.has_unsaved_changes())

    def _kind_changed(self) -> None:
        if self.kind_combo.currentData() == self._shown_kind:
            return
        if not self._settle():
            index = self.kind_combo.findData(self._shown_kind)
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(index)
            self.kind_combo.blockSignals(False)
            return
        self.load_kind()

    def _text_changed(self) -> None:
        self._show_state()
        self._timer.start()

    # -- preview ---------------------------------------------------------------------------

    def refresh_preview(self) -> bool:
        """Check and render the text now; on a problem keep the last good preview."""
        self._timer.stop()
        self._generation += 1  # a render still running in the background is now outdated
        source = self.editor.toPlainText()
        try:
            pdf = preview_pdf(self.kind(), source, self.window_position)
        except DomainError as error:
            return self._show_preview(source, None, error)
        return self._show_preview(source, pdf, None)

    def _refresh_in_background(self) -> None:
        """While typing: render off the GUI thread, so a heavy template never freezes the
        window (the sandbox stops it after its time and size budget, issue 12 item 12)."""
        if self._rendering:  # the running one finishes first; then the newest text follows
            self._timer.start()
            return
        self._generation += 1
        generation, kind = self._generation, self.kind()
        source, window = self.editor.toPlainText(), self.window_position
        signals = _PreviewSignals()
        signals.done.connect(self._preview_done)
        self._rendering = True

        def work() -> None:
            try:
                pdf = preview_pdf(kind, source, window)
            except DomainError as error:
                signals.done.emit(generation, source, None, error)
            except Exception as error:  # any failure is shown in the window, never lost
                signals.done.emit(generation, source, None, DomainError(
                    f"Het voorbeeld kan niet worden gemaakt: {error}"))
            else:
                signals.done.emit(generation, source, pdf, None)

        QThreadPool.globalInstance().start(work)

    def _preview_done(self, generation: int, source: str, pdf: object, error: object) -> None:
        self._rendering = False
        if generation != self._generation or source != self.editor.toPlainText():
            return  # the text changed meanwhile: its own render is due
        assert pdf is None or isinstance(pdf, bytes)
        assert error is None or isinstance(error, DomainError)
        self._show_preview(source, pdf, error)

    def _show_preview(self, source: str, pdf: bytes | None, error: DomainError | None) -> bool:
        if error is not None or pdf is None:
            assert error is not None
            problem = getattr(error, "problem", None)
            self.editor.mark_line(getattr(problem, "line", None) or _first_line(error.message))
            self.problem_label.setText(error.message + self.tr(
                "\nHet voorbeeld toont de laatste versie zonder fouten."))
            self.problem_label.setStyleSheet(ERROR_STYLE)
            return False
        self.editor.mark_line(None)
        self.problem_label.setText(self.tr("Geen fouten gevonden. Het voorbeeld gebruikt "
                                           "verzonnen gegevens."))
        self.problem_label.setStyleSheet(OK_STYLE)
        self.good_source = source
        self.last_pdf = pdf
        self.readable.setHtml(readable_html(source))
        self.preview.show_pdf(pdf, keep_position=True)
        return True

    def show_full_preview(self) -> QDialog | None:
        """"Voorbeeld vergroten…": the example letter in a window as large as the screen."""
        if self.last_pdf is None:
            return None
        from skow_desk.gui.common.dialog_base import run_dialog

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Voorbeeld: {0}").format(LETTER_KINDS[self.kind()].title))
        layout = QVBoxLayout(dialog)
        preview = PdfPreview(dialog)
        layout.addWidget(preview, 1)
        buttons = dialog_buttons(dialog, QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        dialog.resize(1000, 2000)  # as tall as the screen allows (screen_fit)
        preview.show_pdf(self.last_pdf)
        run_dialog(dialog)
        return dialog

    # -- save, restore, close --------------------------------------------------------------

    def save(self) -> bool:
        """Opslaan: refused (with the line named) while the template has problems."""
        kind, source = self.kind(), self.editor.toPlainText()

        def work(session: Session) -> None:
            save_template(session, kind, source)

        if not save_in_transaction(self, self.db, work):
            self.refresh_preview()
            return False
        self.saved_source = source
        self._show_state()
        return True

    def restore(self) -> None:
        """Herstel standaardtekst: forget the director's version, after asking."""
        if not msgbox.confirm(self, self.tr(
                "De standaardtekst van ‘{0}’ terugzetten? Uw eigen versie van dit sjabloon "
                "vervalt. Brieven die al definitief zijn, veranderen niet.")
                .format(LETTER_KINDS[self.kind()].title),
                yes=self.tr("Standaardtekst terugzetten"), no=self.tr("Annuleren")):
            return
        kind = self.kind()
        if save_in_transaction(self, self.db, lambda s: restore_template(s, kind)):
            self.load_kind()

    def _settle(self) -> bool:
        """Unsaved edits: Opslaan (only if it has no problems), Niet opslaan, or stay."""
        if not self.has_unsaved_changes():
            return True
        answer = msgbox.ask_save(self, self.tr(
            "Het sjabloon ‘{0}’ is gewijzigd maar nog niet opgeslagen. Wilt u het opslaan?")
            .format(LETTER_KINDS[self._shown_kind].title))
        if answer is msgbox.Answer.SAVE:
            return self.save()
        return answer is msgbox.Answer.DISCARD

    def reject(self) -> None:
        """Sluiten, Esc or the window's cross: ask about unsaved edits first."""
        if self._settle():
            super().reject()


def _first_line(message: str) -> int | None:
    """The line number in "Regel 4: …", if the message starts with one."""
    head = message.split(":", 1)[0]
    if head.startswith("Regel ") and head[6:].isdigit():
        return int(head[6:])
    return None


def _unescape_pipes(browser: QTextBrowser) -> None:
    """VELDEN.md writes ``|`` inside table cells as ``\\|``; Qt's Markdown keeps the backslash."""
    document = browser.document()
    cursor = document.find("\\|")
    while not cursor.isNull():
        cursor.insertText("|")
        cursor = document.find("\\|", cursor)
