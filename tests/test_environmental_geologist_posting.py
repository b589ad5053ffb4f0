"""An environmental geologist's posting at a consulting firm: the field's work is read (Phase I
and II ESAs, groundwater sampling, boring logs, aquifer tests, EQuIS, UST closures, HAZWOPER);
a geology degree is a field of study; PFAS in drinking water is no fall protection, and a
Geologist-in-Training written out is no Git."""

from __future__ import annotations

import pytest

from builders import posting_item
from gapcheck import extract


def test_an_environmental_geologists_work_is_read() -> None:
    item = posting_item(
        "Phase I Environmental Site Assessments, Phase II ESAs, groundwater sampling (low-flow),"
        " logging soil borings,"
        " slug tests analysed in AQTESOLV, EQuIS data management and UST closure reports"
    )
    found = {s.id for s in item.skills}
    assert {
        "phase-i-esa",
        "phase-ii-esa",
        "groundwater-sampling",
        "soil-borings",
        "aquifer-testing",
        "aqtesolv",
        "equis",
        "underground-storage-tanks",
    } <= found


def test_a_geology_degree_asks_its_field() -> None:
    item = posting_item("B.S. in Geology, Hydrogeology or a related geoscience field")
    (degree,) = item.education
    assert "geology" in degree.fields


@pytest.mark.parametrize(
    ("line", "skill", "other"),
    [
        ("Sample groundwater and drinking water wells for PFAS", "pfas", "fall-protection"),
        ("Inspect PFAS, harnesses and lanyards before work at heights", "fall-protection", "pfas"),
    ],
)
def test_pfas_is_read_by_its_neighbours(line: str, skill: str, other: str) -> None:
    found = {s.id for s in posting_item(line, section="Responsibilities").skills}
    assert skill in found and other not in found


def test_a_geologist_in_training_is_no_git() -> None:
    item = posting_item("Geologist-in-Training (GIT) or Professional Geologist registration")
    found = {s.id for s in (*item.skills, *item.certifications)}
    assert "geologist-in-training" in found and "git" not in found


def test_a_developers_pg_is_postgresql() -> None:
    profile = extract("SKILLS\nPG, MySQL, Redis, SQL queries\n", kind="resume")
    found = {s.id for s in profile.skills}
    assert "postgresql" in found and "professional-geologist" not in found


@pytest.mark.parametrize(
    "text",
    [
        "working under the supervision of a California Professional Geologist.",
        "The analyst works closely with and reporting to the Data Science Manager.",
    ],
)
def test_the_person_one_works_under_asks_for_nothing(text: str) -> None:
    profile = extract(f"About the role\n{text}\n\nRequirements\n- Field work\n", kind="job")
    asked = {s.id for s in (*profile.skills, *profile.certifications)}
    assert asked.isdisjoint({"professional-geologist", "data-science"})


@pytest.mark.parametrize(("name", "skill"), [("JESD204C", "jesd204"), ("Pix4D", "drone-mapping")])
def test_a_name_ending_in_a_digit_and_a_capital_keeps_clear_of_its_full_stop(
    name: str, skill: str
) -> None:
    item = posting_item(f"Experience with {name}.")
    assert skill in {s.id for s in item.skills}
