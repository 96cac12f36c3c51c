"""The column names of the import format: the single source for reading, parsing and the template.

One row per person who caused an incident; rows with the same ``kenmerk`` form one incident.
Header names are matched case-insensitively after trimming.
"""

from __future__ import annotations

KENMERK = "kenmerk"
SCHOOL = "school"
REPORTED_ON = "datum_melding"
OCCURRED_ON = "datum_voorval"
ROLE = "rol"
SALUTATION = "aanhef"
FIRST_NAME = "voornaam"
INFIX = "tussenvoegsel"
LAST_NAME = "achternaam"
GROUP_OR_FUNCTION = "groep_of_functie"
PLATFORM = "platform"
ARTICLES = "artikelen"
CATEGORY = "categorie"
DESCRIPTION = "omschrijving"
MEASURE = "maatregel"
MEASURE_ON = "datum_maatregel"
SUSPENSION_DAYS = "schorsing_dagen"
POLICE_REPORT = "aangifte"
STATUS = "status"

ADDRESS = "adres"
POSTCODE = "postcode"
CITY = "plaats"

GUARDIAN_SALUTATION = "ouder_aanhef"
GUARDIAN_INITIALS = "ouder_voorletters"
GUARDIAN_INFIX = "ouder_tussenvoegsel"
GUARDIAN_LAST_NAME = "ouder_achternaam"
GUARDIAN_ADDRESS = "ouder_adres"
GUARDIAN_POSTCODE = "ouder_postcode"
GUARDIAN_CITY = "ouder_plaats"

REQUIRED: tuple[str, ...] = (
    KENMERK,
    SCHOOL,
    REPORTED_ON,
    OCCURRED_ON,
    ROLE,
    SALUTATION,
    FIRST_NAME,
    INFIX,
    LAST_NAME,
    GROUP_OR_FUNCTION,
    PLATFORM,
    ARTICLES,
    CATEGORY,
    DESCRIPTION,
    MEASURE,
    MEASURE_ON,
    SUSPENSION_DAYS,
    POLICE_REPORT,
    STATUS,
)
"""Columns that must be present as headers (their cells may still be empty where allowed)."""

OPTIONAL_ADDRESS: tuple[str, ...] = (ADDRESS, POSTCODE, CITY)
"""The address of the person; optional columns."""

OPTIONAL_GUARDIAN: tuple[str, ...] = (
    GUARDIAN_SALUTATION,
    GUARDIAN_INITIALS,
    GUARDIAN_INFIX,
    GUARDIAN_LAST_NAME,
    GUARDIAN_ADDRESS,
    GUARDIAN_POSTCODE,
    GUARDIAN_CITY,
)
"""A pupil's parent or guardian; optional columns, only meaningful for the role leerling."""

ALL: tuple[str, ...] = REQUIRED + OPTIONAL_ADDRESS + OPTIONAL_GUARDIAN
"""Every known column, in template order."""

DATE_COLUMNS: frozenset[str] = frozenset({REPORTED_ON, OCCURRED_ON, MEASURE_ON})
"""Columns holding a date (written as real date cells in the XLSX template)."""


def normalize_header(name: str) -> str:
    """The form in which a header is compared: trimmed, lower case, without a stray BOM."""
    return name.replace("\ufeff", "").strip().lower()
