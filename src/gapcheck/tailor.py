"""Tailoring: a cover-letter draft and resume tips, built only from the report's evidence.

Nothing here adds a fact. The letter quotes the applicant's own resume lines, turned into the
first person by simple rules ("Built X" -> "I built X"); it names a gap only as a plan; and
:func:`check_honesty` refuses any draft that names a skill as the applicant's own when the
resume does not back it. The tips point at the report's evidence: the posting's exact term where
the resume uses a synonym, skills listed but never demonstrated, skills implied but never named,
and the sections applicant tracking systems look for.

>>> from gapcheck import analyze
>>> report = analyze("examples/resume_ai_engineer.txt", "examples/job_ai_engineer.txt")
>>> letter = draft_cover_letter(report)
>>> (letter.role, letter.company)
('AI Engineer', 'Tessellate Logistics')
>>> [tip.term for tip in resume_tips(report) if tip.kind == "use-posting-term"]
['scikit-learn']
"""

from __future__ import annotations

import bisect
import os
import re
import string
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from gapcheck.errors import HonestyError, TemplateError
from gapcheck.models import Evidence, GapReport, RequirementResult
from gapcheck.statements import (
    applicant_name,
    clean_statement,
    posting_company,
    statement_at,
    with_texts,
)
from gapcheck.taxonomy import Importance

if TYPE_CHECKING:
    from gapcheck.taxonomy import Taxonomy

__all__ = [
    "CoverLetter",
    "LetterClaim",
    "Tip",
    "TipKind",
    "applicant_name",
    "check_honesty",
    "draft_cover_letter",
    "first_person",
    "posting_company",
    "resume_tips",
    "statement_at",
    "with_texts",
]

TipKind = Literal["add-section", "use-posting-term", "name-implied", "demonstrate"]
ClaimKind = Literal["strength", "related"]

_DEMONSTRATED = ("experience", "projects")
_SOFT_CATEGORY = "soft_skills"
_MAX_POINTS = 3
_MAX_TEMPLATE_BYTES = 100_000
_TEMPLATE_FIELDS = (
    "greeting",
    "opening",
    "strengths",
    "plan",
    "closing",
    "applicant",
    "role",
    "company",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# ------------------------------------------------------------------------------------------
# Resume lines in the first person

_IRREGULAR_PAST = frozenset(
    """built rebuilt led co-led wrote co-wrote rewrote ran made drove took undertook grew set cut
    won began brought taught kept spent sold found gave held upheld met put oversaw spun split
    sped sent thought chose became did drew fed fought got had hit lost saw spoke stood struck
    understood overcame shot bought dealt laid lent meant paid sought shut swept told withdrew
    forecast broke""".split()
)
# Words ending in -ed that open resume lines without being verbs.
_NOT_PAST = frozenset(
    """experienced skilled seasoned motivated self-motivated dedicated talented certified
    accomplished advanced detailed detail-oriented results-oriented qualified committed focused
    organized organised proven interested red bed need seed feed speed hundred""".split()
)
_BASE_VERBS = frozenset(
    """build lead write run manage own maintain mentor develop design create deliver drive
    coordinate support oversee train teach analyze analyse implement architect automate
    collaborate partner work plan review help use deploy monitor operate research test handle
    guide present produce prepare conduct define establish improve optimize optimise migrate
    integrate model query report ship scale serve program code engineer administer advise assist
    configure consult contribute document evaluate facilitate identify install negotiate
    organize organise perform prototype recruit refactor resolve streamline supervise
    troubleshoot""".split()
)
_CLAUSE_VERB = re.compile(r"(?<=[;.]) (?P<word>[a-z][a-z-]+)\b")


def _is_past(word: str) -> bool:
    return word in _IRREGULAR_PAST or (
        word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST
    )


def _verb(word: str) -> str | None:
    """The first-person form of a resume line's opening verb, or None if it is not one."""
    lower = word.lower()
    if _is_past(lower) or lower in _BASE_VERBS:
        return lower
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if lower.endswith(ending) and lower[: -len(ending)] + replacement in _BASE_VERBS:
            return lower[: -len(ending)] + replacement
    return None


def first_person(statement: str) -> str | None:
    """A resume statement as a first-person sentence, or None when no simple rule applies.

    Only the opening verb changes ("Built X" -> "I built X", "Maintains X" -> "I maintain X",
    "Responsible for X" -> "I was responsible for X"), and a later clause that opens with a
    past-tense verb gets its "I"; every other word stays as written.

    >>> first_person("• Built a churn model in Python; cut churn by 4%")
    'I built a churn model in Python; I cut churn by 4%.'
    >>> first_person("Python, SQL, Docker") is None
    True
    """
    text = clean_statement(statement)
    head, _, rest = text.partition(" ")
    if not head:
        return None
    if head in ("I", "My"):
        sentence = text
    elif head.lower() == "responsible":
        sentence = f"I was responsible {rest}"
    else:
        verb = _verb(head)
        if verb is None or not rest:
            return None
        sentence = f"I {verb} {rest}"
    sentence = _CLAUSE_VERB.sub(
        lambda m: f" I {m['word']}" if _is_past(m["word"]) else m.group(0), sentence
    ).rstrip(" ;,:")
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


# ------------------------------------------------------------------------------------------
# Results


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
            "through a narrower skill, never named) or demonstrate (listed, never used)."
        )
    )
    requirement: str | None = Field(description="Id of the requirement it serves, if any.")
    importance: Importance | None = Field(description="The requirement's importance.")
    term: str = Field(description="What to write: the posting's term, or a section heading.")
    skills: tuple[str, ...] = Field(description="Skill ids it treats as the applicant's own.")
    evidence: tuple[Evidence, ...] = Field(description="Resume mentions that back it.")
    message: str = Field(description="The tip, in one or two sentences.")


# ------------------------------------------------------------------------------------------
# Cover letter


@dataclass
class _Point:
    """One paragraph item: requirements answered by one resume statement."""

    evidence: Evidence
    sentence: str
    terms: list[str] = field(default_factory=list)
    requirements: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)


def _member(requirement: RequirementResult) -> str:
    """The member skill the credit is for (the only member of a single-skill requirement)."""
    if requirement.credited_for in requirement.skills:
        return requirement.credited_for
    return requirement.skills[0]


def _term(requirement: RequirementResult, member: str | None = None) -> str:
    """How the posting writes a member (its display name when the posting's words are unknown)."""
    index = requirement.skills.index(member) if member in requirement.skills else 0
    if index < len(requirement.job_terms) and requirement.job_terms[index]:
        return requirement.job_terms[index]
    return requirement.names[index]


def _join(words: Sequence[str]) -> str:
    if len(words) <= 2:
        return " and ".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _sentence_for(evidence: Evidence) -> str | None:
    """The evidence as a first-person sentence, from its whole statement when known; a bare
    line is used only when it reads as a complete statement."""
    if evidence.statement:
        return first_person(evidence.statement)
    sentence = first_person(evidence.context)
    if sentence and evidence.context.rstrip().endswith((".", "!", "?")):
        return sentence
    return None


def _demonstrated(evidence: Iterable[Evidence]) -> tuple[Evidence, str] | None:
    for item in evidence:
        if item.section in _DEMONSTRATED and (sentence := _sentence_for(item)):
            return item, sentence
    return None


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
        shown = _demonstrated(requirement.evidence)
        if shown is None:
            continue
        evidence, sentence = shown
        candidates.append((requirement, evidence, sentence))
    # Hard skills shown under their own name first, then in the posting's order.
    candidates.sort(
        key=lambda c: (
            c[0].category == _SOFT_CATEGORY,
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
        term = _term(requirement, _member(requirement))
        if term.lower() not in (t.lower() for t in point.terms):
            point.terms.append(term)
        point.requirements.append(requirement.id)
        point.skills.append(_member(requirement))
    return list(points.values())


def _strength_text(points: Sequence[_Point]) -> str:
    parts = []
    for n, point in enumerate(points):
        listed = _join(point.terms)
        if n == 0:
            parts.append(f"Your posting asks for {listed}. {point.sentence}")
        else:
            parts.append(f"{'With' if n == 1 else 'As for'} {listed}, {point.sentence}")
    return " ".join(parts)


def _most_important_gap(report: GapReport) -> RequirementResult | None:
    """The gap that costs the most points (required first); soft skills are not turned into
    learning plans."""
    order = {r.id: n for n, r in enumerate(report.requirements)}
    gaps = [
        r
        for r in report.requirements
        if r.category != _SOFT_CATEGORY
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
    gap = _most_important_gap(report)
    if gap is None:
        return "", (), None
    term = _term(gap, gap.skills[0])
    text = (
        f"My next step is learning {term}, which your posting asks for and which I cannot yet "
        "show from my own work."
    )
    related = _related(report, gap)
    shown = _demonstrated(evidence for _, _, evidence in related)
    if shown is not None:
        evidence, sentence = shown
        framing = [(skill, name) for skill, name, e in related if _sentence_for(e) == sentence]
        names = _join(list(dict.fromkeys(name for _, name in framing)))
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


def _load_template(template: str | os.PathLike[str] | None, suffix: str) -> tuple[str, str]:
    """(template text, where it came from): the user's file, or the shipped one."""
    if template is None:
        name = f"cover_letter.{suffix}"
        shipped = resources.files("gapcheck").joinpath("templates", name)
        return shipped.read_text(encoding="utf-8"), name
    path = Path(template)
    try:
        if path.stat().st_size > _MAX_TEMPLATE_BYTES:
            raise TemplateError(str(path), f"larger than {_MAX_TEMPLATE_BYTES // 1000} kB")
        return path.read_text(encoding="utf-8"), str(path)
    except FileNotFoundError:
        raise TemplateError(str(path), "no such file") from None
    except IsADirectoryError:
        raise TemplateError(str(path), "is a directory, not a file") from None
    except UnicodeDecodeError:
        raise TemplateError(str(path), "is not UTF-8 text") from None
    except OSError as error:
        raise TemplateError(str(path), f"cannot be read ({error.strerror or error})") from None


def _fill(template: str, location: str, values: dict[str, str]) -> str:
    """The template with ``values`` substituted; empty paragraphs collapse."""
    parsed = string.Template(template)
    if not parsed.is_valid():
        raise TemplateError(location, "invalid placeholder (write $$ for a dollar sign)")
    unknown = sorted(set(parsed.get_identifiers()) - set(_TEMPLATE_FIELDS))
    if unknown:
        known = ", ".join(f"${name}" for name in _TEMPLATE_FIELDS)
        raise TemplateError(location, f"unknown placeholder ${unknown[0]} (known: {known})")
    text = parsed.substitute(values)
    text = "\n".join(line.rstrip(" \t") for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _value(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(text.split()) or None


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
    The draft passes :func:`check_honesty` before it is returned (``taxonomy``: the one the
    report was made with, to find skill names in the text).
    """
    role_name = _value(role) or report.job_title
    company_name = _value(company) or report.job_company
    name = _value(applicant) or report.applicant_name
    points = _strengths(report)
    plan, plan_claims, plan_for = _plan(report)

    greeting = f"Dear {company_name} hiring team," if company_name else "Dear hiring manager,"
    position = f"the {role_name} position" if role_name else "this position"
    if company_name:
        position += f" at {company_name}"
    opening = f"I am writing to apply for {position}."
    if points:
        opening += " Below are examples from my work that match what your posting asks for."
    closing = (
        "Thank you for considering my application. I would welcome the chance to talk with you "
        f"about {f'the {role_name} role' if role_name else 'this role'}."
    )
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
    from gapcheck.render.markdown import escape

    text_template, text_location = _load_template(template, "txt")
    markdown_template, markdown_location = (
        (text_template, text_location) if template is not None else _load_template(None, "md")
    )
    claims = tuple(
        LetterClaim(
            kind="strength",
            requirements=tuple(point.requirements),
            skills=tuple(dict.fromkeys(point.skills)),
            evidence=point.evidence,
            sentence=point.sentence,
        )
        for point in points
    )
    letter = CoverLetter(
        role=role_name,
        company=company_name,
        applicant=name,
        greeting=greeting,
        opening=opening,
        strengths=values["strengths"],
        plan=plan,
        closing=closing,
        claims=claims + plan_claims,
        plan_for=plan_for,
        text=_fill(text_template, text_location, values),
        markdown=_fill(
            markdown_template,
            markdown_location,
            {key: escape(value) for key, value in values.items()},
        ),
    )
    check_honesty(letter, report, taxonomy=taxonomy)
    return letter


# ------------------------------------------------------------------------------------------
# Resume tips

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
    if requirement.category == _SOFT_CATEGORY:
        return requirement.names[requirement.skills.index(member)].lower()
    words = _term(requirement, member).split()
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
        or requirement.category == _SOFT_CATEGORY  # phrases, not keywords
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
    member = _member(requirement)
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
    member = _member(requirement)
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
    if report.resume_sections is None:
        return []
    found = [s for s in report.resume_sections if s not in ("header", "other")]
    expected = ["experience", "skills"] + (["education"] if report.education else [])
    tips = []
    for kind in expected:
        if kind in found:
            continue
        heading = _SECTION_HEADINGS[kind]
        listed = ", ".join(_SECTION_HEADINGS.get(s, s.capitalize()) for s in found) or "none"
        message = (
            f"Add a section headed “{heading}”: applicant tracking systems look for it, and "
            f"gapcheck found none in your resume (sections found: {listed})."
        )
        skills: tuple[str, ...] = ()
        evidence: tuple[Evidence, ...] = ()
        if kind == "skills":
            shown = [
                (r, _demonstrated(r.evidence))
                for r in report.requirements
                if r.status == "matched" and r.credit_kind == "direct"
            ]
            shown = [(r, s) for r, s in shown if s is not None]
            if shown:
                terms = list(dict.fromkeys(_term(r, _member(r)) for r, _ in shown))
                message += (
                    " List there the skills the posting asks for that your experience already "
                    f"shows: {_join(terms)}."
                )
                skills = tuple(dict.fromkeys(_member(r) for r, _ in shown))
                evidence = tuple(s[0] for _, s in shown)
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


def resume_tips(report: GapReport) -> tuple[Tip, ...]:
    """Suggested resume changes for this posting, each tied to the report's evidence.

    Missing ATS sections come first; then, required before preferred and otherwise in the
    posting's order: the posting's exact term where the resume writes a synonym (posting
    "scikit-learn", resume "sklearn"), a skill shown only through a narrower one (PyTorch for
    "deep learning") to name, and a skill only listed to demonstrate. The list passes
    :func:`check_honesty` before it is returned.
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


# ------------------------------------------------------------------------------------------
# Honesty guard

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


def _evidence_key(evidence: Evidence) -> tuple[str, int, int]:
    return evidence.skill, evidence.start, evidence.end


def _report_evidence(report: GapReport) -> set[tuple[str, int, int]]:
    keys = {_evidence_key(e) for r in report.requirements for e in r.evidence}
    keys.update(_evidence_key(x.evidence) for x in report.extra if x.evidence is not None)
    return keys


def _backed_skills(report: GapReport) -> set[str]:
    """Skills a resume mention backs: found in the resume, or credited (directly or through a
    narrower skill) with evidence."""
    backed = set(report.resume_skills)
    for requirement in report.requirements:
        backed.update(e.skill for e in requirement.evidence)
        if requirement.credit_kind in ("direct", "implied") and requirement.evidence:
            backed.add(_member(requirement))
    backed.update(x.id for x in report.extra if x.evidence is not None)
    return backed


def _skill_names(report: GapReport) -> dict[str, str]:
    names = {x.id: x.name for x in report.extra}
    for requirement in report.requirements:
        names.update(zip(requirement.skills, requirement.names, strict=False))
        names.update((e.skill, e.name) for e in requirement.evidence)
    return names


def _unbacked(
    skills: Iterable[str], evidence: Iterable[Evidence], backed: set[str], known: set
) -> list[str]:
    skills = list(skills)
    found = [s for s in skills if s not in backed]
    for item in evidence:
        if _evidence_key(item) not in known:
            found.extend(skills or [item.skill])
    return found


def _mask(text: str, phrases: Iterable[str | None]) -> str:
    """``text`` with each phrase blanked out (same length, so offsets hold)."""
    for phrase in sorted({p for p in phrases if p}, key=len, reverse=True):
        text = re.sub(re.escape(phrase), lambda m: " " * len(m.group(0)), text)
    return text


def _claimed_in_text(
    letter: CoverLetter, report: GapReport, taxonomy: Taxonomy | None
) -> Iterator[tuple[str, str, str]]:
    """(skill id, name, matched text) of every skill the letter's text presents as the
    applicant's: in a sentence that speaks for the applicant, not after a plan phrase."""
    from gapcheck.documents import Document
    from gapcheck.extract import SkillExtractor

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
    if not masked.strip():
        return
    profile = SkillExtractor(taxonomy).extract(
        Document.from_text(masked, source="cover letter"), kind="resume"
    )
    bounds = [0]
    for match in _SENTENCE_END.finditer(masked):
        bounds.append(match.end())
    for skill in profile.skills:
        for mention in skill.mentions:
            index = bisect.bisect_right(bounds, mention.start) - 1
            end = bounds[index + 1] if index + 1 < len(bounds) else len(masked)
            sentence_start = bounds[index]
            sentence = masked[sentence_start:end]
            before = sentence[: mention.start - sentence_start]
            cues = list(_PLAN_CUE.finditer(before))
            if cues and not _CLAUSE_BREAK.search(before, cues[-1].end()):
                continue  # a plan, not a claim
            if _SECOND_PERSON.search(sentence) and not _FIRST_PERSON.search(sentence):
                continue  # about the posting ("Your posting asks for ...")
            yield skill.id, skill.name, mention.text


def check_honesty(
    draft: CoverLetter | Sequence[Tip],
    report: GapReport,
    *,
    taxonomy: Taxonomy | None = None,
) -> None:
    """Raise :class:`~gapcheck.errors.HonestyError` if ``draft`` names a skill as the applicant's
    own that no resume mention in ``report`` backs.

    A letter is checked twice: its ``claims`` (each skill backed, each piece of evidence one of
    the report's), and its text, read with the skill matcher (``taxonomy``: the one the report
    was made with): a skill in a sentence that speaks for the applicant must be backed, unless it
    follows a plan phrase ("my next step is learning ...") or is the resume's own words in a
    statement the letter quotes. A tip list is checked by its skills and evidence.
    """
    backed = _backed_skills(report)
    known = _report_evidence(report)
    names = _skill_names(report)
    if isinstance(draft, CoverLetter):
        unbacked = [
            names.get(skill, skill)
            for claim in draft.claims
            for skill in _unbacked(claim.skills, (claim.evidence,), backed, known)
        ]
        quoted = [c.evidence.statement or c.evidence.context for c in draft.claims]
        for skill_id, name, matched in _claimed_in_text(draft, report, taxonomy):
            if skill_id in backed:
                continue
            pattern = rf"(?<!\w){re.escape(' '.join(matched.split()))}(?!\w)"
            if any(re.search(pattern, line, re.IGNORECASE) for line in quoted):
                continue  # the resume's own words, quoted
            unbacked.append(name)
        label = "cover letter"
    else:
        unbacked = [
            names.get(skill, skill)
            for tip in draft
            for skill in _unbacked(tip.skills, tip.evidence, backed, known)
        ]
        label = "resume tips"
    if unbacked:
        raise HonestyError(label, tuple(dict.fromkeys(unbacked)))
