"""The legality check of a letter, fed from the case record (see domain/legality.py)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from skow_desk.domain.legality import CONTEST_BODIES, CheckItem, LegalityFacts, check_letter
from skow_desk.domain.names import full_name
from skow_desk.domain.rules import response_deadline
from skow_desk.services.case_steps import hearing_of, letter_steps
from skow_desk.services.incidents import get_incident
from skow_desk.services.lookup import get_or_gone
from skow_desk.store.models import Incident, Measure, Person


def other_names(incident: Incident, person: Person) -> tuple[str, ...]:
    """First and last names of everyone else involved in the incident, leaving out names the
    person and their guardians share (a brother's surname is the pupil's own)."""
    own = {person.id, *(g.id for g in person.guardians)}
    kept = {n.lower() for p in (person, *person.guardians)
            for n in (p.first_name, p.last_name) if n.strip()}
    names: list[str] = []
    for involvement in incident.involvements:
        other = involvement.person
        if other.id in own or other.anonymised:
            continue
        for name in (other.first_name, other.last_name):
            clean = " ".join(name.split())
            if clean and clean.lower() not in kept and clean not in names:
                names.append(clean)
    return tuple(names)


def _board_names(session: Session) -> tuple[str, ...]:
    from skow_desk.services.foundation import get_foundation

    foundation = get_foundation(session)
    if foundation is None:
        return ()
    return tuple(n for n in (foundation.name, foundation.short_name) if n.strip())


def letter_facts(session: Session, kind: str, incident_id: int, person_id: int,
                 measure_id: int | None, paragraphs: tuple[str, ...],
                 today: date | None = None) -> LegalityFacts:
    """Gather what the checklist needs about one letter from the case record."""
    incident = get_incident(session, incident_id)
    person = get_or_gone(session, Person, person_id)
    measure = session.get(Measure, measure_id) if measure_id is not None else None
    decided = measure.decided_on if measure is not None else None
    hearing = hearing_of(incident, person, decided) or hearing_of(incident, person, None)
    steps = letter_steps(incident, person, measure, hearing)
    intent = measure.intent if measure is not None else None
    from skow_desk.services.letters import letter_signer

    signer = letter_signer(session, incident, person.role, measure)
    signed_by = ", ".join(p for p in (signer.name, signer.function) if p.strip())
    if signer.on_behalf:
        signed_by += f" ({signer.on_behalf.strip()})"
    return LegalityFacts(
        letter_kind=kind, role=person.role, sector=incident.school.sector,
        measure_kind=measure.kind if measure else None,
        stage=measure.stage if measure else None, decided_on=decided,
        reason=measure.reason if measure else "",
        article_codes=tuple(incident.article_codes),
        heard_on=hearing.held_on if hearing else None,
        urgent_exception=measure.urgent_exception if measure else "",
        intent_on=steps.intent_on, response_mode=steps.response_mode,
        response_on=steps.response_on,
        response_due=response_deadline(intent.notice_on or intent.decided_on)
        if intent else None,
        weighing=steps.weighing,
        start_on=measure.start_on if measure else None,
        end_on=measure.end_on if measure else None,
        school_days=measure.school_days if measure else None,
        signatory=signed_by if signer.name.strip() else "", signer_problem=signer.problem,
        tasks=tuple(t.kind.value for t in incident.tasks
                    if measure is not None and t.measure_id == measure.id),
        inspection_on=steps.inspection_on,
        guardians_with_authority=sum(
            1 for link in person.guardian_links
            if link.has_authority and not link.guardian.anonymised),
        paragraphs=paragraphs, other_names=other_names(incident, person),
        contest_bodies=(*CONTEST_BODIES, *_board_names(session)),
        today=today or date.today())


def letter_checklist(session: Session, kind: str, incident_id: int, person_id: int,
                     measure_id: int | None, paragraphs: tuple[str, ...]) -> list[CheckItem]:
    """The rechtmatigheidstoets of one letter (its drafted paragraphs) against the record."""
    return check_letter(letter_facts(session, kind, incident_id, person_id, measure_id,
                                     paragraphs))


def case_checklists(session: Session, kenmerk: str) -> list[tuple[str, list[CheckItem]]]:
    """The checklist of every letter of a case's measures that is not final yet: a title
    ("Besluit berisping — Jan van der Berg") with its items."""
    from skow_desk.letters.kinds import LETTER_KINDS
    from skow_desk.services.incidents import incident_by_kenmerk
    from skow_desk.services.letters import (
        current_letters,
        draft_letters,
        letter_kinds_for_measure,
        letters_of_incident,
    )

    incident = incident_by_kenmerk(session, kenmerk)
    final = {(x.measure_id, x.kind) for x in current_letters(
        letters_of_incident(session, incident.id))}
    result: list[tuple[str, list[CheckItem]]] = []
    for measure in incident.measures:
        for kind in letter_kinds_for_measure(session, measure.id):
            if (measure.id, kind) in final:
                continue
            drafts = draft_letters(session, kind, incident.id, measure.person_id, measure.id)
            paragraphs = tuple(p for d in drafts for p in d.paragraphs)
            title = LETTER_KINDS[kind].title if kind in LETTER_KINDS else kind
            person = measure.person
            who = full_name(person.first_name, person.infix, person.last_name)
            result.append((f"{title} — {who}", letter_checklist(
                session, kind, incident.id, measure.person_id, measure.id, paragraphs)))
    return result


def checklist_text(title: str, items: list[CheckItem]) -> str:
    """A checklist as printed by the `letters` command."""
    blocked = any(i.blocks for i in items)
    head = (f"Rechtmatigheidstoets {title}: "
            + ("NIET in orde — definitief maken is geblokkeerd" if blocked else "in orde"))
    return "\n".join([head, *(f"  {i.line()}" for i in items)])
