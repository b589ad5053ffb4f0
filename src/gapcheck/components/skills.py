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

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from gapcheck.components.context import (
    LIST_SEPARATORS,
    line_end,
    line_start,
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
from gapcheck.components.word_sense import SenseGuard
from gapcheck.taxonomy import Taxonomy, load_taxonomy

__all__ = ["SkillMatcher", "alias_variants", "make_skill_matcher"]

SPAN_KEY = "skills"

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
        self._senses = SenseGuard(self.taxonomy, self._words)
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

    def _build(self) -> None:
        skills = list(self.taxonomy)
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
        self._senses.decide(doc, raw, layout, sections)
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
