"""An EHS coordinator against a plant's EHS specialist posting: the work of occupational safety
(incident investigation, hazard analysis, inspections, OSHA recordkeeping, HazCom, PPE,
machine guarding) and of environmental compliance (EPA reports, stormwater, hazardous waste)
is read, with the safety certifications (CSP, ASP) and EHS software; the EHS title counts
beside a degree in the same field; "5 years in food and metal manufacturing" states years of
manufacturing; "led 5-Why root cause analysis" shows the analysis in use."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
EHS Specialist
Northfield Packaging Corp. | Dayton, OH

Responsibilities
• Lead incident investigations, root cause analysis and corrective actions
• Conduct job hazard analyses (JHAs) and workplace safety inspections
• Maintain OSHA 300 logs and prepare EPA reports
• Manage stormwater monitoring and hazardous waste manifests
• Partner with maintenance on machine guarding

Qualifications
• 3+ years of EHS experience in a manufacturing environment
• Working knowledge of OSHA general industry standards (29 CFR 1910)

Nice to have
• CSP or ASP certification
• Experience with Intelex or VelocityEHS
"""

RESUME = """\
Marcus Oduya
Springfield, OH · marcus.oduya@example.com · 937-555-0176

SUMMARY
Safety professional with 5 years in food and metal manufacturing.

EXPERIENCE
EHS Coordinator — Buckeye Metal Stamping, Springfield, OH          March 2021 – Present
• Investigated 40+ incidents and near misses; led 5-Why root cause analysis with supervisors
• Maintain OSHA 300/300A logs and submit Tier II and TRI reports to the EPA
• Trained 150 employees on LOTO, forklift safety, HazCom and PPE every year
• Rolled out VelocityEHS for incident tracking and SDS management

Safety Technician — Miami Valley Foods, Dayton, OH                   June 2019 – March 2021
• Performed weekly safety inspections, JHAs and machine guarding assessments
• Sampled stormwater outfalls and kept the SWPPP current
• Coordinated hazardous waste pickups and manifests

EDUCATION
B.S. Environmental Health and Safety — Wright State University, 2019

CERTIFICATIONS
OSHA 30-Hour General Industry · Associate Safety Professional (ASP), BCSP
"""


def test_an_ehs_coordinator_against_an_ehs_specialist_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "incident-investigation",
        "job-hazard-analysis",
        "safety-inspections",
        "osha-recordkeeping",
        "environmental-compliance",
        "stormwater-compliance",
        "hazardous-waste-management",
        "machine-guarding",
        "velocityehs",
    ):
        assert_matched(report, skill)
    # the title counts, though the degree names the same field
    assert assert_matched(report, "health-and-safety").credit == 1
    # "5 years in food and metal manufacturing": years of manufacturing, stated
    manufacturing = assert_matched(report, "manufacturing-industry")
    assert manufacturing.credit == 1 and not manufacturing.years_shortfall
    # in use, not only listed: "led 5-Why root cause analysis"
    assert not assert_matched(report, "root-cause-analysis").listed_only
    certificate = assert_matched(report, "asp-certification")
    assert set(certificate.skills) == {"csp-certification", "asp-certification"}


def test_safety_acronyms_keep_their_other_senses() -> None:
    resume = extract(
        "Experience\nWeb Developer, Acme (2018 - 2024)\n"
        "- Built ASP.NET MVC apps and classic ASP pages; set CSP headers on every page\n"
        "- Migrated the bank's Jack Henry (JHA) core to a new data center\n"
        "- Provisioned SDS storage for the VMware cluster\n"
    )
    traps = {
        "asp-certification",
        "csp-certification",
        "job-hazard-analysis",
        "hazard-communication",
    }
    assert not traps & {s.id for s in resume.skills}
