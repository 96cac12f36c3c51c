"""Where the address of a letter goes: the window of a DL window envelope.

The one place of the window's defaults. The letter's layout (:mod:`skow_desk.letters.render`),
the services that read the director's settings and the settings dialog all take them from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class AddressWindow:
    """Where the address goes: its left edge and width, and the line it is centred on.

    The defaults (NTG/isodoc, after NEN 1026) fit a DL window envelope whose window is
    ``window_top_mm`` … ``window_top_mm + window_height_mm`` from the top of the page.
    """

    left_mm: float = 35.0
    width_mm: float = 70.0
    center_from_top_mm: float = 63.5
    window_top_mm: float = 50.0
    window_height_mm: float = 30.0
    margin_mm: float = 1.5
    """Kept clear inside the window, so folding tolerance never hides a line."""


DEFAULT_WINDOW = AddressWindow()


class WindowSetting(NamedTuple):
    """A setting the director may change (Instellingen → Brief) and its default."""

    key: str
    default: float


WINDOW_LEFT = WindowSetting("brief.venster_links_mm", DEFAULT_WINDOW.left_mm)
WINDOW_WIDTH = WindowSetting("brief.venster_breedte_mm", DEFAULT_WINDOW.width_mm)
WINDOW_MIDDLE = WindowSetting("brief.venster_midden_mm", DEFAULT_WINDOW.center_from_top_mm)
WINDOW_SETTINGS: tuple[WindowSetting, ...] = (WINDOW_LEFT, WINDOW_WIDTH, WINDOW_MIDDLE)


def setting_number(text: str | None, default: float) -> float:
    """A stored number (a Dutch comma allowed), or ``default`` when it is missing or no number."""
    if text is None:
        return default
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return default


def window_from_settings(stored: Mapping[str, str]) -> AddressWindow:
    """The window from the stored settings (key → text); a missing or bad one is its default."""
    return AddressWindow(
        left_mm=setting_number(stored.get(WINDOW_LEFT.key), WINDOW_LEFT.default),
        width_mm=setting_number(stored.get(WINDOW_WIDTH.key), WINDOW_WIDTH.default),
        center_from_top_mm=setting_number(stored.get(WINDOW_MIDDLE.key), WINDOW_MIDDLE.default),
    )
