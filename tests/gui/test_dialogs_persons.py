"""Persons: the person dialog (a pupil with parents), the persons list and its import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from skow_desk.domain.enums import Role, Salutation
from skow_desk.gui.common import worker
from skow_desk.gui.persons import persons_view
from skow_desk.store.models import Person
from tests.factories import make_person, make_school
from tests.gui.test_case_support import (
    Dialogs,
    button,
    click,
    click_row,
    save_button,
)


@pytest.fixture
def school_db(db: Any) -> Any:
    with db.transaction() as s:
        school = make_school(s)
        make_person(s, school, Role.PARENT, "Öztürk", first_name="Elif",
                    salutation=Salutation.MRS, group_or_function="")
    return db


def test_pupil_with_a_new_and_an_existing_parent(
    qtbot: Any, app: Any, school_db: Any, dialogs: Dialogs
) -> None:
    from skow_desk.gui.common.person_dialog import PersonDialog

    dialog = PersonDialog(school_db)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findText("Medewerker"))
    assert ui.groupLabel.text() == "&Functie:" and not ui.guardiansGroup.isVisibleTo(dialog)
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findText("Leerling"))
    assert ui.groupLabel.text() == "&Groep of klas:" and ui.guardiansGroup.isVisibleTo(dialog)
    qtbot.keyClicks(ui.firstNameEdit, "Mila")
    ui.lastNameEdit.insert("Öztürk")  # QTest types ASCII only; insert() is typing for others
    qtbot.keyClicks(ui.groupEdit, "groep 3")
    qtbot.keyClicks(ui.addressEdit, "Zijtwende 8")
    qtbot.keyClicks(ui.postcodeEdit, "2691 KL")
    qtbot.keyClicks(ui.cityEdit, "'s-Gravenzande")

    def new_father(parent_dialog: Any) -> None:
        pui = parent_dialog.ui
        assert pui.roleCombo.currentText() == "Ouder/verzorger"
        assert (pui.lastNameEdit.text(), pui.addressEdit.text()) == ("Öztürk", "Zijtwende 8")
        pui.salutationCombo.setCurrentIndex(pui.salutationCombo.findText("de heer"))
        qtbot.keyClicks(pui.initialsEdit, "M.")
        click(qtbot, save_button(parent_dialog))

    def link_mother(picker: Any) -> None:
        assert picker.ui.searchEdit.text() == "Öztürk"
        assert not picker.ui.partCombo.isVisibleTo(picker)
        row = next(i for i, p in enumerate(picker.model.rows()) if p.name.endswith("Elif"))
        click_row(qtbot, picker.ui.resultsView, row)
        click(qtbot, button(picker.ui.buttonBox, QDialogButtonBox.StandardButton.Ok))

    dialogs.handlers += [new_father, link_mother]
    click(qtbot, ui.newGuardianButton)
    click(qtbot, ui.linkGuardianButton)
    assert ui.guardiansList.count() == 2
    assert "wordt gekoppeld bij opslaan" in ui.guardiansList.item(1).text()
    click(qtbot, save_button(dialog))
    assert not dialog.isVisible()
    with school_db.transaction() as s:
        mila = s.get(Person, dialog.person_id)
        assert (mila.role, mila.initials, mila.city) == (Role.PUPIL, "M.", "'s-Gravenzande")
        assert sorted((g.first_name or g.initials, g.salutation) for g in mila.guardians) == [
            ("Elif", Salutation.MRS), ("M.", Salutation.MR)]


def test_persons_list_filters_as_you_type(
    qtbot: Any, app: Any, school_db: Any, dialogs: Dialogs
) -> None:
    with school_db.transaction() as s:
        school = make_school(s)
        make_person(s, school, Role.STAFF, "Jansen", first_name="Jan",
                    group_or_function="leerkracht")
    view = persons_view.PersonsView(school_db)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 2 and view.count_label.text() == "2 personen."
    qtbot.keyClicks(view.search_edit, "jan")
    assert [p.name for p in view.model.rows()] == ["Jansen, Jan"]
    view.search_edit.clear()
    view.role_combo.setCurrentIndex(view.role_combo.findText("Ouder/verzorger"))
    assert [p.name for p in view.model.rows()] == ["Öztürk, Elif"]
    assert view.count_label.text() == "1 persoon."
    view.role_combo.setCurrentIndex(0)
    view.school_combo.setCurrentIndex(view.school_combo.findText("Basisschool De Regenboog"))
    assert view.model.rowCount() == 2

    def rename(dialog: Any) -> None:
        dialog.ui.groupEdit.clear()
        qtbot.keyClicks(dialog.ui.groupEdit, "intern begeleider")
        click(qtbot, save_button(dialog))

    dialogs.handlers.append(rename)
    click_row(qtbot, view.table, 0)
    click(qtbot, view.edit_button)
    assert view.model.rows()[0].detail == "intern begeleider"


def _csv(path: Path, rows: list[str]) -> Path:
    header = "rol;voornaam;achternaam;groep_of_functie;school;ouder_voorletters;ouder_achternaam"
    path.write_bytes(("\r\n".join([header, *rows]) + "\r\n").encode("utf-8-sig"))
    return path


def test_import_runs_in_the_background_and_reports(
    qtbot: Any, app: Any, school_db: Any, messages: Any, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    view = persons_view.PersonsView(school_db)
    qtbot.addWidget(view)
    good = _csv(tmp_path / "goed.csv", ["leerling;Daan;Berg;groep 7;04XY;S.;Berg",
                                        "medewerker;Jan;Jansen;leerkracht;04XY;;"])
    monkeypatch.setattr(persons_view, "choose_import_file", lambda parent: good)
    click(qtbot, view.import_button)
    qtbot.waitUntil(lambda: view.import_job is not None and view.import_job.done, timeout=10000)
    assert messages.texts()[-1] == ("2 rijen gelezen: 2 nieuwe personen toegevoegd, "
                                    "1 ouder/verzorger toegevoegd, 1 koppeling leerling–ouder "
                                    "gemaakt.")
    assert view.model.rowCount() == 4  # Elif, and Daan, his mother S. Berg and Jan

    bad = _csv(tmp_path / "fout.csv", ["leerling;Emma;Berg;groep 4;04XY;;",
                                       "juf;Els;Smit;groep 2;04XY;;"])
    monkeypatch.setattr(persons_view, "choose_import_file", lambda parent: bad)
    click(qtbot, view.import_button)
    qtbot.waitUntil(lambda: view.import_job is not None and view.import_job.done,
                    timeout=10000)
    assert "Rij 3, kolom 'rol': 'juf' is geen rol" in messages.texts()[-1]
    with school_db.transaction() as s:
        assert s.scalars(select(Person).where(Person.first_name == "Emma")).first() is None


def test_example_file_is_saved(
    qtbot: Any, app: Any, school_db: Any, messages: Any, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path
) -> None:
    target = tmp_path / "personen.csv"
    monkeypatch.setattr(persons_view, "choose_template_target", lambda parent: target)
    view = persons_view.PersonsView(school_db)
    qtbot.addWidget(view)
    click(qtbot, view.template_button)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfrol;aanhef;voornaam")
    assert "personen.csv" in messages.texts()[-1]


def test_cancelled_import_stores_nothing(
    qtbot: Any, app: Any, school_db: Any, messages: Any, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    real = worker.run_in_background

    def cancel_at_once(parent: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
        def cancelled_first(progress: Any) -> Any:
            progress.cancel()  # as if Annuleren was pressed before the first row
            return fn(progress)
        return real(parent, cancelled_first, *args, **kwargs)

    monkeypatch.setattr(persons_view, "run_in_background", cancel_at_once)
    path = _csv(tmp_path / "goed.csv", ["leerling;Daan;Berg;groep 7;04XY;S.;Berg"])
    monkeypatch.setattr(persons_view, "choose_import_file", lambda parent: path)
    view = persons_view.PersonsView(school_db)
    qtbot.addWidget(view)
    click(qtbot, view.import_button)
    qtbot.waitUntil(lambda: view.import_job is not None and view.import_job.done, timeout=10000)
    assert messages.texts()[-1] == "Het importeren is afgebroken; er is niets opgeslagen."
    assert view.model.rowCount() == 1
