"""The kinds of letter SKOW Desk writes, and which fit a person's role and measure."""

from __future__ import annotations

from dataclasses import dataclass

from skow_desk.domain.enums import Role, Stage
from skow_desk.domain.measures import MeasureKind

STAFF_DOSSIER = "personeelsdossier"
PUPIL_DOSSIER = "leerlingendossier"

_ALL = frozenset(Role)
_STAFF = frozenset({Role.STAFF})
_PUPIL = frozenset({Role.PUPIL})
_PARENT = frozenset({Role.PARENT, Role.OTHER})


@dataclass(frozen=True)
class LetterKind:
    """One kind of letter: its Dutch title, where it is filed, and when it applies.

    ``measures`` empty means the letter fits any case, with or without a measure; ``stage``
    None means any stage. ``subject`` may use ``{naam}`` (the person) and ``{gesprek}``.
    """

    code: str
    title: str
    dossier: str | None
    roles: frozenset[Role]
    measures: frozenset[MeasureKind]
    stage: Stage | None
    subject: str
    registered: bool = False
    document_title: str = ""
    countersign: bool = False
    withdrawal: bool = False
    """The letter that withdraws a measure (fits a withdrawn measure of any kind, only that)."""
    closing: str = "Met vriendelijke groet,"
    legacy: str = ""
    """Why a kind kept only for the letters old records hold is never drafted again (Dutch);
    empty for every kind in use. A legacy kind keeps its title, dossier and template so the
    letters already sent stay listed, filed and printable from their stored PDF."""

    def dossier_for(self, role: Role) -> str:
        """The dossier a copy goes to; letters for any role follow the person's role."""
        if self.dossier is not None:
            return self.dossier
        return STAFF_DOSSIER if role is Role.STAFF else PUPIL_DOSSIER

    def applies_to(self, role: Role, measure: MeasureKind | None, stage: Stage | None) -> bool:
        """Whether this letter fits a person of ``role`` with ``measure`` at ``stage``."""
        if role not in self.roles:
            return False
        if not self.measures:
            return True
        if measure not in self.measures:
            return False
        return self.stage is None or stage is None or stage is self.stage


def _kind(
    code: str,
    title: str,
    dossier: str | None,
    roles: frozenset[Role],
    measure: MeasureKind | None,
    stage: Stage | None,
    subject: str,
    *,
    registered: bool = False,
    document_title: str = "",
    countersign: bool = False,
    withdrawal: bool = False,
    closing: str = "Met vriendelijke groet,",
    legacy: str = "",
) -> tuple[str, LetterKind]:
    measures: frozenset[MeasureKind] = frozenset() if measure is None else frozenset({measure})
    kind = LetterKind(
        code, title, dossier, roles, measures, stage, subject, registered, document_title,
        countersign, withdrawal, closing, legacy,
    )
    return code, kind


_M = MeasureKind

STAFF_SUSPENSION_INTENT_LEGACY = (
    "Een voornemen tot schorsing met een zienswijzetermijn van drie weken wordt niet meer "
    "verstuurd: een schorsing van een medewerker is een ordemaatregel. Hoor de medewerker eerst "
    "(leg het gesprek vast) en leg daarna het besluit tot schorsing vast; de besluitbrief noemt "
    "het gesprek. Op een eerder verstuurd voornemen beslist u pas na de termijn die daarin is "
    "genoemd, of na ontvangst van de zienswijze; wilt u het niet doorzetten, trek het dan in."
)
"""Why ``staff_voornemen_schorsing`` is kept for old records only (see docs/legal.md)."""

LETTER_KINDS: dict[str, LetterKind] = dict(
    [
        _kind("staff_waarschuwing", "Waarschuwing medewerker", STAFF_DOSSIER, _STAFF,
              _M.WARNING, None, "Schriftelijke waarschuwing"),
        _kind("staff_voornemen_berisping", "Voornemen schriftelijke berisping", STAFF_DOSSIER,
              _STAFF, _M.REPRIMAND, Stage.INTENT,
              "Voornemen tot het opleggen van een schriftelijke berisping", registered=True),
        _kind("staff_besluit_berisping", "Besluit schriftelijke berisping", STAFF_DOSSIER,
              _STAFF, _M.REPRIMAND, Stage.DECISION, "Schriftelijke berisping", registered=True),
        _kind("staff_voornemen_schorsing", "Voornemen schorsing medewerker", STAFF_DOSSIER,
              _STAFF, _M.SUSPENSION, Stage.INTENT, "Voornemen tot schorsing", registered=True,
              legacy=STAFF_SUSPENSION_INTENT_LEGACY),
        _kind("staff_besluit_schorsing", "Besluit schorsing medewerker", STAFF_DOSSIER, _STAFF,
              _M.SUSPENSION, Stage.DECISION, "Besluit tot schorsing", registered=True),
        _kind("staff_voornemen_ontslag", "Voornemen ontslag medewerker", STAFF_DOSSIER,
              _STAFF, _M.DISMISSAL, Stage.INTENT,
              "Voornemen tot beëindiging van uw arbeidsovereenkomst", registered=True),
        _kind("staff_besluit_ontslag", "Besluit ontslag medewerker", STAFF_DOSSIER, _STAFF,
              _M.DISMISSAL, Stage.DECISION,
              "Besluit tot beëindiging van uw arbeidsovereenkomst", registered=True),
        _kind("staff_ontslag_op_staande_voet", "Bevestiging ontslag op staande voet",
              STAFF_DOSSIER, _STAFF, _M.SUMMARY_DISMISSAL, None,
              "Bevestiging ontslag op staande voet", registered=True, closing="Hoogachtend,"),
        _kind("pupil_waarschuwing", "Waarschuwing leerling", PUPIL_DOSSIER, _PUPIL, _M.WARNING,
              None, "Waarschuwing aan {naam}"),
        _kind("pupil_schorsing", "Schorsing leerling", PUPIL_DOSSIER, _PUPIL, _M.SUSPENSION,
              None, "Schorsing van {naam}"),
        _kind("pupil_voornemen_verwijdering", "Voornemen verwijdering leerling", PUPIL_DOSSIER,
              _PUPIL, _M.REMOVAL, Stage.INTENT, "Voornemen tot verwijdering van {naam}",
              registered=True),
        _kind("pupil_besluit_verwijdering", "Besluit verwijdering leerling", PUPIL_DOSSIER,
              _PUPIL, _M.REMOVAL, Stage.DECISION, "Verwijdering van {naam}", registered=True),
        _kind("parent_waarschuwing", "Waarschuwing ouder/verzorger", PUPIL_DOSSIER, _PARENT,
              _M.WARNING, None, "Waarschuwing"),
        _kind("parent_toegangsverbod", "Toegangsverbod", PUPIL_DOSSIER, _PARENT, _M.ACCESS_BAN,
              None, "Toegangsverbod", registered=True),
        _kind("intrekking", "Intrekking maatregel", None, _ALL, None, None,
              "Intrekking maatregel", registered=True, withdrawal=True),
        _kind("gespreksverslag", "Gespreksverslag", None, _ALL, None, None,
              "Gesprek met {naam}{gesprek}", document_title="Gespreksverslag",
              countersign=True),
        _kind("notitie_dossier", "Notitie voor het dossier", None, _ALL, None, None,
              "Melding over {naam}", document_title="Notitie voor het dossier"),
    ]
)


def letter_kinds_for(
    role: Role,
    measure_kind: MeasureKind | None,
    stage: Stage | None = None,
    withdrawn: bool = False,
) -> list[str]:
    """The letter kinds (codes, in display order) that fit a person, measure and stage; for a
    withdrawn measure only the withdrawal letter. Legacy kinds are never offered."""
    return [
        code for code, kind in LETTER_KINDS.items()
        if not kind.legacy and kind.withdrawal == withdrawn
        and kind.applies_to(role, measure_kind, stage)
    ]
