"""Typed text kept while the window is locked, stored as settings ``ontwerp.*`` (no Qt).

The database is encrypted as a whole, so these drafts are too. Three kinds are kept:

- ``ontwerp.dialogen``: the open form dialogs (a JSON list; :mod:`skow_desk.gui.common.drafts`);
- ``ontwerp.melding.<melding>``: unsaved edits on a case's Melding tab (the form's fields);
- ``ontwerp.brieven.<melding>``: the letters window of a case (letter text, date, enclosures,
  and what was typed in a dialog opened from it).

Each is removed once its text is saved or discarded. A purge of a person removes every draft
that names them or is about them (:func:`drop_drafts_naming`): a draft is not worth keeping
at the price of a name that should be gone.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Collection
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.services.foundation import get_setting, set_setting
from skow_desk.store.models import Setting

log = logging.getLogger(__name__)

DRAFT_PREFIX = "ontwerp."
DIALOGS_KEY = "ontwerp.dialogen"
MELDING_PREFIX = "ontwerp.melding."
LETTERS_PREFIX = "ontwerp.brieven."
_PERSON_FIELDS = ("persoon", "person_id")


def melding_key(incident_id: int) -> str:
    """The setting that keeps the unsaved Melding edits of one case."""
    return f"{MELDING_PREFIX}{incident_id}"


def letters_key(incident_id: int) -> str:
    """The setting that keeps the letters window of one case."""
    return f"{LETTERS_PREFIX}{incident_id}"


def keep_draft(session: Session, key: str, document: Any) -> None:
    """Write ``document`` (JSON) under ``key``, replacing an earlier draft."""
    set_setting(session, key, json.dumps(document, ensure_ascii=False, sort_keys=True))


def read_draft(session: Session, key: str) -> Any:
    """The draft kept under ``key``; None when there is none or it cannot be read."""
    text = get_setting(session, key)
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        log.warning("a kept draft could not be read: %s", key)
        return None


def drop_draft(session: Session, key: str) -> bool:
    """Remove the draft kept under ``key``; whether there was one."""
    row = session.get(Setting, key)
    if row is None:
        return False
    session.delete(row)
    return True


def kept_drafts(session: Session, prefix: str = DRAFT_PREFIX) -> dict[str, Any]:
    """Every readable draft whose key starts with ``prefix``, by key (in key order)."""
    found: dict[str, Any] = {}
    for row in session.scalars(select(Setting).where(Setting.key.like(f"{prefix}%"))
                               .order_by(Setting.key)):
        try:
            found[row.key] = json.loads(row.value) if row.value else None
        except ValueError:
            continue
    return {key: value for key, value in found.items() if value is not None}


CONCEPT_PREFIX = "concept."  # saved, adjusted letter concepts: concept.<case>.<kind>.<person>


def concept_key(incident_id: int, kind: str, person_id: int) -> str:
    """The setting the adjusted concept of one letter is kept under."""
    return f"{CONCEPT_PREFIX}{incident_id}.{kind}.{person_id}"


def drop_concepts(session: Session, *, incident_id: int | None = None,
                  person_id: int | None = None) -> int:
    """Remove the saved letter concepts of one case or of one person; how many there were.

    A concept is a letter about its person: when the person or the case is removed on
    request (AVG), the concept goes with them, not just the names in it.
    """
    count = 0
    for row in session.scalars(select(Setting).where(Setting.key.like(f"{CONCEPT_PREFIX}%"))):
        parts = row.key[len(CONCEPT_PREFIX):].split(".")
        if len(parts) != 3 or not (parts[0].isdigit() and parts[2].isdigit()):
            continue
        if ((incident_id is not None and int(parts[0]) == incident_id)
                or (person_id is not None and int(parts[2]) == person_id)):
            session.delete(row)
            count += 1
    return count


def drop_all_drafts(session: Session, prefixes: tuple[str, ...] = (MELDING_PREFIX,
                                                                    LETTERS_PREFIX)) -> int:
    """Remove every draft under ``prefixes``; how many there were."""
    count = 0
    for prefix in prefixes:
        for row in session.scalars(select(Setting).where(Setting.key.like(f"{prefix}%"))):
            session.delete(row)
            count += 1
    return count


def incident_of(key: str) -> int | None:
    """The case a ``ontwerp.melding.N``/``ontwerp.brieven.N`` key belongs to."""
    tail = key.rsplit(".", 1)[-1]
    return int(tail) if key.startswith((MELDING_PREFIX, LETTERS_PREFIX)) and tail.isdigit() \
        else None


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    return []


def _about(value: Any, person_ids: Collection[int]) -> bool:
    """Whether a draft is about one of ``person_ids`` (a letter for them, their dialog)."""
    if isinstance(value, dict):
        if any(value.get(name) in person_ids for name in _PERSON_FIELDS):
            return True
        return any(_about(item, person_ids) for item in value.values())
    if isinstance(value, list):
        return any(_about(item, person_ids) for item in value)
    return False


def names_anyone(draft: Any, names: re.Pattern[str], person_ids: Collection[int]) -> bool:
    """Whether ``draft`` names someone (``names`` matches one of its texts) or is about them."""
    return _about(draft, person_ids) or any(names.search(s) for s in _strings(draft))


def drop_drafts_naming(session: Session, names: re.Pattern[str],
                       person_ids: Collection[int]) -> int:
    """Remove every kept draft that names a purged person or is about them; how many.

    The dialog drafts are one list: only the dialogs that name them go, the others stay.
    """
    removed = 0
    for row in list(session.scalars(select(Setting).where(
            Setting.key.like(f"{DRAFT_PREFIX}%")))):
        try:
            draft = json.loads(row.value) if row.value else None
        except ValueError:
            draft = row.value  # unreadable: judged by its raw text
        if row.key == DIALOGS_KEY and isinstance(draft, list):
            kept = [d for d in draft if not names_anyone(d, names, person_ids)]
            removed += len(draft) - len(kept)
            if not kept:
                session.delete(row)
            elif len(kept) != len(draft):
                row.value = json.dumps(kept, ensure_ascii=False)
            continue
        if names_anyone(draft, names, person_ids):
            session.delete(row)
            removed += 1
    return removed
