"""The :class:`Document` every reader returns: a text, where it came from and how it was read.

>>> Document.from_text("Python, SQL").source
'<text>'
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gapcheck.documents.language import language_warning
from gapcheck.errors import NoTextFound

__all__ = [
    "STDIN_SOURCE",
    "TEXT_SOURCE",
    "Document",
    "DocumentFormat",
    "ExtractionMethod",
    "HiddenTextOption",
    "content_warnings",
    "valid_unicode",
]

DocumentFormat = Literal["pdf", "docx", "text", "markdown", "html"]
ExtractionMethod = Literal["given", "decoded", "pypdf", "pypdf-layout", "python-docx", "html"]
HiddenTextOption = Literal["drop", "keep"]
"""What to do with text a reader of the document cannot see: leave it out, or keep it."""

STDIN_SOURCE = "<stdin>"
TEXT_SOURCE = "<text>"


class Document(BaseModel):
    """The text of one document and how it was read.

    ``text`` never repeats in ``repr()``: resumes are personal data and reprs end up in logs.

    Every Document holds valid Unicode, whatever made it (a reader, :meth:`from_text` or the
    constructor): characters that cannot be encoded as UTF-8 (unpaired surrogates, as a PDF's
    ToUnicode map or a ``surrogateescape`` decoding can give) become U+FFFD, counted in a
    warning; a text that looks mostly not English gets a warning saying so
    (:func:`~gapcheck.documents.language.language_warning`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(
        repr=False,
        description="The document's text; offsets used elsewhere in gapcheck index this string.",
    )
    source: str = Field(
        description="The file name as given, or '<stdin>' or '<text>' when there was no file."
    )
    format: DocumentFormat = Field(description="The format found from the content.")
    pages: int | None = Field(None, ge=1, description="Number of pages (PDF only).")
    warnings: tuple[str, ...] = Field(
        (), description="Things worth knowing about the reading, e.g. 'decoded as cp1252'."
    )
    extraction: ExtractionMethod = Field(
        description=(
            "How the text was obtained: 'given' (passed in as text), 'decoded' (a text file), "
            "'pypdf', 'pypdf-layout' (some PDF pages read in pypdf's layout mode) or "
            "'python-docx'."
        )
    )
    encoding: str | None = Field(
        None, description="The character encoding a text file was decoded with."
    )

    @model_validator(mode="before")
    @classmethod
    def _checked(cls, data: Any) -> Any:
        """Valid Unicode in the text and the source; warnings about both and the language."""
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            return data
        data = dict(data)
        warnings = list(data.get("warnings") or ())
        text, replaced = valid_unicode(data["text"])
        if replaced:
            warnings.append(
                f"the text held {replaced} character{'s' if replaced > 1 else ''} that cannot "
                "be encoded as UTF-8 (unpaired surrogates), replaced with U+FFFD"
            )
        if isinstance(data.get("source"), str):
            data["source"] = valid_unicode(data["source"])[0]
        language = language_warning(text)
        if language is not None and language not in warnings:
            warnings.append(language)
        data["text"] = text
        data["warnings"] = tuple(warnings)
        return data

    @field_validator("text")
    @classmethod
    def _has_text(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("a Document holds some non-whitespace text")
        return text

    @classmethod
    def from_text(
        cls, text: str, source: str = TEXT_SOURCE, format: DocumentFormat = "text"
    ) -> Document:
        """Wrap text already in memory, unchanged but for invalid Unicode (see the class).

        Raises :class:`~gapcheck.errors.NoTextFound` when the text is empty or only whitespace.
        """
        if not text.strip():
            raise NoTextFound(source, "the text is empty or only whitespace")
        return cls(text=text, source=source, format=format, extraction="given")


def valid_unicode(text: str) -> tuple[str, int]:
    """``text`` with every unpaired surrogate replaced by U+FFFD (a pair joined into its
    character), and the number replaced.

    >>> valid_unicode("Python \\ud800 Go")
    ('Python \ufffd Go', 1)
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        fixed = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return fixed, fixed.count("\ufffd") - text.count("\ufffd")
    return text, 0


# How the warnings that change what an analysis means begin: hidden text left out or kept,
# a text that is not English, characters replaced, a posting of a field gapcheck barely knows
# (the others are notes on the reading).
_CONTENT_WARNINGS = (
    "the document contains ",
    "the text looks like ",
    "the text held ",
    "the text names few skills ",
)


def content_warnings(warnings: tuple[str, ...]) -> tuple[str, ...]:
    """The warnings of a Document (or a profile, a report) that change what its analysis
    means: hidden text, a text not in English, characters replaced. A command line shows
    these; the others (an encoding guessed, pypdf's repairs) are notes on the reading.
    """
    return tuple(warning for warning in warnings if warning.startswith(_CONTENT_WARNINGS))
