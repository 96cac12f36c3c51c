"""Persons and schools as the person dialogs, the picker and the persons list show them."""

from __future__ import annotations

from sqlalchemy.orm import Session

from skow_desk.domain.enums import Role, Salutation
from skow_desk.domain.names import list_name
from skow_desk.services.case_queries.rows import (
    PersonChoice,
    PersonRow,
    SchoolChoice,
    choice_of,
)
from skow_desk.services.foundation import get_foundation, schools
from skow_desk.services.persons import PersonInput, find_persons, get_person
from skow_desk.store.queries import connection_of
from skow_desk.store.queries.schools import school_choices as read_schools


def person_choice(session: Session, person_id: int) -> PersonChoice:
    """One person as a choice."""
    return choice_of(get_person(session, person_id))


def school_choices(session: Session) -> list[SchoolChoice]:
    """All schools, in Dutch order of the name (the same read as the window's filters)."""
    return [SchoolChoice(sid, name) for sid, name in read_schools(connection_of(session))]


def board_member(session: Session) -> str:
    """The foundation's directeur-bestuurder (default for a consultation)."""
    foundation = get_foundation(session)
    return foundation.board_member if foundation is not None else ""


def person_rows(
    session: Session,
    text: str = "",
    role: Role | None = None,
    school_id: int | None = None,
    limit: int = 2000,
) -> list[PersonRow]:
    """Persons matching the filter, as the list shows them ("Berg, Daan van den")."""
    names = {s.id: s.name for s in schools(session)}
    rows = []
    for person in find_persons(session, text, role, school_id, limit=limit):
        first = person.first_name or person.initials
        rows.append(PersonRow(person.id, list_name(person.infix, person.last_name, first),
                              person.role, names.get(person.school_id or 0, ""),
                              person.group_or_function, person.city, person.email))
    return rows


def person_input(session: Session, person_id: int) -> PersonInput:
    """A stored person as the form edits it."""
    person = get_person(session, person_id)
    return PersonInput(
        role=person.role,
        last_name=person.last_name,
        first_name=person.first_name,
        initials=person.initials,
        infix=person.infix,
        salutation=Salutation(person.salutation) if person.salutation else None,
        group_or_function=person.group_or_function,
        address=person.address,
        postcode=person.postcode,
        city=person.city,
        email=person.email,
        school_id=person.school_id,
        left_on=person.left_on,
        birth_date=person.birth_date,
        parents_informed=person.parents_informed,
    )


def guardians(session: Session, pupil_id: int) -> list[PersonChoice]:
    """A pupil's parents/guardians."""
    return [choice_of(g) for g in get_person(session, pupil_id).guardians]


def guardian_authority(session: Session, pupil_id: int) -> dict[int, bool]:
    """Per parent/guardian of the pupil: whether they hold parental authority (gezag)."""
    return {link.guardian_id: link.has_authority
            for link in get_person(session, pupil_id).guardian_links}
