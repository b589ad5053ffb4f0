"""A dental hygienist against a family practice's RDH posting: the hygienist's clinical work
(prophylaxis, scaling and root planing, periodontal maintenance and charting, radiographs,
sealants and fluoride, local anesthesia), the dental office's software and the RDH licence are
read (a new category); "CPR / BLS certification" is one choice, a BLS card being a CPR card;
the dental words that are other words elsewhere need a dental cue."""

from __future__ import annotations

import pytest

from builders import assert_matched, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Registered Dental Hygienist (RDH) - Full Time
Bright Smiles Family Dentistry - Mesa, AZ

Duties:
* Perform prophylaxis, scaling and root planing, and periodontal maintenance
* Take and evaluate digital radiographs (bitewings, FMX, panoramic)
* Apply sealants and fluoride varnish; administer local anesthesia as permitted by Arizona law
* Educate patients on home care and treatment plans
* Keep accurate clinical notes in Dentrix

Requirements:
* Current Arizona RDH license with local anesthesia certification
* CPR / BLS certification

Bonus: experience with Eaglesoft or Open Dental, Spanish speaker.
"""

RESUME = """\
MARISOL ORTIZ, RDH
Chandler, AZ | 480-555-0142 | marisol.ortiz.rdh@example.com

LICENSES & CERTIFICATIONS
Arizona Dental Hygiene License #H12345 (Local Anesthesia Certified)
BLS for Healthcare Providers - American Heart Association (exp. 2027)

CLINICAL EXPERIENCE
Dental Hygienist - Desert Ridge Periodontics, Phoenix, AZ (Aug 2022 - Present)
- Provide periodontal maintenance, scaling and root planing for 8-10 patients per day
- Administer local anesthesia and place Arestin
- Take FMX, bitewings and panoramic images with Dexis; chart perio in Eaglesoft
- Coach patients on oral hygiene and explain treatment plans

Dental Hygienist - SmileCare Dental Group, Tempe, AZ (Jun 2021 - Jul 2022)
- Adult and child prophylaxis, sealants and fluoride varnish; documented in Dentrix
"""


def test_a_hygienist_against_an_rdh_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "dental-hygiene",
        "scaling-root-planing",
        "periodontal-therapy",
        "dental-radiography",
        "preventive-dental-treatments",
        "local-anesthesia",
        "patient-education",  # "Coach patients on oral hygiene"
        "dentrix",
        "eaglesoft",
        "dental-hygiene-license",
        "local-anesthesia-permit",
    ):
        assert_matched(report, skill)
    cards = assert_matched(report, "bls-certification")
    assert set(cards.skills) == {"cpr-first-aid", "bls-certification"}  # one line


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Replaced caulking and sealants around windows", "preventive-dental-treatments"),
        ("Gave DVT prophylaxis to post-op patients", "dental-hygiene"),
        ("Analysed SRP and retail prices for 40 stores", "scaling-root-planing"),
    ],
)
def test_dental_words_elsewhere_are_other_words(text: str, skill: str) -> None:
    resume = extract(f"Experience\nTechnician, Acme, 2020 - 2024\n- {text}\n", kind="resume")
    assert skill not in {s.id for s in resume.skills}


def test_dental_software_is_no_longer_an_ambulatory_ehr() -> None:
    line = requirement_line(
        text_report("Skills\nDentrix, Eaglesoft\n", "Requirements\n- athenahealth\n"),
        "ambulatory-ehr",
    )
    assert line.status == "missing"
