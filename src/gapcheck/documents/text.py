"""Decode a plain text or Markdown file into a :class:`~gapcheck.documents.Document`.

The text is exactly what ``open(path, encoding=...).read()`` gives (universal newlines: ``\\r\\n``
and ``\\r`` become ``\\n``), with a leading byte order mark removed and nothing else changed, so
offsets into the text are offsets into the file's text. UTF-8 is tried first (UTF-16 and UTF-32
when the file starts with their byte order mark, and UTF-16 when NUL bytes in every other
position show it without one), then cp1252, then latin-1, with a warning naming the encoding.
"""

from __future__ import annotations

import re

from gapcheck.documents.model import Document, DocumentFormat
from gapcheck.documents.shared import Reading, check_text_length
from gapcheck.errors import NoTextFound, UnsupportedFormat

__all__ = ["read_text"]

# A text file is taken for binary data when it holds a NUL byte, or when more than this share of
# its characters are control characters other than tab, line feed, vertical tab, form feed and
# carriage return.
MAX_CONTROL_CHAR_SHARE = 0.05
# A file with NUL bytes is read as UTF-16 without a byte order mark when at least this share of
# its characters have a NUL high byte (see _utf16_without_bom).
UTF16_NUL_SHARE = 0.5

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


def read_text(data: bytes, reading: Reading, format: DocumentFormat) -> Document:
    """Decode a text file; keep its text as ``open()`` would give it (see the module docstring)."""
    name = reading.name
    text, encoding = _decode(data, name, reading.warnings)
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
    check_text_length(text, name, reading.limits)
    return reading.document(text, format, "decoded", encoding=encoding)


def decode_text(data: bytes, name: str, warnings: list[str]) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with (as :func:`read_text` decodes),
    with universal newlines."""
    text, encoding = _decode(data, name, warnings)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _decode(data: bytes, name: str, warnings: list[str]) -> tuple[str, str]:
    """The text and the name of its encoding; a warning says when it is not plain UTF-8."""
    for mark, codec, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            body = data[len(mark) :]
            try:
                return body.decode(codec), encoding
            except UnicodeDecodeError:
                warnings.append(f"bytes that are not valid {encoding} were replaced")
                return body.decode(codec, errors="replace"), encoding
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise UnsupportedFormat(name, "looks like binary data, not text (it holds NUL bytes)")
        warnings.append(f"decoded as {utf16} (UTF-16 without a byte order mark)")
        return data.decode(utf16), utf16
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
