"""Frozen result models of extraction: mentions, skills, requirement groups, profiles.

Offsets (``start``, ``end``; end exclusive) always index the document text exactly as
:func:`gapcheck.read_document` returns it, so ``text[start:end] == mention.text``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from gapcheck.taxonomy import Importance, SkillKind

__all__ = [
    "SCHEMA_VERSION",
    "DatedEntry",
    "EducationMention",
    "Evidence",
    "MatchMethod",
    "Mention",
    "ProfileKind",
    "ProfileSkill",
    "RequirementGroup",
    "RequirementResult",
    "ScoreWeights",
    "SectionSpan",
    "SkillProfile",
]

SCHEMA_VERSION: Final = 1

ProfileKind = Literal["resume", "job"]
MatchMethod = Literal["exact", "fuzzy"]
EvidenceKind = Literal["experience", "listed"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _ignore_computed_fields(cls, data: Any) -> Any:
        # JSON written by model_dump_json() holds the computed fields; reading it back must work.
        computed = cls.model_computed_fields
        if isinstance(data, dict) and computed and any(key in data for key in computed):
            return {key: value for key, value in data.items() if key not in computed}
        return data


class SectionSpan(_Frozen):
    """A section of a document, from its heading (or cue) to the next section."""

    name: str = Field(description="Section kind, e.g. 'experience', 'requirements'.")
    heading: str = Field(description="The heading or cue text that opened it ('' if none).")
    start: int = Field(ge=0, description="Character offset of the section's first character.")
    end: int = Field(ge=0, description="Character offset just past the section.")


class Mention(_Frozen):
    """One place where a skill was found."""

    text: str = Field(description="The matched text, exactly as in the document.")
    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset just past the last character.")
    section: str = Field(description="Section the mention is in ('other' if none).")
    line: int = Field(ge=1, description="1-based line number in the document text.")
    context: str = Field(description="The line around the mention, whitespace-collapsed.")
    method: MatchMethod = Field("exact", description="'exact' (an alias) or 'fuzzy'.")
    score: float | None = Field(None, description="Fuzzy similarity 0-100 (fuzzy mentions only).")


class ProfileSkill(_Frozen):
    """A skill found in a document, with all its mentions."""

    id: str = Field(description="Taxonomy skill id.")
    name: str = Field(description="Display name.")
    category: str = Field(description="Taxonomy category id.")
    kind: SkillKind = Field(description="hard, soft, knowledge, certification or degree.")
    importance: Importance | None = Field(
        None, description="Jobs: 'required' or 'preferred'; None for resumes."
    )
    standalone: bool | None = Field(
        None,
        description=(
            "Jobs: asked for on its own somewhere, not only as one member of an either/or group."
        ),
    )
    min_years: float | None = Field(None, description="Jobs: years of experience asked for.")
    years: float | None = Field(
        None, description="Resumes: years of dated experience in entries that mention the skill."
    )
    evidence: EvidenceKind | None = Field(
        None,
        description=(
            "Resumes: 'experience' when used in an experience or project entry, "
            "'listed' when only listed (skills section, summary)."
        ),
    )
    mentions: tuple[Mention, ...] = Field(description="Every mention, in document order.")


class RequirementGroup(_Frozen):
    """An either/or requirement of a job: any one member satisfies it."""

    skills: tuple[str, ...] = Field(min_length=2, description="Member skill ids, in text order.")
    importance: Importance = Field(description="'required' or 'preferred'.")
    min_years: float | None = Field(None, description="Years asked for, if any.")
    text: str = Field(description="The phrase the group was read from.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    or_similar: bool = Field(
        False,
        description=(
            "The posting also accepts a similar skill ('Airflow, Dagster or a similar "
            "orchestrator', 'or equivalent'): a resume skill of the members' category counts."
        ),
    )


class EducationMention(_Frozen):
    """A degree found in a resume, or a degree requirement in a job posting."""

    level: str | None = Field(None, description="Degree skill id, e.g. 'masters-degree'.")
    level_rank: int | None = Field(
        None, description="1 associate, 2 bachelor, 3 master, 4 doctorate."
    )
    fields: tuple[str, ...] = Field((), description="Field-of-study skill ids.")
    importance: Importance | None = Field(None, description="Jobs only.")
    or_equivalent: bool = Field(
        False, description="Jobs: the posting accepts equivalent experience."
    )
    text: str = Field(description="The sentence or line it was read from.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    section: str = "other"


class DatedEntry(_Frozen):
    """A dated entry of a resume (a job, a project), with the span of text it governs."""

    start_date: dt.date
    end_date: dt.date
    date_text: str = Field(description="The date range as written.")
    section: str
    start: int = Field(ge=0, description="Offset where the entry's text begins.")
    end: int = Field(ge=0, description="Offset where the entry's text ends.")

    @computed_field(description="Length of the entry in years.")  # type: ignore[prop-decorator]
    @property
    def years(self) -> float:
        return round(max(0, (self.end_date - self.start_date).days) / 365.25, 2)


class SkillProfile(_Frozen):
    """Everything gapcheck found in one document."""

    schema_version: Literal[1] = SCHEMA_VERSION
    kind: ProfileKind = Field(description="'resume' or 'job'.")
    source: str | None = Field(None, description="File name the document came from.")
    title: str | None = Field(None, description="Jobs: the posting's title, when found.")
    skills: tuple[ProfileSkill, ...] = Field(description="Skills found, in document order.")
    certifications: tuple[ProfileSkill, ...] = Field(
        (),
        description=(
            "Certifications found (credentials, like degrees; not counted as skills), with "
            "importance for jobs."
        ),
    )
    groups: tuple[RequirementGroup, ...] = Field((), description="Jobs: either/or requirements.")
    education: tuple[EducationMention, ...] = Field(())
    sections: tuple[SectionSpan, ...] = Field(())
    entries: tuple[DatedEntry, ...] = Field((), description="Resumes: dated entries.")
    experience_years: float | None = Field(
        None,
        description=(
            "Jobs: years of overall experience asked for; resumes: years covered by dated "
            "experience entries (overlaps counted once)."
        ),
    )

    def skill(self, skill_id: str) -> ProfileSkill | None:
        """The found skill (or certification) with this id, or None."""
        for skill in (*self.skills, *self.certifications):
            if skill.id == skill_id:
                return skill
        return None

    @computed_field(description="Ids of the skills found.")  # type: ignore[prop-decorator]
    @property
    def skill_ids(self) -> tuple[str, ...]:
        return tuple(skill.id for skill in self.skills)


# ------------------------------------------------------------------------------------------
# Gap analysis results

Status = Literal["matched", "partial", "missing"]
CreditKind = Literal["direct", "implied", "related"]


class ScoreWeights(_Frozen):
    """Every constant of the score, in one place; pass your own to :func:`gapcheck.compare`.

    score = 100 * sum(weight(r) * credit(r)) / sum(weight(r)) over the job's requirements r
    (skills, either/or groups, and the degree requirement), where weight(r) is ``required`` or
    ``preferred`` by importance and credit(r) is in 0..1:

    - 1 for a skill the resume shows (a group: its best member);
    - ``implied`` when the resume shows a narrower skill that implies it (PyTorch for
      "deep learning frameworks"), ``related`` when it shows a related one (TensorFlow for
      PyTorch);
    - times ``max(years_floor, resume_years / min_years)`` when the job asks for more years
      than the resume's dated entries show;
    - times ``listed_only`` when the resume only lists the skill (skills section, summary) and
      never uses it in an experience or project entry;
    - for the degree: 1 when the level and field are met, ``degree_other_field`` when the
      level is met in another field, ``degree_equivalent`` when the posting accepts equivalent
      experience and the resume has none of the level, else 0.
    """

    required: float = Field(3.0, gt=0, description="Weight of a required requirement.")
    preferred: float = Field(1.0, gt=0, description="Weight of a preferred requirement.")
    implied: float = Field(0.75, ge=0, le=1, description="Credit through a narrower skill.")
    related: float = Field(0.4, ge=0, le=1, description="Credit through a related skill.")
    years_floor: float = Field(
        0.5, ge=0, le=1, description="Least credit factor for a years shortfall."
    )
    listed_only: float = Field(
        0.9, ge=0, le=1, description="Factor for a skill listed but not demonstrated."
    )
    degree_other_field: float = Field(
        0.6, ge=0, le=1, description="Credit for the degree level in another field."
    )
    degree_equivalent: float = Field(
        0.5, ge=0, le=1, description="Credit when the posting accepts equivalent experience."
    )


class Evidence(_Frozen):
    """Where the resume shows a skill."""

    skill: str = Field(description="Id of the resume skill.")
    name: str = Field(description="Its display name.")
    text: str = Field(description="The matched text.")
    section: str
    line: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    context: str = Field(description="The resume line around the mention.")
    statement: str | None = Field(
        None,
        description=(
            "The whole bullet or sentence the mention is in, whitespace-collapsed and without "
            "its list marker (when the resume text was at hand, as in analyze)."
        ),
    )


class RequirementResult(_Frozen):
    """One requirement of the job and how the resume meets it."""

    id: str = Field(description="The skill id, or 'a|b|c' for an either/or group.")
    label: str = Field(description="How the requirement reads: 'PyTorch or TensorFlow'.")
    skills: tuple[str, ...] = Field(description="Member skill ids (one for a single skill).")
    names: tuple[str, ...] = Field(description="Member display names.")
    category: str = Field(description="Category id (of the first member).")
    importance: Importance
    min_years: float | None = None
    status: Status
    credit: float = Field(ge=0, le=1, description="Credit earned, 0..1.")
    weight: float = Field(gt=0, description="Weight in the score.")
    credit_kind: CreditKind | None = Field(
        None, description="direct, implied (narrower skill) or related; None when missing."
    )
    credited_through: str | None = Field(
        None, description="Id of the resume skill that earned the credit."
    )
    credited_for: str | None = Field(
        None, description="The member skill id the credit is for (of a group: the best member)."
    )
    resume_years: float | None = Field(None, description="Years the resume shows for it.")
    years_shortfall: bool = Field(False, description="The resume shows fewer years.")
    listed_only: bool = Field(
        False, description="The resume lists it but never uses it in experience or projects."
    )
    reason: str = Field(description="Why this status, in one sentence.")
    evidence: tuple[Evidence, ...] = Field((), description="Resume mentions backing the credit.")
    job_text: str = Field("", description="The posting's line that asks for it.")
    job_terms: tuple[str, ...] = Field(
        (),
        description="The posting's own words for each member, as written ('' where not found).",
    )
    resume_terms: tuple[str, ...] = Field(
        (),
        description=(
            "Every distinct way the resume writes the skill credited directly, in document order."
        ),
    )


class EducationResult(_Frozen):
    """The job's degree requirement and the resume's degrees."""

    level: str | None = Field(description="Required degree id, e.g. 'bachelors-degree'.")
    level_name: str | None = None
    fields: tuple[str, ...] = ()
    importance: Importance
    or_equivalent: bool = False
    status: Status
    credit: float = Field(ge=0, le=1)
    weight: float = Field(gt=0)
    resume_degree: str | None = Field(None, description="The resume's best degree, as written.")
    reason: str
    job_text: str = ""


class ExtraSkill(_Frozen):
    """A resume skill the job does not ask for."""

    id: str
    name: str
    category: str
    evidence: Evidence | None = None
    related_gaps: tuple[str, ...] = Field(
        (), description="Ids of missing or partial requirements this skill is related to."
    )


class CategoryCoverage(_Frozen):
    """Coverage of the job's requirements in one category."""

    id: str
    name: str
    requirements: int = Field(ge=0)
    matched: int = Field(ge=0)
    partial: int = Field(ge=0)
    missing: int = Field(ge=0)
    coverage: float = Field(ge=0, le=1, description="Weighted credit / weight, 0..1.")


class GapReport(_Frozen):
    """The comparison of a resume with a job posting (or a role profile)."""

    schema_version: Literal[1] = SCHEMA_VERSION
    score: float = Field(ge=0, le=100, description="0..100; see ScoreWeights for the formula.")
    resume: str | None = Field(None, description="Resume source.")
    job: str | None = Field(None, description="Job posting source, or 'role:<id>'.")
    job_title: str | None = None
    job_company: str | None = Field(None, description="The employer, when the posting names it.")
    applicant_name: str | None = Field(
        None, description="The applicant's name, when the resume's first line reads as one."
    )
    resume_sections: tuple[str, ...] | None = Field(
        None,
        description="Kinds of the resume's sections, in order (e.g. 'skills'); None if unknown.",
    )
    resume_skills: tuple[str, ...] = Field(
        (), description="Ids of every skill found in the resume, in document order."
    )
    requirements: tuple[RequirementResult, ...] = Field(
        description="Every requirement in the posting's order."
    )
    education: tuple[EducationResult, ...] = ()
    extra: tuple[ExtraSkill, ...] = ()
    categories: tuple[CategoryCoverage, ...] = ()
    weights: ScoreWeights = Field(default_factory=ScoreWeights)
    resume_experience_years: float | None = None
    job_experience_years: float | None = None

    @computed_field(description="Requirements the resume meets.")  # type: ignore[prop-decorator]
    @property
    def matched(self) -> tuple[RequirementResult, ...]:
        return tuple(r for r in self.requirements if r.status == "matched")

    @computed_field(description="Requirements met in part.")  # type: ignore[prop-decorator]
    @property
    def partial(self) -> tuple[RequirementResult, ...]:
        return tuple(r for r in self.requirements if r.status == "partial")

    @computed_field(description="Requirements the resume does not show.")  # type: ignore[prop-decorator]
    @property
    def missing(self) -> tuple[RequirementResult, ...]:
        return tuple(r for r in self.requirements if r.status == "missing")
