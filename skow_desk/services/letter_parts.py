"""What a letter is made of, gathered from the case record: the person, the school and its
signer, the case, the measure, and who receives the letter at which address.

:mod:`skow_desk.services.letter_drafting` puts these parts together into drafts.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Role, Sector, Stage
from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import CaseInfo, MeasureInfo, PersonInfo, SchoolInfo
from skow_desk.domain.mandate import Signer, choose_signer
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.recipients import mention_name, pupil_is_addressee
from skow_desk.domain.rules import objection_deadline, response_deadline
from skow_desk.services.foundation import get_foundation, mandate_of
from skow_desk.services.incidents import get_incident
from skow_desk.services.letter_facts import facts_for_letter
from skow_desk.services.lookup import get_or_gone
from skow_desk.services.school_calendar import calendar_for
from skow_desk.store.models import Incident, Letter, Measure, Person


def find_measure(session: Session, measure_id: int) -> Measure:
    """The measure, or a Dutch error."""
    return get_or_gone(session, Measure, measure_id)


def person_info(person: Person) -> PersonInfo:
    """A stored person as a letter names and addresses them."""
    return PersonInfo(
        salutation=person.salutation, first_name=person.first_name, initials=person.initials,
        infix=person.infix, last_name=person.last_name, role=person.role,
        group_or_function=person.group_or_function, address=person.address,
        postcode=person.postcode, city=person.city)


def letter_signer(session: Session, incident: Incident, role: Role,
                  measure: Measure | None) -> Signer:
    """Who signs a letter about ``measure``: the director within the mandate ("namens het
    bevoegd gezag"), else the bestuurder (Awb 10:10; domain/mandate.py)."""
    school, foundation = incident.school, get_foundation(session)
    return choose_signer(
        role, measure.kind if measure is not None else None, mandate_of(foundation),
        director=school.signatory, director_function=school.signatory_function,
        board_member=foundation.board_member if foundation else "",
        board_member_function=foundation.board_member_function if foundation else "",
        foundation=foundation.name if foundation else "")


def signer_for(session: Session, incident_id: int, person_id: int,
               measure_id: int | None) -> Signer:
    """The signer of the letter the dialog is about to make (shown in the letter dialog)."""
    incident = get_incident(session, incident_id)
    person = get_or_gone(session, Person, person_id)
    measure = find_measure(session, measure_id) if measure_id is not None else None
    return letter_signer(session, incident, person.role, measure)


def school_info(session: Session, incident: Incident, signer: Signer | None = None
                 ) -> SchoolInfo:
    school = incident.school
    foundation = get_foundation(session)
    board_address = ""
    if foundation is not None:
        board_address = ", ".join(
            part for part in (foundation.address,
                              f"{foundation.postcode} {foundation.city}".strip()) if part)
    return SchoolInfo(
        brin=school.brin, name=school.name, sector=school.sector,
        denomination=school.denomination, address=school.address, postcode=school.postcode,
        city=school.city, phone=school.phone, email=school.email, logo=school.logo,
        signatory=signer.name if signer else school.signatory,
        signatory_function=signer.function if signer else school.signatory_function,
        board_name=foundation.name if foundation else "", board_address=board_address,
        on_behalf=signer.on_behalf if signer else "",
        appeal_body=foundation.appeal_body if foundation else "",
        appeal_address=foundation.appeal_address if foundation else "",
        appeal_weeks=foundation.appeal_weeks if foundation else 0)


def case_info(incident: Incident, person_id: int, facts: str | None = None) -> CaseInfo:
    # The letter gets the "feiten voor de brief" only: the internal description names other
    # people and the reporter (services/letter_facts.py).
    text = facts_for_letter(incident, person_id, facts)
    return CaseInfo(kenmerk=incident.kenmerk, reported_on=incident.reported_on,
                    occurred_on=incident.occurred_on, platform=incident.platform,
                    description=text, article_codes=tuple(incident.article_codes), facts=text)


_MEASURE_WORDS = {
    MeasureKind.WARNING: "een waarschuwing", MeasureKind.REPRIMAND: "een berisping",
    MeasureKind.SUSPENSION: "een schorsing", MeasureKind.DISMISSAL: "ontslag",
    MeasureKind.SUMMARY_DISMISSAL: "ontslag op staande voet",
    MeasureKind.REMOVAL: "verwijdering van school", MeasureKind.ACCESS_BAN: "een toegangsverbod",
}


def _earlier_incidents(session: Session, measure: Measure) -> str:
    """The person's earlier incidents that led to a measure, in words, one sentence each.

    "Op 3 oktober 2026 is naar aanleiding van een melding over Instagram besloten tot een
    waarschuwing." Incidents without a measure (a conversation only) are not held against
    anyone in a letter, and intentions are no decisions.
    """
    from skow_desk.domain.dates import long_date

    rows = session.execute(
        select(Measure.decided_on, Measure.kind, Incident.platform)
        .join(Incident, Measure.incident_id == Incident.id)
        .where(Measure.person_id == measure.person_id, Measure.id != measure.id,
               Measure.incident_id != measure.incident_id,
               Measure.stage == Stage.DECISION,
               Measure.kind.in_(list(_MEASURE_WORDS)),
               Incident.reported_on < measure.incident.reported_on)
        .order_by(Measure.decided_on, Measure.id)
    ).all()
    sentences = []
    for decided_on, kind, platform in rows:
        about = f"een melding over {platform.strip()}" if platform.strip() else "een melding"
        sentences.append(f"Op {long_date(decided_on)} is naar aanleiding van {about} besloten "
                         f"tot {_MEASURE_WORDS[MeasureKind(kind)]}.")
    return " ".join(sentences)


def measure_info(session: Session, measure: Measure, letter_date: date) -> MeasureInfo:
    # A decision is made known by sending the letter (Awb 3:40, 3:41): every term counts from
    # the day after the letter's date, its dispatch date; of two dates the later one, which
    # gives the person more time.
    notice = max(letter_date, measure.notice_on or letter_date)
    announced = _announcing_letter(session, measure)
    return MeasureInfo(
        kind=measure.kind, stage=measure.stage, decided_on=measure.decided_on, notice_on=notice,
        reason=measure.reason, start_on=measure.start_on, end_on=measure.end_on,
        school_days=measure.school_days, internal=measure.internal,
        known_since=measure.known_since,
        urgent_reason=measure.reason if measure.kind is MeasureKind.SUMMARY_DISMISSAL else "",
        response_due=response_deadline(notice) if measure.stage is Stage.INTENT else None,
        objection_due=objection_deadline(notice),
        earlier_incidents=_earlier_incidents(session, measure),
        intent_on=measure.intent.decided_on if measure.intent is not None else None,
        receiving_school=measure.receiving_school,
        back_on=calendar_for(measure.incident.school).next_school_day(measure.end_on)
        if measure.end_on else None,
        status=measure.status.value, status_on=measure.status_on,
        status_reason=measure.status_reason, letter_number=announced[0],
        letter_date=announced[1], delay_reason=measure.delay_reason,
        search_started_on=measure.search_started_on)


def _announcing_letter(session: Session, measure: Measure) -> tuple[str, date | None]:
    """Number and date of the newest final letter about ``measure`` (not its withdrawal)."""
    row = session.execute(
        select(Letter.number, Letter.letter_date)
        .where(Letter.measure_id == measure.id, Letter.finalised_at.is_not(None),
               Letter.kind != "intrekking")
        .order_by(Letter.finalised_at.desc(), Letter.id.desc()).limit(1)).first()
    if row is None:
        return "", None
    return row[0] or "", row[1]


def _name_in_text(info: PersonInfo) -> str:
    return mention_name(info.salutation, info.initials, info.infix, info.last_name,
                        info.first_name, is_pupil=info.role is Role.PUPIL)


def address_groups(person: Person, kind: str, sector: Sector, on: date
                    ) -> list[tuple[tuple[PersonInfo, ...], tuple[str, ...]]]:
    """Who gets the letter: groups of addressees at one address, each with the names of the
    others who receive the same letter.

    A pupil's letter goes to every parent/guardian WITH parental authority (BW 1:245; one
    letter per address), never to one without; a VO pupil and any pupil of 18 or older get
    their own letter; an adult pupil's parents only when the pupil agreed. A dossier note is one
    document for the person, whatever the addresses.
    """
    own = person_info(person)
    if person.role is not Role.PUPIL or kind == "notitie_dossier":
        return [((own,), ())]
    authority = [link.guardian for link in person.guardian_links
                 if link.has_authority and not link.guardian.anonymised]
    adult = pupil_is_addressee(Sector.PO, person.birth_date, on)
    pupil_addressed = pupil_is_addressee(sector, person.birth_date, on)
    groups: OrderedDict[tuple[str, str], list[PersonInfo]] = OrderedDict()
    # an adult's parents only with the pupil's consent (no parental authority after 18)
    for guardian in authority if not adult or person.parents_informed else []:
        key = (" ".join(guardian.address.lower().split()),
               guardian.postcode.replace(" ", "").upper())
        groups.setdefault(key, []).append(person_info(guardian))
    result = [tuple(group) for group in groups.values()]
    if pupil_addressed:
        if not (own.address.strip() and own.postcode.strip()) and authority:
            # a pupil without an address of their own lives with a parent
            home = authority[0]
            own = replace(own, address=home.address, postcode=home.postcode, city=home.city)
        if not adult:
            # a child is written to by name: "Geachte Daan van den Berg,", not "heer"
            own = replace(own, salutation=None)
        result.append((own,))
    if not result:
        with_guardians = bool([g for g in person.guardians if not g.anonymised])
        raise DomainError(
            f"Voor {person.first_name} {person.last_name} is geen ouder/verzorger met gezag "
            "vastgelegd; een brief over een leerling gaat naar de ouders met gezag. "
            + ("Vink bij de persoon aan wie het gezag heeft." if with_guardians else
               "Voeg ze toe bij de persoon."))
    names = [[_name_in_text(a) for a in group] for group in result]
    return [(group, tuple(n for j, other in enumerate(names) if j != i for n in other))
            for i, group in enumerate(result)]


def check_ready(incident: Incident, addressees: tuple[PersonInfo, ...], kind: str) -> None:
    if not incident.school.signatory.strip():
        raise DomainError(
            f"Voor {incident.school.name} is nog niet ingesteld wie de brieven ondertekent. "
            "Vul dat in bij Instellingen.")
    if kind == "notitie_dossier":
        return
    for person in addressees:
        if not (person.address.strip() and person.postcode.strip() and person.city.strip()):
            raise DomainError(
                f"Het adres van {person.name} is niet volledig (straat, postcode en plaats); "
                "vul het aan bij de persoon.")
