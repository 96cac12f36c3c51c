"""Help → Handleiding (F1): a short Dutch guide shipped with the program, readable offline.

F1 opens the guide at the section of the screen or dialog in front (:data:`SECTIONS`).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from skow_desk.resources import resources_dir

GUIDE = "help/handleiding.html"

# Screen or dialog (class name, or the object name of a main-window tab) → guide section.
SECTIONS: dict[str, str] = {
    "RegisterView": "meldingen", "TasksView": "termijnen", "PersonsView": "personen",
    "OverviewView": "jaaroverzicht", "AuditView": "logboek", "CaseView": "zaak",
    "IncidentDialog": "stap-melding", "ConsultationDialog": "stap-overleg",
    "ConversationDialog": "stap-gesprek", "MeasureDialog": "stap-maatregel",
    "LetterDialog": "brieven", "LetterWindow": "brieven", "TemplateEditor": "sjablonen",
    "PersonDialog": "personen", "PersonPicker": "personen", "DossierView": "personen",
    "SettingsDialog": "veilig", "DoneDateDialog": "termijnen", "LinkDialog": "stap-melding",
}


def guide_path() -> str:
    """The guide's file (in the source tree or the bundle)."""
    return str(resources_dir() / GUIDE)


def section_for(widget: QWidget | None) -> str:
    """The section about ``widget`` or the nearest of its parents; "" for the start."""
    while widget is not None:
        for cls in type(widget).__mro__:
            section = SECTIONS.get(cls.__name__)
            if section:
                return section
        widget = widget.parentWidget()
    return ""


class HelpWindow(QDialog):
    """The guide in a browser with working links; one window, brought forward again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Handleiding SKOW Desk"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("Handleiding"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(guide_path()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 680)
        self.section = ""

    def show_section(self, section: str) -> None:
        """Show the guide at ``section`` (its anchor); the top for ""."""
        self.section = section
        self.show()  # first: the page is laid out for the window's size
        if QApplication.platformName() != "offscreen":  # (which cannot raise a window)
            self.raise_()
        self.activateWindow()
        QApplication.processEvents()
        if section:
            self.browser.scrollToAnchor(section)
        else:
            self.browser.verticalScrollBar().setValue(0)


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    """Whether ``window`` is among ``widget``'s parents (across dialog windows)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def show_help(window: QMainWindow, widget: QWidget | None = None) -> HelpWindow:
    """The guide at the section about ``widget`` (default: the dialog or tab in front)."""
    if widget is None:
        active = QApplication.activeWindow()
        ours = (active is not None and active is not window and active.isVisible()
                and _belongs_to(active, window))  # a dialog of this window, in front
        widget = active if ours else None
        if widget is None or isinstance(widget, HelpWindow):
            tabs = window.findChild(QTabWidget, "tabs")
            widget = tabs.currentWidget() if tabs is not None else None
    guide = window.findChild(HelpWindow, "helpWindow")
    if guide is None:
        guide = HelpWindow(window)
    guide.show_section(section_for(widget))
    return guide
