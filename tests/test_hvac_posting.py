"""An HVAC service technician against a contractor's posting: "airflow" beside furnaces and
refrigerant is the air a system moves, not Apache Airflow; the refrigeration cycle and the
refrigerants by name are refrigeration work; maintenance agreement visits are preventive
maintenance; contactors and capacitors are electrical troubleshooting; a tip writes the skill's
noun, not the posting's verb."""

from __future__ import annotations

from builders import assert_matched, entry_resume, posting_item, text_report
from gapcheck import extract
from gapcheck.tailor import resume_tips

POSTING = """\
HVAC Service Technician
Comfort Air Mechanical - Raleigh, NC

Responsibilities
* Perform preventive maintenance on service-agreement customers' equipment
* Troubleshoot electrical controls, thermostats, motors, capacitors and contactors
* Recover, evacuate and charge refrigerant (R-410A, R-22, R-454B) following EPA rules

Qualifications
* Solid understanding of refrigeration cycle, airflow and combustion analysis
* EPA Section 608 Universal certification required
"""

RESUME = """\
DeShawn Carter
Durham, NC | 919-555-0147 | deshawn.carter.hvac@example.com

Experience
Service Technician - Triangle Heating & Air, Durham, NC (June 2021 - Present)
- Diagnose and repair heat pumps and gas furnaces; measure static pressure and airflow
- Replace bad capacitors, contactors and blower motors using wiring diagrams
- Recover and recharge R-410A systems; perform leak checks
- Complete 300+ maintenance agreement visits a year

Certifications
EPA Section 608 Universal Certification

Skills
electrical troubleshooting
"""


def test_an_hvac_technician_against_a_contractors_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "preventive-maintenance",
        "electrical-troubleshooting",
        "refrigeration",
        "airflow-testing",
        "epa-608-certification",
    ):
        assert_matched(report, skill)
    asked = {s for r in report.requirements for s in r.skills}
    assert "apache-airflow" not in asked and "apache-airflow" not in {s.id for s in report.extra}


def test_a_tip_writes_the_skills_noun_not_the_postings_verb() -> None:
    resume = entry_resume("HVAC Technician, Acme", "Serviced heat pumps") + (
        "SKILLS\nelectrical troubleshooting, brazing\n"
    )
    posting = "HVAC Technician\n\nResponsibilities\n* Troubleshoot electrical controls and motors\n"
    messages = [t.message for t in resume_tips(text_report(resume, posting), resume_text=resume)]
    assert any("used electrical troubleshooting" in m for m in messages), messages


def test_airflow_is_apache_airflow_among_data_tools() -> None:
    item = posting_item("Build DAGs in Airflow and dbt on Snowflake")
    assert "apache-airflow" in {s.id for s in item.skills}
    assert "airflow-testing" not in {s.id for s in item.skills}
    hvac = extract("Skills\nductwork, airflow and static pressure tests, brazing\n", kind="resume")
    assert "apache-airflow" not in {s.id for s in hvac.skills}
