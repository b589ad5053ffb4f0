"""A performance marketer against a B2B SaaS demand generation posting: "Own a $900K annual paid
media budget" claims budgeting (an amount and two describing words between the verb and its
object); "marketing automation platforms (HubSpot, Marketo or Pardot)" is one requirement that
HubSpot meets; "HubSpot or Google Ads certifications" asks for a certification, not for HubSpot;
"Wrote copy for paid ads" is copywriting in use; account-based marketing is a skill of its own."""

from __future__ import annotations

import pytest

from builders import assert_matched, entry_resume, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Digital Marketing Manager – B2B SaaS
Hybrid (Austin, TX) · Full-time

About us
Ledgerly makes accounts-payable automation software for mid-market finance teams. Our marketing
  team of eight owns pipeline from first touch to opportunity.

The role
You will own our demand generation programs across paid search, paid social, email and content,
  manage a budget of about $1.2M a year, and report on pipeline and CAC to the VP of Marketing.

What you'll do
- Plan, launch and optimize campaigns on Google Ads and LinkedIn Ads
- Build nurture programs and lead scoring in HubSpot (or Marketo)
- Own SEO strategy with our content lead: keyword research, on-page optimization, technical audits
- Run A/B tests on landing pages and emails and report results
- Build dashboards in GA4 and Looker Studio; track attribution and funnel conversion
- Work with Sales and RevOps on lead routing and SLAs in Salesforce

What we're looking for
- 5+ years in B2B digital marketing, ideally SaaS
- Hands-on experience with marketing automation platforms (HubSpot, Marketo or Pardot)
- Proven track record managing paid media budgets of $500K+
- Strong analytical skills; comfortable with Excel or Google Sheets and basic SQL
- Excellent written communication and copywriting skills
- Bachelor's degree in Marketing, Business or a related field

Nice to have
- Experience with account-based marketing (6sense, Demandbase)
- HubSpot or Google Ads certifications
- Familiarity with Webflow or WordPress

Benefits: 401(k) match, health insurance, 20 days PTO, learning budget.
"""

RESUME = """\
PRIYA NAIR
Austin, TX | priya.nair@example.com | linkedin.com/in/priyanair

SUMMARY
Performance marketer with 6 years in B2B tech. I build demand generation programs that turn paid
  and organic traffic into pipeline, and I like proving it with data.

EXPERIENCE
Senior Demand Generation Manager, Cloudline (B2B SaaS, Series C) — Austin, TX
Mar 2021 – Present
• Own a $900K annual paid media budget across Google Ads, LinkedIn and Capterra; cut cost per MQL
  by 34% in 12 months
• Rebuilt lead scoring and 14 nurture workflows in HubSpot; MQL-to-SQL conversion rose from 11% to
  19%
• Ran 40+ A/B tests on landing pages (Unbounce) and emails; documented results in a shared test log
• Built the marketing performance dashboard in Looker Studio from GA4 and Salesforce data, using
  SQL in BigQuery
• Partnered with sales ops on lead routing rules in Salesforce

Digital Marketing Specialist, Brightpath Software — Dallas, TX
Jun 2018 – Feb 2021
• Managed SEO for a 300-page site: keyword research in Ahrefs, on-page fixes, technical audits
  with Screaming Frog; organic sessions +120%
• Wrote copy for paid ads, email campaigns and product pages
• Launched the company's first account-based marketing pilot with Demandbase for 50 target accounts

EDUCATION
B.B.A. in Marketing, University of Texas at Arlington, 2018

SKILLS
Google Ads, LinkedIn Ads, HubSpot (Marketing Hub), Salesforce, GA4, Looker Studio, BigQuery, SQL
  (basic), Excel, Ahrefs, SEMrush, Unbounce, WordPress, copywriting, A/B testing

CERTIFICATIONS
Google Ads Search Certification (2023); HubSpot Inbound Marketing Certification (2022)
"""


def test_a_performance_marketer_against_a_demand_generation_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("budgeting", "copywriting", "account-based-marketing", "lead-generation"):
        assert_matched(report, skill)
    automation = assert_matched(report, "marketing-automation")
    assert set(automation.skills) == {"marketing-automation", "hubspot", "marketo", "pardot"}
    assert automation.credited_for == "hubspot"
    certification = assert_matched(report, "marketing-certification")
    assert certification.skills == ("marketing-certification",)
    assert not requirement_line(report, "copywriting").listed_only


@pytest.mark.parametrize(
    "bullet",
    [
        "Own a $900K annual paid media budget across Google Ads and LinkedIn",
        "Managed a $2M budget for trade shows",
        "Managed a €500k+ budget",
        "Managed the paid media budget",
    ],
)
def test_an_amount_and_describing_words_stand_between_a_verb_and_its_object(bullet: str) -> None:
    profile = extract(entry_resume("Marketing Manager, Acme", bullet), kind="resume")
    assert "budgeting" in {s.id for s in profile.skills}


def test_three_describing_words_are_too_many() -> None:
    # A verb does not claim a practice three plain words before its name.
    resume = entry_resume("Analyst, Acme", "Managed the big internal team budget")
    profile = extract(resume, kind="resume")
    assert "budgeting" not in {s.id for s in profile.skills}


@pytest.mark.parametrize(
    ("line", "group"),
    [
        (
            "Hands-on experience with marketing automation platforms (HubSpot, Marketo or Pardot)",
            {"marketing-automation", "hubspot", "marketo", "pardot"},
        ),
        (
            "Experience with observability tools (Datadog, Prometheus, Grafana)",
            {"observability", "datadog", "prometheus", "grafana"},
        ),
    ],
)
def test_examples_in_brackets_after_a_plural_kind_stand_in_for_it(
    line: str, group: set[str]
) -> None:
    profile = posting_item(line)
    assert [set(g.skills) for g in profile.groups] == [group]


@pytest.mark.parametrize(
    "line",
    [
        "Production experience on Amazon Web Services (S3, EMR, Glue, Lambda, IAM)",
        "Enter prescriptions into the pharmacy system (PioneerRx)",
    ],
)
def test_a_product_or_one_system_keeps_its_brackets_as_details(line: str) -> None:
    # A product whose name ends in a kind's word, or one system: no either/or group.
    assert not posting_item(line).groups


@pytest.mark.parametrize(
    ("line", "certifications"),
    [
        ("HubSpot or Google Ads certifications", {"marketing-certification"}),
        ("AWS or Azure certification a plus", {"aws-certification", "azure-certification"}),
    ],
)
def test_a_name_before_a_credential_shares_its_last_word(
    line: str, certifications: set[str]
) -> None:
    profile = posting_item(line)
    ids = {s.id for s in profile.skills} | {s.id for s in profile.certifications}
    assert ids == certifications
