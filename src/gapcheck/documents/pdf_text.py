"""The text of one PDF page: pypdf's plain text, normalised, or its layout text when words ran
together in the plain one.

>>> normalise_pdf_text("Lead   engineer \\u00ad ﬁnance\\nCon-\\nsul")
('Lead engineer - finance\\nConsul', 0)
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from pypdf import PageObject

from gapcheck.documents.pdf_objects import PYPDF_ERRORS
from gapcheck.documents.pdf_repair import repair_glyph_names
from gapcheck.documents.shared import BLANK_LINES, LETTER_RUN
from gapcheck.wordlist import known_words

__all__ = [
    "MAX_GLUED_SHARE",
    "PageText",
    "glued_share",
    "normalise_pdf_text",
    "page_text",
    "text_quality",
]

# PDF words run together when more than this share of the letters sits in runs of
# GLUED_RUN_LETTERS or more letters that are not English words; layout mode must then beat the
# plain text's quality by LAYOUT_MIN_GAIN to be used.
MAX_GLUED_SHARE = 0.05
GLUED_RUN_LETTERS = 15
LAYOUT_MIN_GAIN = 0.05

_LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
_PDF_CHAR_MAP = str.maketrans(
    {
        **_LIGATURES,
        "\u00ad": "-",  # fonts map the drawn hyphen to the soft hyphen
        "\t": " ",
        "\r": "\n",
        "\x00": None,
    }
)
_SPACES = re.compile(r"[^\S\n]+")
_HYPHENATED = re.compile(r"([^\W\d_]+)-\n([^\W\d_]+)")


@dataclasses.dataclass(frozen=True)
class PageText:
    """A page's normalised text, its unrepaired glyph names, and how it was read."""

    text: str
    unknown_glyphs: int
    layout: bool  # read in pypdf's layout mode
    glued: bool  # words still run together


def page_text(page: PageObject) -> PageText:
    """The normalised text of a page, from layout mode when that separates glued words.

    When the words of the plain text run together (:func:`glued_share` is over
    ``MAX_GLUED_SHARE``), the page is also read with ``extract_text(extraction_mode="layout")``,
    and the layout text is used when its :func:`text_quality` beats the plain text's by
    ``LAYOUT_MIN_GAIN``.
    """
    plain, unknown = normalise_pdf_text(page.extract_text())
    if glued_share(plain) <= MAX_GLUED_SHARE:
        return PageText(plain, unknown, layout=False, glued=False)
    try:
        layout_raw = page.extract_text(extraction_mode="layout")
    except PYPDF_ERRORS:  # layout mode is only a second try
        return PageText(plain, unknown, layout=False, glued=True)
    layout, layout_unknown = normalise_pdf_text(layout_raw)
    if text_quality(layout) > text_quality(plain) + LAYOUT_MIN_GAIN:
        glued = glued_share(layout) > MAX_GLUED_SHARE
        return PageText(layout, layout_unknown, layout=True, glued=glued)
    return PageText(plain, unknown, layout=False, glued=True)


def normalise_pdf_text(raw: str) -> tuple[str, int]:
    """Normalise the text of one PDF page; return it and the number of unrepaired glyph names.

    Glyph names such as ``/A.sc`` or ``/f_i`` become letters
    (:func:`~gapcheck.documents.pdf_repair.repair_glyph_names`), ligature characters are
    spelled out, soft hyphens become hyphens, runs of spaces inside a line become one space,
    lines are stripped, blank lines are collapsed, and a word hyphenated across a line break is
    joined (see :func:`_join_hyphenated`).
    """
    text, unknown = repair_glyph_names(raw.replace("\r\n", "\n"))
    text = text.translate(_PDF_CHAR_MAP)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = BLANK_LINES.sub("\n\n", text)
    text = _HYPHENATED.sub(_join_hyphenated, text)
    return text.strip(), unknown


def _join_hyphenated(match: re.Match[str]) -> str:
    """Join a word hyphenated across a line break.

    "Con-\\nsul" becomes "Consul" (an English word) and "Kuber-\\nnetes" "Kubernetes" (neither
    piece is a word: one word was cut); "self-\\nmotivated" becomes "self-motivated" (two words
    joined by a hyphen). A piece after the break that starts with a capital letter may begin a
    line of its own, so that break is kept.
    """
    head, tail = match.groups()
    if not tail[0].islower():
        return match[0]
    words = known_words()
    if (head + tail).lower() in words:
        return head + tail
    if head.lower() not in words and tail.lower() not in words:
        return head + tail
    return f"{head}-{tail}"


def _letter_runs(text: str) -> tuple[list[str], int]:
    runs = LETTER_RUN.findall(text)
    return runs, sum(len(run) for run in runs)


def glued_share(text: str) -> float:
    """Share of letters in runs of ``GLUED_RUN_LETTERS`` or more that are not English words.

    Words glued together ("Bethechangethatyouwanttosee") make long unknown runs; English prose
    and resumes almost never do.
    """
    runs, letters = _letter_runs(text)
    words = known_words()
    glued = sum(
        len(run) for run in runs if len(run) >= GLUED_RUN_LETTERS and run.lower() not in words
    )
    return glued / letters if letters else 0.0


def text_quality(text: str) -> float:
    """Share of letters in runs that are English words, minus :func:`glued_share`."""
    runs, letters = _letter_runs(text)
    if not letters:
        return 0.0
    words = known_words()
    known = sum(len(run) for run in runs if run.lower() in words)
    return known / letters - glued_share(text)
