"""Compare a resume profile with a job profile: requirements, credit, score, categories.

>>> from gapcheck import analyze
>>> resume = "Skills: Python, PyTorch\\n"
>>> job = "Requirements:\\n- Python\\n- PyTorch or TensorFlow\\n"
>>> report = analyze(resume, job)
>>> report.score
100.0
>>> [(r.label, r.status) for r in report.requirements]
[('Python', 'matched'), ('PyTorch or TensorFlow', 'matched')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
)
from gapcheck.taxonomy import Importance, RoleProfile, Taxonomy, load_taxonomy

__all__ = ["compare", "profile_from_role"]

_MAX_EVIDENCE = 3
_EDUCATION_CATEGORY = "education"


class _Requirement:
    """A job requirement before it is judged: one skill, or a group any member satisfies."""

    __slots__ = ("importance", "job_text", "label", "min_years", "skills")

    def __init__(
        self,
        skills: tuple[str, ...],
        importance: Importance,
        min_years: float | None,
        label: str,
        job_text: str,
    ) -> None:
        self.skills = skills
        self.importance = importance
        self.min_years = min_years
        self.label = label
        self.job_text = job_text


def _requirements(job: SkillProfile, taxonomy: Taxonomy) -> list[_Requirement]:
    """The job's requirements in the posting's order: groups, and skills asked on their own."""
    found: list[tuple[int, _Requirement]] = []
    for group in job.groups:
        names = [taxonomy[s].name if s in taxonomy else s for s in group.skills]
        label = (
            " or ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " or " + names[-1]
        )
        found.append(
            (
                group.start,
                _Requirement(
                    group.skills, group.importance, group.min_years, label, _group_line(job, group)
                ),
            )
        )
    for skill in job.skills:
        if skill.importance is None or skill.standalone is False:
            continue
        first = skill.mentions[0] if skill.mentions else None
        found.append(
            (
                first.start if first else 0,
                _Requirement(
                    (skill.id,),
                    skill.importance,
                    skill.min_years,
                    skill.name,
                    first.context if first else "",
                ),
            )
        )
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
            continue
        unique[key] = requirement
    return list(unique.values())


def _group_line(job: SkillProfile, group: RequirementGroup) -> str:
    for skill in job.skills:
        for mention in skill.mentions:
            if group.start <= mention.start < group.end:
                return mention.context
    return group.text


def _evidence(skill: ProfileSkill) -> tuple[Evidence, ...]:
    ordered = sorted(
        skill.mentions,
        key=lambda m: (m.section not in ("experience", "projects"), m.start),
    )
    return tuple(_to_evidence(skill, m) for m in ordered[:_MAX_EVIDENCE])


def _to_evidence(skill: ProfileSkill, mention: Mention) -> Evidence:
    return Evidence(
        skill=skill.id,
        name=skill.name,
        text=mention.text,
        section=mention.section,
        line=mention.line,
        start=mention.start,
        end=mention.end,
        context=mention.context,
    )


class _Credit:
    __slots__ = ("credit", "kind", "listed_only", "reason", "shortfall", "skill", "via", "years")

    def __init__(self) -> None:
        self.credit = 0.0
        self.kind: CreditKind | None = None
        self.skill: ProfileSkill | None = None
        self.via: str | None = None  # the requirement member the credit is for
        self.years: float | None = None
        self.shortfall = False
        self.listed_only = False
        self.reason = ""


def _judge_member(
    member: str,
    min_years: float | None,
    resume: SkillProfile,
    taxonomy: Taxonomy,
    weights: ScoreWeights,
    implied_index: dict[str, list[ProfileSkill]],
    related_index: dict[str, list[ProfileSkill]],
) -> _Credit:
    """The best credit the resume earns for one skill: directly, through a narrower skill or
    the degree, or through a related skill (the highest wins; a tie goes to the direct one)."""
    options = [
        _direct_credit(member, min_years, resume, taxonomy, weights, implied_index),
        _implied_credit(member, min_years, resume, weights, implied_index),
        _related_credit(member, min_years, weights, related_index),
    ]
    found = [option for option in options if option is not None]
    if not found:
        result = _Credit()
        result.via = member
        name = taxonomy[member].name if member in taxonomy else member
        result.reason = f"the resume does not show {name}"
        return result
    return max(found, key=lambda option: option.credit)  # max keeps the first of equals


def _direct_credit(
    member: str,
    min_years: float | None,
    resume: SkillProfile,
    taxonomy: Taxonomy,
    weights: ScoreWeights,
    implied_index: dict[str, list[ProfileSkill]],
) -> _Credit | None:
    direct = resume.skill(member)
    if direct is None:
        return None
    result = _Credit()
    result.via = member
    name = taxonomy[member].name if member in taxonomy else member
    credit = 1.0
    result.kind, result.skill = "direct", direct
    result.years = direct.years
    reasons = [f"the resume shows {name}"]
    factor = _years_factor(min_years, direct.years, weights)
    if factor < 1:
        credit *= factor
        result.shortfall = True
        have = direct.years or 0.0
        shown = f"{have:g} year{'s' if have != 1 else ''}" if direct.years else "no dated"
        reasons.append(f"{shown} of experience where {min_years:g}+ are asked")
    if direct.evidence == "listed":
        used = [s for s in implied_index.get(member, []) if s.evidence == "experience"]
        if used:
            # "AWS" only listed, but "AWS SageMaker" used in a job: demonstrated through it.
            result.skill = used[0]
            reasons.append(f"used through {used[0].name}")
        else:
            credit *= weights.listed_only
            result.listed_only = True
            reasons.append("listed but not demonstrated in experience or projects")
    result.credit = credit
    result.reason = "; ".join(reasons)
    return result


def _years_factor(min_years: float | None, years: float | None, weights: ScoreWeights) -> float:
    """Credit factor when a posting asks for years: 1 if met, else at least years_floor."""
    if not min_years:
        return 1.0
    have = years or 0.0
    return 1.0 if have + 1e-9 >= min_years else max(weights.years_floor, have / min_years)


def _implied_credit(
    member: str,
    min_years: float | None,
    resume: SkillProfile,
    weights: ScoreWeights,
    implied_index: dict[str, list[ProfileSkill]],
) -> _Credit | None:
    narrower = implied_index.get(member, [])
    degree = next((e for e in resume.education if member in e.fields), None)
    if not narrower and degree is None:
        return None
    result = _Credit()
    result.via = member
    result.kind = "implied"
    if narrower:
        best = max(narrower, key=lambda s: (s.evidence == "experience", s.years or 0))
        result.skill = best
        result.years = best.years
        result.reason = f"not named, but implied by {best.name}, which the resume shows"
    elif degree is not None:
        result.reason = f"not named as a skill, but the resume's degree covers it ({degree.text})"
    factor = _years_factor(min_years, result.years, weights)
    result.shortfall = factor < 1
    result.credit = weights.implied * factor
    return result


def _related_credit(
    member: str,
    min_years: float | None,
    weights: ScoreWeights,
    related_index: dict[str, list[ProfileSkill]],
) -> _Credit | None:
    related = related_index.get(member, [])
    if not related:
        return None
    best = max(related, key=lambda s: (s.evidence == "experience", s.years or 0))
    result = _Credit()
    result.via = member
    result.kind, result.skill = "related", best
    result.years = best.years
    factor = _years_factor(min_years, best.years, weights)
    result.shortfall = factor < 1
    result.credit = weights.related * factor
    result.reason = f"not shown; the related skill {best.name} earns partial credit"
    return result


def _indexes(
    resume: SkillProfile, taxonomy: Taxonomy
) -> tuple[dict[str, list[ProfileSkill]], dict[str, list[ProfileSkill]]]:
    implied: dict[str, list[ProfileSkill]] = {}
    related: dict[str, list[ProfileSkill]] = {}
    for skill in resume.skills:
        if skill.id not in taxonomy:
            continue
        for target in taxonomy.implied_by(skill.id):
            implied.setdefault(target, []).append(skill)
        for target in taxonomy.related_to(skill.id):
            related.setdefault(target, []).append(skill)
    return implied, related


def _judge_education(
    requirement: EducationMention,
    resume: SkillProfile,
    taxonomy: Taxonomy,
    weights: ScoreWeights,
) -> EducationResult:
    weight = weights.required if requirement.importance == "required" else weights.preferred
    level = taxonomy.get(requirement.level) if requirement.level is not None else None
    level_name = level.name if level is not None else None
    wanted_rank = requirement.level_rank or 0
    wanted_fields = set(requirement.fields)
    degrees = [e for e in resume.education if e.level_rank is not None]
    best = max(degrees, key=lambda e: e.level_rank or 0, default=None)
    at_level = [e for e in degrees if (e.level_rank or 0) >= wanted_rank]
    in_field = [e for e in at_level if not wanted_fields or wanted_fields & set(e.fields)]
    field_names = [taxonomy[f].name if f in taxonomy else f for f in requirement.fields]
    wanted = (level_name or "a degree") + (f" in {' or '.join(field_names)}" if field_names else "")
    chosen: EducationMention | None
    status: Status
    if in_field:
        chosen = in_field[0]
        status, credit = "matched", 1.0
        reason = f"the resume shows {chosen.text!r}, which meets {wanted}"
    elif at_level:
        chosen = at_level[0]
        status, credit = "partial", weights.degree_other_field
        reason = f"the resume's {chosen.text!r} meets the level but not the field ({wanted})"
    elif requirement.or_equivalent and resume.experience_years:
        chosen = best
        status, credit = "partial", weights.degree_equivalent
        reason = (
            f"no {wanted} shown; the posting accepts equivalent experience and the resume shows "
            f"{resume.experience_years:g} years"
        )
    else:
        chosen = best
        status, credit = "missing", 0.0
        reason = f"the resume does not show {wanted}"
    return EducationResult(
        level=requirement.level,
        level_name=level_name,
        fields=requirement.fields,
        importance=requirement.importance or "preferred",
        or_equivalent=requirement.or_equivalent,
        status=status,
        credit=round(credit, 4),
        weight=weight,
        resume_degree=chosen.text if chosen is not None else None,
        reason=reason,
        job_text=requirement.text,
    )


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


def compare(
    resume: SkillProfile,
    job: SkillProfile,
    *,
    taxonomy: Taxonomy | None = None,
    weights: ScoreWeights | None = None,
) -> GapReport:
    """Judge every requirement of ``job`` against ``resume`` and score the match (0..100)."""
    # Certifications are asked for and shown like skills: judge them together.
    resume, job = _with_certifications(resume), _with_certifications(job)
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    weights = weights if weights is not None else ScoreWeights()
    implied_index, related_index = _indexes(resume, taxonomy)
    results = tuple(
        _judge_requirement(
            requirement, job, resume, taxonomy, weights, implied_index, related_index
        )
        for requirement in _requirements(job, taxonomy)
    )
    education = tuple(
        _judge_education(e, resume, taxonomy, weights) for e in _education_requirements(job)
    )
    return GapReport(
        score=_score(results, education),
        resume=resume.source,
        job=job.source,
        job_title=job.title,
        resume_sections=tuple(dict.fromkeys(section.name for section in resume.sections)),
        resume_skills=resume.skill_ids,
        requirements=results,
        education=education,
        extra=_extra_skills(resume, results, taxonomy),
        categories=tuple(_categories(results, education, taxonomy)),
        weights=weights,
        resume_experience_years=resume.experience_years,
        job_experience_years=job.experience_years,
    )


def _judge_requirement(
    requirement: _Requirement,
    job: SkillProfile,
    resume: SkillProfile,
    taxonomy: Taxonomy,
    weights: ScoreWeights,
    implied_index: dict[str, list[ProfileSkill]],
    related_index: dict[str, list[ProfileSkill]],
) -> RequirementResult:
    """One requirement judged: the best credit any of its members earns, and why."""
    judged = [
        _judge_member(
            m, requirement.min_years, resume, taxonomy, weights, implied_index, related_index
        )
        for m in requirement.skills
    ]
    similar = _similar_credit(requirement, job, resume, taxonomy, weights)
    best = max([*judged, *([similar] if similar else [])], key=lambda c: c.credit)
    reason = best.reason
    if len(requirement.skills) > 1 and best.credit <= 0:
        reason = "the resume shows none of " + requirement.label
    elif len(requirement.skills) > 1 and best is not similar:
        reason = f"{reason} (one of the group)"
    first = requirement.skills[0]
    return RequirementResult(
        id="|".join(requirement.skills),
        label=requirement.label,
        skills=requirement.skills,
        names=tuple(taxonomy[s].name if s in taxonomy else s for s in requirement.skills),
        category=taxonomy[first].category if first in taxonomy else "other",
        importance=requirement.importance,
        min_years=requirement.min_years,
        status=_status(best),
        credit=round(best.credit, 4),
        weight=weights.required if requirement.importance == "required" else weights.preferred,
        credit_kind=best.kind if best.credit > 0 else None,
        credited_through=best.skill.id if best.skill is not None else None,
        credited_for=best.via if best.credit > 0 else None,
        resume_years=best.years,
        years_shortfall=best.shortfall,
        listed_only=best.listed_only,
        reason=reason[:1].upper() + reason[1:] + ".",
        evidence=_evidence(best.skill) if best.skill is not None else (),
        job_text=requirement.job_text,
        job_terms=tuple(_job_term(job, m, requirement.job_text) for m in requirement.skills),
        resume_terms=_resume_terms(resume, best.via) if best.kind == "direct" else (),
    )


def _similar_credit(
    requirement: _Requirement,
    job: SkillProfile,
    resume: SkillProfile,
    taxonomy: Taxonomy,
    weights: ScoreWeights,
) -> _Credit | None:
    """Credit for a group the posting widens with "or similar" ("Jira, Asana or a similar
    tracker"): a resume skill that is a kind of a member or of a member's parent, or of a
    named member's kind and subcategory, earns ``implied``; one only of a named member's kind
    and category earns ``related``. A member that is the others' parent ("Kafka, Kinesis or
    another streaming platform") is the category, not a tool to be like."""
    wanted = set(requirement.skills)
    if not any(group.or_similar and set(group.skills) == wanted for group in job.groups):
        return None
    members = [taxonomy[s] for s in requirement.skills if s in taxonomy]
    parents = {parent for member in members for parent in member.broader}
    named = [member for member in members if member.id not in parents]
    best: _Credit | None = None
    for shown in resume.skills:
        known = taxonomy.get(shown.id)
        if known is None or shown.id in wanted:
            continue
        kin = [m for m in named if m.kind == known.kind and m.category == known.category]
        if set(known.broader) & (wanted | parents) or any(
            m.subcategory is not None and m.subcategory == known.subcategory for m in kin
        ):
            share = weights.implied
        elif kin:
            share = weights.related
        else:
            continue
        years_factor = _years_factor(requirement.min_years, shown.years, weights)
        if best is None or share * years_factor > best.credit:
            best = _Credit()
            best.credit, best.kind, best.skill = share * years_factor, "related", shown
            best.via = (kin or named or members)[0].id
            best.years, best.shortfall = shown.years, years_factor < 1
            best.reason = (
                f"not shown; the posting accepts a skill like {requirement.label}, and the "
                f"resume shows {shown.name}"
            )
    return best


def _status(credit: _Credit) -> Status:
    if credit.credit <= 0:
        return "missing"
    if credit.kind == "direct" and not credit.shortfall:
        return "matched"
    return "partial"


def _score(results: Sequence[RequirementResult], education: Sequence[EducationResult]) -> float:
    """Earned points over possible points, as a percentage with one decimal."""
    total_weight = sum(r.weight for r in results) + sum(e.weight for e in education)
    earned = sum(r.weight * r.credit for r in results) + sum(e.weight * e.credit for e in education)
    score = round(100 * earned / total_weight, 1) if total_weight else 0.0
    return min(100.0, max(0.0, score))


def _extra_skills(
    resume: SkillProfile, results: Sequence[RequirementResult], taxonomy: Taxonomy
) -> tuple[ExtraSkill, ...]:
    """Resume skills no requirement asks for or was credited through, each with the gaps it
    relates to."""
    credited = {r.credited_through for r in results if r.credited_through is not None}
    asked = {skill for r in results for skill in r.skills}
    gaps = [r for r in results if r.status != "matched"]
    extra = []
    for skill in resume.skills:
        if skill.id in credited or skill.id in asked:
            continue
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
    """How the posting writes a skill: its mention on the requirement's line, else its first.

    Role profiles have no posting words ('')."""
    skill = job.skill(skill_id)
    if skill is None or not skill.mentions or (job.source or "").startswith("role:"):
        return ""
    mention = next((m for m in skill.mentions if m.context == line), skill.mentions[0])
    return " ".join(mention.text.split())


def _resume_terms(resume: SkillProfile, skill_id: str | None) -> tuple[str, ...]:
    skill = resume.skill(skill_id) if skill_id else None
    if skill is None:
        return ()
    return tuple(dict.fromkeys(" ".join(m.text.split()) for m in skill.mentions))


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
            name=categories[category_id].name if category_id in categories else category_id,
            requirements=len(rows),
            matched=sum(1 for s, _, _ in rows if s == "matched"),
            partial=sum(1 for s, _, _ in rows if s == "partial"),
            missing=sum(1 for s, _, _ in rows if s == "missing"),
            coverage=round(sum(w * c for _, w, c in rows) / weight, 4) if weight else 0.0,
        )


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
