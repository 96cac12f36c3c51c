"""Importing a persons list (CSV or XLSX): all rows or none, every problem with row and column.

The file is read by :func:`skow_desk.importing.reading.read_table` (CSV with ``;`` in UTF-8,
UTF-8 with BOM or Windows-1252 via the stdlib ``csv`` module; XLSX via openpyxl). Importing the
same list twice adds nothing: each row is matched against the persons already stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.dates import counted
from skow_desk.domain.enums import Role, Salutation
from skow_desk.domain.errors import DomainError
from skow_desk.domain.names import normalise_initials
from skow_desk.importing import columns as col
from skow_desk.importing.core import (
    ImportCancelled,
    ImportProblem,
    ImportRefused,
    ImportRow,
    check_headers,
    is_empty,
)
from skow_desk.importing.reading import Table, read_table
from skow_desk.importing.vocabulary import parse_role, parse_salutation
from skow_desk.services.foundation import schools
from skow_desk.services.persons import PersonInput, add_person, find_same_person, link_guardian
from skow_desk.store.models import Guardianship, Person

INITIALS = "voorletters"
EMAIL = "email"
PERSON_COLUMNS = (
    col.ROLE, col.SALUTATION, col.FIRST_NAME, INITIALS, col.INFIX, col.LAST_NAME,
    col.GROUP_OR_FUNCTION, col.ADDRESS, col.POSTCODE, col.CITY, EMAIL, col.SCHOOL,
)
"""The columns of a persons list; those it shares with the register have the register's names."""
GUARDIAN_COLUMNS = col.OPTIONAL_GUARDIAN
REQUIRED_COLUMNS = (col.ROLE, col.LAST_NAME)
MAX_PROBLEMS_SHOWN = 12

_POSTCODE = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})\s*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


PersonImportError = ImportRefused
"""The list was refused; nothing was stored (the imports' one refusal)."""


@dataclass(frozen=True)
class ParsedRow:
    """One valid row: the person and, for a pupil, one parent/guardian."""

    row: int
    person: PersonInput
    guardian: PersonInput | None = None


@dataclass(frozen=True)
class ImportSummary:
    """What an import did."""

    rows: int
    added: int
    existing: int
    guardians_added: int
    links_added: int

    def message(self) -> str:
        """A Dutch sentence for the director."""
        parts = [counted(self.added, "nieuwe persoon", "nieuwe personen") + " toegevoegd"]
        if self.guardians_added:
            parts.append(counted(self.guardians_added, "ouder/verzorger", "ouders/verzorgers")
                         + " toegevoegd")
        if self.links_added:
            parts.append(counted(self.links_added, "koppeling", "koppelingen")
                         + " leerling–ouder gemaakt")
        if self.existing:
            parts.append(counted(self.existing, "persoon stond er al in en is",
                                 "personen stonden er al in en zijn") + " overgeslagen")
        return counted(self.rows, "rij", "rijen") + " gelezen: " + ", ".join(parts) + "."


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class _RowReader(ImportRow):
    """Reads the cells of one row by column name and collects its problems."""

    def get(self, column: str) -> str:
        """The cell's text with its spaces folded to one."""
        return " ".join(self.text(column).split())

    def role(self) -> Role | None:
        try:
            return parse_role(self.get("rol"))
        except DomainError as error:
            self.refuse("rol", error.message)
            return None

    def salutation(self, column: str) -> Salutation | None:
        try:
            return parse_salutation(self.get(column))
        except DomainError as error:
            self.refuse(column, error.message)
            return None

    def postcode(self, column: str) -> str:
        value = self.get(column)
        match = _POSTCODE.match(value)
        return f"{match.group(1)} {match.group(2).upper()}" if match else value

    def email(self) -> str:
        value = self.get("email")
        if value and not _EMAIL.match(value):
            self.refuse("email", f"'{value}' is geen geldig e-mailadres.")
        return value

    def school(self, lookup: dict[str, int], default: int | None) -> int | None:
        value = self.get("school")
        if not value:
            if default is None:
                self.refuse("school", "vul de school in (naam of BRIN-code).")
            return default
        found = lookup.get(value.lower())
        if found is None:
            self.refuse("school", f"er is geen school '{value}'; gebruik de naam of de "
                         "BRIN-code zoals bij Instellingen.")
        return found


def _parse_row(reader: _RowReader, lookup: dict[str, int], default: int | None) -> ParsedRow:
    role = reader.role()
    last_name = reader.get("achternaam")
    if not last_name:
        reader.refuse("achternaam", "vul de achternaam in.")
    person = PersonInput(
        role=role or Role.OTHER,
        last_name=last_name,
        first_name=reader.get("voornaam"),
        initials=normalise_initials(reader.get("voorletters")),
        infix=reader.get("tussenvoegsel"),
        salutation=reader.salutation("aanhef"),
        group_or_function=reader.get("groep_of_functie"),
        address=reader.get("adres"),
        postcode=reader.postcode("postcode"),
        city=reader.get("plaats"),
        email=reader.email(),
        school_id=reader.school(lookup, default),
    )
    guardian: PersonInput | None = None
    if any(reader.get(c) for c in GUARDIAN_COLUMNS):
        if role is not None and role is not Role.PUPIL:
            reader.refuse("ouder_achternaam", "ouders/verzorgers horen alleen bij een leerling.")
        guardian_last = reader.get("ouder_achternaam")
        if not guardian_last:
            reader.refuse("ouder_achternaam", "vul de achternaam van de ouder/verzorger in.")
        own_address = any(reader.get(c) for c in ("ouder_adres", "ouder_postcode", "ouder_plaats"))
        guardian = PersonInput(
            role=Role.PARENT,
            last_name=guardian_last,
            initials=normalise_initials(reader.get("ouder_voorletters")),
            infix=reader.get("ouder_tussenvoegsel"),
            salutation=reader.salutation("ouder_aanhef"),
            # Without an address of their own, the parent lives at the pupil's address.
            address=reader.get("ouder_adres") if own_address else person.address,
            postcode=reader.postcode("ouder_postcode") if own_address else person.postcode,
            city=reader.get("ouder_plaats") if own_address else person.city,
            school_id=person.school_id,
        )
    return ParsedRow(reader.number, person, guardian)


def school_lookup_ids(session: Session) -> tuple[dict[str, int], int | None]:
    """Lower-cased BRIN and name → school id, and the default school when there is only one."""
    found = schools(session)
    lookup: dict[str, int] = {}
    for school in found:
        lookup[school.brin.lower()] = school.id
        lookup[school.name.strip().lower()] = school.id
    return lookup, (found[0].id if len(found) == 1 else None)


def parse_table(
    table: Table, lookup: dict[str, int], default_school: int | None
) -> list[ParsedRow]:
    """Validate every row; refuse the whole list with all its problems, or return it."""
    headers = check_headers(table.headers, PERSON_COLUMNS + GUARDIAN_COLUMNS, REQUIRED_COLUMNS)
    problems = list(headers.problems)
    if problems:
        raise ImportRefused(problems, MAX_PROBLEMS_SHOWN)
    rows: list[ParsedRow] = []
    for table_row in table.rows:
        if is_empty(table_row.cells):
            continue  # empty lines at the end of a sheet are not rows
        reader = _RowReader.of(table_row.number, table_row.cells, headers.positions)
        parsed = _parse_row(reader, lookup, default_school)
        problems.extend(reader.problems)
        rows.append(parsed)
    if problems:
        raise ImportRefused(problems, MAX_PROBLEMS_SHOWN)
    if not rows:
        raise ImportRefused([ImportProblem(2, "", "het bestand bevat geen personen.")])
    return rows


def read_persons(session: Session, path: Path) -> list[ParsedRow]:
    """Read and validate the file at ``path``."""
    lookup, default = school_lookup_ids(session)
    return parse_table(read_table(path), lookup, default)


def _same(session: Session, data: PersonInput) -> Person | None:
    """The stored person this row describes (find_same_person, refined by initials)."""
    found = find_same_person(session, data)
    if found is None or not data.initials or found.initials in ("", data.initials):
        return found
    # Two parents without first names differ only by their initials.
    query = select(Person).where(
        Person.role == data.role,
        Person.last_name == data.last_name,
        Person.first_name == data.first_name,
        Person.infix == data.infix,
        Person.initials == data.initials,
        Person.group_or_function == data.group_or_function,
    )
    if data.school_id is not None:
        query = query.where(Person.school_id == data.school_id)
    return session.scalars(query.limit(1)).first()


def write_rows(
    session: Session,
    rows: Sequence[ParsedRow],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Store the parsed rows; the caller's transaction makes it all or nothing."""
    added = existing = guardians_added = links_added = 0
    for done, row in enumerate(rows, start=1):
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        person = _same(session, row.person)
        if person is None:
            person = add_person(session, replace(row.person))
            added += 1
        else:
            existing += 1
        if row.guardian is not None:
            guardian = _same(session, row.guardian)
            if guardian is None:
                guardian = add_person(session, replace(row.guardian))
                guardians_added += 1
            if session.get(Guardianship, (person.id, guardian.id)) is None:
                link_guardian(session, person.id, guardian.id)
                links_added += 1
        if progress is not None:
            progress(done, len(rows))
    return ImportSummary(len(rows), added, existing, guardians_added, links_added)


def import_persons(
    session: Session,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Read, validate and store a persons list in the caller's transaction."""
    return write_rows(session, read_persons(session, path), progress, cancelled)


def template_csv() -> str:
    """An example persons list for Excel (``;``-separated) with the header and two rows."""
    header = ";".join(PERSON_COLUMNS + GUARDIAN_COLUMNS)
    pupil = ";".join([
        "leerling", "", "Daan", "D.", "van den", "Berg", "groep 7", "Molenstraat 4", "2671 CD",
        "Naaldwijk", "", "", "mevrouw", "S.", "van den", "Berg", "", "", "",
    ])
    staff = ";".join([
        "medewerker", "heer", "Jan", "J.", "", "Jansen", "leerkracht groep 5", "", "", "",
        "j.jansen@school.example", "", "", "", "", "", "", "", "",
    ])
    return "\r\n".join([header, pupil, staff]) + "\r\n"
