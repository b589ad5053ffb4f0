"""A multifamily community manager against a property manager posting: property management
(rent collection, evictions, unit turns) and residential leasing are skills of their own (the
words had been the real estate industry), the property systems are tools of their own kind, a
bracket of other tools of one kind after a tool offers choices ("Yardi Voyager (RealPage or
Entrata also considered)"), and the NAA's and IREM's credentials are read."""

from __future__ import annotations

from builders import assert_matched, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Property Manager – Multifamily (312 units)
Riverbend Residential | Boise, ID

Responsibilities
• Collect rent, manage delinquencies and process evictions in compliance with Idaho law
• Prepare the annual operating budget and monthly variance reports for ownership

Requirements
• 3+ years of multifamily property management experience
• Proficiency in Yardi Voyager (RealPage or Entrata also considered)

Preferred
• CAM (Certified Apartment Manager) or CPM designation
• Lease-up experience
"""

RESUME = """\
Jordan Whitaker
Meridian, ID • (208) 555-0130 • jordan.whitaker@example.com

Experience
Community Manager, Sagebrush Apartments, Boise, ID — 2019 to present
- Built and managed the $2.1M annual operating budget; monthly variance reports to the owner
- Reduced delinquency from 4% to 1.2%; handled evictions with our attorney
- Led tours, processed applications and screened residents in Entrata

Certifications
Certified Apartment Manager (CAM), National Apartment Association, 2023
"""


def test_a_community_manager_against_a_property_manager_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "property-management",
        "budgeting",
        "financial-reporting",
        "property-management-certification",
    ):
        assert_matched(report, skill)
    systems = assert_matched(report, "entrata")
    assert set(systems.skills) == {"yardi", "realpage", "entrata"}  # one choice
    assert requirement_line(report, "residential-leasing").importance == "preferred"


def test_a_language_in_brackets_after_a_framework_is_no_choice_of_it() -> None:
    posting = extract("Requirements\n- Hadoop, Hive, Spark (Scala or PySpark)\n", kind="job")
    assert [set(g.skills) for g in posting.groups] == [{"scala", "pyspark"}]
