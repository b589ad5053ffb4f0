"""Read a web page saved as HTML (a job posting): its schema.org ``JobPosting`` when the page
has one, else the page's main text.

A ``JobPosting`` in JSON-LD (``<script type="application/ld+json">``) gives the title, the
employer (``hiringOrganization.name``), the description (HTML, turned into text), and the
skills, qualifications and responsibilities. Without one, the text of ``<main>`` (or
``<article>``, or the whole body) is read, without scripts, styles, navigation, headers, footers
and forms. Nothing is fetched: links, images and styles are ignored.

>>> page = b'<html><body><nav>Home</nav><main><h1>Data Engineer</h1><ul><li>SQL</li></ul></main>'
>>> html_to_text(page.decode())
'Data Engineer\\n\\n- SQL'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from gapcheck.documents.model import Document
from gapcheck.documents.shared import Reading, check_text_length
from gapcheck.documents.text import decode_text
from gapcheck.errors import NoTextFound

__all__ = ["html_to_text", "read_html"]

_SKIPPED = frozenset(
    "script style noscript template svg nav footer header form button select iframe head".split()
)
# Tags that start a paragraph (a blank line around them) and tags that start a line.
_PARAGRAPHS = frozenset(
    "p div section article main aside hr h1 h2 h3 h4 h5 h6 ul ol dl table blockquote pre "
    "figure figcaption address".split()
)
_LINES = frozenset("br li dt dd tr".split())
_PARAGRAPH_BREAK, _LINE_BREAK = "\x01", "\x02"
_BREAKS = re.compile(r"[\x01\x02\s]*[\x01\x02][\x01\x02\s]*")
_OWN_MARKS = re.compile(r"[\x01\x02]")
_VOID = frozenset("br hr img input meta link area base col embed source track wbr".split())
_MAIN = ("main", "article")
_BLANK_LINES = re.compile(r"\n[ \t]*(\n[ \t]*)+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
# The fields of a JobPosting read as text, with the heading each gets.
_FIELDS = (
    ("responsibilities", "Responsibilities"),
    ("qualifications", "Qualifications"),
    ("skills", "Skills"),
    ("educationRequirements", "Education"),
    ("experienceRequirements", "Experience"),
)


class _TextParser(HTMLParser):
    """The text of a page, in lines, and of its ``<main>``/``<article>``; JSON-LD blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.main_parts: list[str] = []
        self.json_ld: list[str] = []
        self._skipping: list[str] = []
        self._main_depth = 0
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and any(
            name == "type" and (value or "").strip().lower() == "application/ld+json"
            for name, value in attrs
        ):
            self._in_json_ld = True
            self.json_ld.append("")
        if tag in _SKIPPED and tag not in _VOID:
            self._skipping.append(tag)
            return
        if tag in _MAIN:
            self._main_depth += 1
        self._break(tag)
        if tag == "li":
            self._emit("- ")
        elif tag in ("td", "th"):
            self._emit(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_json_ld = False
        if self._skipping and tag == self._skipping[-1]:
            self._skipping.pop()
            return
        self._break(tag)
        if tag in _MAIN and self._main_depth:
            self._main_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld[-1] += data
        elif not self._skipping:
            self._emit(_OWN_MARKS.sub(" ", data).replace("\n", " "))

    def _break(self, tag: str) -> None:
        if tag in _PARAGRAPHS:
            self._emit(_PARAGRAPH_BREAK)
        elif tag in _LINES:
            self._emit(_LINE_BREAK)

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        if self._main_depth:
            self.main_parts.append(text)


def _tidy(parts: list[str]) -> str:
    """The parts as text: runs of breaks as one line break, or a blank line when one of them
    is a paragraph's; the page's own line breaks are spaces (HTML collapses them)."""
    text = "".join(parts)
    text = _BREAKS.sub(lambda run: "\n\n" if _PARAGRAPH_BREAK in run[0] else "\n", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(page: str) -> str:
    """The readable text of an HTML page or fragment: one line per block, ``- `` per list item,
    blank lines between paragraphs; scripts, styles, navigation, headers and footers dropped."""
    parser = _parse(page)
    main = _tidy(parser.main_parts)
    return main if len(main) >= 200 else _tidy(parser.parts)


def _parse(page: str) -> _TextParser:
    parser = _TextParser()
    parser.feed(page)
    parser.close()
    return parser


def _postings(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object whose @type is (or includes) JobPosting, in @graph lists too."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if "JobPosting" in kinds:
                yield item
            elif "@graph" in item:
                stack.append(item["@graph"])


def _as_text(value: Any) -> str:
    """A JSON-LD value as text: HTML turned into text, lists as lines, names of objects."""
    if isinstance(value, str):
        return html_to_text(value) if "<" in value else value.strip()
    if isinstance(value, list):
        lines = [_as_text(item) for item in value]
        return "\n".join(f"- {line}" if "\n" not in line else line for line in lines if line)
    if isinstance(value, dict):
        for key in ("name", "description", "credentialCategory"):
            if isinstance(value.get(key), str):
                return _as_text(value[key])
    return ""


def posting_text(posting: dict[str, Any]) -> str:
    """A JobPosting as the text of a posting: title, employer, description, then the fields."""
    top = [_as_text(posting.get("title")), _as_text(posting.get("hiringOrganization"))]
    blocks = ["\n".join(line for line in top if line)]
    blocks.append(_as_text(posting.get("description")))
    for key, heading in _FIELDS:
        text = _as_text(posting.get(key))
        if text:
            blocks.append(f"{heading}\n{text}")
    return "\n\n".join(block for block in blocks if block)


def _json_ld_posting(blocks: list[str], warnings: list[str]) -> str | None:
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            warnings.append("a JSON-LD block of the page is not valid JSON and was skipped")
            continue
        for posting in _postings(data):
            text = posting_text(posting)
            if text.strip():
                return text
    return None


def read_html(data: bytes, reading: Reading) -> Document:
    """Read a saved web page: its JobPosting's fields when it has one, else its main text."""
    name, limits, warnings = reading.name, reading.limits, reading.warnings
    page, encoding = decode_text(data, name, warnings)
    check_text_length(page, name, limits)
    parser = _parse(page)
    text = _json_ld_posting(parser.json_ld, warnings)
    if text is None:
        main = _tidy(parser.main_parts)
        text = main if len(main) >= 200 else _tidy(parser.parts)
    else:
        warnings.append("read from the page's schema.org JobPosting data")
    if not text.strip():
        raise NoTextFound(name, "the page holds no readable text")
    check_text_length(text, name, limits)
    return reading.document(text + "\n", "html", "html", encoding=encoding)
