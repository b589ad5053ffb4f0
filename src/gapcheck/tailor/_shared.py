"""What the letter, the tips and the honesty check read alike from a report's requirements."""

from __future__ import annotations

from collections.abc import Iterable

from gapcheck.models import Evidence, RequirementResult
from gapcheck.tailor.phrasing import sentence_for

SOFT_CATEGORY = "soft_skills"
# Sections where a resume statement shows a skill in use (not just lists it).
_DEMONSTRATED = ("experience", "projects")


def credited_member(requirement: RequirementResult) -> str:
    """The member skill the credit is for (the only member of a single-skill requirement)."""
    if requirement.credited_for is not None and requirement.credited_for in requirement.skills:
        return requirement.credited_for
    return requirement.skills[0]


def posting_term(requirement: RequirementResult, member: str | None = None) -> str:
    """How the posting writes a member (its display name when the posting's words are unknown)."""
    index = requirement.skills.index(member) if member in requirement.skills else 0
    if index < len(requirement.job_terms) and requirement.job_terms[index]:
        return requirement.job_terms[index]
    return requirement.names[index]


def demonstrated(evidence: Iterable[Evidence]) -> tuple[Evidence, str] | None:
    """The first evidence from experience or projects that reads as a first-person sentence,
    with that sentence."""
    for item in evidence:
        if item.section in _DEMONSTRATED and (sentence := sentence_for(item)):
            return item, sentence
    return None
