"""21 ways to tamper with the audit trail or the audited data; `audit verify` finds each.

The cases follow the attack of issue 12: changing or removing lines, forging and re-chaining,
rolling back to an older copy, editing audited rows behind the program's back, and blanking a
summary outside a purge or deletion. Each runs on a fresh copy of one filled data folder with
the raw database key (as an attacker with the key file and the passphrase would).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from skow_desk.cli import main
from skow_desk.services.audit import verify
from skow_desk.store.location import database_path
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE
from tests.unit.security.helpers import make_case, raw_connection

Tamper = Callable[[Any, Path], None]


def _drop_triggers(c: Any) -> None:
    c.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    c.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")


def _sql(*statements: str, keep_triggers: bool = False) -> Tamper:
    def run(c: Any, _folder: Path) -> None:
        if not keep_triggers:
            _drop_triggers(c)
        for statement in statements:
            c.execute(statement)
    return run


def _rechain(c: Any, start: int) -> None:
    """Recompute every hash from ``start`` on with the published (unkeyed) formula."""
    import json

    rows = c.execute("SELECT id, at, actor, action, entity_type, entity_id, person_id, "
                     "summary_sha256, prev_hash FROM audit_entry ORDER BY id").fetchall()
    prev = None
    for row in rows:
        if row[0] < start:
            prev = c.execute("SELECT hash FROM audit_entry WHERE id = ?", (row[0],)).fetchone()[0]
            continue
        body = json.dumps({"at": row[1], "actor": row[2], "action": row[3],
                           "entity_type": row[4], "entity_id": row[5], "person_id": row[6],
                           "summary_sha256": row[7]}, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False)
        new = hashlib.sha256((body + (prev or "0" * 64)).encode()).hexdigest()
        c.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?",
                  (prev or "0" * 64, new, row[0]))
        prev = new


def _edit_and_rechain(c: Any, _folder: Path) -> None:
    _drop_triggers(c)
    digest = hashlib.sha256(b"niets gebeurd").hexdigest()
    c.execute("UPDATE audit_entry SET summary = 'niets gebeurd', summary_sha256 = ? "
              "WHERE id = 5", (digest,))
    _rechain(c, 5)


def _forge(c: Any, _folder: Path) -> None:
    import json

    last = c.execute("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()[0]
    digest = hashlib.sha256(b"vervalst").hexdigest()
    body = json.dumps({"at": "2026-11-30 10:00:00.000000", "actor": "x", "action": "aanmaken",
                       "entity_type": "person", "entity_id": 1, "person_id": 1,
                       "summary_sha256": digest}, sort_keys=True, separators=(",", ":"))
    new = hashlib.sha256((body + last).encode()).hexdigest()
    c.execute("INSERT INTO audit_entry (at, actor, action, entity_type, entity_id, person_id, "
              "summary, summary_sha256, prev_hash, hash) VALUES ('2026-11-30 10:00:00.000000', "
              "'x', 'aanmaken', 'person', 1, 1, 'vervalst', ?, ?, ?)", (digest, last, new))


def _delete_all_and_forge(c: Any, folder: Path) -> None:
    _drop_triggers(c)
    c.execute("DELETE FROM audit_entry")


def _rollback(c: Any, folder: Path) -> None:
    """Put back the copy of the database made before the last changes."""
    c.close()
    older = folder.parent / "ouder.db"
    shutil.copy2(older, database_path(folder))


CASES: dict[str, Tamper] = {
    "changed summary": _sql("UPDATE audit_entry SET summary = 'achternaam: X' WHERE id = 7"),
    "changed actor": _sql("UPDATE audit_entry SET actor = 'iemand anders' WHERE id = 5"),
    "changed time": _sql("UPDATE audit_entry SET at = '2020-01-01 00:00:00.000000' "
                         "WHERE id = 6"),
    "changed action": _sql("UPDATE audit_entry SET action = 'inzien' WHERE id = 6"),
    "changed entity": _sql("UPDATE audit_entry SET entity_id = 999 WHERE id = 6"),
    "removed middle line": _sql("DELETE FROM audit_entry WHERE id = 4"),
    "removed first line": _sql("DELETE FROM audit_entry WHERE id = 1"),
    "swapped lines": _sql("UPDATE audit_entry SET id = -1 WHERE id = 3",
                          "UPDATE audit_entry SET id = 3 WHERE id = 4",
                          "UPDATE audit_entry SET id = 4 WHERE id = -1"),
    "triggers dropped": _sql(),
    "summary and its hash changed": _sql(
        "UPDATE audit_entry SET summary = 'x', summary_sha256 = "
        f"'{hashlib.sha256(b'x').hexdigest()}' WHERE id = 6"),
    "hash column replaced": _sql(
        "UPDATE audit_entry SET hash = (CASE WHEN substr(hash, 1, 1) = 'f' THEN '0' ELSE 'f' END)"
        " || substr(hash, 2) WHERE id = (SELECT max(id) FROM audit_entry)"),
    # The ten that passed before (issue 12, item 4):
    "deleted last rows": _sql("DELETE FROM audit_entry WHERE id > "
                              "(SELECT max(id) - 3 FROM audit_entry)"),
    "deleted all rows": _delete_all_and_forge,
    "appended forged row": _forge,
    "edited and re-chained": _edit_and_rechain,
    "rolled back to an older copy": _rollback,
    "incident edited directly": _sql("UPDATE incident SET description = 'niets aan de hand'",
                                     keep_triggers=True),
    "person edited directly": _sql("UPDATE person SET last_name = 'Anders' WHERE id = "
                                   "(SELECT min(id) FROM person)", keep_triggers=True),
    "measure edited directly": _sql("UPDATE measure SET kind = 'schorsing', reason = 'mild'",
                                    keep_triggers=True),
    "summary blanked on an old row": _sql("UPDATE audit_entry SET summary = NULL WHERE id = 6",
                                          keep_triggers=True),
    "summary blanked on the last row": _sql(
        "UPDATE audit_entry SET summary = NULL WHERE id = (SELECT max(id) FROM audit_entry)",
        keep_triggers=True),
}


@pytest.fixture(scope="module")
def filled(template_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a case, a measure, and an older copy of its database beside it."""
    from datetime import date

    from skow_desk.domain.enums import Stage
    from skow_desk.domain.measures import MeasureKind
    from skow_desk.services.measures import MeasureDecision, decide_measure

    folder = tmp_path_factory.mktemp("tamper") / "data"
    shutil.copytree(template_folder, folder)
    db = open_data(folder, PASSPHRASE)
    with db.transaction() as s:
        ids = make_case(s)
    db.close()
    shutil.copy2(database_path(folder), folder.parent / "ouder.db")
    db = open_data(folder, PASSPHRASE)
    with db.transaction() as s:
        decide_measure(s, ids["incident"], MeasureDecision(
            person_id=ids["pupil"], kind=MeasureKind.WARNING, decided_on=date(2026, 11, 10),
            stage=Stage.DECISION, reason="Filmpje geplaatst."))
    assert verify(db).ok
    db.close()
    return folder


def test_there_are_21_cases() -> None:
    assert len(CASES) == 21


@pytest.mark.parametrize("name", sorted(CASES))
def test_verify_detects(name: str, filled: Path, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    shutil.copytree(filled, folder)
    shutil.copy2(filled.parent / "ouder.db", tmp_path / "ouder.db")
    connection = raw_connection(folder)
    triggers = [r[0] for r in connection.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'")]
    CASES[name](connection, folder)
    if name != "rolled back to an older copy":
        if name != "triggers dropped":  # a careful attacker puts the triggers back
            present = {r[0] for r in connection.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger'")}
            for sql in triggers:
                if sql not in present:
                    connection.execute(sql)
        connection.commit()
        connection.close()
    code = main(["--data-dir", str(folder), "audit", "verify"])
    out = capsys.readouterr()
    assert code == 1, out.out
    assert "Logboek in orde" not in out.out


def test_an_untouched_folder_verifies(filled: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    shutil.copytree(filled, folder)
    assert main(["--data-dir", str(folder), "audit", "verify"]) == 0
    assert "Logboek in orde" in capsys.readouterr().out


def test_a_removed_anchor_is_not_silently_made_anew(filled: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import json

    folder = tmp_path / "data"
    shutil.copytree(filled, folder)
    keys = folder / "sleutels.json"
    document = json.loads(keys.read_text())
    del document["logboek_anker"]
    keys.write_text(json.dumps(document))
    assert main(["--data-dir", str(folder), "audit", "verify"]) == 1  # its own login first
    assert "anker" in capsys.readouterr().err
