"""Read the text of every page of a PDF with pypdf, within the limits, into a Document.

Pages are joined with a line holding only a form feed (``"\\n\\f\\n"``), so
``text.split("\\f")`` gives the pages.
"""

from __future__ import annotations

import dataclasses
import io

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError

from gapcheck.documents.model import Document, ExtractionMethod
from gapcheck.documents.pdf_guards import StreamBudget, WithheldPypdfLogs, pypdf_limits
from gapcheck.documents.pdf_hidden import HiddenWords, separate_hidden_text
from gapcheck.documents.pdf_objects import PYPDF_ERRORS, has_images
from gapcheck.documents.pdf_repair import add_space_glyphs
from gapcheck.documents.pdf_text import PageText, page_text
from gapcheck.documents.shared import Reading, hidden_text_warning
from gapcheck.errors import (
    CorruptDocument,
    DocumentTooLarge,
    EncryptedDocument,
    NoTextFound,
)
from gapcheck.limits import Limits

__all__ = ["PAGE_SEPARATOR", "read_pdf"]

PAGE_SEPARATOR = "\n\f\n"

_AES_REASON = (
    "the PDF is AES-encrypted (even if without a password) and reading it needs the "
    "'cryptography' package: pip install cryptography"
)


def read_pdf(data: bytes, reading: Reading) -> Document:
    """Read the text of every page of a PDF with pypdf.

    Text a reader cannot see (white on white, invisible, transparent, tiny, off the page) is
    left out unless ``reading.hidden_text`` is ``"keep"``; its words are counted in a warning either
    way (:func:`~gapcheck.documents.pdf_hidden.separate_hidden_text`).

    For each page, fonts that would hide word spaces are repaired in memory first
    (:func:`~gapcheck.documents.pdf_repair.add_space_glyphs`), then the text is extracted and
    normalised, in layout mode where the words ran together
    (:func:`~gapcheck.documents.pdf_text.page_text`). A PDF whose pages give no text but hold
    images is reported as scanned (OCR needed).

    Before a page is read, the streams its text decodes (contents, fonts, form XObjects; not
    images) are decoded and counted (:class:`~gapcheck.documents.pdf_guards.StreamBudget`): all
    of them together may not expand beyond ``limits.max_decompressed_bytes``, nor may any one
    stream. pypdf's messages about damage it worked around are counted into one warning, not
    passed on (:class:`~gapcheck.documents.pdf_guards.WithheldPypdfLogs`).
    """
    name, limits = reading.name, reading.limits
    with pypdf_limits(limits), WithheldPypdfLogs() as logs:
        reader, page_count = _open(data, name, limits, reading.warnings)
        pages = _read_pages(reader, page_count, reading, logs)
    text = pages.joined_text(name, page_count)
    reading.warnings.extend(pages.warnings())
    if logs.count:
        reading.warnings.append(
            f"pypdf worked around {logs.count} problem{'s' if logs.count > 1 else ''} in the "
            "file's structure; some text may be missing"
        )
    extraction: ExtractionMethod = "pypdf-layout" if pages.layout else "pypdf"
    return reading.document(text, "pdf", extraction, pages=page_count)


def _open(data: bytes, name: str, limits: Limits, warnings: list[str]) -> tuple[PdfReader, int]:
    """The reader, decrypted when it opens without a password, and the page count."""
    # Parser errors are not chained (``from None``): their messages can quote the document.
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(reader, name, warnings)
        page_count = len(reader.pages)
    except DependencyError as error:
        raise EncryptedDocument(name, _AES_REASON) from error
    except PYPDF_ERRORS:
        raise CorruptDocument(name) from None
    if page_count == 0:
        raise CorruptDocument(name, "the PDF has no pages; the file may be damaged")
    if page_count > limits.max_pages:
        raise DocumentTooLarge(
            name, f"the PDF has {page_count} pages, over the limit of {limits.max_pages}"
        )
    return reader, page_count


def _decrypt(reader: PdfReader, name: str, warnings: list[str]) -> None:
    if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise EncryptedDocument(name)
    warnings.append("the PDF is encrypted but opens without a password")


@dataclasses.dataclass
class _Pages:
    """The texts of the pages read so far, and the numbers of the pages worth a warning."""

    texts: list[str] = dataclasses.field(default_factory=list)
    total_chars: int = 0
    unknown_glyphs: int = 0
    layout_pages: list[int] = dataclasses.field(default_factory=list)
    glued_pages: list[int] = dataclasses.field(default_factory=list)
    image_only_pages: list[int] = dataclasses.field(default_factory=list)
    failed_pages: list[int] = dataclasses.field(default_factory=list)
    hidden_words: int = 0
    hidden_kinds: set[str] = dataclasses.field(default_factory=set)
    hidden_kept: bool = False

    @property
    def layout(self) -> bool:
        return bool(self.layout_pages)

    def add(self, number: int, result: PageText, image_only: bool, hidden: HiddenWords) -> None:
        self.hidden_words += hidden.words
        self.hidden_kinds |= hidden.kinds
        if result.layout:
            self.layout_pages.append(number)
        if result.glued:
            self.glued_pages.append(number)
        if image_only:
            self.image_only_pages.append(number)
        self.unknown_glyphs += result.unknown_glyphs
        self.texts.append(result.text)
        self.total_chars += len(result.text) + len(PAGE_SEPARATOR)

    def joined_text(self, name: str, page_count: int) -> str:
        """The pages' text; raise when no page could be read or none holds text."""
        if len(self.failed_pages) == page_count:
            raise CorruptDocument(name, "no page of the PDF can be read; the file may be damaged")
        text = PAGE_SEPARATOR.join(self.texts).strip()
        if text:
            return text
        if self.hidden_words:
            raise NoTextFound(
                name,
                f"all the text of the PDF is hidden ({self.hidden_words} words: "
                f"{', '.join(sorted(self.hidden_kinds))}); gapcheck leaves hidden text out",
            )
        if self.image_only_pages:
            raise NoTextFound(
                name,
                "the PDF has no text layer, only images; it looks scanned: run OCR on it "
                "(e.g. with ocrmypdf) and try again",
            )
        raise NoTextFound(name, "no text could be extracted from the PDF")

    def warnings(self) -> list[str]:
        warnings: list[str] = []
        if self.failed_pages:
            warnings.append(f"{_pages(self.failed_pages)} could not be read and were skipped")
        if self.image_only_pages:
            warnings.append(
                f"{_pages(self.image_only_pages)} hold only images (scanned?); OCR them"
            )
        if self.layout_pages:
            warnings.append(
                f"layout mode used on {_pages(self.layout_pages)} because words ran together"
            )
        if self.glued_pages:
            warnings.append(f"words may still run together on {_pages(self.glued_pages)}")
        if self.unknown_glyphs:
            warnings.append(f"{self.unknown_glyphs} glyph names could not be turned into letters")
        if self.hidden_words:
            warnings.append(
                hidden_text_warning(self.hidden_words, sorted(self.hidden_kinds), self.hidden_kept)
            )
        return warnings


def _pages(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    return "pages " + ", ".join(str(number) for number in numbers)


def _read_pages(
    reader: PdfReader, page_count: int, reading: Reading, logs: WithheldPypdfLogs
) -> _Pages:
    """Read page after page; a page pypdf cannot read is noted and skipped."""
    name, limits = reading.name, reading.limits
    pages = _Pages(hidden_kept=reading.hidden_text == "keep")
    budget = StreamBudget(name, limits, reading.deadline)
    for number in range(1, page_count + 1):
        reading.deadline.check()
        try:
            page = reader.pages[number - 1]
            result, image_only, hidden = _read_page(page, budget, logs, pages.hidden_kept)
        except DependencyError as error:
            raise EncryptedDocument(name, _AES_REASON) from error
        except PYPDF_ERRORS:
            pages.failed_pages.append(number)
            continue
        pages.add(number, result, image_only, hidden)
        if pages.total_chars > limits.max_chars:
            raise DocumentTooLarge(
                name, f"the text is longer than the limit of {limits.max_chars:,} characters"
            )
    return pages


def _read_page(
    page: PageObject, budget: StreamBudget, logs: WithheldPypdfLogs, keep_hidden: bool
) -> tuple[PageText, bool, HiddenWords]:
    """The page's text, whether it holds only images (no text), and its hidden text."""
    budget.charge(page)
    # The repair reads the fonts as the extraction will again: count pypdf's records once.
    with logs.uncounted():
        add_space_glyphs(page)
    hidden = separate_hidden_text(page, keep_hidden, logs.uncounted)
    result = page_text(page)
    return result, not result.text and has_images(page), hidden
