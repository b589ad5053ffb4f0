"""A bank teller against a credit union's teller posting: a teller's work is read (deposits and
withdrawals, account opening, BSA/AML and its reports, fraud, cash handling); core banking
systems (Jack Henry, Fiserv) are a skill of their own, not trading platforms; and examples
after the last item of a list are that item's ("Microsoft Office, core banking software such
as Jack Henry or Fiserv" asks for both, not for either)."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report

POSTING = """\
Bank Teller
Riverbend Federal Credit Union | Dayton, OH

What you'll do
- Process deposits, withdrawals, loan payments and cashier's checks accurately
- Open new checking and savings accounts
- Follow BSA/AML and KYC procedures
- Detect and prevent check fraud

What you bring
- 1+ year of cash handling experience
- Comfortable with Microsoft Office, core banking software such as Jack Henry or Fiserv
"""

RESUME = """\
JORDAN ELLIS
937-555-0150 | jordan.ellis@example.com

EXPERIENCE
Teller II | Miami Valley Community Bank | Feb 2023 - Present
- Handle 120+ transactions a day: deposits, withdrawals, loan payments and cashier's checks
- Balance cash drawer and assist with vault and ATM balancing
- Opened 60 checking and savings accounts in Jack Henry SilverLake
- Complete CTRs under BSA/AML rules; caught two check fraud attempts
- Prepare monthly branch reports in Microsoft Excel, Word and Outlook
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "teller-operations",
        "account-opening",
        "aml-kyc",
        "fraud-prevention",
        "cash-handling",
        "core-banking-systems",
    ],
)
def test_a_tellers_work_is_asked_and_shown(report, skill):
    assert_matched(report, skill)


def test_examples_after_a_list_are_of_its_last_item(report):
    office = requirement_line(report, "microsoft-office")
    banking = requirement_line(report, "core-banking-systems")
    assert office is not banking
    assert "microsoft-office" not in banking.skills


def test_core_banking_is_no_trading_platform():
    skills = {s.id for s in posting_item("Experience with Fiserv or Temenos T24").skills}
    assert "core-banking-systems" in skills and "trading-platforms" not in skills


def test_examples_of_the_only_item_still_make_a_group():
    item = posting_item("Cloud platforms such as AWS or GCP")
    [group] = item.groups
    assert set(group.skills) == {"cloud-platforms", "aws", "google-cloud"}
