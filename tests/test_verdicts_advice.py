"""Issue 14, advice: the posting's own statement for each requirement, reasons that read as
sentences and say what they cost, a calibrated score, tips that never ask for what is there, and a
cover letter that reads like one."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from gapcheck import analyze, compare
from gapcheck.models import (
    EducationMention,
    Mention,
    ProfileSkill,
    RequirementGroup,
    SkillProfile,
)
from gapcheck.statements import MAX_JOB_TEXT, cap_statement
from gapcheck.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# (resume, job) of each shipped example pair: a candidate and the posting they fit.
EXAMPLE_PAIRS = [
    ("resume_ai_engineer.txt", "job_ai_engineer.txt"),
    ("resume_ai_engineer.pdf", "job_ai_engineer.txt"),
    ("resume_data_engineer.txt", "job_data_engineer.txt"),
    ("resume_data_engineer.pdf", "job_data_engineer.txt"),
]


@pytest.fixture(scope="module")
def example_reports():
    return {pair: analyze(EXAMPLES / pair[0], EXAMPLES / pair[1]) for pair in EXAMPLE_PAIRS}


# ------------------------------------------------------------------------------------------
# Hand-made profiles


def _mention(text: str, section: str, start: int = 0) -> Mention:
    return Mention(
        text=text, start=start, end=start + len(text), section=section, line=1, context=text
    )


def have(
    skill_id: str, *, years: float | None = 5.0, listed: bool = False, start: int = 0
) -> ProfileSkill:
    """A resume skill: used in a dated experience entry, or only listed in the skills section."""
    skill = TAXONOMY[skill_id]
    return ProfileSkill(
        id=skill.id,
        name=skill.name,
        category=skill.category,
        kind=skill.kind,
        years=None if listed else years,
        evidence="listed" if listed else "experience",
        mentions=(_mention(skill.name, "skills" if listed else "experience", start),),
    )


def ask(
    skill_id: str,
    importance: str = "required",
    *,
    min_years: float | None = None,
    standalone: bool = True,
    start: int = 0,
) -> ProfileSkill:
    """A job skill asked for."""
    skill = TAXONOMY[skill_id]
    return ProfileSkill(
        id=skill.id,
        name=skill.name,
        category=skill.category,
        kind=skill.kind,
        importance=importance,
        standalone=standalone,
        min_years=min_years,
        mentions=(_mention(skill.name, "requirements", start),),
    )


def resume(*skills: ProfileSkill, degree: EducationMention | None = None) -> SkillProfile:
    return SkillProfile(
        kind="resume",
        skills=skills,
        education=(degree,) if degree is not None else (),
        experience_years=8.0,
    )


def job(
    *skills: ProfileSkill,
    groups: tuple[RequirementGroup, ...] = (),
    degree: EducationMention | None = None,
) -> SkillProfile:
    return SkillProfile(
        kind="job", skills=skills, groups=groups, education=(degree,) if degree else ()
    )


def group(*skill_ids: str, importance: str = "required", start: int = 1000) -> RequirementGroup:
    return RequirementGroup(
        skills=skill_ids,
        importance=importance,
        text=" or ".join(skill_ids),
        start=start,
        end=start + 50,
    )


def degree(
    level: str | None, rank: int | None, fields: tuple[str, ...], text: str, **asked: object
) -> EducationMention:
    return EducationMention(
        level=level, level_rank=rank, fields=fields, text=text, start=0, end=len(text), **asked
    )


# ------------------------------------------------------------------------------------------
# 2. The posting's own statement for each requirement

POSTING = """Data Engineer at Acme Freight

Requirements
- Build and operate the batch pipelines that feed our forecasting models, orchestrated with
  Apache Airflow and tested on every pull request.
- 3+ years of experience with Python in a professional setting.
- Proficiency in at least one of Python, Java or Scala.
- Our platform moves freight for twelve hundred shippers across the continent, and every team
  that touches it, from routing to billing to the warehouse floor, relies on the same shared
  services, so you should be at home running them on Kubernetes clusters in two regions.
"""


@pytest.fixture(scope="module")
def posting_report():
    return analyze("Skills\nPython\n", POSTING)


def _requirement(report, *skill_ids):
    return next(r for r in report.requirements if set(r.skills) == set(skill_ids))


def test_job_text_is_the_whole_wrapped_bullet(posting_report):
    airflow = _requirement(posting_report, "apache-airflow")
    assert airflow.job_text == (
        "Build and operate the batch pipelines that feed our forecasting models, orchestrated "
        "with Apache Airflow and tested on every pull request."
    )


def test_job_text_is_the_line_that_asks_for_the_skill_on_its_own(posting_report):
    python = _requirement(posting_report, "python")
    assert python.min_years == 3
    assert python.job_text == "3+ years of experience with Python in a professional setting."
    either = next(r for r in posting_report.requirements if len(r.skills) > 1)
    assert either.job_text == "Proficiency in at least one of Python, Java or Scala."


def test_a_long_sentence_is_capped_at_a_word_boundary_around_the_term(posting_report):
    asked = [r for r in posting_report.requirements if "kubernetes" in r.skills]
    assert asked
    for requirement in asked:
        text = requirement.job_text
        assert len(text) <= MAX_JOB_TEXT
        assert "Kubernetes" in text
        assert text.startswith("…") or text.endswith("…")
        words = set(re.findall(r"\w+", POSTING))
        assert set(re.findall(r"\w+", text)) <= words  # no word cut in half


@pytest.mark.parametrize(
    ("statement", "term", "limit", "expected"),
    [
        ("Short enough.", "", 200, "Short enough."),
        (
            "Experience with Spark, Hadoop or MongoDB and more",
            "",
            30,
            "Experience with Spark, Hadoop…",
        ),
        ("alpha beta gamma delta epsilon zeta eta theta", "theta", 20, "…zeta eta theta"),
        ("alpha beta gamma delta epsilon zeta eta theta", "delta", 20, "…delta epsilon zeta…"),
    ],
)
def test_cap_statement(statement, term, limit, expected):
    capped = cap_statement(statement, term, limit)
    assert capped == expected
    assert len(capped) <= limit


# ------------------------------------------------------------------------------------------
# 3. Reasons read as sentences and say what they cost

_BROKEN = re.compile(
    r"\bNone\b|\s{2}|\s[,.;:)]|\(\s*\)|“\s*”|''|\bno dated of\b|\b(?:a|an) (?:a|an)\b|\.\.|; ;"
)


def assert_reads_as_sentence(text: str) -> None:
    assert text[:1].isupper(), text
    assert text.endswith(".") and not text.endswith(".."), text
    assert not _BROKEN.search(text), text
    words = re.findall(r"[\w'’+#/.-]+", text.lower())
    doubled = [a for a, b in itertools.pairwise(words) if a == b]
    assert not doubled, (doubled, text)


def assert_cost_is_stated(result) -> None:
    lost = round(result.weight * (1 - result.credit), 1)
    if lost > 0:
        assert result.reason.endswith(f" This costs {lost:g} of 100 points."), result.reason
    else:
        assert "costs" not in result.reason


# (case id, resume skills, job skills, groups, the words the reason must hold)
REASON_CASES = [
    ("missing", [], [ask("kubernetes")], (), "The resume does not show Kubernetes."),
    ("direct", [have("python")], [ask("python")], (), "The resume shows Python."),
    (
        "listed only",
        [have("git", listed=True)],
        [ask("git")],
        (),
        "The resume lists Git but never uses it in experience or projects.",
    ),
    (
        "used through a narrower skill",
        [have("aws", listed=True), have("amazon-sagemaker")],
        [ask("aws")],
        (),
        "The resume lists Amazon Web Services and uses it through Amazon SageMaker.",
    ),
    (
        "fewer years",
        [have("python", years=1.5)],
        [ask("python", min_years=3)],
        (),
        "The resume shows Python; its dated entries add up to 1.5 years, where 3+ are asked.",
    ),
    (
        "no dated years",
        [have("python", listed=True)],
        [ask("python", min_years=3)],
        (),
        "no dated entry shows it, where 3 years or more are asked.",
    ),
    (
        "implied",
        [have("pytorch")],
        [ask("deep-learning")],
        (),
        "The resume does not name Deep learning, but shows PyTorch, which implies it.",
    ),
    (
        "implied, fewer years",
        [have("pytorch", years=1)],
        [ask("deep-learning", min_years=4)],
        (),
        "PyTorch's dated entries add up to 1 year, where 4+ are asked.",
    ),
    (
        "named with too few years, more through a narrower skill",
        [have("deep-learning", years=0.5), have("pytorch", years=6)],
        [ask("deep-learning", min_years=5)],
        (),
        "more credit comes through PyTorch, which implies it.",
    ),
    (
        "related",
        [have("docker")],
        [ask("kubernetes")],
        (),
        "The resume does not show Kubernetes; the related skill Docker earns partial credit.",
    ),
    (
        "group met",
        [have("pytorch")],
        [ask("tensorflow", standalone=False), ask("pytorch", standalone=False)],
        (group("tensorflow", "pytorch"),),
        "The resume shows PyTorch (any one of TensorFlow or PyTorch is enough).",
    ),
    (
        "group of two, none shown",
        [],
        [ask("apache-kafka", standalone=False), ask("amazon-kinesis", standalone=False)],
        (group("apache-kafka", "amazon-kinesis"),),
        "The resume shows neither Apache Kafka nor Amazon Kinesis.",
    ),
    (
        "group of three, none shown",
        [],
        [ask(s, standalone=False) for s in ("java", "go", "rust")],
        (group("java", "go", "rust"),),
        "The resume shows none of Java, Go or Rust.",
    ),
]


@pytest.mark.parametrize(
    ("resume_skills", "job_skills", "groups", "expected"),
    [case[1:] for case in REASON_CASES],
    ids=[case[0] for case in REASON_CASES],
)
def test_every_requirement_reason_reads_as_a_sentence(resume_skills, job_skills, groups, expected):
    report = compare(resume(*resume_skills), job(*job_skills, groups=groups), taxonomy=TAXONOMY)
    (result,) = report.requirements
    assert expected in result.reason
    assert_reads_as_sentence(result.reason)
    assert_cost_is_stated(result)


def test_the_implied_through_a_degree_reason():
    field_degree = degree("bachelors-degree", 2, ("statistics",), "B.Sc. in Statistics")
    report = compare(resume(degree=field_degree), job(ask("statistics")), taxonomy=TAXONOMY)
    (result,) = report.requirements
    assert result.reason.startswith(
        "The resume does not name Statistics, but its degree covers it."
    )
    assert_reads_as_sentence(result.reason)
    assert_cost_is_stated(result)


ASKED_BSC = degree(
    "bachelors-degree",
    2,
    ("computer-science", "information-technology", "engineering"),
    "A degree in Computer Science, Information Technology or Engineering",
    importance="required",
)
EDUCATION_CASES = [
    (
        "met",
        degree("bachelors-degree", 2, ("computer-science",), "B.Sc. in Computer Science"),
        ASKED_BSC,
        "The resume's “B.Sc. in Computer Science” meets what the posting asks for: a Bachelor's "
        "degree in Computer Science, Information Technology or Engineering.",
    ),
    (
        "another field",
        degree("bachelors-degree", 2, ("economics",), "B.A. in Economics"),
        ASKED_BSC,
        "The resume's “B.A. in Economics” meets the level but not the field: the posting asks "
        "for a Bachelor's degree in Computer Science, Information Technology or Engineering.",
    ),
    (
        "another field, equivalent experience accepted",
        degree("bachelors-degree", 2, ("economics",), "B.A. in Economics"),
        ASKED_BSC.model_copy(update={"or_equivalent": True}),
        "or equivalent experience, and the resume shows 8 years of work.",
    ),
    (
        "no degree, equivalent experience accepted",
        None,
        ASKED_BSC.model_copy(update={"or_equivalent": True}),
        "The resume does not show a Bachelor's degree in Computer Science, Information "
        "Technology or Engineering, but the posting accepts equivalent experience and the resume "
        "shows 8 years of work.",
    ),
    ("missing", None, ASKED_BSC, "The resume does not show a Bachelor's degree in Computer"),
    (
        "any degree in a field",
        None,
        degree(None, None, ("computer-science",), "A degree in CS", importance="required"),
        "The resume does not show a degree in Computer Science.",
    ),
    (
        "an MBA",
        None,
        degree("mba", 3, (), "MBA required", importance="required"),
        "The resume does not show an MBA.",
    ),
]


@pytest.mark.parametrize(
    ("has", "asked", "expected"),
    [case[1:] for case in EDUCATION_CASES],
    ids=[case[0] for case in EDUCATION_CASES],
)
def test_every_degree_reason_reads_as_a_sentence(has, asked, expected):
    report = compare(resume(degree=has), job(degree=asked), taxonomy=TAXONOMY)
    (result,) = report.education
    assert expected in result.reason
    assert_reads_as_sentence(result.reason)
    assert_cost_is_stated(result)


def test_reasons_of_the_example_reports_read_as_sentences(example_reports):
    for report in example_reports.values():
        for result in (*report.requirements, *report.education):
            assert_reads_as_sentence(result.reason)
            assert_cost_is_stated(result)
