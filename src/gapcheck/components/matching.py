"""Phrase matching of the taxonomy's aliases and their hyphen, space and plural variants,
giving candidate mentions; overlaps are resolved longest first.

>>> import spacy
>>> from gapcheck.taxonomy import load_taxonomy
>>> nlp = spacy.blank("en")
>>> aliases = AliasMatcher(nlp, load_taxonomy(), PatternTokenizer(nlp))
>>> doc = nlp("Built data pipelines in\\nPython")
>>> [(c.skill_id, c.start, c.end) for c in aliases.candidates(doc)]
[('data-pipelines', 1, 3), ('python', 5, 6)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from gapcheck.components.layout import doc_text, token_table
from gapcheck.models import MatchMethod
from gapcheck.taxonomy import Skill, Taxonomy, alias_variants

__all__ = [
    "CASELESS_MAX_UPPER_SHARE",
    "CASELESS_MIN_UPPER_SHARE",
    "AliasMatcher",
    "Candidate",
    "PatternTokenizer",
    "alias_variants",
    "compact_view",
    "is_caseless",
    "longest_first",
]

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Suffix of the match key of a skill's sense forms: such a mention needs its word sense checked.
_AMBIGUOUS = "?"
# A text with fewer capitals than the first share of its letters, or more than the second, is
# written without case ("skills: c, windows, eclipse", "SKILLS: C, WINDOWS, ECLIPSE"): its
# case-sensitive sense forms are matched in any case, and the word-sense checks decide as for
# any ambiguous name.
CASELESS_MAX_UPPER_SHARE = 0.005
CASELESS_MIN_UPPER_SHARE = 0.8
_UPPER = re.compile("[A-Z]")
_LETTER = re.compile("[A-Za-z]")


@dataclass(slots=True)
class Candidate:
    """A possible mention of a skill: tokens ``[start, end)`` of the ``Doc``."""

    start: int
    end: int
    skill_id: str
    ambiguous: bool
    """Matched by a sense form ("Go", "Excel"): kept only if its word sense is the skill's."""
    method: MatchMethod = "exact"
    score: float | None = None
    """The fuzzy similarity (0-100) of a fuzzy match; None for an exact one."""
    accepted: bool = field(default=False)
    """Whether the checks so far keep it."""


class PatternTokenizer:
    """Tokenize phrase patterns and cues as the pipeline's tokenizer tokenizes text.

    >>> import spacy
    >>> PatternTokenizer(spacy.blank("en")).words("Node.js (React)")
    ['Node.js', '(', 'React', ')']
    """

    def __init__(self, nlp: Language) -> None:
        self._tokenizer: Callable[[str], Doc] = nlp.tokenizer
        # A custom tokenizer may have no special cases; a chunk of letters then is one token.
        self._special_cases = frozenset(getattr(nlp.tokenizer, "rules", None) or ())
        self._chunks: dict[str, tuple[str, ...]] = {}

    def words(self, form: str) -> list[str]:
        """``form``'s tokens, one whitespace-separated chunk at a time.

        The tokenizer treats chunks independently, so each distinct chunk is tokenized once;
        a chunk of letters that is no special case is a single token without asking it.
        """
        words: list[str] = []
        for chunk in form.split():
            tokens = self._chunks.get(chunk)
            if tokens is None:
                if chunk.isalpha() and chunk not in self._special_cases:
                    tokens = (chunk,)
                else:
                    tokens = tuple(t.text for t in self._tokenizer(chunk))
                self._chunks[chunk] = tokens
            words.extend(tokens)
        return words

    def lowers(self, text: str) -> list[str]:
        """The lowercase tokens of ``text`` (not cached)."""
        return [token.lower_ for token in self._tokenizer(text)]


@dataclass
class _Patterns:
    """The forms of each match key; a surface form belongs to the first key that claims it."""

    lower: dict[str, list[str]] = field(default_factory=dict)
    exact: dict[str, list[str]] = field(default_factory=dict)
    owner: dict[str, str] = field(default_factory=dict)

    def claim(self, form: str, key: str, *, exact: bool) -> None:
        normal = " ".join((form if exact else form.lower()).split())
        slot = ("=" if exact else "") + normal
        if slot in self.owner:
            return
        self.owner[slot] = key
        (self.exact if exact else self.lower).setdefault(key, []).append(form)


def _taxonomy_patterns(
    skills: Sequence[Skill], left_out: Callable[[Skill, str], bool] | None
) -> _Patterns:
    """Every skill's surface forms, then their generated variants (which never take a form
    from the forms as written); a skill's sense forms under its ambiguous key."""
    patterns = _Patterns()
    for generate in (False, True):
        for skill in skills:
            for form in skill.surface_forms:
                if left_out is not None and left_out(skill, form):
                    continue
                # Plurals of concepts ("data pipelines"); a tool's name is not pluralised.
                plural = skill.kind != "hard" or " " in form
                variants = alias_variants(form, plural=plural) if generate else [form]
                for variant in variants:
                    patterns.claim(variant, skill.id, exact=False)
            sense = skill.sense
            if sense and sense.forms:
                key = skill.id + _AMBIGUOUS
                for form in sense.forms:
                    variants = alias_variants(form, case_sensitive=True)[:2] if generate else [form]
                    for variant in variants:
                        patterns.claim(variant, key, exact=sense.case_sensitive)
    return patterns


class AliasMatcher:
    """Phrase matchers for every alias of a taxonomy: case-insensitive, and exact-case for the
    sense forms the taxonomy marks case-sensitive ("R", "Go").

    ``left_out(skill, form)`` says which surface forms to leave to another matcher (the fuzzy
    pass reports "Py Torch" as a fuzzy match of PyTorch).
    """

    def __init__(
        self,
        nlp: Language,
        taxonomy: Taxonomy,
        words: PatternTokenizer,
        *,
        left_out: Callable[[Skill, str], bool] | None = None,
    ) -> None:
        self._lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._caseless_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._keys: dict[int, tuple[str, bool]] = {}
        patterns = _taxonomy_patterns(list(taxonomy), left_out)
        for forms_by_key, matchers in (
            (patterns.lower, (self._lower_matcher,)),
            (patterns.exact, (self._exact_matcher, self._caseless_matcher)),
        ):
            for key, forms in forms_by_key.items():
                token_lists = [words.words(form) for form in forms]
                for matcher in matchers:
                    matcher.add(key, [Doc(nlp.vocab, words=w) for w in token_lists if w])
                ambiguous = key.endswith(_AMBIGUOUS)
                self._keys[nlp.vocab.strings[key]] = (key.rstrip(_AMBIGUOUS), ambiguous)

    def candidates(self, doc: Doc) -> list[Candidate]:
        """Every match in ``doc``, across line breaks and runs of spaces, overlaps kept; in a
        text written without case (see :func:`is_caseless`), the case-sensitive sense forms in
        any case."""
        view, index = compact_view(doc)
        found: list[Candidate] = []
        exact = self._caseless_matcher if is_caseless(doc_text(doc)) else self._exact_matcher
        for matcher in (self._lower_matcher, exact):
            for key, start, end in matcher(view):
                skill_id, ambiguous = self._keys[key]
                found.append(Candidate(index[start], index[end - 1] + 1, skill_id, ambiguous))
        return found


def is_caseless(text: str) -> bool:
    """Whether ``text`` is written without case: fewer than
    :data:`CASELESS_MAX_UPPER_SHARE` of its (ASCII) letters are capitals, or more than
    :data:`CASELESS_MIN_UPPER_SHARE`.

    >>> [is_caseless(t) for t in ("skills: c, go", "SKILLS: C, GO", "Skills: C, Go")]
    [True, True, False]
    """
    letters = len(_LETTER.findall(text))
    if not letters:
        return False
    share = len(_UPPER.findall(text)) / letters
    return share < CASELESS_MAX_UPPER_SHARE or share > CASELESS_MIN_UPPER_SHARE


def compact_view(doc: Doc) -> tuple[Doc, Sequence[int]]:
    """``doc`` without whitespace tokens that hold at most one line break.

    Phrase patterns then match across a line break or a run of spaces; a blank line still
    separates. Invisible characters inside words (zero-width spaces and joiners, soft hyphens)
    are left out of the view, so "Py\\u200bthon" matches Python. Returns the view and, per view
    token, its index in ``doc``.
    """
    table = token_table(doc)
    is_space = table.is_space
    keep = [i for i in range(len(doc)) if not is_space[i] or doc[i].text.count("\n") > 1]
    invisible = _INVISIBLE.search(doc_text(doc)) is not None
    if len(keep) == len(doc) and not invisible:
        return doc, range(len(doc))
    strings = doc.vocab.strings
    orth = table.orth
    words = [strings[orth[i]] for i in keep]
    if invisible:
        words = [_INVISIBLE.sub("", word) or word for word in words]
    view = Doc(doc.vocab, words=words, spaces=[True] * len(words))
    return view, keep


def longest_first(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Drop overlapping mentions: longest first, then earliest; exact before fuzzy.

    >>> [(c.start, c.end) for c in longest_first([Candidate(0, 1, "java", False),
    ...                                            Candidate(0, 2, "javascript", False)])]
    [(0, 2)]
    """
    ordered = sorted(
        candidates,
        key=lambda c: (-(c.end - c.start), c.method != "exact", c.ambiguous, c.start, c.skill_id),
    )
    taken: set[int] = set()
    result: list[Candidate] = []
    for candidate in ordered:
        span = range(candidate.start, candidate.end)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        result.append(candidate)
    return sorted(result, key=lambda c: c.start)
