"""Read requirements around the skills of a posting: importance, either/or groups, years,
and degrees (degrees are read in resumes too).

Sets ``doc._.gapcheck_requirements`` to a :class:`Requirements` and
``doc._.gapcheck_education`` to a list of :class:`EducationFound`.

- **Importance**: from the section (requirements and duties -> required, nice to have ->
  preferred; company text, benefits, hiring process, legal text, "You don't need" -> not a
  requirement), then from the cues that govern each skill in its clause
  (:mod:`gapcheck.components.cues`: "a plus", "ideally" -> preferred; "must" -> required;
  "not required", "no ... needed", "we'll teach you" -> not a requirement). Soft wording
  ("familiarity with", "some") leaves the section's reading alone.
- **Groups**: "PyTorch or TensorFlow", "at least one of Java or C++", "Snowflake, Redshift or
  BigQuery", "cloud platforms such as AWS or GCP": one requirement any member satisfies;
  "Airflow, Dagster or a similar orchestrator" also accepts a similar skill (``or_similar``).
- **Years**: "5+ years of Python", "at least 3 years building pipelines in Python", "2-4 years of
  SQL", "Python (3+ years)" give the lower bound to the skills the phrase governs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from gapcheck.components.context import contains_phrase
from gapcheck.components.cues import CueReader, Effect
from gapcheck.components.layout import Layout, doc_text, get_layout, token_lowers, token_table
from gapcheck.components.sections import register_extensions, section_lookup
from gapcheck.taxonomy import Importance, Taxonomy, load_taxonomy
from gapcheck.wordlist import ROLE_NOUNS

__all__ = [
    "EducationFound",
    "GroupFound",
    "RequirementReader",
    "Requirements",
    "importance_of_section",
]

_SECTION_IMPORTANCE: dict[str, Importance | None] = {
    "title": "required",
    # What the job holder will do is asked of them: "you will write the CI pipelines in
    # GitHub Actions" needs GitHub Actions, unless a cue says otherwise.
    "role": "required",
    "responsibilities": "required",
    "requirements": "required",
    "stack": "required",
    "other": "required",
    "preferred": "preferred",
    "not_required": None,
    "about": None,
    "industry": None,
    "benefits": None,
    "legal": None,
    "apply": None,
    "info": None,
}
_GROUP_CONNECTORS = frozenset({"or", "and/or", "|", "either", "nor"})
# Examples of a requirement: any of them satisfies it ("cloud platforms such as AWS or GCP").
_EXAMPLE_CONNECTORS = frozenset({"such as", "e.g.", "eg", "e.g", "like", "for example"})
# Connectors of two words, read as one (see _joined_words): "for" alone or "as" alone joins
# nothing ("Redis for caching").
_TWO_WORD_CONNECTORS = frozenset({("such", "as"), ("for", "example"), ("for", "instance")})
# Words naming what kind of thing a category is, before its examples ("cloud infrastructure
# technologies such as Terraform", "BI tools like Tableau").
_KIND_NOUNS = frozenset(
    "technologies technology tools tool platforms platform frameworks framework languages "
    "language systems system services service solutions solution products product software "
    "stacks stack libraries library tooling models methods techniques".split()
)
# Connectors that add to a requirement ("algorithms, including neural networks").
_NEUTRAL_GAP = frozenset(
    ", ( ) and & [ ] : - etc etc. . including especially particularly i.e. plus".split()
)
# What may open a parenthesis of a product's parts ("Microsoft Office (e.g. Word, Excel)",
# "Advanced Excel skills (pivot tables, lookups)") and join them ("Word, Excel and Outlook"):
# no "or", which makes the parts alternatives.
_PART_OPENERS = frozenset(
    {
        "(", "e.g.", "eg", "e.g", "such as", "including", "incl.", "incl", "especially", "i.e.",
        ":", "skills", "skill",
    }
)  # fmt: skip
_PART_JOINERS = frozenset(", and & /".split())
_GROUP_LEADS = (("one", "of"), ("any", "of"), ("either",), ("or", "similar"), ("or", "equivalent"))
_GROUP_LEAD_FIRSTS = frozenset(lead[0] for lead in _GROUP_LEADS)
# "or a similar orchestrator", "or equivalent", "or another streaming platform": the group
# also accepts a skill like its members.
_SIMILAR_WORDS = frozenset(
    "similar comparable equivalent related alternative alternatives analogous another other "
    "like".split()
)
_SIMILAR_FILLERS = frozenset("a an any some the".split())
_CUE_LEVELS: dict[Effect, Importance | None] = {
    "preferred": "preferred",
    "required": "required",
    "none": None,
    "taught": None,
}
# Words before a skill's name that introduce or grade it rather than narrow it.
_OPEN_WORDS = frozenset(
    """
    with of in on for and or a an the to using including include includes plus like such as
    especially particularly ideally preferably also both either some any strong solid good
    great excellent proven deep working hands-on practical basic advanced expert thorough
    sound demonstrable demonstrated prior previous relevant professional commercial extensive
    familiarity knowledge experience understanding proficiency expertise skills is are be
    have has nice bonus must should would will can need needed required preferred desirable
    desired ideal ideally your our their its exposure around across from at by into within
    """.split()
)
_MAX_YEARS = 40  # more is no count of years ("50+ years", "100 years of history")
_YEARS_WORDS = frozenset({"years", "year", "yrs", "yr", "years'", "year's"})
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
}
_EQUIVALENT = re.compile(
    r"\bor (an? )?equivalent|equivalent (practical |work )?experience\b", re.IGNORECASE
)
_DEGREE_WORD = re.compile(r"\bdegree\b", re.IGNORECASE)
_LANGUAGES_CATEGORY = "programming_languages"


@dataclass(slots=True)
class GroupFound:
    """An either/or group: indices into ``doc.spans["skills"]``."""

    members: list[int]
    importance: Importance
    min_years: float | None
    start_char: int
    end_char: int
    or_similar: bool = False


def _joined_words(words: Sequence[str]) -> list[str]:
    """``words`` with each connector of two words as one ("such as", "for example").

    >>> _joined_words(["(", "such", "as"])
    ['(', 'such as']
    >>> _joined_words(["for"])
    ['for']
    """
    joined: list[str] = []
    for word in words:
        if joined and (joined[-1], word) in _TWO_WORD_CONNECTORS:
            joined[-1] = f"{joined[-1]} {word}"
        else:
            joined.append(word)
    return joined


@dataclass(slots=True)
class _Chain:
    """A run of skills that may form an either/or group."""

    members: list[int] = field(default_factory=list)
    alternative: bool = False  # joined as alternatives, or led by "one of" (read when closed)
    similar: bool = False
    conjunctive: bool = False  # joined by "and": "Salesforce and Gainsight, or a comparable CRM"
    head: int | None = None  # the member a parenthesis follows: "message queues (Kafka, NATS)"
    # Whether a member after the head is a kind of it ("cloud platforms (AWS, GCP)"): then any
    # of them stands in for it, unless one is a kind of a member before the head, whose
    # examples the brackets hold too ("unit and UI tests (JUnit, Espresso)").
    kinds: bool = False
    shared: bool = False

    def join(self, gap: Sequence[str], related: bool) -> None:
        """Record what the words between two members say."""
        if _is_similar_phrase(gap):
            self.similar = True
            self.alternative = self.alternative or not self.conjunctive
            return
        if "and" in gap or "&" in gap:
            self.conjunctive = True
        connector = any(
            w in _GROUP_CONNECTORS or w in _EXAMPLE_CONNECTORS for w in _joined_words(gap)
        )
        slash = "/" in gap and related
        self.alternative = self.alternative or connector or slash

    def group(
        self,
        spans: Sequence[Span],
        importance: Sequence[Importance | None],
        years: Sequence[float | None],
        similar: bool,
    ) -> GroupFound | None:
        """The group the run forms, if it is one of two or more distinct skills."""
        alternative = self.alternative or (similar and not self.conjunctive)
        ids = {spans[i].id_ for i in self.members}
        if not alternative or len(ids) < 2:
            return None
        levels = {importance[i] for i in self.members}
        member_years = [y for i in self.members if (y := years[i]) is not None]
        return GroupFound(
            members=list(self.members),
            importance="required" if "required" in levels else "preferred",
            min_years=min(member_years) if member_years else None,
            start_char=spans[self.members[0]].start_char,
            end_char=spans[self.members[-1]].end_char,
            or_similar=similar,
        )


def _unread_item(gap: Sequence[str]) -> bool:
    """Whether the words between two items of a list are an item no skill names, between
    joiners: ", landing gear," in "(hydraulics, pneumatics, landing gear, avionics)".

    >>> _unread_item([",", "landing", "gear", ","]), _unread_item([",", "and"])
    (True, False)
    """
    middle = gap[1:-1]
    return (
        len(gap) >= 3
        and gap[0] in _PART_JOINERS
        and gap[-1] in _PART_JOINERS
        and len(middle) <= 3
        and all(w.replace("-", "").isalpha() and w not in _PART_JOINERS for w in middle)
    )


def _past_unread_example(
    layout: Layout,
    lowers: Sequence[str],
    first: Span,
    previous: Span,
    span: Span,
    skill_ends: frozenset[int],
) -> list[str] | None:
    """The joiner before ``span`` when only an example no skill names lies between it and
    ``previous`` in a run of a kind's examples that ``first`` opens: "models such as exponential
    smoothing, Croston and multiple linear regression" (any one of them is what is asked);
    else None."""
    if layout.token_clause[previous.start] != layout.token_clause[span.start]:
        return None
    gap = [w for w in lowers[previous.end : span.start] if w.strip()]
    if not _unread_item(gap) or not _examples_lead(lowers, layout, first, skill_ends):
        return None
    return gap[-1:]


def _closes_with_words(lowers: Sequence[str], start: int, later: Sequence[Span]) -> bool:
    """Whether the parenthesis goes on from ``start`` with at most three words after a comma
    or "and", none a skill, and closes: ", macros)", "and similar tools)"."""
    words = [i for i in range(start, min(len(lowers), start + 10)) if lowers[i].strip()]
    if not words or lowers[words[0]] not in (",", "and", "&"):
        return False
    for n, i in enumerate(words[1:5], start=1):
        if lowers[i] == ")":
            return n > 1 and not any(s.start < i for s in later)
        if not lowers[i].replace("-", "").isalpha():
            return False
    return False


def _without_aside(gap: list[str]) -> list[str]:
    """The words between two skills without an aside in brackets, which neither joins nor
    parts them: "CFA (or progress toward it) or CPA" joins as "CFA or CPA".

    >>> _without_aside(["(", "or", "progress", "toward", "it", ")", "or"])
    ['or']
    >>> _without_aside(["(", "or"])
    ['(', 'or']
    >>> _without_aside(["(", "dca", ")", "or"])
    ['(', 'dca', ')', 'or']
    """
    if "(" not in gap or ")" not in gap:
        return gap
    opening = gap.index("(")
    closing = gap.index(")", opening) if ")" in gap[opening:] else -1
    if closing < 0 or not 2 < closing - opening <= 8:
        return gap  # no aside, or a name in brackets: "Docker (DCA) or Kubernetes (CKAD)"
    rest = gap[:opening] + gap[closing + 1 :]
    return rest or gap


def _examples_lead(
    lowers: Sequence[str], layout: Layout, span: Span, skill_ends: frozenset[int]
) -> bool:
    """Whether the run that ``span`` opens is a kind's examples, the kind named in words that
    are no skill: "cloud data platforms (Snowflake, BigQuery)", "platforms such as X or Y";
    not the parts of a skill whose name ends in such a word ("Amazon Web Services (S3, EMR)").
    ``skill_ends``: the token offsets where skill mentions end.

    >>> lowers = "experience with cloud data platforms ( snowflake , bigquery )".split()
    >>> _examples_lead_at(lowers, 0, 6, frozenset()), _examples_lead_at(lowers, 0, 8, frozenset())
    (True, False)
    >>> _examples_lead_at(lowers, 0, 6, frozenset({5}))
    False
    """
    clause = layout.token_clause[span.start]
    return _examples_lead_at(lowers, layout.clause_bounds[clause][0], span.start, skill_ends)


def _examples_lead_at(
    lowers: Sequence[str], lo: int, start: int, skill_ends: frozenset[int]
) -> bool:
    before = [i for i in range(max(lo, start - 5), start) if lowers[i].strip()]
    while before and lowers[before[-1]] in (",", ":"):
        before.pop()
    if len(before) >= 2 and (lowers[before[-2]], lowers[before[-1]]) in _TWO_WORD_CONNECTORS:
        before = before[:-2]
    elif before and lowers[before[-1]] in _EXAMPLE_CONNECTORS:
        before.pop()
    elif not before or lowers[before[-1]] != "(":
        return False
    if before and lowers[before[-1]] == "(":
        before.pop()
    return bool(before) and lowers[before[-1]] in _KIND_NOUNS and before[-1] + 1 not in skill_ends


def _says_similar(words: Sequence[str]) -> bool:
    """Whether ``words`` open with "or", some fillers and a word like "similar": "or a
    comparable", "or equivalent", "or another", "or the like"."""
    if len(words) < 2 or words[0] != "or":
        return False
    for word in words[1:4]:
        if word in _SIMILAR_WORDS:
            return True
        if word not in _SIMILAR_FILLERS:
            return False
    return False


def _is_similar_phrase(gap: Sequence[str]) -> bool:
    """Whether the words between two skills say "or a similar": the second is the category
    the first belongs to ("Airflow or a similar orchestrator")."""
    words = [w for w in gap if w not in (",", "(")]
    # "CostX or similar measurement software, and Excel": "and" adds another requirement
    return len(words) <= 5 and "and" not in words and "&" not in words and _says_similar(words)


def _similar_after(lowers: Sequence[str], layout: Layout, span: Span) -> bool:
    """Whether "or similar", "(or equivalent)", "or a comparable X" follows ``span``."""
    hi = layout.clause_bounds[layout.token_clause[span.start]][1]
    after = [w for w in lowers[span.end : min(hi, span.end + 12)] if w.strip()]
    return _says_similar([w for w in after if w not in (",", "(")])


@dataclass(slots=True)
class EducationFound:
    """A degree mention: degree level skill id (or None), field skill ids and the fields as
    written, where."""

    level: str | None
    level_rank: int | None
    fields: list[str]
    field_spans: list[int]
    field_names: list[str]
    importance: Importance | None
    or_equivalent: bool
    start_char: int
    end_char: int
    alternatives: list[int] = field(default_factory=list)
    """Jobs: the certification spans the posting accepts instead of the degree ("Associate
    degree or CompTIA A+")."""
    with_years: list[tuple[str, float]] = field(default_factory=list)
    """Jobs: the degree levels the posting accepts only with years of experience ("PhD, or a
    Master's degree and 3 years of experience"), each with its years."""


@dataclass(slots=True)
class Requirements:
    """Per skill span (by index in ``doc.spans["skills"]``): importance and years (of a job:
    the years asked; of a resume: the years it states, "10 years of SQL")."""

    importance: list[Importance | None] = field(default_factory=list)
    min_years: list[float | None] = field(default_factory=list)
    in_group: list[bool] = field(default_factory=list)
    groups: list[GroupFound] = field(default_factory=list)
    experience_years: float | None = None
    own: list[bool] = field(default_factory=list)
    """Whether the mention asks for the skill itself: in no either/or group and narrowed by no
    word before it ("Incident response experience", "a BI tool (Power BI preferred)"; not
    "probabilistic forecasting")."""
    details: dict[int, list[int]] = field(default_factory=dict)
    """The parts of a product named in parentheses after it, by the product's index:
    "Microsoft Office (Word, Excel)". The parts are asked only as part of it (``in_group``)."""


def importance_of_section(section: str) -> Importance | None:
    """Default importance of a skill mentioned in a job section (None: not a requirement)."""
    return _SECTION_IMPORTANCE.get(section, "required")


class RequirementReader:
    """spaCy component ``gapcheck_requirements``; see the module docstring."""

    def __init__(self, nlp: Language, name: str, taxonomy: Taxonomy) -> None:
        register_extensions()
        self.name = name
        self.taxonomy = taxonomy
        self.cues = CueReader(lambda text: [t.lower_ for t in nlp.tokenizer(text)])

    @functools.cached_property
    def _fields_by_name(self) -> dict[str, str]:
        """The fields of study by their lowercase names and aliases."""
        fields: dict[str, str] = {}
        for skill in self.taxonomy:
            if skill.category == "education" and skill.kind != "degree":
                forms = skill.sense.forms if skill.sense is not None else ()
                for name in (skill.name, *skill.aliases, *forms):
                    fields.setdefault(name.lower(), skill.id)
        return fields

    def _field_of_degree(self, name: str) -> tuple[str, str] | None:
        """The field of study a degree's own name holds, with its words: "Bachelor of Computer
        Science", "Master of Engineering", "Master of Education"; none for "Bachelor of
        Science".

        >>> import spacy
        >>> from gapcheck.taxonomy import load_taxonomy
        >>> reader = RequirementReader(spacy.blank("en"), "r", load_taxonomy())
        >>> reader._field_of_degree("Bachelor of Computer Science")
        ('computer-science', 'Computer Science')
        >>> reader._field_of_degree("Bachelor of Science") is None
        True
        """
        words = name.split()
        lowered = [w.lower() for w in words]
        for joiner in ("in", "of"):
            if joiner in lowered[1:]:
                tail = words[lowered.index(joiner, 1) + 1 :]
                field = self._fields_by_name.get(" ".join(tail).lower())
                return (field, " ".join(tail)) if field is not None and tail else None
        return None

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans["skills"]) if "skills" in doc.spans else []
        layout = get_layout(doc)
        sections = doc._.gapcheck_sections or []
        section_of = section_lookup(sections)
        is_job = doc._.gapcheck_kind == "job"
        education = self._education(doc, spans, layout, section_of, is_job)
        doc._.gapcheck_education = education
        if not is_job:
            doc._.gapcheck_requirements = Requirements(
                importance=[None] * len(spans),
                min_years=_stated_years(doc, spans, token_lowers(doc)),
                in_group=[False] * len(spans),
            )
            return doc
        excluded = {i for found in education for i in found.field_spans}
        excluded |= {
            i
            for i, span in enumerate(spans)
            if (skill := self.taxonomy.get(span.id_)) is not None and skill.kind == "degree"
        }
        alternatives = {i for found in education for i in found.alternatives}
        requirements = self._read_job(doc, spans, layout, section_of, excluded | alternatives)
        for i in alternatives:  # asked only as the degree's alternative, in its requirement
            requirements.in_group[i] = True
            requirements.own[i] = False
        doc._.gapcheck_requirements = requirements
        return doc

    # ------------------------------------------------------------------ jobs

    def _read_job(
        self,
        doc: Doc,
        spans: Sequence[Span],
        layout: Layout,
        section_of: Callable[[int], str],
        excluded: set[int],
    ) -> Requirements:
        lowers = token_lowers(doc)
        effects = self._cue_effects(spans, layout, lowers)
        importance = [
            _with_cue(importance_of_section(section_of(span.start_char)), effect)
            for span, effect in zip(spans, effects, strict=True)
        ]
        years = self._years(doc, spans, layout, lowers)
        groups, in_group = self._groups(doc, spans, layout, lowers, importance, years, excluded)
        details = self._details(spans, layout, lowers, importance, in_group, excluded)
        experience_years = self._overall_years(doc, spans, lowers, section_of)
        own = [
            not grouped and not _narrowed(lowers, layout, span)
            for span, grouped in zip(spans, in_group, strict=True)
        ]
        return Requirements(importance, years, in_group, groups, experience_years, own, details)

    def _cue_effects(
        self, spans: Sequence[Span], layout: Layout, lowers: Sequence[str]
    ) -> list[Effect | None]:
        """The cue governing each skill span in its clause (None where none does).

        A clause that only says "we'll teach you" or "not needed" after a semicolon speaks of
        the clause before it: "Knowledge of the courier industry; we'll teach you".
        """
        effects: list[Effect | None] = [None] * len(spans)
        by_clause: dict[int, list[int]] = {}
        for index, span in enumerate(spans):
            by_clause.setdefault(layout.token_clause[span.start], []).append(index)
        for clause, members in by_clause.items():
            words, position = _clause_words(lowers, *layout.clause_bounds[clause])
            if self.cues.can_find(words):  # most clauses hold no cue: nothing governs their skills
                ranges = [
                    (position[spans[i].start], position.get(spans[i].end - 1, len(words) - 1) + 1)
                    for i in members
                ]
                for index, effect in zip(members, self.cues.effects(words, ranges), strict=True):
                    effects[index] = effect
            if clause + 1 < len(layout.clause_bounds) and clause + 1 not in by_clause:
                following = self._trailing_negation(layout, lowers, clause, words)
                for index in members:
                    if effects[index] is None:
                        effects[index] = following
        return effects

    def _trailing_negation(
        self, layout: Layout, lowers: Sequence[str], clause: int, words: Sequence[str]
    ) -> Effect | None:
        """ "taught" or "none" when the clause after ``clause``, on the same line and after a
        semicolon, opens with such a cue."""
        if not words or words[-1] != ";":
            return None
        lo, hi = layout.clause_bounds[clause + 1]
        if layout.token_line[lo] != layout.token_line[layout.clause_bounds[clause][0]]:
            return None
        following, _ = _clause_words(lowers, lo, hi)
        cues = self.cues.find(following)
        if not cues or cues[0].effect not in ("taught", "none"):
            return None
        if any(w.isalnum() and w not in ("and", "but", "so") for w in following[: cues[0].start]):
            return None  # "...; Portuguese not required" names its own object
        return cues[0].effect

    def _groups(
        self,
        doc: Doc,
        spans: Sequence[Span],
        layout: Layout,
        lowers: Sequence[str],
        importance: Sequence[Importance | None],
        years: Sequence[float | None],
        excluded: set[int],
    ) -> tuple[list[GroupFound], list[bool]]:
        """Either/or groups: runs of skills in one clause joined by "or", "/", "such as",
        commas, led by "one of", or closed by "or a similar X"."""
        in_group = [False] * len(spans)
        groups: list[GroupFound] = []
        chain = _Chain()
        skill_ends = frozenset(span.end for span in spans)

        def close() -> None:
            nonlocal chain
            # A lone skill is no group (most runs): the words around it are not read.
            if len(chain.members) > 1:
                first, last = spans[chain.members[0]], spans[chain.members[-1]]
                chain.alternative = (
                    chain.alternative
                    or (chain.kinds and not chain.shared)
                    or self._group_lead(lowers, layout, first)
                    or _examples_lead(lowers, layout, first, skill_ends)
                )
                similar = chain.similar or _similar_after(lowers, layout, last)
                group = chain.group(spans, importance, years, similar)
                if group is not None:
                    groups.append(group)
                    for i in group.members:
                        in_group[i] = True
            chain = _Chain()

        for index, span in enumerate(spans):
            if index in excluded or importance[index] is None:
                if chain.members:
                    close()
                continue
            if chain.members:
                previous = chain.members[-1]
                gap = None
                if importance[previous] == importance[index]:
                    gap = self._joining_gap(layout, lowers, spans[previous], span)
                    if gap is None:
                        gap = _past_unread_example(
                            layout,
                            lowers,
                            spans[chain.members[0]],
                            spans[previous],
                            span,
                            skill_ends,
                        )
                if gap is not None:
                    if (
                        len(chain.members) > 1
                        and not chain.alternative
                        and not _EXAMPLE_CONNECTORS.isdisjoint(_joined_words(gap))
                    ):
                        # "Microsoft Office, core banking software such as Jack Henry or
                        # Fiserv": the examples are of the last one, not of the whole list.
                        head = chain.members.pop()
                        close()
                        chain.members = [head]
                    if (
                        "(" in gap
                        and len(chain.members) > 1
                        and not chain.alternative
                        and self._kind_of(span.id_, spans[previous].id_)
                    ):
                        # "Python, SQL and cloud platforms (AWS or GCP)": the examples in
                        # brackets are of the last one; the others are asked besides.
                        head = chain.members.pop()
                        close()
                        chain.members = [head]
                    chain.join(gap, self._alternatives(spans[previous].id_, span.id_))
                    if "(" in gap or gap == ["with"]:
                        chain.head, chain.kinds, chain.shared = previous, False, False
                    if chain.head is not None:
                        # "cloud platforms (AWS, GCP, Azure)", "message queues (Kafka, NATS,
                        # RabbitMQ)": examples of the category, any of which stands in for it,
                        # as with "such as".
                        head = chain.head
                        chain.kinds = chain.kinds or self._kind_of(span.id_, spans[head].id_)
                        chain.shared = chain.shared or any(
                            self._kind_of(span.id_, spans[m].id_)
                            for m in chain.members[: chain.members.index(head)]
                        )
                    chain.members.append(index)
                    continue
                close()
            chain.members = [index]
        if chain.members:
            close()
        return groups, in_group

    def _details(
        self,
        spans: Sequence[Span],
        layout: Layout,
        lowers: Sequence[str],
        importance: Sequence[Importance | None],
        in_group: list[bool],
        excluded: set[int],
    ) -> dict[int, list[int]]:
        """The parts of a product the posting names in parentheses after it, as what it means:
        "Microsoft Office (Word, Excel, Outlook)", "AWS (EC2, S3, Lambda)". Each is asked as
        part of the product's requirement, not on its own, so they are marked ``in_group``.
        Only a whole parenthesis of parts counts (a list joined by commas or "and", closed after
        the last one); "Apache Spark (PySpark or Scala)" is read as it was."""
        found: dict[int, list[int]] = {}
        index = 0
        while index < len(spans):
            parts = self._parts_after(spans, layout, lowers, importance, in_group, excluded, index)
            if parts:
                found[index] = parts
                for part in parts:
                    in_group[part] = True
            elif self._glossed(spans, lowers, importance, in_group, excluded, index):
                # "visit windows in OnCore (CTMS)": the kind of the tool, no second ask
                in_group[index + 1] = True
            index = parts[-1] + 1 if parts else index + 1
        return found

    def _glossed(
        self,
        spans: Sequence[Span],
        lowers: Sequence[str],
        importance: Sequence[Importance | None],
        in_group: Sequence[bool],
        excluded: set[int],
        index: int,
    ) -> bool:
        """Whether the next span alone fills a parenthesis right after ``spans[index]`` and
        names what kind of thing it is ("OnCore (CTMS)", "Epic (EHR)"): it explains the name
        and is no requirement of its own."""
        if index + 1 >= len(spans) or importance[index] is None:
            return False
        head, kind = spans[index], spans[index + 1]
        if {index, index + 1} & excluded or in_group[index] or in_group[index + 1]:
            return False
        if [w for w in lowers[head.end : kind.start] if w.strip()] != ["("]:
            return False
        closing = [w for w in lowers[kind.end : kind.end + 3] if w.strip()]
        return (
            closing[:1] == [")"]
            and kind.id_ != head.id_
            and head.id_ in self.taxonomy
            and kind.id_ in self.taxonomy.ancestors(head.id_)
        )

    def _parts_after(
        self,
        spans: Sequence[Span],
        layout: Layout,
        lowers: Sequence[str],
        importance: Sequence[Importance | None],
        in_group: Sequence[bool],
        excluded: set[int],
        head_index: int,
    ) -> list[int]:
        """The spans in the parenthesis right after ``spans[head_index]``, if every one is
        a part or kind of it (see :meth:`_details`); else none."""
        head = spans[head_index]
        level = importance[head_index]
        if level is None or in_group[head_index] or head_index in excluded:
            return []
        clause = layout.token_clause[head.start]
        parts: list[int] = []
        previous = head
        for index in range(head_index + 1, len(spans)):
            span = spans[index]
            if layout.token_clause[span.start] != clause:
                return []
            gap = _joined_words([w for w in lowers[previous.end : span.start] if w.strip()])
            allowed = _PART_OPENERS if not parts else _PART_JOINERS
            if parts and _unread_item(gap):
                pass  # ", landing gear,": an item no skill names, between two parts
            elif not gap or not all(w in allowed for w in gap) or (not parts and "(" not in gap):
                return []
            part = self.taxonomy.get(span.id_)
            if (
                index in excluded
                or in_group[index]
                or importance[index] != level
                or part is None
                or part.kind in ("certification", "degree")  # "Kubernetes (CKAD) certification"
                or not self._part_of(span.id_, head.id_)
            ):
                return []
            parts.append(index)
            previous = span
            closing = [w for w in lowers[span.end : span.end + 6] if w.strip() and w != "."]
            if closing and closing[0] in ("etc", "etc."):
                closing = closing[1:]
            if closing and closing[0] == ")":
                return parts
            if _closes_with_words(lowers, span.end, spans[index + 1 :]):
                return parts  # "Excel (pivot tables, INDEX/MATCH, macros)": "macros" unread
        return []

    def _part_of(self, member: str, head: str) -> bool:
        """Whether ``member`` is a part or kind of the product ``head``: under it in the
        taxonomy (Microsoft Word, PySpark), related to it under the same parent and in the
        same subcategory (pivot tables of Excel, both spreadsheets), or implying it under its
        maker's name (Amazon EC2 and AWS Lambda of Amazon Web Services, Microsoft Excel of
        Microsoft Office); not a framework of a language (Django of Python), which the
        posting asks for besides."""
        taxonomy = self.taxonomy
        found, product = taxonomy.get(member), taxonomy.get(head)
        if found is None or product is None:
            return False
        if member == head or head in taxonomy.ancestors(member):
            return True  # the product itself, by another of its names, is one of its parts
        if (
            found.subcategory == product.subcategory
            and head in taxonomy.related_to(member)
            and set(found.broader) & set(product.broader)
        ):
            return True  # a feature of the product's kind: "Excel (pivot tables, INDEX/MATCH)"
        if head not in found.implies:
            return False
        makers = {product.name.split()[0].lower(), *(a.lower() for a in product.aliases)}
        return found.name.split()[0].lower() in makers

    def _joining_gap(
        self, layout: Layout, lowers: Sequence[str], previous: Span, span: Span
    ) -> list[str] | None:
        """The words between ``previous`` and ``span`` if ``span`` continues the list that
        ``previous`` is in, else None. The clauses are compared first: the words between
        skills of different clauses, often many, are never gathered."""
        if layout.token_clause[previous.start] != layout.token_clause[span.start]:
            return None
        gap = _without_aside([w for w in lowers[previous.end : span.start] if w.strip()])
        if len(gap) > 3 and gap[0] == "(" and gap[2] == ")":
            certificate = self.taxonomy.get(previous.id_)
            if certificate is not None and certificate.kind == "certification":
                gap = gap[3:]  # "CCRP (SOCRA) or CCRC (ACRP)": the body that grants it
        if _is_similar_phrase(gap):
            return gap  # "Airflow or a similar orchestrator": the category joins the group
        if gap == ["(", "or"]:
            return gap  # "CCNP (or CCNA with equivalent experience)": an alternative
        if gap == ["in"]:
            # "Scripting in Python or PowerShell": a kind of skill, then the ones it may be,
            # as "cloud platforms (AWS or GCP)"; a group only if "or" follows.
            head, member = self.taxonomy.get(previous.id_), self.taxonomy.get(span.id_)
            narrower = head is not None and member is not None and head.id in member.broader
            return gap if narrower and head is not None and head.kind == "knowledge" else None
        if gap == ["with"]:
            # "version control with Git", "secrets management with Azure Key Vault": a
            # practice, then the tool it is done with, one requirement as "version control
            # (Git)" is; not "Python with pandas" (a language and a library, both asked).
            head = self.taxonomy.get(previous.id_)
            practice = (
                head is not None
                and head.kind in ("knowledge", "hard")
                and head.category != _LANGUAGES_CATEGORY
            )
            return gap if practice and self._kind_of(span.id_, previous.id_) else None
        kind_named = False
        if (
            len(gap) >= 2
            and gap[0] in _KIND_NOUNS
            and any(w in _EXAMPLE_CONNECTORS or w == "(" for w in _joined_words(gap[1:]))
        ):
            # "cloud infrastructure technologies such as Terraform": a word naming what kind
            # of thing the category is may stand before its examples, and makes a category of
            # a practice whose tools follow ("a CI system (Jenkins or GitLab CI)").
            head = self.taxonomy.get(previous.id_)
            if head is None or not (
                head.kind == "knowledge" or self._kind_of(span.id_, previous.id_)
            ):
                return None
            gap, kind_named = gap[1:], True
        joinable = len(gap) <= 4 and all(
            w in _GROUP_CONNECTORS or w in _EXAMPLE_CONNECTORS or w in _NEUTRAL_GAP or w == "/"
            for w in _joined_words(gap)
        )
        if joinable and ("(" in gap or ")" in gap):
            # A parenthesis after a category opens its examples, which may stand in for it
            # ("cloud platforms (AWS or GCP)"); after a tool it details the tool, asked for
            # on its own ("Apache Spark (PySpark or Scala)"); a closing one ends the list.
            # So may a parenthesis that says it holds examples ("predictive models (e.g.,
            # gradient boosting, survival analysis)"), unless they are the tool's own parts
            # ("Microsoft Office (e.g. Word and Excel)").
            head = self.taxonomy.get(previous.id_)
            examples = not _EXAMPLE_CONNECTORS.isdisjoint(_joined_words(gap)) and not (
                self._kind_of(span.id_, previous.id_)
            )
            # So may one after a category written with a plural word for a kind of thing,
            # whose members are its kinds: "marketing automation platforms (HubSpot, Marketo
            # or Pardot)"; not one system ("the pharmacy system (PioneerRx)", which details
            # it) or a product whose name ends in such a word ("Amazon Web Services (S3, EMR,
            # Lambda, IAM)").
            kind_word = lowers[previous.end - 1]
            named_kind = (
                kind_word in _KIND_NOUNS
                and kind_word.endswith("s")
                and head is not None
                and not head.name.lower().endswith(kind_word)
                and self._kind_of(span.id_, previous.id_)
            )
            # So may one that names other choices beside a tool, tools of its own kind (one
            # parent): "Yardi Voyager (RealPage or Entrata also considered)"; not its parts,
            # nor a language beside a framework ("Spark (Scala or PySpark)").
            member = self.taxonomy.get(span.id_)
            siblings = (
                head is not None
                and member is not None
                and not set(head.broader).isdisjoint(member.broader)
                and not self._kind_of(span.id_, previous.id_)
                and not self._kind_of(previous.id_, span.id_)
            )
            joinable = (
                ")" not in gap
                and head is not None
                and (head.kind == "knowledge" or kind_named or examples or named_kind or siblings)
            )
        return gap if joinable else None

    def _group_lead(self, lowers: Sequence[str], layout: Layout, span: Span) -> bool:
        clause = layout.token_clause[span.start]
        lo = max(layout.clause_bounds[clause][0], span.start - 6)
        before = lowers[lo : span.start]
        if _GROUP_LEAD_FIRSTS.isdisjoint(before):
            return False  # no lead can start here
        before = [w for w in before if w.strip()]
        return any(contains_phrase(before, lead) for lead in _GROUP_LEADS)

    def _kind_of(self, member: str, head: str) -> bool:
        """Whether ``member`` is a kind or part of ``head`` (``head`` is among the skills
        it implies: Amazon EC2 of AWS, AWS of cloud platforms)."""
        taxonomy = self.taxonomy
        return member in taxonomy and head in taxonomy and head in taxonomy.implied_by(member)

    def _alternatives(self, first: str, second: str) -> bool:
        """Whether two skills are alternatives (related, or siblings under one parent); two
        names of one skill are one choice ("coordinate systems / map projections")."""
        taxonomy = self.taxonomy
        if first == second or first not in taxonomy or second not in taxonomy:
            return False
        if second in taxonomy.related_to(first):
            return True
        one, other = taxonomy[first], taxonomy[second]
        if one.kind == other.kind == "certification" and (
            first in other.implies or second in one.implies
        ):
            return True  # "CPR / BLS certification": a BLS card is a CPR card
        return bool(set(one.broader) & set(other.broader))

    def _years(
        self, doc: Doc, spans: Sequence[Span], layout: Layout, lowers: Sequence[str]
    ) -> list[float | None]:
        result: list[float | None] = [None] * len(spans)
        phrases = _cached_years_phrases(doc, lowers)
        if not phrases:
            return result
        clause_of = layout.token_clause
        by_clause: dict[int, list[tuple[int, int, float]]] = {}
        for start, end, value in phrases:
            by_clause.setdefault(clause_of[start], []).append((start, end, value))
        for clause, found in by_clause.items():
            lo, hi = layout.clause_bounds[clause]
            found = sorted(found + _part_years(lowers, found, hi))
            members = [i for i, s in enumerate(spans) if lo <= s.start < hi]
            for n, (start, end, value) in enumerate(found):
                stop = found[n + 1][0] if n + 1 < len(found) else hi
                governed = [i for i in members if end <= spans[i].start < stop]
                bracketed = [
                    i
                    for i in members
                    if spans[i].end < start
                    and [w for w in lowers[spans[i].end : start] if w.strip()] == ["("]
                ]
                if bracketed:
                    governed = bracketed  # "Python (3+ years) or Java": Python's years
                if not governed:
                    # "Python (3+ years)", "Python: 5 years"
                    governed = [
                        i for i in members if spans[i].end <= start and start - spans[i].end <= 4
                    ]
                for i in governed:
                    current = result[i]
                    result[i] = value if current is None else max(current, value)
        return result

    def _overall_years(
        self,
        doc: Doc,
        spans: Sequence[Span],
        lowers: Sequence[str],
        section_of: Callable[[int], str],
    ) -> float | None:
        """Years of experience asked for without naming a skill ("5+ years of experience")."""
        best: float | None = None
        spans_at = {s.start for s in spans}
        for start, end, value in _cached_years_phrases(doc, lowers):
            if importance_of_section(section_of(doc[start].idx)) is None:
                continue
            lead = [w for w in lowers[max(0, start - 4) : start] if w.strip()]
            if lead[-2:] in (["experience", ":"], ["experience", "-"]):
                # A label line: "Experience: 4-7 Years"
                best = value if best is None else max(best, value)
                continue
            tail = [w for w in lowers[end : end + 4] if w.strip()]
            if not tail or tail[0] not in (
                "of",
                "as",  # "3+ years as a data engineer"
                "experience",
                "'",
                "professional",
                "relevant",
                "industry",
                "hands",
                "work",
                "working",
            ):
                continue
            if any(i in spans_at for i in range(end, min(len(lowers), end + 4))):
                continue
            if "experience" in tail or tail[0] == "as":
                best = value if best is None else max(best, value)
        return best

    # ------------------------------------------------------------------ education

    def _education(
        self,
        doc: Doc,
        spans: Sequence[Span],
        layout: Layout,
        section_of: Callable[[int], str],
        is_job: bool,
    ) -> list[EducationFound]:
        taxonomy = self.taxonomy
        clause_of = layout.token_clause
        found: list[EducationFound] = []
        degree_clauses: dict[int, list[int]] = {}
        for index, span in enumerate(spans):
            skill = taxonomy.get(span.id_)
            if skill is not None and skill.kind == "degree":
                degree_clauses.setdefault(clause_of[span.start], []).append(index)
        if is_job:
            # "a degree in Computer Science or a related field": no level named
            field_clauses = {clause_of[s.start] for s in spans if _is_field(taxonomy, s.id_)}
            # a discipline written as the field ("a degree in film, graphic design or similar")
            written = {clause_of[s.start] for s in spans if _discipline(taxonomy, s.id_)}
            text, idx = doc_text(doc), token_table(doc).idx
            for clause in sorted((field_clauses | written) - degree_clauses.keys()):
                lo, hi = layout.clause_bounds[clause]
                # The clause's text (with the last token's trailing space, which cannot change
                # where a word begins or ends): a slice, not a Span joining its tokens.
                end = idx[hi] if hi < len(idx) else len(text)
                if not (lo < hi and _DEGREE_WORD.search(text[idx[lo] : end])):
                    continue
                if clause in field_clauses or _field_spans(doc, spans, lo, hi, [], taxonomy, False):
                    degree_clauses[clause] = []
        lowers = token_lowers(doc)
        for lo, hi, degree_indices in _degree_units(layout, spans, degree_clauses):
            years = (
                _degree_years(doc, lowers, spans, hi, degree_indices, taxonomy) if is_job else {}
            )
            plain = [i for i in degree_indices if i not in years] or degree_indices
            levels = [(taxonomy[spans[i].id_].level or 0, spans[i].id_) for i in plain]
            level_rank, level_id = min(levels) if levels else (None, None)
            with_years: dict[str, float] = {}
            for i, value in years.items():
                with_years[spans[i].id_] = min(value, with_years.get(spans[i].id_, value))
            field_spans = _field_spans(
                doc, spans, lo, hi, degree_indices, taxonomy, soft=not is_job
            )
            fields = list(dict.fromkeys(spans[i].id_ for i in field_spans))
            # The field as the document writes it ("Computational Linguistics"), not the name of
            # the skill it matched (natural language processing).
            field_names = list(dict.fromkeys(" ".join(spans[i].text.split()) for i in field_spans))
            for i in degree_indices:
                named = self._field_of_degree(spans[i].text)
                if named is not None and named[0] not in fields:
                    fields.append(named[0])  # "Bachelor of Computer Science"
                    field_names.append(named[1])
            # "BSEE", "B.Arch or M.Arch": degrees named with their field, and no other, ask for
            # it; not one of a list of degrees the others of which name none ("B.Com / M.Com /
            # MBA"), nor beside a field named ("MBA Finance" asks for finance).
            implied = [
                [f for f in taxonomy[spans[i].id_].implies if _is_field(taxonomy, f)]
                for i in degree_indices
            ]
            if implied and all(implied) and not fields:
                fields = list(dict.fromkeys(f for named_fields in implied for f in named_fields))
                field_names = [taxonomy[field].name for field in fields]
            start_char = doc[lo].idx if lo < len(doc) else 0
            end_char = doc[hi - 1].idx + len(doc[hi - 1].text) if hi > lo else start_char
            text = doc_text(doc)[start_char:end_char]
            importance: Importance | None = None
            alternatives: list[int] = []
            if is_job:
                alternatives = _degree_alternatives(
                    lowers, spans, lo, hi, degree_indices, field_spans, taxonomy
                )
                anchors = degree_indices or field_spans
                where = spans[anchors[0]].start_char if anchors else start_char
                importance = importance_of_section(section_of(where))
                if anchors:
                    (effect,) = self._cue_effects([spans[anchors[0]]], layout, lowers)
                    importance = _with_cue(importance, effect)
                if importance is None:
                    continue
            found.append(
                EducationFound(
                    level=level_id,
                    level_rank=level_rank or None,
                    fields=fields,
                    field_spans=field_spans,
                    field_names=field_names,
                    importance=importance,
                    or_equivalent=bool(_EQUIVALENT.search(text)),
                    start_char=start_char,
                    end_char=end_char,
                    alternatives=alternatives,
                    with_years=sorted(with_years.items()),
                )
            )
        return found


def _degree_units(
    layout: Layout, spans: Sequence[Span], degree_clauses: dict[int, list[int]]
) -> list[tuple[int, int, list[int]]]:
    """Token ranges ``[lo, hi)`` of the degree mentions, with the indices of their degree spans.

    A degree mention is its clause, but a degree named on a line of its own starts a mention of
    its own at that line: lines without a full stop run into one clause, and "M.S. Applied
    Mathematics, 2014" above "B.Sc. in Physics" are two degrees, while a "Thesis: ..." line
    above a degree is no part of it.
    """
    line_of = layout.token_line
    units: list[tuple[int, int, list[int]]] = []
    for clause, indices in sorted(degree_clauses.items()):
        lo, hi = layout.clause_bounds[clause]
        starts: list[int] = [lo]
        groups: list[list[int]] = [[]]
        line = line_of[lo] if lo < len(line_of) else 0
        for index in sorted(indices, key=lambda i: spans[i].start):
            token = spans[index].start
            if line_of[token] != line:
                start = token
                while start > starts[-1] and line_of[start - 1] == line_of[token]:
                    start -= 1
                if groups[-1]:
                    starts.append(start)
                    groups.append([])
                else:  # the lines above the first degree are not about it
                    starts[-1] = start
                line = line_of[token]
            groups[-1].append(index)
        ends = [*starts[1:], hi]
        units.extend(zip(starts, ends, groups, strict=True))
    return units


# Words that may stand between "or" and a credential it offers instead ("or an active
# CompTIA A+"), and words after a credential's name that are not part of it.
_CREDENTIAL_LEAD = frozenset({"a", "an", "the", "active", "current", "valid"})
_CREDENTIAL_TAIL = frozenset(
    {"certification", "certifications", "certificate", "certificates", "credential", "license"}
)
# Words that end the degree's side of "a degree or a certification": what follows is more.
_NOT_THE_DEGREE = frozenset({"and", "&", ";", "plus", "with", "including", "also"})


def _degree_years(
    doc: Doc,
    lowers: Sequence[str],
    spans: Sequence[Span],
    hi: int,
    degree_indices: Sequence[int],
    taxonomy: Taxonomy,
) -> dict[int, float]:
    """The degree spans named with years of experience, among degrees of two levels or more
    (options: "MS or PhD, or a BS with 4+ years", "PhD, or a Master's degree and 3 years of
    experience"), each with its years: those after it and before the next degree. One level
    alone with years ("a Bachelor's degree and 5+ years of experience") is the degree and the
    years, each asked: none."""
    if len({taxonomy[spans[i].id_].level for i in degree_indices}) < 2:
        return {}
    ordered = sorted(degree_indices, key=lambda i: spans[i].start)
    phrases = _cached_years_phrases(doc, lowers)
    found: dict[int, float] = {}
    for n, i in enumerate(ordered):
        stop = spans[ordered[n + 1]].start if n + 1 < len(ordered) else hi
        values = [v for start, _, v in phrases if spans[i].end <= start < stop]
        if values:
            found[i] = min(values)
    return found


def _degree_alternatives(
    lowers: Sequence[str],
    spans: Sequence[Span],
    lo: int,
    hi: int,
    degree_indices: Sequence[int],
    field_spans: Sequence[int],
    taxonomy: Taxonomy,
) -> list[int]:
    """The certification spans in ``[lo, hi)`` that the posting accepts instead of its degree:
    after the degree and its field, each behind an "or" ("Associate degree in IT or CompTIA
    A+", "...or A+, Network+ or Security+"), or before "or" and the degree ("CCNA
    certification or a bachelor's degree").
    """
    if not degree_indices:
        return []
    inside = sorted(
        (i for i, s in enumerate(spans) if lo <= s.start < hi), key=lambda i: spans[i].start
    )
    anchors = set(degree_indices) | set(field_spans)

    def is_credential(i: int) -> bool:
        skill = taxonomy.get(spans[i].id_)
        return skill is not None and skill.kind == "certification"

    def words(start: int, end: int, skip: frozenset[str]) -> list[str]:
        return [w for w in lowers[start:end] if w.strip() and w not in skip]

    alternatives: list[int] = []
    degree_start = min(spans[i].start for i in degree_indices)
    # After the degree: "or" leads to each alternative; nothing but the degree, its fields and
    # earlier alternatives stand between, and no "and" ends the degree's side.
    for position, i in enumerate(inside):
        span = spans[i]
        if span.start <= degree_start or not is_credential(i):
            continue
        previous = inside[position - 1] if position else None
        between = words(
            spans[previous].end if previous is not None else lo, span.start, _CREDENTIAL_LEAD
        )
        if previous in alternatives and between in ([","], ["/"], ["or"], [",", "or"]):
            alternatives.append(i)
            continue
        if not between or between[-1] not in ("or", "and/or"):
            continue
        side = [j for j in inside if degree_start <= spans[j].start < span.start]
        stray = [j for j in side if j not in anchors and j not in alternatives]
        free = {
            lowers[t]
            for t in range(degree_start, span.start)
            if not any(spans[j].start <= t < spans[j].end for j in side)
        }
        if not stray and not _NOT_THE_DEGREE.intersection(free):
            alternatives.append(i)
    # Before the degree: "CCNA certification or a bachelor's degree", "A+, Network+ or an
    # associate degree".
    before: list[int] = []
    following = min(degree_indices, key=lambda i: spans[i].start)
    for i in reversed([j for j in inside if spans[j].start < degree_start]):
        if not is_credential(i):
            break
        between = words(spans[i].end, spans[following].start, _CREDENTIAL_TAIL | _CREDENTIAL_LEAD)
        if following in degree_indices:
            if between not in (["or"], [",", "or"], ["and/or"]):
                break
        elif between not in ([","], ["/"], ["or"], [",", "or"]):
            break
        before.append(i)
        following = i
    return sorted(before) + alternatives


def _clause_words(lowers: Sequence[str], lo: int, hi: int) -> tuple[list[str], dict[int, int]]:
    """The words of tokens ``[lo, hi)`` without whitespace (curly apostrophes made straight),
    and each token's index among them (a whitespace token maps to the word after it)."""
    words: list[str] = []
    position: dict[int, int] = {}
    for token in range(lo, hi):
        position[token] = len(words)
        word = lowers[token]
        if word.strip():
            words.append(word.replace("’", "'"))
    return words, position


def _narrowed(lowers: Sequence[str], layout: Layout, span: Span) -> bool:
    """Whether a word of its clause just before the mention narrows it to a kind of the skill
    ("probabilistic forecasting", "hierarchical forecasting"), rather than grading or
    introducing it ("strong SQL", "experience with Kafka").

    >>> lowers = "nice to have : probabilistic forecasting".split()
    >>> _narrowed_at(lowers, 0, 5), _narrowed_at(lowers, 0, 4)
    (True, False)
    """
    return _narrowed_at(
        lowers, layout.clause_bounds[layout.token_clause[span.start]][0], span.start
    )


def _narrowed_at(lowers: Sequence[str], lo: int, start: int) -> bool:
    i = start - 1
    while i >= lo and not lowers[i].strip():
        i -= 1
    if i < lo:
        return False
    word = lowers[i]
    return word.replace("-", "").isalpha() and word not in _OPEN_WORDS


def _with_cue(level: Importance | None, effect: Effect | None) -> Importance | None:
    """A section's importance read with the cue that governs the skill: a cue can lower or
    raise it, or say it is no requirement, but it never makes company or legal text ask."""
    if level is None or effect is None or effect not in _CUE_LEVELS:
        return level
    return _CUE_LEVELS[effect]


# Words that lead from a degree to its field ("B.S. in Accounting", "Associate of Applied
# Science, Logistics") or from one field to the next ("Accounting or Finance", "Logistics and
# Supply Chain").
_TO_FIELD = frozenset({"in", "of", ","})
_BETWEEN_FIELDS = frozenset({"or", ",", "/", "&", "and"})
# Categories whose skills are also disciplines one takes a degree in ("Accounting",
# "Statistics"); a programming language or a tool after "in" is not ("a degree in CS, Java").
_DISCIPLINE_CATEGORIES = frozenset({"business", "math_statistics", "design"})
_DEGREE_NOUNS = frozenset({"degree", "degrees", "diploma", "major", "majored", "concentration"})


def _field_spans(
    doc: Doc,
    spans: Sequence[Span],
    lo: int,
    hi: int,
    degree_indices: Sequence[int],
    taxonomy: Taxonomy,
    soft: bool,
) -> list[int]:
    """The indices of the spans in ``[lo, hi)`` that are the degree's field of study: fields
    and knowledge areas (:func:`_is_field`), and a discipline (:data:`_DISCIPLINE_CATEGORIES`)
    written as the field: right after the degree or its "in"/"of" ("B.S. in Accounting",
    "BSc Accounting"), or after "or" or a comma that follows such a field ("a degree in Finance
    or Accounting")."""
    fields: list[int] = []
    degree_ends = {spans[i].end for i in degree_indices}
    chain_ends: set[int] = set()  # ends of the fields written right after the degree
    # where a list of fields begins: after the degree's (or "degree"'s) "in" or "of"
    list_starts = {
        t + 1
        for t in range(max(lo, 1), hi)
        if doc[t].lower_ in ("in", "of")
        and (t in degree_ends or doc[t - 1].lower_ in _DEGREE_NOUNS)
    }
    for i, span in enumerate(spans):
        if not lo <= span.start < hi or i in degree_indices:
            continue
        start = span.start
        before = doc[start - 1].lower_ if start > 0 else ""
        after_degree = start in degree_ends or (
            before in _TO_FIELD
            and start > 1
            and (start - 1 in degree_ends or doc[start - 2].lower_ in _DEGREE_NOUNS)
        )
        after_field = before in _BETWEEN_FIELDS and _in_field_list(
            doc, start, list_starts | chain_ends
        )
        written_as_field = (after_degree or after_field) and _discipline(taxonomy, span.id_)
        if written_as_field:
            chain_ends.add(span.end)
        if written_as_field or _is_field(taxonomy, span.id_, soft=soft):
            fields.append(i)
    return fields


def _discipline(taxonomy: Taxonomy, skill_id: str) -> bool:
    """Whether a skill is also a discipline one may take a degree in, when written as the
    degree's field: a knowledge area, a business, statistics or design discipline."""
    skill = taxonomy.get(skill_id)
    return skill is not None and (
        skill.kind == "knowledge" or skill.category in _DISCIPLINE_CATEGORIES
    )


def _in_field_list(doc: Doc, start: int, points: set[int]) -> bool:
    """Whether only the words of a list ("film, media production,") lie between token
    ``start`` and one of ``points``: the start of a degree's list of fields or the end of a
    field read in it ("a degree in film, media production, graphic design or similar").

    >>> import spacy
    >>> doc = spacy.blank("en")("Degree in film, media production, graphic design or similar")
    >>> _in_field_list(doc, 7, {2}), _in_field_list(doc, 7, {9})
    (True, False)
    """
    index = start - 1
    for _ in range(_FIELD_LIST_WORDS):
        if index in points:
            return True
        index -= 1
        if index < 0:
            return False
        token = doc[index]
        if not (token.is_alpha or token.lower_ in _BETWEEN_FIELDS or token.text == "-"):
            return False
    return False


_FIELD_LIST_WORDS = 8  # words and separators of a degree's list of fields looked across


def _is_field(taxonomy: Taxonomy, skill_id: str, soft: bool = False) -> bool:
    """Whether a skill named beside a degree is its field of study; ``soft``: a soft skill is
    too, as on a resume's degree line ("B.A. Communication"), where a posting's "a degree and
    strong communication skills" asks for the skill."""
    skill = taxonomy.get(skill_id)
    if skill is None or skill.kind == "degree":
        return False
    return (
        skill.category == "education"
        or skill.kind == "knowledge"
        or (soft and skill.kind == "soft")
    )


def _cached_years_phrases(doc: Doc, lowers: Sequence[str]) -> list[tuple[int, int, float]]:
    found = doc.user_data.get("gapcheck_years")
    if found is None:
        found = _years_phrases(lowers)
        doc.user_data["gapcheck_years"] = found
    return found


# Words that tie a resume's "N years" to the skill after it: "10 years of SQL", "five years in
# B2B SaaS", "6 years building React apps".
_STATED_LINKS = frozenset({"of", "in", "with", "as", "using", "building", "writing", "doing"})
_STATED_GAP = 2  # words at most between the link and the skill ("in B2B SaaS")
_STATED_MARKS = frozenset({"(", ":", "-", "–", "—", "|"})  # "Python (5 years)", "Go: 3 years"


def _stated_years(doc: Doc, spans: Sequence[Span], lowers: Sequence[str]) -> list[float | None]:
    """A resume's own statement of years for each skill span: "10 years of SQL", "five years
    in B2B SaaS", "Python (5 years)"; None where it states none. Only a skill right after the
    years and their link word counts, not every skill of the sentence.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Engineer with 10 years of SQL and six of Python; Go (3 years).")
    >>> spans = [Span(doc, 5, 6), Span(doc, 9, 10), Span(doc, 11, 12)]
    >>> _stated_years(doc, spans, [t.lower_ for t in doc])
    [10.0, None, 3.0]
    >>> doc = spacy.blank("en")("Backend engineer with 7 years of experience in payments.")
    >>> _stated_years(doc, [Span(doc, 0, 1)], [t.lower_ for t in doc])
    [7.0]
    >>> doc = spacy.blank("en")("Technician with three years in high-volume retail pharmacy.")
    >>> _stated_years(doc, [Span(doc, 8, 10)], [t.lower_ for t in doc])
    [3.0]
    >>> doc = spacy.blank("en")("Specialist with 5 years in food and metal manufacturing.")
    >>> _stated_years(doc, [Span(doc, 8, 9)], [t.lower_ for t in doc])
    [5.0]
    >>> doc = spacy.blank("en")("Accountant with 3 years in accounting and month-end close.")
    >>> _stated_years(doc, [Span(doc, 5, 6), Span(doc, 7, 10)], [t.lower_ for t in doc])
    [3.0, 3.0]
    """
    result: list[float | None] = [None] * len(spans)
    phrases = _cached_years_phrases(doc, lowers)
    if not phrases:
        return result
    starts = {span.start: i for i, span in enumerate(spans)}
    ends = {span.end: i for i, span in enumerate(spans)}
    for start, end, value in phrases:
        found = _skill_after_years(lowers, end, starts)
        role = _role_before_years(lowers, start, end, ends)
        if role is not None:  # "Data scientist with 6 years (in retail)": the role's years too
            current = result[role]
            result[role] = value if current is None else max(current, value)
        if found is None and start > 0:
            # "Python (5 years)", "Python: 5 years"
            before = start - 1
            while before > 0 and (lowers[before] in _STATED_MARKS or not lowers[before].strip()):
                before -= 1
            found = ends.get(before + 1) if before + 1 < start else None
        stated = _with_conjuncts(found, spans, lowers, starts)
        for later in _tools_of_statement(lowers, end, starts):
            stated += _with_conjuncts(later, spans, lowers, starts)
        for index in stated:
            current = result[index]
            result[index] = value if current is None else max(current, value)
    return result


# Words after which the tools a statement of years was done with are named ("in C++").
_TOOL_LINKS = frozenset({"in", "using", "with", "on"})
_STATEMENT_WORDS = 16  # words of the sentence after the years read for its tools
_STATEMENT_ENDS = frozenset({".", ";", ")", "(", ":", "|", "•"})


def _tools_of_statement(lowers: Sequence[str], end: int, starts: dict[int, int]) -> list[int]:
    """The skill spans named after "in", "using", "with" or "on" later in the sentence of
    "N years" ending at token ``end``: "with 5 years building autonomy software for robots in
    C++ and Python on ROS" states years of C++ and of ROS (their conjuncts are added by the
    caller). The sentence ends at a full stop, a semicolon, a bracket or a new line.

    >>> words = "with 5 years building robots in c++ and python on ros .".split()
    >>> _tools_of_statement(words, 3, {6: 0, 8: 1, 10: 2})
    [0, 2]
    """
    found: list[int] = []
    read = 0
    position = end
    while position < len(lowers) and read < _STATEMENT_WORDS:
        word = lowers[position]
        if word in _STATEMENT_ENDS or "\n" in word:
            break
        if word.strip():
            read += 1
            if word in _TOOL_LINKS:
                following = position + 1
                while following < len(lowers) and not lowers[following].strip():
                    following += 1
                if following in starts:
                    found.append(starts[following])
        position += 1
    return found


def _with_conjuncts(
    found: int | None, spans: Sequence[Span], lowers: Sequence[str], starts: dict[int, int]
) -> list[int]:
    """The span ``found`` and the spans joined right after it by "and" or a comma alone: "3
    years in general ledger accounting and month-end close" states both."""
    if found is None:
        return []
    found_all = [found]
    while len(found_all) <= _MORE_STATED:
        position = spans[found_all[-1]].end
        words = 0
        while position < len(lowers) and (
            not lowers[position].strip() or (lowers[position] in _STATED_JOINERS and words < 2)
        ):
            words += bool(lowers[position].strip())
            position += 1
        following = starts.get(position)
        if following is None or (words == 0 and spans[following].id_ != spans[found].id_):
            break  # ("general ledger accounting": two names of one skill, side by side)
        found_all.append(following)
    return found_all


# Words joining the skills one statement of years is about, and how many more there may be.
_STATED_JOINERS = frozenset({"and", ",", "&"})
_MORE_STATED = 3


def _role_before_years(
    lowers: Sequence[str], start: int, end: int, ends: dict[int, int]
) -> int | None:
    """The index of the skill span that names the role of "<skill> <role> with N years (of
    experience)" ("Backend engineer with 7 years of experience"), if any."""
    words = [i for i in range(max(0, start - 6), start) if lowers[i].strip()]
    if len(words) < 2 or lowers[words[-1]] != "with" or lowers[words[-2]] not in ROLE_NOUNS:
        return None
    after = [lowers[i] for i in range(end, min(len(lowers), end + 6)) if lowers[i].strip()]
    if after and after[0] == "of":
        after = after[1:]
    if after and after[0] not in ("experience", ".", ",", ";", "in", "building", "across"):
        return None  # "... with 7 years of SQL": the skill after the years is meant
    if words[-1] in ends:  # the role is the skill's name: "Business analyst with 4 years"
        return ends[words[-1]]
    return ends.get(words[-2])


def _skill_after_years(lowers: Sequence[str], end: int, starts: dict[int, int]) -> int | None:
    """The index of the skill span that "N years" ending at token ``end`` is about, if any."""
    stop = min(len(lowers), end + 3 * (_STATED_GAP + 2))
    words = [i for i in range(end, stop) if lowers[i].strip()]
    if not words or lowers[words[0]] not in _STATED_LINKS:
        return None
    gap = 0
    for before, position in pairwise(words):
        if position in starts:
            return starts[position]
        if lowers[position] == "-" and lowers[before].isalnum():
            continue  # "in high-volume retail pharmacy": a compound is one word
        if lowers[position] == "&":
            continue  # "in food & metal manufacturing", as "and"
        if not lowers[position].isalnum():
            return None  # punctuation ends the phrase
        if lowers[before] != "-" and lowers[position] not in ("and", "or"):
            # "in food and metal manufacturing": words describing one head count, not "and"
            gap += 1
            if gap > _STATED_GAP:
                return None
    return None


_RANGE_TOKEN = re.compile(r"(\d{1,2})[-–—]\d{1,2}\+?$")


def _years_phrases(lowers: Sequence[str]) -> list[tuple[int, int, float]]:
    """``(start, end, min_years)`` token ranges of phrases like "3+ years", "2-4 yrs".

    >>> _years_phrases(["3–5", "years", "of", "sql"]), _years_phrases(["3", "-", "5", "yrs"])
    ([(0, 2, 3.0)], [(0, 4, 3.0)])
    """
    found: list[tuple[int, int, float]] = []
    n = len(lowers)
    for i, word in enumerate(lowers):
        if not (word[:1].isdecimal() or word in _NUMBER_WORDS):
            continue
        if found and i < found[-1][1]:
            continue  # the upper bound of "2-4 years" is not a phrase of its own
        ranged = _RANGE_TOKEN.match(word)  # "3–5" is one token with an en dash
        value = float(ranged.group(1)) if ranged else _number(word)
        if value is None or value <= 0 or value > _MAX_YEARS:
            continue
        j = i + 1
        # "3+", "3 +", "2-4", "2 to 4", "5 or more"
        while j < n and not lowers[j].strip():
            j += 1
        if j < n and lowers[j] == "+":
            j += 1
        if j + 1 < n and lowers[j] in ("-", "–", "to") and _number(lowers[j + 1]) is not None:
            j += 2
            if j < n and lowers[j] == "+":
                j += 1
        if j + 2 < n and lowers[j] == "or" and lowers[j + 1] in ("more", "above"):
            j += 2
        while j < n and not lowers[j].strip():
            j += 1
        if j < n and lowers[j] in _YEARS_WORDS:
            found.append((i, j + 1, float(value)))
    return found


# A bare number that asks for part of the years just named: "5+ years of B2B marketing, with
# at least 3 in demand generation". The words before it, and the link after it.
_PART_LEADS = frozenset({"least", "including", "incl", "minimum", "min"})
_PART_LEADS_OF_DIGITS = frozenset({"with", "and"})
_PART_LINKS = frozenset({"in", "of", "with", "on", "doing", "as", "using"})
# "5+ years of frontend development, 3+ with React", "7+ years in software; 2+ in fintech".
_PART_LEADS_OF_PLUS = frozenset({",", ";", "and", "with", "including", "incl", "(", "–", "-"})


def _part_years(
    lowers: Sequence[str], phrases: Sequence[tuple[int, int, float]], hi: int
) -> list[tuple[int, int, float]]:
    """``(start, end, min_years)`` of the bare numbers after the years ``phrases`` of a clause
    (ending at token ``hi``) that ask for part of those years: "at least 3 in demand
    generation", "including two with Kafka", "and 2 in Go"; no more than the years before.

    >>> words = "5+ years of marketing , with at least 3 in demand generation".split()
    >>> _part_years(words, _years_phrases(words), len(words))
    [(8, 9, 3.0)]
    >>> words = "5 years of experience with one of Python or Java".split()
    >>> _part_years(words, _years_phrases(words), len(words))
    []
    >>> words = "5 + years of frontend development , 3 + with React".split()
    >>> _part_years(words, _years_phrases(words), len(words))
    [(7, 8, 3.0)]
    """
    found: list[tuple[int, int, float]] = []
    taken = {i for start, end, _ in phrases for i in range(start, end)}
    for i in range(phrases[0][1], hi):
        value = _number(lowers[i]) if i not in taken else None
        if value is None or value <= 0 or value > _MAX_YEARS:
            continue
        before = [w for w in lowers[max(0, i - 3) : i] if w.strip()]
        after = [w for w in lowers[i + 1 : i + 5] if w.strip()]
        lead = before[-1] if before else ""
        plus = bool(after) and after[0] == "+"  # "3+ with React": a count of years, plainly
        if plus:
            after = after[1:]
        elif value > max(v for _, end, v in phrases if end <= i):
            continue  # more than the whole: another count ("5 years ... 10 people")
        if not after or after[0] not in _PART_LINKS:
            continue
        digits = lowers[i].isdecimal()
        if (
            lead in _PART_LEADS
            or (lead in _PART_LEADS_OF_DIGITS and digits)
            or (plus and digits and lead in _PART_LEADS_OF_PLUS)
        ):
            found.append((i, i + 1, value))
    return found


def _number(word: str) -> float | None:
    word = word.rstrip("+")
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    if word.isdecimal() and len(word) <= 2:
        return float(word)
    return None


@Language.factory(
    "gapcheck_requirements", default_config={"taxonomy_paths": [], "include_shipped": True}
)
def make_requirement_reader(
    nlp: Language, name: str, taxonomy_paths: list[str], include_shipped: bool
) -> RequirementReader:
    """Factory of the ``gapcheck_requirements`` component."""
    taxonomy = load_taxonomy(taxonomy_paths, include_shipped=include_shipped)
    return RequirementReader(nlp, name, taxonomy)
