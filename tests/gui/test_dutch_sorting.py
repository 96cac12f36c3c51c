"""Issue 13.7: Dutch order (Ö with O, Ş with S, Ç with C, Ł with L) in SQL and in the window,
tested with the demo's names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from skow_desk.domain.names import dutch_order
from skow_desk.gui.common.person_picker import PersonPicker
from skow_desk.gui.common.row_models import PersonsModel
from skow_desk.gui.persons.persons_view import PersonsView
from skow_desk.gui.register import register_model as rm
from skow_desk.gui.register.register_view import RegisterView
from tests.conftest import TODAY


def _first_letters(names: list[str]) -> list[str]:
    return [dutch_order(name)[:1] for name in names]  # type: ignore[index]


def _assert_dutch(names: list[str]) -> None:
    keys = [dutch_order(name) for name in names]
    wrong = [n for n, k, s in zip(names, keys, sorted(keys), strict=True) if k != s]
    assert not wrong, wrong[:5]


def _index(names: list[str], start: str) -> int:
    return next(i for i, name in enumerate(names) if name.startswith(start))


def test_personen_and_the_picker_sort_like_a_dutch_reader(app: Any, qtbot: Any,
                                                          demo_db: Any, grab: Any) -> None:
    view = PersonsView(demo_db)
    qtbot.addWidget(view)
    view.resize(1340, 640)
    view.show()
    names = [view.model.index(r, PersonsModel.COL_NAME).data()
             for r in range(view.model.rowCount())]
    assert any(n.startswith("Öztürk") for n in names) and any(n.startswith("Şahin")
                                                              for n in names)
    _assert_dutch(names)
    # Öztürk between Ouali and Peters, Şahin before Smit, Çelik before Dekker, Łuczak after
    # Leeuwen: not after Z as with binary order
    assert _index(names, "Ouali") < _index(names, "Öztürk") < _index(names, "Peters")
    assert _index(names, "Şahin") < _index(names, "Smit")
    assert _index(names, "Çelik") < _index(names, "Dekker")
    assert _index(names, "Leeuwen") < _index(names, "Łuczak") < _index(names, "Mensah")
    assert not names[-1].startswith(("Ö", "Ş", "Ç", "Ł"))
    grab(view, "personen-dutch-order")

    picker = PersonPicker(demo_db)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.ui.searchEdit, "a")
    picker.refresh()
    picked = [picker.model.index(r, PersonsModel.COL_NAME).data()
              for r in range(picker.model.rowCount())]
    assert len(picked) > 20
    _assert_dutch(picked)


def test_register_sorts_causers_and_kenmerken_in_dutch_order(app: Any, qtbot: Any,
                                                             demo_db: Any) -> None:
    view = RegisterView(demo_db, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    view.year_combo.setCurrentIndex(view.year_combo.count() - 1)  # Alle schooljaren
    view.table.sortByColumn(rm.COL_CAUSERS, Qt.SortOrder.AscendingOrder)
    model = view.model
    causers = [model.index(r, rm.COL_CAUSERS).data() for r in range(model.rowCount())]
    assert causers, "the demo has incidents"
    with demo_db.sessions() as session:  # the first causer's last name of each row
        from sqlalchemy import select

        from skow_desk.store.models import Person

        last_names = {f"{p.first_name} {p.infix} {p.last_name}".replace("  ", " "): p.last_name
                      for p in session.scalars(select(Person))}
    order = [last_names.get(text.split(", ")[0], text) for text in causers]
    _assert_dutch(order)
    special = [i for i, name in enumerate(order) if name.startswith(("Ö", "Ş", "Ç", "Ł"))]
    assert special, "the demo has causers named Öztürk, Şahin, Çelik or Łuczak"
    assert max(special) < len(order) - 10  # not lumped after Z as with binary order
    with demo_db.sessions() as session:
        from sqlalchemy import text

        rows = session.execute(text(
            "SELECT p.last_name FROM person p ORDER BY nl_sort(p.last_name)")).scalars().all()
    _assert_dutch(list(rows))
    assert _first_letters(list(rows))[-1] != "o"
    view.table.sortByColumn(rm.COL_KENMERK, Qt.SortOrder.AscendingOrder)
    kenmerken = [model.index(r, rm.COL_KENMERK).data() for r in range(model.rowCount())]
    _assert_dutch(kenmerken)
