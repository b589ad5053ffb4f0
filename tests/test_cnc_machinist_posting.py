"""A CNC setup machinist against a precision shop's posting: setup and operation, G-code,
Mastercam (a tool used, not a practice that needs a claim), precision instruments, a CMM and
SPC data are read; Zeiss's Calypso is CMM software, not a trading platform."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
CNC Machinist - 1st Shift
Great Lakes Precision Components | Grand Rapids, MI

What you'll do
- Set up and run Haas and Mazak vertical machining centers and CNC lathes
- Edit G-code at the machine; prove out new programs from Mastercam
- Inspect first articles with micrometers, calipers and bore gauges; record results on SPC charts

What you need
- 3+ years of CNC setup and operation experience (mill and lathe)
- CMM experience preferred
"""

RESUME = """\
Tyler Brooks
Wyoming, MI | (616) 555-0171 | tbrooks.machinist@example.com

Experience
CNC Setup Machinist, River City Machine, Grand Rapids, MI (2020 - Present)
- Set up and run Haas VF-2 mills and a Mazak Integrex 5-axis; 10-15 setups a week
- Edit G-code at the control, set work and tool offsets and optimize feeds and speeds
- Prove out Mastercam programs for aluminum, stainless and titanium parts
- Inspect first articles with micrometers, bore gauges and a Zeiss CMM; log SPC data

Skills
Haas, Mazak, G-code, Mastercam, CMM (Zeiss Calypso), micrometers, calipers, SPC
"""


def test_a_cnc_machinist_against_a_precision_shops_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "cnc-machining",
        "cnc-programming",
        "cam-software",
        "precision-measurement",
        "first-article-inspection",
        "statistical-process-control",
        "cmm",
    ):
        line = assert_matched(report, skill)
        assert not line.listed_only, skill
    assert "trading-platforms" not in {s.id for s in report.extra}


def test_haas_is_a_machine_only_in_a_shop() -> None:
    shop = extract("Skills\nHaas, Okuma, G-code, CNC lathes\n", kind="resume")
    assert "cnc-machining" in {s.id for s in shop.skills}
    person = extract("References\nDr. Emily Haas, professor of history\n", kind="resume")
    assert "cnc-machining" not in {s.id for s in person.skills}
