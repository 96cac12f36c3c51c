"""Retention: who is due, and a purge that anonymises and logs what it did, not the content."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from skow_desk.domain.enums import IncidentStatus, Role
from skow_desk.services.audit import AuditAction, verify
from skow_desk.services.foundation import set_setting
from skow_desk.services.incidents import close_case
from skow_desk.services.retention import due_for_purge, purge, retention_setting
from skow_desk.store.models import (
    AuditEntry,
    Evidence,
    Guardianship,
    Incident,
    Letter,
    Person,
)
from tests.unit.security.helpers import make_case

TODAY = date(2029, 9, 1)


def _leave(session, person_ids, on):
    for pid in person_ids:
        session.get(Person, pid).left_on = on


def _case_that_left(db, pupil_left=date(2027, 7, 15), classmate_left=date(2027, 7, 15)):
    with db.transaction() as s:
        ids = make_case(s)
        close_case(s, ids["incident"], date(2026, 11, 20))
        _leave(s, [ids["pupil"]], pupil_left)
        if classmate_left:
            _leave(s, [ids["classmate"]], classmate_left)
    return ids


def _parents(session, pupil_id):
    return [g.guardian_id for g in session.scalars(
        select(Guardianship).where(Guardianship.pupil_id == pupil_id))]


def test_due_two_years_after_leaving_and_parents_follow(db):
    ids = _case_that_left(db)
    with db.transaction() as s:
        assert due_for_purge(s, date(2029, 7, 14)) == []
        due = due_for_purge(s, date(2029, 7, 15))
        parents = _parents(s, ids["pupil"])
    by_id = {c.person_id: c for c in due}
    assert set(by_id) == {ids["pupil"], ids["classmate"], *parents}
    pupil = by_id[ids["pupil"]]
    assert pupil.due_on == date(2029, 7, 15)
    assert pupil.name == "Berg, Daan van den"
    assert pupil.incident_ids == (ids["incident"],)
    assert pupil.letter_ids == (ids["letter"],)
    assert "alle kinderen" in by_id[parents[0]].reason


def test_the_period_is_a_setting_per_role(db):
    _case_that_left(db)
    with db.transaction() as s:
        set_setting(s, retention_setting(Role.PUPIL), "3")
        assert due_for_purge(s, TODAY) == []
        set_setting(s, retention_setting(Role.PUPIL), "onzin")  # falls back to 2 years
        assert due_for_purge(s, TODAY)


def test_an_open_case_keeps_the_file(db):
    ids = _case_that_left(db)
    with db.transaction() as s:
        s.get(Incident, ids["incident"]).status = IncidentStatus.DISPUTE
    with db.transaction() as s:
        due = {c.person_id for c in due_for_purge(s, TODAY)}
    assert ids["pupil"] not in due and ids["classmate"] not in due


def test_purge_anonymises_and_keeps_numbers_and_counts(db):
    ids = _case_that_left(db)
    with db.transaction() as s:
        report = purge(s, due_for_purge(s, TODAY), TODAY)
    assert report.incident_ids == [ids["incident"]]
    with db.transaction() as s:
        pupil = s.get(Person, ids["pupil"])
        assert (pupil.last_name, pupil.first_name, pupil.address) == (
            "geanonimiseerd", "", "geanonimiseerd")
        assert pupil.anonymised and pupil.role is Role.PUPIL
        incident = s.get(Incident, ids["incident"])
        assert incident.description == "geanonimiseerd"
        assert incident.article_codes == ["A5", "A7"]  # the yearly overview still counts it
        evidence = s.get(Evidence, ids["evidence"])
        assert (evidence.content, evidence.size, evidence.filename) == (b"", 0,
                                                                       "geanonimiseerd")
        letter = s.get(Letter, ids["letter"])
        assert letter.pdf is None and letter.data_json == "{}"
        assert (letter.number, letter.letter_date) == ("04XY-2627-B001", date(2026, 11, 5))
        assert due_for_purge(s, TODAY) == []


def test_purge_logs_ids_and_counts_and_redacts_the_old_entries(db):
    ids = _case_that_left(db)
    with db.transaction() as s:
        purge(s, due_for_purge(s, TODAY), TODAY)
    with db.transaction() as s:
        log = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    purges = [e for e in log if e.action is AuditAction.PURGE]
    assert {e.entity_id for e in purges} >= {ids["pupil"], ids["classmate"]}
    pupil = next(e for e in purges if e.entity_id == ids["pupil"])
    assert "brieven: 1" in pupil.summary
    assert f"meldingen geanonimiseerd: {ids['incident']}" in pupil.summary
    for entry in log:  # no name, no content survives in the log
        assert "Berg" not in (entry.summary or "")
        assert "Jansen" not in (entry.summary or "")
    created = next(e for e in log if e.entity_type == "person"
                   and e.entity_id == ids["pupil"] and e.action is AuditAction.CREATE)
    assert created.summary is None and created.summary_sha256
    # The purge changed no row of the log beyond redaction: the chain is whole.
    assert verify(db).ok


def test_a_case_with_someone_still_at_school_keeps_its_text(db):
    ids = _case_that_left(db, classmate_left=None)
    with db.transaction() as s:
        purge(s, due_for_purge(s, TODAY), TODAY)
    with db.transaction() as s:
        assert s.get(Person, ids["pupil"]).anonymised
        assert not s.get(Person, ids["classmate"]).anonymised
        assert s.get(Incident, ids["incident"]).description != "geanonimiseerd"
        assert s.get(Evidence, ids["evidence"]).size > 0
        assert s.get(Letter, ids["letter"]).pdf is None  # the pupil's letter goes anyway


def test_stale_candidates_are_not_purged(db):
    ids = _case_that_left(db)
    with db.transaction() as s:
        candidates = due_for_purge(s, TODAY)
        s.get(Person, ids["pupil"]).left_on = None  # came back to school
    with db.transaction() as s:
        report = purge(s, candidates, TODAY)
        assert ids["pupil"] not in report.person_ids
        assert not s.get(Person, ids["pupil"]).anonymised


def test_the_purge_command_lists_and_applies(data_folder, capsys, monkeypatch):
    from skow_desk.cli import main
    from skow_desk.store.vault import open_data
    from tests.conftest import PASSPHRASE

    db = open_data(data_folder, PASSPHRASE)
    _case_that_left(db, pupil_left=date(2020, 7, 1), classmate_left=date(2020, 7, 1))
    db.close()
    assert main(["--data-dir", str(data_folder), "purge"]) == 0
    assert "--uitvoeren" in capsys.readouterr().out
    assert main(["--data-dir", str(data_folder), "purge", "--uitvoeren"]) == 0
    assert "geanonimiseerd" in capsys.readouterr().out
