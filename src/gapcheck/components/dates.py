"""Dates of resume entries: date ranges in text ("Mar 2021 – Present", "2018 - 2021", "Summer
2020", "since 2020") and the header lines above an entry's date line.

Used by :mod:`gapcheck.components.experience` (an entry's dates and years) and by
:mod:`gapcheck.components.sections` (a resume whose entries come before any heading).

>>> today = dt.date(2024, 1, 1)
>>> [r.text for r in parse_date_ranges("Analyst, Acme | Jan 2019 - Mar 2021", today=today)]
['Jan 2019 - Mar 2021']
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from gapcheck.components.layout import BULLETS

__all__ = ["DateRange", "entry_start", "parse_date_ranges"]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
    "winter": (12, 2),
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_SHORT_YEAR = r"'\d\d"
_DATE = (
    rf"(?:{_MONTH}\s*,?\s*(?:{_YEAR}|{_SHORT_YEAR})"
    rf"|{_SEASON}\s*,?\s*{_YEAR}"
    rf"|(?:0?[1-9]|1[0-2])\s*[/.]\s*{_YEAR}"
    rf"|{_YEAR}\s*[-/.]\s*(?:0[1-9]|1[0-2])(?![\d])"
    rf"|{_YEAR})"
)
_PRESENT = r"(?:present|current(?:ly)?|now|today|till\s+date|to\s+date|till\s+now|ongoing|date)"
_DASH = r"(?:-|–|—|to|till|until|through|thru|~)"
# Every branch begins with a digit or one of these letters: the lookahead rejects other places at
# once (without it the engine tries each branch at every character).
_RANGE = re.compile(
    r"(?=[\djfmasondw])"
    rf"(?:(?<![\w/])(?P<start>{_DATE})\s*{_DASH}\s*(?P<end>{_DATE}|{_PRESENT})(?![\w/])"
    rf"|(?<![\w/])(?P<open>{_DATE})\s*(?:onwards|-\s*$|–\s*$)"
    rf"|(?:since|from)\s+(?P<since>{_DATE})(?![\w/])"
    rf"|(?<![\w/])(?P<season>{_SEASON}\s*,?\s*{_YEAR})(?![\w/]))",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINES = 2
_MAX_HEADER_LINES = 4
_HEADER_SMALL_WORDS = frozenset(
    "of and at in for the de da do dos das la le du von van y e & to on".split()
)


@dataclass(frozen=True, slots=True)
class DateRange:
    """A date range found in text: its dates, its words, and where they stand."""

    start_date: dt.date
    end_date: dt.date
    text: str
    start_char: int
    end_char: int


def _parse_date(text: str, *, is_end: bool, today: dt.date) -> dt.date | None:
    value = " ".join(text.lower().replace(",", " ").split())
    if re.fullmatch(_PRESENT, value):
        return today
    year_match = re.search(rf"{_YEAR}|{_SHORT_YEAR}", value)
    if not year_match:
        return None
    raw_year = year_match.group(0)
    if raw_year.startswith("'"):
        year = 2000 + int(raw_year[1:])
        if year > today.year + 1:
            year -= 100
    else:
        year = int(raw_year)
    month: int | None = None
    season = re.match(_SEASON, value)
    if season:
        first, last = _SEASONS[season.group(0)]
        month = last if is_end else first
        if is_end and first > last:
            year += 1
    else:
        word = re.match(r"[a-z]+", value)
        if word and word.group(0)[:3] in _MONTHS:
            month = _MONTHS[word.group(0)[:4] if word.group(0)[:4] == "sept" else word.group(0)[:3]]
        else:
            numeric = re.match(r"(\d{1,2})\s*[/.]\s*\d{4}$", value) or re.match(
                r"\d{4}\s*[-/.]\s*(\d{1,2})$", value
            )
            if numeric:
                month = int(numeric.group(1))
    if month is None:
        # A year alone: the start of its year for a start date, the end for an end date.
        return dt.date(year, 12, 31) if is_end else dt.date(year, 1, 1)
    if not 1 <= month <= 12:
        return None
    if is_end:
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, month, 1)


def parse_date_ranges(text: str, *, today: dt.date | None = None) -> list[DateRange]:
    """Every date range (or single season) in ``text``, in order.

    >>> [(r.start_date.isoformat(), r.end_date.isoformat())
    ...  for r in parse_date_ranges("Mar 2021 – Jan 2022", today=dt.date(2024, 1, 1))]
    [('2021-03-01', '2022-01-31')]
    """
    today = today or dt.date.today()
    found: list[DateRange] = []
    for match in _RANGE.finditer(text):
        if match.group("start"):
            start = _parse_date(match.group("start"), is_end=False, today=today)
            end = _parse_date(match.group("end"), is_end=True, today=today)
        elif match.group("open") or match.group("since"):
            start = _parse_date(
                match.group("open") or match.group("since"), is_end=False, today=today
            )
            end = today
        else:
            season = match.group("season")
            start = _parse_date(season, is_end=False, today=today)
            end = _parse_date(season, is_end=True, today=today)
        if start is None or end is None or end < start or start > today:
            continue
        end = min(end, max(today, start))
        found.append(DateRange(start, end, match.group(0).strip(), match.start(), match.end()))
    return found


def entry_start(text: str, date_line_start: int, floor: int) -> int:
    """Extend an entry upwards over its header lines (title, company, place) above the date line.

    Two short lines are taken as they come; a third and a fourth only when they read as a
    header (capitalised words: "Front-end Developer", "Lisbon, Portugal"). A blank line ends the
    header once a line was taken, so the same entry is found whether a reader keeps the title
    on the date's line (a PDF or DOCX with the dates right-aligned) or on its own.
    """
    start = date_line_start
    taken = 0
    cursor = date_line_start
    while taken < _MAX_HEADER_LINES and cursor > floor:
        previous_end = cursor - 1  # the "\n" ending the previous line
        previous_start = text.rfind("\n", 0, previous_end) + 1
        if previous_start < floor:
            break
        line = text[previous_start:previous_end].strip()
        cursor = previous_start
        if not line:
            if taken:
                break
            continue
        if line[0] in BULLETS or len(line) > 90 or line.endswith((".", ";")):
            break
        if taken >= _HEADER_LINES and not _reads_as_header(line):
            break
        start = previous_start
        taken += 1
    return start


def _reads_as_header(line: str) -> bool:
    """Whether a line reads as part of an entry's header: its words capitalised, as in a job
    title, an employer or a place, not a sentence ("Wrote REST endpoints in Node.js")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    lower = [w for w in words if w[0].islower() and w.lower() not in _HEADER_SMALL_WORDS]
    return bool(words) and not lower
