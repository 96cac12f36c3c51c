"""Every free-text column is either cleared by the retention purge or listed as never holding
text about a person (services/purge_columns.py); a purge leaves no typed name anywhere."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Enum, String, Text, inspect, select, text

from skow_desk.domain.enums import TaskKind
from skow_desk.domain.measures import MeasureKind
from skow_desk.services.audit import verify
from skow_desk.services.incidents import (
    ConversationInput,
    close_case,
    log_conversation,
    record_consultation,
)
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.services.purge_columns import CLEARED, KEPT
from skow_desk.services.retention import due_for_purge, purge
from skow_desk.store.models import Base, Person, Task
from tests.unit.security.helpers import make_case

TODAY = date(2029, 9, 1)
# A name nobody registered (a classmate's mother, typed into a note): only clearing removes it.
TYPED = "Zwaantje Pietersen"


def _text_columns() -> set[tuple[str, str]]:
    found = set()
    for mapper in Base.registry.mappers:
        for attr in mapper.column_attrs:
            kind = attr.columns[0].type
            if isinstance(kind, String | Text) and not isinstance(kind, Enum):
                found.add((str(mapper.class_.__tablename__), attr.key))
    return found


def test_every_text_column_is_cleared_or_listed_as_never_personal() -> None:
    columns = _text_columns()
    cleared = {(table, column) for table, cols in CLEARED.items() for column in cols}
    missing = sorted(columns - cleared - set(KEPT))
    assert not missing, (
        f"Nieuwe tekstkolommen zonder keuze in services/purge_columns.py: {missing}. Zet ze "
        "in CLEARED (de bewaartermijn wist ze) of in KEPT (met waarom er nooit tekst over "
        "een persoon in staat).")
    assert not cleared & set(KEPT), "een kolom staat in beide lijsten"
    assert not (cleared | set(KEPT)) - columns, "de lijsten noemen kolommen die niet bestaan"


def _case_full_of_typed_text(db) -> dict[str, int]:
    with db.transaction() as s:
        ids = make_case(s)
        log_conversation(s, ids["incident"], ConversationInput(
            held_on=date(2026, 11, 3), person_id=ids["pupil"], present="directeur",
            summary="Besproken."))
        record_consultation(s, ids["incident"], date(2026, 11, 3), "bestuurder", "Schorsen.")
        decide_measure(s, ids["incident"], MeasureDecision(
            person_id=ids["pupil"], kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="Filmpje verspreid", start_on=date(2026, 11, 5), end_on=date(2026, 11, 6)))
        s.add(Task(incident_id=ids["incident"], person_id=ids["pupil"],
                   kind=TaskKind.FOLLOW_UP,
                   title="Bellen", due_on=date(2026, 11, 10)))
        s.flush()
        for table, columns in CLEARED.items():  # every clearable column names the stranger
            if table == "person":  # not on the persons themselves: a purge knows those names
                continue
            mapped = next(m.class_ for m in Base.registry.mappers
                          if m.class_.__tablename__ == table)
            for row in s.scalars(select(mapped)):
                for column in columns:
                    setattr(row, column, f"{getattr(row, column)} {TYPED}".strip())
        close_case(s, ids["incident"], date(2026, 11, 20))
        for person in s.scalars(select(Person)):
            person.left_on = date(2027, 7, 15)
    return ids


def test_a_purge_leaves_no_typed_name_in_any_column(db) -> None:
    _case_full_of_typed_text(db)
    with db.transaction() as s:
        candidates = due_for_purge(s, TODAY)
        assert candidates
        report = purge(s, candidates, TODAY)
    assert report.person_ids
    found = []
    with db.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')).mappings():
                for column, value in row.items():
                    shown = (value.decode("latin-1") if isinstance(value, bytes)
                             else str(value))
                    if "zwaantje" in shown.lower() or "pietersen" in shown.lower():
                        found.append((table, column))
    assert not found, f"na het opschonen staat de getypte naam nog in {sorted(set(found))}"
    assert verify(db).ok
