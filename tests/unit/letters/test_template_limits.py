"""A letter template cannot hang the window or exhaust memory: size, work and output are capped.

Each hostile template ends in a Dutch TemplateError naming the limit, quickly, instead of a
multi-gigabyte string, an endless loop or an uncaught MemoryError.
"""

from __future__ import annotations

import pytest

from skow_desk.letters.engine import TemplateError, render_paragraphs

HOSTILE = {
    "huge string": "{{ 'x' * 1000000000 }}",
    "huge list": "{{ ([1] * 1000000000) | length }}",
    "huge power": "{{ 9 ** 99999999 }}",
    "nested loops": ("{% for a in range(100000) %}{% for b in range(100000) %}x"
                     "{% endfor %}{% endfor %}"),
    "silent nested loops": ("{% for a in range(100000) %}{% for b in range(100000) %}"
                            "{% endfor %}{% endfor %}klaar"),
    "lipsum": "{{ lipsum(50000) }}",
    "padding": "{{ 'x'.ljust(1000000000) }}",
    "join of a range": "{{ range(100000) | join(',') * 100000 }}",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_template_is_refused(name: str) -> None:
    with pytest.raises(TemplateError) as caught:
        render_paragraphs(HOSTILE[name], {})
    assert "te grote" in caught.value.message or "te veel" in caught.value.message


def test_ordinary_loops_and_repetition_still_work() -> None:
    assert render_paragraphs("{% for i in range(3) %}{{ i }}{% endfor %} {{ '-' * 5 }}",
                             {}) == ("012 -----",)
