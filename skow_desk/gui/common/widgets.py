"""Small shared widgets: Dutch date edits, calm placeholders, passphrase fields.

Every date field in the window shows ``dd-MM-yyyy`` with a calendar popup, so the director
never meets an American or ISO date.
"""

from __future__ import annotations

import importlib
import logging
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

DATE_FORMAT = "dd-MM-yyyy"
ERROR_STYLE = "color: #b3261e;"


def application() -> QApplication:
    """The running QApplication (the program makes exactly one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def action_buttons(parent: QWidget, text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """A button box with one named action (it accepts: Terugzetten, Openen …) and Annuleren;
    returns the box and the action's button."""
    buttons = QDialogButtonBox(parent)
    action = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    return buttons, action


def password_edit(parent: QWidget, accessible: str, min_width: int = 300) -> QLineEdit:
    """A field that hides what is typed, named for screen readers."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    if min_width:
        edit.setMinimumWidth(min_width)
    return edit


def to_qdate(day: date) -> QDate:
    """A ``QDate`` for a Python date."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A Python date for a ``QDate``."""
    return date(day.year(), day.month(), day.day())


def make_date_edit(parent: QWidget | None = None, value: date | None = None,
                   accessible_name: str = "") -> QDateEdit:
    """A date field showing ``dd-MM-yyyy`` with a calendar popup; today when no value."""
    edit = QDateEdit(parent)
    setup_date_edit(edit, value)
    if accessible_name:
        edit.setAccessibleName(accessible_name)
    return edit


def setup_date_edit(edit: QDateEdit, value: date | None = None) -> None:
    """Give an existing date edit (from a .ui form) the Dutch format and the calendar popup."""
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(value or date.today()))
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00-00-00000") + 40)


def edit_date(edit: QDateEdit) -> date:
    """The Python date shown in a date edit."""
    return from_qdate(edit.date())


def placeholder(text: str, parent: QWidget | None = None) -> QWidget:
    """A calm, centred sentence for a screen that is not there yet or has nothing to show."""
    page = QWidget(parent)
    label = QLabel(text, page)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: palette(mid); font-size: 11pt;")
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(label)
    layout.addStretch(1)
    return page


# Screens that failed to load ("module.Class"): logged, and ``selftest`` fails on them.
BROKEN_SCREENS: list[str] = []


def import_optional(module: str, name: str) -> type | None:
    """The class ``name`` from ``module``, or ``None`` when it cannot be loaded.

    The window shows "nog niet beschikbaar" instead of the screen; the error goes to the log
    and into :data:`BROKEN_SCREENS`, so that ``selftest`` reports it rather than hiding it.
    """
    try:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        logging.getLogger(__name__).exception("Scherm %s.%s kan niet worden geladen",
                                              module, name)
        BROKEN_SCREENS.append(f"{module}.{name}")
        return None


class CompletablePage(QWizardPage):
    """A wizard page whose Next/Finish button the wizard enables with ``set_complete``.

    Designer forms promote their pages to this class, so the wizard decides completeness
    without a subclass per page.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._complete = True

    def set_complete(self, complete: bool) -> None:
        """Enable or disable the page's Next/Finish button."""
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._complete


def preload_strength_check() -> None:
    """Load the strength estimator and its Dutch words (~0.3 s) off the GUI thread, so the
    tenth typed character does not make the field stall."""
    import threading

    def load() -> None:
        from skow_desk.domain.passphrase_strength import guesses_log10

        guesses_log10("opwarmen")

    threading.Thread(target=load, name="skow-desk-sterkte", daemon=True).start()


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice, with a live Dutch verdict under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        preload_strength_check()
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit, name in ((self.first, "Nieuw wachtwoord"),
                           (self.second, "Herhaal het nieuwe wachtwoord")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._update)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("&Nieuw wachtwoord:", self.first)
        form.addRow("He&rhaal het nieuwe wachtwoord:", self.second)
        form.addRow(self.verdict)  # the whole width: a long verdict takes fewer lines

    def passphrase(self) -> str:
        """The new passphrase as typed."""
        return self.first.text()

    def problem(self) -> str | None:
        """Why the new passphrase cannot be used yet, or ``None``."""
        from skow_desk.store.keys import passphrase_problem

        if not self.first.text():
            return "Kies een nieuw wachtwoord."
        problem = passphrase_problem(self.first.text())
        if problem:
            return problem
        if self.first.text() != self.second.text():
            return "De twee wachtwoorden zijn niet gelijk."
        return None

    def _update(self) -> None:
        problem = self.problem() if self.first.text() else None
        if problem == "De twee wachtwoorden zijn niet gelijk." and not self.second.text():
            problem = None
        self.verdict.setText(problem or ("Goed: dit wachtwoord is sterk genoeg."
                                         if self.first.text() else ""))
        self.verdict.setStyleSheet("color: #8a4b00;" if problem else "color: #1b6e33;")
        # A dialog does not grow for a wrapped label's extra lines by itself: ask for them.
        width = max(self.verdict.width(), self.width(), 300)
        self.verdict.setMinimumHeight(self.verdict.heightForWidth(width))
        window = self.window()
        layout = window.layout()
        if window is not self and window.isVisible() and layout is not None:
            layout.activate()
            needed = window.minimumSizeHint().height()
            if needed > window.height():
                window.resize(window.width(), needed)


def make_button(parent: QWidget, text: str, name: str) -> QPushButton:
    """A push button with an object name and an accessible name."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", "").replace("…", ""))
    button.setAutoDefault(False)
    return button
