"""Looking at stored evidence inside SKOW Desk: images and PDFs never leave the process.

Opening a screenshot with the system's viewer meant writing it, unencrypted, to a temporary
folder that outlived a crash. Images (``QImage`` from the bytes) and PDFs (``QPdfDocument`` on
a ``QBuffer``) are shown in this window instead; nothing is written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skow_desk.gui.common.dialog_base import dutch_buttons
from skow_desk.gui.common.pdf_preview import PdfPreview


def image_of(content: bytes) -> QImage | None:
    """The picture in ``content``, or ``None`` when Qt cannot read it as one."""
    image = QImage()
    return image if image.loadFromData(content) and not image.isNull() else None


class EvidenceViewer(QDialog):
    """A stored image or PDF, read-only, with a Sluiten button."""

    def __init__(self, title: str, content: bytes, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(title)
        self.setObjectName("evidenceViewer")
        layout = QVBoxLayout(self)
        self._image: QImage | None = None
        self.picture: QLabel | None = None
        self.preview: PdfPreview | None = None
        if kind == "pdf":
            self.preview = PdfPreview(self, self.tr("Dit PDF-bestand kan niet worden getoond."))
            self.preview.view.setAccessibleName(self.tr("Bewijsstuk"))
            self.preview.show_pdf(content)
            layout.addWidget(self.preview, 1)
        else:
            self._image = image_of(content)
            self.picture = QLabel(self)
            self.picture.setObjectName("evidenceImage")
            self.picture.setAccessibleName(self.tr("Bewijsstuk"))
            self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setWidget(self.picture)
            layout.addWidget(area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        dutch_buttons(buttons)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(900, 700)
        self._fit()

    def pages(self) -> int:
        """Pages of a PDF shown (0 for an image)."""
        return self.preview.page_count() if self.preview is not None else 0

    def _fit(self) -> None:
        if self.picture is None or self._image is None:
            return
        size = self.picture.size()
        pixmap = QPixmap.fromImage(self._image)
        if pixmap.width() > size.width() or pixmap.height() > size.height():
            pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
