"""Statements of a job posting that ask for nothing: about the company, its benefits, its
hiring process, or the law.

Postings mix what they ask for with text about the employer ("Our backend moved from Perl to
Go in 2019"), what it offers ("a free Coursera subscription"), how it hires ("a take-home in
a Jupyter notebook") and legal text (equal-opportunity statements). Skills named there are not
requirements. Each statement is judged on its own, so one legal sentence in a one-paragraph
posting marks that sentence only, and a remark in brackets or after a dash is judged apart
from the item it follows ("English (our standups are in Polish)").

>>> clause_kind("We migrated our backend from Perl to Go in 2019.")
'about'
>>> clause_kind("The SOC monitors 9,000 endpoints and cloud workloads in Azure and AWS.")
'about'
>>> clause_kind("You will write services in Go.") is None
True
>>> clause_kind("The interview includes a take-home in Python.")
'apply'
>>> clause_kind("We offer a pension and a free Udemy licence.")
'benefits'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

__all__ = ["LEGAL_CUES", "StatementReader", "clause_kind", "company_names"]

# How _spans searches the patterns made by _at_word_start, _at_line_start and _either, by id.
_BODIES: dict[int, re.Pattern[str]] = {}
_LEADS: dict[int, re.Pattern[str]] = {}
_PARTS: dict[int, tuple[re.Pattern[str], ...]] = {}
_BOUNDARY = re.compile(r"\b")
# More first letters than this are most letters of a text: the engine would try nearly every
# position of it.
_MANY_LETTERS = 10


def _at_word_start(*phrases: str, then: str = "") -> re.Pattern[str]:
    """The pattern ``\\b(?:phrase|phrase|...)then``; each phrase opens with a plain character.

    Searched as is, such a pattern is tried at each position of the text: ``\\b`` gives the
    regex engine no character to skip to. :func:`_spans` finds the same matches faster. The
    phrases are grouped by first character, ``e(?:qual ...|-verify)``, so that the engine
    compares a character per group, not per phrase (phrases with different first characters
    never match at one position, and those with the same one keep their order: the regrouping
    changes no match). Then:

    - phrases with few first characters ("you", "candidate", "applicant") are searched without
      the ``\\b`` (the engine skips to those characters), a match kept where it is at a word
      boundary;
    - phrases with many first letters, most letters of a text, are searched led by a character
      that ends a word, ``\\W(?:...)``, which the engine tries only there: a phrase opening with
      a letter starts a word exactly after such a character, or at the start of the text.
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        if phrase[:1] in ("", *"\\()[]{}.^$|?*+") or phrase[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"{phrase!r} does not open with a character of its own")
        groups.setdefault(phrase[0], []).append(phrase[1:])
    body = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
    pattern = re.compile(rf"\b(?:{body}){then}")
    if len(groups) > _MANY_LETTERS and all(first.isalnum() for first in groups):
        _LEADS[id(pattern)] = re.compile(rf"\W(?:{body}){then}")
    else:
        _BODIES[id(pattern)] = re.compile(f"(?:{body}){then}")
    return pattern


def _at_line_start(body: str) -> re.Pattern[str]:
    """The pattern ``(?m:^)(?:body)``, which :func:`_spans` searches led by a line break,
    ``\\n(?:body)`` (the engine skips to the line breaks), and at the start of the text."""
    pattern = re.compile(f"(?m:^)(?:{body})")
    _LEADS[id(pattern)] = re.compile(f"\n(?:{body})")
    return pattern


def _either(*parts: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern ``part|part|...`` (parts without flags), which :func:`_spans` searches part
    by part, each the fast way it has."""
    pattern = re.compile("|".join(f"(?:{part.pattern})" for part in parts))
    _PARTS[id(pattern)] = parts
    return pattern


def _search(pattern: re.Pattern[str], text: str, position: int) -> tuple[int, int] | None:
    """The span of ``pattern.search(text, position)``, for a pattern that never matches the
    empty string."""
    lead = _LEADS.get(id(pattern))
    if lead is not None:
        # The pattern matches where its lead does, one character on, or at the text's start.
        if position == 0 and (match := pattern.match(text)) is not None:
            return match.span()
        match = lead.search(text, max(position - 1, 0))
        return None if match is None else (match.start() + 1, match.end())
    body = _BODIES.get(id(pattern))
    if body is not None:
        # The pattern matches where its body does at a word boundary.
        while (match := body.search(text, position)) is not None:
            if _BOUNDARY.match(text, match.start()) is not None:
                return match.span()
            position = match.start() + 1
        return None
    parts = _PARTS.get(id(pattern))
    if parts is not None:
        found = [span for part in parts if (span := _search(part, text, position))]
        return min(found, key=lambda span: span[0]) if found else None
    match = pattern.search(text, position)
    return None if match is None else match.span()


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each match of ``pattern.finditer(text)``, for a pattern that never
    matches the empty string: the first match, then the first one from its end, and so on.

    The first match of an :func:`_either` pattern is that of its part that matches first (the
    earliest part where several match at one position, as in an alternation); each part's next
    match is searched again only once the last match found overlaps it."""
    spans: list[tuple[int, int]] = []
    parts = _PARTS.get(id(pattern))
    if parts is None:
        if id(pattern) not in _LEADS and id(pattern) not in _BODIES:
            return [match.span() for match in pattern.finditer(text)]
        position = 0
        while (span := _search(pattern, text, position)) is not None:
            spans.append(span)
            position = span[1]
        return spans
    found = [_search(part, text, 0) for part in parts]
    while any(found):
        start, end = min((span for span in found if span), key=lambda span: span[0])
        spans.append((start, end))
        found = [
            span if span is None or span[0] >= end else _search(part, text, end)
            for part, span in zip(parts, found, strict=True)
        ]
    return spans


LEGAL_CUES = _at_word_start(
    "equal (employment )?opportunit(y|ies)",
    "without regard to",
    "regardless of",
    "protected (veteran|by law|characteristics?|status|class)",
    "e-verify",
    "reasonable (accommodations?|adjustments?)",
    "affirmative action",
    r"eeo\b",
    "race, (color|colour)",
    "sexual orientation",
    "gender identity",
    "gender reassignment",
    "national origin",
    "discriminat",
    "veteran status",
    "disability status",
    "marital status",
    "civil partnership",
    "authori[sz]ed to work",
    "right to work",
    "unable to sponsor",
    "not able to sponsor",
    "visa sponsorship",
    "sponsor (a )?visas?",
    "background (check|screening)",
    "criminal record",
    "drug (test|screen)",
    "inclusive (environment|workplace|culture)",
    "under-?represented",
    "all backgrounds",
    "applications from (everyone|all|people)",
    "disability confident",
    "privacy notice",
)
"""Phrases of equal-opportunity and other legal text (in lowercase text)."""

_PROCESS = _at_word_start(
    "take[- ]home(?! pay)",
    "hiring (?:process|steps)",
    "recruitment process",
    "selection process",
    "application process",
    "screening call",
    "intro call",
    "introductory call",
    "recruiter call",
    "coding (?:challenge|exercise|test|assessment)",
    "pair[- ]programming (?:session|exercise)",
    "first call to offer",
    "final round",
    then=r"\b",
)
_INTERVIEW = _at_word_start(r"interview(?:s|ing)?\b")
# In a list of requirements or duties only the posting's own interview is the process:
# "Experience running technical interviews" is a skill.
_OUR_INTERVIEW = _at_word_start(
    "the interviews?",
    "our interviews?",
    "your interviews?",
    "this interviews?",
    "interview (?:process|steps|stages|loop|rounds?)",
    then=r"\b",
)
# Sections that ask for skills; in the lists among them (not the free text of a title line, a
# one-paragraph posting or a role description) only strong phrases mark a statement.
# Words that ask to know or do what a legal phrase names, in a list of the job's asks: "Working
# knowledge of FMLA, ADA and EEO", "Experience with E-Verify", "Administer ADA accommodations".
_KNOWING = _at_word_start(
    *(
        "knowledge|understanding|familiar|familiarity|experience|expertise|proficien|"
        "administer|administering|process|processing|ensure|ensuring|comply|compliance|"
        "investigate|investigating|conduct|conducting|manage|managing|handle|handling"
    ).split("|")
)
_ASKING = frozenset(
    {"title", "other", "role", "responsibilities", "requirements", "stack", "preferred"}
)
_LISTS = frozenset({"responsibilities", "requirements", "stack", "preferred"})
# Interviews that are the job's work, not the applicant's: "user interviews", "interview
# customers".
_WORK_INTERVIEW_BEFORE = frozenset("user customer stakeholder research exit qualitative".split())
_WORK_INTERVIEW_AFTER = frozenset(
    "users customers stakeholders participants clients candidates experts".split()
)
_BENEFIT_OFFER = _at_word_start(
    "we offer",
    "we('ll| will) (pay|cover|reimburse)",
    "benefits include",
    "perks include",
    "in return",
    "you('ll| will) (get|receive|enjoy)",
    "on offer",
    then=r"\b",
)
_BENEFIT_NOUN = _either(
    _at_word_start(
        *(
            f"{item} (budget|allowance)"
            for item in (
                "learning",
                "training",
                "conference",
                "education",
                "home[- ]office",
                "equipment",
                "wellness",
                "development",
                "book",
            )
        ),
        "salary",
        "pension",
        "paid (holidays?|vacation|leave|time off)",
        "days'? (of )?(paid )?(holidays?|vacation|leave)",
        "health (insurance|care|plan)",
        "healthcare",
        *(
            f"{kind} (health|insurance|healthcare|cover)"
            for kind in ("private", "medical", "dental", "vision", "life")
        ),
        "stock options",
        "share options",
        "equity (package|stake|grants?|compensation)",
        r"401\(?k\)?",
        "stipend",
        "reimburse(ment|d)?",
        "relocation (support|package|assistance)",
        "parental leave",
        "gym",
        "bonus scheme",
        r"free [\w'. -]{1,40}?(subscription|licen[cs]e|account|membership|access)",
        then=r"\b",
    ),
    re.compile(r"[£$€]\s?\d"),
)
_SECOND_PERSON = _at_word_start(
    *"you your yours yourself you'll you're you've you'd candidates? applicants?".split(),
    then=r"\b",
)
# "'d love" ("we'd love") opens with no letter; it shares no position with the words.
_WANTING = _either(
    _at_word_start(
        *(
            "looking for|seeking|searching for|on the lookout|hiring|need|needs|needed|"
            "require[sd]?|requirements?|must|expects?|expected|wants?|would love|love to see|"
            "prefers?|preferred|preferably|ideally|plus|bonus|nice to have|desirable|desired|"
            "essential|mandatory|welcomes?|value|ask|asks|advantage|asset|helpful|beneficial|"
            "optional"
        ).split("|"),
        then=r"\b",
    ),
    _at_word_start("'d love", then=r"\b"),
)
_LEADERS = (
    r"[\W\d]*(?:(?:and|but|so|though|although|even|while|whereas|as|since|because|also|"
    r"today|currently|now|here|still|then|meanwhile|in \d{4}|since \d{4}|last year|this year|"
    r"at [A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)?),?\s+)*"
)
_SUBJECT = (
    r"(?:we|we're|we've|we'd|we'll|our|ours|the (?:company|business|product|platform|apps?|"
    r"backend|frontend|stack|codebase|system|services?|warehouse|infrastructure|environment|"
    r"soc|noc|department|unit|group|lab|laboratory|organi[sz]ation|firm|agency|hospital|"
    r"clinic|practice|district|store|plant|facility)|"
    r"the(?: [\w-]+){0,3} team|the client|the customer)\b"
)
_COMPANY_START = re.compile(_LEADERS + _SUBJECT, re.IGNORECASE)
_LEADING_WORDS = re.compile(_LEADERS, re.IGNORECASE)
# "Our stack: Go, Kafka" lists what the job works with: a field, not company talk.
_STACK_FIELD = re.compile(
    r"\W*(our|the)( \w+)? (stack|tools|tooling|technologies|tech|languages|setup)\b[^:]{0,20}:",
    re.IGNORECASE,
)
_SUBCLAUSE_BREAK = re.compile(
    r",\s+(?=(?:but|so|though|although|whereas|while|which|since|because|and (?:we|our|you|"
    r"your|they|it|the)|as (?:we|our)|we|we're|our|you|your)\b)|"
    r"\s+(?=(?:but|though|although|whereas)\s)|\s[—–-]\s|[()]",
    re.IGNORECASE,
)
# Longer statements are text that lost its punctuation (a page header run into a list): too
# much to mark as one thing. A long equal-opportunity sentence runs to about 500 characters.
_LONGEST_STATEMENT = 700
_LONGEST_CLAUSE = 350
_CLAUSE_BREAK = re.compile(r";\s*")
_BACK_REFERENCE = _at_word_start(*"both them it these those either each".split(), then=r"\b")
_NEGATION_OR_TEACHING = _either(
    _at_word_start(*"not no never neither teach train learn pick".split(), then=r"\b"),
    re.compile(r"n't\b"),
)
_NAME = r"[A-Z][\w&'’-]*(?:[ ](?:[A-Z&][\w&'’.-]*))*"
_NAME_LINE = re.compile(rf"[ \t]*({_NAME})[ \t]*$", re.MULTILINE)
_NAME_AT_START = re.compile(rf"[ \t]*({_NAME})")
_NAME_AT_END = re.compile(rf"({_NAME})$")
# Anchors, found in lowercase text: the name follows ("About Acme", "Company: Acme") or
# precedes ("Acme is an equal opportunity employer").
_NAME_FOLLOWS = _either(
    _at_line_start(r"\W*about\s+(?!(?:us|the|you|this|our|me)\b)"),
    _at_word_start("company", "employer", "organi[sz]ation", then=":"),
)
_NAME_PRECEDES = _at_word_start("is", "are", then=r" (?:an? |the )?(?:equal|proud|committed)\b")
_WE_ARE_NAME = _at_word_start("We are", "We're", "Join", "At", then=rf"\s+({_NAME})(?=[,.!])")
_NOT_NAMES = frozenset({"we", "our", "the", "a", "an", "equal", "this", "us", "you"})


def company_names(text: str) -> frozenset[str]:
    """Names the posting gives its employer (lowercase): from "About Acme", "Acme is an equal
    opportunity employer", "Company: Acme", "We are Acme," or "Join Acme."

    >>> sorted(company_names("About Finch\\nFinch is an equal opportunity employer."))
    ['finch']
    """
    text = text[:50_000]
    lower = _lowercase(text)
    found: list[str] = []
    for start, end in _spans(_NAME_FOLLOWS, lower):
        heading = not lower[start:end].endswith(":")  # "About Acme" is the whole line
        after = (_NAME_LINE if heading else _NAME_AT_START).match(text, end)
        if after is not None:
            found.append(after.group(1))
    for start, _ in _spans(_NAME_PRECEDES, lower):
        before = _NAME_AT_END.search(text[max(0, start - 60) : start].rstrip())
        if before is not None:
            found.append(before.group(1))
    for start, _ in _spans(_WE_ARE_NAME, text):
        named = _WE_ARE_NAME.match(text, start)  # the match found there, with its name
        if named is not None:
            found.append(named.group(1))
    names: set[str] = set()
    for raw in found:
        name = " ".join(raw.split()).lower()
        words = name.split()
        if len(name) >= 3 and len(words) <= 4 and words[0] not in _NOT_NAMES:
            names.add(name)
    return frozenset(names)


def _lowercase(text: str) -> str:
    """``text`` in lowercase, character for character (a character whose lowercase is longer,
    as "İ", is kept, so offsets stay those of ``text``)."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lower


def clause_kind(clause: str, names: Iterable[str] = ()) -> str | None:
    """What a clause without a legal phrase is about when it asks for nothing: ``"apply"``
    (the hiring process), ``"benefits"`` or ``"about"`` (the company; the whole clause), else
    None."""
    return StatementReader(clause, names).kind(0, len(clause))


class StatementReader:
    """Reads the statements of one posting; each pattern is searched in the whole text once.

    ``names``: the employer's names (lowercase); by default :func:`company_names` of the text.
    """

    def __init__(self, text: str, names: Iterable[str] | None = None) -> None:
        self.text = text.replace("’", "'")
        self.lower = _lowercase(self.text)  # searched without IGNORECASE: much faster
        self.names = frozenset(names) if names is not None else company_names(text)
        # Keyed by id: hashing a compiled pattern hashes its whole source, on every lookup.
        self._found: dict[int, tuple[list[int], list[int]]] = {}

    def _has(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether ``pattern`` matches inside ``text[start:end]`` (matches found once)."""
        found = self._found.get(id(pattern))
        if found is None:
            matches = _spans(pattern, self.lower)
            if pattern is _INTERVIEW:
                matches = [m for m in matches if self._applicant_interview(*m)]
            found = ([a for a, _ in matches], [b for _, b in matches])
            self._found[id(pattern)] = found
        starts, ends = found
        index = bisect.bisect_left(starts, start)
        return index < len(starts) and starts[index] < end and ends[index] <= end

    def has_legal_text(self) -> bool:
        """Whether the text holds a legal phrase anywhere (:data:`LEGAL_CUES`): if not, no
        statement is legal text."""
        return self._has(LEGAL_CUES, 0, len(self.text))

    def _applicant_interview(self, start: int, end: int) -> bool:
        before = self.lower[max(0, start - 20) : start].split()
        after = self.lower[end : end + 20].split()
        return not (
            (before and before[-1] in _WORK_INTERVIEW_BEFORE)
            or (after and after[0].strip(".,;") in _WORK_INTERVIEW_AFTER)
        )

    def kind(self, start: int, end: int, listed: bool = False) -> str | None:
        """:func:`clause_kind` of ``text[start:end]``; ``listed``: the clause is an item of a
        list of requirements or duties, where a pension or an interview may be the work
        ("Administer pension enrolment", "Experience running interviews")."""
        interview = _OUR_INTERVIEW if listed else _INTERVIEW
        if self._has(_PROCESS, start, end) or self._has(interview, start, end):
            return "apply"
        asks = self._has(_SECOND_PERSON, start, end) or self._has(_WANTING, start, end)
        if self._has(_BENEFIT_OFFER, start, end) or (
            not listed and not asks and self._has(_BENEFIT_NOUN, start, end)
        ):
            return "benefits"
        if asks or _STACK_FIELD.match(self.text, start, end):
            return None
        return "about" if self._starts_with_company(start, end) else None

    def _starts_with_company(self, start: int, end: int) -> bool:
        if _COMPANY_START.match(self.text, start, end):
            return True
        leading = _LEADING_WORDS.match(self.text, start, end)
        body = self.text[leading.end() if leading else start : end].lower()
        return any(
            body.startswith(name) and not body[len(name) : len(name) + 1].isalnum()
            for name in self.names
        )

    def overlays(self, start: int, end: int, section: str) -> list[tuple[int, int, str]]:
        """``(start, end, section)`` for the parts of the statement ``text[start:end]``, which
        stands in ``section``, that ask for nothing. Legal text is found in any section; the
        rest only in sections that ask for skills, and company text not in a list of the
        job's tools (a "Tech stack" section).
        """
        if end - start > _LONGEST_STATEMENT:
            return []  # text that lost its punctuation: no statement to judge
        if self._has(LEGAL_CUES, start, end) and not (
            section in _LISTS and self._has(_KNOWING, start, end)
        ):
            return [(start, end, "legal")]  # not "Working knowledge of FMLA, ADA and EEO"
        if section not in _ASKING:
            return []
        listed = section in _LISTS
        found: list[tuple[int, int, str]] = []
        clauses = _pieces(self.text, start, end, _CLAUSE_BREAK)
        for clause_start, clause_end in clauses:
            if clause_end - clause_start > _LONGEST_CLAUSE:
                continue
            kind = self.kind(clause_start, clause_end, listed)
            if kind in ("apply", "benefits"):
                found.append((clause_start, clause_end, kind))
                continue
            if section == "stack":
                continue
            pieces = _pieces(self.text, clause_start, clause_end, _SUBCLAUSE_BREAK)
            for index, (piece_start, piece_end) in enumerate(pieces):
                whole = (piece_start, piece_end) == (clause_start, clause_end)
                if (kind if whole else self.kind(piece_start, piece_end, listed)) != "about":
                    continue
                following = pieces[index + 1 : index + 2]
                following += [(a, b) for a, b in clauses if a >= clause_end][:1]
                if any(self._refers_back(a, b) for a, b in following):
                    continue  # "We use Go; you'll write it every day" asks for Go
                found.append((piece_start, piece_end, "about"))
        return found

    def _refers_back(self, start: int, end: int) -> bool:
        """Whether a piece asks the reader to work with what was just named ("you'll use
        both")."""
        return (
            self._has(_SECOND_PERSON, start, end)
            and self._has(_BACK_REFERENCE, start, end)
            and not self._has(_NEGATION_OR_TEACHING, start, end)
        )


def _pieces(text: str, start: int, end: int, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """Non-blank ``(start, end)`` ranges of ``text[start:end]`` split at ``separator``."""
    ranges: list[tuple[int, int]] = []
    cursor = start
    for match in separator.finditer(text, start, end):
        ranges.append((cursor, match.start()))
        cursor = match.end()
    ranges.append((cursor, end))
    result = []
    for a, b in ranges:
        piece = text[a:b]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            result.append((a + lead, a + len(piece.rstrip())))
    return result
