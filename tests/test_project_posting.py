"""An IT project manager against a project-manager posting: the service desk one works with is
a team, not a skill asked; the project manager's own asks (managing projects, budgets,
vendors, RAID logs, UAT) are read; an employer named by its industry ("Constitution Mutual
Insurance") shows that domain; a practice's software used in an entry ("using MS Project") is
used, not only listed."""

from __future__ import annotations

import pytest

from builders import entry_resume, requirement_line
from gapcheck import analyze, extract

POSTING = """\
IT Project Manager
Harlow & Finch Insurance — Hartford, CT (hybrid, 3 days on site)

Who we are
Harlow & Finch is a mid-size property and casualty insurer modernising its policy and claims
platforms.

The role
You will run two to three concurrent projects in our core-systems portfolio, from initiation to
hand-over, with budgets of $1M to $5M.

Key responsibilities
• Build and own project plans, schedules, RAID logs and status reports.
• Manage scope, budget and vendor deliverables (including SOWs and change requests).
• Run Scrum ceremonies for one delivery team and keep the other projects on a waterfall plan.
• Report progress to the steering committee and escalate risks early.
• Coordinate UAT and cut-over with the business and the service desk.

Required qualifications
• 5+ years managing IT projects, at least 2 in financial services or insurance.
• PMP or PRINCE2 Practitioner certification.
• Working knowledge of Jira and Confluence; MS Project or Smartsheet.
• Strong stakeholder management and negotiation skills.
• Bachelor's degree in Business, Information Systems or a related field.

Preferred
• Certified ScrumMaster (CSM) or PSM I.
• Experience with Guidewire or Duck Creek.
• SAFe exposure.

Salary range: $115,000 – $135,000 plus bonus.
"""

RESUME = """\
DANIEL OKAFOR, PMP
Hartford, CT · daniel.okafor@example.com · (555) 013-8890 · linkedin.com/in/dokafor

SUMMARY
IT project manager with 7 years delivering core-system and integration projects for banks and
insurers, in Agile and waterfall. Calm under pressure; known for clear status reporting.

PROFESSIONAL EXPERIENCE
Senior Project Manager | Constitution Mutual Insurance | Hartford, CT | Jan 2021 – Present
• Managed the $4.2M migration of the claims platform to Guidewire ClaimCenter, delivered on
  budget with 14 vendor and internal team members.
• Ran sprint planning, stand-ups and retrospectives as Scrum Master for a team of 8.
• Built the RAID log and weekly status reports for the steering committee.
• Negotiated two SOW amendments with the implementation partner, saving $310K.

Project Manager | Nutmeg Community Bank | New Haven, CT | Jun 2017 – Dec 2020
• Led 6 waterfall projects (core banking upgrades, ATM network refresh) using MS Project.
• Coordinated UAT with 30 business testers and managed the cut-over weekends.
• Tracked scope changes in Jira and documented decisions in Confluence.

EDUCATION
B.S. Management Information Systems — University of Connecticut, 2017

CERTIFICATIONS
Project Management Professional (PMP), PMI — 2019
Certified ScrumMaster (CSM), Scrum Alliance — 2021

SKILLS
Project planning · Budget management · Risk management · Vendor management · Stakeholder
management · Jira · Confluence · MS Project · Smartsheet · Excel
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_the_service_desk_one_works_with_is_no_requirement(report) -> None:
    assert not any("it-support" in r.skills for r in report.requirements)


@pytest.mark.parametrize(
    "skill",
    [
        "project-management",
        "budgeting",
        "vendor-management",
        "risk-management",
        "acceptance-testing",
        "stakeholder-reporting",
    ],
)
def test_a_project_managers_duties_are_asked(report, skill: str) -> None:
    assert requirement_line(report, skill).importance == "required"


def test_an_insurers_name_shows_the_insurance_domain_with_its_years(report) -> None:
    line = requirement_line(report, "insurance")
    assert (line.status, line.credit_kind) == ("matched", "direct")
    assert not line.years_shortfall


def test_the_project_managers_own_records_and_tools_are_shown_in_use(report) -> None:
    assert not requirement_line(report, "risk-management").listed_only  # "Built the RAID log"
    assert not requirement_line(report, "microsoft-project").listed_only  # "using MS Project"
    assert requirement_line(report, "project-management").status == "matched"


@pytest.mark.parametrize(
    ("title", "industry", "shown"),
    [
        ("Claims Analyst | Harbor Mutual Insurance | 2019 - 2024", "insurance", True),
        ("Store Manager, Northside Retail Group   2019 - 2024", "retail-industry", True),
        ("Benefits Specialist, Acme Corp   2019 - 2024", "insurance", False),
    ],
)
def test_the_employers_industry(title: str, industry: str, shown: bool) -> None:
    resume = extract(entry_resume(title, "Enrolled staff in health insurance.", dates=None))
    assert (industry in {s.id for s in resume.skills}) is shown, title


def test_guidewire_implies_the_insurance_domain() -> None:
    resume = (
        "Jane Doe\n\nEXPERIENCE\nDeveloper, Acme   2019 - 2024\n"
        "- Built Guidewire PolicyCenter rules.\n"
    )
    posting = "Developer\n\nRequirements\n- Experience in the insurance industry.\n"
    line = requirement_line(analyze(resume, posting), "insurance")
    assert (line.status, line.credit_kind) == ("partial", "implied")


def test_safe_exposure_is_asked() -> None:
    job = extract("Project Manager\n\nPreferred\n- SAFe exposure.\n", kind="job")
    assert job.skill("safe") is not None and job.skill("safe").importance == "preferred"
