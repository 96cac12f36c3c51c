"""The shipped resources — fonts, letter templates, legal data, the school calendar, demo names,
the help text and the protocol — are the files of this package.

Inside the package, a wheel carries them as package data (pyproject.toml) and the PyInstaller
bundle collects them beside the frozen package (build.spec). ``importlib.resources`` finds them
in the source tree, in an installed wheel and in the bundle alike; this is the one place that
does.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resources_dir() -> Path:
    """The folder of the shipped resources, as a real path (ReportLab and Qt open files)."""
    root = files(__name__)
    if not isinstance(root, Path):  # e.g. run from a zip: SKOW Desk is never installed so
        raise RuntimeError(f"De bestanden van het programma staan niet in een map: {root}")
    return root
