"""Reading structure around the skills: sections, importance, either/or groups, years,
degrees and dated resume entries. Every document here is hand-written.
"""

from __future__ import annotations

import datetime as dt

import pytest

from gapcheck.documents import Document
from gapcheck.extraction import SkillExtractor
from gapcheck.models import SkillProfile

TODAY = dt.date(2024, 6, 30)
EXTRACTOR = SkillExtractor(today=TODAY)


def resume(text: str) -> SkillProfile:
    return EXTRACTOR.extract(Document.from_text(text), kind="resume")


def job(text: str) -> SkillProfile:
    return EXTRACTOR.extract(Document.from_text(text), kind="job")


def sections(profile: SkillProfile) -> list[tuple[str, str]]:
    return [(s.name, s.heading) for s in profile.sections]


def mention_sections(profile: SkillProfile) -> dict[str, list[str]]:
    return {s.id: [m.section for m in s.mentions] for s in profile.skills}


def importance(profile: SkillProfile) -> dict[str, str | None]:
    return {s.id: s.importance for s in profile.skills}


# ----------------------------------------------------------------------------- sections

RESUME_STYLES = {
    "capitals": "Jane Doe\n\nTECHNICAL SKILLS\nPython, SQL\n\nWORK EXPERIENCE\n"
    "- Built Docker images",
    "title case": "Jane Doe\n\nTechnical Skills\nPython, SQL\n\nProfessional Experience\n"
    "- Built Docker images",
    "colon": "Jane Doe\n\nSkills:\nPython, SQL\nExperience:\n- Built Docker images",
    "markdown #": "# Jane Doe\n\n## Skills\nPython, SQL\n\n## Experience\n- Built Docker images",
    "markdown **": "Jane Doe\n\n**Skills**\nPython, SQL\n\n**Experience**\n- Built Docker images",
    "numbered": "Jane Doe\n\n1. Skills\nPython, SQL\n2. Experience\n- Built Docker images",
    "heading: content": "Jane Doe\nSkills: Python, SQL\nExperience: built Docker images at Acme",
}


@pytest.mark.parametrize("style", RESUME_STYLES)
def test_resume_headings_in_every_style(style: str) -> None:
    profile = resume(RESUME_STYLES[style])
    assert [name for name, _ in sections(profile)] == ["header", "skills", "experience"]
    assert mention_sections(profile) == {
        "python": ["skills"],
        "sql": ["skills"],
        "docker": ["experience"],
    }


def test_resume_projects_section_counts_as_experience_evidence() -> None:
    profile = resume("Jane Doe\n\nSKILLS:\nPython\n\nPROJECTS:\n- A Docker tool")
    assert sections(profile)[-1] == ("projects", "PROJECTS")
    assert profile.skill("docker").usage == "experience"
    assert profile.skill("python").usage == "listed"


POSTING_WITH_HEADINGS = """Senior Data Engineer
About us
Acme builds retail analytics on Salesforce.
Requirements
- 3+ years of Python
- SQL
Nice to have
- Docker
Benefits
- Free Tableau training
We are an equal opportunity employer and value Jira users of every background.
"""


def test_posting_sections_and_what_is_not_a_requirement() -> None:
    profile = job(POSTING_WITH_HEADINGS)
    assert profile.title == "Senior Data Engineer"
    assert [name for name, _ in sections(profile)] == [
        "title",
        "about",
        "requirements",
        "preferred",
        "benefits",
        "legal",
    ]
    assert importance(profile) == {
        "salesforce": None,  # company blurb
        "python": "required",
        "sql": "required",
        "docker": "preferred",
        "tableau": None,  # benefits
        "jira": None,  # legal text
    }


ONE_PARAGRAPH_POSTING = (
    "Data Analyst at Foo Inc. About Us: we run our stores on Salesforce. Essential Duties and "
    "Responsibilities: build dashboards in Tableau. Minimum Skills and Competencies: SQL, "
    "Python. Optional (not required): Airflow. Benefits: free Kubernetes courses. Foo is an equal "
    "opportunity employer; we do not discriminate on the basis of Jira skills."
)


def test_posting_pasted_as_one_paragraph_with_inline_cues() -> None:
    profile = job(ONE_PARAGRAPH_POSTING)
    assert [name for name, _ in sections(profile)] == [
        "other",
        "about",
        "responsibilities",
        "requirements",
        "preferred",
        "benefits",
        "legal",
    ]
    levels = importance(profile)
    assert levels["salesforce"] is None
    assert levels["tableau"] == "required"  # named in the duties: asked of the hire
    assert levels["sql"] == levels["python"] == "required"
    assert levels["apache-airflow"] == "preferred"
    assert levels["kubernetes"] is None
    assert levels["jira"] is None


def test_skills_only_in_blurb_benefits_and_legal_text_are_not_requirements() -> None:
    profile = job(
        "Backend Engineer\n\nAbout the company\nWe sell software built with Kotlin.\n\n"
        "Requirements\n- Python\n\nPerks\n- A Figma licence\n\n"
        "Equal opportunity: we hire without regard to race, Salesforce admins included."
    )
    assert importance(profile) == {
        "backend-development": "required",  # the title names the role's field
        "kotlin": None,
        "python": "required",
        "figma": None,
        "salesforce-administration": None,  # "Salesforce admins", in the legal text
    }


# ----------------------------------------------------------------------------- importance


@pytest.mark.parametrize(
    "line",
    [
        "Experience with Docker is nice to have",
        "Docker is a plus",
        "Docker experience is a bonus",
        "Docker preferred",
    ],
)
def test_preferred_by_cue_in_the_clause(line: str) -> None:
    profile = job(f"Requirements:\n- Python\n- {line}")
    assert importance(profile) == {"python": "required", "docker": "preferred"}


@pytest.mark.parametrize("heading", ["Nice to have", "Bonus points", "Preferred qualifications"])
def test_preferred_by_section(heading: str) -> None:
    profile = job(f"Requirements\n- Python\n\n{heading}\n- Docker")
    assert importance(profile) == {"python": "required", "docker": "preferred"}


def test_a_skill_asked_for_twice_takes_the_stronger_importance() -> None:
    profile = job("Requirements\n- Docker\n\nNice to have\n- Docker and Kubernetes")
    assert importance(profile) == {"docker": "required", "kubernetes": "preferred"}


# ----------------------------------------------------------------------------- groups


@pytest.mark.parametrize(
    ("line", "members"),
    [
        ("PyTorch or TensorFlow", ("pytorch", "tensorflow")),
        ("Experience with at least one of Java or C++", ("java", "cpp")),
        ("Snowflake, Redshift or BigQuery", ("snowflake", "amazon-redshift", "bigquery")),
        (
            "Experience with cloud platforms such as AWS or GCP",
            ("cloud-platforms", "aws", "google-cloud"),
        ),
    ],
)
def test_either_or_groups(line: str, members: tuple[str, ...]) -> None:
    profile = job(f"Requirements:\n- {line}")
    (group,) = profile.groups
    assert group.skills == members
    assert group.importance == "required"
    text = f"Requirements:\n- {line}"
    assert text[group.start : group.end] == group.text


def test_group_with_such_as_examples() -> None:
    text = "Requirements:\n- Streaming tools such as Kafka or Pub/Sub"
    (group,) = job(text).groups
    assert group.skills[0] == "apache-kafka" and len(group.skills) == 2
    assert group.text == "Kafka or Pub/Sub"


def test_parentheses_after_a_tool_detail_it_after_a_category_give_examples() -> None:
    profile = job("Requirements:\n- Experience with Apache Spark (PySpark or Scala)")
    assert [g.skills for g in profile.groups] == [("pyspark", "scala")]
    assert profile.skill("apache-spark").standalone is True
    profile = job("Requirements:\n- Cloud platforms (AWS or GCP) and Docker")
    assert [g.skills for g in profile.groups] == [("cloud-platforms", "aws", "google-cloud")]
    assert profile.skill("docker").standalone is True


def test_preferred_group_keeps_its_importance() -> None:
    (group,) = job("Nice to have\n- PyTorch or JAX").groups
    assert (group.skills, group.importance) == (("pytorch", "jax"), "preferred")


@pytest.mark.parametrize(
    "line",
    ["Python, Java and C++", "Experience with algorithms, including neural networks"],
)
def test_lists_are_not_groups(line: str) -> None:
    profile = job(f"Requirements:\n- {line}")
    assert profile.groups == ()
    assert all(s.importance == "required" and s.standalone for s in profile.skills)
    assert len(profile.skills) >= 2


def test_group_members_are_not_standalone_requirements() -> None:
    profile = job("Requirements:\n- PyTorch or TensorFlow\n- Python")
    assert {s.id: s.standalone for s in profile.skills} == {
        "pytorch": False,
        "tensorflow": False,
        "python": True,
    }


# ----------------------------------------------------------------------------- years


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5+ years of Python", {"python": 5.0}),
        ("At least 3 years building pipelines in Python", {"python": 3.0}),
        ("2-4 years of SQL", {"sql": 2.0}),
        ("Python (3+ years)", {"python": 3.0}),
        ("Three years of Java", {"java": 3.0}),
        ("5+ years of Python and 2 years of Docker", {"python": 5.0, "docker": 2.0}),
        ("Python and SQL. 4 years of Java.", {"python": None, "sql": None, "java": 4.0}),
    ],
)
def test_years_go_to_the_skills_they_govern(line: str, expected: dict[str, float | None]) -> None:
    profile = job(f"Requirements:\n- {line}")
    assert {s.id: s.min_years for s in profile.skills} == expected
    assert profile.experience_years is None


def test_years_of_experience_alone_are_the_overall_experience() -> None:
    profile = job("Requirements:\n- 5+ years of experience\n- Python")
    assert profile.experience_years == 5.0
    assert profile.skill("python").min_years is None


def test_group_years() -> None:
    (group,) = job("Requirements:\n- 3+ years of PyTorch or TensorFlow").groups
    assert group.min_years == 3.0


# ----------------------------------------------------------------------------- degrees


@pytest.mark.parametrize(
    ("line", "level", "fields", "level_importance", "or_equivalent"),
    [
        (
            "Master's in CS or related field",
            "masters-degree",
            ("computer-science",),
            "required",
            False,
        ),
        ("BSc in Statistics", "bachelors-degree", ("statistics",), "required", False),
        ("PhD preferred", "doctorate", (), "preferred", False),
        (
            "Bachelor's degree in Computer Science or equivalent experience",
            "bachelors-degree",
            ("computer-science",),
            "required",
            True,
        ),
    ],
)
def test_degrees_in_postings(
    line: str, level: str, fields: tuple[str, ...], level_importance: str, or_equivalent: bool
) -> None:
    profile = job(f"Requirements:\n- Python\n- {line}")
    (degree,) = profile.education
    assert (degree.level, degree.fields, degree.importance, degree.or_equivalent) == (
        level,
        fields,
        level_importance,
        or_equivalent,
    )
    # Degrees and fields of study are education, not skills.
    assert profile.skill_ids == ("python",)


def test_degree_in_a_resume() -> None:
    profile = resume("Jane Doe\n\nEducation\nMSc in Computer Science, 2019")
    (degree,) = profile.education
    assert (degree.level, degree.fields, degree.importance) == (
        "masters-degree",
        ("computer-science",),
        None,
    )
    assert degree.section == "education"


# ----------------------------------------------------------------------------- dated entries


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Mar 2021 – Present", dt.date(2021, 3, 1), TODAY),
        ("2018 - 2021", dt.date(2018, 1, 1), dt.date(2021, 12, 31)),
        ("06/2017 to 03/2020", dt.date(2017, 6, 1), dt.date(2020, 3, 31)),
        ("Summer 2020", dt.date(2020, 6, 1), dt.date(2020, 8, 31)),
        ("September 2017 onwards", dt.date(2017, 9, 1), TODAY),
    ],
)
def test_date_formats(line: str, start: dt.date, end: dt.date) -> None:
    profile = resume(f"Jane Doe\n\nExperience\nData Engineer, Acme, {line}\n- Python pipelines")
    (entry,) = profile.entries
    assert (entry.start_date, entry.end_date) == (start, end)
    assert entry.section == "experience"
    assert profile.skill("python").years == pytest.approx(round((end - start).days / 365.25, 1))


RESUME_WITH_ENTRIES = """Jane Doe
jane@example.com

EXPERIENCE
Data Engineer, Acme — Mar 2021 – Present
- Built pipelines with Airflow and Python
Analyst, Foo — 2018 - 2021
- Python and SQL reporting
Intern, Bar — 06/2017 to 03/2020
- Wrote SQL

SKILLS
Docker, Kubernetes, Python
"""


def test_skills_accrue_the_years_of_their_entries_overlaps_counted_once() -> None:
    profile = resume(RESUME_WITH_ENTRIES)
    years = {s.id: s.years for s in profile.skills}
    # Python: Mar 2021 - Jun 2024 and 2018 - 2021 overlap in 2021; merged: Jan 2018 - Jun 2024.
    assert years["python"] == 6.5
    # SQL: Jun 2017 - Mar 2020 and 2018 - 2021 overlap; merged: Jun 2017 - Dec 2021.
    assert years["sql"] == 4.6
    assert years["apache-airflow"] == 3.3
    assert years["docker"] is None and years["kubernetes"] is None
    # Overall experience: Jun 2017 - Jun 2024, every entry counted once.
    assert profile.experience_years == 7.1


def test_evidence_experience_or_listed() -> None:
    evidence = {s.id: s.usage for s in resume(RESUME_WITH_ENTRIES).skills}
    assert evidence == {
        "data-engineering": "experience",  # the role held: "Data Engineer, Acme"
        "apache-airflow": "experience",
        "data-pipelines": "experience",  # "Built pipelines with Airflow"
        "python": "experience",  # also listed, but used in an entry
        "sql": "experience",
        "docker": "listed",
        "kubernetes": "listed",
    }


def test_present_uses_the_injected_date() -> None:
    text = "Jane Doe\n\nExperience\nEngineer, Acme, Jan 2020 – Present\n- Python"
    early = SkillExtractor(today=dt.date(2021, 1, 1)).extract(Document.from_text(text), "resume")
    late = SkillExtractor(today=dt.date(2023, 1, 1)).extract(Document.from_text(text), "resume")
    assert early.entries[0].end_date == dt.date(2021, 1, 1)
    assert late.entries[0].end_date == dt.date(2023, 1, 1)
    assert (early.skill("python").years, late.skill("python").years) == (1.0, 3.0)


def test_postings_have_no_entries_and_resumes_no_importance() -> None:
    posting = job("Requirements:\n- Python, 2019 - 2021 projects")
    assert posting.entries == ()
    cv = resume("Jane Doe\n\nSkills\nPython")
    assert cv.skill("python").importance is None and cv.skill("python").min_years is None
