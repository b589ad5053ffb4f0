"""The words around a mention: its neighbours on the same line, whether it opens or closes a
line (a list item), and phrase tests on lists of lowercase words.

>>> import spacy
>>> doc = spacy.blank("en")("Skills:\\n- Python, Go\\nmore")
>>> words_before(doc, 6, 3), words_after(doc, 5, 2)
(['-', 'python', ','], [',', 'go'])
>>> line_start(doc, 4), line_end(doc, 7)
(True, True)
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from gapcheck.components.layout import BULLETS, token_lowers, token_table

__all__ = [
    "LIST_SEPARATORS",
    "clause_window",
    "contains_phrase",
    "ends_with",
    "line_end",
    "line_start",
    "starts_with",
    "words_after",
    "words_before",
]

LIST_SEPARATORS = frozenset(
    {
        ",",
        "/",
        "|",
        ";",
        "•",
        "·",
        "&",
        "and",
        "or",
        "(",
        ")",
        ":",
        "-",
        "–",
        "—",
        "+",
        "▪",
        "◦",
        "●",
        "○",
        "■",
        "➢",
        "►",
        "*",
        "[",
        "]",
        "{",
        "}",
        "etc",
        "etc.",
        "\\",
    }
) | (BULLETS - {">"})
"""Tokens (lowercase) that separate the items of a list: these and the bullets ("☞")."""
_LINE_END_PUNCTUATION = frozenset({".", ",", ";", ")"})


def _line_words(doc: Doc, first: int, step: int, count: int, flat: bool) -> list[str]:
    """Up to ``count`` lowercase words from token ``first`` walking by ``step`` (1 or -1),
    stopping at the end of the line (any whitespace token when ``flat``)."""
    # Read from the cached token table and lowercase forms: no Token object is made.
    is_space = token_table(doc).is_space
    lowers = token_lowers(doc)  # a whitespace token's lowercase form is its text
    words: list[str] = []
    i = first
    while 0 <= i < len(lowers) and len(words) < count:
        if is_space[i]:
            if flat or "\n" in lowers[i]:
                break
        else:
            words.append(lowers[i])
        i += step
    return words


def clause_window(
    clause_of: Sequence[int], start: int, end: int, before: int, after: int
) -> tuple[int, int]:
    """Token bounds ``(lo, hi)`` of up to ``before`` tokens before ``[start, end)`` and
    ``after`` tokens after it, not leaving its clause (``clause_of`` maps token -> clause)."""
    clause = clause_of[start]
    lo = start
    while lo > 0 and clause_of[lo - 1] == clause and start - lo < before:
        lo -= 1
    hi = end
    while hi < len(clause_of) and clause_of[hi] == clause and hi - end < after:
        hi += 1
    return lo, hi


def words_before(doc: Doc, start: int, count: int, flat: bool = False) -> list[str]:
    """Up to ``count`` lowercase words before token ``start`` on its line, in text order.

    ``flat``: the text lost its line breaks, so any whitespace token ends the line.
    """
    lo = max(start - count, 0)
    is_space = token_table(doc).is_space
    if lo < start <= len(is_space) and True not in is_space[lo:start]:
        return token_lowers(doc)[lo:start]  # no whitespace between: the words themselves
    return _line_words(doc, start - 1, -1, count, flat)[::-1]


def words_after(doc: Doc, end: int, count: int, flat: bool = False) -> list[str]:
    """Up to ``count`` lowercase words from token ``end`` on, on the same line."""
    if end >= 0 and True not in token_table(doc).is_space[end : end + count]:
        return token_lowers(doc)[end : end + count]  # no whitespace among them
    return _line_words(doc, end, 1, count, flat)


def line_start(doc: Doc, start: int, flat: bool = False) -> bool:
    """Whether only whitespace, bullets or list separators precede token ``start`` on its
    line."""
    return _only_to_line_edge(doc, start - 1, -1, LIST_SEPARATORS, flat)


def line_end(doc: Doc, end: int, flat: bool = False) -> bool:
    """Whether only whitespace or closing punctuation follows token ``end - 1`` on its line."""
    return _only_to_line_edge(doc, end, 1, _LINE_END_PUNCTUATION, flat)


def _only_to_line_edge(doc: Doc, i: int, step: int, allowed: frozenset[str], flat: bool) -> bool:
    """Whether the tokens from ``i`` on, walking by ``step``, are only whitespace and
    ``allowed`` texts up to a line break or the edge of ``doc``.

    ``allowed`` holds lowercase texts only, so a token whose lowercase form is not allowed is
    not either; only one whose lowercase form is allowed has its own text read ("AND").
    """
    table = token_table(doc)
    is_space = table.is_space
    lowers = token_lowers(doc)  # a whitespace token's lowercase form is its text
    count = len(lowers)
    while 0 <= i < count:
        if is_space[i]:
            if flat or "\n" in lowers[i]:
                return True
        elif lowers[i] not in allowed or doc.vocab.strings[table.orth[i]] not in allowed:
            return False
        i += step
    return True


def ends_with(words: Sequence[str], cue: Sequence[str]) -> bool:
    """Whether ``words`` end with the non-empty phrase ``cue``."""
    return bool(cue) and len(words) >= len(cue) and tuple(words[-len(cue) :]) == tuple(cue)


def starts_with(words: Sequence[str], cue: Sequence[str]) -> bool:
    """Whether ``words`` start with the non-empty phrase ``cue``."""
    return bool(cue) and len(words) >= len(cue) and tuple(words[: len(cue)]) == tuple(cue)


def contains_phrase(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether the non-empty ``phrase`` occurs in ``words``.

    >>> contains_phrase(["not", "required", "but"], ("not", "required"))
    True
    """
    n = len(phrase)
    if n == 0:
        return False
    first = phrase[0]
    return any(
        words[i] == first and tuple(words[i : i + n]) == tuple(phrase)
        for i in range(len(words) - n + 1)
    )
