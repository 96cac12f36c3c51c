"""Factory helpers: make a school, persons and an incident with one call each."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from skow_desk.domain.enums import Denomination, Part, Role, Salutation, Sector
from skow_desk.services.foundation import FoundationInput, SchoolInput, save_foundation
from skow_desk.services.incidents import IncidentInput, involve_person, record_incident
from skow_desk.services.persons import PersonInput, add_person, link_guardian
from skow_desk.store.models import Incident, Person, School


def make_school(session: Session, brin: str = "04XY", sector: Sector = Sector.PO,
                denomination: Denomination = Denomination.PRIVATE,
                name: str = "Basisschool De Regenboog") -> School:
    """A foundation (once) and a school with a signatory."""
    save_foundation(session, FoundationInput(
        name="Stichting SKOW", short_name="SKOW", address="Voorbeeldstraat 1",
        postcode="2671 AA", city="Naaldwijk", board_member="H. ter Horst",
        schools=[SchoolInput(brin, name, sector, denomination, "Schoolstraat 12", "2671 BB",
                             "Naaldwijk", "0174 123456", "info@school.example",
                             "M. van der Knaap", "directeur")]))
    from skow_desk.services.foundation import school_by_brin

    return school_by_brin(session, brin)


def make_person(session: Session, school: School, role: Role = Role.PUPIL,
                last_name: str = "Yılmaz", **kwargs: Any) -> Person:
    """A person of ``role`` at ``school``."""
    defaults: dict[str, Any] = dict(first_name="Ayşe", infix="", group_or_function="groep 7",
                                    address="Molenstraat 4", postcode="2671 CD",
                                    city="Naaldwijk")
    if role is not Role.PUPIL:
        defaults["salutation"] = Salutation.MRS
    defaults.update(kwargs)
    return add_person(session, PersonInput(role=role, last_name=last_name,
                                           school_id=school.id, **defaults))


def make_pupil_with_parents(session: Session, school: School, apart: bool = False) -> Person:
    """A pupil with two guardians, at one address or two."""
    pupil = make_person(session, school, Role.PUPIL, "Berg", first_name="Daan",
                        infix="van den")
    mother = make_person(session, school, Role.PARENT, "Berg", first_name="Sophie",
                         infix="van den", salutation=Salutation.MRS)
    father = make_person(session, school, Role.PARENT, "Berg", first_name="Jan",
                         infix="van den", salutation=Salutation.MR,
                         address="Hoogweg 9" if apart else "Molenstraat 4")
    link_guardian(session, pupil.id, mother.id)
    link_guardian(session, pupil.id, father.id)
    return pupil


def make_incident(session: Session, school: School, causer: Person | None = None,
                  articles: tuple[str, ...] = ("A5", "A7"),
                  reported_on: date = date(2026, 11, 2)) -> Incident:
    """An incident with a causer."""
    incident = record_incident(session, IncidentInput(
        school_id=school.id, reported_on=reported_on, occurred_on=reported_on,
        platform="TikTok", description="Filmpje van een klasgenoot geplaatst.",
        articles=list(articles), categories=["ongeoorloofd filmen/fotograferen"]))
    if causer is not None:
        involve_person(session, incident.id, causer.id, Part.CAUSER)
    return incident


def make_witnessed_case(session: Session) -> tuple[Person, Incident]:
    """A pupil (with parents) as causer and a staff member, Jan Jansen, as witness."""
    school = make_school(session)
    pupil = make_pupil_with_parents(session, school)
    witness = make_person(session, school, Role.STAFF, "Jansen", first_name="Jan")
    incident = make_incident(session, school, pupil)
    involve_person(session, incident.id, witness.id, Part.WITNESS)
    return pupil, incident
