"""services/letters.py is split by step; it still offers every name callers import from it."""

from __future__ import annotations

from pathlib import Path

import pytest

import skow_desk.services.letters as letters

SERVICES = Path(letters.__file__).parent
MODULES = ["letters", "letter_parts", "letter_templates", "letter_drafting", "letter_store"]


@pytest.mark.parametrize("name", MODULES)
def test_each_letters_module_stays_small(name: str) -> None:
    lines = (SERVICES / f"{name}.py").read_text(encoding="utf-8").count("\n")
    assert lines <= 400, f"services/{name}.py has {lines} lines"


def test_the_letters_module_offers_what_callers_import() -> None:
    wanted = {"MEMO_KINDS", "address_window", "current_letters", "draft_letters",
              "finalise_letter", "get_letter", "letter_kinds_for_measure", "letter_pdf",
              "letter_signer", "letters_of_incident", "letters_of_person", "redate_letters",
              "render", "restore_template", "save_template", "signer_for", "template_source",
              "write_case_letters"}
    assert set(letters.__all__) == wanted
    assert all(callable(getattr(letters, name)) or name == "MEMO_KINDS" for name in wanted)
