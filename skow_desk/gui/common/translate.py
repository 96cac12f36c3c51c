"""One ``tr`` for texts outside a widget (table models, helpers): one shared context.

Widgets use their own ``self.tr``; the program is Dutch only (no ``.qm`` is loaded), so the
context only groups the texts for a translator, should one ever come.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "SkowDesk"


def tr(text: str) -> str:
    """``text`` as the interface shows it."""
    return QCoreApplication.translate(CONTEXT, text)
