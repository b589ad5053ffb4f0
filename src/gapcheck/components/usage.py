"""Whether a place in a resume shows a skill in use or only lists it.

A mention shows use ("experience") when it is inside an experience or project entry (its
section, or a dated entry), or when its clause has a verb of action: "Built the ingestion
service in Go", "I have used Kafka for event sourcing", "six years shipping web apps". It only
lists the skill ("listed") in a skills list, a "Skills:"/"Tools:" line (the label's own words,
as in "Tools used:", do not count), a heading, or a verbless claim ("Proficient in Go").

There is no part-of-speech tagger in a blank pipeline, so verbs are found by form: the forms
of common resume verbs of action, with care for forms that are also nouns or adjectives in skill
names ("automated testing", "machine learning", "test plans"): those count only where a verb
stands (first word of a bullet, after "I" or "we").

>>> is_use_clause(["•", "built", "the", "ingestion", "service", "in", "go"])
True
>>> is_use_clause(["skills", ":", "python", ",", "go"], label=True)
False
>>> is_use_clause(["automated", "testing", "with", "selenium"])
True
>>> is_use_clause(["experience", "with", "automated", "testing"])
False
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Doc

from gapcheck.components.context import LIST_SEPARATORS
from gapcheck.components.layout import Layout, doc_text, get_layout, token_lowers, token_table
from gapcheck.models import Usage

__all__ = ["NOUN_ING", "UsageReader", "is_use_clause", "verb_forms"]

# Sections whose every line is an entry of work done.
USE_SECTIONS = frozenset({"experience", "projects"})

# Common verbs of action in resumes (base forms). Spelling variants are listed as such.
_ACTION_VERBS = frozenset(
    """
    accelerate achieve adapt add administer advise analyse analyze apply architect assess audit
    author automate benchmark build calculate clean coach code collaborate collect compile
    configure consolidate construct contribute convert coordinate create cut debug decrease
    define deliver deploy design develop devise diagnose direct document drive enable engineer
    enhance establish evaluate execute expand extend extract facilitate fix forecast generate
    grow guide handle help identify implement improve increase instrument integrate introduce
    investigate launch lead maintain manage mentor migrate model modernise modernize monitor
    negotiate operate optimise optimize orchestrate organise organize overhaul own package
    partner pilot plan port prepare present process produce profile program prototype provision
    publish query rebuild redesign reduce refactor release replace research resolve restructure
    rewrite run save scale scrape script secure serve set ship simplify solve spearhead
    standardise standardize streamline supervise support teach test train transform translate
    troubleshoot tune upgrade use utilise utilize validate visualise visualize work write
    """.split()
)
_IRREGULAR_PAST = {
    "build": ("built",),
    "cut": ("cut",),
    "drive": ("drove", "driven"),
    "grow": ("grew", "grown"),
    "lead": ("led",),
    "rebuild": ("rebuilt",),
    "rewrite": ("rewrote", "rewritten"),
    "run": ("ran",),
    "set": ("set",),
    "teach": ("taught",),
    "write": ("wrote", "written"),
}
# Past forms that are also adjectives in skill names ("automated testing", "managed services",
# "applied statistics"): a verb only where a verb stands.
_ADJECTIVAL_PAST = frozenset(
    "automated managed applied integrated structured trained scaled set cut run programmed "
    "profiled secured supported served released tested packaged modeled modelled".split()
)
# -ing forms that name a skill or a field more often than an action ("machine learning").
NOUN_ING = frozenset(
    "testing programming modeling modelling engineering computing learning processing "
    "scheduling planning reporting forecasting consulting training writing scripting "
    "debugging troubleshooting monitoring profiling packaging coding benchmarking auditing "
    "serving querying cleaning tuning scaling".split()
)
# Base forms that are nouns as often ("test plans", "design patterns", "code review"): a verb
# at the head of a bullet only before a determiner ("Design the ...").
_NOUN_BASES = frozenset(
    "design test model plan support process research code work program profile package "
    "script query release run set cut lead partner pilot port prototype document forecast "
    "train help use audit benchmark instrument author engineer coach mentor present own fix "
    "clean scale secure serve tune report add drive guide handle launch".split()
)
_SUBJECTS = frozenset({"i", "we", "who", "i've", "we've", "have", "has", "had"})
_DETERMINERS = frozenset(
    "the a an our their its my his her this these those new and multiple several two three "
    "four five".split()
)
_LABEL = re.compile(r"\s*[^\w\s]*\s*[A-Za-z][\w &/+.()'-]{0,40}:(?=\s|$)")


@cache
def verb_forms() -> dict[str, str]:
    """Every form of the action verbs: ``{form: "base" | "third" | "past" | "ing"}``.

    >>> forms = verb_forms()
    >>> forms["built"], forms["migrating"], forms["leads"]
    ('past', 'ing', 'third')
    """
    forms: dict[str, str] = {}
    for base in sorted(_ACTION_VERBS):
        stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
        doubled = base + base[-1] if _doubles(base) else stem
        third = (
            base[:-1] + "ies"
            if _consonant_y(base)
            else base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s")
        )
        past = [base[:-1] + "ied"] if _consonant_y(base) else [doubled + "ed"]
        if base.endswith("e"):
            past = [base + "d"]
        past += list(_IRREGULAR_PAST.get(base, ()))
        if base in _IRREGULAR_PAST and base not in ("set", "cut"):
            past = list(_IRREGULAR_PAST[base])
        forms.setdefault(base, "base")
        forms.setdefault(third, "third")
        for form in past:
            forms[form] = "past"
        forms.setdefault(doubled + "ing", "ing")
        if base.endswith("el"):  # British "modelled", "modelling"
            forms.setdefault(base + "led", "past")
            forms.setdefault(base + "ling", "ing")
    return forms


def _consonant_y(word: str) -> bool:
    return word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou"


def _doubles(word: str) -> bool:
    """Whether the final consonant doubles before -ed/-ing ("plan" -> "planned")."""
    return (
        len(word) >= 3
        and word[-1] in "bdgmnprt"
        and word[-2] in "aeiou"
        and word[-3] not in "aeiou"
        and word not in ("audit", "benchmark", "develop", "edit", "pilot", "target")
        and not word.endswith(("en", "er", "on", "it", "et"))
    ) or word in ("ship", "plan", "scrap", "run", "set", "cut", "port")


def is_use_clause(words: Sequence[str], *, label: bool = False) -> bool:
    """Whether a clause (its lowercase tokens, in order) has a verb of action.

    ``label``: the clause opens with a list label ("Tools used:"), whose words do not count.
    """
    if label and ":" in words:
        words = words[words.index(":") + 1 :]
    forms = verb_forms()
    if forms.keys().isdisjoint(words):
        return False  # no form of an action verb at all (most clauses of a resume)
    words = [w for w in words if w.strip() and w not in LIST_SEPARATORS and w not in "•·▪◦●"]
    for i, word in enumerate(words):
        form = forms.get(word)
        if form is None:
            continue
        verb_place = i == 0 or words[i - 1] in _SUBJECTS
        if form == "past":
            if word not in _ADJECTIVAL_PAST or verb_place:
                return True
        elif form == "ing":
            if word not in NOUN_ING or (i > 0 and words[i - 1] in ("by", "while", "i'm")):
                return True
        elif verb_place and words[i - 1 : i] != ["have"]:
            before_object = i + 1 < len(words) and words[i + 1] in _DETERMINERS
            if form == "third" or i > 0 or word not in _NOUN_BASES or before_object:
                return True
    return False


class UsageReader:
    """Tells, for places in one resume ``Doc``, whether they show use or only list.

    ``section_of`` gives the section name at a character offset; ``entries`` are the
    ``(start, end)`` character ranges of the resume's dated entries.
    """

    def __init__(
        self,
        doc: Doc,
        section_of: Callable[[int], str],
        entries: Sequence[tuple[int, int]],
        layout: Layout | None = None,
    ) -> None:
        self._text = doc_text(doc)
        self._layout = layout if layout is not None else get_layout(doc)
        self._idx = token_table(doc).idx
        self._lowers = token_lowers(doc)
        self._clause_of = self._layout.token_clause
        self._section_of = section_of
        self._entries = sorted(entries)
        self._entry_starts = [start for start, _ in self._entries]
        self._clauses: dict[int, bool] = {}

    def usage_at(self, start: int, section: str | None = None) -> Usage:
        """How the mention that begins at character ``start`` shows its skill (``section``:
        the name of its section, when the caller knows it already)."""
        if self._in_entry(start, section):
            return "experience"
        token = max(0, bisect.bisect_right(self._idx, start) - 1)
        if token < len(self._idx) and self._clause_uses(self._clause_of[token]):
            return "experience"
        return "listed"

    def line_usage(self, start: int, end: int, section: str | None = None) -> Usage:
        """How the line ``text[start:end]`` shows what it names (``section``: as in
        :meth:`usage_at`)."""
        if self._in_entry(start, section):
            return "experience"
        first = bisect.bisect_left(self._idx, start)
        last = bisect.bisect_left(self._idx, end, first)
        if first >= last:
            return "listed"
        # Clauses run in token order: the line's tokens hold every clause between its ends.
        clause_of = self._clause_of
        clause, last_clause = clause_of[first], clause_of[last - 1]
        while clause <= last_clause:
            if self._clause_uses(clause):
                return "experience"
            clause += 1
        return "listed"

    def _in_entry(self, start: int, section: str | None = None) -> bool:
        if (self._section_of(start) if section is None else section) in USE_SECTIONS:
            return True
        index = bisect.bisect_right(self._entry_starts, start) - 1
        return index >= 0 and start < self._entries[index][1]

    def _clause_uses(self, clause: int) -> bool:
        found = self._clauses.get(clause)
        if found is None:
            lo, hi = self._layout.clause_bounds[clause]
            words = self._lowers[lo:hi]
            # The label matters only to a clause with a colon: read the line only then.
            label = ":" in words and lo < len(self._idx) and self._opens_label(lo)
            found = is_use_clause(words, label=label)
            self._clauses[clause] = found
        return found

    def _opens_label(self, token: int) -> bool:
        """Whether the line of token ``token`` opens with "Label:" ("Tools used: Git")."""
        start = self._idx[token]
        line_start = self._text.rfind("\n", 0, start) + 1
        return _LABEL.match(self._text, line_start) is not None
