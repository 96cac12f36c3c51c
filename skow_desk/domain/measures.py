"""The measures of the protocol's section "Sancties en gevolgen", per role."""

from __future__ import annotations

from enum import StrEnum

from skow_desk.domain.enums import Role
from skow_desk.domain.errors import DomainError


class MeasureKind(StrEnum):
    """A measure; values are the Dutch names used in the register and the import."""

    CONVERSATION_ONLY = "gesprek zonder maatregel"
    WARNING = "waarschuwing"
    REPRIMAND = "berisping"
    SUSPENSION = "schorsing"
    DISMISSAL = "ontslag"
    SUMMARY_DISMISSAL = "ontslag op staande voet"
    REMOVAL = "verwijdering van school"
    ACCESS_BAN = "toegangsverbod"

    @property
    def label(self) -> str:
        return self.value[0].upper() + self.value[1:]


# Mildest first. Parents: a school suspends or removes the *child*, so those measures are
# recorded on the pupil; the parent's own measures are a warning or a ban from the premises.
MEASURES_BY_ROLE: dict[Role, tuple[MeasureKind, ...]] = {
    Role.STAFF: (
        MeasureKind.CONVERSATION_ONLY,
        MeasureKind.WARNING,
        MeasureKind.REPRIMAND,
        MeasureKind.SUSPENSION,
        MeasureKind.DISMISSAL,
        MeasureKind.SUMMARY_DISMISSAL,
    ),
    Role.PUPIL: (
        MeasureKind.CONVERSATION_ONLY,
        MeasureKind.WARNING,
        MeasureKind.SUSPENSION,
        MeasureKind.REMOVAL,
    ),
    Role.PARENT: (
        MeasureKind.CONVERSATION_ONLY,
        MeasureKind.WARNING,
        MeasureKind.ACCESS_BAN,
    ),
    Role.OTHER: (
        MeasureKind.CONVERSATION_ONLY,
        MeasureKind.WARNING,
        MeasureKind.ACCESS_BAN,
    ),
}

# Measures that go through an intention first (voornemen → besluit). A staff suspension is
# an order measure (ordemaatregel): the person is heard first, there is no 3-week zienswijze
# (it would make the suspension retroactive by the time it is decided).
TWO_STEP: dict[Role, frozenset[MeasureKind]] = {
    Role.STAFF: frozenset({MeasureKind.REPRIMAND, MeasureKind.DISMISSAL}),
    Role.PUPIL: frozenset({MeasureKind.REMOVAL}),
    Role.PARENT: frozenset(),
    Role.OTHER: frozenset(),
}


def parse_measure(text: str) -> MeasureKind:
    """Parse a measure's Dutch name (case-insensitive), or refuse with a Dutch message."""
    wanted = " ".join(text.strip().lower().split())
    aliases = {"verwijdering": MeasureKind.REMOVAL, "geen maatregel": MeasureKind.CONVERSATION_ONLY}
    for kind in MeasureKind:
        if kind.value == wanted:
            return kind
    if wanted in aliases:
        return aliases[wanted]
    names = ", ".join(k.value for k in MeasureKind)
    raise DomainError(f"Onbekende maatregel '{text.strip()}'. Kies uit: {names}.")


def check_measure_for_role(kind: MeasureKind, role: Role) -> None:
    """Refuse a measure the protocol does not give for ``role``."""
    if kind not in MEASURES_BY_ROLE[role]:
        allowed = ", ".join(k.value for k in MEASURES_BY_ROLE[role])
        raise DomainError(
            f"De maatregel '{kind.value}' is niet mogelijk voor een "
            f"{role.label.lower()}. Mogelijk zijn: {allowed}."
        )
