"""Every window and dialog fits the screen it opens on (a 1366×768 school laptop included).

A school laptop has 1366×768 pixels, of which the Windows taskbar takes about 40: some
1366×728 remain, and a window's title bar takes another ~30 of those. :class:`ScreenFit`,
installed on the application, shrinks every window that is about to be shown to what is
usable and moves it fully onto the screen. Dialogs whose fields cannot shrink that far carry
their form in a scroll area (:func:`scrolling`). ``selftest`` checks the result with
:func:`misfit`.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QLayout, QScrollArea, QWidget

WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog)
TASKBAR = 40  # what the Windows taskbar takes when the screen does not report it
TITLE_BAR = 30  # a window frame's title bar when the window has none yet (before showing)
BORDER = 2


# None: fit on every real screen; the bare offscreen platform (800×800, used by the tests)
# is left alone unless it was given a screen (``offscreen:configfile=…``). Tests set True.
ENABLED: bool | None = None


def enabled() -> bool:
    """Whether windows are fitted to (and checked against) the screen."""
    if ENABLED is not None:
        return ENABLED
    if QGuiApplication.platformName() != "offscreen":
        return True
    return "configfile" in os.environ.get("QT_QPA_PLATFORM", "")


def usable_area(screen: QScreen | None) -> QRect:
    """The part of ``screen`` a window may take (the taskbar left out)."""
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, 1366, 768 - TASKBAR)
    available = screen.availableGeometry()
    if available == screen.geometry():  # no work area reported (a bare X server, offscreen)
        available = available.adjusted(0, 0, 0, -TASKBAR)
    return available


def frame_extra(widget: QWidget) -> QSize:
    """What the window frame adds around ``widget`` (an estimate before it is decorated)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if extra.height() <= 0:
        extra = QSize(2 * BORDER, TITLE_BAR + BORDER)
    return extra


def fit(widget: QWidget) -> None:
    """Shrink ``widget`` (a window) to the usable screen and move it fully onto it."""
    area = usable_area(widget.screen())
    extra = frame_extra(widget)
    most = QSize(area.width() - extra.width(), area.height() - extra.height())
    size = widget.size().boundedTo(most)
    if size != widget.size():
        widget.resize(size.expandedTo(widget.minimumSize()))
    frame = widget.frameGeometry()
    if not area.contains(frame):
        x = min(max(frame.x(), area.left()), area.right() - frame.width() + 1)
        y = min(max(frame.y(), area.top()), area.bottom() - frame.height() + 1)
        widget.move(max(x, area.left()), max(y, area.top()))


def misfit(widget: QWidget) -> str | None:
    """Why the shown window ``widget`` does not fit its screen, or None when it does."""
    area = usable_area(widget.screen())
    extra = frame_extra(widget)
    width = widget.width() + extra.width()
    height = widget.height() + extra.height()
    if width > area.width() or height > area.height():
        return (f"{width}×{height} beeldpunten, het scherm heeft {area.width()}×"
                f"{area.height()} beschikbaar")
    return None


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls only when the screen is too small."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def wrap_layout_in_scroll(dialog: QWidget, keep_last: int = 1) -> QScrollArea | None:
    """Move the dialog's layout items (all but the last ``keep_last``, e.g. its buttons) into a
    scroll area, so the form scrolls while the buttons stay visible."""
    layout = dialog.layout()
    if layout is None or layout.count() <= keep_last:
        return None
    content = QWidget()
    inner_type = type(layout)
    inner: QLayout = inner_type()
    inner.setContentsMargins(0, 0, 0, 0)
    moved = layout.count() - keep_last
    for _ in range(moved):
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            inner.addWidget(widget)
        elif item.layout() is not None:
            inner.addItem(item)
        else:
            inner.addItem(item)
    content.setLayout(inner)
    area = scrolling(content, dialog)
    box = getattr(layout, "insertWidget", None)
    if box is None:
        return None
    box(0, area, 1)
    return area


class WrappingLabel(QLabel):
    """A word-wrapped message that always shows all its lines: its dialog grows with it
    ("…Sluit dat eerst en probeer" was cut off in a dialog already on screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        width = max(self.width(), self.minimumSizeHint().width(), 300)
        self.setMinimumHeight(self.heightForWidth(width) if text else 0)
        window = self.window()
        if isinstance(window, QDialog) and window.isVisible():
            needed = window.sizeHint().height()
            if needed > window.height():
                window.resize(window.width(), needed)


def fit_window(widget: QWidget) -> None:
    """:func:`fit` a window about to be shown, unless it asked not to be or fitting is off."""
    if (widget.windowType() in WINDOW_TYPES and not widget.property("skowNoFit")
            and enabled()):
        fit(widget)


class ScreenFit(QObject):
    """Fits every window to the screen just before it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_window(watched)
        return False
