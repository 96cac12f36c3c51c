"""The ``skow-desk`` command. The window is the product; this serves admins and automation.

Exit codes: 0 success; 1 a user error, one clear Dutch line on stderr, no traceback;
2 wrong usage (argparse).

``common`` opens the data folder for a command (:func:`~skow_desk.cli.common.opened`),
``commands`` holds the commands, ``window`` the window and its self-test, ``parser`` the
arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from skow_desk.cli.common import CliError, read_passphrase
from skow_desk.cli.parser import _window_args, build_parser
from skow_desk.cli.window import NO_DISPLAY, cmd_gui, display_problem
from skow_desk.domain.errors import DomainError

__all__ = [
    "NO_DISPLAY", "CliError", "_window_args", "build_parser", "display_problem", "main",
    "os_error_text", "read_passphrase",
]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    from skow_desk import diagnostics

    diagnostics.start()  # the log, the crash log and the exception hooks (cheap)
    args = _window_args(argv) or build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except DomainError as error:
        print(f"skow-desk: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("skow-desk: afgebroken.", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"skow-desk: {os_error_text(error)}", file=sys.stderr)
        return 1
    except Exception as error:  # damage found by a read after the open's checks
        from skow_desk.store.connection import DAMAGED, is_damage

        cause = error.__cause__ or error.__context__
        if not (is_damage(error) or (cause is not None and is_damage(cause))):
            raise
        print(f"skow-desk: {DAMAGED}", file=sys.stderr)
        return 1


def os_error_text(error: OSError) -> str:
    """A Dutch sentence for a file-system error (the system's own text is English)."""
    where = f"'{error.filename}'" if error.filename else "het bestand"
    if isinstance(error, FileNotFoundError):
        return f"{where} bestaat niet."
    if isinstance(error, IsADirectoryError):
        return f"{where} is een map; geef een bestandsnaam op."
    if isinstance(error, NotADirectoryError):
        return f"{where} is geen map."
    if isinstance(error, PermissionError):
        return f"Geen toestemming om {where} te lezen of te schrijven."
    if isinstance(error, FileExistsError):
        return f"{where} bestaat al."
    return f"{where} kan niet worden gelezen of geschreven ({error.strerror or error})."
