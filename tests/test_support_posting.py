"""A support specialist against a SaaS support posting: Intercom is a help desk like Zendesk, so
"Zendesk, Intercom or a similar help desk" is one requirement that Zendesk meets; help center
articles written ("Wrote 60 help center articles that cut repeat tickets") are technical
writing, which shows written communication; a count may stand between a verb and its object."""

from __future__ import annotations

import pytest

from builders import entry_resume, requirement_line
from gapcheck import analyze, extract

POSTING = """\
Customer Support Specialist (SaaS)
Ledgerly · Remote (US)

What you'll do
- Answer customer questions by email, chat and phone in Zendesk, with a first reply under
  2 hours
- Troubleshoot login, billing and integration issues; reproduce bugs and escalate to
  engineering in Jira
- Write and update help center articles
- Spot trends in tickets and share them with the product team

What you need
- 2+ years in customer support for a software product
- Excellent written communication and empathy
- Comfortable with Zendesk, Intercom or a similar help desk
- Basic SQL or API knowledge is a plus
- Able to work a weekend shift once a month
"""

RESUME = """\
Maya Patel
Austin, TX · maya.patel@example.com · (512) 555-0199

Experience
Customer Support Specialist, Paywise (fintech SaaS) — Austin, TX        Apr 2022 – Present
• Resolve 45+ tickets a day across email, chat and phone in Zendesk; CSAT 96%
• Troubleshoot payment and API integration errors with Postman and escalate bugs in Jira
• Wrote 60 help center articles that cut repeat tickets by 18%
• Run the weekly ticket-trends review with product managers

Customer Service Representative, Spectrum — Austin, TX                  Jun 2020 – Mar 2022
• Handled 80 inbound calls a day for billing and outages; top 10% in customer satisfaction

Skills
Zendesk, Intercom, Jira, Postman, SQL (basic), Salesforce Service Cloud, Google Workspace
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_a_help_desk_and_its_products_are_one_requirement(report) -> None:
    line = requirement_line(report, "zendesk")
    assert set(line.skills) >= {"zendesk", "intercom"} and line.status == "matched"
    assert not [r for r in report.requirements if any(s.startswith("other:") for s in r.skills)]


def test_help_articles_written_show_written_communication(report) -> None:
    line = requirement_line(report, "written-communication")
    assert line.credit_kind == "implied" and line.credited_through == "technical-writing"


@pytest.mark.parametrize(
    ("text", "skill", "shown"),
    [
        ("Wrote 14 knowledge base articles that cut tickets", "technical-writing", True),
        ("Buzzed visitors in through the intercom at the front door", "intercom", False),
    ],
)
def test_resume_lines(text: str, skill: str, shown: bool) -> None:
    resume = extract(entry_resume("Agent, Acme   2019 - 2024", text, dates=None))
    assert (skill in resume.skill_ids) is shown
