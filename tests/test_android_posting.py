"""An Android developer against a senior Android posting: "Bachelor of Computer Science" holds
its field (it had met the level only); "unit and UI tests (JUnit, Espresso)" are two kinds of
tests with their tools, not one either/or group that JUnit alone meets, and Espresso implies UI
testing; TalkBack and "accessibility" beside apps are accessibility; publishing to Google Play,
"review their code" and "Mentor two junior developers" are read; "Kotlin Coroutines" shows
coroutines in use."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Senior Android Engineer
Trailhead Health — Remote (US/Canada)

Who we are
Trailhead builds a patient app used by 2M people to manage chronic conditions. Our mobile team
is small, senior and ships weekly.

What you will do
* Build new features in Kotlin with Jetpack Compose, following our MVVM architecture
* Own app performance: startup time, jank, memory leaks and battery usage
* Write unit and UI tests (JUnit, Espresso, Compose testing) and keep our CI (GitHub Actions,
  Fastlane) green
* Work with product designers, backend engineers and QA to ship accessible, HIPAA-compliant
  features
* Mentor mid-level engineers and review their code

What we are looking for
* 5+ years building Android apps, 2+ with Kotlin
* Deep knowledge of Coroutines and Flow, Room, Retrofit and dependency injection (Hilt or
  Dagger)
* Experience publishing and maintaining apps on Google Play
* Understanding of accessibility (TalkBack) and offline-first design
* BS in Computer Science or equivalent experience

Bonus points
* Kotlin Multiplatform or Flutter
* Experience in healthcare or another regulated industry
* Published open source libraries
"""

RESUME = """\
Marisol Vega
Android Developer · Toronto, ON · marisol.vega@example.com · +1 416 555 0178 · github.com/mvega

Summary
Android developer with 6 years of experience shipping consumer apps in Kotlin and Java.
Comfortable owning features end to end, from Figma to the Play Store.

Experience

Senior Android Developer | Northbeam Fitness | Toronto | 2021 – Present
- Rewrote the workout tracker in Jetpack Compose and MVVM; crash-free sessions rose from 97.1%
  to 99.6%
- Moved networking from RxJava to Kotlin Coroutines and Flow; Retrofit + OkHttp, Room for the
  offline cache
- Set up Hilt for dependency injection across 14 modules
- Cut cold start time by 40% with baseline profiles and lazy initialization; fixed memory leaks
  found with LeakCanary
- Built the release pipeline on GitHub Actions and Fastlane; publish weekly to Google Play with
  staged rollouts
- Mentor two junior developers and run our Android guild's code reviews

Android Developer | Lumen Bank | Toronto | 2018 – 2021
- Built account and payments screens in Java and later Kotlin (XML layouts, Dagger 2)
- Added TalkBack support and content descriptions to meet WCAG 2.1 AA
- Wrote Espresso and JUnit tests; raised coverage from 35% to 70%
- Worked in a regulated environment (PCI DSS audits)

Education
Bachelor of Computer Science, University of Waterloo, 2018

Skills
Kotlin, Java, Jetpack Compose, Android SDK, Coroutines, Flow, Room, Retrofit, Hilt, Dagger,
Firebase, Git, Gradle
Open source: maintainer of compose-charts (1.2k GitHub stars)
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "jetpack-compose",
        "junit",
        "espresso",
        "web-accessibility",
        "app-store-publishing",
        "code-review",
        "mentoring",
        "dependency-injection",
    ],
)
def test_an_android_developer_s_work_is_asked_and_shown(report, skill: str) -> None:
    assert_matched(report, skill)


def test_a_bachelor_of_computer_science_holds_its_field(report) -> None:
    (degree,) = report.education
    assert degree.status == "matched" and degree.credit == 1


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Bachelor of Computer Science, University of Waterloo, 2018", ("computer-science",)),
        ("Master of Engineering, 2016", ("engineering",)),
        ("Bachelor of Science, 2016", ()),
    ],
)
def test_a_degree_s_name_may_hold_its_field(line: str, fields: tuple[str, ...]) -> None:
    (degree,) = extract(f"EDUCATION\n{line}\n", kind="resume").education
    assert degree.fields == fields


def test_unit_and_ui_tests_are_two_requirements(report) -> None:
    unit = requirement_line(report, "unit-testing")
    ui = requirement_line(report, "end-to-end-testing")
    assert unit is not ui and unit.skills == ("unit-testing",)
    assert ui.credit_kind == "implied" and ui.credited_through == "espresso"
    assert posting_item("Write unit and UI tests (JUnit, Espresso)").groups == ()


def test_coroutines_in_a_bullet_show_them_in_use(report) -> None:
    assert not assert_matched(report, "asynchronous-programming").listed_only


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("- Mentor two junior developers and review their code", True),
        ("- Completed Harvard Manage Mentor and Mentor Graphics training", False),
        ("- Our mentor helped me learn Python", False),
    ],
)
def test_the_verb_mentor_needs_whom_it_mentors(text: str, kept: bool) -> None:
    profile = extract("EXPERIENCE\nEngineer, Acme, 2019 - 2023\n" + text + "\n", kind="resume")
    assert ("mentoring" in {s.id for s in profile.skills}) is kept
