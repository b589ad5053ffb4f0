"""The honesty guard: a draft may present a skill as the applicant's own only when a resume
mention in the report backs it.

It works from the report alone. The skills the report backs (found in the resume, or credited
with resume evidence) are checked against the draft's own claims and, for a letter, against the
skill names its text uses (found with the taxonomy's surface forms; no second pipeline).

>>> from gapcheck import analyze
>>> from gapcheck.tailor import draft_cover_letter
>>> report = analyze("Experience\\n- Built ETL jobs in Python.\\n", "Requirements:\\n- Python\\n")
>>> letter = draft_cover_letter(report)
>>> check_honesty(letter.model_copy(update={"text": "I ran Kafka clusters."}), report)
Traceback (most recent call last):
...
gapcheck.errors.HonestyError: cover letter: names Apache Kafka as the applicant's ...
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from gapcheck.errors import HonestyError
from gapcheck.models import Evidence, GapReport
from gapcheck.tailor._shared import credited_member
from gapcheck.tailor.models import CoverLetter, Tip
from gapcheck.tailor.skill_names import SkillName, find_skill_names
from gapcheck.taxonomy import Taxonomy, load_taxonomy
from gapcheck.wordforms import OTHER_PREFIX

__all__ = ["check_honesty"]

# Phrases after which a skill, in the same clause, is a plan, not a claim ("My next step is
# learning Spark", "... and am now working through Spark's DataFrame API").
_PLAN_CUE = re.compile(
    r"\b(?:I plan to|(?:I am|I'm|am) (?:now )?(?:learning|working through)|"
    r"my next step is(?: learning)?)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\bI\b")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|(?i:me|my|mine|myself))\b")
_SECOND_PERSON = re.compile(r"\b(?i:you|your|yours)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")

_EvidenceKey = tuple[str, int, int]


def check_honesty(
    draft: CoverLetter | Sequence[Tip],
    report: GapReport,
    *,
    taxonomy: Taxonomy | None = None,
) -> None:
    """Raise :class:`~gapcheck.errors.HonestyError` if ``draft`` names a skill as the applicant's
    own that no resume mention in ``report`` backs.

    A letter is checked twice: its ``claims`` (each skill backed, each piece of evidence one of
    the report's), and its text: a skill named (by ``taxonomy``'s surface forms; the shipped
    taxonomy when None) in a sentence that speaks for the applicant must be backed, unless it
    follows a plan phrase ("my next step is learning ...") or is the resume's own words in a
    statement the letter quotes. A tip list is checked by its skills and evidence.
    """
    backing = _Backing.of(report)
    if isinstance(draft, CoverLetter):
        unbacked = [
            backing.name(skill)
            for claim in draft.claims
            for skill in backing.unbacked(claim.skills, (claim.evidence,))
        ]
        unbacked += _unbacked_in_text(draft, report, backing, taxonomy)
        label = "cover letter"
    else:
        unbacked = [
            backing.name(skill)
            for tip in draft
            for skill in backing.unbacked(tip.skills, tip.evidence)
        ]
        label = "resume tips"
    if unbacked:
        raise HonestyError(label, tuple(dict.fromkeys(unbacked)))


def _backed_skills(report: GapReport) -> set[str]:
    """Skills a resume mention backs: found in the resume, or credited (directly or through a
    narrower skill) with evidence."""
    backed = set(report.resume_skills)
    for requirement in report.requirements:
        backed.update(e.skill for e in requirement.evidence)
        if requirement.credit_kind in ("direct", "implied") and requirement.evidence:
            backed.add(credited_member(requirement))
    backed.update(x.id for x in report.extra if x.evidence is not None)
    return backed


@dataclass(frozen=True)
class _Backing:
    """What the report backs: skill ids, its pieces of evidence, and skill names."""

    skills: frozenset[str]
    evidence: frozenset[_EvidenceKey]
    names: dict[str, str]

    @classmethod
    def of(cls, report: GapReport) -> _Backing:
        evidence = {_evidence_key(e) for r in report.requirements for e in r.evidence}
        evidence.update(_evidence_key(x.evidence) for x in report.extra if x.evidence is not None)
        names = {x.id: x.name for x in report.extra}
        for requirement in report.requirements:
            names.update(zip(requirement.skills, requirement.names, strict=False))
            names.update((e.skill, e.name) for e in requirement.evidence)
        return cls(frozenset(_backed_skills(report)), frozenset(evidence), names)

    def name(self, skill: str) -> str:
        return self.names.get(skill, skill)

    def unbacked(self, skills: Iterable[str], evidence: Iterable[Evidence]) -> list[str]:
        """The ``skills`` the report does not back; all of them (or the evidence's own skill)
        for each piece of ``evidence`` that is not the report's."""
        skills = list(skills)
        found = [s for s in skills if s not in self.skills]
        for item in evidence:
            if _evidence_key(item) not in self.evidence:
                found.extend(skills or [item.skill])
        return found


def _evidence_key(evidence: Evidence) -> _EvidenceKey:
    return evidence.skill, evidence.start, evidence.end


def _unbacked_in_text(
    letter: CoverLetter, report: GapReport, backing: _Backing, taxonomy: Taxonomy | None
) -> list[str]:
    """Names of the skills the letter's text claims that the report does not back and that are
    not the resume's own words in a statement the letter quotes."""
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    masked = _mask(
        letter.text,
        (
            letter.role,
            letter.company,
            letter.applicant,
            report.job_title,
            report.job_company,
            report.applicant_name,
        ),
    )
    quoted = [c.evidence.statement or c.evidence.context for c in letter.claims]
    names = sorted(
        [*find_skill_names(masked, taxonomy), *_other_skill_names(masked, report, backing)],
        key=lambda name: name.start,
    )
    unbacked = []
    for name in _claims(masked, names):
        if name.skill in backing.skills:
            continue
        pattern = rf"(?<!\w){re.escape(' '.join(name.text.split()))}(?!\w)"
        if any(re.search(pattern, line, re.IGNORECASE) for line in quoted):
            continue  # the resume's own words, quoted
        skill = taxonomy.get(name.skill)
        unbacked.append(skill.name if skill is not None else backing.name(name.skill))
    return unbacked


def _other_skill_names(text: str, report: GapReport, backing: _Backing) -> Iterator[SkillName]:
    """Where ``text`` names a requirement outside the taxonomy ("time-series data") that the
    resume does not back, by the posting's words or the requirement's name."""
    for requirement in report.requirements:
        for index, skill in enumerate(requirement.skills):
            if not skill.startswith(OTHER_PREFIX) or skill in backing.skills:
                continue
            terms = {requirement.names[index]} if index < len(requirement.names) else set()
            if index < len(requirement.job_terms) and requirement.job_terms[index]:
                terms.add(requirement.job_terms[index])
            for term in terms:
                words = r"\s+".join(re.escape(word) for word in term.split())
                for match in re.finditer(rf"(?<!\w){words}(?!\w)", text, re.IGNORECASE):
                    yield SkillName(skill, match.group(0), match.start(), match.end())


def _mask(text: str, phrases: Iterable[str | None]) -> str:
    """``text`` with each phrase blanked out (same length, so offsets hold)."""
    for phrase in sorted({p for p in phrases if p}, key=len, reverse=True):
        text = re.sub(re.escape(phrase), lambda m: " " * len(m.group(0)), text)
    return text


def _claims(text: str, names: Iterable[SkillName]) -> Iterator[SkillName]:
    """The ``names`` that ``text`` presents as the applicant's: in a sentence that speaks for
    the applicant, not after a plan phrase."""
    bounds = [0] + [match.end() for match in _SENTENCE_END.finditer(text)]
    for name in names:
        index = bisect.bisect_right(bounds, name.start) - 1
        sentence_start = bounds[index]
        sentence_end = bounds[index + 1] if index + 1 < len(bounds) else len(text)
        sentence = text[sentence_start:sentence_end]
        before = sentence[: name.start - sentence_start]
        cues = list(_PLAN_CUE.finditer(before))
        if cues and not _CLAUSE_BREAK.search(before, cues[-1].end()):
            continue  # a plan, not a claim
        if _SECOND_PERSON.search(sentence) and not _FIRST_PERSON.search(sentence):
            continue  # about the posting ("Your posting asks for ...")
        yield name
