"""Builders of test documents (PDF, DOCX, zip), shared by the test modules."""

from __future__ import annotations

import functools
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter


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
