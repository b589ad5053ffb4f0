"""The cover-letter draft: it opens with the applicant's strongest resume statement, backs
more of the posting's requirements with their own statements, and invents nothing. Gaps stay
out of it unless asked for (``address_gaps``): then the most important one becomes a plan.

>>> from gapcheck import analyze
>>> report = analyze("examples/resume_ai_engineer.txt", "examples/job_ai_engineer.txt")
>>> letter = draft_cover_letter(report)
>>> (letter.role, letter.company, letter.applicant)
('AI Engineer', 'Tessellate Logistics', 'Maya R. Lindqvist')
>>> letter.opening.startswith("I set up the team's MLOps from scratch: batch inference jobs")
True
>>> letter.plan
''
>>> draft_cover_letter(report, address_gaps=True).plan.startswith("My next step is learning")
True
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gapcheck.escape import escape_markdown
from gapcheck.models import Evidence, GapReport, RequirementResult
from gapcheck.statements import name_case, role_title
from gapcheck.tailor._shared import SOFT_CATEGORY, credited_member, demonstrated, posting_term
from gapcheck.tailor.honesty import check_honesty
from gapcheck.tailor.models import CoverLetter, LetterClaim
from gapcheck.tailor.phrasing import join_words, sentence_for
from gapcheck.tailor.template import LetterTemplate

if TYPE_CHECKING:
    from gapcheck.taxonomy import Taxonomy

__all__ = ["MAX_WORDS", "MIN_WORDS", "draft_cover_letter"]

# The length a cover letter should have, in words; evidence is added or dropped to stay in it.
MIN_WORDS = 180
MAX_WORDS = 350
# Evidence statements the letter may quote, how many requirements it should back at least, the
# length it aims at, and how many of the posting's terms it lists in one sentence.
_MAX_POINTS = 6
_MIN_REQUIREMENTS = 3
_TARGET_WORDS = 220
_MAX_TERMS = 5


def draft_cover_letter(
    report: GapReport,
    *,
    applicant: str | None = None,
    company: str | None = None,
    role: str | None = None,
    template: str | os.PathLike[str] | None = None,
    taxonomy: Taxonomy | None = None,
    address_gaps: bool = False,
) -> CoverLetter:
    """A cover-letter draft from ``report``: an opening with the applicant's strongest resume
    statement (their own words in the first person) and the role and company, more matched
    requirements each backed by another resume statement, and a closing; between
    :data:`MIN_WORDS` and :data:`MAX_WORDS` words when the report has the evidence for it.

    The letter never names a skill the resume does not show, unless ``address_gaps``: then the
    most important gap becomes a plan (framed by related skills the report shows).

    ``applicant``, ``company`` and ``role`` override what the report read from the documents;
    the name is signed in normal case ("JANE DOE" -> "Jane Doe"). ``template`` is a
    :class:`string.Template` file with the placeholders ``$greeting``, ``$opening``,
    ``$strengths``, ``$plan``, ``$closing``, ``$applicant``, ``$role`` and ``$company`` (the
    shipped ones are ``gapcheck/templates/cover_letter.txt`` and ``.md``). The draft passes
    :func:`~gapcheck.tailor.check_honesty` before it is returned (``taxonomy``: the one the
    report was made with, whose skill names it looks for).
    """
    company_name = _value(company) or report.job_company
    role_name = _value(role) or (
        role_title(report.job_title, company_name) if report.job_title else None
    )
    name = _value(applicant) or report.applicant_name
    name = name_case(name) if name else None
    candidates = _strengths(report, avoid=() if address_gaps else _gap_terms(report))
    text_template = LetterTemplate.load(template, "txt")
    plan, plan_claims, plan_for = _plan(report) if address_gaps else ("", (), None)

    def draft(points: Sequence[_Point]) -> dict[str, str]:
        greeting, opening, closing = _frame(role_name, company_name, points[:1])
        return {
            "greeting": greeting,
            "opening": opening,
            "strengths": _strength_text(points[1:]),
            "plan": plan,
            "closing": closing,
            "applicant": name or "",
            "role": role_name or "",
            "company": company_name or "",
        }

    points = _fit(candidates, lambda chosen: _words(text_template.fill(draft(chosen))))
    if address_gaps:
        # The plan may frame the gap with a statement the letter quotes already: refer to it.
        plan, plan_claims, plan_for = _plan(report, {p.sentence for p in points})
        points = _fit(candidates, lambda chosen: _words(text_template.fill(draft(chosen))))
    values = draft(points)
    # A user's template serves both formats; the shipped Markdown one has its own layout.
    markdown_template = text_template if template is not None else LetterTemplate.load(None, "md")
    letter = CoverLetter(
        role=role_name,
        company=company_name,
        applicant=name,
        greeting=values["greeting"],
        opening=values["opening"],
        strengths=values["strengths"],
        plan=plan,
        closing=values["closing"],
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


def _words(text: str) -> int:
    return len(text.split())


def _frame(role: str | None, company: str | None, lead: Sequence[_Point]) -> tuple[str, str, str]:
    """The greeting, the opening (the strongest statement first, when there is one) and the
    closing."""
    greeting = f"Dear {company} hiring team," if company else "Dear hiring manager,"
    where = f"the {role} role" if role else "this role"
    if company:
        where += f" at {company}"
    if lead:
        opening = (
            f"{lead[0].sentence} It is the kind of work I would like to keep doing in {where}, "
            "and why I am applying for it."
        )
    else:
        opening = f"I am writing to apply for {where}."
    closing = (
        f"I would welcome the chance to talk about how this experience fits {where}. Thank you "
        "for your time and consideration."
    )
    return greeting, opening, closing


# ------------------------------------------------------------------------------------------
# Strengths


@dataclass
class _Point:
    """Requirements answered by one resume statement."""

    evidence: Evidence
    sentence: str
    order: int  # the posting's order of its first requirement
    terms: list[str] = field(default_factory=list)
    requirements: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    hard: bool = False  # answers a hard skill the resume names
    hard_terms: list[str] = field(default_factory=list)


def _gap_terms(report: GapReport) -> tuple[str, ...]:
    """How the posting and the taxonomy name each requirement the resume does not show."""
    terms = {
        term
        for r in report.requirements
        if r.status == "missing" or r.credit_kind == "related"
        for term in (*r.names, *r.job_terms)
        if term
    }
    return tuple(sorted(terms))


def _names_any(sentence: str, terms: Iterable[str]) -> bool:
    return any(
        re.search(rf"(?<!\w){re.escape(term)}(?!\w)", sentence, re.IGNORECASE) for term in terms
    )


def _strengths(report: GapReport, avoid: Sequence[str]) -> list[_Point]:
    """Matched requirements grouped by the resume statement that shows them: the statement
    that answers the most required hard skills first, then the others in the posting's order
    (required before preferred). Statements that name a term in ``avoid`` are left out."""
    points: dict[str, _Point] = {}
    for n, requirement in enumerate(report.requirements):
        if (
            requirement.status != "matched"
            or requirement.credit_kind != "direct"
            or requirement.listed_only
        ):
            continue
        shown = demonstrated(requirement.evidence)
        if shown is None or _names_any(shown[1], avoid):
            continue
        evidence, sentence = shown
        required = requirement.importance == "required"
        point = points.get(sentence)
        if point is None:
            point = points[sentence] = _Point(evidence, sentence, n + (0 if required else 10_000))
        member = credited_member(requirement)
        term = posting_term(requirement, member)
        if term.lower() not in (t.lower() for t in point.terms):
            point.terms.append(term)
        point.requirements.append(requirement.id)
        point.skills.append(member)
        if requirement.category != SOFT_CATEGORY:
            if term.lower() not in (t.lower() for t in point.hard_terms):
                point.hard_terms.append(term)
            point.hard = point.hard or (required and evidence.skill in requirement.skills)
    ordered = sorted(points.values(), key=lambda p: p.order)
    lead = max(ordered, key=lambda p: (p.hard, len(p.requirements), -p.order), default=None)
    return [lead, *(p for p in ordered if p is not lead)] if lead is not None else []


def _fit(candidates: Sequence[_Point], count: Callable[[Sequence[_Point]], int]) -> list[_Point]:
    """The first points of ``candidates`` that back at least three requirements and make a
    letter of :data:`MIN_WORDS` to :data:`MAX_WORDS` words (``count``: the words of the letter
    with the given points), as far as the evidence allows."""
    chosen = list(candidates[:1])
    available = list(candidates[:_MAX_POINTS])

    def backed(points: Sequence[_Point]) -> int:
        return len({r for p in points for r in p.requirements})

    while len(chosen) < len(available) and (
        backed(chosen) < _MIN_REQUIREMENTS or count(chosen) < _TARGET_WORDS
    ):
        following = available[len(chosen)]
        if count([*chosen, following]) > MAX_WORDS:
            break
        chosen.append(following)
    while len(chosen) > 1 and count(chosen) > MAX_WORDS:
        chosen.pop()
    return chosen


def _strength_text(points: Sequence[_Point]) -> str:
    """The paragraph after the opening: what else the posting asks for, then the applicant's
    statements that show it."""
    if not points:
        return ""
    terms = list(dict.fromkeys(t for p in points for t in p.hard_terms))[:_MAX_TERMS]
    sentences = [p.sentence for p in points]
    if not terms:
        return " ".join(sentences)
    sentences[1:2] = [_also(s) for s in sentences[1:2]]
    used = "each of them" if len(terms) > 1 else "it"
    asked = f"Your posting also asks for {join_words(terms)}, and I have used {used}."
    return " ".join([asked, *sentences])


def _also(sentence: str) -> str:
    """ "I built X." -> "I also built X."; other sentences as they are."""
    if sentence.startswith(("I was ", "I am ")):
        return sentence[:5] + " also" + sentence[5:]
    if sentence.startswith("I ") and sentence[2:3].islower():
        return "I also " + sentence[2:]
    return sentence


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


def _plan(
    report: GapReport, quoted: Collection[str] = ()
) -> tuple[str, tuple[LetterClaim, ...], str | None]:
    """The plan paragraph, the claims its framing makes, and the id of the gap it is about
    (``quoted``: the statements the letter quotes already, which it refers to, not repeats)."""
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
        if sentence in quoted:
            above = f"{text} The closest I have come is with {names}, in the work above."
            return above, (claim,), gap.id
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
