"""A SOC analyst against a security-operations posting: "triage" of alerts is no patient
triage, a SIEM with its products in parentheses is one requirement that any of them meets,
"Scripting in Python or PowerShell" is one, and Security+ and threat hunting are found as
postings write them."""

from __future__ import annotations

import pytest

from builders import requirement_line
from gapcheck import analyze, extract

POSTING = """\
Security Operations Center (SOC) Analyst II
Brightline Health Systems - Columbus, OH (Hybrid)

About Brightline
Brightline runs 14 hospitals across Ohio. Our security team protects patient data for
2 million people.

What you'll do
- Monitor, triage and investigate alerts in our SIEM (Microsoft Sentinel) and EDR
  (CrowdStrike Falcon), and escalate confirmed incidents.
- Lead incident response for phishing, malware and account-compromise cases, from
  containment to the post-incident report.
- Hunt for threats using KQL queries and the MITRE ATT&CK framework.
- Tune detection rules and write SOAR playbooks to automate repetitive triage.
- Work with IT to drive vulnerability management (Tenable) and patching.

What you need
- 3+ years in a SOC, incident response or security engineering role.
- Hands-on experience with a SIEM (Sentinel, Splunk or QRadar).
- Solid understanding of networking (TCP/IP, DNS, HTTP) and Windows and Linux logs.
- Scripting in Python or PowerShell.
- Security+ or an equivalent certification.
- Clear written communication: you will brief non-technical leaders.

Nice to have
- GCIH, GCIA or CySA+.
- Experience with HIPAA and the NIST Cybersecurity Framework.
- Cloud security experience in Azure.

We offer a pension plan, tuition support and an on-call stipend.
Brightline is an equal opportunity employer.
"""

RESUME = """\
Priya Raman
Columbus, OH | priya.raman@example.com | (555) 014-2231

SUMMARY
Security analyst with 4 years in a 24x7 SOC at a regional bank. I triage alerts, run
investigations end to end and automate the boring parts.

EXPERIENCE
Security Analyst, Buckeye Federal Credit Union, Columbus, OH    06/2021 - Present
- Triaged 40+ alerts a shift in Splunk Enterprise Security; cut false positives by 35% by
  tuning correlation searches.
- Investigated phishing and business email compromise cases and led containment with the
  email team; wrote the post-incident reports.
- Built Python scripts that enrich alerts with VirusTotal and WHOIS data.
- Mapped our detections to MITRE ATT&CK and presented the coverage gaps to the CISO.

IT Support Technician, Scioto Valley Schools, Columbus, OH    08/2019 - 05/2021
- Administered Active Directory accounts and Group Policy for 3,000 users.
- Rolled out Windows 10 and patched servers with WSUS.

EDUCATION
B.S. in Information Technology, Ohio State University, 2019

CERTIFICATIONS
CompTIA Security+ (2020), CompTIA CySA+ (2022)

SKILLS
Splunk, SPL, Python, PowerShell, Wireshark, TCP/IP, DNS, Windows event logs, Linux,
incident response, threat hunting
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_triage_of_alerts_is_no_patient_triage() -> None:
    assert "triage" not in {s.id for s in extract(POSTING, kind="job").skills}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Triage patients arriving at the emergency department", True),
        ("Skills: Triage, IV therapy, wound care", True),
        ("Triage incoming security alerts and tickets", False),
        ("Monitor, triage and investigate alerts in Splunk", False),
    ],
)
def test_triage_needs_a_clinical_cue_or_a_skills_list(text: str, found: bool) -> None:
    job = extract(f"Nurse or Analyst\n\nResponsibilities\n- {text}\n", kind="job")
    assert ("triage" in {s.id for s in job.skills}) is found, text


def test_a_siem_and_its_products_are_one_requirement_any_of_them_meets(report) -> None:
    line = requirement_line(report, "siem")
    assert set(line.skills) == {"siem", "microsoft-sentinel", "splunk", "ibm-qradar"}
    assert line.status == "matched"
    # The duties' "our SIEM (Microsoft Sentinel)" is asked by that group, not on its own.
    assert [r for r in report.requirements if "microsoft-sentinel" in r.skills] == [line]


def test_scripting_in_python_or_powershell_is_one_requirement(report) -> None:
    line = requirement_line(report, "python")
    assert set(line.skills) == {"scripting-languages", "python", "powershell"}
    assert line.status == "matched"


def test_security_plus_and_threat_hunting_as_postings_write_them(report) -> None:
    assert requirement_line(report, "comptia-security-plus").status == "matched"
    assert requirement_line(report, "threat-hunting").status == "matched"


@pytest.mark.parametrize(
    ("line", "groups"),
    [
        ("Scripting in Python.", []),  # no "or": both are asked
        ("Knowledge of cloud platforms in AWS or Azure.", [("cloud-platforms", "aws", "azure")]),
        ("Data analysis in Python or R.", [("python", "r")]),  # not a kind of data analysis
    ],
)
def test_a_kind_of_skill_then_in_and_its_kinds(line: str, groups: list[tuple[str, ...]]) -> None:
    job = extract(f"Analyst\n\nRequirements\n- {line}\n", kind="job")
    assert [g.skills for g in job.groups] == groups
