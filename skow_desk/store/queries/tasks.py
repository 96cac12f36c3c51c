"""Tasks as the task list and a case show them, and the open tasks across all cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from skow_desk.domain.enums import TaskKind
from skow_desk.domain.names import full_name
from skow_desk.store.queries import Connection


@dataclass(frozen=True, kw_only=True)
class TaskRow:
    """One task, ready to show: in the task list (with its case, school and person) or in
    a case (with when it was done and the note)."""

    id: int
    title: str
    kind: TaskKind
    due_on: date | None
    done_on: date | None = None
    required: bool = True
    note: str = ""
    incident_id: int | None = None
    kenmerk: str = ""
    school: str = ""
    person: str = ""


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def open_task_rows(conn: Connection, school_id: int | None = None) -> list[TaskRow]:
    """Every open task across all cases, soonest first (tasks without a date last)."""
    where, params = "task.done_on IS NULL", []
    if school_id is not None:
        where += " AND incident.school_id = ?"
        params.append(school_id)
    return [
        TaskRow(id=tid, title=title, kind=TaskKind(kind), due_on=_day(due),
                required=bool(required), note=note or "", incident_id=iid, kenmerk=code or "",
                school=school or "", person=full_name(first or "", infix or "", last or ""))
        for tid, iid, code, school, kind, title, required, note, first, infix, last, due
        in conn.execute(
            "SELECT task.id, task.incident_id, incident.kenmerk, school.name, task.kind,"
            " task.title, task.required, task.note, person.first_name, person.infix,"
            " person.last_name, task.due_on"
            " FROM task LEFT JOIN incident ON incident.id = task.incident_id"
            " LEFT JOIN school ON school.id = incident.school_id"
            " LEFT JOIN person ON person.id = task.person_id"
            f" WHERE {where} ORDER BY task.due_on IS NULL, task.due_on, task.id", params)
    ]


def count_open_tasks(conn: Connection, today: date) -> tuple[int, int]:
    """(open tasks, of which past their date) across all cases."""
    total, overdue = conn.execute(
        "SELECT count(*), sum(CASE WHEN due_on IS NOT NULL AND due_on < ? THEN 1 ELSE 0 END)"
        " FROM task WHERE done_on IS NULL", [today.isoformat()]).fetchone()
    return int(total or 0), int(overdue or 0)
