"""What every renderer shows, worked out once: labels, snippets, groupings, the score formula.

Everything here returns plain strings; each renderer styles and escapes them its own way.
"""

from __future__ import annotations

from dataclasses import dataclass

from gapcheck.models import (
    EducationResult,
    Evidence,
    ExtraSkill,
    GapReport,
    ReportSummary,
    RequirementResult,
    ScoreWeights,
)
from gapcheck.summary import summarize

STATUS_SYMBOL = {"matched": "✓", "partial": "◐", "missing": "✗"}
STATUS_ORDER = {"missing": 0, "partial": 1, "matched": 2}
IMPORTANCE_ORDER = {"required": 0, "preferred": 1}
NONE = "–"


def num(value: float) -> str:
    """A number rounded to 2 places, without trailing zeros: 3.0 -> '3', 2.25 -> '2.25'."""
    return f"{round(value, 2):g}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def score_band(score: float) -> str:
    """'high', 'medium' or 'low': only picks a colour, it judges nothing."""
    if score >= 75:
        return "high"
    return "medium" if score >= 50 else "low"


def bar_cells(fraction: float, width: int) -> int:
    """How many of ``width`` cells a bar of ``fraction`` fills, rounding halves up."""
    return min(width, max(0, int(fraction * width + 0.5)))


def summary_of(report: GapReport) -> ReportSummary:
    """The report's summary (worked out here when the report came without one)."""
    return report.summary if report.summary is not None else summarize(report)


def title(report: GapReport) -> str:
    return report.job_title or "Job posting"


def sources(report: GapReport) -> list[tuple[str, str]]:
    """(label, value) pairs for the documents compared, skipping unknown ones."""
    pairs = [("Resume", report.resume), ("Job", report.job)]
    return [(label, value) for label, value in pairs if value]


def sentence(text: str) -> str:
    """A reason as a sentence: capital first letter, final full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def posting_line(text: str) -> str:
    """A posting line without its list marker ('- ', '• ')."""
    return text.strip().lstrip("-•*·–—▪◦ ").strip()


def status_counts(report: GapReport) -> dict[str, int]:
    """How many requirements (the degree included) are matched, partial and missing."""
    statuses = [r.status for r in report.requirements] + [e.status for e in report.education]
    return {status: statuses.count(status) for status in ("matched", "partial", "missing")}


def counts(report: GapReport) -> str:
    """'5 matched · 3 partial · 2 missing of 10 requirements' (the degree included)."""
    found = status_counts(report)
    parts = [f"{count} {status}" for status, count in found.items()]
    return " · ".join(parts) + f" of {plural(sum(found.values()), 'requirement')}"


def points(report: GapReport) -> tuple[float, float]:
    """(earned, total) weight points: the score is 100 * earned / total."""
    scored: list[RequirementResult | EducationResult] = [*report.requirements, *report.education]
    earned = sum(r.weight * r.credit for r in scored)
    total = sum(r.weight for r in scored)
    return earned, total


def points_line(report: GapReport) -> str:
    earned, total = points(report)
    return f"{num(earned)} of {num(total)} weight points"


def experience_line(report: GapReport) -> str | None:
    """Overall years shown and asked; shown for context, it is not part of the score."""
    shown, asked = report.resume_experience_years, report.job_experience_years
    if shown is None and asked is None:
        return None
    parts = []
    if shown is not None:
        parts.append(f"{num(shown)} years of dated experience shown")
    if asked is not None:
        parts.append(f"{num(asked)}+ asked")
    return ", ".join(parts) + " (not part of the score)"


def years_cell(requirement: RequirementResult) -> str:
    """Years asked / shown: '3+ / 1.5', '5+ / –', '– / 4', or '' when neither is known."""
    asked, shown = requirement.min_years, requirement.resume_years
    if asked is None and shown is None:
        return ""
    return (
        f"{num(asked) + '+' if asked is not None else NONE} / "
        f"{num(shown) if shown is not None else NONE}"
    )


def credited_name(requirement: RequirementResult) -> str:
    """Display name of the resume skill that earned the credit."""
    for evidence in requirement.evidence:
        if evidence.skill == requirement.credited_through:
            return evidence.name
    return requirement.credited_through or ""


def credit_label(requirement: RequirementResult) -> str:
    """How the credit was earned: 'shown', 'implied by PyTorch', 'related: Dask', plus flags."""
    kind = requirement.credit_kind
    if kind is None:
        return "not shown"
    name = credited_name(requirement)
    if requirement.details_shown:
        names = dict(zip(requirement.details, requirement.detail_names, strict=False))
        parts = ", ".join(names.get(part, part) for part in requirement.details_shown)
        label = f"shown (all named: {parts})" if kind == "direct" else f"shown in part: {parts}"
    elif kind == "implied":
        label = f"implied by {name}" if name else "implied by the degree"
    elif kind == "related":
        label = f"related: {name}"
    elif len(requirement.skills) > 1:
        label = f"shown ({name})"
    else:
        label = "shown"
    flags = []
    if requirement.years_shortfall:
        flags.append("fewer years")
    if requirement.listed_only:
        flags.append("listed only")
    if requirement.in_progress:
        flags.append("in progress")
    return label + "".join(f", {flag}" for flag in flags)


def points_cell(item: RequirementResult | EducationResult) -> str:
    """Weighted credit earned of the weight: '2.25/3'."""
    return f"{num(item.weight * item.credit)}/{num(item.weight)}"


def place(evidence: Evidence) -> str:
    """Where a mention is: 'experience, line 12'."""
    return f"{evidence.section}, line {evidence.line}"


@dataclass(frozen=True)
class Snippet:
    """A resume line cut around the matched text: ``before + match + after``."""

    before: str
    match: str
    after: str

    def __str__(self) -> str:
        return self.before + self.match + self.after


def snippet(evidence: Evidence, width: int = 72) -> Snippet:
    """The evidence line, at most about ``width`` characters, centred on the match."""
    context = evidence.context
    index = context.find(evidence.text)
    if index < 0:
        index = context.lower().find(evidence.text.lower())
    if index < 0:
        clipped = context if len(context) <= width else context[: width - 1] + "…"
        return Snippet(clipped, "", "")
    match = context[index : index + len(evidence.text)]
    before, after = context[:index], context[index + len(match) :]
    room = max(0, width - len(match))
    keep_before = min(len(before), max(room // 2, room - len(after)))
    keep_after = min(len(after), room - keep_before)
    if keep_before < len(before):
        before = "…" + before[len(before) - keep_before + 1 :] if keep_before else "…"
    if keep_after < len(after):
        after = after[: max(0, keep_after - 1)] + "…"
    return Snippet(before, match, after)


def category_names(report: GapReport) -> dict[str, str]:
    return {category.id: category.name for category in report.categories}


def gaps_by_category(report: GapReport) -> list[tuple[str, list[RequirementResult]]]:
    """Missing and partial requirements per category (report order); missing first, then
    partial, required before preferred, otherwise in the posting's order."""
    names = category_names(report)
    order = {category_id: n for n, category_id in enumerate(names)}
    grouped: dict[str, list[RequirementResult]] = {}
    for requirement in report.requirements:
        if requirement.status != "matched":
            grouped.setdefault(requirement.category, []).append(requirement)
    result = []
    for category_id in sorted(grouped, key=lambda c: (order.get(c, len(order)), c)):
        gaps = sorted(
            grouped[category_id],
            key=lambda r: (STATUS_ORDER[r.status], IMPORTANCE_ORDER[r.importance]),
        )
        result.append((names.get(category_id, category_id), gaps))
    return result


def listed_only(report: GapReport) -> list[RequirementResult]:
    """Requirements credited to a skill the resume names only in skills lists, never in use
    (an experience or project entry, a sentence or bullet with a verb)."""
    return [r for r in report.requirements if r.listed_only]


def arguments(report: GapReport) -> list[tuple[ExtraSkill, list[str]]]:
    """Skills the job does not ask for that relate to a gap, with the gaps' labels."""
    labels = {r.id: r.label for r in report.requirements}
    return [
        (extra, [labels.get(gap, gap) for gap in extra.related_gaps])
        for extra in report.extra
        if extra.related_gaps
    ]


def other_extra(report: GapReport) -> list[ExtraSkill]:
    """Skills the job does not ask for and that relate to no gap."""
    return [extra for extra in report.extra if not extra.related_gaps]


def education_label(education: EducationResult) -> str:
    """The degree level asked: "Bachelor's degree (or equivalent experience)", "Associate
    degree (or CompTIA A+)", "Doctorate (or Master's degree with 3+ years)".

    The fields of study are named in the reason (the result holds only their ids).
    """
    label = education.level_name or education.level or "A degree"
    alternatives = [
        f"{name} with {years:g}+ years"
        for name, (level, years) in zip(
            education.with_years_names, education.with_years, strict=True
        )
        if level != education.level
    ]
    alternatives += education.alternative_names
    if education.or_equivalent:
        alternatives.append("equivalent experience")
    if alternatives:
        label += f" (or {' or '.join(alternatives)})"
    return label


def formula(weights: ScoreWeights) -> list[str]:
    """The score formula with this report's constants, as short sentences."""
    w = weights
    return [
        "Score = Σ(points × credit) over every requirement and the degree; the points of all "
        "requirements add up to 100, so a missing one costs exactly its points.",
        f"Points: shared in the ratio required {num(w.required)} : preferred "
        f"{num(w.preferred)}; preferred requirements together take at most "
        f"{num(100 * w.preferred_share)} of the 100 points when there are required ones.",
        f"Credit: 1 when the resume shows the skill (a group: its best member); "
        f"{num(w.implied)} when a narrower skill implies it; "
        f"{num(w.related)} through a related skill; a product with its parts in parentheses "
        f'("Microsoft Office (Word, Excel)"), when not named itself: {num(w.implied)} + '
        f"{num(1 - w.implied)} × the share of the parts shown.",
        f"Times max({num(w.years_floor)}, years shown ÷ years asked) when fewer years are shown; "
        f"times {num(w.listed_only)} when the skill is only listed (skills lists), never shown "
        f"in use (experience or projects, a sentence with a verb); a certification or a "
        f"spoken language is held, so naming it is enough.",
        f"Degree: 1 when level and field are met, {num(w.degree_other_field)} for the level in "
        f"another field, {num(w.degree_equivalent)} when the posting accepts equivalent "
        f"experience, {num(w.degree_in_progress)} for a degree not finished yet.",
    ]
