"""The ``gapcheck_skills`` component: finds the taxonomy's skills in a ``Doc``.

It composes one pass of each module, made once per taxonomy and tokenizer and then loaded from
its compiled form (see :mod:`gapcheck.compiled`):

1. :mod:`.matching`: every alias and its variants, case-insensitive (or exact-case where the
   taxonomy says so), across line breaks and runs of spaces;
2. :mod:`.word_sense`: names that are also English words or letters ("Go", "Excel") kept only
   where their context makes them the skill;
3. :mod:`.fuzzy`: misspellings and spacing variants of longer names, with rapidfuzz;
4. :mod:`.claims`: mentions that name an organisation, a job title or a soft skill in passing
   dropped.

Overlaps are resolved longest first. Results:

- ``doc.spans["skills"]``: one span per mention, ``span.id_`` = the skill id;
- ``doc._.gapcheck_skill_meta``: ``{(start, end): (method, score)}`` per span, where method is
  ``"exact"`` or ``"fuzzy"`` and score the fuzzy similarity (None for exact).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from gapcheck import compiled
from gapcheck.components.claims import ClaimFilter
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

__all__ = [
    "SkillMatcher",
    "alias_variants",
    "compile_skill_tables",
    "make_skill_matcher",
    "skill_tables_key",
]

SPAN_KEY = "skills"
ROLES_KEY = "skill_roles"
"""``doc.spans`` key of a resume's skill names inside job titles of its entries ("Senior
Product Marketing Manager"): roles held, whose entries count as years of the skill."""


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
        self._aliases, self._senses, self._fuzzy = _passes(nlp, self.taxonomy, fuzzy, fuzzy_cutoff)
        self._claims = ClaimFilter(self.taxonomy)

    @property
    def fuzzy(self) -> bool:
        """Whether the component also finds misspellings and spacing variants."""
        return self._fuzzy is not None

    @property
    def fuzzy_cutoff(self) -> float:
        """The least rapidfuzz ratio (0-100) of a misspelling to its alias."""
        return self._fuzzy_cutoff

    def __call__(self, doc: Doc) -> Doc:
        """Find the skills of ``doc`` and annotate it (see the module docstring)."""
        accepted, layout, sections = self._accepted(doc)
        self.set_annotations(doc, self._claims.keep(doc, accepted, layout, sections))
        if doc._.gapcheck_kind == "resume":
            roles = self._claims.roles(doc, accepted, layout, sections)
            doc.spans[ROLES_KEY] = [
                Span(doc, c.start, c.end, label="ROLE", span_id=c.skill_id) for c in roles
            ]
        return doc

    def match(self, doc: Doc) -> list[Candidate]:
        """All accepted mentions of ``doc``, overlaps resolved (longest first)."""
        accepted, layout, sections = self._accepted(doc)
        return self._claims.keep(doc, accepted, layout, sections)

    def _accepted(self, doc: Doc) -> tuple[list[Candidate], Layout, list[str]]:
        """The mentions whose word sense is the skill's, overlaps resolved, before the claim
        checks; with the layout and each token's section."""
        raw = self._aliases.candidates(doc)
        if any(c.method == "elided" for c in raw):
            # A degree's level is read by the education reader, which knows "Bachelor's or
            # Master's degree"; "Master and PhD degree" names no master's degree here. A level
            # offered instead of another is one, though its noun is left out: "Associate or
            # bachelor's degree" accepts an associate degree.
            taxonomy, lowers = self.taxonomy, token_lowers(doc)
            raw = [
                c
                for c in raw
                if c.method != "elided"
                or taxonomy[c.skill_id].kind != "degree"
                or next((w for w in lowers[c.end : c.end + 3] if w.strip()), "") in ("or", "/")
            ]
        layout = get_layout(doc)
        sections = token_sections(doc)
        if not raw and self._fuzzy is None:
            return [], layout, sections
        self._senses.decide(doc, raw, layout, sections)
        if any(c.head is not None for c in raw):
            _drop_heads_rejected(raw)
        accepted = longest_first([c for c in raw if c.accepted])
        if self._fuzzy is not None:
            # Words matched as an ambiguous name and rejected stay rejected: no fuzzy retry.
            rejected = [c for c in raw if not c.accepted]
            fuzzy = self._fuzzy.matches(doc, accepted, rejected, layout)
            if fuzzy:  # else the mentions are already without overlaps, in text order
                accepted = longest_first(accepted + fuzzy)
        if doc._.gapcheck_kind in ("resume", "job"):
            roles = self._claims.named_roles(
                doc, accepted, layout, sections, self._aliases.skills_named
            )
            if roles:
                accepted = longest_first(accepted + roles)
        return accepted, layout, sections

    def set_annotations(self, doc: Doc, candidates: Sequence[Candidate]) -> None:
        """Write ``candidates`` to ``doc.spans["skills"]`` and ``doc._.gapcheck_skill_meta``."""
        spans = [Span(doc, c.start, c.end, label="SKILL", span_id=c.skill_id) for c in candidates]
        doc.spans[SPAN_KEY] = spans
        doc._.gapcheck_skill_meta = {(c.start, c.end): (c.method, c.score) for c in candidates}


def _drop_heads_rejected(candidates: Sequence[Candidate]) -> None:
    """Reject the elided matches whose head was read in another sense: a dentist's "home care
    and treatment plans" names no care plans when its treatment plans are no therapist's."""
    kept = {(c.start, c.end) for c in candidates if c.accepted}
    for candidate in candidates:
        if candidate.head is not None and candidate.head not in kept:
            candidate.accepted = False


def _passes(
    nlp: Language, taxonomy: Taxonomy, fuzzy: bool, cutoff: float
) -> tuple[AliasMatcher, SenseGuard, FuzzyMatcher | None]:
    """The alias, word-sense and fuzzy passes, from the compiled form of the component for
    ``taxonomy`` and ``nlp``'s tokenizer when the package or the user cache holds it (see
    :mod:`gapcheck.compiled`), else from a new one, which is then cached."""
    key = skill_tables_key(nlp, taxonomy, fuzzy=fuzzy)
    found = compiled.find("skills", key)
    if found is not None:
        with contextlib.suppress(KeyError, TypeError, ValueError, AttributeError):
            return _from_tables(found, fuzzy, cutoff)  # a damaged form is made again below
    tables = compile_skill_tables(nlp, taxonomy, fuzzy=fuzzy)
    compiled.store("skills", key, tables)
    return _from_tables(tables, fuzzy, cutoff)


def _from_tables(
    tables: dict[str, Any], fuzzy: bool, cutoff: float
) -> tuple[AliasMatcher, SenseGuard, FuzzyMatcher | None]:
    return (
        AliasMatcher.from_tables(tables["aliases"]),
        SenseGuard.from_tables(tables["senses"]),
        FuzzyMatcher.from_tables(tables["fuzzy"], cutoff) if fuzzy else None,
    )


def compile_skill_tables(
    nlp: Language, taxonomy: Taxonomy, *, fuzzy: bool = True
) -> dict[str, Any]:
    """The compiled form of the component for ``taxonomy`` and ``nlp``'s tokenizer, made anew:
    the alias patterns as tokens, the word-sense cues and the fuzzy index, as JSON data."""
    # One tokenizer of patterns and cues, so both read names as the pipeline does.
    words = PatternTokenizer(nlp)
    left_out = FuzzyMatcher.leaves_out if fuzzy else None
    return {
        "aliases": AliasMatcher(taxonomy, words, left_out=left_out).tables(),
        "senses": SenseGuard(taxonomy, words).tables(),
        "fuzzy": FuzzyMatcher(taxonomy).tables() if fuzzy else None,
    }


# The modules whose code makes the compiled form: a change to any makes stored forms stale.
_COMPILING_MODULES = (
    "gapcheck.compiled",
    "gapcheck.taxonomy",
    "gapcheck.components.matching",
    "gapcheck.components.word_sense",
    "gapcheck.components.fuzzy",
    __name__,
)


def skill_tables_key(nlp: Language, taxonomy: Taxonomy, *, fuzzy: bool = True) -> str | None:
    """A digest of what :func:`compile_skill_tables` depends on: the tokenizer, the taxonomy's
    files, the code, the word list; None when that cannot all be told (nothing is cached)."""
    from spacy import about

    tokenizer = compiled.tokenizer_fingerprint(nlp.tokenizer, about.__version__)
    if tokenizer is None or taxonomy.fingerprint is None:
        return None
    return compiled.fingerprint(
        "skills",
        tokenizer,
        taxonomy.fingerprint,
        fuzzy,
        compiled.code_fingerprint(*_COMPILING_MODULES),
        compiled.resource_fingerprint("gapcheck", "data", "english_words.txt.gz"),
    )


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
