"""Write requirements-lock.txt: the exact versions of what SKOW Desk needs, as installed now.

Run it in the venv in which the whole check (``make test`` and ``make bundle-check``) just
passed; CI on Windows installs from the file, so a new release of a dependency cannot break a
build unnoticed. Only the project's own dependencies (with the ``test`` and ``bundle`` extras)
and theirs, for this platform: unlike ``pip freeze``, nothing else the venv happens to hold.

    .venv/bin/python tools/lock.py > requirements-lock.txt

CI installs with it as constraints (``pip install -c requirements-lock.txt -e .[test,bundle]``):
what another platform needs beside it (pywin32-ctypes for the keyring on Windows) is still
resolved, and everything listed is held at the version that passed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

PROJECT = "skow-desk"
EXTRAS = ("test", "bundle")


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _project_requirements(extras: tuple[str, ...]) -> list[str]:
    """The project's requirements from pyproject.toml (the installed metadata may be older)."""
    document = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8"))
    project = document["project"]
    found = list(project["dependencies"])
    for extra in extras:
        found.extend(project.get("optional-dependencies", {}).get(extra, []))
    return found


def closure(extras: tuple[str, ...] = EXTRAS) -> dict[str, str]:
    """Every installed distribution the project needs (with ``extras``): name → version."""
    found: dict[str, str] = {}
    todo: list[tuple[str | None, tuple[str, ...]]] = [(None, extras)]
    while todo:
        name, wanted = todo.pop()
        texts = (_project_requirements(wanted) if name is None
                 else metadata.distribution(name).requires or [])
        for text in texts:
            requirement = Requirement(text)
            marker = requirement.marker
            if marker is not None and not any(
                    marker.evaluate({**default_environment(), "extra": extra})
                    for extra in (*wanted, "")):
                continue
            key = _key(requirement.name)
            if key in found or key == _key(PROJECT):
                continue
            try:
                found[key] = metadata.version(requirement.name)
            except metadata.PackageNotFoundError:
                print(f"# niet geïnstalleerd: {requirement}", file=sys.stderr)
                continue
            todo.append((requirement.name, tuple(requirement.extras)))
    return found


def main() -> int:
    pins = closure()
    print("# The versions CI last passed with (tools/lock.py; see docs/how-to.md).")
    print(f"# Python {sys.version.split()[0]} on {sys.platform}.")
    for name in sorted(pins):
        print(f"{name}=={pins[name]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
