"""The "feiten voor de brief" of an incident: what letters say happened, without other names.

The incident keeps its internal description. Letters and dossier notes use
``Incident.letter_facts``; while the director has not written it, it is the description with
every non-causer's name replaced by their part (:mod:`skow_desk.domain.letter_facts`). Whatever
the text, a letter about one person also has every *other* involved person's name replaced
(another causer in the same case too) and the reporter left out.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from skow_desk.domain.enums import Part
from skow_desk.domain.letter_data import LetterRequest
from skow_desk.domain.letter_facts import OtherPerson, redact
from skow_desk.services.incidents import get_incident
from skow_desk.store.models import Incident, Person


def _other(person: Person, reporter: bool) -> OtherPerson:
    return OtherPerson(first_name=person.first_name, infix=person.infix,
                       last_name=person.last_name, initials=person.initials, role=person.role,
                       reporter=reporter)


def other_people(incident: Incident, person_id: int | None) -> list[OtherPerson]:
    """Everyone involved in ``incident`` but the person ``person_id``, in order of entry.

    ``None``: everyone but the causers (the text shared by the causers' letters).
    """
    causers = {i.person_id for i in incident.involvements if i.part is Part.CAUSER}
    parts: dict[int, set[Part]] = {}
    for involvement in incident.involvements:
        parts.setdefault(involvement.person_id, set()).add(involvement.part)
    seen: set[int] = set()
    people = []
    for involvement in sorted(incident.involvements, key=lambda i: i.id or 0):
        pid = involvement.person_id
        if pid in seen or pid == person_id or (person_id is None and pid in causers):
            continue
        seen.add(pid)
        if not involvement.person.anonymised:
            people.append(_other(involvement.person, parts[pid] == {Part.REPORTER}))
    return people


def prefilled_facts(incident: Incident) -> str:
    """The description with every non-causer's name and the reporter replaced."""
    return redact(incident.description.strip(), other_people(incident, None),
                  reporter=incident.reported_by)


def letter_facts_of(incident: Incident) -> str:
    """The facts text as the director wrote it, or the pre-filled one."""
    return incident.letter_facts.strip() or prefilled_facts(incident)


def facts_for_letter(incident: Incident, person_id: int, text: str | None = None) -> str:
    """The facts as a letter about ``person_id`` prints them (``text``: edited in the dialog)."""
    facts = letter_facts_of(incident) if text is None or not text.strip() else text.strip()
    return redact(facts, other_people(incident, person_id), reporter=incident.reported_by)


def set_letter_facts(session: Session, incident_id: int, text: str) -> Incident:
    """Store the facts for letters (empty: back to the pre-filled text).

    The audit trail logs the change as it logs every column (store/audit.py)."""
    incident = get_incident(session, incident_id)
    text = text.strip()
    if text == prefilled_facts(incident):
        text = ""  # unchanged: keep following the description
    if text != incident.letter_facts:
        incident.letter_facts = text
        session.flush()
    return incident


def facts_state(session: Session, incident_id: int) -> tuple[str, str]:
    """(the facts text letters use now, the text pre-filled from the description)."""
    incident = get_incident(session, incident_id)
    return letter_facts_of(incident), prefilled_facts(incident)


def without_other_names(request: LetterRequest, incident: Incident,
                        person_id: int) -> LetterRequest:
    """The request with every free text from the record (the measure's reason, the
    conversation's summary, own view, agreements and who was present, the hearing's own words,
    the zienswijze and its weighing) cleared of the names of the other people involved and the
    reporter, as the facts are.

    A director writes "Lotte was erg overstuur" in a reason as readily as in the description.
    """
    others = other_people(incident, person_id)
    reporter = incident.reported_by

    def clean(text: str) -> str:
        return redact(text, others, reporter=reporter) if text.strip() else text

    measure = request.measure
    if measure is not None:
        measure = replace(measure, reason=clean(measure.reason),
                          urgent_reason=clean(measure.urgent_reason),
                          status_reason=clean(measure.status_reason),
                          delay_reason=clean(measure.delay_reason))
    steps = request.steps
    steps = replace(steps, heard=tuple(clean(h) for h in steps.heard),
                    own_words=clean(steps.own_words), response_text=clean(steps.response_text),
                    weighing=clean(steps.weighing), teacher_heard=clean(steps.teacher_heard),
                    board_consulted=clean(steps.board_consulted))
    return replace(request, measure=measure, summary=clean(request.summary),
                   own_view=clean(request.own_view), agreements=clean(request.agreements),
                   present=tuple(clean(p) for p in request.present), steps=steps)
