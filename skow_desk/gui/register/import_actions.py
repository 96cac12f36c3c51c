"""Bestand → Register inlezen… and Leeg importbestand…: the existing Excel register, in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from skow_desk.domain.errors import DomainError
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.worker import Cancelled, Progress, run_in_background
from skow_desk.store.db import Database

# Tests replace these to choose files without a file dialog.
CHOOSE_REGISTER: Any = None
CHOOSE_TEMPLATE_TARGET: Any = None
FILTER = "Register (*.xlsx *.csv)"


def import_register_file(db: Database, parent: QWidget, after: Any = None) -> None:
    """Choose a CSV/XLSX register and import it off the GUI thread (all or nothing)."""
    from skow_desk.services.register_import import ImportRefused, import_register

    if CHOOSE_REGISTER is not None:
        chosen = CHOOSE_REGISTER()
    else:
        chosen = msgbox.open_file(parent, parent.tr("Register inlezen"), str(Path.home()),
                                  FILTER)
    if not chosen:
        return
    path = Path(chosen)

    def work(progress: Progress) -> str:
        progress.report(0, 0, f"{path.name} wordt gelezen en gecontroleerd…")

        def step(done: int, total: int) -> bool:
            progress.report(done, total, f"Meldingen opslaan: {done} van {total}")
            return not progress.cancelled

        return import_register(db, path, step).summary()

    def done(summary: str) -> None:
        msgbox.information(parent, summary, parent.tr("Register ingelezen"))
        if callable(after):
            after()

    def failed(error: BaseException) -> None:
        if isinstance(error, ImportRefused):
            first, _, rest = error.message.partition("\n")
            msgbox.error_with_details(parent, first + "\n\nKlik op ‘Details tonen…’ voor elk "
                                      "probleem met regelnummer en kolom.", rest)
        elif isinstance(error, DomainError | OSError):
            msgbox.error(parent, msgbox.reason(error))
        else:
            raise error

    def cancelled() -> None:
        msgbox.information(parent, parent.tr("Het inlezen is afgebroken; er is niets "
                                             "opgeslagen."))

    def work_cancellable(progress: Progress) -> str:
        from skow_desk.services.register_import import ImportCancelled

        try:
            return work(progress)
        except ImportCancelled:
            raise Cancelled() from None

    run_in_background(parent, work_cancellable, done, failed, cancelled,
                      label=parent.tr("Register inlezen…"))


def save_import_template(parent: QWidget) -> Path | None:
    """Write an empty register with the headers and one example row."""
    from skow_desk.importing.template import write_import_template

    if CHOOSE_TEMPLATE_TARGET is not None:
        chosen = CHOOSE_TEMPLATE_TARGET()
    else:
        chosen = msgbox.save_file(parent, parent.tr("Leeg importbestand"),
                                  str(Path.home() / "register.xlsx"), FILTER)
    if not chosen:
        return None
    try:
        write_import_template(Path(chosen))
    except (DomainError, OSError) as error:
        msgbox.error(parent, msgbox.reason(error))
        return None
    msgbox.information(parent, parent.tr(
        "Het lege importbestand is opgeslagen. Vul per persoon die een melding veroorzaakte "
        "één regel in, en lees het daarna in via Bestand → Register inlezen."))
    return Path(chosen)
