"""A product with its parts in parentheses is one requirement: "Proficiency in Microsoft Office
(Word, Excel, Outlook, PowerPoint)" asks for Microsoft Office and says what it means, so a
candidate without Outlook misses a little of one line, not a whole required skill; examples
after a category ("cloud platforms (AWS, GCP, Azure)") are alternatives, any one enough."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from builders import posting_item, requirement_line
from gapcheck import analyze, compare, extract
from gapcheck.comparison import score_match
from gapcheck.render import render_text
from gapcheck.summary import fix_first
from gapcheck.tailor import resume_tips

POSTING = """\
Office Coordinator

Responsibilities
- Manage the front desk, answer phone calls and greet visitors
- Order office supplies and coordinate with vendors

Requirements
- 2+ years of experience in an administrative role
- Proficiency in Microsoft Office (Word, Excel, Outlook, PowerPoint)
- Experience with AWS (EC2, S3, Lambda) is a plus
"""

RESUME = """\
Jane Doe
jane.doe@example.com

Experience
Administrative Assistant, Brightside Ltd, London
March 2021 - Present
- Managed the front desk, answered phone calls and greeted visitors
- Prepared monthly reports in Excel and Word for the operations manager
- Coordinated with vendors for office supplies

Skills
Scheduling, data entry
"""

OFFICE_PARTS = ("microsoft-word", "microsoft-excel", "microsoft-outlook", "microsoft-powerpoint")


def _job(line: str):
    return posting_item(line)


def test_the_parts_are_read_as_the_products_details() -> None:
    job = _job("Proficiency in Microsoft Office (Word, Excel, Outlook, PowerPoint)")
    office = job.skill("microsoft-office")
    assert office is not None and office.details == OFFICE_PARTS and office.standalone
    for part in OFFICE_PARTS:
        found = job.skill(part)
        assert found is not None and found.standalone is False, part
    assert job.groups == ()


@pytest.mark.parametrize(
    ("line", "head", "parts"),
    [
        ("Experience with AWS (EC2, S3, Lambda) is a plus", "aws",
         ("amazon-ec2", "amazon-s3", "aws-lambda")),
        ("Strong Apache Spark (PySpark, Spark SQL) skills", "apache-spark",
         ("pyspark", "spark-sql")),
        ("Microsoft Office (e.g. Word and Excel)", "microsoft-office",
         ("microsoft-word", "microsoft-excel")),
        ("AWS (EC2, S3 etc.), Docker and Kubernetes", "aws", ("amazon-ec2", "amazon-s3")),
        ("Microsoft Office (Word, Excel), Jira and Confluence", "microsoft-office",
         ("microsoft-word", "microsoft-excel")),
    ],
)  # fmt: skip
def test_lists_of_parts(line: str, head: str, parts: tuple[str, ...]) -> None:
    job = _job(line)
    found = job.skill(head)
    assert found is not None and found.details == parts


@pytest.mark.parametrize(
    "line",
    [
        "Apache Spark (PySpark or Scala)",  # alternatives, and Scala is no part of Spark
        "Kubernetes (CKAD) certification a plus",  # a certification is no part
        "Python (Django, Flask) and SQL",  # frameworks, asked for besides the language
        "JavaScript (AngularJS or React)",
    ],
)
def test_what_is_no_list_of_parts(line: str) -> None:
    job = _job(line)
    assert all(not s.details for s in job.skills), [(s.id, s.details) for s in job.skills]


def test_a_part_after_the_parenthesis_is_asked_on_its_own() -> None:
    job = _job("Microsoft Office (Word) and Excel")
    office, excel = job.skill("microsoft-office"), job.skill("microsoft-excel")
    assert office is not None and office.details == ("microsoft-word",)
    assert excel is not None and excel.standalone


def test_a_part_asked_on_its_own_elsewhere_stays_a_requirement() -> None:
    posting = POSTING + "- Advanced Excel skills (pivot tables, VLOOKUP)\n"
    report = analyze(RESUME, posting)
    assert requirement_line(report, "microsoft-excel").status == "matched"
    assert "microsoft-excel" in requirement_line(report, "microsoft-office").details


def test_examples_of_a_category_are_alternatives() -> None:
    job = _job("Experience with cloud platforms (AWS, GCP, Azure)")
    assert [g.skills for g in job.groups] == [("cloud-platforms", "aws", "google-cloud", "azure")]
    resume = extract("Experience\n- Deployed services on AWS with Terraform\n", kind="resume")
    (line,) = compare(resume, job).requirements
    assert line.status == "matched"


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_one_line_for_the_product_and_its_parts(report) -> None:
    office = requirement_line(report, "microsoft-office")
    assert office.label == "Microsoft Office (Word, Excel, Outlook, PowerPoint)"
    assert office.details == OFFICE_PARTS
    assert set(office.details_shown) == {"microsoft-word", "microsoft-excel"}
    assert not any(part in r.skills for r in report.requirements for part in OFFICE_PARTS)
    aws = requirement_line(report, "aws")
    assert aws.label == "Amazon Web Services (EC2, S3, Lambda)" and aws.status == "missing"


def test_the_parts_shown_earn_their_share(report) -> None:
    office = requirement_line(report, "microsoft-office")
    # Two of the four parts shown in use: a narrower skill's credit and half of what is left.
    weights = report.weights
    assert office.status == "partial" and office.credit_kind == "implied"
    assert office.credit == pytest.approx(weights.implied + (1 - weights.implied) * 0.5)
    assert "2 of the 4" in office.reason
    assert "not Microsoft Outlook or Microsoft PowerPoint" in office.reason
    # One line of evidence for both parts ("in Excel and Word").
    assert {e.line for e in office.evidence} == {8}


def test_no_part_is_a_fix_of_its_own(report) -> None:
    actions = " ".join(fix.action for fix in fix_first(report))
    assert "Outlook" not in actions and "PowerPoint" not in actions and "EC2" not in actions
    # Word and Excel are the Office asked for, not a related skill beside a gap.
    assert not {"microsoft-word", "microsoft-excel"} & {x.id for x in report.extra}


def test_every_part_shown_meets_the_requirement() -> None:
    resume = RESUME.replace(
        "Scheduling, data entry",
        "Scheduling, data entry\n\nProjects\n- Built the team's Outlook rules and PowerPoint "
        "templates",
    )
    office = requirement_line(analyze(resume, POSTING), "microsoft-office")
    assert office.status == "matched" and office.credit == 1.0
    assert "every one the posting names" in office.reason


def test_the_product_named_itself_meets_it() -> None:
    resume = RESUME.replace("in Excel and Word", "in Microsoft Office")
    office = requirement_line(analyze(resume, POSTING), "microsoft-office")
    assert office.status == "matched" and office.credit_kind == "direct"
    assert office.details_shown == ()


def test_the_score_agrees_with_the_report(report) -> None:
    resume = extract(RESUME, kind="resume")
    job = extract(POSTING, kind="job")
    scored = score_match(resume, job)
    assert scored.score == compare(resume, job).score
    assert [r.credit for r in scored.requirements] == [r.credit for r in report.requirements]


def test_the_tips_and_the_text_report(report) -> None:
    tips = resume_tips(report, resume_text=RESUME)
    assert [t.term for t in tips if t.kind == "name-implied"] == ["Microsoft Office"]
    out = io.StringIO()
    render_text(report, Console(file=out, width=200, force_terminal=False), full=True)
    text = out.getvalue()
    lines = [line for line in text.splitlines() if "shown in part: " in line]
    assert lines and all("Microsoft Excel" in line and "Microsoft Word" in line for line in lines)
