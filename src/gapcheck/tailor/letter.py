"""The cover-letter draft: the applicant's own resume statements for the strongest matches,
the most important gap as a plan, nothing invented.

>>> from gapcheck import analyze
>>> report = analyze("examples/resume_ai_engineer.txt", "examples/job_ai_engineer.txt")
>>> letter = draft_cover_letter(report)
>>> (letter.role, letter.company)
('AI Engineer', 'Tessellate Logistics')
>>> letter.plan.startswith("My next step is learning")
True
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gapcheck.escape import escape_markdown
from gapcheck.models import Evidence, GapReport, RequirementResult
from gapcheck.tailor._shared import SOFT_CATEGORY, credited_member, demonstrated, posting_term
from gapcheck.tailor.honesty import check_honesty
from gapcheck.tailor.models import CoverLetter, LetterClaim
from gapcheck.tailor.phrasing import join_words, sentence_for
from gapcheck.tailor.template import LetterTemplate

if TYPE_CHECKING:
    from gapcheck.taxonomy import Taxonomy

__all__ = ["draft_cover_letter"]

_MAX_POINTS = 3


def draft_cover_letter(
    report: GapReport,
    *,
    applicant: str | None = None,
    company: str | None = None,
    role: str | None = None,
    template: str | os.PathLike[str] | None = None,
    taxonomy: Taxonomy | None = None,
) -> CoverLetter:
    """A cover-letter draft from ``report``: an opening naming the role and company, the
    strongest matched requirements each backed by the applicant's own resume statement, the
    most important gap turned into a plan (framed by related skills the report shows), and a
    closing.

    ``applicant``, ``company`` and ``role`` override what the report read from the documents.
    ``template`` is a :class:`string.Template` file with the placeholders ``$greeting``,
    ``$opening``, ``$strengths``, ``$plan``, ``$closing``, ``$applicant``, ``$role`` and
    ``$company`` (the shipped ones are ``gapcheck/templates/cover_letter.txt`` and ``.md``).
    The draft passes :func:`~gapcheck.tailor.check_honesty` before it is returned
    (``taxonomy``: the one the report was made with, whose skill names it looks for).
    """
    role_name = _value(role) or report.job_title
    company_name = _value(company) or report.job_company
    name = _value(applicant) or report.applicant_name
    points = _strengths(report)
    plan, plan_claims, plan_for = _plan(report)
    greeting, opening, closing = _frame(role_name, company_name, has_points=bool(points))
    values = {
        "greeting": greeting,
        "opening": opening,
        "strengths": _strength_text(points),
        "plan": plan,
        "closing": closing,
        "applicant": name or "",
        "role": role_name or "",
        "company": company_name or "",
    }
    text_template = LetterTemplate.load(template, "txt")
    # A user's template serves both formats; the shipped Markdown one has its own layout.
    markdown_template = text_template if template is not None else LetterTemplate.load(None, "md")
    letter = CoverLetter(
        role=role_name,
        company=company_name,
        applicant=name,
        greeting=greeting,
        opening=opening,
        strengths=values["strengths"],
        plan=plan,
        closing=closing,
        claims=tuple(_strength_claim(point) for point in points) + plan_claims,
        plan_for=plan_for,
        text=text_template.fill(values),
        markdown=markdown_template.fill({k: escape_markdown(v) for k, v in values.items()}),
    )
    check_honesty(letter, report, taxonomy=taxonomy)
    return letter


def _value(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(text.split()) or None


def _frame(role: str | None, company: str | None, *, has_points: bool) -> tuple[str, str, str]:
    """The greeting, the opening and the closing."""
    greeting = f"Dear {company} hiring team," if company else "Dear hiring manager,"
    position = f"the {role} position" if role else "this position"
    if company:
        position += f" at {company}"
    opening = f"I am writing to apply for {position}."
    if has_points:
        opening += " Below are examples from my work that match what your posting asks for."
    closing = (
        "Thank you for considering my application. I would welcome the chance to talk with you "
        f"about {f'the {role} role' if role else 'this role'}."
    )
    return greeting, opening, closing


# ------------------------------------------------------------------------------------------
# Strengths


@dataclass
class _Point:
    """One paragraph item: requirements answered by one resume statement."""

    evidence: Evidence
    sentence: str
    terms: list[str] = field(default_factory=list)
    requirements: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)


def _strengths(report: GapReport) -> list[_Point]:
    """The strongest matched required skills, grouped by the resume statement that shows them."""
    order = {r.id: n for n, r in enumerate(report.requirements)}
    candidates = []
    for requirement in report.requirements:
        if (
            requirement.status != "matched"
            or requirement.importance != "required"
            or requirement.credit_kind != "direct"
            or requirement.listed_only
        ):
            continue
        shown = demonstrated(requirement.evidence)
        if shown is None:
            continue
        evidence, sentence = shown
        candidates.append((requirement, evidence, sentence))
    # Hard skills shown under their own name first, then in the posting's order.
    candidates.sort(
        key=lambda c: (
            c[0].category == SOFT_CATEGORY,
            c[1].skill not in c[0].skills,
            order[c[0].id],
        )
    )
    points: dict[str, _Point] = {}
    for requirement, evidence, sentence in candidates:
        point = points.get(sentence)
        if point is None:
            if len(points) == _MAX_POINTS:
                continue
            point = points[sentence] = _Point(evidence, sentence)
        member = credited_member(requirement)
        term = posting_term(requirement, member)
        if term.lower() not in (t.lower() for t in point.terms):
            point.terms.append(term)
        point.requirements.append(requirement.id)
        point.skills.append(member)
    return list(points.values())


def _strength_text(points: Sequence[_Point]) -> str:
    parts = []
    for n, point in enumerate(points):
        listed = join_words(point.terms)
        if n == 0:
            parts.append(f"Your posting asks for {listed}. {point.sentence}")
        else:
            parts.append(f"{'With' if n == 1 else 'As for'} {listed}, {point.sentence}")
    return " ".join(parts)


def _strength_claim(point: _Point) -> LetterClaim:
    return LetterClaim(
        kind="strength",
        requirements=tuple(point.requirements),
        skills=tuple(dict.fromkeys(point.skills)),
        evidence=point.evidence,
        sentence=point.sentence,
    )


# ------------------------------------------------------------------------------------------
# The plan for the most important gap


def _most_important_gap(report: GapReport) -> RequirementResult | None:
    """The gap that costs the most points (required first); soft skills are not turned into
    learning plans."""
    order = {r.id: n for n, r in enumerate(report.requirements)}
    gaps = [
        r
        for r in report.requirements
        if r.category != SOFT_CATEGORY
        and (r.status == "missing" or (r.status == "partial" and r.credit_kind == "related"))
    ]
    return min(
        gaps,
        key=lambda r: (r.importance != "required", -r.weight * (1 - r.credit), order[r.id]),
        default=None,
    )


def _related(report: GapReport, gap: RequirementResult) -> list[tuple[str, str, Evidence]]:
    """(skill id, the resume's word for it, evidence) of the resume skills the report relates
    to ``gap``."""
    found = []
    if gap.credit_kind == "related" and gap.credited_through:
        for evidence in gap.evidence:
            if evidence.skill == gap.credited_through:
                found.append((evidence.skill, " ".join(evidence.text.split()), evidence))
                break
    for extra in report.extra:
        if gap.id in extra.related_gaps and extra.evidence is not None:
            found.append((extra.id, " ".join(extra.evidence.text.split()), extra.evidence))
    return found


def _plan(report: GapReport) -> tuple[str, tuple[LetterClaim, ...], str | None]:
    """The plan paragraph, the claims its framing makes, and the id of the gap it is about."""
    gap = _most_important_gap(report)
    if gap is None:
        return "", (), None
    term = posting_term(gap, gap.skills[0])
    text = (
        f"My next step is learning {term}, which your posting asks for and which I cannot yet "
        "show from my own work."
    )
    related = _related(report, gap)
    shown = demonstrated(evidence for _, _, evidence in related)
    if shown is not None:
        evidence, sentence = shown
        framing = [(skill, name) for skill, name, e in related if sentence_for(e) == sentence]
        names = join_words(list(dict.fromkeys(name for _, name in framing)))
        claim = LetterClaim(
            kind="related",
            requirements=(gap.id,),
            skills=tuple(dict.fromkeys(skill for skill, _ in framing)),
            evidence=evidence,
            sentence=sentence,
        )
        return f"{text} The closest I have come is with {names}: {sentence}", (claim,), gap.id
    if related:
        skill, name, evidence = related[0]
        claim = LetterClaim(
            kind="related",
            requirements=(gap.id,),
            skills=(skill,),
            evidence=evidence,
            sentence=f"The nearest skill I can show is {name}.",
        )
        return f"{text} {claim.sentence}", (claim,), gap.id
    return f"{text} I would rather say so plainly and make it my first focus.", (), gap.id
