"""Read a path, standard input or a text into a :class:`~gapcheck.documents.Document`.

This module gets the bytes (within the size limit), starts the clock, tells the format
(:mod:`~gapcheck.documents.sniff`) and hands the bytes to that format's reader.

>>> read_document("Senior Python developer\\nWe use Django and PostgreSQL.\\n").format
'text'
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from gapcheck.documents.model import STDIN_SOURCE, TEXT_SOURCE, Document, HiddenTextOption
from gapcheck.documents.shared import Reading, check_text_length, format_size
from gapcheck.documents.sniff import ContentKind, sniff
from gapcheck.documents.text import read_text
from gapcheck.errors import (
    DocumentError,
    DocumentNotFound,
    DocumentTooLarge,
    EmptyDocument,
    NotAFile,
)
from gapcheck.limits import DEFAULT_LIMITS, Deadline, Limits, time_limit

__all__ = ["read_document"]

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

_KIND_NAMES: dict[ContentKind, str] = {
    "pdf": "a PDF",
    "docx": "a DOCX document",
    "text": "text",
    "html": "an HTML page",
}
_SUFFIX_KINDS: dict[str, ContentKind] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
}


def read_document(
    source: Document | str | os.PathLike[str],
    *,
    limits: Limits | None = None,
    hidden_text: HiddenTextOption = "drop",
) -> Document:
    """Read ``source`` into a :class:`Document`.

    ``source`` is a path (``Path`` or ``str``); the string ``"-"`` reads standard input; a string
    holding a line break is the document's text itself; a ``Document`` is returned as it is.
    ``limits`` bounds file size, PDF pages, decompressed size, text length and time (see
    :func:`gapcheck.limits.time_limit` for how the time limit interrupts the reading).

    pypdf's log records can quote the document, so while a PDF is read they do not propagate
    past the ``pypdf`` logger; their number becomes a warning of the returned Document.

    Text a reader of the file cannot see is left out by default (``hidden_text="drop"``): in a
    PDF, text as light as what lies beneath it (white on white), invisible (render mode 3),
    transparent, tiny or off the page; in a DOCX, hidden runs (``w:vanish``,
    ``w:specVanish``), white text on no shading, and text under 1.5 points. Its words are
    counted in a warning ("the document contains 12 words of hidden text (white), left out of
    the analysis"); ``hidden_text="keep"`` keeps it in the text (and still warns).
    """
    if isinstance(source, Document):
        return source
    limits = limits or DEFAULT_LIMITS
    if isinstance(source, str):
        if "\n" in source or "\r" in source:
            check_text_length(source, TEXT_SOURCE, limits)
            return Document.from_text(source)
        if not source:
            raise DocumentNotFound('""', "no file name given")
        if source == "-":
            # Waiting for standard input is not reading: the clock starts once it has arrived.
            data = _read_stdin(limits)
            with time_limit(limits.timeout_seconds, STDIN_SOURCE, clock=_now) as deadline:
                return _read_bytes(data, STDIN_SOURCE, "", limits, deadline, hidden_text)
    path = Path(source)
    name = str(path)
    with time_limit(limits.timeout_seconds, name, clock=_now) as deadline:
        data = _read_file(path, limits)
        return _read_bytes(data, name, path.suffix.lower(), limits, deadline, hidden_text)


def _now() -> float:
    return time.monotonic()


def _read_stdin(limits: Limits) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise DocumentError(STDIN_SOURCE, "there is no standard input to read")
    try:
        data: bytes = stream.read(limits.max_bytes + 1)
    except OSError as error:
        raise DocumentError(
            STDIN_SOURCE, f"standard input cannot be read ({error.strerror or error})"
        ) from error
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(
            STDIN_SOURCE, f"the input is larger than the limit of {format_size(limits.max_bytes)}"
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
                f"the file is {format_size(info.st_size)}, over the limit of "
                f"{format_size(limits.max_bytes)}",
            )
        with path.open("rb") as file:
            # Read one byte past the limit: the file may have grown since stat().
            data = file.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(
            name, f"the file is larger than the limit of {format_size(limits.max_bytes)}"
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


def _read_bytes(
    data: bytes,
    name: str,
    suffix: str,
    limits: Limits,
    deadline: Deadline,
    hidden_text: HiddenTextOption = "drop",
) -> Document:
    """Hand ``data`` to the reader of its format; the file name only tells Markdown from text."""
    if not data:
        raise EmptyDocument(name)
    kind = sniff(data, name)
    reading = Reading(name, limits, deadline, hidden_text)
    expected = _SUFFIX_KINDS.get(suffix)
    if expected is not None and expected != kind:
        reading.warnings.append(
            f"the file name ends in {suffix} but the content is {_KIND_NAMES[kind]}"
        )
    # The PDF and DOCX readers import pypdf and python-docx: only when such a file comes.
    if kind == "pdf":
        from gapcheck.documents.pdf import read_pdf

        return read_pdf(data, reading)
    if kind == "docx":
        from gapcheck.documents.docx import read_docx

        return read_docx(data, reading)
    if kind == "html":
        from gapcheck.documents.html import read_html

        return read_html(data, reading)
    return read_text(data, reading, "markdown" if suffix in MARKDOWN_SUFFIXES else "text")
