"""The Melding form (ui/incident_dialog.ui): in the new-incident dialog and in the case view."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidgetItem, QWidget

from skow_desk.domain.articles import ARTICLES
from skow_desk.domain.letter_facts import OtherPerson, redact
from skow_desk.gui.dialogs.base import on_return, setup_ui
from skow_desk.gui.dialogs.dates import (
    bind_optional,
    optional_value,
    set_optional_value,
    set_value,
    setup_date,
    today,
    value_of,
)
from skow_desk.gui.forms.ui_incident_dialog import Ui_IncidentDialog
from skow_desk.services.case_queries import SchoolChoice
from skow_desk.services.incidents import DEFAULT_CATEGORIES, PLATFORMS, IncidentInput


class _WrappedHeight(QObject):
    """Keeps a word-wrapped label as high as its lines at its width: in a squeezed form the
    hint under "Aangifte bij de politie" was cut off at its top and bottom."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            needed = watched.heightForWidth(watched.width())
            if needed > 0 and watched.minimumHeight() != needed:
                watched.setMinimumHeight(needed)
        return False


class IncidentForm(QWidget):
    """Every field of a Melding; ``load`` fills it, ``read`` gives what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentDialog()
        setup_ui(self.ui, self)
        ui = self.ui
        for edit in (ui.reportedOnEdit, ui.occurredOnEdit, ui.policeDateEdit):
            setup_date(edit)
        bind_optional(ui.occurredOnCheck, ui.occurredOnEdit)
        ui.policeCheck.toggled.connect(self._police_toggled)
        ui.platformCombo.addItems(list(PLATFORMS))
        ui.platformCombo.setCurrentIndex(-1)
        line = ui.platformCombo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Kies of typ het platform"))
        ui.schoolCombo.setPlaceholderText(self.tr("Kies de school"))
        for article in ARTICLES:
            box = self.article_box(article.code)
            box.setToolTip(f"<p><b>{article.code}</b> — {escape(article.text)}</p>")
            box.setAccessibleDescription(article.text)
        ui.addCategoryButton.clicked.connect(self.add_category)
        on_return(ui.newCategoryEdit, self.add_category)
        ui.descriptionEdit.setMinimumHeight(90)
        ui.letterFactsEdit.setMinimumHeight(60)
        ui.factsNote.setStyleSheet("color: #555;")
        for note in (ui.factsNote, ui.policeNote):  # hints keep room for all their lines
            note.installEventFilter(_WrappedHeight(note))
        # The facts for letters follow the description (names replaced) until they are typed.
        self._others: tuple[OtherPerson, ...] = ()
        self._prefill = ""
        ui.descriptionEdit.textChanged.connect(self._follow_description)
        ui.reportedByEdit.textChanged.connect(self._follow_description)
        self._set_categories([], ())

    def article_box(self, code: str) -> QCheckBox:
        """The check box of one protocol article."""
        box: QCheckBox = getattr(self.ui, f"article{code}")
        return box

    def load_schools(self, schools: list[SchoolChoice]) -> None:
        """Offer these schools; preselect when there is only one."""
        combo = self.ui.schoolCombo
        combo.clear()
        for school in schools:
            combo.addItem(school.name, school.id)
        combo.setCurrentIndex(0 if len(schools) == 1 else -1)

    def load(self, data: IncidentInput | None) -> None:
        """Show ``data``, or the defaults of a new Melding."""
        ui = self.ui
        if data is None:
            set_value(ui.reportedOnEdit, today())
            set_optional_value(ui.occurredOnCheck, ui.occurredOnEdit, today())
            self._set_police(False, None, "")
            self._others, self._prefill = (), ""
            ui.letterFactsEdit.setPlainText("")
            return
        self._others = data.others
        index = ui.schoolCombo.findData(data.school_id)
        ui.schoolCombo.setCurrentIndex(index)
        set_value(ui.reportedOnEdit, data.reported_on)
        set_optional_value(ui.occurredOnCheck, ui.occurredOnEdit, data.occurred_on)
        ui.reportedByEdit.setText(data.reported_by)
        ui.platformCombo.setCurrentIndex(ui.platformCombo.findText(data.platform))
        if ui.platformCombo.currentIndex() < 0:
            ui.platformCombo.setEditText(data.platform)
        ui.descriptionEdit.setPlainText(data.description)
        self._prefill = self.prefilled_facts()
        ui.letterFactsEdit.setPlainText(data.letter_facts or self._prefill)
        for article in ARTICLES:
            self.article_box(article.code).setChecked(article.code in data.articles)
        self._set_categories(data.categories, data.categories)
        self._set_police(data.police_report, data.police_report_on, data.police_report_number)

    def read(self) -> IncidentInput:
        """The Melding as typed (the service checks it)."""
        ui = self.ui
        school = ui.schoolCombo.currentData()
        police = ui.policeCheck.isChecked()
        return IncidentInput(
            school_id=int(school) if school is not None else 0,
            reported_on=value_of(ui.reportedOnEdit),
            occurred_on=optional_value(ui.occurredOnCheck, ui.occurredOnEdit),
            reported_by=ui.reportedByEdit.text(),
            platform=ui.platformCombo.currentText(),
            description=ui.descriptionEdit.toPlainText(),
            articles=[a.code for a in ARTICLES if self.article_box(a.code).isChecked()],
            categories=self.checked_categories(),
            police_report=police,
            police_report_on=value_of(ui.policeDateEdit) if police else None,
            police_report_number=ui.policeNumberEdit.text() if police else "",
            letter_facts=self._typed_facts(),
        )

    def prefilled_facts(self) -> str:
        """The description with the other people's names and the reporter replaced."""
        ui = self.ui
        return redact(ui.descriptionEdit.toPlainText().strip(), self._others,
                      reporter=ui.reportedByEdit.text())

    def _typed_facts(self) -> str:
        text = self.ui.letterFactsEdit.toPlainText().strip()
        # unchanged from the pre-filled text: stored empty, so it keeps following the
        # description (and the people added to the case later)
        return "" if text == self._prefill.strip() else text

    def _follow_description(self) -> None:
        edit = self.ui.letterFactsEdit
        if edit.toPlainText().strip() != self._prefill.strip():
            return  # typed by the director: theirs
        self._prefill = self.prefilled_facts()
        edit.setPlainText(self._prefill)

    def checked_categories(self) -> list[str]:
        """The ticked categories."""
        items = [self.ui.categoryList.item(i) for i in range(self.ui.categoryList.count())]
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def add_category(self) -> None:
        """Add the typed category to the list, ticked."""
        name = " ".join(self.ui.newCategoryEdit.text().split())
        if not name:
            return
        existing = self.ui.categoryList.findItems(name, Qt.MatchFlag.MatchFixedString)
        item = existing[0] if existing else self._add_item(name)
        item.setCheckState(Qt.CheckState.Checked)
        self.ui.categoryList.scrollToItem(item)
        self.ui.newCategoryEdit.clear()

    def _add_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name, self.ui.categoryList)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _set_categories(self, names: list[str], checked: tuple[str, ...] | list[str]) -> None:
        self.ui.categoryList.clear()
        for name in (*DEFAULT_CATEGORIES, *[n for n in names if n not in DEFAULT_CATEGORIES]):
            item = self._add_item(name)
            if name in checked:
                item.setCheckState(Qt.CheckState.Checked)

    def _set_police(self, done: bool, on: date | None, number: str) -> None:
        ui = self.ui
        ui.policeCheck.setChecked(done)
        set_value(ui.policeDateEdit, on if on is not None else value_of(ui.reportedOnEdit))
        ui.policeNumberEdit.setText(number)
        self._police_toggled(done)

    def _police_toggled(self, on: bool) -> None:
        for widget in (self.ui.policeDateEdit, self.ui.policeNumberEdit,
                       self.ui.policeDateLabel, self.ui.policeNumberLabel):
            widget.setEnabled(on)
