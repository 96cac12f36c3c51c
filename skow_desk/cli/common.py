"""What every command shares: the passphrase, the data folder, and opening it for one command."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from skow_desk.domain.errors import DomainError

if TYPE_CHECKING:
    from skow_desk.store.db import Database


class CliError(DomainError):
    """A user error on the command line."""


def read_passphrase(confirm: bool = False) -> str:
    """From ``SKOW_DESK_PASSPHRASE``, or asked at the terminal; otherwise a clear error."""
    from skow_desk.store.keys import PASSPHRASE_ENV

    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            f"Geen wachtwoord: zet de omgevingsvariabele {PASSPHRASE_ENV} of start de opdracht "
            "in een terminal, dan wordt erom gevraagd."
        )
    first = getpass.getpass("Wachtwoord: ")
    if confirm and getpass.getpass("Herhaal het wachtwoord: ") != first:
        raise CliError("De twee wachtwoorden zijn niet gelijk.")
    return first


def folder_of(args: argparse.Namespace) -> Path:
    from skow_desk.store.location import data_dir

    return data_dir(args.data_dir)


def open_data_of(args: argparse.Namespace, create: bool = False) -> Database:
    """Open the data folder; with ``create``, set it up when empty (shows the recovery key)."""
    from skow_desk.store.vault import create_data, is_set_up, open_data

    folder = folder_of(args)
    if create and not is_set_up(folder):
        db, recovery = create_data(folder, read_passphrase(confirm=True))
        print(
            "Nieuwe gegevensmap ingericht. Herstelsleutel (bewaar die op papier; het is de enige "
            f"weg terug als u het wachtwoord vergeet): {recovery}",
            file=sys.stderr,
        )
        return db
    return open_data(folder, read_passphrase())


@contextmanager
def opened(args: argparse.Namespace, create: bool = False) -> Iterator[Database]:
    """The data folder of ``args``, open for one command and closed after it, also on an error.

    With ``create`` an empty folder is set up first (the recovery key is shown once).
    """
    db = open_data_of(args, create)
    try:
        yield db
    finally:
        db.close()
