"""A loan processor against a bank's mortgage loan processor posting: the work of lending (loan
processing, underwriting, income and asset verification, appraisals and title, disclosures),
the loan programmes, the agency's systems (DU, LPA), the lending rules (TRID, RESPA) and the
loan origination systems are read, with the NMLS registration; "underwriting" is no insurance,
and the department files are sent to is no skill asked; "associate or bachelor's degree
preferred" accepts an associate degree; a credit union named "Great Plains" is no Dynamics
GP."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
Mortgage Loan Processor
Heartland Community Bank — Omaha, NE

Key responsibilities:
1. Review loan files for completeness: income, assets, credit reports and appraisals
2. Order and review title, flood certifications and VOEs
3. Submit files to underwriting and clear conditions with borrowers and loan officers
4. Ensure compliance with TRID and RESPA; prepare initial and closing disclosures
5. Keep the pipeline current in Encompass

Requirements:
- 2+ years of mortgage processing experience (conventional, FHA, VA and USDA loans)
- DU and LPA findings
- Associate or bachelor's degree preferred

Preferred:
- NMLS registration
- Experience with Calyx Point or Byte
"""

RESUME = """\
Alicia Romero
Council Bluffs, IA · 712-555-0123 · alicia.romero@example.com

Professional Experience

Senior Loan Processor | Midlands Home Mortgage | Omaha, NE | 2022 – present
- Calculate income for salaried, self-employed and rental borrowers
- Order appraisals, title, flood certs and VOEs; review for red flags before submission
- Run DU and LPA and clear underwriting conditions with borrowers and loan officers
- Prepare Loan Estimates and Closing Disclosures within TRID timelines
- Manage a pipeline of 40+ loans in Encompass

Loan Processor | Great Plains Credit Union | Lincoln, NE | 2020 – 2022
- Processed home equity and first mortgage loans; verified income, assets and credit
- Used Calyx Point for loan setup and document tracking

Education
Associate of Applied Science, Business — Metropolitan Community College, 2019

Licenses
NMLS #2045871 (registered)
"""


def test_a_loan_processor_against_a_mortgage_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "loan-processing",
        "income-verification",
        "appraisal-and-title",
        "loan-disclosures",
        "mortgage-regulations",
        "automated-underwriting",
        "encompass",
        "nmls-license",
        "calyx-point",
    ):
        assert_matched(report, skill)
    asked = {s for r in report.requirements for s in r.skills}
    # "Submit files to underwriting": the department, neither insurance nor the practice
    assert not {"insurance", "underwriting-practice"} & asked
    # the titles show loan processing for every dated year, beyond the 2+ asked
    processing = assert_matched(report, "loan-processing")
    assert processing.credit == 1 and not processing.years_shortfall
    (degree,) = report.education
    assert degree.level == "associate-degree" and degree.status == "matched"
    assert "dynamics-gp" not in {s.id for s in extract(RESUME, kind="resume").skills}


def test_an_insurer_still_asks_for_its_underwriting() -> None:
    posting = extract(
        "Commercial Underwriter\n\nRequirements\n- 3+ years of commercial lines underwriting"
        " in the insurance industry\n",
        kind="job",
    )
    ids = {s.id for s in posting.skills}
    assert {"underwriting-practice", "insurance"} <= ids
