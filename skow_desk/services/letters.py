"""Letters for the dossier: from a case to a draft, to a finalised, unchangeable PDF.

A draft is a ``LetterData`` built from the case and the (possibly edited) template; the director
may adjust its paragraphs; finalising numbers it, renders the PDF once and stores the bytes with
their SHA-256. A finalised letter never changes: a correction is a new version that names the one
it replaces. Editing a template never touches a finalised letter (its data and PDF are stored).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Connection, Integer, bindparam, cast, func, select
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Role, Sector, Stage
from skow_desk.domain.errors import DomainError, NotFound
from skow_desk.domain.letter_data import (
    CaseInfo,
    LetterData,
    LetterRequest,
    MeasureInfo,
    PersonInfo,
    SchoolInfo,
)
from skow_desk.domain.mandate import Signer, choose_signer
from skow_desk.domain.measures import MeasureKind, MeasureStatus
from skow_desk.domain.recipients import mention_name, pupil_is_addressee
from skow_desk.domain.rules import objection_deadline, response_deadline
from skow_desk.services.audit import AuditAction, record
from skow_desk.services.case_steps import hearing_of, letter_steps
from skow_desk.services.dispatch import (
    Dispatch,
    check_dispatch,
    follow_dispatch,
    postal_note_for,
)
from skow_desk.services.enclosures import stored_enclosure_texts
from skow_desk.services.foundation import confirmations_of, get_foundation, mandate_of
from skow_desk.services.incidents import get_incident, incident_by_kenmerk
from skow_desk.services.letter_facts import facts_for_letter, without_other_names
from skow_desk.services.letter_replacement import replacement_paragraphs, with_replacements
from skow_desk.services.school_calendar import calendar_for
from skow_desk.store.db import Database
from skow_desk.store.files import atomic_write
from skow_desk.store.models import (
    Conversation,
    Incident,
    Letter,
    LetterTemplate,
    Measure,
    Person,
    Setting,
)

MEMO_KINDS = ("gespreksverslag", "notitie_dossier")


def _person_info(person: Person) -> PersonInfo:
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
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("Deze persoon bestaat niet (meer).")
    measure = _measure(session, measure_id) if measure_id is not None else None
    return letter_signer(session, incident, person.role, measure)


def _school_info(session: Session, incident: Incident, signer: Signer | None = None
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


def _case_info(incident: Incident, person_id: int, facts: str | None = None) -> CaseInfo:
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


def _measure_info(session: Session, measure: Measure, letter_date: date) -> MeasureInfo:
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


def _address_groups(person: Person, kind: str, sector: Sector, on: date
                    ) -> list[tuple[tuple[PersonInfo, ...], tuple[str, ...]]]:
    """Who gets the letter: groups of addressees at one address, each with the names of the
    others who receive the same letter.

    A pupil's letter goes to every parent/guardian WITH parental authority (BW 1:245; one
    letter per address), never to one without; a VO pupil and any pupil of 18 or older get
    their own letter; an adult pupil's parents only when the pupil agreed. A dossier note is one
    document for the person, whatever the addresses.
    """
    own = _person_info(person)
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
        groups.setdefault(key, []).append(_person_info(guardian))
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


def _check_ready(incident: Incident, addressees: tuple[PersonInfo, ...], kind: str) -> None:
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


def template_source(session: Session, kind: str) -> str:
    """The director's version of a template, or the shipped one."""
    from skow_desk.letters.templating import shipped_template

    row = session.get(LetterTemplate, kind)
    return row.source if row is not None else shipped_template(kind)


def save_template(session: Session, kind: str, source: str) -> None:
    """Store an edited template; refused with the line named when it has problems."""
    from skow_desk.letters.templating import (
        LETTER_KINDS,
        TemplateError,
        TemplateProblem,
        check_template,
    )

    if kind not in LETTER_KINDS:
        raise DomainError(f"Onbekende briefsoort '{kind}'.")
    problems = check_template(source, kind)
    if problems:
        # One problem keeps its line ("Regel 4: …"); several are listed, each with its line.
        raise TemplateError(problems[0] if len(problems) == 1 else
                            TemplateProblem(None, "\n".join(str(p) for p in problems)))
    row = session.get(LetterTemplate, kind)
    if row is None:
        session.add(LetterTemplate(kind=kind, source=source))
    else:
        row.source = source
    session.flush()


def restore_template(session: Session, kind: str) -> None:
    """Herstel standaardtekst: forget the director's version."""
    row = session.get(LetterTemplate, kind)
    if row is not None:
        session.delete(row)
        session.flush()


def letter_kinds_for_measure(session: Session, measure_id: int) -> list[str]:
    """The letter kinds that fit a measure (besides gespreksverslag and notitie)."""
    from skow_desk.letters.templating import letter_kinds_for

    measure = _measure(session, measure_id)
    if measure.status is MeasureStatus.CORRECTED:
        return []  # its letters are the corrected measure's
    return [k for k in letter_kinds_for(measure.person.role, measure.kind, measure.stage,
                                        withdrawn=measure.status is MeasureStatus.WITHDRAWN)
            if k not in MEMO_KINDS]


def _measure(session: Session, measure_id: int) -> Measure:
    measure = session.get(Measure, measure_id)
    if measure is None:
        raise NotFound("Deze maatregel bestaat niet (meer).")
    return measure


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
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("Deze persoon bestaat niet (meer).")
    measure = _measure(session, measure_id) if measure_id is not None else None
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
    school = _school_info(session, incident, letter_signer(session, incident, person.role,
                                                            measure))
    drafts = []
    for addressees, others in _address_groups(person, kind, incident.school.sector, on):
        _check_ready(incident, addressees, kind)
        pupil_letter = person.role is Role.PUPIL and addressees[0].role is Role.PUPIL
        request = LetterRequest(
            kind=kind, person=addressees[0] if pupil_letter else _person_info(person),
            addressees=addressees if person.role is Role.PUPIL else (),
            school=school, case=_case_info(incident, person.id, facts), enclosures=enclosures,
            measure=_measure_info(session, measure, on) if measure is not None else None,
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


_WINDOW_SETTINGS = {"brief.venster_links_mm": 35.0, "brief.venster_breedte_mm": 70.0,
                   "brief.venster_midden_mm": 63.5}
_WINDOW_QUERY = select(Setting.key, Setting.value).where(Setting.key.in_(_WINDOW_SETTINGS))


def address_window(session: Session) -> object:
    """The address-window position from settings (defaults: 35 mm, 70 mm, 63.5 mm)."""
    from skow_desk.letters.render import AddressWindow

    # the three settings in one query: a letter is finalised in a fresh session, where each
    # get_setting would be a round trip of its own
    stored = {key: value for key, value in session.execute(_WINDOW_QUERY)}

    def number(key: str) -> float:
        default = _WINDOW_SETTINGS[key]
        try:
            return float(stored.get(key, str(default)).replace(",", "."))
        except ValueError:
            return default

    return AddressWindow(left_mm=number("brief.venster_links_mm"),
                         width_mm=number("brief.venster_breedte_mm"),
                         center_from_top_mm=number("brief.venster_midden_mm"))


def render(session: Session, data: LetterData) -> bytes:
    """The PDF of a letter (draft or final) with the configured address window."""
    from skow_desk.letters.render import AddressWindow, render_letter

    window = address_window(session)
    assert isinstance(window, AddressWindow)
    return render_letter(data, window)


_SERIAL = func.substr(Letter.number, bindparam("start"))
_HIGHEST_SERIAL = select(func.max(cast(_SERIAL, Integer))).where(
    Letter.number >= bindparam("low"), Letter.number < bindparam("high"),
    _SERIAL != "", _SERIAL.op("NOT GLOB")("*[^0-9]*"))
"""The year's highest serial, over the index alone (the statement is built once)."""
_PERSON_ROLE = select(Person.role).where(Person.id == bindparam("person_id"))


def _next_number(connection: Connection, on: date) -> str:
    # The highest number of the year plus one, not the count: letters can be removed (retention,
    # deletion on request), and a count would then hand out a number that is still in use.
    # A range on the UNIQUE index of Letter.number ("2026-" up to "2026.", the next character)
    # reads only this year's numbers (LIKE, case-insensitive in SQLite, reads the whole index);
    # serials that are not all digits are skipped.
    prefix = f"{on.year}-"
    highest = connection.scalar(_HIGHEST_SERIAL, {"start": len(prefix) + 1, "low": prefix,
                                                  "high": f"{on.year}."})
    return f"{prefix}{(highest or 0) + 1:04d}"


def finalise_letter(
    session: Session,
    data: LetterData,
    incident_id: int | None,
    person_id: int,
    measure_id: int | None = None,
    replaces_id: int | None = None,
    dispatch: Dispatch | None = None,
) -> Letter:
    """Number, render and store the letter for good; it never changes afterwards.

    ``dispatch`` says when, how and to whom it is sent; the letter must be dated that day (see
    services/dispatch.py: :func:`redate_drafts`), and the measure's term tasks follow it.
    Without it the letter's date is taken as its dispatch date.
    """
    from skow_desk.letters.templating import LETTER_KINDS

    if not any(p.strip() for p in data.paragraphs):
        raise DomainError("De brief heeft geen tekst.")
    # Reads go to the connection, past the ORM: in the fresh session a letter is finalised in,
    # it would build a whole Person to give its role, at three times the cost. The letter is
    # written through the ORM (below), so the audit trail records it.
    session.flush()  # as the ORM's autoflush would: earlier work of the caller is seen
    connection = session.connection()
    role = connection.scalar(_PERSON_ROLE, {"person_id": person_id})
    if role is None:
        raise NotFound("Deze persoon bestaat niet (meer).")
    version, replaces = 1, None
    if replaces_id is not None:
        replaces = session.get(Letter, replaces_id)
        if replaces is None or not replaces.is_final:
            raise DomainError("Alleen een definitieve brief kan worden gecorrigeerd.")
        if replaces.person_id != person_id:
            raise DomainError("Een correctie hoort bij dezelfde persoon als de brief die zij "
                              "vervangt.")
        version = replaces.version + 1
    if replaces is not None:
        data = replace(data, paragraphs=replacement_paragraphs(data.paragraphs, replaces))
    measure = session.get(Measure, measure_id) if measure_id is not None else None
    if dispatch is not None:
        check_dispatch(dispatch, measure)
        if dispatch.sent_on != data.letter_date:
            raise DomainError(
                "De brief is niet gedateerd op de verzenddatum; de termijnen in de brief tellen "
                "vanaf die dag. Maak de brief opnieuw op met de verzenddatum.")
        data = replace(data, postal_note=postal_note_for(dispatch.via, data.postal_note))
    number = _next_number(connection, data.letter_date)
    final = replace(data, draft=False, number=number)
    pdf = render(session, final)
    kind = LETTER_KINDS.get(final.kind)
    letter = Letter(
        incident_id=incident_id, measure_id=measure_id, person_id=person_id, kind=final.kind,
        dossier=kind.dossier_for(role) if kind else "", number=number, version=version,
        replaces_id=replaces.id if replaces else None,
        recipient="\n".join(final.recipient_lines), data_json=final.to_json(), pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(), letter_date=final.letter_date,
        finalised_at=datetime.now().replace(microsecond=0),
        sent_on=dispatch.sent_on if dispatch else final.letter_date,
        sent_via=dispatch.via if dispatch else "",
        sent_to=dispatch.to.strip() if dispatch else "")
    session.add(letter)
    session.flush()
    follow_dispatch(session, measure, letter.sent_on or final.letter_date)
    # The ORM logs the new row; the audit trail also names the act itself (services/audit.py).
    record(session, AuditAction.FINALISE, "letter", letter.id, person_id,
           f"Brief {number} ({final.kind}, versie {version}) definitief gemaakt"
           + (f"; vervangt {replaces.number}" if replaces is not None else "")
           + (f"; verzonden op {dispatch.sent_on.isoformat()} ({dispatch.via}) aan "
              f"{dispatch.to.strip()}" if dispatch is not None else ""))
    return letter


def get_letter(session: Session, letter_id: int) -> Letter:
    """The letter, or a Dutch error."""
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotFound("Deze brief bestaat niet (meer).")
    return letter


def letter_pdf(session: Session, letter_id: int) -> bytes:
    """The stored PDF of a finalised letter, checked against its SHA-256."""
    letter = get_letter(session, letter_id)
    if letter.pdf is None:
        raise DomainError("Van deze brief is het PDF-bestand verwijderd (bewaartermijn).")
    if hashlib.sha256(letter.pdf).hexdigest() != letter.sha256:
        raise DomainError(f"Brief {letter.number} is beschadigd: de controlecode klopt niet.")
    return letter.pdf


def letters_of_incident(session: Session, incident_id: int) -> list[Letter]:
    """The case's finalised letters, newest first."""
    return list(session.scalars(select(Letter).where(Letter.incident_id == incident_id)
                                .order_by(Letter.finalised_at.desc(), Letter.id.desc())))


def letters_of_person(session: Session, person_id: int) -> list[Letter]:
    """A person's dossier letters, newest first."""
    return list(session.scalars(select(Letter).where(Letter.person_id == person_id)
                                .order_by(Letter.letter_date.desc(), Letter.id.desc())))


def _file_name(kenmerk: str, kind: str, number: str | None, person: Person, index: int,
               total: int) -> str:
    stem = f"{kenmerk}-{kind}-{person.last_name}"
    if number:
        stem = f"{stem}-{number}"
    if total > 1:
        stem = f"{stem}-{index}"
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in stem)
    return f"{safe}.pdf"


def current_letters(letters: list[Letter]) -> list[Letter]:
    """The finalised letters no correction has replaced, oldest first."""
    replaced = {x.replaces_id for x in letters if x.replaces_id is not None}
    return sorted((x for x in letters if x.is_final and x.id not in replaced),
                  key=lambda x: (x.finalised_at or datetime.min, x.id))


def write_case_letters(db: Database, kenmerk: str, out_dir: Path) -> list[Path]:
    """Write the letters of a case's measures (finalised ones as stored, else drafts).

    Of a corrected letter only the newest version is written; a pupil's parents living apart
    get one file per address. Everything is prepared first; on any problem nothing is written.
    """
    files: list[tuple[str, bytes]] = []
    with db.transaction() as session:
        incident = incident_by_kenmerk(session, kenmerk)
        incident_id, shown_kenmerk = incident.id, incident.kenmerk
        final: dict[tuple[int, str], list[Letter]] = {}
        for stored in current_letters(letters_of_incident(session, incident.id)):
            if stored.measure_id is not None:
                final.setdefault((stored.measure_id, stored.kind), []).append(stored)
        measures = [m for m in incident.measures]
        if not measures:
            raise DomainError(f"Bij melding {kenmerk} is nog geen maatregel vastgelegd; er "
                              "zijn geen brieven te maken.")
        for measure in measures:
            for kind in letter_kinds_for_measure(session, measure.id):
                kept = final.get((measure.id, kind), [])
                for index, letter in enumerate(kept, start=1):
                    files.append((_file_name(incident.kenmerk, kind, letter.number,
                                             measure.person, index, len(kept)),
                                  letter_pdf(session, letter.id)))
                if kept:
                    continue
                drafts = draft_letters(session, kind, incident.id, measure.person_id,
                                       measure.id, letter_date=date.today())
                # a letter about a corrected measure says which letter it replaces
                drafts, _replaces = with_replacements(session, drafts, measure.id, kind)
                for index, data in enumerate(drafts, start=1):
                    files.append((_file_name(data.kenmerk, data.kind, data.number,
                                             measure.person, index, len(drafts)),
                                  render(session, data)))
        if not files:
            raise DomainError(f"Voor de maatregelen van melding {kenmerk} bestaat geen brief: "
                              "een gesprek zonder maatregel of een gecorrigeerde maatregel "
                              "krijgt geen brief. Maak in de app een gespreksverslag of een "
                              "notitie voor het dossier.")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, content in files:
        path = out_dir / name
        atomic_write(path, content)
        paths.append(path)
    count = len(paths)
    with db.transaction() as session:  # README: every export is in the log (not its content)
        record(session, AuditAction.EXPORT, "incident", incident_id, None,
               f"brieven van melding {shown_kenmerk} geëxporteerd: {count} "
               f"PDF-bestand{'en' if count != 1 else ''}")
    return paths


def redate_letters(session: Session, drafts: list[LetterData], kind: str, incident_id: int,
                   person_id: int, measure_id: int | None, sent_on: date) -> list[LetterData]:
    """The drafts re-dated to their dispatch date, every deadline counted from it (edits kept;
    services/dispatch.py)."""
    from skow_desk.services.dispatch import redate_drafts

    if not drafts or drafts[0].letter_date == sent_on:
        return [replace(d, letter_date=sent_on) for d in drafts]
    measure = _measure(session, measure_id) if measure_id is not None else None
    # the enclosures chosen in the dialog go with the re-dated letter too
    enclosures = drafts[0].enclosures
    old = draft_letters(session, kind, incident_id, person_id, measure_id,
                        letter_date=drafts[0].letter_date, enclosures=enclosures)
    new = draft_letters(session, kind, incident_id, person_id, measure_id, letter_date=sent_on,
                        enclosures=enclosures)
    return redate_drafts(drafts, old, new, measure, sent_on)
