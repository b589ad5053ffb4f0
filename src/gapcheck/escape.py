"""Untrusted text made inert: on a terminal, in JSON, in Markdown and in a spreadsheet.

Document lines, file names and taxonomy names are untrusted: they can hold ANSI and OSC escape
sequences (colours, a window title, a hyperlink, the clipboard) and bidirectional overrides that
make text read in another order than it is stored. Every output of gapcheck passes such text
through :func:`escape_controls` (JSON through :func:`escape_controls_json`, which loses nothing).

This module sits apart from :mod:`gapcheck.render` so that tailoring (which writes a Markdown
letter), rendering and the command line can all use it without importing each other.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar, cast

from pydantic import BaseModel

__all__ = [
    "escape_controls",
    "escape_controls_in",
    "escape_controls_json",
    "escape_markdown",
    "neutralise_formula",
]

_T = TypeVar("_T")

_SPACE = re.compile(r"\s+")
# Characters that start Markdown or HTML syntax anywhere in a line (escaped text never starts a
# line, so list, heading and quote markers need no escape).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")

# What never reaches an output as it is: the C0 controls (ESC starts ANSI and OSC sequences; CR
# and backspace overwrite what is shown), DEL, the C1 controls (U+009B is a one-character CSI on
# some terminals), and the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
# U+2066-U+2069) of "Trojan Source" attacks. The left-to-right and right-to-left marks
# (U+200E, U+200F, U+061C) stay: right-to-left text needs them, and a mark cannot reorder
# letters, only place neutral characters such as punctuation.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Of those, what JSON leaves as it is (json.dumps and pydantic escape only U+0000-U+001F).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_KEPT = "\t\n"

# A spreadsheet takes a cell that starts with one of these (after any spaces) as a formula.
_FORMULA_START = re.compile(r"[\t\r]|\s*[=+\-@]")


def _visible(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_controls(text: str, *, keep: str = _KEPT) -> str:
    """``text`` with every control and bidirectional override shown as a visible escape.

    Tab and line feed stay (or the characters of ``keep``); everything else of the C0 and C1
    controls, DEL and U+202A-U+202E, U+2066-U+2069 becomes ``\\xHH`` or ``\\uHHHH``, so a
    terminal shows it instead of obeying it. Text without them is returned as it is.

    >>> print(escape_controls("Python \\x1b[31mred\\x1b[0m cv\\u202egnp.exe"))
    Python \\x1b[31mred\\x1b[0m cv\\u202egnp.exe
    """
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(lambda match: match[0] if match[0] in keep else _visible(match[0]), text)


def escape_controls_json(json_text: str) -> str:
    """JSON text with DEL, the C1 controls and bidirectional overrides as ``\\uXXXX`` escapes.

    JSON already escapes U+0000-U+001F; these others it would leave raw for a terminal to obey.
    The escapes decode to the same characters, so the data is unchanged. Every one of these
    characters is inside a string (JSON's own syntax is ASCII), so the whole text can be given.

    >>> escape_controls_json('{"name": "cv\\u202egnp.exe"}')
    '{"name": "cv\\\\u202egnp.exe"}'
    """
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match[0]):04x}", json_text)


def escape_controls_in(value: _T) -> _T:
    """A copy of ``value`` with :func:`escape_controls` applied to every string in it.

    ``value`` is a string, a pydantic model (a report, a profile), or a tuple, list or dict of
    them; other values are returned as they are.
    """
    if isinstance(value, str):
        return cast(_T, escape_controls(value))
    if isinstance(value, BaseModel):
        fields = type(value).model_fields
        return cast(
            _T, value.model_copy(update={n: escape_controls_in(getattr(value, n)) for n in fields})
        )
    if type(value) in (tuple, list):
        items: tuple[Any, ...] | list[Any] = cast(Any, value)
        return cast(_T, type(items)(escape_controls_in(item) for item in items))
    if isinstance(value, dict):
        pairs: dict[Any, Any] = value
        return cast(_T, {escape_controls_in(k): escape_controls_in(v) for k, v in pairs.items()})
    return value


def escape_markdown(text: str) -> str:
    """Document text made inert in Markdown: one line, every syntax character backslashed.

    >>> print(escape_markdown("C# | <script> *x*"))
    C# \\| \\<script\\> \\*x\\*
    """
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text))


def neutralise_formula(cell: str) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula (as OWASP advises).

    A cell that starts with ``=``, ``+``, ``-`` or ``@`` (after any spaces), or with a tab or a
    carriage return, gets a single quote in front.

    >>> neutralise_formula('=HYPERLINK("http://x.example")'), neutralise_formula("Python")
    ('\\'=HYPERLINK("http://x.example")', 'Python')
    """
    return "'" + cell if _FORMULA_START.match(cell) else cell
