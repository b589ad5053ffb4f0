"""Document text made inert in Markdown, for the report and the cover letter alike.

It sits apart from :mod:`gapcheck.render` so that tailoring (which writes a Markdown letter)
and rendering (which shows tailoring's tips) need not import each other.
"""

from __future__ import annotations

import re

__all__ = ["escape_markdown"]

_SPACE = re.compile(r"\s+")
# Characters that start Markdown or HTML syntax anywhere in a line (escaped text never starts a
# line, so list, heading and quote markers need no escape).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def escape_markdown(text: str) -> str:
    """Document text made inert in Markdown: one line, every syntax character backslashed.

    >>> print(escape_markdown("C# | <script> *x*"))
    C# \\| \\<script\\> \\*x\\*
    """
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text))
