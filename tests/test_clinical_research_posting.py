"""A clinical research coordinator against an oncology trials posting: the work of a trial site
(informed consent, enrollment, IRB submissions, adverse event reporting, regulatory binders,
monitoring visits), its software (EDC systems, a CTMS) and its credentials are read; "GCP" in
a trial's words is good clinical practice, not Google Cloud; a tool glossed by its kind in
brackets ("OnCore (CTMS)") is one requirement; two certifications each with the body that
grants it in brackets are one choice."""

from __future__ import annotations

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Clinical Research Coordinator II - Oncology
Lakeview University Health, Cancer Center

What you will do
- Screen, consent and enroll participants according to protocol and ICH-GCP guidelines
- Enter data into EDC systems (Medidata Rave, REDCap) and resolve queries
- Maintain regulatory binders and prepare IRB submissions and continuing reviews
- Report adverse events and serious adverse events to sponsors and the IRB
- Track enrollment and visit windows in OnCore (CTMS)
- Support monitoring visits and audits by sponsors and CROs

Required qualifications
- 2+ years of clinical research experience
- Working knowledge of GCP and FDA regulations (21 CFR Part 11, 50, 56, 312)

Preferred
- CCRP (SOCRA) or CCRC (ACRP) certification
- Experience with RECIST
"""

RESUME = """\
Dana Whitfield
Columbus, OH | dana.whitfield@example.com | (614) 555-0190

EXPERIENCE
Clinical Research Coordinator, Riverbend Heart Institute - Columbus, OH
Jul 2021 - Present
- Consented and enrolled 60+ participants across 5 sponsored cardiology trials
- Entered visit data in Medidata Rave and InForm; closed most queries within 3 days
- Prepared IRB initial submissions, amendments and continuing reviews
- Reported SAEs to sponsors within 24 hours; kept regulatory binders inspection-ready
- Hosted 20+ monitoring visits and one FDA inspection with no findings
- Tracked visit windows in OnCore; measured tumor response using RECIST 1.1 worksheets

CERTIFICATIONS
CCRP, Society of Clinical Research Associates (SOCRA), 2023
CITI GCP and Human Subjects Protection, 2024

SKILLS
ICH-GCP, 21 CFR Part 11, REDCap, Medidata Rave, OnCore, Excel
"""


def test_a_clinical_research_coordinator_against_an_oncology_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in (
        "informed-consent",
        "participant-recruitment",
        "irb-submissions",
        "adverse-event-reporting",
        "regulatory-binders",
        "site-monitoring",
        "clinical-research",
        "good-clinical-practice",
        "oncore",
        "recist",
    ):
        assert_matched(report, skill)
    asked = {s for r in report.requirements for s in r.skills}
    assert "google-cloud" not in asked
    # "EDC systems (Medidata Rave, REDCap)": the examples stand in for EDC
    assert requirement_line(report, "electronic-data-capture").credited_for == "medidata-rave"
    # "OnCore (CTMS)": the brackets say what OnCore is; no second line for CTMS
    assert "clinical-trial-management-systems" not in asked
    # "CCRP (SOCRA) or CCRC (ACRP) certification": one choice, met by the CCRP
    choice = assert_matched(report, "ccrp-certification")
    assert set(choice.skills) == {"ccrp-certification", "ccrc-certification"}
    assert "google-cloud" not in {s.id for s in extract(RESUME, kind="resume").skills}


def test_gcp_is_the_cloud_beside_cloud_words_and_clinical_practice_beside_trial_words() -> None:
    cloud = posting_item("- Experience with AWS or GCP, Terraform and Kubernetes")
    assert "google-cloud" in {s.id for s in cloud.skills}
    assert "good-clinical-practice" not in {s.id for s in cloud.skills}
    trials = posting_item("- Working knowledge of GCP and FDA regulations for clinical trials")
    ids = {s.id for s in trials.skills}
    assert "good-clinical-practice" in ids and "google-cloud" not in ids
    # alone in a posting of neither kind, "GCP" stays the cloud's, as before
    alone = posting_item("- 3+ years of GCP")
    assert "google-cloud" in {s.id for s in alone.skills}


def test_a_care_community_and_a_banks_ratings_approach_are_no_clinical_research() -> None:
    resume = extract(
        "Experience\nCharge Nurse, Maple Grove CCRC (2019 - 2024)\n"
        "- Supervised care for 40 residents in a CCRC setting\n"
        "Credit Risk Analyst, First Bank (2015 - 2019)\n"
        "- Validated IRB models and PD/LGD parameters under Basel III\n"
    )
    ids = {s.id for s in resume.skills}
    assert not {"ccrc-certification", "irb-submissions"} & ids
