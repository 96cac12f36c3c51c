"""What a letter is made of, as plain frozen data.

``LetterData`` is the finished letter, every word filled in; it is stored with the letter as JSON
and rendered to PDF from there. The ``*Info`` classes and ``LetterRequest`` are what the letter
engine needs to build one, independent of the database.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from skow_desk.domain.enums import Denomination, Role, Salutation, Sector, Stage
from skow_desk.domain.errors import DomainError
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.names import full_name

JSON_VERSION = 1


@dataclass(frozen=True)
class Letterhead:
    """The sender as printed at the top of the first page."""

    name: str
    address_lines: tuple[str, ...]
    phone: str = ""
    email: str = ""
    logo: bytes | None = None


@dataclass(frozen=True)
class LetterData:
    """A complete letter: all text final, ready to render. Stored with the letter as JSON."""

    kind: str
    letterhead: Letterhead
    recipient_lines: tuple[str, ...]
    place: str
    letter_date: date
    kenmerk: str
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str = "Met vriendelijke groet,"
    signatory_name: str = ""
    signatory_function: str = ""
    enclosures: tuple[str, ...] = ()
    copy_to: tuple[str, ...] = ()
    number: str | None = None
    draft: bool = True
    title: str = ""
    """A document heading ("Gespreksverslag") for reports and memos; empty for letters."""
    postal_note: str = ""
    """How it is sent, printed above the address ("Aangetekend en per e-mail")."""
    countersignatory: str = ""
    """Set on a report the person signs "voor gezien": their name under the second signature."""

    def to_json(self) -> str:
        """Stable JSON (sorted keys, logo as base64) that :meth:`from_json` reads back exactly."""
        head = self.letterhead
        payload: dict[str, Any] = {
            "version": JSON_VERSION,
            "kind": self.kind,
            "letterhead": {
                "name": head.name,
                "address_lines": list(head.address_lines),
                "phone": head.phone,
                "email": head.email,
                "logo": None if head.logo is None else base64.b64encode(head.logo).decode("ascii"),
            },
            "recipient_lines": list(self.recipient_lines),
            "place": self.place,
            "letter_date": self.letter_date.isoformat(),
            "kenmerk": self.kenmerk,
            "subject": self.subject,
            "salutation": self.salutation,
            "paragraphs": list(self.paragraphs),
            "closing": self.closing,
            "signatory_name": self.signatory_name,
            "signatory_function": self.signatory_function,
            "enclosures": list(self.enclosures),
            "copy_to": list(self.copy_to),
            "number": self.number,
            "draft": self.draft,
            "title": self.title,
            "postal_note": self.postal_note,
            "countersignatory": self.countersignatory,
        }
        return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> LetterData:
        """Read what :meth:`to_json` wrote; refuse anything else with a Dutch message."""
        try:
            raw = json.loads(text)
            if not isinstance(raw, dict) or raw.get("version") != JSON_VERSION:
                raise ValueError("onbekende versie")
            head = _mapping(raw, "letterhead")
            logo = head.get("logo")
            if logo is not None and not isinstance(logo, str):
                raise ValueError("logo")
            return cls(
                kind=_str(raw, "kind"),
                letterhead=Letterhead(
                    name=_str(head, "name"),
                    address_lines=_strs(head, "address_lines"),
                    phone=_str(head, "phone"),
                    email=_str(head, "email"),
                    logo=None if logo is None else base64.b64decode(logo, validate=True),
                ),
                recipient_lines=_strs(raw, "recipient_lines"),
                place=_str(raw, "place"),
                letter_date=date.fromisoformat(_str(raw, "letter_date")),
                kenmerk=_str(raw, "kenmerk"),
                subject=_str(raw, "subject"),
                salutation=_str(raw, "salutation"),
                paragraphs=_strs(raw, "paragraphs"),
                closing=_str(raw, "closing"),
                signatory_name=_str(raw, "signatory_name"),
                signatory_function=_str(raw, "signatory_function"),
                enclosures=_strs(raw, "enclosures"),
                copy_to=_strs(raw, "copy_to"),
                number=None if raw.get("number") is None else _str(raw, "number"),
                draft=_bool(raw, "draft"),
                title=_str(raw, "title"),
                postal_note=_str(raw, "postal_note"),
                countersignatory=_str(raw, "countersignatory"),
            )
        except (ValueError, KeyError, TypeError, binascii.Error) as error:
            raise DomainError(
                f"De opgeslagen briefgegevens zijn onleesbaar ({error}). De brief kan niet "
                "opnieuw worden opgemaakt; het opgeslagen PDF-bestand blijft geldig."
            ) from error


def _mapping(raw: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = raw[key]
    if not isinstance(value, dict):
        raise TypeError(key)
    return value


def _str(raw: Mapping[str, Any], key: str) -> str:
    value = raw[key]
    if not isinstance(value, str):
        raise TypeError(key)
    return value


def _strs(raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = raw[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(key)
    return tuple(value)


def _bool(raw: Mapping[str, Any], key: str) -> bool:
    value = raw[key]
    if not isinstance(value, bool):
        raise TypeError(key)
    return value


# --- what the letter engine is given -------------------------------------------------------


@dataclass(frozen=True)
class PersonInfo:
    """A person as the letter needs them: name parts, role and postal address."""

    salutation: Salutation | None
    first_name: str
    initials: str
    infix: str
    last_name: str
    role: Role
    group_or_function: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""

    @property
    def name(self) -> str:
        """``"Jan van der Berg"``."""
        return full_name(self.first_name, self.infix, self.last_name)


@dataclass(frozen=True)
class SchoolInfo:
    """The school that sends the letter, and who signs for the bevoegd gezag."""

    brin: str
    name: str
    sector: Sector
    denomination: Denomination
    address: str
    postcode: str
    city: str
    phone: str = ""
    email: str = ""
    logo: bytes | None = None
    signatory: str = ""
    signatory_function: str = ""
    board_name: str = ""
    """The bevoegd gezag, e.g. "het college van bestuur van de SKOW"; objections go there."""
    board_address: str = ""
    """Postal address of the bevoegd gezag on one line; empty means the school's address."""
    on_behalf: str = ""
    """Printed under the closing: "namens het bevoegd gezag van …" (domain/mandate.py)."""
    appeal_body: str = ""
    """Where staff appeal a measure (Commissie van Beroep …); empty: the kantonrechter only."""
    appeal_address: str = ""
    appeal_weeks: int = 0


@dataclass(frozen=True)
class CaseInfo:
    """The reported breach (melding) the letter is about."""

    kenmerk: str
    reported_on: date
    occurred_on: date | None
    platform: str
    description: str
    article_codes: tuple[str, ...]


@dataclass(frozen=True)
class MeasureInfo:
    """The measure decided or intended, with every date a letter may quote."""

    kind: MeasureKind
    stage: Stage
    decided_on: date
    notice_on: date | None = None
    reason: str = ""
    start_on: date | None = None
    end_on: date | None = None
    school_days: int | None = None
    internal: bool = False
    known_since: date | None = None
    urgent_reason: str = ""
    response_due: date | None = None
    objection_due: date | None = None
    earlier_incidents: str = ""
    intent_on: date | None = None
    """Date of the letter that announced the intention (for the decision letter)."""
    receiving_school: str = ""
    """The school that will admit a removed pupil, once known (WPO art. 40 lid 11)."""


@dataclass(frozen=True)
class LetterRequest:
    """Everything needed to build one letter of ``kind``.

    ``addressees`` are the people at ONE address the letter goes to: the person themselves, or
    a pupil's parents/guardians living together (one letter per address). Empty means the person.
    """

    kind: str
    person: PersonInfo
    addressees: tuple[PersonInfo, ...]
    school: SchoolInfo
    case: CaseInfo
    measure: MeasureInfo | None
    letter_date: date
    place: str = ""
    conversation_on: date | None = None
    present: tuple[str, ...] = ()
    summary: str = ""
    own_view: str = ""
    agreements: str = ""
    follow_up_on: date | None = None
    enclosures: tuple[str, ...] = ()
    also_sent_to: tuple[str, ...] = ()
    """Who else receives the same letter (the other parent, the pupil), named in the letter."""
