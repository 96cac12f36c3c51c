"""Helpers for letter tests: requests with real-world names, and PDF text and positions."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from skow_desk.domain.enums import Denomination, Role, Salutation, Sector, Stage
from skow_desk.domain.letter_data import (
    CaseInfo,
    LetterRequest,
    MeasureInfo,
    PersonInfo,
    SchoolInfo,
)
from skow_desk.domain.measures import MeasureKind
from skow_desk.letters.kinds import LETTER_KINDS
from skow_desk.services.foundation import FoundationInput, get_foundation, save_foundation

LETTER_DATE = date(2026, 11, 24)

STAFF = PersonInfo(Salutation.MR, "Jan", "", "van der", "Berg", Role.STAFF, "leerkracht groep 5",
                   "Kerkstraat 12", "3441ab", "Woerden")
PUPIL = PersonInfo(Salutation.MRS, "Nadia", "", "", "El Amrani", Role.PUPIL, "groep 7",
                   "Lindelaan 3", "3442 CD", "Woerden")
MOTHER = PersonInfo(Salutation.MRS, "Ayşe", "", "", "Yılmaz", Role.PARENT, "", "Lindelaan 3",
                    "3442 CD", "Woerden")
FATHER = PersonInfo(Salutation.MR, "Şükrü", "", "", "Öztürk", Role.PARENT, "", "Lindelaan 3",
                    "3442 CD", "Woerden")
PARENT = PersonInfo(Salutation.MR, "Łukasz", "", "", "Wiśniewski", Role.PARENT, "",
                    "Molenweg 8", "3443 EF", "Woerden")

PERSON_FOR_ROLE = {Role.STAFF: STAFF, Role.PUPIL: PUPIL, Role.PARENT: PARENT}
SALUTATION_FOR_ROLE = {
    Role.STAFF: "Geachte heer Van der Berg,",
    Role.PUPIL: "Geachte mevrouw Yılmaz en heer Öztürk,",
    Role.PARENT: "Geachte heer Wiśniewski,",
}
ADDRESS_FOR_ROLE = {
    Role.STAFF: ("De heer J. van der Berg", "Kerkstraat 12", "3441 AB  WOERDEN"),
    Role.PUPIL: ("Mevrouw A. Yılmaz", "De heer Ş. Öztürk", "Lindelaan 3", "3442 CD  WOERDEN"),
    Role.PARENT: ("De heer Ł. Wiśniewski", "Molenweg 8", "3443 EF  WOERDEN"),
}


def school(sector: Sector, denomination: Denomination) -> SchoolInfo:
    return SchoolInfo(
        "04XY", "Basisschool De Regenboog" if sector is Sector.PO else "Het Woerdens Lyceum",
        sector, denomination, "Schoolstraat 1", "3441 BC", "Woerden", "0348 123 456",
        "directie@regenboog.example", None, "M. Jansen", "directeur",
        "het college van bestuur van de SKOW", "Postbus 100, 3440 AC Woerden",
    )


def role_for(kind: str) -> Role:
    roles = LETTER_KINDS[kind].roles
    return next(r for r in (Role.PUPIL, Role.STAFF, Role.PARENT) if r in roles)


def make_request(
    kind: str,
    sector: Sector = Sector.PO,
    denomination: Denomination = Denomination.PUBLIC,
    role: Role | None = None,
    **measure_changes: object,
) -> LetterRequest:
    """A complete request for ``kind`` with the test persons above."""
    role = role or role_for(kind)
    person = PERSON_FOR_ROLE[role]
    letter_kind = LETTER_KINDS[kind]
    measure_kind = next(iter(letter_kind.measures), None)
    if letter_kind.withdrawal:
        measure_kind = MeasureKind.SUSPENSION
        measure_changes = {"status": "ingetrokken", "status_on": LETTER_DATE,
                           "status_reason": "Het filmpje bleek door een ander te zijn geplaatst.",
                           "letter_number": "2026-0012", "letter_date": date(2026, 11, 3),
                           **measure_changes}
    measure = None
    if measure_kind is not None:
        measure = MeasureInfo(
            kind=measure_kind, stage=letter_kind.stage or Stage.DECISION,
            decided_on=LETTER_DATE, notice_on=LETTER_DATE,
            reason="Het bericht heeft een klasgenoot ernstig gekwetst.",
            start_on=date(2026, 11, 25), end_on=date(2026, 11, 27), school_days=3,
            known_since=date(2026, 11, 23),
            urgent_reason="U heeft op 22 november 2026 via WhatsApp een leerling bedreigd.",
            earlier_incidents="Op 3 oktober 2026 is al eens gesproken over een vergelijkbaar "
            "bericht.",
            intent_on=date(2026, 11, 3),
        )
        measure = replace(measure, **measure_changes)  # type: ignore[arg-type]
    return LetterRequest(
        kind=kind,
        person=person,
        addressees=(MOTHER, FATHER) if role is Role.PUPIL else (),
        school=school(sector, denomination),
        case=CaseInfo("04XY-2627-007", date(2026, 11, 17), date(2026, 11, 16), "Instagram",
                      "Er is zonder toestemming een filmpje van een klasgenoot geplaatst.",
                      ("A5", "A7")),
        measure=measure,
        letter_date=LETTER_DATE,
        place="Woerden",
        conversation_on=date(2026, 11, 20),
        present=("M. Jansen (directeur)", person.name),
        summary="Het filmpje en de gevolgen ervan zijn besproken.",
        own_view="Het was als grap bedoeld.",
        agreements="Het filmpje is verwijderd.",
        follow_up_on=date(2026, 12, 8),
        enclosures=("verslag van het gesprek",),
    )


def pdf_text(pdf: bytes, *, furniture: bool = False) -> str:
    """The text of the PDF, whitespace collapsed (lines may wrap anywhere).

    Without ``furniture`` the running header and "pagina X van Y" of each page are left out, so
    a sentence broken over two pages reads as one.
    """
    lines: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for line in (page.extract_text() or "").split("\n"):
            if not furniture and (re.fullmatch(r"\s*pagina \d+ van \d+\s*", line)
                                  or " · kenmerk " in line):
                continue
            lines.append(line)
    return " ".join(" ".join(lines).split())


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def first_page_words(pdf: bytes) -> list[tuple[str, float, float, float]]:
    """(text, x mm from left, baseline mm from top, font size) of each text run on page 1."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    runs: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append((text.strip(), x / mm, (A4[1] - y) / mm, size))

    page.extract_text(visitor_text=visit)
    return runs


def configure_foundation(session, *, mandate=(), board_member="H. ter Horst", appeal=False,
                         confirmations=()) -> None:
    """The test foundation with a mandate, a bestuurder and (``appeal``) a staff appeal route."""
    found = get_foundation(session)
    save_foundation(session, FoundationInput(
        name=found.name, short_name=found.short_name, address=found.address,
        postcode=found.postcode, city=found.city, board_member=board_member,
        board_member_function="voorzitter college van bestuur",
        mandate_measures=tuple(mandate), mandate_decided_on=date(2025, 9, 1) if mandate else None,
        mandate_reference="CvB-2025-014" if mandate else "",
        appeal_body="de Commissie van Beroep voor het funderend onderwijs" if appeal else "",
        appeal_address="Postbus 85191, 3508 AD Utrecht" if appeal else "",
        appeal_weeks=6 if appeal else 0, confirmations=tuple(confirmations)))
