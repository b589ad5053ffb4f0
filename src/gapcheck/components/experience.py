"""Find the dated entries of a resume (jobs, projects) and the text each governs.

Recognised dates: "Mar 2021 – Present", "March 2021 to Jan 2023", "2018 - 2021",
"06/2017 to 03/2020", "2019-06 – 2020-01", "Summer 2020", "Fall 2019 – Spring 2020",
"September 2017 onwards", "since 2020". A skill mentioned in an entry accrues the entry's
duration; overlapping entries are counted once. "Present" is today's date, or the date set on
the component (``today``) for reproducible results.

Sets ``doc._.gapcheck_entries`` to a list of :class:`EntryFound`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from gapcheck.components.dates import DateRange, entry_start, parse_date_ranges
from gapcheck.components.layout import doc_text
from gapcheck.components.sections import register_extensions

__all__ = ["EntryFound", "ExperienceReader", "find_entries", "merged_years", "parse_date_ranges"]

_ENTRY_SECTIONS = frozenset({"experience", "projects"})


@dataclass(frozen=True, slots=True)
class EntryFound:
    """A dated entry: its dates and the character range of the text it governs."""

    start_date: dt.date
    end_date: dt.date
    date_text: str
    section: str
    start_char: int
    end_char: int


def find_entries(
    text: str, sections: Sequence, *, today: dt.date | None = None
) -> list[EntryFound]:
    """Dated entries of the experience and project sections of a resume.

    When the resume has no recognised sections, every dated range counts.
    """
    names = {s.name for s in sections}
    use_all = not (names & _ENTRY_SECTIONS)
    entries: list[EntryFound] = []
    for section in sections:
        if not use_all and section.name not in _ENTRY_SECTIONS:
            continue
        if use_all and section.name in ("education", "certifications"):
            continue
        body = text[section.start : section.end]
        ranges = parse_date_ranges(body, today=today)
        # One entry per line with a date; the first range of the line wins.
        by_line: dict[int, DateRange] = {}
        line_start = scanned = 0  # ranges come in text order: each line break is read once
        for found in ranges:
            newline = body.rfind("\n", scanned, found.start_char)
            if newline >= 0:
                line_start = newline + 1
            scanned = found.start_char
            by_line.setdefault(line_start, found)
        starts: list[tuple[int, DateRange]] = []
        # The section's heading line is no entry's header.
        floor = body.find("\n") + 1 if section.heading and "\n" in body else 0
        for line_start, found in sorted(by_line.items()):
            begin = entry_start(body, line_start, floor)
            starts.append((begin, found))
            floor = line_start + 1
        for n, (begin, found) in enumerate(starts):
            entry_end = starts[n + 1][0] if n + 1 < len(starts) else len(body)
            entries.append(
                EntryFound(
                    start_date=found.start_date,
                    end_date=found.end_date,
                    date_text=found.text,
                    section=section.name,
                    start_char=section.start + begin,
                    end_char=section.start + entry_end,
                )
            )
    return entries


def merged_years(intervals: Iterable[tuple[dt.date, dt.date]]) -> float:
    """Total length in years of date intervals, overlaps counted once.

    >>> merged_years([(dt.date(2020, 1, 1), dt.date(2021, 1, 1)),
    ...               (dt.date(2020, 7, 1), dt.date(2021, 7, 1))])
    1.5
    """
    total = 0
    current_start: dt.date | None = None
    current_end: dt.date | None = None
    for start, end in sorted(intervals):
        if current_end is None or start > current_end:
            if current_start is not None and current_end is not None:
                total += (current_end - current_start).days
            current_start, current_end = start, end
        elif end > current_end:
            current_end = end
    if current_start is not None and current_end is not None:
        total += (current_end - current_start).days
    return round(total / 365.25, 1)


class ExperienceReader:
    """spaCy component ``gapcheck_experience``: sets ``doc._.gapcheck_entries`` (resumes)."""

    def __init__(self, nlp: Language, name: str, today: str | None = None) -> None:
        register_extensions()
        self.name = name
        self.today = dt.date.fromisoformat(today) if today else None

    def __call__(self, doc: Doc) -> Doc:
        if doc._.gapcheck_kind == "job":
            doc._.gapcheck_entries = []
            return doc
        sections = doc._.gapcheck_sections or []
        today = doc._.gapcheck_today or self.today
        doc._.gapcheck_entries = find_entries(doc_text(doc), sections, today=today)
        return doc


@Language.factory("gapcheck_experience", default_config={"today": None})
def make_experience_reader(nlp: Language, name: str, today: str | None) -> ExperienceReader:
    """Factory of ``gapcheck_experience``; ``today`` (ISO date) fixes what "present" means."""
    return ExperienceReader(nlp, name, today)
