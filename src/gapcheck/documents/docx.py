"""Read a DOCX with python-docx: headers, then the body in reading order, then footers.

The zip is checked and rebuilt in bounded steps before python-docx opens it (zip bombs, huge
XML parts); see :func:`read_docx`.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml.etree import LxmlError

from gapcheck.documents.docx_hidden import HiddenRuns
from gapcheck.documents.model import Document
from gapcheck.documents.shared import (
    BLANK_LINES,
    LAYOUT_TABLE_WARNING,
    LETTER_RUN,
    ZIP_ERRORS,
    Reading,
    check_text_length,
    format_size,
)
from gapcheck.errors import (
    CorruptDocument,
    DocumentTooLarge,
    EncryptedDocument,
    NoTextFound,
    UnsupportedFormat,
)
from gapcheck.limits import Deadline, Limits

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from lxml.etree import _Element

__all__ = ["read_docx"]

# A zip whose content expands more than this many times over its compressed size (and to more
# than ZIP_RATIO_MIN_BYTES) is refused as a likely zip bomb; real DOCX files stay far below it.
MAX_ZIP_COMPRESSION_RATIO = 100
ZIP_RATIO_MIN_BYTES = 10_000_000
MAX_ZIP_MEMBERS = 10_000

# What python-docx, zipfile and lxml raise on a damaged DOCX; zipfile raises RuntimeError for a
# part that needs a password.
_PARSE_ERRORS: tuple[type[Exception], ...] = (PackageNotFoundError, LxmlError, *ZIP_ERRORS)
_REPACK_ERRORS: tuple[type[Exception], ...] = (RuntimeError, *ZIP_ERRORS)
_ZIP_READ_STEP = 1 << 16

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_W_P, _W_TBL, _W_TR, _W_TC = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_W_T, _W_TAB, _W_PTAB, _W_R = f"{_W}t", f"{_W}tab", f"{_W}ptab", f"{_W}r"
_W_BR, _W_CR, _W_NO_BREAK_HYPHEN = f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"
_W_TXBX_CONTENT = f"{_W}txbxContent"
_W_PPR, _W_NUMPR, _W_NUMID = f"{_W}pPr", f"{_W}numPr", f"{_W}numId"
_W_PSTYLE, _W_VAL = f"{_W}pStyle", f"{_W}val"
# Word's list styles, whose numbering is in the style, not the paragraph.
_LIST_STYLES = ("ListBullet", "ListNumber")

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
# Suffixes of DOCX parts python-docx keeps as bytes (images, fonts, embedded files), not XML.
_BINARY_PARTS = frozenset(
    {".png", ".jpg", ".jpeg", ".jfif", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".wdp",
     ".webp", ".svg", ".ico", ".bin", ".odttf", ".ttf", ".otf", ".xlsx", ".xlsb", ".docx",
     ".pptx", ".pdf", ".mp3", ".mp4", ".wav"}
)  # fmt: skip


def read_docx(data: bytes, reading: Reading) -> Document:
    """Read a DOCX: headers, the body in reading order, then footers.

    The zip is checked before python-docx opens it: its declared uncompressed size must stay
    within ``limits.max_decompressed_bytes``, and above ``ZIP_RATIO_MIN_BYTES`` it may not expand
    more than ``MAX_ZIP_COMPRESSION_RATIO`` times (zipfile stops reading a member at its declared
    size, so the declared sizes bound what is read); no part that python-docx may parse as XML
    (any part but images, fonts and embedded files) may be larger than ``limits.max_xml_bytes``.
    python-docx then opens a copy whose parts were read in bounded steps (:func:`_repacked`).

    The body XML is walked in order: paragraphs, tables (nested too), content controls. A table
    row whose cells each hold one line becomes one line with the cells joined by " | "; a row with
    a multi-line cell (a layout table) gives each cell's lines in turn, and the document's
    warnings say so. A list paragraph (Word's numbering) is read as a bullet ("• ") before
    its text. Text boxes come after the
    paragraph that anchors them; of an ``mc:AlternateContent`` only the first choice is read, so
    a text box stored twice (DrawingML and its VML fallback) appears once. Deleted revisions and
    field instructions are left out. Footer lines without letters (page numbers) are left out.

    Runs a reader cannot see (:class:`~gapcheck.documents.docx_hidden.HiddenRuns`: hidden,
    white on no shading, tiny) are left out unless ``reading.hidden_text`` is ``"keep"``; their
    words are counted in a warning either way.
    """
    name, limits = reading.name, reading.limits
    _check_zip(data, name, limits)
    stored = _repacked(data, name, reading.deadline)
    try:
        document = docx.Document(io.BytesIO(stored))
        headers, footers = _header_footer_elements(document)
        hidden = HiddenRuns.of(document, [*headers, *footers], keep=reading.hidden_text == "keep")
        lines = _unique_block_lines(headers, hidden)
        lines.extend(_block_lines(document.element.body, hidden))
        footer_lines = _unique_block_lines(footers, hidden)
        lines.extend(line for line in footer_lines if LETTER_RUN.search(line))
    except ValueError as error:
        if "content type" in str(error):  # python-docx refuses .docm, .dotx, ...
            raise UnsupportedFormat(
                name, "is a Word file of another kind (macro-enabled or template); save it as DOCX"
            ) from error
        raise CorruptDocument(name) from error
    except _PARSE_ERRORS:
        # Not chained: parser messages can quote the document.
        raise CorruptDocument(name) from None
    reading.deadline.check()
    text = BLANK_LINES.sub("\n\n", "\n".join(line.rstrip() for line in lines)).strip()
    if not text:
        if _has_media(data):
            raise NoTextFound(
                name, "the DOCX holds images but no text; gapcheck cannot read text in images"
            )
        raise NoTextFound(name, "the DOCX holds no text")
    check_text_length(text, name, limits)
    if hidden.warning() is not None:
        reading.warnings.append(hidden.warning() or "")
    if _has_layout_table(document.element.body):
        reading.warnings.append(LAYOUT_TABLE_WARNING)
    return reading.document(text, "docx", "python-docx")


# ---------------------------------------------------------------------------------------------
# The zip, before python-docx sees it


def _check_zip(data: bytes, name: str, limits: Limits) -> None:
    """Refuse a zip with too many members, too large a content or XML part, or a bomb's ratio."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except ZIP_ERRORS as error:
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
            f"the DOCX expands to {format_size(expanded)}, over the limit of "
            f"{format_size(limits.max_decompressed_bytes)}",
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
            f"an XML part of the DOCX is {format_size(markup)}, over the limit of "
            f"{format_size(limits.max_xml_bytes)}",
        )


def _is_binary_part(member: str) -> bool:
    return PurePosixPath(member).suffix.lower() in _BINARY_PARTS


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
    except _REPACK_ERRORS:
        # zipfile's messages name parts and bytes of the file: not chained.
        raise CorruptDocument(name) from None
    return buffer.getvalue()


def _has_media(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(member.startswith("word/media/") for member in archive.namelist())
    except ZIP_ERRORS:
        return False


# ---------------------------------------------------------------------------------------------
# The XML, in reading order


def _header_footer_elements(document: DocxDocument) -> tuple[list[_Element], list[_Element]]:
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


def _unique_block_lines(elements: list[_Element], hidden: HiddenRuns) -> list[str]:
    """The lines of each element, skipping an element whose text repeats an earlier one's."""
    lines: list[str] = []
    seen: set[tuple[str, ...]] = set()
    for element in elements:
        block = tuple(line for line in _block_lines(element, hidden) if line.strip())
        if block and block not in seen:
            seen.add(block)
            lines.extend(block)
    return lines


def _block_lines(container: _Element, hidden: HiddenRuns) -> list[str]:
    """The lines of the block content (paragraphs, tables, ...) of ``container``, in order."""
    lines: list[str] = []
    for child in _content_children(container):
        if child.tag == _W_P:
            text, boxes = _paragraph(child, hidden)
            if text.strip() and _list_item(child):
                text = "• " + text.lstrip()  # Word's bullet is numbering, not text
            lines.append(text)
            for box in boxes:
                lines.extend(_block_lines(box, hidden))
        elif child.tag == _W_TBL:
            lines.extend(_table_lines(child, hidden))
        else:
            lines.extend(_block_lines(child, hidden))
    return lines


def _list_item(paragraph: _Element) -> bool:
    """Whether a paragraph is an item of a bulleted or numbered list: numbering of its own (not
    numbering 0, which turns it off) or one of Word's list styles."""
    properties = paragraph.find(_W_PPR)
    if properties is None:
        return False
    numbering = properties.find(_W_NUMPR)
    if numbering is not None:
        number = numbering.find(_W_NUMID)
        return number is None or number.get(_W_VAL) != "0"
    style = properties.find(_W_PSTYLE)
    return style is not None and (style.get(_W_VAL) or "").startswith(_LIST_STYLES)


def _has_layout_table(body: _Element) -> bool:
    """Whether a table lays out the text side by side: a row of two cells or more, one of which
    holds several paragraphs of text (a one-line-a-cell table is data, read row by row)."""
    for table in body.iter(_W_TBL):
        for row in _descendants_until(table, _W_TR, stop=_W_TBL):
            cells = list(_descendants_until(row, _W_TC, stop=_W_TBL))
            if len(cells) >= 2 and any(_text_paragraphs(cell) > 1 for cell in cells):
                return True
    return False


def _text_paragraphs(cell: _Element) -> int:
    """The number of paragraphs with text in a table cell."""
    return sum(1 for p in cell.iter(_W_P) if any((t.text or "").strip() for t in p.iter(_W_T)))


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


def _paragraph(paragraph: _Element, hidden: HiddenRuns) -> tuple[str, list[_Element]]:
    """The paragraph's own text (without its hidden runs, unless they are kept), and the text
    boxes anchored in it."""
    parts: list[str] = []
    boxes: list[_Element] = []
    hidden_parts: list[str] = []

    def walk(element: _Element) -> None:
        for child in _content_children(element):
            tag = child.tag
            if tag == _W_R and hidden.is_hidden(child, paragraph):
                start = len(parts)
                walk(child)
                hidden_parts.extend(parts[start:])
                if not hidden.keep:
                    del parts[start:]
            elif tag == _W_T:
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
    if hidden_parts:
        hidden.count("".join(hidden_parts))
    return "".join(parts), boxes


def _table_lines(table: _Element, hidden: HiddenRuns) -> list[str]:
    """A row of one-line cells as one " | "-joined line; a row with a multi-line cell by cell."""
    lines: list[str] = []
    for row in _descendants_until(table, _W_TR, stop=_W_TBL):
        cells = [
            "\n".join(_block_lines(cell, hidden)).strip()
            for cell in _descendants_until(row, _W_TC, stop=_W_TBL)
        ]
        cells = [BLANK_LINES.sub("\n\n", cell) for cell in cells if cell]
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
