"""A DOCX resume as Word writes it: a bullet is list numbering, not a character, so each list
paragraph is read as a bullet ("• "), which the applicant-tracking check counts; a table that
lays the text out in side-by-side columns is read cell by cell and fails the one-column check,
while a table of data (one line a cell) does not."""

from __future__ import annotations

from pathlib import Path

import docx
import docx.document

from builders import docx_bytes, write
from gapcheck import analyze
from gapcheck.documents import read_document

BULLETS = [
    "Own routing and switching for 48 branches; OSPF inside, BGP to two ISPs",
    "Migrated 48 branches from MPLS to SD-WAN, cutting circuit costs by 35%",
    "Cut outage minutes by 60% with automated config backups",
]


def _two_columns(document: docx.document.Document) -> None:
    document.add_paragraph("Daniel Okafor")
    layout = document.add_table(rows=1, cols=2)
    left, right = layout.rows[0].cells
    left.text = "SKILLS"
    left.add_paragraph("OSPF, BGP", style="List Bullet")
    left.add_paragraph("Palo Alto", style="List Bullet")
    right.text = "EXPERIENCE"
    right.add_paragraph("Network Engineer, Puget Sound Bank, Apr 2022 - Present")
    for bullet in BULLETS:
        right.add_paragraph(bullet, style="List Bullet")


def _one_column(document: docx.document.Document) -> None:
    document.add_paragraph("Daniel Okafor")
    document.add_paragraph("daniel@example.com | 253-555-0117")
    document.add_paragraph("EXPERIENCE")
    document.add_paragraph("Network Engineer, Puget Sound Bank, Apr 2022 - Present")
    for bullet in BULLETS:
        document.add_paragraph(bullet, style="List Bullet")
    data = document.add_table(rows=2, cols=2)
    for row, values in zip(data.rows, [("Skill", "Years"), ("BGP", "4")], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


def _check(report, check_id: str):
    [check] = [c for c in report.ats_checks if c.id == check_id]
    return check


def test_list_paragraphs_are_read_as_bullets(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "cv.docx", docx_bytes(_one_column)))
    lines = document.text.splitlines()
    assert [line for line in lines if line.startswith("• ")] == [f"• {b}" for b in BULLETS]
    assert "Daniel Okafor" in lines  # a plain paragraph stays as it is


def test_bullets_with_results_pass_the_measurable_check(tmp_path: Path) -> None:
    resume = write(tmp_path, "cv.docx", docx_bytes(_one_column))
    report = analyze(resume, "Requirements\n- BGP\n- OSPF\n")
    check = _check(report, "measurable-results")
    assert check.passed and check.message.startswith("3 of 3 bullets"), check.message


def test_a_layout_table_fails_the_one_column_check(tmp_path: Path) -> None:
    resume = write(tmp_path, "cv.docx", docx_bytes(_two_columns))
    report = analyze(resume, "Requirements\n- BGP\n")
    assert not _check(report, "layout").passed
    assert requirement_shown(report, "bgp")


def test_a_data_table_passes_the_one_column_check(tmp_path: Path) -> None:
    resume = write(tmp_path, "cv.docx", docx_bytes(_one_column))
    report = analyze(resume, "Requirements\n- BGP\n")
    assert _check(report, "layout").passed


def requirement_shown(report, skill: str) -> bool:
    return any(skill in r.skills and r.status == "matched" for r in report.requirements)
