"""Resume tips for one posting, each tied to the report's evidence: a skill shown only through a
narrower one to name, a skill only listed to demonstrate, the sections applicant tracking systems
look for and, on request, the posting's exact term where the resume writes a synonym.

No tip asks for what the resume already has: a term counts as there when the resume writes it
in any case, with any punctuation ("scikit learn", "CI-CD") or inflection ("API", "APIs"), or
under any of the taxonomy's names for its skill ("k8s" for Kubernetes), as far as the report's
resume lines show.

>>> from gapcheck import analyze
>>> report = analyze("examples/resume_ai_engineer.txt", "examples/job_ai_engineer.txt")
>>> [(tip.kind, tip.term) for tip in resume_tips(report)][1:3]
[('demonstrate', 'linear algebra'), ('name-implied', 'deep learning')]
>>> [tip.term for tip in resume_tips(report, spelling=True) if tip.kind == "use-posting-term"]
['deploy machine learning models', 'scikit-learn', 'model monitoring']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gapcheck.models import CERTIFICATIONS, Evidence, GapReport, RequirementResult
from gapcheck.summary import posting_keyword
from gapcheck.tailor._shared import SOFT_CATEGORY, credited_member, demonstrated, posting_term
from gapcheck.tailor.honesty import check_honesty
from gapcheck.tailor.models import Tip, TipKind
from gapcheck.tailor.phrasing import join_words
from gapcheck.tailor.skill_names import find_skill_names
from gapcheck.taxonomy import Taxonomy, load_taxonomy

__all__ = ["resume_tips"]

_SECTION_HEADINGS = {"experience": "Experience", "skills": "Skills", "education": "Education"}


def _keyword(requirement: RequirementResult, member: str) -> str:
    """The keyword to write for a member: the posting's term without words around it that are
    not part of the skill ("big data tools" -> "big data"); soft skills by their name."""
    index = requirement.skills.index(member) if member in requirement.skills else 0
    if requirement.category == SOFT_CATEGORY:
        return requirement.names[index].lower()
    return posting_keyword(requirement, index)


def _place(evidence: Evidence) -> str:
    return f"{evidence.section}, line {evidence.line}"


_WORD = re.compile(r"[a-z0-9+#]+")
_DEMONSTRATED = ("experience", "projects")
_BILINGUAL = "multilingualism"


def _stem(word: str) -> str:
    """A word without its plural ending: "apis" -> "api", "libraries" -> "library"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _words(term: str) -> tuple[str, ...]:
    """The words of a term as a keyword search compares them: lowercase, punctuation gone,
    plurals made singular. ("REST APIs" -> ("rest", "api"), "CI/CD" -> ("ci", "cd"))."""
    return tuple(_stem(w) for w in _WORD.findall(term.lower().replace("’", "'")))


def _holds(words: Sequence[str], part: Sequence[str]) -> bool:
    """Whether ``part`` is a run of ``words`` (or, joined up, a run of joined words:
    "scikitlearn" for "scikit learn")."""
    if not part:
        return False
    n = len(part)
    if any(tuple(words[i : i + n]) == tuple(part) for i in range(len(words) - n + 1)):
        return True
    joined = "".join(part)
    for i in range(len(words)):  # linear in the words: each run stops once it is long enough
        run = ""
        for j in range(i, len(words)):
            run += words[j]
            if len(run) >= len(joined):
                if run == joined:
                    return True
                break
    return False


def _same_term(posting: str, resume: str) -> bool:
    """Whether a keyword search for ``posting`` would find ``resume`` (or the other way round):
    the same words up to case, punctuation and plurals, or one inside the other ("Airflow" in
    "Apache Airflow")."""
    a, b = _words(posting), _words(resume)
    return bool(a and b) and (_holds(a, b) or _holds(b, a))


@dataclass(frozen=True)
class _Line:
    """A resume line: its section (None when unknown), words and the skills it names."""

    section: str | None
    words: tuple[str, ...]
    skills: frozenset[str]


@dataclass(frozen=True)
class _ResumeWords:
    """What the resume writes, as far as it is known: the skills the report found, the resume
    lines its evidence quotes, and, when given, every line of the resume's text."""

    skills: frozenset[str]
    lines: tuple[_Line, ...]

    @classmethod
    def of(cls, report: GapReport, taxonomy: Taxonomy, text: str | None) -> _ResumeWords:
        evidence = [e for r in report.requirements for e in r.evidence]
        evidence += [x.evidence for x in report.extra if x.evidence is not None]
        quoted: dict[tuple[str | None, str], None] = {
            (e.section, e.statement or e.context): None for e in evidence
        }
        if text:
            quoted.update(((None, line), None) for line in text.splitlines() if line.strip())
        lines = tuple(
            _Line(
                section,
                _words(line),
                frozenset(name.skill for name in find_skill_names(line, taxonomy)),
            )
            for section, line in quoted
        )
        return cls(frozenset(report.resume_skills), lines)

    def writes(self, term: str, skill: str, *, sections: Iterable[str] | None = None) -> bool:
        """Whether the resume writes ``term`` or another name of ``skill`` (in a line of one of
        ``sections``, when given)."""
        wanted = _words(term)
        shown = set(sections) if sections is not None else None
        return any(
            (shown is None or line.section in shown)
            and (skill in line.skills or _holds(line.words, wanted))
            for line in self.lines
        )

    def has(self, term: str, skill: str) -> bool:
        """Whether the resume already has ``skill``: found in it, or written in a line."""
        return skill in self.skills or self.writes(term, skill)


def _term_tip(requirement: RequirementResult, resume: _ResumeWords) -> Tip | None:
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
    # No terms where the resume names the skill only by a modifier of another's noun ("linear"
    # in "linear and logistic regression"): it writes the words, no other term to change.
    written = requirement.resume_terms
    if not evidence or not written or any(_same_term(term, w) for w in written):
        return None
    if resume.writes(term, ""):
        return None  # written the posting's way somewhere the extractor read otherwise
    shown = next((e for e in evidence if _same_term(e.text, written[0])), evidence[0])
    resume_term = " ".join(shown.text.split())
    message = (
        f"Write “{term}” as the posting does: your resume says “{resume_term}” "
        f"({_place(shown)}). Applicant tracking systems match keywords literally, so "
        f"“{resume_term}” may not count for “{term}”."
    )
    return _tip("use-posting-term", requirement, term, (member,), (shown,), message)


def _implied_tip(requirement: RequirementResult, resume: _ResumeWords) -> Tip | None:
    through = requirement.credited_through
    if requirement.credit_kind != "implied" or through is None:
        return None
    evidence = tuple(e for e in requirement.evidence if e.skill == through)[:1]
    if not evidence:
        return None
    member = credited_member(requirement)
    if member == _BILINGUAL:
        return _level_tip(requirement, through, evidence[0])
    term = _keyword(requirement, member)
    if resume.has(term, member):
        return None  # named after all (with too few years, or in another form)
    message = (
        f"Name “{term}” on your resume: the job asks for it, and your resume shows "
        f"“{' '.join(evidence[0].text.split())}” ({_place(evidence[0])}), which implies it, "
        "but never names it."
    )
    return _tip("name-implied", requirement, term, (member, through), evidence, message)


def _level_tip(requirement: RequirementResult, language: str, evidence: Evidence) -> Tip:
    """A bilingual candidate is asked, and the resume gives its second language no fluent
    level: "bilingual" would claim more than it shows, so the tip asks for the level, if it
    is fluent."""
    term = f"{evidence.name} (fluent)"
    message = (
        f"If you speak {evidence.name} fluently, say so on your resume (“{term}”): the job "
        f"asks for a bilingual candidate, and your resume names “{' '.join(evidence.text.split())}"
        f"” ({_place(evidence)}) without a fluent level."
    )
    return _tip("state-level", requirement, term, (language,), (evidence,), message)


def _demonstrate_tip(requirement: RequirementResult, resume: _ResumeWords) -> Tip | None:
    if not requirement.listed_only or not requirement.evidence:
        return None
    member = credited_member(requirement)
    evidence = tuple(e for e in requirement.evidence if e.skill == member) or requirement.evidence
    term = _keyword(requirement, member)
    if resume.writes(term, member, sections=_DEMONSTRATED):
        return None  # an experience or project line already shows it
    places = "; ".join(dict.fromkeys(_place(e) for e in evidence))  # two mentions on one line
    message = (
        f"Add a bullet where you used {term}: the job asks for it "
        f"({requirement.importance}), but your resume only lists it ({places}). If you have "
        "used it in a job or a project, show it there."
    )
    return _tip("demonstrate", requirement, term, (member,), evidence, message)


def _tip(
    kind: TipKind,
    requirement: RequirementResult | None,
    term: str,
    skills: tuple[str, ...],
    evidence: tuple[Evidence, ...],
    message: str,
) -> Tip:
    """A tip of ``kind`` that serves ``requirement`` (none for the resume as a whole), with
    its importance."""
    return Tip(
        kind=kind,
        requirement=requirement.id if requirement else None,
        importance=requirement.importance if requirement else None,
        term=term, skills=skills, evidence=evidence, message=message,
    )  # fmt: skip


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
        tips.append(_tip("add-section", None, heading, skills, evidence, message))
    return tips


def _shown_in_experience(report: GapReport) -> list[tuple[RequirementResult, Evidence]]:
    """Directly matched requirements with a resume statement that demonstrates them (not
    certifications and licences: they have a section of their own)."""
    shown = []
    for requirement in report.requirements:
        if requirement.status != "matched" or requirement.credit_kind != "direct":
            continue
        if requirement.category == CERTIFICATIONS:
            continue
        found = demonstrated(requirement.evidence)
        if found is not None:
            shown.append((requirement, found[0]))
    return shown


def resume_tips(
    report: GapReport,
    *,
    resume_text: str | None = None,
    taxonomy: Taxonomy | None = None,
    spelling: bool = False,
) -> tuple[Tip, ...]:
    """Suggested resume changes for this posting, each tied to the report's evidence.

    Missing ATS sections come first; then, required before preferred and otherwise in the
    posting's order: a skill shown only through a narrower one (PyTorch for "deep learning") to
    name, and a skill only listed to demonstrate. No tip asks for a term the resume already
    has (see the module's docs): give ``resume_text`` (the text the report's resume was read
    from) so that every line of it counts, not only the lines the report quotes; ``taxonomy``
    is the one the report was made with, whose names count as the same skill.

    With ``spelling``, also the posting's spelling where the resume writes the same skill
    another way (posting "scikit-learn", resume "sklearn"), for keyword searches that match
    words literally. These are off by default: the resume has the skill, under a name the
    taxonomy (and a careful recruiter) knows.

    The list passes :func:`~gapcheck.tailor.check_honesty` before it is returned.
    """
    resume = _ResumeWords.of(
        report, taxonomy if taxonomy is not None else load_taxonomy(), resume_text
    )
    tips = _section_tips(report)
    seen: set[tuple[str, str]] = set()
    ranked = sorted(
        range(len(report.requirements)),
        key=lambda n: (report.requirements[n].importance != "required", n),
    )
    makers = (
        (_term_tip, _implied_tip, _demonstrate_tip)
        if spelling
        else (_implied_tip, _demonstrate_tip)
    )
    for n in ranked:
        requirement = report.requirements[n]
        for make in makers:
            tip = make(requirement, resume)
            if tip is not None and (tip.kind, tip.term.lower()) not in seen:
                seen.add((tip.kind, tip.term.lower()))
                tips.append(tip)
    result = tuple(tips)
    check_honesty(result, report, taxonomy=taxonomy)
    return result
