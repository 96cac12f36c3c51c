"""Shared helpers for the security tests: raw access with the key, table snapshots, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Part, Role
from skow_desk.services.incidents import add_evidence, involve_person
from skow_desk.store.db import Database
from skow_desk.store.keys import unlock
from skow_desk.store.location import database_path
from skow_desk.store.models import Letter
from tests.conftest import PASSPHRASE
from tests.factories import make_incident, make_person, make_pupil_with_parents, make_school

REPO = Path(__file__).resolve().parents[3]


def raw_connection(folder: Path) -> Any:
    """A sqlcipher3 connection to the folder's database, opened with the raw key."""
    import sqlcipher3

    key = unlock(folder, PASSPHRASE)
    connection = sqlcipher3.connect(str(database_path(folder)))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ordered, for exact comparisons."""
    with db.engine.connect() as conn:
        tables = sorted(inspect(conn).get_table_names())
        return {t: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}" ORDER BY 1'))]
                for t in tables}


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m skow_desk`` in a child process."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "skow_desk", *args], capture_output=True,
                          text=True, env=full_env, cwd=REPO, timeout=120)


def make_case(session: Session) -> dict[str, int]:
    """A school, a pupil with parents, a classmate, an incident with evidence and a letter."""
    school = make_school(session)
    pupil = make_pupil_with_parents(session, school)
    classmate = make_person(session, school, Role.PUPIL, "Jansen", first_name="Lotte")
    incident = make_incident(session, school, pupil)
    involve_person(session, incident.id, classmate.id, Part.HARMED)
    evidence = add_evidence(session, incident.id, "screenshot.png", b"\x89PNG geheim beeld" * 50)
    letter = Letter(incident_id=incident.id, person_id=pupil.id, kind="waarschuwing",
                    dossier="leerlingendossier", number="04XY-2627-B001", recipient="Ouders",
                    data_json='{"tekst": "Geachte ouders van Daan"}', pdf=b"%PDF-1.4 brief",
                    sha256="ab" * 32, letter_date=date(2026, 11, 5),
                    finalised_at=datetime(2026, 11, 5, 10, 0))
    session.add(letter)
    session.flush()
    return {"school": school.id, "pupil": pupil.id, "classmate": classmate.id,
            "incident": incident.id, "evidence": evidence.id, "letter": letter.id}
