"""A senior technical writer against a developer documentation posting: "Technical Writer" on
a title line counts the entry's years of technical writing (it had been "listed only" with no
dated years, shown by a minor in education); an API reference is API documentation, not API
development; a writing style guide (Google's, Microsoft's) is no design system."""

from __future__ import annotations

import pytest

from builders import (
    assert_all_matched,
    assert_matched,
    posting_item,
    requirement_line,
    text_report,
)
from gapcheck import extract

POSTING = """\
Technical Writer, Developer Documentation
Fernway Cloud · Remote (US)

What you'll do
- Write and maintain API reference docs, tutorials and how-to guides for our REST and GraphQL
  APIs
- Work in a docs-as-code workflow: Markdown, Git, pull requests and a static site generator
  (Docusaurus)
- Generate reference docs from OpenAPI specifications and keep code samples (Python, JavaScript,
  cURL) tested
- Interview engineers and product managers to understand new features before release
- Improve information architecture and search across docs.fernway.io

What we're looking for
- 3+ years of technical writing experience for developer audiences
- Ability to read code in at least one programming language
- Familiarity with REST APIs, JSON and authentication (OAuth 2.0)
- Excellent written English and a strong eye for detail
- Experience with style guides (Google developer documentation style guide or Microsoft Writing
  Style Guide)

Bonus
- Experience with DITA or MadCap Flare
- Video tutorials or diagrams (Mermaid, draw.io)
"""

RESUME = """\
Sam Whitfield
Technical Writer | sam.whitfield@example.com | (503) 555-0102 | Portland, OR | samwrites.dev

Experience

Senior Technical Writer — Tessellate Payments (Jul 2021 – Present)
* Own the API reference and guides for 120 REST endpoints; reference pages generated from
  OpenAPI 3 specs with Redocly
* Moved our docs to a docs-as-code workflow (Markdown, GitHub pull requests, Docusaurus); review
  turnaround fell from 5 days to 1
* Wrote quickstarts with tested Python and Node.js samples; support tickets about onboarding
  dropped 30%
* Interviewed engineers and PMs for every release and wrote the release notes
* Maintain our style guide, based on the Google developer documentation style guide

Technical Writer — Oregon Health Systems (Aug 2018 – Jun 2021)
* Wrote user manuals and online help in MadCap Flare for a clinical scheduling product
* Created process diagrams in draw.io and short video tutorials with Camtasia
* Restructured the help center's information architecture; search success rose from 48% to 71%

Education
BA, English (Technical Communication minor), Portland State University, 2018

Skills
Markdown, reStructuredText, Git, OpenAPI/Swagger, Postman, JSON, OAuth 2.0, Python (reading and
samples), MadCap Flare, Confluence, Jira
"""


def test_a_technical_writer_against_a_developer_documentation_posting() -> None:
    report = text_report(RESUME, POSTING)
    writing = assert_matched(report, "technical-writing")
    assert not writing.listed_only and not writing.years_shortfall
    assert writing.resume_years is not None and writing.resume_years > 8
    for skill in ("api-documentation", "openapi", "markdown", "information-architecture"):
        assert_matched(report, skill)
    skills = {s for line in report.requirements for s in line.skills}
    assert "design-systems" not in skills and "api-development" not in skills
    assert requirement_line(report, "graphql").status == "partial"


def test_a_ui_style_guide_is_a_design_system() -> None:
    line = "Maintain the UI style guides and Figma components"
    assert "design-systems" in {s.id for s in posting_item(line).skills}


def test_a_docs_toolchain_is_read() -> None:
    item = posting_item(
        "Experience with a static site generator such as Docusaurus or Hugo, DITA XML or other"
        " structured authoring, and prose linting with Vale"
    )
    found = {s.id for s in item.skills}
    assert {"static-site-generators", "docusaurus", "hugo", "dita", "prose-linting"} <= found
    assert "static-code-analysis" not in found


def test_the_resumes_tools_meet_the_docs_requirements() -> None:
    report = text_report(
        "EXPERIENCE\nTechnical Writer - Acme, 2019 - Present\n"
        "- Migrated 600 pages to docs-as-code (Markdown + Git + Hugo), every change through pull"
        " request review\n- Added Vale prose linting with custom rules\n"
        "- Worked in two-week sprints with the platform team\n",
        "Requirements\n- A static site generator such as Hugo or Jekyll\n"
        "- Prose linting with Vale\n"
        "- Submit and review pull requests\n- Experience working in an Agile team\n",
    )
    assert_all_matched(report, "static-site-generators", "vale", "code-review", "agile")


@pytest.mark.parametrize(
    "text",
    [
        "Dr Jekyll and Mr Hyde was on the reading list; Hugo Boss suits",
        "The vale below the ridge; a hidden gem of a town",
        "Robot localization and mapping with lidar; path planning",
    ],
)
def test_everyday_senses_are_no_docs_tools(text: str) -> None:
    profile = extract(f"Summary\n{text}\n", kind="resume")
    found = {s.id for s in profile.skills}
    assert found.isdisjoint({"jekyll", "hugo", "vale", "gem", "localization"})
