"""The foundation and school forms, shared by the first-run wizard and the settings dialog.

Their layout lives in ``ui/foundation_form.ui`` and ``ui/school_form.ui``; this module only
moves values between the fields and the services' input dataclasses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from skow_desk.domain.dates import parse_date, short_date
from skow_desk.domain.enums import Denomination, Sector
from skow_desk.domain.errors import DomainError
from skow_desk.domain.mandate import all_mandate_keys
from skow_desk.domain.school_calendar import FreeDay, Region
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dates import optional_value, set_optional_value, setup_date
from skow_desk.gui.forms.ui_foundation_form import Ui_FoundationForm
from skow_desk.gui.forms.ui_school_form import Ui_SchoolForm
from skow_desk.services.foundation import (
    Confirmation,
    FoundationInput,
    SchoolInput,
    confirmations_of,
    mandate_of,
)
from skow_desk.store.models import Foundation, School

MAX_LOGO_BYTES = 2 * 1024 * 1024

SECTOR_LABELS = {
    Sector.PO: "PO – primair onderwijs",
    Sector.VO: "VO – voortgezet onderwijs",
    Sector.SO: "SO – speciaal onderwijs",
}
DENOMINATION_LABELS = {Denomination.PUBLIC: "openbaar", Denomination.PRIVATE: "bijzonder"}


def choose_logo_file(parent: QWidget | None) -> Path | None:
    """Ask for a logo image (tests replace this function)."""
    return msgbox.as_path(msgbox.open_file(parent, "Logo kiezen", "",
                                           "Afbeeldingen (*.png *.jpg *.jpeg)"))


class FoundationForm(QWidget):
    """Naam, afkorting, adres, postcode, plaats, directeur-bestuurder."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FoundationForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self._confirmations: tuple[Confirmation, ...] = ()
        self._add_authority_fields()
        for edit in self._edits():
            edit.textChanged.connect(lambda _t: self.changed.emit())

    def _add_authority_fields(self) -> None:
        """Bestuurder's function, the director's mandate and the staff appeal route (the
        foundation TOML's [mandaat] and [beroep_personeel]), under the .ui form's fields."""
        layout = self.ui.formLayout
        self.boardFunctionEdit = QLineEdit("bestuurder", self)
        self.boardFunctionEdit.setObjectName("boardFunctionEdit")
        layout.addRow(self.tr("Functie bestuurder:"), self.boardFunctionEdit)
        box = QGroupBox(self.tr("Mandaat van de directeur (namens het bevoegd gezag)"), self)
        form = QFormLayout(box)
        self.mandateList = QListWidget(box)
        self.mandateList.setObjectName("mandateList")
        self.mandateList.setToolTip(self.tr(
            "Aangevinkte maatregelen beslist de directeur namens het bevoegd gezag; de brief "
            "vermeldt dat. Andere maatregelen ondertekent de bestuurder."))
        for key, label in all_mandate_keys():
            item = QListWidgetItem(label, self.mandateList)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.mandateList.setMaximumHeight(110)
        form.addRow(self.tr("Maatregelen:"), self.mandateList)
        row = QHBoxLayout()
        self.mandateDateCheck = QCheckBox(self.tr("Datum mandaatbesluit"), box)
        self.mandateDateEdit = QDateEdit(box)
        setup_date(self.mandateDateEdit)
        self.mandateDateCheck.toggled.connect(self.mandateDateEdit.setEnabled)
        self.mandateReferenceEdit = QLineEdit(box)
        self.mandateReferenceEdit.setPlaceholderText(self.tr("kenmerk, bijv. CvB-2025-014"))
        row.addWidget(self.mandateDateCheck)
        row.addWidget(self.mandateDateEdit)
        row.addWidget(self.mandateReferenceEdit, 1)
        form.addRow(self.tr("Besluit:"), row)
        layout.addRow(box)
        appeal = QGroupBox(self.tr("Beroep voor personeel (Commissie van Beroep)"), self)
        appeal_form = QFormLayout(appeal)
        self.appealBodyEdit = QLineEdit(appeal)
        self.appealBodyEdit.setPlaceholderText(self.tr("leeg: alleen de kantonrechter"))
        self.appealAddressEdit = QLineEdit(appeal)
        self.appealWeeksSpin = QSpinBox(appeal)
        self.appealWeeksSpin.setRange(0, 52)
        self.appealWeeksSpin.setSuffix(self.tr(" weken"))
        appeal_form.addRow(self.tr("Instantie:"), self.appealBodyEdit)
        appeal_form.addRow(self.tr("Adres:"), self.appealAddressEdit)
        appeal_form.addRow(self.tr("Termijn:"), self.appealWeeksSpin)
        layout.addRow(appeal)
        self.mandateList.itemChanged.connect(lambda _i: self.changed.emit())
        for widget, name in ((self.boardFunctionEdit, "Functie bestuurder"),
                             (self.mandateList, "Maatregelen binnen het mandaat"),
                             (self.mandateDateCheck, "Datum mandaatbesluit bekend"),
                             (self.mandateDateEdit, "Datum mandaatbesluit"),
                             (self.mandateReferenceEdit, "Kenmerk mandaatbesluit"),
                             (self.appealBodyEdit, "Beroepsinstantie personeel"),
                             (self.appealAddressEdit, "Adres beroepsinstantie"),
                             (self.appealWeeksSpin, "Beroepstermijn in weken")):
            widget.setAccessibleName(self.tr(name))

    def _edits(self) -> tuple:  # type: ignore[type-arg]
        ui = self.ui
        return (ui.nameEdit, ui.shortNameEdit, ui.addressEdit, ui.postcodeEdit, ui.cityEdit,
                ui.boardMemberEdit, self.boardFunctionEdit, self.mandateReferenceEdit,
                self.appealBodyEdit, self.appealAddressEdit)

    def mandate_keys(self) -> tuple[str, ...]:
        """The measures ticked in the mandate list."""
        return tuple(
            str(self.mandateList.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.mandateList.count())
            if self.mandateList.item(i).checkState() is Qt.CheckState.Checked)

    def value(self) -> FoundationInput:
        """The entered foundation (without schools)."""
        ui = self.ui
        return FoundationInput(
            name=ui.nameEdit.text().strip(), short_name=ui.shortNameEdit.text().strip(),
            address=ui.addressEdit.text().strip(), postcode=ui.postcodeEdit.text().strip(),
            city=ui.cityEdit.text().strip(), board_member=ui.boardMemberEdit.text().strip(),
            board_member_function=self.boardFunctionEdit.text().strip() or "bestuurder",
            mandate_measures=self.mandate_keys(),
            mandate_decided_on=optional_value(self.mandateDateCheck, self.mandateDateEdit),
            mandate_reference=self.mandateReferenceEdit.text().strip(),
            appeal_body=self.appealBodyEdit.text().strip(),
            appeal_address=self.appealAddressEdit.text().strip(),
            appeal_weeks=self.appealWeeksSpin.value(),
            confirmations=self._confirmations)

    def set_value(self, found: Foundation | FoundationInput | None) -> None:
        """Show a stored or entered foundation; ``None`` empties the form."""
        ui = self.ui
        ui.nameEdit.setText(found.name if found else "")
        ui.shortNameEdit.setText(found.short_name if found else "")
        ui.addressEdit.setText(found.address if found else "")
        ui.postcodeEdit.setText(found.postcode if found else "")
        ui.cityEdit.setText(found.city if found else "")
        ui.boardMemberEdit.setText(found.board_member if found else "")
        self.boardFunctionEdit.setText(found.board_member_function if found else "bestuurder")
        if isinstance(found, Foundation):
            mandate, confirmed = mandate_of(found), confirmations_of(found)
            keys, decided, reference = mandate.measures, mandate.decided_on, mandate.reference
        elif found is not None:
            keys, confirmed = frozenset(found.mandate_measures), found.confirmations
            decided, reference = found.mandate_decided_on, found.mandate_reference
        else:
            keys, confirmed, decided, reference = frozenset(), (), None, ""
        for i in range(self.mandateList.count()):
            item = self.mandateList.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in keys
                               else Qt.CheckState.Unchecked)
        set_optional_value(self.mandateDateCheck, self.mandateDateEdit, decided)
        self.mandateReferenceEdit.setText(reference)
        self.appealBodyEdit.setText(found.appeal_body if found else "")
        self.appealAddressEdit.setText(found.appeal_address if found else "")
        self.appealWeeksSpin.setValue(found.appeal_weeks if found else 0)
        self._confirmations = confirmed

    def is_filled(self) -> bool:
        """Whether at least the name is there."""
        return bool(self.ui.nameEdit.text().strip())


class SchoolForm(QWidget):
    """Every field of a school, with its logo and signatory."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SchoolForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        for sector in Sector:
            self.ui.sectorCombo.addItem(SECTOR_LABELS[sector], sector.value)
        for denomination in Denomination:
            self.ui.denominationCombo.addItem(DENOMINATION_LABELS[denomination],
                                              denomination.value)
        self._logo: bytes | None = None
        self._logo_name = ""
        self.ui.logoButton.clicked.connect(self.choose_logo)
        for edit in self._edits():
            edit.textChanged.connect(lambda _t: self.changed.emit())
        self.ui.sectorCombo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.ui.denominationCombo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._add_calendar_fields()
        self.clear()

    def _add_calendar_fields(self) -> None:
        """The holiday region and the school's own free days (studiedagen), after the
        signatory's function: every count of school days skips them."""
        form = self.ui.formLayout
        row = form.getWidgetPosition(self.ui.functionEdit)[0] + 1  # type: ignore[index]
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("regionCombo")
        self.region_combo.addItem("— nog niet gekozen —", "")
        for region in Region:
            self.region_combo.addItem(region.value.capitalize(), region.value)
        self.region_combo.setAccessibleName("Vakantieregio")
        self.region_combo.setToolTip(
            "De regio van de schoolvakanties (Rijksoverheid: noord, midden of zuid). Zonder regio "
            "telt SKOW Desk schooldagen zonder schoolvakanties, en zegt dat.")
        region_label = QLabel("&Vakantieregio:", self)
        region_label.setBuddy(self.region_combo)
        form.insertRow(row, region_label, self.region_combo)
        self.free_days_edit = QPlainTextEdit(self)
        self.free_days_edit.setObjectName("freeDaysEdit")
        self.free_days_edit.setTabChangesFocus(True)
        self.free_days_edit.setFixedHeight(64)
        self.free_days_edit.setAccessibleName("Vrije dagen van de school")
        self.free_days_edit.setPlaceholderText(
            "Eén dag per regel: dd-mm-jjjj en eventueel een omschrijving, bijvoorbeeld\n"
            "04-03-2026 studiedag")
        free_label = QLabel("Vrije &dagen:", self)
        free_label.setBuddy(self.free_days_edit)
        form.insertRow(row + 1, free_label, self.free_days_edit)
        self.region_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.free_days_edit.textChanged.connect(self.changed.emit)

    def _edits(self) -> tuple:  # type: ignore[type-arg]
        ui = self.ui
        return (ui.brinEdit, ui.nameEdit, ui.addressEdit, ui.postcodeEdit, ui.cityEdit,
                ui.phoneEdit, ui.emailEdit, ui.signatoryEdit, ui.functionEdit)

    def clear(self) -> None:
        """An empty form for a new school."""
        for edit in self._edits():
            edit.clear()
        self.ui.functionEdit.setText("directeur")
        self.ui.sectorCombo.setCurrentIndex(0)
        self.ui.denominationCombo.setCurrentIndex(0)
        self.ui.brinEdit.setReadOnly(False)
        self.region_combo.setCurrentIndex(0)
        self.free_days_edit.clear()
        self._set_logo(None, "")

    def value(self) -> SchoolInput:
        """The entered school."""
        ui = self.ui
        return SchoolInput(
            brin=ui.brinEdit.text().strip().upper(), name=ui.nameEdit.text().strip(),
            sector=Sector(ui.sectorCombo.currentData()),
            denomination=Denomination(ui.denominationCombo.currentData()),
            address=ui.addressEdit.text().strip(), postcode=ui.postcodeEdit.text().strip(),
            city=ui.cityEdit.text().strip(), phone=ui.phoneEdit.text().strip(),
            email=ui.emailEdit.text().strip(), signatory=ui.signatoryEdit.text().strip(),
            signatory_function=ui.functionEdit.text().strip() or "directeur",
            logo=self._logo, logo_name=self._logo_name,
            region=str(self.region_combo.currentData() or ""),
            free_days=self._free_days())

    def _free_days(self) -> list[FreeDay] | None:
        """The typed free days; None (keep the stored ones) while a line is wrong."""
        try:
            return parse_free_days(self.free_days_edit.toPlainText())
        except DomainError:
            return None

    def free_days_problem(self) -> str:
        """What is wrong with the typed free days, or ""."""
        try:
            parse_free_days(self.free_days_edit.toPlainText())
        except DomainError as error:
            return error.message
        return ""

    def set_value(self, school: School | SchoolInput) -> None:
        """Show a stored school; its BRIN is the key and cannot be changed here."""
        ui = self.ui
        ui.brinEdit.setText(school.brin)
        ui.brinEdit.setReadOnly(isinstance(school, School))
        ui.nameEdit.setText(school.name)
        ui.sectorCombo.setCurrentIndex(max(0, ui.sectorCombo.findData(school.sector.value)))
        ui.denominationCombo.setCurrentIndex(
            max(0, ui.denominationCombo.findData(school.denomination.value)))
        ui.addressEdit.setText(school.address)
        ui.postcodeEdit.setText(school.postcode)
        ui.cityEdit.setText(school.city)
        ui.phoneEdit.setText(school.phone)
        ui.emailEdit.setText(school.email)
        ui.signatoryEdit.setText(school.signatory)
        ui.functionEdit.setText(school.signatory_function)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(school.region or "")))
        days = ([FreeDay(f.day, f.description) for f in school.free_days]
                if isinstance(school, School) else school.free_days or [])
        self.free_days_edit.setPlainText(free_days_text(days))
        self._set_logo(school.logo, school.logo_name)

    def is_filled(self) -> bool:
        """Whether BRIN and name are there (the rest may follow later)."""
        return bool(self.ui.brinEdit.text().strip() and self.ui.nameEdit.text().strip())

    def is_blank(self) -> bool:
        """Whether nothing was typed yet."""
        return not (self.ui.brinEdit.text().strip() or self.ui.nameEdit.text().strip())

    def choose_logo(self) -> None:
        """Let the director pick the school's logo (PNG or JPEG)."""
        path = choose_logo_file(self)
        if path is None:
            return
        try:
            content = path.read_bytes()
        except OSError as error:
            msgbox.error(self, f"Het logo kan niet worden gelezen: {error.strerror}.")
            return
        if len(content) > MAX_LOGO_BYTES:
            msgbox.error(self, "Het logo is groter dan 2 MB; kies een kleinere afbeelding.")
            return
        if QPixmap().loadFromData(QByteArray(content)) is False:
            msgbox.error(self, "Dit bestand is geen afbeelding die SKOW Desk kan lezen.")
            return
        self._set_logo(content, path.name)
        self.changed.emit()

    def _set_logo(self, content: bytes | None, name: str) -> None:
        self._logo, self._logo_name = content, name
        preview = self.ui.logoPreview
        pixmap = QPixmap()
        if content and pixmap.loadFromData(QByteArray(content)):
            preview.setPixmap(pixmap.scaled(preview.minimumSize(),
                                            Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
            preview.setToolTip(name)
        else:
            preview.setText("geen logo")
            preview.setToolTip("")


def free_days_text(days: list[FreeDay]) -> str:
    """One line per free day: ``04-03-2026 studiedag``."""
    return "\n".join(f"{short_date(d.day)} {d.description}".strip()
                     for d in sorted(days, key=lambda d: d.day))


def parse_free_days(text: str) -> list[FreeDay]:
    """The free days typed one per line (date first); a wrong line is refused in Dutch."""
    days: list[FreeDay] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        first, _, rest = line.strip().partition(" ")
        try:
            day = parse_date(first)
        except DomainError:
            raise DomainError(f"Vrije dagen, regel {number}: '{line.strip()}' begint niet met "
                              "een datum (dd-mm-jjjj).") from None
        days.append(FreeDay(day, rest.strip()))
    return days
