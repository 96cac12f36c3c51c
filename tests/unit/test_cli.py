"""The skow-desk command: exit codes, messages, the data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from skow_desk.cli import main

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "skow_desk", *args], capture_output=True,
                          text=True, env=full_env, cwd=REPO, timeout=120)


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert "SKOW Desk" in capsys.readouterr().out


def test_wrong_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as done:
        main(["config", "herladen", "x.toml"])
    assert done.value.code == 2


def test_demo_then_refuses_a_folder_with_data(tmp_path, capsys):
    folder = str(tmp_path / "d")
    assert main(["--data-dir", folder, "demo", "--incidents", "40", "--seed", "3"]) == 0
    out = capsys.readouterr()
    assert "40 meldingen" in out.out
    assert "Herstelsleutel" in out.err
    assert main(["--data-dir", folder, "demo"]) == 1
    assert "bevat al gegevens" in capsys.readouterr().err


def test_wrong_passphrase_exits_1_without_traceback(tmp_path):
    folder = str(tmp_path / "d")
    assert run("--data-dir", folder, "demo", "--incidents", "5").returncode == 0
    result = run("--data-dir", folder, "config", "export", str(tmp_path / "x.toml"),
                 env={"SKOW_DESK_PASSPHRASE": "dit-is-niet-het-wachtwoord"})
    assert result.returncode == 1
    assert "wachtwoord is onjuist" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_passphrase_and_no_terminal_exits_1(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "SKOW_DESK_PASSPHRASE"}
    result = subprocess.run([sys.executable, "-m", "skow_desk", "--data-dir",
                             str(tmp_path / "d"), "config", "export", str(tmp_path / "x.toml")],
                            capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                            cwd=REPO, timeout=60)
    assert result.returncode == 1
    assert "SKOW_DESK_PASSPHRASE" in result.stderr


def test_config_export_without_data_is_a_clear_error(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "leeg"), "config", "export", "x.toml"]) == 1
    assert "nog geen gegevens" in capsys.readouterr().err


def test_config_import_sets_up_a_new_folder(tmp_path, capsys):
    toml = tmp_path / "s.toml"
    toml.write_text('[stichting]\nnaam = "Stichting SKOW"\n\n[[school]]\nbrin = "04XY"\n'
                    'naam = "De Regenboog"\nsector = "PO"\ndenominatie = "bijzonder"\n',
                    encoding="utf-8")
    folder = str(tmp_path / "d")
    assert main(["--data-dir", folder, "config", "import", str(toml)]) == 0
    assert "1 school" in capsys.readouterr().out
    out = tmp_path / "uit.toml"
    assert main(["--data-dir", folder, "config", "export", str(out)]) == 0
    assert 'brin = "04XY"' in out.read_text(encoding="utf-8")


def test_file_system_errors_are_dutch_sentences(tmp_path, capsys):
    folder = str(tmp_path / "d")
    assert main(["--data-dir", folder, "demo", "--incidents", "3"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "backup", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is een map" in err or "kan niet" in err
    assert "Traceback" not in err and "Is a directory" not in err


def test_window_start_skips_the_command_parsers_but_commands_and_help_do_not() -> None:
    from skow_desk.cli import _window_args

    window = _window_args(["--data-dir", "demo", "--quit-after-start"])
    assert window is not None and window.data_dir == "demo" and window.quit_after_start
    assert _window_args([]) is not None
    assert _window_args(["--data-dir", "x", "demo", "--incidents", "5"]) is None
    assert _window_args(["--help"]) is None
    assert _window_args(["--onbekend"]) is None  # the full parser says what is wrong
