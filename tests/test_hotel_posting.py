"""A hotel front desk lead against a front office supervisor posting: the front desk's work
(check-in and check-out, room moves, the night audit, balancing cash drawers), the hotel's
systems (OPERA, OnQ), guest service as customer service and the hotel industry are read; a
hotel that is the employer shows the industry, one booked for a trip does not."""

from __future__ import annotations

import pytest

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
Front Office Supervisor
The Alder Hotel, Seattle (214 rooms)

What you will do
- Supervise check-in and check-out, room assignments and upgrades in Opera PMS
- Resolve guest complaints and service recovery situations on the spot
- Balance cash drawers and review the night audit reports

What we need
- 2+ years of front desk experience in a full-service hotel, 1 year as a lead or supervisor
- Excellent customer service and problem-solving skills
"""

RESUME = """\
KEIKO NAKAMURA
Seattle, WA · 206-555-0173 · keiko.nakamura@example.com

EXPERIENCE

Front Desk Lead · Hotel Magnolia, Seattle · 2022 – Present
- Lead a team of 8 guest service agents on the AM and PM shifts
- Handle check-ins, check-outs, room moves and upgrades in OnQ and Opera Cloud
- Handled VIP arrivals and service recovery for escalated guest complaints
- Ran the night audit twice a week and balanced cash and credit card drawers
"""


def test_a_front_desk_lead_against_a_front_office_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "front-desk",
        "night-audit",
        "cash-handling",
        "opera-pms",
        "customer-service",
        "team-leadership",  # "1 year as a lead or supervisor"
        "food-service-industry",  # the employer is a hotel
    ):
        assert_matched(report, skill)


@pytest.mark.parametrize(
    "line", ["Booked flights and hotels for the executive team", "Hotel bookings for 40 staff"]
)
def test_a_hotel_booked_for_a_trip_is_no_industry(line: str) -> None:
    resume = extract(f"Experience\nExecutive Assistant, Acme, 2020 - 2024\n- {line}\n")
    assert "food-service-industry" not in {s.id for s in resume.skills}
