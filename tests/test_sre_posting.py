"""A platform engineer against an SRE posting: a bullet of an experience entry that names a
stack after a colon ("- Built the observability stack: Prometheus, ...") is part of the entry,
not a skills section that swallows the rest of it; "Clear written communication" asks for
written communication, not for "clear"; "Go or Python" is one requirement; Terraform's state is
no frontend state."""

from __future__ import annotations

import pytest

from builders import requirement_line
from gapcheck import analyze, extract

POSTING = """\
Site Reliability Engineer
Tidewater Payments · Remote (EU time zones)

About the team
We run the platform that moves €4B a year for 20,000 merchants.

What you will do
- Run and evolve our Kubernetes (EKS) clusters and the AWS infrastructure around them,
  all in Terraform
- Own observability: Prometheus, Grafana and OpenTelemetry tracing; define SLOs and error
  budgets with product teams
- Take part in a 1-in-6 on-call rotation and lead blameless postmortems
- Automate toil with Go or Python
- Harden our CI/CD pipelines (GitHub Actions, Argo CD) and secrets management (Vault)

What we are looking for
- 4+ years in SRE, DevOps or platform engineering
- Deep Kubernetes experience in production; CKA is a plus
- Infrastructure as code with Terraform (modules, state management)
- Solid Linux and networking fundamentals (TCP/IP, DNS, load balancing)
- Experience with PCI DSS or another compliance regime is nice to have
- Clear written communication; we are remote-first
"""

RESUME = """\
Tomasz Nowak
Gdańsk, Poland · tomasz.nowak@example.com · github.com/tnowak

Summary
Platform engineer with 6 years keeping payment and e-commerce systems up. Kubernetes, Terraform
and observability are my daily tools; I write Go when a script outgrows Bash.

Experience
Senior Platform Engineer — Baltic Pay, Gdańsk                          03/2021 – present
- Run 9 production EKS clusters (400+ nodes) provisioned with Terraform modules and Atlantis
- Built the observability stack: Prometheus, Thanos, Grafana dashboards and OpenTelemetry
  traces; introduced SLOs and error budgets for the 12 customer-facing services
- On-call 1 week in 5; led 30+ blameless postmortems and cut pages by 60%
- Moved deployments to Argo CD and GitHub Actions; secrets from env files to HashiCorp Vault
- Wrote Go operators and CLIs that removed ~20 hours a week of manual toil
- Helped the company pass its PCI DSS Level 1 audit (network segmentation, logging)

DevOps Engineer — ShopWave, Warsaw                                     07/2018 – 02/2021
- Migrated 40 services from VMs to Kubernetes; wrote Helm charts
- Managed Linux hosts (Ubuntu, Debian) with Ansible; tuned NGINX and HAProxy load balancers
- Debugged DNS and TCP issues across two data centres

Skills
Kubernetes, EKS, Helm, Terraform, AWS, Linux, Go, Python, Bash, Prometheus, Grafana,
OpenTelemetry, Argo CD, GitHub Actions, Vault, Ansible
Certifications: Certified Kubernetes Administrator (CKA), 2022
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


@pytest.mark.parametrize("skill", ["prometheus", "grafana", "opentelemetry", "ci-cd"])
def test_the_stack_of_an_entry_is_used_in_it(report, skill: str) -> None:
    line = requirement_line(report, skill)
    assert line.credit == 1.0 and not line.listed_only, (skill, line.reason)


def test_the_entry_goes_on_after_a_stack_named_in_a_bullet() -> None:
    resume = extract(RESUME, kind="resume")
    slos = next(m for s in resume.skills for m in s.mentions if m.text == "SLOs")
    assert slos.section == "experience"  # the line after the bullet that names the stack


def test_a_word_of_quality_is_no_skill(report) -> None:
    assert not [r for r in report.requirements if any(s.startswith("other:") for s in r.skills)]
    assert requirement_line(report, "written-communication").importance == "required"


def test_go_or_python_is_one_requirement(report) -> None:
    line = requirement_line(report, "go")
    assert set(line.skills) == {"go", "python"} and line.status == "matched"


def test_terraform_state_asks_no_frontend_skill(report) -> None:
    assert not [r for r in report.requirements if "state-management" in r.skills]
