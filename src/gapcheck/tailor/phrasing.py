"""Resume statements in the applicant's own voice: the opening verb turned into the first
person, every other word as written.

>>> first_person("Led the move of 60 pipelines to Airflow")
'I led the move of 60 pipelines to Airflow.'
>>> join_words(["Python", "SQL", "dbt"])
'Python, SQL and dbt'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.models import Evidence
from gapcheck.statements import clean_statement

__all__ = ["first_person", "join_words", "sentence_for"]

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
_WORDS = re.compile(r"[A-Za-z0-9][\w'&+.-]*")
_SMALL_WORDS = frozenset({"of", "and", "at", "in", "for", "the", "to", "on", "a", "an", "&"})
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


def _title_case(text: str) -> bool:
    """Whether every word of ``text`` but the small ones opens with a capital ("Desk
    Associate, Pierce College"), as job titles and company names do and statements do not."""
    words = [w for w in _WORDS.findall(text) if w[0].isalpha() and w.lower() not in _SMALL_WORDS]
    return bool(words) and all(w[0].isupper() for w in words)


def first_person(statement: str) -> str | None:
    """A resume statement as a first-person sentence, or None when no simple rule applies.

    Only the opening verb changes ("Built X" -> "I built X", "Maintains X" -> "I maintain X",
    "Responsible for X" -> "I was responsible for X"), and a later clause that opens with a
    past-tense verb gets its "I"; every other word stays as written.

    >>> first_person("• Built a churn model in Python; cut churn by 4%")
    'I built a churn model in Python; I cut churn by 4%.'
    >>> first_person("Python, SQL, Docker") is None
    True
    >>> first_person("Help Desk Associate, Pierce College, Lakewood, WA") is None
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
        if verb is None or not rest or (not _is_past(verb) and _title_case(rest)):
            return None  # "Help Desk Associate, Pierce College": a job title, not a statement
        sentence = f"I {verb} {rest}"
    sentence = _CLAUSE_VERB.sub(
        lambda m: f" I {m['word']}" if _is_past(m["word"]) else m.group(0), sentence
    ).rstrip(" ;,:")
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def sentence_for(evidence: Evidence) -> str | None:
    """The evidence as a first-person sentence, from its whole statement when known; a bare
    line is used only when it reads as a complete statement."""
    if evidence.statement:
        return first_person(evidence.statement)
    sentence = first_person(evidence.context)
    if sentence and evidence.context.rstrip().endswith((".", "!", "?")):
        return sentence
    return None


def join_words(words: Sequence[str]) -> str:
    """Words joined as a sentence lists them: "A and B", "A, B and C"."""
    if len(words) <= 2:
        return " and ".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]
