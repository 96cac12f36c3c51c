"""Persons: staff, pupils with their guardians, parents and others."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from enum import Enum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Role, Salutation
from skow_desk.domain.errors import DomainError
from skow_desk.domain.names import initials_of
from skow_desk.services.lookup import get_or_gone
from skow_desk.store.models import Guardianship, Person


@dataclass
class PersonInput:
    """A person as entered in a form or an import."""

    role: Role
    last_name: str
    first_name: str = ""
    initials: str = ""
    infix: str = ""
    salutation: Salutation | None = None
    group_or_function: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    email: str = ""
    school_id: int | None = None
    left_on: date | None = None
    birth_date: date | None = None
    """Needed for letters: a pupil of 18 or older is the addressee of their own letters."""
    parents_informed: bool = False
    """An adult pupil agreed that the parents receive the letters as well."""


def _clean(data: PersonInput) -> PersonInput:
    if not data.last_name.strip():
        raise DomainError("Vul de achternaam in.")
    for f in fields(data):
        value = getattr(data, f.name)
        if isinstance(value, str) and not isinstance(value, Enum):
            setattr(data, f.name, " ".join(value.split()))
    if not data.initials and data.first_name:
        data.initials = initials_of(data.first_name)
    if data.birth_date is not None and data.birth_date > date.today():
        raise DomainError("De geboortedatum ligt in de toekomst.")
    return data


def add_person(session: Session, data: PersonInput) -> Person:
    """Store a new person."""
    data = _clean(data)
    person = Person(**{f.name: getattr(data, f.name) for f in fields(data)})
    session.add(person)
    session.flush()
    return person


def update_person(session: Session, person_id: int, data: PersonInput) -> Person:
    """Correct a person's details."""
    person = get_person(session, person_id)
    data = _clean(data)
    for f in fields(data):
        setattr(person, f.name, getattr(data, f.name))
    session.flush()
    return person


def get_person(session: Session, person_id: int) -> Person:
    """The person, or a Dutch error."""
    return get_or_gone(session, Person, person_id)


def link_guardian(
    session: Session, pupil_id: int, guardian_id: int, has_authority: bool = True
) -> None:
    """Record that ``guardian`` is a parent/guardian of ``pupil``."""
    pupil, guardian = get_person(session, pupil_id), get_person(session, guardian_id)
    if pupil.role is not Role.PUPIL:
        raise DomainError("Alleen een leerling kan ouders/verzorgers hebben.")
    if guardian.role is not Role.PARENT:
        raise DomainError("Een ouder/verzorger moet de rol 'ouder' hebben.")
    if session.get(Guardianship, (pupil_id, guardian_id)) is None:
        session.add(Guardianship(pupil_id=pupil_id, guardian_id=guardian_id,
                                 has_authority=has_authority))
        session.flush()


def set_guardian_authority(
    session: Session, pupil_id: int, guardian_id: int, has_authority: bool
) -> None:
    """Record whether a parent/guardian holds parental authority (gezag): only those receive
    letters about a measure (BW 1:245)."""
    link = get_or_gone(session, Guardianship, (pupil_id, guardian_id))
    link.has_authority = has_authority
    session.flush()


def find_persons(
    session: Session,
    text: str = "",
    role: Role | None = None,
    school_id: int | None = None,
    limit: int = 200,
) -> list[Person]:
    """Persons whose name or group matches ``text`` (case-insensitive), by last name."""
    query = select(Person).where(Person.anonymised.is_(False))
    for word in text.split():
        pattern = f"%{word}%"
        query = query.where(
            or_(
                Person.last_name.ilike(pattern),
                Person.first_name.ilike(pattern),
                Person.infix.ilike(pattern),
                Person.group_or_function.ilike(pattern),
            )
        )
    if role is not None:
        query = query.where(Person.role == role)
    if school_id is not None:
        query = query.where(Person.school_id == school_id)
    query = query.order_by(func.nl_sort(Person.last_name), func.nl_sort(Person.first_name),
                           func.nl_sort(Person.infix), Person.id).limit(limit)
    return list(session.scalars(query))


def find_same_person(session: Session, data: PersonInput) -> Person | None:
    """An existing person with the same role, school, name and group (import deduplication)."""
    query = select(Person).where(
        Person.role == data.role,
        Person.last_name == data.last_name.strip(),
        Person.first_name == data.first_name.strip(),
        Person.infix == data.infix.strip(),
        Person.group_or_function == data.group_or_function.strip(),
    )
    if not data.first_name.strip():
        # Without a first name the initials tell two parents with one surname apart.
        query = query.where(Person.initials == (data.initials or "").strip())
    if data.school_id is not None:
        query = query.where(Person.school_id == data.school_id)
    return session.scalars(query.limit(1)).first()
