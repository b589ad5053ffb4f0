"""A clinical data manager's posting at a CRO: the people one works with are no skills asked
("Collaborate with SAS programmers and biostatisticians"), nor is the role's own title in a
sentence ("As a Clinical Data Manager II you will lead..."); a "Why <employer>" heading opens
the benefits, whose conference budget asks for no budgeting."""

from __future__ import annotations

from builders import posting_item
from gapcheck import extract


def test_the_programmers_and_biostatisticians_one_works_with_are_not_asked() -> None:
    item = posting_item(
        "Collaborate with SAS programmers and biostatisticians on SDTM mapping",
        section="Responsibilities",
    )
    found = {s.id for s in item.skills}
    assert found.isdisjoint({"sas", "biostatistics"})


def test_a_role_noun_that_names_software_still_asks_it() -> None:
    item = posting_item("Experience with workflow managers (Nextflow, Snakemake or WDL)")
    assert {"workflow-orchestration", "nextflow"} <= {s.id for s in item.skills}


def test_a_skill_after_a_bracketed_aside_about_people_is_still_asked() -> None:
    item = posting_item(
        "Database basics (you must be able to liaise with specialists) Good problem solving skills"
    )
    assert "problem-solving" in {s.id for s in item.skills}


def test_the_roles_title_in_a_sentence_is_no_other_skill() -> None:
    profile = extract(
        "Job Overview\nAs a Clinical Data Manager II you will lead data management activities"
        " on one to three studies.\n",
        kind="job",
    )
    assert not [s for s in profile.other_skills if "manager" in s.name.lower()]


def test_a_why_heading_opens_the_benefits() -> None:
    profile = extract(
        "Requirements\n- 3+ years of clinical data management\n\nWhy Meridale\n"
        "Remote-first culture, competitive salary and bonus, 401(k)\nwith match, 20 days PTO,"
        " paid SCDM membership and conference\nbudget, and a clear career ladder.\n",
        kind="job",
    )
    assert "budgeting" not in {s.id for s in profile.skills}


def test_a_clinical_data_managers_work_is_read() -> None:
    item = posting_item(
        "Author the Data Management Plan, edit check specifications and CRF completion"
        " guidelines; working knowledge of CDISC (CDASH and SDTM), MedDRA and WHODrug coding",
        section="Requirements",
    )
    found = {s.id for s in item.skills}
    assert {"cdisc-standards", "whodrug", "meddra", "edit-checks"} <= found
    assert "clean-code" not in found


def test_a_cro_in_a_clinical_posting_is_no_marketing() -> None:
    item = posting_item("3+ years of clinical data management experience at a CRO or sponsor")
    found = {s.id for s in item.skills}
    assert "digital-marketing" not in found and "cro-industry" in found


def test_conversion_rate_optimisation_is_still_cro() -> None:
    item = posting_item("Own SEO, SEM and CRO with Google Analytics and landing page tests")
    assert "digital-marketing" in {s.id for s in item.skills}


def test_coding_adverse_events_is_the_trials_medical_coding_only() -> None:
    item = posting_item(
        "Coordinate medical coding of AEs and con meds using MedDRA and WHODrug",
        section="Responsibilities",
    )
    found = {s.id for s in item.skills}
    assert "clinical-dictionary-coding" in found and "medical-coding" not in found


def test_database_locks_led_are_shown() -> None:
    profile = extract(
        "EXPERIENCE\nClinical Data Manager, Acme CRO, 2021 - Present\n"
        "- Led 2 database locks (one interim, one final), both ahead of timeline\n",
        kind="resume",
    )
    assert "clinical-database-lock" in {s.id for s in profile.skills}
