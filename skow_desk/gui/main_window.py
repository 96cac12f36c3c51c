"""The main window: menus, toolbar, the fixed screens as tabs, cases in their own tabs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QTabBar, QWidget

from skow_desk.domain.dates import counted
from skow_desk.gui.access.auto_lock import ActivityWatch, lock_minutes
from skow_desk.gui.access.folder_switch import Switch, add_demo_banner
from skow_desk.gui.access.security_actions import auto_backup_at_close
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.menus import connect_triggered
from skow_desk.gui.common.timers import single_shot
from skow_desk.gui.common.widgets import import_optional, placeholder
from skow_desk.gui.forms.ui_main_window import Ui_MainWindow
from skow_desk.gui.register.register_view import RegisterView
from skow_desk.gui.window_menus import add_window_entries
from skow_desk.store.db import Database

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from skow_desk.gui.access.unlock_dialog import LockScreen

TAB_REGISTER, TAB_TASKS, TAB_PERSONS, TAB_OVERVIEW, TAB_AUDIT = range(5)
FIXED_TABS = 5
NOT_YET = "Dit scherm is nog niet beschikbaar in deze versie van SKOW Desk."

# (tab title, module, class) of the screens other parts of the program provide.
LAZY_SCREENS: dict[int, tuple[str, str, str]] = {
    TAB_PERSONS: ("Personen", "skow_desk.gui.persons.persons_view", "PersonsView"),
    TAB_OVERVIEW: ("Jaaroverzicht", "skow_desk.gui.overview.overview_view", "OverviewView"),
    TAB_AUDIT: ("Logboek", "skow_desk.gui.audit.audit_view", "AuditView"),
}


class MainWindow(QMainWindow):
    """Register, tasks, persons, overview and log as tabs; each opened case in its own tab."""

    case_opened = Signal(int)

    def __init__(self, db: Database, folder: Path, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.folder, self._today = db, folder, today
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.cases: dict[int, QWidget] = {}
        self.locked = False
        self._drafts_kept = False  # at the last lock, every unsaved text went into the database
        self.switch: Switch | None = None  # set before closing: open another folder next
        self.damaged = False  # set by gui/common/integrity_watch.py when the full check fails
        self.restore_after_close = False  # the director chose to put a backup back
        self.register = RegisterView(db, self, today,
                                     header_state=QSettings().value("meldingen/kolommen"))
        self.tasks: QWidget | None = None
        tabs = self.ui.tabs
        tabs.addTab(self.register, self.tr("&Meldingen"))
        for title in (self.tr("&Taken"), self.tr("&Personen"), self.tr("&Jaaroverzicht"),
                      self.tr("&Logboek")):
            tabs.addTab(QWidget(self), title)
        for index in range(FIXED_TABS):
            tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
            tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.LeftSide, None)
        self._lock_screen: LockScreen | None = None  # made when first locked
        from skow_desk.store.keys import passphrase_slot

        # Read now, while it is the file the data was opened with (the lock screen's check).
        self._key_slot = passphrase_slot(folder)
        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("Aantallen"))
        self.ui.statusbar.addWidget(self.counts, 1)
        self._refresh_timer = single_shot(self, self.refresh_lists, 200)
        self._lock_timer = single_shot(self, self.lock)  # its interval: the settings' minutes
        self._activity = ActivityWatch(self._lock_timer, self)
        self._connect()
        self.apply_lock_minutes()
        self._restore_settings()
        self.update_counts()

    @property
    def lock_screen(self) -> LockScreen:
        """The screen that covers the window while it is locked (made on first use)."""
        if self._lock_screen is None:
            from skow_desk.gui.access.unlock_dialog import LockScreen

            self._lock_screen = LockScreen(self.folder, self, data_key=self.db.key,
                                           remembered=self._key_slot)
            self.ui.stack.addWidget(self._lock_screen)
            self._lock_screen.unlocked.connect(self.unlock)
        return self._lock_screen

    # -- wiring -------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        connect_triggered((
            (ui.actionNewIncident, self.new_incident),
            (ui.actionOpenIncident, self.open_selected),
            (ui.actionSave, self.save_current),
            (ui.actionCloseTab, lambda: self.close_tab(ui.tabs.currentIndex())),
            (ui.actionFind, self.focus_search),
            (ui.actionRefresh, self.refresh_lists),
            (ui.actionSettings, self.open_settings),
            (ui.actionLock, self.lock),
            (ui.actionQuit, self.close),
            (ui.actionAbout, self.about),
            *((action, lambda i=index: ui.tabs.setCurrentIndex(i))
              for action, index in ((ui.actionShowRegister, TAB_REGISTER),
                                    (ui.actionShowTasks, TAB_TASKS),
                                    (ui.actionShowPersons, TAB_PERSONS),
                                    (ui.actionShowOverview, TAB_OVERVIEW),
                                    (ui.actionShowAudit, TAB_AUDIT))),
        ))
        self.action_logs = add_window_entries(self)["actionOpenLogs"]
        add_demo_banner(self)  # issue 13.4: DEMO banner, Stoppen met de demo
        ui.tabs.tabCloseRequested.connect(self.close_tab)
        ui.tabs.currentChanged.connect(self._tab_changed)
        self.register.open_incident.connect(self.open_case)
        self.register.counts_changed.connect(self.update_counts)
        self._tab_changed(ui.tabs.currentIndex())

    def tab_screen(self, index: int) -> QWidget:
        """The widget of a fixed tab, built on first use (keeps start-up quick)."""
        tabs = self.ui.tabs
        widget = tabs.widget(index)
        assert widget is not None
        if index == TAB_REGISTER or widget.property("built"):
            return widget
        built = self._build_screen(index)
        built.setProperty("built", True)
        title = tabs.tabText(index)
        tabs.blockSignals(True)
        current = tabs.currentIndex()
        tabs.removeTab(index)
        tabs.insertTab(index, built, title)
        tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)
        widget.deleteLater()
        return built

    def _build_screen(self, index: int) -> QWidget:
        if index == TAB_TASKS:
            from skow_desk.gui.tasks.tasks_view import TasksView

            view = TasksView(self.db, self, self._today)
            view.open_incident.connect(self.open_case)
            view.changed.connect(self.schedule_refresh)
            self.tasks = view
            return view
        _title, module, name = LAZY_SCREENS[index]
        cls = import_optional(module, name)
        if cls is None:
            return placeholder(self.tr(NOT_YET), self)
        widget: QWidget = cls(self.db, self)
        opener = getattr(widget, "open_incident", None)
        if opener is not None and hasattr(opener, "connect"):
            opener.connect(self.open_case)
        return widget

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < FIXED_TABS:
            self.tab_screen(index)
        widget = self.ui.tabs.widget(index)
        self.ui.actionSave.setEnabled(widget is not None and hasattr(widget, "save")
                                      and index >= FIXED_TABS)
        self.ui.actionCloseTab.setEnabled(index >= FIXED_TABS)

    # -- cases --------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Open the case selected in the register."""
        iid = self.register.current_incident_id()
        if iid is None:
            msgbox.information(self, self.tr("Kies eerst een melding in de lijst."))
            return
        self.open_case(iid)

    def open_case(self, incident_id: int) -> None:
        """Open the case in its own tab, or bring its tab forward when already open."""
        tabs = self.ui.tabs
        if incident_id in self.cases:
            tabs.setCurrentWidget(self.cases[incident_id])
            return
        cls = import_optional("skow_desk.gui.cases.case_view", "CaseView")
        widget: QWidget = (cls(self.db, incident_id, self) if cls is not None
                           else placeholder(self.tr(NOT_YET), self))
        changed = getattr(widget, "changed", None)
        if changed is not None:
            changed.connect(lambda i=incident_id: self._case_changed(i))
        self.cases[incident_id] = widget
        index = tabs.addTab(widget, self._case_title(incident_id))
        tabs.setTabToolTip(index, self.tr("Melding {0}").format(tabs.tabText(index)))
        tabs.setCurrentIndex(index)
        self.case_opened.emit(incident_id)

    def _case_title(self, incident_id: int) -> str:
        from skow_desk.store.models import Incident

        with self.db.sessions() as session:
            incident = session.get(Incident, incident_id)
            return incident.kenmerk if incident is not None else str(incident_id)

    def _case_changed(self, incident_id: int) -> None:
        widget = self.cases.get(incident_id)
        if widget is None:
            return
        index = self.ui.tabs.indexOf(widget)
        title = self._case_title(incident_id)
        if _unsaved(widget):
            title += " •"
        self.ui.tabs.setTabText(index, title)
        self.register.model.forget(incident_id)
        self.schedule_refresh()

    def save_current(self) -> bool:
        """Ctrl+S: save the case in the current tab."""
        widget = self.ui.tabs.currentWidget()
        saver: Callable[[], bool] | None = getattr(widget, "save", None)
        if self.ui.tabs.currentIndex() < FIXED_TABS or saver is None:
            return False
        return bool(saver())

    def _may_close(self, widget: QWidget) -> bool:
        """Ask Opslaan / Niet opslaan / Annuleren for unsaved changes; True to go ahead."""
        if not _unsaved(widget):
            return True
        self.ui.tabs.setCurrentWidget(widget)
        answer = msgbox.ask_save(self)
        if answer is msgbox.Answer.CANCEL:
            return False
        if answer is msgbox.Answer.SAVE:
            return bool(widget.save())  # type: ignore[attr-defined]
        return True

    def close_tab(self, index: int) -> bool:
        """Close a case tab (the fixed screens stay); False when the user cancelled."""
        if index < FIXED_TABS:
            return False
        widget = self.ui.tabs.widget(index)
        if widget is None or not self._may_close(widget):
            return False
        self.ui.tabs.removeTab(index)
        for iid, case in list(self.cases.items()):
            if case is widget:
                del self.cases[iid]
                self._forget_case(iid)
        widget.deleteLater()
        return True

    def new_incident(self) -> None:
        """Ctrl+N: record a new incident, then open it."""
        cls = import_optional("skow_desk.gui.cases.dialogs.incident_dialog", "IncidentDialog")
        if cls is None:
            msgbox.information(self, self.tr(NOT_YET))
            return
        dialog = cls(self.db, None, self)
        from skow_desk.gui.common.dialog_base import run_dialog

        if run_dialog(dialog):
            self.register.refresh()
            iid = getattr(dialog, "incident_id", None)
            if iid is not None:
                self.register.select_incident(iid)
                self.open_case(iid)
            # The register (and with it the counts) was just refreshed; only the tasks remain.
            if self.tasks is not None:
                self.tasks.refresh()  # type: ignore[attr-defined]

    # -- lists, counts, settings --------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: the register's search box."""
        self.ui.tabs.setCurrentIndex(TAB_REGISTER)
        self.register.focus_search()

    def schedule_refresh(self) -> None:
        """Refresh register and tasks shortly (several saves in a row refresh once)."""
        self._refresh_timer.start()

    def refresh_lists(self) -> None:
        """Run the register and task queries again."""
        if self.tasks is not None:
            self.tasks.refresh()  # type: ignore[attr-defined]
        # The register's counts_changed updates the status bar; calling update_counts here
        # as well ran its task-count query twice per refresh.
        self.register.refresh()

    def update_counts(self) -> None:
        """The status bar: how many incidents are listed and how many tasks are late."""
        from skow_desk.services.register import count_open_tasks

        model = self.register.model
        shown = model.rowCount()
        open_tasks, late = count_open_tasks(self.db.reader, self._today or date.today())
        if not model.is_complete():  # its first rows are shown; the count follows at once
            text = self.tr("Meldingen worden geteld…")
        elif shown == 1:
            text = self.tr("1 melding in deze lijst")
        else:
            text = self.tr("{0} meldingen in deze lijst").format(f"{shown:,}".replace(",", "."))
        text += "  ·  " + counted(open_tasks, self.tr("open taak"), self.tr("open taken"))
        if late:
            text += self.tr(", waarvan {0} te laat").format(late)
        self.counts.setText(text)

    def open_settings(self) -> None:
        """The settings dialog; lists and auto-lock follow what was saved."""
        from skow_desk.gui.common.dialog_base import run_dialog
        from skow_desk.gui.settings.settings_dialog import SettingsDialog

        if run_dialog(SettingsDialog(self.db, self.folder, self)):
            self.apply_lock_minutes()
            self.refresh_lists()

    def open_logs(self) -> None:
        """Help → Logbestanden openen."""
        from skow_desk.gui.common.crash import open_log_folder

        open_log_folder(self)

    def about(self) -> None:
        """Help → Over SKOW Desk."""
        from skow_desk import __version__

        msgbox.information(self, self.tr(
            "SKOW Desk {0}\n\nMeldingen, gesprekken, maatregelen en brieven bij het protocol "
            "sociale media van de SKOW.\n\nGegevensmap: {1}").format(__version__, self.folder),
            title=self.tr("Over SKOW Desk"))

    # -- locking ------------------------------------------------------------------------

    def apply_lock_minutes(self) -> None:
        """(Re)start the auto-lock timer from the setting (0: never)."""
        minutes = lock_minutes(self.db)
        self._lock_timer.setInterval(minutes * 60_000)
        if minutes:
            self._lock_timer.start()
        else:
            self._lock_timer.stop()

    def lock(self) -> None:
        """Cover the window until the passphrase is typed; open work stays as it was."""
        if self.locked:
            return
        self.locked = True
        self._lock_timer.stop()
        self._keep_drafts()
        for child in QApplication.topLevelWidgets():
            if isinstance(child, QDialog) and child.isVisible() and child.isModal():
                child.hide()  # a modal dialog would block the lock screen; it comes back
                child.setProperty("hiddenByLock", True)
        self.ui.stack.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.ui.toolBar.setEnabled(False)
        self.counts.hide()
        self.lock_screen.reset()

    def _keep_drafts(self) -> None:
        """Write unsaved text (dialogs, Melding tabs, Brieven) into the database: it survives
        closing while locked."""
        from skow_desk.gui.window_drafts import keep_all

        self._drafts_kept = False
        try:
            keep_all(self)
            self._drafts_kept = True
        except Exception:  # the lock must come, even when the database refuses
            log.exception("drafts could not be kept")

    def offer_drafts(self) -> None:
        """At start-up: put back the text kept when the program closed locked."""
        from skow_desk.gui.window_drafts import offer_all

        offer_all(self)

    def unlock(self) -> None:
        """Back to work after the right passphrase."""
        from skow_desk.gui.window_drafts import forget_all

        forget_all(self)  # the dialogs, tabs and windows themselves come back
        self.locked = False
        self.ui.stack.setCurrentWidget(self.ui.tabs)
        self.menuBar().setEnabled(True)
        self.ui.toolBar.setEnabled(True)
        self.counts.show()
        for child in QApplication.topLevelWidgets():
            if child.property("hiddenByLock"):
                child.setProperty("hiddenByLock", False)
                child.show()
        self.apply_lock_minutes()

    # -- closing ------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("venster/geometrie")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("venster/staat")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_settings(self) -> None:
        """Window geometry, toolbar state and the register's columns."""
        settings = QSettings()
        settings.setValue("venster/geometrie", self.saveGeometry())
        settings.setValue("venster/staat", self.saveState())
        settings.setValue("meldingen/kolommen", self.register.header_state())

    def _forget_case(self, incident_id: int) -> None:
        """Its Melding edits were saved or discarded: a draft kept at a lock goes."""
        from skow_desk.gui.window_drafts import forget_case

        forget_case(self, incident_id)

    def showEvent(self, event: QShowEvent) -> None:
        self._activity.start_after_paint(self.register.painted_widget())
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for iid, widget in list(self.cases.items()):
            if self.locked and self._drafts_kept:
                break  # nothing is asked behind the lock: the drafts were kept at the lock
            if not self._may_close(widget):
                event.ignore()
                return
            self._forget_case(iid)
        if self.locked:  # the drafts were kept at the lock; close the hidden dialogs quietly
            for child in QApplication.topLevelWidgets():
                if isinstance(child, QDialog) and child.property("hiddenByLock"):
                    child.setProperty("hiddenByLock", False)
                    QDialog.done(child, QDialog.DialogCode.Rejected)
        self.save_settings()
        if not self.damaged:  # a damaged database is not copied over a good backup
            auto_backup_at_close(self.db, self.folder, self)
        self._activity.stop()
        self._lock_timer.stop()
        event.accept()


def _unsaved(widget: QWidget) -> bool:
    check = getattr(widget, "has_unsaved_changes", None)
    return bool(check()) if callable(check) else False
