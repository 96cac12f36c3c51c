"""The words of the columns both imports read: ``rol`` and ``aanhef``.

The register import (:mod:`skow_desk.importing.parse`) and the persons import
(:mod:`skow_desk.services.person_import`) read the same columns, so they accept the same words,
from here, and refuse an unknown word with the same sentence.
"""

from __future__ import annotations

from skow_desk.domain.enums import Role, Salutation
from skow_desk.domain.errors import DomainError
from skow_desk.importing.core import key, shown

ROLE_WORDS: dict[str, Role] = {role.value: role for role in Role} | {
    "personeel": Role.STAFF,
    "personeelslid": Role.STAFF,
    "ouder/verzorger": Role.PARENT,
    "verzorger": Role.PARENT,
    "anders": Role.OTHER,
}
"""Every word the ``rol`` column accepts (compared trimmed and in lower case)."""

SALUTATION_WORDS: dict[str, Salutation] = {
    "heer": Salutation.MR,
    "de heer": Salutation.MR,
    "dhr": Salutation.MR,
    "dhr.": Salutation.MR,
    "mevrouw": Salutation.MRS,
    "mevr": Salutation.MRS,
    "mevr.": Salutation.MRS,
    "mw": Salutation.MRS,
    "mw.": Salutation.MRS,
}
"""Every word the ``aanhef`` columns accept; an empty cell means no salutation."""


def parse_role(text: str) -> Role:
    """The role a ``rol`` cell names; :class:`DomainError` with a Dutch sentence otherwise."""
    if not text.strip():
        raise DomainError("Vul de rol in: medewerker, leerling, ouder of overig.")
    found = ROLE_WORDS.get(key(text))
    if found is None:
        raise DomainError(
            f"'{shown(text)}' is geen rol. Kies uit: medewerker, leerling, ouder of overig."
        )
    return found


def parse_salutation(text: str) -> Salutation | None:
    """The salutation an ``aanhef`` cell names (None when empty); :class:`DomainError` else."""
    if not text.strip():
        return None
    found = SALUTATION_WORDS.get(key(text))
    if found is None:
        raise DomainError(
            f"Onbekende aanhef '{shown(text)}'. Gebruik heer, mevrouw of laat leeg."
        )
    return found
