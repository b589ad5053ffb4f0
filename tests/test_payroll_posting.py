"""A payroll specialist against a healthcare payroll posting: full-cycle and multi-state
payroll, payroll tax (941s, W-2s, SUTA), wage garnishments and the payroll certifications are
read; "Certified Payroll Professional (CPP)" is no C++; "wage and hour laws" is employment law,
not two fragments; "File ... returns" is a duty like "Prepare"."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
Payroll Specialist
Cedar Valley Health Partners — Des Moines, IA

Essential Functions
1. Process multi-state payroll in ADP Workforce Now, including new hires and terminations
2. Calculate and process garnishments, child support orders and tax levies
3. File quarterly payroll tax returns (941, state unemployment) and year-end W-2s

Qualifications
- 3+ years of full-cycle payroll experience
- Working knowledge of FLSA, federal and state wage and hour laws
- Fundamental Payroll Certification (FPC) or Certified Payroll Professional (CPP) preferred
"""

RESUME = """\
Angela Brooks, FPC
Ankeny, IA | (515) 555-0107 | angela.brooks@example.com

WORK EXPERIENCE
Payroll Specialist — Hawkeye Manufacturing Co., Ankeny, IA
April 2021 to Present
• Process weekly and bi-weekly payroll for 2,400 employees in 6 states in ADP Workforce Now
• Administer wage garnishments, child support and IRS levies
• Prepare 941s, SUTA filings and W-2s; respond to state tax notices and FLSA audits

CERTIFICATIONS
Fundamental Payroll Certification (FPC), American Payroll Association, 2022

SKILLS
ADP Workforce Now, Excel, FLSA compliance, multi-state payroll tax
"""


def test_a_payroll_specialist_against_a_payroll_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "payroll",
        "payroll-tax",
        "wage-garnishments",
        "adp",
        "employment-law",
        "payroll-certification",
    ):
        assert_matched(report, skill)
    asked = {s for r in report.requirements for s in r.skills}
    assert "cpp" not in asked  # the CPP is a payroll certification
    assert not {s for s in asked if s.startswith("other:")}  # no "state wage", "hour laws"


def test_fpc_alone_may_be_a_circuit() -> None:
    resume = extract("Skills\nFPC and PCB layout, SMT assembly, IPC-A-610\n", kind="resume")
    assert "payroll-certification" not in {s.id for s in resume.certifications}
