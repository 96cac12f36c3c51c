"""The register's search text: folded once, kept right on every path, found by folded words."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import func, select, text

from skow_desk.domain.enums import Part, Role
from skow_desk.domain.search import search_text, search_words
from skow_desk.services.deletion import delete_person_avg
from skow_desk.services.incidents import (
    IncidentInput,
    involve_person,
    remove_involvement,
    update_incident,
)
from skow_desk.services.persons import PersonInput, update_person
from skow_desk.services.register import RegisterFilter, incident_ids
from skow_desk.services.register_import import import_register
from skow_desk.store.models import AuditEntry, Incident, Involvement
from skow_desk.store.search_text import compute_search_texts, refresh_search_text
from tests.factories import make_incident, make_person, make_school
from tests.unit.test_register_import import row, write

FILMPJE = "04xy-2627-001 tiktok filmpje van een klasgenoot geplaatst."


def _stored(db: Any, incident_id: int) -> str:
    """The text in the database, not the session's copy."""
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT search_text FROM incident WHERE id = :id"),
                                {"id": incident_id}).scalar_one())


def _ids(db: Any, search: str) -> list[int]:
    return incident_ids(db.reader, RegisterFilter(search=search))


def _pairs(session: Any, query: Any) -> dict[Any, Any]:
    return {key: value for key, value in session.execute(query)}


def _audit_count(db: Any) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _input(incident: Incident, **changes: Any) -> IncidentInput:
    values: dict[str, Any] = dict(
        school_id=incident.school_id, reported_on=incident.reported_on,
        occurred_on=incident.occurred_on, platform=incident.platform,
        description=incident.description, articles=incident.article_codes,
        categories=incident.category_names)
    values.update(changes)
    return IncidentInput(**values)


def test_search_text_folds_case_accents_and_special_letters() -> None:
    assert search_text("04XY-2526-001", "TikTok", "Straße  bij  Łódź", [
        ("Ayşe", "", "Yılmaz"), ("Şükrü", "van der", "Öztürk"), ("Ayşe", "", "Yılmaz"),
        ("", "", "İnce"),
    ]) == "04xy-2526-001 tiktok strasse bij lodz ayse yilmaz sukru van der ozturk ince"
    assert search_text("K-1", "", "", []) == "k-1"
    assert search_words("  Yıl ÖZT  straße ") == ["yil", "ozt", "strasse"]
    assert search_words("   ") == []


def test_recording_correcting_and_involving_keep_it_right(db: Any) -> None:
    with db.transaction() as session:
        school = make_school(session)
        pupil = make_person(session, school, Role.PUPIL, "Yılmaz", first_name="Ayşe")
        harmed = make_person(session, school, Role.PUPIL, "Öztürk", first_name="Şükrü",
                             infix="van")
        incident = make_incident(session, school, pupil)
        iid = incident.id
        assert incident.search_text == f"{FILMPJE} ayse yilmaz"  # the session's copy too
    assert _stored(db, iid) == f"{FILMPJE} ayse yilmaz"

    with db.transaction() as session:
        involvement = involve_person(session, iid, harmed.id, Part.HARMED)
        involvement_id = involvement.id
    assert _stored(db, iid) == f"{FILMPJE} ayse yilmaz sukru van ozturk"

    with db.transaction() as session:
        incident = session.get(Incident, iid)
        assert incident is not None
        update_incident(session, iid, _input(incident, platform="Snapchat",
                                             description="Bericht over Çelik"), date(2026, 12, 1))
    assert _stored(db, iid) == "04xy-2627-001 snapchat bericht over celik ayse yilmaz " \
                               "sukru van ozturk"

    with db.transaction() as session:
        remove_involvement(session, involvement_id)
    assert _stored(db, iid) == "04xy-2627-001 snapchat bericht over celik ayse yilmaz"


def test_changes_made_on_the_objects_themselves_are_caught_too(db: Any) -> None:
    with db.transaction() as session:
        school = make_school(session)
        pupil = make_person(session, school, Role.PUPIL, "Yılmaz", first_name="Ayşe")
        incident = make_incident(session, school, pupil)
        iid = incident.id
    with db.transaction() as session:
        incident = session.get(Incident, iid)
        assert incident is not None
        incident.description = "Andere omschrijving"
        incident.involvements.clear()  # orphans, deleted by the flush
    assert _stored(db, iid) == "04xy-2627-001 tiktok andere omschrijving"
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Involvement)) == 0


def test_renaming_a_person_refreshes_all_their_incidents_and_logs_only_the_rename(
        db: Any) -> None:
    with db.transaction() as session:
        school = make_school(session)
        pupil = make_person(session, school, Role.PUPIL, "Yılmaz", first_name="Ayşe")
        first = make_incident(session, school, pupil).id
        second = make_incident(session, school, pupil, reported_on=date(2026, 11, 3)).id
        untouched = make_incident(session, school, None, reported_on=date(2026, 11, 4)).id
    with db.sessions() as session:
        stamps = _pairs(session, select(Incident.id, Incident.updated_at))
    entries = _audit_count(db)
    with db.transaction() as session:
        data = PersonInput(**{f.name: getattr(pupil, f.name) for f in fields(PersonInput)})
        data.last_name, data.infix = "Kılıç", "de"
        update_person(session, pupil.id, data)
    assert "ayse de kilic" in _stored(db, first)
    assert "ayse de kilic" in _stored(db, second)
    assert "yilmaz" not in _stored(db, first) + _stored(db, second)
    assert _stored(db, untouched) == "04xy-2627-003 tiktok filmpje van een klasgenoot geplaatst."
    assert _ids(db, "kılıç") == [second, first]
    assert _ids(db, "yilmaz") == []
    with db.sessions() as session:  # a derived column: the incidents themselves did not change
        assert _pairs(session, select(Incident.id, Incident.updated_at)) == stamps
        new = session.scalars(select(AuditEntry).order_by(AuditEntry.id).offset(entries)).all()
    assert [(e.entity_type, e.person_id) for e in new] == [("person", pupil.id)]


def test_avg_deletion_takes_the_name_out_of_the_remaining_cases(db: Any) -> None:
    with db.transaction() as session:
        school = make_school(session)
        causer = make_person(session, school, Role.PUPIL, "Yılmaz", first_name="Ayşe")
        harmed = make_person(session, school, Role.PUPIL, "Öztürk", first_name="Şükrü")
        iid = make_incident(session, school, causer).id
        involve_person(session, iid, harmed.id, Part.HARMED)
    assert _ids(db, "ozt") == [iid]
    with db.transaction() as session:
        delete_person_avg(session, harmed.id, "verzoek van de ouders")
    assert _stored(db, iid) == f"{FILMPJE} ayse yilmaz"
    assert _ids(db, "ozt") == []


def test_no_audit_entry_mentions_the_search_text(db: Any) -> None:
    with db.transaction() as session:
        school = make_school(session)
        pupil = make_person(session, school, Role.PUPIL, "Yılmaz", first_name="Ayşe")
        iid = make_incident(session, school, pupil).id
        incident = session.get(Incident, iid)
        assert incident is not None
        update_incident(session, iid, _input(incident, description="Iets anders"),
                        date(2026, 12, 1))
    with db.sessions() as session:
        summaries = [s or "" for s in session.scalars(select(AuditEntry.summary))]
        types = set(session.scalars(select(AuditEntry.entity_type)))
    assert summaries
    assert not [s for s in summaries if "search" in s or "zoek" in s]
    assert "bulk" not in types  # the refresh is no bulk write either


def test_refresh_search_text_repairs_a_stale_text(db: Any) -> None:
    with db.transaction() as session:
        school = make_school(session)
        pupil = make_person(session, school, Role.PUPIL, "Yılmaz", first_name="Ayşe")
        iid = make_incident(session, school, pupil).id
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE incident SET search_text = 'oud'"))
    with db.transaction() as session:
        assert refresh_search_text(session, [iid, 9999]) == 1
    assert _stored(db, iid) == f"{FILMPJE} ayse yilmaz"


def test_register_import_computes_it_while_building_rows(db: Any, tmp_path: Any) -> None:
    with db.transaction() as session:
        make_school(session)
    path = write(tmp_path, row(), row(kenmerk="R-002", voornaam="Jan", tussenvoegsel="van der",
                                      achternaam="Berg", omschrijving="Bericht in de groepsapp",
                                      platform="WhatsApp"))
    import_register(db, path)
    with db.sessions() as session:
        stored = _pairs(session, select(Incident.kenmerk, Incident.search_text))
        ids = _pairs(session, select(Incident.kenmerk, Incident.id))
        assert compute_search_texts(session.connection(), ids.values()) == {
            ids[k]: t for k, t in stored.items()}
    assert stored == {"R-001": "r-001 tiktok filmpje ayse yilmaz",
                      "R-002": "r-002 whatsapp bericht in de groepsapp jan van der berg"}
    assert _ids(db, "Yıl") == [ids["R-001"]]
    assert _ids(db, "groepsapp berg") == [ids["R-002"]]


def test_demo_data_computes_it_while_building_rows(demo_db: Any) -> None:
    with demo_db.sessions() as session:
        stored = _pairs(session, select(Incident.id, Incident.search_text))
        assert len(stored) == 120 and all(stored.values())
        assert compute_search_texts(session.connection(), stored) == stored


def test_search_finds_folded_names_kenmerk_platform_and_description(db: Any) -> None:
    with db.transaction() as session:
        school = make_school(session)
        ayse = make_person(session, school, Role.PUPIL, "Yılmaz", first_name="Ayşe")
        sukru = make_person(session, school, Role.PUPIL, "Öztürk", first_name="Şükrü")
        first = make_incident(session, school, ayse).id
        second = make_incident(session, school, sukru, reported_on=date(2026, 11, 3)).id
        incident = session.get(Incident, second)
        assert incident is not None
        update_incident(session, second, _input(incident, platform="Instagram",
                                                description="Foto van de gymles gedeeld"),
                        date(2026, 12, 1))
    for word in ("yil", "Yıl", "YIL", "yılmaz", "ayse", "Ayşe"):
        assert _ids(db, word) == [first], word
    for word in ("ozt", "ÖZTÜRK", "sukru", "ztü"):
        assert _ids(db, word) == [second], word
    assert _ids(db, "2627-002") == [second]
    assert _ids(db, "04xy-2627") == [second, first]
    assert _ids(db, "insta") == [second]
    assert _ids(db, "gymles") == [second]
    assert _ids(db, "klasgenoot yil") == [first]  # every word must match
    assert _ids(db, "klasgenoot ozt") == []
