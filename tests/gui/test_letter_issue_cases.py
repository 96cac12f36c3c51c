"""Issue 11's two cases produce true letters, through both real paths: the letters window
("Concept maken") and the ``letters --kenmerk K --out DIR`` command.

(a) "Zienswijze ontvangen" recorded on a voornemen berisping, then the besluit: the letter
acknowledges the zienswijze with its date, quotes it, states the weighing, and never says it
was not used. (b) A berisping read in through the register import, without a voornemen: the
besluit claims no earlier intention, zienswijze or hearing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from skow_desk.cli import main
from skow_desk.domain.enums import Role, Salutation, Stage
from skow_desk.domain.measures import MeasureKind
from skow_desk.gui.letter_dialog import LetterDialog
from skow_desk.importing.columns import ALL
from skow_desk.services.case_queries import read_only
from skow_desk.services.letters import render
from skow_desk.services.measures import MeasureDecision, decide_measure, record_response
from skow_desk.services.register_import import import_register
from skow_desk.store.models import Incident, Measure
from skow_desk.store.vault import open_data
from tests.conftest import PASSPHRASE
from tests.factories import make_incident, make_person, make_school
from tests.gui.test_case_support import click
from tests.gui.test_letter_support import wait_for_preview
from tests.unit.letters.letter_helpers import pdf_text

SPIJT = "Ik heb spijt en heb het bericht meteen verwijderd"
WEGING = "Wij waarderen de spijt, maar het bericht was openbaar."


def _with_zienswijze(db: Any, tmp_path: Path) -> dict[str, Any]:
    with db.transaction() as s:
        school = make_school(s)
        teacher = make_person(s, school, Role.STAFF, "Berg", first_name="Jan", infix="van der",
                              salutation=Salutation.MR, group_or_function="leerkracht")
        incident = make_incident(s, school, teacher, articles=("B4",))
        intent = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.REPRIMAND, stage=Stage.INTENT,
            decided_on=date(2026, 11, 3), reason="Discussie met ouders op Facebook"))
        record_response(s, intent.id, date(2026, 11, 12), "schriftelijk", SPIJT, WEGING,
                        today=date(2026, 11, 13))
        decision = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.REPRIMAND, decided_on=date(2026, 11, 16),
            reason="Discussie met ouders op Facebook", intent_id=intent.id))
        return {"incident": incident.id, "measure": decision.id, "kenmerk": incident.kenmerk}


def _imported(db: Any, tmp_path: Path) -> dict[str, Any]:
    with db.transaction() as s:
        make_school(s)
    row = {c: "" for c in ALL}
    row.update(kenmerk="R-007", school="04XY", datum_melding="02-10-2025",
               datum_voorval="01-10-2025", rol="medewerker", aanhef="heer", voornaam="Jan",
               tussenvoegsel="van der", achternaam="Berg", groep_of_functie="leerkracht",
               platform="Facebook", artikelen="A7, B4", categorie="",
               omschrijving="Discussie met ouders op Facebook", maatregel="berisping",
               datum_maatregel="03-10-2025", aangifte="nee", status="afgerond",
               adres="Kerkstraat 12", postcode="3441 AB", plaats="Woerden")
    csv = tmp_path / "register.csv"
    csv.write_text(f"{';'.join(ALL)}\r\n{';'.join(row[c] for c in ALL)}\r\n",
                   encoding="utf-8-sig")
    import_register(db, csv)
    with db.transaction() as s:
        incident = s.scalars(select(Incident).where(Incident.kenmerk == "R-007")).one()
        [measure] = s.scalars(select(Measure).where(Measure.incident_id == incident.id))
        assert measure.kind is MeasureKind.REPRIMAND and measure.intent_id is None
        return {"incident": incident.id, "measure": measure.id, "kenmerk": "R-007"}


def _dialog_text(qtbot: Any, db: Any, case: dict[str, Any]) -> str:
    dialog = LetterDialog(db, case["incident"], case["measure"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice() is not None and dialog.choice().kind == "staff_besluit_berisping"
    click(qtbot, dialog.draft_button)
    wait_for_preview(qtbot, dialog.preview)
    [draft] = dialog.drafts
    with read_only(db) as session:
        text = pdf_text(render(session, draft)).replace(" CONCEPT ", " ")
    dialog.close()
    return text


def _command_text(folder: Path, kenmerk: str, out: Path, capsys: Any) -> str:
    assert main(["--data-dir", str(folder), "letters", "--kenmerk", kenmerk, "--out",
                 str(out)]) == 0
    printed = [Path(x) for x in capsys.readouterr().out.splitlines() if x.endswith(".pdf")]
    [decision] = [p for p in printed if "staff_besluit_berisping" in p.name]
    return pdf_text(decision.read_bytes()).replace(" CONCEPT ", " ")


@pytest.mark.parametrize("case", ["zienswijze", "import"])
def test_the_issues_two_cases_give_true_letters(qtbot, app, data_folder, tmp_path, capsys,
                                                case: str) -> None:
    db = open_data(data_folder, PASSPHRASE)
    try:
        ids = (_with_zienswijze if case == "zienswijze" else _imported)(db, tmp_path)
        texts = {"venster": _dialog_text(qtbot, db, ids)}
    finally:
        db.close()
    texts["letters"] = _command_text(data_folder, ids["kenmerk"], tmp_path / "out", capsys)
    for path, text in texts.items():
        assert "Wij hebben besloten u een schriftelijke berisping op te leggen." in text, path
        assert "geen gebruik gemaakt" not in text, path
        if case == "zienswijze":
            assert ("Bij brief van 3 november 2026 hebben wij u laten weten dat wij voornemens "
                    "waren u een schriftelijke berisping op te leggen.") in text, path
            assert "Op 12 november 2026 heeft u schriftelijk uw zienswijze gegeven." in text
            assert f"U gaf aan: ‘{SPIJT}’." in text, path
            assert f"Wij hebben uw zienswijze gewogen. {WEGING}" in text, path
        else:
            assert "voornemens" not in text and "Eerder hebben wij" not in text, path
            assert "zienswijze" not in text and "gehoord" not in text, path
            assert "Bij brief van" not in text, path
