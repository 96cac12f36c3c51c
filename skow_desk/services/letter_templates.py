"""The letter templates the director may edit (Bestand → Briefsjablonen); the shipped ones
stay in the package. A finalised letter never depends on them: its data and PDF are stored."""

from __future__ import annotations

from sqlalchemy.orm import Session

from skow_desk.domain.errors import DomainError
from skow_desk.store.models import LetterTemplate


def template_source(session: Session, kind: str) -> str:
    """The director's version of a template, or the shipped one."""
    from skow_desk.letters.templating import shipped_template

    row = session.get(LetterTemplate, kind)
    return row.source if row is not None else shipped_template(kind)


def save_template(session: Session, kind: str, source: str) -> None:
    """Store an edited template; refused with the line named when it has problems."""
    from skow_desk.letters.templating import (
        LETTER_KINDS,
        TemplateError,
        TemplateProblem,
        check_template,
    )

    if kind not in LETTER_KINDS:
        raise DomainError(f"Onbekende briefsoort '{kind}'.")
    problems = check_template(source, kind)
    if problems:
        # One problem keeps its line ("Regel 4: …"); several are listed, each with its line.
        raise TemplateError(problems[0] if len(problems) == 1 else
                            TemplateProblem(None, "\n".join(str(p) for p in problems)))
    row = session.get(LetterTemplate, kind)
    if row is None:
        session.add(LetterTemplate(kind=kind, source=source))
    else:
        row.source = source
    session.flush()


def restore_template(session: Session, kind: str) -> None:
    """Herstel standaardtekst: forget the director's version."""
    row = session.get(LetterTemplate, kind)
    if row is not None:
        session.delete(row)
        session.flush()
