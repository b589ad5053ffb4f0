"""A structural welder against a fabrication shop's posting: the welding processes (MIG, FCAW,
TIG, stick), fit-up, thermal cutting and the welding certifications are read; "AWS
certification" in a welder's posting is the American Welding Society's, in a cloud posting
Amazon's; "Own basic hand tools" is no skill asked; a title of two names matches either."""

from __future__ import annotations

from builders import assert_matched, posting_item, text_report
from gapcheck import extract

POSTING = """\
Welder / Fabricator – 2nd Shift
Prairie Steel Works · Wichita, KS

What you'll do
• Read blueprints and weld symbols; lay out and fit up parts to tolerance
• Weld carbon steel and stainless using MIG (GMAW), flux-core (FCAW) and TIG (GTAW)
• Cut and bevel with plasma and oxy-fuel torch; grind and finish welds

What you bring
• 2+ years of structural or production welding experience
• AWS certification preferred
• Own basic hand tools
"""

RESUME = """\
JOSE MARTINEZ
Wichita, KS · (316) 555-0148 · jose.martinez.weld@example.com

CERTIFICATIONS
AWS D1.1 Structural Steel – 3G and 4G unlimited thickness (FCAW, SMAW), 2022

WORK HISTORY
Structural Welder, Heartland Fabrication, Newton, KS — 2021 to present
- Weld beams and moment connections with FCAW and MIG per shop drawings
- Fit up and tack assemblies from blueprints; read weld symbols
- Cut with plasma and oxy-acetylene torch; grind and blend welds for paint

SKILLS
MIG/GMAW, FCAW, SMAW (stick), basic TIG, blueprint reading, plasma cutting
"""


def test_a_structural_welder_against_a_fabrication_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "gmaw-welding",
        "fcaw-welding",
        "metal-fabrication",
        "thermal-cutting",
        "technical-drawing",
        "welding-certification",
    ):
        assert_matched(report, skill)
    assert_matched(report, "gtaw-welding")
    assert not assert_matched(report, "thermal-cutting").listed_only
    asked = {s for r in report.requirements for s in r.skills}
    assert "aws-certification" not in asked
    assert not [s for s in asked if s.startswith("other:")]  # "Own basic hand tools"
    assert report.title_match is not None and report.title_match.matches


def test_aws_certification_in_a_cloud_posting_is_amazons() -> None:
    posting = extract(
        "Cloud Engineer\n\nRequirements\n- 3+ years with AWS (EC2, S3, Lambda) and Terraform\n"
        "- AWS certification preferred\n",
        kind="job",
    )
    ids = {s.id for s in posting.certifications} | {s.id for s in posting.skills}
    assert "aws-certification" in ids and "welding-certification" not in ids
    item = posting_item("- AWS D1.1 certified welder")
    assert "aws" not in {s.id for s in item.skills}
