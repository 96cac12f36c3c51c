"""Register import and the inzage export, driven from the window as a director would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from skow_desk.store.models import Incident, Person, Task
from tests.conftest import TODAY


def _wait_for(qtbot, condition) -> None:
    qtbot.waitUntil(condition, timeout=20_000)


def test_import_register_from_the_menu(app, qtbot, demo_db, demo_folder, tmp_path, messages):
    from skow_desk.gui.main_window import MainWindow
    from skow_desk.gui.register import import_actions
    from skow_desk.importing.template import write_import_template

    template = tmp_path / "leeg.csv"
    import_actions.CHOOSE_TEMPLATE_TARGET = lambda: str(template)
    import_actions.CHOOSE_REGISTER = lambda: str(template)
    try:
        window = MainWindow(demo_db, demo_folder, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        with demo_db.transaction() as s:
            before = s.scalar(select(func.count()).select_from(Incident))
        window.findChild(type(window.ui.actionLock), "actionImportTemplate").trigger()
        assert template.exists()
        # The demo already holds the example's kenmerk: give the example row a new one.
        text = template.read_text(encoding="utf-8-sig").replace("04XY-2526-001", "IMPORT-001")
        template.write_text(text, encoding="utf-8-sig")
        window.findChild(type(window.ui.actionLock), "actionImportRegister").trigger()
        _wait_for(qtbot, lambda: any("ingelezen" in t for t in messages.texts()))
        with demo_db.transaction() as s:
            assert s.scalar(select(func.count()).select_from(Incident)) == before + 1
        # A broken file: every problem behind "Details", nothing stored.
        broken = tmp_path / "fout.csv"
        write_import_template(broken)
        text = broken.read_text(encoding="utf-8-sig").replace(";leerling;", ";directeur;")
        broken.write_text(text.replace("04XY-2526-001", "NIEUW-1"), encoding="utf-8-sig")
        import_actions.CHOOSE_REGISTER = lambda: str(broken)
        window.findChild(type(window.ui.actionLock), "actionImportRegister").trigger()
        _wait_for(qtbot, lambda: any("Rij 2, kolom 'rol'" in t for t in messages.texts()))
        with demo_db.transaction() as s:
            assert s.scalar(select(func.count()).select_from(Incident)) == before + 1
    finally:
        import_actions.CHOOSE_REGISTER = None
        import_actions.CHOOSE_TEMPLATE_TARGET = None


def test_inzage_from_the_dossier(app, qtbot, demo_db, tmp_path, messages, grab):
    from skow_desk.gui.common import dialog_base as base
    from skow_desk.gui.persons.dossier_view import DossierView
    from skow_desk.gui.persons.inzage_dialog import InzageDialog

    with demo_db.transaction() as s:
        person = s.scalars(select(Person).where(Person.role == "leerling")).first()
        person_id, last_name = person.id, person.last_name
    opened: list[InzageDialog] = []

    def run(dialog):
        opened.append(dialog)
        return False

    old = base.RUN_HOOK
    base.RUN_HOOK = run
    try:
        view = DossierView(demo_db, person_id)
        qtbot.addWidget(view)
        view.inzage_button.click()
    finally:
        base.RUN_HOOK = old
    dialog = opened[0]
    qtbot.addWidget(dialog)
    dialog.show()
    grab(dialog, "inzage-dialoog")
    dialog.folder_edit.setText(str(tmp_path / "inzage"))
    dialog.export_button.click()
    _wait_for(qtbot, lambda: bool(dialog.written))
    QApplication.processEvents()
    names = [p.name for p in dialog.written]
    assert names[0].startswith("inzage-persoon-") and all(Path(p).exists() for p in dialog.written)
    assert any("Beantwoord het verzoek uiterlijk" in t for t in messages.texts())
    with demo_db.transaction() as s:
        task = s.scalars(select(Task).where(Task.person_id == person_id,
                                            Task.kind == "inzageverzoek")).one()
        assert task.due_on is not None
    assert last_name
