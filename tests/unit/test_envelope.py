"""The envelope window's defaults are defined once (domain/envelope.py) and read everywhere."""

from __future__ import annotations

from skow_desk.domain.envelope import (
    DEFAULT_WINDOW,
    WINDOW_LEFT,
    WINDOW_MIDDLE,
    WINDOW_WIDTH,
    AddressWindow,
    setting_number,
    window_from_settings,
)
from skow_desk.services.foundation import set_setting
from skow_desk.services.letters import address_window
from skow_desk.store.db import Database


def test_the_settings_default_to_the_layouts_window() -> None:
    assert (WINDOW_LEFT.default, WINDOW_WIDTH.default, WINDOW_MIDDLE.default) == (
        AddressWindow().left_mm, AddressWindow().width_mm, AddressWindow().center_from_top_mm)
    assert (DEFAULT_WINDOW.left_mm, DEFAULT_WINDOW.width_mm,
            DEFAULT_WINDOW.center_from_top_mm) == (35.0, 70.0, 63.5)


def test_a_missing_or_bad_setting_is_its_default() -> None:
    assert window_from_settings({}) == DEFAULT_WINDOW
    window = window_from_settings({WINDOW_LEFT.key: "25,5", WINDOW_WIDTH.key: "breed"})
    assert (window.left_mm, window.width_mm) == (25.5, DEFAULT_WINDOW.width_mm)
    assert setting_number(None, 4.0) == 4.0
    assert setting_number("7", 4.0) == 7.0


def test_the_service_reads_the_stored_window(db: Database) -> None:
    with db.transaction() as session:
        assert address_window(session) == DEFAULT_WINDOW
        set_setting(session, WINDOW_MIDDLE.key, "60")
        set_setting(session, WINDOW_LEFT.key, "20,5")
        window = address_window(session)
    assert (window.left_mm, window.width_mm, window.center_from_top_mm) == (20.5, 70.0, 60.0)
