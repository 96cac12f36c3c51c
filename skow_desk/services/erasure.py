"""Verwijderen op verzoek (AVG art. 17): what goes, what stays, and doing it the purge's way.

:mod:`skow_desk.services.deletion` removes the rows. This module adds what the retention purge
already does around an anonymisation, because an erasure needs the same and more:

- before the rows go, the person's names and address are taken out of every *other* record's
  text (cases with other people stay; services/purge_scrub.py), so erasing a parent does not
  leave their name in a classmate's case description;
- after the commit the file is compacted and the old copies in the data folder are replaced
  (services/purge_ledger.py: settle_purge), so the freed pages and older automatic backups do
  not keep what was erased.

Unlike a purge, an erasure is not written to the purge ledger: the person row is gone, and
SQLite may give its number to the next new person (no AUTOINCREMENT on ``person``), whom a
ledger entry would then anonymise. A backup kept outside SKOW Desk therefore still holds the
person; the confirmation says so.

It is not the purge itself: the purge anonymises and keeps the rows (the yearly overview keeps
its counts) and only for people past the retention period; an erasure on request removes the
person and their records now, whatever the period, with the reason in the audit trail.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from skow_desk.domain.enums import IncidentStatus, Role
from skow_desk.domain.errors import DomainError
from skow_desk.domain.names import full_name
from skow_desk.resources import resources_dir
from skow_desk.services.deletion import delete_person_avg
from skow_desk.services.lookup import get_or_gone
from skow_desk.services.purge_ledger import settle_purge
from skow_desk.services.purge_scrub import leaver_of, scrub_names
from skow_desk.store.audit_events import quiet
from skow_desk.store.db import Database
from skow_desk.store.models import (
    Conversation,
    Guardianship,
    Incident,
    Involvement,
    Letter,
    Measure,
    Person,
    Task,
)


def erasure_texts() -> dict[str, str]:
    """The legal sentences of resources/legal/avg.toml (``kept_by_law``, ``answer_term``)."""
    path = resources_dir() / "legal" / "avg.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        return {key: str(entry["text"]) for key, entry in raw["erasure"].items()}
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError) as error:
        raise DomainError("De tekst over het verwijderen (resources/legal/avg.toml) ontbreekt "
                          "of is beschadigd.") from error


@dataclass(frozen=True)
class ErasurePreview:
    """What an erasure of one person removes and what stays, for the confirmation."""

    person_id: int
    name: str
    role: Role
    conversations: int
    measures: int
    letters: int
    final_letters: int
    tasks: int
    guardian_links: int
    cases_removed: tuple[str, ...]
    """Kenmerken of cases in which nobody else is left: they go as a whole."""
    cases_kept: tuple[str, ...]
    """Kenmerken of cases with other people: they stay, the name replaced by the part."""
    open_cases: tuple[str, ...]
    """Kenmerken of cases not closed: a dispute may still come (AVG art. 17 lid 3)."""

    def removed_lines(self) -> list[str]:
        """What goes, one Dutch line each (only what there is)."""
        lines = [f"de persoon {self.name} ({self.role.value}) met naam, adres en e-mail"]
        for count, one, many in (
                (self.conversations, "gesprek", "gesprekken"),
                (self.measures, "maatregel", "maatregelen"),
                (self.tasks, "taak", "taken"),
                (self.guardian_links, "koppeling ouder–leerling", "koppelingen ouder–leerling")):
            if count:
                lines.append(f"{count} {one if count == 1 else many}")
        if self.letters:
            final = (f", waarvan {self.final_letters} definitief"
                     if self.final_letters else "")
            lines.append(f"{self.letters} {'brief' if self.letters == 1 else 'brieven'}{final}")
        if self.cases_removed:
            lines.append("de meldingen waarin verder niemand staat, met hun bewijsstukken: "
                         + ", ".join(self.cases_removed))
        return lines

    def kept_lines(self) -> list[str]:
        """What stays, one Dutch line each."""
        lines = []
        if self.cases_kept:
            lines.append("de meldingen waarin ook anderen staan (" + ", ".join(self.cases_kept)
                         + "); de naam wordt daarin vervangen door de rol")
        lines.append("één regel in het logboek met de reden en de aantallen, zonder naam; "
                     "eerdere logboekregels over deze persoon worden ingekort")
        return lines


def _count(session: Session, model: type, *where: ColumnElement[bool]) -> int:
    query: Select[int] = select(func.count()).select_from(model).where(*where)
    return int(session.scalar(query) or 0)


def erasure_preview(session: Session, person_id: int) -> ErasurePreview:
    """What :func:`erase_person` would remove and keep for ``person_id``."""
    person = get_or_gone(session, Person, person_id)
    incidents = list(session.scalars(select(Incident).join(Involvement).where(
        Involvement.person_id == person_id).distinct().order_by(Incident.kenmerk)))
    removed: list[str] = []
    kept: list[str] = []
    for incident in incidents:
        others = {i.person_id for i in incident.involvements} - {person_id}
        (kept if others else removed).append(incident.kenmerk)
    return ErasurePreview(
        person_id=person_id,
        name=full_name(person.first_name or person.initials, person.infix, person.last_name),
        role=person.role,
        conversations=_count(session, Conversation, Conversation.person_id == person_id),
        measures=_count(session, Measure, Measure.person_id == person_id),
        letters=_count(session, Letter, Letter.person_id == person_id),
        final_letters=_count(session, Letter, Letter.person_id == person_id,
                             Letter.finalised_at.is_not(None)),
        tasks=_count(session, Task, Task.person_id == person_id),
        guardian_links=_count(session, Guardianship, (Guardianship.pupil_id == person_id)
                              | (Guardianship.guardian_id == person_id)),
        cases_removed=tuple(removed), cases_kept=tuple(kept),
        open_cases=tuple(i.kenmerk for i in incidents if i.status != IncidentStatus.CLOSED))


def erase_in_session(session: Session, person_id: int, reason: str) -> str:
    """Take the person's names out of other records, then remove them (one transaction)."""
    person = get_or_gone(session, Person, person_id)
    if not reason.split():
        raise DomainError("Vul de reden van het verwijderen in (AVG); zonder reden gebeurt er "
                          "niets.")
    with quiet(session):  # the before/after would copy the names into the log
        scrub_names(session, [leaver_of(person)])
    return delete_person_avg(session, person_id, reason)


def erase_person(db: Database, person_id: int, reason: str) -> str:
    """Verwijderen op verzoek: remove the person, then compact the file and replace the old
    copies in the data folder. Returns the summary written to the audit trail."""
    with db.transaction() as session:
        summary = erase_in_session(session, person_id, reason)
    settle_purge(db)
    return summary


ELSEWHERE = ("Back-ups die buiten SKOW Desk worden bewaard (bijvoorbeeld op een USB-stick of "
             "een netwerkschijf) bevatten deze persoon nog. Wordt zo'n back-up teruggezet, "
             "verwijder de persoon dan opnieuw; vernietig zulke back-ups als dat kan.")
