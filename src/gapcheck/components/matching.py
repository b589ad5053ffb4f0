"""Phrase matching of the taxonomy's aliases and their hyphen, space and plural variants,
giving candidate mentions; overlaps are resolved longest first.

The patterns are kept in one flat table of token sequences (see :data:`PatternTable`), which is
plain JSON: the compiled form of the skills component stores it (see :mod:`gapcheck.compiled`),
so a process loads it instead of tokenizing every alias again.

>>> import spacy
>>> from gapcheck.taxonomy import load_taxonomy
>>> nlp = spacy.blank("en")
>>> aliases = AliasMatcher(load_taxonomy(), PatternTokenizer(nlp))
>>> doc = nlp("Built data lakes in\\nPython")
>>> [(c.skill_id, c.start, c.end) for c in aliases.candidates(doc)]
[('data-lake', 1, 3), ('python', 5, 6)]
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, overload

from spacy.language import Language
from spacy.tokens import Doc

from gapcheck import compiled
from gapcheck.components.layout import BULLETS, doc_text, token_lowers, token_table
from gapcheck.models import MatchMethod
from gapcheck.taxonomy import Skill, Taxonomy, alias_variants

__all__ = [
    "CASELESS_MAX_UPPER_SHARE",
    "CASELESS_MIN_UPPER_SHARE",
    "AliasMatcher",
    "Candidate",
    "PatternTable",
    "PatternTokenizer",
    "alias_variants",
    "compact_words",
    "is_caseless",
    "longest_first",
]

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Suffix of the match key of a skill's sense forms: such a mention needs its word sense checked.
_AMBIGUOUS = "?"
# Joins the tokens of a pattern in a table key. No token holds a tab but a whitespace token
# (taxonomy names hold none, and the tokenizer makes whitespace tokens of it); such a document
# word is never matched (see compact_words).
_JOIN = "\t"
# Separates the match keys of one pattern.
_KEYS = "|"

PatternTable = dict[str, str]
"""Phrase patterns as one flat table: the tokens of each pattern and of each of its prefixes,
joined by tabs -> the match keys of the patterns ending there, joined by ``|`` (a
skill id, with ``?`` appended for an ambiguous sense form), or ``""`` for a prefix alone.

A dict of strings holds no object the garbage collector must visit, however large it is."""
# A text with fewer capitals than the first share of its letters, or more than the second, is
# written without case ("skills: c, windows, eclipse", "SKILLS: C, WINDOWS, ECLIPSE"): its
# case-sensitive sense forms are matched in any case, and the word-sense checks decide as for
# any ambiguous name.
CASELESS_MAX_UPPER_SHARE = 0.005
CASELESS_MIN_UPPER_SHARE = 0.8
_ASCII_UPPER = string.ascii_uppercase.encode()
_ASCII_LETTERS = string.ascii_letters.encode()


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
    head: tuple[int, int] | None = None
    """For an ``"elided"`` match, the tokens of the match whose head noun it shares ("linear"
    in "linear and logistic regression": those of "logistic regression")."""


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
    """The forms of each match key; a surface form belongs to the first key that claims it,
    and a sense form to every sense that claims it ("GCP": the cloud's and the clinical
    practice's, each decided by its cues)."""

    lower: dict[str, list[str]] = field(default_factory=dict)
    exact: dict[str, list[str]] = field(default_factory=dict)
    owners: dict[str, list[str]] = field(default_factory=dict)

    def claim(self, form: str, key: str, *, exact: bool) -> None:
        normal = " ".join((form if exact else form.lower()).split())
        slot = ("=" if exact else "") + normal
        owners = self.owners.setdefault(slot, [])
        if owners and (
            key in owners or not (key.endswith(_AMBIGUOUS) and owners[0].endswith(_AMBIGUOUS))
        ):
            return
        owners.append(key)
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
    """Phrase patterns for every alias of a taxonomy: case-insensitive, and exact-case for the
    sense forms the taxonomy marks case-sensitive ("R", "Go").

    ``words`` tokenizes the patterns as the pipeline tokenizes text. ``left_out(skill, form)``
    says which surface forms to leave to another matcher (the fuzzy pass reports "Py Torch" as
    a fuzzy match of PyTorch). :meth:`tables` and :meth:`from_tables` give and take the
    patterns as JSON data.
    """

    def __init__(
        self,
        taxonomy: Taxonomy,
        words: PatternTokenizer,
        *,
        left_out: Callable[[Skill, str], bool] | None = None,
    ) -> None:
        patterns = _taxonomy_patterns(list(taxonomy), left_out)
        self._lower = _table(patterns.lower, words, lower=True)
        self._exact = _table(patterns.exact, words, lower=False)

    def skills_named(self, words: Sequence[str]) -> list[str]:
        """The ids of the skills one of whose forms is the lowercase tokens ``words``, in
        full ("business", "analysis"), as a match would find them.

        >>> import spacy
        >>> from gapcheck.taxonomy import load_taxonomy
        >>> matcher = AliasMatcher(load_taxonomy(), PatternTokenizer(spacy.blank("en")))
        >>> matcher.skills_named(["business", "analysis"])
        ['business-analysis']
        """
        keys = self._lower.get(_JOIN.join(words), "")
        return [k.removesuffix(_AMBIGUOUS) for k in keys.split(_KEYS) if k]

    def tables(self) -> dict[str, Any]:
        """The patterns as JSON data, for :meth:`from_tables`."""
        return {"lower": compiled.pack(self._lower), "exact": compiled.pack(self._exact)}

    @classmethod
    def from_tables(cls, tables: Mapping[str, Any]) -> AliasMatcher:
        """The matcher of patterns given by :meth:`tables` (nothing is tokenized again)."""
        matcher = cls.__new__(cls)
        matcher._lower = compiled.unpack(tables["lower"])
        matcher._exact = compiled.unpack(tables["exact"])
        return matcher

    def candidates(self, doc: Doc) -> list[Candidate]:
        """Every match in ``doc``, across line breaks and runs of spaces, overlaps kept; in a
        text written without case (see :func:`is_caseless`), the case-sensitive sense forms in
        any case."""
        lowers, words, passed = _match_words(doc)
        lower = self._lower
        gaps: dict[tuple[int, int], int] = {}
        matches = _walk(lower, lowers, _positions(lowers, lower), passed, gaps)
        if is_caseless(doc_text(doc)):
            caseless = self._exact_caseless
            matches += _walk(caseless, lowers, _positions(lowers, caseless), passed, gaps)
        else:
            # Exact-case patterns start with few words: only those are fetched in their case.
            starts = _positions(lowers, self._exact_starts)
            if starts:
                matches += _walk(self._exact, words, starts, passed, gaps)
        if gaps:
            # Describing words that name a skill of their own are no mere description: "work
            # in a multidisciplinary team" is that skill, not teamwork passed over it.
            matches = [
                (start, end, keys)
                for start, end, keys in matches
                if (start, end) not in gaps
                or not any(
                    gaps[start, end] <= s < end and (s, e) != (start, end) for s, e, _ in matches
                )
            ]
        found: list[Candidate] = []
        for start, end, keys in matches:
            for key in keys.split(_KEYS):
                found.append(
                    Candidate(start, end, key.removesuffix(_AMBIGUOUS), key.endswith(_AMBIGUOUS))
                )
        elided = _elided(lower, lowers, matches, passed)
        credentials = _credentials_elided(lower, lowers, matches, passed)
        if credentials:
            # "AWS or Azure certification": AWS's certification, not the platform.
            named = {(start, end) for start, end, _ in credentials}
            found = [c for c in found if (c.start, c.end) not in named]
            elided += credentials
        heads = _elision_heads(lowers, matches, elided)
        for start, end, keys in elided:
            for key in keys.split(_KEYS):
                skill_id, ambiguous = key.removesuffix(_AMBIGUOUS), key.endswith(_AMBIGUOUS)
                found.append(
                    Candidate(start, end, skill_id, ambiguous, "elided", head=heads.get(start))
                )
        return found

    @functools.cached_property
    def _exact_caseless(self) -> PatternTable:
        """The exact-case patterns lowercased, those that meet in lowercase ("YARN", "Yarn")
        holding the keys of both."""
        table: PatternTable = {}
        for joined, keys in self._exact.items():
            folded = joined.lower()
            merged = [k for k in table.get(folded, "").split(_KEYS) if k]
            merged += [k for k in keys.split(_KEYS) if k and k not in merged]
            table[folded] = _KEYS.join(merged)
        return table

    @functools.cached_property
    def _exact_starts(self) -> frozenset[str]:
        """The first words of the exact-case patterns, lowercased."""
        return frozenset(key.split(_JOIN, 1)[0].lower() for key in self._exact)


def is_caseless(text: str) -> bool:
    """Whether ``text`` is written without case: fewer than
    :data:`CASELESS_MAX_UPPER_SHARE` of its (ASCII) letters are capitals, or more than
    :data:`CASELESS_MIN_UPPER_SHARE`.

    >>> [is_caseless(t) for t in ("skills: c, go", "SKILLS: C, GO", "Skills: C, Go")]
    [True, True, False]
    """
    ascii_text = text.encode("ascii", "ignore")  # counted in C: every document passes here
    letters = len(ascii_text) - len(ascii_text.translate(None, _ASCII_LETTERS))
    if not letters:
        return False
    share = (len(ascii_text) - len(ascii_text.translate(None, _ASCII_UPPER))) / letters
    return share < CASELESS_MAX_UPPER_SHARE or share > CASELESS_MIN_UPPER_SHARE


def _table(
    forms_by_key: Mapping[str, list[str]], words: PatternTokenizer, *, lower: bool
) -> PatternTable:
    """The :data:`PatternTable` of every form's tokens (lowercased if ``lower``)."""
    ends: dict[str, list[str]] = {}
    prefixes: set[str] = set()
    for key, forms in forms_by_key.items():
        for form in forms:
            tokens = [token.lower() if lower else token for token in words.words(form)]
            if not tokens:
                continue
            for size in range(1, len(tokens)):
                prefixes.add(_JOIN.join(tokens[:size]))
            keys = ends.setdefault(_JOIN.join(tokens), [])
            if key not in keys:
                keys.append(key)
    table = dict.fromkeys(sorted(prefixes), "")
    table.update({joined: _KEYS.join(keys) for joined, keys in ends.items()})
    return table


def _positions(words: Sequence[str], wanted: Container[str]) -> list[int]:
    """The positions of the ``words`` that are in ``wanted``, in order (the pass over every
    word runs in C: no Python code per word)."""
    return list(compress(range(len(words)), map(wanted.__contains__, words)))


def _walk(
    table: PatternTable,
    tokens: Sequence[str],
    starts: Iterable[int],
    passed: Container[int] = frozenset(),
    gaps: dict[tuple[int, int], int] | None = None,
) -> list[tuple[int, int, str]]:
    """Every ``(start, end, keys)`` where the tokens from ``start`` to ``end``, those at
    positions in ``passed`` left out, are a pattern of ``table``, for the ``starts`` given
    (none of them in ``passed``); a count or a range right after the first word is passed over
    when the pattern goes on after it ("Trained 40 staff": "trained staff", "Give 1,500+
    vaccines", "Verify 250-350 prescriptions"), and so are describing words in lowercase after
    a determiner ("Led a night-shift outbound team": "led a team"), the first of them recorded
    in ``gaps`` by the match's ``(start, end)``."""
    found: list[tuple[int, int, str]] = []
    count = len(tokens)
    get = table.get
    for start in starts:
        joined = tokens[start]
        keys = get(joined)
        end = start + 1
        while keys is not None:
            if keys:
                found.append((start, end, keys))
            while end in passed:
                end += 1
            if end >= count:
                break
            word = tokens[end]
            following = get(f"{joined}{_JOIN}{word}")
            if (
                following is None
                and end == start + 1
                and word[:1].isdigit()
                and _COUNT.fullmatch(word)
            ):
                # A count between a verb and its object: "Trained 40 staff" as "trained staff"
                after = end + 1
                while after in passed:
                    after += 1
                if after < count and tokens[after] == "+":
                    after += 1  # "15+" may be two tokens
                if (
                    after + 1 < count
                    and tokens[after] in _RANGE_MARKS
                    and _COUNT.fullmatch(tokens[after + 1])
                ):
                    after += 2  # a range: "Verify 250-350 prescriptions"
                if after < count:
                    skipped = get(f"{joined}{_JOIN}{tokens[after]}")
                    if skipped is not None:
                        joined, keys, end = f"{joined}{_JOIN}{tokens[after]}", skipped, after + 1
                        continue
            if following is None and end > start + 1 and tokens[end - 1] in _DETERMINERS:
                # Describing words between a determiner and its noun: "Led a night-shift
                # outbound team" as "led a team", "work in a fast-paced team".
                for after in _past_modifiers(tokens, end, passed):
                    skipped = get(f"{joined}{_JOIN}{tokens[after]}")
                    if skipped is not None:
                        joined, keys = f"{joined}{_JOIN}{tokens[after]}", skipped
                        if gaps is not None:
                            gaps[start, after + 1] = end
                        end = after + 1
                        break
                else:
                    keys = None
                if keys is not None:
                    continue
                break
            joined = f"{joined}{_JOIN}{word}"
            keys = following
            end += 1
    return found


def _past_modifiers(tokens: Sequence[str], index: int, passed: Container[int]) -> list[int]:
    """The positions after each of one to three describing words from ``index`` (words joined
    by a hyphen are one), up to a word that is none (a function word, a mark, a line break):
    where the noun they describe may be.

    >>> _past_modifiers("a night - shift outbound team".split(), 1, set())
    [4, 5]
    >>> _past_modifiers("a review of the team".split(), 1, set())
    [2]
    """
    count = len(tokens)
    found: list[int] = []
    position = index
    while len(found) < 3 and position < count and position not in passed:
        word = tokens[position]
        if not _MODIFIER.fullmatch(word) or word in _NOT_MODIFIERS:
            break
        position += 1
        while (
            position + 1 < count
            and tokens[position] == "-"
            and position not in passed
            and position + 1 not in passed
            and _MODIFIER.fullmatch(tokens[position + 1])
        ):
            position += 2  # "night - shift": one word
        if position < count and position not in passed:
            found.append(position)
    return found


# Determiners after which a match may pass over describing words ("led a cross-functional team").
_DETERMINERS = frozenset({"a", "an", "the"})
# A describing word a match may pass over: a word or a count ("a 12-person team").
_MODIFIER = re.compile(r"[a-z0-9][a-z0-9+#.]*")
# Words that end the describing words before a noun: "led a review of the team".
_NOT_MODIFIERS = frozenset(
    "of for to with in on at by from and or but nor as that which who whose where when than "
    "into onto over under about across through via per not no is are was were be been being "
    "this these those its their his her my our your a an the".split()
)
# A count a match may pass over after its first word ("Trained 40 staff", "Managed 12+ projects",
# "Give 1,500+ vaccines"), and the marks of a range of two ("250-350", "5 to 8").
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*\+?")
_RANGE_MARKS = frozenset({"-", "–", "to"})
# Words that join the modifiers of one head noun: "linear and logistic regression".
_ELISION_JOINERS = frozenset({"and", "or", "&", "/", "and/or"})


def _elided(
    table: PatternTable,
    lowers: Sequence[str],
    matches: Sequence[tuple[int, int, str]],
    passed: Container[int],
) -> list[tuple[int, int, str]]:
    """The matches a shared head noun makes of the modifiers before a match: "linear" in
    "linear and logistic regression" names linear regression, "supervised" in "supervised,
    unsupervised and reinforcement learning" supervised learning. A modifier is a word no
    match covers, before "and", "or", "/" (or a comma, further back); it counts only if it
    makes another skill's pattern with the match's other words.

    >>> table = {"linear": "", "logistic": ""}
    >>> table.update({_JOIN.join(["linear", "regression"]): "lr",
    ...               _JOIN.join(["logistic", "regression"]): "logit"})
    >>> words = "linear and logistic regression".split()
    >>> _elided(table, words, [(2, 4, "logit")], set())
    [(0, 1, 'lr')]
    >>> _elided(table, "logistic and logistic regression".split(), [(2, 4, "logit")], set())
    []
    """
    found: list[tuple[int, int, str]] = []
    covered: set[int] | None = None
    for start, end, keys in matches:
        rest = [lowers[i] for i in range(start + 1, end) if i not in passed]
        if not rest or start < 2:
            continue
        before = _word_before(lowers, start, passed)
        if before is None or lowers[before] not in _ELISION_JOINERS:
            continue
        if covered is None:
            covered = {i for s, e, _ in matches for i in range(s, e)}
        joiner: int | None = before
        while joiner is not None:
            modifier = _word_before(lowers, joiner, passed)
            if modifier is None or modifier in covered:
                break
            word = lowers[modifier]
            elided = (
                table.get(_JOIN.join([word, *rest])) if word.replace("-", "").isalpha() else None
            )
            if not elided or elided == keys:
                break
            found.append((modifier, modifier + 1, elided))
            joiner = _word_before(lowers, modifier, passed)
            if joiner is not None and lowers[joiner] != ",":
                break  # "supervised, unsupervised and ...": a comma goes on to the next one
    return found


def _elision_heads(
    lowers: Sequence[str],
    matches: Sequence[tuple[int, int, str]],
    elided: Sequence[tuple[int, int, str]],
) -> dict[int, tuple[int, int]]:
    """The match each elided modifier (by its start) shares its head noun with: the first
    match after it, past the joiners and the other modifiers ("linear" and "logistic
    regression" in "linear and logistic regression")."""
    heads: dict[int, tuple[int, int]] = {}
    for start, _, _ in elided:
        after = [(s, e) for s, e, _ in matches if s > start and e - s > 1]
        if after:
            heads[start] = min(after)
    return heads


def _credentials_elided(
    table: PatternTable,
    lowers: Sequence[str],
    matches: Sequence[tuple[int, int, str]],
    passed: Container[int],
) -> list[tuple[int, int, str]]:
    """The credentials a shared last word makes of the names before a credential's match:
    "AWS or Azure certification" names the AWS certification, "HubSpot or Google Ads
    certifications" HubSpot's (the same skill as Google Ads'). The name before "or" ("and",
    "/") is a match of its own; it counts only if it makes another skill's pattern with the
    credential's word.

    >>> table = {"aws": "aws", "azure": "", "aws" + _JOIN + "certification": "aws-cert",
    ...          _JOIN.join(["azure", "certification"]): "az-cert"}
    >>> words = "aws or azure certification".split()
    >>> _credentials_elided(table, words, [(0, 1, "aws"), (2, 4, "az-cert")], set())
    [(0, 1, 'aws-cert')]
    >>> _credentials_elided(table, "python or azure certification".split(),
    ...                     [(0, 1, "python"), (2, 4, "az-cert")], set())
    []
    """
    found: list[tuple[int, int, str]] = []
    ends: dict[int, tuple[int, str]] | None = None  # made only for a credential's match
    for start, end, _ in matches:
        if end - start < 2 or lowers[end - 1] not in _CREDENTIAL_WORDS:
            continue
        if ends is None:
            ends = {e: (s, keys) for s, e, keys in matches}
        joiner = _word_before(lowers, start, passed)
        if joiner is None or lowers[joiner] not in _ELISION_JOINERS:
            continue
        name_end = joiner
        while name_end - 1 in passed:
            name_end -= 1
        if name_end not in ends:
            continue
        name_start, name_keys = ends[name_end]
        words = [lowers[i] for i in range(name_start, name_end) if i not in passed]
        credential = table.get(_JOIN.join([*words, lowers[end - 1]]))
        if credential and credential != name_keys:
            found.append((name_start, name_end, credential))
    return found


# The last words a credential's name shares with the names before it.
_CREDENTIAL_WORDS = frozenset(
    "certification certifications certificate certificates certified cert certs".split()
)


def _word_before(lowers: Sequence[str], index: int, passed: Container[int]) -> int | None:
    """The position of the word before ``index``, whitespace passed over; None at the start
    or before a blank line."""
    index -= 1
    while index >= 0 and index in passed:
        index -= 1
    if index < 0 or not lowers[index].strip():
        return None
    return index


class _Words(Sequence[str]):
    """The words of a compact view in their case, each read from the ``Doc`` when first asked
    for (only the exact-case patterns need them)."""

    def __init__(self, doc: Doc, index: Sequence[int], clean: bool) -> None:
        self._strings = doc.vocab.strings
        self._orth = token_table(doc).orth
        self._index = index
        self._clean = clean
        self._read: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._index)

    @overload
    def __getitem__(self, position: int) -> str: ...

    @overload
    def __getitem__(self, position: slice) -> Sequence[str]: ...

    def __getitem__(self, position: int | slice) -> str | Sequence[str]:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        word = self._read.get(position)
        if word is None:
            word = self._strings[self._orth[self._index[position]]]
            if self._clean:
                word = _clean(word)
            self._read[position] = word
        return word


def compact_words(doc: Doc) -> tuple[list[str], Sequence[int], Sequence[str]]:
    """The words of ``doc`` without whitespace tokens that hold at most one line break: their
    lowercase forms, per word its token's index in ``doc``, and the words in their case.

    Phrase patterns then match across a line break or a run of spaces; a blank line still
    separates. Invisible characters inside words (zero-width spaces and joiners, soft hyphens)
    are left out, so "Py\\u200bthon" matches Python. A word that holds a tab (whitespace
    between paragraphs) becomes a lone tab, which no pattern holds.
    """
    table = token_table(doc)
    is_space = table.is_space
    lowers = token_lowers(doc)
    count = len(doc)
    # A whitespace token's lowercase form is its text. Only whitespace tokens are visited.
    dropped = [i for i in compress(range(count), is_space) if lowers[i].count("\n") <= 1]
    keep: Sequence[int] = range(count)
    if dropped:
        kept = [True] * count
        for i in dropped:
            kept[i] = False
        keep = list(compress(keep, kept))
        lowers = list(compress(lowers, kept))
    text = doc_text(doc)
    clean = _INVISIBLE.search(text) is not None or _JOIN in text
    words = _Words(doc, keep, clean)
    if clean:
        lowers = [word.lower() for word in words]
    return lowers, keep, words


def _match_words(doc: Doc) -> tuple[Sequence[str], Sequence[str], set[int]]:
    """The words of ``doc`` as :func:`compact_words` reads them, but kept at their tokens'
    positions: their lowercase forms, the words in their case, and the positions of the
    whitespace tokens that a match passes over (holding at most one line break).

    The words need no copy without those tokens, nor a map back to the tokens' indices.
    """
    lowers: Sequence[str] = token_lowers(doc)
    count = len(lowers)
    # A whitespace token's lowercase form is its text. Only whitespace tokens are visited.
    # A line break before a bullet starts a new item: no match runs on into it ("ordering
    # and inventory\n- Control food costs" holds no "inventory-control").
    passed = {
        i
        for i in compress(range(count), token_table(doc).is_space)
        if lowers[i].count("\n") <= 1
        and not ("\n" in lowers[i] and i + 1 < count and lowers[i + 1] in BULLETS)
    }
    text = doc_text(doc)
    clean = _INVISIBLE.search(text) is not None or _JOIN in text
    words = _Words(doc, range(count), clean)
    if clean:
        lowers = [word.lower() for word in words]
    return lowers, words, passed


def _clean(word: str) -> str:
    """``word`` without invisible characters, or a lone tab if it holds one."""
    if _JOIN in word:
        return _JOIN
    return _INVISIBLE.sub("", word) or word


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
        if not taken.isdisjoint(span):
            continue
        taken.update(span)
        result.append(candidate)
    return sorted(result, key=lambda c: c.start)
