"""A nonprofit's Salesforce administrator against an admin posting: an admin's work is read
(profiles and permission sets, Flows and Process Builder, Data Loader, NPSP), each its own
requirement rather than all folded into "Salesforce"; dashboards built for a director are
reporting dashboards; "gather requirements" and "user stories" are requirements gathering; a
soft skill a degree covers reads "implied by the degree" (it had read "implied by  ·")."""

from __future__ import annotations

import pytest

from builders import assert_matched, requirement_line, text_report
from gapcheck.render._shared import credit_label

POSTING = """\
Salesforce Administrator
Brightpath Nonprofit Solutions | Remote (US)

What you'll do
- Administer Sales Cloud and NPSP for 300 users: profiles, permission sets, roles
- Build Flows and validation rules; retire legacy Process Builder automations
- Maintain reports and dashboards for fundraising and program teams
- Manage data imports and deduplication with Data Loader
- Gather requirements from stakeholders and write user stories

What you bring
- Salesforce Certified Administrator (required)
- Excellent communication skills
"""

RESUME = """\
Priya Desai
priya.desai@example.com | (614) 555-0182

EXPERIENCE
Salesforce Administrator, Kindred Food Bank | 2021 - Present
- Support 180 users on Nonprofit Cloud; manage profiles, permission sets and sharing rules
- Migrated 22 Process Builders to record-triggered Flows
- Built donor retention dashboards used weekly by the development director
- Cleaned 60k contact records with Data Loader and DemandTools
- Gathered requirements for a grants tracking app

CERTIFICATIONS
Salesforce Certified Administrator

EDUCATION
B.A. Communication, Ohio State University, 2019
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "salesforce-administration",
        "salesforce-flow",
        "salesforce-data-loader",
        "npsp",
        "dashboards",
        "requirements-gathering",
        "salesforce-certification",
    ],
)
def test_an_admins_work_is_asked_and_shown(report, skill: str) -> None:
    assert_matched(report, skill)


def test_a_soft_skill_a_degree_covers(report) -> None:
    line = requirement_line(report, "communication")
    assert line.credit_kind == "implied" and line.credited_through is None
    assert credit_label(line) == "implied by the degree"
