"""Read a resume or a job posting (PDF, DOCX, plain text, Markdown) into a :class:`Document`.

>>> from gapcheck.documents import Document, read_document
>>> read_document("Senior Python developer\\nWe use Django and PostgreSQL.\\n").format
'text'
>>> Document.from_text("Python, SQL").source
'<text>'

The format is found from the content, not from the file name; the name only tells Markdown
from plain text. Every failure is a :class:`~gapcheck.errors.DocumentError` whose message names
the file and the reason in one line and never quotes the document.

The modules, in the order the bytes pass through them:

* :mod:`~gapcheck.documents.reading`: ``read_document``; getting the bytes, the time limit.
* :mod:`~gapcheck.documents.sniff`: the format, from the bytes.
* :mod:`~gapcheck.documents.text`: plain text and Markdown, decoded as ``open()`` would.
* :mod:`~gapcheck.documents.pdf`: PDF pages with pypdf, joined by ``"\\n\\f\\n"``; helped by
  :mod:`~gapcheck.documents.pdf_guards` (size caps, logs), :mod:`~gapcheck.documents.pdf_objects`
  (walking a page's objects), :mod:`~gapcheck.documents.pdf_repair` (word spaces and glyph
  names pypdf gets wrong), :mod:`~gapcheck.documents.pdf_hidden` (text a reader cannot see)
  and :mod:`~gapcheck.documents.pdf_text` (normalising a page's text).
* :mod:`~gapcheck.documents.docx`: headers, the body in reading order, footers.
* :mod:`~gapcheck.documents.model` holds the :class:`Document` (valid Unicode, whatever made
  it), :mod:`~gapcheck.documents.language` tells a text that is not English, and
  :mod:`~gapcheck.documents.shared` holds what the readers share.

The public names are the ones below; the modules' own names are the package's inner workings.
"""

from gapcheck.documents.model import (
    Document,
    DocumentFormat,
    ExtractionMethod,
    HiddenTextOption,
    content_warnings,
)
from gapcheck.documents.reading import read_document

__all__ = [
    "Document",
    "DocumentFormat",
    "ExtractionMethod",
    "HiddenTextOption",
    "content_warnings",
    "read_document",
]
