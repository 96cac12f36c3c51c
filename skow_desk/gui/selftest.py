"""``skow-desk selftest``: open every screen and every dialog once, then close them.

Meant for a freshly installed bundle (does Qt start, do the forms load, do the screens
query the database?) and for CI under offscreen and under Xvfb. Exit 0 when all opened;
otherwise 1 with the name of the failing screen on stderr.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QEventLoop,
    QLocale,
    QMessageLogContext,
    QTimeZone,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from skow_desk.store.db import Database
from skow_desk.store.keys import PASSPHRASE_ENV

# Dutch text as Qt gives it with ICU (PySide6's full ICU data on Linux): the bundle's slim ICU
# data (tools/slim_icu.py) must give the same. Without ICU, Qt would sort by code point
# ("de Vries" after "Zeeman") and upper-case Turkish "i" as "I".
_NAMES = ["Zeeman", "de Vries", "Çelik", "Ösztürk", "Łukasz", "IJsbrand", "Ijzerman", "Öztürk",
          "Ozturk", "Aalders", "Åberg", "van Dijk", "Émile"]
_NAMES_SORTED = ["Aalders", "Åberg", "Çelik", "de Vries", "Émile", "IJsbrand", "Ijzerman",
                 "Łukasz", "Ösztürk", "Ozturk", "Öztürk", "van Dijk", "Zeeman"]


def _qt_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    # The offscreen platform says this for every window; it is noise, not a failure.
    if "propagateSizeHints" not in text:
        print(f"Qt: {text}", file=sys.stderr)
        from skow_desk.gui.common.crash import qt_message

        qt_message(kind, context, text)


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _first_ids(db: Database) -> dict[str, Any]:
    """Values for dialogs that need a record: the first incident and its causer."""
    from sqlalchemy import select

    from skow_desk.store.models import Incident, Involvement

    with db.sessions() as session:
        incident_id = session.scalar(select(Incident.id).order_by(Incident.id).limit(1))
        person_id = session.scalar(
            select(Involvement.person_id).where(Involvement.incident_id == incident_id).limit(1)
        ) if incident_id is not None else None
    return {"incident_id": incident_id, "person_id": person_id}


def _arguments(cls: type, db: Database, ids: dict[str, Any],
               parent: QWidget) -> dict[str, Any] | None:
    """Keyword arguments to build ``cls``, or ``None`` when one cannot be guessed."""
    arguments: dict[str, Any] = {}
    for name, param in inspect.signature(cls).parameters.items():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        annotation = str(param.annotation)
        if name == "db":
            arguments[name] = db
        elif name == "parent":
            arguments[name] = parent
        elif name.endswith("incident_id") or name.endswith("person_id"):
            key = "incident_id" if name.endswith("incident_id") else "person_id"
            if ids.get(key) is None and param.default is param.empty:
                return None
            arguments[name] = ids.get(key)
        elif param.default is not param.empty:
            continue
        elif annotation in ("str", "<class 'str'>"):
            arguments[name] = "Zelftest"
        elif annotation in ("date", "<class 'datetime.date'>"):
            arguments[name] = date.today()
        else:
            return None
    return arguments


# Where the dialogs are that selftest opens on its own when it can guess their arguments: every
# module of a ``dialogs`` package, and the dialogs that more than one screen shares.
DIALOG_PACKAGES = ("skow_desk.gui.cases.dialogs",)
DIALOG_MODULES = ("skow_desk.gui.common.date_prompt", "skow_desk.gui.common.text_prompt",
                  "skow_desk.gui.common.person_dialog", "skow_desk.gui.common.person_picker",
                  "skow_desk.gui.persons.erasure_dialog", "skow_desk.gui.letters.dispatch_dialog")


def _dialog_modules() -> Iterator[str]:
    for package_name in DIALOG_PACKAGES:
        try:
            package = importlib.import_module(package_name)
        except ImportError:
            continue
        for info in pkgutil.iter_modules(package.__path__):
            yield f"{package.__name__}.{info.name}"
    yield from DIALOG_MODULES


def _dialog_classes() -> Iterator[tuple[str, type]]:
    """Every QDialog subclass defined in the dialog modules (as they exist now)."""
    for module_name in _dialog_modules():
        module = importlib.import_module(module_name)
        short = module_name.rsplit(".", 1)[1]
        for name, obj in vars(module).items():
            if (inspect.isclass(obj) and issubclass(obj, QDialog) and obj.__module__ ==
                    module.__name__ and not name.startswith("_")
                    and not inspect.isabstract(obj)):
                yield f"{short}.{name}", obj


def _check(name: str, build: Callable[[], QWidget], failures: list[str],
           dispose: bool = True) -> None:
    try:
        widget = build()
        widget.show()
        _settle()
        _check_fit(name, widget, failures)
        _screenshot(name, widget)
        if dispose:
            widget.close()
            widget.deleteLater()
            _settle()
    except Exception:
        failures.append(name)
        print(f"skow-desk selftest: {name} mislukt:\n{traceback.format_exc()}", file=sys.stderr)
    else:
        print(f"  ok  {name}")


def _check_fit(name: str, widget: QWidget, failures: list[str]) -> None:
    """Fail ``name`` when its window does not fit the available screen (issue 13.2)."""
    from skow_desk.gui.common.screen_fit import enabled, misfit

    if not enabled():
        return
    window = widget.window()
    problem = misfit(window)
    if problem is not None:
        failures.append(name)
        print(f"skow-desk selftest: {name} past niet op het scherm: {problem}",
              file=sys.stderr)


def _screenshot(name: str, widget: QWidget) -> None:
    """With SKOW_SELFTEST_SHOTS=<map>: save a picture of each window there."""
    folder = os.environ.get("SKOW_SELFTEST_SHOTS")
    if folder:
        safe = "".join(c if c.isalnum() else "-" for c in name).strip("-")
        widget.window().grab().save(str(Path(folder) / f"{safe}.png"))


def _report_screen() -> None:
    from skow_desk.gui.common.screen_fit import enabled, usable_area

    if enabled():
        area = usable_area(None)
        print(f"  ok  schermmaat: elk venster moet passen in {area.width()}×{area.height()}")
    else:
        print("  --  schermmaat niet gecontroleerd (offscreen zonder schermopgave)")


def text_problems() -> list[str]:
    """Where Qt's Dutch sorting, case mapping or zone names differ from full ICU (Linux only:
    PySide6 brings ICU there; on Windows Qt asks Windows)."""
    if not sys.platform.startswith("linux"):
        return []
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    problems = []
    order = sorted(_NAMES, key=QCollator(dutch).sortKey)
    if order != _NAMES_SORTED:
        problems.append(f"sorteren: {order}")
    upper = (dutch.toUpper("ijsselmeer ş ł ß"), QLocale("tr_TR").toUpper("istanbul"))
    if upper != ("IJSSELMEER Ş Ł SS", "İSTANBUL"):
        problems.append(f"hoofdletters: {upper}")
    zone = QTimeZone(b"Europe/Amsterdam")
    name = zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, dutch)
    if zone.isValid() and name != "Midden-Europese standaardtijd":
        problems.append(f"tijdzone: {name}")
    return problems


def _check_text(failures: list[str]) -> None:
    problems = text_problems()
    if problems:
        failures.append("tekst (ICU)")
        print(f"skow-desk selftest: tekst (ICU) wijkt af: {'; '.join(problems)}",
              file=sys.stderr)
    else:
        print("  ok  tekst: Nederlandse sortering, hoofdletters, tijdzone")


def run_checks(db: Database, folder: Path) -> list[str]:
    """Open everything; returns the names of the screens that failed."""
    from skow_desk.gui.common import msgbox
    from skow_desk.gui.main_window import FIXED_TABS, MainWindow

    failures: list[str] = []
    _check_text(failures)
    msgbox.ASK_HOOK = lambda _kind, _text: msgbox.Answer.DISCARD
    msgbox.SHOW_HOOK = lambda kind, _title, text: print(f"  ({kind}: {text})")
    window = MainWindow(db, folder)
    window.show()
    _settle()
    _check_fit("hoofdvenster", window, failures)
    _report_screen()
    for index in range(FIXED_TABS):
        title = window.ui.tabs.tabText(index).replace("&", "")

        def show_tab(i: int = index) -> QWidget:
            window.ui.tabs.setCurrentIndex(i)
            return window.tab_screen(i)

        _check(f"tabblad {title}", show_tab, failures, dispose=False)
    ids = _first_ids(db)
    if ids["incident_id"] is not None:
        def case_tab() -> QWidget:
            window.open_case(ids["incident_id"])
            return window.cases[ids["incident_id"]]

        try:
            case_tab()
            _settle()
            window.close_tab(window.ui.tabs.count() - 1)
            print("  ok  dossier van een melding")
        except Exception:
            failures.append("dossier van een melding")
            traceback.print_exc()
    _own_dialogs(db, folder, window, failures)
    for name, cls in _dialog_classes():
        arguments = _arguments(cls, db, ids, window)
        if arguments is None:
            print(f"  --  {name} (overgeslagen: vraagt gegevens die de zelftest niet heeft)")
            continue
        _check(f"dialoog {name}", _builder(cls, arguments), failures)
    window.close()
    _settle()
    return failures


def _builder(cls: type, arguments: dict[str, Any]) -> Callable[[], QWidget]:
    def build() -> QWidget:
        widget = cls(**arguments)
        assert isinstance(widget, QWidget)
        return widget

    return build


def _own_dialogs(db: Database, folder: Path, window: QWidget, failures: list[str]) -> None:
    from skow_desk.gui.access.first_run import FirstRunWizard
    from skow_desk.gui.access.unlock_dialog import RecoveryDialog, UnlockDialog
    from skow_desk.gui.settings.settings_dialog import ChangePassphraseDialog, SettingsDialog
    from skow_desk.gui.tasks.tasks_view import DoneDateDialog

    _check("dialoog Instellingen", lambda: SettingsDialog(db, folder, window), failures)
    _check("dialoog Wachtwoord wijzigen", lambda: ChangePassphraseDialog(folder, window),
           failures)
    _check("dialoog Openen", lambda: UnlockDialog(folder, window), failures)
    _check("dialoog Wachtwoord vergeten", lambda: RecoveryDialog(folder, window), failures)
    _check("dialoog Taak afvinken", lambda: DoneDateDialog("Zelftest", window), failures)
    empty = Path(tempfile.mkdtemp(prefix="skow-selftest-"))

    def wizard() -> QWidget:
        return FirstRunWizard(empty / "nieuw", parent=window)

    _check("inrichten (eerste start)", wizard, failures)
    _letter_screens(db, window, failures)


def _letter_screens(db: Database, window: QWidget, failures: list[str]) -> None:
    """Issue 4: the letters window, the template editor and a person's dossier."""
    from skow_desk.gui.letters.letter_dialog import LetterDialog
    from skow_desk.gui.letters.template_editor import TemplateEditor
    from skow_desk.gui.persons.dossier_view import DossierView

    ids = _first_ids(db)
    _check("dialoog Briefsjablonen", lambda: TemplateEditor(db, window), failures)
    if ids["incident_id"] is not None:
        _check("dialoog Brieven", lambda: LetterDialog(db, ids["incident_id"], parent=window),
               failures)
    if ids["person_id"] is not None:
        _check("dialoog Dossier", lambda: DossierView(db, ids["person_id"], window), failures)
    _more_dialogs(db, ids, window, failures)


def _more_dialogs(db: Database, ids: dict[str, Any], window: QWidget,
                  failures: list[str]) -> None:
    """Dialogs outside ``DIALOG_PACKAGES``/``DIALOG_MODULES`` that need a value of their own."""
    from skow_desk.gui.access.security_actions import open_retention
    from skow_desk.gui.common import dialog_base as base
    from skow_desk.gui.overview.overview_dialogs import IncidentListDialog
    from skow_desk.gui.persons.inzage_dialog import InzageDialog

    if ids["person_id"] is not None:
        _check("dialoog Inzageverzoek",
               lambda: InzageDialog(db, ids["person_id"], "Zelftest", window), failures)
    _check("dialoog Meldingen bij een getal",
           lambda: IncidentListDialog("Zelftest", [], window), failures)
    opened: list[QWidget] = []
    hook = base.RUN_HOOK

    def keep(dialog: QDialog) -> bool:
        opened.append(dialog)
        return False

    def retention() -> QWidget:
        base.RUN_HOOK = keep
        try:
            open_retention(db, window)
        finally:
            base.RUN_HOOK = hook
        return opened[0]

    _check("dialoog Bewaartermijnen", retention, failures)
    from skow_desk.gui.common.help_window import HelpWindow

    _check("venster Handleiding", lambda: HelpWindow(window), failures)


def run_selftest(folder: Path) -> int:
    """Unlock ``folder`` with SKOW_DESK_PASSPHRASE and open every screen; the exit code."""
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        print(f"skow-desk selftest: zet de omgevingsvariabele {PASSPHRASE_ENV} op het "
              "wachtwoord van de gegevensmap.", file=sys.stderr)
        return 1
    from skow_desk.domain.errors import DomainError
    from skow_desk.gui.access import keychain
    from skow_desk.gui.app import create_application
    from skow_desk.store.vault import open_data

    keychain.ENABLED = False
    qInstallMessageHandler(_qt_message)
    app = create_application()
    try:
        db = open_data(folder, passphrase)
    except DomainError as error:
        print(f"skow-desk selftest: {error.message}", file=sys.stderr)
        return 1
    print(f"SKOW Desk zelftest op {folder} ({QApplication.platformName()})")
    try:
        failures = run_checks(db, folder)
    finally:
        db.close()
    app.processEvents()
    from skow_desk.gui.common.widgets import BROKEN_SCREENS

    for screen in BROKEN_SCREENS:  # shown as "nog niet beschikbaar": a failure here
        failures.append(f"scherm {screen} (laadt niet, zie het logbestand)")
    if failures:
        print(f"skow-desk selftest: mislukt: {', '.join(failures)}", file=sys.stderr)
        return 1
    print("Zelftest geslaagd: alle schermen en dialogen openden en sloten zonder fouten.")
    return 0
