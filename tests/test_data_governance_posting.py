"""A data quality analyst against a bank's data governance posting of minimum and preferred
qualifications: the employer under a title line ("Carolina Federal Credit Union") shows banking,
which is financial services; "across Risk, Finance and Consumer Banking" names departments, not
a finance requirement; critical data elements, business glossaries, traced lineage and
Informatica Data Quality are data governance's; BCBS 239, CCAR and HMDA are regulatory
compliance; DAMA's CDMP is a certification; a preferred line does not repeat what a required
group already asks ("data governance, data management or data quality")."""

from __future__ import annotations

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Data Governance Analyst
Northbridge Bank | Charlotte, NC | Hybrid

Minimum qualifications:
Bachelor's degree in Information Systems, Business, or equivalent practical experience.
3 years of experience in data governance, data management or data quality in financial services.
Experience with a data catalog (e.g., Collibra, Alation, or Informatica Axon).
Experience writing SQL to profile data and investigate data quality issues.

Preferred qualifications:
Knowledge of BCBS 239, CCAR or other regulatory reporting requirements.
Experience defining critical data elements (CDEs), data lineage and business glossaries.
DAMA CDMP certification.
Familiarity with Python for data quality automation.

About the job
The Enterprise Data Office sets the standards for how Northbridge defines, owns and controls its
  data. As a Data Governance Analyst you will partner with data owners and data stewards across
  Risk, Finance and Consumer Banking.

Responsibilities
Maintain the business glossary and metadata in Collibra.
Document end-to-end data lineage for regulatory reports.
Define data quality rules and thresholds with data stewards, and monitor them in our DQ tool.
Run data governance council meetings and track issues to resolution.
Support audits and regulatory exams with evidence of data controls.
"""

RESUME = """\
MEI-LIN CHAO
Charlotte, NC  ·  704-555-0133  ·  meilin.chao@example.com

PROFESSIONAL EXPERIENCE

DATA QUALITY ANALYST                                                   Jun 2021 – Present
Carolina Federal Credit Union, Charlotte, NC
• Own 180 data quality rules for member, loan and deposit data in Informatica Data Quality; built
  the DQ scorecard reviewed monthly by the data governance committee
• Catalogued 1,200 business terms and 60 critical data elements in Alation with their owners and
  stewards
• Traced lineage for the call report and HMDA filings from source systems to the reporting layer
• Wrote SQL (Oracle, Snowflake) to profile data and root-cause data issues; automated checks in
  Python
• Prepared evidence for NCUA examinations and internal audit

BUSINESS ANALYST                                                        Aug 2018 – May 2021
Queen City Insurance, Charlotte, NC
• Gathered reporting requirements from claims and underwriting teams; built Tableau dashboards
• Documented data definitions for the claims data mart

EDUCATION
B.S. Information Systems, UNC Charlotte, 2018

CERTIFICATIONS
DAMA Certified Data Management Professional (CDMP) – Associate, 2023

SKILLS
Proficient: SQL, Informatica Data Quality, Alation, Excel
Familiar: Python, Collibra, Tableau, Snowflake
"""


def test_a_data_quality_analyst_against_a_data_governance_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("data-catalogs", "data-lineage", "regulatory-compliance", "cdmp", "sql"):
        assert_matched(report, skill)
    services = requirement_line(report, "financial-services")
    assert services.credited_through == "banking" and services.resume_years
    assert services.resume_years > 5
    asked = [line.skills for line in report.requirements]
    assert ("finance",) not in asked
    assert len([s for s in asked if "data-governance" in s]) == 1


def test_the_employer_under_a_title_line_shows_its_industry() -> None:
    resume = (
        "EXPERIENCE\nDATA ANALYST                  Jun 2021 - Present\n"
        "Carolina Federal Credit Union, Charlotte, NC\n- Built loan reports in SQL\n"
    )
    assert "banking" in {s.id for s in extract(resume, kind="resume").skills}


def test_departments_after_across_are_no_requirement() -> None:
    line = "Partner with data owners and data stewards across Risk, Finance and Consumer Banking"
    assert "finance" not in {s.id for s in posting_item(line, "Responsibilities").skills}
