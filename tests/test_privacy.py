"""Resumes are personal data: their text never reaches log records, warnings or error messages.

Each resume here holds a unique marker; the tests capture every log record at DEBUG level (and
every Python warning) while gapcheck reads and analyses it, and look for the marker in them, in
the errors raised (with their tracebacks) and on the command line's stderr.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
import traceback
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import sample_docx
from gapcheck import analyze
from gapcheck.cli import app
from gapcheck.documents import read_document
from gapcheck.errors import GapcheckError
from test_hostile import CID_FONT, RESOURCES, TYPE0_FONT, one_page_pdf, pdf_stream, text_ops

MARKER = "Ana-Lima-555-0199-PRIVATE"
M = MARKER.encode()
RESUME_OPS = text_ops(f"Ana Lima {MARKER}", "Skills: Python, Kubernetes")
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s /Contents 5 0 R %s>>"

# PDFs with damage that pypdf works around and reports in log records quoting the document.
LEAKY_PDFS: dict[str, Callable[[], bytes]] = {
    "key-is-a-string": lambda: one_page_pdf(
        RESUME_OPS, objects={3: PAGE % (RESOURCES, b"(" + M + b") 1")}
    ),
    "key-defined-twice": lambda: one_page_pdf(
        RESUME_OPS, objects={3: PAGE % (RESOURCES, b"/" + M + b" 1 /" + M + b" 2")}
    ),
    "unreadable-reference": lambda: one_page_pdf(
        RESUME_OPS, objects={3: PAGE % (RESOURCES, b"/X 9 " + M + b" R")}
    ),
    "junk-in-the-page-tree": lambda: one_page_pdf(
        RESUME_OPS, objects={2: b"<< /Type /Pages /Kids [3 0 R] /Count 1" + M + b" >>"}
    ),
    "broken-tounicode-map": lambda: one_page_pdf(
        b"BT /F2 11 Tf 72 760 Td <0102> Tj ET " + RESUME_OPS,
        resources=b"<< /Font << /F1 4 0 R /F2 8 0 R >> >>",
        objects={
            8: TYPE0_FONT,
            6: pdf_stream(
                b"begincmap 1 begincodespacerange <00> <FF> endcodespacerange "
                b"2 beginbfchar <01> <0050> <02> " + M + b" endbfchar endcmap"
            ),
            7: CID_FONT,
        },
    ),
}


@pytest.fixture
def captured(caplog: pytest.LogCaptureFixture) -> Iterator[Callable[[], str]]:
    """Every log record (DEBUG and up, any logger) and Python warning, as one text."""
    caplog.set_level(logging.DEBUG)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")

        def everything() -> str:
            records = [
                f"{r.name} {r.msg} {r.args} {r.getMessage()} {r.exc_text}" for r in caplog.records
            ]
            return "\n".join([*records, *(str(w.message) for w in caught)])

        yield everything


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", LEAKY_PDFS)
def test_pypdf_alone_quotes_these_resumes_in_its_log_records(
    name: str, captured: Callable[[], str]
) -> None:
    """The premise of the tests below: read directly with pypdf, each PDF leaks the marker."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(LEAKY_PDFS[name]()), strict=False)
    for page in reader.pages:
        page.extract_text()
    assert MARKER in captured()


@pytest.mark.parametrize("name", LEAKY_PDFS)
def test_reading_a_damaged_pdf_logs_nothing_of_it(
    tmp_path: Path, name: str, captured: Callable[[], str]
) -> None:
    document = read_document(_write(tmp_path, "resume.pdf", LEAKY_PDFS[name]()))
    assert MARKER in document.text  # the marker is in the resume...
    assert MARKER not in captured()  # ...and in no record or warning
    assert not any(MARKER in warning for warning in document.warnings)
    assert any("pypdf worked around" in warning for warning in document.warnings)


def test_pypdf_logging_is_back_to_normal_after_reading(tmp_path: Path) -> None:
    logger = logging.getLogger("pypdf")
    handlers, propagate = list(logger.handlers), logger.propagate
    read_document(_write(tmp_path, "resume.pdf", LEAKY_PDFS["key-defined-twice"]()))
    assert (logger.handlers, logger.propagate) == (handlers, propagate)


def _docx_resume() -> bytes:
    with zipfile.ZipFile(io.BytesIO(sample_docx())) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = members["word/document.xml"].replace(
        b"Data engineer", b"Ana Lima " + M + b" Python developer"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


RESUMES = {
    "resume.txt": lambda: f"Ana Lima {MARKER}\nSkills: Python, Kubernetes, Docker\n".encode(),
    "resume.pdf": LEAKY_PDFS["key-is-a-string"],
    "resume.docx": _docx_resume,
}


@pytest.mark.parametrize("name", RESUMES)
def test_a_whole_analysis_logs_nothing_of_the_resume(
    tmp_path: Path, name: str, captured: Callable[[], str]
) -> None:
    resume = _write(tmp_path, name, RESUMES[name]())
    job = _write(tmp_path, "job.txt", b"Requirements:\n- Python\n- Go or Rust\n")
    report = analyze(resume, job)
    assert report.score > 0
    assert MARKER in read_document(resume).text
    assert MARKER not in captured()


@pytest.mark.parametrize("name", RESUMES)
def test_the_command_line_writes_nothing_of_the_resume_to_stderr(
    tmp_path: Path, name: str, captured: Callable[[], str]
) -> None:
    resume = _write(tmp_path, name, RESUMES[name]())
    job = _write(tmp_path, "job.txt", b"Requirements:\n- Python\n")
    result = CliRunner().invoke(app, [str(resume), str(job), "--json"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert MARKER not in captured()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# Files holding the marker that cannot be read: the errors name the file and the reason only.
UNREADABLE = {
    "truncated.pdf": lambda: LEAKY_PDFS["key-is-a-string"]()[:400],
    "bad-object.pdf": lambda: b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages " + M + b" >> %%EOF",
    "tag-mismatch.docx": lambda: _zip(
        {
            **{n: c for n, c in _members(sample_docx()).items()},
            "word/document.xml": b"<w:document><" + M + b">Python</w:document>",
        }
    ),
    "nul.txt": lambda: M + b"\x00 Python\n",
    "binary.txt": lambda: M + bytes(range(1, 9)) * 50,
}


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize("name", UNREADABLE)
def test_errors_name_the_file_and_the_reason_but_never_quote_it(
    tmp_path: Path, name: str, captured: Callable[[], str]
) -> None:
    path = _write(tmp_path, name, UNREADABLE[name]())
    with pytest.raises(GapcheckError) as raised:
        read_document(path)
    assert str(raised.value).startswith(f"{path}: ")
    # Not in the message, nor in a traceback an application might log (no chained parser error).
    assert MARKER not in "".join(traceback.format_exception(raised.value))
    assert MARKER not in captured()
    result = CliRunner().invoke(app, ["text", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {raised.value}\n"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env)


def test_the_installed_command_keeps_pypdf_off_stderr(tmp_path: Path) -> None:
    leaky = _write(tmp_path, "resume.pdf", LEAKY_PDFS["key-defined-twice"]())
    twice = PAGE % (RESOURCES, b"/" + M + b" 1 /" + M + b" 2")
    unreadable = one_page_pdf(RESUME_OPS, content_extra=b"/Filter /NoSuch", objects={3: twice})
    broken = _write(tmp_path, "broken.pdf", unreadable)
    # Without gapcheck, pypdf's warnings reach stderr (Python's last-resort log handler).
    direct = "import sys, pypdf; [p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages]"
    assert MARKER in _run("-c", direct, str(leaky)).stderr

    read = _run("-m", "gapcheck", "text", str(leaky))
    assert (read.returncode, read.stderr) == (0, "")
    assert MARKER in read.stdout  # the text is the command's output, on stdout
    failed = _run("-m", "gapcheck", "text", str(broken))
    assert failed.returncode == 1
    assert failed.stderr.count("\n") == 1 and failed.stderr.startswith(f"Error: {broken}: ")
    assert MARKER not in failed.stderr
