"""The tabs of the case view: overview (persons, tasks, measures), talks, letters.

Panels only show rows and offer buttons; :class:`skow_desk.gui.cases.case_view.CaseView` does the
work behind the buttons.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skow_desk.domain.enums import Stage
from skow_desk.domain.measures import MeasureStatus
from skow_desk.gui.common.dates import today
from skow_desk.gui.common.row_models import (
    ConsultationsModel,
    ConversationsModel,
    InvolvementsModel,
    LettersModel,
    MeasuresModel,
    RowTableModel,
    TasksModel,
)
from skow_desk.gui.common.tables import QuietTable, configure_table
from skow_desk.gui.common.widgets import make_button
from skow_desk.services.case_queries import MeasureRow

T = TypeVar("T")


def explain_disabled(button: QPushButton, enabled: bool, why: str) -> None:
    """Enable ``button``; when it cannot be used, its tooltip says what to do first."""
    button.setEnabled(enabled)
    button.setToolTip("" if enabled else why)


class TableBox(QGroupBox, Generic[T]):
    """A titled table with a row of buttons under it."""

    def __init__(self, title: str, model: RowTableModel[T], name: str,
                 buttons: list[QPushButton], parent: QWidget | None = None,
                 empty_text: str = "") -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{name}Box")
        self.model = model
        self.table = QuietTable(self, empty_text)
        self.table.setModel(model)
        configure_table(self.table, f"{name}Table", title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.table, 1)
        self.extra = QVBoxLayout()
        self.layout_.addLayout(self.extra)
        row = QHBoxLayout()
        for button in buttons:
            button.setParent(self)
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def selected(self) -> T | None:
        """The highlighted row."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def fit(self, stretch: int) -> None:
        """Columns as wide as their contents; column ``stretch`` takes the rest."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class OverviewPanel(QWidget):
    """Persons involved, open tasks and measures: the daily view of a case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_person_button = make_button(self, self.tr("&Persoon toevoegen…"),
                                             "addPersonButton")
        self.remove_person_button = make_button(self, self.tr("&Verwijderen…"),
                                                "removePersonButton")
        self.task_done_button = make_button(self, self.tr("&Afvinken…"), "taskDoneButton")
        self.task_reopen_button = make_button(self, self.tr("Weer &openzetten"),
                                              "taskReopenButton")
        self.new_measure_button = make_button(self, self.tr("&Maatregel vastleggen…"),
                                              "newMeasureButton")
        self.response_button = make_button(self, self.tr("&Zienswijze vastleggen…"),
                                           "responseButton")
        self.decide_button = make_button(self, self.tr("&Besluit nemen…"), "decideButton")
        self.measure_letter_button = make_button(self, self.tr("B&rief…"),
                                                 "measureLetterButton")
        self.correct_measure_button = make_button(self, self.tr("&Corrigeren…"),
                                                  "correctMeasureButton")
        self.withdraw_measure_button = make_button(self, self.tr("&Intrekken…"),
                                                   "withdrawMeasureButton")
        self.people = TableBox(
            self.tr("Betrokkenen"), InvolvementsModel(self), "people",
            [self.add_person_button, self.remove_person_button], self,
            self.tr("Nog niemand. Voeg de veroorzaker toe met ‘Persoon toevoegen…’."))
        self.people.fit(InvolvementsModel.COL_NAME)
        self.tasks = TableBox(
            self.tr("Taken en termijnen"), TasksModel(today, self), "tasks",
            [self.task_done_button, self.task_reopen_button], self,
            self.tr("Geen taken. Taken met termijnen ontstaan vanzelf bij een maatregel."))
        self.tasks.fit(TasksModel.COL_TITLE)
        self.measures = TableBox(
            self.tr("Maatregelen"), MeasuresModel(self), "measures",
            [self.new_measure_button, self.response_button, self.decide_button,
             self.measure_letter_button, self.correct_measure_button,
             self.withdraw_measure_button], self, self.tr("Nog geen maatregel."))
        self.measures.fit(MeasuresModel.COL_WARNINGS)
        self.measure_detail = QLabel(self)
        self.measure_detail.setObjectName("measureDetail")
        self.measure_detail.setWordWrap(True)
        self.measures.extra.addWidget(self.measure_detail)
        layout = QGridLayout(self)
        layout.addWidget(self.people, 0, 0)
        layout.addWidget(self.tasks, 0, 1)
        layout.addWidget(self.measures, 1, 0, 1, 2)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 3)
        layout.setRowStretch(0, 1)
        layout.setRowStretch(1, 1)
        for box in (self.people, self.tasks, self.measures):
            box.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def update_buttons(self) -> None:
        """Enable what fits the highlighted rows; explain the highlighted measure."""
        pick_person = self.tr("Kies eerst een persoon in de lijst.")
        pick_task = self.tr("Kies eerst een open taak in de lijst.")
        pick_intent = self.tr("Kies eerst een voornemen in de lijst.")
        explain_disabled(self.remove_person_button, self.people.selected() is not None,
                         pick_person)
        task = self.tasks.selected()
        explain_disabled(self.task_done_button, task is not None and task.done_on is None,
                         pick_task)
        explain_disabled(self.task_reopen_button, task is not None and task.done_on is not None,
                         self.tr("Kies eerst een afgevinkte taak in de lijst."))
        measure = self.measures.selected()
        waiting = self._waiting_intent(measure)
        explain_disabled(self.response_button, waiting and measure is not None, pick_intent)
        explain_disabled(self.decide_button, waiting, pick_intent)
        explain_disabled(self.measure_letter_button, measure is not None,
                         self.tr("Kies eerst een maatregel in de lijst."))
        standing = measure is not None and measure.status is MeasureStatus.ACTIVE
        for button in (self.correct_measure_button, self.withdraw_measure_button):
            explain_disabled(button, standing, self.tr(
                "Kies eerst een geldige maatregel in de lijst (niet al gecorrigeerd of "
                "ingetrokken)."))
        self.measure_detail.setText(self._measure_text(measure))
        self.measure_detail.setVisible(bool(self.measure_detail.text()))

    @staticmethod
    def _waiting_intent(measure: MeasureRow | None) -> bool:
        return (measure is not None and measure.stage is Stage.INTENT
                and not measure.followed_by_decision)

    def _measure_text(self, measure: MeasureRow | None) -> str:
        if measure is None:
            return ""
        lines = [self.tr("Reden: {0}").format(measure.reason)] if measure.reason else []
        if measure.status is not MeasureStatus.ACTIVE:
            lines.insert(0, self.tr("{0} op {1}: {2}").format(
                measure.status.value.capitalize(),
                measure.status_on.strftime("%d-%m-%Y") if measure.status_on else "?",
                measure.status_reason))
        lines += [self.tr("Let op: {0}").format(w) for w in measure.warnings]
        return "\n".join(lines)


class TalksPanel(QWidget):
    """Consultations with the directeur-bestuurder and conversation records."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_consultation_button = make_button(self, self.tr("&Overleg vastleggen…"),
                                                   "newConsultationButton")
        self.new_conversation_button = make_button(self, self.tr("&Gesprek vastleggen…"),
                                                   "newConversationButton")
        self.edit_conversation_button = make_button(self, self.tr("Verslag &wijzigen…"),
                                                    "editConversationButton")
        self.consultations = TableBox(
            self.tr("Overleg met de directeur-bestuurder"), ConsultationsModel(self),
            "consultations", [self.new_consultation_button], self,
            self.tr("Nog geen overleg vastgelegd."))
        self.consultations.fit(ConsultationsModel.COL_ADVICE)
        self.conversations = TableBox(
            self.tr("Gesprekken"), ConversationsModel(self), "conversations",
            [self.new_conversation_button, self.edit_conversation_button], self,
            self.tr("Nog geen gesprek vastgelegd."))
        self.conversations.fit(ConversationsModel.COL_SUMMARY)
        layout = QVBoxLayout(self)
        layout.addWidget(self.consultations, 2)
        layout.addWidget(self.conversations, 3)
        self.conversations.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.conversations.table.doubleClicked.connect(
            lambda _index: self.edit_conversation_button.click())
        self.update_buttons()

    def update_buttons(self) -> None:
        """Editing needs a highlighted conversation."""
        explain_disabled(self.edit_conversation_button,
                         self.conversations.selected() is not None,
                         self.tr("Kies eerst een gesprek in de lijst."))


class LettersPanel(QWidget):
    """The case's letters; making them is the letters window's work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letters_button = make_button(self, self.tr("&Brief maken of bekijken…"),
                                          "lettersButton")
        self.letters = TableBox(self.tr("Brieven"), LettersModel(self), "letters",
                                [self.letters_button], self, self.tr("Nog geen brieven."))
        self.letters.fit(LettersModel.COL_KIND)
        note = QLabel(self.tr("Een brief wordt definitief gemaakt als onveranderbare, "
                              "genummerde PDF in het dossier: bij een medewerker het "
                              "personeelsdossier, bij een leerling of ouder het "
                              "leerlingendossier."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.letters, 1)
