"""An iOS developer against an iOS posting: "Kotlin / Android experience" under "Bonus points"
is a preferred item, not a heading of requirements; memory management is a topic of its own,
not systems programming; fastlane and Xcode Cloud are CI tools, so "our CI pipeline (Xcode
Cloud, fastlane)" is one requirement met in part by fastlane; "REST and GraphQL APIs" asks
for REST and GraphQL, which are kinds of API development; a finance employer earns nothing
for "HIPAA or other healthcare privacy rules"; a quoted posting line ends where its line does."""

from __future__ import annotations

import pytest

from builders import requirement_line, text_report

POSTING = """\
iOS Engineer
Brightline Health - New York, NY

In this role you will
• Build new features in Swift and SwiftUI
• Integrate with our REST and GraphQL APIs
• Ship every two weeks through our CI pipeline (Xcode Cloud, fastlane)

About you
You have 3+ years of professional iOS development experience. You understand the iOS app
lifecycle, memory management and Core Data.

Bonus points
Experience with HIPAA or other healthcare privacy rules
Kotlin / Android experience
Objective-C
"""

RESUME = """\
Priya Ramanathan
priya.r@example.com | 917-555-0199

WORK EXPERIENCE
Mobile Engineer (iOS) | Pennywise Finance | New York, NY | Jan 2021 - Present
• Rebuilt onboarding in SwiftUI; completion rose from 61% to 78%
• Synced workouts offline with Core Data through a REST API
• Set up fastlane to ship to TestFlight on every merge

SKILLS
Swift, SwiftUI, Objective-C, Core Data, Xcode
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


def test_bonus_items_stay_preferred(report):
    assert requirement_line(report, "kotlin").importance == "preferred"
    assert requirement_line(report, "objective-c").importance == "preferred"


def test_memory_management_is_its_own_topic(report):
    assert requirement_line(report, "memory-management").importance == "required"
    assert "systems-programming" not in {s for r in report.requirements for s in r.skills}


def test_a_ci_pipeline_with_its_tools_is_one_requirement(report):
    line = requirement_line(report, "continuous-integration")
    assert set(line.details) == {"xcode-cloud", "fastlane"}
    assert line.details_shown == ("fastlane",)
    assert line.status == "partial"


def test_rest_and_graphql_apis_ask_for_no_third_skill(report):
    asked = {s for r in report.requirements for s in r.skills}
    assert {"rest-api", "graphql"} <= asked
    assert "api-development" not in asked


def test_an_industry_is_like_no_other(report):
    line = requirement_line(report, "hipaa")
    assert line.credit == 0, line.reason


def test_a_quoted_posting_line_ends_with_its_line(report):
    line = requirement_line(report, "hipaa")
    assert line.job_text == "Experience with HIPAA or other healthcare privacy rules"
