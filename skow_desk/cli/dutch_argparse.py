"""argparse in Dutch: "gebruik:", "opties", "fout:" and its error sentences.

argparse looks up its ``_`` and ``ngettext`` (from gettext) each time it builds a parser or
reports an error, and Python ships no Dutch catalogue for it. :func:`install` points both at the
small catalogue below; a message it does not know stays as argparse wrote it.
"""

from __future__ import annotations

import argparse

MESSAGES = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon de versie en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "unrecognized arguments: %s": "onbekend: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde %(value)r",
    "expected one argument": "hier hoort één waarde bij",
    "expected at least one argument": "hier hoort ten minste één waarde bij",
    "expected at most one argument": "hier hoort ten hoogste één waarde bij",
    "expected %s argument": "hier hoort %s waarde bij",
    "expected %s arguments": "hier horen %s waarden bij",
    "not allowed with argument %s": "kan niet samen met %s",
    "one of the arguments %s is required": "kies een van %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "%(option)s is niet eenduidig: bedoelt u %(matches)s?",
    "ignored explicit argument %r": "waarde %r genegeerd",
    "unexpected option string: %s": "onverwachte optie: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)",
}


def dutch(message: str) -> str:
    """``message`` in Dutch when the catalogue has it."""
    return MESSAGES.get(message, message)


def dutch_plural(singular: str, plural: str, count: int) -> str:
    """The singular or plural form, in Dutch."""
    return dutch(singular if count == 1 else plural)


def install() -> None:
    """Make argparse speak Dutch from now on (idempotent)."""
    setattr(argparse, "_", dutch)  # noqa: B010 (argparse has no public hook for this)
    setattr(argparse, "ngettext", dutch_plural)  # noqa: B010
