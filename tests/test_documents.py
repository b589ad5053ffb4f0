"""Tests of gapcheck.documents (reading PDF, DOCX, text, Markdown) and gapcheck.wordlist."""

from __future__ import annotations

import gzip
import importlib.util
import io
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from pypdf import PdfReader, PdfWriter
from pypdf.errors import DependencyError, PdfReadError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    PdfObject,
)

from builders import (
    REPO,
    docx_bytes,
    encrypted_pdf_bytes,
    image_only_pdf_bytes,
    replace_in_zip,
    sample_docx,
    sample_pdf,
    type0_pdf_bytes,
    write,
    zip_bytes,
)
from gapcheck.documents import Document, pdf_repair, pdf_text, read_document, reading
from gapcheck.errors import (
    CorruptDocument,
    DocumentError,
    DocumentNotFound,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    ExtractionTimeout,
    GapcheckError,
    NotAFile,
    NoTextFound,
    UnsupportedFormat,
)
from gapcheck.limits import Limits
from gapcheck.wordlist import is_known_word, known_words

GLYPH_NAME = re.compile(r"/[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*\.(?:sc|lnum|onum|osf|smcp)|/[a-z]_[a-z]")
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# ---------------------------------------------------------------------------------------------
# The Document model and the kinds of source


def test_from_text_keeps_the_text_unchanged() -> None:
    document = Document.from_text("  Python\r\nSQL  ")
    assert document.text == "  Python\r\nSQL  "
    assert (document.source, document.format, document.extraction) == ("<text>", "text", "given")
    assert document.pages is None
    assert document.warnings == ()


def test_from_text_takes_source_and_format() -> None:
    document = Document.from_text("# Skills\n- Go", source="notes.md", format="markdown")
    assert (document.source, document.format) == ("notes.md", "markdown")


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_from_text_refuses_blank_text(text: str) -> None:
    with pytest.raises(NoTextFound, match=r"^<text>: the text is empty or only whitespace$"):
        Document.from_text(text)


def test_document_is_frozen_strict_and_keeps_text_out_of_repr() -> None:
    document = Document.from_text("Jane Doe, jane@example.com, Python")
    with pytest.raises(ValidationError):
        document.text = "other"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Document(text="x", source="s", format="text", extraction="given", colour="red")  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Document(text="  ", source="s", format="text", extraction="given")
    assert "Jane" not in repr(document)
    assert "Jane" not in str(document)


def test_a_document_is_returned_as_it_is() -> None:
    document = Document.from_text("Rust")
    assert read_document(document) is document


@pytest.mark.parametrize("text", ["Python\nSQL", "Python\rSQL", "Python\r\nSQL\n"])
def test_a_string_with_a_line_break_is_the_text_itself(text: str) -> None:
    document = read_document(text)
    assert document.text == text
    assert (document.source, document.extraction) == ("<text>", "given")


def test_given_text_over_max_chars_is_too_large() -> None:
    with pytest.raises(DocumentTooLarge, match=r"^<text>: the text has 12 characters"):
        read_document("Python\nJava\n", limits=Limits(max_chars=5))


def test_str_and_path_sources_are_named_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "cv.txt", b"Python developer\n")
    monkeypatch.chdir(tmp_path)
    assert read_document("cv.txt").source == "cv.txt"
    assert read_document(Path("cv.txt")).source == "cv.txt"
    assert read_document(tmp_path / "cv.txt").source == str(tmp_path / "cv.txt")


def _fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_dash_reads_text_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, b"Golang engineer\r\nGRPC\n")
    document = read_document("-")
    assert document.text == "Golang engineer\nGRPC\n"
    assert (document.source, document.format, document.encoding) == ("<stdin>", "text", "utf-8")


def test_dash_detects_a_pdf_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, sample_pdf())
    document = read_document("-")
    assert (document.format, document.pages) == ("pdf", 2)
    assert "Kubernetes and Terraform" in document.text


def test_stdin_over_max_bytes_is_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, b"x" * 50)
    with pytest.raises(DocumentTooLarge, match=r"^<stdin>: the input is larger than the limit"):
        read_document("-", limits=Limits(max_bytes=10))


def test_empty_stdin_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, b"")
    with pytest.raises(EmptyDocument, match=r"^<stdin>: the file is empty \(0 bytes\)$"):
        read_document("-")


# ---------------------------------------------------------------------------------------------
# Plain text and Markdown


def test_utf8_text_equals_what_open_reads(tmp_path: Path) -> None:
    raw = "Résumé\r\nSkills: C++, C#\rPython → ML\n\n  indented\ttab\n".encode()
    path = write(tmp_path, "cv.txt", raw)
    document = read_document(path)
    with open(path, encoding="utf-8") as file:
        assert document.text == file.read()
    assert document.text == "Résumé\nSkills: C++, C#\nPython → ML\n\n  indented\ttab\n"
    assert (document.format, document.extraction, document.encoding) == ("text", "decoded", "utf-8")
    assert document.warnings == ()


def test_utf8_bom_is_removed_and_only_it(tmp_path: Path) -> None:
    path = write(tmp_path, "cv.txt", "\ufeff\ufeffJava\r\n".encode())
    document = read_document(path)
    with open(path, encoding="utf-8") as file:
        assert file.read() == "\ufeff\ufeffJava\n"
    assert document.text == "\ufeffJava\n"
    assert document.encoding == "utf-8-sig"


_TEXT_CHARS = st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("\n\r\t")


@settings(max_examples=150, deadline=None)
@given(text=st.text(_TEXT_CHARS, min_size=1, max_size=300), bom=st.booleans())
def test_offset_contract_holds_for_any_utf8_text(
    tmp_path_factory: pytest.TempPathFactory, text: str, bom: bool
) -> None:
    path = tmp_path_factory.mktemp("contract") / "any.txt"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    with open(path, encoding="utf-8") as file:
        expected = file.read().removeprefix("\ufeff")
    try:
        document = read_document(path)
    except NoTextFound:  # blank, or a web page that shows nothing
        assert not expected.strip() or re.match(r"\s*<", expected)
    else:
        if document.format == "html":  # a web page's text is what it shows, not its markup
            assert re.match(r"\s*<(!doctype\s+html|html[\s>])", expected, re.IGNORECASE)
        else:
            assert document.text == expected


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    bom = "\ufeff".encode(codec)
    path = write(tmp_path, "cv.txt", bom + "Kotlin — Android\r\nÜbung\n".encode(codec))
    document = read_document(path)
    assert document.text == "Kotlin — Android\nÜbung\n"
    assert document.encoding == codec[:6]
    assert document.warnings == ()


def test_cp1252_fallback_warns(tmp_path: Path) -> None:
    path = write(tmp_path, "cv.txt", b"Caf\xe9 owner \x93Excel\x94 \x96 2019\n")
    document = read_document(path)
    assert document.text == "Café owner “Excel” – 2019\n"
    assert document.encoding == "cp1252"
    assert any("cp1252" in warning for warning in document.warnings)


def test_latin1_fallback_warns(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252, so only latin-1 decodes this.
    path = write(tmp_path, "cv.txt", b"Stra\xdfe \x81 and plenty of ordinary text after it\n")
    document = read_document(path)
    assert document.text.startswith("Straße \x81 and")
    assert document.encoding == "latin-1"
    assert any("latin-1" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("job.md", "markdown"), ("job.MARKDOWN", "markdown"), ("job.txt", "text"), ("job", "text")],
)
def test_markdown_is_told_by_the_name(tmp_path: Path, name: str, expected: str) -> None:
    document = read_document(write(tmp_path, name, b"# Backend engineer\n\n- Go\n- Postgres\n"))
    assert document.format == expected
    assert document.text == "# Backend engineer\n\n- Go\n- Postgres\n"


@pytest.mark.parametrize("content", [b"   \n\t\r\n  ", "\ufeff  \n".encode()])
def test_whitespace_only_text_has_no_text(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path, "blank.txt", content)
    with pytest.raises(NoTextFound, match=r"blank\.txt: the file holds only whitespace, no text$"):
        read_document(path)


def test_binary_junk_with_nul_bytes_named_txt(tmp_path: Path) -> None:
    path = write(tmp_path, "junk.txt", bytes(range(256)) * 4)
    with pytest.raises(UnsupportedFormat, match=r"junk\.txt: looks like binary data, not text"):
        read_document(path)


def test_control_characters_over_the_share_are_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "junk.txt", b"ab\x01\x02\x03\x04cd\x1b\x7f" * 20)
    with pytest.raises(UnsupportedFormat, match=r"control characters\)$"):
        read_document(path)


def test_a_few_control_characters_are_still_text(tmp_path: Path) -> None:
    text = "Python developer, " * 20 + "\x1b[0m\n"
    assert read_document(write(tmp_path, "log.txt", text.encode())).text == text


def test_html_page_is_read_as_a_web_page(tmp_path: Path) -> None:
    path = write(tmp_path, "job.txt", b"\n<!DOCTYPE html>\n<html><body>Job</body></html>\n")
    document = read_document(path)
    assert (document.format, document.text) == ("html", "Job\n")
    assert "the file name ends in .txt but the content is an HTML page" in document.warnings


def test_text_over_max_chars_is_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "cv.txt", b"Python " * 10)
    with pytest.raises(DocumentTooLarge, match=r"cv\.txt: the text has 70 characters"):
        read_document(path, limits=Limits(max_chars=69))


# ---------------------------------------------------------------------------------------------
# Errors about the file itself


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.pdf"
    with pytest.raises(DocumentNotFound) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: no such file"


def test_empty_name_is_not_found() -> None:
    with pytest.raises(DocumentNotFound, match="no file name given"):
        read_document("")


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(NotAFile) as caught:
        read_document(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a directory, not a file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotAFile, match=r"pipe: is not a regular file$"):
        read_document(fifo)


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.pdf", b"")
    with pytest.raises(EmptyDocument) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: the file is empty (0 bytes)"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="needs a non-root POSIX user"
)
def test_unreadable_file_is_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"Python\n")
    path.chmod(0)
    with pytest.raises(DocumentError, match=r"secret\.txt: permission denied$"):
        read_document(path)


def test_permission_error_becomes_a_document_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "secret.txt", b"Python\n")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(DocumentError, match=r"secret\.txt: permission denied$"):
        read_document(path)


def test_file_over_max_bytes_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "big.txt", b"x" * 2_000)

    def never_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", never_open)
    with pytest.raises(DocumentTooLarge) as caught:
        read_document(path, limits=Limits(max_bytes=1_000))
    assert str(caught.value) == f"{path}: the file is 2,000 bytes, over the limit of 1,000 bytes"


# ---------------------------------------------------------------------------------------------
# Telling formats apart


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "a PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "a JPEG image"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "an ELF executable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "a legacy Microsoft Office file"),
        (b"{\\rtf1\\ansi Python developer}", "an RTF document"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 20, "a gzip-compressed file"),
    ],
)
def test_binary_formats_are_named(tmp_path: Path, data: bytes, what: str) -> None:
    path = write(tmp_path, "cv.doc", data)
    with pytest.raises(UnsupportedFormat, match=f"cv\\.doc: looks like {re.escape(what)}"):
        read_document(path)


@pytest.mark.parametrize(
    ("members", "what"),
    [
        ({"xl/workbook.xml": b"<workbook/>"}, "an Excel workbook"),
        ({"ppt/presentation.xml": b"<p/>"}, "a PowerPoint presentation"),
        (
            {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
            "an OpenDocument file",
        ),
        ({"notes.txt": b"Python"}, "a ZIP archive that is not a Word document"),
    ],
)
def test_zips_that_are_not_docx_are_named(
    tmp_path: Path, members: dict[str, bytes], what: str
) -> None:
    path = write(tmp_path, "cv.docx", zip_bytes(members))
    with pytest.raises(UnsupportedFormat, match=f"cv\\.docx: looks like {re.escape(what)}"):
        read_document(path)


def test_content_beats_the_extension(tmp_path: Path) -> None:
    pdf = read_document(write(tmp_path, "cv.txt", sample_pdf()))
    assert pdf.format == "pdf"
    assert pdf.warnings == ("the file name ends in .txt but the content is a PDF",)
    docx_document = read_document(write(tmp_path, "cv.pdf", sample_docx()))
    assert docx_document.format == "docx"
    assert "the content is a DOCX document" in docx_document.warnings[0]
    text = read_document(write(tmp_path, "job.docx", b"Plain job posting\n"))
    assert (text.format, text.warnings) == (
        "text",
        ("the file name ends in .docx but the content is text",),
    )


def test_pdf_header_after_junk_is_a_pdf_but_a_mention_in_text_is_not(tmp_path: Path) -> None:
    preamble = read_document(write(tmp_path, "cv.pdf", b"junk before the header\n" + sample_pdf()))
    assert preamble.format == "pdf"
    mention = b"Our files start with %PDF-1.7 and end with a trailer.\n"
    assert read_document(write(tmp_path, "notes.txt", mention)).format == "text"


# ---------------------------------------------------------------------------------------------
# PDF


def test_text_pdf_pages_are_joined_by_a_form_feed(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "cv.pdf", sample_pdf()))
    assert (document.format, document.pages, document.extraction) == ("pdf", 2, "pypdf")
    assert document.text == "Python developer\nKubernetes and Terraform\n\f\nSecond page: SQL"
    assert [page.strip() for page in document.text.split("\f")] == [
        "Python developer\nKubernetes and Terraform",
        "Second page: SQL",
    ]


def test_pdf_with_empty_user_password_is_read(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "cv.pdf", encrypted_pdf_bytes("")))
    assert "Encrypted Python resume" in document.text
    assert "the PDF is encrypted but opens without a password" in document.warnings


def test_pdf_with_a_password_is_encrypted(tmp_path: Path) -> None:
    path = write(tmp_path, "cv.pdf", encrypted_pdf_bytes("letmein"))
    with pytest.raises(EncryptedDocument) as caught:
        read_document(path)
    assert str(caught.value) == (
        f"{path}: the PDF is encrypted with a password; remove the password and try again"
    )


@pytest.mark.skipif(
    importlib.util.find_spec("cryptography") is None, reason="AES needs the cryptography package"
)
def test_aes_pdf_with_empty_user_password_is_read(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "cv.pdf", encrypted_pdf_bytes("", "AES-256")))
    assert "Encrypted Python resume" in document.text


def test_aes_without_cryptography_says_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pypdf raises DependencyError for AES when the cryptography package is missing.
    def needs_cryptography(self: PdfReader, password: str) -> None:
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_cryptography)
    path = write(tmp_path, "cv.pdf", encrypted_pdf_bytes(""))
    with pytest.raises(EncryptedDocument, match=r"needs the 'cryptography' package"):
        read_document(path)


def test_image_only_pdf_looks_scanned(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.pdf", image_only_pdf_bytes())
    with pytest.raises(NoTextFound, match=r"scan\.pdf: the PDF has no text layer.*scanned.*OCR"):
        read_document(path)


def test_blank_pdf_has_no_text(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    path = write(tmp_path, "blank.pdf", buffer.getvalue())
    with pytest.raises(NoTextFound, match=r"blank\.pdf: no text could be extracted from the PDF$"):
        read_document(path)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\nnot really a pdf\n", sample_pdf()[:300], sample_pdf()[: len(sample_pdf()) // 2]],
)
def test_corrupt_pdf(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "broken.pdf", data)
    with pytest.raises(CorruptDocument, match=r"^.*broken\.pdf: "):
        read_document(path)


def test_pdf_over_max_pages_is_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "cv.pdf", sample_pdf())
    with pytest.raises(
        DocumentTooLarge, match=r"cv\.pdf: the PDF has 2 pages, over the limit of 1$"
    ):
        read_document(path, limits=Limits(max_pages=1))


def test_pdf_text_over_max_chars_is_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "cv.pdf", sample_pdf())
    with pytest.raises(DocumentTooLarge, match=r"cv\.pdf: the text is longer than the limit of 20"):
        read_document(path, limits=Limits(max_chars=20))


def test_slow_reading_times_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class SteppingClock:
        now = 0.0

        def monotonic(self) -> float:
            self.now += 10.0
            return self.now

    monkeypatch.setattr(reading, "time", SteppingClock())
    path = write(tmp_path, "cv.pdf", sample_pdf())
    with pytest.raises(
        ExtractionTimeout, match=r"cv\.pdf: reading took longer than the limit of 5 seconds$"
    ):
        read_document(path, limits=Limits(timeout_seconds=5))


# --- Pieces of the PDF normalisation


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("J/A.sc/N.sc Kü/S.sc/T.sc/E.sc/R.sc", "Jan Küster"),
        ("Scienti/f_ic and /f_ield and Stackover/f_low", "Scientific and field and Stackoverflow"),
        ("We/four.lnumIT /two.lnum/zero.lnum/one.lnum/six.lnum", "We4IT 2016"),
        ("/eacute.sc/uni00E9.sc/f_f_i", "ééffi"),
        # The text after a ligature is not read as a glyph name ("less", "two", "ts").
        ("sel/f_less, so/f_twood, brea/s_twork, a/c_ts", "selfless, softwood, breastwork, acts"),
        (
            "TCP/IP, CI/CD, github.com/jankapunkt, and/or",
            "TCP/IP, CI/CD, github.com/jankapunkt, and/or",
        ),
    ],
)
def test_glyph_names_become_letters(raw: str, expected: str) -> None:
    assert pdf_repair.repair_glyph_names(raw) == (expected, 0)


def test_unknown_glyph_names_are_kept_and_counted() -> None:
    assert pdf_repair.repair_glyph_names("x/zzqy.sc y") == ("x/zzqy.sc y", 1)


def test_pdf_text_normalisation() -> None:
    raw = (
        "  Lead   engineer \u00ad   ﬁnance\r\n\n\n\nKuma,  Con\u00ad\nsul, multi-\naccount\t AWS  "
    )
    text, unknown = pdf_text.normalise_pdf_text(raw)
    assert text == "Lead engineer - finance\n\nKuma, Consul, multi-account AWS"
    assert unknown == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Deployed services on Kuber-\nnetes and AWS", "Deployed services on Kubernetes and AWS"),
        ("Built a data-\nbase layer", "Built a database layer"),
        ("A self-\nmotivated engineer", "A self-motivated engineer"),
        ("Trained machine-\nlearning models", "Trained machine-learning models"),
        ("Languages: Python-\nBased tools", "Languages: Python-\nBased tools"),
    ],
)
def test_a_word_hyphenated_across_a_pdf_line_break_is_joined(raw: str, expected: str) -> None:
    assert pdf_text.normalise_pdf_text(raw)[0] == expected


def test_glued_share_tells_glued_words_from_prose() -> None:
    glued = "Bethechangethatyouwanttoseeintheworld. Designedandprovisionedtheinfrastructure"
    prose = "Be the change that you want to see in the world. Designed the infrastructure"
    assert pdf_text.glued_share(glued) > 0.9
    assert pdf_text.glued_share(prose) == 0.0
    assert pdf_text.text_quality(prose) > pdf_text.text_quality(glued) + 0.5


class FakePage:
    """A page whose plain and layout texts are given."""

    def __init__(self, plain: str, layout: str) -> None:
        self.texts = {"plain": plain, "layout": layout}
        self.modes: list[str] = []

    def extract_text(self, extraction_mode: str = "plain") -> str:
        self.modes.append(extraction_mode)
        return self.texts[extraction_mode]


def test_layout_mode_is_used_when_it_separates_glued_words() -> None:
    page = FakePage(
        plain="Seasoned engineer. Ledservicemeshtechnologyresearchacrossclusters",
        layout="Seasoned   engineer.   Led service   mesh technology research across clusters",
    )
    result = pdf_text.page_text(page)  # type: ignore[arg-type]
    assert result.layout
    assert result.text == "Seasoned engineer. Led service mesh technology research across clusters"


def test_layout_mode_is_not_tried_for_good_text_and_not_kept_when_no_better() -> None:
    good = FakePage(plain="Led service mesh research", layout="unused")
    assert not pdf_text.page_text(good).layout  # type: ignore[arg-type]
    assert good.modes == ["plain"]
    glued = "Ledservicemeshtechnologyresearchacrossclusters"
    same = FakePage(plain=glued, layout=f"  {glued}  ")
    result = pdf_text.page_text(same)  # type: ignore[arg-type]
    assert (result.layout, result.text, same.modes) == (False, glued, ["plain", "layout"])


def test_a_failing_layout_mode_keeps_the_plain_text() -> None:
    class BrokenLayoutPage(FakePage):
        def extract_text(self, extraction_mode: str = "plain") -> str:
            if extraction_mode == "layout":
                raise PdfReadError("layout mode failed")
            return super().extract_text(extraction_mode)

    glued = "Ledservicemeshtechnologyresearchacrossclusters"
    result = pdf_text.page_text(BrokenLayoutPage(plain=glued, layout=""))  # type: ignore[arg-type]
    assert (result.text, result.layout, result.glued) == (glued, False, True)


def _type0_font(cmap: bytes, widths: list[PdfObject] | None = None) -> DictionaryObject:
    """A composite font with an Identity-H encoding, the ToUnicode ``cmap`` and /W ``widths``."""
    to_unicode = DecodedStreamObject()
    to_unicode.set_data(cmap)
    descendant = DictionaryObject({NameObject("/W"): ArrayObject(widths or [])})
    return DictionaryObject(
        {
            NameObject("/Subtype"): NameObject("/Type0"),
            NameObject("/Encoding"): NameObject("/Identity-H"),
            NameObject("/ToUnicode"): to_unicode,
            NameObject("/DescendantFonts"): ArrayObject([descendant]),
        }
    )


def test_space_glyph_is_added_to_a_cmap_without_one() -> None:
    with_space = b"begincmap\n1 beginbfchar\n<0003> <0020>\nendbfchar\nendcmap"
    space_in_a_range = b"begincmap\n1 beginbfrange\n<0001> <0040> <0010>\nendbfrange\nendcmap"
    without = (
        b"begincmap\n2 beginbfrange\n<0020> <0022> <0065>\n"
        b"<0030> <0031> [<0041> <0042>]\nendbfrange\nendcmap"
    )
    assert pdf_repair._font_with_space(_type0_font(with_space)) is None
    assert pdf_repair._font_with_space(_type0_font(space_in_a_range)) is None
    # Code 0xFFFF has a width, so it is taken: the space goes to the next free code.
    widths: list[PdfObject] = [NumberObject(0xFFFF), ArrayObject([NumberObject(500)])]
    patched = pdf_repair._font_with_space(_type0_font(without, widths))
    assert patched is not None
    cmap = patched["/ToUnicode"].get_data()
    assert cmap.endswith(b"1 beginbfchar\n<FFFE> <0020>\nendbfchar\nendcmap")
    assert pdf_repair.highest_free_code({0x20, 0x21, 0x22}) == 0xFFFF
    assert pdf_repair.highest_free_code(set(range(0x10, 0x10000))) == 0x0F
    assert pdf_repair.highest_free_code(set(range(0x10000))) is None


def test_a_composite_font_without_a_space_glyph_keeps_its_word_spaces(tmp_path: Path) -> None:
    """CID 32 is a wide letter here: pypdf would take its width for a space's and glue words.

    The map's last line has an odd token: pypdf warns about it once per reading of the font,
    and the repair's reading of it is not counted.
    """
    to_unicode = (
        b"begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n7 beginbfchar\n"
        b"<0001> <0050>\n<0002> <0079>\n<0003> <0074>\n<0004> <0068>\n<0005> <006F>\n"
        b"<0006> <006E>\n<0007> <0041> <0009>\nendbfchar\nendcmap"
    )
    word = b"<000100020003000400050006>"
    content = b"BT /F1 12 Tf 72 700 Td [" + word + b" -300 " + word + b"] TJ ET"
    pdf = type0_pdf_bytes(to_unicode, content, widths=b"[1 7 500 32 [1000]]")
    document = read_document(write(tmp_path, "cv.pdf", pdf))
    assert document.text == "Python Python"
    assert document.warnings == (
        "pypdf worked around 1 problem in the file's structure; some text may be missing",
    )


# --- The real resumes


REAL_PDF_PHRASES = {
    "awesome-cv_byungjin-park_resume.pdf": [
        "DevOps Engineer",
        "Be the change that you want to see in the world",
        "Kuma, Consul, and AWS",
        "Kubernetes cluster were managed on a GitOps basis",
    ],
    "awesome-cv_claud-d-park_cv.pdf": [
        "DevOps Engineer",
        "Founding Member & Site Reliability Engineer",
        "Pohang University of Science and Technology",
    ],
    "deedy-resume_debarghya-das_openfont.pdf": [
        "Artificial Intelligence",
        "Advanced Machine Learning",
        "Mountain View, CA",
    ],
    "latexcv_jan-kuester_classic.pdf": [
        "Jan Küster Resume",
        "Scientific Employee",
        "We4IT",
        "2016 - present",
        "in the field of",
    ],
    "latexcv_jan-kuester_modern.pdf": [
        "Jan Küster Resume",
        "Stackoverflow",
        "flexible assessment framework",
        "2014 - 2016",
    ],
    "sb2nov_sourabh-bajaj_resume.pdf": [
        "Apache Beam",
        "TensorFlow is an open source software library",
        "Georgia Institute of Technology",
    ],
}


@pytest.mark.parametrize("name", sorted(REAL_PDF_PHRASES))
def test_real_resume_pdfs_give_readable_text(shared_data: Path, name: str) -> None:
    path = shared_data / "resume_pdfs" / name
    if not path.is_file():
        pytest.skip(f"{path} not found")
    document = read_document(path)
    for phrase in REAL_PDF_PHRASES[name]:
        assert phrase in document.text
    assert not GLYPH_NAME.search(document.text)
    assert pdf_text.glued_share(document.text) < pdf_text.MAX_GLUED_SHARE
    assert document.text.count("\f") == document.pages - 1
    assert not any("run together" in warning for warning in document.warnings)


def test_real_resume_docx_files_all_read(shared_data: Path) -> None:
    folder = shared_data / "vanetik_vacancy_resume_matching" / "CV"
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    paths = sorted(folder.glob("*.docx"))
    assert len(paths) == 65
    for path in paths:
        document = read_document(path)
        assert document.format == "docx"
        assert len(document.text.split()) > 50, path.name


# ---------------------------------------------------------------------------------------------
# DOCX

_TEXT_BOX_RUN = f"""
<w:r {W_NS}
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing><wps:wsp><wps:txbx><w:txbxContent>
        <w:p><w:r><w:t>Boxed skill: Kubernetes</w:t></w:r></w:p>
      </w:txbxContent></wps:txbx></wps:wsp></w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict><v:shape><v:textbox><w:txbxContent>
        <w:p><w:r><w:t>Boxed skill: Kubernetes</w:t></w:r></w:p>
      </w:txbxContent></v:textbox></v:shape></w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>"""

_DELETED_RUN = (
    f'<w:del {W_NS} w:id="7" w:author="a"><w:r><w:delText>COBOL</w:delText></w:r></w:del>'
)


def _rich_docx(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.header.paragraphs[0].text = "Jane Doe, header line"
    section.footer.paragraphs[0].text = "3"
    section.footer.add_paragraph("jane@example.com")
    document.add_paragraph("Summary: backend engineer")
    anchor = document.add_paragraph("Anchor paragraph")
    anchor._p.append(parse_xml(_TEXT_BOX_RUN))
    edited = document.add_paragraph("Languages: Java")
    edited._p.append(parse_xml(_DELETED_RUN))
    data = document.add_table(rows=2, cols=3)
    rows = [("Skill", "Years", "Level"), ("Python", "5", "")]
    for row, values in zip(data.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    layout = document.add_table(rows=1, cols=2)
    left, right = layout.rows[0].cells
    left.text = "SKILLS"
    left.add_paragraph("Docker")
    right.text = "EXPERIENCE"
    nested = right.add_table(rows=1, cols=2)
    nested.rows[0].cells[0].text = "2019"
    nested.rows[0].cells[1].text = "Acme Corp"
    document.add_paragraph("The end")


def test_docx_reading_order(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "cv.docx", docx_bytes(_rich_docx)))
    assert (document.format, document.extraction, document.pages) == ("docx", "python-docx", None)
    assert document.text == "\n".join(
        [
            "Jane Doe, header line",
            "Summary: backend engineer",
            "Anchor paragraph",
            "Boxed skill: Kubernetes",
            "Languages: Java",
            "Skill | Years | Level",
            "Python | 5",
            "SKILLS\nDocker",
            "EXPERIENCE\n2019 | Acme Corp",
            "The end",
            "jane@example.com",
        ]
    )


def test_docx_text_box_appears_once(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "cv.docx", docx_bytes(_rich_docx)))
    assert document.text.count("Boxed skill: Kubernetes") == 1
    assert "COBOL" not in document.text


def test_docx_runs_keep_their_spaces_tabs_and_breaks(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        paragraph = document.add_paragraph("Java")
        paragraph.add_run(" ")
        paragraph.add_run("Python\tSQL").add_break()
        paragraph.add_run("Go")

    assert (
        read_document(write(tmp_path, "cv.docx", docx_bytes(build))).text == "Java Python\tSQL\nGo"
    )


def test_docx_without_text_has_no_text(tmp_path: Path) -> None:
    path = write(tmp_path, "blank.docx", docx_bytes(lambda document: None))
    with pytest.raises(NoTextFound, match=r"blank\.docx: the DOCX holds no text$"):
        read_document(path)


def test_docx_with_only_an_image_says_so(tmp_path: Path) -> None:
    from PIL import Image

    image = io.BytesIO()
    Image.new("RGB", (20, 20), "gray").save(image, format="PNG")
    path = write(tmp_path, "photo.docx", docx_bytes(lambda document: document.add_picture(image)))
    with pytest.raises(NoTextFound, match=r"photo\.docx: the DOCX holds images but no text"):
        read_document(path)


def test_macro_enabled_word_file_is_unsupported(tmp_path: Path) -> None:
    data = replace_in_zip(
        sample_docx(),
        "[Content_Types].xml",
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    with pytest.raises(UnsupportedFormat, match=r"cv\.docm: is a Word file of another kind"):
        read_document(write(tmp_path, "cv.docm", data))


@pytest.mark.parametrize(
    "make",
    [
        lambda: sample_docx()[: len(sample_docx()) // 2],
        lambda: replace_in_zip(sample_docx(), "word/document.xml", b"</w:body>", b"</w:bod>"),
        lambda: zip_bytes({"word/document.xml": b"<w:document/>"}),
    ],
    ids=["truncated", "bad-xml", "no-content-types"],
)
def test_corrupt_docx(tmp_path: Path, make: Callable[[], bytes]) -> None:
    path = write(tmp_path, "broken.docx", make())
    with pytest.raises(CorruptDocument, match=r"broken\.docx: "):
        read_document(path)


def test_docx_with_an_unknown_zip_method_is_corrupt(tmp_path: Path) -> None:
    data = bytearray(sample_docx())
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        for match in re.finditer(re.escape(signature), data):
            data[match.start() + offset : match.start() + offset + 2] = (99).to_bytes(2, "little")
    with pytest.raises(CorruptDocument, match=r"cv\.docx: "):
        read_document(write(tmp_path, "cv.docx", bytes(data)))


def test_docx_over_max_decompressed_bytes_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "cv.docx", sample_docx())
    with pytest.raises(DocumentTooLarge, match=r"cv\.docx: the DOCX expands to .* over the limit"):
        read_document(path, limits=Limits(max_decompressed_bytes=1_000))


def test_zip_bomb_is_refused_before_python_docx_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = zip_bytes({"word/document.xml": b"<w:document/>", "word/media/x.bin": bytes(30_000_000)})
    monkeypatch.setattr(docx, "Document", lambda *args: pytest.fail("python-docx opened the zip"))
    with pytest.raises(DocumentTooLarge, match=r"bomb\.docx: .*looks like a zip bomb$"):
        read_document(write(tmp_path, "bomb.docx", data))


# ---------------------------------------------------------------------------------------------
# Any bytes at all


@st.composite
def document_bytes(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["raw", "pdf-header", "zip-header", "pdf", "docx"]))
    if kind == "raw":
        return draw(st.binary(max_size=2_000))
    if kind == "pdf-header":
        return b"%PDF-1.7\n" + draw(st.binary(max_size=2_000))
    if kind == "zip-header":
        return b"PK\x03\x04" + draw(st.binary(max_size=2_000))
    data = bytearray(sample_pdf() if kind == "pdf" else sample_docx())
    for _ in range(draw(st.integers(0, 8))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data[: draw(st.integers(1, len(data)))])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=document_bytes(), name=st.sampled_from(["x.txt", "x.pdf", "x.docx", "x.md", "x"]))
def test_any_bytes_give_a_document_or_a_gapcheck_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, name: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    try:
        document = read_document(path)
    except GapcheckError as error:
        assert "\n" not in str(error)
        assert str(error).startswith(f"{path}: ")
    else:
        assert document.text.strip()


# ---------------------------------------------------------------------------------------------
# Import cost and the word list


def test_importing_documents_does_not_import_pypdf_or_docx() -> None:
    code = "import sys, gapcheck.documents; print(sorted({'pypdf', 'docx'} & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_known_words_are_lowercase_english_words_without_names() -> None:
    words = known_words()
    assert known_words() is words
    assert len(words) > 50_000
    assert {"engineer", "python", "consul", "a", "i", "café"} <= words
    assert not {"java", "kafka", "jenkins", "linux", "kubernetes", "x", "engineer's"} & words
    assert all(word.isalpha() and word == word.lower() for word in words)
    assert is_known_word("Engineer")
    assert not is_known_word("DevOps")


def _load_script(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_make_wordlist_selects_lowercase_alphabetic_words() -> None:
    script = _load_script("make_wordlist")
    entries = ["engineer", "engineer's", "Java", "x", "i", "café", "3D", "co-op", "engineer"]
    assert script.select_words(entries) == ["café", "engineer", "i"]  # type: ignore[attr-defined]


def test_packaged_word_list_is_what_the_script_builds(tmp_path: Path) -> None:
    source = Path("/usr/share/dict/american-english")
    if not source.is_file():
        pytest.skip(f"{source} not found (Debian package wamerican)")
    script = _load_script("make_wordlist")
    output = tmp_path / "words.txt.gz"
    script.main(["--source", str(source), "--output", str(output)])  # type: ignore[attr-defined]
    packaged = REPO / "src" / "gapcheck" / "data" / "english_words.txt.gz"
    assert gzip.decompress(output.read_bytes()) == gzip.decompress(packaged.read_bytes())
