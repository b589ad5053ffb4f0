"""A staff accountant against a staff accountant's posting: the period close, reconciliations
and audit support are skills of their own, a posting's duties ask for them ("Prepare monthly
financial statements", "Support the annual audit"), and "3 years in general ledger accounting
and month-end close" states the years of both."""

from __future__ import annotations

import re

import pytest

from builders import posting_item, requirement_line
from gapcheck import analyze, extract

POSTING = """\
Staff Accountant
Harbor Point Foods — Portland, OR (Hybrid)

About us
Harbor Point Foods is a family-owned seafood distributor with $180M in annual revenue.

What you'll do
- Own the month-end close for two entities: journal entries, accruals, prepaid and fixed
  asset schedules
- Reconcile bank, credit card and intercompany accounts; investigate and clear variances
- Prepare monthly financial statements and variance analysis for the Controller
- Support the annual audit and prepare PBC schedules
- Process AP and AR as needed during peak season
- Help improve close processes and documentation

What we're looking for
- Bachelor's degree in Accounting or Finance
- 2-4 years of general ledger accounting experience; public accounting a plus
- Solid understanding of US GAAP
- Advanced Excel (VLOOKUP/XLOOKUP, pivot tables)
- Experience with NetSuite or a similar ERP
- CPA or working toward CPA preferred
- Strong attention to detail and ability to meet deadlines

Benefits
- Medical, dental and vision; 401(k) with match
"""

RESUME = """\
MARIA GONZALEZ
Portland, OR | maria.gonzalez@example.com | (503) 555-0148 | linkedin.com/in/mariagonzalez

SUMMARY
Staff accountant with 3 years in general ledger accounting and month-end close for a
multi-entity distributor. Comfortable with NetSuite, Excel and audit support.

EXPERIENCE
Staff Accountant — Cascade Supply Co., Portland, OR                    Jun 2022 – Present
• Close the books monthly for 3 entities: journal entries, accruals, prepaid amortization
  and fixed asset roll-forwards; close cut from 9 to 6 business days
• Reconcile 14 bank and credit card accounts and intercompany balances in NetSuite
• Prepare monthly P&L and balance sheet variance analysis for the Controller
• Prepared PBC schedules and was the main contact for the external auditors (2023, 2024)

Accounting Assistant — Ridgeline Dental Group, Salem, OR               Jan 2021 – May 2022
• Processed 400+ vendor invoices a month in QuickBooks Online and ran weekly check runs
• Posted customer payments and followed up on past-due accounts receivable

EDUCATION
B.S. Accounting, Oregon State University, 2020

SKILLS
NetSuite, QuickBooks Online, Excel (pivot tables, XLOOKUP, Power Query), US GAAP,
account reconciliation, month-end close, financial reporting
CERTIFICATIONS
CPA candidate — passed FAR and AUD (2024)
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_the_duties_ask_for_their_skills(report) -> None:
    for skill in ("month-end-close", "financial-reporting", "financial-analysis", "auditing"):
        assert requirement_line(report, skill).importance == "required", skill


def test_the_close_is_shown_in_use_with_its_years(report) -> None:
    # The summary states 3 years; "• Close the books monthly" opens a bullet of the entry of
    # Jun 2022 to present, which shows more.
    line = requirement_line(report, "month-end-close")
    assert line.status == "matched" and not line.listed_only
    assert line.resume_years is not None and line.resume_years >= 3.0
    assert "Close the books" in line.resume_terms


def test_years_stated_for_two_skills_at_once() -> None:
    resume = extract(
        "Summary\nAccountant with 3 years in general ledger accounting and month-end close.\n",
        kind="resume",
    )
    close = resume.skill("month-end-close")
    assert close is not None and close.years == 3.0


def test_audit_support_and_variance_analysis_are_shown_in_use(report) -> None:
    for skill in ("auditing", "financial-analysis"):
        line = requirement_line(report, skill)
        assert line.status == "matched" and not line.listed_only, skill
        assert any(e.section == "experience" for e in line.evidence), skill


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Prepare monthly financial statements for the Controller", "financial-reporting"),
        ("Support the annual audit and prepare PBC schedules", "auditing"),
        ("Perform monthly bank reconciliations", "account-reconciliation"),
        ("Own the month-end close for two entities", "month-end-close"),
        ("Processed payroll for 120 employees", "payroll"),
    ],
)
def test_duties_of_accounting(line: str, skill: str) -> None:
    job = posting_item(line, "Responsibilities")
    assert skill in job.skill_ids, job.skill_ids


def test_a_word_of_the_close_in_passing_asks_nothing() -> None:
    job = extract("About us\nWe close the books on a record year.\n", kind="job")
    found = job.skill("month-end-close")
    assert found is None or found.importance is None


# ----------------------------------------------------------------- a certification on its way


def test_a_cpa_candidate_meets_a_posting_that_accepts_one_on_the_way(report) -> None:
    line = requirement_line(report, "cpa")
    assert line.status == "matched" and not line.in_progress
    assert "in progress, which the posting accepts" in line.reason


def test_a_cpa_candidate_is_no_cpa_yet() -> None:
    posting = POSTING.replace("CPA or working toward CPA preferred", "CPA preferred")
    report = analyze(RESUME, posting)
    line = requirement_line(report, "cpa")
    assert line.status == "partial" and line.in_progress
    assert line.credit == report.weights.certification_in_progress
    assert "not held yet" in line.reason


@pytest.mark.parametrize(
    ("line", "pending"),
    [
        ("CPA candidate — passed FAR and AUD (2024)", {"cpa": True}),
        ("Pursuing the PMP certification", {"pmp": True}),
        ("CPA; PMP (in progress)", {"cpa": False, "pmp": True}),
        ("CPA, PMP", {"cpa": False, "pmp": False}),
    ],
)
def test_a_certification_on_its_way(line: str, pending: dict[str, bool]) -> None:
    resume = extract(f"Certifications\n{line}\n", kind="resume")
    for skill_id, expected in pending.items():
        found = resume.skill(skill_id)
        assert found is not None and found.in_progress is expected, skill_id


def test_the_letter_counts_the_skills_it_names() -> None:
    from gapcheck.tailor import draft_cover_letter

    letter = draft_cover_letter(analyze(RESUME, POSTING))
    found = re.search(r"also asks for (.+?), and I have used (each of them|it)\.", letter.strengths)
    assert found is not None
    one = ", " not in found.group(1) and " and " not in found.group(1)
    assert (found.group(2) == "it") is one


@pytest.mark.parametrize(
    "line", ["Reconcile bank accounts monthly", "Reconciling bank statements for 3 entities"]
)
def test_reconciling_bank_accounts_asks_for_account_reconciliation(line):
    assert "account-reconciliation" in {s.id for s in posting_item(line).skills}
