"""Closing and reopening a case, and what a closed case allows (issue 13.3 and 13.10).

Closing asks first when required tasks (Melding Inspectie, leerplicht …) are still open, and
names them. A closed case is read-only: every button that changes it is disabled and says why,
the Melding form cannot be edited, and files can no longer be dropped on the evidence list.
"Heropenen…" asks the reason, which goes into the logboek.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

from skow_desk.gui import msgbox
from skow_desk.gui.case_panels import explain_disabled
from skow_desk.services.case_queries import StepKey, read_only
from skow_desk.services.incidents import open_required_tasks

if TYPE_CHECKING:
    from skow_desk.gui.case_view import CaseView

CLOSED_WHY = ("Deze zaak is afgerond en kan alleen worden gelezen. Kies ‘Heropenen…’ om er "
              "weer aan te werken.")
# Steps whose button changes the case; Melding (view) and Brief (view, print) stay usable.
CHANGING_STEPS = (StepKey.CONSULTATION, StepKey.CONVERSATION, StepKey.MEASURE)


def may_close(view: CaseView) -> bool:
    """Ask before closing when required tasks are open; True to go on."""
    with read_only(view.db) as session:
        open_tasks = open_required_tasks(session, view.incident_id)
    if not open_tasks:
        return True
    count = len(open_tasks)
    head = (view.tr("Deze verplichte taak staat nog open:") if count == 1
            else view.tr("Deze {0} verplichte taken staan nog open:").format(count))
    text = (head + "\n" + "\n".join(f"• {task}" for task in open_tasks) + "\n\n"
            + view.tr("Rond de zaak pas af als dit gedaan is. Toch nu afronden?"))
    return msgbox.confirm(view, text, yes=view.tr("Toch afronden"),
                          no=view.tr("Niet afronden"), title=view.tr("Zaak afronden"))


def changing_buttons(view: CaseView) -> list[QPushButton]:
    """The buttons that change the case (disabled while it is closed)."""
    ov, talks, evidence = view.overview, view.talks, view.evidence
    return [ov.add_person_button, ov.remove_person_button, ov.task_done_button,
            ov.task_reopen_button, ov.new_measure_button, ov.response_button,
            ov.decide_button, talks.new_consultation_button, talks.new_conversation_button,
            talks.edit_conversation_button, evidence.add_file_button, evidence.add_link_button,
            evidence.note_button]


def apply_read_only(view: CaseView, closed: bool) -> None:
    """Make the case read-only while it is closed (call after the panels set their buttons)."""
    why = view.tr(CLOSED_WHY)
    for button in changing_buttons(view):
        explain_disabled(button, not closed, why)
    if not closed:  # the buttons that need a chosen row follow the selection again
        view.overview.update_buttons()
        view.talks.update_buttons()
        view.evidence.note_button.setEnabled(view.evidence.selected() is not None)
    for key in CHANGING_STEPS:
        explain_disabled(view.timeline.cards[key].button, not closed, why)
    view.melding_form.setEnabled(not closed)
    view.melding_form.ui.buttonBox.setEnabled(not closed)
    view.melding_form.setToolTip(why if closed else "")
    view.evidence.table.viewport().setAcceptDrops(not closed)
    view.evidence.table.setAcceptDrops(not closed)
