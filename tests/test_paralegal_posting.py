"""A litigation paralegal against a paralegal posting: legal work is a category of its own
(legal.toml), so drafting, e-discovery in Relativity, Bluebook cite-checking, CM/ECF filing and
Westlaw research are asked by name and shown; "Relativity" the physics and "Clio" the car are
no software."""

from __future__ import annotations

import pytest

from builders import entry_resume, requirement_line, text_report
from gapcheck import extract
from gapcheck.documents import Document

POSTING = """\
Litigation Paralegal
Hollis & Grant LLP - Chicago, IL

Duties
- Draft pleadings, discovery requests and responses for attorney review
- Manage document productions and privilege review in Relativity
- Cite-check briefs and prepare tables of authorities (Bluebook)
- File documents with state and federal courts (CM/ECF)
- Conduct legal research on Westlaw or Lexis

Qualifications
- 3+ years of litigation paralegal experience at a law firm
- Notary public commission a plus
"""

RESUME = """\
Renee Okafor
renee.okafor@example.com - (312) 555-0168

Experience
Senior Litigation Paralegal - Marlow Keane LLP, Chicago, IL       2021 - Present
- Drafted discovery requests and responses, subpoenas and deposition notices
- Ran document review and 12 productions in RelativityOne, including privilege logs
- Cite-checked briefs on Westlaw and built tables of authorities
- E-filed in Cook County and N.D. Ill. (CM/ECF)

Certifications
Notary Public, State of Illinois
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    ["legal-drafting", "e-discovery", "relativity", "legal-citation", "court-filing", "westlaw"],
)
def test_legal_work_is_asked_and_shown(report, skill):
    line = requirement_line(report, skill)
    assert line.status == "matched", line.reason


def test_litigation_years_and_the_notary(report):
    assert requirement_line(report, "litigation").min_years == 3
    notary = requirement_line(report, "notary-public")
    assert (notary.importance, notary.status) == ("preferred", "matched")


def test_physics_and_cars_are_no_legal_software():
    text = entry_resume(
        "Physics Tutor", "Taught general relativity to 30 students", "Drove a Renault Clio"
    )
    profile = extract(Document.from_text(text, source="resume.txt"), kind="resume")
    assert not {"relativity", "clio"} & {s.id for s in profile.skills}
