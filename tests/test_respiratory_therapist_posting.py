"""A registered respiratory therapist against a hospital's night-shift posting: mechanical and
non-invasive ventilation with the ventilators by name, arterial blood gases, high-flow oxygen,
airway clearance, bronchoscopy and the NBRC's RRT are read; "CPT" is chest physiotherapy beside
nebulizers, CPT coding beside ICD-10 and Cisco's packet transport beside MPLS."""

from __future__ import annotations

from builders import assert_all_matched, text_report
from gapcheck import extract

POSTING = """\
Respiratory Therapist - RRT - Full Time Nights
Granite Valley Health

Essential functions
- Set up, monitor and manage invasive mechanical ventilation (Hamilton-C6, Puritan
  Bennett 980)
- Initiate and titrate noninvasive ventilation (BiPAP/CPAP)
- Perform arterial punctures and analyze ABGs; report critical values
- Deliver aerosolized medications, high-flow nasal cannula and airway clearance therapy
- Assist with bedside bronchoscopy

Qualifications
- RRT credential from NBRC required
"""

RESUME = """\
Tomas Reyes, RRT
Manchester, NH · tomas.reyes@example.com

EXPERIENCE
Respiratory Therapist | Merrimack Regional Hospital | Jan 2020 - Present
- Manage 6-8 ventilated ICU patients a shift on Hamilton-G5 and PB 840 ventilators
- Start BiPAP/CPAP on the Philips V60; wean patients to high-flow (Airvo 2)
- Draw and run ABGs; give MDI and nebulizer treatments, CPT and airway clearance
- Assist physicians with bedside bronchoscopy

CREDENTIALS
Registered Respiratory Therapist (RRT), NBRC
"""


def test_a_respiratory_therapist_against_a_hospitals_posting() -> None:
    report = text_report(RESUME, POSTING)
    assert_all_matched(
        report,
        "mechanical-ventilation",
        "noninvasive-ventilation",
        "arterial-blood-gases",
        "oxygen-therapy",
        "airway-clearance",
        "bronchoscopy-assistance",
        "rrt",
    )


def test_cpt_is_read_by_its_neighbours() -> None:
    def found(text: str) -> set[str]:
        return {s.id for s in extract(text, kind="resume").skills}

    assert "airway-clearance" in found("SKILLS\nCPT, postural drainage, nebulizers, BiPAP\n")
    assert "cpt-coding" in found("SKILLS\nCPT, ICD-10, HCPCS, medical billing\n")
    cisco = found("EXPERIENCE\n- Tested the Cisco CPT 50 ring with MPLS-TP and Ethernet EVCs\n")
    assert "cisco-cpt" in cisco and cisco.isdisjoint({"cpt-coding", "airway-clearance"})


def test_an_as_degree_and_patient_and_family_education_are_read() -> None:
    profile = extract(
        "EDUCATION\n"
        "A.S., Respiratory Therapy - River Valley Technical College (CoARC-accredited), 2021\n"
        "\n"
        "SKILLS\n"
        "Airway management | Aerosol therapy | Patient & family education\n",
        kind="resume",
    )
    (degree,) = profile.education
    assert degree.level == "associate-degree"
    assert "respiratory-therapy-field" in degree.fields
    assert "patient-education" in {s.id for s in profile.skills}
    plain = extract("SUMMARY\nAS A LEAD I WORKED AS A TEAM WITH NURSES\n", kind="resume")
    assert plain.education == ()
