"""A calm bar above restored text: "this was kept when the program closed locked; keep it?"

Shown in the letters window and on a case's Melding tab after a restart. The director keeps
the text (it stays on screen as unsaved work) or discards it; either way the bar goes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skow_desk.gui.common import msgbox
from skow_desk.gui.common.translate import tr

NOTICE_STYLE = ("QFrame[draftNotice=\"true\"] { background: #e8f1fb; border: 1px solid #9cc3e6; "
                "border-radius: 4px; } QLabel { color: #1b4f72; }")


class DraftNotice(QFrame):
    """The text, a "keep" and a "discard" button; ``kept``/``discarded`` after a click."""

    kept = Signal()
    discarded = Signal()

    def __init__(self, parent: QWidget | None = None, keep: str = "",
                 discard: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("draftNotice")
        self.setProperty("draftNotice", True)
        self.setStyleSheet(NOTICE_STYLE)
        self.label = QLabel(self)
        self.label.setObjectName("draftNoticeText")
        self.label.setWordWrap(True)
        self.keep_button = QPushButton(keep or self.tr("&Houden"), self)
        self.keep_button.setObjectName("keepDraftButton")
        self.keep_button.setAutoDefault(False)
        self.discard_button = QPushButton(discard or self.tr("&Weggooien…"), self)
        self.discard_button.setObjectName("discardDraftButton")
        self.discard_button.setAutoDefault(False)
        for button in (self.keep_button, self.discard_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.discard_button)
        self.keep_button.clicked.connect(self._keep)
        self.discard_button.clicked.connect(self._discard)
        self.hide()

    def offer(self, text: str) -> None:
        """Show the bar with ``text``."""
        self.label.setText(text)
        self.show()

    def _keep(self) -> None:
        self.hide()
        self.kept.emit()

    def _discard(self) -> None:
        self.discarded.emit()


def attached_notice(owner: QWidget, name: str, above: QWidget, question: str,
                    discard: Callable[[], None]) -> DraftNotice:
    """The bar named ``name`` in ``owner``'s layout, above ``above`` (made the first time).

    "Weggooien…" asks ``question`` first; on yes the bar goes and ``discard`` runs.
    """
    notice = owner.findChild(DraftNotice, name)
    if notice is not None:
        return notice
    notice = DraftNotice(owner)
    notice.setObjectName(name)
    layout = owner.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(layout.indexOf(above), notice)

    def confirmed() -> None:
        if msgbox.confirm(owner, question, yes=tr("Weggooien"),
                          no=tr("Niet weggooien")):
            notice.hide()
            discard()

    notice.discarded.connect(confirmed)
    return notice
