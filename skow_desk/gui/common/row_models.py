"""Thin Qt table models over the frozen rows of :mod:`skow_desk.services.case_queries`.

One generic :class:`RowTableModel` holds a tuple of rows and a list of columns; each list in the
case view, the person picker and the persons view is one small subclass with ``COL_*`` constants.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from skow_desk.domain.enums import Stage
from skow_desk.domain.measures import MeasureStatus
from skow_desk.gui.common.dates import short
from skow_desk.gui.common.table_base import Index, ListTableModel
from skow_desk.gui.common.translate import tr
from skow_desk.services.case_queries import (
    ConsultationRow,
    ConversationRow,
    EvidenceRow,
    InvolvementRow,
    LetterRow,
    MeasureRow,
    PersonRow,
    TaskRow,
)
from skow_desk.services.measure_corrections import VOID_NOTE

T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#6b6b6b")
OVERDUE = QColor("#a4262c")


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, its text and, optionally, a tooltip and a colour."""

    header: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    colour: Callable[[T], QColor | None] | None = None


class RowTableModel(ListTableModel[T]):
    """A read-only table of frozen rows, one :class:`Column` a column."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._headers = tuple(column.header for column in columns)
        self._rows: tuple[T, ...] = ()

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[T, ...]:
        """All rows."""
        return self._rows

    def row_at(self, index: Index) -> T | None:
        """The row behind an index, or None."""
        return self._row(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(colour) if colour is not None else None
        if role == ROW_ROLE:
            return row
        return None


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    if size >= 1024:
        return f"{size // 1024} kB"
    return f"{size} bytes"


class InvolvementsModel(RowTableModel[InvolvementRow]):
    """Persons involved and their part."""

    COL_NAME, COL_ROLE, COL_DETAIL, COL_PART = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Naam"), lambda r: r.name),
            Column(tr("Rol"), lambda r: r.role.label),
            Column(tr("Groep / functie"), lambda r: r.detail),
            Column(tr("Betrokken als"), lambda r: r.part.label),
        ], parent)




def _task_state(task: TaskRow, today: date) -> str:
    if task.done_on is not None:
        if VOID_NOTE in task.note:  # closed because its measure was corrected or withdrawn
            return tr("Vervallen op {0}").format(short(task.done_on))
        return tr("Gedaan op {0}").format(short(task.done_on))
    if task.due_on is not None and task.due_on < today:
        return tr("Te laat")
    return tr("Open")


class TasksModel(RowTableModel[TaskRow]):
    """The case's tasks: open first, soonest first; overdue in red, done in grey."""

    COL_TITLE, COL_DUE, COL_REQUIRED, COL_STATE = range(4)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        def colour(task: TaskRow) -> QColor | None:
            if task.done_on is not None:
                return MUTED
            if task.due_on is not None and task.due_on < today():
                return OVERDUE
            return None

        super().__init__([
            Column(tr("Taak"), lambda t: t.title, lambda t: t.note, colour),
            Column(tr("Uiterlijk"), lambda t: short(t.due_on, "—"), None, colour),
            Column(tr("Soort"), lambda t: tr("Verplicht") if t.required else tr("Aanbevolen"),
                   None, colour),
            Column(tr("Stand"), lambda t: _task_state(t, today()), None, colour),
        ], parent)


def _measure_duration(m: MeasureRow) -> str:
    if m.start_on and m.end_on:
        days = f" ({m.school_days} schooldagen)" if m.school_days else ""
        return f"{short(m.start_on)} t/m {short(m.end_on)}{days}"
    return ""


def _response(m: MeasureRow) -> str:
    if m.stage is not Stage.INTENT:
        return ""
    if m.response_received_on is not None and m.response_mode == "geen":
        return tr("Geen (vastgelegd {0})").format(short(m.response_received_on))
    if m.response_received_on is not None:
        weighed = "" if m.weighing.strip() else tr(", nog niet gewogen")
        return tr("Ontvangen op {0}{1}").format(short(m.response_received_on), weighed)
    if m.followed_by_decision:
        return tr("Besluit genomen")
    return tr("Nog niet ontvangen")


class MeasuresModel(RowTableModel[MeasureRow]):
    """Measures with their stage, duration, zienswijze and warnings."""

    COL_PERSON, COL_KIND, COL_STAGE, COL_DATE, COL_DURATION, COL_RESPONSE, COL_WARNINGS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Persoon"), lambda m: m.person_name),
            Column(tr("Maatregel"), lambda m: m.kind.label + (
                tr(" (intern)") if m.internal else "") + (
                "" if m.status is MeasureStatus.ACTIVE else f" — {m.status.value}"),
                   lambda m: m.status_reason,
                   lambda m: None if m.status is MeasureStatus.ACTIVE else MUTED),
            Column(tr("Fase"), lambda m: m.stage.value.capitalize()),
            Column(tr("Datum"), lambda m: short(m.decided_on)),
            Column(tr("Duur"), _measure_duration),
            Column(tr("Zienswijze"), _response),
            Column(tr("Let op"), lambda m: m.warnings[0] if m.warnings else "",
                   lambda m: "\n".join(m.warnings),
                   lambda m: OVERDUE if m.warnings else None),
        ], parent)


_MEDIA_KINDS = {
    "image": "Afbeelding",
    "video": "Video",
    "audio": "Geluidsopname",
    "text": "Tekst",
}
_DOCUMENT_KINDS = {
    "application/pdf": "PDF-document",
    "application/msword": "Word-document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word-document",
}


def _evidence_kind(e: EvidenceRow) -> str:
    """``Afbeelding (PNG)``, ``PDF-document``, ``Link`` … rather than a media type."""
    if e.is_link:
        return tr("Link")
    if e.media_type in _DOCUMENT_KINDS:
        return tr(_DOCUMENT_KINDS[e.media_type])
    family, _slash, detail = e.media_type.partition("/")
    if family in _MEDIA_KINDS:
        return f"{tr(_MEDIA_KINDS[family])} ({detail.upper()})" if detail else tr(
            _MEDIA_KINDS[family])
    suffix = e.filename.rsplit(".", 1)[-1].upper() if "." in e.filename else ""
    return tr("Bestand ({0})").format(suffix) if suffix else tr("Bestand")


def fingerprint(sha256: str) -> str:
    """The start of the fingerprint, grouped for reading aloud ("a3f2 9c1e 07b4 …")."""
    return " ".join(sha256[i:i + 4] for i in range(0, 12, 4)) + " …" if sha256 else ""


class EvidenceModel(RowTableModel[EvidenceRow]):
    """Evidence files and links with their fingerprint (SHA-256, in the tooltip)."""

    COL_NAME, COL_KIND, COL_SIZE, COL_ADDED, COL_NOTE, COL_SHA = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Bestand of link"), lambda e: e.url if e.is_link else e.filename),
            Column(tr("Soort"), _evidence_kind, lambda e: e.media_type),
            Column(tr("Grootte"), lambda e: "" if e.is_link else _size(e.size)),
            Column(tr("Toegevoegd"), lambda e: short(e.added_at.date() if e.added_at else None)),
            Column(tr("Toelichting"), lambda e: e.note, lambda e: e.note),
            Column(tr("Vingerafdruk"), lambda e: fingerprint(e.sha256), lambda e: tr(
                "Vingerafdruk (SHA-256): {0}").format(e.sha256)),
        ], parent)


class ConsultationsModel(RowTableModel[ConsultationRow]):
    """Consultations with the directeur-bestuurder."""

    COL_DATE, COL_WITH, COL_ADVICE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Datum"), lambda c: short(c.held_on)),
            Column(tr("Met"), lambda c: c.with_whom),
            Column(tr("Advies"), lambda c: " ".join(c.advice.split()), lambda c: c.advice),
        ], parent)


class ConversationsModel(RowTableModel[ConversationRow]):
    """Conversation records."""

    COL_DATE, COL_PERSON, COL_PRESENT, COL_SUMMARY, COL_SIGNATURE, COL_FOLLOW_UP = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Datum"), lambda c: short(c.held_on)),
            Column(tr("Met"), lambda c: c.person_name or tr("(niet gekozen)")),
            Column(tr("Aanwezig"), lambda c: c.present),
            Column(tr("Besproken"), lambda c: " ".join(c.summary.split()), lambda c: c.summary),
            Column(tr("Ondertekening"), lambda c: c.signature.value.capitalize(),
                   lambda c: c.refusal_reason),
            Column(tr("Vervolg"), lambda c: short(c.follow_up_on)),
        ], parent)


def _letter_kind(kind: str) -> str:
    """The Dutch title of a letter kind ("Schorsing leerling"), never its code."""
    from skow_desk.letters.kinds import LETTER_KINDS

    known = LETTER_KINDS.get(kind)
    if known is not None:
        return known.title
    text = kind.replace("_", " ").replace("-", " ")
    return text[:1].upper() + text[1:]


class LettersModel(RowTableModel[LetterRow]):
    """Letters of the case."""

    COL_DATE, COL_KIND, COL_PERSON, COL_NUMBER, COL_STATE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Datum"), lambda r: short(r.letter_date)),
            Column(tr("Soort"), lambda r: _letter_kind(r.kind)),
            Column(tr("Over"), lambda r: r.person_name),
            Column(tr("Nummer"), lambda r: r.number),
            Column(tr("Stand"), lambda r: tr("Definitief") if r.is_final else tr("Concept")),
        ], parent)


class PersonsModel(RowTableModel[PersonRow]):
    """Persons for the persons view and the person picker."""

    COL_NAME, COL_ROLE, COL_DETAIL, COL_SCHOOL, COL_CITY, COL_EMAIL = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(tr("Naam"), lambda p: p.name),
            Column(tr("Rol"), lambda p: p.role.label),
            Column(tr("Groep / functie"), lambda p: p.detail),
            Column(tr("School"), lambda p: p.school_name),
            Column(tr("Plaats"), lambda p: p.city),
            Column(tr("E-mail"), lambda p: p.email),
        ], parent)
