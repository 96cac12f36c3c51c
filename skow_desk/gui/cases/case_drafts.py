"""Unsaved edits on a case's Melding tab, kept when the window locks (``ontwerp.melding.N``).

At the lock the fields of the Melding form are written into the encrypted database. When the
program is then closed from the lock screen, the next start opens the case again, puts the
edits back on its Melding tab and says so in a calm bar: "Houden" leaves them there to be
saved, "Weggooien…" goes back to what is stored. The draft is removed once the edits are saved
or discarded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skow_desk.gui.common.dialog_base import form_state
from skow_desk.gui.common.draft_notice import DraftNotice, attached_notice
from skow_desk.gui.common.drafts import apply_fields
from skow_desk.gui.common.translate import tr
from skow_desk.services.kept_drafts import drop_draft, keep_draft, melding_key
from skow_desk.store.db import Database

if TYPE_CHECKING:
    from skow_desk.gui.cases.case_view import CaseView

_FOLLOWERS = ("letterFactsEdit",)  # follow the description: put back after it



def melding_draft(case: CaseView) -> dict[str, Any] | None:
    """The unsaved Melding edits of ``case`` as a draft; None when there are none."""
    if not case.has_unsaved_changes():
        return None
    return {"zaak": case.incident_id, "kenmerk": case.kenmerk,
            "velden": form_state(case.melding_form)}


def keep_melding(db: Database, case: CaseView) -> bool:
    """Write the Melding draft of ``case`` (at the lock); whether there was one."""
    draft = melding_draft(case)
    if draft is None:
        return False
    with db.transaction() as session:
        keep_draft(session, melding_key(case.incident_id), draft)
    return True


def forget_melding(db: Database, incident_id: int) -> None:
    """The edits were saved or discarded: their draft goes."""
    with db.transaction() as session:
        drop_draft(session, melding_key(incident_id))


def restore_melding(case: CaseView, draft: dict[str, Any]) -> None:
    """Put the kept edits back on the Melding tab, with the bar that says so."""
    fields = draft.get("velden")
    if not isinstance(fields, dict):
        return
    form = case.melding_form
    categories = fields.get("categoryList")
    if isinstance(categories, list):  # categories typed in last time are not in the list yet
        present = {form.ui.categoryList.item(i).text()
                   for i in range(form.ui.categoryList.count())}
        for entry in categories:
            if isinstance(entry, list) and entry and str(entry[0]) not in present:
                form._add_item(str(entry[0]))
    apply_fields(form, fields)
    apply_fields(form, {name: fields[name] for name in _FOLLOWERS if name in fields})
    notice = melding_notice(case)
    notice.offer(tr(
        "Toen SKOW Desk vergrendeld werd afgesloten, waren deze wijzigingen in de melding nog "
        "niet opgeslagen. Ze zijn teruggezet. Kies ‘Houden’ en daarna ‘Wijzigingen opslaan’, "
        "of gooi ze weg."))
    case.tabs.setCurrentWidget(case.melding_page)
    case.changed.emit()  # the tab's title shows the unsaved mark


def melding_notice(case: CaseView) -> DraftNotice:
    """The case's bar for restored Melding edits (made the first time it is needed)."""
    return attached_notice(
        case, "meldingDraftNotice", case.tabs,
        tr("De teruggezette wijzigingen in de melding weggooien? De melding blijft zoals hij "
           "is opgeslagen."), case.discard_melding)
