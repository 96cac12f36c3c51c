"""Evidence: choosing files, adding a link, and opening a stored file or link.

Images and PDFs are shown inside SKOW Desk (:mod:`skow_desk.gui.cases.evidence_viewer`): nothing is
written to disk. Other files open with the system's program only when their type is on an
allowlist of documents and media (never programs, scripts, shortcuts, macro documents or web
pages); they are written to a private per-user folder (0700 on POSIX) that is wiped at every
start and at the end of the program, so a crash leaves no copy for longer than one session.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from skow_desk.domain.errors import DomainError
from skow_desk.gui.cases.dialogs.open_copies import private_folder
from skow_desk.gui.common import msgbox
from skow_desk.gui.common.dialog_base import FormDialog, dialog_buttons, save_in_transaction
from skow_desk.services.case_queries import evidence_file, read_only
from skow_desk.services.incidents import MAX_EVIDENCE_BYTES, add_evidence
from skow_desk.store.db import Database

_UNSAFE = re.compile(r"[^\w.\- ()]+")
WEB_SCHEMES = ("http", "https")
SHOWN_INSIDE = {".png": "image", ".jpg": "image", ".jpeg": "image", ".gif": "image",
                ".bmp": "image", ".webp": "image", ".pdf": "pdf"}
# Opened with the system's program from the private folder: documents and media only.
OPEN_OUTSIDE = frozenset({
    ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".txt", ".rtf", ".csv",
    ".mp4", ".m4v", ".mov", ".avi", ".wmv", ".mkv", ".webm",
    ".mp3", ".m4a", ".wav", ".ogg", ".opus", ".aac", ".heic", ".heif", ".tif", ".tiff",
})


def choose_files(parent: QWidget | None) -> list[Path]:
    """Ask which files to add (tests replace this function)."""
    return msgbox.open_files(
        parent, parent.tr("Bewijsstukken kiezen") if parent else "Bewijsstukken kiezen", "",
        "Alle bestanden (*);;Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp);;"
        "Documenten (*.pdf *.docx *.txt)")


def open_url(url: QUrl) -> bool:
    """Open with the program Windows chooses (tests replace this function)."""
    return QDesktopServices.openUrl(url)


def read_files(paths: list[Path]) -> list[tuple[str, bytes]]:
    """Name and bytes of each file; a Dutch refusal when one cannot be read."""
    result = []
    for path in paths:
        try:
            if path.stat().st_size > MAX_EVIDENCE_BYTES:
                raise DomainError(f"Het bestand '{path.name}' is groter dan 50 MB; bewaar een "
                                  "kleinere versie.")
            result.append((path.name, path.read_bytes()))
        except OSError:
            raise DomainError(f"Het bestand '{path.name}' kan niet worden gelezen. Is het nog "
                              "geopend in een ander programma?") from None
    return result


def add_files(db: Database, parent: QWidget, incident_id: int, paths: list[Path]) -> bool:
    """Keep the files with the incident, all in one transaction."""
    if not paths:
        return False
    try:
        files = read_files(paths)
    except DomainError as exc:
        msgbox.error(parent, exc.message)
        return False

    def work(session: Session) -> None:
        for name, content in files:
            add_evidence(session, incident_id, name, content)

    return save_in_transaction(parent, db, work)


def normalise_link(text: str) -> str:
    """``www.x.nl/y`` → ``https://www.x.nl/y``; other schemes are refused."""
    text = text.strip()
    if text and "://" not in text:
        text = f"https://{text}"
    url = QUrl(text)
    if text and (not url.isValid() or url.scheme().lower() not in WEB_SCHEMES or not url.host()):
        raise DomainError("Vul een webadres in dat begint met http:// of https://.")
    return text


def add_links(db: Database, parent: QWidget, incident_id: int, links: list[str]) -> bool:
    """Keep dropped web links with the incident."""
    def work(session: Session) -> None:
        for link in links:
            add_evidence(session, incident_id, "", b"", url=normalise_link(link))

    return bool(links) and save_in_transaction(parent, db, work)


def open_evidence(db: Database, parent: QWidget, evidence_id: int) -> Path | None:
    """Open a stored file (via a temporary copy) or link; returns the copy's path, if any."""
    try:
        with read_only(db) as session:
            stored = evidence_file(session, evidence_id)
    except DomainError as exc:
        msgbox.error(parent, exc.message)
        return None
    if not stored.content:
        try:
            link = normalise_link(stored.url)
        except DomainError as exc:
            msgbox.error(parent, exc.message)
            return None
        if not open_url(QUrl(link)):
            msgbox.error(parent, parent.tr("De link kon niet worden geopend."))
        return None
    name = _UNSAFE.sub("_", Path(stored.filename).name) or "bewijsstuk"
    suffix = Path(name).suffix.lower()
    if suffix in SHOWN_INSIDE:
        _show_inside(parent, name, stored.content, SHOWN_INSIDE[suffix])
        return None
    if suffix not in OPEN_OUTSIDE:
        msgbox.error(parent, parent.tr(
            "Dit soort bestand ({0}) wordt om veiligheidsredenen niet geopend: het kan een "
            "programma, script of snelkoppeling zijn. Afbeeldingen, PDF's, documenten en "
            "geluid of video kunnen wel worden geopend.").format(suffix or "zonder extensie"))
        return None
    target = private_folder() / f"{evidence_id}-{name}"
    target.write_bytes(stored.content)
    if os.name == "posix":
        os.chmod(target, 0o600)
    if not open_url(QUrl.fromLocalFile(str(target))):
        msgbox.error(parent, parent.tr(
            "Er is geen programma gevonden om dit bestand te openen."))
    return target


def _show_inside(parent: QWidget, name: str, content: bytes, kind: str) -> None:
    from skow_desk.gui.cases.evidence_viewer import EvidenceViewer, image_of
    from skow_desk.gui.common.dialog_base import run_dialog

    if kind == "image" and image_of(content) is None:
        msgbox.error(parent, parent.tr("Dit bestand is geen afbeelding die kan worden getoond."))
        return
    run_dialog(EvidenceViewer(name, content, kind, parent))


class LinkDialog(FormDialog):
    """Keep a web link (a post, a profile) as evidence."""

    def __init__(self, db: Database, incident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.incident_id = incident_id
        self.setWindowTitle(self.tr("Link als bewijsstuk"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Plak het webadres van het bericht of profiel. Maak ook een "
                               "schermafbeelding: een bericht kan later verdwijnen."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setAccessibleName(self.tr("Webadres"))
        self.url_edit.setPlaceholderText("https://")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("Toelichting"))
        self.note_edit.setPlaceholderText(self.tr("bijvoorbeeld: bericht van 3 november"))
        form.addRow(self.tr("&Webadres:"), self.url_edit)
        form.addRow(self.tr("&Toelichting:"), self.note_edit)
        layout.addLayout(form)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Save
                                 | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.url_edit.setFocus()
        self.mark_clean()

    def save_to(self, session: Session) -> None:
        """Keep the link."""
        url = normalise_link(self.url_edit.text())
        add_evidence(session, self.incident_id, "", b"", self.note_edit.text(), url)
