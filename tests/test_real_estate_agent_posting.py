"""A buyer's agent against a brokerage's posting: the agent's sales work (showings, offers,
transactions, open houses), the agent's software and "negotiate price" are read; a client's
budget qualified is no budgeting asked."""

from __future__ import annotations

from builders import assert_matched, text_report

POSTING = """\
Real Estate Agent (Buyer's Agent)
Keystone Realty Group | Charlotte, NC

What you'll do
- Work buyer leads: respond fast, qualify needs and budget, and set showings
- Show homes, write competitive offers and negotiate price, repairs and closing terms
- Keep every lead and transaction in Follow Up Boss and dotloop

Requirements
- Active North Carolina real estate broker license
- 1+ year of residential real estate sales experience
"""

RESUME = """\
Tanya Brooks
Charlotte, NC · (704) 555-0161 · tanya@brooksrealestate.example.com

EXPERIENCE
Buyer's Agent, Queen City Homes (eXp Realty), Charlotte, NC — Mar 2022 – Present
- Closed 38 buyer transactions ($12.4M volume)
- Write offers and negotiate price, repairs and seller concessions
- Track leads and deals in Follow Up Boss; manage contracts in dotloop

LICENSES
North Carolina Real Estate Broker License (2022)
"""


def test_a_buyers_agent_against_a_brokerage_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "real-estate-sales",
        "real-estate-software",
        "negotiation",
        "real-estate-license",
    ):
        assert_matched(report, skill)
    assert "budgeting" not in {s for r in report.requirements for s in r.skills}
