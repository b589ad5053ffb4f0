"""The summary every report opens with: the score in one sentence, what to fix first, and the
posting's words for what the resume lacks. Worked out from a :class:`GapReport` alone.

An action's ``impact`` is the points (of the score's 100) it would win at most, by the score's
own formula (:class:`~gapcheck.models.ScoreWeights`): a missing requirement wins its points, a
years shortfall the credit the years factor takes away, a skill only listed the credit the
``listed_only`` factor takes away, a skill shown only through a narrower or related one the
rest of its points.

>>> from gapcheck import analyze
>>> job = "Requirements:\\n- Python\\n- Kubernetes\\n"
>>> report = analyze("Experience\\nBuilt APIs in Python.\\n", job)
>>> summary = summarize(report)
>>> summary.headline
'Score 50/100: 1 of 2 required items met; the points lost are on Kubernetes (missing).'
>>> [(fix.requirement, fix.impact) for fix in summary.fix_first]
[('kubernetes', 50.0)]
>>> summary.missing_keywords
('Kubernetes',)
"""

from __future__ import annotations

from collections.abc import Iterator

from gapcheck.models import (
    CERTIFICATIONS,
    EducationResult,
    FixFirst,
    GapReport,
    ReportSummary,
    RequirementResult,
)
from gapcheck.wordforms import fold

__all__ = ["MAX_ACTIONS", "keyword", "posting_keyword", "summarize", "with_summary"]

MAX_ACTIONS = 5


def _num(value: float) -> str:
    return f"{round(value, 1):g}"


# Words around a posting's term that are not part of the keyword ("excellent communication").
_LEADING_WORDS = frozenset("excellent strong solid good great proven advanced hands-on".split())
_TRAILING_WORDS = frozenset(
    "tools tool algorithms skills skill frameworks framework experience concepts techniques "
    "methods technologies".split()
)


# A word with these endings is an adjective that needs its noun ("analytical skills").
_ADJECTIVE_ENDINGS = ("al", "ive", "ic")


def posting_keyword(requirement: RequirementResult, index: int = 0) -> str:
    """The keyword the posting writes for a member of a requirement (its display name when
    unknown), without the words around it that are not part of the skill, and a verb written
    as the skill's noun: "Troubleshoot electrical" -> "electrical troubleshooting"."""
    terms = requirement.job_terms
    if not (index < len(terms) and terms[index].strip()):
        return requirement.names[index]
    term, name = keyword(terms[index]), requirement.names[index]
    if _verb_of(term, name):
        # The posting's verb, the skill's noun: "Debug" -> "debugging", "Troubleshoot
        # electrical" -> "electrical troubleshooting".
        return name[0].lower() + name[1:] if name[1:].islower() else name
    return term


def _verb_of(term: str, name: str) -> bool:
    """Whether ``term`` writes the skill ``name`` with a verb where the name has its noun in
    "-ing": the same words, folded, one of them a verb in the term.

    >>> _verb_of("Troubleshoot electrical", "Electrical troubleshooting")
    True
    >>> _verb_of("Debug", "Debugging"), _verb_of("data modeling", "Data modeling")
    (True, False)
    """
    words, names = term.lower().split(), name.lower().split()
    if len(words) != len(names) or sorted(map(fold, words)) != sorted(map(fold, names)):
        return False
    nouns = {fold(w) for w in names if w.endswith("ing")}
    return any(fold(w) in nouns and not w.endswith("ing") for w in words)


def keyword(term: str) -> str:
    """A posting's term without the words around it that are not part of the skill:
    'Strong communication skills' -> 'communication'."""
    words = term.split()
    while len(words) > 1 and words[0].lower() in _LEADING_WORDS:
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in _TRAILING_WORDS:
        if len(words) == 2 and words[0].lower().endswith(_ADJECTIVE_ENDINGS):
            break  # "organizational skills", not "organizational"
        words.pop()
    return " ".join(words)


def _label(requirement: RequirementResult) -> str:
    """The requirement in the posting's words: 'PyTorch or TensorFlow'."""
    if len(requirement.skills) == 1:
        return posting_keyword(requirement)
    words = [posting_keyword(requirement, n) for n in range(len(requirement.skills))]
    return ", ".join(words[:-1]) + " or " + words[-1]


def _years_factor(requirement: RequirementResult, floor: float) -> float:
    if not requirement.years_shortfall or not requirement.min_years:
        return 1.0
    shown = requirement.resume_years or 0.0
    return max(floor, min(1.0, shown / requirement.min_years))


def _requirement_actions(report: GapReport, requirement: RequirementResult) -> Iterator[FixFirst]:
    """Every change that would win points on one requirement (the caller keeps the best)."""
    weights, weight, credit = report.weights, requirement.weight, requirement.credit
    label, need = _label(requirement), requirement.importance
    if requirement.status == "missing":
        action = (
            f"List {label} ({need}) under your certifications, if you hold "
            + ("one" if len(requirement.skills) > 1 else "it")
            if requirement.category == CERTIFICATIONS
            else f"Add {label} ({need}) to an experience entry, if you have used it"
        )
        yield FixFirst(requirement=requirement.id, action=action, impact=weight)
        return
    if requirement.years_shortfall and requirement.min_years:
        factor = _years_factor(requirement, weights.years_floor)
        shown = _num(requirement.resume_years or 0)
        yield FixFirst(
            requirement=requirement.id,
            action=(
                f"Show {_num(requirement.min_years)}+ years of {label} in dated entries "
                f"(the resume shows {shown})"
            ),
            impact=weight * (credit / factor - credit),
        )
    if requirement.listed_only and weights.listed_only > 0:
        yield FixFirst(
            requirement=requirement.id,
            action=f"Use {label} in an experience or project entry: it is only listed",
            impact=weight * (credit / weights.listed_only - credit),
        )
    if requirement.credit_kind in ("implied", "related"):
        if requirement.credit_kind == "related":
            how = "you show a related one"
        elif requirement.credited_through is None:
            how = "your degree covers it"  # implied by a field of study, not a skill
        else:
            how = "you show a narrower skill"
        held = (
            "you hold " + ("one" if len(requirement.skills) > 1 else "it")
            if requirement.category == CERTIFICATIONS
            else "you have used it"
        )
        yield FixFirst(
            requirement=requirement.id,
            action=f"Name {label} itself, if {held} ({how})",
            impact=weight * (1 - credit),
        )


def _education_action(education: EducationResult) -> FixFirst | None:
    if education.status == "matched":
        return None
    level = education.level_name or education.level or "the degree"
    action = (
        f"Add your {level} to the Education section, if you have one"
        if education.status == "missing"
        else f"Show how your degree meets the {level} asked for"
    )
    if education.status == "partial" and education.years_asked is not None:
        action = (
            "Date all your work experience: the posting accepts your degree with "
            f"{education.years_asked:g}+ years of it"
        )
    elif education.status == "missing" and education.alternative_names:
        names = " or ".join(education.alternative_names)
        action = (
            f"Add your {level} to the Education section or your {names} to the "
            "Certifications section, if you have either"
        )
    return FixFirst(
        requirement=education.level,
        action=action,
        impact=education.weight * (1 - education.credit),
    )


def _scale(report: GapReport) -> float:
    """Points of the score per weight point (1 when the weights add up to 100)."""
    total = sum(r.weight for r in report.requirements) + sum(e.weight for e in report.education)
    return 100 / total if total else 0.0


def fix_first(report: GapReport, limit: int = MAX_ACTIONS) -> tuple[FixFirst, ...]:
    """The ``limit`` changes worth most, highest impact first (required before preferred, then
    the posting's order, on a tie); one per requirement."""
    scale = _scale(report)
    ranked: list[tuple[float, int, int, FixFirst]] = []
    for n, requirement in enumerate(report.requirements):
        actions = list(_requirement_actions(report, requirement))
        if actions:
            best = max(actions, key=lambda action: action.impact)
            need = 0 if requirement.importance == "required" else 1
            ranked.append((best.impact, need, n, best))
    for n, education in enumerate(report.education, start=len(report.requirements)):
        action = _education_action(education)
        if action is not None:
            ranked.append(
                (action.impact, 0 if education.importance == "required" else 1, n, action)
            )
    ranked = [item for item in ranked if round(item[0] * scale, 2) > 0]
    ranked.sort(key=lambda item: (-round(item[0], 6), item[1], item[2]))
    return tuple(
        action.model_copy(update={"impact": round(impact * scale, 2)})
        for impact, _, _, action in ranked[:limit]
    )


def missing_keywords(report: GapReport) -> tuple[str, ...]:
    """The posting's own words for every requirement the resume does not show by name (missing,
    or credited only through another skill), required first, each once."""
    words: dict[str, str] = {}
    ordered = sorted(report.requirements, key=lambda r: r.importance != "required")
    for requirement in ordered:
        if requirement.status != "missing" and requirement.credit_kind == "direct":
            continue
        for n in range(len(requirement.skills)):
            term = posting_keyword(requirement, n)
            words.setdefault(term.casefold(), term)
    for education in report.education:
        if education.status == "missing" and education.level_name:
            words.setdefault(education.level_name.casefold(), education.level_name)
    return tuple(words.values())


def headline(report: GapReport) -> str:
    """The score and what drives it, in one sentence."""
    score = f"Score {_num(report.score)}/100"
    items: list[RequirementResult | EducationResult] = [*report.requirements, *report.education]
    if not items:
        return f"{score}: the posting names no requirement gapcheck recognises."
    required = [item for item in items if item.importance == "required"]
    met = sum(1 for item in required if item.status == "matched")
    scope = (
        f"{met} of {len(required)} required items met"
        if required
        else f"{sum(1 for i in items if i.status == 'matched')} of {len(items)} items met"
    )
    scale = _scale(report)
    losses = sorted(
        ((item.weight * (1 - item.credit) * scale, n, item) for n, item in enumerate(items)),
        key=lambda loss: (-loss[0], loss[1]),
    )
    losses = [loss for loss in losses if round(loss[0], 1) > 0]
    if not losses:
        return f"{score}: the resume shows every requirement the posting names."
    named = [f"{_item_label(item)} ({_loss_kind(item)})" for _, _, item in losses[:2]]
    where = " and ".join(named)
    most = "the points lost are on" if len(losses) <= 2 else "most points are lost on"
    return f"{score}: {scope}; {most} {where}."


def _loss_kind(item: RequirementResult | EducationResult) -> str:
    """Why a requirement loses points: its status, or why one matched still does."""
    if item.status != "matched" or not isinstance(item, RequirementResult):
        return item.status
    if item.years_shortfall:
        return "fewer years"
    return "listed only" if item.listed_only else item.status


def _item_label(item: RequirementResult | EducationResult) -> str:
    if isinstance(item, RequirementResult):
        return _label(item)
    return item.level_name or item.level or "the degree"


def summarize(report: GapReport) -> ReportSummary:
    """The report's :class:`~gapcheck.models.ReportSummary`."""
    return ReportSummary(
        headline=headline(report),
        fix_first=fix_first(report),
        missing_keywords=missing_keywords(report),
    )


def with_summary(report: GapReport) -> GapReport:
    """``report`` with its summary attached (as :meth:`gapcheck.Analyzer.analyze` returns it)."""
    return report.model_copy(update={"summary": summarize(report)})
