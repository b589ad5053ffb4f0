"""Builders of test documents (PDF, DOCX, zip) and of hand-made profile skills, and a reader of
a report's requirement lines, shared by the test modules."""

from __future__ import annotations

import functools
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from gapcheck.models import GapReport, Mention, ProfileSkill, RequirementResult, SkillProfile
from gapcheck.taxonomy import Skill

REPO = Path(__file__).resolve().parents[1]
"""The repository's root."""
EXAMPLES = REPO / "examples"
"""The shipped example documents."""


def pdf_bytes(*pages: str) -> bytes:
    """A PDF with one page per text, in Helvetica."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def image_only_pdf_bytes() -> bytes:
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("RGB", (40, 40), "gray"), x=10, y=10, w=40)
    return bytes(pdf.output())


def type0_pdf_bytes(to_unicode: bytes, content: bytes, widths: bytes = b"[32 [500]]") -> bytes:
    """One page in a composite (Type0, Identity-H) font with the given ToUnicode map and /W."""
    stream = b"<< /Length %d >>\nstream\n%s\nendstream"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /CV /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        stream % (len(content), content),
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /CV /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /W %s >>" % widths,
        stream % (len(to_unicode), to_unicode),
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def encrypted_pdf_bytes(user_password: str, algorithm: str = "RC4-128") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes("Encrypted Python resume"))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_bytes(build: Callable[[docx.document.Document], None]) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def replace_in_zip(data: bytes, member: str, old: bytes, new: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    assert old in members[member]
    members[member] = members[member].replace(old, new)
    return zip_bytes(members)


@functools.cache
def sample_pdf() -> bytes:
    return pdf_bytes("Python developer\nKubernetes and Terraform", "Second page: SQL")


@functools.cache
def sample_docx() -> bytes:
    def build(document: docx.document.Document) -> None:
        document.add_paragraph("Data engineer")
        document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Spark"

    return docx_bytes(build)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def docx_run(text: str, properties: bytes = b"") -> bytes:
    """A WordprocessingML run (``w:r``) showing ``text``, with run properties (``w:rPr``
    children such as ``<w:vanish/>``)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").encode()
    return (
        b"<w:r><w:rPr>" + properties + b'</w:rPr><w:t xml:space="preserve">' + escaped
        + b"</w:t></w:r>"
    )  # fmt: skip


def one_line_text(size: int, sources: list[str]) -> str:
    """About ``size`` characters of the non-blank lines of ``sources`` (texts), repeated and
    joined by spaces into one line: a resume pasted from a web form that lost its breaks."""
    lines = [line for text in sources for line in text.splitlines() if line.strip()]
    kept: list[str] = []
    length = 0
    while length < size:
        line = lines[len(kept) % len(lines)]
        kept.append(line)
        length += len(line) + 1
    return " ".join(kept)


def entry_resume(title: str, *bullets: str, dates: str | None = "Jan 2020 - Present") -> str:
    """A resume of one experience entry: its title line, its dates on a line of their own
    (none when the title line holds them) and its bullets."""
    lines = ["EXPERIENCE", title, *([dates] if dates else []), *(f"- {b}" for b in bullets)]
    return "\n".join(lines) + "\n"


def mention(text: str, section: str = "skills", start: int = 0) -> Mention:
    """A mention of ``text`` at ``start`` on line 1 of ``section``, the line being ``text``."""
    return Mention(
        text=text, start=start, end=start + len(text), section=section, line=1, context=text
    )


def profile_skill(
    skill: Skill, section: str = "skills", start: int = 0, **fields: object
) -> ProfileSkill:
    """A profile's skill for the taxonomy's ``skill``: one mention of its name in ``section``,
    and ``fields`` (years, usage, importance, ...) as given."""
    return ProfileSkill(
        id=skill.id,
        name=skill.name,
        category=skill.category,
        kind=skill.kind,
        mentions=(mention(skill.name, section, start),),
        **fields,  # type: ignore[arg-type]
    )


def requirement_line(report: GapReport, skill: str) -> RequirementResult:
    """The one requirement line of ``report`` that holds ``skill`` (fails if none, or more)."""
    (line,) = [r for r in report.requirements if skill in r.skills]
    return line


def assert_matched(report: GapReport, skill: str) -> RequirementResult:
    """The requirement line of ``report`` that holds ``skill``, which must be matched (its
    reason is the failure's message)."""
    line = requirement_line(report, skill)
    assert line.status == "matched", line.reason
    return line


def assert_all_matched(report: GapReport, *skills: str) -> None:
    """Each of ``skills`` is on a matched requirement line of ``report``."""
    for skill in skills:
        assert_matched(report, skill)


def posting_item(line: str, section: str = "Requirements") -> SkillProfile:
    """The profile of a posting of one bulleted ``line`` under a ``section`` heading."""
    from gapcheck import extract

    return extract(f"{section}\n- {line}\n", kind="job")


def text_report(resume: str, posting: str) -> GapReport:
    """The report of a ``resume`` text against a ``posting`` text (sources "resume.txt" and
    "job.txt")."""
    from gapcheck import analyze
    from gapcheck.documents import Document

    return analyze(
        Document.from_text(resume, source="resume.txt"),
        Document.from_text(posting, source="job.txt"),
    )
