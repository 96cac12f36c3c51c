"""A letter template as a director reads it: the text, with fields as named chips.

``{{ maatregel.eerste_dag|dagdatum }}`` shows as a blue chip «maatregel: eerste dag»;
``{% if brief.aan_ouders %}`` as a grey note "[alleen als: brief aan ouders]"; helper lines
(``{% set … %}``) are left out. The code itself stays behind "Geavanceerd" for the foundation
office. No Qt here: the function returns HTML for a ``QTextBrowser``.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"({{.*?}}|{%-?.*?-?%}|{#.*?#})", re.DOTALL)
_WORDS = {" and ": " en ", " or ": " of ", "not ": "niet ", " == ": " is ", " != ": " is niet ",
          " in ": " in "}
CHIP = ("background-color:#e3eefa; color:#1f5f99; border:1px solid #b7cde6; "
        "font-weight:600; white-space:nowrap;")
NOTE = "color:#6b6b6b; font-style:italic; font-size:small;"


def _words(expression: str) -> str:
    """``maatregel.eerste_dag|dagdatum`` → ``maatregel: eerste dag``."""
    text = expression.strip()
    text = re.sub(r"\|\s*\w+(\([^)]*\))?", "", text)  # filters
    text = re.sub(r"\b(\w+)\.(\w+)", lambda m: f"{m.group(1)}: {m.group(2)}", text)
    text = text.replace("_", " ").replace('"', "")
    for code, word in _WORDS.items():
        text = text.replace(code, word)
    return " ".join(text.split())


def _chip(expression: str) -> str:
    return f'<span style="{CHIP}">&nbsp;{html.escape(_words(expression))}&nbsp;</span>'


def _note(text: str) -> str:
    return f'<span style="{NOTE}">[{html.escape(text)}]</span>'


def _statement(body: str) -> str:
    """A ``{% … %}`` as a short Dutch note; "" for helper statements."""
    words = body.strip().strip("-").strip()
    keyword, _sep, rest = words.partition(" ")
    if keyword == "if":
        return _note(f"alleen als: {_words(rest)}")
    if keyword == "elif":
        return _note(f"anders als: {_words(rest)}")
    if keyword == "else":
        return _note("anders")
    if keyword == "endif":
        return _note("einde")
    if keyword == "for":
        item, _in, collection = rest.partition(" in ")
        return _note(f"voor elk van: {_words(collection)} ({_words(item)})")
    if keyword == "endfor":
        return _note("einde lijst")
    return ""  # set, raw, …: helpers the reader need not see


def readable_html(source: str) -> str:
    """The template as HTML: paragraphs as the letter shows them, fields as chips."""
    paragraphs: list[list[str]] = [[]]
    for line in source.splitlines():
        stripped = line.strip()
        if not stripped:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        parts = []
        for piece in _TAG.split(line):
            if piece.startswith("{{"):
                parts.append(_chip(piece[2:-2]))
            elif piece.startswith("{%"):
                parts.append(_statement(piece[2:-2]))
            elif piece.startswith("{#"):
                continue
            else:
                parts.append(html.escape(piece))
        text = "".join(parts).strip()
        if text and not _TAG.sub("", line).strip():  # only commands: a line of its own
            text = f"<br>{text}<br>"
        if text:
            paragraphs[-1].append(text)
    blocks = []
    for paragraph in paragraphs:
        body = re.sub(r"(<br>\s*)+", "<br>", " ".join(paragraph)).strip()
        body = re.sub(r"^<br>|<br>$", "", body)
        if body:
            blocks.append(f"<p>{body}</p>")
    return "".join(blocks)
