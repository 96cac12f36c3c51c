"""Issue 14: the documentation lives in the repository, one language per document."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ("architecture.md", "glossary.md", "legal.md", "how-to.md", "style.md", "development.md")
LINK = re.compile(r"\]\(([^)#]+)(?:#[^)]*)?\)")


def _texts() -> dict[Path, str]:
    files = [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]
    return {path: path.read_text("utf-8") for path in files}


def test_docs_exist_and_their_links_resolve() -> None:
    for name in DOCS:
        assert (ROOT / "docs" / name).is_file(), name
    for path, text in _texts().items():
        for target in LINK.findall(text):
            if "://" not in target:
                assert (path.parent / target).exists(), f"{path.name}: {target}"


def test_nothing_points_outside_the_repository() -> None:
    sources = [*ROOT.glob("*.md"), *(ROOT / "docs").glob("*.md"), ROOT / "Makefile",
               ROOT / "build.spec", *(ROOT / "skow_desk").rglob("*.py"),
               *(ROOT / "tests").rglob("*.py")]
    here = Path(__file__).resolve()
    offenders = [str(p.relative_to(ROOT)) for p in sources
                 if p.resolve() != here and "../shared" in p.read_text("utf-8")]
    assert offenders == []


def test_readme_is_dutch_throughout() -> None:
    # A few of the commonest English words; the README quotes code, never English prose.
    text = re.sub(r"`[^`]*`|```.*?```", "", (ROOT / "README.md").read_text("utf-8"), flags=re.S)
    english = re.findall(r"\b(?:the|which|with|counts|without|incidents)\b", text)
    assert english == []


def test_the_protocol_is_shipped_with_the_program() -> None:
    from skow_desk.resources import resources_dir

    protocol = resources_dir() / "protocol-sociale-media-skow.txt"
    assert "sociale media" in protocol.read_text("utf-8").lower()
    # The bundle carries the package's resources (tests/packaging/test_wheel.py: the wheel).
    spec = (ROOT / "build.spec").read_text("utf-8")
    assert '_package_data(ROOT / "skow_desk" / "resources", "skow_desk/resources")' in spec
