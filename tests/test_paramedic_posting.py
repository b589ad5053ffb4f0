"""A fire-rescue paramedic against a district's posting: the paramedic's certification and its
National Registry credential, the trauma and vehicle-operator courses, airway management, IO
access, patient care reports and 911 experience are read; "NRP" beside "National Registry
Paramedic" is no neonatal resuscitation card, even under certifications; "EMT" is a
technician among an ambulance's words, tubing among an electrician's."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
Paramedic - Full Time (24/48 shifts)
Lakeview Fire Rescue District | Lakeview, FL

Duties
- Perform advanced airway management, IV/IO access and medication administration
- Complete accurate patient care reports (ePCR) in ImageTrend before end of shift

Requirements
- Current Florida Paramedic certification and National Registry (NRP)
- PHTLS or ITLS preferred
- EVOC completion preferred
- 2 years of 911 experience preferred
"""

RESUME = """\
Luis Ortega, NRP
Tampa, FL | (813) 555-0148 | luis.ortega.medic@example.com

CERTIFICATIONS & LICENSES
- Florida Paramedic Certification (exp. 2027)
- National Registry Paramedic (NRP)
- PHTLS; Emergency Vehicle Operator Course (EVOC)

EXPERIENCE
Paramedic, Hillsborough County Fire Rescue — Tampa, FL | Oct 2021 – Present
- Lead paramedic on an ALS rescue answering 12-18 calls per 24-hour shift
- Perform intubation, IO access and 12-lead ECG interpretation; administer medications
- Document every call in ImageTrend ePCR before end of shift

EMT-Basic, SunState Ambulance — Tampa, FL | Jan 2020 – Sep 2021
- Provided BLS care and interfacility transports
"""


def test_a_paramedic_against_a_fire_rescue_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "paramedic-certification",
        "trauma-life-support",
        "evoc",
        "airway-management",
        "iv-therapy",
        "clinical-documentation",
        "prehospital-care",
    ):
        assert_matched(report, skill)
    assert "nrp-certification" not in {s.id for s in report.extra}


def test_emt_is_tubing_among_an_electricians_words() -> None:
    wiring = extract("SKILLS\nEMT conduit bending, rigid conduit, wiring\n", kind="resume")
    ids = {s.id for s in wiring.skills} | {c.id for c in wiring.certifications}
    assert "emt-certification" not in ids and "conduit-installation" in ids
