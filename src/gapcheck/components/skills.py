"""Find skills in a ``Doc``: phrase matching, word sense, fuzzy matching.

The component ``gapcheck_skills`` matches every alias of the taxonomy (case-insensitively, or
with exact case where the taxonomy says so), across line breaks and runs of spaces, keeps the
longest match, checks the word sense of names that are also English words or letters, and
finds misspellings and spacing variants of longer names with rapidfuzz. Results:

- ``doc.spans["skills"]``: one span per mention, ``span.id_`` = the skill id;
- ``doc._.gapcheck_skill_meta``: ``{(start, end): (method, score)}`` per span, where method is
  ``"exact"`` or ``"fuzzy"`` and score the fuzzy similarity (None for exact).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from gapcheck.components.context import (
    LIST_SEPARATORS,
    contains_phrase,
    ends_with,
    line_end,
    line_start,
    starts_with,
    words_after,
    words_before,
)
from gapcheck.components.fuzzy import FUZZY_CUTOFF, FuzzyMatcher
from gapcheck.components.layout import Layout, get_layout, token_lowers
from gapcheck.components.matching import (
    AliasMatcher,
    Candidate,
    PatternTokenizer,
    alias_variants,
    longest_first,
)
from gapcheck.components.sections import register_extensions, token_sections
from gapcheck.taxonomy import Taxonomy, load_taxonomy
from gapcheck.wordlist import known_words

__all__ = ["SkillMatcher", "alias_variants", "make_skill_matcher"]

SPAN_KEY = "skills"

# Words that, right before a capitalised ambiguous name, mark the technical use of a tool.
_USAGE_WORDS = frozenset(
    {
        "in",
        "with",
        "using",
        "use",
        "used",
        "of",
        "including",
        "like",
        "via",
        "through",
        "into",
        "from",
        "on",
        "utilizing",
        "utilising",
        "leveraging",
        "knowledge",
        "experience",
        "proficient",
        "proficiency",
        "expertise",
        "skilled",
        "familiar",
        "familiarity",
        "and",
        "or",
        "built",
        "developed",
        "wrote",
        "written",
        "implemented",
        "designed",
        "deployed",
    }
)
# Sections whose list items are skills: a resume's skills, a posting's stack and requirements.
_LIST_SECTIONS = frozenset({"skills", "stack", "requirements", "preferred"})
# A posting's sections that list what it asks for, and words that, right after a name that
# opens a list item there, ask for the name as a skill ("Spark preferred", "Excel skills").
_ASKING_SECTIONS = frozenset({"requirements", "preferred", "stack"})
_ASKING_WORDS = frozenset(
    {
        "preferred",
        "required",
        "experience",
        "skills",
        "knowledge",
        "expertise",
        "proficiency",
        "is",
        "a",
        "(",
    }
)
# Resume sections where a first name that is also a skill's name ("Julia", "Ruby") is a person.
_PERSON_SECTIONS = frozenset({"header", "references"})
_ROLE_NOUNS = frozenset(
    "developer developers engineer engineers consultant consultants architect architects "
    "administrator administrators analyst analysts programmer programmers lead leads manager "
    "managers specialist specialists tester testers designer designers intern interns "
    "trainee trainees teacher teachers expert experts associate associates".split()
)
# Words after a name that make it an organisation's name ("Oracle Inc", "SAP Labs India").
_COMPANY_SUFFIXES = frozenset(
    {
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "ltd",
        "ltd.",
        "llc",
        "limited",
        "pvt",
        "pvt.",
        "plc",
        "gmbh",
        "ag",
        "llp",
        "labs",
        "incorporated",
        "s.a.",
        "b.v.",
    }
)
# Categories of practices and domains (not technologies): like soft skills, they are reported
# where claimed or shown, not wherever the words occur ("sales rose 20%", "English teacher").
_PRACTICE_CATEGORIES = frozenset({"business", "analytical", "soft_skills", "spoken_languages"})
# Sections where naming a soft skill or a knowledge area claims it (or, in a job, asks for it).
_CLAIM_SECTIONS = frozenset(
    {"skills", "stack", "requirements", "preferred", "languages", "education"}
)
# Sections where a soft skill written as a past action ("collaborated", "mentored") shows it.
_DEMONSTRATION_SECTIONS = frozenset({"experience", "projects"})
# Words near a soft skill or knowledge area that make it a claim: "strong X skills".
_CLAIM_CUES = frozenset(
    {
        "skills",
        "skill",
        "skilled",
        "experience",
        "experienced",
        "expertise",
        "expert",
        "knowledge",
        "knowledgeable",
        "proficient",
        "proficiency",
        "familiar",
        "familiarity",
        "background",
        "strong",
        "excellent",
        "good",
        "solid",
        "deep",
        "understanding",
        "ability",
        "abilities",
        "able",
        "competent",
        "competence",
        "competency",
        "certified",
        "trained",
        "training",
        "specialist",
        "specialized",
        "specialised",
        "specializing",
        "focus",
        "focused",
        "track",
        "demonstrated",
        "proven",
        "exceptional",
        "outstanding",
        "great",
        "effective",
        "fluent",
        "native",
        "advanced",
        "intermediate",
        "basic",
        "working",
        "hands-on",
        "passion",
        "passionate",
        "years",
        "in-depth",
        "thorough",
        "sound",
        "keen",
        "capable",
        "capability",
        "capabilities",
        "excel",
        "mastery",
    }
)
# Symbols that glue a cue to a name: "Go-to", "ML/kg", "post-Go".
_GLUE_SYMBOLS = frozenset("-/–")


@dataclass(frozen=True, slots=True)
class _SenseCues:
    confirm: tuple[tuple[str, ...], ...]
    reject_before: tuple[tuple[str, ...], ...]
    reject_after: tuple[tuple[str, ...], ...]
    short: bool  # a letter or two: needs list context or a confirming cue


class SkillMatcher:
    """spaCy component that finds the taxonomy's skills; see the module docstring.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("gapcheck_sections")
    >>> _ = nlp.add_pipe("gapcheck_skills")
    >>> doc = nlp("Skills: Python, Go and PyTorch")
    >>> [span.id_ for span in doc.spans["skills"]]
    ['python', 'go', 'pytorch']
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "gapcheck_skills",
        *,
        taxonomy: Taxonomy | None = None,
        fuzzy: bool = True,
        fuzzy_cutoff: float = FUZZY_CUTOFF,
    ) -> None:
        register_extensions()
        self.name = name
        self.taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
        self._fuzzy_cutoff = fuzzy_cutoff
        self._words = PatternTokenizer(nlp)
        self._fuzzy = FuzzyMatcher(self.taxonomy, fuzzy_cutoff) if fuzzy else None
        self._aliases = AliasMatcher(
            nlp,
            self.taxonomy,
            self._words,
            left_out=FuzzyMatcher.leaves_out if fuzzy else None,
        )
        self._cues: dict[str, _SenseCues] = {}
        self._category_confirm: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._brand_forms: set[str] = set()
        self._build()

    @property
    def fuzzy(self) -> bool:
        """Whether the component also finds misspellings and spacing variants."""
        return self._fuzzy is not None

    @property
    def fuzzy_cutoff(self) -> float:
        """The least rapidfuzz ratio (0-100) of a misspelling to its alias."""
        return self._fuzzy_cutoff

    # ------------------------------------------------------------------ building

    def _cue_tuples(
        self, cues: Sequence[str], glued: str | None = None
    ) -> tuple[tuple[str, ...], ...]:
        """Cues as lowercase token tuples.

        ``glued`` ("after" or "before") adds, for a cue that starts (ends) with a symbol, the
        tokens it has when glued to a name: "-to" is one token alone but "-" "to" in "Go-to".
        """
        result = [
            tuple(word.lower() for word in self._words.words(cue)) if cue.split() else ()
            for cue in cues
        ]
        placeholder = "Xq"
        for cue in cues:
            if glued == "after" and cue[:1] in _GLUE_SYMBOLS:
                tokens = self._words.lowers(placeholder + cue)
                if tokens[0] == placeholder.lower():
                    result.append(tuple(tokens[1:]))
            elif glued == "before" and cue[-1:] in _GLUE_SYMBOLS:
                tokens = self._words.lowers(cue + placeholder)
                if tokens[-1] == placeholder.lower():
                    result.append(tuple(tokens[:-1]))
        return tuple(dict.fromkeys(cue for cue in result if cue))

    def _build(self) -> None:
        skills = list(self.taxonomy)
        for category in self.taxonomy.categories.values():
            self._category_confirm[category.id] = self._cue_tuples(category.confirm)
        words = known_words()
        for skill in skills:
            if skill.sense and skill.sense.forms:
                if skill.sense.case_sensitive:
                    # Exact-case forms that are no English word ("dbt") are written as the
                    # brand writes them, as a capital marks a name ("with Spark").
                    self._brand_forms.update(
                        f for f in skill.sense.forms if f.lower() not in words and " " not in f
                    )
                short = all(len(f) <= 2 for f in skill.sense.forms)
                self._cues[skill.id] = _SenseCues(
                    confirm=self._cue_tuples(skill.sense.confirm),
                    reject_before=self._cue_tuples(skill.sense.reject_before, "before"),
                    reject_after=self._cue_tuples(skill.sense.reject_after, "after"),
                    short=short,
                )
        self._needs_claim = frozenset(
            skill.id
            for skill in skills
            if skill.kind in ("soft", "knowledge") or skill.category in _PRACTICE_CATEGORIES
        )

    # ------------------------------------------------------------------ matching

    def __call__(self, doc: Doc) -> Doc:
        candidates = self.match(doc)
        self.set_annotations(doc, candidates)
        return doc

    def match(self, doc: Doc) -> list[Candidate]:
        """All accepted mentions of ``doc``, overlaps resolved (longest first)."""
        raw = self._aliases.candidates(doc)
        if not raw and self._fuzzy is None:
            return []
        layout = get_layout(doc)
        sections = token_sections(doc)
        self._decide_senses(doc, raw, layout, sections)
        accepted = longest_first([c for c in raw if c.accepted])
        if self._fuzzy is not None:
            # Words matched as an ambiguous name and rejected stay rejected: no fuzzy retry.
            rejected = [c for c in raw if not c.accepted]
            fuzzy = self._fuzzy.matches(doc, accepted, rejected, layout)
            accepted = longest_first(accepted + fuzzy)
        lowers = token_lowers(doc)
        same_clause: dict[int, list[Candidate]] = {}
        for candidate in accepted:
            same_clause.setdefault(layout.token_clause[candidate.start], []).append(candidate)
        kept = []
        for candidate in accepted:
            if self._not_a_claim(doc, candidate, layout.flattened):
                continue
            neighbours = same_clause[layout.token_clause[candidate.start]]
            if candidate.skill_id in self._needs_claim and not self._claimed(
                doc, candidate, layout, sections, lowers, neighbours
            ):
                continue
            kept.append(candidate)
        return _without_repeated_titles(doc, kept, layout.flattened)

    def _near_tool(
        self, candidate: Candidate, layout: Layout, accepted: Sequence[Candidate]
    ) -> bool:
        """Whether a named technology is used in the same clause, a few words away."""
        clause = layout.token_clause[candidate.start]
        for other in accepted:
            if other is candidate or layout.token_clause[other.start] != clause:
                continue
            distance = max(candidate.start - other.end, other.start - candidate.end)
            if distance <= 6 and self.taxonomy[other.skill_id].kind == "hard":
                return True
        return False

    def _claimed(
        self,
        doc: Doc,
        candidate: Candidate,
        layout: Layout,
        sections: Sequence[str],
        lowers: Sequence[str],
        accepted: Sequence[Candidate],
    ) -> bool:
        """Whether a soft skill or knowledge area is claimed or asked for, not just named.

        "Strong communication skills", "experience in banking", a skills list or a job's
        requirements claim it; "communication with clients" or "sales rose 20%" do not.
        """
        section = sections[candidate.start]
        if section in _CLAIM_SECTIONS:
            return True
        if section in _DEMONSTRATION_SECTIONS:
            if doc[candidate.start].lower_.endswith("ed"):
                return True  # "collaborated with legal", "mentored two analysts"
            if self.taxonomy[candidate.skill_id].kind == "knowledge" and self._near_tool(
                candidate, layout, accepted
            ):
                return True  # "built an NLP pipeline with spaCy"
        flat = layout.flattened
        before = words_before(doc, candidate.start, 1, flat)
        after = words_after(doc, candidate.end, 1, flat)
        listed_before = not before or before[0] in LIST_SEPARATORS
        listed_after = not after or after[0] in LIST_SEPARATORS
        if listed_before and listed_after:
            if line_start(doc, candidate.start, flat) and line_end(doc, candidate.end, flat):
                return True  # a line of its own: a list item
            clause = layout.token_clause[candidate.start]
            for other in accepted:
                if other is candidate or layout.token_clause[other.start] != clause:
                    continue
                if 0 <= candidate.start - other.end <= 2 or 0 <= other.start - candidate.end <= 2:
                    return True  # next to another skill in a list
        clause = layout.token_clause[candidate.start]
        lo = candidate.start
        while lo > 0 and layout.token_clause[lo - 1] == clause and candidate.start - lo < 6:
            lo -= 1
        hi = candidate.end
        while hi < len(lowers) and layout.token_clause[hi] == clause and hi - candidate.end < 4:
            hi += 1
        window = set(lowers[lo : candidate.start]) | set(lowers[candidate.end : hi])
        return bool(window & _CLAIM_CUES)

    def _not_a_claim(self, doc: Doc, candidate: Candidate, flat: bool) -> bool:
        """Mentions that name something other than a skill the text claims or asks for.

        - part of an organisation's name: "Oracle Inc", "Cisco Systems Pvt Ltd", "SAP AG".
        """
        after = words_after(doc, candidate.end, 3, flat)
        if not after:
            return False
        if after[0] in _COMPANY_SUFFIXES:
            return True
        # "Oracle India Pvt Ltd": one capitalised word between the name and the suffix.
        return (
            len(after) > 1
            and after[1] in _COMPANY_SUFFIXES
            and after[0].isalpha()
            and doc[candidate.end].text[:1].isupper()
        )

    def set_annotations(self, doc: Doc, candidates: Sequence[Candidate]) -> None:
        spans = [Span(doc, c.start, c.end, label="SKILL", span_id=c.skill_id) for c in candidates]
        doc.spans[SPAN_KEY] = spans
        doc._.gapcheck_skill_meta = {(c.start, c.end): (c.method, c.score) for c in candidates}

    # ------------------------------------------------------------------ word sense

    def _decide_senses(
        self,
        doc: Doc,
        candidates: list[Candidate],
        layout: Layout,
        sections: Sequence[str],
    ) -> None:
        for candidate in candidates:
            candidate.accepted = not candidate.ambiguous
        ambiguous = [c for c in candidates if c.ambiguous]
        if not ambiguous:
            return
        clause_of = layout.token_clause
        clause_starts = [start for start, _ in layout.clause_bounds]
        lowers = token_lowers(doc)
        # Two passes, so an accepted ambiguous name can confirm its neighbour ("Spark, Hive").
        for _ in range(2):
            # Accepted mentions per clause, sorted, so a neighbour is found by bisection.
            by_clause: dict[int, list[tuple[int, int]]] = {}
            for c in candidates:
                if c.accepted:
                    by_clause.setdefault(clause_of[c.start], []).append((c.start, c.end))
            for spans in by_clause.values():
                spans.sort()
            anchor_starts = {s for spans in by_clause.values() for s, _ in spans}
            for candidate in ambiguous:
                if candidate.accepted:
                    continue
                candidate.accepted = self._confirmed(
                    doc,
                    candidate,
                    by_clause.get(clause_of[candidate.start], []),
                    anchor_starts,
                    clause_of,
                    clause_starts,
                    lowers,
                    sections,
                    layout.flattened,
                )

    def _confirmed(
        self,
        doc: Doc,
        candidate: Candidate,
        anchors: Sequence[tuple[int, int]],
        anchor_starts: set[int],
        clause_of: Sequence[int],
        clause_starts: Sequence[int],
        lowers: Sequence[str],
        sections: Sequence[str],
        flat: bool,
    ) -> bool:
        cues = self._cues.get(candidate.skill_id)
        start, end = candidate.start, candidate.end
        before = words_before(doc, start, 4, flat)
        after = words_after(doc, end, 4, flat)
        if cues is not None:
            if any(ends_with(before, cue) for cue in cues.reject_before):
                return False
            if any(starts_with(after, cue) for cue in cues.reject_after):
                return False
        section = sections[start]
        if section in _PERSON_SECTIONS and _followed_by_name(doc, end, anchor_starts):
            return False  # a person's name: "Julia Smith | Python Developer"
        clause = clause_of[start]
        previous = before[-1] if before else None
        following = after[0] if after else None
        listed = (
            previous is None or previous in LIST_SEPARATORS or line_start(doc, start, flat)
        ) and (
            following is None
            or following in LIST_SEPARATORS
            or following == "."  # the last item: "Optional: Airflow."
            or line_end(doc, end, flat)
        )
        nearest = _nearest_distance(anchors, start, end)
        short = cues.short if cues is not None else len(doc[start:end].text) <= 2
        if listed and (section in _LIST_SECTIONS or (nearest is not None and nearest <= 3)):
            return True
        if short:
            return self._has_confirm_cue(candidate, lowers, clause_of, clause)
        if nearest is not None and nearest <= 8:
            return True
        if self._has_confirm_cue(candidate, lowers, clause_of, clause):
            return True
        first = doc[start]
        if (
            section in _ASKING_SECTIONS
            and first.text[:1].isupper()
            and line_start(doc, start, flat)
            and following in _ASKING_WORDS
        ):
            return True  # a posting's list item: "Spark preferred", "Excel skills a plus"
        clause_start = clause_starts[clause]
        return bool(
            (first.text[:1].isupper() or doc[start:end].text in self._brand_forms)
            and start > clause_start
            and previous in _USAGE_WORDS
            and not line_start(doc, start, flat)
        )

    def _has_confirm_cue(
        self,
        candidate: Candidate,
        lowers: Sequence[str],
        clause_of: Sequence[int],
        clause: int,
    ) -> bool:
        cues = self._cues.get(candidate.skill_id)
        skill = self.taxonomy[candidate.skill_id]
        phrases = (*(cues.confirm if cues else ()), *self._category_confirm.get(skill.category, ()))
        if not phrases:
            return False
        lo = candidate.start
        while lo > 0 and clause_of[lo - 1] == clause and candidate.start - lo < 12:
            lo -= 1
        hi = candidate.end
        while hi < len(lowers) and clause_of[hi] == clause and hi - candidate.end < 12:
            hi += 1
        window = [
            w for i, w in enumerate(lowers[lo:hi], lo) if not candidate.start <= i < candidate.end
        ]
        return any(contains_phrase(window, phrase) for phrase in phrases)


# ---------------------------------------------------------------------- helpers


def _in_job_title(doc: Doc, candidate: Candidate, flat: bool) -> bool:
    """Whether the mention is part of a job title: "Java Developer", "DevOps - Engineer"."""
    after = words_after(doc, candidate.end, 2, flat)
    return bool(after) and (
        after[0] in _ROLE_NOUNS
        or (len(after) > 1 and after[0] in ("-", "/") and after[1] in _ROLE_NOUNS)
    )


def _without_repeated_titles(doc: Doc, candidates: list[Candidate], flat: bool) -> list[Candidate]:
    """Drop mentions inside job titles ("Java Developer") of skills the text also names
    elsewhere: a title names a role, and the skill's evidence is in the other mentions. A
    skill named only in a title keeps that mention."""
    in_title = [_in_job_title(doc, c, flat) for c in candidates]
    named_elsewhere = {
        c.skill_id for c, title in zip(candidates, in_title, strict=True) if not title
    }
    return [
        c
        for c, title in zip(candidates, in_title, strict=True)
        if not title or c.skill_id not in named_elsewhere
    ]


def _nearest_distance(anchors: Sequence[tuple[int, int]], start: int, end: int) -> int | None:
    """Tokens between ``[start, end)`` and the nearest of ``anchors`` (sorted, same clause)."""
    position = bisect.bisect_left(anchors, (start, end))
    best: int | None = None
    for index in (position - 1, position - 2, position, position + 1):
        if 0 <= index < len(anchors):
            s, e = anchors[index]
            if (s, e) == (start, end) or not (e <= start or s >= end):
                continue
            distance = start - e if e <= start else s - end
            best = distance if best is None else min(best, distance)
    return best


def _followed_by_name(doc: Doc, end: int, anchor_starts: set[int]) -> bool:
    """Whether token ``end`` is a capitalised word that is no skill: a surname after a first
    name that is also a skill's name ("Julia Smith", "Ruby Chen").
    """
    if end >= len(doc):
        return False
    token = doc[end]
    if not (token.is_alpha and token.text[:1].isupper()) or not doc[end - 1].whitespace_:
        return False
    return end not in anchor_starts


@Language.factory(
    "gapcheck_skills",
    default_config={
        "taxonomy_paths": [],
        "include_shipped": True,
        "fuzzy": True,
        "fuzzy_cutoff": FUZZY_CUTOFF,
    },
)
def make_skill_matcher(
    nlp: Language,
    name: str,
    taxonomy_paths: list[str],
    include_shipped: bool,
    fuzzy: bool,
    fuzzy_cutoff: float,
) -> SkillMatcher:
    """Factory of ``gapcheck_skills``: the shipped taxonomy merged with ``taxonomy_paths``."""
    taxonomy = load_taxonomy(taxonomy_paths, include_shipped=include_shipped)
    return SkillMatcher(nlp, name, taxonomy=taxonomy, fuzzy=fuzzy, fuzzy_cutoff=fuzzy_cutoff)
