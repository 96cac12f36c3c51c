"""Dates in the case dialogs: dd-mm-jjjj fields, optional dates, and the notion of today.

The look of a date field comes from :func:`skow_desk.gui.common.widgets.setup_date_edit`, shared by
the whole window; this module adds the Dutch calendar and the check box for optional dates.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QDateEdit

from skow_desk.domain.dates import short_date
from skow_desk.gui.common.widgets import edit_date, setup_date_edit, to_qdate

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)

# Test hook: when set, the case dialogs take this date as today.
TODAY: date | None = None


def today() -> date:
    """Today (or the date tests fixed in ``TODAY``)."""
    return TODAY or date.today()


def short(day: date | None, empty: str = "") -> str:
    """``24-11-2026``: the way every date in the window is written."""
    return empty if day is None else short_date(day)


def setup_date(edit: QDateEdit, value: date | None = None) -> None:
    """A dd-mm-jjjj field with a Dutch calendar, showing ``value`` (today when None)."""
    setup_date_edit(edit, value or today())
    edit.setLocale(DUTCH)
    edit.calendarWidget().setLocale(DUTCH)
    if not edit.toolTip():
        edit.setToolTip(edit.tr("Typ de datum als dd-mm-jjjj of kies hem in de kalender."))


def value_of(edit: QDateEdit) -> date:
    """The date a field shows."""
    return edit_date(edit)


def set_value(edit: QDateEdit, day: date) -> None:
    """Show ``day`` in a field."""
    edit.setDate(to_qdate(day))


def bind_optional(check: QAbstractButton, edit: QDateEdit) -> None:
    """A check box in front of a date: the date counts only while the box is ticked."""
    edit.setEnabled(check.isChecked())
    check.toggled.connect(edit.setEnabled)


def optional_value(check: QAbstractButton, edit: QDateEdit) -> date | None:
    """The date when its box is ticked, else ``None``."""
    return value_of(edit) if check.isChecked() else None


def set_optional_value(check: QAbstractButton, edit: QDateEdit, day: date | None) -> None:
    """Tick the box and show ``day``; or untick it (the field then shows today, greyed)."""
    check.setChecked(day is not None)
    set_value(edit, day if day is not None else today())
    edit.setEnabled(day is not None)
