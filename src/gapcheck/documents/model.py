"""The :class:`Document` every reader returns: a text, where it came from and how it was read.

>>> Document.from_text("Python, SQL").source
'<text>'
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gapcheck.errors import NoTextFound

__all__ = [
    "STDIN_SOURCE",
    "TEXT_SOURCE",
    "Document",
    "DocumentFormat",
    "ExtractionMethod",
]

DocumentFormat = Literal["pdf", "docx", "text", "markdown", "html"]
ExtractionMethod = Literal["given", "decoded", "pypdf", "pypdf-layout", "python-docx", "html"]

STDIN_SOURCE = "<stdin>"
TEXT_SOURCE = "<text>"


class Document(BaseModel):
    """The text of one document and how it was read.

    ``text`` never repeats in ``repr()``: resumes are personal data and reprs end up in logs.
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
        """Wrap text already in memory, unchanged.

        Raises :class:`~gapcheck.errors.NoTextFound` when the text is empty or only whitespace.
        """
        if not text.strip():
            raise NoTextFound(source, "the text is empty or only whitespace")
        return cls(text=text, source=source, format=format, extraction="given")
