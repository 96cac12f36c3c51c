"""Tasks: legal deadlines and notifications across all cases."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from skow_desk.domain.enums import TaskKind
from skow_desk.domain.errors import DomainError
from skow_desk.domain.rules import check_step_date
from skow_desk.services.lookup import get_or_gone
from skow_desk.store.models import Task


def complete_task(session: Session, task_id: int, done_on: date, note: str = "") -> Task:
    """Mark a task done on a date."""
    task = get_or_gone(session, Task, task_id)
    if task.incident is not None and done_on < task.incident.reported_on:
        raise DomainError("De datum ligt vóór de datum van de melding.")
    check_step_date(done_on, date.today(), "deze taak")
    task.done_on = done_on
    if note.strip():
        task.note = note.strip()
    session.flush()
    return task


def reopen_task(session: Session, task_id: int) -> Task:
    """Undo marking a task done."""
    task = get_or_gone(session, Task, task_id)
    task.done_on = None
    session.flush()
    return task


def add_task(
    session: Session, incident_id: int | None, kind: TaskKind, title: str, due_on: date | None
) -> Task:
    """A task the director adds by hand."""
    if not title.strip():
        raise DomainError("Vul in wat er moet gebeuren.")
    task = Task(incident_id=incident_id, kind=kind, title=title.strip(), due_on=due_on,
                required=False)
    session.add(task)
    session.flush()
    return task


def is_overdue(task: Task, today: date) -> bool:
    """Open and past its date."""
    return task.done_on is None and task.due_on is not None and task.due_on < today
