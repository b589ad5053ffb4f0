"""Compare a resume profile with a job profile: requirements, credit, score, categories.

>>> from gapcheck import analyze
>>> job = "Requirements:\\n- Python\\n- PyTorch or TensorFlow\\n"
>>> report = analyze("Skills: Python, PyTorch\\n", job)
>>> [(r.label, r.status, r.listed_only) for r in report.requirements]
[('Python', 'matched', True), ('PyTorch or TensorFlow', 'matched', True)]
>>> report.score  # skills only listed earn 90% of their points
90.0
>>> used = "Data Engineer, Acme, 2019 - 2024\\n- Built pipelines in Python and models in PyTorch\\n"
>>> analyze(used, job).score
100.0
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from gapcheck.documents.language import NOT_ENGLISH
from gapcheck.excerpts import excerpt
from gapcheck.marks import item_bounds
from gapcheck.models import (
    CategoryCoverage,
    CreditKind,
    EducationMention,
    EducationResult,
    Evidence,
    ExtraSkill,
    GapReport,
    Mention,
    ProfileSkill,
    RequirementGroup,
    RequirementResult,
    ScoreWeights,
    SkillProfile,
    Status,
    TextLine,
)
from gapcheck.statements import clean_statement
from gapcheck.taxonomy import (
    INDUSTRY_SUBCATEGORY,
    Importance,
    RoleProfile,
    Skill,
    Taxonomy,
    load_taxonomy,
)
from gapcheck.wordforms import find_phrase, is_other_skill, phrase_key, word_keys

__all__ = [
    "MatchScore",
    "PreparedJob",
    "ScoredRequirement",
    "compare",
    "item_points",
    "prepare_job",
    "profile_from_role",
    "score_match",
]

_MAX_EVIDENCE = 3
_EDUCATION_CATEGORY = "education"
# Sections of a posting that ask for skills, by importance: the line shown for a requirement
# comes from one of them when it can.
_ASKING_SECTIONS: dict[str, tuple[str, ...]] = {
    "required": ("requirements", "stack"),
    "preferred": ("preferred", "requirements", "stack"),
}
# Words that open a group to any skill of a kind: "NetSuite or another ERP", "Tableau or a
# similar BI tool".
_ANY_OF_KIND = re.compile(
    r"\b(?:another|other|any|similar|equivalent|comparable|alternative)\b", re.IGNORECASE
)
# The words of a degree's name before its field: "Bachelor of", "Master of Applied".
_DEGREE_NAME = re.compile(
    r"\b(?:bachelor|master|doctor|associate)(?:'?s)?\s+of\s+(?:applied\s+)?$", re.IGNORECASE
)
_YEARS = re.compile(r"\d+(?:\.\d+)?\s*\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)
# "a degree in Marketing, Business or a related field": the fields named are examples.
_RELATED_FIELD = re.compile(
    r"\b(?:or|and/or)\s+(?:an?\s+|other\s+|any\s+)?(?:closely\s+)?(?:related|similar|relevant|comparable)"
    r"\s+(?:field|discipline|subject|area|degree|major)",
    re.IGNORECASE,
)
_OTHER_CATEGORY = "other"
# Categories too broad for two of their skills to be alike by the category alone: finance is
# nothing like "HIPAA or other healthcare privacy rules", though both are business knowledge.
_BROAD_CATEGORIES = frozenset({"business", "analytical", "soft_skills", "spoken_languages"})
# A taxonomy requirement the resume does not show is still credited when the resume repeats
# the posting's own words for it, if they are at least this many words (one word alone may be
# a word of another sense: "Go", "Spark").
_MIN_TEXT_MATCH_WORDS = 2


@dataclass(slots=True)
class _Requirement:
    """A job requirement before it is judged: one skill, or a group any member satisfies."""

    skills: tuple[str, ...]
    importance: Importance
    min_years: float | None
    label: str
    job_text: str
    details: tuple[str, ...] = ()
    """The parts the posting names in parentheses after a single skill (see
    :attr:`ProfileSkill.details`): each one the resume shows earns part of the credit."""
    languages: tuple[str, ...] = ()
    """Bilingual asked with its languages ("Bilingual English/Spanish"): the languages other
    than English, one of which the resume must show."""


def _names(taxonomy: Taxonomy, skill_ids: Iterable[str]) -> list[str]:
    return [taxonomy[s].name if s in taxonomy else s for s in skill_ids]


def _either(names: Sequence[str], conjunction: str = "or") -> str:
    """Names as a sentence lists them: "A", "A or B", "A, B or C"."""
    if len(names) <= 2:
        return f" {conjunction} ".join(names)
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1]


def _requirements(job: SkillProfile, taxonomy: Taxonomy) -> list[_Requirement]:
    """The job's requirements in the posting's order: groups, and skills asked on their own."""
    found: list[tuple[int, _Requirement]] = []
    for group in job.groups:
        label = _either([_name(s, job, taxonomy) for s in group.skills])
        found.append(
            (
                group.start,
                _Requirement(
                    group.skills, group.importance, group.min_years, label, _group_line(job, group)
                ),
            )
        )
    kinds = _kind_groups(job, taxonomy)
    members = {skill_id for group in job.groups for skill_id in group.skills}
    asked_in_groups = _asked_in_qualification_groups(job)
    named_languages = _bilingual_languages(job)
    for skill in (*job.skills, *job.other_skills):
        if skill.importance is None or skill.standalone is False:
            continue
        if skill.id in named_languages:
            continue  # "Bilingual English/Spanish" is one requirement: bilingualism's
        if _covers(kinds.get(skill.id), skill):
            continue  # "NetSuite or another ERP" covers "invoicing in NetSuite"
        if skill.id in members and _alone_only_in(job, skill, _TITLE):
            continue  # "Product Manager, Payments": the group "fintech or payments" asks for it
        in_groups = asked_in_groups.get(skill.id)
        if _covers(in_groups, skill) and _alone_only_in(
            job, skill, _TITLE | _DUTIES | (_PREFERRED if in_groups == "required" else _NONE)
        ):
            # "Design parts in SolidWorks": the group "SolidWorks or Creo" asks; so does a
            # required group of what a preferred line names again ("critical data elements"
            # beside "data governance, data management or data quality").
            continue
        asking = _asking_mention(job, skill)
        line = asking.context if asking else ""
        details = tuple(d for d in skill.details if job.skill(d) is not None)
        label = skill.name
        if details:
            terms = [_job_term(job, d, line) or _name(d, job, taxonomy) for d in details]
            label = f"{skill.name} ({', '.join(terms)})"
        languages: tuple[str, ...] = ()
        if skill.id == _MULTILINGUAL and named_languages:
            label = f"{skill.name} ({', '.join(_names(taxonomy, named_languages))})"
            languages = tuple(s for s in named_languages if s != _ENGLISH)
        found.append(
            (
                asking.start if asking else 0,
                _Requirement(
                    (skill.id,),
                    skill.importance,
                    skill.min_years,
                    label,
                    line,
                    details,
                    languages,
                ),
            )
        )
    found = _without_title_groups_asked_apart(_without_narrower_groups(found, job), job)
    found.sort(key=lambda item: item[0])
    # A skill asked on its own and also inside a group stays two requirements only when the
    # group has other members; identical requirements are merged.
    unique: dict[tuple[str, ...], _Requirement] = {}
    for _, requirement in found:
        key = tuple(sorted(requirement.skills))
        if key in unique:
            kept = unique[key]
            if requirement.importance == "required":
                kept.importance = "required"
            if requirement.min_years is not None:
                kept.min_years = max(kept.min_years or 0, requirement.min_years)
            if requirement.details and not kept.details:
                kept.details, kept.label = requirement.details, requirement.label
            continue
        unique[key] = requirement
    return list(unique.values())


def _bilingual_languages(job: SkillProfile) -> tuple[str, ...]:
    """The languages a posting names only beside its ask for a bilingual candidate, on the
    same lines ("Bilingual English/Spanish"), in the posting's order; none when it does not
    ask for one."""
    bilingual = job.skill(_MULTILINGUAL)
    if bilingual is None or bilingual.importance is None:
        return ()
    lines = {m.line for m in bilingual.mentions}
    named = [
        (skill.mentions[0].start, skill.id)
        for skill in job.skills
        if skill.category == _SPOKEN_LANGUAGES
        and skill.id != _MULTILINGUAL
        and skill.mentions
        and all(m.line in lines for m in skill.mentions)
    ]
    return tuple(skill_id for _, skill_id in sorted(named))


def _without_narrower_groups(
    found: list[tuple[int, _Requirement]], job: SkillProfile
) -> list[tuple[int, _Requirement]]:
    """``found`` (with the offset of each) without the groups of the duties whose members
    are all in a wider group of the qualifications: "our SIEM (Microsoft Sentinel)" in the
    duties is asked by "a SIEM (Sentinel, Splunk or QRadar)", which keeps the higher importance
    and the more years of the two. (Within the qualifications, "at least one of Java or
    Angular" stays beside a long list of the stack: it is the narrower ask.)"""

    def section(offset: int) -> str | None:
        return next((s.name for s in job.sections if s.start <= offset < s.end), None)

    groups = [(n, set(r.skills)) for n, (_, r) in enumerate(found) if len(r.skills) > 1]
    dropped: set[int] = set()
    for n, members in groups:
        if section(found[n][0]) not in _DUTIES:
            continue
        wider = [
            m
            for m, other in groups
            if m not in dropped and members < other and section(found[m][0]) in _QUALIFICATIONS
        ]
        if not wider:
            continue
        kept, narrower = found[wider[0]][1], found[n][1]
        if narrower.importance == "required":
            kept.importance = "required"
        if narrower.min_years is not None:
            kept.min_years = max(kept.min_years or 0, narrower.min_years)
        dropped.add(n)
    return [item for n, item in enumerate(found) if n not in dropped]


def _without_title_groups_asked_apart(
    found: list[tuple[int, _Requirement]], job: SkillProfile
) -> list[tuple[int, _Requirement]]:
    """``found`` without a group of the title whose members the posting asks for each on its
    own too: "Grant Writer / Development Associate" names the role twice, and the duties ask
    for grant writing and for fundraising, two requirements; the group would be a third."""
    alone = {r.skills[0] for _, r in found if len(r.skills) == 1}
    title = [(s.start, s.end) for s in job.sections if s.name in _TITLE]
    return [
        (offset, requirement)
        for offset, requirement in found
        if len(requirement.skills) < 2
        or not any(start <= offset < end for start, end in title)
        or not set(requirement.skills) <= alone
    ]


# Sections of a posting: its title, the duties of the job, and the qualifications it asks for.
_TITLE = frozenset({"title"})
_DUTIES = frozenset({"responsibilities", "role"})
_QUALIFICATIONS = frozenset({"requirements", "preferred", "stack"})
_PREFERRED = frozenset({"preferred"})
_NONE: frozenset[str] = frozenset()


def _alone_only_in(job: SkillProfile, skill: ProfileSkill, sections: frozenset[str]) -> bool:
    """Whether a job names the skill on its own only in the ``sections``: elsewhere it is
    named only inside either/or groups, or right before a group of its own examples that holds
    it ("a donor database (Salesforce, Raiser's Edge or Bloomerang)")."""
    return all(
        mention.section in sections
        or any(
            group.start <= mention.start < group.end
            or (skill.id in group.skills and 0 <= group.start - mention.end <= _HEAD_GAP)
            for group in job.groups
        )
        for mention in skill.mentions
    )


_HEAD_GAP = 3  # characters between a kind and the group of its examples: " ("


def _covers(group_importance: Importance | None, skill: ProfileSkill) -> bool:
    """Whether a group of that importance asks all a posting asks of a ``skill`` it names: a
    required group covers any ask, a preferred one a preferred ask only."""
    return group_importance is not None and (
        group_importance == "required" or skill.importance == "preferred"
    )


def _asked_in_qualification_groups(job: SkillProfile) -> dict[str, Importance]:
    """The skills a job's qualifications ask for inside either/or groups ("Proficiency in
    SolidWorks or Creo"), with the most important of those groups: what the posting asks of a
    skill its duties also name ("Design parts in SolidWorks")."""
    mentions = [mention for skill in job.skills for mention in skill.mentions]

    def in_qualifications(group: RequirementGroup) -> bool:
        return any(
            m.section in _QUALIFICATIONS for m in mentions if group.start <= m.start < group.end
        )

    return _most_important(
        (skill_id, group.importance)
        for group in job.groups
        if in_qualifications(group)
        for skill_id in group.skills
    )


def _open_kinds(skills: Sequence[str], text: str, taxonomy: Taxonomy) -> list[tuple[str, str]]:
    """The (skill, kind) pairs of an either/or group that names a skill beside its own kind
    and opens the kind ("NetSuite or another ERP": ("netsuite", "erp")); none without a word
    such as "another" ("SRE, DevOps or backend")."""
    if not _ANY_OF_KIND.search(text):
        return []
    return [
        (skill_id, kind)
        for skill_id in skills
        if skill_id in taxonomy
        for kind in taxonomy.ancestors(skill_id)
        if kind != skill_id and kind in skills
    ]


def _kind_groups(job: SkillProfile, taxonomy: Taxonomy) -> dict[str, Importance]:
    """The skills named in a group beside their own kind (:func:`_open_kinds`), with the
    group's importance: the posting accepts any skill of the kind, so a duty that names the
    skill ("invoicing in NetSuite") asks for nothing more."""
    return _most_important(
        (skill_id, group.importance)
        for group in job.groups
        for skill_id, _ in _open_kinds(group.skills, group.text, taxonomy)
    )


def _most_important(asks: Iterable[tuple[str, Importance]]) -> dict[str, Importance]:
    """Each skill of ``asks`` with the most important of its asks ("required" over
    "preferred")."""
    found: dict[str, Importance] = {}
    for skill_id, importance in asks:
        if found.get(skill_id) != "required":
            found[skill_id] = importance
    return found


def _asking_mention(job: SkillProfile, skill: ProfileSkill) -> Mention | None:
    """The mention of a job skill that asks for it on its own: outside every either/or group,
    in a section that asks for skills of its importance, on the line that gives the years asked
    (when the posting asks for years); the first such one."""
    if not skill.mentions:
        return None
    sections = _ASKING_SECTIONS.get(skill.importance or "", ())

    def in_group(mention: Mention) -> bool:
        return any(group.start <= mention.start < group.end for group in job.groups)

    def rank(mention: Mention) -> tuple[bool, bool, bool, int]:
        return (
            in_group(mention),
            mention.section not in sections,
            skill.min_years is not None and not _YEARS.search(mention.context),
            mention.start,
        )

    return min(skill.mentions, key=rank)


def _group_line(job: SkillProfile, group: RequirementGroup) -> str:
    for skill in job.skills:
        for mention in skill.mentions:
            if group.start <= mention.start < group.end:
                return mention.context
    return group.text


def _name(skill_id: str, job: SkillProfile, taxonomy: Taxonomy) -> str:
    """Display name of a requirement member: the taxonomy's, or an other skill's phrase."""
    if skill_id in taxonomy:
        return taxonomy[skill_id].name
    found = job.skill(skill_id)
    return found.name if found is not None else skill_id


def _shows_use(mention: Mention) -> bool:
    if mention.usage is not None:
        return mention.usage == "experience"
    return mention.section in ("experience", "projects")  # a profile made before 'usage'


def _evidence(skill: ProfileSkill) -> tuple[Evidence, ...]:
    """The skill's best mentions as evidence, one a line ("MEDDPICC, Challenger Sale" is one
    line of evidence): those that show use first, then in text order."""
    ordered = sorted(skill.mentions, key=lambda m: (not _shows_use(m), m.start))
    first_of_line = {id(m) for m in {m.line: m for m in reversed(ordered)}.values()}
    kept = [m for m in ordered if id(m) in first_of_line]
    return tuple(_to_evidence(skill, m) for m in kept[:_MAX_EVIDENCE])


# What evidence keeps of a mention: where it is and how it reads.
_MENTION_FIELDS = ("text", "section", "line", "start", "end", "context", "usage")


def _to_evidence(skill: ProfileSkill, mention: Mention) -> Evidence:
    where = {field: getattr(mention, field) for field in _MENTION_FIELDS}
    return Evidence(skill=skill.id, name=skill.name, **where)


@dataclass(slots=True)
class _Credit:
    """What the resume earns for one requirement member, and why."""

    via: str | None = None  # the requirement member the credit is for
    reason: str = ""  # a clause without its capital and full stop
    credit: float = 0.0
    kind: CreditKind | None = None
    skill: ProfileSkill | None = None
    years: float | None = None
    shortfall: bool = False
    listed_only: bool = False
    pending: bool = False  # a certification not held yet, which the posting does not accept


_ENGLISH = "english"
_MULTILINGUAL = "multilingualism"
_SPOKEN_LANGUAGES = "spoken_languages"
# Words of a language's level that make its speaker bilingual.
_FLUENT = re.compile(
    r"\b(?:fluent|fluency|native|bilingual|mother tongue|full professional|C1|C2)\b", re.IGNORECASE
)


def _written_in_english(resume: SkillProfile) -> bool:
    """Whether the resume has text and no warning that it is not in English."""
    return bool(resume.sections) and not any(w.startswith(NOT_ENGLISH) for w in resume.warnings)


def _item_of(mention: Mention) -> str:
    """The item of its line a mention is in, cut at commas, semicolons and bars: "Spanish
    (fluent)" of "English (native), Spanish (fluent)"."""
    context = mention.context
    at = context.find(mention.text)
    if at < 0:
        return mention.text
    start, end = item_bounds(context, at, at + len(mention.text))
    return context[start:end]


def _names_parent(skill: ProfileSkill, parent: Skill) -> bool:
    """Whether a mention of ``skill`` opens with a name of ``parent`` ("SAP EWM" names SAP,
    "AWS SageMaker" AWS, "Spark Streaming" Spark: its name or one of its one-word names), as
    the resume writes it (see :func:`_opens_with`)."""
    names = [parent.name, *(n for n in _short_names(parent) if n.lower() != parent.name.lower())]
    return any(_opens_with(m.text, name) for m in skill.mentions for name in names)


def _short_names(skill: Skill) -> list[str]:
    """A skill's one-word names: "Spark" of Apache Spark (an alias or a word-sense form)."""
    forms = skill.sense.forms if skill.sense is not None else ()
    return [n for n in (*skill.aliases, *forms) if len(n.split()) == 1]


def _opens_with(text: str, name: str) -> bool:
    """Whether ``text`` is ``name`` and more words after it.

    >>> _opens_with("SAP EWM", "SAP"), _opens_with("SAP", "SAP"), _opens_with("Sapient", "SAP")
    (True, False, False)
    """
    words, wanted = text.lower().split(), name.lower().split()
    return len(words) > len(wanted) and words[: len(wanted)] == wanted


def _partial_credit(
    member: str,
    kind: CreditKind,
    skill: ProfileSkill | None,
    years: float | None,
    share: float,
    min_years: float | None,
    weights: ScoreWeights,
    reason: str,
    whose: str | None = None,
) -> _Credit:
    """``share`` of the credit for ``member``, earned through ``skill`` (``kind`` "implied" or
    "related"), cut when its ``years`` fall short of ``min_years``; then ``reason`` says so
    too when ``whose`` names what the years are of (see :func:`_years_clause`)."""
    factor = _years_factor(min_years, years, weights)
    if factor < 1 and whose is not None:
        reason += _years_clause(min_years, years, whose)
    return _Credit(
        via=member, reason=reason, credit=share * factor, kind=kind, skill=skill, years=years,
        shortfall=factor < 1,
    )  # fmt: skip


def _years_text(years: float) -> str:
    return f"{years:g} year{'' if years == 1 else 's'}"


def _years_clause(min_years: float | None, years: float | None, whose: str) -> str:
    """Why the years fall short: "; its dated entries add up to 1.9 years, where 3+ are asked".

    ``whose`` names what the years are of ("its", "PyTorch's")."""
    if min_years is None:
        return ""
    if years:
        shown = _years_text(years)
        return f"; {whose} dated entries add up to {shown}, where {min_years:g}+ are asked"
    return f"; no dated entry shows it, where {_years_text(min_years)} or more are asked"


@dataclass(frozen=True)
class _MemberJudge:
    """Judges one taxonomy skill a requirement asks for (``member``, shown as ``name``, with
    ``min_years``) against the resume."""

    member: str
    min_years: float | None
    judging: _Judging
    any_kind: bool = False
    """The group names one of this skill's own kind beside it ("NetSuite or another ERP"): any
    skill of the kind is the thing asked for, not just a narrower one."""
    languages: tuple[str, ...] = ()
    """Bilingual asked with its second languages (see :attr:`_Requirement.languages`)."""

    @property
    def name(self) -> str:
        taxonomy = self.judging.taxonomy
        return taxonomy[self.member].name if self.member in taxonomy else self.member

    @property
    def certification(self) -> bool:
        """Whether the asked skill is a certification (a family of them)."""
        taxonomy = self.judging.taxonomy
        return self.member in taxonomy and taxonomy[self.member].kind == "certification"

    def best(self) -> _Credit:
        """The best credit the resume earns: directly, through a narrower skill or the degree,
        or through a related skill (the highest wins; a tie goes to the direct one)."""
        direct = self._direct()
        found = [c for c in (direct, self._implied(), self._related()) if c is not None]
        if not found:
            return _Credit(via=self.member, reason=f"the resume does not show {self.name}")
        best = max(found, key=lambda option: option.credit)  # max keeps the first of equals
        if direct is not None and best is not direct and best.skill is not None:
            # Named, but with too few years: the narrower or related skill earns more.
            how = "which implies it" if best.kind == "implied" else "a related skill"
            best.reason = f"{direct.reason}; more credit comes through {best.skill.name}, {how}"
        return best

    def _direct(self) -> _Credit | None:
        direct = self.judging.index.skills.get(self.member)
        if direct is None:
            if self.member == _ENGLISH and _written_in_english(self.judging.resume):
                # gapcheck reads English only: a resume it reads without a warning shows it.
                reason = "the resume is written in English"
                return _Credit(via=self.member, kind="direct", credit=1.0, reason=reason)
            if self.member == _MULTILINGUAL and _written_in_english(self.judging.resume):
                return self._second_language()
            return None
        result = _Credit(via=self.member, kind="direct", skill=direct, years=direct.years)
        credit = 1.0
        reason = f"the resume shows {self.name}"
        if direct.in_progress and direct.kind == "certification":
            return self._on_its_way(direct, self.name)
        if direct.usage == "listed" and not _held(direct):
            implied = self.judging.index.implied.get(self.member, [])
            used = [s for s in implied if s.usage == "experience"]
            if used:
                # "AWS" only listed, but "AWS SageMaker" used in a job: demonstrated through it.
                result.skill = used[0]
                reason = f"the resume lists {self.name} and uses it through {used[0].name}"
            else:
                credit *= self.judging.weights.listed_only
                result.listed_only = True
                reason = f"the resume lists {self.name} but never uses it in experience or projects"
        years = direct.years
        if self.min_years and (years is None or years + 1e-9 < self.min_years):
            # Years of a narrower skill that implies it are its years too: "test automation"
            # named in a summary, Playwright used for 3.8 years in a dated entry.
            narrower = [s for s in self.judging.index.implied.get(self.member, []) if s.years]
            longest = max(narrower, key=lambda s: s.years or 0.0, default=None)
            if longest is not None and longest.years and (years is None or longest.years > years):
                years = result.years = longest.years
                if result.skill is not None and result.skill.id == longest.id:
                    reason += f", for {_years_text(years)}"  # "uses it through S3, for 2 years"
                else:
                    reason += f", with {_years_text(years)} of {longest.name}, which implies it"
        factor = _years_factor(self.min_years, years, self.judging.weights)
        if factor < 1:
            credit *= factor
            result.shortfall = True
            reason += _years_clause(self.min_years, years, "its")
        result.credit = credit
        result.reason = reason
        return result

    def _implied(self) -> _Credit | None:
        narrower = self.judging.index.implied.get(self.member, [])
        if narrower:
            best = _most_used(narrower)
            if self.certification and best.kind == "certification":
                # One of the family asked for ("AWS certification"): the thing itself.
                if best.in_progress:
                    return self._on_its_way(best, f"{best.name}, {_with_article(self.name)},")
                reason = f"the resume shows {best.name}, {_with_article(self.name)}"
                return self._partial("direct", best, 1.0, reason)
            taxonomy = self.judging.taxonomy
            instances = [s for s in narrower if self.member in taxonomy[s.id].broader]
            named = [s for s in instances if _names_parent(s, taxonomy[self.member])]
            if named:
                # "SAP EWM", "AWS SageMaker": a product named under its platform's name names
                # the platform too.
                instance = _most_used(named)
                reason = f"the resume shows {instance.name}, part of {self.name}"
                return self._partial("direct", instance, 1.0, reason)
            if self.any_kind and instances:
                # "NetSuite or another ERP": Sage Intacct is another ERP (a direct kind of it),
                # where GitHub Actions only implies DevOps in "SRE or DevOps".
                instance = _most_used(instances)
                reason = f"the resume shows {instance.name}, one of the {self.name} accepted"
                return self._partial("direct", instance, 1.0, reason)
            reason = (
                f"the resume does not name {self.name}, but shows {best.name}, which implies it"
            )
            return self._partial("implied", best, self.judging.weights.implied, reason)
        if any(self.member in e.fields for e in self.judging.resume.education):
            reason = f"the resume does not name {self.name}, but its degree covers it"
            return self._partial("implied", None, self.judging.weights.implied, reason)
        return None

    def _second_language(self) -> _Credit | None:
        """Bilingual or multilingual, asked of a resume written in English: a language it
        shows besides English is the second one (fluent or native: the thing itself; at
        another or no stated level: ``implied``); when the posting names the language, only
        that one."""
        spoken = [
            s
            for s in self.judging.resume.skills
            if s.category == _SPOKEN_LANGUAGES
            and s.id not in (_ENGLISH, _MULTILINGUAL)
            and (not self.languages or s.id in self.languages)
        ]
        if not spoken:
            if not self.languages:
                return None
            others = [
                s.name
                for s in self.judging.resume.skills
                if s.category == _SPOKEN_LANGUAGES and s.id not in (_ENGLISH, _MULTILINGUAL)
            ]
            wanted = _either(_names(self.judging.taxonomy, self.languages))
            reason = f"the resume does not show {wanted}, which the posting asks for beside English"
            if others:
                reason = (
                    f"the resume shows {_either(others, 'and')}, but the posting asks for {wanted}"
                )
            return _Credit(via=self.member, reason=reason)
        fluent = [s for s in spoken if any(_FLUENT.search(_item_of(m)) for m in s.mentions)]
        shown = (fluent or spoken)[0]
        if fluent:
            reason = f"the resume shows {shown.name} at a fluent level beside English"
            return _Credit(self.member, reason, 1.0, "direct", shown, shown.years)
        reason = f"the resume shows {shown.name} beside English, which implies it"
        weights = self.judging.weights
        return _Credit(self.member, reason, weights.implied, "implied", shown, shown.years)

    def _on_its_way(self, shown: ProfileSkill, name: str) -> _Credit:
        """The credit for a certification the resume shows is not held yet ("CPA candidate"):
        full when the posting accepts one on its way ("or working toward CPA"), else
        ``certification_in_progress``."""
        asked = self.judging.job.skill(self.member)
        if asked is not None and asked.in_progress:
            reason = f"the resume shows {name} in progress, which the posting accepts"
            return _Credit(self.member, reason, 1.0, "direct", shown, shown.years)
        reason = f"the resume shows {name} in progress, not held yet"
        credit = self.judging.weights.certification_in_progress
        return _Credit(self.member, reason, credit, "direct", shown, shown.years, pending=True)

    def _related(self) -> _Credit | None:
        related = self.judging.index.related.get(self.member, [])
        if not related:
            return None
        best = _most_used(related)
        reason = (
            f"the resume does not show {self.name}; the related skill {best.name} earns "
            "partial credit"
        )
        return self._partial("related", best, self.judging.weights.related, reason)

    def _partial(
        self, kind: CreditKind, skill: ProfileSkill | None, share: float, reason: str
    ) -> _Credit:
        """Credit through ``skill`` (through the degree when None), years cut as they fall
        short, which the reason then says."""
        years = skill.years if skill is not None else None
        whose = f"{skill.name}'s" if skill is not None else "its"
        weights = self.judging.weights
        return _partial_credit(
            self.member, kind, skill, years, share, self.min_years, weights, reason, whose
        )


def _held(skill: ProfileSkill) -> bool:
    """Whether the skill is held rather than used, so that naming it is the evidence: a
    certification or licence, a spoken language ("Spanish (fluent)")."""
    return skill.kind == "certification" or skill.category == "spoken_languages"


def _most_used(skills: Sequence[ProfileSkill]) -> ProfileSkill:
    """The skill shown in use rather than listed, then with the most years."""
    return max(skills, key=lambda s: (s.usage == "experience", s.years or 0))


def _judge_other(member: _Member, min_years: float | None, judging: _Judging) -> _Credit:
    """The credit for a requirement outside the taxonomy: the resume's words name it (or a
    skill the resume has under the same words), else its broader taxonomy skill relates."""
    resume, weights, words = judging.resume, judging.weights, member.words
    if words is None:
        name = member.id.removeprefix("other:")
        return _Credit(via=member.id, reason=f"the resume does not mention {name}")
    found = _text_credit(words, min_years, judging)
    if found is not None:
        return found
    same = next((s for s in resume.other_skills if phrase_key(s.name) == words.key), None)
    if same is not None:
        return _named_credit(same, member.id, words.text, min_years, weights)
    target = words.target
    broader = judging.index.skills.get(target.broader) if target.broader else None
    if broader is not None:
        reason = f"not named; the resume shows the broader skill {broader.name}"
        return _partial_credit(
            member.id, "related", broader, broader.years, weights.related, min_years, weights,
            reason,
        )  # fmt: skip
    return _Credit(via=member.id, reason=f"the resume does not mention {words.text}")


def _text_credit(
    words: _PostingWords, min_years: float | None, judging: _Judging
) -> _Credit | None:
    """Direct credit when the resume's lines name the posting's ``words`` (word forms folded,
    in order), with those places as mentions of their skill; None when no line names them.
    Only a line holding the phrase's first word can hold it (``judging.index.lines_by_word``)."""
    key, resume = words.key, judging.resume
    if not key:
        return None
    mentions = [
        mention
        for n in judging.index.lines_by_word.get(key[0], ())
        for mention in _line_mentions(key, resume.lines[n])
    ]
    if not mentions:
        return None
    used = [m.start for m in mentions if m.usage == "experience"]
    found = words.target.model_copy(
        update={
            "importance": None,
            "standalone": None,
            "min_years": None,
            "years": _entry_years(resume, used),
            "usage": "experience" if used else "listed",
            "mentions": tuple(mentions),
        }
    )
    text = " ".join(words.text.split())
    return _named_credit(found, words.target.id, text, min_years, judging.weights)


def _named_credit(
    shown: ProfileSkill, member: str, words: str, min_years: float | None, weights: ScoreWeights
) -> _Credit:
    """Direct credit through ``shown``, a resume skill found under the requirement's words."""
    result = _Credit(via=member, kind="direct", skill=shown, years=shown.years)
    reasons = [f"the resume mentions {words}"]
    credit = 1.0
    factor = _years_factor(min_years, shown.years, weights)
    if factor < 1:
        credit *= factor
        result.shortfall = True
        reasons.append(f"dated experience with it does not cover the {min_years:g}+ years asked")
    if shown.usage == "listed" and not _held(shown):
        credit *= weights.listed_only
        result.listed_only = True
        reasons.append("listed but not demonstrated in experience or projects")
    result.credit = credit
    result.reason = "; ".join(reasons)
    return result


def _line_mentions(key: tuple[str, ...], line: TextLine) -> list[Mention]:
    """Where a resume line names the words of ``key``, as mentions."""
    found = []
    for start, end in find_phrase(key, line.text):
        if _DEGREE_NAME.search(line.text, 0, start):
            continue  # "Bachelor of Science in Education" names no science
        context = excerpt(line.text, start, end)
        found.append(
            Mention(
                text=line.text[start:end],
                start=line.start + start,
                end=line.start + end,
                section=line.section,
                line=line.line,
                context=" ".join(context.split()),
                usage=line.usage,
            )
        )
    return found


def _entry_years(resume: SkillProfile, offsets: Sequence[int]) -> float | None:
    """Years covered by the resume's dated entries that hold any of ``offsets`` (overlaps
    counted once), or None when none does."""
    spans = sorted(
        {
            (e.start_date, e.end_date)
            for e in resume.entries
            if any(e.start <= o < e.end for o in offsets)
        }
    )
    if not spans:
        return None
    days = 0
    current_start, current_end = spans[0]
    for start, end in spans[1:]:
        if start > current_end:
            days += (current_end - current_start).days
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    days += (current_end - current_start).days
    return round(days / 365.25, 1)


def _years_factor(min_years: float | None, years: float | None, weights: ScoreWeights) -> float:
    """Credit factor when a posting asks for years: 1 if met, else at least years_floor."""
    if not min_years:
        return 1.0
    have = years or 0.0
    return 1.0 if have + 1e-9 >= min_years else max(weights.years_floor, have / min_years)


@dataclass(frozen=True)
class _ResumeIndex:
    """What one comparison looks up in the resume again and again, built once: the resume
    skills implying and related to each skill the job asks for, the resume's skills by id
    (the first of each, as :meth:`SkillProfile.skill` finds it), and the lines holding each
    word."""

    implied: dict[str, list[ProfileSkill]]
    related: dict[str, list[ProfileSkill]]
    skills: dict[str, ProfileSkill]
    lines_by_word: _WordLines

    @classmethod
    def of(cls, resume: SkillProfile, job: PreparedJob) -> _ResumeIndex:
        implied: dict[str, list[ProfileSkill]] = {}
        related: dict[str, list[ProfileSkill]] = {}
        for skill in resume.skills:
            reach = job.reach(skill.id)
            for target in reach.implied:
                implied.setdefault(target, []).append(skill)
            for target in reach.related:
                related.setdefault(target, []).append(skill)
        skills: dict[str, ProfileSkill] = {}
        for skill in (*resume.skills, *resume.certifications, *resume.other_skills):
            skills.setdefault(skill.id, skill)
        lines = _WordLines([line.text for line in resume.lines])
        return cls(implied, related, skills, lines)


class _WordLines:
    """The numbers of the lines holding each folded word (:func:`word_keys`), found when a
    word is first asked for.

    Folding keeps a word's first three letters as they are, lower-cased, so only the lines
    whose lower-cased text has them at the start of a word (after no letter or digit) are
    folded: most lines of a resume never are. They are found in one scan of the lower-cased
    lines joined by newlines (lower-casing makes no letter or digit of any other character).
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        lowered = [text.lower().replace("’", "'") for text in texts]
        self._joined = "\n".join(lowered)
        # Where each line's successor starts in the joined text.
        self._ends = list(itertools.accumulate(len(text) + 1 for text in lowered))
        self._found: dict[str, tuple[int, ...]] = {}

    def get(self, word: str, default: tuple[int, ...] = ()) -> tuple[int, ...]:
        """The lines holding the folded ``word`` in order (``default`` when none does)."""
        found = self._found.get(word)
        if found is None:
            found = tuple(n for n in self._holding(word[:3]) if word in word_keys(self._texts[n]))
            self._found[word] = found
        return found or default

    def _holding(self, head: str) -> Iterator[int]:
        """The lines where a word starts with ``head`` (no newline in it), in order; where it
        is anywhere when it has a sigma (lower-casing a capital sigma depends on the letters
        around it)."""
        joined, ends = self._joined, self._ends
        anywhere = "σ" in head or "ς" in head
        at = joined.find(head)
        while at >= 0:
            n = bisect.bisect_right(ends, at)
            if anywhere or at == 0 or not joined[at - 1].isalnum():  # re's [^\W_]
                yield n
                at = joined.find(head, ends[n])  # -1 past the end
            else:
                at = joined.find(head, at + 1)


def _with_article(name: str) -> str:
    """ "a Bachelor's degree", "an Associate degree", "an MBA"."""
    first = name[:1]
    vowel_sound = first in "AEIOUaeiou" or (
        len(name) > 1 and name.split()[0].isupper() and first in "AEFHILMNORSX"
    )
    return f"{'an' if vowel_sound else 'a'} {name}"


def _in_fields(degree: EducationMention, wanted: set[str], taxonomy: Taxonomy) -> bool:
    """Whether a resume's ``degree`` is in one of the ``wanted`` fields (any field when none
    is named), or in a narrower field of one: "Biomedical Engineering" is a degree in
    engineering."""
    if not wanted:
        return True
    return any(
        field in wanted or (field in taxonomy and not wanted.isdisjoint(taxonomy.ancestors(field)))
        for field in degree.fields
    )


def _judge_education(
    requirement: EducationMention,
    resume: SkillProfile,
    taxonomy: Taxonomy,
    weights: ScoreWeights,
    points: float,
) -> EducationResult:
    level = taxonomy.get(requirement.level) if requirement.level is not None else None
    level_name = level.name if level is not None else None
    wanted_rank = requirement.level_rank or 0
    wanted_fields = set(requirement.fields)
    all_degrees = [e for e in resume.education if e.level_rank is not None]
    # A posting for students ("graduating by June 2027") takes a degree on its way as one.
    degrees = [e for e in all_degrees if requirement.in_progress or not e.in_progress]
    best = max(degrees, key=lambda e: e.level_rank or 0, default=None)
    at_level = [e for e in degrees if (e.level_rank or 0) >= wanted_rank]
    in_field = [e for e in at_level if _in_fields(e, wanted_fields, taxonomy)]
    worked = resume.experience_years or 0.0
    needed = dict(requirement.with_years).get(requirement.level or "")
    if needed is not None and worked < needed:
        at_level = in_field = []  # the level counts only with its years, judged below
    option = _years_option(requirement, degrees, worked, taxonomy, weights)
    # A degree not finished yet counts in part, in the field asked for only.
    studying = [
        e
        for e in all_degrees
        if e.in_progress
        and (e.level_rank or 0) >= wanted_rank
        and _in_fields(e, wanted_fields, taxonomy)
    ]
    # The fields a degree's own name holds go without saying: "a Master of Architecture", not
    # "a Master of Architecture in Architecture".
    named = set(level.implies) if level is not None else set()
    fields = _either(_names(taxonomy, [f for f in requirement.fields if f not in named]))
    wanted = _with_article(level_name or "degree") + (f" in {fields}" if fields else "")
    if fields and _RELATED_FIELD.search(requirement.text):
        wanted += " or a related field"
    equivalent = bool(requirement.or_equivalent and resume.experience_years)
    shown_years = _years_text(resume.experience_years or 0)
    alternative_names = _names(taxonomy, requirement.alternatives)
    held = _held_alternative(requirement.alternatives, resume, taxonomy)
    chosen: EducationMention | None
    status: Status
    through_years: float | None = None
    if held is not None and not in_field:
        alternative, written = held
        chosen = best
        status, credit = "matched", 1.0
        reason = (
            f"the posting accepts {_names(taxonomy, [alternative])[0]} instead of {wanted}, and "
            f"the resume shows it: “{written}”"
        )
    elif in_field:
        chosen = in_field[0]
        status, credit = "matched", 1.0
        reason = f"the resume's “{_as_written(chosen)}” meets what the posting asks for: {wanted}"
        if chosen.in_progress:
            reason += ", which may be one not finished yet"
    elif option is not None and option.credit >= weights.degree_other_field:
        chosen = option.degree
        credit = option.credit
        through_years = option.years
        status = "matched" if credit >= 1 else "partial"
        option_name = _with_article(_names(taxonomy, [option.level])[0])
        accepted = f"{option_name} with {_years_text(option.years)} of experience"
        if credit >= 1:
            reason = (
                f"the posting accepts {accepted}, and the resume shows “{_as_written(chosen)}” "
                f"and {shown_years} of work"
            )
        else:
            reason = (
                f"the posting accepts {accepted}: the resume shows “{_as_written(chosen)}” and "
                f"{shown_years} of work"
            )
    elif at_level:
        chosen = at_level[0]
        status, credit = "partial", weights.degree_other_field
        reason = (
            f"the resume's “{_as_written(chosen)}” meets the level but not the field: the "
            f"posting asks for {wanted}"
        )
        if equivalent and weights.degree_equivalent > credit:
            credit = weights.degree_equivalent
            reason += f" or equivalent experience, and the resume shows {shown_years} of work"
    elif studying and weights.degree_in_progress >= (
        weights.degree_equivalent if equivalent else 0.0
    ):
        chosen = studying[0]
        status, credit = "partial", weights.degree_in_progress
        reason = (
            f"the resume's “{_as_written(chosen)}” is not finished yet: the posting asks for "
            f"{wanted}"
        )
    elif equivalent:
        chosen = best
        status, credit = "partial", weights.degree_equivalent
        reason = (
            f"the resume does not show {wanted}, but the posting accepts equivalent experience "
            f"and the resume shows {shown_years} of work"
        )
    else:
        chosen = best
        status, credit = "missing", 0.0
        reason = f"the resume does not show {wanted}"
        if alternative_names:
            reason = f"the resume shows neither {wanted} nor {_either(alternative_names)}"
    if status == "partial" and alternative_names:
        reason += f"; the posting also accepts {_either(alternative_names)} instead"
    return EducationResult(
        level=requirement.level,
        level_name=level_name,
        fields=requirement.fields,
        importance=requirement.importance or "preferred",
        or_equivalent=requirement.or_equivalent,
        alternatives=requirement.alternatives,
        alternative_names=tuple(alternative_names),
        with_years=requirement.with_years,
        with_years_names=tuple(_names(taxonomy, [level for level, _ in requirement.with_years])),
        years_asked=through_years,
        status=status,
        credit=round(credit, 4),
        weight=points,
        resume_degree=chosen.text if chosen is not None else None,
        reason=_sentence(reason, points, credit),
        job_text=requirement.text,
    )


class _YearsOption(NamedTuple):
    """A degree level the posting accepts with years of experience, as the resume meets it."""

    credit: float
    degree: EducationMention
    level: str
    years: float


def _years_option(
    requirement: EducationMention,
    degrees: Sequence[EducationMention],
    worked: float,
    taxonomy: Taxonomy,
    weights: ScoreWeights,
) -> _YearsOption | None:
    """The best of the degree levels the posting accepts with years ("or a Master's degree and
    3 years of experience") that the resume's degrees reach, in the fields asked: full credit
    with the years, ``max(years_floor, years shown / years asked)`` with fewer."""
    wanted_fields = set(requirement.fields)
    found: _YearsOption | None = None
    for level, years in requirement.with_years:
        rank = taxonomy[level].level if level in taxonomy else None
        fit = [
            e
            for e in degrees
            if (e.level_rank or 0) >= (rank or 0) and _in_fields(e, wanted_fields, taxonomy)
        ]
        if not fit or years <= 0:
            continue
        credit = 1.0 if worked >= years else max(weights.years_floor, worked / years)
        if found is None or credit > found.credit:
            found = _YearsOption(credit, fit[0], level, years)
    return found


def _held_alternative(
    alternatives: Sequence[str], resume: SkillProfile, taxonomy: Taxonomy
) -> tuple[str, str] | None:
    """The first credential of ``alternatives`` the resume holds (itself, or through one that
    implies it: a CCNP holder has passed the CCNA), with the resume's words for what it holds."""
    held = [s for s in (*resume.certifications, *resume.skills) if not s.in_progress]
    for alternative in alternatives:
        for skill in held:
            implied = skill.id in taxonomy and alternative in taxonomy.implied_by(skill.id)
            if (skill.id == alternative or implied) and skill.mentions:
                return alternative, clean_statement(skill.mentions[0].text)
    return None


def _as_written(degree: EducationMention) -> str:
    """A degree line as the reader sees it: no Markdown emphasis, single spaces."""
    return clean_statement(degree.text)


def _education_requirements(job: SkillProfile) -> list[EducationMention]:
    """The job's degree requirements, at most one per importance (the strictest level)."""
    chosen: dict[str, EducationMention] = {}
    for mention in job.education:
        if mention.importance is None:
            continue
        current = chosen.get(mention.importance)
        # The lowest level named is what the posting accepts ("Bachelor's or Master's").
        rank = mention.level_rank or 99
        if current is None or rank < (current.level_rank or 99):
            chosen[mention.importance] = mention
    return [chosen[k] for k in ("required", "preferred") if k in chosen]


def item_points(importances: Sequence[Importance], weights: ScoreWeights) -> list[float]:
    """The points (of 100) each requirement is worth, given every requirement's importance.

    A required requirement weighs ``weights.required``, a preferred one ``weights.preferred``;
    the preferred ones together are held to ``weights.preferred_share`` of the total when the
    posting also has required ones; the weights are then scaled to add up to 100.

    >>> item_points(["required", "required", "preferred"], ScoreWeights())
    [42.8571, 42.8571, 14.2857]
    >>> item_points(["required"] + ["preferred"] * 6, ScoreWeights())  # preferred held to 20%
    [80.0, 3.3333, 3.3333, 3.3333, 3.3333, 3.3333, 3.3333]
    """
    required = weights.required * sum(1 for i in importances if i == "required")
    preferred = weights.preferred * sum(1 for i in importances if i == "preferred")
    share = weights.preferred_share
    most = share / (1 - share) * required
    scale = most / preferred if required and preferred > most else 1.0
    total = required + preferred * scale
    raw = [weights.required if i == "required" else weights.preferred * scale for i in importances]
    return [round(100 * weight / total, 4) for weight in raw]


def _sentence(reason: str, points: float, credit: float) -> str:
    """A reason clause as a sentence, followed by what it costs of the score's 100 points."""
    text = reason[:1].upper() + reason[1:] + "."
    lost = points * (1 - credit)
    if round(lost, 1) > 0:
        text += f" This costs {round(lost, 1):g} of 100 points."
    return text


def compare(
    resume: SkillProfile,
    job: SkillProfile,
    *,
    taxonomy: Taxonomy | None = None,
    weights: ScoreWeights | None = None,
) -> GapReport:
    """Judge every requirement of ``job`` against ``resume`` and score the match (0..100)."""
    return prepare_job(job, taxonomy=taxonomy, weights=weights).report(resume)


class ScoredRequirement(NamedTuple):
    """What a requirement earned in :func:`score_match`: as in its
    :class:`~gapcheck.models.RequirementResult`."""

    label: str
    importance: Importance
    status: Status
    weight: float
    credit: float


@dataclass(frozen=True)
class MatchScore:
    """The score of a comparison and what each requirement earned, as :func:`compare` reports
    them, without the report's explanations (reasons, evidence, categories, extra skills)."""

    score: float
    requirements: tuple[ScoredRequirement, ...]
    education: tuple[EducationResult, ...]


def score_match(
    resume: SkillProfile, job: SkillProfile, *,
    taxonomy: Taxonomy | None = None, weights: ScoreWeights | None = None,
) -> MatchScore:  # fmt: skip
    """The score and the requirements' statuses and credits of :func:`compare`, judged the
    same way but without writing the report (what ranking keeps of each comparison)."""
    return prepare_job(job, taxonomy=taxonomy, weights=weights).score(resume)


# A posting whose duties and requirements (these sections) run to this many characters but
# name at most this many taxonomy skills is one gapcheck barely reads.
_ASKING_SECTION_NAMES = frozenset(
    {"role", "responsibilities", "requirements", "preferred", "stack"}
)
_COVERAGE_MIN_CHARS = 400
_COVERAGE_MAX_SKILLS = 2


def prepare_job(
    job: SkillProfile, *, taxonomy: Taxonomy | None = None, weights: ScoreWeights | None = None
) -> PreparedJob:
    """What judging any resume against ``job`` needs from the job alone, worked out once."""
    # Certifications are asked for and shown like skills: judge them together.
    job = _with_certifications(job)
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    weights = weights if weights is not None else ScoreWeights()
    requirements = _requirements(job, taxonomy)
    degrees = _education_requirements(job)
    points = item_points(
        [r.importance for r in requirements] + [e.importance or "preferred" for e in degrees],
        weights,
    )
    asked = tuple(
        _asked(requirement, item, job, taxonomy)
        for requirement, item in zip(requirements, points, strict=False)
    )
    return PreparedJob(
        job,
        taxonomy,
        weights,
        asked,
        tuple(zip(degrees, points[len(asked) :], strict=True)),
        _bilingual_languages(job),
    )


@dataclass(frozen=True)
class PreparedJob:
    """A job's side of every comparison with it (:func:`prepare_job`): its requirements and
    degrees asked for, each with its points, and what judging them needs from the posting.
    Ranking judges many resumes with one; :func:`compare` and :func:`score_match` make one."""

    job: SkillProfile
    taxonomy: Taxonomy
    weights: ScoreWeights
    requirements: tuple[_Asked, ...]
    degrees: tuple[tuple[EducationMention, float], ...]
    languages: tuple[str, ...] = ()
    """The languages the posting names beside bilingualism (:func:`_bilingual_languages`)."""
    _reach: dict[str, _Reach] = field(default_factory=dict, init=False, repr=False, compare=False)
    """Memo of :meth:`reach`, filled as resumes show skills."""

    def reach(self, skill_id: str) -> _Reach:
        """The skills the job asks for that a resume's ``skill_id`` implies and relates to
        (:meth:`Taxonomy.implied_by`, :meth:`~Taxonomy.related_to`), worked out once."""
        reach = self._reach.get(skill_id)
        if reach is None:
            reach = _Reach((), ())
            if skill_id in self.taxonomy:
                implied = self.taxonomy.implied_by(skill_id)
                related = self.taxonomy.related_to(skill_id)
                reach = _Reach(
                    tuple(s for s in implied if s in self._members),
                    tuple(s for s in related if s in self._members),
                )
            self._reach[skill_id] = reach
        return reach

    @functools.cached_property
    def _members(self) -> frozenset[str]:
        return frozenset(m.id for asked in self.requirements for m in asked.members)

    def score(self, resume: SkillProfile) -> MatchScore:
        """What :func:`score_match` returns for ``resume`` against this job."""
        judging = self._judging(resume)
        results: list[ScoredRequirement] = []
        for asked in self.requirements:
            best, _, _ = _best_credit(asked, judging)
            requirement = asked.requirement
            status, credit = _status(best), round(best.credit, 4)
            results.append(
                ScoredRequirement(
                    requirement.label, requirement.importance, status, asked.points, credit
                )
            )
        education = self._education(judging.resume)
        return MatchScore(_score(results, education), tuple(results), education)

    def report(self, resume: SkillProfile) -> GapReport:
        """What :func:`compare` returns for ``resume`` against this job."""
        judging = self._judging(resume)
        resume, job, taxonomy = judging.resume, self.job, self.taxonomy
        results = tuple(_judge_requirement(asked, judging) for asked in self.requirements)
        education = self._education(resume)
        return GapReport(
            score=_score(results, education),
            resume=resume.source,
            job=job.source,
            job_title=job.title,
            resume_sections=tuple(dict.fromkeys(section.name for section in resume.sections)),
            resume_skills=resume.skill_ids,
            requirements=results,
            education=education,
            extra=_extra_skills(resume, results, education, taxonomy, self.languages),
            categories=tuple(_categories(results, education, taxonomy)),
            weights=self.weights,
            resume_experience_years=resume.experience_years,
            job_experience_years=job.experience_years,
            resume_warnings=resume.warnings,
            job_warnings=self._job_warnings,
        )

    @functools.cached_property
    def _job_warnings(self) -> tuple[str, ...]:
        """The posting's warnings and :meth:`_coverage_warning`, worked out once per job."""
        return (*self.job.warnings, *self._coverage_warning())

    def _coverage_warning(self) -> tuple[str, ...]:
        """A warning when the posting's duties and requirements are long but gapcheck knows
        few of their skills: its field may be outside the taxonomy, so the score says little."""
        asking = sum(s.end - s.start for s in self.job.sections if s.name in _ASKING_SECTION_NAMES)
        known = {
            m.id for asked in self.requirements for m in asked.members if m.id in self.taxonomy
        }
        if asking < _COVERAGE_MIN_CHARS or len(known) > _COVERAGE_MAX_SKILLS:
            return ()
        return (
            f"the text names few skills gapcheck knows ({len(known)} in its duties and "
            "requirements): its field may be outside gapcheck's taxonomy, so the score says "
            "little; a taxonomy file of your own (--taxonomy) can add the field's skills",
        )

    def _judging(self, resume: SkillProfile) -> _Judging:
        resume = _with_certifications(resume)
        index = _ResumeIndex.of(resume, self)
        return _Judging(self.job, resume, self.taxonomy, self.weights, index)

    def _education(self, resume: SkillProfile) -> tuple[EducationResult, ...]:
        return tuple(
            _judge_education(degree, resume, self.taxonomy, self.weights, points)
            for degree, points in self.degrees
        )


class _Reach(NamedTuple):
    """See :meth:`PreparedJob.reach`."""

    implied: tuple[str, ...]
    related: tuple[str, ...]


@dataclass(frozen=True)
class _PostingWords:
    """How the posting writes a skill (``text``, folded into ``key``): the resume earns
    direct credit for the skill by repeating them (see :func:`_text_credit`)."""

    target: ProfileSkill
    text: str
    key: tuple[str, ...]


@dataclass(frozen=True)
class _Member:
    """One skill a requirement asks for, with what judging it needs from the posting."""

    id: str
    any_kind: bool
    """The group names one of this skill's own kind beside it (see :class:`_MemberJudge`)."""
    words: _PostingWords | None
    """The posting's words to look for in the resume's lines, when the skill is not shown:
    for a taxonomy skill only those of two words or more (:data:`_MIN_TEXT_MATCH_WORDS`)."""
    languages: tuple[str, ...] = ()
    """See :attr:`_Requirement.languages`."""


@dataclass(frozen=True)
class _Asked:
    """A requirement ready to be judged against any resume: its points, its members and,
    when the posting widens it with "or similar", what a skill like them is."""

    requirement: _Requirement
    points: float
    members: tuple[_Member, ...]
    similar: _Similar | None


@dataclass(frozen=True)
class _Similar:
    """The members of a group the posting widens with "or similar" (see
    :func:`_similar_credit`): their ids, their taxonomy skills, those skills' parents, and
    the members named as tools rather than as the others' parent."""

    wanted: frozenset[str]
    members: tuple[Skill, ...]
    parents: frozenset[str]
    named: tuple[Skill, ...]


def _asked(
    requirement: _Requirement, points: float, job: SkillProfile, taxonomy: Taxonomy
) -> _Asked:
    """``requirement`` of ``job`` made ready to be judged (:class:`_Asked`)."""
    opened = _open_kinds(requirement.skills, requirement.job_text, taxonomy)
    members = tuple(
        _Member(
            skill_id,
            any(kind == skill_id for _, kind in opened),
            _posting_words(skill_id, requirement.job_text, job),
            requirement.languages,
        )
        for skill_id in requirement.skills
    )
    return _Asked(requirement, points, members, _similar(requirement, job, taxonomy))


def _posting_words(skill_id: str, line: str, job: SkillProfile) -> _PostingWords | None:
    """The words a resume may repeat for a member (see :attr:`_Member.words`)."""
    target = job.skill(skill_id)
    if target is None:
        return None
    if is_other_skill(skill_id):
        return _PostingWords(target, target.name, phrase_key(target.name))
    term = _job_term(job, skill_id, line)
    key = phrase_key(term)
    return _PostingWords(target, term, key) if len(key) >= _MIN_TEXT_MATCH_WORDS else None


def _similar(requirement: _Requirement, job: SkillProfile, taxonomy: Taxonomy) -> _Similar | None:
    """What a skill like the members is, when the posting widens them with "or similar"."""
    wanted = frozenset(requirement.skills)
    if not any(group.or_similar and set(group.skills) == wanted for group in job.groups):
        return None
    members = tuple(taxonomy[s] for s in requirement.skills if s in taxonomy)
    parents = frozenset(parent for member in members for parent in member.broader)
    named = tuple(member for member in members if member.id not in parents)
    return _Similar(wanted, members, parents, named)


@dataclass(frozen=True)
class _Judging:
    """What judging every requirement of one comparison needs: both profiles, the taxonomy,
    the weights and the resume's index."""

    job: SkillProfile
    resume: SkillProfile
    taxonomy: Taxonomy
    weights: ScoreWeights
    index: _ResumeIndex


def _judge_requirement(asked: _Asked, judging: _Judging) -> RequirementResult:
    """One requirement judged: the best credit any of its members earns, and why."""
    job, resume, taxonomy = judging.job, judging.resume, judging.taxonomy
    requirement, points = asked.requirement, asked.points
    best, similar, shown_parts = _best_credit(asked, judging)
    reason = best.reason
    names = [_name(s, job, taxonomy) for s in requirement.skills]
    if len(names) > 1 and best.credit > 0 and best is not similar:
        reason = f"{reason} (any one of {_either(names)} is enough)"
    elif len(names) == 2 and best.credit <= 0:
        reason = f"the resume shows neither {names[0]} nor {names[1]}"
    elif len(names) > 2 and best.credit <= 0:
        reason = f"the resume shows none of {_either(names)}"
    first = requirement.skills[0]
    return RequirementResult(
        id="|".join(requirement.skills),
        label=requirement.label,
        skills=requirement.skills,
        names=tuple(_name(s, job, taxonomy) for s in requirement.skills),
        category=_category(first, job, taxonomy),
        importance=requirement.importance,
        min_years=requirement.min_years,
        status=_status(best),
        credit=round(best.credit, 4),
        weight=points,
        credit_kind=best.kind if best.credit > 0 else None,
        credited_through=best.skill.id if best.skill is not None else None,
        credited_for=best.via if best.credit > 0 else None,
        resume_years=best.years,
        years_shortfall=best.shortfall,
        in_progress=best.pending,
        listed_only=best.listed_only,
        reason=_sentence(reason, points, best.credit),
        evidence=_parts_evidence(shown_parts)
        if shown_parts
        else _evidence(best.skill)
        if best.skill is not None
        else (),
        details=requirement.details,
        detail_names=tuple(_name(part, job, taxonomy) for part in requirement.details),
        details_shown=tuple(part.id for part in shown_parts),
        job_text=requirement.job_text,
        job_terms=tuple(_job_term(job, m, requirement.job_text) for m in requirement.skills),
        resume_terms=_resume_terms(resume, best) if best.kind == "direct" else (),
    )


def _parts_evidence(parts: Sequence[ProfileSkill]) -> tuple[Evidence, ...]:
    """The evidence of each part shown, one a line (a skills line naming two parts is one)."""
    found: dict[int, Evidence] = {}
    for part in parts:
        for evidence in _evidence(part):
            found.setdefault(evidence.line, evidence)
    return tuple(found.values())


def _parts_credit(
    asked: _Asked, judging: _Judging
) -> tuple[_Credit, tuple[ProfileSkill, ...]] | None:
    """The credit a single skill earns through the parts the posting names for it ("Microsoft
    Office (Word, Excel, Outlook)"), with the parts the resume shows, best first; None when it
    shows none.

    Each part the resume shows itself earns its share of what a narrower skill leaves
    (``implied`` + (1 - ``implied``) * the parts' mean credit): all of them shown in use, the
    whole requirement; some, more than one part alone."""
    requirement, weights = asked.requirement, judging.weights
    judged = [
        _MemberJudge(part, requirement.min_years, judging).best() for part in requirement.details
    ]
    shown = [c for c in judged if c.kind == "direct" and c.credit > 0 and c.skill is not None]
    if not shown:
        return None
    share = sum(c.credit for c in shown) / len(judged)
    parent = requirement.skills[0]
    name = _name(parent, judging.job, judging.taxonomy)
    ordered = sorted(shown, key=lambda c: -c.credit)
    skills = tuple(c.skill for c in ordered if c.skill is not None)
    best = ordered[0]
    shown_names = _either([s.name for s in skills], "and")
    if share >= 1:
        reason = f"the resume shows every one the posting names for {name}: {shown_names}"
        return _Credit(parent, reason, 1.0, "direct", best.skill, best.years), skills
    missing = [
        _name(part, judging.job, judging.taxonomy)
        for part, c in zip(requirement.details, judged, strict=True)
        if all(c is not found for found in shown)
    ]
    listed = [c.skill.name for c in ordered if c.listed_only and c.skill is not None]
    short = [c.skill.name for c in ordered if c.shortfall and c.skill is not None]
    reason = f"the resume shows {shown_names}"
    if missing:
        reason += (
            f", {len(shown)} of the {len(judged)} the posting names for {name} "
            f"(not {_either(missing)})"
        )
    else:
        reason += f", every one the posting names for {name}"
    if listed:
        reason += f"; it only lists {_either(listed, 'and')}"
    if short:
        reason += f"; {_either(short, 'and')} with fewer years than asked"
    only_listed = len(listed) == len(shown)
    if not missing:
        # Every part shown, some only listed or with fewer years: the whole at the parts' own
        # credit, as the skill itself would earn it ("Excel (VLOOKUP, pivot tables)", listed).
        kind: CreditKind = "direct"
        credit = share
    else:
        kind, credit = "implied", weights.implied + (1 - weights.implied) * share
    return (
        _Credit(parent, reason, credit, kind, best.skill, best.years, best.shortfall, only_listed),
        skills,
    )


def _best_credit(
    asked: _Asked, judging: _Judging
) -> tuple[_Credit, _Credit | None, tuple[ProfileSkill, ...]]:
    """The best credit any member of the requirement earns (or its parts, see
    :func:`_parts_credit`), the credit a skill like them earns when the posting widens the
    requirement with "or similar" (see :func:`_similar_credit`), and the parts shown when the
    credit came through them."""
    min_years = asked.requirement.min_years
    judged = [
        _judge_other(m, min_years, judging)
        if is_other_skill(m.id)
        else _judge_taxonomy_member(m, min_years, judging)
        for m in asked.members
    ]
    similar = _similar_credit(asked, judging)
    best = max([*judged, *([similar] if similar else [])], key=lambda c: c.credit)
    if asked.requirement.details:
        parts = _parts_credit(asked, judging)
        if parts is not None and parts[0].credit > best.credit:
            return parts[0], similar, parts[1]
    return best, similar, ()


def _judge_taxonomy_member(member: _Member, min_years: float | None, judging: _Judging) -> _Credit:
    """A taxonomy skill's credit; when the resume does not show it, the resume's lines may
    still repeat the posting's own words for it ("demand forecasting")."""
    credit = _MemberJudge(member.id, min_years, judging, member.any_kind, member.languages).best()
    if credit.kind == "direct" or member.words is None:
        return credit
    named = _text_credit(member.words, min_years, judging)
    return named if named is not None and named.credit >= credit.credit else credit


def _category(skill_id: str, job: SkillProfile, taxonomy: Taxonomy) -> str:
    if skill_id in taxonomy:
        return taxonomy[skill_id].category
    found = job.skill(skill_id)
    return found.category if found is not None else _OTHER_CATEGORY


def _similar_credit(asked: _Asked, judging: _Judging) -> _Credit | None:
    """Credit for a group the posting widens with "or similar" ("Jira, Asana or a similar
    tracker"): a resume skill that is a kind of a member or of a member's parent, or of a
    named member's kind and subcategory (no industry: each is its own), earns ``implied``; one
    only of a named member's kind and category earns ``related``, unless the category is as
    broad as business knowledge. A member that is the others' parent ("Kafka, Kinesis or
    another streaming platform") is the category, not a tool to be like."""
    like, requirement = asked.similar, asked.requirement
    if like is None:
        return None
    taxonomy, weights = judging.taxonomy, judging.weights
    wanted, parents, named, members = like.wanted, like.parents, like.named, like.members
    best: _Credit | None = None
    for shown in judging.resume.skills:
        known = taxonomy.get(shown.id)
        if known is None or shown.id in wanted:
            continue
        # An industry is like no other: finance is nothing like "other healthcare rules".
        kin = [
            m
            for m in named
            if m.kind == known.kind
            and m.category == known.category
            and known.subcategory != INDUSTRY_SUBCATEGORY
        ]
        if set(known.broader) & (wanted | parents) or any(
            m.subcategory is not None and m.subcategory == known.subcategory for m in kin
        ):
            share = weights.implied
        elif kin and known.category not in _BROAD_CATEGORIES:
            share = weights.related
        else:
            continue
        found = _partial_credit(
            (kin or named or members)[0].id, "related", shown, shown.years, share,
            requirement.min_years, weights,
            f"not shown; the posting accepts a skill like {requirement.label}, and the "
            f"resume shows {shown.name}",
        )  # fmt: skip
        if best is None or found.credit > best.credit:
            best = found
    return best


def _status(credit: _Credit) -> Status:
    if credit.credit <= 0:
        return "missing"
    if credit.kind == "direct" and not credit.shortfall and not credit.pending:
        return "matched"
    return "partial"


def _score(
    results: Sequence[RequirementResult | ScoredRequirement],
    education: Sequence[EducationResult],
) -> float:
    """Earned points over possible points, as a percentage with one decimal."""
    total_weight = sum(r.weight for r in results) + sum(e.weight for e in education)
    earned = sum(r.weight * r.credit for r in results) + sum(e.weight * e.credit for e in education)
    score = round(100 * earned / total_weight, 1) if total_weight else 0.0
    return min(100.0, max(0.0, score))


def _extra_skills(
    resume: SkillProfile,
    results: Sequence[RequirementResult],
    education: Sequence[EducationResult],
    taxonomy: Taxonomy,
    languages: Iterable[str] = (),
) -> tuple[ExtraSkill, ...]:
    """Resume skills no requirement asks for or was credited through, each with the gaps it
    relates to. A credential the posting accepts instead of its degree is asked for, and so
    are the ``languages`` it names beside bilingualism ("Bilingual English/Spanish")."""
    credited = {r.credited_through for r in results if r.credited_through is not None}
    credited |= {part for r in results for part in r.details_shown}
    asked = {skill for r in results for skill in (*r.skills, *r.details)}
    asked |= {*languages, *(alternative for e in education for alternative in e.alternatives)}
    accepted = {a for e in education if e.status == "matched" for a in e.alternatives}
    gaps = [r for r in results if r.status != "matched"]
    extra = []
    for skill in resume.skills:
        if skill.id in credited or skill.id in asked:
            continue
        if (
            accepted
            and skill.id in taxonomy
            and accepted.intersection(taxonomy.implied_by(skill.id))
        ):
            continue  # "CCNP" met a degree the posting would take a CCNA for
        related = set(taxonomy.related_to(skill.id)) | set(taxonomy.implied_by(skill.id))
        evidence = _evidence(skill)
        extra.append(
            ExtraSkill(
                id=skill.id,
                name=skill.name,
                category=skill.category,
                evidence=evidence[0] if evidence else None,
                related_gaps=tuple(r.id for r in gaps if related & set(r.skills)),
            )
        )
    return tuple(extra)


def _with_certifications(profile: SkillProfile) -> SkillProfile:
    if not profile.certifications:
        return profile
    return profile.model_copy(
        update={"skills": (*profile.skills, *profile.certifications), "certifications": ()}
    )


def _job_term(job: SkillProfile, skill_id: str, line: str) -> str:
    """How the posting writes a skill: its mention on the requirement's line, else its first;
    not a modifier that names it only with another skill's noun ("unit" in "unit and UI
    tests"), which is no term to mirror.

    Role profiles have no posting words ('')."""
    skill = job.skill(skill_id)
    if skill is None or (job.source or "").startswith("role:"):
        return ""
    written = skill.written_mentions
    if not written:
        return ""
    mention = next((m for m in written if m.context == line), written[0])
    return " ".join(mention.text.split())


def _resume_terms(resume: SkillProfile, credit: _Credit) -> tuple[str, ...]:
    """Every distinct way the resume writes the member credited directly."""
    skill = resume.skill(credit.via) if credit.via else None
    if skill is None and credit.skill is not None and credit.skill.id == credit.via:
        skill = credit.skill  # found by the requirement's words in the resume's lines
    if skill is None:
        return ()
    return tuple(dict.fromkeys(" ".join(m.text.split()) for m in skill.written_mentions))


def _categories(
    results: Sequence[RequirementResult],
    education: Sequence[EducationResult],
    taxonomy: Taxonomy,
) -> Iterable[CategoryCoverage]:
    by_category: dict[str, list[tuple[str, float, float]]] = {}
    for r in results:
        by_category.setdefault(r.category, []).append((r.status, r.weight, r.credit))
    for e in education:
        by_category.setdefault(_EDUCATION_CATEGORY, []).append((e.status, e.weight, e.credit))
    categories = taxonomy.categories
    order = {category_id: n for n, category_id in enumerate(categories)}
    for category_id in sorted(by_category, key=lambda c: (order.get(c, len(order)), c)):
        rows = by_category[category_id]
        weight = sum(w for _, w, _ in rows)
        yield CategoryCoverage(
            id=category_id,
            name=_category_name(category_id, taxonomy),
            requirements=len(rows),
            matched=sum(1 for s, _, _ in rows if s == "matched"),
            partial=sum(1 for s, _, _ in rows if s == "partial"),
            missing=sum(1 for s, _, _ in rows if s == "missing"),
            coverage=round(sum(w * c for _, w, c in rows) / weight, 4) if weight else 0.0,
        )


def _category_name(category_id: str, taxonomy: Taxonomy) -> str:
    if category_id in taxonomy.categories:
        return taxonomy.categories[category_id].name
    return "Other skills" if category_id == _OTHER_CATEGORY else category_id


def profile_from_role(role: RoleProfile, taxonomy: Taxonomy | None = None) -> SkillProfile:
    """A job profile made from a shipped or user role profile (no posting needed)."""
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    skills: dict[str, ProfileSkill] = {}
    groups: list[RequirementGroup] = []
    position = 0
    for requirement in role.requirement:
        text = requirement.label or " or ".join(taxonomy[s].name for s in requirement.skills)
        mention_start = position
        position += len(text) + 1
        if len(requirement.skills) > 1:
            groups.append(
                RequirementGroup(
                    skills=requirement.skills,
                    importance=requirement.importance,
                    min_years=requirement.min_years,
                    text=text,
                    start=mention_start,
                    end=mention_start + len(text),
                )
            )
        for skill_id in requirement.skills:
            if skill_id in skills:
                continue
            skill = taxonomy[skill_id]
            skills[skill_id] = ProfileSkill(
                id=skill_id,
                name=skill.name,
                category=skill.category,
                kind=skill.kind,
                importance=requirement.importance,
                standalone=len(requirement.skills) == 1,
                min_years=requirement.min_years if len(requirement.skills) == 1 else None,
                mentions=(
                    Mention(
                        text=text,
                        start=mention_start,
                        end=mention_start + len(text),
                        section="requirements",
                        line=len(skills) + 1,
                        context=text,
                    ),
                ),
            )
    education: tuple[EducationMention, ...] = ()
    if role.education is not None:
        level = taxonomy[role.education.level]
        fields = role.education.fields
        names = " or ".join(taxonomy[f].name for f in fields)
        text = level.name + (f" in {names}" if names else "")
        education = (
            EducationMention(
                level=level.id,
                level_rank=level.level,
                fields=fields,
                importance=role.education.importance,
                text=text,
                start=0,
                end=len(text),
                section="requirements",
            ),
        )
    return SkillProfile(
        kind="job",
        source=f"role:{role.id}",
        title=role.name,
        skills=tuple(skills.values()),
        groups=tuple(groups),
        education=education,
    )
