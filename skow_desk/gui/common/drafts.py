"""Typed text kept while the window is locked: encrypted drafts of open dialogs.

When the window locks, every open form dialog with unsaved changes is written as a draft into
the (encrypted) database, setting ``ontwerp.dialogen``: the dialog's class, what it was opened
for (melding, gesprek, persoon …) and the value of each field. Unlocking removes the drafts
again (the dialogs themselves come back). When the program is closed while locked, the drafts
stay; at the next start the window reopens each dialog with the typed text in it, and the
draft is removed once that dialog is closed (saved or not).
"""

from __future__ import annotations

import importlib
import inspect
import logging
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dialog_base import FormDialog, form_state, run_dialog
from skow_desk.gui.common.former_modules import FORMER_MODULES
from skow_desk.services.kept_drafts import DIALOGS_KEY, drop_draft, keep_draft, read_draft
from skow_desk.store.db import Database

log = logging.getLogger(__name__)

DRAFT_KEY = DIALOGS_KEY
_SKIPPED_PARAMETERS = {"self", "db", "parent"}


def _json_value(value: object) -> bool:
    return value is None or isinstance(value, (int, str))


def describe(dialog: FormDialog) -> dict[str, Any]:
    """What is needed to open ``dialog`` again with the same text: class, arguments, fields."""
    cls = type(dialog)
    arguments: dict[str, Any] = {}
    rebuildable = True
    for name, param in inspect.signature(cls).parameters.items():
        if name in _SKIPPED_PARAMETERS or param.kind in (param.VAR_POSITIONAL,
                                                          param.VAR_KEYWORD):
            continue
        value = getattr(dialog, name, param.default)
        if value is param.empty or not _json_value(value):
            if param.default is param.empty:
                rebuildable = False
            continue
        arguments[name] = value
    return {
        "klasse": f"{cls.__module__}:{cls.__qualname__}",
        "titel": dialog.windowTitle(),
        "argumenten": arguments,
        "herbouwbaar": rebuildable,
        "velden": form_state(dialog),
        "teksten": _texts(dialog),
    }


def _texts(dialog: QWidget) -> list[str]:
    """The typed texts, for when the dialog itself cannot be opened again."""
    texts = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText().strip()
        elif isinstance(widget, QLineEdit) and not widget.isReadOnly() and not (
                widget.objectName().startswith("qt_")):
            text = widget.text().strip()
        else:
            continue
        if text:
            texts.append(text)
    return texts


def _belongs_to(widget: QWidget, owner: QWidget | None) -> bool:
    """Whether ``widget`` was opened from ``owner`` (its parent, grandparent …)."""
    if owner is None:
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if parent is owner:
            return True
        parent = parent.parentWidget()
    return False


def open_form_dialogs(owner: QWidget | None = None) -> list[FormDialog]:
    """The form dialogs on screen or hidden by the lock that hold unsaved text; with
    ``owner``, only those opened from that window."""
    found = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, FormDialog) and _belongs_to(widget, owner) and (
                widget.isVisible() or widget.property("hiddenByLock")
        ) and widget.has_unsaved_changes():
            found.append(widget)
    return found


def store_drafts(db: Database, dialogs: list[FormDialog]) -> int:
    """Write the drafts of ``dialogs`` (replacing earlier ones); how many were written."""
    drafts = [describe(dialog) for dialog in dialogs]
    with db.transaction() as session:
        keep_draft(session, DRAFT_KEY, drafts)
    return len(drafts)


def read_drafts(db: Database) -> list[dict[str, Any]]:
    """The drafts kept in the database (none when there are none or they cannot be read)."""
    with db.sessions() as session:
        drafts = read_draft(session, DRAFT_KEY)
    if not isinstance(drafts, list):
        return []
    return [draft for draft in drafts if isinstance(draft, dict)]


def clear_drafts(db: Database) -> None:
    """Remove every kept draft."""
    with db.transaction() as session:
        drop_draft(session, DRAFT_KEY)


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QPlainTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QComboBox) and isinstance(value, list) and len(value) == 2:
        index = widget.findText(str(value[1]))
        if index < 0 and widget.isEditable():
            widget.setEditText(str(value[1]))
        else:
            widget.setCurrentIndex(index if index >= 0 else int(value[0]))
    elif isinstance(widget, QDateEdit) and isinstance(value, int):
        widget.setDate(QDate.fromJulianDay(value))
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QListWidget) and isinstance(value, list):
        states = {str(text): state for text, state in value}
        for row in range(widget.count()):
            item = widget.item(row)
            if item.text() in states:
                from PySide6.QtCore import Qt

                item.setCheckState(Qt.CheckState(states[item.text()]))
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)


def apply_fields(dialog: QWidget, fields: dict[str, Any]) -> None:
    """Put the kept field values back (check boxes first: they enable other fields)."""
    widgets = {w.objectName(): w for w in dialog.findChildren(QWidget) if w.objectName()}
    ordered = sorted(fields.items(), key=lambda item: not isinstance(
        widgets.get(item[0]), QAbstractButton))
    for name, value in ordered:
        widget = widgets.get(name)
        if widget is not None:
            _set_value(widget, value)


def rebuild(db: Database, draft: dict[str, Any], parent: QWidget | None) -> QDialog | None:
    """The dialog of ``draft`` opened again with its text, or None when that is not possible."""
    if not draft.get("herbouwbaar"):
        return None
    module_name, _sep, class_name = str(draft.get("klasse", "")).partition(":")
    module_name = FORMER_MODULES.get(module_name, module_name)  # kept by an older version
    if not module_name.startswith("skow_desk.gui."):
        return None
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
        dialog = cls(db=db, parent=parent, **draft.get("argumenten", {}))
    except Exception:  # the case may be gone, or the form changed: show the text instead
        log.exception("a draft could not be opened again")
        return None
    if not isinstance(dialog, QDialog):
        return None
    apply_fields(dialog, draft.get("velden", {}))
    return dialog


def announce(parent: QWidget | None, titles: list[str]) -> None:
    """Say once, at start-up, which kept texts are opened again."""
    listed = ", ".join(f"«{title}»" for title in titles)
    msgbox.information(parent, QApplication.translate(
        "drafts", "Toen SKOW Desk de vorige keer vergrendeld werd afgesloten, was er nog tekst "
        "die niet was opgeslagen: {0}. Die tekst is bewaard en wordt nu weer geopend, op de "
        "plaats waar u hem typte. U kiest daarna zelf of u hem houdt.").format(listed),
        title=QApplication.translate("drafts", "Bewaarde tekst"))


def offer_drafts(db: Database, parent: QWidget | None, announced: bool = False) -> int:
    """At start-up: open every kept dialog again; how many there were."""
    drafts = read_drafts(db)
    if not drafts:
        return 0
    if not announced:
        announce(parent, [str(draft.get("titel", "")) for draft in drafts])
    for draft in drafts:
        dialog = rebuild(db, draft, parent)
        if dialog is None:
            texts = "\n\n".join(str(text) for text in draft.get("teksten", []))
            msgbox.information(parent, QApplication.translate(
                "drafts", "«{0}» kon niet opnieuw worden geopend. Dit had u getypt:\n\n{1}")
                .format(draft.get("titel", ""), texts or "—"),
                title=QApplication.translate("drafts", "Bewaarde tekst"))
            continue
        run_dialog(dialog)
    if not getattr(parent, "locked", False):  # locked again: the lock wrote newer drafts
        clear_drafts(db)
    return len(drafts)
