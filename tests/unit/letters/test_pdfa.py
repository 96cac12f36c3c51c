"""Letters are PDF/A-2b: every kind, draft and final, with and without a logo, passes pikepdf's
PDF/A allowlist validator (a test dependency only; docs/pdfa.md)."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from skow_desk.letters.legal import legal_texts
from skow_desk.letters.pdfa import OUTPUT_CONDITION
from skow_desk.letters.render import render_letter
from skow_desk.letters.templating import (
    LETTER_KINDS,
    build_letter,
    sample_request,
    shipped_template,
)

pikepdf = pytest.importorskip("pikepdf")
pdfa = pytest.importorskip("pikepdf.pdfa")


def _letter(kind: str, draft: bool) -> object:
    request = sample_request(kind)
    legal = legal_texts(request.school.sector, request.school.denomination)
    return build_letter(request, shipped_template(kind), legal, draft=draft)


def _findings(pdf: bytes) -> tuple[str, list[str]]:
    with pikepdf.open(io.BytesIO(pdf)) as document:
        report = pdfa.check(document, "2b")
        return str(report.verdict), [str(f) for f in report.findings]


@pytest.mark.parametrize("draft", [False, True], ids=["definitief", "concept"])
@pytest.mark.parametrize("kind", sorted(LETTER_KINDS))
def test_every_letter_kind_passes_the_pdfa_2b_validator(kind: str, draft: bool) -> None:
    verdict, findings = _findings(render_letter(_letter(kind, draft)))  # type: ignore[arg-type]
    assert verdict == "pass", findings


def test_a_letter_with_a_logo_passes_and_says_what_it_is() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (200, 80), (20, 80, 160, 128)).save(buffer, format="PNG")
    data = _letter("staff_waarschuwing", False)
    head = data.letterhead  # type: ignore[attr-defined]
    pdf = render_letter(replace(data, letterhead=replace(head, logo=buffer.getvalue())))  # type: ignore[type-var]
    verdict, findings = _findings(pdf)
    assert verdict == "pass", findings
    with pikepdf.open(io.BytesIO(pdf)) as document:
        meta = document.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == str(document.docinfo["/Title"])
        intent = document.Root.OutputIntents[0]
        assert str(intent.OutputConditionIdentifier) == OUTPUT_CONDITION
        assert not any("/Trans" in page.obj for page in document.pages)


def test_without_the_additions_the_validator_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check can fail: ReportLab's plain output is not PDF/A."""
    from skow_desk.letters import render

    monkeypatch.setattr(render, "make_pdfa", lambda canvas: None)
    verdict, findings = _findings(render_letter(_letter("pupil_schorsing", False)))  # type: ignore[arg-type]
    assert verdict != "pass"
    assert any("Metadata" in f or "OutputIntents" in f for f in findings)
