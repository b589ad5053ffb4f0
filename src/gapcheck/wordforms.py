"""Word forms folded to one key, so a phrase is found in another text in any inflection.

A light rule-based folding (no dictionary, no spaCy): lowercase, plural and possessive ``-s``,
``-ed``/``-ing``, a final ``-e``, a doubled final consonant and British ``-ise`` spellings are
folded away. It is applied alike to both texts, so it needs to be consistent, not linguistic:
"payments" and "payment", "forecasting" and "forecasts", "modelling" and "modeled" meet.

>>> phrase_key("Demand Forecasting")
('demand', 'forecast')
>>> find_phrase(phrase_key("demand forecasting"), "Built demand forecasts for 40 stores")
[(6, 22)]
>>> other_skill_id("Demand Forecasting")
'other:demand-forecasting'
"""

from __future__ import annotations

import functools
import re
from typing import Final

__all__ = [
    "OTHER_PREFIX",
    "find_phrase",
    "fold",
    "is_other_skill",
    "other_skill_id",
    "phrase_key",
    "word_keys",
]

OTHER_PREFIX: Final = "other:"
"""Prefix of the ids of skills outside the taxonomy ("other:demand-forecasting")."""

_WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*")
_VOWELS = frozenset("aeiouy")
# Endings that look like a plural -s but are not one ("analysis", "status", "business").
_NOT_PLURAL = ("ss", "us", "is", "ous")
_BRITISH = re.compile(r"(?<=[a-z]{3})is(?=(?:e|es|ed|ing|ation|ations)$)")
_ACRONYM_PLURAL = re.compile(r"[A-Z0-9]{2,}s")


def fold(word: str) -> str:
    """The key of one word: inflections and spelling variants folded away.

    >>> [fold(w) for w in ("libraries", "Modelling", "modeled", "optimisation", "APIs")]
    ['librari', 'model', 'model', 'optimization', 'api']
    """
    if _ACRONYM_PLURAL.fullmatch(word):
        return word[:-1].lower()  # "APIs", "LLMs"
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) <= 3 or not word.isalpha():
        return word
    word = _BRITISH.sub("iz", word)
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "i"
    elif word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(_NOT_PLURAL):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and _VOWELS & set(stem):
            word = stem
            break
    if word.endswith("y") and len(word) > 3 and word[-2] not in _VOWELS:
        word = word[:-1] + "i"
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in _VOWELS:
        word = word[:-1]
    return word


def phrase_key(text: str) -> tuple[str, ...]:
    """The folded words of ``text``, in order."""
    return tuple(_fold_cached(match.group(0)) for match in _WORD.finditer(text))


def find_phrase(key: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each place where ``text`` has the words of ``key`` in a row."""
    if not key:
        return []
    spans, folded = _folded_words(text)
    if key[0] not in folded:  # most lines: one scan in C, no loop in Python
        return []
    n = len(key)
    return [
        (spans[i][0], spans[i + n - 1][1])
        for i in range(len(spans) - n + 1)
        if folded[i] == key[0] and folded[i : i + n] == key
    ]


# A resume's lines are searched for every requirement of a posting (and, when ranking, one
# posting's words for every resume): fold each line, and each distinct word, once.
_fold_cached = functools.lru_cache(maxsize=1 << 16)(fold)


@functools.lru_cache(maxsize=1 << 12)
def _folded_words(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[str, ...]]:
    """The ``(start, end)`` and folded form of each word of ``text``."""
    words = list(_WORD.finditer(text))
    spans = tuple(match.span() for match in words)
    return spans, tuple(_fold_cached(match.group(0)) for match in words)


def word_keys(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` (as :func:`phrase_key`), cached for texts seen again.

    >>> word_keys("Built REST APIs")
    ('built', 'rest', 'api')
    """
    return _folded_words(text)[1]


def other_skill_id(phrase: str) -> str:
    """The id of a skill outside the taxonomy: ``other:`` and its lowercase words joined by '-'.

    Phrases that differ only in inflection get different ids; compare them by
    :func:`phrase_key` of their names.
    """
    return OTHER_PREFIX + "-".join(m.group(0).lower() for m in _WORD.finditer(phrase))


def is_other_skill(skill_id: str) -> bool:
    """Whether ``skill_id`` names a skill outside the taxonomy."""
    return skill_id.startswith(OTHER_PREFIX)
