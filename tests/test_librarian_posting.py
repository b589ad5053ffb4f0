"""A public services librarian against a university's research and instruction librarian
posting: the library's work (reference and research consultations, information literacy
instruction, LibGuides, collection development, interlibrary loan) and its systems (Alma and
Primo, OCLC WorldShare, Koha) are read, and so is the MLIS; a realtor's MLS is no library
degree; a researcher's Google Scholar profile asks for no literature searching."""

from __future__ import annotations

from builders import assert_all_matched, posting_item, text_report
from gapcheck import extract

POSTING = """\
Research & Instruction Librarian
Cedar Basin State University Library

RESPONSIBILITIES
- Teach course-integrated information literacy sessions informed by the ACRL Framework
- Provide research consultations and reference service in person and by chat (LibChat)
- Create and maintain LibGuides; select materials for assigned departments

REQUIRED QUALIFICATIONS
- MLS/MLIS from an ALA-accredited program
- Experience with an integrated library system such as Ex Libris Alma/Primo or OCLC
  WorldShare Management Services
"""

RESUME = """\
Priya Castellanos, MLIS
Eugene, OR · priya.castellanos@example.org

EDUCATION
MLIS, University of Washington Information School (ALA-accredited), 2022

PROFESSIONAL EXPERIENCE
Adult Services Librarian - Willamette Public Library, Eugene, OR
Aug 2022 - Present
- Staff the reference desk and virtual reference, answering 150+ questions a month
- Teach library instruction workshops on online databases and digital literacy
- Handle interlibrary loan requests through OCLC WorldShare; catalog records in Koha
- Built 12 LibGuides for psychology and social work courses

SKILLS
Information literacy instruction, research consultations, collection development, Alma/Primo VE
"""


def test_a_librarian_against_a_universitys_posting() -> None:
    report = text_report(RESUME, POSTING)
    assert_all_matched(
        report,
        "library-science",
        "reference-services",
        "information-literacy-instruction",
        "springshare-libguides",
        "integrated-library-systems",
    )
    (degree,) = report.education
    assert degree.level == "mlis" and degree.status == "matched", degree.reason


def test_a_koha_catalog_is_library_cataloguing() -> None:
    found = {skill.id for skill in extract(RESUME, kind="resume").skills}
    assert {"koha", "library-cataloging", "interlibrary-loan", "oclc"} <= found


def test_a_realtors_mls_is_no_library_degree() -> None:
    item = posting_item("Knowledge of the Charlotte market and MLS (Canopy MLS)")
    assert item.education == ()


def test_a_researchers_google_scholar_profile_asks_for_no_searching_skill() -> None:
    item = posting_item("Please provide your Google Scholar profile link", section="To apply")
    assert "literature-databases" not in {s.id for s in item.skills}
