"""Fuzzy matching with rapidfuzz: misspelt names ("Kubernets") and names split by a space
("Py Torch", "Java Script"), for the taxonomy's longer, letters-only aliases.

Symbol-bearing and short names ("C++", "Go") are left to exact matching: rapidfuzz's default
processing would collapse them.

>>> import spacy
>>> from gapcheck.components.layout import get_layout
>>> from gapcheck.taxonomy import load_taxonomy
>>> fuzzy = FuzzyMatcher(load_taxonomy())
>>> doc = spacy.blank("en")("Deployed on Kubernets with Py Torch")
>>> [(c.skill_id, c.score) for c in fuzzy.matches(doc, [], [], get_layout(doc))]
[('pytorch', 93.3), ('kubernetes', 94.7)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress
from typing import Any

import numpy as np
from spacy.tokens import Doc

from gapcheck import compiled
from gapcheck.components.layout import Layout, token_lowers, token_table
from gapcheck.components.matching import Candidate
from gapcheck.taxonomy import Skill
from gapcheck.wordlist import known_words

__all__ = ["FUZZY_CUTOFF", "FUZZY_MIN_LENGTH", "FuzzyMatcher", "spacing_variant"]

FUZZY_MIN_LENGTH = 6
"""Aliases shorter than this (letters, spaces and separators not counted) are never fuzzy."""
FUZZY_CUTOFF = 88.0
"""The least rapidfuzz ``ratio`` (0-100) of a misspelling to its alias."""
_CACHE_SIZE = 100_000
# Words that never start a joined fuzzy candidate ("my SQL" is not MySQL).
_JOIN_STOPWORDS = frozenset(
    {
        "my",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "to",
        "of",
        "and",
        "or",
        "for",
        "with",
        "no",
        "not",
        "by",
        "as",
        "is",
        "be",
        "we",
        "i",
        "you",
        "our",
        "your",
        "it",
        "its",
        "this",
        "that",
        "from",
        "into",
        "all",
        "any",
        "some",
    }
)
# Names split by spaces are looked for in runs of at most this many words.
_JOIN_MAX_WIDTH = 3


def spacing_variant(form: str, name: str) -> bool:
    """Whether ``form`` is a one-word brand ``name`` split at its capitals.

    >>> spacing_variant("Py Torch", "PyTorch"), spacing_variant("Postgre SQL", "PostgreSQL")
    (True, True)
    >>> spacing_variant("team work", "Teamwork")
    False
    """
    words = form.split()
    return (
        len(words) > 1
        and len(name) >= FUZZY_MIN_LENGTH
        and " " not in name
        and "".join(words).lower() == name.lower()
        and all(word.isalpha() for word in words)
        and all(word[:1].isupper() for word in words[1:])
        and any(char.isupper() for char in name[1:])
    )


class FuzzyMatcher:
    """The fuzzy pass over one taxonomy: its aliases are indexed once, at construction.

    Answers per distinct misspelt word are cached, as resumes repeat the same words.
    :meth:`tables` and :meth:`from_tables` give and take the index as JSON data.
    """

    def __init__(self, skills: Iterable[Skill], cutoff: float = FUZZY_CUTOFF) -> None:
        self.cutoff = cutoff
        self._joined: dict[str, str] = {}
        self._aliases: list[str] = []
        self._owners: list[str] = []
        self._cache: dict[str, tuple[int, float] | None] = {}
        self._by_length: dict[tuple[int, float], tuple[list[int], list[str]]] = {}
        self._length_groups: dict[int, list[int]] | None = None
        seen: set[str] = set()
        for skill in skills:
            if not skill.fuzzy:
                continue
            for form in skill.surface_forms:
                lower = form.lower()
                joined = re.sub(r"[\s\-_.]", "", lower)
                if len(joined) >= FUZZY_MIN_LENGTH and joined.isalnum():
                    self._joined.setdefault(joined, skill.id)
                if (
                    len(lower) >= FUZZY_MIN_LENGTH
                    and all(w.isalpha() for w in lower.split())
                    and lower not in seen
                ):
                    seen.add(lower)
                    self._aliases.append(lower)
                    self._owners.append(skill.id)
        # A misspelling keeps its first letters ("Kubernets"): candidates must share them.
        self._prefixes = frozenset(alias[:3] for alias in self._aliases)

    def tables(self) -> dict[str, Any]:
        """The indexed aliases as JSON data, for :meth:`from_tables`."""
        return {
            "joined": compiled.pack(self._joined),
            "aliases": compiled.pack(dict(zip(self._aliases, self._owners, strict=True))),
        }

    @classmethod
    def from_tables(cls, tables: Mapping[str, Any], cutoff: float = FUZZY_CUTOFF) -> FuzzyMatcher:
        """The fuzzy pass over aliases indexed by :meth:`tables`."""
        owner_of = compiled.unpack(tables["aliases"])
        matcher = cls.__new__(cls)
        matcher.cutoff = cutoff
        matcher._joined = compiled.unpack(tables["joined"])
        matcher._aliases, matcher._owners = list(owner_of), list(owner_of.values())
        matcher._cache = {}
        matcher._by_length = {}
        matcher._length_groups = None
        matcher._prefixes = frozenset(alias[:3] for alias in matcher._aliases)
        return matcher

    @staticmethod
    def leaves_out(skill: Skill, form: str) -> bool:
        """Whether exact matching should leave ``form`` to this pass, which reports it as a
        fuzzy match: "Py Torch" for PyTorch."""
        return skill.fuzzy and spacing_variant(form, skill.name)

    def matches(
        self,
        doc: Doc,
        accepted: Sequence[Candidate],
        rejected: Sequence[Candidate],
        layout: Layout,
    ) -> list[Candidate]:
        """Misspelt words and names split by a space, as accepted fuzzy candidates.

        A joined name may cover a shorter exact match ("Java" in "Java Script"; the longest
        mention wins later); neither kind touches a word rejected as an ambiguous name
        (``rejected``), and a misspelling is looked for only in words no mention covers.
        """
        blocked = [False] * (len(doc) + 1)
        for c in rejected:
            blocked[c.start : c.end] = [True] * (c.end - c.start)
        covered = blocked.copy()
        for c in accepted:
            covered[c.start : c.end] = [True] * (c.end - c.start)
        # A word is open if it is alphabetic and not blocked. Only the positions whose words
        # can start a name or be a misspelling are looked at: those words are found among
        # the distinct words (a text repeats its words), then their positions in one pass (in
        # C) over the words.
        is_alpha = token_table(doc).is_alpha
        lowers = token_lowers(doc)
        distinct = set(lowers)
        starting = (distinct & self._join_heads) - _JOIN_STOPWORDS  # set operations run in C
        texts = self._misspelt_words(distinct)
        wanted = (starting | texts) if texts else starting
        positions = list(compress(range(len(lowers)), map(wanted.__contains__, lowers)))
        if texts:
            heads = [i for i in positions if lowers[i] in starting]
            singles = [i for i in positions if lowers[i] in texts]
        else:
            heads, singles = positions, []
        return [
            *self._spaced_names(doc, lowers, heads, is_alpha, blocked, layout),
            *self._misspellings(lowers, singles, is_alpha, covered),
        ]

    def _spaced_names(
        self,
        doc: Doc,
        lowers: Sequence[str],
        starts: Iterable[int],
        is_alpha: Sequence[bool],
        blocked: Sequence[bool],
        layout: Layout,
    ) -> list[Candidate]:
        """Names split by a space in one clause: "Py Torch", "Tensor Flow", "Postgre SQL".

        ``lowers`` are the lowercase words of ``doc``; ``starts`` the positions, in order, of
        the words that begin a joined name and are no stopword; a word is open where it is
        alphabetic (``is_alpha``) and not ``blocked``.
        """
        from rapidfuzz import fuzz

        clause_of = layout.token_clause
        trailing = token_table(doc).trailing_space
        joined_names = self._joined
        n_tokens = len(doc)
        # Where a name of two words or more can start: an open word, no stopword, followed by a
        # single space and another open word whose word continues the name.
        heads = self._join_heads
        pairs = self._join_pairs
        found: list[Candidate] = []
        for i in starts:
            if i + 1 >= n_tokens:
                break
            joined = lowers[i]
            if (
                joined + lowers[i + 1] not in pairs
                or not trailing[i]
                or not is_alpha[i]
                or blocked[i]
            ):
                continue
            for j in range(i + 2, min(i + _JOIN_MAX_WIDTH, n_tokens) + 1):
                if (
                    not is_alpha[j - 1]
                    or blocked[j - 1]
                    or clause_of[j - 1] != clause_of[i]
                    or not trailing[j - 2]
                ):
                    break
                joined += lowers[j - 1]
                skill_id = joined_names.get(joined)
                if skill_id is not None:
                    score = round(fuzz.ratio(" ".join(lowers[i:j]), joined), 1)
                    found.append(Candidate(i, j, skill_id, False, "fuzzy", score, True))
                if joined not in heads:
                    break  # no longer name begins with it
        return found

    @functools.cached_property
    def _join_pairs(self) -> frozenset[str]:
        """Every joined name and every proper prefix of one: what the first two words of a
        name split by spaces join to."""
        return self._join_heads.union(self._joined)

    @functools.cached_property
    def _join_heads(self) -> frozenset[str]:
        """Every proper prefix of a joined name ("py" and "pytorc" of "pytorch")."""
        return frozenset(joined[:size] for joined in self._joined for size in range(1, len(joined)))

    def _misspelt_words(self, distinct: set[str]) -> set[str]:
        """The words of ``distinct`` that may be misspellings: no English word, long enough,
        with the first letters of an alias."""
        if not self._aliases:
            return set()
        prefixes = self._prefixes
        least = FUZZY_MIN_LENGTH + 1
        known = known_words()
        return {
            text
            for text in distinct.difference(known)  # in C: most words are English
            if len(text) >= least
            and text[:3] in prefixes
            and not (text[-1] == "s" and text[:-1] in known)  # "kinetics" is no "Kinetis"
        }

    def _misspellings(
        self,
        lowers: Sequence[str],
        positions: Iterable[int],
        is_alpha: Sequence[bool],
        covered: Sequence[bool],
    ) -> list[Candidate]:
        """Single words that no mention covers, are no English word, and are close to an
        alias with the same first letters: "Kubernets", "Tensorflw".

        ``positions`` are those of the words that may be misspellings (see
        :meth:`_misspelt_words`); one is looked at where it is alphabetic (``is_alpha``) and
        not ``covered``.
        """
        singles = [(i, lowers[i]) for i in positions if is_alpha[i] and not covered[i]]
        if not singles:
            return []
        best_of = self.best_aliases({text for _, text in singles})
        found: list[Candidate] = []
        for i, text in singles:
            best = best_of[text]
            if best is not None:
                alias_index, score = best
                skill_id = self._owners[alias_index]
                found.append(Candidate(i, i + 1, skill_id, False, "fuzzy", score, True))
        return found

    def best_aliases(self, words: set[str]) -> dict[str, tuple[int, float] | None]:
        """The best alias (index, score) of each word, or None if none is close enough.

        One ``cdist`` call per word length scores the words not seen before against the aliases
        whose length can reach the cutoff (the ratio of two strings is at most
        ``200 * shorter / (sum of lengths)``, so the others score 0 anyway); answers are kept,
        since the same word always gets the same one.
        """
        from rapidfuzz import fuzz, process

        cache = self._cache
        new = sorted(w for w in words if w not in cache)
        if not new:
            return {w: cache[w] for w in words}
        if len(cache) + len(new) > _CACHE_SIZE:
            cache.clear()
        by_length: dict[int, list[str]] = {}
        for text in new:
            by_length.setdefault(len(text), []).append(text)
        for length, group in by_length.items():
            indices, aliases = self._reachable(length)
            if not aliases:
                cache.update(dict.fromkeys(group))
                continue
            scores = process.cdist(
                group,
                aliases,
                scorer=fuzz.ratio,
                score_cutoff=self.cutoff,
                dtype=np.uint8,
                workers=1,
            )
            for row, text in enumerate(group):
                column = int(scores[row].argmax())
                alias = aliases[column]
                answer: tuple[int, float] | None = None
                if (
                    self.cutoff <= float(scores[row, column]) < 100
                    # the first letters of a misspelling are the alias's: "reengineering" is
                    # no "RF engineering"
                    and alias[:3] == text[:3]
                    # a plural of an exact alias is not a misspelling
                    and not (
                        alias.endswith("s") != text.endswith("s")
                        and abs(len(alias) - len(text)) == 1
                    )
                ):
                    answer = (indices[column], round(fuzz.ratio(text, alias), 1))
                cache[text] = answer
        return {w: cache[w] for w in words}

    def _reachable(self, length: int) -> tuple[list[int], list[str]]:
        """The aliases (and their indices, in order) that a word of ``length`` characters can
        match at the cutoff; kept per length."""
        found = self._by_length.get((length, self.cutoff))
        if found is None:
            if self._length_groups is None:
                groups: dict[int, list[int]] = {}
                for index, alias in enumerate(self._aliases):
                    groups.setdefault(len(alias), []).append(index)
                self._length_groups = groups
            indices = sorted(
                index
                for size, members in self._length_groups.items()
                if 200 * min(length, size) / (length + size) + 1e-9 >= self.cutoff
                for index in members
            )
            found = (indices, [self._aliases[index] for index in indices])
            self._by_length[(length, self.cutoff)] = found
        return found
