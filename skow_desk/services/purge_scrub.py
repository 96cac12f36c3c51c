"""Removing a purged person's name and address from every other record's text.

Anonymising the person row is not enough: a director types names into descriptions,
conversation notes, task titles, kept concept letters and drafts for someone else, and the
audit trail's summaries quote short texts. :func:`scrub_names` replaces each of the leaver's
names by their part ("de veroorzaker"; outside a case their role, "de leerling") and their
address, postcode and e-mail by a placeholder, in every free-text column of the database
(JSON texts field by field), and redacts the audit summaries that still name them. The
person table itself, schools and templates are left alone: a sibling or parent who stays
keeps their own (possibly equal) last name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, Text, and_, or_, select
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Part
from skow_desk.services.kept_drafts import CONCEPT_PREFIX, drop_drafts_naming
from skow_desk.store.audit import redact
from skow_desk.store.models import (
    AuditEntry,
    Base,
    Foundation,
    Involvement,
    LetterTemplate,
    Person,
    School,
    Setting,
)

ADDRESS = "[adres]"
_SKIPPED_TABLES = frozenset(
    {Person.__tablename__, School.__tablename__, Foundation.__tablename__,
     LetterTemplate.__tablename__, AuditEntry.__tablename__, Setting.__tablename__})
# Codes and derived columns, never typed text (search_text follows its incident by itself).
_SKIPPED_COLUMNS = frozenset({"kenmerk", "number", "dossier", "kind", "sha256", "media_type",
                              "search_text", "hash", "prev_hash", "summary_sha256"})
_MIN_WORD = 2


@dataclass(frozen=True)
class Leaver:
    """What identifies a person who is purged, read before the row is anonymised."""

    person_id: int
    role_word: str
    names: tuple[str, ...]  # longest first
    places: tuple[str, ...]

    @property
    def words(self) -> tuple[str, ...]:
        return self.names + self.places


def leaver_of(person: Person) -> Leaver:
    """The name forms and address parts of ``person`` that may occur in other text."""
    first, infix, last = (person.first_name.strip(), person.infix.strip(),
                          person.last_name.strip())
    initials = person.initials.strip()
    forms = {
        " ".join(p for p in (first, infix, last) if p),
        " ".join(p for p in (initials, infix, last) if p),
        " ".join(p for p in (infix, last) if p),
        last, first,
    }
    places = set()
    address = person.address.strip()
    if address:
        places.add(address)
        street = re.sub(r"\s*\d.*$", "", address).strip()  # "Molenstraat 4a" → "Molenstraat"
        if len(street) > 3:
            places.add(street)
    for value in (person.postcode.strip(), person.email.strip()):
        if value:
            places.add(value)
    return Leaver(person.id, f"de {person.role.value}",
                  _longest_first(f for f in forms if len(f) >= _MIN_WORD),
                  _longest_first(places))


def _longest_first(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(values), key=lambda v: (-len(v), v)))


def _pattern(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words if w.split())
    if not alternatives:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


class Replacer:
    """Replaces the leavers' names (by part or role) and places in texts."""

    def __init__(self, session: Session, leavers: list[Leaver],
                 default_parts: dict[int, Part] | None = None) -> None:
        self.leavers = leavers
        self.default_parts = default_parts or {}
        self.names = {lv.person_id: _pattern(lv.names) for lv in leavers if lv.names}
        self.places = {lv.person_id: _pattern(lv.places) for lv in leavers if lv.places}
        self.anything = _pattern(w for lv in leavers for w in lv.words)
        ids = [lv.person_id for lv in leavers]
        self.parts: dict[tuple[int, int], Part] = {}
        for start in range(0, len(ids), 500):
            for person_id, incident_id, part in session.execute(
                    select(Involvement.person_id, Involvement.incident_id, Involvement.part)
                    .where(Involvement.person_id.in_(ids[start:start + 500]))):
                self.parts[(person_id, incident_id)] = part

    def text(self, value: str, incident_id: int | None) -> str:
        if not self.anything.search(value):
            return value
        for leaver in self.leavers:
            names = self.names.get(leaver.person_id)
            if names is not None:
                part = (self.parts.get((leaver.person_id, incident_id or -1))
                        or self.default_parts.get(leaver.person_id))
                value = names.sub(f"de {part.value}" if part else leaver.role_word, value)
            places = self.places.get(leaver.person_id)
            if places is not None:
                value = places.sub(ADDRESS, value)
        return value

    def any_text(self, value: Any, incident_id: int | None) -> Any:
        """A text, or a JSON document whose strings are replaced one by one."""
        if not isinstance(value, str) or not value:
            return value
        stripped = value.lstrip()
        if stripped[:1] in ("{", "["):
            try:
                document = json.loads(value)
            except ValueError:
                return self.text(value, incident_id)
            changed = self._json(document, incident_id)
            return value if changed == document else json.dumps(
                changed, ensure_ascii=False, sort_keys=True)
        return self.text(value, incident_id)

    def _json(self, value: Any, incident_id: int | None) -> Any:
        if isinstance(value, str):
            return self.text(value, incident_id)
        if isinstance(value, list):
            return [self._json(v, incident_id) for v in value]
        if isinstance(value, dict):
            return {k: self._json(v, incident_id) for k, v in value.items()}
        return value


def _text_columns() -> Iterator[tuple[type[Base], list[str]]]:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if cls.__tablename__ in _SKIPPED_TABLES:
            continue
        columns = [attr.key for attr in mapper.column_attrs
                   if attr.key not in _SKIPPED_COLUMNS
                   and isinstance(attr.columns[0].type, String | Text)]
        if columns:
            yield cls, columns


def _like_any(column: Any, leavers: list[Leaver]) -> Any:
    words = {w.split()[-1] for lv in leavers for w in lv.words if w.split()}
    return or_(*[column.like(f"%{w}%") for w in sorted(words)],
               # JSON written with ensure_ascii keeps non-ASCII letters as \\u escapes
               column.like("%\\u%"))


def scrub_names(session: Session, leavers: list[Leaver]) -> dict[str, int]:
    """Replace the leavers' names and places in every other record; returns counts per table.

    Kept concept letters of a leaver are removed; other concepts are scrubbed like the rest.
    Drafts kept at a lock (``ontwerp.*``) that name a leaver or are about them are removed.
    Call it inside :func:`skow_desk.store.audit_events.quiet` (the before/after would copy
    the names into the log) and before the leavers' rows are anonymised.
    """
    if not leavers:
        return {}
    replacer = Replacer(session, leavers)
    counts: dict[str, int] = {}
    for cls, columns in _text_columns():
        table = str(cls.__tablename__)
        mapped: Any = cls
        condition = or_(*[_like_any(getattr(mapped, c), leavers) for c in columns])
        for row in session.scalars(select(cls).where(condition)):
            incident_id = getattr(row, "incident_id", None)
            if table == "incident":
                incident_id = getattr(row, "id", None)
            changed = False
            for column in columns:
                before = getattr(row, column)
                after = replacer.any_text(before, incident_id)
                if after != before:
                    setattr(row, column, after)
                    changed = True
            counts[table] = counts.get(table, 0) + int(changed)
    own = {f".{lv.person_id}" for lv in leavers}
    for setting in session.scalars(select(Setting).where(Setting.key.like(f"{CONCEPT_PREFIX}%"))):
        if any(setting.key.endswith(suffix) for suffix in own):
            session.delete(setting)
            counts["concept"] = counts.get("concept", 0) + 1
            continue
        scrubbed = replacer.any_text(setting.value, _concept_incident(setting.key))
        if scrubbed != setting.value:
            setting.value = scrubbed
            counts["concept"] = counts.get("concept", 0) + 1
    drafts = drop_drafts_naming(session, replacer.anything, {lv.person_id for lv in leavers})
    if drafts:
        counts["ontwerp"] = drafts
    session.flush()
    counts["logboek"] = _redact_summaries(session, replacer)
    return counts


def _concept_incident(key: str) -> int | None:
    parts = key.split(".")
    return int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else None


def _redact_summaries(session: Session, replacer: Replacer) -> int:
    """Redact every audit summary that still names a leaver (the chain keeps its hash)."""
    hits = [entry_id for entry_id, summary in session.execute(
        select(AuditEntry.id, AuditEntry.summary).where(AuditEntry.summary.is_not(None)))
        if summary is not None and replacer.anything.search(summary)]
    total = 0
    table: Any = AuditEntry.__table__
    for start in range(0, len(hits), 500):
        total += redact(session.connection(),
                        and_(table.c.id.in_(hits[start:start + 500])))
    return total
