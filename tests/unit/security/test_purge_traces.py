"""The retention purge leaves no trace of the leaver's name or home address.

The name is planted everywhere a director could have typed it (the description and search text
of a case shared with a pupil who stays, another person's conversation and task, kept concept
letters, a draft letter for someone else, drafts kept at an auto-lock, an audit summary) and in
every copy of the data (an automatic backup, a ``voor-herstel-*`` folder, a restore's staging
folder). After
``purge --uitvoeren`` the decrypted database and every backup in the folder hold 0 traces.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path

from skow_desk.cli import main
from skow_desk.domain.enums import TaskKind
from skow_desk.services.audit import AuditAction, record
from skow_desk.services.foundation import set_setting
from skow_desk.services.incidents import ConversationInput, close_case, log_conversation
from skow_desk.services.kept_drafts import DIALOGS_KEY, letters_key, melding_key
from skow_desk.store.backup import backups_dir, maybe_auto_backup, restore_backup
from skow_desk.store.keys import unlock
from skow_desk.store.location import database_path
from skow_desk.store.models import Incident, Letter, Person, Task
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE
from tests.unit.security.helpers import make_case

TRACES = ("daan", "berg", "molenstraat", "sophie")


def _dump(path: Path, key: bytes) -> str:
    import sqlcipher3

    connection = sqlcipher3.connect(str(path))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        parts = []
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                parts.extend(v.decode("latin-1") if isinstance(v, bytes) else str(v)
                             for v in row)
        return "\n".join(parts).lower()
    finally:
        connection.close()


def _traces(text: str) -> dict[str, int]:
    return {word: text.count(word) for word in TRACES if text.count(word)}


def _plant(folder: Path) -> dict[str, int]:
    db = open_data(folder, PASSPHRASE)
    try:
        with db.transaction() as s:
            ids = make_case(s)
            classmate = s.get(Person, ids["classmate"])
            classmate.address = "Dorpsweg 1"
            incident = s.get(Incident, ids["incident"])
            incident.description = "Daan van den Berg filmde Lotte en plaatste het filmpje."
            log_conversation(s, incident.id, ConversationInput(
                person_id=classmate.id, held_on=date(2026, 11, 10), present="Lotte, juf",
                summary="Lotte vertelt dat Daan haar filmde; Sophie van den Berg belde."))
            s.add(Task(incident_id=incident.id, person_id=classmate.id, kind=TaskKind.OTHER,
                       title="Lotte bellen over Daan van den Berg", due_on=date(2026, 11, 12)))
            s.add(Letter(incident_id=incident.id, person_id=classmate.id, kind="melding",
                         dossier="leerlingendossier", recipient="Ouders van Lotte",
                         data_json=json.dumps({"tekst": "Daan van den Berg, Molenstraat 4, "
                                                        "heeft Lotte gefilmd."}),
                         letter_date=date(2026, 11, 5)))
            set_setting(s, f"concept.{incident.id}.waarschuwing.{ids['pupil']}",
                        json.dumps({"naam": "Daan van den Berg", "adres": "Molenstraat 4"}))
            set_setting(s, f"concept.{incident.id}.melding.{classmate.id}",
                        json.dumps({"tekst": "Lotte is gefilmd door Daan."}))
            # typed text kept at an auto-lock (a dialog, a Melding tab, the Brieven window)
            set_setting(s, DIALOGS_KEY, json.dumps([
                {"titel": "Gesprek vastleggen", "velden": {"summaryEdit": "Daan lachte."}}]))
            set_setting(s, melding_key(incident.id), json.dumps(
                {"velden": {"descriptionEdit": "Daan van den Berg filmde Lotte."}}))
            set_setting(s, letters_key(incident.id), json.dumps(
                {"persoon": ids["pupil"], "tekst": "Beste ouders van Daan, Molenstraat 4"}))
            record(s, AuditAction.EXPORT, "incident", incident.id, classmate.id,
                   "dossier van Lotte met de verklaring van Daan van den Berg")
            close_case(s, incident.id, date(2026, 11, 20))
            for person_id in (ids["pupil"],):
                s.get(Person, person_id).left_on = date(2020, 7, 1)
        maybe_auto_backup(db, backups_dir(folder), datetime(2020, 7, 2, 9, 0))
    finally:
        db.close()
    for name in ("voor-herstel-20200801-120000", ".herstel-abc123"):
        copy = folder / name
        copy.mkdir()
        shutil.copy2(database_path(folder), copy / database_path(folder).name)
        shutil.copy2(folder / "sleutels.json", copy / "sleutels.json")
    return ids


def _backup_traces(folder: Path, key: bytes, tmp: Path) -> dict[str, dict[str, int]]:
    found = {}
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix == ".skowbackup":
            with zipfile.ZipFile(path) as archive:
                archive.extract("database.db", tmp / path.stem)
            found[str(path.relative_to(folder))] = _traces(
                _dump(tmp / path.stem / "database.db", key))
        elif path.is_file() and path.name == "skow-desk.db" and path.parent != folder:
            found[str(path.relative_to(folder))] = _traces(_dump(path, key))
    return {name: traces for name, traces in found.items() if traces}


def test_purge_leaves_no_name_in_the_database_or_the_backups(data_folder: Path,
                                                              tmp_path: Path) -> None:
    _plant(data_folder)
    key = unlock(data_folder, PASSPHRASE)
    before = _traces(_dump(database_path(data_folder), key))
    assert before["daan"] >= 6 and before["molenstraat"] >= 2  # planted
    assert _backup_traces(data_folder, key, tmp_path / "before")  # the copies hold it too
    assert main(["--data-dir", str(data_folder), "purge", "--uitvoeren"]) == 0
    assert _traces(_dump(database_path(data_folder), key)) == {}
    assert _backup_traces(data_folder, key, tmp_path / "after") == {}
    assert not list(data_folder.glob("voor-herstel-*"))
    assert not list(data_folder.glob(".herstel-*"))
    db = open_data(data_folder, PASSPHRASE)
    try:
        with db.read_only() as s:
            assert s.get(Person, 2).last_name or True
            lotte = [p for p in s.query(Person).all() if p.first_name == "Lotte"]
            assert lotte and not lotte[0].anonymised  # the classmate stays as she was
    finally:
        db.close()


def test_an_older_backup_is_purged_again_when_restored(data_folder: Path, tmp_path: Path) -> None:
    _plant(data_folder)
    kept_elsewhere = tmp_path / "usb" / "oud.skowbackup"
    kept_elsewhere.parent.mkdir()
    shutil.copy2(next(backups_dir(data_folder).glob("*.skowbackup")), kept_elsewhere)
    assert main(["--data-dir", str(data_folder), "purge", "--uitvoeren"]) == 0
    ledger = (data_folder / "opschoningen.json").read_text(encoding="utf-8")
    assert "daan" not in ledger.lower() and "berg" not in ledger.lower()
    restore_backup(data_folder, kept_elsewhere, PASSPHRASE)
    key = unlock(data_folder, PASSPHRASE)
    # The restored data is purged again before anyone sees it: at the restore itself.
    assert _traces(_dump(database_path(data_folder), key)) == {}
    for leftover in data_folder.glob("voor-herstel-*"):
        shutil.rmtree(leftover)  # the replaced (already purged) data
    db = open_data(data_folder, PASSPHRASE)
    db.close()
    assert _traces(_dump(database_path(data_folder), key)) == {}
