"""An event planner against a conference center's coordinator posting: event planning shown by
the role and by "Plan and execute 120+ events a year", the venue's software, BEOs and the CMP
are read; budgets built beside proposals and timelines are budgeting; the CMP of events is no
consent management platform; a perk's "corporate events" asks for no event planning."""

from __future__ import annotations

from builders import assert_matched, posting_item, text_report

POSTING = """\
Event Coordinator
Lakeside Conference Center | Madison, WI

Responsibilities
- Meet clients, understand goals and build event proposals, timelines and budgets
- Build floor plans and seating charts in Social Tables and manage bookings in Tripleseat
- Create banquet event orders (BEOs) and coordinate with the kitchen and banquet staff

Requirements
- 2+ years of event planning experience
- CMP certification is a plus
"""

RESUME = """\
Olivia Grant
Madison, WI · olivia.grant.events@example.com · (608) 555-0156

EXPERIENCE
Event Planner, Capitol Hotel & Suites, Madison, WI — Apr 2021 – Present
- Plan and execute 120+ events a year, from board meetings to 600-guest galas
- Write proposals, timelines and budgets; negotiate with caterers and florists
- Build floor plans and seating charts in Social Tables; manage bookings in Tripleseat
- Write BEOs and brief the banquet captain and chef before every event

CERTIFICATIONS
Certified Meeting Professional (CMP), 2024
"""


def test_an_event_planner_against_a_conference_centers_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "event-management",
        "event-management-software",
        "banquet-event-orders",
        "budgeting",
        "cmp-certification",
    ):
        assert_matched(report, skill)


def test_a_perk_of_corporate_events_asks_for_no_event_planning() -> None:
    item = posting_item("Regular entertaining corporate events and fresh fruit", section="Perks")
    assert "event-management" not in {s.id for s in item.skills}
