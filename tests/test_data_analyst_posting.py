"""A marketing analyst against a data analyst's posting: "Built 12 Looker dashboards" shows the
dashboards and the tool; "power calculations" are hypothesis testing, which shows statistical
inference; presenting to the CMO shows presentation skills."""

from __future__ import annotations

import pytest

from builders import entry_resume, requirement_line
from gapcheck import analyze, extract

POSTING = """\
Data Analyst, Marketing
Fernway Outdoor · Denver, CO (hybrid, 3 days in office)

You'll partner with our marketing and e-commerce teams to turn data into decisions.

Key responsibilities
- Build and maintain dashboards in Tableau for campaign, funnel and customer KPIs
- Write SQL to pull and model data from our Snowflake warehouse
- Analyse A/B tests and campaign performance; present findings to non-technical stakeholders
- Own weekly and monthly performance reporting for the marketing leadership team
- Partner with data engineering on tracking plans and data quality (GA4, Segment)

Requirements
- 2+ years in a data or marketing analytics role
- Strong SQL (window functions, CTEs)
- Experience with a BI tool (Tableau, Looker or Power BI)
- Working knowledge of statistics for experimentation (significance, power, confidence intervals)
- Excellent communication and storytelling with data
- Python or R for analysis is a plus
- Familiarity with Google Analytics 4 and marketing attribution is nice to have
"""

RESUME = """\
Lena Fischer
Denver, CO · lena.fischer@example.com · (720) 555-0116

PROFILE
Analyst with three years in e-commerce analytics. I like clean data, clear charts and
questions that change what a team does next.

WORK HISTORY
Marketing Analyst — Summit Gear Co., Boulder, CO (Feb 2022 – Present)
- Built 12 Looker dashboards for paid social, email and site funnel metrics used by 40 people
- Wrote SQL (CTEs, window functions) against BigQuery to model customer cohorts and LTV
- Designed and analysed 30+ A/B tests with the growth team, including power calculations
- Presented monthly marketing performance reviews to the CMO and channel leads
- Set up GA4 event tracking with the web team and audited UTM tagging

Junior Data Analyst — Peak Insights (agency), Denver, CO (Jun 2020 – Jan 2022)
- Produced weekly client reports in Excel and Google Data Studio
- Cleaned survey data in Python (pandas) and ran regressions in R

EDUCATION
B.A. Economics, University of Colorado Boulder, 2020

SKILLS
SQL, BigQuery, Looker, LookML, Tableau (basic), Excel, Python (pandas), R, GA4, statistics,
A/B testing, data visualization
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_dashboards_built_in_a_bi_tool_are_dashboards(report) -> None:
    line = requirement_line(report, "dashboards")
    assert line.status == "matched" and any(e.section == "experience" for e in line.evidence)


def test_power_calculations_show_statistical_inference(report) -> None:
    line = requirement_line(report, "statistical-inference")
    assert line.credit_kind == "implied" and line.credited_through == "hypothesis-testing"


def test_presenting_to_the_cmo_shows_communication(report) -> None:
    line = requirement_line(report, "communication")
    assert line.credit_kind == "implied" and line.credited_through == "presentation-skills"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Built Tableau dashboards for the sales team", {"tableau", "dashboards"}),
        ("Presented the quarterly results to the CEO", {"presentation-skills"}),
    ],
)
def test_a_resume_line_shows(text: str, found: set[str]) -> None:
    resume = extract(entry_resume("Analyst, Acme   2019 - 2024", text, dates=None))
    assert found <= set(resume.skill_ids), resume.skill_ids
