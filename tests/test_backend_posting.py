"""A backend engineer against a backend posting: a duty asks for what its verb acts on, also
past one word describing it ("operate high-throughput microservices", "lead incident
postmortems") and after a verb of taking part ("take part in code reviews"); a knowledge area
named beside a tool in a duty is asked ("use Redis for caching"), and "for" alone joins no
either/or group; "Spring Boot microservices" shows both Spring Boot and microservices."""

from __future__ import annotations

import pytest

from builders import entry_resume, requirement_line, text_report
from gapcheck import extract
from gapcheck.documents import Document

POSTING = """\
Senior Backend Engineer (Java)
Northwind Payments - Remote (US)

What you'll do
- Design, build and operate high-throughput microservices in Java 17 and Spring Boot
- Model data in PostgreSQL; use Redis for caching
- Write integration tests (JUnit 5, Testcontainers) and take part in code reviews
- Participate in the on-call rotation and lead incident postmortems

What we're looking for
- 5+ years of professional backend development experience, including 3+ years with Java
- Experience with relational databases (PostgreSQL or MySQL)
- Excellent written and verbal communication skills
"""

RESUME = """\
Daniel Okafor
daniel.okafor@example.com | (512) 555-0142

EXPERIENCE

Software Engineer II, Backend - Ledgerly, Austin, TX
March 2019 - Present
- Built and run 6 Spring Boot microservices (Java 17) that settle 1.2M transactions a day
- Added Redis caching for merchant configuration
- Wrote integration tests with JUnit 5 and Testcontainers
- On-call for the payments platform; wrote 12 incident postmortems

SKILLS
Java, Kotlin, SQL, PostgreSQL, MySQL, Redis, Docker
"""


@pytest.fixture(scope="module")
def posting():
    return extract(Document.from_text(POSTING, source="job.txt"), kind="job")


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    ["microservices", "caching", "code-review", "site-reliability-engineering"],
)
def test_a_duty_asks_for_what_its_verb_acts_on(posting, skill):
    found = next(s for s in posting.skills if s.id == skill)
    assert found.importance == "required"


def test_for_joins_no_group(posting):
    assert not any({"redis", "caching"} <= set(group.skills) for group in posting.groups)


def test_spring_boot_microservices_shows_both(report):
    for skill in ("microservices", "spring-boot", "caching", "site-reliability-engineering"):
        line = requirement_line(report, skill)
        assert line.status == "matched", line.reason
        assert not line.listed_only


def test_a_verb_of_taking_part_needs_its_preposition():
    # "believe in" takes no part in anything: no code review is asked.
    text = "Engineer\n\nWhat you'll do\n- Believe in code reviews as a team habit\n"
    posting = extract(Document.from_text(text, source="job.txt"), kind="job")
    assert "code-review" not in {s.id for s in posting.skills}
    shown = extract(
        Document.from_text(entry_resume("Engineer", "Took part in code reviews"), source="r"),
        kind="resume",
    )
    assert "code-review" in {s.id for s in shown.skills}


def test_a_role_with_stated_years_gives_the_years_of_its_skill():
    text = (
        "SUMMARY\nBackend engineer with 7 years of experience building payment services.\n\n"
        "SKILLS\nJava, PostgreSQL\n"
    )
    profile = extract(Document.from_text(text, source="resume.txt"), kind="resume")
    backend = next(s for s in profile.skills if s.id == "backend-development")
    assert backend.years == 7
    # The skill after the years is the one meant: "with 10 years of SQL" is SQL's.
    text = "SUMMARY\nData engineer with 10 years of SQL.\n\nSKILLS\nPython\n"
    profile = extract(Document.from_text(text, source="resume.txt"), kind="resume")
    years = {s.id: s.years for s in profile.skills}
    assert years.get("sql") == 10
    assert years.get("data-engineering") != 10


def test_a_unit_after_a_titles_level_is_shown(report):
    line = requirement_line(report, "backend-development")
    assert line.status == "matched", line.reason
    assert any("Software Engineer II, Backend" in e.context for e in line.evidence)
