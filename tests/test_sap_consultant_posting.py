"""An SAP FICO consultant's Indian-style resume against an S/4HANA posting of labelled lines: a
"Project:" line under a job is the job's, not a projects section (the years of both jobs count);
"Education: B.Com / M.Com / MBA" after the preferred list is the education requirement, and
its label names no field; "Work with ABAP developers" asks for no ABAP; "CA / CMA / MBA
Finance" holds no medical assistant; "CO (CCA, PCA, IO, CO-PA)" no principal component
analysis; "client-facing experience" is client-facing work, not account management."""

from __future__ import annotations

import pytest

from builders import assert_matched, entry_resume, posting_item, requirement_line, text_report
from gapcheck import extract
from gapcheck.components.sections import find_sections

POSTING = """\
Job Title: SAP FICO Consultant
Location: Pune / Hyderabad (Hybrid)
Experience: 6-9 Years
Notice Period: Immediate to 30 days

Job Description:
We are looking for an experienced SAP FICO consultant to join our S/4HANA transformation practice.
  The consultant will work with global clients on greenfield and brownfield implementations.

Roles & Responsibilities:
* Lead requirement gathering workshops with finance stakeholders and prepare functional
  specifications (FS) for RICEFW objects.
* Configure GL, AP, AR, Asset Accounting and Bank Accounting in SAP S/4HANA Finance.
* Configure Controlling: cost center accounting, profit center accounting, internal orders and
  product costing.
* Support data migration using LTMC / Migration Cockpit and perform cutover activities.
* Work with ABAP developers on enhancements, and with MM and SD consultants on integration.
* Prepare test scripts, execute SIT and support UAT; provide hypercare support after go-live.

Must Have:
- Minimum 2 end-to-end SAP FICO implementations, at least one on S/4HANA
- Strong knowledge of New GL, document splitting and period-end closing
- Good understanding of FI-MM and FI-SD integration
- Excellent communication skills and client-facing experience

Good to Have:
- SAP certification in S/4HANA Finance
- Exposure to SAP Central Finance or Group Reporting
- CA / CMA / MBA Finance

Education: B.Com / M.Com / MBA or equivalent
"""

RESUME = """\
RAHUL DESHPANDE
SAP FICO Consultant | Pune, Maharashtra | +91 98220 12345 | rahul.deshpande@example.com

PROFESSIONAL SUMMARY
- 7.5 years of experience in SAP FI/CO, including 3 end-to-end implementations (2 on S/4HANA
  1909/2020) and 2 support projects.
- Expertise in GL, AP, AR, Asset Accounting, Bank Accounting, Cost Center Accounting, Profit
  Center Accounting and Internal Orders.
- Hands-on experience in FI-MM and FI-SD integration, document splitting and period-end closing.
- Certified SAP Application Associate - SAP S/4HANA for Financial Accounting (C_TS4FI_2020).

TECHNICAL SKILLS
ERP: SAP S/4HANA Finance, SAP ECC 6.0
Modules: FI (GL, AP, AR, AA, BA), CO (CCA, PCA, IO, CO-PA)
Tools: LTMC, Solution Manager, HP ALM, JIRA, MS Excel

PROFESSIONAL EXPERIENCE

Infosys Ltd, Pune — Senior Consultant (SAP FICO)            Aug 2021 – Present
Project: S/4HANA greenfield implementation for a European chemicals manufacturer
- Conducted blueprint workshops with the client's finance team and wrote functional specifications
  for 14 RICEFW objects.
- Configured New GL with document splitting, parallel ledgers, Asset Accounting and house banks
  with electronic bank statement.
- Configured cost center and profit center accounting and CO-PA.
- Led data migration of GL balances, open items and fixed assets through the Migration Cockpit;
  owned cutover for finance.
- Wrote test scripts, executed SIT cycles and supported UAT; provided 6 weeks of hypercare after
  go-live.

Tata Consultancy Services, Mumbai — Consultant (SAP FI)      Jun 2018 – Jul 2021
Project: ECC 6.0 support and rollout for an Indian FMCG group
- Resolved 400+ incidents in GL, AP, AR and asset accounting within SLA.
- Configured GST tax procedure and e-invoicing; worked with ABAP team on user exits.
- Supported month-end and year-end closing.

EDUCATION
MBA (Finance), Symbiosis Institute of Business Management, Pune — 2018
B.Com, University of Pune — 2016
"""


def test_an_sap_fico_consultant_against_an_s4hana_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("sap-fico", "sap-s4hana", "accounting", "month-end-close", "data-migration"):
        assert_matched(report, skill)
    assert_matched(report, "sap-certification")  # "Certified SAP Application Associate"
    assert requirement_line(report, "client-facing-work").status == "missing"
    asked = {skill for line in report.requirements for skill in line.skills}
    assert not asked & {"abap", "account-management", "certified-medical-assistant", "finance"}
    years = report.resume_experience_years
    assert years is not None and years > 8  # both jobs' dates
    (degree,) = [d for d in report.education if d.job_text.startswith("Education:")]
    assert degree.importance == "required" and not degree.fields


def test_a_project_line_under_a_job_is_part_of_the_job() -> None:
    names = [s.name for s in find_sections(RESUME, "resume")]
    assert "projects" not in names


def test_profit_center_accounting_is_no_principal_component_analysis() -> None:
    profile = extract(RESUME, kind="resume")
    assert "pca" not in {s.id for s in profile.skills}


@pytest.mark.parametrize(
    "line",
    [
        "Work with ABAP developers on enhancements",
        "Collaborate closely with our UX designers",
    ],
)
def test_colleagues_named_by_their_field_are_no_skill_asked(line: str) -> None:
    assert not posting_item(line, "Responsibilities").skills


def test_an_education_label_after_a_preferred_list_asks_for_the_degree() -> None:
    profile = extract(
        "Good to Have:\n- SAP certification\n\nEducation: B.Com / M.Com / MBA or equivalent\n",
        kind="job",
    )
    (degree,) = profile.education
    assert degree.importance == "required" and degree.fields == ()


def test_the_year_end_of_a_split_hyphen_is_claimed() -> None:
    resume = entry_resume("Consultant, TCS", "Supported month-end and year-end closing.")
    assert "month-end-close" in {s.id for s in extract(resume, kind="resume").skills}
