"""Degrees are one entry each, fields of study kept as written; names split from punctuation,
and short hyphenated names kept whole however they are capitalised."""

from __future__ import annotations

import pytest

import gapcheck

RESUME_WITH_A_PHD_THREE_TIMES = """\
Jane Doe, PhD
jane@example.org

Summary
Data scientist with a PhD and eight years of experience in language technology.

Experience
Data Scientist, Acme Corp (2018 - 2024)
- Built text classifiers in Python and deployed them with Docker.

Education
PhD in Computational Linguistics, University of Edinburgh, 2018
Thesis: Parsing noisy user-generated text
MSc in Statistics, University of Leeds, 2014
"""

DEGREES_ON_LINES_WITHOUT_FULL_STOPS = """\
John Roe

EDUCATION
PhD, Computer Science - Stanford University, 2019
Dissertation: Scalable inference for probabilistic programs
M.S. Applied Mathematics, University of Michigan 2014
B.Sc. in Physics
University of Toronto, 2012
"""


def _degrees(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    profile = gapcheck.extract(text, kind="resume")
    return [(e.level, e.field_names) for e in profile.education]


def test_a_degree_named_in_the_name_line_and_summary_is_one_entry() -> None:
    assert _degrees(RESUME_WITH_A_PHD_THREE_TIMES) == [
        ("doctorate", ("Computational Linguistics",)),
        ("masters-degree", ("Statistics",)),
    ]


def test_a_degree_named_only_outside_the_education_section_is_kept_once() -> None:
    text = "Jane Doe, PhD\n\nSummary\nA researcher with a PhD.\n\nSkills\nPython, SQL\n"
    (degree,) = gapcheck.extract(text, kind="resume").education
    assert degree.level == "doctorate"


def test_each_degree_line_is_its_own_entry_and_a_thesis_line_belongs_to_none() -> None:
    profile = gapcheck.extract(DEGREES_ON_LINES_WITHOUT_FULL_STOPS, kind="resume")
    found = [(e.level, e.field_names, e.text.split()[0]) for e in profile.education]
    assert found == [
        ("doctorate", ("Computer Science",), "PhD,"),
        ("masters-degree", ("Applied Mathematics",), "M.S."),
        ("bachelors-degree", ("Physics",), "B.Sc."),
    ]
    assert not any("Dissertation" in e.text for e in profile.education[1:])


def test_a_field_of_study_is_education_not_a_skill() -> None:
    profile = gapcheck.extract(RESUME_WITH_A_PHD_THREE_TIMES, kind="resume")
    (phd, _) = profile.education
    assert phd.field_names == ("Computational Linguistics",)
    assert "Computational Linguistics" in phd.text
    assert all("Linguistics" not in m.text for s in profile.skills for m in s.mentions)


def test_a_job_asking_two_degrees_on_two_lines_keeps_both() -> None:
    job = gapcheck.extract(
        "Requirements\n- Bachelor's degree in Computer Science or a related field\n"
        "- Master's degree in Statistics preferred\n",
        kind="job",
    )
    assert [(e.level, e.importance) for e in job.education] == [
        ("bachelors-degree", "required"),
        ("masters-degree", "preferred"),
    ]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Med-surg experience required", "medical-surgical-nursing"),
        ("Low-code platforms a plus", "low-code-platforms"),
        ("MED-SURG experience required", "medical-surgical-nursing"),
    ],
)
def test_a_short_hyphenated_name_opening_a_line_is_one_token(line: str, skill: str) -> None:
    # "Med-surg": neither the name as written ("med-surg") nor str.title() ("Med-Surg").
    posting = gapcheck.extract(f"Requirements\n- {line}\n", kind="job")
    assert skill in {s.id for s in posting.skills}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Skills: Swift, iOS.\n", "ios"),
        ("Skills: PaaS, SaaS.\n", "saas"),
        ("Skills: REST APIs, gRPC.\n", "rest-api"),
        ("Skills: GraphQL.\n", "graphql"),
    ],
)
def test_a_name_is_split_from_the_punctuation_after_it(text: str, skill: str) -> None:
    profile = gapcheck.extract(text, kind="resume")
    assert skill in {s.id for s in profile.skills}
    (mention,) = profile.skill(skill).mentions  # type: ignore[union-attr]
    assert mention.text[-1].isalpha()


@pytest.mark.parametrize(
    ("text", "kind", "team"),
    [
        ("Responsibilities\n- Work with product, analytics and data science to ship datasets.\n",
         "job", "data-analysis"),
        ("Responsibilities\n- Partner closely with marketing and finance teams on reporting.\n",
         "job", "marketing"),
        ("Experience\n- Worked closely with merchandising, finance and marketing teams.\n",
         "resume", "marketing"),
        ("Responsibilities\n- Run launches with product management, sales and customer success.\n",
         "job", "sales"),
    ],
)  # fmt: skip
def test_the_teams_one_works_with_are_not_skills(text: str, kind: str, team: str) -> None:
    assert team not in {s.id for s in gapcheck.extract(text, kind=kind).skills}  # type: ignore[arg-type]


def test_working_with_a_skill_is_still_the_skill() -> None:
    job = gapcheck.extract(
        "Requirements\n- Experience working with data analysis and machine learning.\n"
        "- Work with engineers on data analysis pipelines.\n",
        kind="job",
    )
    assert {"data-analysis", "machine-learning"} <= {s.id for s in job.skills}


def test_a_clear_communicator_claims_communication() -> None:
    resume = gapcheck.extract(
        "Summary\nData engineer. I am a clear communicator with the analysts I support.\n",
        kind="resume",
    )
    assert "communication" in {s.id for s in resume.skills}


RESUME_WITH_ROLES = """\
Dana Okafor

Profile
Product marketer with five years in B2B SaaS.

Experience
Senior Product Marketing Manager - Ledgerly (accounting software), Austin, TX
March 2022 - March 2025
- Rewrote positioning for the core product after 30 customer interviews.

Product Marketing Manager - Brightdesk (help-desk software), Remote
June 2019 - February 2022
- Wrote website copy and case studies.

Skills
Product marketing, copywriting, HubSpot
"""


def test_a_role_held_counts_as_years_of_its_skill() -> None:
    skill = gapcheck.extract(RESUME_WITH_ROLES, kind="resume").skill("product-marketing")
    assert skill is not None
    assert skill.usage == "experience"
    assert skill.years is not None and 5.5 <= skill.years <= 6.0
    assert [m.line for m in skill.mentions] == [16]  # the titles are no evidence of their own


def test_the_years_a_resume_states_count() -> None:
    profile = gapcheck.extract(RESUME_WITH_ROLES, kind="resume")
    saas = profile.skill("saas")
    assert saas is not None and saas.years == 5.0
    data = gapcheck.extract(
        "Summary\nData engineer with 10 years of SQL and six of Python; Airflow daily.\n",
        kind="resume",
    )
    years = {s.id: s.years for s in data.skills}
    assert years["sql"] == 10.0
    assert years.get("python") is None and years.get("apache-airflow") is None
