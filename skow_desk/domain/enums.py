"""The closed vocabularies of the domain. Values are the Dutch words stored and shown."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A person's role towards the school."""

    STAFF = "medewerker"
    PUPIL = "leerling"
    PARENT = "ouder"
    OTHER = "overig"

    @property
    def label(self) -> str:
        return {
            Role.STAFF: "Medewerker",
            Role.PUPIL: "Leerling",
            Role.PARENT: "Ouder/verzorger",
            Role.OTHER: "Overig",
        }[self]


class Part(StrEnum):
    """A person's part in an incident (Betrokkenheid)."""

    CAUSER = "veroorzaker"
    HARMED = "getroffene"
    REPORTER = "melder"
    WITNESS = "getuige"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Salutation(StrEnum):
    """Aanhef: how a person is addressed. ``None`` in data means unknown (neutral salutation)."""

    MR = "heer"
    MRS = "mevrouw"


class Sector(StrEnum):
    """Education sector of a school; decides the legal citations used."""

    PO = "PO"
    VO = "VO"
    SO = "SO"


class Denomination(StrEnum):
    """Openbaar or bijzonder; decides which objection procedure applies."""

    PUBLIC = "openbaar"
    PRIVATE = "bijzonder"


class IncidentStatus(StrEnum):
    """Where a case stands."""

    OPEN = "open"
    DISPUTE = "geschil aanhangig"
    CLOSED = "afgerond"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Stage(StrEnum):
    """Two-step measures (berisping, verwijdering, staff schorsing) start as an intention."""

    INTENT = "voornemen"
    DECISION = "besluit"


class SignatureStatus(StrEnum):
    """A conversation report cannot be forced to be signed (docs/legal.md)."""

    OPEN = "nog niet getekend"
    SEEN = "voor gezien getekend"
    REFUSED = "ondertekening geweigerd"


class TaskKind(StrEnum):
    """Legal deadlines and notifications that follow from a decision."""

    INSPECTION_NOTICE = "melding Inspectie"
    TRUANCY_OFFICER = "melding leerplichtambtenaar"
    OBJECTION_TERM = "bezwaartermijn"
    OBJECTION_DECISION = "beslissing op bezwaar"
    RESPONSE_TERM = "termijn zienswijze"
    FOLLOW_UP = "vervolggesprek"
    COURT_TERM = "termijn kantonrechter"
    CONFIDENTIAL_INSPECTOR = "overleg vertrouwensinspecteur"
    POLICE_REPORT = "aangifte politie"
    HEAR_TEACHER = "leraar horen"
    ACCESS_REQUEST = "inzageverzoek"
    OTHER = "overig"
