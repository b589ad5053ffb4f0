"""Frozen result models of extraction: mentions, skills, requirement groups, profiles.

Offsets (``start``, ``end``; end exclusive) always index the document text exactly as
:func:`gapcheck.read_document` returns it, so ``text[start:end] == mention.text``.

One name means one thing in every public model (here, in :mod:`gapcheck.ranking` and in
:mod:`gapcheck.tailor`):

- ``line``: a 1-based line number in the document text (never the line's text).
- ``context``: the text of that line around a mention, whitespace-collapsed, at most 300
  characters ("…" where cut).
- ``statement``: the whole bullet or sentence a mention is in, without its list marker, at most
  300 characters around the mention.
- ``job_text``: the posting's line that asks for a requirement (same cap).
- ``evidence``: :class:`Evidence` objects, the resume mentions behind a verdict, a tip or a
  letter sentence; never a label.
- ``usage``: how a resume shows a skill, ``"experience"`` (in use) or ``"listed"`` (only
  named in a list), see :data:`Usage`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from gapcheck.taxonomy import Importance, SkillKind

__all__ = [
    "CERTIFICATIONS",
    "SCHEMA_VERSION",
    "AtsCheck",
    "DatedEntry",
    "EducationMention",
    "Evidence",
    "FixFirst",
    "KeywordCount",
    "MatchMethod",
    "Mention",
    "ProfileKind",
    "ProfileSkill",
    "ReportSummary",
    "RequirementGroup",
    "RequirementResult",
    "ScoreWeights",
    "SectionSpan",
    "SkillOrigin",
    "SkillProfile",
    "TextLine",
    "TitleMatch",
    "Usage",
]

SCHEMA_VERSION: Final = 3
CERTIFICATIONS: Final = "certifications"
"""The category of certifications and licences (skills of kind ``certification``): held, not
used, so naming one is its evidence, and a missing one belongs under the resume's
certifications, not in an experience entry."""

ProfileKind = Literal["resume", "job"]
MatchMethod = Literal["exact", "fuzzy", "model", "elided"]
Usage = Literal["experience", "listed"]
"""How a resume shows a skill: ``"experience"``, in use (in an experience or project entry, or
in a sentence or bullet with a verb of action anywhere: "Built the ingestion service in Go");
``"listed"``, only named in a list (a skills section, a "Skills:" or "Tools:" line) or in a
phrase without a verb ("Proficient in Go")."""
SkillOrigin = Literal["taxonomy", "rules", "model"]
"""Where a skill comes from: the taxonomy; or, for a skill outside it (an ``other:`` id), a
phrase found by gapcheck's rules (:mod:`gapcheck.components.phrases`) or by a trained model."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _FrozenComputed(_Frozen):
    """A model with computed fields (only these pay for the check below on every build)."""

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
    context: str = Field(
        description=(
            "The line around the mention, whitespace-collapsed, cut to at most 300 characters "
            "around it at word boundaries ('…' where cut)."
        )
    )
    method: MatchMethod = Field(
        "exact",
        description=(
            "'exact' (an alias), 'fuzzy', 'model' (found by the trained tagger), or 'elided' (a "
            "modifier that names the skill with the head noun of the next skill: 'linear' in "
            "'linear and logistic regression')."
        ),
    )
    score: float | None = Field(None, description="Fuzzy similarity 0-100 (fuzzy mentions only).")
    usage: Usage | None = Field(
        None,
        description=(
            "Resumes: 'experience' when this mention shows the skill in use (inside an "
            "experience or project entry, or in a sentence or bullet with a verb of action), "
            "'listed' when it only names it (a skills list, a 'Skills:' line, a verbless phrase)."
        ),
    )


class ProfileSkill(_Frozen):
    """A skill found in a document, with all its mentions.

    A taxonomy skill has the taxonomy's id. A skill outside the taxonomy (an *other skill*: a
    requirement such as "demand forecasting" or "payments" that no taxonomy skill covers) has
    an id ``"other:<lowercase words joined by '-'>"`` (``"other:demand-forecasting"``, see
    :func:`gapcheck.wordforms.other_skill_id`), its phrase as ``name`` (whitespace-collapsed,
    lowercase except acronyms; two names are the same skill when their
    :func:`gapcheck.wordforms.phrase_key` are equal), ``origin`` other than
    ``"taxonomy"``, and ``broader``: the taxonomy skill it belongs under, when known. Its
    ``category`` and ``kind`` are those of ``broader``, else ``"other"`` and ``"knowledge"``.
    Other skills are kept apart, in :attr:`SkillProfile.other_skills`.
    """

    id: str = Field(description="Taxonomy skill id, or 'other:<slug>' for a skill outside it.")
    name: str = Field(description="Display name (other skills: the phrase, normalised).")
    category: str = Field(description="Taxonomy category id ('other' outside the taxonomy).")
    kind: SkillKind = Field(description="hard, soft, knowledge, certification or degree.")
    origin: SkillOrigin = Field(
        "taxonomy",
        description=(
            "'taxonomy'; or, outside it, 'rules' (a phrase found by gapcheck's rules) or "
            "'model' (found by a trained model)."
        ),
    )
    broader: str | None = Field(
        None, description="Other skills: id of the taxonomy skill it belongs under, if known."
    )
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
    details: tuple[str, ...] = Field(
        (),
        description=(
            "Jobs: ids of the parts or kinds of this skill the posting names in parentheses "
            "after it, as what it means ('Microsoft Office (Word, Excel, Outlook)', 'AWS (EC2, "
            "S3)'); a part asked only there is no requirement of its own (standalone False)."
        ),
    )
    years: float | None = Field(
        None,
        description=(
            "Resumes: years of dated experience in entries that mention the skill (or hold it "
            "in their job title), or the years the resume states for it ('10 years of SQL'), "
            "whichever is more."
        ),
    )
    usage: Usage | None = Field(
        None,
        description=(
            "Resumes: 'experience' when any mention shows the skill in use (in an experience "
            "or project entry, or a sentence or bullet with a verb of action, in any section); "
            "'listed' when every mention only names it: in a skills section, a 'Skills:' or "
            "'Tools:' line, or a phrase without a verb ('Proficient in Go')."
        ),
    )
    in_progress: bool = Field(
        False,
        description=(
            "Certifications. Resumes: not held yet, as every mention says ('CPA candidate', "
            "'PMP (in progress)', 'pursuing the CISSP'). Jobs: the posting also accepts one on "
            "its way ('CPA or working toward CPA')."
        ),
    )
    mentions: tuple[Mention, ...] = Field(description="Every mention, in document order.")

    @property
    def in_taxonomy(self) -> bool:
        """Whether this is a taxonomy skill (not an other skill)."""
        return self.origin == "taxonomy"

    @property
    def written_mentions(self) -> tuple[Mention, ...]:
        """The mentions that write the skill out: not a modifier that names it only with
        another skill's noun ("unit" in "unit and UI tests", method ``"elided"``), which is no
        term to quote or mirror."""
        return tuple(m for m in self.mentions if m.method != "elided")


class RequirementGroup(_Frozen):
    """An either/or requirement of a job: any one member satisfies it."""

    skills: tuple[str, ...] = Field(min_length=2, description="Member skill ids, in text order.")
    importance: Importance = Field(description="'required' or 'preferred'.")
    min_years: float | None = Field(None, description="Years asked for, if any.")
    text: str = Field(
        description="The phrase the group was read from (at most 300 characters, '…' where cut)."
    )
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
    """A degree found in a resume, or a degree requirement in a job posting.

    A resume's degree is one entry however often it is named: a degree named only outside the
    education section ("Jane Doe, PhD", "a data scientist with a PhD") is left out when the
    education section lists one of the same level, and named twice outside it, kept once.
    """

    level: str | None = Field(None, description="Degree skill id, e.g. 'masters-degree'.")
    level_rank: int | None = Field(
        None, description="1 associate, 2 bachelor, 3 master, 4 doctorate."
    )
    fields: tuple[str, ...] = Field((), description="Field-of-study skill ids.")
    field_names: tuple[str, ...] = Field(
        (),
        description=(
            "The fields of study as the document writes them ('Computational Linguistics'), "
            "whatever skill they matched."
        ),
    )
    importance: Importance | None = Field(None, description="Jobs only.")
    or_equivalent: bool = Field(
        False, description="Jobs: the posting accepts equivalent experience."
    )
    alternatives: tuple[str, ...] = Field(
        (),
        description=(
            "Jobs: certification ids the posting accepts instead of the degree ('Associate "
            "degree or CompTIA A+')."
        ),
    )
    with_years: tuple[tuple[str, float], ...] = Field(
        (),
        description=(
            "Jobs: degree levels the posting accepts with years of experience, each with its "
            "years ('PhD, or a Master's degree and 3 years of experience': (('masters-degree', "
            "3.0),)). ``level`` is the lowest level named without years, when there is one."
        ),
    )
    in_progress: bool = Field(
        False,
        description=(
            "Resumes: the degree is not finished ('expected 2027', 'in progress'). Jobs: the "
            "posting accepts one not finished ('graduating by June 2027', 'currently pursuing')."
        ),
    )
    text: str = Field(
        description="The sentence or line it was read from (its first 300 characters at most)."
    )
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    section: str = "other"


class DatedEntry(_FrozenComputed):
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


class TextLine(_Frozen):
    """A non-blank line of a resume, kept so that phrases outside the taxonomy can be looked up
    in it (:func:`gapcheck.compare` matches an other-skill requirement against these)."""

    text: str = Field(description="The line exactly as in the document (without its break).")
    start: int = Field(ge=0, description="Character offset of its first character.")
    line: int = Field(ge=1, description="1-based line number in the document text.")
    section: str = Field(description="Section the line is in ('other' if none).")
    usage: Usage = Field(
        description=(
            "'experience' when the line shows use (an experience or project entry, a sentence "
            "with a verb of action), 'listed' otherwise (a skills list, a heading, a name)."
        )
    )


class SkillProfile(_FrozenComputed):
    """Everything gapcheck found in one document."""

    schema_version: Literal[3] = SCHEMA_VERSION
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
    other_skills: tuple[ProfileSkill, ...] = Field(
        (),
        description=(
            "Skills outside the taxonomy ('other:' ids, see ProfileSkill), in document order: "
            "for jobs, what the requirements name that no taxonomy skill covers."
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
    warnings: tuple[str, ...] = Field(
        (),
        description=(
            "What reading the document found worth knowing (the Document's warnings): hidden "
            "text left out, a text that looks not English, characters replaced, an encoding "
            "guessed, ..."
        ),
    )
    lines: tuple[TextLine, ...] = Field(
        (),
        description=(
            "Resumes: every non-blank line, with its section and whether it shows use, so that "
            "requirements outside the taxonomy can be matched against the resume's words."
        ),
    )

    def skill(self, skill_id: str) -> ProfileSkill | None:
        """The found skill (certification, other skill) with this id, or None."""
        for skill in (*self.skills, *self.certifications, *self.other_skills):
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

    score = sum(points(r) * credit(r)) over the job's requirements r (skills, either/or groups,
    and the degree requirement), where the points of all requirements add up to 100 and
    credit(r) is in 0..1. So a requirement the resume misses costs exactly its points, and the
    report shows them (``RequirementResult.weight``) and says so in each reason.

    points(r) is proportional to ``required`` or ``preferred`` by importance, except that the
    preferred requirements together never take more than ``preferred_share`` of the 100 points
    when the posting also asks for required ones: a resume that fully meets every required
    requirement scores at least 100 * (1 - preferred_share) = 80, whatever the extras.

    credit(r):

    - 1 for a skill the resume shows (a group: its best member);
    - ``implied`` when the resume shows a narrower skill that implies it (PyTorch for
      "deep learning"), ``related`` when it shows a related one (TensorFlow for PyTorch);
    - for a skill with its parts in parentheses ("Microsoft Office (Word, Excel, Outlook)",
      :attr:`ProfileSkill.details`), when the parts earn more: ``implied`` + (1 - ``implied``)
      times the mean of the parts' credits (each as for a skill asked on its own, 0 when not
      shown), so every part shown in use meets it; the parts are no requirements of their own;
    - times ``max(years_floor, resume_years / min_years)`` when the job asks for more years
      than the resume's dated entries show;
    - times ``listed_only`` when the resume only lists the skill (a skills section, a
      "Skills:" line, a verbless phrase) and never shows it in use (an experience or project
      entry, a sentence or bullet with a verb of action);
    - a requirement outside the taxonomy (an ``other:`` skill) earns 1 when the resume's text
      names it (word forms folded, words in order), times ``listed_only`` when only list lines
      name it;
    - for the degree: 1 when the level and field are met, ``degree_other_field`` when the
      level is met in another field, ``degree_equivalent`` when the posting accepts equivalent
      experience and the resume shows dated experience (the higher of the two when both apply),
      ``degree_in_progress`` when the resume's degree of that level is not finished yet, else 0;
    - for a certification the resume shows is not held yet ("CPA candidate", "PMP (in
      progress)"): ``certification_in_progress``, or 1 when the posting accepts one on its way
      ("CPA or working toward CPA").

    Every credit only grows as the resume shows more, so adding a skill never lowers the score.
    """

    required: float = Field(3.0, gt=0, description="Relative weight of a required requirement.")
    preferred: float = Field(1.0, gt=0, description="Relative weight of a preferred requirement.")
    preferred_share: float = Field(
        0.2,
        gt=0,
        lt=1,
        description=(
            "The most of the 100 points the preferred requirements together can take when the "
            "posting also has required ones."
        ),
    )
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
        0.8, ge=0, le=1, description="Credit when the posting accepts equivalent experience."
    )
    degree_in_progress: float = Field(
        0.5, ge=0, le=1, description="Credit for a degree the resume shows is not finished yet."
    )
    certification_in_progress: float = Field(
        0.5,
        ge=0,
        le=1,
        description=(
            "Credit for a certification the resume shows is not held yet ('CPA candidate'), "
            "unless the posting accepts one on its way ('or working toward CPA')."
        ),
    )


class Evidence(_Frozen):
    """Where the resume shows a skill (or, for a requirement outside the taxonomy, names it)."""

    skill: str = Field(description="Id of the resume skill (an 'other:' id for a phrase).")
    name: str = Field(description="Its display name.")
    text: str = Field(description="The matched text.")
    section: str
    line: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    context: str = Field(
        description="The resume line around the mention (at most 300 characters, as Mention's)."
    )
    usage: Usage | None = Field(
        None,
        description=(
            "'experience' when the mention shows the skill in use, 'listed' when it only "
            "lists it (see ProfileSkill.usage); None when unknown."
        ),
    )
    statement: str | None = Field(
        None,
        description=(
            "The whole bullet or sentence the mention is in, whitespace-collapsed and without "
            "its list marker (when the resume text was at hand, as in analyze); at most 300 "
            "characters around the mention ('…' where cut)."
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
    in_progress: bool = Field(
        False,
        description=(
            "The credited certification is not held yet ('CPA candidate'): partial, unless the "
            "posting accepts one on its way."
        ),
    )
    listed_only: bool = Field(
        False,
        description=(
            "The credited skill appears only in skills lists (a skills section, a 'Skills:' or "
            "'Tools:' line, a verbless phrase): no mention is in an experience or project entry "
            "or in a sentence or bullet with a verb of action."
        ),
    )
    reason: str = Field(description="Why this status, in one sentence.")
    evidence: tuple[Evidence, ...] = Field((), description="Resume mentions backing the credit.")
    details: tuple[str, ...] = Field(
        (),
        description=(
            "Ids of the parts the posting names in parentheses after the skill ('Microsoft "
            "Office (Word, Excel, Outlook)'): each one the resume shows earns part of the credit."
        ),
    )
    detail_names: tuple[str, ...] = Field((), description="Display names of the parts.")
    details_shown: tuple[str, ...] = Field(
        (), description="The parts the credit came through, best first (none when it did not)."
    )
    job_text: str = Field(
        "", description="The posting's line that asks for it (at most 300 characters)."
    )
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
    alternatives: tuple[str, ...] = Field(
        (), description="Certification ids the posting accepts instead of the degree."
    )
    alternative_names: tuple[str, ...] = Field(
        (), description="Their names ('CompTIA A+'), in the same order."
    )
    with_years: tuple[tuple[str, float], ...] = Field(
        (),
        description=(
            "Degree levels the posting accepts with years of experience, each with its years "
            "(see EducationMention.with_years)."
        ),
    )
    with_years_names: tuple[str, ...] = Field(
        (), description="Their names ('Master's degree'), in the same order."
    )
    years_asked: float | None = Field(
        None,
        description=(
            "When the resume's degree is one the posting accepts with years of experience: "
            "those years (the credit is short when the resume shows fewer)."
        ),
    )
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


class FixFirst(_Frozen):
    """One change to the resume that would win points, in one line."""

    requirement: str | None = Field(
        description="Id of the requirement it is about (a degree: its level id; else None)."
    )
    action: str = Field(description="What to do, in one line.")
    impact: float = Field(ge=0, description="Points of the 100 the change would win at most.")


class ReportSummary(_Frozen):
    """What a reader needs first: the score in one sentence and the changes worth most."""

    headline: str = Field(description="The score and what drives it, in one sentence.")
    fix_first: tuple[FixFirst, ...] = Field(
        (), max_length=5, description="At most five actions, highest impact first."
    )
    missing_keywords: tuple[str, ...] = Field(
        (), description="The posting's own words for what the resume does not show, copy-ready."
    )


class KeywordCount(_Frozen):
    """One term of the posting and how often the posting and the resume use it."""

    term: str = Field(description="The posting's own word for the skill.")
    kind: Literal["hard", "soft"] = Field(description="'soft' for soft skills, else 'hard'.")
    job_count: int = Field(ge=0, description="Mentions in the posting.")
    resume_count: int = Field(ge=0, description="Mentions in the resume.")


class TitleMatch(_Frozen):
    """Whether the resume's headline or a recent job title matches the posting's title."""

    job_title: str = Field(description="The posting's title.")
    resume_title: str | None = Field(
        None, description="The resume's closest title (headline or a recent job), if any."
    )
    matches: bool = Field(description="The resume's title names the same role.")


class AtsCheck(_Frozen):
    """One check of how applicant tracking systems will read the resume."""

    id: str = Field(description="Stable id, e.g. 'contact', 'word-count'.")
    passed: bool
    message: str = Field(description="What was found, and what to do when it failed.")


class GapReport(_FrozenComputed):
    """The comparison of a resume with a job posting (or a role profile)."""

    schema_version: Literal[3] = SCHEMA_VERSION
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
    resume_warnings: tuple[str, ...] = Field(
        (),
        description=(
            "What reading the resume found worth knowing: hidden text left out, a text that "
            "looks not English, characters replaced, ... (its profile's warnings)."
        ),
    )
    job_warnings: tuple[str, ...] = Field(
        (), description="The same for the job posting (none for a role profile)."
    )
    summary: ReportSummary | None = Field(
        None,
        description="The score in one sentence and what to fix first (see gapcheck.summary).",
    )
    keywords: tuple[KeywordCount, ...] = Field(
        (), description="The posting's terms with how often the posting and the resume use them."
    )
    title_match: TitleMatch | None = Field(
        None, description="Whether the resume's title matches the posting's (None if unknown)."
    )
    ats_checks: tuple[AtsCheck, ...] = Field(
        (), description="How applicant tracking systems will read the resume (when read)."
    )

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
