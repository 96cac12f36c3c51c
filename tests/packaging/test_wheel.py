"""Issue 14 item 3: the package stands on its own.

A wheel is built from the project (as ``pip install .`` builds it), installed into a fresh venv,
and the installed ``skow-desk`` makes demo data, writes a case's letters and the yearly overview
as PDF. Only the wheel is installed there: its dependencies come from the venv running the tests
through a ``.pth`` line (nothing downloaded), and the commands run from an empty folder without
``PYTHONPATH``, so neither the source tree nor its editable install can stand in for the wheel —
each command proves it ran the installed copy.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from skow_desk.domain.enums import Role
from skow_desk.domain.schoolyear import SchoolYear
from skow_desk.store.models import Measure
from skow_desk.store.vault import open_data
from tests.unit.letters.letter_helpers import pdf_text

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "fietsen langs de groene dijk"
WHERE = "import skow_desk, sys; sys.stdout.write(skow_desk.__file__)"
TIMEOUT_S = 240


class Installed:
    """The fresh venv with the wheel in it; runs its ``skow-desk`` from an empty folder."""

    def __init__(self, venv: Path, wheel: Path, work: Path) -> None:
        scripts = venv / ("Scripts" if os.name == "nt" else "bin")
        suffix = ".exe" if os.name == "nt" else ""
        self.venv, self.wheel, self.cwd = venv, wheel, work / "leeg"
        self.cwd.mkdir()
        self.python = scripts / f"python{suffix}"
        self.command = scripts / f"skow-desk{suffix}"
        self.env = {key: value for key, value in os.environ.items()
                    if key not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
        self.env.update(SKOW_DESK_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
                        PYTHONNOUSERSITE="1")

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([str(a) for a in args], cwd=self.cwd, env=self.env,
                              capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
        assert done.returncode == 0, f"{args}: {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done

    def skow_desk(self, *args: str | Path) -> str:
        return self.run(self.command, *args).stdout


def _build_wheel(work: Path) -> Path:
    """``pip wheel`` of a clean copy of the project (the build writes into the tree it builds,
    so not into the repository); offline: the test venv's setuptools, no build isolation."""
    source = work / "bron"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "skow_desk", source / "skow_desk",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--no-index", "-q", "-w", str(work / "wielen"), str(source)],
                   check=True, capture_output=True, timeout=TIMEOUT_S)
    [wheel] = (work / "wielen").glob("skow_desk-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("wiel")
    wheel = _build_wheel(work)
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=TIMEOUT_S)
    found = Installed(venv, wheel, work)
    # From the empty folder, without PYTHONPATH and with --force-reinstall: otherwise pip finds
    # the source tree's own skow_desk.egg-info (made by the editable install) on the path,
    # says "already installed" and installs nothing.
    subprocess.run([sys.executable, "-m", "pip", "--python", str(found.python), "install",
                    "--no-deps", "--no-index", "--force-reinstall", "-q", str(wheel)],
                   check=True, capture_output=True, timeout=TIMEOUT_S, cwd=found.cwd,
                   env=found.env)
    # The dependencies: the test venv's own folders, as plain paths. Its .pth files (the
    # editable install of this tree) are not run for a path named in a .pth file.
    site = Path(found.run(found.python, "-c", "import sysconfig; import sys; "
                          "sys.stdout.write(sysconfig.get_path('purelib'))").stdout)
    shared = dict.fromkeys(sysconfig.get_path(kind) for kind in ("purelib", "platlib"))
    (site / "_skow_test_dependencies.pth").write_text("\n".join(shared) + "\n", "utf-8")
    return found


def test_every_resource_file_is_in_the_wheel(installed: Installed) -> None:
    resources = ROOT / "skow_desk" / "resources"
    expected = {path.relative_to(ROOT).as_posix() for path in resources.rglob("*")
                if path.is_file() and "__pycache__" not in path.parts}
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    assert {"skow_desk/resources/fonts/DejaVuSans.ttf",
            "skow_desk/resources/templates/pupil_schorsing.txt.j2",
            "skow_desk/resources/legal/po.toml"} <= expected
    assert expected - names == set()
    # Nothing beside the package any more: a file added under the old top-level folder would
    # be missing from every installation.
    assert not (ROOT / "resources").exists()


def test_the_resources_are_where_importlib_resources_finds_them(installed: Installed) -> None:
    from skow_desk.resources import resources_dir

    assert resources_dir() == Path(str(files("skow_desk.resources"))).resolve()
    code = ("import importlib.resources as r, pathlib, sys; from skow_desk.resources import "
            "resources_dir as d; sys.stdout.write(str(d() == pathlib.Path(str("
            "r.files('skow_desk.resources'))).resolve() and (d() / 'fonts').is_dir()))")
    assert installed.run(installed.python, "-c", code).stdout == "True"


def test_the_installed_wheel_writes_demo_letters_and_the_overview(installed: Installed,
                                                                  tmp_path: Path) -> None:
    where = Path(installed.run(installed.python, "-c", WHERE).stdout).resolve()
    assert where.is_relative_to(installed.venv.resolve()), where
    assert not where.is_relative_to(ROOT)

    folder = tmp_path / "gegevens"
    summary = installed.skow_desk("--data-dir", folder, "demo", "--incidents", "80")
    assert summary.strip()

    db = open_data(folder, PASSPHRASE)
    try:
        with db.transaction() as s:
            measure = next(m for m in s.scalars(select(Measure).order_by(Measure.id))
                           if m.person.role is Role.PUPIL and m.incident.school.postcode)
            kenmerk = measure.incident.kenmerk
    finally:
        db.close()
    out = tmp_path / "brieven"
    printed = installed.skow_desk("--data-dir", folder, "letters", "--kenmerk", kenmerk,
                                  "--out", out)
    letters = sorted(out.glob("*.pdf"))
    assert letters and all(str(path) in printed for path in letters)
    for path in letters:
        pdf = path.read_bytes()
        text = pdf_text(pdf)
        assert kenmerk in text and "Geachte " in text and "CONCEPT" in pdf_text(pdf, furniture=True)
        assert "artikel" in text  # the legal data and the template came from the wheel
        assert _fonts(pdf) and all(f.startswith("DejaVuSans") for f in _fonts(pdf))

    overview = tmp_path / "x.pdf"
    year = SchoolYear.of(date.today()).label
    installed.skow_desk("--data-dir", folder, "overview", "--schooljaar", year, "--out", overview)
    text = pdf_text(overview.read_bytes(), furniture=True)
    assert "Jaaroverzicht meldingen protocol sociale media" in text
    assert f"Schooljaar {year}" in text


def _fonts(pdf: bytes) -> set[str]:
    found: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            found.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return found
