"""Read a resume or a job posting (PDF, DOCX, plain text, Markdown) into a :class:`Document`.

>>> from gapcheck.documents import Document, read_document
>>> read_document("Senior Python developer\\nWe use Django and PostgreSQL.\\n").format
'text'
>>> Document.from_text("Python, SQL").source
'<text>'

The format is found from the content (``%PDF-``, a ZIP holding ``word/document.xml``), not from
the file name; the name only tells Markdown from plain text. What each format gives:

* Plain text and Markdown: the text exactly as ``open(path, encoding=...).read()`` gives it
  (universal newlines: ``\\r\\n`` and ``\\r`` become ``\\n``), with a leading byte order mark
  removed and nothing else changed, so offsets into the text are offsets into the file's text.
  UTF-8 is tried first (UTF-16 and UTF-32 when the file starts with their byte order mark, and
  UTF-16 when NUL bytes in every other position show it without one), then cp1252, then
  latin-1, with a warning naming the encoding used.
* PDF: the text of each page (pypdf), normalised; see :func:`_read_pdf`. Pages are joined with a
  line holding only a form feed (``"\\n\\f\\n"``), so ``text.split("\\f")`` gives the pages.
* DOCX: headers, then the body (paragraphs, tables, text boxes) in reading order, then footers;
  see :func:`_read_docx`.

Every failure is a :class:`~gapcheck.errors.DocumentError` whose message names the file and the
reason in one line and never quotes the document.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
import os
import re
import stat
import struct
import sys
import threading
import time
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gapcheck.errors import (
    CorruptDocument,
    DocumentError,
    DocumentNotFound,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    NotAFile,
    NoTextFound,
    UnsupportedFormat,
)
from gapcheck.limits import DEFAULT_LIMITS, Deadline, Limits, time_limit
from gapcheck.wordlist import known_words

if TYPE_CHECKING:
    from lxml.etree import _Element
    from pypdf import PageObject, PdfReader
    from pypdf.generic import DictionaryObject

__all__ = ["Document", "DocumentFormat", "ExtractionMethod", "read_document"]

DocumentFormat = Literal["pdf", "docx", "text", "markdown"]
ExtractionMethod = Literal["given", "decoded", "pypdf", "pypdf-layout", "python-docx"]

STDIN_SOURCE = "<stdin>"
TEXT_SOURCE = "<text>"
PAGE_SEPARATOR = "\n\f\n"
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

# A text file is taken for binary data when it holds a NUL byte, or when more than this share of
# its characters are control characters other than tab, line feed, vertical tab, form feed and
# carriage return.
MAX_CONTROL_CHAR_SHARE = 0.05
# A file with NUL bytes is read as UTF-16 without a byte order mark when at least this share of
# its characters have a NUL high byte (see _utf16_without_bom).
UTF16_NUL_SHARE = 0.5
# A zip whose content expands more than this many times over its compressed size (and to more
# than ZIP_RATIO_MIN_BYTES) is refused as a likely zip bomb; real DOCX files stay far below it.
MAX_ZIP_COMPRESSION_RATIO = 100
ZIP_RATIO_MIN_BYTES = 10_000_000
MAX_ZIP_MEMBERS = 10_000
# PDF words run together when more than this share of the letters sits in runs of
# GLUED_RUN_LETTERS or more letters that are not English words; layout mode must then beat the
# plain text's quality by LAYOUT_MIN_GAIN to be used.
MAX_GLUED_SHARE = 0.05
GLUED_RUN_LETTERS = 15
LAYOUT_MIN_GAIN = 0.05

# Errors that pypdf, python-docx, zipfile and lxml raise on malformed input besides their own.
_MALFORMED_INPUT_ERRORS: tuple[type[Exception], ...] = (
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


def read_document(
    source: Document | str | os.PathLike[str], *, limits: Limits | None = None
) -> Document:
    """Read ``source`` into a :class:`Document`.

    ``source`` is a path (``Path`` or ``str``); the string ``"-"`` reads standard input; a string
    holding a line break is the document's text itself; a ``Document`` is returned as it is.
    ``limits`` bounds file size, PDF pages, decompressed size, text length and time (see
    :func:`gapcheck.limits.time_limit` for how the time limit interrupts the reading).

    pypdf's log records can quote the document, so while a PDF is read they do not propagate
    past the ``pypdf`` logger; their number becomes a warning of the returned Document.
    """
    if isinstance(source, Document):
        return source
    limits = limits or DEFAULT_LIMITS
    if isinstance(source, str):
        if "\n" in source or "\r" in source:
            return _given_text(source, limits)
        if not source:
            raise DocumentNotFound('""', "no file name given")
        if source == "-":
            # Waiting for standard input is not reading: the clock starts once it has arrived.
            data = _read_stdin(limits)
            with time_limit(limits.timeout_seconds, STDIN_SOURCE, clock=_now) as deadline:
                return _read_bytes(data, STDIN_SOURCE, "", limits, deadline)
    path = Path(source)
    name = str(path)
    with time_limit(limits.timeout_seconds, name, clock=_now) as deadline:
        return _read_bytes(_read_file(path, limits), name, path.suffix.lower(), limits, deadline)


def _now() -> float:
    return time.monotonic()


# ---------------------------------------------------------------------------------------------
# Getting the bytes


def _given_text(text: str, limits: Limits) -> Document:
    _check_text_length(text, TEXT_SOURCE, limits)
    return Document.from_text(text)


def _read_stdin(limits: Limits) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise DocumentError(STDIN_SOURCE, "there is no standard input to read")
    try:
        data = stream.read(limits.max_bytes + 1)
    except OSError as error:
        raise DocumentError(
            STDIN_SOURCE, f"standard input cannot be read ({error.strerror or error})"
        ) from error
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(
            STDIN_SOURCE, f"the input is larger than the limit of {_size(limits.max_bytes)}"
        )
    return data


def _read_file(path: Path, limits: Limits) -> bytes:
    name = str(path)
    with _os_errors(name):
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise NotAFile(name)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(name, "is not a regular file")
        if info.st_size > limits.max_bytes:
            raise DocumentTooLarge(
                name,
                f"the file is {_size(info.st_size)}, over the limit of {_size(limits.max_bytes)}",
            )
        with path.open("rb") as file:
            # Read one byte past the limit: the file may have grown since stat().
            data = file.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(
            name, f"the file is larger than the limit of {_size(limits.max_bytes)}"
        )
    return data


@contextlib.contextmanager
def _os_errors(source: str) -> Iterator[None]:
    """Turn the OSError family into DocumentError subclasses that name ``source``."""
    try:
        yield
    except (FileNotFoundError, NotADirectoryError) as error:
        raise DocumentNotFound(source) from error
    except IsADirectoryError as error:
        raise NotAFile(source) from error
    except PermissionError as error:
        raise DocumentError(source, "permission denied") from error
    except OSError as error:
        raise DocumentError(source, f"cannot be read ({error.strerror or error})") from error
    except ValueError as error:  # e.g. a NUL character in the path
        raise DocumentError(source, "is not a valid file name") from error


def _size(size: int) -> str:
    """A byte count for a message: "2,048 bytes" or "25.3 MB"."""
    return f"{size:,} bytes" if size < 1_000_000 else f"{size / 1_000_000:.1f} MB"


# ---------------------------------------------------------------------------------------------
# Telling formats apart

_KIND_NAMES = {"pdf": "a PDF", "docx": "a DOCX document", "text": "text"}
_SUFFIX_KINDS = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".md": "text", ".markdown": "text"}

# Leading bytes of binary formats, and what to call them in an error message.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office file (.doc, .xls or .ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xca\xfe\xba\xbe", "a Java class file or Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "a Mach-O executable"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"\x28\xb5\x2f\xfd", "a zstd-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"%!PS", "a PostScript file"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x00asm", "a WebAssembly module"),
)
_SUPPORTED = "gapcheck reads PDF, DOCX, plain text and Markdown"


def _describe_binary(data: bytes) -> str | None:
    """Name the binary format ``data`` starts with, or None when it is none of the known ones."""
    for signature, description in _BINARY_SIGNATURES:
        if data.startswith(signature):
            return description
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    if data[:4] == b"RIFF":
        return "a RIFF media file (WAV or AVI)"
    if data[4:8] == b"ftyp":
        return "an MP4, MOV or HEIC media file"
    if data[:2] == b"BM" and len(data) >= 26 and int.from_bytes(data[2:6], "little") == len(data):
        return "a BMP image"
    if data[:2] == b"MZ" and b"\x00" in data[:64]:
        return "a Windows executable"
    if data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        return "a bzip2-compressed file"
    return None


def _sniff(data: bytes, name: str) -> Literal["pdf", "docx", "text"]:
    """Tell the format from the bytes; raise UnsupportedFormat for anything unreadable."""
    header = data.find(b"%PDF-", 0, 1024)
    # PDF readers accept junk before the header; only take it for a PDF when it also ends like one.
    if header == 0 or (header > 0 and b"%%EOF" in data[-2048:]):
        return "pdf"
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        names = _zip_names(data, name)
        if "word/document.xml" in names:
            return "docx"
        raise UnsupportedFormat(name, f"looks like {_describe_zip(data, names)}; {_SUPPORTED}")
    description = _describe_binary(data)
    if description is not None:
        convertible = "Office" in description or "RTF" in description
        advice = "; save it as DOCX or PDF" if convertible else ""
        raise UnsupportedFormat(name, f"looks like {description}, not a document{advice}")
    return "text"


def _zip_names(data: bytes, name: str) -> frozenset[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return frozenset(archive.namelist())
    except (zipfile.BadZipFile, *_MALFORMED_INPUT_ERRORS) as error:
        raise CorruptDocument(
            name, "looks like a ZIP archive (such as DOCX) but is damaged"
        ) from error


def _describe_zip(data: bytes, names: frozenset[str]) -> str:
    if "xl/workbook.xml" in names:
        return "an Excel workbook (XLSX), not a Word document"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint presentation (PPTX), not a Word document"
    if "mimetype" in names:
        mimetype = _zip_member_head(data, "mimetype")
        if b"opendocument" in mimetype:
            return "an OpenDocument file (ODT or similar); save it as DOCX or PDF"
        if b"epub" in mimetype:
            return "an EPUB e-book"
    return "a ZIP archive that is not a Word document (it has no word/document.xml)"


def _zip_member_head(data: bytes, member: str) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(member) as file:
            return file.read(200)
    except (zipfile.BadZipFile, *_MALFORMED_INPUT_ERRORS):
        return b""


def _read_bytes(
    data: bytes, name: str, suffix: str, limits: Limits, deadline: Deadline
) -> Document:
    if not data:
        raise EmptyDocument(name)
    kind = _sniff(data, name)
    warnings: list[str] = []
    expected = _SUFFIX_KINDS.get(suffix)
    if expected is not None and expected != kind:
        warnings.append(f"the file name ends in {suffix} but the content is {_KIND_NAMES[kind]}")
    if kind == "pdf":
        return _read_pdf(data, name, limits, deadline, warnings)
    if kind == "docx":
        return _read_docx(data, name, limits, deadline, warnings)
    markdown = suffix in MARKDOWN_SUFFIXES
    return _read_text(data, name, "markdown" if markdown else "text", limits, warnings)


def _check_text_length(text: str, name: str, limits: Limits) -> None:
    if len(text) > limits.max_chars:
        raise DocumentTooLarge(
            name,
            f"the text has {len(text):,} characters, over the limit of {limits.max_chars:,}",
        )


# ---------------------------------------------------------------------------------------------
# Plain text and Markdown

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)
# The byte order mark, the codec that reads the rest, and the name reported as the encoding.
_BYTE_ORDER_MARKS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)


def _read_text(
    data: bytes, name: str, format: DocumentFormat, limits: Limits, warnings: list[str]
) -> Document:
    """Decode a text file; keep its text as ``open()`` would give it (see the module docstring)."""
    text, encoding = _decode(data, name, warnings)
    controls = len(_CONTROL_CHARS.findall(text))
    if controls > MAX_CONTROL_CHAR_SHARE * len(text):
        raise UnsupportedFormat(
            name,
            f"looks like binary data, not text ({controls / len(text):.0%} of its characters "
            "are control characters)",
        )
    # Universal newlines, as open() applies them.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise NoTextFound(name, "the file holds only whitespace, no text")
    if _HTML_START.match(text):
        raise UnsupportedFormat(name, "looks like an HTML page; save it as PDF or plain text")
    _check_text_length(text, name, limits)
    return Document(
        text=text,
        source=name,
        format=format,
        extraction="decoded",
        encoding=encoding,
        warnings=tuple(warnings),
    )


def _decode(data: bytes, name: str, warnings: list[str]) -> tuple[str, str]:
    for mark, codec, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            body = data[len(mark) :]
            try:
                return body.decode(codec), encoding
            except UnicodeDecodeError:
                warnings.append(f"bytes that are not valid {encoding} were replaced")
                return body.decode(codec, errors="replace"), encoding
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise UnsupportedFormat(name, "looks like binary data, not text (it holds NUL bytes)")
        warnings.append(f"decoded as {codec} (UTF-16 without a byte order mark)")
        return data.decode(codec), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        warnings.append("decoded as latin-1 (the file is neither UTF-8 nor cp1252)")
        return data.decode("latin-1"), "latin-1"
    warnings.append("decoded as cp1252 (the file is not valid UTF-8)")
    return text, "cp1252"


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` reads as UTF-16 text without a BOM.

    Text that is mostly Latin script has a NUL in the high byte of most characters: in the odd
    positions (little-endian) or the even ones (big-endian), and almost none in the others.
    """
    pairs = len(data) // 2
    if not pairs or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= UTF16_NUL_SHARE * pairs and even <= MAX_CONTROL_CHAR_SHARE * pairs:
        codec = "utf-16-le"
    elif even >= UTF16_NUL_SHARE * pairs and odd <= MAX_CONTROL_CHAR_SHARE * pairs:
        codec = "utf-16-be"
    else:
        return None
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


# ---------------------------------------------------------------------------------------------
# PDF


def _read_pdf(
    data: bytes, name: str, limits: Limits, deadline: Deadline, warnings: list[str]
) -> Document:
    """Read the text of every page of a PDF with pypdf.

    For each page:

    1. Fonts that would hide word spaces are repaired in memory first (:func:`_add_space_glyphs`).
    2. ``extract_text()`` gives the plain text, which is normalised (:func:`_normalise_pdf_text`):
       glyph names such as ``/A.sc`` or ``/f_i`` become letters, ligature characters are spelled
       out, soft hyphens become hyphens, runs of spaces inside a line become one space, lines are
       stripped, blank lines are collapsed, and a word hyphenated across a line break is joined
       when the joined word is an English word.
    3. When the words run together (:func:`_glued_share` is over ``MAX_GLUED_SHARE``), the page
       is also read with ``extract_text(extraction_mode="layout")``, and the layout text is used
       when its :func:`_text_quality` beats the plain text's by ``LAYOUT_MIN_GAIN``.

    A PDF whose pages give no text but hold images is reported as scanned (OCR needed).

    Before a page is read, the streams its text decodes (contents, fonts, form XObjects; not
    images) are decoded and counted (:class:`_StreamBudget`): all of them together may not
    expand beyond ``limits.max_decompressed_bytes``, nor may any one stream. pypdf's messages
    about damage it worked around are counted into one warning, not passed on (see
    :class:`_WithheldPypdfLogs`).
    """
    with _pypdf_limits(limits), _WithheldPypdfLogs() as logs:
        text, page_count, layout = _read_pdf_pages(data, name, limits, deadline, warnings)
    if logs.count:
        warnings.append(
            f"pypdf worked around {logs.count} problem{'s' if logs.count > 1 else ''} in the "
            "file's structure; some text may be missing"
        )
    return Document(
        text=text,
        source=name,
        format="pdf",
        pages=page_count,
        extraction="pypdf-layout" if layout else "pypdf",
        warnings=tuple(warnings),
    )


def _read_pdf_pages(
    data: bytes, name: str, limits: Limits, deadline: Deadline, warnings: list[str]
) -> tuple[str, int, bool]:
    """The text, the page count and whether layout mode was used; see :func:`_read_pdf`."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    # Parser errors are not chained (``from None``): their messages can quote the document.
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(reader, name, warnings)
        page_count = len(reader.pages)
    except DependencyError as error:
        raise EncryptedDocument(name, _AES_REASON) from error
    except (PyPdfError, *_MALFORMED_INPUT_ERRORS):
        raise CorruptDocument(name) from None
    if page_count == 0:
        raise CorruptDocument(name, "the PDF has no pages; the file may be damaged")
    if page_count > limits.max_pages:
        raise DocumentTooLarge(
            name, f"the PDF has {page_count} pages, over the limit of {limits.max_pages}"
        )

    page_texts: list[str] = []
    layout_pages: list[int] = []
    glued_pages: list[int] = []
    image_only_pages: list[int] = []
    failed_pages: list[int] = []
    unknown_glyphs = 0
    total_chars = 0
    budget = _StreamBudget(name, limits, deadline)
    for number in range(1, page_count + 1):
        deadline.check()
        try:
            page = reader.pages[number - 1]
            budget.charge(page)
            _add_space_glyphs(page)
            result = _page_text(page)
            has_images = not result.text and _has_images(page)
        except DependencyError as error:
            raise EncryptedDocument(name, _AES_REASON) from error
        except (PyPdfError, *_MALFORMED_INPUT_ERRORS):
            failed_pages.append(number)
            continue
        if result.layout:
            layout_pages.append(number)
        if result.glued:
            glued_pages.append(number)
        if has_images:
            image_only_pages.append(number)
        unknown_glyphs += result.unknown_glyphs
        page_texts.append(result.text)
        total_chars += len(result.text) + len(PAGE_SEPARATOR)
        if total_chars > limits.max_chars:
            raise DocumentTooLarge(
                name, f"the text is longer than the limit of {limits.max_chars:,} characters"
            )

    if len(failed_pages) == page_count:
        raise CorruptDocument(name, "no page of the PDF can be read; the file may be damaged")
    text = PAGE_SEPARATOR.join(page_texts).strip()
    if not text:
        if image_only_pages:
            raise NoTextFound(
                name,
                "the PDF has no text layer, only images; it looks scanned: run OCR on it "
                "(e.g. with ocrmypdf) and try again",
            )
        raise NoTextFound(name, "no text could be extracted from the PDF")
    if failed_pages:
        warnings.append(f"{_pages(failed_pages)} could not be read and were skipped")
    if image_only_pages:
        warnings.append(f"{_pages(image_only_pages)} hold only images (scanned?); OCR them")
    if layout_pages:
        warnings.append(f"layout mode used on {_pages(layout_pages)} because words ran together")
    if glued_pages:
        warnings.append(f"words may still run together on {_pages(glued_pages)}")
    if unknown_glyphs:
        warnings.append(f"{unknown_glyphs} glyph names could not be turned into letters")
    return text, page_count, bool(layout_pages)


# pypdf's caps on what one stream may decode to; each is lowered to max_decompressed_bytes.
_PYPDF_OUTPUT_CAPS = (
    "zlib_maximum_output_length",
    "lzw_maximum_output_length",
    "run_length_maximum_output_length",
    "brotli_maximum_output_length",
    "jbig2_maximum_output_length",
    "array_based_stream_maximum_output_length",
    "image_maximum_buffer_size",
)


def _pypdf_limits(limits: Limits) -> contextlib.AbstractContextManager[object]:
    """pypdf's configuration, in this context only, with no stream larger than the limit.

    pypdf releases without ``apply_configuration`` keep their own caps.
    """
    import pypdf

    apply_configuration = getattr(pypdf, "apply_configuration", None)
    if apply_configuration is None:
        return contextlib.nullcontext()
    current = pypdf.get_configuration()
    caps = {
        field: min(getattr(current, field), limits.max_decompressed_bytes)
        for field in _PYPDF_OUTPUT_CAPS
        if hasattr(current, field)
    }
    return apply_configuration(**caps)


class _WithheldPypdfLogs:
    """Keep pypdf's log records from the application's handlers while a PDF is read.

    pypdf's messages about damage it works around can quote the document ("Expecting a
    NameObject for key but found ..."), and resumes are personal data. While any thread is in
    this block, the ``pypdf`` logger does not propagate; ``count`` says how many records this
    thread's reading produced.
    """

    _lock = threading.Lock()
    _depth = 0
    _saved_propagate = True

    def __init__(self) -> None:
        self.count = 0
        self._thread = threading.get_ident()
        self._handler = _RecordCounter(self)

    def __enter__(self) -> _WithheldPypdfLogs:
        logger = logging.getLogger("pypdf")
        with _WithheldPypdfLogs._lock:
            if _WithheldPypdfLogs._depth == 0:
                _WithheldPypdfLogs._saved_propagate = logger.propagate
                logger.propagate = False
            _WithheldPypdfLogs._depth += 1
            logger.addHandler(self._handler)
        return self

    def __exit__(self, *exc_info: object) -> None:
        logger = logging.getLogger("pypdf")
        with _WithheldPypdfLogs._lock:
            logger.removeHandler(self._handler)
            _WithheldPypdfLogs._depth -= 1
            if _WithheldPypdfLogs._depth == 0:
                logger.propagate = _WithheldPypdfLogs._saved_propagate


class _RecordCounter(logging.Handler):
    """Counts the records of one thread; keeps nothing of them."""

    def __init__(self, owner: _WithheldPypdfLogs) -> None:
        super().__init__(logging.NOTSET)
        self._owner = owner

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self._owner._thread:
            self._owner.count += 1


class _StreamBudget:
    """Decoded bytes of the PDF streams that reading the text decodes, against the limit.

    :meth:`charge` decodes, under pypdf's per-stream caps, what a page's text extraction reads:
    the contents (every part, as often as the page lists it: pypdf joins them anew for each
    page) and, once per document, the streams of the resources (fonts with their ToUnicode
    maps, encodings and font files, form XObjects with their own resources; not images).
    pypdf keeps decoded streams, so this bounds the memory and the work of reading a PDF,
    whatever its pages share or repeat.
    """

    _CHECK_EVERY = 1_000  # objects visited between deadline checks

    def __init__(self, name: str, limits: Limits, deadline: Deadline) -> None:
        self.name = name
        self.limit = limits.max_decompressed_bytes
        self.deadline = deadline
        self.used = 0
        self._seen: set[int] = set()  # ids of the visited objects...
        self._kept: list[object] = []  # ...kept alive, so that no id is reused

    def charge(self, page: PageObject) -> None:
        from pypdf.generic import ArrayObject, StreamObject

        contents = _resolved(dict.get(page, "/Contents"))
        for part in contents if isinstance(contents, ArrayObject) else [contents]:
            stream = _resolved(part)
            if isinstance(stream, StreamObject):
                self._decode(stream)
        self._walk(dict.get(page, "/Resources"))

    def _walk(self, root: object) -> None:
        from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

        stack = [root]
        while stack:
            target = _resolved(stack.pop())
            if not isinstance(target, DictionaryObject | ArrayObject) or id(target) in self._seen:
                continue
            self._seen.add(id(target))
            self._kept.append(target)
            if len(self._kept) % self._CHECK_EVERY == 0:
                self.deadline.check()
            if isinstance(target, ArrayObject):
                stack.extend(target)
                continue
            if isinstance(target, StreamObject):
                if dict.get(target, "/Subtype") == "/Image":
                    continue  # images are not decoded to read text
                self._decode(target)
            stack.extend(value for key, value in dict.items(target) if key != "/Parent")

    def _decode(self, stream: Any) -> None:
        from pypdf.errors import LimitReachedError, PyPdfError

        try:
            self.used += len(stream.get_data())
        except LimitReachedError:
            self._refuse()
        except (PyPdfError, *_MALFORMED_INPUT_ERRORS):
            return  # undecodable: the text extraction skips or fails the page
        if self.used > self.limit:
            self._refuse()

    def _refuse(self) -> None:
        raise DocumentTooLarge(
            self.name,
            f"the PDF's compressed streams expand to more than the limit of {_size(self.limit)} "
            "(a decompression bomb?)",
        )


_AES_REASON = (
    "the PDF is AES-encrypted (even if without a password) and reading it needs the "
    "'cryptography' package: pip install cryptography"
)


def _resolved(item: object) -> object:
    """The object an indirect reference points to (None when it cannot be read)."""
    from pypdf.errors import PyPdfError
    from pypdf.generic import IndirectObject

    if not isinstance(item, IndirectObject):
        return item
    try:
        return item.get_object()
    except (PyPdfError, *_MALFORMED_INPUT_ERRORS):
        return None  # the text extraction will meet the broken reference too


def _decrypt(reader: PdfReader, name: str, warnings: list[str]) -> None:
    from pypdf import PasswordType

    if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise EncryptedDocument(name)
    warnings.append("the PDF is encrypted but opens without a password")


def _pages(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    return "pages " + ", ".join(str(number) for number in numbers)


@dataclasses.dataclass(frozen=True)
class _PageText:
    text: str
    unknown_glyphs: int
    layout: bool
    glued: bool


def _page_text(page: PageObject) -> _PageText:
    """The normalised text of a page, from layout mode when that separates glued words."""
    plain, unknown = _normalise_pdf_text(page.extract_text())
    plain_glued = _glued_share(plain)
    if plain_glued <= MAX_GLUED_SHARE:
        return _PageText(plain, unknown, layout=False, glued=False)
    from pypdf.errors import PyPdfError

    try:
        layout_raw = page.extract_text(extraction_mode="layout")
    except (PyPdfError, *_MALFORMED_INPUT_ERRORS):  # layout mode is only a second try
        return _PageText(plain, unknown, layout=False, glued=True)
    layout, layout_unknown = _normalise_pdf_text(layout_raw)
    if _text_quality(layout) > _text_quality(plain) + LAYOUT_MIN_GAIN:
        glued = _glued_share(layout) > MAX_GLUED_SHARE
        return _PageText(layout, layout_unknown, layout=True, glued=glued)
    return _PageText(plain, unknown, layout=False, glued=True)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _letter_runs(text: str) -> tuple[list[str], int]:
    runs = _LETTER_RUN.findall(text)
    return runs, sum(len(run) for run in runs)


def _glued_share(text: str) -> float:
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


def _text_quality(text: str) -> float:
    """Share of letters in runs that are English words, minus :func:`_glued_share`."""
    runs, letters = _letter_runs(text)
    if not letters:
        return 0.0
    words = known_words()
    known = sum(len(run) for run in runs if run.lower() in words)
    return known / letters - _glued_share(text)


def _has_images(page: PageObject) -> bool:
    """Whether the page draws an image, directly or inside a form XObject."""
    return any(
        xobject.get("/Subtype") == "/Image"
        for resources in _iter_resources(page.get("/Resources"))
        for xobject in _xobjects(resources)
    )


def _iter_resources(resources: Any, depth: int = 0) -> Iterator[DictionaryObject]:
    """The resource dictionary and those of the form XObjects it uses, a few levels deep."""
    from pypdf.generic import DictionaryObject

    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject):
        return
    yield resources
    if depth >= 3:
        return
    for xobject in _xobjects(resources):
        if xobject.get("/Subtype") == "/Form":
            yield from _iter_resources(xobject.get("/Resources"), depth + 1)


def _xobjects(resources: DictionaryObject) -> Iterator[DictionaryObject]:
    from pypdf.generic import DictionaryObject

    xobjects = resources.get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else None
    if not isinstance(xobjects, DictionaryObject):
        return
    for value in xobjects.values():
        xobject = value.get_object()
        if isinstance(xobject, DictionaryObject):
            yield xobject


# --- Word spaces in composite fonts
#
# TeX and others draw word spaces as gaps in TJ arrays, not as space glyphs. pypdf tells a gap
# from kerning by comparing it with the font's space width; for a composite (Type0) font whose
# ToUnicode map has no space, pypdf takes the width of glyph code 32 instead, which is a letter
# ("e" in the Awesome-CV fonts), so no gap looks wide enough and the words run together
# (py-pdf/pypdf#3978). Mapping an unused code to U+0020 makes pypdf fall back to its default
# space width (200/1000 em, half of it as the threshold), which separates the words.

_CMAP_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.DOTALL)
_CMAP_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.DOTALL)
_CMAP_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_CMAP_RANGE = re.compile(
    rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])"
)
_SPACE_UTF16 = 0x0020
_IDENTITY_ENCODINGS = ("/Identity-H", "/Identity-V")


def _add_space_glyphs(page: PageObject) -> None:
    """Give every composite font on the page whose ToUnicode map lacks a space one (in memory)."""
    from pypdf.errors import PyPdfError
    from pypdf.generic import DictionaryObject, NameObject

    for resources in _iter_resources(page.get("/Resources")):
        fonts = resources.get("/Font")
        fonts = fonts.get_object() if fonts is not None else None
        if not isinstance(fonts, DictionaryObject):
            continue
        for key in list(fonts.keys()):
            # A best-effort repair: a font it cannot make sense of is left as it is.
            with contextlib.suppress(PyPdfError, *_MALFORMED_INPUT_ERRORS):
                font = fonts[key].get_object()
                patched = _font_with_space(font) if isinstance(font, DictionaryObject) else None
                if patched is not None:
                    fonts[NameObject(key)] = patched


def _font_with_space(font: DictionaryObject) -> DictionaryObject | None:
    """A copy of ``font`` whose ToUnicode map also maps an unused code to a space, or None."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    if font.get("/Subtype") != "/Type0" or font.get("/Encoding") not in _IDENTITY_ENCODINGS:
        return None
    to_unicode = font.get("/ToUnicode")
    to_unicode = to_unicode.get_object() if to_unicode is not None else None
    if to_unicode is None or not hasattr(to_unicode, "get_data"):
        return None
    cmap = to_unicode.get_data()
    end = cmap.rfind(b"endcmap")
    if end < 0:
        return None
    used = _cmap_codes(cmap)
    if used is None:  # already maps a code to a space
        return None
    used.extend(_width_codes(font))
    code = _highest_free_code(used)
    if code is None:
        return None
    stream = DecodedStreamObject()
    stream.set_data(cmap[:end] + b"1 beginbfchar\n<%04X> <0020>\nendbfchar\n" % code + cmap[end:])
    patched = DictionaryObject(font)
    patched[NameObject("/ToUnicode")] = stream
    return patched


def _cmap_codes(cmap: bytes) -> list[tuple[int, int]] | None:
    """The code ranges a ToUnicode CMap maps, or None when one of them maps to a space."""
    used: list[tuple[int, int]] = []
    for block in _CMAP_BFCHAR.findall(cmap):
        for source, destination in _CMAP_PAIR.findall(block):
            if int(destination, 16) == _SPACE_UTF16 and len(destination) == 4:
                return None
            used.append((int(source, 16), int(source, 16)))
    for block in _CMAP_BFRANGE.findall(cmap):
        for low, high, start, array in _CMAP_RANGE.findall(block):
            low_code, high_code = int(low, 16), int(high, 16)
            if start and len(start) == 4:
                first = int(start, 16)
                if first <= _SPACE_UTF16 <= first + high_code - low_code:
                    return None
            if array and re.search(rb"<\s*0020\s*>", array):
                return None
            used.append((low_code, high_code))
    return used


def _width_codes(font: DictionaryObject) -> list[tuple[int, int]]:
    """The code ranges the font's /W array gives widths for (code = CID in Identity fonts)."""
    from pypdf.generic import ArrayObject

    descendants = font.get("/DescendantFonts")
    descendants = descendants.get_object() if descendants is not None else None
    if not isinstance(descendants, ArrayObject) or not descendants:
        return []
    widths = descendants[0].get_object().get("/W")
    widths = widths.get_object() if widths is not None else None
    if not isinstance(widths, ArrayObject):
        return []
    ranges: list[tuple[int, int]] = []
    items = [item.get_object() for item in widths]
    index = 0
    while index + 1 < len(items):
        first, following = items[index], items[index + 1]
        if isinstance(following, ArrayObject):  # c [w1 w2 ...]
            ranges.append((int(first), int(first) + len(following) - 1))
            index += 2
        else:  # c_first c_last w
            ranges.append((int(first), int(following)))
            index += 3
    return ranges


def _highest_free_code(used: list[tuple[int, int]]) -> int | None:
    """The highest two-byte code in no range of ``used`` (code 0 excluded), or None."""
    candidate = 0xFFFF
    for low, high in sorted(used, key=lambda pair: pair[1], reverse=True):
        if candidate > high:
            break
        candidate = min(candidate, low - 1)
    return candidate if candidate > 0 else None


# --- Normalising PDF text

# pypdf writes "/name" for glyphs of fonts whose encoding names glyphs it does not know; the
# names follow the Adobe Glyph List conventions: components joined by "_" make a ligature
# ("f_i"), and a ".suffix" names a variant ("A.sc" small capital, "four.lnum" lining figure).
# Only names with such a ligature or suffix are repaired: a bare "/name" may be real text
# ("TCP/IP", "github.com/user").
_GLYPH_SUFFIXES = (
    "smcp", "c2sc", "sc", "lnum", "onum", "pnum", "tnum", "tosf", "osf", "lf", "tf", "sups",
    "subs", "sinf", "numr", "dnom", "swsh", "case", "titl", "taboldstyle", "oldstyle", "fitted",
    "alt", "ss01", "ss02", "ss03", "ss04", "ss05",
)  # fmt: skip
_GLYPH_NAME = re.compile(
    r"/(?P<base>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)"
    r"(?P<suffixes>(?:\.(?:" + "|".join(_GLYPH_SUFFIXES) + r"))*)"
)
_SMALL_CAP_SUFFIXES = frozenset({"sc", "smcp"})
_GLYPH_CHARS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "space": " ", "period": ".", "comma": ",",
    "colon": ":", "semicolon": ";", "hyphen": "-", "endash": "\u2013", "emdash": "\u2014",
    "ampersand": "&", "at": "@", "slash": "/", "backslash": "\\", "parenleft": "(",
    "parenright": ")", "bracketleft": "[", "bracketright": "]", "braceleft": "{",
    "braceright": "}", "exclam": "!", "question": "?", "quotesingle": "'", "quotedbl": '"',
    "quoteleft": "\u2018", "quoteright": "\u2019", "quotedblleft": "\u201c",
    "quotedblright": "\u201d", "numbersign": "#", "dollar": "$", "percent": "%",
    "asterisk": "*", "plus": "+", "equal": "=", "less": "<", "greater": ">",
    "underscore": "_", "bullet": "\u2022", "periodcentered": "\u00b7", "ellipsis": "\u2026",
    "ff": "ff", "fi": "fi", "fl": "fl", "ffi": "ffi", "ffl": "ffl", "germandbls": "\u00df",
    "ae": "\u00e6", "AE": "\u00c6", "oe": "\u0153", "OE": "\u0152", "oslash": "\u00f8",
    "Oslash": "\u00d8", "eth": "\u00f0", "Eth": "\u00d0", "thorn": "\u00fe", "Thorn": "\u00de",
    "dotlessi": "\u0131", "lslash": "\u0142", "Lslash": "\u0141",
}  # fmt: skip
_ACCENTS = {
    "acute": "ACUTE", "grave": "GRAVE", "circumflex": "CIRCUMFLEX", "dieresis": "DIAERESIS",
    "tilde": "TILDE", "ring": "RING ABOVE", "cedilla": "CEDILLA", "caron": "CARON",
    "macron": "MACRON", "breve": "BREVE", "ogonek": "OGONEK", "dotaccent": "DOT ABOVE",
    "hungarumlaut": "DOUBLE ACUTE",
}  # fmt: skip
_ACCENTED_GLYPH = re.compile(r"([A-Za-z])(" + "|".join(_ACCENTS) + r")")
_UNI_GLYPH = re.compile(r"uni((?:[0-9A-F]{4})+)|u([0-9A-F]{4,6})")


def _glyph_char(name: str) -> str | None:
    """The text of one glyph name component ("A", "four", "eacute", "uni00E9"), or None."""
    if len(name) == 1 and name.isascii() and name.isalpha():
        return name
    if name in _GLYPH_CHARS:
        return _GLYPH_CHARS[name]
    accented = _ACCENTED_GLYPH.fullmatch(name)
    if accented:
        letter, accent = accented.groups()
        case = "CAPITAL" if letter.isupper() else "SMALL"
        try:
            return unicodedata.lookup(
                f"LATIN {case} LETTER {letter.upper()} WITH {_ACCENTS[accent]}"
            )
        except KeyError:
            return None
    uni = _UNI_GLYPH.fullmatch(name)
    if uni:
        codes = [uni[1][i : i + 4] for i in range(0, len(uni[1]), 4)] if uni[1] else [uni[2]]
        if all(_is_character(int(code, 16)) for code in codes):
            return "".join(chr(int(code, 16)) for code in codes)
    return None


def _is_character(code: int) -> bool:
    return code <= sys.maxunicode and not 0xD800 <= code <= 0xDFFF


def _repair_glyph_names(text: str) -> tuple[str, int]:
    """Replace glyph names such as ``/A.sc`` or ``/f_i`` with letters; count the ones left."""
    unknown = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal unknown
        base, suffixes = match["base"], match["suffixes"]
        components = base.split("_")
        if len(components) == 1 and not suffixes:
            return match[0]
        letters: list[str] = []
        rest = ""
        for position, component in enumerate(components):
            char = _glyph_char(component)
            if char is None and position == len(components) - 1 and not suffixes:
                # The last ligature part runs into the following text: "/f_ic" is "f_i" + "c".
                length = next(
                    (n for n in range(len(component) - 1, 0, -1) if _glyph_char(component[:n])),
                    0,
                )
                char = _glyph_char(component[:length]) if length else None
                rest = component[length:]
            if char is None:
                unknown += 1
                return match[0]
            letters.append(char)
        word = "".join(letters)
        if _SMALL_CAP_SUFFIXES.intersection(suffixes.split(".")):
            word = word.lower()
        return word + rest

    return _GLYPH_NAME.sub(replace, text), unknown


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
_BLANK_LINES = re.compile(r"\n{3,}")
_HYPHENATED = re.compile(r"([^\W\d_]+)-\n([^\W\d_]+)")


def _normalise_pdf_text(raw: str) -> tuple[str, int]:
    """Normalise the text of one PDF page; return it and the number of unrepaired glyph names."""
    text, unknown = _repair_glyph_names(raw.replace("\r\n", "\n"))
    text = text.translate(_PDF_CHAR_MAP)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    text = _HYPHENATED.sub(_join_hyphenated, text)
    return text.strip(), unknown


def _join_hyphenated(match: re.Match[str]) -> str:
    """Join "Con-\\nsul" into "Consul" when that is an English word; keep "multi-\\naccount"."""
    head, tail = match.groups()
    if (head + tail).lower() in known_words():
        return head + tail
    return match[0]


# ---------------------------------------------------------------------------------------------
# DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_W_P, _W_TBL, _W_TR, _W_TC = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_W_T, _W_TAB, _W_PTAB = f"{_W}t", f"{_W}tab", f"{_W}ptab"
_W_BR, _W_CR, _W_NO_BREAK_HYPHEN = f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"
_W_TXBX_CONTENT = f"{_W}txbxContent"
_MC_ALTERNATE_CONTENT = f"{_MC}AlternateContent"
_W_HEADER_REFERENCE, _W_FOOTER_REFERENCE = f"{_W}headerReference", f"{_W}footerReference"
_W_SECT_PR = f"{_W}sectPr"
_R_ID = f"{_R}id"
# Subtrees that hold no visible text: properties, deleted text, field instructions.
_DOCX_SKIPPED = frozenset(
    f"{_W}{tag}"
    for tag in ("pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "del", "moveFrom", "delText",
                "instrText", "delInstrText", "tblGrid", "sdtPr", "sdtEndPr")
)  # fmt: skip


def _read_docx(
    data: bytes, name: str, limits: Limits, deadline: Deadline, warnings: list[str]
) -> Document:
    """Read a DOCX: headers, the body in reading order, then footers.

    The zip is checked before python-docx opens it: its declared uncompressed size must stay
    within ``limits.max_decompressed_bytes``, and above ``ZIP_RATIO_MIN_BYTES`` it may not expand
    more than ``MAX_ZIP_COMPRESSION_RATIO`` times (zipfile stops reading a member at its declared
    size, so the declared sizes bound what is read); no part that python-docx may parse as XML
    (any part but images, fonts and embedded files) may be larger than ``limits.max_xml_bytes``.
    python-docx then opens a copy whose parts were read in bounded steps (:func:`_repacked`).

    The body XML is walked in order: paragraphs, tables (nested too), content controls. A table
    row whose cells each hold one line becomes one line with the cells joined by " | "; a row with
    a multi-line cell (a layout table) gives each cell's lines in turn. Text boxes come after the
    paragraph that anchors them; of an ``mc:AlternateContent`` only the first choice is read, so
    a text box stored twice (DrawingML and its VML fallback) appears once. Deleted revisions and
    field instructions are left out. Footer lines without letters (page numbers) are left out.
    """
    _check_zip(data, name, limits)
    stored = _repacked(data, name, deadline)
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(stored))
        headers, footers = _header_footer_elements(document)
        lines = _unique_block_lines(headers)
        lines.extend(_block_lines(document.element.body))
        lines.extend(line for line in _unique_block_lines(footers) if _LETTER_RUN.search(line))
    except ValueError as error:
        if "content type" in str(error):  # python-docx refuses .docm, .dotx, ...
            raise UnsupportedFormat(
                name, "is a Word file of another kind (macro-enabled or template); save it as DOCX"
            ) from error
        raise CorruptDocument(name) from error
    except (PackageNotFoundError, zipfile.BadZipFile, LxmlError, *_MALFORMED_INPUT_ERRORS):
        # Not chained: parser messages can quote the document.
        raise CorruptDocument(name) from None
    deadline.check()
    text = _BLANK_LINES.sub("\n\n", "\n".join(line.rstrip() for line in lines)).strip()
    if not text:
        if _has_media(data):
            raise NoTextFound(
                name, "the DOCX holds images but no text; gapcheck cannot read text in images"
            )
        raise NoTextFound(name, "the DOCX holds no text")
    _check_text_length(text, name, limits)
    return Document(
        text=text,
        source=name,
        format="docx",
        extraction="python-docx",
        warnings=tuple(warnings),
    )


def _check_zip(data: bytes, name: str, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, *_MALFORMED_INPUT_ERRORS) as error:
        raise CorruptDocument(name) from error
    if len(members) > MAX_ZIP_MEMBERS:
        raise DocumentTooLarge(
            name, f"the DOCX holds {len(members):,} files, over the limit of {MAX_ZIP_MEMBERS:,}"
        )
    expanded = sum(member.file_size for member in members)
    compressed = sum(member.compress_size for member in members)
    if expanded > limits.max_decompressed_bytes:
        raise DocumentTooLarge(
            name,
            f"the DOCX expands to {_size(expanded)}, over the limit of "
            f"{_size(limits.max_decompressed_bytes)}",
        )
    if expanded > ZIP_RATIO_MIN_BYTES and expanded > MAX_ZIP_COMPRESSION_RATIO * max(compressed, 1):
        raise DocumentTooLarge(
            name,
            f"the DOCX expands {expanded // max(compressed, 1):,} times over its compressed size, "
            "which looks like a zip bomb",
        )
    markup = max((m.file_size for m in members if not _is_binary_part(m.filename)), default=0)
    if markup > limits.max_xml_bytes:
        raise DocumentTooLarge(
            name,
            f"an XML part of the DOCX is {_size(markup)}, over the limit of "
            f"{_size(limits.max_xml_bytes)}",
        )


def _is_binary_part(member: str) -> bool:
    return PurePosixPath(member).suffix.lower() in _BINARY_PARTS


# Suffixes of DOCX parts python-docx keeps as bytes (images, fonts, embedded files), not XML.
_BINARY_PARTS = frozenset(
    {".png", ".jpg", ".jpeg", ".jfif", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".wdp",
     ".webp", ".svg", ".ico", ".bin", ".odttf", ".ttf", ".otf", ".xlsx", ".xlsb", ".docx",
     ".pptx", ".pdf", ".mp3", ".mp4", ".wav"}
)  # fmt: skip


def _repacked(data: bytes, name: str, deadline: Deadline) -> bytes:
    """The zip rebuilt without compression from its parts, each read in bounded steps.

    ``ZipExtFile.read()`` of a whole part inflates everything the compressed data holds (up to
    2 GiB) before cutting it to the declared size, so a part whose declared size lies is a zip
    bomb for python-docx, which reads parts whole. Read in small steps, a part stops at its
    declared size and its CRC is checked; python-docx reads the stored copy.
    """
    buffer = io.BytesIO()
    try:
        with (
            zipfile.ZipFile(io.BytesIO(data)) as archive,
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as copy,
        ):
            written: set[str] = set()
            for member in archive.infolist():
                if member.flag_bits & 0x1:
                    raise EncryptedDocument(
                        name, "parts of the DOCX are encrypted; save it without a password"
                    )
                if member.is_dir() or member.filename in written:
                    continue  # a repeated name: python-docx would read only one of them
                parts: list[bytes] = []
                with archive.open(member) as part:
                    while chunk := part.read(_ZIP_READ_STEP):
                        parts.append(chunk)
                copy.writestr(member.filename, b"".join(parts))
                written.add(member.filename)
                deadline.check()
    except (zipfile.BadZipFile, RuntimeError, *_MALFORMED_INPUT_ERRORS):
        # zipfile's messages name parts and bytes of the file: not chained.
        raise CorruptDocument(name) from None
    return buffer.getvalue()


_ZIP_READ_STEP = 1 << 16


def _has_media(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(member.startswith("word/media/") for member in archive.namelist())
    except (zipfile.BadZipFile, *_MALFORMED_INPUT_ERRORS):
        return False


def _header_footer_elements(document: Any) -> tuple[list[_Element], list[_Element]]:
    """The root elements of the header and footer parts, each once, in section order."""
    related = document.part.related_parts
    headers: list[_Element] = []
    footers: list[_Element] = []
    seen: set[int] = set()
    for section in document.element.body.iter(_W_SECT_PR):
        for reference in section:
            if reference.tag not in (_W_HEADER_REFERENCE, _W_FOOTER_REFERENCE):
                continue
            part = related.get(reference.get(_R_ID))
            if part is None or id(part) in seen or not hasattr(part, "element"):
                continue
            seen.add(id(part))
            (headers if reference.tag == _W_HEADER_REFERENCE else footers).append(part.element)
    return headers, footers


def _unique_block_lines(elements: list[_Element]) -> list[str]:
    """The lines of each element, skipping an element whose text repeats an earlier one's."""
    lines: list[str] = []
    seen: set[tuple[str, ...]] = set()
    for element in elements:
        block = tuple(line for line in _block_lines(element) if line.strip())
        if block and block not in seen:
            seen.add(block)
            lines.extend(block)
    return lines


def _block_lines(container: _Element) -> list[str]:
    """The lines of the block content (paragraphs, tables, ...) of ``container``, in order."""
    lines: list[str] = []
    for child in _content_children(container):
        if child.tag == _W_P:
            text, boxes = _paragraph(child)
            lines.append(text)
            for box in boxes:
                lines.extend(_block_lines(box))
        elif child.tag == _W_TBL:
            lines.extend(_table_lines(child))
        else:
            lines.extend(_block_lines(child))
    return lines


def _content_children(element: _Element) -> Iterator[_Element]:
    """Child elements worth reading: the first choice of AlternateContent, no skipped parts."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag in _DOCX_SKIPPED:
            continue
        if child.tag == _MC_ALTERNATE_CONTENT:
            choices = [choice for choice in child if isinstance(choice.tag, str)]
            if choices:
                yield from _content_children(choices[0])
            continue
        yield child


def _paragraph(paragraph: _Element) -> tuple[str, list[_Element]]:
    """The paragraph's own text, and the text boxes anchored in it."""
    parts: list[str] = []
    boxes: list[_Element] = []

    def walk(element: _Element) -> None:
        for child in _content_children(element):
            tag = child.tag
            if tag == _W_T:
                parts.append(child.text or "")
            elif tag in (_W_TAB, _W_PTAB):
                parts.append("\t")
            elif tag in (_W_BR, _W_CR):
                parts.append("\n")
            elif tag == _W_NO_BREAK_HYPHEN:
                parts.append("-")
            elif tag == _W_TXBX_CONTENT:
                boxes.append(child)
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts), boxes


def _table_lines(table: _Element) -> list[str]:
    lines: list[str] = []
    for row in _descendants_until(table, _W_TR, stop=_W_TBL):
        cells = [
            "\n".join(_block_lines(cell)).strip()
            for cell in _descendants_until(row, _W_TC, stop=_W_TBL)
        ]
        cells = [_BLANK_LINES.sub("\n\n", cell) for cell in cells if cell]
        if any("\n" in cell for cell in cells):
            lines.extend(cells)
        elif cells:
            lines.append(" | ".join(cells))
    return lines


def _descendants_until(element: _Element, tag: str, stop: str) -> Iterator[_Element]:
    """Descendants with ``tag`` (rows, cells) that are not inside a nested ``stop`` element."""
    for child in _content_children(element):
        if child.tag == tag:
            yield child
        elif child.tag != stop:
            yield from _descendants_until(child, tag, stop)
