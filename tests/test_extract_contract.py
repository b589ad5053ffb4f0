"""The extraction contract: the JSON shape, exact offsets, kind detection, ``pipe``, the spaCy
components in a user's own pipeline, and ``gapcheck extract``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from gapcheck.analyzer import extract
from gapcheck.cli import app
from gapcheck.documents import Document, read_document
from gapcheck.excerpts import MAX_EXCERPT_CHARS
from gapcheck.extraction import SkillExtractor
from gapcheck.models import SkillProfile

EXTRACTOR = SkillExtractor()

RESUME = """Jane Doe
jane.doe@example.com | linkedin.com/in/janedoe

Professional Summary
Data engineer who builds streaming pipelines.

Experience
Data Engineer, Acme — Mar 2021 – Present
- Built Kafka and Apache
  Spark pipelines in Python; tuned Postgre SQL.

Skills
Python, SQL, Docker, Kubernets

Education
BSc in Computer Science, 2016
"""

POSTING = """Senior Data Engineer

About us
We are hiring a data engineer to join our team.

Requirements
- 5+ years of Python
- PyTorch or TensorFlow
- Master's in CS or related field

Nice to have
- Docker is a plus
"""


def assert_offsets(text: str, profile: SkillProfile) -> None:
    """Every offset of the profile indexes ``text`` exactly."""
    for skill in profile.skills:
        for mention in skill.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text
    for group in profile.groups:
        # The group's phrase, whitespace collapsed ("Go or\tPython": "Go or Python"), and cut
        # with "…" past MAX_EXCERPT_CHARS.
        raw = " ".join(text[group.start : group.end].split())
        assert group.text == raw or ("…" in group.text and len(raw) > MAX_EXCERPT_CHARS)
    for degree in profile.education:
        assert 0 <= degree.start <= degree.end <= len(text)
    for entry in profile.entries:
        assert 0 <= entry.start <= entry.end <= len(text)
        assert entry.date_text in text[entry.start : entry.end]
    for section in profile.sections:
        assert 0 <= section.start <= section.end <= len(text)


# ----------------------------------------------------------------------------- JSON shape


def test_json_has_the_documented_keys() -> None:
    data = json.loads(EXTRACTOR.extract(Document.from_text(POSTING)).model_dump_json())
    assert {"schema_version", "kind", "skills", "groups", "education"} <= data.keys()
    assert data["schema_version"] == 3
    assert data["kind"] == "job"
    skill_keys = {"id", "name", "category", "importance", "min_years", "years", "usage"}
    for skill in data["skills"]:
        assert skill_keys | {"mentions"} <= skill.keys()
        for mention in skill["mentions"]:
            assert {"text", "start", "end", "section", "method"} <= mention.keys()
    (group,) = data["groups"]
    assert {"skills", "importance", "min_years"} <= group.keys()
    assert group["skills"] == ["pytorch", "tensorflow"]
    (degree,) = data["education"]
    assert degree["level"] == "masters-degree"
    python = next(s for s in data["skills"] if s["id"] == "python")
    assert (python["importance"], python["min_years"]) == ("required", 5.0)


def test_json_round_trips() -> None:
    profile = EXTRACTOR.extract(Document.from_text(RESUME))
    assert SkillProfile.model_validate_json(profile.model_dump_json()) == profile


# ----------------------------------------------------------------------------- offsets


def test_offsets_index_the_text_with_line_breaks_and_fuzzy_mentions() -> None:
    profile = EXTRACTOR.extract(Document.from_text(RESUME))
    assert_offsets(RESUME, profile)
    spark = profile.skill("apache-spark").mentions[0]
    assert spark.text == "Apache\n  Spark"
    methods = {m.method for s in profile.skills for m in s.mentions}
    assert methods == {"exact", "fuzzy"}


def test_offsets_for_a_utf8_file_read_from_disk(tmp_path: Path) -> None:
    text = (
        "Zoë Ångström — Ingénieure\r\n"
        "“Skills”: Python, Café-SQL, naïve Bayes, Kubernetes 🚀, PyTorch\r\n"
        "Résumé: 2019 – 2022 at Société Générale, Docker and Terraform\r\n"
    )
    path = tmp_path / "résumé.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    document = read_document(path)
    profile = EXTRACTOR.extract(path, kind="resume")
    assert profile.source == str(path)
    assert {"python", "kubernetes", "pytorch", "docker", "terraform"} <= set(profile.skill_ids)
    assert_offsets(document.text, profile)


WORDS = [
    "Python", "Go", "C", "C++", "C#", "R", "Spark", "Excel", "machine", "learning", "Py",
    "Torch", "Kubernets", "Tensor", "Flow", "Node.js", "CI/CD", "Skills", "Requirements",
    "Experience", "Education", "years", "3+", "or", "and", "such as", "Mar 2021", "Present",
    "2018", "–", "BSc", "Master's", "in", "é", "🚀", "•", "-", "(", ")", ":", "/", ".",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ", ", "/", "", "\t", "  "]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.one_of(st.sampled_from(WORDS), st.text(max_size=6)),
            st.sampled_from(SEPARATORS),
        ),
        min_size=1,
        max_size=40,
    ),
    st.sampled_from(["resume", "job", "auto"]),
)
def test_offsets_hold_on_arbitrary_text(pieces: list[tuple[str, str]], kind: str) -> None:
    text = "".join(word + separator for word, separator in pieces)
    assume(text.strip())
    profile = EXTRACTOR.extract(Document.from_text(text), kind=kind)
    assert_offsets(text, profile)


# ----------------------------------------------------------------------------- kind, pipe


def test_kind_auto_tells_a_resume_from_a_posting() -> None:
    assert EXTRACTOR.extract(Document.from_text(RESUME)).kind == "resume"
    assert EXTRACTOR.extract(Document.from_text(POSTING)).kind == "job"
    assert EXTRACTOR.extract(Document.from_text(POSTING), kind="resume").kind == "resume"


def test_pipe_gives_the_same_as_extract_one_by_one() -> None:
    documents = [
        Document.from_text(RESUME),
        Document.from_text(POSTING),
        Document.from_text("Skills: Go, Rust\n"),
    ]
    piped = list(EXTRACTOR.pipe(documents, batch_size=2))
    assert piped == [EXTRACTOR.extract(d) for d in documents]
    assert [p.kind for p in piped] == ["resume", "job", "resume"]


def test_module_level_extract_takes_text_with_a_line_break() -> None:
    assert extract("Skills\nPython, Go").skill_ids == ("python", "go")


# ----------------------------------------------------------------------------- spaCy


def test_components_work_in_a_users_own_blank_pipeline() -> None:
    """Through the spacy_factories entry point, in a process that never imports gapcheck."""
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "for name in ('gapcheck_sections', 'gapcheck_skills', 'gapcheck_requirements',\n"
        "             'gapcheck_experience'):\n"
        "    nlp.add_pipe(name)\n"
        "doc = nlp('Requirements:\\n- 3+ years of Python\\n- PyTorch or TensorFlow\\n')\n"
        "print(doc._.gapcheck_kind)\n"
        "print(' '.join(span.id_ for span in doc.spans['skills']))\n"
        "print(doc._.gapcheck_requirements.min_years[0], len(doc._.gapcheck_requirements.groups))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.split("\n")[:3] == ["job", "python pytorch tensorflow", "3.0 1"]


# ----------------------------------------------------------------------------- CLI


def test_cli_extract_json(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_text(POSTING, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["kind"] == "job"
    assert data["source"] == str(path)
    assert [g["skills"] for g in data["groups"]] == [["pytorch", "tensorflow"]]
    assert SkillProfile.model_validate(data) == EXTRACTOR.extract(path)


def test_cli_extract_kind_option(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_text(POSTING, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--kind", "resume", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["kind"] == "resume"
    assert all(skill["importance"] is None for skill in data["skills"])
