"""The sentences, lines and names in a document's text: the whole statement around a mention,
the employer a posting names, the applicant's name on a resume.

These read only the text, never the spaCy ``Doc``: :func:`with_texts` adds what they find to a
:class:`~gapcheck.models.GapReport`, so comparison and tailoring can use it.

>>> statement_at("Led a team of four. Built ETL jobs in Python.", 38, 44)
'Built ETL jobs in Python.'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from gapcheck.breaks import ends_statement
from gapcheck.excerpts import MAX_EXCERPT_CHARS, excerpt
from gapcheck.models import Evidence, GapReport, RequirementResult

__all__ = [
    "FIELD_SEPARATOR",
    "Lines",
    "applicant_name",
    "asking_statement",
    "cap_statement",
    "clean_statement",
    "name_case",
    "posting_company",
    "role_title",
    "statement_at",
    "with_texts",
]

_MAX_STATEMENT = MAX_EXCERPT_CHARS
# Sentence breaks are looked for this far around a mention at most: a sentence longer than
# that is cut to an excerpt anyway, and a line of any length costs the same per mention.
_SENTENCE_REACH = 4 * MAX_EXCERPT_CHARS
# How long a posting's statement shown for a requirement may be.
MAX_JOB_TEXT = 200

# Characters that open a list item (as in components.layout, plus Markdown headings), and a
# "Label: ..." line such as "Languages: Python, SQL".
_ITEM_CHARS = frozenset("•·▪◦●○■□➢►▶‣⁃∙*-–—>✓✔❖◆#+")
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")
_LABEL_LINE = re.compile(r"(?:\*\*)?[A-Z][\w/+.()-]*(?: [\w&/+.()-]+){0,3}:(?:\*\*)?\s")
_MARKER = re.compile(r"^\s*(?:[•·▪◦●○■□➢►▶‣⁃∙*>✓✔❖◆#+–—-]+|\d{1,2}[.)](?=\s))\s*")
_EMPHASIS = re.compile(r"\*\*|__|`")
# A sentence ends at . ! or ? before a capital or a digit; in text that lost its line breaks,
# a list item also ends before a bullet ("• ", or "- " after the end of a sentence).
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?])\s+(?=[\"'“(]?[A-Z0-9])|(?<=[.!?;])\s+(?=-\s+[A-Z])|\s+(?=[•▪●◦‣∙➢►]\s)"
)
# How much of a line's beginning or end tells whether it opens a unit or wraps.
_LINE_EDGE = 200


@dataclass(frozen=True)
class Lines:
    """Start and end offsets of each line of a text (without its line break): make it once with
    :meth:`of` and hand it to :func:`statement_at` for every mention in the same text.

    >>> lines = Lines.of("first\\nsecond")
    >>> lines.index(8), lines.line(1)
    (1, 'second')
    """

    text: str
    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(start for start, _ in self.spans))

    @classmethod
    def of(cls, text: str) -> Lines:
        spans = []
        start = 0
        for match in re.finditer("\n", text):
            spans.append((start, match.start()))
            start = match.end()
        spans.append((start, len(text)))
        return cls(text, tuple(spans))

    def index(self, offset: int) -> int:
        """The number of the line that holds ``offset`` (from 0)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def line(self, index: int) -> str:
        """The text of line ``index``."""
        start, end = self.spans[index]
        return self.text[start:end]


def _head(text: str, span: tuple[int, int]) -> str:
    """The beginning of a line: all :func:`_wraps` and :func:`_opens_unit` need of it."""
    return text[span[0] : min(span[1], span[0] + _LINE_EDGE)]


def _tail(text: str, span: tuple[int, int]) -> str:
    """The end of a line: all :func:`_wraps` needs of it."""
    return text[max(span[0], span[1] - _LINE_EDGE) : span[1]]


def _opens_unit(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and (
        stripped[0] in _ITEM_CHARS
        or _NUMBERED.match(stripped) is not None
        or _LABEL_LINE.match(stripped) is not None
    )


def _wraps(current: str, following: str) -> bool:
    """Whether ``current`` runs on into ``following`` (one statement wrapped over lines), as
    the layout reads line breaks (:func:`gapcheck.breaks.ends_statement`), where a line that
    opens a unit ("Languages: ...", "## Skills") also ends it."""
    return not _opens_unit(following) and not ends_statement(current, following)


def clean_statement(text: str) -> str:
    """``text`` with its list marker and Markdown emphasis dropped and whitespace collapsed.

    >>> clean_statement("  - **Built**   an ETL job")
    'Built an ETL job'
    """
    return " ".join(_EMPHASIS.sub("", _MARKER.sub("", text, count=1)).split())


def _sentence_around(text: str, start: int, end: int, offset: int) -> tuple[int, int]:
    """The sentence of ``text[start:end]`` that holds ``offset``, looked for no further than
    ``_SENTENCE_REACH`` characters on either side of it."""
    low = window = max(start, offset - _SENTENCE_REACH)
    high = min(end, offset + _SENTENCE_REACH)
    for match in _SENTENCE_BREAK.finditer(text, window, high):
        if match.start() >= offset:
            return low, match.start()
        low = match.end()
    return low, high


def statement_at(text: str, start: int, end: int, lines: Lines | None = None) -> str:
    """The whole bullet around ``text[start:end]`` (in running prose, its sentence): wrapped
    lines joined, list marker and Markdown emphasis dropped, whitespace collapsed.

    >>> resume = "• Built a churn model for all loyalty programme data in\\n  Python.\\n• Led"
    >>> start = resume.index("Python")
    >>> statement_at(resume, start, start + 6)
    'Built a churn model for all loyalty programme data in Python.'
    """
    lines = lines if lines is not None else Lines.of(text)
    first = last = lines.index(start)
    spans = lines.spans
    # A statement longer than _SENTENCE_REACH is cut to its sentence: the lines are not
    # followed further, so a paragraph of many wrapped lines costs the same per mention.
    while (
        first > 0
        and start - spans[first][0] < _SENTENCE_REACH
        and _wraps(_tail(text, spans[first - 1]), _head(text, spans[first]))
    ):
        first -= 1
    while (
        last + 1 < len(spans)
        and spans[last][1] - end < _SENTENCE_REACH
        and _wraps(_tail(text, spans[last]), _head(text, spans[last + 1]))
    ):
        last += 1
    low, high = lines.spans[first][0], lines.spans[last][1]
    if high - low > _MAX_STATEMENT or not _opens_unit(text[low : low + _MAX_STATEMENT]):
        low, high = _sentence_around(text, low, high, start)
    return clean_statement(excerpt(text, start, end, low, high))


def cap_statement(statement: str, term: str = "", limit: int = MAX_JOB_TEXT) -> str:
    """``statement`` cut to at most ``limit`` characters at word boundaries, with "…" where
    it was cut, keeping ``term`` (the first place it occurs) in view.

    >>> cap_statement("Experience with Spark, Hadoop or MongoDB and many more tools", limit=30)
    'Experience with Spark, Hadoop…'
    >>> asked = "We ship models daily to production; experience with MLflow helps"
    >>> cap_statement(asked, "MLflow", 44)
    '…to production; experience with MLflow helps'
    """
    if len(statement) <= limit:
        return statement
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", statement)]
    found = statement.lower().find(term.lower()) if term else -1
    first = last = 0
    if found >= 0:
        first = next(n for n, (_, end) in enumerate(words) if end > found)
        last = next(n for n, (_, end) in enumerate(words) if end >= found + len(term))

    def length(a: int, b: int) -> int:  # words a..b with an ellipsis for each cut end
        return words[b][1] - words[a][0] + (a > 0) + (b < len(words) - 1)

    if length(first, last) > limit:
        first = last = 0
    grown = True
    while grown:  # add a word after, then one before, while they fit
        grown = False
        if last + 1 < len(words) and length(first, last + 1) <= limit:
            last, grown = last + 1, True
        if first > 0 and length(first - 1, last) <= limit:
            first, grown = first - 1, True
    text = statement[words[first][0] : words[last][1]]
    if last < len(words) - 1:
        text = text.rstrip(",;:–—-") + "…"
    return ("…" if first else "") + text[: limit - (1 if first else 0)]


def _collapsed(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of whitespace made one space, and for each of its characters the
    offset in ``text`` it came from."""
    parts: list[str] = []
    offsets: list[int] = []
    for match in re.finditer(r"\S+", text):
        if parts:
            parts.append(" ")
            offsets.append(match.start())
        parts.append(match.group())
        offsets.extend(range(match.start(), match.end()))
    return "".join(parts), offsets


def asking_statement(
    text: str,
    line: str,
    terms: Sequence[str] = (),
    *,
    lines: Lines | None = None,
    collapsed: tuple[str, list[int]] | None = None,
) -> str | None:
    """The whole bullet or sentence of a posting that holds ``line`` (a whitespace-collapsed
    line of ``text``, as a mention's context gives it) and, on it, the first of ``terms`` found;
    capped at :data:`MAX_JOB_TEXT` characters around that term. None when ``line`` is not in
    ``text``.

    >>> posting = (
    ...     "Requirements\\n- Design, build and deploy models for ETA prediction and\\n"
    ...     "  demand forecasting.\\n"
    ... )
    >>> asking_statement(posting, "demand forecasting.", ["demand forecasting"])
    'Design, build and deploy models for ETA prediction and demand forecasting.'
    """
    if not line:
        return None
    flat, offsets = collapsed if collapsed is not None else _collapsed(text)
    at = flat.find(line)
    if at < 0:
        return None
    lowered = line.lower()
    term, found = "", -1
    for candidate in terms:
        if candidate and (found := lowered.find(candidate.lower())) >= 0:
            term = candidate
            break
    begin = at + max(found, 0)
    end = begin + max(len(term), 1)
    start, stop = offsets[begin], offsets[end - 1] + 1
    statement = statement_at(text, start, stop, lines)
    return cap_statement(statement, term) if statement else None


# A name of at most six words of at most 40 characters: bounded, so that looking for one at
# every capital letter of a long line of capitalised words stays linear.
_NAME = r"[A-Z][\w&'’.+-]{0,39}(?:[ \t]+(?:[A-Z0-9][\w&'’.+-]{0,39}|&|of|and|for|de)){0,5}"
_GENERIC_WORDS = frozenset(
    "we us our the this you your who what it they company team role job position opportunity "
    "benefits about join apply full-time part-time remote hybrid contract onsite on-site "
    "responsibilities requirements".split()
)
_ABOUT_HEADING = re.compile(rf"(?i:about)[ \t]+(?P<name>{_NAME})[ \t]*:?")
_HIRING = re.compile(rf"(?P<name>{_NAME})[ \t]+(?:is|are)[ \t]+(?:hiring|looking for|seeking)\b")
_AT_COMPANY = re.compile(rf"\b(?:at|@)[ \t]+(?P<name>{_NAME})[ \t]*$")
_EMPLOYER = re.compile(rf"(?P<name>{_NAME})[ \t]+is an equal opportunity employer")
# What separates the fields of a title line: "Engineer — Acme | Remote".
FIELD_SEPARATOR = re.compile(r"[ \t]+[|–—·•-][ \t]+|[ \t]*\|[ \t]*")


def _company_name(candidate: str, title: str | None) -> str | None:
    words = candidate.strip(" .,:;").split()
    while words and words[-1] in ("&", "of", "and", "for", "de"):
        words.pop()
    name = " ".join(words)
    if not 1 <= len(words) <= 6 or len(name) > 60 or words[0].lower() in _GENERIC_WORDS:
        return None
    if title and name.lower() == title.lower():
        return None
    return name


def posting_company(text: str, title: str | None = None) -> str | None:
    """The employer a posting names: an "About <Company>" heading, "<Company> is hiring", the
    title line ("... at <Company>"), a header field that recurs in the text, or "<Company> is an
    equal opportunity employer". None when none is found.

    >>> posting_company("Data Engineer\\nAbout Acme Analytics\\nWe build things.")
    'Acme Analytics'
    """
    lines = [_EMPHASIS.sub("", line).strip().lstrip("#").strip() for line in text.splitlines()]
    for line in lines:
        match = _ABOUT_HEADING.fullmatch(line)
        if match and (name := _company_name(match["name"], title)):
            return name
    for match in _HIRING.finditer(text):
        if name := _company_name(match["name"], title):
            return name
    header = [line for line in lines if line][:3]
    for line in header:
        match = _AT_COMPANY.search(line)
        if match and (name := _company_name(match["name"], title)):
            return name
    for line in header:
        for part in FIELD_SEPARATOR.split(line):
            if not re.fullmatch(_NAME, part.strip()):
                continue
            name = _company_name(part, title)
            if name and len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) >= 2:
                return name
    match = _EMPLOYER.search(text)
    return _company_name(match["name"], title) if match else None


_PLACE_NOTE = re.compile(r"[ \t]*[(\[][^()\[\]]{1,60}[)\]][ \t]*$")
_PLACE_WORDS = re.compile(
    r"(?i)\b(?:remote|hybrid|on-?site|in-office|office|us|usa|uk|eu|emea|apac|f/m/d|m/f/d|m/w/d|"
    r"full[- ]time|part[- ]time|contract|[a-z]+,[ \t]*[a-z]{2})\b"
)


def role_title(title: str, company: str | None = None) -> str:
    """The role a posting's title line names, without the employer, place or work mode that
    share the line: "Senior Frontend Engineer — Harborlight Health (Remote, US)" -> "Senior
    Frontend Engineer".

    >>> role_title("Senior Frontend Engineer — Harborlight Health (Remote, US)")
    'Senior Frontend Engineer'
    >>> role_title("Data Engineer at Acme Analytics", "Acme Analytics")
    'Data Engineer'
    >>> role_title("Backend Engineer (Go)")
    'Backend Engineer (Go)'
    """
    role = FIELD_SEPARATOR.split(title.strip())[0].strip() or title.strip()
    if company:
        at = re.search(rf"[ \t]+(?:at|@)[ \t]+{re.escape(company)}\b.*$", role)
        if at is not None and at.start() > 0:
            role = role[: at.start()]
    note = _PLACE_NOTE.search(role)
    if note is not None and note.start() > 0 and _PLACE_WORDS.search(note.group(0)):
        role = role[: note.start()]
    return role.strip() or title.strip()


_NAME_PARTICLES = frozenset("van von der den de da del della di du la le bin ibn al st.".split())
_NOT_NAME_WORDS = frozenset(
    "resume résumé curriculum vitae cv profile summary engineer scientist developer analyst "
    "manager designer consultant architect specialist senior junior lead data software "
    "contact experience".split()
)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")


def applicant_name(text: str) -> str | None:
    """The applicant's name when the resume's first line reads as one ("Maya R. Lindqvist").

    >>> applicant_name("# Jonas Whitfield\\nDenver, CO")
    'Jonas Whitfield'
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    candidate = _EMPHASIS.sub("", first).strip().lstrip("#").strip()
    words = candidate.split()
    if not 2 <= len(words) <= 5 or not words[0][:1].isupper():
        return None
    for word in words:
        lower = word.lower()
        if lower in _NOT_NAME_WORDS or not _NAME_WORD.fullmatch(word):
            return None
        if not word[0].isupper() and lower not in _NAME_PARTICLES:
            return None
    return candidate


_CASED_PART = re.compile(r"([-'’])")


def _recase(word: str) -> str:
    """One all-capitals name word in normal case: "O'BRIEN" -> "O'Brien", "MCDONALD" ->
    "McDonald", "SMITH-JONES" -> "Smith-Jones"."""

    def part(text: str) -> str:
        if _CASED_PART.fullmatch(text):
            return text
        cased = text[:1].upper() + text[1:].lower()
        if len(cased) > 3 and cased.startswith("Mc") and cased[2].isalpha():
            cased = "Mc" + cased[2].upper() + cased[3:]
        return cased

    return "".join(part(p) for p in _CASED_PART.split(word))


def name_case(name: str) -> str:
    """A person's name in normal case: words written in capitals are recased, particles
    lowercased; a name already in mixed case is kept as written ("McDonald", "van der Berg").

    >>> name_case("JANE DOE"), name_case("JAN VAN DER BERG"), name_case("MARY MCDONALD")
    ('Jane Doe', 'Jan van der Berg', 'Mary McDonald')
    >>> name_case("Maya R. LINDQVIST"), name_case("Jan van der Berg"), name_case("Lin LI")
    ('Maya R. Lindqvist', 'Jan van der Berg', 'Lin LI')
    """
    words = name.split()
    all_capitals = not any(c.islower() for c in name)
    cased = []
    for n, word in enumerate(words):
        letters = sum(c.isalpha() for c in word)
        if not word.isupper() or (not all_capitals and letters < 3):
            cased.append(word)  # as written: mixed case, an initial, a short word in capitals
        elif 0 < n < len(words) - 1 and word.lower() in _NAME_PARTICLES:
            cased.append(word.lower())
        else:
            cased.append(_recase(word))
    return " ".join(cased)


def with_texts(report: GapReport, *, resume_text: str, job_text: str | None = None) -> GapReport:
    """``report`` with what only the documents' texts tell: the whole statement behind each
    piece of evidence, the employer's name and the applicant's name.

    :func:`gapcheck.analyze` calls it; call it yourself after :func:`gapcheck.compare` when you
    have the texts (``resume_text`` must be the text the resume profile was extracted from).
    """
    lines = Lines.of(resume_text)

    def fill(evidence: Evidence) -> Evidence:
        if resume_text[evidence.start : evidence.end] != evidence.text:
            return evidence  # not this text's offsets: leave the evidence as it is
        statement = statement_at(resume_text, evidence.start, evidence.end, lines)
        return evidence.model_copy(update={"statement": statement})

    requirements = tuple(
        r.model_copy(update={"evidence": tuple(fill(e) for e in r.evidence)})
        for r in report.requirements
    )
    extra = tuple(
        x.model_copy(update={"evidence": fill(x.evidence)}) if x.evidence is not None else x
        for x in report.extra
    )
    if job_text:
        requirements = _with_posting_statements(requirements, job_text)
    company = posting_company(job_text, report.job_title) if job_text else None
    education = tuple(
        e.model_copy(update={"job_text": cap_statement(e.job_text)}) for e in report.education
    )
    return report.model_copy(
        update={
            "requirements": requirements,
            "education": education,
            "extra": extra,
            "job_company": company or report.job_company,
            "applicant_name": applicant_name(resume_text) or report.applicant_name,
        }
    )


def _with_posting_statements(
    requirements: Sequence[RequirementResult], job_text: str
) -> tuple[RequirementResult, ...]:
    """Each requirement's ``job_text`` made the posting's whole bullet or sentence that asks for
    it (the line a mention gives is one physical line, perhaps a fragment of a wrapped bullet)."""
    lines, collapsed = Lines.of(job_text), _collapsed(job_text)
    updated = []
    for requirement in requirements:
        statement = asking_statement(
            job_text,
            requirement.job_text,
            (*requirement.job_terms, *requirement.names),
            lines=lines,
            collapsed=collapsed,
        )
        if statement:
            requirement = requirement.model_copy(update={"job_text": statement})
        updated.append(requirement)
    return tuple(updated)
