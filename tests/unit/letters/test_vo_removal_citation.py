"""VO removal letters cite the current law: never the repealed Inrichtingsbesluit WVO, never an
unconfirmed WVO 2020 article number, and the article a foundation has confirmed once it has.

The WVO 2020 / Uitvoeringsbesluit WVO 2020 article numbers on removal could not be confirmed
(docs/legal.md, "VO citations"), so the letters name the law generally; the suspension letter is
covered by tests/unit/letters/test_letters_authority_terms.py.
"""

from __future__ import annotations

import pytest

from skow_desk.domain.enums import Denomination, Sector
from skow_desk.letters.legal import legal_texts
from skow_desk.letters.render import render_letter
from skow_desk.letters.templating import build_letter, shipped_template
from tests.unit.letters.letter_helpers import make_request, pdf_text

GENERAL = "de Wet voortgezet onderwijs 2020 en het Uitvoeringsbesluit WVO 2020"


def _text(kind: str, denomination: Denomination,
          confirmations: tuple[tuple[str, str], ...] = ()) -> str:
    data = build_letter(make_request(kind, Sector.VO, denomination), shipped_template(kind),
                        legal_texts(Sector.VO, denomination, confirmations=confirmations),
                        draft=False)
    return " ".join(pdf_text(render_letter(data)).split())


@pytest.mark.parametrize("denomination", list(Denomination))
@pytest.mark.parametrize("kind", ["pupil_voornemen_verwijdering", "pupil_besluit_verwijdering"])
def test_a_vo_removal_letter_names_the_current_law_without_an_unconfirmed_article(
        kind: str, denomination: Denomination) -> None:
    text = _text(kind, denomination)
    assert GENERAL in text
    for repealed in ("Inrichtingsbesluit", "artikel 14", "artikel 27", "Wet op het voortgezet"):
        assert repealed not in text, repealed


@pytest.mark.parametrize("kind", ["pupil_voornemen_verwijdering", "pupil_besluit_verwijdering"])
def test_a_confirmed_removal_article_is_printed(kind: str) -> None:
    text = _text(kind, Denomination.PUBLIC, confirmations=(
        ("VO.pupil.removal", "artikel 98 van de Wet voortgezet onderwijs 2020"),))
    assert "artikel 98 van de Wet voortgezet onderwijs 2020" in text
    assert GENERAL not in text
