"""A radiologic technologist against a hospital's CT cross-trained posting: the imaging
modalities (radiography, CT, fluoroscopy), contrast administration and radiation safety, the
ARRT registration, its CT certification and the state licence are read; "ARRT (R)" asks for no
R, nor does "Radiography (R)" show it, and "C-spine" shows no C."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
Radiologic Technologist – CT Cross-Trained
Riverside Regional Medical Center · Richmond, VA

Responsibilities
- Perform general radiography, portable and fluoroscopy exams per department protocols
- Operate CT scanners for head, chest, abdomen and trauma studies; administer IV contrast
- Apply ALARA principles and radiation safety practices for patients and staff

Requirements
- ARRT (R) registration and Virginia radiologic technology license
- BLS certification required
"""

RESUME = """\
Jasmine Howard
Chesterfield, VA | 804-555-0138 | jasmine.howard@example.com

CREDENTIALS
ARRT Registered Technologist in Radiography (R) and Computed Tomography (CT)
Virginia Radiologic Technologist License
BLS – American Heart Association

EXPERIENCE
CT / Radiologic Technologist — VCU Health, Richmond, VA (2020 – Present)
• Perform CT exams (head, C-spine, chest/abdomen/pelvis) on GE and Siemens scanners
• Start IVs and inject contrast per protocol; monitor patients for contrast reactions
• General, portable and OR radiography; assist radiologists with fluoroscopy
• Follow ALARA and shielding practices; participate in dose monitoring
• Diagnostic x-ray for ED and inpatients; daily QC on DR equipment
"""


def test_a_radiologic_technologist_against_a_ct_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "diagnostic-radiography",
        "computed-tomography",
        "fluoroscopy",
        "contrast-administration",
        "radiation-safety",
        "arrt-registration",
        "radiologic-technologist-license",
    ):
        assert_matched(report, skill)
    assert "r" not in {s for r in report.requirements for s in r.skills}
    assert not {"r", "c"} & {s.id for s in extract(RESUME, kind="resume").skills}


def test_initials_in_brackets_after_their_words_name_no_skill() -> None:
    resume = extract("Skills\nStatistics and Radiography (R), Local Area Network (LAN)\n")
    ids = {s.id for s in resume.skills}
    assert "r" not in ids and "lan-wan" in ids
