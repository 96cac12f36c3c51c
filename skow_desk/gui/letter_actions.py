"""What Bestand → Briefsjablonen… and Beeld → Dossier van persoon… do (the entries themselves
are listed in ``window_menus``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from skow_desk.gui.common import msgbox
from skow_desk.store.db import Database


def open_templates(db: Database, parent: QWidget) -> None:
    """Edit the letter templates."""
    from skow_desk.gui.common.dialog_base import run_dialog
    from skow_desk.gui.letters.template_editor import TemplateEditor

    run_dialog(TemplateEditor(db, parent))


def open_selected_dossier(window: Any) -> None:
    """The dossier of the person chosen under Personen; otherwise say how to choose one."""
    from skow_desk.gui.common.dialog_base import run_dialog
    from skow_desk.gui.main_window import TAB_PERSONS
    from skow_desk.gui.persons.dossier_view import DossierView

    persons = window.tab_screen(TAB_PERSONS)
    selected = getattr(persons, "selected", None)
    chosen = selected() if callable(selected) else None
    if chosen is None:
        window.ui.tabs.setCurrentIndex(TAB_PERSONS)
        msgbox.information(window, window.tr(
            "Kies onder ‘Personen’ de persoon van wie u het dossier wilt zien, en klik op "
            "‘Dossier openen’."))
        return
    run_dialog(DossierView(window.db, chosen.id, window))
