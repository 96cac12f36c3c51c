"""Who signs a letter: the director within the mandate, "namens het bevoegd gezag", or the
bestuurder (Awb 10:10; WPO art. 31/32a managementstatuut).

The mandate is foundation data (the foundation TOML, section ``[mandaat]``): the measures a
school director decides on behalf of the bevoegd gezag, with the mandate decision's date and
reference. A measure is named ``"<rol>.<maatregel>"`` with the Dutch values of :class:`Role`
and :class:`MeasureKind`, e.g. ``"leerling.schorsing"``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from skow_desk.domain.enums import Role
from skow_desk.domain.errors import DomainError
from skow_desk.domain.measures import MEASURES_BY_ROLE, MeasureKind

SOURCE = "Awb art. 10:10; WPO art. 31 en 32a (managementstatuut)"


def mandate_key(role: Role, kind: MeasureKind) -> str:
    """``(Role.PUPIL, MeasureKind.SUSPENSION)`` → ``"leerling.schorsing"``."""
    return f"{Role(role).value}.{MeasureKind(kind).value}"


def all_mandate_keys() -> list[tuple[str, str]]:
    """Every measure a mandate can name, as (key, Dutch label), staff first."""
    keys: list[tuple[str, str]] = []
    for role in (Role.STAFF, Role.PUPIL, Role.PARENT, Role.OTHER):
        for kind in MEASURES_BY_ROLE[role]:
            if kind is not MeasureKind.CONVERSATION_ONLY:
                keys.append((mandate_key(role, kind), f"{role.label}: {kind.value}"))
    return keys


def parse_mandate_keys(values: Iterable[str]) -> frozenset[str]:
    """The keys, checked; an unknown one is refused with a Dutch sentence naming it."""
    known = {key for key, _label in all_mandate_keys()}
    keys = frozenset(v.strip().lower() for v in values if v.strip())
    unknown = sorted(keys - known)
    if unknown:
        raise DomainError(
            f"Onbekende maatregel in het mandaat: {', '.join(unknown)}. Mogelijk zijn: "
            f"{', '.join(sorted(known))}.")
    return keys


@dataclass(frozen=True)
class Mandate:
    """The measures the director decides for the bevoegd gezag, and the decision granting it."""

    measures: frozenset[str] = frozenset()
    decided_on: date | None = None
    reference: str = ""

    def covers(self, role: Role, kind: MeasureKind) -> bool:
        """Whether a measure of ``kind`` for a person of ``role`` lies within the mandate."""
        return mandate_key(role, kind) in self.measures


@dataclass(frozen=True)
class Signer:
    """Who signs, in which function, and on whose behalf (printed above the name)."""

    name: str
    function: str
    on_behalf: str = ""
    within_mandate: bool = False
    problem: str = ""
    """Empty when the signer has authority; else a Dutch sentence saying what to record."""

    def describe(self) -> str:
        """One Dutch sentence for the letter dialog: who signs, and why."""
        if self.problem:
            return self.problem
        who = ", ".join(p for p in (self.name, self.function) if p)
        behalf = f" — {self.on_behalf}" if self.on_behalf else ""
        why = " (binnen het mandaat)" if self.within_mandate and self.on_behalf else ""
        return f"Ondertekening: {who}{behalf}{why}."


def choose_signer(
    role: Role,
    kind: MeasureKind | None,
    mandate: Mandate,
    *,
    director: str,
    director_function: str,
    board_member: str,
    board_member_function: str,
    foundation: str,
) -> Signer:
    """The signer of a letter about a measure of ``kind`` (None: a memo or report).

    A letter without a measure, or a conversation without one, is the director's own. A
    measure within the mandate is signed by the director "namens het bevoegd gezag van
    <stichting>"; any other measure by the bestuurder for the bevoegd gezag. Without a
    bestuurder on record the director's name is kept and ``problem`` says what is missing.
    """
    if kind is None or kind is MeasureKind.CONVERSATION_ONLY:
        return Signer(director, director_function, within_mandate=True)
    board = f"het bevoegd gezag van {foundation}" if foundation else "het bevoegd gezag"
    if mandate.covers(role, kind):
        problem = "" if mandate.decided_on is not None else (
            "Het mandaat noemt deze maatregel, maar de datum van het mandaatbesluit ontbreekt. "
            "Vul die in bij Instellingen → Stichting.")
        return Signer(director, director_function, f"namens {board}", within_mandate=True,
                      problem=problem)
    if not board_member.strip():
        return Signer(director, director_function, problem=(
            f"Een {MeasureKind(kind).value} valt niet onder het mandaat van de directeur en er "
            "is geen bestuurder vastgelegd. Vul bij Instellingen → Stichting de bestuurder in, "
            "of neem de maatregel op in het mandaat."))
    return Signer(board_member.strip(), board_member_function.strip() or "bestuurder",
                  board[0].upper() + board[1:])
