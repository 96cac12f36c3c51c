"""Sending a letter (verzending): the date it is sent fixes every term in it and in the tasks.

A decision takes effect when it is made known by sending it (Awb 3:40, 3:41); every term counts
from the day after (Awb 6:8) and one ending on a weekend or holiday runs on (Algemene
termijnenwet). A draft is dated the day it is made; finalising asks for the dispatch date and
way, re-dates the letter and every deadline in it (:func:`redate_drafts`), and after it is
stored moves the measure's open term tasks to the same dates (:func:`follow_dispatch`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.dates import WEEKDAYS, long_date
from skow_desk.domain.enums import Stage, TaskKind
from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData
from skow_desk.domain.rules import (
    objection_deadline,
    objection_task_title,
    response_deadline,
    response_task_title,
)
from skow_desk.store.models import Measure, Task
from skow_desk.store.queries import connection_of
from skow_desk.store.queries.letters import MeasureTerms, TermTask, open_term_tasks

DISPATCH_WAYS: dict[str, str] = {
    "post": "Per post",
    "aangetekend": "Aangetekend",
    "e-mail": "Per e-mail",
    "uitgereikt": "Persoonlijk uitgereikt",
}
"""How a letter is sent (stored value → Dutch label)."""

AnyMeasure = Measure | MeasureTerms
"""A measure as the ORM loads it, or only the dates its letters' terms count from."""


@dataclass(frozen=True)
class Dispatch:
    """When, how and to whom a letter is sent."""

    sent_on: date
    via: str
    to: str


def check_dispatch(dispatch: Dispatch, measure: AnyMeasure | None) -> None:
    """Refuse a dispatch the letter cannot have, with a Dutch sentence."""
    if dispatch.via not in DISPATCH_WAYS:
        ways = ", ".join(DISPATCH_WAYS)
        raise DomainError(f"Kies hoe de brief wordt verstuurd ({ways}).")
    if not dispatch.to.strip():
        raise DomainError("Vul in aan wie de brief wordt verstuurd.")
    if measure is not None and dispatch.sent_on < measure.decided_on:
        raise DomainError(
            f"De brief kan niet zijn verstuurd vóór het besluit van "
            f"{long_date(measure.decided_on)}. Kies een verzenddatum op of na die dag.")


def postal_note_for(via: str, drafted: str) -> str:
    """The note above the address as the letter was really sent: a draft names the way its
    kind is normally sent ("Aangetekend en per gewone post"); the final letter says only what
    the dispatch holds (nothing for ordinary post)."""
    if via == "aangetekend":
        return drafted or DISPATCH_WAYS[via]
    if via == "post":
        return ""
    return DISPATCH_WAYS[via]


def letter_deadlines(measure: AnyMeasure | None, sent_on: date) -> dict[str, date]:
    """The terms a letter about ``measure`` sent on ``sent_on`` names."""
    if measure is None:
        return {}
    notice = max(sent_on, measure.notice_on or sent_on)
    terms = {"bezwaar": objection_deadline(notice)}
    if measure.stage is Stage.INTENT:
        terms["zienswijze"] = response_deadline(notice)
    return terms


def _date_pattern(day: date) -> re.Pattern[str]:
    # a date may be printed with non-breaking spaces, and with its weekday in front
    words = [re.escape(w) for w in long_date(day).split()]
    weekday = re.escape(WEEKDAYS[day.weekday()])
    return re.compile(rf"(?:\b{weekday}(?P<sep>[ \u00a0]))?(?P<date>"
                      + r"[ \u00a0]".join(words) + r")\b")


def shift_dates(paragraphs: tuple[str, ...], moves: dict[date, date]) -> tuple[str, ...]:
    """The paragraphs with every date in ``moves`` replaced by its new date (and weekday),
    each keeping the spaces it was printed with."""
    result = []
    for text in paragraphs:
        for old, new in moves.items():
            def put(match: re.Match[str], new: date = new) -> str:
                space = "\u00a0" if "\u00a0" in match.group("date") else " "
                printed = long_date(new).replace(" ", space)
                if match.group("sep") is not None:
                    return f"{WEEKDAYS[new.weekday()]}{match.group('sep')}{printed}"
                return printed
            text = _date_pattern(old).sub(put, text)
        result.append(text)
    return tuple(result)


def redate_drafts(drafts: list[LetterData], fresh_old: list[LetterData],
                  fresh_new: list[LetterData], measure: Measure | None,
                  sent_on: date) -> list[LetterData]:
    """The drafts dated ``sent_on`` with every deadline counted from it.

    ``fresh_old``/``fresh_new`` are the template's drafts at the old and the new date. A draft
    the director did not edit becomes the new one; an edited draft keeps its text, with each
    deadline moved to its new date.
    """
    if not drafts:
        return []
    old_date = drafts[0].letter_date
    if len(fresh_old) != len(drafts) or len(fresh_new) != len(drafts):
        raise DomainError("De ontvangers van deze brief zijn veranderd. Maak een nieuw concept.")
    before, after = letter_deadlines(measure, old_date), letter_deadlines(measure, sent_on)
    moves = {before[k]: after[k] for k in before if before[k] != after[k]}
    result = []
    for draft, old, new in zip(drafts, fresh_old, fresh_new, strict=True):
        if draft.paragraphs == old.paragraphs:
            result.append(replace(new, number=draft.number))
        else:
            result.append(replace(draft, letter_date=sent_on,
                                  paragraphs=shift_dates(draft.paragraphs, moves)))
    return result


def follow_dispatch(session: Session, measure: AnyMeasure | None, sent_on: date) -> None:
    """Move the measure's open objection and zienswijze tasks to the terms of a letter sent on
    ``sent_on``; of several letters (one per parent) the latest, which gives the most time.

    The open tasks are read in plain SQL; only those whose date moves are loaded and changed
    through the ORM, so the audit trail records the change (a second letter of the same day,
    or one without terms, loads nothing).
    """
    if measure is None:
        return
    terms = letter_deadlines(measure, sent_on)
    moves = {task.id: due for task in open_term_tasks(connection_of(session), measure.id)
             if (due := _moved_due(task, measure, terms)) is not None}
    if not moves:
        return
    for task in session.scalars(select(Task).where(Task.id.in_(list(moves)))):
        due = task.due_on = moves[task.id]
        task.title = (objection_task_title(due) if task.kind is TaskKind.OBJECTION_TERM
                      else response_task_title(measure.kind.value, due))
    session.flush()


def _moved_due(task: TermTask, measure: AnyMeasure, terms: dict[str, date]) -> date | None:
    """The later day a term task moves to, or ``None`` when it stays."""
    if task.kind is TaskKind.OBJECTION_TERM and measure.stage is Stage.DECISION:
        due = terms["bezwaar"]
    elif task.kind is TaskKind.RESPONSE_TERM and "zienswijze" in terms:
        due = terms["zienswijze"]
    else:
        return None
    return due if task.due_on is None or due > task.due_on else None


def earliest_dispatch(session: Session, measure_id: int | None) -> date | None:
    """The first day a letter about the measure can be sent: its decision date."""
    measure = session.get(Measure, measure_id) if measure_id is not None else None
    return measure.decided_on if measure is not None else None


def recipient_names(data: LetterData) -> tuple[str, ...]:
    """The names a letter is addressed to (its address block without the address lines); a
    dossier note goes to the dossier."""
    lines = data.recipient_lines
    if not lines:
        return ("dossier",)
    return lines[:-2] if len(lines) >= 3 else lines[:1]
