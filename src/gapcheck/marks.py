"""Marks that the text rules share: the dashes a tokenizer leaves standing alone.

>>> sorted(DASHES)
['-', '–', '—']
"""

from __future__ import annotations

from typing import Final

__all__ = ["DASHES"]

DASHES: Final = frozenset({"-", "\u2013", "\u2014"})
"""A hyphen standing as a word, an en dash and an em dash: each ends or joins a clause."""
