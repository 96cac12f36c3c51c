"""Writing the overview to a file: CSV, XLSX or PDF, chosen by the file's extension.

Files are written to a temporary file beside the target and moved into place at the end, so
an interrupted export never leaves half a report under the chosen name.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.errors import DomainError
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.reports.export_csv import write_csv
from skow_desk.reports.export_pdf import write_pdf
from skow_desk.reports.export_xlsx import write_xlsx
from skow_desk.reports.overview import compute_overview
from skow_desk.reports.pdf_layout import letterhead_for
from skow_desk.reports.progress import Progress, no_progress
from skow_desk.services.audit import AuditAction, record
from skow_desk.store.db import Database
from skow_desk.store.files import atomic_path
from skow_desk.store.models import School

FORMATS: dict[str, str] = {".csv": "CSV", ".xlsx": "Excel", ".pdf": "PDF"}


def legal_basis(session: Session, school_id: int | None) -> str:
    """The registration duty's citation(s) for the schools in scope, from resources/legal."""
    from skow_desk.letters.legal import legal_texts

    query = select(School.sector, School.denomination).distinct().order_by(School.sector)
    if school_id is not None:
        query = query.where(School.id == school_id)
    texts: list[str] = []
    for sector, denomination in session.execute(query).all():
        text = legal_texts(sector, denomination).registration.text
        if text not in texts:
            texts.append(text)
    return "; ".join(texts) or "artikel 4c WPO"


def format_of(out: Path) -> str:
    """The extension (``.csv``, ``.xlsx`` or ``.pdf``) of ``out``, or a Dutch refusal."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        shown = f"'{out.suffix}'" if out.suffix else "zonder extensie"
        raise DomainError(
            f"Het bestandstype {shown} wordt niet ondersteund. Kies een bestandsnaam die "
            "eindigt op .csv, .xlsx of .pdf."
        )
    return suffix


def _school_id(session: Session, brin: str) -> int:
    found = session.scalar(select(School.id).where(School.brin == brin.strip().upper()))
    if found is None:
        raise DomainError(f"Er is geen school met BRIN '{brin.strip()}'.")
    return found


def write_overview(
    session: Session,
    year: SchoolYear,
    school_id: int | None,
    out: Path,
    progress: Progress = no_progress,
    today: date | None = None,
) -> None:
    """Compute the overview and write it to ``out`` in the format its extension names.

    The export is recorded in the audit trail in ``session``: the caller commits.
    """
    suffix = format_of(out)
    if not out.parent.is_dir():
        raise DomainError(f"De map '{out.parent}' bestaat niet.")
    generated_on = today or date.today()
    progress(2, "Cijfers tellen")
    overview = compute_overview(session, year, school_id)
    with atomic_path(out) as temporary:
        if suffix == ".csv":
            write_csv(overview, temporary)
        elif suffix == ".xlsx":
            write_xlsx(session, overview, temporary, generated_on, progress)
        else:
            progress(30, "Rapport opmaken")
            write_pdf(overview, letterhead_for(session, school_id), temporary, generated_on,
                      legal_basis(session, school_id))
    scope = f"school {overview.school.brin}" if overview.school else "alle scholen"
    record(session, AuditAction.EXPORT, "school", school_id, None,
           f"jaaroverzicht {year.label} ({scope}) als {FORMATS[suffix]}: {out.name}")
    progress(100, "Klaar")


def export_overview(
    db: Database,
    schooljaar: str,
    school_brin: str | None,
    out: Path,
    progress: Progress = no_progress,
    today: date | None = None,
) -> None:
    """The command line's entry: ``schooljaar`` like ``2025-2026``, a BRIN or ``None`` (all).

    Refuses an unknown extension, school year or BRIN with a Dutch :class:`DomainError`.
    """
    format_of(out)
    year = SchoolYear.parse(schooljaar)
    with db.transaction() as session:
        school_id = _school_id(session, school_brin) if school_brin else None
        write_overview(session, year, school_id, out, progress, today)
