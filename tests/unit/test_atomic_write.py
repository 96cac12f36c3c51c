"""Issue 14: every file the program writes is written whole, and a file open in Excel gets a
calm Dutch sentence (on Windows, replacing it raises PermissionError / [WinError 32])."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from skow_desk.cli import main
from skow_desk.store import files
from skow_desk.store.files import FileInUse, FileProblem, atomic_write
from tests.conftest import PASSPHRASE

EXCEL = "Is het bestand nog geopend in Excel?"


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """``os.replace`` refuses as Windows does while Excel holds the target open."""
    attempts: list[Path] = []

    def refuse(source: Any, target: Any) -> None:
        attempts.append(Path(target))
        raise PermissionError(13, "The process cannot access the file because it is being "
                                  "used by another process", str(target))

    monkeypatch.setattr(files.os, "replace", refuse)
    monkeypatch.setattr(files, "RETRY_SECONDS", 0)
    return attempts


def test_writes_bytes_and_text_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "overzicht.csv"
    atomic_write(target, "schooljaar;aantal\r\n", encoding="utf-8-sig")
    assert target.read_bytes() == "\ufeffschooljaar;aantal\r\n".encode()
    atomic_write(target, b"nieuw")
    assert target.read_bytes() == b"nieuw"
    assert [p.name for p in tmp_path.iterdir()] == ["overzicht.csv"]


def test_a_file_open_in_excel_gets_the_calm_message_and_keeps_its_content(
        tmp_path: Path, locked: list[Path]) -> None:
    target = tmp_path / "jaaroverzicht.xlsx"
    target.write_bytes(b"oud")
    with pytest.raises(FileInUse) as raised:
        atomic_write(target, b"nieuw")
    assert EXCEL in raised.value.message and "‘jaaroverzicht.xlsx’" in raised.value.message
    assert isinstance(raised.value, PermissionError)  # callers catching OSError still do
    assert len(locked) == files.RETRIES  # retried (a virus scanner lets go after a moment)
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["jaaroverzicht.xlsx"]


def test_a_lock_that_lets_go_is_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.replace
    calls: list[int] = []

    def once_locked(source: Any, target: Any) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise PermissionError(13, "in gebruik", str(target))
        real(source, target)

    monkeypatch.setattr(files.os, "replace", once_locked)
    monkeypatch.setattr(files, "RETRY_SECONDS", 0)
    target = tmp_path / "brief.pdf"
    atomic_write(target, b"%PDF")
    assert target.read_bytes() == b"%PDF" and len(calls) == 2


def test_a_missing_folder_is_a_dutch_sentence(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="bestaat niet"):
        atomic_write(tmp_path / "weg" / "x.pdf", b"")


def test_overview_export_onto_an_open_file_says_so_on_the_command_line(
        demo_folder: Path, tmp_path: Path, locked: list[Path], capsys: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKOW_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "overzicht.xlsx"
    out.write_bytes(b"open in Excel")
    code = main(["--data-dir", str(demo_folder), "overview", "--schooljaar", "2025-2026",
                 "--out", str(out)])
    assert code == 1
    assert EXCEL in capsys.readouterr().err
    assert out.read_bytes() == b"open in Excel"


def test_letters_and_config_export_go_through_atomic_write(
        demo_folder: Path, tmp_path: Path, locked: list[Path], capsys: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKOW_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "stichting.toml"
    assert main(["--data-dir", str(demo_folder), "config", "export", str(out)]) == 1
    assert EXCEL in capsys.readouterr().err
    assert locked and locked[-1] == out
    assert main(["--data-dir", str(demo_folder), "import-template",
                 str(tmp_path / "sjabloon.xlsx")]) == 1
    assert EXCEL in capsys.readouterr().err
