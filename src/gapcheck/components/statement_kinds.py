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
>>> clause_kind("You will write services in Go.") is None
True
>>> clause_kind("The interview includes a take-home in Python.")
'apply'
>>> clause_kind("We offer a pension and a free Udemy licence.")
'benefits'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["LEGAL_CUES", "clause_kind", "company_names", "statement_overlays"]

LEGAL_CUES = re.compile(
    r"equal (employment )?opportunit(y|ies)|without regard to|regardless of|"
    r"protected (veteran|by law|characteristics?|status|class)|e-verify|"
    r"reasonable (accommodations?|adjustments?)|affirmative action|\beeo\b|"
    r"race, (color|colour)|sexual orientation|gender identity|gender reassignment|"
    r"national origin|discriminat|veteran status|disability status|marital status|"
    r"civil partnership|authori[sz]ed to work|right to work|(unable|not able) to sponsor|"
    r"visa sponsorship|sponsor (a )?visas?|background (check|screening)|criminal record|"
    r"drug (test|screen)|inclusive (environment|workplace|culture)|under-?represented|"
    r"(all|diverse) backgrounds|applications from (everyone|all|people)|disability confident|"
    r"diverse (team|workforce)|privacy notice",
    re.IGNORECASE,
)
"""Phrases of equal-opportunity and other legal text."""

_PROCESS = re.compile(
    r"\binterview(s|ing)? (process|stages?|steps?|loop|rounds?|includes?|consists?|will|is)\b|"
    r"\binterviews (consist|include|are|will)\b|"
    r"\b(the|our|an?|your|technical|final|first|second|panel|onsite|on-site|video|virtual|"
    r"coding|system design|design|behaviou?ral|recruiter|phone|screening|live) interviews?\b|"
    r"\btake[- ]home\b|\bhiring (process|steps|manager)\b|"
    r"\b(recruitment|selection|application|hiring) process\b|"
    r"\b(screening|intro|introductory|recruiter) call\b|"
    r"\bcoding (challenge|exercise|test|assessment)\b|"
    r"\bpair[- ]programming (session|exercise|interview)\b|\bfirst call to offer\b|"
    r"\bfinal round\b",
    re.IGNORECASE,
)
_BENEFIT_OFFER = re.compile(
    r"\b(we offer|we('ll| will) (pay|cover|reimburse)|"
    r"benefits include|perks include|in return|you('ll| will) (get|receive|enjoy)|on offer)\b",
    re.IGNORECASE,
)
_BENEFIT_NOUN = re.compile(
    r"\b((learning|training|conference|education|home[- ]office|equipment|wellness|"
    r"development|book) (budget|allowance)|salary|pension|paid (holidays?|vacation|leave|"
    r"time off)|days'? (of )?(paid )?(holidays?|vacation|leave)|health (insurance|care|plan)|"
    r"healthcare|(private|medical|dental|vision|life) (health|insurance|healthcare|cover)|"
    r"(stock|share) options|equity (package|stake|grants?|compensation)|401\(?k\)?|stipend|"
    r"reimburse(ment|d)?|"
    r"relocation (support|package|assistance)|parental leave|gym|bonus scheme|"
    r"free [\w'’. -]{1,40}?(subscription|licen[cs]e|account|membership|access))\b|"
    r"[£$€]\s?\d",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(
    r"\b(you|your|yours|yourself|you'll|you're|you've|you'd|candidates?|applicants?)\b",
    re.IGNORECASE,
)
_WANTING = re.compile(
    r"\b(looking for|seeking|searching for|hiring|need|needs|needed|require[sd]?|"
    r"requirements?|must|expects?|expected|wants?|would love|'d love|love to see|prefers?|"
    r"preferred|preferably|ideally|plus|bonus|nice to have|desirable|desired|essential|"
    r"mandatory|welcomes?|value|ask|asks|advantage|asset|helpful|beneficial|optional)\b",
    re.IGNORECASE,
)
_LEADERS = (
    r"^[\W\d]*(?:(?:and|but|so|though|although|even|while|whereas|as|since|because|also|"
    r"today|currently|now|here|still|then|meanwhile|in \d{4}|since \d{4}|last year|this year|"
    r"at [A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)?),?\s+)*"
)
_SUBJECT = (
    r"(?:we|we're|we've|we'd|we'll|our|ours|the (?:company|business|product|platform|apps?|"
    r"backend|frontend|stack|codebase|system|services?|warehouse|infrastructure)|"
    r"the(?: [\w-]+){0,3} team|the client|the customer)\b"
)
_COMPANY_START = re.compile(_LEADERS + _SUBJECT, re.IGNORECASE)
# "Our stack: Go, Kafka" lists what the job works with: a field, not company talk.
_STACK_FIELD = re.compile(
    r"^\W*(our|the)( \w+)? (stack|tools|tooling|technologies|tech|languages|setup)\b[^:]{0,20}:",
    re.IGNORECASE,
)
_SUBCLAUSE_BREAK = re.compile(
    r",\s+(?=(?:but|so|though|although|whereas|while|which|since|because|and (?:we|our|you|"
    r"your|they|it|the)|as (?:we|our)|we|we're|our|you|your)\b)|"
    r"\s+(?=(?:but|though|although|whereas)\s)|\s[—–-]\s|[()]",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(r"\b(both|them|it|these|those|either|each)\b", re.IGNORECASE)
_NEGATION_OR_TEACHING = re.compile(
    r"\b(not|no|never|neither|teach|train|learn|pick)\b|n't\b", re.IGNORECASE
)
_NAME = r"[A-Z][\w&'’-]*(?:[ ](?:[A-Z&][\w&'’.-]*))*"
_NAME_SOURCES = (
    re.compile(rf"^\W*(?i:about)\s+(?!(?i:us|the|you|this|our|me)\b)({_NAME})\s*$", re.MULTILINE),
    re.compile(rf"({_NAME}) (?:is|are) (?:an? |the )?(?i:equal|proud|committed)"),
    re.compile(rf"\b(?i:company|employer|organi[sz]ation):\s*({_NAME})"),
    re.compile(rf"\b(?:We are|We're|Join|At)\s+({_NAME})(?=[,.!])"),
)
_NOT_NAMES = frozenset({"we", "our", "the", "a", "an", "equal", "this", "us", "you"})


def company_names(text: str) -> frozenset[str]:
    """Names the posting gives its employer (lowercase): from "About Acme", "Acme is an equal
    opportunity employer", "Company: Acme", "We are Acme," or "Join Acme."

    >>> sorted(company_names("About Finch\\nFinch is an equal opportunity employer."))
    ['finch']
    """
    names: set[str] = set()
    for pattern in _NAME_SOURCES:
        for match in pattern.finditer(text[:50_000]):
            name = " ".join(match.group(1).split()).lower()
            words = name.split()
            if len(name) >= 3 and len(words) <= 4 and words[0] not in _NOT_NAMES:
                names.add(name)
    return frozenset(names)


def _starts_with_company(piece: str, names: Iterable[str]) -> bool:
    if _COMPANY_START.match(piece):
        return True
    body = re.sub(_LEADERS, "", piece, count=1, flags=re.IGNORECASE).lower()
    return any(
        body.startswith(name) and not body[len(name) : len(name) + 1].isalnum() for name in names
    )


def clause_kind(clause: str, names: Iterable[str] = ()) -> str | None:
    """What a clause without a legal phrase is about when it asks for nothing: ``"apply"``
    (the hiring process), ``"benefits"`` or ``"about"`` (the company; the whole clause), else
    None."""
    clause = clause.replace("’", "'")
    if _PROCESS.search(clause):
        return "apply"
    asks = _SECOND_PERSON.search(clause) or _WANTING.search(clause)
    if _BENEFIT_OFFER.search(clause) or (_BENEFIT_NOUN.search(clause) and not asks):
        return "benefits"
    if not asks and not _STACK_FIELD.match(clause) and _starts_with_company(clause, names):
        return "about"
    return None


def statement_overlays(
    text: str, start: int, end: int, asking: bool, names: Iterable[str]
) -> list[tuple[int, int, str]]:
    """``(start, end, section)`` for the parts of the statement ``text[start:end]`` that ask
    for nothing. Legal text is found in any section; the rest only where the statement stands
    in a section that asks for skills (``asking``).
    """
    if LEGAL_CUES.search(text, start, end):
        return [(start, end, "legal")]
    if not asking:
        return []
    found: list[tuple[int, int, str]] = []
    clauses = _pieces(text, start, end, re.compile(r";\s*"))
    for clause_start, clause_end in clauses:
        kind = clause_kind(text[clause_start:clause_end], names)
        if kind in ("apply", "benefits"):
            found.append((clause_start, clause_end, kind))
            continue
        pieces = _pieces(text, clause_start, clause_end, _SUBCLAUSE_BREAK)
        for index, (piece_start, piece_end) in enumerate(pieces):
            piece = text[piece_start:piece_end]
            if clause_kind(piece, names) != "about":
                continue
            following = [text[a:b] for a, b in pieces[index + 1 : index + 2]]
            following += [text[a:b] for a, b in clauses if a >= clause_end][:1]
            if any(_refers_back(later) for later in following):
                continue  # "We use Go; you'll write it every day" asks for Go
            found.append((piece_start, piece_end, "about"))
    return found


def _refers_back(piece: str) -> bool:
    """Whether a piece asks the reader to work with what was just named ("you'll use both")."""
    piece = piece.replace("’", "'")
    return bool(
        _SECOND_PERSON.search(piece)
        and _BACK_REFERENCE.search(piece)
        and not _NEGATION_OR_TEACHING.search(piece)
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
