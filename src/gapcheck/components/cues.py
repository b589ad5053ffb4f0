"""Importance cues inside a clause of a job posting, and the skills each one governs.

A cue is a phrase that says how much a posting wants something. It has an **effect**:

- ``preferred``: "a plus", "a bonus", "nice to have", "ideally", "preferably", "optional",
  "would help", "welcome", "willingness to learn", "or the ability to obtain it";
- ``required``: "must", "is required", "mandatory", "essential";
- ``none`` (not a requirement at all): "not required", "no ... needed", "you don't need";
- ``taught`` (not a requirement: the employer teaches it): "we'll teach you", "you'll pick
  it up";
- ``weak``: "need", "requires", which confirm the section's reading and stop other cues.

and governs the skills **before** it ("Docker is a plus"), or those **after** it ("ideally
BigQuery", "Nice to have: Rust"); most cues go either way, backwards when a skill precedes
them. A skill takes the nearest cue that governs it, so in "Strong SQL is required, ideally
on BigQuery" SQL is required and BigQuery preferred. "but", "though" and "while" end a cue's
reach. A negation beside a welcome ("welcome but not required", "a bonus, not a requirement")
counts as the welcome. Soft wording ("familiarity with", "some", "exposure to") is no cue:
the section decides.

>>> words = "strong sql is required , ideally on bigquery".split()
>>> CueReader().effects(words, [(1, 2), (7, 8)])
['required', 'preferred']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Literal

from gapcheck.marks import DASHES

__all__ = ["Cue", "CueReader", "Effect"]

Effect = Literal["required", "weak", "preferred", "none", "taught", "continue"]
Direction = Literal["back", "forward", "either"]

# (phrases, effect, direction, check). Phrases are written as spaCy's tokenizer splits them
# ("do n't", "we 'll", "nice - to - have"); a check, when given, must accept the match.
_PREDICATIVE = "predicative"
_LEXICON: tuple[tuple[str, Effect, Direction, str | None], ...] = (
    (
        "nice to have | nice - to - have | nice to haves | nice - to - haves | good to have | "
        "great to have | would be nice | would be great | would be good | would be useful | "
        "would be helpful | would help | 'd be nice | 'd be great | an advantage | "
        "a big advantage | an added advantage | a distinct advantage | an asset | "
        "a strong asset | a big asset | a real asset | willingness to learn | "
        "willing to learn | eager to learn | keen to learn | happy to learn | "
        "open to learning | even better | a nice extra",
        "preferred",
        "either",
        None,
    ),
    (
        # A credential one may get after hire: "Forklift certification or the ability to
        # obtain it within 30 days" is no gap today, holding it an advantage; "ability to
        # obtain a SIDA badge" speaks of what follows it.
        "or the ability to obtain | or ability to obtain | or the ability to get | "
        "or willingness to obtain | or willing to obtain | or able to obtain | "
        "or be able to obtain | or eligibility to obtain | or eligible to obtain | "
        "or obtain within | obtain within | obtained within",
        "preferred",
        "back",
        None,
    ),
    (
        "ability to obtain | able to obtain | willing to obtain | willingness to obtain | "
        "eligible to obtain | eligibility to obtain",
        "preferred",
        "forward",
        None,
    ),
    (
        "helpful | beneficial | useful | welcome | welcomed | appreciated | optional | "
        "desirable | desired | preferred | preferable | advantageous | valued",
        "preferred",
        "either",
        _PREDICATIVE,
    ),
    ("plus", "preferred", "either", "plus"),
    ("bonus", "preferred", "either", "bonus"),
    (
        "ideally | preferably | optionally | would love | 'd love | love to see | great if | "
        "nice if | bonus points | extra points | brownie points | nice : | pluses :",
        "preferred",
        "forward",
        None,
    ),
    (
        "must | a must | must - have | must have | a requirement | a prerequisite | "
        "non - negotiable | compulsory | requirements : | also required",
        "required",
        "either",
        None,
    ),
    ("required | mandatory | essential", "required", "either", _PREDICATIVE),
    ("need | needs | needed | require | requires", "weak", "either", None),
    (
        "not required | not needed | not necessary | not expected | not a requirement | "
        "not mandatory | not essential | not a must | n't required | n't needed | "
        "n't necessary | n't expected | n't a requirement | n't mandatory | no need | "
        "do n't need | does n't need | wo n't need | will not need | do not need | "
        "does not need | not need | need n't | do n't have to | wo n't have to | "
        "will not have to | do not have to | not be expected | n't be expected | "
        "not be asked | n't be asked | not be required | n't be required | "
        "wo n't be writing | will not be writing | wo n't be working | do n't expect | "
        "do not expect | not looking for | neither is mandatory | neither is required | "
        "neither is needed | neither is essential | neither are required",
        "none",
        "either",
        None,
    ),
    (
        "we 'll teach | we will teach | we can teach | we 'll train | we will train | "
        "we can train | we 'll show | we will show | we 'll help you learn | "
        "training provided | training is provided | training will be provided | "
        "we provide training | you 'll learn | you will learn | you 'll pick | "
        "you will pick | pick up on the job | learn on the job | on - the - job training | "
        "get you up to speed | teach you | train you",
        "taught",
        "either",
        None,
    ),
    (
        "so is | so are | so would | so does | so do | as would | as is | as are | as does | as do",
        "continue",
        "forward",
        None,
    ),
)
_BARRIERS = frozenset({"but", "though", "although", "however", "whereas", "while", "yet"})
_AFTER_PREDICATE = frozenset(". , ; ) : ! but though if for".split()) | DASHES
# The words beside a cue that its check looks at: for "predicative" and "plus" a word before
# or after it in these sets accepts the cue (so does the clause's edge, but for "plus" before
# it); for "bonus" any of them rejects it ("an annual bonus", "a bonus scheme").
_WORDS_BEFORE: dict[str, frozenset[str]] = {
    _PREDICATIVE: DASHES
    | frozenset(
        "is are be 's 're was were would 'd will but also very highly especially definitely "
        "really considered though : ( ,".split()
    ),
    "plus": frozenset(
        "a is are be 's big real huge definite added strong major nice great distinct also".split()
    ),
    "bonus": frozenset(
        "annual performance signing on cash yearly quarterly target sales referral % "
        "discretionary company".split()
    ),
}
_WORDS_AFTER: dict[str, frozenset[str]] = {
    _PREDICATIVE: _AFTER_PREDICATE,
    "plus": _AFTER_PREDICATE,
    "bonus": frozenset("scheme plan structure program programme payment payments pool of".split()),
}
_NEGATED_ENDS = (("needed",), ("required",), ("necessary",), ("expected",), ("mandatory",))
_NEGATION_SPAN = 8  # words between "no" and "needed" in "No Scala or Akka experience needed"
_PRONOUNS = frozenset({"either", "both", "them", "it", "these", "those", "any", "one"})
_SOFTENING_GLUE = frozenset({",", "but", "though", "and", "yet", "(", ")"}) | DASHES


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found at words ``[start, end)`` of a clause."""

    start: int
    end: int
    effect: Effect
    direction: Direction
    reach: int | None = None
    """For "no ... needed": the word where the cue's object ends."""
    anaphoric: bool = False
    """A negation whose object is a pronoun ("no experience with either is needed", "you'll
    pick both up"): it speaks of the skills named before it, across "but"."""


def _accepts(check: str | None, words: Sequence[str], start: int, end: int) -> bool:
    before = words[start - 1] if start > 0 else None
    after = words[end] if end < len(words) else None
    if check is None:
        return True
    words_before, words_after = _WORDS_BEFORE[check], _WORDS_AFTER[check]
    if check == "bonus":  # not "an annual bonus", "a bonus scheme"
        return before not in words_before and after not in words_after
    # "is helpful", "helpful." and "a plus", "Docker plus." -- not "SQL, plus Tableau"
    at_edge = after is None or (before is None and check == _PREDICATIVE)
    return at_edge or before in words_before or after in words_after


class CueReader:
    """Finds cues in a clause's words and says which effect governs each skill.

    ``tokenize`` splits a lexicon phrase into lowercase words the way the pipeline's tokenizer
    splits text; by default phrases are split on spaces (the lexicon is written that way).
    """

    def __init__(self, tokenize: Callable[[str], list[str]] | None = None) -> None:
        split = tokenize or str.split
        # Phrases by their first two words (a one-word phrase by its word), longest first.
        by_start: dict[tuple[str, ...], list[tuple[tuple[str, ...], Effect, Direction, str | None]]]
        by_start = {}
        for phrases, effect, direction, check in _LEXICON:
            for phrase in phrases.split("|"):
                words = tuple(w.lower() for w in split(phrase.strip()))
                if words:
                    by_start.setdefault(words[:2], []).append((words, effect, direction, check))
        for entries in by_start.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        self._by_start = by_start
        self._openers = frozenset(start[0] for start in by_start) | {"no"}

    def can_find(self, words: Sequence[str]) -> bool:
        """Whether ``words`` may hold a cue: without a word that opens one, :meth:`find` finds
        none, and :meth:`effects` are all None."""
        return not self._openers.isdisjoint(words)

    def find(self, words: Sequence[str]) -> list[Cue]:
        """The cues of a clause, left to right, not overlapping (the longest phrase wins).

        Only a word that opens a phrase, or "no", can start a cue: those positions are picked
        out in C, and the others, most of a clause, are never tried.
        """
        cues: list[Cue] = []
        free = 0  # the first word after the last cue found
        for i in compress(range(len(words)), map(self._openers.__contains__, words)):
            if i < free:
                continue
            cue = self._match(words, i)
            if cue is None and words[i] == "no":
                cue = _negated_object(words, i)
            if cue is not None:
                cues.append(cue)
                free = cue.end
        return cues

    def _match(self, words: Sequence[str], i: int) -> Cue | None:
        """The longest phrase at word ``i`` that its check accepts. Only the phrases that open
        with the two words at ``i`` are tried, then the one-word phrase: a longer phrase always
        comes before a shorter one, so this is the order of all phrases opening with the word.
        """
        starts = [(words[i],)] if i + 1 == len(words) else [(words[i], words[i + 1]), (words[i],)]
        for start in starts:
            for phrase, effect, direction, check in self._by_start.get(start, ()):
                end = i + len(phrase)
                if tuple(words[i:end]) == phrase and _accepts(check, words, i, end):
                    return Cue(i, end, effect, direction)
        return None

    def effects(
        self, words: Sequence[str], spans: Sequence[tuple[int, int]]
    ) -> list[Effect | None]:
        """The effect governing each skill ``(start, end)`` (word indices) of the clause
        ``words``, or None where no cue does."""
        found = self.find(words)
        if not found:  # most clauses: nothing governs their skills
            return [None] * len(spans)
        cues = _resolve(found, words, spans)
        return [_governing(cues, words, start, end, spans) for start, end in spans]


def _negated_object(words: Sequence[str], i: int) -> Cue | None:
    """ "no Scala experience needed": a cue from "no" to "needed" over what lies between."""
    for j in range(i + 1, min(len(words), i + 1 + _NEGATION_SPAN)):
        if words[j] in _BARRIERS or words[j] in (",", ";", "."):
            return None
        if (words[j],) in _NEGATED_ENDS:
            return Cue(i, j + 1, "none", "forward", reach=j)
    return None


def _resolve(cues: list[Cue], words: Sequence[str], spans: Sequence[tuple[int, int]]) -> list[Cue]:
    """Cues with a direction each ("either" resolved), "continue" given the effect before it,
    and a negation beside a welcome read as the welcome."""
    resolved: list[Cue] = []
    for index, cue in enumerate(cues):
        effect, direction = cue.effect, cue.direction
        if effect == "continue":
            earlier = [c.effect for c in resolved if c.effect != "weak"]
            if not earlier:
                continue
            effect = earlier[-1]
        if effect in ("none", "taught") and _beside_welcome(cues, index, words):
            effect = "preferred"
        if effect in ("none", "taught") and _points_back(cues, index, words, spans):
            resolved.append(Cue(cue.start, cue.end, effect, "back", None, anaphoric=True))
            continue
        if direction == "either" and any(s < cue.end and cue.start < e for s, e in spans):
            # The cue is itself a skill asked for ("Curiosity and a willingness to learn"): it
            # governs what it is willing to learn ("willingness to learn Rust", "Cassandra, or
            # willingness to learn it"), not a skill it is listed beside.
            after = words[cue.end] if cue.end < len(words) else ""
            direction = "back" if after in _POINTING_BACK_WORDS else "forward"
        elif direction == "either":
            segment_start = _segment_start(words, cue.start)
            before = any(segment_start <= s and e <= cue.start for s, e in spans)
            direction = "back" if before else "forward"
        resolved.append(Cue(cue.start, cue.end, effect, direction, cue.reach))
    return resolved


_POINTING_BACK_WORDS = frozenset({"it", "them", "this", "these", "that", "those"})


def _beside_welcome(cues: Sequence[Cue], index: int, words: Sequence[str]) -> bool:
    """Whether a negation stands next to a preferred cue ("welcome but not required")."""
    cue = cues[index]
    for other in cues[max(0, index - 1) : index + 2]:
        if other is cue or other.effect != "preferred":
            continue
        lo, hi = (other.end, cue.start) if other.start < cue.start else (cue.end, other.start)
        if hi - lo <= 3 and all(w in _SOFTENING_GLUE for w in words[lo:hi]):
            return True
    return False


def _points_back(
    cues: Sequence[Cue], index: int, words: Sequence[str], spans: Sequence[tuple[int, int]]
) -> bool:
    """Whether a negation's object is a pronoun standing for skills named before it."""
    cue = cues[index]
    stop = cues[index + 1].start if index + 1 < len(cues) else len(words)
    lo = cue.start + 1 if cue.reach is not None else cue.end
    hi = cue.reach if cue.reach is not None else stop
    if any(lo <= s < hi for s, _ in spans) or not any(e <= cue.start for _, e in spans):
        return False
    return any(w in _PRONOUNS for w in words[lo:hi])


def _segment_start(words: Sequence[str], position: int) -> int:
    for i in range(position - 1, -1, -1):
        if words[i] in _BARRIERS:
            return i + 1
    return 0


def _governing(
    cues: Sequence[Cue],
    words: Sequence[str],
    start: int,
    end: int,
    spans: Sequence[tuple[int, int]] = (),
) -> Effect | None:
    """The effect of the nearest cue that reaches the skill at ``[start, end)``: the first cue
    after it if that one looks back, the last before it if that one looks forward (``spans``:
    every skill of the clause)."""
    for cue in cues:
        if cue.reach is not None and cue.start < start and end <= cue.reach:
            return cue.effect
    after = next((c for c in cues if c.start >= end), None)
    back = after if after is not None and _reaches_back(after, words, end, spans) else None
    before = next((c for c in reversed(cues) if c.end <= start), None)
    forward = None
    if (
        before is not None
        and before.direction == "forward"
        and before.reach is None
        and not _barrier(words, before.end, start)
    ):
        forward = before
    if back is not None and forward is not None:
        return back.effect if back.start - end <= start - forward.end else forward.effect
    chosen = back or forward
    return chosen.effect if chosen is not None else None


def _reaches_back(
    cue: Cue, words: Sequence[str], end: int, spans: Sequence[tuple[int, int]] = ()
) -> bool:
    """Whether a cue after a skill ending at ``end`` governs it."""
    if cue.direction != "back":
        return False
    if cue.anaphoric:
        return True
    return (
        not _barrier(words, end, cue.start)
        and not _past_a_comma(words, end, cue.start, spans)
        and _bracket_reaches(words, end, cue.start, spans)
    )


# The words of a bare list of skills, besides the skills: "Python, SQL or Scala preferred".
_LIST_WORDS = frozenset({",", "and", "or", "&", "/", "-", "*", "•", "·", ":"})


def _past_a_comma(
    words: Sequence[str], end: int, cue: int, spans: Sequence[tuple[int, int]]
) -> bool:
    """Whether a comma parts the skill ending at ``end`` from a later skill of its own that the
    cue at ``cue`` follows, in a clause that says more than a list of skills: "3+ years of
    Python experience, Django preferred" prefers Django only; "Python, SQL preferred" both.

    >>> words = "3+ years of python experience , django preferred".split()
    >>> _past_a_comma(words, 4, 7, [(3, 4), (6, 7)])
    True
    >>> _past_a_comma("python , sql preferred".split(), 1, 3, [(0, 1), (2, 3)])
    False
    """
    gap = words[end:cue]
    if "," not in gap:
        return False
    comma = end + len(gap) - 1 - gap[::-1].index(",")
    if not any(comma < s and e <= cue for s, e in spans):
        return False  # the cue follows no skill of its own after the comma
    if "(" in words[comma:cue] or words[:comma].count("(") > words[:comma].count(")"):
        return False  # a list in brackets, or a cue in brackets: as they read (see below)
    last = max(e for _, e in spans if e <= cue)  # the skill the cue follows, "a" of "a plus" aside
    covered = {i for s, e in spans for i in range(s, e)}
    if comma + 1 not in covered or any(
        i not in covered and words[i] not in _LIST_WORDS for i in range(comma + 1, last)
    ):
        return False  # not a list item of its own: "Google Cloud, and GCP experience is preferred"
    return any(i not in covered and words[i] not in _LIST_WORDS for i in range(last))


def _bracket_reaches(
    words: Sequence[str], end: int, cue: int, spans: Sequence[tuple[int, int]] = ()
) -> bool:
    """Whether a cue inside brackets reaches the skill ending at ``end``: only the skill just
    before the bracket ("English (fluent), Spanish (a plus)": Spanish), and only when the
    bracket names no skill of its own before the cue ("a BI tool (Power BI preferred)": Power
    BI is preferred, not any BI tool).

    >>> words = "experience with a bi tool ( power bi preferred )".split()
    >>> _bracket_reaches(words, 5, 8, [(3, 5), (6, 8)]), _bracket_reaches(words, 8, 8)
    (False, True)
    >>> words = "english ( fluent ) , spanish ( a plus )".split()
    >>> _bracket_reaches(words, 6, 8, [(0, 1), (5, 6)])
    True

    So does it every skill of an either/or list it closes ("Python, Java or Scala (bonus)"), not
    of a list joined by "and" ("Python and Spark (a plus)": Spark).

    >>> words = "python , java or scala ( bonus )".split()
    >>> spans = [(0, 1), (2, 3), (4, 5)]
    >>> _bracket_reaches(words, 1, 6, spans), _bracket_reaches(words, 3, 6, spans)
    (True, True)
    >>> _bracket_reaches("python and spark ( a plus )".split(), 1, 5, [(0, 1), (2, 3)])
    False
    """
    depth = 0
    for i in range(cue - 1, end - 1, -1):
        if words[i] == ")":
            depth += 1
        elif words[i] == "(":
            if depth == 0:
                if any(i < s and e <= cue for s, e in spans):
                    return False
                return i == end or _closes_alternatives(words, end, i, spans)
            depth -= 1
    return True


def _closes_alternatives(
    words: Sequence[str], end: int, bracket: int, spans: Sequence[tuple[int, int]]
) -> bool:
    """Whether the words from ``end`` to ``bracket`` are only skills of ``spans`` and the marks
    of an either/or list, with an "or" among them."""
    covered = {i for s, e in spans if end <= s and e <= bracket for i in range(s, e)}
    between = [w for i, w in enumerate(words[end:bracket], start=end) if i not in covered]
    return "or" in between and all(w in _ALTERNATIVE_MARKS for w in between)


_ALTERNATIVE_MARKS = frozenset({",", "or", "and/or", "/"})


def _barrier(words: Sequence[str], lo: int, hi: int) -> bool:
    return any(w in _BARRIERS for w in words[lo:hi])
