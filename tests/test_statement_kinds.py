"""The cue patterns of statement_kinds are searched the fast way: the same matches as
``finditer``."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.components import statement_kinds as kinds

CUES = [
    value
    for name, value in vars(kinds).items()
    if isinstance(value, re.Pattern)
    and id(value) in {**kinds._LEADS, **kinds._BODIES, **kinds._PARTS}
]
# Pieces of cue phrases and the characters around them that decide a match.
PIECES = [
    "equal opportunity",
    "eeo",
    "not able to sponsor",
    "under-represented",
    "we'd love",
    "looking for",
    "nice to have",
    "asks",
    "task",
    "401(k)",
    "pension",
    "free Udemy licence",
    "£5",
    "$ 3",
    "you'll",
    "candidates",
    "don't",
    "teach",
    "the interview process",
    "take-home",
    "we offer",
    "both",
    "about acme",
    "About us",
    "company:",
    "is an equal",
    "We are Acme,",
    "Join Acme.",
    "At ",
    "é",
    "_",
    "x",
    " ",
    "\n",
    "-",
    "'",
    ".",
    "(",
    ")",
    ":",
]


def _check(text: str) -> None:
    for cue in CUES:
        assert kinds._spans(cue, text) == [m.span() for m in cue.finditer(text)], cue.pattern


def test_cue_spans_at_text_edges_and_next_to_each_other() -> None:
    for text in (
        "eeo",
        "equal opportunity employer",
        "401(k)pension",
        "we'd love to see",
        "nice to have: plus",
        "you'll use both, not teach them",
        "about acme\ncompany: acme",
        "\nabout us\n\nabout finch",
        "xeeo eeox _eeo éeeo",
        "task asks tasks",
    ):
        _check(text)
        _check(text.upper())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_cue_spans_are_those_of_finditer(text: str) -> None:
    _check(text)
