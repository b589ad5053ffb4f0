"""A posting as job boards print it, with fields of the employer's industries: the industries
are domains the posting names, found but not asked for, and the line under an "Industry"
heading is its value, whatever its words. A language asked as "the German language" is asked."""

from __future__ import annotations

import pytest

from gapcheck import analyze, extract

POSTING = """\
Backend Engineer (Java)
Northwind Payments - Munich, Germany

Job type:
Full-time
Industry:
Banking Financial Technology IT Consulting
Company size:
1k-5k people

Your mission
- Build and run the payment services in Java and Spring Boot.
- Work with the German team in Munich and the product owners.

What you need
- 4+ years of experience with Java.
- Good knowledge of the German and English language is required.

Industries
Staffing and Recruiting
"""

RESUME = """\
Lena Park
lena.park@example.com

EXPERIENCE
Backend Engineer, Acme Bank, Berlin    03/2020 - Present
- Built payment services in Java and Spring Boot for the bank's retail banking arm.

SKILLS
Java, Spring Boot, PostgreSQL
Languages: English (fluent)
"""


def test_industry_fields_name_domains_that_are_no_requirements() -> None:
    job = extract(POSTING, kind="job")
    by_id = {skill.id: skill for skill in job.skills}
    for domain in ("banking", "fintech", "management-consulting", "recruitment"):
        assert domain in by_id, domain
        assert by_id[domain].importance is None, domain
        assert {m.section for m in by_id[domain].mentions} == {"industry"}, domain
    assert by_id["java"].importance == "required"


def test_the_line_under_an_industry_heading_is_its_value() -> None:
    job = extract(POSTING, kind="job")
    names = [(s.name, s.heading) for s in job.sections]
    assert ("industry", "Industries") in names
    assert not any(heading == "Staffing and Recruiting" for _, heading in names)


def test_the_report_asks_for_no_industry() -> None:
    report = analyze(RESUME, POSTING)
    asked = {skill for requirement in report.requirements for skill in requirement.skills}
    assert not asked & {"banking", "fintech", "management-consulting", "recruitment"}
    assert {"java", "spring-boot", "german", "english"} <= asked


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("Good knowledge of the German and English language is required.", True),
        ("Fluency in the French language is a plus.", True),
        ("You will work with the German team in Munich.", False),
        ("You will report to the French headquarters.", False),
        ("We serve the German market.", False),
    ],
)
def test_the_language_not_the_place(line: str, asked: bool) -> None:
    job = extract(f"Backend Engineer\n\nWhat you need\n- {line}\n", kind="job")
    found = {s.id for s in job.skills} & {"german", "french"}
    assert bool(found) is asked, line


def test_an_industry_label_on_its_own_line_names_domains_too() -> None:
    posting = (
        "Data Analyst\n\nIndustry: Insurance, Healthcare\n\n"
        "Requirements\n- 2+ years of SQL and Tableau.\n"
    )
    job = extract(posting, kind="job")
    importance = {skill.id: skill.importance for skill in job.skills}
    assert importance["insurance"] is None
    assert importance["sql"] == importance["tableau"] == "required"


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Basics of cryptography like TLS and certificates", "cryptography"),
        ("You feel comfortable with relational databases and their design", "relational-databases"),
        ("Some exposure to supply chain management is welcome", "supply-chain-management"),
        ("A grounding in statistics", "statistics"),
    ],
)
def test_soft_words_of_asking_claim_a_knowledge_area(line: str, skill: str) -> None:
    # Under a heading that asks nothing by itself, the words around a knowledge area decide.
    job = extract(f"Backend Engineer\n\nThe job\nWe build payment services.\n{line}.\n", kind="job")
    assert skill in {s.id for s in job.skills}, line
