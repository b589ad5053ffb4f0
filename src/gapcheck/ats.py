"""What applicant tracking systems look at: the posting's keywords and how often each document
uses them, whether the resume's title matches the posting's, and checks of how the resume reads.

Each check is pass or fail with one line of advice; none prints what it found (an e-mail
address, a phone number): resumes are personal data.

>>> from gapcheck.documents import Document
>>> resume = Document.from_text("Jane Doe\\njane@example.com\\n\\nExperience\\nBuilt APIs.\\n")
>>> [check.id for check in ats_checks(resume, ("experience",)) if not check.passed]
['contact', 'headings', 'word-count', 'measurable-results']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.breaks import BULLETS
from gapcheck.documents import Document
from gapcheck.documents.shared import LAYOUT_TABLE_WARNING
from gapcheck.models import AtsCheck, DatedEntry, KeywordCount, SkillProfile, TitleMatch
from gapcheck.statements import FIELD_SEPARATOR, role_title
from gapcheck.summary import keyword
from gapcheck.wordlist import ROLE_NOUNS

__all__ = ["MAX_WORDS", "MIN_WORDS", "ats_checks", "keyword_counts", "title_match"]

MIN_WORDS = 250
MAX_WORDS = 1200
# Bounded parts, and starting only where a run of address characters starts: a long run of
# letters with no "@" costs one pass, not one pass per letter.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_PHONE = re.compile(r"(?<!\w)\+?(\d[\s().-]{0,2}){9,14}\d(?!\w)")
_WORD = re.compile(r"\w+")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^][]*\]")
_NUMBER = re.compile(r"\d")
_DATE_ONLY = re.compile(
    r"^[\W\d]*((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*[\W\d]*)*$", re.I
)
# A bullet line's marker: any of the bullets the reader knows ("-", "•", "✅"), except ">",
# which quotes.
_BULLET = re.compile(
    r"^\s*["
    + re.escape("".join(sorted(b for b in BULLETS if len(b) == 1 and b != ">")))
    + r"]\ufe0f?\s+"
)
# What separates the parts of a title line: the role (with its note in brackets), the employer
# (after a comma, "at" or a bar), the place and dates (after a run of spaces).
_TITLE_PARTS = re.compile(rf"{FIELD_SEPARATOR.pattern}|,\s|\s+(?:at|@)\s|\s{{2,}}|\t")
# A date that ends a title line's part: "Software Engineer Oct 2016".
_TRAILING_DATE = re.compile(
    r"\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?:19|20)\d\d\b.*$",
    re.IGNORECASE,
)
_COLUMN_GAP = re.compile(r"\S(?: {4,}|\t+)\S")
_TABLE_ROW = re.compile(r" \| .+ \| ")
_HEADINGS = {"experience": "Experience", "education": "Education", "skills": "Skills"}
_UNREADABLE = ("could not be read", "glyph", "run together", "no text")
_SENIORITY = frozenset(
    "senior sr junior jr lead principal staff chief head associate intern intermediate i ii "
    "iii iv".split()
)


# ------------------------------------------------------------------------------ keywords


def keyword_counts(resume: SkillProfile, job: SkillProfile) -> tuple[KeywordCount, ...]:
    """Every skill the posting names, in its own words, with how often the posting and the
    resume mention it (the resume under any of the skill's names); most asked first."""
    rows = []
    for position, skill in enumerate((*job.skills, *job.certifications)):
        if not skill.mentions:
            continue
        found = resume.skill(skill.id)
        written = next(iter(skill.written_mentions), None)
        rows.append(
            (
                -len(skill.mentions),
                position,
                KeywordCount(
                    term=keyword(written.text) if written is not None else skill.name,
                    kind="soft" if skill.kind == "soft" else "hard",
                    job_count=len(skill.mentions),
                    resume_count=len(found.mentions) if found is not None else 0,
                ),
            )
        )
    return tuple(row for _, _, row in sorted(rows, key=lambda row: row[:2]))


# ------------------------------------------------------------------------------ title


# The last words of a role's name, as :func:`_title_words` gives them ("engineer", "analyst").
_ROLE_WORDS = frozenset(w.removesuffix("s") if len(w) > 3 else w for w in ROLE_NOUNS)


def _title_words(text: str) -> list[str]:
    words = [word.lower() for word in _WORD.findall(text)]
    return [word.removesuffix("s") if len(word) > 3 else word for word in words]


def _date_row(text: str, date_text: str, near: int) -> int:
    """The line number (0-based) of an entry's date range as written."""
    found = text.find(date_text, max(0, near - 2000))
    return text.count("\n", 0, found if found >= 0 else near)


def _candidates(text: str, resume: SkillProfile) -> list[str]:
    """Lines that may hold the resume's title: the top lines (a headline) and the lines around
    the start of its two most recent dated entries."""
    lines = [line.strip() for line in text.splitlines()]
    # A headline is in the header, above the first section ("EDUCATION", "Thesis: ..." are not).
    body = min(
        (x.start for x in resume.sections if x.name not in ("header", "other")), default=len(text)
    )
    top = text.count("\n", 0, body) + 1
    # A headline is short: a summary's first sentence names no title, whatever its words.
    found = [
        line
        for line in lines[1 : min(6, top)]
        if line
        and not _EMAIL.search(line)
        and not line.endswith((".", ","))
        and len(_WORD.findall(line)) <= 12
    ]
    recent = sorted(_jobs(resume), key=lambda entry: entry.end_date, reverse=True)[:2]
    for entry in recent:
        row = _date_row(text, entry.date_text, entry.start)
        # A bullet under the dates is the work done, not the title: "- Project architect for
        # three K-12 schools" under "Architect II - Perkins & Ward (2019 - present)".
        found += [
            line for line in lines[max(0, row - 1) : row + 2] if line and not _BULLET.match(line)
        ]
    headings = {x.heading.strip(" :").casefold() for x in resume.sections if x.heading}
    return [
        line
        for line in dict.fromkeys(found)
        if len(line) <= 120 and line.strip(" :").casefold() not in headings
    ]


def _jobs(resume: SkillProfile) -> list[DatedEntry]:
    """The resume's dated entries but its degrees: a degree's line ("Ph.D. in Computer Science,
    2020 - 2026", "Thesis: ...") names no title the resume shows."""
    return [entry for entry in resume.entries if entry.section != "education"]


def _recent_title(text: str, resume: SkillProfile) -> str | None:
    """The line that names the most recent dated entry (the line above its dates, or theirs)."""
    jobs = _jobs(resume)
    if not jobs:
        return None
    entry = max(jobs, key=lambda entry: entry.end_date)
    lines = text.splitlines()
    row = _date_row(text, entry.date_text, entry.start)
    for line in (lines[row] if row < len(lines) else "", lines[row - 1] if row else ""):
        words = _WORD.findall(line.replace(entry.date_text, ""))
        if len(words) >= 2 and not _BULLET.match(line):
            return _as_title(line)
    return None


def _as_title(line: str, wanted: Sequence[str] = ()) -> str:
    """A resume's line as the title it shows: of the parts that share the line (the role, the
    employer, the place, the dates; a headline's name), the one with most of the ``wanted``
    words, else the first.

    >>> _as_title("Senior Marketing Manager, Lumen Analytics, New York, NY    03/2021 - Present")
    'Senior Marketing Manager'
    >>> _as_title("## Data Engineer (contract) at Acme")
    'Data Engineer (contract)'
    >>> _as_title("Jane Doe | Senior Data Engineer", ["data", "engineer"])
    'Senior Data Engineer'
    >>> _as_title("Software Engineer Oct 2016 – Present")
    'Software Engineer'
    """
    parts = [p.strip(" \t,;:") for p in _TITLE_PARTS.split(line.strip().lstrip("#").strip())]
    parts = [p for p in parts if p] or [line.strip()]
    best = max(parts, key=lambda part: sum(w in wanted for w in _title_words(part)))
    return _TRAILING_DATE.sub("", best) or best


def title_match(text: str, resume: SkillProfile, job_title: str | None) -> TitleMatch | None:
    """Whether the resume's headline or a recent job title names the posting's role: every
    word of the posting's title, but seniority ('Senior', 'Lead', 'II'), is on one line.
    None when the posting's title is unknown."""
    if not job_title:
        return None
    # The role, without the employer and place on its line nor a note in brackets, nor the
    # team or speciality after a comma ("Robotics Software Engineer, Autonomy").
    role = _BRACKETED.sub(" ", role_title(job_title))
    head, comma, _ = role.partition(",")
    named = [word for word in _title_words(head) if word not in _SENIORITY]
    if comma and len(named) >= 2 and named[-1] in _ROLE_WORDS:
        role = head  # not "Manager, Data Engineering": a manager of what the rest says
    wanted = [word for word in _title_words(role) if word not in _SENIORITY]
    # "Welder / Fabricator": one role under either name
    names = [
        named
        for part in re.split(r"\s+/\s+", role)
        if len(named := [word for word in _title_words(part) if word not in _SENIORITY]) >= 1
    ]
    if len(names) < 2 or any(len(named) > 3 for named in names):
        names = [wanted]
    best: tuple[int, str] | None = None
    matches = False
    for line in _candidates(text, resume):
        words = set(_title_words(line))
        shared = sum(1 for word in wanted if word in words)
        full = any(named and all(word in words for word in named) for named in names)
        if full and not matches:
            best, matches = (shared, line), True
        elif not matches and shared and (best is None or shared > best[0]):
            best = (shared, line)
    shown = _as_title(best[1], wanted) if best is not None else _recent_title(text, resume)
    return TitleMatch(
        job_title=job_title,
        resume_title=shown,
        matches=matches,
    )


# ------------------------------------------------------------------------------ checks


def _contact(text: str) -> AtsCheck:
    missing = [
        name
        for name, pattern in (("e-mail", _EMAIL), ("phone", _PHONE))
        if not pattern.search(text)
    ]
    if not missing:
        return AtsCheck(id="contact", passed=True, message="E-mail and phone number found.")
    return AtsCheck(
        id="contact",
        passed=False,
        message=f"No {' or '.join(missing)} found: put it at the top, as text (not an image).",
    )


def _headings(sections: Sequence[str]) -> AtsCheck:
    missing = [title for name, title in _HEADINGS.items() if name not in sections]
    if not missing:
        return AtsCheck(
            id="headings",
            passed=True,
            message="Standard headings found: Experience, Education, Skills.",
        )
    return AtsCheck(
        id="headings",
        passed=False,
        message=f"No {', '.join(missing)} heading found: use the standard words as headings.",
    )


def _word_count(text: str) -> AtsCheck:
    words = len(_WORD.findall(text))
    passed = MIN_WORDS <= words <= MAX_WORDS
    advice = (
        "within the usual range"
        if passed
        else "too short: describe your work in more detail"
        if words < MIN_WORDS
        else "long: keep the most relevant, recent work"
    )
    return AtsCheck(
        id="word-count",
        passed=passed,
        message=f"{words} words ({MIN_WORDS}-{MAX_WORDS} is usual): {advice}.",
    )


def _measurable(text: str) -> AtsCheck:
    bullets = [line for line in text.splitlines() if _BULLET.match(line)]
    numbered = [
        line
        for line in bullets
        if _NUMBER.search(line) and not _DATE_ONLY.match(_BULLET.sub("", line))
    ]
    passed = len(numbered) >= 3 and len(numbered) * 4 >= len(bullets)
    message = f"{len(numbered)} of {len(bullets)} bullets show a number"
    if passed:
        return AtsCheck(id="measurable-results", passed=True, message=message + ".")
    return AtsCheck(
        id="measurable-results",
        passed=False,
        message=message + ": add results (counts, percentages, money, time saved).",
    )


def _readable(document: Document) -> AtsCheck:
    problems = [w for w in document.warnings if any(cue in w.lower() for cue in _UNREADABLE)]
    pages = document.pages or 1
    sparse = document.format == "pdf" and len(_WORD.findall(document.text)) < 80 * pages
    if not problems and not sparse:
        return AtsCheck(id="readable", passed=True, message="The text reads cleanly from the file.")
    return AtsCheck(
        id="readable",
        passed=False,
        message="Part of the text does not read from the file (an image or unusual fonts): "
        "export it as a text-based PDF or DOCX.",
    )


def _layout(document: Document) -> AtsCheck:
    lines = document.text.splitlines()
    columns = sum(1 for line in lines if _COLUMN_GAP.search(line.strip()))
    # A table is rows in a row; a single "Title | Employer | City" line is not.
    run = longest = 0
    for line in lines:
        run = run + 1 if _TABLE_ROW.search(line) else 0
        longest = max(longest, run)
    if columns >= 5 or longest >= 3 or LAYOUT_TABLE_WARNING in document.warnings:
        return AtsCheck(
            id="layout",
            passed=False,
            message="Columns or tables found: tracking systems may read them out of order; "
            "use one column.",
        )
    return AtsCheck(id="layout", passed=True, message="One column, no layout tables.")


def _hidden(document: Document) -> AtsCheck:
    if any("hidden" in warning.lower() for warning in document.warnings):
        return AtsCheck(
            id="hidden-text",
            passed=False,
            message="Hidden text found (white or tiny text): remove it; recruiters see it.",
        )
    return AtsCheck(id="hidden-text", passed=True, message="No hidden text reported.")


def ats_checks(document: Document, sections: Sequence[str]) -> tuple[AtsCheck, ...]:
    """The checks of a resume: contact details, standard headings, word count, measurable
    results, readable text, layout, hidden text. ``sections`` are the kinds of the resume's
    sections (``SkillProfile.sections`` names)."""
    text = document.text
    return (
        _contact(text),
        _headings(sections),
        _word_count(text),
        _measurable(text),
        _readable(document),
        _layout(document),
        _hidden(document),
    )
