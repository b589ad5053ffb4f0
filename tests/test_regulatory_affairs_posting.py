"""A regulatory affairs specialist against a medical device maker's posting: the FDA's device
submissions (510(k), PMA supplements, De Novo, eSTAR) and records (GUDID, registration and
listing) are medical device regulation, IEC 60601 a standard of its own, and the RAPS's RAC a
credential, on its way when the resume prepares for its exam; Oracle's RAC is no such
credential."""

from __future__ import annotations

from builders import posting_item, text_report
from gapcheck import extract

POSTING = """\
Regulatory Affairs Specialist II
Northstar Surgical - Minneapolis, MN

What you'll do
- Prepare and submit FDA 510(k) premarket notifications (eSTAR)
- Maintain establishment registration, device listings and UDI/GUDID records

Ideally, you also have
- RAC (Devices) certification - a plus
- PMA supplement or De Novo experience
- Knowledge of IEC 62304 and IEC 60601 for software and electrical devices
"""

RESUME = """\
Hannah Osei
Saint Paul, MN · hannah.osei@example.com

EXPERIENCE
Regulatory Affairs Specialist | Lakeside Orthopedics | 2019 - Present
- Authored four 510(k) submissions in eSTAR, all cleared
- Keep FDA registration and listing current; update GUDID entries as needed

CERTIFICATIONS
- Preparing for the RAC (Devices) exam
"""


def test_a_regulatory_specialist_against_a_device_makers_posting() -> None:
    report = text_report(RESUME, POSTING)
    lines = {skill: line for line in report.requirements for skill in line.skills}
    assert lines["medical-device-regulations"].status == "matched"
    assert "iec-60601" in lines
    rac = lines["rac-certification"]
    assert rac.importance == "preferred" and rac.status == "partial", rac.reason


def test_oracles_rac_is_no_regulatory_credential() -> None:
    profile = extract("SKILLS\nOracle 19c, RAC, Data Guard, RMAN\n", kind="resume")
    assert "rac-certification" not in {c.id for c in profile.certifications}
    item = posting_item("Experience with Oracle RAC and ASM")
    assert "rac-certification" not in {s.id for s in item.skills}
