"""Drafting letters: from the case record and the (possibly edited) template to one
``LetterData`` per address, and rendering a draft or final letter with the director's envelope
window. Nothing is stored here; :mod:`skow_desk.services.letter_store` finalises.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from skow_desk.domain.enums import Role
from skow_desk.domain.envelope import WINDOW_SETTINGS, AddressWindow, window_from_settings
from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData, LetterRequest
from skow_desk.domain.measures import MeasureStatus
from skow_desk.services.case_steps import hearing_of, letter_steps
from skow_desk.services.enclosures import stored_enclosure_texts
from skow_desk.services.foundation import confirmations_of, get_foundation
from skow_desk.services.incidents import get_incident
from skow_desk.services.letter_facts import without_other_names
from skow_desk.services.letter_parts import (
    address_groups,
    case_info,
    check_ready,
    find_measure,
    letter_signer,
    measure_info,
    person_info,
    school_info,
)
from skow_desk.services.letter_templates import template_source
from skow_desk.services.lookup import get_or_gone
from skow_desk.store.models import Conversation, Person
from skow_desk.store.queries import connection_of
from skow_desk.store.queries.settings import read_settings

MEMO_KINDS = ("gespreksverslag", "notitie_dossier")


def letter_kinds_for_measure(session: Session, measure_id: int) -> list[str]:
    """The letter kinds that fit a measure (besides gespreksverslag and notitie)."""
    from skow_desk.letters.templating import letter_kinds_for

    measure = find_measure(session, measure_id)
    if measure.status is MeasureStatus.CORRECTED:
        return []  # its letters are the corrected measure's
    return [k for k in letter_kinds_for(measure.person.role, measure.kind, measure.stage,
                                        withdrawn=measure.status is MeasureStatus.WITHDRAWN)
            if k not in MEMO_KINDS]


def draft_letters(
    session: Session,
    kind: str,
    incident_id: int,
    person_id: int,
    measure_id: int | None = None,
    conversation_id: int | None = None,
    letter_date: date | None = None,
    *,
    facts: str | None = None,
    enclosures: tuple[str, ...] | None = None,
) -> list[LetterData]:
    """Draft letters of ``kind`` about one person: one per address.

    ``facts``: the "feiten voor de brief" as edited in the letter dialog (None: the incident's);
    ``enclosures``: what goes with the letter ("Bijlage(n)"); None: the stored choice
    (services/enclosures.py).
    """
    from skow_desk.letters.legal import legal_texts
    from skow_desk.letters.templating import LETTER_KINDS, TemplateError, build_letter

    if kind in LETTER_KINDS and LETTER_KINDS[kind].legacy:
        raise DomainError(LETTER_KINDS[kind].legacy)
    incident = get_incident(session, incident_id)
    person = get_or_gone(session, Person, person_id)
    measure = find_measure(session, measure_id) if measure_id is not None else None
    if enclosures is None:
        enclosures = stored_enclosure_texts(session, incident_id, person_id, kind)
    conversation = session.get(Conversation, conversation_id) if conversation_id else None
    if conversation is None and measure is not None and kind not in MEMO_KINDS:
        # a measure letter reads the hearing from the case record itself
        conversation = hearing_of(incident, person, measure.decided_on)
    if kind in MEMO_KINDS and conversation is None:
        # the report and the dossier note are about the last conversation with the person
        # (for a pupil: or a parent), as a measure letter's hearing
        conversation = hearing_of(incident, person, None) or next(
            (c for c in reversed(incident.conversations) if c.person_id is None), None)
    if kind == "gespreksverslag" and conversation is None:
        raise DomainError("Leg eerst het gesprek vast; het verslag wordt daaruit gemaakt.")
    foundation = get_foundation(session)
    legal = legal_texts(incident.school.sector, incident.school.denomination,
                        confirmations=tuple((c.key, c.text) for c in
                                            confirmations_of(foundation)))
    source = template_source(session, kind)
    hearing = conversation if conversation is not None and kind not in MEMO_KINDS else (
        hearing_of(incident, person, measure.decided_on if measure else None))
    steps = letter_steps(incident, person, measure, hearing)
    on = letter_date or date.today()
    school = school_info(session, incident, letter_signer(session, incident, person.role,
                                                            measure))
    drafts = []
    for addressees, others in address_groups(person, kind, incident.school.sector, on):
        check_ready(incident, addressees, kind)
        pupil_letter = person.role is Role.PUPIL and addressees[0].role is Role.PUPIL
        request = LetterRequest(
            kind=kind, person=addressees[0] if pupil_letter else person_info(person),
            addressees=addressees if person.role is Role.PUPIL else (),
            school=school, case=case_info(incident, person.id, facts), enclosures=enclosures,
            measure=measure_info(session, measure, on) if measure is not None else None,
            letter_date=on, also_sent_to=others,
            conversation_on=conversation.held_on if conversation else None,
            present=tuple(p.strip() for p in conversation.present.split(",") if p.strip())
            if conversation else (),
            summary=conversation.summary if conversation else "",
            own_view=conversation.own_view if conversation else "",
            agreements=conversation.agreements if conversation else "",
            follow_up_on=conversation.follow_up_on if conversation else None,
            steps=steps)
        request = without_other_names(request, incident, person.id)
        try:
            drafts.append(build_letter(request, source, legal, draft=True))
        except TemplateError as error:
            # e.g. an imported suspension without its first and last day: say what to do,
            # not only which template line stopped
            title = LETTER_KINDS[kind].title if kind in LETTER_KINDS else kind
            raise DomainError(
                f"De brief ‘{title}’ kan nog niet worden gemaakt: {error.problem.message}. Vul "
                "het ontbrekende gegeven aan (bijvoorbeeld de eerste en laatste dag bij de "
                "maatregel) of pas het sjabloon aan onder Bestand → Briefsjablonen.") from error
    return drafts


def address_window(session: Session) -> AddressWindow:
    """The address-window position from settings (defaults: :mod:`skow_desk.domain.envelope`)."""
    # the three settings in one query: a letter is finalised in a fresh session, where each
    # get_setting would be a round trip of its own
    return window_from_settings(read_settings(
        connection_of(session), [setting.key for setting in WINDOW_SETTINGS]))


def render(session: Session, data: LetterData) -> bytes:
    """The PDF of a letter (draft or final) with the configured address window."""
    from skow_desk.letters.render import render_letter

    return render_letter(data, address_window(session))


def redate_letters(session: Session, drafts: list[LetterData], kind: str, incident_id: int,
                   person_id: int, measure_id: int | None, sent_on: date) -> list[LetterData]:
    """The drafts re-dated to their dispatch date, every deadline counted from it (edits kept;
    services/dispatch.py)."""
    from skow_desk.services.dispatch import redate_drafts

    if not drafts or drafts[0].letter_date == sent_on:
        return [replace(d, letter_date=sent_on) for d in drafts]
    measure = find_measure(session, measure_id) if measure_id is not None else None
    # the enclosures chosen in the dialog go with the re-dated letter too
    enclosures = drafts[0].enclosures
    old = draft_letters(session, kind, incident_id, person_id, measure_id,
                        letter_date=drafts[0].letter_date, enclosures=enclosures)
    new = draft_letters(session, kind, incident_id, person_id, measure_id, letter_date=sent_on,
                        enclosures=enclosures)
    return redate_drafts(drafts, old, new, measure, sent_on)
