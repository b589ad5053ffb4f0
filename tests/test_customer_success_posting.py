"""A customer success manager against a mid-market CSM posting written with arrows: "What you'll
own" is the role's duties; net and gross revenue retention are customer retention, onboarding
new customers customer success; "B2B SaaS | Onboarding | Renewals" under the name is no employee
onboarding (a sense that needs a cue in a list needs one of its own, not its category's "b2b");
"Experience in the trades, construction or field services (bonus!)" is one preferred
requirement, implied by a resume's plumbing and HVAC customers."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract
from gapcheck.components.sections import find_sections

POSTING = """\
Customer Success Manager, Mid-Market
Remote (US) — $85,000–$105,000 + variable

Who we are
Fieldnote is a field-service management platform used by 3,000 HVAC, plumbing and electrical
  contractors.

What you'll own
A book of ~60 mid-market accounts ($4M ARR). You'll onboard new customers, drive adoption, run
  QBRs, and own renewals and expansion with your Account Executive partner.

In this role you will:
→ Lead onboarding and implementation projects from kickoff to go-live
→ Monitor account health (usage, NPS, support tickets) in Gainsight and act on churn risk
→ Run quarterly business reviews with owners and operations managers
→ Forecast renewals and identify upsell opportunities
→ Bring the voice of the customer to Product

You might be a fit if you have:
→ 3+ years in customer success or account management at a B2B SaaS company
→ A track record of hitting gross and net revenue retention targets
→ Comfort with data: you can build a report in Salesforce and read a dashboard
→ Excellent presentation skills and executive presence
→ Experience in the trades, construction or field services (bonus!)
"""

RESUME = """\
JORDAN ELLIS
Denver, CO • (303) 555-0147 • jordan.ellis@example.com • linkedin.com/in/jordanellis

CUSTOMER SUCCESS MANAGER
B2B SaaS | Onboarding | Renewals | Churn Reduction

EXPERIENCE

ServiceTitan-style scheduling startup: Routewise — Senior Customer Success Manager
Denver, CO | Jan 2022 – Present
* Manage 45 mid-market accounts ($3.1M ARR); 96% gross revenue retention and 112% net revenue
  retention in 2024
* Led 30+ onboardings from kickoff to go-live in an average of 41 days
* Built health scores in Gainsight from product usage and NPS; cut logo churn from 11% to 6%
* Ran QBRs with owners and service managers of plumbing and HVAC companies
* Partnered with account executives on renewals and upsells ($420K expansion in 2024)
* Built renewal forecast reports and dashboards in Salesforce

Account Manager — Brightline Payroll, Boulder, CO
May 2019 – Dec 2021
* Managed renewals for 120 small-business clients; presented product updates at quarterly webinars
* Escalated product feedback from customers to the product team

EDUCATION
B.A. Communication Studies, Colorado State University (2019)

TOOLS
Gainsight, Salesforce, HubSpot, Zendesk, Looker, Slack, Zoom
"""


def test_a_customer_success_manager_against_a_csm_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("customer-success", "customer-retention", "gainsight", "salesforce"):
        assert_matched(report, skill)
    trades = requirement_line(report, "construction-industry")
    assert trades.importance == "preferred" and trades.status == "partial"
    assert trades.credited_through in ("plumbing", "hvac")
    assert "employee-onboarding" not in {s.id for s in report.extra}
    assert not [r for r in report.requirements if r.id.startswith("other:")]


def test_what_youll_own_holds_duties() -> None:
    names = {s.heading: s.name for s in find_sections(POSTING, "job")}
    assert names["What you'll own"] == "responsibilities"


@pytest.mark.parametrize(
    ("line", "importance"),
    [
        ("Experience in Python, Java or Scala (bonus!)", "preferred"),
        ("Python and Spark (a plus)", "required"),  # the bracket is Spark's
    ],
)
def test_a_bracketed_cue_after_an_either_or_list_governs_the_list(
    line: str, importance: str
) -> None:
    skills = {s.id: s.importance for s in posting_item(line).skills}
    assert skills["python"] == importance


def test_a_tagline_under_the_name_names_no_employee_onboarding() -> None:
    resume = "Jordan Ellis\nCUSTOMER SUCCESS MANAGER\nB2B SaaS | Onboarding | Renewals\n"
    assert "employee-onboarding" not in {s.id for s in extract(resume, kind="resume").skills}
