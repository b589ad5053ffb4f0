"""A corpus of hostile inputs, made here by code (nothing is downloaded).

PDFs with decompression bombs, thousands of pages, deep or cyclic references, broken xref
tables, images only, passwords; DOCX files that are zip bombs, lack parts or hold huge XML;
text in odd encodings, with NUL bytes, a 50 MB line, right-to-left script, emoji and
zero-width characters; taxonomy files with wrong types, huge alias lists, regex-looking
aliases and duplicate keys.

Every case must end in a result or in a :class:`~gapcheck.errors.GapcheckError` whose message
is one line naming the file (exit code 1 on the command line), never in a traceback, within the
time limit (a case that needs the time limit would end in ExtractionTimeout, which no case
expects), and the bombs within bounded memory (measured in a subprocess).
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import random
import signal
import struct
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import gapcheck
from builders import encrypted_pdf_bytes, image_only_pdf_bytes, sample_docx
from gapcheck.cli import app
from gapcheck.documents import Document, read_document
from gapcheck.errors import (
    CorruptDocument,
    DocumentTooLarge,
    EncryptedDocument,
    ExtractionTimeout,
    GapcheckError,
    NoTextFound,
    TaxonomyError,
    UnsupportedFormat,
)
from gapcheck.escape import escape_controls
from gapcheck.extraction import SkillExtractor
from gapcheck.limits import DEFAULT_LIMITS, Limits, time_limit
from gapcheck.taxonomy import load_taxonomy

runner = CliRunner()
MIB = 1 << 20
# Peak memory allowed for reading one bomb, in MB. Before the limits were wired a 3 MB PDF of
# 40 bombed pages took 2.7 GB and a 20 MB DOCX of 190 MB XML took 2.1 GB.
MAX_PEAK_MB = 400

# ---------------------------------------------------------------------------------------------
# Builders


def zeros_deflate(mebibytes: int, *, zlib_wrapper: bool = True) -> bytes:
    """A deflate stream of ``mebibytes`` MiB of zero bytes, made without holding them.

    After a full flush every MiB of zeros compresses to the same block, so the block is
    repeated; the Adler-32 of n zero bytes is ``(n % 65521) << 16 | 1``.
    """
    chunk = bytes(MIB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, 15 if zlib_wrapper else -15)
    head = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    body = head + block * (mebibytes - 1) + b"\x03\x00"  # an empty final block
    if zlib_wrapper:
        body += struct.pack(">I", ((mebibytes * MIB) % 65521) << 16 | 1)
    return body


def deflate_raw(data: bytes, level: int = 6) -> bytes:
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def pdf_stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def raw_pdf(
    objects: dict[int, bytes],
    *,
    header: bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    trailer: bytes = b"",
    xref: bool = True,
    startxref: int | None = None,
) -> bytes:
    """A PDF of numbered objects, with an xref table of their true offsets."""
    out = bytearray(header)
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    size = max(objects) + 1
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for number in range(1, size):
            if number in offsets:
                out += b"%010d 00000 n \n" % offsets[number]
            else:
                out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        trailer,
        xref_at if startxref is None else startxref,
    )
    return bytes(out)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
RESOURCES = b"<< /Font << /F1 4 0 R >> >>"


def text_ops(*lines: str) -> bytes:
    ops = [b"BT /F1 11 Tf 72 750 Td 14 TL"]
    for line in lines:
        escaped = line.encode("latin-1").replace(b"\\", b"\\\\")
        ops.append(b"(" + escaped.replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


RESUME_OPS = text_ops("Python developer", "Kubernetes and Terraform")


def one_page_pdf(
    content: bytes = RESUME_OPS,
    *,
    content_extra: bytes = b"",
    resources: bytes = RESOURCES,
    page_extra: bytes = b"",
    objects: dict[int, bytes] | None = None,
    **pdf: object,
) -> bytes:
    """Catalog 1, Pages 2, Page 3, Helvetica 4, contents 5; ``objects`` adds or replaces."""
    parts = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s "
        b"/Contents 5 0 R %s>>" % (resources, page_extra),
        4: FONT,
        5: pdf_stream(content, content_extra),
    }
    parts.update(objects or {})
    return raw_pdf(parts, **pdf)  # type: ignore[arg-type]


def pages_pdf(contents: list[bytes], *, content_extra: bytes = b"") -> bytes:
    """One page per content stream (pages 10.., streams 1000..)."""
    count = len(contents)
    kids = b" ".join(b"%d 0 R" % (10 + i) for i in range(count))
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        4: FONT,
    }
    for i, content in enumerate(contents):
        objects[10 + i] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s "
            b"/Contents %d 0 R >>" % (RESOURCES, 1000 + i)
        )
        objects[1000 + i] = pdf_stream(content, content_extra)
    return raw_pdf(objects)


def shared_page_pdf(count: int) -> bytes:
    """``count`` pages that are all the same page object."""
    return one_page_pdf(
        objects={2: b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b"3 0 R " * count, count)}
    )


def form(content: bytes, resources: bytes = RESOURCES, extra: bytes = b"") -> bytes:
    return pdf_stream(
        content,
        b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources %s %s" % (resources, extra),
    )


FLATE = b"/Filter /FlateDecode"


def replaced(data: bytes, old: bytes, new: bytes) -> bytes:
    assert old in data
    return data.replace(old, new)


def before_startxref(data: bytes) -> bytes:
    return data[: data.rindex(b"startxref")]


@dataclasses.dataclass(frozen=True)
class ZipEntry:
    name: str
    raw: bytes  # deflated (method 8) or stored (method 0) bytes as written
    crc: int
    declared_size: int
    method: int = 8
    flags: int = 0


def entry(name: str, content: bytes, *, level: int = 6) -> ZipEntry:
    return ZipEntry(name, deflate_raw(content, level), zlib.crc32(content), len(content))


def raw_zip(entries: list[ZipEntry], *, aliases: int = 0) -> bytes:
    """A zip written byte by byte, so sizes and CRCs can lie; ``aliases`` more central
    directory entries all point at the last local file (an overlapping-entries bomb)."""
    out = bytearray()
    central = bytearray()
    names: list[tuple[ZipEntry, bytes, int]] = []
    for item in entries:
        name = item.name.encode()
        names.append((item, name, len(out)))
        sizes = (item.crc, len(item.raw), item.declared_size, len(name), 0)
        out += b"PK\x03\x04" + struct.pack(
            "<HHHHHIIIHH", 20, item.flags, item.method, 0, 0x21, *sizes
        )
        out += name + item.raw
    last, _, last_offset = names[-1]
    names += [(last, f"word/media/alias{n}.png".encode(), last_offset) for n in range(aliases)]
    for item, name, offset in names:
        sizes = (item.crc, len(item.raw), item.declared_size, len(name), 0, 0, 0, 0, 0, offset)
        head = (20, 20, item.flags, item.method, 0, 0x21)
        central += b"PK\x01\x02" + struct.pack("<HHHHHHIIIHHHHHII", *head, *sizes) + name
    start = len(out)
    count = len(names)
    out += central
    out += b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, count, count, len(central), start, 0)
    return bytes(out)


def docx_members() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(sample_docx())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def docx_with(
    changes: dict[str, bytes | None] | None = None, *, level: int = 6, aliases: int = 0
) -> bytes:
    """The sample DOCX with members replaced, added, or removed (None)."""
    members = docx_members()
    for name, content in (changes or {}).items():
        if content is None:
            members.pop(name, None)
        else:
            members[name] = content
    return raw_zip([entry(n, c, level=level) for n, c in members.items()], aliases=aliases)


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def document_xml(body: bytes, *, prolog: bytes = b"") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + prolog
        + b"<w:document "
        + W
        + b"><w:body>"
        + body
        + b"</w:body></w:document>"
    )


def paragraph(text: str) -> bytes:
    return b'<w:p><w:r><w:t xml:space="preserve">' + text.encode() + b"</w:t></w:r></w:p>"


def docx_text(*paragraphs: str, prolog: bytes = b"") -> bytes:
    body = b"".join(paragraph(p) for p in paragraphs)
    return docx_with({"word/document.xml": document_xml(body, prolog=prolog)})


def random_words_xml(size: int) -> bytes:
    """About ``size`` bytes of paragraphs of random words: it compresses only ~3 times."""
    rnd = random.Random(8)
    letters = "abcdefghijklmnopqrstuvwxyz"
    block = b"".join(
        paragraph(" ".join("".join(rnd.choices(letters, k=rnd.randint(3, 9))) for _ in range(12)))
        for _ in range(1_000)
    )
    return document_xml(block * (size // len(block) + 1))


# ---------------------------------------------------------------------------------------------
# The document corpus: each case is a function making the file's bytes

Outcome = tuple[type[GapcheckError] | None, ...]  # None: a Document


@dataclasses.dataclass(frozen=True)
class Case:
    kind: str  # pdf, docx, text
    name: str
    make: Callable[[], bytes]
    outcome: Outcome
    phrase: str  # in the Document's text, or in the error message
    suffix: str
    cli_args: tuple[str, ...]
    limits: Limits  # the same as cli_args give

    @property
    def file_name(self) -> str:
        return self.name + self.suffix


CASES: list[Case] = []


def case(
    kind: str,
    *outcome: type[GapcheckError] | None,
    phrase: str = "",
    suffix: str | None = None,
    cli_args: tuple[str, ...] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> Callable[[Callable[[], bytes]], Callable[[], bytes]]:
    """Register the decorated function as a case; ``outcome`` lists what may come out."""

    def register(make: Callable[[], bytes]) -> Callable[[], bytes]:
        name = make.__name__.replace("_", "-")
        extension = suffix if suffix is not None else {"text": ".txt"}.get(kind, f".{kind}")
        CASES.append(Case(kind, name, make, outcome, phrase, extension, cli_args, limits))
        return make

    return register


READ = None  # the outcome of a readable file
BOMB = "decompression bomb"

# --- PDF: decompression bombs (decoded streams are counted: Limits.max_decompressed_bytes)


@case("pdf", DocumentTooLarge, phrase=BOMB)
def flate_bomb_in_the_contents() -> bytes:
    return one_page_pdf(zeros_deflate(300), content_extra=FLATE)


@case("pdf", DocumentTooLarge, phrase=BOMB)
def flate_bombs_under_the_stream_cap_on_40_pages() -> bytes:
    return pages_pdf([zeros_deflate(30)] * 40, content_extra=FLATE)


@case("pdf", DocumentTooLarge, phrase=BOMB)
def flate_bomb_compressed_twice() -> bytes:
    twice = zlib.compress(zeros_deflate(1024), 9)
    return one_page_pdf(twice, content_extra=b"/Filter [/FlateDecode /FlateDecode]")


@case("pdf", DocumentTooLarge, phrase=BOMB)
def flate_bomb_in_hex() -> bytes:
    hexed = zeros_deflate(300).hex().encode() + b">"
    return one_page_pdf(hexed, content_extra=b"/Filter [/ASCIIHexDecode /FlateDecode]")


@case("pdf", DocumentTooLarge, phrase=BOMB)
def run_length_bomb() -> bytes:
    runs = b"\x81\x00" * 500_000 + b"\x80"  # 128 zeros per 2 bytes: 64 MB
    return one_page_pdf(runs, content_extra=b"/Filter /RunLengthDecode")


@case("pdf", DocumentTooLarge, phrase=BOMB)
def contents_array_repeats_a_bomb() -> bytes:
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s /Contents [%s] >>"
    return one_page_pdf(
        objects={3: page % (RESOURCES, b"5 0 R " * 100), 5: pdf_stream(zeros_deflate(20), FLATE)}
    )


CID_FONT = (
    b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X "
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>"
)
TYPE0_FONT = (
    b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /ToUnicode 6 0 R "
    b"/DescendantFonts [7 0 R] >>"
)


@case("pdf", DocumentTooLarge, phrase=BOMB)
def flate_bomb_in_a_tounicode_map() -> bytes:
    bomb = pdf_stream(zeros_deflate(300), FLATE)
    return one_page_pdf(objects={4: TYPE0_FONT, 6: bomb, 7: CID_FONT})


@case("pdf", DocumentTooLarge, phrase=BOMB)
def flate_bomb_in_a_font_file() -> bytes:
    font = b"<< /Type /Font /Subtype /TrueType /BaseFont /X /FontDescriptor 6 0 R >>"
    descriptor = b"<< /Type /FontDescriptor /FontName /X /FontFile2 7 0 R >>"
    return one_page_pdf(objects={4: font, 6: descriptor, 7: pdf_stream(zeros_deflate(300), FLATE)})


@case("pdf", DocumentTooLarge, phrase=BOMB)
def flate_bomb_in_a_form_xobject() -> bytes:
    return one_page_pdf(
        b"/Fm0 Do",
        resources=b"<< /XObject << /Fm0 6 0 R >> >>",
        objects={6: form(zeros_deflate(300), extra=FLATE)},
    )


@case("pdf", DocumentTooLarge, phrase=BOMB)
def many_small_bombs_in_forms() -> bytes:
    names = b" ".join(b"/F%d %d 0 R" % (n, 100 + n) for n in range(12))
    return one_page_pdf(
        b" ".join(b"/F%d Do" % n for n in range(12)),
        resources=b"<< /XObject << %s >> >>" % names,
        objects={100 + n: form(zeros_deflate(8), extra=FLATE) for n in range(12)},
    )


@case("pdf", NoTextFound, phrase="OCR")
def flate_bomb_in_an_image_is_not_decoded() -> bytes:
    image = pdf_stream(
        zeros_deflate(300),
        b"/Type /XObject /Subtype /Image /Width 20000 /Height 16000 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 " + FLATE,
    )
    return one_page_pdf(
        b"q 100 0 0 100 0 0 cm /Im0 Do Q",
        resources=b"<< /XObject << /Im0 6 0 R >> >>",
        objects={6: image},
    )


@case("pdf", READ, phrase="Kubernetes")
def flate_bomb_nothing_refers_to() -> bytes:
    return one_page_pdf(objects={6: pdf_stream(zeros_deflate(300), FLATE)})


@case("pdf", READ, phrase="Kubernetes")
def flate_bomb_in_an_annotation() -> bytes:
    annotation = b"<< /Type /Annot /Subtype /Square /Rect [0 0 9 9] /AP << /N 7 0 R >> >>"
    return one_page_pdf(
        page_extra=b"/Annots [6 0 R]",
        objects={6: annotation, 7: form(zeros_deflate(300), extra=FLATE)},
    )


@case("pdf", READ, phrase="Python developer")
def contents_of_8_mb() -> bytes:
    contents = zlib.compress(RESUME_OPS + b"\n" + b" " * 8_000_000, 1)
    return one_page_pdf(contents, content_extra=FLATE)


# --- PDF: many pages


@case("pdf", DocumentTooLarge, phrase="5000 pages")
def pages_5000() -> bytes:
    return shared_page_pdf(5000)


@case("pdf", DocumentTooLarge, phrase="51 pages, over the limit of 50")
def pages_51() -> bytes:
    return shared_page_pdf(51)


@case("pdf", READ, phrase="Page 49: Python")
def pages_50() -> bytes:
    return pages_pdf([text_ops(f"Page {n}: Python") for n in range(50)])


@case("pdf", READ, phrase="Kubernetes")
def page_count_lies() -> bytes:
    return replaced(one_page_pdf(), b"/Count 1", b"/Count 999999999")


@case("pdf", CorruptDocument, phrase="no pages")
def page_tree_without_pages() -> bytes:
    return replaced(one_page_pdf(), b"/Kids [3 0 R] /Count 1", b"/Kids [] /Count 0")


# --- PDF: deep and cyclic structures


@case("pdf", CorruptDocument, phrase="damaged")
def page_tree_cycle() -> bytes:
    return one_page_pdf(objects={2: b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>"})


@case("pdf", CorruptDocument, phrase="damaged")
def page_tree_2000_levels_deep() -> bytes:
    levels = {10 + n: b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (11 + n) for n in range(2000)}
    leaf = b"<< /Type /Page /MediaBox [0 0 612 792] /Resources %s /Contents 5 0 R >>" % RESOURCES
    catalog = b"<< /Type /Catalog /Pages 10 0 R >>"
    return raw_pdf({1: catalog, 4: FONT, 5: pdf_stream(RESUME_OPS), **levels, 2010: leaf})


@case("pdf", CorruptDocument, READ)
def parent_cycle() -> bytes:
    return one_page_pdf(
        objects={
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 6 0 R >>",
            6: b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
        }
    )


@case("pdf", CorruptDocument, phrase="no page")
def arrays_100000_deep_in_the_contents() -> bytes:
    nested = b"[" * 100_000 + b"]" * 100_000
    return one_page_pdf(b"BT /F1 11 Tf " + nested + b" TJ (Python) Tj ET")


@case("pdf", READ, phrase="Kubernetes")
def dictionaries_50000_deep() -> bytes:
    nested = b"<< /A " * 50_000 + b">>" * 50_000
    return one_page_pdf(page_extra=b"/Junk 6 0 R", objects={6: nested})


@case("pdf", NoTextFound, CorruptDocument)
def arrays_50000_deep_in_the_resources() -> bytes:
    nested = b"[" * 50_000 + b"]" * 50_000
    return one_page_pdf(resources=b"<< /Font << /F1 4 0 R >> /X " + nested + b" >>")


@case("pdf", CorruptDocument, NoTextFound)
def reference_chain_of_20000() -> bytes:
    chain = {n: b"%d 0 R" % (n + 1) for n in range(10, 20_010)}
    return one_page_pdf(resources=b"10 0 R", objects={**chain, 20_010: RESOURCES})


@case("pdf", CorruptDocument, NoTextFound)
def reference_to_itself() -> bytes:
    return one_page_pdf(resources=b"6 0 R", objects={6: b"6 0 R"})


@case("pdf", CorruptDocument, NoTextFound)
def references_in_a_ring() -> bytes:
    return one_page_pdf(resources=b"6 0 R", objects={6: b"7 0 R", 7: b"6 0 R"})


@case("pdf", READ, phrase="Kubernetes")
def form_draws_itself() -> bytes:
    resources = b"<< /Font << /F1 4 0 R >> /XObject << /Fm0 6 0 R >> >>"
    return one_page_pdf(
        b"/Fm0 Do " + RESUME_OPS,
        resources=resources,
        objects={6: form(b"/Fm0 Do BT /F1 9 Tf (Python) Tj ET", resources)},
    )


@case("pdf", READ, phrase="x\nx\nx")
def forms_fan_out_100000_times() -> bytes:
    fan = {
        10 + n: form(b"/F Do " * 10, b"<< /XObject << /F %d 0 R >> >>" % (11 + n)) for n in range(5)
    }
    return one_page_pdf(
        b"/F0 Do",
        resources=b"<< /XObject << /F0 10 0 R >> >>",
        objects={**fan, 15: form(b"BT /F1 9 Tf (x) Tj ET")},
    )


@case("pdf", READ, phrase="Kubernetes")
def contents_array_holds_itself() -> bytes:
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s /Contents 6 0 R >>"
    return one_page_pdf(objects={3: page % RESOURCES, 6: b"[5 0 R 6 0 R]"})


# --- PDF: broken cross-reference tables and trailers


@case("pdf", READ, phrase="Kubernetes")
def xref_offsets_wrong() -> bytes:
    return replaced(one_page_pdf(), b"0000000015 00000 n", b"0000099999 00000 n")


@case("pdf", READ, phrase="Kubernetes")
def startxref_past_the_end() -> bytes:
    return before_startxref(one_page_pdf()) + b"startxref\n99999999\n%%EOF\n"


@case("pdf", READ, phrase="Kubernetes")
def startxref_negative() -> bytes:
    return before_startxref(one_page_pdf()) + b"startxref\n-5\n%%EOF\n"


@case("pdf", CorruptDocument, phrase="damaged")
def startxref_not_a_number() -> bytes:
    return before_startxref(one_page_pdf()) + b"startxref\nabc\n%%EOF\n"


@case("pdf", READ, phrase="Kubernetes")
def no_xref_table() -> bytes:
    return one_page_pdf(xref=False, startxref=0)


@case("pdf", CorruptDocument, phrase="damaged")
def xref_claims_999999999_entries() -> bytes:
    return replaced(one_page_pdf(), b"xref\n0 6", b"xref\n0 999999999")


@case("pdf", READ, phrase="Kubernetes")
def trailer_size_2000000000() -> bytes:
    return replaced(one_page_pdf(), b"/Size 6", b"/Size 2000000000")


@case("pdf", CorruptDocument, phrase="damaged")
def truncated_in_the_middle() -> bytes:
    return one_page_pdf()[:320]


@case("pdf", READ, phrase="Kubernetes")
def trailer_without_root() -> bytes:
    return replaced(one_page_pdf(), b"/Root 1 0 R", b"")


@case("pdf", CorruptDocument, phrase="damaged")
def root_is_a_string() -> bytes:
    return one_page_pdf(objects={1: b"(Catalog)"})


@case("pdf", READ, phrase="Kubernetes")
def previous_xref_is_itself() -> bytes:
    data = one_page_pdf()
    return replaced(data, b"/Root 1 0 R", b"/Root 1 0 R /Prev %d" % data.rindex(b"xref\n0"))


@case("pdf", CorruptDocument, phrase="damaged")
def xref_stream_with_huge_field_widths() -> bytes:
    data = one_page_pdf()
    body = data[: data.rindex(b"xref\n0")]
    xref = pdf_stream(bytes(10), b"/Type /XRef /Size 999999999 /W [1 2000000000 1] /Root 1 0 R")
    return body + b"9 0 obj\n" + xref + b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % len(body)


@case("pdf", READ, phrase="Kubernetes")
def object_stream_claims_999999999_objects() -> bytes:
    return one_page_pdf(objects={6: pdf_stream(b"1 0", b"/Type /ObjStm /N 999999999 /First 3")})


@case("pdf", CorruptDocument, phrase="damaged")
def header_only() -> bytes:
    return b"%PDF-1.7\n"


@case("pdf", READ, phrase="Kubernetes")
def junk_before_the_header() -> bytes:
    return b"\x00" * 500 + one_page_pdf()


@case("pdf", CorruptDocument, phrase="no page")
def unknown_filter() -> bytes:
    return one_page_pdf(content_extra=b"/Filter /NoSuchDecode")


@case("pdf", READ, phrase="Kubernetes")
def stream_length_lies() -> bytes:
    return replaced(one_page_pdf(), b"<< /Length %d" % len(RESUME_OPS), b"<< /Length 9999")


@case("pdf", CorruptDocument, phrase="damaged")
def stream_length_over_pypdf_cap() -> bytes:
    return replaced(one_page_pdf(), b"<< /Length %d" % len(RESUME_OPS), b"<< /Length 99999999")


# --- PDF: text, no text, odd text


@case("pdf", NoTextFound, phrase="OCR")
def image_only_page() -> bytes:
    return image_only_pdf_bytes()


@case("pdf", DocumentTooLarge, phrase="500,000 characters")
def one_string_of_560000_characters() -> bytes:
    return one_page_pdf(b"BT /F1 11 Tf 72 750 Td (" + b"Python " * 80_000 + b") Tj ET")


@case("pdf", READ, NoTextFound)
def right_to_left_emoji_and_zero_width_through_tounicode() -> bytes:
    cmap = pdf_stream(
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange "
        b"<00> <FF> endcodespacerange 5 beginbfchar <01> <05D0> <02> <0645> <03> <D83DDE80> "
        b"<04> <200B> <05> <0050> endbfchar endcmap end end"
    )
    contents = b"BT /F1 11 Tf 72 750 Td <0102030405> Tj ET"
    return one_page_pdf(contents, objects={4: TYPE0_FONT, 6: cmap, 7: CID_FONT})


# --- PDF: passwords, encryption, active content (never acted upon; see also test_no_network)


@case("pdf", EncryptedDocument, phrase="password")
def user_password() -> bytes:
    return encrypted_pdf_bytes("secret")


@case("pdf", EncryptedDocument, phrase="password")
def aes_256_user_password() -> bytes:
    return encrypted_pdf_bytes("secret", "AES-256")


@case("pdf", READ, phrase="Encrypted Python resume")
def owner_password_only() -> bytes:
    return encrypted_pdf_bytes("")


@case("pdf", CorruptDocument, EncryptedDocument)
def unknown_encryption_handler() -> bytes:
    handler = b"/Encrypt << /Filter /NoSuchHandler /V 9 /R 9 /O (x) /U (y) /P -1 >> /ID [(a) (a)]"
    return one_page_pdf(trailer=handler)


@case("pdf", READ, phrase="Kubernetes")
def javascript_launch_and_links() -> bytes:
    catalog = (
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R "
        b"/Names << /JavaScript << /Names [(x) 6 0 R] >> >> >>"
    )
    action = (
        b"<< /S /JavaScript /JS (app.launchURL\\('http://example.invalid/'\\)) "
        b"/Next << /S /Launch /F (calc.exe) >> >>"
    )
    link = (
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] "
        b"/A << /S /URI /URI (http://example.invalid/track) >> >>"
    )
    return one_page_pdf(
        page_extra=b"/AA << /O 6 0 R >> /Annots [7 0 R]",
        objects={1: catalog, 6: action, 7: link},
    )


# --- DOCX: zip bombs


def members_but(*left_out: str) -> list[ZipEntry]:
    return [entry(n, c) for n, c in docx_members().items() if n not in left_out]


@case("docx", DocumentTooLarge, phrase="expands to 3000.8 MB, over the limit of 50.0 MB")
def declared_3_gb() -> bytes:
    bomb = ZipEntry("word/media/x.bin", zeros_deflate(10, zlib_wrapper=False), 0, 3_000_000_000)
    return raw_zip([*members_but(), bomb])


@case("docx", DocumentTooLarge, phrase="zip bomb")
def zeros_compressed_1000_times() -> bytes:
    size = 40 * MIB
    pad = ZipEntry("word/media/pad.bin", zeros_deflate(40, zlib_wrapper=False), 0, size)
    return raw_zip([*members_but(), dataclasses.replace(pad, crc=zlib.crc32(bytes(size)))])


@case("docx", CorruptDocument, phrase="damaged")
def declared_size_lies() -> bytes:
    bomb = ZipEntry("word/document.xml", zeros_deflate(300, zlib_wrapper=False), 0, 1_000)
    return raw_zip([*members_but("word/document.xml"), bomb])


@case("docx", READ, phrase="Data engineer")
def declared_size_lies_with_a_matching_crc() -> bytes:
    crc = zlib.crc32(bytes(1_000))  # the CRC of what the declared size lets through
    bomb = ZipEntry("word/media/big.png", zeros_deflate(300, zlib_wrapper=False), crc, 1_000)
    return raw_zip([*members_but(), bomb])


@case("docx", DocumentTooLarge, phrase="expands to")
def overlapping_entries() -> bytes:
    return docx_with({"word/media/image1.png": bytes(5 * MIB)}, aliases=30)


@case("docx", DocumentTooLarge, phrase="files, over the limit of 10,000")
def files_12000() -> bytes:
    return docx_with({f"word/junk/{n}.xml": b"<a/>" for n in range(12_000)})


@case("docx", DocumentTooLarge, phrase="XML part")
def body_xml_over_20_mb() -> bytes:
    return docx_with({"word/document.xml": random_words_xml(21_000_000)}, level=1)


@case("docx", DocumentTooLarge, phrase="XML part")
def unused_xml_part_over_20_mb() -> bytes:
    return docx_with({"word/footer9.xml": random_words_xml(21_000_000)}, level=1)


@case("docx", DocumentTooLarge, phrase="characters")
def text_over_max_chars() -> bytes:
    return docx_text("Python " * 80_000)


# --- DOCX: missing and broken parts


@case("docx", CorruptDocument, phrase="damaged")
def no_content_types() -> bytes:
    return docx_with({"[Content_Types].xml": None})


@case("docx", CorruptDocument, phrase="damaged")
def no_package_relationships() -> bytes:
    return docx_with({"_rels/.rels": None})


@case("docx", UnsupportedFormat, phrase="no word/document.xml")
def no_document_part() -> bytes:
    return docx_with({"word/document.xml": None})


@case("docx", READ, phrase="Data engineer")
def no_document_relationships() -> bytes:
    return docx_with({"word/_rels/document.xml.rels": None})


@case("docx", READ, CorruptDocument)
def no_styles() -> bytes:
    return docx_with({"word/styles.xml": None})


@case("docx", READ, phrase="Python developer")
def header_reference_to_nothing() -> bytes:
    section = (
        b'<w:sectPr><w:headerReference xmlns:r="http://schemas.openxmlformats.org/officeDocument'
        b'/2006/relationships" w:type="default" r:id="rId999"/></w:sectPr>'
    )
    return docx_with({"word/document.xml": document_xml(paragraph("Python developer") + section)})


@case("docx", CorruptDocument, phrase="damaged")
def document_is_not_xml() -> bytes:
    return docx_with({"word/document.xml": bytes(range(256)) * 10})


@case("docx", CorruptDocument, phrase="damaged")
def document_is_empty() -> bytes:
    return docx_with({"word/document.xml": b""})


@case("docx", CorruptDocument, NoTextFound)
def document_has_the_wrong_root() -> bytes:
    return docx_with({"word/document.xml": b"<foo><bar>Python</bar></foo>"})


@case("docx", CorruptDocument, phrase="damaged")
def document_is_not_utf8() -> bytes:
    xml = document_xml(paragraph("Python")).replace(b"Python", b"Pyth\xff\xfeon")
    return docx_with({"word/document.xml": xml})


@case("docx", CorruptDocument, READ)
def document_says_utf16_but_is_utf8() -> bytes:
    xml = document_xml(paragraph("Python")).replace(b'encoding="UTF-8"', b'encoding="UTF-16"')
    return docx_with({"word/document.xml": xml})


@case("docx", CorruptDocument, phrase="damaged")
def xml_5000_levels_deep() -> bytes:
    opening, closing = b"<w:sdt><w:sdtContent>", b"</w:sdtContent></w:sdt>"
    body = opening * 5000 + paragraph("Python") + closing * 5000
    return docx_with({"word/document.xml": document_xml(body)})


@case("docx", READ, phrase="Python in a table")
def tables_80_levels_deep() -> bytes:
    opening, closing = b"<w:tbl><w:tr><w:tc>", b"</w:tc></w:tr></w:tbl>"
    body = opening * 80 + paragraph("Python in a table") + closing * 80
    return docx_with({"word/document.xml": document_xml(body)})


@case("docx", CorruptDocument, phrase="damaged")
def tables_200_levels_deep_are_beyond_the_xml_parser() -> bytes:
    opening, closing = b"<w:tbl><w:tr><w:tc>", b"</w:tc></w:tr></w:tbl>"
    body = opening * 200 + paragraph("Python in a table") + closing * 200
    return docx_with({"word/document.xml": document_xml(body)})


@case("docx", READ, phrase="Python nested")
def alternate_content_100_levels_deep() -> bytes:
    mc = b'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    opening = b'<mc:AlternateContent><mc:Choice Requires="w">'
    closing = b"</mc:Choice></mc:AlternateContent>"
    run = b"<w:r><w:t>Python nested</w:t></w:r>"
    body = b"<w:p " + mc + b">" + opening * 100 + run + closing * 100 + b"</w:p>"
    return docx_with({"word/document.xml": document_xml(body)})


LAUGHS = b"".join(b'<!ENTITY lol%d "%s">' % (n, b"&lol%d;" % (n - 1) * 10) for n in range(1, 10))


@case("docx", CorruptDocument, READ)
def billion_laughs() -> bytes:
    prolog = b'<!DOCTYPE w:document [<!ENTITY lol0 "lol">' + LAUGHS + b"]>"
    return docx_text("&lol9; Python", prolog=prolog)


@case("docx", READ, phrase="Python")
def external_entity_reads_a_file() -> bytes:
    prolog = b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    return docx_text("Python &xxe;", prolog=prolog)


@case("docx", CorruptDocument, READ)
def external_dtd_over_http() -> bytes:
    return docx_text(
        "Python", prolog=b'<!DOCTYPE w:document SYSTEM "http://example.invalid/evil.dtd">'
    )


@case("docx", READ, phrase="Data engineer")
def external_relationships() -> bytes:
    rels = docx_members()["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/image" Target="http://example.invalid/pixel.png" TargetMode="External"/>'
        b"</Relationships>",
    )
    return docx_with({"word/_rels/document.xml.rels": rels})


@case("docx", READ, phrase="Python at the end")
def paragraphs_20000() -> bytes:
    return docx_text(*(f"Line {n}" for n in range(20_000)), "Python at the end")


@case("docx", NoTextFound, phrase="images")
def image_only() -> bytes:
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    return docx_with({"word/document.xml": document_xml(b"<w:p/>"), "word/media/image1.png": png})


@case("docx", UnsupportedFormat, phrase="macro-enabled")
def macro_enabled() -> bytes:
    types = docx_members()["[Content_Types].xml"]
    return docx_with({"[Content_Types].xml": types.replace(b"main+xml", b"macroEnabled.main+xml")})


@case("docx", UnsupportedFormat, phrase="legacy Microsoft Office")
def password_protected_ole() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000)


@case("docx", EncryptedDocument, phrase="encrypted")
def member_flagged_encrypted() -> bytes:
    entries = members_but()
    return raw_zip(
        [dataclasses.replace(e, flags=1) if "document" in e.name else e for e in entries]
    )


@case("docx", CorruptDocument, phrase="damaged")
def unknown_compression_method() -> bytes:
    entries = members_but()
    return raw_zip(
        [dataclasses.replace(e, method=99) if "document" in e.name else e for e in entries]
    )


@case("docx", CorruptDocument, phrase="damaged")
def central_directory_truncated() -> bytes:
    return docx_with()[:-30]


@case("docx", UnsupportedFormat, phrase="EPUB")
def a_zip_that_is_an_epub() -> bytes:
    return raw_zip([entry("mimetype", b"application/epub+zip"), entry("x.html", b"<p>Python</p>")])


# --- Text files


@case("text", UnsupportedFormat, phrase="NUL")
def nul_bytes() -> bytes:
    return b"Python developer\x00\x00\nKubernetes\n"


@case("text", UnsupportedFormat, phrase="NUL")
def one_nul_after_long_text() -> bytes:
    return b"Python developer\n" * 1000 + b"\x00"


@case("text", READ, phrase="Café Python")
def invalid_utf8_read_as_cp1252() -> bytes:
    return "Café Python – Kubernetes\n".encode("cp1252")


@case("text", READ, phrase="Python developer \x81 with")
def invalid_utf8_and_cp1252_read_as_latin1() -> bytes:
    return b"Python developer \x81 with Kubernetes and Terraform experience\n"


@case("text", UnsupportedFormat, phrase="control characters")
def mostly_c1_control_characters() -> bytes:
    return b"Python \x81\x8d\x8f\x90\x9d developer\n"


@case("text", READ, phrase="Python")
def utf8_then_cp1252() -> bytes:
    return "Zoë ".encode() + "Zoë Python\n".encode("cp1252")


@case("text", READ, phrase="Python")
def overlong_and_surrogate_utf8() -> bytes:
    return b"Python \xc0\xaf \xed\xa0\x80 Go\n"


@case("text", READ, phrase="Skills: Python, Kubernetes\nÜber")
def utf16_le_without_bom() -> bytes:
    return "Skills: Python, Kubernetes\r\nÜber 5 Jahre\n".encode("utf-16-le")


@case("text", READ, phrase="Skills: Python")
def utf16_be_without_bom() -> bytes:
    return "Skills: Python, Kubernetes\n".encode("utf-16-be")


@case("text", READ, phrase="Python")
def utf16_with_bom_and_a_lone_surrogate() -> bytes:
    return b"\xff\xfe" + "Python ".encode("utf-16-le") + b"\x00\xd8" + "Go\n".encode("utf-16-le")


@case("text", UnsupportedFormat, phrase="NUL")
def utf32_without_bom() -> bytes:
    return "Python developer\n".encode("utf-32-le")


@case("text", READ, phrase="Python developer")
def utf32_with_bom() -> bytes:
    return "Python developer\n".encode("utf-32")


@case("text", NoTextFound, phrase="whitespace")
def byte_order_mark_only() -> bytes:
    return b"\xef\xbb\xbf"


@case("text", NoTextFound, phrase="whitespace")
def whitespace_only() -> bytes:
    return b" \n\t\r\n\x0c\n"


@case("text", UnsupportedFormat, phrase="control characters")
def control_characters() -> bytes:
    return bytes(range(1, 9)) * 40 + b"Python"


@case("text", READ, phrase="Python")
def html_page() -> bytes:
    return b"<!DOCTYPE html><html><body>Python</body></html>"


@case("text", READ, phrase="Skills\nPython\nKubernetes")
def carriage_returns_only() -> bytes:
    return b"Skills\rPython\rKubernetes\r"


@case("text", DocumentTooLarge, phrase="over the limit of 20.0 MB")
def single_line_of_50_mb() -> bytes:
    return b"Python " * (50_000_000 // 7)


@case(
    "text",
    DocumentTooLarge,
    phrase="characters, over the limit of 500,000",
    cli_args=("--max-size-mb", "60"),
    limits=Limits(max_bytes=60_000_000),
)
def single_line_of_50_mb_within_the_size_limit() -> bytes:
    return b"Python " * (50_000_000 // 7)


@case("text", DocumentTooLarge, phrase="characters")
def line_of_a_million_letters() -> bytes:
    return b"x" * 1_000_000


@case("text", DocumentTooLarge, phrase="characters")
def a_million_line_breaks() -> bytes:
    return b"\n" * 1_000_000 + b"Python"


@case("text", READ, phrase="Python")
def right_to_left() -> bytes:
    return "مهندس بايثون — Python، Docker و Kubernetes\nמפתח Go ו-Rust\n".encode()


@case("text", READ, phrase="👩‍💻🇫🇷")
def emoji() -> bytes:
    return ("🚀 Skills 🐍: Python 🐳 Docker ☸️ Kubernetes 👩‍💻🇫🇷\n" * 20).encode()


@case("text", READ, phrase="Py\u200bthon")
def zero_width_characters_inside_skill_names() -> bytes:
    return "Skills: Py\u200bthon, Kuber\u200dnetes, Dock\u2060er, \ufeffSQL\n".encode()


@case("text", READ, phrase="\u202enohtyP")
def bidi_overrides() -> bytes:
    return "Skills: \u202enohtyP\u202c, \u2066Go\u2069\n".encode()


@case("text", READ, phrase="Pyth\u0301on")
def combining_marks() -> bytes:
    return "Skills: Pyth\u0301on, Ku\u0308bernetes, Z\u0351\u0352\u0353\u0354algo\n".encode()


@case("text", READ, phrase="Ｐｙｔｈｏｎ")
def fullwidth_and_mathematical_letters() -> bytes:
    return "Skills: Ｐｙｔｈｏｎ, 𝐃𝐨𝐜𝐤𝐞𝐫\n".encode()


@case("text", READ, phrase="Руthon")
def homoglyphs() -> bytes:
    return "Skills: Руthon, Kubеrnetes\n".encode()


@case("text", READ, phrase="Python")
def noncharacters_and_private_use() -> bytes:
    return "Python \ufffe\uffff\U0010ffff\ue000 Go\n".encode()


@case("text", READ, phrase="%PDF-1.7")
def pdf_header_in_the_middle() -> bytes:
    return b"My notes\n%PDF-1.7 is a header\nPython\n"


@case("text", READ, phrase="Python developer", suffix=".pdf")
def text_named_pdf() -> bytes:
    return b"Python developer\nGo\n"


@case("text", READ, phrase="| Python | 5 |", suffix=".md")
def markdown_table() -> bytes:
    return b"| Skill | Years |\n|---|---|\n" + b"| Python | 5 |\n" * 200


@case("text", READ, phrase="Page two Go")
def form_feeds() -> bytes:
    return b"Page one Python\x0cPage two Go\x0c"


def _write(tmp_path: Path, case: Case) -> Path:
    path = tmp_path / case.file_name
    path.write_bytes(case.make())
    return path


def _outcome_name(outcome: type[GapcheckError] | None) -> str:
    return "Document" if outcome is None else outcome.__name__


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.kind}:{case.name}")
def test_reading_ends_in_a_document_or_a_one_line_error(tmp_path: Path, case: Case) -> None:
    path = _write(tmp_path, case)
    try:
        document = read_document(path, limits=case.limits)
    except GapcheckError as error:
        assert not isinstance(error, ExtractionTimeout), "a hostile case reached the time limit"
        assert type(error) in case.outcome, f"{type(error).__name__}: {error}"
        message = str(error)
        assert message.startswith(f"{path}: ")
        assert "\n" not in message and len(message) < len(str(path)) + 200
        assert case.phrase in message
    else:
        assert READ in case.outcome, f"read, but expected {case.outcome}"
        assert document.text.strip()
        assert len(document.text) <= case.limits.max_chars
        assert case.phrase in document.text


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.kind}:{case.name}")
def test_command_line_prints_the_text_or_one_error_line(tmp_path: Path, case: Case) -> None:
    path = _write(tmp_path, case)
    result = runner.invoke(app, ["text", str(path), *case.cli_args])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        assert READ in case.outcome
        assert escape_controls(case.phrase, keep="\t\n\f") in result.stdout  # shown escaped
        assert result.stderr == ""
        return
    assert result.exit_code == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {path}: ")
    assert case.phrase in line


def test_the_corpus_has_over_100_cases_of_every_kind() -> None:
    kinds = Counter(case.kind for case in CASES)
    kinds["taxonomy"] = len(TAXONOMY_CASES)
    assert sum(kinds.values()) >= 100
    assert min(kinds.values()) >= 20, kinds
    assert len({case.name for case in CASES}) == len(CASES)


# Readable cases whose text is too long to analyse twice per case in a quick test.
LONG_TEXTS = {"contents-of-8-mb", "pages-50", "paragraphs-20000"}


def test_readable_cases_go_through_the_whole_analysis(tmp_path: Path) -> None:
    """Each readable case as the resume or as the posting of ``gapcheck analyze``."""
    job = tmp_path / "job.txt"
    job.write_text("Requirements:\n- 3+ years of Python\n- Kubernetes or Docker\n")
    readable = [c for c in CASES if c.outcome == (READ,) and c.name not in LONG_TEXTS]
    assert len(readable) > 30
    for number, case in enumerate(readable):
        path = _write(tmp_path, case)
        args = [str(path), str(job)] if number % 2 else [str(job), str(path)]
        result = runner.invoke(app, ["analyze", *args, "--json"])
        assert result.exit_code == 0, (case.name, result.stderr)
        assert result.stdout.startswith("{") and '"score"' in result.stdout


# --- Memory and time

BOMBS = {
    "flate-bomb-in-the-contents",
    "flate-bombs-under-the-stream-cap-on-40-pages",
    "flate-bomb-compressed-twice",
    "many-small-bombs-in-forms",
    "flate-bomb-in-an-image-is-not-decoded",
    "run-length-bomb",
    "declared-3-gb",
    "declared-size-lies",
    "declared-size-lies-with-a-matching-crc",
    "overlapping-entries",
    "body-xml-over-20-mb",
    "single-line-of-50-mb-within-the-size-limit",
}
# The peak resident memory of the process (VmHWM: ru_maxrss would count what the parent, pytest,
# held when it forked the child).
PEAK_MEMORY_SCRIPT = """
import sys
from gapcheck.documents import read_document
from gapcheck.errors import GapcheckError
from gapcheck.limits import Limits
try:
    read_document(sys.argv[1], limits=Limits(max_bytes=int(sys.argv[2])))
    outcome = "Document"
except GapcheckError as error:
    outcome = type(error).__name__
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(outcome, peak // 1024)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_bombs_are_refused_in_bounded_memory(tmp_path: Path) -> None:
    bombs = [case for case in CASES if case.name in BOMBS]
    assert len(bombs) == len(BOMBS)
    running = []
    for case in bombs:
        path = _write(tmp_path, case)
        command = [sys.executable, "-c", PEAK_MEMORY_SCRIPT, str(path), str(case.limits.max_bytes)]
        running.append((case, subprocess.Popen(command, stdout=subprocess.PIPE, text=True)))
    peaks = {}
    for case, process in running:
        stdout, _ = process.communicate(timeout=300)
        assert process.returncode == 0, case.name
        outcome, peak = stdout.split()
        assert outcome in {_outcome_name(o) for o in case.outcome}, case.name
        peaks[case.name] = int(peak)
    assert max(peaks.values()) < MAX_PEAK_MB, peaks


def test_a_document_over_the_time_limit_fails_and_the_batch_goes_on(tmp_path: Path) -> None:
    """What a batch does: one time limit per document; the slow one fails, the others are read."""
    good = tmp_path / "good.txt"
    good.write_text("Python developer\n")
    slow = tmp_path / "slow.pdf"

    def endless(path: Path) -> Document:
        while True:
            time.sleep(0.01)

    results: list[object] = []
    for path, work in ((good, read_document), (slow, endless), (good, read_document)):
        try:
            with time_limit(0.2, str(path)):
                results.append(work(path))
        except ExtractionTimeout as error:
            results.append(str(error))
    assert isinstance(results[0], Document) and isinstance(results[2], Document)
    assert results[1] == f"{slow}: reading took longer than the limit of 0.2 seconds"


def test_the_time_limit_interrupts_code_that_swallows_exceptions() -> None:
    def stubborn() -> None:
        while True:
            with contextlib.suppress(Exception):  # like third-party code that catches anything
                sum(range(10_000))

    with (
        pytest.raises(ExtractionTimeout, match=r"^cv\.pdf: the analysis took longer than"),
        time_limit(0.1, "cv.pdf", "the analysis"),
    ):
        stubborn()


def test_nested_time_limits_end_the_right_block_and_restore_signals() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with (
        pytest.raises(ExtractionTimeout, match=r"^inner: "),
        time_limit(30, "outer"),
        time_limit(0.05, "inner"),
    ):
        while True:
            time.sleep(0.01)
    with (
        pytest.raises(ExtractionTimeout, match=r"^outer: "),
        time_limit(0.1, "outer"),
        time_limit(30, "inner"),
    ):
        while True:
            time.sleep(0.01)
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_outside_the_main_thread_the_deadline_is_checked_between_steps() -> None:
    outcome: list[str] = []

    def work() -> None:
        try:
            with time_limit(0.05, "cv.docx") as deadline:
                time.sleep(0.1)  # not interrupted: no signals outside the main thread
                outcome.append("slept")
                deadline.check()
        except ExtractionTimeout as error:
            outcome.append(str(error))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == ["slept", "cv.docx: reading took longer than the limit of 0.05 seconds"]


def test_an_application_that_uses_sigalrm_keeps_it() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        with time_limit(5, "cv.pdf"):
            signal.setitimer(signal.ITIMER_REAL, 0.01)
            time.sleep(0.05)
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_cli_timeout_stops_a_slow_analysis(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def endless(*args: object, **kwargs: object) -> None:
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(SkillExtractor, "extract", endless)
    resume, job = tmp_path / "cv.txt", tmp_path / "job.txt"
    resume.write_text("Python\n")
    job.write_text("Requirements:\n- Python\n")
    result = runner.invoke(app, [str(resume), str(job), "--timeout", "0.1"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {resume} and {job}: the analysis took longer than the limit of 0.2 seconds\n"
    )


def test_cli_limit_options(tmp_path: Path) -> None:
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(pages_pdf([text_ops("Python")] * 3))
    result = runner.invoke(app, ["extract", str(pdf), "--max-pages", "2"])
    assert (result.exit_code, result.stderr) == (
        1,
        f"Error: {pdf}: the PDF has 3 pages, over the limit of 2\n",
    )
    assert runner.invoke(app, ["extract", str(pdf), "--max-pages", "3"]).exit_code == 0
    result = runner.invoke(app, ["text", str(pdf), "--max-size-mb", "0.0005"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {pdf}: the file is ")
    assert result.stderr.endswith("over the limit of 500 bytes\n")
    for option in ("--max-size-mb", "--timeout"):
        assert runner.invoke(app, ["text", str(pdf), option, "0"]).exit_code == 2
    assert runner.invoke(app, ["text", str(pdf), "--max-pages", "0"]).exit_code == 2


def test_limits_never_let_through_more_text_than_spacy_takes() -> None:
    import spacy

    bounds = [m.le for m in Limits.model_fields["max_chars"].metadata if hasattr(m, "le")]
    assert bounds == [spacy.blank("en").max_length]
    with pytest.raises(ValueError, match="max_chars"):
        Limits(max_chars=1_000_001)


# ---------------------------------------------------------------------------------------------
# Taxonomy files: each case is a function making a file or folder in the given folder


@dataclasses.dataclass(frozen=True)
class TaxonomyCase:
    name: str
    make: Callable[[Path], Path]
    error: str | None  # a phrase of the TaxonomyError, or None when the file loads
    finds: tuple[str, str] | None  # (text, skill id) that the loaded file's skills find
    shipped: bool  # merged over the shipped taxonomy (slower), or loaded alone
    command_line: bool  # also checked with `gapcheck taxonomy validate`


TAXONOMY_CASES: list[TaxonomyCase] = []


def taxonomy_case(
    error: str | None,
    finds: tuple[str, str] | None = None,
    *,
    shipped: bool = False,
    command_line: bool = False,
) -> Callable[[Callable[[Path], Path]], Callable[[Path], Path]]:
    def register(make: Callable[[Path], Path]) -> Callable[[Path], Path]:
        name = make.__name__.replace("_", "-")
        TAXONOMY_CASES.append(TaxonomyCase(name, make, error, finds, shipped, command_line))
        return make

    return register


HEAD = '[category]\nid = "hostile"\nname = "Hostile"\n\n'


def skill_toml(**fields: str) -> str:
    """A file with one skill; the values are TOML as written."""
    return HEAD + "[[skill]]\n" + "".join(f"{key} = {value}\n" for key, value in fields.items())


def toml_file(folder: Path, content: str | bytes, name: str = "user.toml") -> Path:
    path = folder / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def aliases(*names: str) -> str:
    return "[" + ", ".join(f'"{name}"' for name in names) + "]"


@taxonomy_case("skill 'x' -> aliases")
def aliases_is_a_string(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"x"', name='"X tool"', aliases='"x-tool"'))


@taxonomy_case("-> id")
def id_is_a_number(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id="5", name='"X tool"'))


@taxonomy_case("skill 'x' -> name")
def name_is_a_list(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"x"', name='["X", "tool"]'))


@taxonomy_case("skill")
def skill_is_a_string(folder: Path) -> Path:
    return toml_file(folder, HEAD + 'skill = "python"\n')


@taxonomy_case("category")
def category_is_a_list(folder: Path) -> Path:
    return toml_file(folder, 'category = ["a"]\n')


@taxonomy_case("skill 'x' -> sense -> forms")
def sense_forms_is_a_number(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"x"', name='"X tool"') + "[skill.sense]\nforms = 3\n")


@taxonomy_case("skill 'x' -> level")
def level_is_a_word(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"x"', name='"X tool"', level='"high"'))


@taxonomy_case("skill 'x' -> fuzzy")
def fuzzy_is_maybe(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"x"', name='"X tool"', fuzzy='"maybe"'))


@taxonomy_case("skill 'x' -> colour")
def unknown_key(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"x"', name='"X tool"', colour='"red"'))


@taxonomy_case("skill 'x' -> name")
def date_and_table_where_strings_go(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"x"', name="1979-05-27", aliases="[{a = 1}]"))


@taxonomy_case("at most 200 items")
def aliases_100000(folder: Path) -> Path:
    many = aliases(*(f"alias{n}" for n in range(100_000)))
    return toml_file(folder, skill_toml(id='"x"', name='"X tool"', aliases=many))


@taxonomy_case(None, finds=("Skills: xalias199, Go", "x"))
def aliases_200(folder: Path) -> Path:
    many = aliases(*(f"xalias{n}" for n in range(200)))
    return toml_file(folder, skill_toml(id='"x"', name='"X tool"', aliases=many))


@taxonomy_case("is longer than 80 characters")
def alias_of_800_characters(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"x"', name='"X tool"', aliases=aliases("a" * 800)))


@taxonomy_case("is not a valid id", command_line=True)
def id_of_a_megabyte(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id=f'"{"A" * 1_000_000}"', name='"X"'))


@taxonomy_case("is not a valid id")
def id_with_path_traversal(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"../../etc/passwd"', name='"X"'))


@taxonomy_case(None, finds=("Skills: [a-z]+ tool, Go", "regex"))
def regex_looking_aliases(folder: Path) -> Path:
    odd = aliases("[a-z]+ tool", "a{1000}", "C++ (.*)", "\\\\d+ ops", "^$ tool")
    return toml_file(folder, skill_toml(id='"regex"', name='"(a+)+$"', aliases=odd))


@taxonomy_case(None, finds=("Skills: aaaa tool, (a+)+$ and more", "regex"))
def regex_looking_alias_matches_only_itself(folder: Path) -> Path:
    odd = aliases("(a+)+$")
    return toml_file(folder, skill_toml(id='"regex"', name='"Regex tool"', aliases=odd))


@taxonomy_case("has no letter or digit")
def alias_without_letters(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"dot"', name='"Dot"', aliases=aliases(".*")))


@taxonomy_case("line break")
def alias_with_a_line_break(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"x"', name='"X tool"', aliases=aliases("a\\nb")))


@taxonomy_case(None, finds=("Skills: מפתח כלים, Go", "rtl"))
def right_to_left_and_zero_width_aliases(folder: Path) -> Path:
    odd = aliases("Zero\\u200bWidth tool")
    return toml_file(folder, skill_toml(id='"rtl"', name='"מפתח כלים"', aliases=odd))


@taxonomy_case("Cannot overwrite a value", command_line=True)
def duplicate_keys(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"x"', name='"X tool"') + 'name = "Y"\n')


@taxonomy_case("duplicate id")
def duplicate_skill_ids(folder: Path) -> Path:
    twice = skill_toml(id='"x"', name='"X tool"') + '[[skill]]\nid = "x"\nname = "Y tool"\n'
    return toml_file(folder, twice)


@taxonomy_case("also claimed by skill 'python'", shipped=True, command_line=True)
def alias_of_a_shipped_skill(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"snake"', name='"Snake"', aliases=aliases("Python")))


@taxonomy_case("cycle in broader")
def broader_cycle(folder: Path) -> Path:
    cycle = (
        HEAD + '[[skill]]\nid = "a"\nname = "A tool"\nbroader = ["b"]\n'
        '[[skill]]\nid = "b"\nname = "B tool"\nbroader = ["a"]\n'
    )
    return toml_file(folder, cycle)


@taxonomy_case("names the skill itself")
def implies_itself(folder: Path) -> Path:
    return toml_file(folder, skill_toml(id='"x"', name='"X tool"', implies='["x"]'))


@taxonomy_case("nested too deeply", command_line=True)
def arrays_100000_deep(folder: Path) -> Path:
    return toml_file(folder, "a = " + "[" * 100_000 + "]" * 100_000 + "\n")


@taxonomy_case("not UTF-8")
def not_utf8(folder: Path) -> Path:
    return toml_file(folder, HEAD.encode() + b'[[skill]]\nid = "x"\nname = "Caf\xe9"\n')


@taxonomy_case("invalid TOML")
def nul_bytes_in_toml(folder: Path) -> Path:
    return toml_file(folder, HEAD + '[[skill]]\nid = "x"\nname = "X\x00tool"\n')


@taxonomy_case("larger than 5000000 bytes", command_line=True)
def over_5_mb(folder: Path) -> Path:
    return toml_file(folder, "# " + "x" * 5_000_001 + "\n")


@taxonomy_case(None)
def empty_file(folder: Path) -> Path:
    return toml_file(folder, "")


@taxonomy_case(None, finds=("Skills: Skillname4999 and sk17 alias", "s4999"))
def skills_5000(folder: Path) -> Path:
    skills = "".join(
        f'[[skill]]\nid = "s{n}"\nname = "Skillname{n}"\naliases = ["sk{n} alias"]\n\n'
        for n in range(5_000)
    )
    return toml_file(folder, HEAD + skills)


@taxonomy_case("unknown skill id 'no-such-skill'")
def role_with_an_unknown_skill(folder: Path) -> Path:
    (folder / "roles").mkdir()
    role = 'id = "r"\nname = "R"\n[[requirement]]\nskills = ["no-such-skill"]\n'
    toml_file(folder / "roles", role, "r.toml")
    return folder


@taxonomy_case("pipe.toml] is not a regular file", command_line=True)
def fifo_in_a_folder(folder: Path) -> Path:
    toml_file(folder, skill_toml(id='"ok"', name='"Ok tool"'), "ok.toml")
    os.mkfifo(folder / "pipe.toml")
    return folder


@taxonomy_case("zero.toml] is not a regular file", command_line=True)
def device_in_a_folder(folder: Path) -> Path:
    (folder / "zero.toml").symlink_to("/dev/zero")
    return folder


@taxonomy_case("is not a regular file or a folder")
def a_fifo_as_the_path(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.toml")
    return folder / "pipe.toml"


@taxonomy_case("holds no .toml files")
def folder_without_toml_files(folder: Path) -> Path:
    return folder


@taxonomy_case(None, finds=("Skills: Loop ok tool", "loop-ok"))
def symlink_loop(folder: Path) -> Path:
    toml_file(folder, skill_toml(id='"loop-ok"', name='"Loop ok tool"'), "ok.toml")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..")
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, devices and symlinks are POSIX")
@pytest.mark.parametrize("case", TAXONOMY_CASES, ids=lambda case: f"taxonomy:{case.name}")
def test_taxonomy_file_loads_or_fails_with_one_line_saying_where(
    tmp_path: Path, case: TaxonomyCase
) -> None:
    path = case.make(tmp_path)
    try:
        taxonomy = load_taxonomy([path], include_shipped=case.shipped)
    except TaxonomyError as error:
        assert case.error is not None, f"did not load: {error}"
        message = str(error)
        assert case.error in message
        assert message.startswith(f"[{path}")
        assert "\n" not in message and len(message) < len(str(path)) + 300
        if case.command_line:
            result = runner.invoke(app, ["taxonomy", "validate", str(path)])
            assert (result.exit_code, result.stdout) == (1, "")
            assert result.stderr == f"Error: {message}\n"
        return
    assert case.error is None, f"loaded, but expected an error about {case.error!r}"
    if case.finds is not None:
        text, skill_id = case.finds
        profile = SkillExtractor(taxonomy).extract(Document.from_text(text + "\n"), kind="resume")
        assert skill_id in profile.skill_ids
        found = profile.skill(skill_id)
        assert found is not None
        for mention in found.mentions:  # literally one of its forms, never a pattern's match
            assert taxonomy.resolve(mention.text) is taxonomy[skill_id]


def test_external_xml_entities_are_never_resolved(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "external-entity-reads-a-file")
    text = read_document(_write(tmp_path, case)).text
    assert "root:" not in text and "/bin/" not in text


# ---------------------------------------------------------------------------------------------
# What the extraction engine still gets wrong on hostile text (see the report of issue 8)


def test_zero_width_characters_do_not_hide_a_skill() -> None:
    profile = SkillExtractor().extract(
        Document.from_text("Skills: Py\u200bthon, Kuber\u200dnetes, Dock\u2060er\n"),
        kind="resume",
    )
    assert {"python", "kubernetes", "docker"} <= set(profile.skill_ids)


def _profiled_calls(text: str) -> int:
    import cProfile
    import pstats

    extractor = SkillExtractor()
    document = Document.from_text(text)
    extractor.extract(document, kind="resume")  # build the pipeline outside the count
    profiler = cProfile.Profile()
    profiler.enable()
    extractor.extract(document, kind="resume")
    profiler.disable()
    # gapcheck's own calls: spaCy's work for the tokenizer's special cases, added as a text
    # first needs them, is not what grows with the text here.
    package = str(Path(gapcheck.__file__).parent)
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return sum(calls for (path, _, _), (_, calls, *_) in stats.items() if path.startswith(package))


def test_extraction_work_grows_linearly_with_skill_dense_text() -> None:
    line = "Python SQL Docker Kubernetes Terraform AWS GCP Azure React Go Rust Java\n"
    small, large = _profiled_calls(line * 50), _profiled_calls(line * 200)
    assert large < 6 * small  # 4 times the text; quadratic work gives about 16 times


def test_the_same_work_on_prose_grows_linearly() -> None:
    """The measure of the test above tells linear from quadratic growth."""
    line = "Worked on data pipelines with colleagues and shipped things for customers\n"
    small, large = _profiled_calls(line * 50), _profiled_calls(line * 200)
    assert large < 6 * small
