"""Tell a document's format from its bytes (``%PDF-``, a ZIP holding ``word/document.xml``).

Anything else that starts like a known binary format is refused with its name, so the error
says "looks like a PNG image" rather than "not valid text".

>>> sniff(b"%PDF-1.7 ...", "cv.pdf"), sniff(b"Python developer", "cv.txt")
('pdf', 'text')
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Literal

from gapcheck.documents.shared import ZIP_ERRORS
from gapcheck.errors import CorruptDocument, UnsupportedFormat

__all__ = ["ContentKind", "sniff"]

ContentKind = Literal["pdf", "docx", "text", "html"]

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
_SUPPORTED = "gapcheck reads PDF, DOCX, plain text, Markdown and saved web pages (HTML)"
# A saved web page (UTF-8 or a single-byte encoding, with or without a byte order mark).
_HTML_START = re.compile(rb"\s*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)
_HTML_SUFFIXES = (".html", ".htm")


def sniff(data: bytes, name: str) -> ContentKind:
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
    head = data[:1024].removeprefix(b"\xef\xbb\xbf")
    if _HTML_START.match(head) or (
        name.lower().endswith(_HTML_SUFFIXES) and head.lstrip().startswith(b"<")
    ):
        return "html"
    return "text"


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


def _zip_names(data: bytes, name: str) -> frozenset[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return frozenset(archive.namelist())
    except ZIP_ERRORS as error:
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
    except ZIP_ERRORS:
        return b""
