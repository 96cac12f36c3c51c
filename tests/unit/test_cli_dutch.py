"""The command line speaks Dutch, also where argparse writes its own words: usage, the help
option, and the error when an option is missing or unknown (a director reads these)."""

from __future__ import annotations

import pytest

from skow_desk.cli import main

ENGLISH = ("usage:", "options", "error:", "show this help", "the following arguments",
           "unrecognized arguments")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    out = capsys.readouterr()
    return int(stopped.value.code or 0), out.out + out.err


def test_a_commands_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    code, text = _run(capsys, "letters", "--help")
    assert code == 0
    assert "gebruik: skow-desk letters" in text
    assert "opties:" in text and "toon deze hulp en stop" in text
    assert "het kenmerk van de melding" in text
    assert not [word for word in ENGLISH if word in text]


@pytest.mark.parametrize(("argv", "sentence"), [
    (("letters",), "skow-desk letters: fout: dit ontbreekt nog: --kenmerk"),
    (("--bogus",), "skow-desk: fout: onbekend: --bogus"),
    (("config", "lezen", "x.toml"), "fout: bij {import,export}: ongeldige keuze 'lezen'"),
])
def test_argparse_errors_are_dutch(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...],
                                   sentence: str) -> None:
    code, text = _run(capsys, *argv)
    assert code == 2
    assert sentence in text
    assert not [word for word in ENGLISH if word in text]
