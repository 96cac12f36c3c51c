"""The template engine: sandboxed Jinja2 text with Dutch field names, rendered into paragraphs.

A template is plain text. Blank lines separate paragraphs; lines within a paragraph run on as
one text; a line starting with ``- `` is a list item, ``# `` a heading and ``> `` a quotation.
Errors name the template line, in Dutch: "Regel 4: onbekend veld 'persoon.achternam'."
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import TracebackType
from typing import Any

from jinja2 import TemplateSyntaxError, Undefined, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from skow_desk.domain.dates import long_date, number_word, weekday_date
from skow_desk.domain.errors import DomainError
from skow_desk.letters.context import EmptyField, Fields, UnknownField

TEMPLATE_NAME = "<sjabloon>"
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_SPACES = re.compile(r"[ \t]+")
_CLOSING_PUNCTUATION = ",.;:!?)"
_LINE_MARK = "\ue000"  # private use: ends a text line that closes with a tag (prepare_source)


@dataclass(frozen=True)
class TemplateProblem:
    """One problem in a template, with its line when known."""

    line: int | None
    message: str

    def __str__(self) -> str:
        text = self.message if self.message.endswith((".", "?", "!")) else f"{self.message}."
        return f"Regel {self.line}: {text}" if self.line else text[0].upper() + text[1:]


class TemplateError(DomainError):
    """A template could not be used; the message names the line."""

    def __init__(self, problem: TemplateProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class _FilterError(Exception):
    """Raised by a filter; becomes a TemplateError with the template line."""


# --- filters ---------------------------------------------------------------------------------


def _defined(value: Any) -> Any:
    if isinstance(value, Undefined):
        value._fail_with_undefined_error()
    return value


def _as_date(value: Any, name: str) -> date:
    value = _defined(value)
    if not isinstance(value, date):
        raise _FilterError(f"het filter '{name}' verwacht een datum, niet '{value}'")
    return value


def _as_int(value: Any, name: str) -> int:
    value = _defined(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _FilterError(f"het filter '{name}' verwacht een getal, niet '{value}'")
    return value


def filter_date(value: Any) -> str:
    """``{{ d|datum }}`` → "24 november 2026"."""
    return long_date(_as_date(value, "datum"))


def filter_weekday_date(value: Any) -> str:
    """``{{ d|dagdatum }}`` → "dinsdag 24 november 2026"."""
    return weekday_date(_as_date(value, "dagdatum"))


def filter_number(value: Any) -> str:
    """``{{ 3|getal }}`` → "drie"."""
    return number_word(_as_int(value, "getal"))


def filter_count(value: Any, singular: str, plural: str) -> str:
    """``{{ 3|aantal("schooldag", "schooldagen") }}`` → "drie schooldagen"."""
    number = _as_int(value, "aantal")
    return f"{number_word(number)} {singular if number == 1 else plural}"


def filter_sentence(value: Any) -> str:
    """Free text as a sentence: capital first letter, full stop when it has no end punctuation."""
    text = str(_defined(value)).strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…)\"'’”" else f"{text}."


def filter_list(value: Any) -> str:
    """``["a", "b", "c"]`` → "a, b en c"."""
    items = [str(v) for v in _defined(value)]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} en {items[-1]}"


def filter_capital(value: Any) -> str:
    """First letter upper case, the rest untouched (unlike Jinja's ``capitalize``)."""
    text = str(_defined(value))
    return text[:1].upper() + text[1:]


def filter_quote(value: Any) -> str:
    """Free text as a quotation, verbatim: every paragraph marked "> " (set off in the letter)."""
    text = str(_defined(value)).replace("\r\n", "\n").strip()
    blocks = [" ".join(b.split()) for b in _BLANK_LINES.split(text) if b.strip()]
    return "\n\n".join(f"> {b}" for b in blocks)


def filter_words(value: Any) -> str:
    """A person's own words, quoted inline and verbatim: ‘…’ (so they never read as the
    school's opinion). Line breaks become spaces; a closing full stop goes inside."""
    text = " ".join(str(_defined(value)).split())
    if not text:
        return ""
    return f"‘{text}’" if text[-1] in ".!?…" else f"‘{text}’."


FILTERS: dict[str, Callable[..., str]] = {
    "woorden": filter_words,
    "datum": filter_date,
    "dagdatum": filter_weekday_date,
    "getal": filter_number,
    "aantal": filter_count,
    "zin": filter_sentence,
    "lijst": filter_list,
    "hoofdletter": filter_capital,
    "citaat": filter_quote,
}


# --- limits: a template may not hang the window or exhaust memory -----------------------------

MAX_OUTPUT = 200_000  # characters of rendered text (a letter is a few thousand)
MAX_SIZE = 100_000  # characters or items of any value a template makes, any count it passes
MAX_STEPS = 1_000_000  # loop iterations and calls in one render
MAX_SECONDS = 2.0
_BUDGET = threading.local()


class _LimitError(Exception):
    """A template went over a limit; becomes a TemplateError with the template line."""


def _too_big() -> _LimitError:
    return _LimitError("het sjabloon maakt een te grote tekst of lijst; maak het eenvoudiger")


def _step() -> None:
    budget = getattr(_BUDGET, "value", None)
    if budget is None:
        return
    budget[0] += 1
    if budget[0] > MAX_STEPS or (budget[0] % 1000 == 0 and time.monotonic() > budget[1]):
        raise _LimitError("het sjabloon doet te veel werk (te veel herhalingen); "
                          "maak het eenvoudiger")


def _limited_range(*args: int) -> Iterator[int]:
    if len(range(*args)) > MAX_SIZE:
        raise _too_big()
    for value in range(*args):
        _step()
        yield value


def _limited_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    if n > 10 or max > 200:
        raise _too_big()
    from jinja2.utils import generate_lorem_ipsum

    return str(generate_lorem_ipsum(n, html, min, max))


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple) else 0


class _LimitedEnvironment(SandboxedEnvironment):
    """A sandbox that also caps the size of what templates make and the work they do."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _step()
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if _size(seq) and isinstance(times, int) and _size(seq) * times > MAX_SIZE:
                    raise _too_big()
        if operator == "**" and isinstance(right, int) and right > 1000:
            raise _too_big()
        if operator == "+" and _size(left) + _size(right) > MAX_SIZE:
            raise _too_big()
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _step()
        for value in (*args, *kwargs.values()):
            if (isinstance(value, int) and not isinstance(value, bool)
                    and abs(value) > MAX_SIZE) or _size(value) > MAX_SIZE:
                raise _too_big()
        result = super().call(__context, __obj, *args, **kwargs)
        if _size(result) > MAX_SIZE:
            raise _too_big()
        return result


@lru_cache(maxsize=1)
def environment() -> SandboxedEnvironment:
    """The one sandboxed environment all letter templates run in."""
    env = _LimitedEnvironment(
        undefined=UnknownField,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(FILTERS)
    env.globals["range"] = _limited_range
    env.globals["lipsum"] = _limited_lipsum
    return env


# --- errors with line numbers ----------------------------------------------------------------

_SYNTAX_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"Unexpected end of template.*", re.S),
     "onverwacht einde van het sjabloon; ontbreekt er een {{% endif %}} of {{% endfor %}}?"),
    (re.compile(r"Encountered unknown tag '(\w+)'.*", re.S), "onbekende opdracht '{0}'"),
    (re.compile(r"No filter named '(\w+)'.*", re.S), "onbekend filter '{0}'"),
    (re.compile(r"No test named '(\w+)'.*", re.S), "onbekende test '{0}'"),
    (re.compile(r"expected token '([^']*)', got '([^']*)'"), "verwacht '{0}' maar vond '{1}'"),
    (re.compile(r"unexpected '([^']*)'"), "onverwacht teken '{0}'"),
    (re.compile(r"expected name or number"), "na de punt ontbreekt een veldnaam"),
    (re.compile(r"unexpected char '([^']*)'.*"), "onverwacht teken '{0}'"),
)


def _syntax_message(message: str) -> str:
    for pattern, dutch in _SYNTAX_MESSAGES:
        match = pattern.match(message)
        if match:
            return "syntaxfout: " + dutch.format(*match.groups())
    return f"syntaxfout: {message}"


def _template_line(tb: TracebackType | None) -> int | None:
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == TEMPLATE_NAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _problem_from(error: Exception) -> TemplateProblem:
    line = _template_line(error.__traceback__)
    if isinstance(error, TemplateError):
        return TemplateProblem(line or error.problem.line, error.problem.message)
    if isinstance(error, TemplateSyntaxError):
        return TemplateProblem(error.lineno, _syntax_message(error.message or str(error)))
    if isinstance(error, UndefinedError):
        return TemplateProblem(line, str(error))
    if isinstance(error, SecurityError):
        match = re.search(r"attribute '([^']*)'", str(error))
        what = f"'{match.group(1)}'" if match else "deze opdracht"
        return TemplateProblem(line, f"het gebruik van {what} is in een sjabloon niet toegestaan")
    if isinstance(error, _FilterError | _LimitError):
        return TemplateProblem(line, str(error))
    if isinstance(error, MemoryError | OverflowError | RecursionError):
        return TemplateProblem(line, str(_too_big()))
    return TemplateProblem(line, f"fout bij het invullen: {error}")


_BLOCK_TAG = re.compile(r"\{%.*?%\}")
_COMMENT = re.compile(r"\{#.*?#\}")


def prepare_source(source: str) -> str:
    """Keep the line break after a tag that ends a line of text.

    ``trim_blocks`` drops the line break after every block tag: right for a tag on a line of its
    own, wrong for "… {% endif %}" at the end of a sentence, which would glue two lines
    together. Such a closing tag gets Jinja's ``+%}``, which keeps the break, and a marker: a
    line that renders to nothing but the marker disappears instead of ending the paragraph.
    """
    lines = source.replace("\r\n", "\n").split("\n")
    for index, line in enumerate(lines):
        stripped = line.rstrip()
        if not stripped.endswith("%}") or stripped.endswith(("-%}", "+%}")):
            continue
        text = _BLOCK_TAG.sub("", _COMMENT.sub("", stripped))
        if text.strip():
            lines[index] = f"{stripped[:-2]}+%}}{_LINE_MARK}"
    return "\n".join(lines)


def _compile_named(source: str) -> Any:
    env = environment()
    try:
        code = env.compile(prepare_source(source), name=None, filename=TEMPLATE_NAME)
    except TemplateSyntaxError as error:
        raise TemplateError(_problem_from(error)) from error
    return env.template_class.from_code(env, code, env.make_globals(None), None)


# --- rendering -------------------------------------------------------------------------------



def split_paragraphs(text: str) -> tuple[str, ...]:
    """Rendered text → paragraphs.

    Lines run on with a space (none before closing punctuation), except list items ("- "),
    quotations ("> ") and the line after a heading ("# "), which start a new line.
    """
    paragraphs = []
    for block in _BLANK_LINES.split(text.replace("\r\n", "\n").strip()):
        lines: list[str] = []
        for raw in block.split("\n"):
            line = _SPACES.sub(" ", raw).strip()
            if not line:
                continue
            starts_new = line.startswith(("- ", "# ", "> ")) or not lines
            if starts_new or lines[-1].startswith("# "):
                lines.append(line)
            elif line[0] in _CLOSING_PUNCTUATION:
                lines[-1] = f"{lines[-1]}{line}"
            else:
                lines[-1] = f"{lines[-1]} {line}"
        if lines:
            paragraphs.append("\n".join(lines))
    return tuple(paragraphs)


def render_paragraphs(source: str, context: Mapping[str, Any]) -> tuple[str, ...]:
    """Render ``source`` with ``context`` into paragraphs; problems raise :class:`TemplateError`."""
    template = _compile_named(source)
    _BUDGET.value = [0, time.monotonic() + MAX_SECONDS]
    try:
        chunks, written = [], 0
        for chunk in template.generate(context):  # streamed: the output cap stops loops early
            written += len(chunk)
            if written > MAX_OUTPUT:
                raise _too_big()
            _step()
            chunks.append(chunk)
        text = "".join(chunks)
    except TemplateError:
        raise
    except Exception as error:  # a user-edited template may fail in any way; report, never crash
        raise TemplateError(_problem_from(error)) from error
    finally:
        _BUDGET.value = None
    kept = [line for line in text.split("\n") if line.strip() != _LINE_MARK]
    return split_paragraphs("\n".join(kept).replace(_LINE_MARK, ""))


# --- checking without data -------------------------------------------------------------------

_ANY = object()
_JINJA_GLOBALS = frozenset({"range", "loop", "dict", "lipsum", "cycler", "joiner", "namespace"})


def _schema(value: Any) -> Any:
    """The shape of a context value: dict for records, [item] for lists, None for leaves."""
    if isinstance(value, Fields):
        return {name: _schema(getattr(value, name)) for name in value.names()}
    if isinstance(value, list):
        return [_schema(value[0]) if value else None]
    if isinstance(value, EmptyField):
        return None
    return None


def context_schema(context: Mapping[str, Any]) -> dict[str, Any]:
    """The field names of a context, for static checks and documentation."""
    return {name: _schema(value) for name, value in context.items()}


def _chain(node: nodes.Node) -> list[str] | None:
    if isinstance(node, nodes.Name) and node.ctx == "load":
        return [node.name]
    if isinstance(node, nodes.Getattr):
        head = _chain(node.node)
        return None if head is None else [*head, node.attr]
    return None


def _static_problems(tree: nodes.Template, schema: Mapping[str, Any]) -> list[TemplateProblem]:
    local = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    problems: list[TemplateProblem] = []

    def check_chain(chain: list[str], line: int, scope: Mapping[str, Any]) -> None:
        head = chain[0]
        if head in scope:
            shape = scope[head]
        elif head in local or head in _JINJA_GLOBALS:
            return
        else:
            problems.append(TemplateProblem(line, f"onbekend veld '{head}'"))
            return
        for index, attr in enumerate(chain[1:], start=1):
            if not isinstance(shape, dict):
                return
            if attr not in shape:
                path = ".".join(chain[: index + 1])
                problems.append(TemplateProblem(line, f"onbekend veld '{path}'"))
                return
            shape = shape[attr]

    def visit(node: nodes.Node, scope: Mapping[str, Any]) -> None:
        if isinstance(node, nodes.For):
            visit(node.iter, scope)
            chain = _chain(node.iter)
            shape: Any = _ANY
            if chain and chain[0] in scope:
                shape = scope[chain[0]]
                for attr in chain[1:]:
                    shape = shape.get(attr, _ANY) if isinstance(shape, dict) else _ANY
            inner = dict(scope)
            if isinstance(node.target, nodes.Name):
                has_items = isinstance(shape, list) and shape[0] is not None
                inner[node.target.name] = shape[0] if has_items else _ANY
            else:
                for target in node.target.find_all(nodes.Name):
                    inner[target.name] = _ANY
            inner["loop"] = _ANY
            for child in (*node.body, *node.else_):
                visit(child, inner)
            if node.test is not None:
                visit(node.test, inner)
            return
        chain = _chain(node)
        if chain is not None:
            check_chain(chain, node.lineno, scope)
            return
        for child in node.iter_child_nodes():
            visit(child, scope)

    visit(tree, schema)
    return problems


def find_problems(source: str, samples: Iterable[Mapping[str, Any]]) -> list[TemplateProblem]:
    """Every problem in ``source``: syntax, unknown fields, and errors in trial renders.

    ``samples`` are full example contexts; the first one also defines the known field names.
    """
    try:
        tree = environment().parse(prepare_source(source))
    except TemplateSyntaxError as error:
        return [_problem_from(error)]
    contexts = list(samples)
    problems = _static_problems(tree, context_schema(contexts[0])) if contexts else []
    if problems:
        return sorted(problems, key=lambda p: p.line or 0)
    for context in contexts:
        try:
            render_paragraphs(source, context)
        except TemplateError as error:
            return [error.problem]
    return []
