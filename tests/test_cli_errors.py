"""Every document error reaches the command line as one line on stderr and exit code 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import encrypted_pdf_bytes, image_only_pdf_bytes, pdf_bytes, write
from gapcheck.cli import app

runner = CliRunner()


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name -> (path, a phrase the error message must contain)."""
    directory = tmp_path / "folder.pdf"
    directory.mkdir()
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(20_000_001)
    many_pages = write(tmp_path, "many.pdf", pdf_bytes(*["Python page"] * 51))
    return {
        "missing": (tmp_path / "nope.pdf", "no such file"),
        "directory": (directory, "directory"),
        "empty": (write(tmp_path, "empty.txt", b""), "empty"),
        "scanned": (write(tmp_path, "scan.pdf", image_only_pdf_bytes()), "OCR"),
        "encrypted": (write(tmp_path, "locked.pdf", encrypted_pdf_bytes("secret")), "password"),
        "corrupt_pdf": (write(tmp_path, "broken.pdf", b"%PDF-1.7\n1 0 obj << /Ty"), "damaged"),
        "corrupt_docx": (write(tmp_path, "broken.docx", b"PK\x03\x04junkjunkjunk"), "damaged"),
        "binary_txt": (write(tmp_path, "junk.txt", bytes(range(256)) * 8), "binary"),
        "unsupported": (write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n" + b"\0" * 64), "PNG"),
        "too_large": (big, "limit"),
        "too_many_pages": (many_pages, "pages"),
    }


CASES = [
    "missing",
    "directory",
    "empty",
    "scanned",
    "encrypted",
    "corrupt_pdf",
    "corrupt_docx",
    "binary_txt",
    "unsupported",
    "too_large",
    "too_many_pages",
]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", ["text", "analyze-resume", "analyze-job"])
def test_bad_document_is_one_line_on_stderr_and_exit_1(
    tmp_path: Path, case: str, command: str
) -> None:
    path, phrase = _bad_files(tmp_path)[case]
    good = write(tmp_path, "good.txt", b"Requirements:\n- Python\n")
    args = {
        "text": ["text", str(path)],
        "analyze-resume": [str(path), str(good)],
        "analyze-job": [str(good), str(path)],
    }[command]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Error: {path}")
    assert phrase.lower() in lines[0].lower()
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_the_installed_command_prints_no_traceback(tmp_path: Path) -> None:
    """The real console entry point, as a user runs it."""
    missing = tmp_path / "missing.pdf"
    completed = subprocess.run(
        [sys.executable, "-m", "gapcheck", "text", str(missing)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert completed.stderr.strip() == f"Error: {missing}: no such file"


def test_usage_error_exits_2() -> None:
    result = runner.invoke(app, ["text"])
    assert result.exit_code == 2


def test_version_is_printed() -> None:
    from gapcheck import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"gapcheck {__version__}"


def test_text_prints_the_document_text(tmp_path: Path) -> None:
    path = write(tmp_path, "cv.txt", b"Ana Lima\nPython, SQL\n")
    result = runner.invoke(app, ["text", str(path)])
    assert result.exit_code == 0
    assert result.stdout == "Ana Lima\nPython, SQL\n"


def test_text_reads_standard_input() -> None:
    result = runner.invoke(app, ["text", "-"], input="From stdin\nKotlin\n")
    assert result.exit_code == 0
    assert result.stdout == "From stdin\nKotlin\n"
