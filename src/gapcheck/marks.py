"""Marks that the text rules share: the dashes a tokenizer leaves standing alone, and the marks
that end an item of a line.

>>> sorted(DASHES)
['-', '–', '—']
>>> text = "English (native), Spanish (fluent); PMP"
>>> start, end = item_bounds(text, 17, 24)
>>> text[start:end]
' Spanish (fluent)'
"""

from __future__ import annotations

from typing import Final

__all__ = ["DASHES", "ITEM_BREAKS", "item_bounds"]

DASHES: Final = frozenset({"-", "\u2013", "\u2014"})
"""A hyphen standing as a word, an en dash and an em dash: each ends or joins a clause."""

ITEM_BREAKS: Final = ",;|•·"
"""Marks that end one item of a line: "CPA; PMP (in progress)", "English (native), Spanish"."""


def item_bounds(
    text: str, start: int, end: int, lo: int = 0, hi: int | None = None
) -> tuple[int, int]:
    """The bounds of the item of ``text[lo:hi]`` around ``[start, end)``: from just after the
    last :data:`ITEM_BREAKS` mark before ``start`` to the first one after ``end``."""
    hi = len(text) if hi is None else hi
    first = max(lo, *(text.rfind(mark, lo, start) + 1 for mark in ITEM_BREAKS))
    after = [found for mark in ITEM_BREAKS if (found := text.find(mark, end, hi)) >= 0]
    return first, min(after, default=hi)
