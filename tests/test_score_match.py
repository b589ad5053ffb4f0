"""score_match, what ranking keeps of a comparison, agrees with compare on every pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from gapcheck import Analyzer
from gapcheck.comparison import _WordLines, compare, score_match
from gapcheck.models import ScoreWeights
from gapcheck.wordforms import word_keys

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
JOBS = [
    EXAMPLES / "job_data_engineer.txt",
    EXAMPLES / "job_ai_engineer.txt",
    "Requirements:\n- Python (3+ years)\n- AWS certification\n- Kafka, Kinesis or a similar "
    "streaming tool\n- Bachelor's degree in Computer Science\nNice to have:\n- Go\n- demand "
    "forecasting\n",
]
RESUMES = [
    *sorted(EXAMPLES.glob("resume_*.txt")),
    "Experience\nData Engineer, Acme (2019 - 2023)\nBuilt Kafka pipelines in Python and Go; "
    "worked on demand forecasting.\nEducation\nBSc Computer Science\nSkills: AWS, SQL\n",
    "Skills: Python, Docker\n",
]


@pytest.mark.parametrize("weights", [ScoreWeights(), ScoreWeights(listed_only=0.3, implied=0.5)])
def test_score_match_is_what_compare_reports(weights: ScoreWeights) -> None:
    analyzer = Analyzer()
    for job_source in JOBS:
        job = analyzer.profile(job_source, kind="job")
        for resume_source in RESUMES:
            resume = analyzer.profile(resume_source, kind="resume")
            report = compare(resume, job, taxonomy=analyzer.taxonomy, weights=weights)
            match = score_match(resume, job, taxonomy=analyzer.taxonomy, weights=weights)
            assert match.score == report.score
            assert match.education == report.education
            assert [tuple(r) for r in match.requirements] == [
                (r.label, r.importance, r.status, r.weight, r.credit) for r in report.requirements
            ]


def test_the_lines_of_a_word_are_those_that_fold_to_it() -> None:
    texts = [
        "Built CI/CD pipelines for a specific client",
        "Mentoring juniors; implemented decision trees",
        "Decisions: mentored two analysts’ ci",
        "Organisation of events, APIs and event streams",
        "ΟΔΟΣ ΣΟΦΙΑ, İstanbul",
        "",
    ]
    lines = _WordLines(texts)
    for word in {w for text in texts for w in word_keys(text)} | {"ci", "mentor", "zzz"}:
        assert lines.get(word) == tuple(n for n, t in enumerate(texts) if word in word_keys(t))
