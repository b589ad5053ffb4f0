"""Lower-case and ALL-CAPS documents keep what the same text finds in normal case (issue 15),
without letting ordinary words ("go", "excel", "windows") through as skills."""

from __future__ import annotations

import pytest

import gapcheck
from gapcheck.components.matching import is_caseless

RESUME = """\
Priya Raman
Software Engineer

Skills
Languages: C, C++, Java, Python, R, Go, SQL
Tools: Eclipse, Git, SVN, Jenkins, Docker, Kubernetes, Windows, Linux, macOS
Web: REST APIs, SOAP, React, Node.js

Experience
Senior Software Engineer, Northwind Systems (2019 - present)
- Built payment services in Java and Go, deployed on Kubernetes with Jenkins pipelines.
- Wrote data jobs in Python and SQL on Apache Spark; reports in Microsoft Excel.

Software Engineer, Contoso (2015 - 2019)
- Maintained a C++ trading engine on Windows and Linux; moved the code from SVN to Git.

Education
BSc in Computer Science, University of Manchester, 2015
"""

POSTING = """\
Backend Engineer

Requirements
- 5+ years of experience with Java or Go
- Strong SQL and Python skills
- Experience with Docker, Kubernetes and CI/CD (Jenkins)
- Familiarity with REST APIs and SOAP web services
Nice to have
- Apache Spark, React
"""

TRAPS = """\
Summary
I excel at communication and react to feedback quickly. I go to every meeting prepared and
spark joy in the team. We installed windows and doors for C-level clients, with a rest day
between jobs, and watched the solar eclipse.
"""


def _skills(text: str, kind: str) -> set[str]:
    return {s.id for s in gapcheck.extract(text, kind=kind).skills}  # type: ignore[arg-type]


@pytest.mark.parametrize("recase", [str.lower, str.upper], ids=["lower", "upper"])
@pytest.mark.parametrize(("text", "kind"), [(RESUME, "resume"), (POSTING, "job")])
def test_a_recased_document_keeps_nine_tenths_of_its_skills(recase, text, kind) -> None:
    normal = _skills(text, kind)
    recased = _skills(recase(text), kind)
    assert len(normal) >= 15 if kind == "resume" else len(normal) >= 8
    assert len(normal & recased) >= 0.9 * len(normal)
    assert recased <= normal  # nothing new: no ordinary word turned into a skill


@pytest.mark.parametrize("recase", [str, str.lower, str.upper], ids=["as-is", "lower", "upper"])
def test_ordinary_words_stay_words_in_any_case(recase) -> None:
    assert _skills(recase(TRAPS), "resume") == set()


def test_a_caseless_text_is_told_by_its_share_of_capitals() -> None:
    assert is_caseless(RESUME.lower())
    assert is_caseless(RESUME.upper())
    assert not is_caseless(RESUME)
    assert not is_caseless(POSTING)
    assert not is_caseless("")
