"""Resume tips for one posting, each tied to the report's evidence: the posting's exact term
where the resume writes a synonym, a skill shown only through a narrower one to name, a skill
only listed to demonstrate, and the sections applicant tracking systems look for.

>>> from gapcheck import analyze
>>> report = analyze("examples/resume_ai_engineer.txt", "examples/job_ai_engineer.txt")
>>> [tip.term for tip in resume_tips(report) if tip.kind == "use-posting-term"]
['scikit-learn', 'demand forecasting']
"""

from __future__ import annotations

import re

from gapcheck.models import Evidence, GapReport, RequirementResult
from gapcheck.tailor._shared import SOFT_CATEGORY, credited_member, demonstrated, posting_term
from gapcheck.tailor.honesty import check_honesty
from gapcheck.tailor.models import Tip
from gapcheck.tailor.phrasing import join_words

__all__ = ["resume_tips"]

_SECTION_HEADINGS = {"experience": "Experience", "skills": "Skills", "education": "Education"}
# Words around a posting's term that are not part of the keyword ("strong communication skills").
_LEADING_WORDS = frozenset("excellent strong solid good great proven advanced hands-on".split())
_TRAILING_WORDS = frozenset(
    "tools tool algorithms skills skill frameworks framework experience concepts techniques "
    "methods technologies".split()
)


def _keyword(requirement: RequirementResult, member: str) -> str:
    """The keyword to write for a member: the posting's term without words around it that are
    not part of the skill ("big data tools" -> "big data"); soft skills by their name."""
    if requirement.category == SOFT_CATEGORY:
        return requirement.names[requirement.skills.index(member)].lower()
    words = posting_term(requirement, member).split()
    while len(words) > 1 and words[0].lower() in _LEADING_WORDS:
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in _TRAILING_WORDS:
        words.pop()
    return " ".join(words)


def _place(evidence: Evidence) -> str:
    return f"{evidence.section}, line {evidence.line}"


def _normal(term: str) -> str:
    words = term.lower().replace("’", "'").split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words).strip(".")


def _same_term(posting: str, resume: str) -> bool:
    """Whether an ATS looking for ``posting`` would find ``resume`` (or the other way round)."""
    a, b = _normal(posting), _normal(resume)
    if a == b:
        return True
    return any(
        re.search(rf"(?<![\w-]){re.escape(x)}(?![\w-])", y) for x, y in ((a, b), (b, a)) if x
    )


def _term_tip(requirement: RequirementResult) -> Tip | None:
    if (
        requirement.credit_kind != "direct"
        or requirement.credited_for is None
        or requirement.category == SOFT_CATEGORY  # phrases, not keywords
    ):
        return None
    member = requirement.credited_for
    index = requirement.skills.index(member) if member in requirement.skills else -1
    if index < 0 or index >= len(requirement.job_terms) or not requirement.job_terms[index]:
        return None
    term = requirement.job_terms[index]
    evidence = tuple(e for e in requirement.evidence if e.skill == member)
    written = requirement.resume_terms or tuple(e.text for e in evidence)
    if not evidence or not written or any(_same_term(term, w) for w in written):
        return None
    shown = next((e for e in evidence if _same_term(e.text, written[0])), evidence[0])
    resume_term = " ".join(shown.text.split())
    return Tip(
        kind="use-posting-term",
        requirement=requirement.id,
        importance=requirement.importance,
        term=term,
        skills=(member,),
        evidence=(shown,),
        message=(
            f"Write “{term}” as the posting does: your resume says “{resume_term}” "
            f"({_place(shown)}). Applicant tracking systems match keywords literally, so "
            f"“{resume_term}” may not count for “{term}”."
        ),
    )


def _implied_tip(requirement: RequirementResult) -> Tip | None:
    through = requirement.credited_through
    if requirement.credit_kind != "implied" or through is None:
        return None
    evidence = tuple(e for e in requirement.evidence if e.skill == through)[:1]
    if not evidence:
        return None
    member = credited_member(requirement)
    term = _keyword(requirement, member)
    return Tip(
        kind="name-implied",
        requirement=requirement.id,
        importance=requirement.importance,
        term=term,
        skills=(member, through),
        evidence=evidence,
        message=(
            f"Name “{term}” on your resume: the job asks for it, and your resume shows "
            f"“{' '.join(evidence[0].text.split())}” ({_place(evidence[0])}), which implies it, "
            "but never names it."
        ),
    )


def _demonstrate_tip(requirement: RequirementResult) -> Tip | None:
    if not requirement.listed_only or not requirement.evidence:
        return None
    member = credited_member(requirement)
    evidence = tuple(e for e in requirement.evidence if e.skill == member) or requirement.evidence
    term = _keyword(requirement, member)
    places = "; ".join(_place(e) for e in evidence)
    return Tip(
        kind="demonstrate",
        requirement=requirement.id,
        importance=requirement.importance,
        term=term,
        skills=(member,),
        evidence=evidence,
        message=(
            f"Add a bullet where you used {term}: the job asks for it "
            f"({requirement.importance}), but your resume only lists it ({places}). If you have "
            "used it in a job or a project, show it there."
        ),
    )


def _section_tips(report: GapReport) -> list[Tip]:
    """A tip for each section applicant tracking systems expect that the resume lacks."""
    if report.resume_sections is None:
        return []
    found = [s for s in report.resume_sections if s not in ("header", "other")]
    expected = ["experience", "skills"] + (["education"] if report.education else [])
    listed = ", ".join(_SECTION_HEADINGS.get(s, s.capitalize()) for s in found) or "none"
    tips = []
    for kind in expected:
        if kind in found:
            continue
        heading = _SECTION_HEADINGS[kind]
        message = (
            f"Add a section headed “{heading}”: applicant tracking systems look for it, and "
            f"gapcheck found none in your resume (sections found: {listed})."
        )
        skills: tuple[str, ...] = ()
        evidence: tuple[Evidence, ...] = ()
        shown = _shown_in_experience(report) if kind == "skills" else []
        if shown:
            terms = list(dict.fromkeys(posting_term(r, credited_member(r)) for r, _ in shown))
            message += (
                " List there the skills the posting asks for that your experience already "
                f"shows: {join_words(terms)}."
            )
            skills = tuple(dict.fromkeys(credited_member(r) for r, _ in shown))
            evidence = tuple(e for _, e in shown)
        tips.append(
            Tip(
                kind="add-section",
                requirement=None,
                importance=None,
                term=heading,
                skills=skills,
                evidence=evidence,
                message=message,
            )
        )
    return tips


def _shown_in_experience(report: GapReport) -> list[tuple[RequirementResult, Evidence]]:
    """Directly matched requirements with a resume statement that demonstrates them."""
    shown = []
    for requirement in report.requirements:
        if requirement.status != "matched" or requirement.credit_kind != "direct":
            continue
        found = demonstrated(requirement.evidence)
        if found is not None:
            shown.append((requirement, found[0]))
    return shown


def resume_tips(report: GapReport) -> tuple[Tip, ...]:
    """Suggested resume changes for this posting, each tied to the report's evidence.

    Missing ATS sections come first; then, required before preferred and otherwise in the
    posting's order: the posting's exact term where the resume writes a synonym (posting
    "scikit-learn", resume "sklearn"), a skill shown only through a narrower one (PyTorch for
    "deep learning") to name, and a skill only listed to demonstrate. The list passes
    :func:`~gapcheck.tailor.check_honesty` before it is returned.
    """
    tips = _section_tips(report)
    seen: set[tuple[str, str]] = set()
    ranked = sorted(
        range(len(report.requirements)),
        key=lambda n: (report.requirements[n].importance != "required", n),
    )
    for n in ranked:
        requirement = report.requirements[n]
        for make in (_term_tip, _implied_tip, _demonstrate_tip):
            tip = make(requirement)
            if tip is not None and (tip.kind, tip.term.lower()) not in seen:
                seen.add((tip.kind, tip.term.lower()))
                tips.append(tip)
    result = tuple(tips)
    check_honesty(result, report)
    return result
