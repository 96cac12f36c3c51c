"""The case record's steps as a letter sees them: hearing, zienswijze and its weighing,
teacher heard, consultations, notifications, the search for another school.

Each comes from what is recorded (conversations, the intention, done tasks, consultations,
the measure), never from what a letter is told; a step that is not recorded is absent.
"""

from __future__ import annotations

from datetime import date

from skow_desk.domain.enums import Stage, TaskKind
from skow_desk.domain.letter_data import CaseSteps
from skow_desk.domain.rules import response_deadline
from skow_desk.services.measure_corrections import VOID_NOTE
from skow_desk.store.models import Conversation, Incident, Measure, Person, Task


def hearing_of(incident: Incident, person: Person, before: date | None) -> Conversation | None:
    """The hearing on record: the last conversation with the person (or, for a pupil, a
    parent) held on or before ``before`` (the decision), or None."""
    who = {person.id, *(g.id for g in person.guardians)}
    talks = [c for c in incident.conversations if c.person_id in who
             and (before is None or c.held_on <= before)]
    return max(talks, key=lambda c: (c.held_on, c.id)) if talks else None


def _done(incident: Incident, kind: TaskKind, person: Person,
          measure_ids: set[int]) -> Task | None:
    # a task closed because its measure was corrected or withdrawn was never done
    done = [t for t in incident.tasks if t.kind is kind and t.done_on is not None
            and VOID_NOTE not in t.note
            and (t.measure_id in measure_ids or (t.measure_id is None
                                                 and t.person_id == person.id))]
    return max(done, key=lambda t: (t.done_on or date.min, t.id)) if done else None


def _with_corrected(incident: Incident, ids: set[int]) -> set[int]:
    """``ids`` with every measure they corrected (a chain of corrections): a step recorded for
    the original, such as the Inspectie informed, stays true for the letter that replaces it."""
    found = set(ids)
    while True:
        older = {m.id for m in incident.measures
                 if m.corrected_by_id in found and m.id not in found}
        if not older:
            return found
        found |= older


def letter_steps(incident: Incident, person: Person, measure: Measure | None,
               hearing: Conversation | None) -> CaseSteps:
    """What the case record shows about each step a letter about ``measure`` may mention."""
    intent = measure.intent if measure is not None else None
    if measure is not None and measure.stage is Stage.INTENT:
        intent = None
    ids = _with_corrected(incident, {m.id for m in (measure, intent) if m is not None})
    decided = measure.decided_on if measure is not None else None
    teacher = _done(incident, TaskKind.HEAR_TEACHER, person, ids)
    inspection = _done(incident, TaskKind.INSPECTION_NOTICE, person, ids)
    truancy = _done(incident, TaskKind.TRUANCY_OFFICER, person, ids)
    consults = [c for c in incident.consultations if decided is None or c.held_on <= decided]
    consult = max(consults, key=lambda c: (c.held_on, c.id)) if consults else None
    present = tuple(p.strip() for p in hearing.present.split(",") if p.strip()) if hearing \
        else ()
    heard_name = (f"{hearing.person.first_name} {hearing.person.last_name}".strip()
                  if hearing is not None and hearing.person is not None else "")
    return CaseSteps(
        heard_on=hearing.held_on if hearing else None,
        heard=present or ((heard_name,) if heard_name else ()),
        own_words=hearing.own_view if hearing else "",
        intent_on=(intent.notice_on or intent.decided_on) if intent else None,
        response_on=intent.response_received_on if intent else None,
        response_mode=intent.response_mode if intent else "",
        response_text=intent.response_text if intent else "",
        response_due=response_deadline(intent.notice_on or intent.decided_on)
        if intent else None,
        weighing=intent.weighing if intent else "",
        weighed_on=intent.weighed_on if intent else None,
        teacher_heard_on=teacher.done_on if teacher else None,
        teacher_heard=teacher.note if teacher else "",
        board_consulted_on=consult.held_on if consult else None,
        board_consulted=consult.with_whom if consult else "",
        inspection_on=inspection.done_on if inspection else None,
        truancy_on=truancy.done_on if truancy else None,
        search_started_on=(measure.search_started_on if measure is not None else None)
        or (intent.search_started_on if intent is not None else None),
    )
