"""A field property adjuster against a claims adjuster posting: claims handling (settling
claims, coverage decisions, subrogation, catastrophe deployments), Xactimate, the adjuster's
licence and the AIC designation are read; "LICENSES & DESIGNATIONS" is a section of its own;
the second action of a bullet after a semicolon is claimed as the first is ("Settle claims up
to $40,000 authority; negotiate with contractors")."""

from __future__ import annotations

import pytest

from builders import assert_matched, entry_resume, text_report
from gapcheck import extract
from gapcheck.components.sections import find_sections

POSTING = """\
Property Claims Adjuster II
Great Lakes Mutual Insurance — Columbus, OH (field, travel 50%)

Job Summary
Investigate, evaluate and settle residential property claims within authority, providing prompt,
  fair service to policyholders.

Key Responsibilities:
1) Inspect damaged properties; write estimates in Xactimate and document losses with photos and
  diagrams.
2) Determine coverage by interpreting homeowners policy language; identify subrogation and fraud
  indicators and refer to SIU.
3) Negotiate settlements with insureds, contractors and public adjusters up to $50,000.
4) Maintain diaries and file notes in Guidewire ClaimCenter; meet state regulatory deadlines.
5) Handle catastrophe (CAT) deployments after major storms.

Qualifications:
- 2+ years of property claims adjusting experience
- Active adjuster license (Ohio or a reciprocal state); Texas All-Lines license preferred
- Proficiency with Xactimate required; XactAnalysis a plus
- Valid driver's license and ability to climb ladders and access roofs
- AIC or CPCU designation a plus
- Strong customer service, negotiation and time management skills
"""

RESUME = """\
JAMAL REED
Dayton, OH · (937) 555-0166 · jamal.reed@example.com

PROPERTY CLAIMS ADJUSTER — Licensed in OH, KY, IN and TX (All-Lines)

WORK HISTORY
Field Property Adjuster | Buckeye Home Insurance | Dayton, OH | 03/2021 – Present
- Handle 25–35 open homeowners claims: inspections, scope and estimates in Xactimate, photo
  reports
- Interpret HO-3 policy forms and endorsements to make coverage decisions; issue reservation of
  rights letters
- Settle claims up to $40,000 authority; negotiate with contractors and public adjusters
- Deployed to 4 CAT events (hail, wind, Hurricane Ian) handling 150+ claims each
- Refer suspected fraud to the SIU and identify subrogation opportunities
- Document every contact in Guidewire ClaimCenter and keep diaries current

Customer Service Representative | Midwest Auto Insurance | Dayton, OH | 06/2018 – 02/2021
- Took first notice of loss calls and set up new claims
- Answered policyholder questions on coverage and billing

EDUCATION
Associate of Applied Science, Business Management — Sinclair Community College, 2018

LICENSES & DESIGNATIONS
Ohio Resident Adjuster License · Texas All-Lines Adjuster License · AIC (The Institutes, 2023)
Valid Ohio driver's license · Haag Certified Inspector – Residential Roofs
"""


def test_a_field_adjuster_against_a_claims_adjuster_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("claims-adjusting", "xactimate", "adjuster-license", "negotiation"):
        assert_matched(report, skill)
    designation = assert_matched(report, "insurance-certification")  # "AIC or CPCU"
    assert designation.evidence[0].section == "certifications"


def test_licenses_and_designations_is_a_certifications_section() -> None:
    names = {s.heading: s.name for s in find_sections(RESUME, "resume")}
    assert names["LICENSES & DESIGNATIONS"] == "certifications"


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Settle claims up to $40,000 authority; negotiate with contractors", "negotiation"),
        ("Analyse campaign results; present findings to stakeholders", "presentation-skills"),
    ],
)
def test_the_second_action_of_a_bullet_is_claimed(bullet: str, skill: str) -> None:
    profile = extract(entry_resume("Adjuster, Acme", bullet), kind="resume")
    assert skill in {s.id for s in profile.skills}


def test_aic_beside_bic_is_no_designation() -> None:
    resume = entry_resume("Data Scientist, Acme", "Compared models by AIC and BIC scores")
    assert "insurance-certification" not in {s.id for s in extract(resume, kind="resume").skills}
