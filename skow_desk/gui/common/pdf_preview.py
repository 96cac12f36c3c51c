"""Showing, printing and saving a PDF held in memory: shared by the letter screens.

:class:`PdfPreview` shows PDF bytes in a ``QPdfView`` (bytes → ``QBuffer`` → ``QPdfDocument``).
Printing and saving go through :func:`choose_printer` and :func:`choose_pdf_target`, which
tests replace, so no test ever opens a print or file dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from skow_desk.gui.common import msgbox
from skow_desk.store.files import FileProblem, atomic_write

MAX_PRINT_DPI = 300  # enough for text on paper; a 1200 dpi A4 image would take half a gigabyte
MAX_PAGE_WIDTH = 860  # pixels: wider, a letter shows only its letterhead; narrower, fit the width
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)  # of the page's real size


class PdfPreview(QWidget):
    """A read-only view of PDF bytes, or a calm sentence while there is nothing to show."""

    def __init__(self, parent: QWidget | None = None, empty_text: str = "") -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Voorbeeld van de brief"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(12)
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName("pdfEmptyLabel")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); font-size: 11pt; padding: 24px;")
        self.zoom: float | None = None  # None: fit the width (the default)
        self.fit_button = QPushButton(self.tr("&Passend"), self)
        self.fit_button.setObjectName("zoomFitButton")
        self.fit_button.setToolTip(self.tr("De brief zo breed als het venster"))
        self.smaller_button = QPushButton("−", self)
        self.smaller_button.setAccessibleName(self.tr("Kleiner"))
        self.larger_button = QPushButton("+", self)
        self.larger_button.setAccessibleName(self.tr("Groter"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        for button in (self.fit_button, self.smaller_button, self.larger_button):
            button.setAutoDefault(False)
        for button in (self.smaller_button, self.larger_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") + 28)
        self.fit_button.clicked.connect(lambda: self.set_zoom(None))
        self.smaller_button.clicked.connect(lambda: self.step_zoom(-1))
        self.larger_button.clicked.connect(lambda: self.step_zoom(+1))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.zoom_label)
        for button in (self.smaller_button, self.larger_button, self.fit_button):
            bar.addWidget(button)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(2)
        page_layout.addLayout(bar)
        page_layout.addWidget(self.view, 1)
        self._page = page
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(page)
        self._buffer: QBuffer | None = None
        self._pdf = b""
        self._refit = _ViewportResized(self._fit, self.view.viewport())

    def show_pdf(self, pdf: bytes, keep_position: bool = False) -> None:
        """Show ``pdf``; with ``keep_position`` the scroll position stays (live re-renders)."""
        bar = self.view.verticalScrollBar()
        position = bar.value() if keep_position else 0
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # reads the whole buffer at once; the old one is let go
        old, self._buffer, self._pdf = self._buffer, buffer, pdf
        if old is not None:
            old.close()
            old.deleteLater()
        self._stack.setCurrentWidget(self._page)
        self._fit()
        bar.setValue(position)

    def set_zoom(self, zoom: float | None) -> None:
        """A fixed size (1.0: the page's real size), or ``None`` to fit the width."""
        self.zoom = zoom
        self._fit()

    def step_zoom(self, direction: int) -> None:
        """One step larger (+1) or smaller (-1) than the size shown."""
        now = self.view.zoomFactor()
        steps = [z for z in ZOOM_STEPS if (z > now + 0.01 if direction > 0 else z < now - 0.01)]
        if steps:
            self.set_zoom(steps[0] if direction > 0 else steps[-1])

    def _fit(self) -> None:
        """Fit the page to the width shown (never wider than a comfortable reading width), or
        show it at the chosen zoom; the bar says how large."""
        if not self._pdf or self.document.pageCount() == 0:
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        if self.zoom is not None:
            self.view.setZoomFactor(self.zoom)
        else:
            margins = self.view.documentMargins()
            available = self.view.viewport().width() - margins.left() - margins.right()
            points = self.document.pagePointSize(0).width()
            screen = self.screen()
            per_point = (screen.logicalDotsPerInch() if screen is not None else 96.0) / 72.0
            if points <= 0 or available <= 0:
                return
            self.view.setZoomFactor(min(available, MAX_PAGE_WIDTH) / (points * per_point))
        self.zoom_label.setText(self.tr("{0}%").format(round(self.view.zoomFactor() * 100)))
        self.fit_button.setEnabled(self.zoom is not None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def clear(self, text: str | None = None) -> None:
        """Show the sentence instead of a document."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._pdf = b""
        if text is not None:
            self.empty.setText(text)
        self._stack.setCurrentWidget(self.empty)

    def pdf(self) -> bytes:
        """The bytes shown now (empty when nothing is shown)."""
        return self._pdf

    def page_count(self) -> int:
        """Pages of the document shown."""
        return self.document.pageCount() if self._pdf else 0


class _ViewportResized(QObject):
    """Calls back when the view's viewport changes size: a letter opened before its window
    was laid out (a reopened final letter) is fitted again instead of staying tiny."""

    def __init__(self, callback: Callable[[], None], viewport: QWidget) -> None:
        super().__init__(viewport)
        self._callback = callback
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


def choose_printer(parent: QWidget) -> QPrinter | None:
    """Ask which printer (the system's print dialog); tests replace this function."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Brief afdrukken"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def paint_pdfs(pdfs: Sequence[bytes], printer: QPrinter) -> int:
    """Paint every page of ``pdfs`` on ``printer`` at its real size; returns the pages printed.

    The page is drawn from the paper's corner (full page), so the address still falls in the
    window of the envelope.
    """
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    scale = printer.resolution() / 72.0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("De printer kon niet worden gestart.")
    printed = 0
    try:
        for pdf in pdfs:
            document = QPdfDocument()
            buffer = QBuffer()
            buffer.setData(QByteArray(pdf))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document.load(buffer)
            for page in range(document.pageCount()):
                if printed:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                    round(points.height() * dpi / 72)))
                painter.drawImage(QRectF(0, 0, points.width() * scale,
                                         points.height() * scale), image)
                printed += 1
            document.close()
            buffer.close()
    finally:
        painter.end()
    return printed


def print_pdfs(parent: QWidget, pdfs: Sequence[bytes]) -> int:
    """Ask for a printer and print ``pdfs`` as one job; 0 when cancelled or failed."""
    printer = choose_printer(parent)
    if printer is None:
        return 0
    try:
        return paint_pdfs(pdfs, printer)
    except OSError as error:
        msgbox.error(parent, parent.tr("Afdrukken is niet gelukt: {0} Controleer of de printer "
                                       "aan staat en probeer het opnieuw.").format(error))
        return 0


def choose_pdf_target(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save a PDF (the system's file dialog); tests replace this function."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return msgbox.as_path(msgbox.save_file(
        parent, parent.tr("Opslaan als PDF"), str(Path(folder) / suggested),
        parent.tr("PDF-bestand (*.pdf)")))


def save_pdf_as(parent: QWidget, pdf: bytes, suggested: str) -> Path | None:
    """Ask for a file name and write ``pdf`` there; the path, or None (cancelled or failed)."""
    target = choose_pdf_target(parent, suggested)
    if target is None:
        return None
    if target.suffix.lower() != ".pdf":
        target = target.with_name(f"{target.name}.pdf")
    try:
        atomic_write(target, pdf)
    except FileProblem as error:
        msgbox.error(parent, error.message)
        return None
    except OSError:
        msgbox.error(parent, parent.tr(
            "Het bestand ‘{0}’ kon niet worden opgeslagen. Is het nog geopend in een ander "
            "programma, of is de map alleen-lezen? Kies een andere naam of map.")
            .format(target.name))
        return None
    return target


def safe_file_name(*parts: str) -> str:
    """``"2026-0001", "Schorsing leerling"`` → ``"2026-0001-Schorsing_leerling.pdf"``."""
    stem = "-".join(p.strip() for p in parts if p and p.strip())
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in stem)
    return f"{safe or 'brief'}.pdf"
