"""A row by its key, or the Dutch "bestaat niet (meer)" error: one place for every service.

A director may act on a screen that another window (or a purge) has just changed; the service
then says so in one sentence instead of failing on ``None``.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from skow_desk.domain.errors import NotFound
from skow_desk.store.models import (
    Consultation,
    Conversation,
    Evidence,
    Guardianship,
    Incident,
    Involvement,
    Letter,
    Measure,
    Person,
    School,
    Task,
)

Row = TypeVar("Row")

GONE: dict[type[Any], str] = {
    Consultation: "Dit overleg bestaat niet (meer).",
    Conversation: "Dit gespreksverslag bestaat niet (meer).",
    Evidence: "Dit bewijsstuk bestaat niet (meer).",
    Guardianship: "Deze ouder/verzorger is niet (meer) aan de leerling gekoppeld.",
    Incident: "Deze melding bestaat niet (meer).",
    Involvement: "Deze betrokkenheid bestaat niet (meer).",
    Letter: "Deze brief bestaat niet (meer).",
    Measure: "Deze maatregel bestaat niet (meer).",
    Person: "Deze persoon bestaat niet (meer).",
    School: "Deze school bestaat niet (meer).",
    Task: "Deze taak bestaat niet (meer).",
}
"""What a service says when the row of each kind is not there."""


def get_or_gone(session: Session, model: type[Row], key: Any) -> Row:
    """The ``model`` row with primary key ``key``; :class:`NotFound` (:data:`GONE`) if none."""
    row = session.get(model, key)
    if row is None:
        raise NotFound(GONE[model])
    return row
