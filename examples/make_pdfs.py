"""Render the example resumes (plain text) as clean PDFs, the way a job seeker would send them.

Usage: ``python examples/make_pdfs.py`` (needs fpdf2, from the ``dev`` extra).

Each ``resume_*.txt`` next to this script becomes ``resume_*.pdf``. The text files use two
styles, both of which are understood here:

- plain: ALL-CAPS section headings, ``•`` bullets, ``Label: values`` lines;
- markdown-ish: ``#``/``##``/``###`` headings, ``-`` bullets and ``**bold**``.

Hard-wrapped lines are joined back into paragraphs so the PDF reflows them. The words are kept
exactly as written: the core fonts are used with the Windows-1252 encoding, which covers the
dashes, bullets and quotes people type (– — • · ’), so text extracted from the PDF matches the
.txt file. The output is deterministic (fixed creation date and metadata).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fpdf import FPDF
from fpdf.enums import XPos, YPos

EXAMPLES_DIR = Path(__file__).resolve().parent
ENCODING = "windows-1252"
CREATION_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
AUTHOR = "gapcheck examples"
FONT = "Helvetica"

# The .txt files are hard-wrapped at about 100 characters: a line that follows one at least this
# long (and does not start a bullet, a label, a date or a heading) continues it.
WRAPPED_LINE_MIN = 80
BODY_SIZE = 10.0
LINE_HEIGHT = 4.8
BULLET_INDENT = 5.0
# Room (mm) a heading or an entry title needs below it, or it moves to the next page.
KEEP_WITH_NEXT = 22.0
# Sections whose blocks start with an entry title (a job, a project, a degree), set in bold.
ENTRY_SECTIONS = frozenset({"experience", "projects", "education"})

BULLET_RE = re.compile(r"^(?:•|-|\*)\s+")
LABEL_RE = re.compile(r"^(?:\*\*)?[A-Z][\w &/-]{0,30}:(?:\*\*)?\s")
DATE_RANGE_RE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{4}|\d{2}/\d{4}|\d{4})\s*[–—-]\s*"
    r"(?:[A-Z][a-z]{2,8}\.? \d{4}|\d{2}/\d{4}|\d{4}|[Pp]resent)$"
)


BlockKind = Literal["name", "contact", "heading", "entry", "date", "label", "bullet", "text", "gap"]


@dataclass(frozen=True)
class Block:
    """One thing to draw: a heading, a paragraph or a bullet, with its text unwrapped."""

    kind: BlockKind
    text: str


def is_heading(line: str) -> bool:
    """A section heading: ``## Skills`` or an all-caps line such as ``TECHNICAL SKILLS``."""
    if line.startswith("## "):
        return True
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 3 and line == line.upper() and not BULLET_RE.match(line)


def continues(previous: str, line: str) -> bool:
    """True when ``line`` is the hard-wrapped rest of the physical line ``previous``."""
    stripped = line.strip()
    if not previous.strip() or not stripped or previous.startswith("#") or is_heading(previous):
        return False
    if (
        BULLET_RE.match(line)
        or LABEL_RE.match(line)
        or DATE_RANGE_RE.match(stripped)
        or is_heading(line)
        or line.startswith("#")
    ):
        return False
    return line[0].isspace() or len(previous) >= WRAPPED_LINE_MIN


def unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into one line per paragraph or bullet."""
    joined: list[str] = []
    previous = ""
    for raw in lines:
        line = raw.rstrip()
        if joined and continues(previous, line):
            joined[-1] = f"{joined[-1]} {line.strip()}"
        else:
            joined.append(line)
        previous = line
    return joined


def parse(text: str) -> Iterator[Block]:
    """Split a resume into blocks: the name, contact lines, then headings, entries, bullets."""
    lines = unwrap(text.splitlines())
    yield Block("name", lines[0].removeprefix("# ").strip())
    index = 1
    while index < len(lines) and lines[index]:
        yield Block("contact", lines[index].strip())
        index += 1

    section = ""
    block_start = True
    for line in lines[index:]:
        if not line:
            yield Block("gap", "")
            block_start = True
            continue
        if is_heading(line):
            heading = line.removeprefix("## ").strip()
            section = heading.lower()
            block_start = True
            yield Block("heading", heading)
            continue
        if line.startswith("### "):
            yield Block("entry", line.removeprefix("### ").strip())
        elif DATE_RANGE_RE.match(line.strip()):
            yield Block("date", line.strip())
        elif BULLET_RE.match(line):
            yield Block("bullet", BULLET_RE.sub("", line, count=1))
        elif block_start and section in ENTRY_SECTIONS:
            yield Block("entry", line)
        elif LABEL_RE.match(line):
            yield Block("label", line)
        else:
            yield Block("text", line)
        block_start = False


class ResumePDF(FPDF):
    """A one-column, Letter-size resume layout on the core Helvetica font."""

    def __init__(self, title: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="Letter")
        self.core_fonts_encoding = ENCODING
        self.set_margins(left=19, top=16, right=19)
        self.set_auto_page_break(auto=True, margin=16)
        self.set_title(title)
        self.set_author(AUTHOR)
        self.set_subject("Example resume for gapcheck (fictional person)")
        self.set_creator("examples/make_pdfs.py")
        self.set_lang("en-US")
        self.set_creation_date(CREATION_DATE)

    def paragraph(self, text: str, *, style: str = "", size: float = BODY_SIZE) -> None:
        self.set_font(FONT, style=style, size=size)
        self.multi_cell(
            0,
            LINE_HEIGHT,
            text,
            align="L",
            markdown="**" in text,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def labelled(self, text: str) -> None:
        """``Label: values`` with the label in bold (unless the text marks its own bold)."""
        if "**" not in text:
            label, rest = text.split(":", 1)
            text = f"**{label}:**{rest}"
        self.paragraph(text)

    def bullet(self, text: str) -> None:
        self.set_font(FONT, size=BODY_SIZE)
        self.cell(BULLET_INDENT, LINE_HEIGHT, "•")
        self.multi_cell(
            0,
            LINE_HEIGHT,
            text,
            align="L",
            markdown="**" in text,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def keep_space(self, height: float) -> None:
        """Start a new page unless ``height`` mm are left, so titles stay with what follows."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def heading(self, text: str) -> None:
        self.keep_space(KEEP_WITH_NEXT)
        self.ln(1.5)
        self.set_font(FONT, style="B", size=11.5)
        self.set_text_color(20, 60, 110)
        self.cell(0, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(20, 60, 110)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def render(self, blocks: Iterator[Block]) -> None:
        self.add_page()
        for block in blocks:
            match block.kind:
                case "name":
                    self.set_font(FONT, style="B", size=18)
                    self.cell(0, 9, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                case "contact":
                    self.set_text_color(70, 70, 70)
                    self.paragraph(block.text, size=9.5)
                    self.set_text_color(0, 0, 0)
                case "heading":
                    self.heading(block.text)
                case "entry":
                    self.keep_space(KEEP_WITH_NEXT)
                    self.paragraph(block.text, style="B")
                case "date":
                    self.set_text_color(70, 70, 70)
                    self.paragraph(block.text, style="I")
                    self.set_text_color(0, 0, 0)
                case "label":
                    self.labelled(block.text)
                case "bullet":
                    self.bullet(block.text)
                case "gap":
                    self.ln(1.8)
                case "text":
                    self.paragraph(block.text)


def check_encodable(text: str, source: Path) -> None:
    """Fail early, naming the characters, when the text cannot be set in the core fonts."""
    bad = sorted({char for char in text if char.encode(ENCODING, errors="ignore") == b""})
    if bad:
        shown = ", ".join(f"{char!r} (U+{ord(char):04X})" for char in bad)
        raise SystemExit(f"{source.name}: characters outside {ENCODING}: {shown}")


def make_pdf(source: Path) -> tuple[Path, int]:
    """Render one resume text file to a PDF next to it; return its path and page count."""
    text = source.read_text(encoding="utf-8")
    check_encodable(text, source)
    name = text.splitlines()[0].removeprefix("# ").strip()
    pdf = ResumePDF(title=f"{name} – Resume")
    pdf.render(parse(text))
    target = source.with_suffix(".pdf")
    pdf.output(str(target))
    return target, pdf.pages_count


def main() -> None:
    for source in sorted(EXAMPLES_DIR.glob("resume_*.txt")):
        target, pages = make_pdf(source)
        print(f"{target.relative_to(EXAMPLES_DIR.parent)}: {pages} page(s)")


if __name__ == "__main__":
    main()
