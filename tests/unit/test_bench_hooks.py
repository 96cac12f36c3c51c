"""The bench times the PDF layout inside finalising by wrapping the renderer where
``finalise_letter`` looks it up. When a split moves either one, the wrapper would time nothing
(``make bench`` then failed with "no median for empty data"); this keeps them together."""

from __future__ import annotations

from bench import letters as bench_letters
from skow_desk.services.letters import finalise_letter


def test_the_bench_wraps_the_renderer_that_finalise_letter_calls() -> None:
    module = bench_letters.letters_service
    assert finalise_letter.__module__ == module.__name__
    assert finalise_letter.__globals__[bench_letters._RENDER] is getattr(
        module, bench_letters._RENDER)
