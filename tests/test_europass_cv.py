"""A Europass-style CV (personal information, dates on their own line before each entry,
language skills with CEFR levels, digital skills) against a German data science posting: the
dated entries, the degree and the languages are read; "Present results to plant managers" asks
for presentation skills; "or a comparable field" reads as "or a related field"."""

from __future__ import annotations

from builders import assert_matched, text_report

POSTING = """\
Data Scientist (m/w/d) – Predictive Maintenance
Rheinwerk Industrie GmbH, Köln

Your tasks
- Develop machine learning models to predict failures of production machines from sensor data
- Build feature pipelines on time series data with Python and PySpark on Databricks
- Deploy models with MLflow and work with our data engineers on monitoring
- Present results to plant managers in German and English

Your profile
- Master's degree in computer science, mathematics, physics or a comparable field
- At least 3 years of experience as a data scientist
- Very good knowledge of Python (pandas, scikit-learn) and SQL
- Experience with anomaly detection and time series forecasting
- German at C1 level and fluent English
- Experience with Azure is an advantage
"""

RESUME = """\
CURRICULUM VITAE

PERSONAL INFORMATION
Name: Lukas Bergmann
Address: Venloer Str. 12, 50672 Köln
Phone: +49 221 555 0144
E-mail: lukas.bergmann@example.de

WORK EXPERIENCE
04/2021 – today
Data Scientist, Montan Steel AG, Duisburg
- Developed anomaly detection models (isolation forest, autoencoders) on vibration sensor data
  for 40 rolling mills
- Built PySpark feature pipelines on Databricks and tracked experiments in MLflow
- Forecast spare-part demand with Prophet and LightGBM
- Presented results monthly to plant management

10/2019 – 03/2021
Working Student Data Analytics, Ford-Werke GmbH, Köln
- Analysed warranty data with Python and SQL; built Power BI reports

EDUCATION AND TRAINING
2017 – 2020
M.Sc. Physics, Universität zu Köln
Thesis: Bayesian methods for noisy sensor signals

2013 – 2017
B.Sc. Physics, RWTH Aachen University

LANGUAGE SKILLS
German: native speaker
English: C1 (Cambridge Advanced)
French: B1

DIGITAL SKILLS
Python (pandas, NumPy, scikit-learn, PyTorch), SQL, PySpark, Databricks, MLflow, Docker, Git,
Azure ML
"""


def test_a_europass_cv_against_a_german_posting() -> None:
    report = text_report(RESUME, POSTING)
    for skill in ("pyspark", "databricks", "mlflow", "anomaly-detection", "german", "english"):
        assert_matched(report, skill)
    assert assert_matched(report, "data-science").min_years == 3
    assert assert_matched(report, "presentation-skills").evidence
    (degree,) = report.education
    assert degree.status == "matched"
    assert degree.reason.endswith("or a related field.")
    assert report.resume_experience_years is not None and report.resume_experience_years > 7
