"""Issue 13.8: the Brieven tab and the Logboek speak Dutch: titles, kenmerk and names."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from skow_desk.domain.names import full_name
from skow_desk.gui.audit.audit_view import (
    COL_ENTITY,
    COL_KENMERK,
    COL_PERSON,
    COL_SUMMARY,
    AuditModel,
    AuditView,
)
from skow_desk.gui.common.row_models import LettersModel
from skow_desk.services.case_queries.rows import LetterRow
from skow_desk.store.models import Incident, Letter, Person
from tests.unit.security.helpers import make_case


def test_brieven_tab_shows_dutch_letter_titles(app: Any) -> None:
    model = LettersModel()
    fields = LetterRow.__dataclass_fields__
    values: dict[str, Any] = {name: None for name in fields}
    values.update(id=1, kind="pupil_schorsing", letter_date=date(2026, 11, 4),
                  person_name="Daan", number=1, is_final=True)
    staff = dict(values, id=2, kind="staff_besluit_berisping")
    model.set_rows([LetterRow(**values), LetterRow(**staff)])
    assert model.index(0, LettersModel.COL_KIND).data() == "Schorsing leerling"
    assert model.index(1, LettersModel.COL_KIND).data() == "Besluit schriftelijke berisping"


def test_logboek_shows_kenmerk_name_and_dutch_titles(app: Any, qtbot: Any, db: Any,
                                                     grab: Any) -> None:
    with db.transaction() as s:
        ids = make_case(s)
        letter = s.query(Letter).one()
        letter.kind = "staff_besluit_berisping"
        kenmerk = s.get(Incident, ids["incident"]).kenmerk
        pupil = s.get(Person, ids["pupil"])
        name = full_name(pupil.first_name, pupil.infix, pupil.last_name)
    model = AuditModel(db)
    model.refresh()
    rows = [r for r in range(model.rowCount()) if model.index(r, COL_ENTITY).data() == "brief"]
    assert rows
    summaries = [model.index(r, COL_SUMMARY).data() for r in rows]
    assert any("Besluit schriftelijke berisping" in text for text in summaries), summaries
    assert not any("staff_besluit" in text for text in summaries)
    assert not any(re.search(r"persoon: \d", text) for text in summaries), summaries
    assert all(model.index(r, COL_KENMERK).data() == kenmerk for r in rows)
    assert all(model.index(r, COL_PERSON).data() == name for r in rows)
    assert "nummer" in model.index(rows[0], COL_ENTITY).data(3)  # the number in a tooltip
    created = next(r for r in rows if "briefdatum" in model.index(r, COL_SUMMARY).data())
    assert "SHA-256" not in model.index(created, COL_SUMMARY).data()
    assert "vingerafdruk" in model.index(created, COL_SUMMARY).data()
    with db.sessions() as s:
        sha = s.query(Letter).one().sha256
    assert sha in model.index(created, COL_SUMMARY).data(3)  # the whole hash in the tooltip
    view = AuditView(db, today=date.today())
    qtbot.addWidget(view)
    view.resize(1340, 600)
    view.show()
    grab(view, "logboek-dutch")
