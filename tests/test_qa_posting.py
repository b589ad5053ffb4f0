"""A QA automation engineer (resume as a PDF) against a QA posting: "a Playwright + TypeScript
framework" is the tool, not a dramatist; Newman is Postman's runner, so "Postman/Newman or REST
Assured" is one either/or requirement; "end-to-end test automation" names test automation; a
skill named without years has the years of a narrower skill that implies it (Playwright's)."""

from __future__ import annotations

import pytest

from builders import pdf_bytes, requirement_line
from gapcheck import analyze
from gapcheck.documents import Document, read_document

POSTING = """\
QA Automation Engineer
Parcelwise - Austin, TX

Responsibilities
- Design, build and maintain automated UI tests with Playwright or Cypress (TypeScript)
- Automate API tests for our REST services using Postman/Newman or REST Assured

Requirements
- 3+ years in software QA, at least 2 of them in test automation
- Experience with Playwright, Cypress or Selenium WebDriver
"""

RESUME = """\
Marisol Reyes
marisol.reyes@example.com | 512-555-0110

PROFILE
QA engineer with 5 years of experience, the last 3 building end-to-end test automation for web
applications.

EXPERIENCE
QA Automation Engineer | Freightline Software | Austin, TX | Feb 2023 - Present
- Built a Playwright + TypeScript framework with 450 end-to-end tests
- Automated 300 API tests in Postman and ran them with Newman in GitHub Actions
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    path = tmp_path_factory.mktemp("qa") / "resume.pdf"
    path.write_bytes(pdf_bytes(RESUME))
    return analyze(read_document(path), Document.from_text(POSTING, source="job.txt"))


def test_a_playwright_framework_is_the_tool(report):
    line = requirement_line(report, "playwright")
    assert line.status == "matched", line.reason
    assert not line.listed_only


def test_postman_newman_or_rest_assured_is_one_requirement(report):
    line = requirement_line(report, "postman")
    assert set(line.skills) == {"postman", "rest-assured"}
    assert line.status == "matched"


def test_test_automation_has_the_years_of_the_tool(report):
    line = requirement_line(report, "test-automation")
    assert line.min_years == 2
    assert line.status == "matched", line.reason
    assert not line.years_shortfall
