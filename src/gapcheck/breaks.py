"""Where a line break ends a statement: the one reading of line breaks that the layout of a
parsed document (its clauses), the statements of a text and a report's quotes share.

A line that wraps mid-sentence runs on into the next; a break ends a statement after a short
line (a list item, a heading), a sentence's end, a table row, or before a bullet, a number or a
field line; and before a line that opens with no lowercase letter when the line above needs no
more words (lists without bullets are written one item a line). An open parenthesis goes on.

>>> ends_statement("Manage deployment of new releases", "Write and maintain documentation")
True
>>> ends_statement("We want someone who has built data pipelines with tools such as", "Airflow")
False
>>> ends_statement("Experience with common programming languages (e.g.", "Python, R)")
False
>>> ends_statement("For the last five years I have owned the", "ELT pipelines at a retailer: dbt")
False
"""

from __future__ import annotations

import re

__all__ = ["BULLETS", "EMOJI_BULLETS", "LIST_MARK", "ends_statement"]

EMOJI_BULLETS = frozenset("👉🔹🔸🔷🔶✅☑➡▫◾◽⭐🌟✨💡📌📍🟢🔵🟠🟣🟡⚡🔥🚀💎🎯✳❇➖🔘⚫⚪")
"""Emoji that postings use as bullets ("👉 Own our ELT pipelines") and to open headings
("✅ What we're looking for"); each also with its emoji presentation selector (U+FE0F)."""
BULLETS = frozenset("•·▪◦●○■□➢►▶‣⁃∙*-–—>✓✔❖◆☞☛➤➔➜➣→⇒✦✧★☆♦◇▸▹▻❯") | {
    form for emoji in EMOJI_BULLETS for form in (emoji, emoji + "\ufe0f")
}
"""Characters that start a bullet line (and an emoji bullet with its selector, as one
token)."""
LIST_MARK = r"(?:\d{1,2}|[ivx]{1,4})[.)]"
"""The number that opens an item of a numbered list: "2.", "3)", "iv."."""
# A line shorter than this (in characters) is a unit of its own (a list item, a heading).
_SHORT_LINE = 45
# A field line, "Location: Berlin", "Stack: Go, Kafka": a unit of its own.
_FIELD_LINE = re.compile(r"^[*_]*[A-Z][\w /&'’()-]{0,30}:[*_]*\s+\S")
# Words a line may end on that need more words after them.
_CONTINUING = frozenset(
    "and or of the a an with in to for on at by from as than that which who whose , & - – —"
    " such e.g. including".split()
)


def ends_statement(current: str, following: str) -> bool:
    """Whether the line break between the line ``current`` and the line ``following`` ends a
    statement. ``following`` is read as written: an indented line continues the one above."""
    line, next_line = current.strip(), following.strip()
    if not line or not next_line:
        return True
    if _open_parenthesis(line, next_line):
        return False
    if line.rsplit(None, 1)[-1].lower() in _CONTINUING and next_line[0] not in BULLETS:
        return False  # "... I have owned the\nELT pipelines at a retailer: Python, ..."
    if line[-1] in ".!?:;|" or len(line) < _SHORT_LINE:
        return True
    if next_line[0] in BULLETS or next_line[0].isdigit() or _FIELD_LINE.match(next_line):
        return True
    if line.count("|") >= 2:  # a table row
        return True
    if line[-1] == "," and next_line[0].isupper():
        return True
    return _new_statement(line, following)


def _open_parenthesis(line: str, next_line: str) -> bool:
    """Whether a parenthesis opened on ``line`` closes on ``next_line`` ("languages (e.g.\\n
    Python, R)"), which is then no list item."""
    return line.count("(") > line.count(")") and next_line[0] not in BULLETS and ")" in next_line


def _new_statement(line: str, following: str) -> bool:
    """Whether ``following`` starts a statement of its own: it opens, unindented, with no
    lowercase letter (``line`` ends on no word that needs more: see :func:`ends_statement`)."""
    first = following[:1]
    return bool(first) and not first.islower() and not first.isspace()
