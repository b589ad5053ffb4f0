"""A data engineer's resume in a personal style ("WHAT I DO", "WHERE I HAVE WORKED", skills
separated by ▸, dates under the title) against a posting written as prose: the headings name
the summary and the experience, "Built Airflow pipelines" shows both Airflow and data
pipelines (CI/CD, test and scikit-learn pipelines are not data pipelines), smart meter data is
the energy sector, and a word that rejects a sense does so across a wrapped line as on one
line ("DOS\\nattack")."""

from __future__ import annotations

import pytest

from builders import posting_item, requirement_line, text_report
from gapcheck import extract

POSTING = """\
Senior Data Engineer

At Kestrel Energy we forecast solar and wind output for grid operators across Europe.

In this role you will design and own batch and streaming pipelines. Today most of our jobs run
as Airflow DAGs on Kubernetes; we are moving the heavy transformations to Spark on Databricks.

You should have at least five years of experience building data pipelines in Python and real
production experience with Spark. It would be nice if you have worked in the energy sector.
"""

RESUME = """\
LENA VOGT
data engineer · hamburg · lena.vogt@example.com · +49 151 5550 1234

WHAT I DO
I build data platforms that analysts trust.

SKILLS
Python ▸ SQL
Spark / PySpark ▸ Databricks ▸ Delta Lake
Airflow ▸ dbt ▸ Kubernetes

WHERE I HAVE WORKED

Nordwind Logistics GmbH — Hamburg
Senior Data Engineer
01/2022 – today
– Rebuilt the nightly batch on Spark (Databricks) with Delta Lake tables; runtime from 6 h to 40 min

Stadtwerke Kiel AG — Kiel
Data Engineer
09/2019 – 12/2021
– Built Airflow pipelines in Python for smart meter readings (time series, 2 bn rows a month)
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


def test_personal_headings_name_the_sections():
    profile = extract(RESUME, kind="resume")
    names = [s.name for s in profile.sections]
    assert "summary" in names and "experience" in names, names
    [spark] = [s for s in profile.skills if s.id == "apache-spark"]
    assert "experience" in {m.section for m in spark.mentions}


@pytest.mark.parametrize("skill", ["apache-airflow", "data-pipelines", "energy-sector"])
def test_the_pipelines_and_the_sector_are_shown(report, skill):
    line = requirement_line(report, skill)
    assert line.status != "missing", line.reason
    assert any(e.section == "experience" for e in line.evidence), line.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Maintain CI/CD pipelines in Jenkins for our Spark jobs",
        "Extend the build and test pipelines of the firmware",
        "Tune XGBoost inside sklearn pipelines",
    ],
)
def test_other_pipelines_are_no_data_pipelines(text):
    assert "data-pipelines" not in {s.id for s in posting_item(text).skills}


def test_a_rejecting_word_counts_across_a_wrapped_line():
    resume = (
        "EXPERIENCE\nDeveloper, Acme    Jan 2020 - Present\n"
        "- Added a security feature to protect the downloads module from DOS\n  attacks\n"
    )
    assert "ms-dos" not in {s.id for s in extract(resume, kind="resume").skills}
