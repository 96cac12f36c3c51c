"""The shipped resources — fonts, letter templates, legal data, the school calendar, demo names,
the help text and the protocol — are the files of this package.

Inside the package, a wheel carries them as package data (pyproject.toml) and the PyInstaller
bundle collects them beside the frozen package (build.spec); this is the one place that finds
them. The folder is the package's own: what ``importlib.resources.files(__name__)`` gives for a
package in a folder (the source tree, an installed wheel; PyInstaller sets ``__file__`` of a
frozen module under its bundle folder too, where build.spec puts the files). Read from
``__file__`` rather than through ``importlib.resources`` because importing that costs the
start-up 7–14 ms before the first paint (measured); tests/packaging/test_wheel.py checks the
two agree and that the installed wheel finds everything.
"""

from __future__ import annotations

from pathlib import Path

_FOLDER = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder of the shipped resources, as a real path (ReportLab and Qt open files)."""
    return _FOLDER
