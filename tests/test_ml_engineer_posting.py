"""A machine learning engineer against a recommendations posting: the posting's title names the
role's field ("Machine Learning Engineer" asks for machine learning); a team one works with is
no skill asked ("with the data science team"); "MLOps tooling such as MLflow, Kubeflow or
SageMaker" and "vector databases (FAISS, Milvus)" are one requirement each, which MLflow and
FAISS meet; "production ML systems" is machine learning; "Publications at RecSys" asks for
papers at a conference, not for recommender systems a second time."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import compare, extract

POSTING = """\
Senior Machine Learning Engineer, Recommendations
Northwind Media | New York, NY

What you'll do
- Train and ship ranking and retrieval models at scale
- Run online A/B tests and read the results with the data science team

What we're looking for
- 5+ years building production ML systems in Python
- Experience with recommender systems or search ranking
- Familiarity with MLOps tooling such as MLflow, Kubeflow or SageMaker

Nice to have
- Publications at RecSys, KDD, NeurIPS or similar venues
- Experience with vector databases (FAISS, Milvus)
"""

RESUME = """\
PRIYA RAMANATHAN
priya.r@example.com | (718) 555-0199

EXPERIENCE
Machine Learning Engineer | Shoply | Jan 2019 - Present
- Built a two-tower retrieval model in PyTorch for our recommender system; +7% add-to-cart
  in an A/B test
- Tracked 300+ experiments in MLflow and served models on Kubernetes
- Prototyped nearest-neighbour search with FAISS over 20M embeddings

SKILLS
Python, PyTorch, SQL, machine learning
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


def test_the_postings_title_names_the_fields_of_the_role() -> None:
    job = extract("Machine Learning Engineer\n\nRequirements\n- 5+ years of SQL\n", kind="job")
    assert job.skill("machine-learning") is not None
    # Only the title's own line: a later line of the same opening block is no title.
    job = extract(
        "Senior Engineer\nOur machine learning platform serves 30M readers.\n\n"
        "Requirements\n- 5+ years of SQL\n",
        kind="job",
    )
    assert job.skill("machine-learning") is None


def test_a_team_worked_with_is_no_skill_asked(report) -> None:
    assert not [r for r in report.requirements if "data-science" in r.skills]
    job = posting_item("Partner closely with the analytics team and our data science team")
    assert job.skill("data-science") is None


@pytest.mark.parametrize(
    ("skill", "members"),
    [
        ("mlops", {"mlops", "mlflow", "kubeflow", "amazon-sagemaker"}),
        ("vector-databases", {"vector-databases", "faiss", "milvus"}),
    ],
)
def test_a_kind_with_its_examples_is_one_requirement(report, skill: str, members) -> None:
    line = assert_matched(report, skill)
    assert set(line.skills) == members
    assert not [r for r in report.requirements if r is not line and set(r.skills) & members]


def test_production_ml_systems_are_machine_learning(report) -> None:
    line = assert_matched(report, "machine-learning")
    assert line.min_years == 5
    assert "machine-learning" not in {e.id for e in report.extra}


def test_a_conference_is_no_skill_asked_twice(report) -> None:
    (line,) = [r for r in report.requirements if "recommender-systems" in r.skills]
    assert line.status == "matched" and line.importance == "required"
    assert posting_item("Publications at RecSys or KDD").skill("recommender-systems") is None
    resume = extract("SKILLS\nRecSys, ranking models\n")
    assert "recommender-systems" in resume.skill_ids


def test_mlflow_is_a_kind_of_mlops() -> None:
    job = posting_item("Hands-on MLOps experience")
    resume = extract(
        "EXPERIENCE\nML Engineer | Acme | 2020 - 2024\n- Tracked experiments in MLflow\n"
    )
    line = requirement_line(compare(resume, job), "mlops")
    assert line.credit_kind == "implied" and line.credited_through == "mlflow"
