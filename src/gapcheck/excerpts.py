"""Short excerpts of a document around a place in it: what every context, statement and
requirement line in a result holds, so no result copies a whole long line.

>>> text = "Summary " + "word " * 200 + "Built ETL jobs in Python for 14 SaaS APIs. "
>>> text += "more " * 200
>>> start = text.index("Python")
>>> clip = excerpt(text, start, start + 6, limit=60)
>>> clip
'… word Built ETL jobs in Python for 14 SaaS APIs. more …'
>>> len(clip) <= 60
True

The work is bounded by ``limit``, never by the length of the text or of the line: a resume that
lost its line breaks (one line of 500,000 characters) costs as little per mention as any other.
"""

from __future__ import annotations

__all__ = ["ELLIPSIS", "MAX_EXCERPT_CHARS", "excerpt"]

MAX_EXCERPT_CHARS = 300
"""The longest context, statement or requirement line a result holds, ellipses included."""
ELLIPSIS = "…"

# How many characters of the raw text are read on each side of the mention, besides ``limit``:
# enough for ``limit`` characters once runs of whitespace are collapsed, in ordinary text.
_RAW_SLACK = 100


def excerpt(
    text: str,
    start: int,
    end: int,
    low: int = 0,
    high: int | None = None,
    *,
    limit: int = MAX_EXCERPT_CHARS,
) -> str:
    """``text[low:high]`` whitespace-collapsed, cut to at most ``limit`` characters around
    ``text[start:end]`` at word boundaries, with ``…`` where it was cut.

    The words before and after the mention share what is left of ``limit`` (one side's unused
    share goes to the other); a mention longer than ``limit`` keeps its beginning.
    """
    high = len(text) if high is None else high
    if high - low <= limit and start <= end:
        # The whole range fits once collapsed (collapsing never lengthens): nothing is cut.
        return " ".join(text[low:high].split())
    start, end = max(low, min(start, high)), max(low, min(end, high))
    reach = limit + _RAW_SLACK
    window_low, window_high = max(low, start - reach), min(high, end + reach)
    before = _collapsed(text[window_low:start])
    middle = _collapsed(text[start:end])
    after = _collapsed(text[end:window_high])
    if window_low == low:
        before = before.lstrip()
    if window_high == high:
        after = after.rstrip()
    room = limit - len(middle)
    if len(before) + len(after) <= room and window_low == low and window_high == high:
        return " ".join((before + middle + after).split())
    room -= 4  # an ellipsis and a space on each side, at most
    if room < 0:  # no room around the mention: its beginning
        if len(middle.strip()) <= limit:
            return middle.strip()
        return f"{_word_end(middle.strip(), limit - 2).rstrip()} {ELLIPSIS}"
    left = min(len(before), room // 2)
    right = min(len(after), room - left)
    left = min(len(before), room - right)
    head, tail = before, after
    if left < len(before) or window_low > low:
        head = f"{ELLIPSIS} {_word_start(before, len(before) - left).lstrip()}"
    if right < len(after) or window_high < high:
        tail = f"{_word_end(after, right).rstrip()} {ELLIPSIS}"
    return " ".join((head + middle + tail).split())


def _collapsed(part: str) -> str:
    """``part`` with each run of whitespace as one space (at its ends too)."""
    words = " ".join(part.split())
    if not words:
        return " " if part else ""
    return (" " if part[0].isspace() else "") + words + (" " if part[-1].isspace() else "")


def _word_start(part: str, cut: int) -> str:
    """``part[cut:]`` without the word the cut split (kept when it is the only one)."""
    if cut == 0 or part[cut - 1 : cut].isspace() or part[cut : cut + 1].isspace():
        return part[cut:]
    space = part.find(" ", cut)
    return part[space:] if space != -1 else part[cut:]


def _word_end(part: str, cut: int) -> str:
    """``part[:cut]`` without the word the cut split (kept when it is the only one)."""
    if cut >= len(part) or part[cut : cut + 1].isspace() or part[cut - 1 : cut].isspace():
        return part[:cut]
    space = part.rfind(" ", 0, cut)
    return part[: space + 1] if space >= 0 else part[:cut]
