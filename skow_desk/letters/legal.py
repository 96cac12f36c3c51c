"""The legal citations and fixed sentences of letters, read from ``resources/legal/<sector>.toml``.

Article numbers change (VO moved to the WVO 2020), so they live in data, per sector, never in
code. Sentences may hold the placeholders ``{uiterlijk}``, ``{bevoegd_gezag}``, ``{adres}`` and
the staff appeal route's ``{beroep_*}``, filled in per letter by :func:`fill`.

Every entry says whether the project confirmed it against a public source (``confirmed``). An
unconfirmed entry is never printed as fact: the letter prints its ``general`` wording (which
names the law generally) until the foundation's TOML confirms it (``[[bevestiging]]`` with the
key ``"<SECTOR>.<entry>"``, e.g. ``"VO.pupil.suspension"``). docs/legal.md lists the sources.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from skow_desk.domain.enums import Denomination, Sector
from skow_desk.domain.errors import DomainError
from skow_desk.resources import resources_dir

PLACEHOLDERS = frozenset({"uiterlijk", "bevoegd_gezag", "adres", "beroep_instantie",
                          "beroep_adres", "beroep_uiterlijk", "beroep_termijn"})
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Citation:
    """A sentence or citation as the letter prints it, and its source for the reviewer.

    ``text`` is what the letter prints: the citation when confirmed (by the project or by the
    foundation), else the general wording. ``cited`` is the specific citation on file, printed
    only once confirmed; empty when none is known.
    """

    text: str
    source: str
    confirmed: bool = True
    cited: str = ""
    key: str = ""


@dataclass(frozen=True)
class LegalTexts:
    """Everything a letter quotes from the law, for one sector and denomination."""

    sector: Sector
    denomination: Denomination
    law: str
    objection_weeks: int
    response_weeks: int
    court_months: int
    max_suspension_days: int
    teacher: str
    group: str
    suspension: Citation
    inspection: Citation
    removal: Citation
    other_school: Citation
    removal_inspection: Citation
    truancy: Citation
    dispute: Citation
    objection_suspension: Citation
    objection_removal: Citation
    access_ban_objection: Citation
    staff_disciplinary: Citation
    staff_appeal_body: Citation
    staff_appeal_court: Citation
    summary_dismissal: Citation
    court: Citation
    registration: Citation

    def unconfirmed(self) -> list[Citation]:
        """Every entry printed in its general wording for want of a confirmation."""
        return [value for value in vars(self).values()
                if isinstance(value, Citation) and not value.confirmed]


def legal_dir() -> Path:
    """Where the per-sector legal files are."""
    return resources_dir() / "legal"


def fill(text: str, values: Mapping[str, str]) -> str:
    """Put ``values`` into the ``{placeholders}`` of a legal sentence."""
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def legal_texts(
    sector: Sector,
    denomination: Denomination,
    directory: Path | None = None,
    confirmations: tuple[tuple[str, str], ...] = (),
) -> LegalTexts:
    """The legal texts for a school of ``sector`` and ``denomination``.

    ``confirmations`` are the foundation's ``(key, text)`` pairs: an unconfirmed entry whose
    key (``"VO.pupil.suspension"``) is among them prints that text.
    """
    return _load(Sector(sector), Denomination(denomination), directory or legal_dir(),
                 confirmations)


@lru_cache(maxsize=32)
def _load(sector: Sector, denomination: Denomination, directory: Path,
          confirmations: tuple[tuple[str, str], ...] = ()) -> LegalTexts:
    path = directory / f"{sector.value.lower()}.toml"
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except OSError as error:
        raise DomainError(f"Het bestand met wetsteksten {path} kan niet worden gelezen.") from error
    except tomllib.TOMLDecodeError as error:
        message = f"Het bestand met wetsteksten {path.name} is ongeldig: {error}."
        raise DomainError(message) from error
    reader = _Reader(raw, path.name, sector.value, dict(confirmations))
    denom = denomination.value
    return LegalTexts(
        sector=sector,
        denomination=denomination,
        law=reader.text("law"),
        objection_weeks=reader.number("terms.objection_weeks"),
        response_weeks=reader.number("terms.response_weeks"),
        court_months=reader.number("terms.court_months"),
        max_suspension_days=reader.number("terms.max_suspension_days"),
        teacher=reader.text("words.teacher"),
        group=reader.text("words.group"),
        suspension=reader.citation("pupil.suspension"),
        inspection=reader.citation("pupil.inspection"),
        removal=reader.citation("pupil.removal"),
        other_school=reader.citation("pupil.other_school"),
        removal_inspection=reader.citation("pupil.removal_inspection"),
        truancy=reader.citation("pupil.truancy"),
        dispute=reader.citation("pupil.dispute"),
        objection_suspension=reader.citation(f"objection.{denom}.suspension"),
        objection_removal=reader.citation(f"objection.{denom}.removal"),
        access_ban_objection=reader.citation(f"access_ban.{denom}"),
        staff_disciplinary=reader.citation("staff.disciplinary"),
        staff_appeal_body=reader.citation("staff.appeal_body"),
        staff_appeal_court=reader.citation("staff.appeal_court"),
        summary_dismissal=reader.citation("staff.summary_dismissal"),
        court=reader.citation("staff.court"),
        registration=reader.citation("registration"),
    )


class _Reader:
    """Dotted-key access to a parsed TOML file, with Dutch messages naming the file and key."""

    def __init__(self, raw: Mapping[str, Any], name: str, sector: str = "",
                 confirmations: Mapping[str, str] | None = None) -> None:
        self._raw = raw
        self._name = name
        self._sector = sector
        self._confirmations = confirmations or {}

    def _get(self, key: str) -> Any:
        node: Any = self._raw
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise DomainError(f"In {self._name} ontbreekt '{key}'.")
            node = node[part]
        return node

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not value.strip():
            raise DomainError(f"In {self._name} moet '{key}' een tekst zijn.")
        unknown = set(_PLACEHOLDER.findall(value)) - PLACEHOLDERS
        if unknown:
            names = ", ".join("{" + u + "}" for u in sorted(unknown))
            raise DomainError(
                f"In {self._name} staat bij '{key}' een onbekend invulveld: {names}. "
                f"Mogelijk zijn: {', '.join('{' + p + '}' for p in sorted(PLACEHOLDERS))}."
            )
        return " ".join(value.split())

    def number(self, key: str) -> int:
        value = self._get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise DomainError(f"In {self._name} moet '{key}' een positief geheel getal zijn.")
        return value

    def citation(self, key: str) -> Citation:
        confirmed = self._get(f"{key}.confirmed")
        if not isinstance(confirmed, bool):
            raise DomainError(f"In {self._name} moet '{key}.confirmed' true of false zijn.")
        source = self.text(f"{key}.source")
        entry = self._get(key)
        cited = self.text(f"{key}.text") if "text" in entry else ""
        if confirmed:
            if not cited:
                raise DomainError(f"In {self._name} ontbreekt '{key}.text'.")
            return Citation(cited, source, True, cited, key)
        general = self.text(f"{key}.general")
        override = self._confirmations.get(f"{self._sector}.{key}", "").strip()
        if override:
            return Citation(" ".join(override.split()), f"{source}; bevestigd door de stichting",
                            True, override, key)
        return Citation(general, source, False, cited, key)
