"""Migrations: the models and the scripts agree, HEAD is right, old databases upgrade intact.

The pattern is TagStudio's ``tests/core/library/test_migrations.py``: build a database at
every past revision, put rows in, upgrade, and check nothing was lost.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from skow_desk.store.db import make_engine, open_database
from skow_desk.store.migrate import alembic_config, current_revision, script_head
from skow_desk.store.migrations import HEAD
from skow_desk.store.models import Base

PAST_REVISIONS = ["0001", "0002", "0003", "0005", "0004", "0007", "0008", "0006"]


def _engine_at(path: Path, revision: str, key: bytes | None = None) -> Engine:
    engine = make_engine(path, key)
    command.upgrade(alembic_config(engine), revision)  # type: ignore[arg-type]
    return engine


def _fill_0001(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO school (id, brin, name, sector, denomination, address, postcode, city,"
            " phone, email, logo_name, signatory, signatory_function) VALUES (1, '04XY',"
            " 'De Regenboog', 'PO', 'bijzonder', '', '', '', '', '', '', '', 'directeur')"))
        conn.execute(text(
            "INSERT INTO person (id, school_id, role, first_name, initials, infix, last_name,"
            " group_or_function, address, postcode, city, email, anonymised) VALUES"
            " (1, 1, 'leerling', 'Daan', 'D.', 'van den', 'Berg', 'groep 7', '', '', '', '', 0)"))
        conn.execute(text(
            "INSERT INTO incident (id, school_id, kenmerk, reported_on, reported_by, platform,"
            " description, status, police_report, police_report_number) VALUES (1, 1,"
            " '04XY-2627-001', :day, '', 'TikTok', 'Filmpje', 'open', 0, '')"),
            {"day": date(2026, 11, 2)})
        conn.execute(text(
            "INSERT INTO involvement (id, incident_id, person_id, part) VALUES"
            " (1, 1, 1, 'veroorzaker')"))


def _rows(engine: Engine, table: str, columns: list[str] | None = None,
          ) -> list[tuple[object, ...]]:
    """Every row of ``table``; only ``columns`` when given (a later revision adds columns)."""
    shown = ", ".join(columns) if columns else "*"
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT {shown} FROM {table} ORDER BY 1"))]


def _columns(engine: Engine, table: str) -> list[str]:
    with engine.connect() as conn:
        return [column["name"] for column in inspect(conn).get_columns(table)]


def test_head_constant_is_alembics_head():
    assert script_head() == HEAD


def test_every_past_revision_is_tested():
    from alembic.script import ScriptDirectory

    from skow_desk.store.migrate import MIGRATIONS

    revisions = {r.revision for r in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}
    assert revisions == {*PAST_REVISIONS, HEAD}


def test_autogenerate_finds_no_difference_on_a_fresh_database(tmp_path):
    engine = _engine_at(tmp_path / "fresh.db", "head", os.urandom(32))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                             "render_as_batch": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", PAST_REVISIONS)
def test_an_old_database_upgrades_and_keeps_its_rows(tmp_path, revision):
    key = os.urandom(32)
    path = tmp_path / f"at-{revision}.db"
    engine = _engine_at(path, revision, key)
    _fill_0001(engine)
    tables = ("school", "person", "incident", "involvement")
    columns = {t: _columns(engine, t) for t in tables}
    before = {t: _rows(engine, t) for t in tables}
    assert current_revision(engine) == revision
    engine.dispose()
    db = open_database(path, key)  # start-up upgrades when behind
    try:
        assert current_revision(db.engine) == HEAD
        for table, rows in before.items():
            assert _rows(db.engine, table, columns[table]) == rows
        # 0003 fills the register's search text of the stored incidents (rows written at
        # 0003 and later by hand, as here, keep theirs).
        if revision < "0003":
            assert _rows(db.engine, "incident", ["search_text"]) == [
                ("04xy-2627-001 tiktok filmpje daan van den berg",)]
        # 0007: no facts for letters written yet; letters use the description, names replaced
        assert _rows(db.engine, "incident", ["letter_facts"]) == [("",)]
        # 0006: schools get no region, measures stand ("geldig")
        assert _rows(db.engine, "school", ["region"]) == [("",)] * len(before["school"])
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM measure WHERE status != 'geldig'"))\
                .scalar() == 0
        with db.engine.connect() as conn:
            assert "audit_entry" in inspect(conn).get_table_names()
            triggers = set(conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        assert {"audit_entry_no_update", "audit_entry_no_delete"} <= triggers
    finally:
        db.close()


def test_downgrade_and_upgrade_again(tmp_path):
    engine = _engine_at(tmp_path / "roundtrip.db", "head")
    try:
        config = alembic_config(engine)
        command.downgrade(config, "0001")  # type: ignore[arg-type]
        with engine.connect() as conn:
            assert "audit_entry" not in inspect(conn).get_table_names()
        command.upgrade(config, "head")  # type: ignore[arg-type]
        assert current_revision(engine) == HEAD
    finally:
        engine.dispose()


def test_0004_keeps_a_recorded_zienswijze_as_received(tmp_path):
    """A zienswijze recorded before 0004 had only a date: it stays received (how unknown)."""
    key = os.urandom(32)
    path = tmp_path / "at-0003.db"
    engine = _engine_at(path, "0003", key)
    _fill_0001(engine)
    with engine.begin() as conn:
        for mid, received in ((1, date(2026, 11, 12)), (2, None)):
            conn.execute(text(
                "INSERT INTO measure (id, incident_id, person_id, kind, stage, decided_on,"
                " reason, internal, receiving_school, response_received_on, warnings) VALUES"
                " (:id, 1, 1, 'verwijdering van school', 'voornemen', :day, 'Reden', 0, '',"
                " :received, '')"), {"id": mid, "day": date(2026, 11, 3), "received": received})
    engine.dispose()
    db = open_database(path, key)
    try:
        assert _rows(db.engine, "measure", ["id", "response_mode", "response_text",
                                            "weighing", "urgent_exception"]) == [
            (1, "ontvangen", "", "", ""), (2, "", "", "", "")]
    finally:
        db.close()


def test_0005_keeps_foundation_person_and_letters_and_dates_old_letters(tmp_path):
    key = os.urandom(32)
    path = tmp_path / "at-0003.db"
    engine = _engine_at(path, "0003", key)
    _fill_0001(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO foundation (id, name, short_name, address, postcode, city,"
                          " board_member) VALUES (1, 'Stichting SKOW', 'SKOW', '', '', '',"
                          " 'A. de Vries')"))
        conn.execute(text(
            "INSERT INTO letter (id, incident_id, person_id, kind, dossier, number, version,"
            " recipient, data_json, letter_date, finalised_at) VALUES (1, 1, 1,"
            " 'pupil_schorsing', 'leerlingendossier', '2026-0001', 1, 'x', '{}', :day, :at)"),
            {"day": date(2026, 11, 3), "at": "2026-11-03 10:00:00"})
    engine.dispose()
    db = open_database(path, key)
    try:
        assert _rows(db.engine, "foundation", ["name", "board_member", "board_member_function",
                                               "mandate_measures", "appeal_weeks"]) == [
            ("Stichting SKOW", "A. de Vries", "bestuurder", "", 0)]
        assert _rows(db.engine, "letter", ["number", "sent_on", "sent_via"]) == [
            ("2026-0001", "2026-11-03", "")]
        assert _rows(db.engine, "person", ["first_name", "birth_date"]) == [("Daan", None)]
    finally:
        db.close()


@pytest.mark.parametrize(("before", "table", "column"), [
    ("0003", "foundation", "board_member_function TEXT NOT NULL DEFAULT 'bestuurder'"),
    ("0005", "measure", "response_mode VARCHAR(20) NOT NULL DEFAULT ''"),
    ("0004", "incident", "letter_facts TEXT NOT NULL DEFAULT ''"),
    ("0008", "school", "region VARCHAR(10) NOT NULL DEFAULT ''"),
    ("0008", "measure", "status VARCHAR(40) NOT NULL DEFAULT 'geldig'"),
])
def test_an_upgrade_killed_after_its_first_column_runs_again(
        tmp_path: Path, before: str, table: str, column: str) -> None:
    """SQLite commits each ALTER TABLE at once: a kill after one column, before the version,
    leaves the column without the version. The next start must finish the upgrade."""
    engine = _engine_at(tmp_path / "db.sqlite", before)
    with engine.begin() as conn:
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column}"))
    command.upgrade(alembic_config(engine), "head")  # type: ignore[arg-type]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    engine.dispose()


def test_0006_keeps_the_tasks_and_letters_of_a_measure(tmp_path):
    """0006 adds columns to ``measure``; the table must not be copied and dropped (with foreign
    keys on, dropping it would delete its tasks by cascade, or fail on its letters)."""
    engine = _engine_at(tmp_path / "db.sqlite", "0008")
    _fill_0001(engine)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO measure (id, incident_id, person_id, kind, stage, decided_on, reason,"
            " internal, receiving_school, warnings, response_mode, response_text, weighing,"
            " urgent_exception) VALUES (1, 1, 1, 'schorsing', 'besluit', :day, 'reden', 0, '',"
            " '', '', '', '', '')"), {"day": date(2026, 11, 3)})
        conn.execute(text(
            "INSERT INTO task (id, incident_id, measure_id, person_id, kind, title, required,"
            " note) VALUES (1, 1, 1, 1, 'melding Inspectie', 'Melding Inspectie', 1, '')"))
        conn.execute(text(
            "INSERT INTO letter (id, incident_id, measure_id, person_id, kind, dossier, version,"
            " recipient, data_json, letter_date, sent_via, sent_to) VALUES (1, 1, 1, 1,"
            " 'pupil_schorsing', 'leerlingendossier', 1, '', '{}', :day, '', '')"),
            {"day": date(2026, 11, 3)})
    command.upgrade(alembic_config(engine), "head")  # type: ignore[arg-type]
    assert _rows(engine, "task", ["id", "measure_id"]) == [(1, 1)]
    assert _rows(engine, "letter", ["id", "measure_id"]) == [(1, 1)]
    assert _rows(engine, "measure", ["id", "status"]) == [(1, "geldig")]
    engine.dispose()
