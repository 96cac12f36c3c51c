"""Letters for the dossier: from a case to a draft, to a finalised, unchangeable PDF.

A draft is a ``LetterData`` built from the case and the (possibly edited) template; the director
may adjust its paragraphs; finalising numbers it, renders the PDF once and stores the bytes with
their SHA-256. A finalised letter never changes: a correction is a new version that names the one
it replaces. Editing a template never touches a finalised letter (its data and PDF are stored).

The work is split by step; this module is the one to import from:

- :mod:`~skow_desk.services.letter_parts`: the parts gathered from the case record;
- :mod:`~skow_desk.services.letter_templates`: the director's templates;
- :mod:`~skow_desk.services.letter_drafting`: drafts, re-dating, rendering;
- :mod:`~skow_desk.services.letter_store`: finalising, numbering, reading back;
- here: writing a case's letters to a folder (``skow-desk letters --out``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from skow_desk.domain.errors import DomainError
from skow_desk.services.audit import AuditAction, record
from skow_desk.services.incidents import incident_by_kenmerk
from skow_desk.services.letter_drafting import (
    MEMO_KINDS,
    address_window,
    draft_letters,
    letter_kinds_for_measure,
    redate_letters,
    render,
)
from skow_desk.services.letter_parts import letter_signer, signer_for
from skow_desk.services.letter_replacement import with_replacements
from skow_desk.services.letter_store import (
    current_letters,
    finalise_letter,
    get_letter,
    letter_pdf,
    letters_of_incident,
    letters_of_person,
)
from skow_desk.services.letter_templates import restore_template, save_template, template_source
from skow_desk.store.db import Database
from skow_desk.store.files import atomic_write
from skow_desk.store.models import Letter, Person

__all__ = [
    "MEMO_KINDS", "address_window", "current_letters", "draft_letters", "finalise_letter",
    "get_letter", "letter_kinds_for_measure", "letter_pdf", "letter_signer", "letters_of_incident",
    "letters_of_person", "redate_letters", "render", "restore_template", "save_template",
    "signer_for", "template_source", "write_case_letters",
]


def _file_name(kenmerk: str, kind: str, number: str | None, person: Person, index: int,
               total: int) -> str:
    stem = f"{kenmerk}-{kind}-{person.last_name}"
    if number:
        stem = f"{stem}-{number}"
    if total > 1:
        stem = f"{stem}-{index}"
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in stem)
    return f"{safe}.pdf"


def write_case_letters(db: Database, kenmerk: str, out_dir: Path) -> list[Path]:
    """Write the letters of a case's measures (finalised ones as stored, else drafts).

    Of a corrected letter only the newest version is written; a pupil's parents living apart
    get one file per address. Everything is prepared first; on any problem nothing is written.
    """
    files: list[tuple[str, bytes]] = []
    with db.transaction() as session:
        incident = incident_by_kenmerk(session, kenmerk)
        incident_id, shown_kenmerk = incident.id, incident.kenmerk
        final: dict[tuple[int, str], list[Letter]] = {}
        for stored in current_letters(letters_of_incident(session, incident.id)):
            if stored.measure_id is not None:
                final.setdefault((stored.measure_id, stored.kind), []).append(stored)
        measures = [m for m in incident.measures]
        if not measures:
            raise DomainError(f"Bij melding {kenmerk} is nog geen maatregel vastgelegd; er "
                              "zijn geen brieven te maken.")
        for measure in measures:
            for kind in letter_kinds_for_measure(session, measure.id):
                kept = final.get((measure.id, kind), [])
                for index, letter in enumerate(kept, start=1):
                    files.append((_file_name(incident.kenmerk, kind, letter.number,
                                             measure.person, index, len(kept)),
                                  letter_pdf(session, letter.id)))
                if kept:
                    continue
                drafts = draft_letters(session, kind, incident.id, measure.person_id,
                                       measure.id, letter_date=date.today())
                # a letter about a corrected measure says which letter it replaces
                drafts, _replaces = with_replacements(session, drafts, measure.id, kind)
                for index, data in enumerate(drafts, start=1):
                    files.append((_file_name(data.kenmerk, data.kind, data.number,
                                             measure.person, index, len(drafts)),
                                  render(session, data)))
        if not files:
            raise DomainError(f"Voor de maatregelen van melding {kenmerk} bestaat geen brief: "
                              "een gesprek zonder maatregel of een gecorrigeerde maatregel "
                              "krijgt geen brief. Maak in de app een gespreksverslag of een "
                              "notitie voor het dossier.")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, content in files:
        path = out_dir / name
        atomic_write(path, content)
        paths.append(path)
    count = len(paths)
    with db.transaction() as session:  # README: every export is in the log (not its content)
        record(session, AuditAction.EXPORT, "incident", incident_id, None,
               f"brieven van melding {shown_kenmerk} geëxporteerd: {count} "
               f"PDF-bestand{'en' if count != 1 else ''}")
    return paths
