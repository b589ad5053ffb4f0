"""An embedded engineer against a medical device firmware posting: "Wrote firmware in C" shows
embedded C with its years, a part number ("STM32L4", "nRF52") shows its family, "Debugged"
shows debugging, reading schematics is not designing circuits, MISRA is a coding standard
and PC-lint a static analysis tool (not "PC"), IEC 62304 is medical device software (not
functional safety), "a CI system (Jenkins or GitLab CI)" is one requirement that GitLab CI
meets, and a label's list ending in "(personal projects)" opens no projects section."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Senior Embedded Firmware Engineer
Corvid Medical Devices - Minneapolis, MN

Responsibilities
• Design, implement and unit-test firmware in C for ARM Cortex-M microcontrollers
• Write drivers for SPI and I2C peripherals
• Debug with JTAG/SWD, logic analyzers and oscilloscopes

Required qualifications
• 5+ years of embedded C development on bare-metal or RTOS-based systems
• Experience with STM32 or similar microcontrollers
• Comfortable reading schematics and datasheets
• Working knowledge of Git and a CI system (Jenkins or GitLab CI)

Nice to have
• Experience developing software under IEC 62304
• Static analysis (MISRA C, Polyspace or PC-lint)
"""

RESUME = """\
Priya Raman
Embedded Software Engineer
priya.raman@example.com | (651) 555-0142

SUMMARY
Embedded engineer with 6 years writing production firmware in C for battery-powered devices,
from board bring-up to field updates.

EXPERIENCE
Embedded Software Engineer, Halcyon Sensors                       Mar 2021 - Present
- Wrote firmware in C for an STM32L4 (Cortex-M4) wireless sensor on FreeRTOS
- Developed SPI and I2C drivers for accelerometers and flash memory
- Set up unit tests with Unity, run in GitLab CI on every merge request
- Debugged timing faults with a Saleae logic analyzer and J-Link

Firmware Engineer, Northfield Controls                            Jun 2018 - Feb 2021
- Maintained bare-metal C firmware for industrial motor controllers
- Brought the codebase to MISRA C:2012 compliance using PC-lint

SKILLS
Languages: C, C++, Python
RTOS: FreeRTOS, Zephyr (personal projects)
Tools: Git, J-Link, oscilloscope
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize("skill", ["embedded-c", "stm32", "debugging", "static-code-analysis"])
def test_the_work_written_in_experience_is_shown(report, skill):
    assert_matched(report, skill)


def test_firmware_in_c_has_the_years_of_both_entries(report):
    line = requirement_line(report, "embedded-c")
    assert not line.years_shortfall
    assert line.resume_years is not None and line.resume_years >= 8


def test_a_ci_system_with_its_examples_is_one_requirement(report):
    line = requirement_line(report, "continuous-integration")
    assert set(line.skills) == {"continuous-integration", "jenkins", "gitlab-ci"}
    assert line.status == "matched" and line.credit == 1


def test_reading_schematics_is_not_circuit_design(report):
    asked = {s for r in report.requirements for s in r.skills}
    assert "schematic-reading" in asked
    assert "circuit-design" not in asked


def test_pc_lint_is_a_static_analysis_tool_not_a_pc():
    skills = {s.id for s in posting_item("Static analysis (MISRA C, Polyspace or PC-lint)").skills}
    assert {"static-code-analysis", "misra", "polyspace", "pc-lint"} <= skills
    assert "embedded-c" not in skills
    other = {s.id for s in posting_item("Static analysis with PC-lint").other_skills}
    assert "other:pc" not in other


def test_iec_62304_is_medical_device_software():
    skills = {s.id for s in posting_item("Experience developing software under IEC 62304").skills}
    assert skills == {"iec-62304"}


def test_the_skills_label_with_a_note_opens_no_projects_section():
    profile = extract(RESUME, kind="resume")
    sections = {m.section for s in profile.skills if s.id == "zephyr" for m in s.mentions}
    assert sections == {"skills"}, sections


def test_the_resume_title_is_the_headline_not_the_summary(report):
    assert report.title_match is not None
    assert report.title_match.resume_title == "Embedded Software Engineer"


def test_a_verb_asked_is_named_as_its_skill_in_what_to_fix_first():
    resume = "EXPERIENCE\nEngineer, Acme    Jan 2020 - Present\n- Wrote drivers in C\n"
    report = text_report(resume, "Responsibilities\n- Debug firmware with JTAG\n")
    actions = [f.action for f in report.summary.fix_first] if report.summary else []
    assert any(a.startswith("Add debugging (required)") for a in actions), actions
