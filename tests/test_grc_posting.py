"""A security compliance analyst against a GRC posting: "Run our SOC 2 Type II and ISO 27001
audit programs" asks for both (the second object of a verb shares its claim); "IT audit,
security compliance or GRC" is one requirement that an IT Auditor's title meets; Drata and Vanta
are GRC platforms; AWS IAM and KMS imply cloud security."""

from __future__ import annotations

from builders import assert_matched, requirement_line, text_report
from gapcheck import extract

POSTING = """\
GRC Analyst (Security Compliance)
Brightline Health Tech — Austin, TX (Hybrid)

What you'll do
- Run our SOC 2 Type II and ISO 27001 audit programs end to end: evidence collection, control
  testing and auditor coordination
- Map controls across SOC 2, ISO 27001, HIPAA and NIST CSF in our GRC platform (Drata)
- Perform third-party risk assessments of vendors and track remediation
- Maintain security policies and run the annual policy review and security awareness training
- Support customer security questionnaires (SIG, CAIQ) with the sales team

What you bring
- 2+ years in IT audit, security compliance or GRC
- Working knowledge of SOC 2, ISO 27001 and NIST frameworks
- Understanding of cloud security controls in AWS (IAM, logging, encryption)
- Clear written communication and strong organization
- CISA, CISSP or Security+ preferred
"""

RESUME = """\
Alicia Gómez
Austin, TX · alicia.gomez@example.com · 512-555-0183 · linkedin.com/in/aliciagomez

Security Compliance Analyst, Meridian Software — Austin, TX (Feb 2022 – Present)
• Led two SOC 2 Type II audits and our first ISO 27001 certification; zero major findings
• Built the control matrix in Vanta mapping 140 controls to SOC 2, ISO 27001 and HIPAA
• Ran vendor risk assessments for 60+ third parties and tracked remediation in Jira
• Wrote 12 security policies and rolled out security awareness training for 400 employees
• Answered 150+ customer security questionnaires (SIG Lite, CAIQ) alongside the sales team

IT Auditor, Hill Country Credit Union — San Marcos, TX (Jun 2019 – Jan 2022)
• Tested IT general controls (access management, change management) for SOX and FFIEC exams
• Reviewed AWS IAM policies, CloudTrail logging and KMS encryption for the cloud migration

Education
B.B.A. Management Information Systems, Texas State University, 2019

Certifications
CISA (2021) · CompTIA Security+ (2020)
"""


def test_a_compliance_analyst_against_a_grc_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("soc-2", "iso-27001", "hipaa", "grc-platforms", "risk-management"):
        assert_matched(report, skill)
    line = assert_matched(report, "it-audit")
    assert "regulatory-compliance" in line.skills and line.credited_for == "it-audit"
    cloud = requirement_line(report, "cloud-security")
    assert cloud.credit_kind == "implied" and cloud.credited_through == "aws-iam"
    assert not [s for s in report.requirements if s.id.startswith("other:")]


def test_the_second_object_of_a_verb_is_claimed_too() -> None:
    text = "Responsibilities\n- Run our SOC 2 Type II and ISO 27001 audit programs\n"
    mentions = [
        m.start for s in extract(text, kind="job").skills if s.id == "iso-27001" for m in s.mentions
    ]
    assert mentions == [text.index("ISO 27001")]
