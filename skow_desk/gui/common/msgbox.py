"""Every message box and file dialog goes through here, so tests can stub them.

(qutebrowser's msgbox.py.) Tests replace ``ASK_HOOK``/``SHOW_HOOK`` to answer without a
modal loop; the per-screen ``choose_*`` helpers are thin wrappers over the file functions below.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Answer(Enum):
    """What the user chose."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    YES = "yes"
    NO = "no"


# Test hooks: when set, called instead of showing a dialog.
ASK_HOOK: Callable[[str, str], Answer] | None = None
SHOW_HOOK: Callable[[str, str, str], None] | None = None
SHOWN: list[tuple[str, str, str]] = []


def _hooked(kind: str, title: str, text: str) -> bool:
    """Record a message; True when a test hook took it (then no dialog is shown)."""
    SHOWN.append((kind, title, text))
    if SHOW_HOOK is None:
        return False
    SHOW_HOOK(kind, title, text)
    return True


def _show(parent: QWidget | None, kind: str, title: str, text: str) -> None:
    if _hooked(kind, title, text):
        return
    icon = {
        "error": QMessageBox.Icon.Warning,
        "info": QMessageBox.Icon.Information,
    }[kind]
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def error(parent: QWidget | None, text: str, title: str = "Dat lukt niet") -> None:
    """A calm Dutch error: what went wrong and, where possible, what to do."""
    _show(parent, "error", title, text)


def error_with_details(parent: QWidget | None, text: str, details: str,
                       title: str = "Dat lukt niet") -> None:
    """An error whose long explanation (e.g. every problem in a file) is behind "Details"."""
    if _hooked("error", title, f"{text}\n{details}"):
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setDetailedText(details)
    box.exec()


def unexpected(parent: QWidget | None, text: str, details: str,
               title: str = "Onverwachte fout") -> None:
    """The one dialog for an unexpected error: calm text, the details behind "Details" and a
    "Kopieer details" button that puts them on the clipboard for whoever gives support."""
    if _hooked("error", title, f"{text}\n{details}"):
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setDetailedText(details)
    copy = box.addButton("Kopieer details", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Sluiten", QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is copy:
        copy_text(details)


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)


def information(parent: QWidget | None, text: str, title: str = "SKOW Desk") -> None:
    """A plain notice."""
    _show(parent, "info", title, text)


def ask_save(parent: QWidget | None, text: str = "Er zijn wijzigingen die nog niet zijn "
             "opgeslagen. Wilt u ze opslaan?") -> Answer:
    """Opslaan / Niet opslaan / Annuleren."""
    if ASK_HOOK is not None:
        return ASK_HOOK("save", text)
    box = QMessageBox(QMessageBox.Icon.Question, "Wijzigingen opslaan?", text,
                      QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton("Opslaan", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Niet opslaan", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Annuleren", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Answer.SAVE
    if clicked is discard:
        return Answer.DISCARD
    return Answer.CANCEL


def confirm(parent: QWidget | None, text: str, yes: str = "Ja", no: str = "Nee",
            title: str = "Bevestigen") -> bool:
    """A yes/no question with verbs on the buttons."""
    if ASK_HOOK is not None:
        return ASK_HOOK("confirm", text) is Answer.YES
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)  # Enter never does the irreversible thing
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def reason(error: BaseException) -> str:
    """Why something failed, in Dutch: ``str(OSError)`` is English ("[Errno 13] …")."""
    message = getattr(error, "message", None)  # a DomainError (store.files.FileInUse too)
    if isinstance(message, str):
        return message
    if isinstance(error, OSError):
        name = f"‘{Path(error.filename).name}’ " if error.filename else ""
        return f"Het bestand {name}kan niet worden gebruikt ({error.strerror or error})"
    return str(error)


def open_file(parent: QWidget | None, title: str, start: str = "", filters: str = "") -> str:
    """The file chosen to read, or ``""`` when cancelled."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, start, filters)
    return name


def open_files(parent: QWidget | None, title: str, start: str = "",
               filters: str = "") -> list[Path]:
    """The files chosen to read (empty when cancelled)."""
    names, _filter = QFileDialog.getOpenFileNames(parent, title, start, filters)
    return [Path(name) for name in names]


def save_file(parent: QWidget | None, title: str, suggested: str = "", filters: str = "") -> str:
    """The file name chosen to write, or ``""`` when cancelled."""
    if suggested and not Path(suggested).is_absolute() and Path(suggested).parent == Path("."):
        suggested = str(Path(documents_folder()) / suggested)  # not the program's folder
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return name


def documents_folder() -> str:
    """The user's Documenten folder (where a director looks for a saved file)."""
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """The folder chosen, or ``""`` when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def as_path(name: str) -> Path | None:
    """``Path(name)``, or ``None`` for the empty answer of a cancelled file dialog."""
    return Path(name) if name else None
