"""The person dialog: a staff member, pupil (with parents/guardians), parent or other person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Role, Salutation
from skow_desk.gui.common.dates import optional_value, set_optional_value, setup_date
from skow_desk.gui.common.dialog_base import FormDialog, dutch_buttons, run_dialog, setup_ui
from skow_desk.gui.forms.ui_person_dialog import Ui_PersonDialog
from skow_desk.services.case_queries import (
    PersonChoice,
    guardian_authority,
    guardians,
    person_choice,
    person_input,
    read_only,
    school_choices,
)
from skow_desk.services.persons import (
    PersonInput,
    add_person,
    link_guardian,
    set_guardian_authority,
    update_person,
)
from skow_desk.store.db import Database

PENDING_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class PersonDialog(FormDialog):
    """Add or correct a person; after accept() ``person_id`` holds the saved person's id."""

    def __init__(
        self,
        db: Database,
        person_id: int | None = None,
        parent: QWidget | None = None,
        *,
        prefill: PersonInput | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.person_id = person_id
        self._pending_id: int | None = None
        self.ui = Ui_PersonDialog()
        setup_ui(self.ui, self)
        ui = self.ui
        dutch_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for role in Role:
            ui.roleCombo.addItem(role.label, role.value)
        ui.salutationCombo.addItem(self.tr("(onbekend)"), None)
        ui.salutationCombo.addItem(self.tr("de heer"), Salutation.MR.value)
        ui.salutationCombo.addItem(self.tr("mevrouw"), Salutation.MRS.value)
        self._add_birth_date_row()
        ui.guardiansGroup.setTitle(self.tr("Ouders/verzorgers (vinkje: heeft ouderlijk gezag)"))
        ui.guardiansNote.setText(self.tr(
            "Brieven over een leerling gaan naar de ouders met gezag, één per adres. Een "
            "leerling in het VO of van 18 jaar of ouder krijgt de brief ook zelf."))
        ui.guardiansList.setToolTip(self.tr(
            "Vink aan wie het ouderlijk gezag heeft: alleen zij krijgen brieven over een "
            "maatregel. Een ouder zonder gezag krijgt geen brief."))
        ui.roleCombo.currentIndexChanged.connect(self._role_changed)
        ui.newGuardianButton.clicked.connect(self._new_guardian)
        ui.linkGuardianButton.clicked.connect(self._link_guardian)
        with read_only(db) as session:
            ui.schoolCombo.addItem(self.tr("(geen school)"), None)
            for school in school_choices(session):
                ui.schoolCombo.addItem(school.name, school.id)
            if person_id is not None:
                self.setWindowTitle(self.tr("Persoon wijzigen"))
                self._load(person_input(session, person_id))
                authority = guardian_authority(session, person_id)
                for guardian in guardians(session, person_id):
                    self._add_guardian_item(guardian, pending=False,
                                            authority=authority.get(guardian.id, True))
            else:
                self.setWindowTitle(self.tr("Nieuwe persoon"))
                if ui.schoolCombo.count() == 2:
                    ui.schoolCombo.setCurrentIndex(1)
                if prefill is not None:
                    self._load(prefill)
        self._role_changed()
        ui.roleCombo.setFocus()
        self.mark_clean()

    def _add_birth_date_row(self) -> None:
        """Geboortedatum (optional): a pupil of 18 or older gets their own letters."""
        row = QHBoxLayout()
        self.birthDateCheck = QCheckBox(self.tr("bekend"), self)
        self.birthDateCheck.setObjectName("birthDateCheck")
        self.birthDateEdit = QDateEdit(self)
        self.birthDateEdit.setObjectName("birthDateEdit")
        setup_date(self.birthDateEdit)
        self.birthDateEdit.setEnabled(False)
        self.birthDateCheck.setAccessibleName(self.tr("Geboortedatum bekend"))
        self.birthDateEdit.setAccessibleName(self.tr("Geboortedatum"))
        self.birthDateCheck.toggled.connect(self.birthDateEdit.setEnabled)
        self.birthDateEdit.setToolTip(self.tr(
            "Een leerling van 18 jaar of ouder krijgt brieven zelf, niet de ouders."))
        row.addWidget(self.birthDateCheck)
        row.addWidget(self.birthDateEdit, 1)
        self.ui.personForm.addRow(self.tr("Geboortedatum:"), row)
        self.parentsInformedCheck = QCheckBox(self.tr(
            "Meerderjarige leerling stemt ermee in dat de ouders de brieven ook krijgen"), self)
        self.parentsInformedCheck.setObjectName("parentsInformedCheck")
        self.parentsInformedCheck.setAccessibleName(self.tr("Ouders krijgen brieven ook"))
        self.ui.guardiansLayout.insertWidget(1, self.parentsInformedCheck)

    def role(self) -> Role:
        """The chosen role."""
        return Role(self.ui.roleCombo.currentData())

    def _load(self, data: PersonInput) -> None:
        ui = self.ui
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(data.role.value))
        ui.schoolCombo.setCurrentIndex(max(0, ui.schoolCombo.findData(data.school_id)))
        salutation = data.salutation.value if data.salutation else None
        ui.salutationCombo.setCurrentIndex(max(0, ui.salutationCombo.findData(salutation)))
        ui.firstNameEdit.setText(data.first_name)
        ui.initialsEdit.setText(data.initials)
        ui.infixEdit.setText(data.infix)
        ui.lastNameEdit.setText(data.last_name)
        ui.groupEdit.setText(data.group_or_function)
        ui.addressEdit.setText(data.address)
        ui.postcodeEdit.setText(data.postcode)
        ui.cityEdit.setText(data.city)
        ui.emailEdit.setText(data.email)
        set_optional_value(self.birthDateCheck, self.birthDateEdit, data.birth_date)
        self.parentsInformedCheck.setChecked(data.parents_informed)

    def read(self) -> PersonInput:
        """The person as typed."""
        ui = self.ui
        salutation = ui.salutationCombo.currentData()
        school = ui.schoolCombo.currentData()
        return PersonInput(
            role=self.role(),
            last_name=ui.lastNameEdit.text(),
            first_name=ui.firstNameEdit.text(),
            initials=ui.initialsEdit.text(),
            infix=ui.infixEdit.text(),
            salutation=Salutation(salutation) if salutation else None,
            group_or_function=ui.groupEdit.text(),
            address=ui.addressEdit.text(),
            postcode=ui.postcodeEdit.text(),
            city=ui.cityEdit.text(),
            email=ui.emailEdit.text(),
            school_id=int(school) if school is not None else None,
            birth_date=optional_value(self.birthDateCheck, self.birthDateEdit),
            parents_informed=self.parentsInformedCheck.isChecked(),
        )

    def _role_changed(self) -> None:
        role = self.role()
        labels = {
            Role.PUPIL: self.tr("&Groep of klas:"),
            Role.STAFF: self.tr("&Functie:"),
        }
        self.ui.groupLabel.setText(labels.get(role, self.tr("&Groep of functie:")))
        self.ui.groupEdit.setAccessibleName(labels.get(role, "Groep of functie").strip("&:"))
        self.ui.guardiansGroup.setVisible(role is Role.PUPIL)

    def _add_guardian_item(self, guardian: PersonChoice, pending: bool,
                           authority: bool = True) -> None:
        text = guardian.label
        if pending:
            text = self.tr("{0} — wordt gekoppeld bij opslaan").format(guardian.label)
        item = QListWidgetItem(text, self.ui.guardiansList)
        # ticked: holds parental authority (gezag) and receives letters about measures
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if authority else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, guardian.id)
        item.setData(PENDING_ROLE, pending)
        item.setData(NAME_ROLE, guardian.label)

    def _guardian_ids(self, pending_only: bool) -> list[int]:
        items = [self.ui.guardiansList.item(i) for i in range(self.ui.guardiansList.count())]
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items
                if i.data(PENDING_ROLE) or not pending_only]

    def _adopt_guardian(self, guardian_id: int) -> None:
        if guardian_id in self._guardian_ids(pending_only=False):
            return
        with read_only(self.db) as session:
            self._add_guardian_item(person_choice(session, guardian_id), pending=True)

    def _new_guardian(self) -> None:
        """Add a new parent/guardian; they live at the pupil's address unless changed."""
        pupil = self.read()
        prefill = PersonInput(role=Role.PARENT, last_name=pupil.last_name, infix=pupil.infix,
                              address=pupil.address, postcode=pupil.postcode, city=pupil.city,
                              school_id=pupil.school_id)
        dialog = PersonDialog(self.db, None, self, prefill=prefill)
        if run_dialog(dialog) and dialog.person_id is not None:
            self._adopt_guardian(dialog.person_id)

    def _link_guardian(self) -> None:
        """Link a parent who is already in the persons list."""
        from skow_desk.gui.common.person_picker import PersonPicker

        picker = PersonPicker(self.db, None, self, role=Role.PARENT,
                              search=self.ui.lastNameEdit.text())
        if run_dialog(picker) and picker.person_id is not None:
            self._adopt_guardian(picker.person_id)

    def save_to(self, session: Session) -> None:
        """Store the person and link the guardians added in this dialog."""
        data = self.read()
        if self.person_id is None:
            person_id = add_person(session, data).id
        else:
            person_id = update_person(session, self.person_id, data).id
        pending = set(self._guardian_ids(pending_only=True))
        for guardian_id, authority in self.guardian_authority().items():
            if guardian_id in pending:
                link_guardian(session, person_id, guardian_id, has_authority=authority)
            else:
                set_guardian_authority(session, person_id, guardian_id, authority)
        self._pending_id = person_id

    def guardian_authority(self) -> dict[int, bool]:
        """Per guardian in the list: whether the "gezag" box is ticked."""
        items = [self.ui.guardiansList.item(i) for i in range(self.ui.guardiansList.count())]
        return {int(i.data(Qt.ItemDataRole.UserRole)):
                i.checkState() is Qt.CheckState.Checked for i in items}

    def after_save(self) -> None:
        """The links are stored now: show them as ordinary guardians."""
        self.person_id = self._pending_id
        for i in range(self.ui.guardiansList.count()):
            item = self.ui.guardiansList.item(i)
            if item.data(PENDING_ROLE):
                item.setData(PENDING_ROLE, False)
                item.setText(str(item.data(NAME_ROLE)))
