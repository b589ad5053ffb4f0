"""A BI developer against a Power BI posting: "Microsoft Certified: Power BI Data Analyst
Associate (PL-300)" is one certification, not also a generic Microsoft one; a BI tool implies
dashboards and dimensional modeling a data warehouse; "to gather reporting requirements" in an
entry's bullet shows requirements gathering."""

from __future__ import annotations

from builders import assert_matched, requirement_line, text_report
from gapcheck import extract

POSTING = """\
BI Developer (Power BI)
Harbor Mutual Insurance – Hartford, CT (Hybrid)

Role summary
We need a BI Developer to build and own the semantic models and reports our claims and
underwriting teams rely on.

Responsibilities
- Design star-schema data models and build Power BI reports and dashboards
- Write complex DAX measures and Power Query (M) transformations
- Develop and maintain SSIS packages and T-SQL stored procedures in our SQL Server data
  warehouse
- Implement row-level security and manage workspaces, gateways and refresh schedules in the
  Power BI Service
- Gather requirements from business users and translate them into report specifications
- Tune report performance and document data lineage

Requirements
- 4+ years in BI development with Power BI (or Tableau) and SQL Server
- Expert T-SQL; strong data modeling (Kimball dimensional modeling)
- Experience with SSIS or Azure Data Factory
- Insurance or financial services domain knowledge is a plus
- Microsoft Certified: Power BI Data Analyst Associate (PL-300) preferred
"""

RESUME = """\
KEVIN O'BRIEN
Hartford, CT • 860-555-0131 • kevin.obrien@example.com

PROFILE
Business intelligence developer with 6 years turning SQL Server data into Power BI reports that
claims and finance teams use daily.

WORK HISTORY
BI Developer | Nutmeg Health Plans | Hartford, CT | 03/2021 – Present
• Designed star schemas (Kimball) for claims, members and providers; 45 Power BI reports on top
• Wrote DAX measures (time intelligence, calculation groups) and Power Query transformations
• Built and scheduled SSIS packages and T-SQL stored procedures loading a 2 TB SQL Server
  warehouse
• Set up row-level security, deployment pipelines and on-premises gateways in the Power BI
  Service
• Cut the slowest report's load time from 40 s to 6 s with aggregations and query tuning

Reporting Analyst | Charter Oak Bank | New Haven, CT | 06/2018 – 02/2021
• Built SSRS and Excel reports for branch and loan performance
• Migrated 30 Access databases to SQL Server
• Met with business users to gather reporting requirements and write specs

EDUCATION
B.S. Information Systems, University of Connecticut, 2018

CERTIFICATIONS
Microsoft Certified: Power BI Data Analyst Associate (PL-300), 2022
"""


def test_a_bi_developer_against_a_power_bi_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("dax", "power-query", "t-sql", "dimensional-modeling", "requirements-gathering"):
        assert_matched(report, skill)
    for skill, through in (
        ("dashboards", "power-bi"),
        ("data-warehousing", "dimensional-modeling"),
    ):
        line = requirement_line(report, skill)
        assert line.credit_kind == "implied" and line.credited_through == through
    certifications = {s for line in report.requirements for s in line.skills}
    assert "microsoft-legacy-certification" not in certifications
    assert_matched(report, "power-bi-data-analyst-associate")


def test_a_purpose_verb_in_an_entry_shows_the_practice() -> None:
    text = (
        "EXPERIENCE\nReporting Analyst | Charter Oak Bank | 06/2018 – 02/2021\n"
        "• Met with business users to gather reporting requirements and write specs\n"
        "• Completed an introduction to project management course\n"
    )
    found = {s.id for s in extract(text, kind="resume").skills}
    assert "requirements-gathering" in found and "project-management" not in found
