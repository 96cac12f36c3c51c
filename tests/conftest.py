"""Root test configuration and factory fixtures.

Qt runs offscreen and Dutch. A migrated, encrypted template data folder is made once per
session and copied for each test (docs/style.md), so tests start from a real database quickly.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SKOW_DESK_PASSPHRASE", "test-wachtwoord-lang-genoeg")

PASSPHRASE = os.environ["SKOW_DESK_PASSPHRASE"]
TODAY = date(2026, 11, 24)


@pytest.fixture(scope="session", autouse=True)
def log_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The program's log in a temporary folder (also for the commands tests run as
    subprocesses), without its exception hooks: pytest and pytest-qt keep their own."""
    from skow_desk import diagnostics

    folder = tmp_path_factory.mktemp("logs")
    os.environ[diagnostics.LOG_DIR_ENV] = str(folder)
    diagnostics.start(folder, hooks=False)
    return folder


@pytest.fixture(scope="session")
def template_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated, encrypted data folder made once."""
    from skow_desk.store.vault import create_data

    folder = tmp_path_factory.mktemp("template") / "data"
    db, _recovery = create_data(folder, PASSPHRASE)
    db.close()
    return folder


@pytest.fixture(scope="session")
def demo_template_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with a small, deterministic demo data set, made once."""
    from skow_desk.services.demo import fill_demo
    from skow_desk.store.vault import create_data

    folder = tmp_path_factory.mktemp("demo-template") / "data"
    db, _recovery = create_data(folder, PASSPHRASE)
    fill_demo(db, incidents=120, seed=7, today=TODAY)
    db.close()
    return folder


@pytest.fixture
def data_folder(template_folder: Path, tmp_path: Path) -> Path:
    """A fresh copy of the empty template folder."""
    target = tmp_path / "data"
    shutil.copytree(template_folder, target)
    return target


@pytest.fixture
def demo_folder(demo_template_folder: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo folder."""
    target = tmp_path / "demo"
    shutil.copytree(demo_template_folder, target)
    return target


@pytest.fixture
def db(data_folder: Path) -> Iterator[object]:
    """An open, empty database (a ``skow_desk.store.db.Database``)."""
    from skow_desk.store.vault import open_data

    database = open_data(data_folder, PASSPHRASE)
    yield database
    database.close()


@pytest.fixture
def demo_db(demo_folder: Path) -> Iterator[object]:
    """An open database with the demo data."""
    from skow_desk.store.vault import open_data

    database = open_data(demo_folder, PASSPHRASE)
    yield database
    database.close()


def _quick_key_stretching() -> None:
    """New key slots in tests use Argon2id with 1 MiB and one pass instead of 19 MiB and two:
    thousands of unlocks stay quick. Slots still name their parameters, so every code path is
    the real one; the tests of the parameters themselves
    (tests/unit/security/test_kdf_and_strength.py) set them back."""
    from skow_desk.store import keys

    keys.TARGET_PARAMS = keys.Argon2Params(m=1024, t=1)


_quick_key_stretching()
