"""Every data command opens the folder through one context manager (cli/common.py:opened)."""

from __future__ import annotations

import argparse
import inspect
from typing import Any

import pytest

from skow_desk.cli import commands, common, main
from skow_desk.domain.errors import NotFound


class FakeDatabase:
    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


def test_opened_closes_the_folder_also_when_the_command_fails(monkeypatch: Any) -> None:
    fake = FakeDatabase()
    asked: list[bool] = []

    def open_data_of(args: argparse.Namespace, create: bool = False) -> FakeDatabase:
        asked.append(create)
        return fake

    monkeypatch.setattr(common, "open_data_of", open_data_of)
    with common.opened(argparse.Namespace(), create=True) as db:
        assert db is fake
    with pytest.raises(NotFound), common.opened(argparse.Namespace()):
        raise NotFound("Deze melding bestaat niet.")
    assert fake.closed == 2
    assert asked == [True, False]


def test_no_command_opens_or_closes_the_folder_by_hand() -> None:
    source = inspect.getsource(commands)
    assert "open_data" not in source
    assert ".close()" not in source
    assert source.count("with opened(") == 10


def test_a_failed_command_leaves_the_folder_free_for_the_next(tmp_path: Any, capsys: Any) -> None:
    folder = str(tmp_path / "d")
    assert main(["--data-dir", folder, "demo", "--incidents", "5", "--seed", "2"]) == 0
    assert main(["--data-dir", folder, "letters", "--kenmerk", "GEEN-KENMERK", "--check"]) == 1
    assert "skow-desk:" in capsys.readouterr().err
    assert main(["--data-dir", folder, "audit", "verify"]) == 0
    assert "Logboek in orde" in capsys.readouterr().out
