"""What tailoring returns: a cover-letter draft with its claims, and resume tips.

Frozen like every result of gapcheck; each skill a draft presents as the applicant's own is
listed with the resume evidence behind it, so :func:`gapcheck.tailor.check_honesty` can check it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from gapcheck.models import Evidence
from gapcheck.taxonomy import Importance

__all__ = ["ClaimKind", "CoverLetter", "LetterClaim", "Tip", "TipKind"]

TipKind = Literal["add-section", "use-posting-term", "name-implied", "state-level", "demonstrate"]
ClaimKind = Literal["strength", "related"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LetterClaim(_Frozen):
    """A passage of the letter that presents skills as the applicant's own, and its evidence."""

    kind: ClaimKind = Field(
        description="'strength' (a matched requirement) or 'related' (framing a gap)."
    )
    requirements: tuple[str, ...] = Field(description="Ids of the requirements it answers.")
    skills: tuple[str, ...] = Field(description="Skill ids it names as the applicant's own.")
    evidence: Evidence = Field(description="The resume mention behind it.")
    sentence: str = Field(description="The resume statement in the first person, as written.")


class CoverLetter(_Frozen):
    """A cover-letter draft; every skill it presents as the applicant's is in ``claims``."""

    role: str | None = Field(description="The job title the letter applies for.")
    company: str | None = Field(description="The employer it is addressed to.")
    applicant: str | None = Field(description="The name it is signed with.")
    greeting: str
    opening: str
    strengths: str = Field(description="The matched requirements, each with resume evidence.")
    plan: str = Field(description="The most important gap, as a plan ('' when there is none).")
    closing: str
    claims: tuple[LetterClaim, ...] = Field(description="What the letter claims, with evidence.")
    plan_for: str | None = Field(description="Id of the requirement the plan is about.")
    text: str = Field(description="The whole letter as plain text.")
    markdown: str = Field(description="The whole letter as Markdown.")


class Tip(_Frozen):
    """One suggested change to the resume, tied to the report's evidence."""

    kind: TipKind = Field(
        description=(
            "add-section, use-posting-term (the resume uses a synonym), name-implied (shown "
            "through a narrower skill, never named), state-level (a bilingual candidate is "
            "asked and the resume gives a second language no fluent level) or demonstrate "
            "(listed, never used)."
        )
    )
    requirement: str | None = Field(description="Id of the requirement it serves, if any.")
    importance: Importance | None = Field(description="The requirement's importance.")
    term: str = Field(description="What to write: the posting's term, or a section heading.")
    skills: tuple[str, ...] = Field(description="Skill ids it treats as the applicant's own.")
    evidence: tuple[Evidence, ...] = Field(description="Resume mentions that back it.")
    message: str = Field(description="The tip, in one or two sentences.")
