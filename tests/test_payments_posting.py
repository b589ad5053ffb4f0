"""A core banking engineer against a payments platform posting: the payments industry's
standards (ISO 20022, SEPA) are read and imply it; "payments, banking or another regulated
industry" is one choice; "APIs for our merchant dashboard" asks for APIs, not dashboards; "C#
.NET Framework" shows .NET; the Polish clearing system Elixir is no programming language; an
industry that describes what the work was for ("features for banking clients") shows it."""

from __future__ import annotations

from builders import assert_matched, entry_resume, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Senior Backend Engineer, Payments Platform
Lumio Pay · Remote (EU) · Full-time

What you'll do
- Design, build and operate the services that authorise, clear and settle card payments
- Build idempotent, well-tested APIs for our merchant dashboard and partner banks
- Take part in our on-call rotation and lead incident reviews

What we're looking for
- 5+ years of backend development in Java or Kotlin (Spring Boot)
- Experience with payments, banking or another regulated industry
- Understanding of PCI DSS and secure coding practices

Nice to have
- ISO 8583 or ISO 20022 messaging
- Some exposure to .NET services (we are migrating two legacy ones)
"""

RESUME = """\
TOMASZ WISNIEWSKI
Senior Software Engineer · Krakow, Poland · tomasz.w@example.com

EXPERIENCE

Senior Software Engineer, Core Banking — Vistula Bank S.A., Krakow
March 2020 – present
- Built the SEPA Instant and Elixir transfer services in Kotlin and Spring Boot
- Led the remediation of PCI DSS findings for the card issuing platform
- On-call for payments services; ran blameless postmortems

Software Engineer — Pragma Soft, Wroclaw
July 2016 – February 2020
- Built policy and claims APIs in Java 8 for an insurance client
- Maintained a C# .NET Framework reporting service

SKILLS
Payments: SEPA, ISO 20022 (pain.001, pacs.008), card issuing
"""


def test_a_banking_engineer_against_a_payments_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("kotlin", "spring-boot", "pci-dss", "api-development", "dotnet"):
        assert_matched(report, skill)
    industry = assert_matched(report, "other:payments")
    assert set(industry.skills) == {"other:payments", "banking"}  # one choice, not two lines
    assert "sepa" not in {s for r in report.requirements for s in r.skills}  # never asked
    assert_matched(report, "iso-20022")
    assert "dashboards" not in {s for r in report.requirements for s in r.skills}
    assert "elixir" not in {s.id for s in extract(RESUME, kind="resume").skills}


def test_a_list_that_ends_in_or_another_is_one_choice() -> None:
    posting = extract(
        "Requirements\n- Experience with payments, banking or another regulated industry\n",
        kind="job",
    )
    (group,) = posting.groups
    assert set(group.skills) == {"other:payments", "banking"}
    assert group.or_similar


def test_a_payments_standard_implies_the_payments_industry() -> None:
    report = text_report(
        entry_resume("Engineer", "Built the SEPA Instant transfer services in Kotlin"),
        "Requirements\n- Experience with payment systems\n",
    )
    line = requirement_line(report, "payments-industry")
    assert line.status == "partial" and line.credit == 0.75  # SEPA is a payments standard


def test_an_industry_that_names_what_the_work_was_for_is_shown() -> None:
    resume = extract(entry_resume("Developer", "Shipped features for banking clients"))
    (banking,) = [s for s in resume.skills if s.id == "banking"]
    assert banking.mentions[0].section == "experience"


def test_a_product_the_work_serves_is_not_asked() -> None:
    posting = extract(
        "Responsibilities\n- Build REST APIs for our merchant dashboard\n"
        "- Write Java for our back-end applications\n",
        kind="job",
    )
    ids = {s.id for s in posting.skills}
    assert "dashboards" not in ids
    assert {"rest-api", "backend-development"} <= ids


def test_csharp_on_dotnet_names_both() -> None:
    resume = extract(entry_resume("Developer", "Maintained a C# .NET Framework service"))
    assert {"csharp", "dotnet"} <= {s.id for s in resume.skills}
    line = requirement_line(
        text_report(entry_resume("Developer", "Built services in C#"), "Requirements\n- .NET\n"),
        "dotnet",
    )
    assert line.status == "partial" and line.credit == 0.75  # C# implies .NET
