"""A category buyer against a strategic buyer posting (indirect procurement, the Netherlands):
category strategies, tenders and e-auctions are procurement; "manage the contract lifecycle" and
"Negotiated framework agreements" contract management; "Monitor supplier performance" and a
supplier scorecard vendor management; ESG criteria; CIPS is a procurement certification, not a
supply chain one; "German is a plus" after a semicolon is asked; "Advanced Excel skills (pivot
tables, lookups)" is Excel with its features."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report

POSTING = """\
Strategic Buyer – Indirect Procurement (m/f/d)
Rotterdam, Netherlands | Permanent | 40 hours

Your role
As Strategic Buyer you are responsible for the indirect spend categories facilities, IT hardware
  and professional services (approx. €45 million per year). You develop category strategies, run
  tenders and negotiate framework agreements with suppliers across Europe.

Your tasks
• Develop and execute category strategies together with internal stakeholders
• Run RFI/RFQ/RFP processes and e-auctions in SAP Ariba
• Negotiate prices, terms and contracts; manage the contract lifecycle
• Monitor supplier performance with KPIs and conduct quarterly business reviews
• Identify savings opportunities and report savings to the CPO
• Ensure compliance with our procurement policy and sustainability (ESG) requirements

Your profile
• Master's degree in Business Administration, Supply Chain Management or similar
• At least 5 years of experience in (indirect) procurement or purchasing
• Proven negotiation skills and commercial mindset
• Experience with SAP Ariba or Coupa; SAP MM is an advantage
• Advanced Excel skills (pivot tables, lookups)
• Fluent in English and Dutch; German is a plus
• CIPS certification is a plus

We offer
A competitive salary, 27 holidays, pension scheme and a hybrid way of working.
"""

RESUME = """\
Sanne de Vries
Utrecht, the Netherlands · +31 6 1234 5678 · sanne.devries@example.nl

Profile
Procurement professional with 7 years in indirect purchasing. I turn spend data into category
  plans and negotiate agreements that hold.

Work experience

Category Buyer Indirect, Van Leeuwen Logistics, Utrecht
03/2021 – present
- Manage €30M indirect spend in facility services, marketing and IT; wrote three-year category
  strategies with the business owners
- Ran 25+ tenders (RFQ/RFP) and reverse auctions in Coupa; average savings of 9%
- Negotiated framework agreements and SLAs with 40 suppliers; set up contract management in Coupa
- Introduced a supplier performance scorecard and run quarterly business reviews with key
  suppliers
- Added ESG criteria to supplier selection

Junior Buyer, Albert Heijn (Ahold Delhaize), Zaandam
09/2018 – 02/2021
- Purchase orders and supplier master data in SAP MM for packaging materials
- Spend analysis in Excel (pivot tables, VLOOKUP) for the monthly savings report

Education
MSc Supply Chain Management, Erasmus University Rotterdam, 2018
BSc International Business, Tilburg University, 2016

Certifications
CIPS Level 4 Diploma in Procurement and Supply (2022)

Languages
Dutch (native), English (fluent, C1), German (basic)
"""


def test_a_category_buyer_against_a_strategic_buyer_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("procurement", "contract-management", "vendor-management", "esg", "negotiation"):
        assert_matched(report, skill)
    certification = assert_matched(report, "procurement-certification")
    assert certification.importance == "preferred"
    german = assert_matched(report, "german")
    assert german.importance == "preferred"
    excel = requirement_line(report, "microsoft-excel")
    assert excel.details == ("pivot-tables",)
    assert not [r for r in report.requirements if r.skills == ("pivot-tables",)]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        (
            "Develop and execute category strategies together with internal stakeholders",
            "procurement",
        ),
        (
            "Negotiate prices, terms and contracts; manage the contract lifecycle",
            "contract-management",
        ),
        ("Monitor supplier performance with KPIs", "vendor-management"),
    ],
)
def test_a_buyers_duties_name_their_practices(line: str, skill: str) -> None:
    assert skill in {s.id for s in posting_item(line, "Your tasks").skills}
