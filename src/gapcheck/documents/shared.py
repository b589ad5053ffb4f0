"""What every format reader shares: the errors parsers raise on malformed input, sizes in messages.

>>> format_size(2048), format_size(25_300_000)
('2,048 bytes', '25.3 MB')
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any

from gapcheck.documents.model import Document, DocumentFormat, ExtractionMethod, HiddenTextOption
from gapcheck.errors import DocumentTooLarge
from gapcheck.limits import Deadline, Limits

__all__ = [
    "BLANK_LINES",
    "LAYOUT_TABLE_WARNING",
    "LETTER_RUN",
    "MALFORMED_INPUT_ERRORS",
    "ZIP_ERRORS",
    "Reading",
    "check_text_length",
    "format_size",
    "hidden_text_warning",
]

LAYOUT_TABLE_WARNING = "the text is laid out in a table; its cells were read one after another"
"""The warning of a DOCX whose text sits in the cells of a layout table (side-by-side columns)."""

# Errors that pypdf, python-docx, zipfile and lxml raise on malformed input besides their own.
MALFORMED_INPUT_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    AssertionError,
    ArithmeticError,
    RecursionError,
    NotImplementedError,  # zipfile: unknown zip version or method; pypdf: unknown filter
    EOFError,
    struct.error,
    zlib.error,
)
# What opening or reading a damaged zip (a DOCX) raises.
ZIP_ERRORS: tuple[type[Exception], ...] = (zipfile.BadZipFile, *MALFORMED_INPUT_ERRORS)

BLANK_LINES = re.compile(r"\n{3,}")
LETTER_RUN = re.compile(r"[^\W\d_]+")


def format_size(size: int) -> str:
    """A byte count for a message: "2,048 bytes" or "25.3 MB"."""
    return f"{size:,} bytes" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"


def check_text_length(text: str, name: str, limits: Limits) -> None:
    """Raise :class:`~gapcheck.errors.DocumentTooLarge` when ``text`` is over ``max_chars``."""
    if len(text) > limits.max_chars:
        raise DocumentTooLarge(
            name,
            f"the text has {len(text):,} characters, over the limit of {limits.max_chars:,}",
        )


def hidden_text_warning(words: int, kinds: list[str], kept: bool) -> str:
    """The warning about hidden text: how many words, how hidden, left out or kept.

    >>> hidden_text_warning(12, ["invisible", "white"], kept=False)
    'the document contains 12 words of hidden text (invisible, white), left out of the analysis'
    """
    what = f"{words} word{'s' if words != 1 else ''} of hidden text ({', '.join(kinds)})"
    if kept:
        return f"the document contains {what}, kept in the analysis as asked"
    return f"the document contains {what}, left out of the analysis"


@dataclass
class Reading:
    """One document on its way in, as every format reader is handed it: the ``name`` it is
    known by (in messages), the ``limits`` and the clock (``deadline``) it is read within,
    whether text a reader cannot see is kept (``hidden_text``), and the ``warnings`` gathered so
    far, to which the reader adds its own."""

    name: str
    limits: Limits
    deadline: Deadline
    hidden_text: HiddenTextOption = "drop"
    warnings: list[str] = field(default_factory=list)

    def document(
        self, text: str, format: DocumentFormat, extraction: ExtractionMethod, **details: Any
    ) -> Document:
        """The :class:`~gapcheck.documents.Document` read, with the warnings gathered."""
        return Document(
            text=text, source=self.name, format=format, extraction=extraction,
            warnings=tuple(self.warnings), **details,
        )  # fmt: skip
