"""The audit trail: every ORM write recorded, before → after, append-only, hash-chained."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import DatabaseError, IntegrityError

from skow_desk.services.audit import (
    AuditAction,
    AuditFilter,
    entries_about_person,
    find_entry_ids,
    load_rows,
    record,
    record_bulk,
    verify,
    verify_message,
)
from skow_desk.services.foundation import set_setting
from skow_desk.services.incidents import IncidentInput, remove_involvement, update_incident
from skow_desk.services.persons import PersonInput, update_person
from skow_desk.store.audit import GENESIS, chain_hash, verify_chain
from skow_desk.store.models import AuditEntry, Involvement, Setting
from tests.unit.security.helpers import make_case


def entries(db, **where):
    with db.transaction() as s:
        query = select(AuditEntry).order_by(AuditEntry.id)
        for key, value in where.items():
            query = query.where(getattr(AuditEntry, key) == value)
        return list(s.scalars(query))


def test_every_orm_create_is_recorded_with_a_chain(db):
    with db.transaction() as s:
        ids = make_case(s)
    created = entries(db, action=AuditAction.CREATE)
    kinds = {e.entity_type for e in created}
    assert {"foundation", "school", "person", "guardianship", "incident", "incident_article",
            "involvement", "evidence", "letter"} <= kinds
    person = next(e for e in created if e.entity_type == "person"
                  and e.entity_id == ids["pupil"])
    assert person.person_id == ids["pupil"]
    assert "achternaam: Berg" in person.summary
    everything = entries(db)
    assert everything[0].prev_hash == GENESIS
    for before, after in zip(everything, everything[1:], strict=False):
        assert after.prev_hash == before.hash
    assert verify(db).ok


def test_evidence_bytes_and_letter_text_never_reach_the_log(db):
    with db.transaction() as s:
        make_case(s)
    for entry in entries(db):
        assert "geheim beeld" not in entry.summary
        assert "Geachte ouders" not in entry.summary
        assert "%PDF" not in entry.summary
    letter = entries(db, entity_type="letter")[0]
    assert "briefgegevens: ingevuld" in letter.summary
    assert "PDF: 14 bytes" in letter.summary


def test_a_change_records_before_and_after_and_long_text_only_as_changed(db):
    with db.transaction() as s:
        ids = make_case(s)
    with db.transaction() as s:
        update_person(s, ids["pupil"], PersonInput(
            role=s.get(Involvement, 1).person.role, last_name="Bergen", first_name="Daan",
            infix="van den", group_or_function="groep 8", address="Molenstraat 4",
            postcode="2671 CD", city="Naaldwijk", school_id=ids["school"]))
        update_incident(s, ids["incident"], IncidentInput(
            school_id=ids["school"], reported_on=date(2026, 11, 2),
            occurred_on=date(2026, 11, 2), platform="Instagram",
            description="Een heel andere omschrijving met namen.", articles=["A5", "A7"],
            categories=["ongeoorloofd filmen/fotograferen"]))
    changes = entries(db, action=AuditAction.CHANGE)
    person = next(e for e in changes if e.entity_type == "person")
    assert "achternaam: Berg → Bergen" in person.summary
    assert "groep/functie: groep 7 → groep 8" in person.summary
    incident = next(e for e in changes if e.entity_type == "incident")
    assert "platform: TikTok → Instagram" in incident.summary
    assert "omschrijving: gewijzigd" in incident.summary
    assert "namen" not in incident.summary
    # Articles and categories rewritten with the same keys are no change at all.
    assert not [e for e in changes if e.entity_type in ("incident_article", "incident_category")]


def test_orphans_removed_by_a_correction_are_recorded_as_deleted(db):
    with db.transaction() as s:
        ids = make_case(s)
    with db.transaction() as s:
        update_incident(s, ids["incident"], IncidentInput(
            school_id=ids["school"], reported_on=date(2026, 11, 2), platform="TikTok",
            description="Filmpje van een klasgenoot geplaatst.", articles=["A5"],
            categories=["ongeoorloofd filmen/fotograferen"]))
        harmed = s.scalars(select(Involvement).where(
            Involvement.person_id == ids["classmate"])).one()
        remove_involvement(s, harmed.id)
    deleted = entries(db, action=AuditAction.DELETE)
    assert [(e.entity_type, e.person_id) for e in deleted] == [
        ("incident_article", None), ("involvement", ids["classmate"])]
    assert "artikel: A7" in deleted[0].summary


def test_rolled_back_work_leaves_no_entry(db):
    before = len(entries(db))
    with pytest.raises(RuntimeError), db.transaction() as s:
        make_case(s)
        raise RuntimeError("afgebroken")
    assert len(entries(db)) == before


def test_explicit_events_and_the_actor_name(db):
    with db.transaction() as s:
        set_setting(s, "gebruiker.naam", "M. van der Knaap")
    with db.transaction() as s:
        ids = make_case(s)
        record(s, AuditAction.FINALISE, "letter", ids["letter"], ids["pupil"],
               "brief 04XY-2627-B001 definitief")
        record(s, AuditAction.VIEW, "person", ids["pupil"], ids["pupil"], "dossier geopend")
    final = entries(db, action=AuditAction.FINALISE)[0]
    assert final.actor.endswith("(M. van der Knaap)")
    assert [r.action for r in _about(db, ids["pupil"])][-2:] == [AuditAction.FINALISE,
                                                                 AuditAction.VIEW]
    setting = entries(db, entity_type="setting")[0]
    assert setting.summary.startswith("[gebruiker.naam] ")


def _about(db, person_id):
    with db.transaction() as s:
        return entries_about_person(s, person_id)


def test_bulk_inserts_make_one_entry(db):
    with db.transaction() as s:
        s.execute(insert(Setting), [{"key": f"k{i}", "value": str(i)} for i in range(50)])
        s.execute(insert(Setting), [{"key": f"m{i}", "value": str(i)} for i in range(25)])
        counts = record_bulk(s, "Instellingen ingelezen")
    assert counts == {"setting": 75}
    bulk = entries(db, entity_type="bulk")
    assert len(bulk) == 1
    assert bulk[0].summary == "Instellingen ingelezen: instelling: 75"


def test_a_bulk_insert_nobody_recorded_is_still_logged_at_commit(db):
    with db.transaction() as s:
        s.execute(insert(Setting), [{"key": f"k{i}", "value": "x"} for i in range(3)])
    bulk = entries(db, entity_type="bulk")
    assert [b.summary for b in bulk] == ["in één keer geschreven: instelling: 3"]


def test_the_demo_fill_is_one_bulk_entry(demo_db):
    bulk = entries(demo_db, entity_type="bulk")
    assert len(bulk) == 1
    assert bulk[0].summary.startswith("Demogegevens aangemaakt: ")
    assert "melding: 120" in bulk[0].summary
    assert verify(demo_db).ok


def test_the_database_refuses_changes_and_deletes_of_log_rows(db):
    with db.transaction() as s:
        make_case(s)
    with pytest.raises((IntegrityError, DatabaseError), match="kan niet worden gewijzigd"), \
            db.transaction() as s:
        s.execute(text("UPDATE audit_entry SET actor = 'iemand' WHERE id = 2"))
    with pytest.raises((IntegrityError, DatabaseError), match="niet worden verwijderd"), \
            db.transaction() as s:
        s.execute(text("DELETE FROM audit_entry WHERE id = 2"))
    with pytest.raises((IntegrityError, DatabaseError), match="kan niet worden gewijzigd"), \
            db.transaction() as s:  # redaction is one-way: no new text in place of the old
        s.execute(text("UPDATE audit_entry SET summary = 'anders' WHERE id = 2"))
    with db.transaction() as s:  # the only change allowed: a summary redacted to NULL …
        s.execute(text("UPDATE audit_entry SET summary = NULL WHERE id = 2"))
    report = verify(db)  # … and only a purge or deletion can seal it as a redaction
    assert not report.ok and report.broken_id == 2 and "gewist" in report.reason


def test_filters_find_entries_and_rows_load_in_order(db):
    with db.transaction() as s:
        ids = make_case(s)
    with db.transaction() as s:
        letters = find_entry_ids(s, AuditFilter(entity_type="letter"))
        assert len(letters) == 1
        today = date.today()
        assert find_entry_ids(s, AuditFilter(start=today, end=today))
        assert not find_entry_ids(s, AuditFilter(end=date(2000, 1, 1)))
        assert find_entry_ids(s, AuditFilter(text="Bergen")) == []
        found = find_entry_ids(s, AuditFilter(text="Jansen", action=AuditAction.CREATE))
        rows = load_rows(s, found)
        assert [r.person_id for r in rows] == [ids["classmate"]]
        newest_first = find_entry_ids(s, AuditFilter())
        assert newest_first == sorted(newest_first, reverse=True)


def test_chain_hash_covers_the_previous_hash():
    assert chain_hash("{}", GENESIS) != chain_hash("{}", "1" * 64)


def test_verify_message_wording(db):
    report = verify(db)
    assert verify_message(report) == f"Logboek in orde: {report.count} regels."
    with db.engine.connect() as conn:
        assert verify_chain(conn).count == report.count


def test_an_overwritten_value_the_session_never_loaded_is_read_back(db):
    from skow_desk.services.incidents import close_case

    with db.transaction() as s:
        ids = make_case(s)  # closed_on was never set in Python: its stored value is unknown
        close_case(s, ids["incident"], date(2026, 11, 20))
    change = entries(db, action=AuditAction.CHANGE, entity_type="incident")[0]
    assert "status: open → afgerond" in change.summary
    assert "afgerond op: — → 20-11-2026" in change.summary
