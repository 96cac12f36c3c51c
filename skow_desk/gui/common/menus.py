"""The main window's menu entries, from small tables: one way to make and wire an action.

The fixed entries come from the Designer form (``ui/main_window.ui``) and are only connected
here (:func:`connect_triggered`); the entries other modules add (letters, backups, import, help
…) are described by a :class:`MenuEntry` and made by :func:`add_entries`, so every one gets its
object name (tests and the help find it by it), its shortcut and its status tip the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

Slot = Callable[[], Any]


@dataclass(frozen=True)
class MenuEntry:
    """One menu entry: its Dutch text (with its &-key), object name and what it does."""

    text: str
    name: str
    slot: Slot
    status_tip: str = ""
    shortcut: QKeySequence | None = None
    everywhere: bool = False
    """The shortcut works in every window and dialog of the program (F1), not only here."""


def make_action(owner: QObject, entry: MenuEntry) -> QAction:
    """The action of ``entry``, owned by ``owner`` and connected to its slot."""
    action = QAction(entry.text, owner)
    action.setObjectName(entry.name)
    if entry.status_tip:
        action.setStatusTip(entry.status_tip)
    if entry.shortcut is not None:
        action.setShortcut(entry.shortcut)
    if entry.everywhere:
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    slot = entry.slot
    action.triggered.connect(lambda _checked=False: slot())
    return action


def add_entries(owner: QObject, menu: QMenu | QWidget, entries: Sequence[MenuEntry],
                before: QAction | None = None, separator: bool = False) -> list[QAction]:
    """Put ``entries`` in ``menu``, in order, before ``before`` (at the end when None);
    ``separator`` adds a line after them."""
    actions = [make_action(owner, entry) for entry in entries]
    for action in actions:
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
    if separator and isinstance(menu, QMenu):
        if before is None:
            menu.addSeparator()
        else:
            menu.insertSeparator(before)
    return actions


def connect_triggered(pairs: Iterable[tuple[QAction, Slot]]) -> None:
    """Connect each (action, slot) of the form's own entries."""
    for action, slot in pairs:
        action.triggered.connect(lambda _checked=False, call=slot: call())
