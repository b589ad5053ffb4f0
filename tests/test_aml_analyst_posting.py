"""An AML investigator against a bank's AML/KYC analyst posting: sanctions screening (OFAC),
suspicious activity reports and the monitoring systems (Actimize, Verafin) are read; the bank's
business lines the role partners with are no skills asked; "CDD/EDD" is enhanced due diligence,
not a doctorate; customer due diligence is no M&A work; FinCEN's e-filing is no court filing; an
AML case management system is no social casework."""

from __future__ import annotations

from builders import assert_all_matched, posting_item, text_report
from gapcheck import extract

POSTING = """\
AML/KYC Compliance Analyst
Harbor Bank - Charlotte, NC

About the role
You will review transaction monitoring alerts and prepare SAR narratives for FinCEN.
This role partners closely with Retail, Commercial Banking and Treasury Management.

What you'll do
- Review and disposition alerts generated in NICE Actimize SAM
- Screen customers against the OFAC SDN list; clear potential matches in World-Check

What you'll bring
- Working knowledge of the Bank Secrecy Act, USA PATRIOT Act and OFAC regulations
- Experience with a transaction monitoring or case management system (Actimize, Verafin)
"""

RESUME = """\
Dana Okafor
Charlotte, NC · dana.okafor@example.com

EXPERIENCE
AML Investigator | Tryon Savings Bank | Charlotte, NC | Mar 2022 - Present
- Review 35-45 Actimize SAM alerts per day and close or escalate them within the SLA
- Wrote 60+ SAR narratives filed through the FinCEN BSA E-Filing System
- Clear OFAC and sanctions hits in Bridger Insight XG; document the rationale
- Conduct enhanced due diligence on MSBs, cash-intensive businesses and PEPs

SKILLS
NICE Actimize, Verafin, World-Check One, CIP/CDD/EDD, SAR and CTR filing
"""


def test_an_aml_investigator_against_a_banks_posting() -> None:
    report = text_report(RESUME, POSTING)
    assert_all_matched(
        report,
        "aml-kyc",
        "sanctions-screening",
        "suspicious-activity-reporting",
        "aml-monitoring-software",
    )
    asked = {skill for line in report.requirements for skill in line.skills}
    assert asked.isdisjoint({"retail-industry", "banking", "financial-management"})
    assert asked.isdisjoint({"social-case-management", "oracle-database"})


def test_the_resumes_words_of_other_fields_are_not_read() -> None:
    profile = extract(RESUME, kind="resume")
    found = {skill.id for skill in profile.skills}
    assert found.isdisjoint({"mergers-and-acquisitions", "court-filing", "work-ethic"})
    assert {degree.level for degree in profile.education} == set()


def test_oracle_mantas_is_no_oracle_database() -> None:
    item = posting_item("Experience with Oracle Mantas or a similar monitoring system")
    assert "oracle-database" not in {s.id for s in item.skills}


def test_a_bankers_list_written_as_domains_is_still_read() -> None:
    item = posting_item("Domains: worked with Security, Retail, Travel and Real Estate")
    assert "retail-industry" in {s.id for s in item.skills}


def test_due_diligence_of_a_deal_is_still_mergers_and_acquisitions() -> None:
    item = posting_item("Lead financial due diligence on acquisitions and investments")
    assert "mergers-and-acquisitions" in {s.id for s in item.skills}
