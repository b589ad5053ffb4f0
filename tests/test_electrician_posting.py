"""A journeyman electrician against a commercial electrician posting: the electrician's work is
read (conduit, panels and transformers, motor controls, blueprints, troubleshooting circuits,
lockout/tagout, fire alarm and low-voltage systems, the National Electrical Code); a duty to
"follow" a code or a rule asks for it; "EMT" beside conduit is electrical metallic tubing and
"NEC" beside codes the electrical code, not an emergency medical technician or a company."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, text_report

POSTING = """\
Journeyman Electrician - Commercial
Brightline Electric | Columbus, OH

Responsibilities
- Bend and install EMT, rigid and PVC conduit; pull wire and terminate conductors
- Install and wire panels, switchgear, transformers and motor controls
- Read blueprints and electrical drawings and lay out the work
- Troubleshoot circuits with a multimeter
- Follow the National Electrical Code (NEC) and local codes
- Follow lockout/tagout and jobsite safety rules

Requirements
- Ohio journeyman electrician license
- Experience with fire alarm or low-voltage systems is a plus
"""

RESUME = """\
TYRONE JACKSON
Licensed Journeyman Electrician
614-555-0199 | tyrone.jackson.electric@example.com

Experience
Journeyman Electrician, Capital City Electric                     May 2022 - Present
- Bent and ran EMT and rigid conduit; pulled and terminated feeders up to 600A
- Set and wired 480/277V panels, dry-type transformers and motor starters
- Troubleshot lighting and power circuits with a Fluke multimeter
- Laid out work from electrical blueprints to the NEC; every rough-in passed inspection
- Installed fire alarm devices and low-voltage cabling for access control
- Followed lockout/tagout on every energized equipment job

Licenses
Journeyman Electrician License, State of Ohio (2022)
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "conduit-installation",
        "electrical-panels",
        "motor-controls",
        "technical-drawing",
        "electrical-troubleshooting",
        "national-electrical-code",
        "lockout-tagout",
        "fire-alarm-systems",
        "electrician-license",
    ],
)
def test_the_electricians_work_is_asked_and_shown(report, skill):
    assert_matched(report, skill)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Certified EMT with two years on an ambulance crew", "conduit-installation"),
        ("Migrated the NEC servers to Dell hardware", "national-electrical-code"),
        ("Researched robot motor control with neural networks", "motor-controls"),
        ("Fine-tuned transformers for text classification", "electrical-panels"),
    ],
)
def test_words_of_other_fields_are_no_electrical_work(text, absent):
    assert absent not in {s.id for s in posting_item(text).skills}
