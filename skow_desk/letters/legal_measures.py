"""Legal sentences of the dismissal, toegangsverbod, summary dismissal and removal letters, read
from ``resources/legal/maatregelen.toml`` (per sector where the law differs)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from skow_desk.domain.enums import Sector
from skow_desk.domain.errors import DomainError
from skow_desk.letters.legal import Citation, legal_dir

PLACEHOLDERS = ("bevoegd_gezag", "adres", "uiterlijk", "school", "schooladres")


@dataclass(frozen=True)
class MeasureTexts:
    """The sentences for one sector."""

    dismissal_route: Citation
    dismissal_court: Citation
    access_ban_basis: Citation
    access_ban_scope: Citation
    promptness: Citation
    other_school: Citation
    dispute: Citation


def _citation(raw: Mapping[str, Any], key: str) -> Citation:
    node: Any = raw
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise DomainError(f"In maatregelen.toml ontbreekt '{key}'.")
        node = node[part]
    text, source = node.get("text"), node.get("source")
    if not isinstance(text, str) or not isinstance(source, str) or not text.strip():
        raise DomainError(f"In maatregelen.toml moet '{key}' een text en een source hebben.")
    return Citation(" ".join(text.split()), " ".join(source.split()))


@lru_cache(maxsize=8)
def _load(sector: Sector, path: Path) -> MeasureTexts:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DomainError(f"Het bestand met wetsteksten {path.name} kan niet worden gelezen: "
                          f"{error}.") from error
    code = sector.value
    return MeasureTexts(
        dismissal_route=_citation(raw, "staff.dismissal_route"),
        dismissal_court=_citation(raw, "staff.dismissal_court"),
        access_ban_basis=_citation(raw, f"access_ban.basis.{code}"),
        access_ban_scope=_citation(raw, "access_ban.scope"),
        promptness=_citation(raw, "summary_dismissal.promptness"),
        other_school=_citation(raw, f"removal.other_school.{code}"),
        dispute=_citation(raw, "removal.dispute"),
    )


def measure_texts(sector: Sector, directory: Path | None = None) -> MeasureTexts:
    """The sentences for a school of ``sector``."""
    return _load(Sector(sector), (directory or legal_dir()) / "maatregelen.toml")
