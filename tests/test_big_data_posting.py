"""A big data engineer's CV in the Indian style (career objective, "Roles & Responsibilities"
under each project, personal details, declaration) against a posting of labelled lines: the
title's label is no part of the title ("Job Title: Big Data Engineer"); "Experience: 4-7 Years"
states the experience asked; "B.E./B.Tech" splits at its slash and is a degree; "Built ADF
pipelines" shows Azure Data Factory and data pipelines, and Azure Data Factory is an ETL
tool."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Job Title: Big Data Engineer
Location: Pune / Bangalore
Experience: 4-7 Years

Mandatory Skills:
* Spark (Scala or PySpark), Hive, Kafka
* Strong SQL

Roles & Responsibilities:
* Design and develop ETL pipelines processing 5 TB of data daily

Education: B.E./B.Tech in Computer Science or equivalent
"""

RESUME = """\
CURRICULUM VITAE

RAHUL SHARMA
Email: rahul.sharma@example.com | Mobile: +91-98765-43210

CAREER OBJECTIVE
To work in a challenging environment where I can use my Big Data skills.

WORK EXPERIENCE
Senior Software Engineer - Infosys Ltd, Pune (Jun 2021 - Till Date)
Project: Customer 360 Data Lake
Roles & Responsibilities:
* Developed Spark Streaming jobs in Scala to consume events from Kafka.
* Built ADF pipelines to ingest data from 40 source systems into ADLS.
* Wrote Hive queries and SQL views for the reporting layer.

EDUCATION
B.Tech (Computer Science), VIT University, 2018 - 8.2 CGPA

DECLARATION
I hereby declare that the above information is true to the best of my knowledge.
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


def test_the_title_without_its_label(report) -> None:
    assert report.job_title == "Big Data Engineer"
    assert extract("Position: Data Analyst\n\nRequirements\n- SQL\n", kind="job").title == (
        "Data Analyst"
    )
    # A dash inside a title is no label.
    title = extract("Senior Engineer - Payments\n\nRequirements\n- SQL\n", kind="job").title
    assert title == "Senior Engineer - Payments"


def test_a_labelled_line_states_the_experience_asked(report) -> None:
    assert report.job_experience_years == 4


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("B.E./B.Tech in Computer Science or equivalent", "bachelors-degree"),
        ("M.S./Ph.D. in Statistics", "masters-degree"),
    ],
)
def test_degrees_joined_by_a_slash_after_a_full_stop(line: str, level: str) -> None:
    (degree,) = posting_item(line).education
    assert degree.level == level


def test_the_degree_is_met(report) -> None:
    (degree,) = report.education
    assert degree.status == "matched", degree.reason


def test_adf_pipelines_are_data_pipelines_and_adf_is_etl(report) -> None:
    resume = extract(
        "EXPERIENCE\nEngineer, Acme\n2020 - 2024\n"
        "- Built ADF pipelines to ingest data from 40 source systems into ADLS.\n"
    )
    assert {"azure-data-factory", "data-pipelines"} <= set(resume.skill_ids)
    line = requirement_line(report, "etl")
    assert line.credit_kind == "implied" and line.credited_through == "azure-data-factory"
    assert_matched(report, "apache-spark")
