"""A tier-2 SOC analyst against a bank's SOC posting: the environment the SOC monitors ("cloud
workloads in Azure and AWS") is the team's, not a skill asked; an on-call rotation is a duty
of its own, not site reliability engineering; hunting among a SOC's words is threat hunting;
tuned correlation rules are detection engineering; sandboxed attachments are phishing
analysis; KQL is a skill of its own."""

from __future__ import annotations

from builders import assert_matched, requirement_line, text_report
from gapcheck import extract

POSTING = """\
SOC Analyst II (Tier 2)
Harborline Bank - Security Operations Center | Charlotte, NC

The SOC monitors a 24x7 environment of 9,000 endpoints and cloud workloads in Azure and AWS.

Responsibilities
- Hunt for threats using KQL and the MITRE ATT&CK framework
- Analyze phishing emails, suspicious attachments and URLs in a sandbox
- Tune detection rules to cut false positives
- Take part in an on-call rotation (one week in six)

Requirements
- Hands-on experience with a SIEM (Sentinel, Splunk or QRadar)
"""

RESUME = """\
Kevin Osei
Charlotte, NC | kevin.osei.sec@example.com | 704-555-0125

EXPERIENCE
Security Analyst (Tier 2) | Carolina Trust Bank | Charlotte, NC | 03/2023 - Present
- Hunt weekly using SPL queries mapped to MITRE ATT&CK techniques
- Detonate suspicious attachments and URLs in Any.Run; block IOCs in the EDR
- Tuned 30+ correlation rules and cut false positives by 35%
- Investigate escalated alerts in Splunk Enterprise Security

SKILLS
Splunk ES, KQL (basic), MITRE ATT&CK
"""


def test_a_soc_analyst_against_a_banks_soc_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("threat-hunting", "phishing-analysis", "detection-engineering", "kql"):
        assert_matched(report, skill)
    assert requirement_line(report, "kql").listed_only
    asked = {s for r in report.requirements for s in r.skills}
    assert not {"azure", "aws", "site-reliability-engineering"} & asked
    assert "on-call-support" in asked


def test_a_job_hunt_is_no_threat_hunt() -> None:
    resume = extract(
        "EXPERIENCE\nRecruiter | Acme | 2020 - present\n- Hunt for talent on LinkedIn weekly\n",
        kind="resume",
    )
    assert "threat-hunting" not in {s.id for s in resume.skills}
