"""Choose a person by typing part of the name; add a new one on the spot.

With an ``incident_id`` the picker records the chosen person's part in that case (one
transaction); without, it only chooses (``person_id`` after accept()), e.g. to link a parent.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Part, Role
from skow_desk.domain.names import split_typed_name
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dialog_base import (
    FormDialog,
    dutch_buttons,
    on_return,
    run_dialog,
    setup_ui,
)
from skow_desk.gui.common.row_models import PersonsModel
from skow_desk.gui.forms.ui_person_picker import Ui_PersonPicker
from skow_desk.services.case_queries import PersonRow, person_rows, read_only
from skow_desk.services.incidents import involve_person
from skow_desk.services.persons import PersonInput
from skow_desk.store.db import Database

SEARCH_LIMIT = 200


class PersonPicker(FormDialog):
    """Search-as-you-type list of persons, with a role filter and "Nieuwe persoon…"."""

    def __init__(
        self,
        db: Database,
        incident_id: int | None = None,
        parent: QWidget | None = None,
        *,
        role: Role | None = None,
        search: str = "",
        school_id: int | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.incident_id = incident_id
        self.person_id: int | None = None
        self._school_id = school_id
        self.ui = Ui_PersonPicker()
        setup_ui(self.ui, self)
        ui = self.ui
        self.model = PersonsModel(self)
        ui.resultsView.setModel(self.model)
        ui.resultsView.verticalHeader().hide()
        header = ui.resultsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for column in (PersonsModel.COL_CITY, PersonsModel.COL_EMAIL):
            ui.resultsView.hideColumn(column)
        ui.roleFilterCombo.addItem(self.tr("Alle rollen"), None)
        for each in Role:
            ui.roleFilterCombo.addItem(each.label, each.value)
        if role is not None:
            ui.roleFilterCombo.setCurrentIndex(ui.roleFilterCombo.findData(role.value))
        for part in Part:
            ui.partCombo.addItem(part.label, part.value)
        involving = incident_id is not None
        ui.partLabel.setVisible(involving)
        ui.partCombo.setVisible(involving)
        dutch_buttons(ui.buttonBox, ok=self.tr("Toevoegen") if involving else self.tr("Kiezen"))
        self.setWindowTitle(self.tr("Betrokkene toevoegen") if involving
                            else self.tr("Persoon kiezen"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.searchEdit.setText(search)
        ui.searchEdit.textChanged.connect(self.refresh)
        ui.roleFilterCombo.currentIndexChanged.connect(self.refresh)
        ui.resultsView.doubleClicked.connect(lambda _index: self.accept())
        ui.newPersonButton.clicked.connect(self._new_person)
        on_return(ui.searchEdit, self._search_return)
        self.refresh()
        ui.searchEdit.setFocus()
        self.ask_text = self.tr("U hebt een persoon gekozen maar nog niet toegevoegd aan de zaak. "
                                "Wilt u deze persoon toevoegen?")
        self.mark_clean()

    def selected(self) -> PersonRow | None:
        """The highlighted person."""
        indexes = self.ui.resultsView.selectionModel().selectedRows()
        return self.model.row_at(indexes[0]) if indexes else None

    def part(self) -> Part:
        """The chosen part in the case."""
        return Part(self.ui.partCombo.currentData())

    def has_unsaved_changes(self) -> bool:
        """Only a chosen-but-not-added person counts as unsaved (the search text does not)."""
        return self.incident_id is not None and self.selected() is not None

    def refresh(self) -> None:
        """Search again with the typed text and the role filter."""
        keep = self.selected()
        role_value = self.ui.roleFilterCombo.currentData()
        with read_only(self.db) as session:
            rows = person_rows(session, self.ui.searchEdit.text(),
                               Role(role_value) if role_value else None, None, SEARCH_LIMIT)
        self.model.set_rows(rows)
        if keep is not None:
            self.select_person(keep.id)
        count = len(rows)
        if count == 0:
            text = self.tr("Niemand gevonden. Kies ‘Nieuwe persoon…’ om iemand toe te voegen.")
        elif count >= SEARCH_LIMIT:
            text = self.tr("Meer dan {0} personen; typ verder om te zoeken.").format(SEARCH_LIMIT)
        else:
            text = self.tr("{0} personen gevonden.").format(count) if count > 1 else self.tr(
                "1 persoon gevonden.")
        self.ui.countLabel.setText(text)

    def select_person(self, person_id: int) -> bool:
        """Highlight the row of ``person_id``; False when it is not in the list."""
        for row, person in enumerate(self.model.rows()):
            if person.id == person_id:
                index = self.model.index(row, 0)
                self.ui.resultsView.selectionModel().select(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.ui.resultsView.setCurrentIndex(index)
                self.ui.resultsView.scrollTo(index)
                return True
        return False

    def _search_return(self) -> None:
        if self.selected() is None and self.model.rowCount() == 1:
            self.select_person(self.model.rows()[0].id)
        if self.selected() is not None:
            self.accept()
        elif self.model.rowCount() > 0:
            self.ui.resultsView.setFocus()
            self.ui.resultsView.setCurrentIndex(self.model.index(0, 0, QModelIndex()))

    def _case_school(self) -> int | None:
        """The school of the case the person is added to (a new person belongs there)."""
        if self.incident_id is None:
            return None
        from skow_desk.store.models import Incident

        with read_only(self.db) as session:
            incident = session.get(Incident, self.incident_id)
            return incident.school_id if incident is not None else None

    def _new_person(self) -> None:
        """Add a new person (the typed text as last name) and choose them."""
        from skow_desk.gui.common.person_dialog import PersonDialog

        role_value = self.ui.roleFilterCombo.currentData()
        first, infix, last = split_typed_name(self.ui.searchEdit.text())
        prefill = PersonInput(role=Role(role_value) if role_value else Role.PUPIL,
                              last_name=last, first_name=first, infix=infix,
                              school_id=self._school_id or self._case_school())
        dialog = PersonDialog(self.db, None, self, prefill=prefill)
        if first and not last:
            dialog.ui.lastNameEdit.setFocus()  # the one word went in as first name
        if not run_dialog(dialog) or dialog.person_id is None:
            return
        self.ui.roleFilterCombo.setCurrentIndex(0)
        self.ui.searchEdit.setText(dialog.read().last_name)
        self.select_person(dialog.person_id)

    def save_to(self, session: Session) -> None:
        """Record the chosen person's part in the case."""
        if self.incident_id is not None and self.person_id is not None:
            involve_person(session, self.incident_id, self.person_id, self.part())

    def accept(self) -> None:
        """Choose (and, in a case, add) the highlighted person."""
        chosen = self.selected()
        if chosen is None:
            msgbox.error(self, self.tr("Kies eerst een persoon in de lijst."))
            return
        self.person_id = chosen.id
        if self.incident_id is None:
            QDialog.accept(self)
            return
        super().accept()

