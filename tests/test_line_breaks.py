"""Lines without bullets: where a line break ends a clause, and what that changes in a posting.

A clause ends at a line break when its own line is short, ends a sentence, or the next line
opens a new statement (no lowercase letter, after a line that needs no more words); a line that
wraps mid-sentence, or an open parenthesis, goes on. A cue ("preferred") therefore speaks of
its own line only, a list of one item a line may use any bullet glyph, and a sentence that
introduces a list ("You will get extra points for the following") names its section."""

from __future__ import annotations

import spacy

from gapcheck import extract
from gapcheck.components.layout import get_layout
from gapcheck.documents import Document

NLP = spacy.blank("en")


def clauses(text: str) -> list[str]:
    doc = NLP(text)
    return [doc[s:e].text.strip() for s, e in get_layout(doc).clause_bounds]


def job(text: str):
    return extract(Document.from_text(text, source="job.txt"), kind="job")


def importance(profile, skill: str) -> str:
    return next(s.importance for s in profile.skills if s.id == skill)


def test_each_line_break_is_judged_by_its_own_line():
    # A 33-character line ends its clause; a long line followed by a capital goes on only when
    # it needs more words ("... for" / "and").
    text = (
        "What you will do\n"
        "Work on concepts and architecture for new features\n"
        "Manage deployment of new releases\n"
        "Write and maintain technical documentation\n"
    )
    assert clauses(text) == [
        "What you will do",
        "Work on concepts and architecture for new features",
        "Manage deployment of new releases",
        "Write and maintain technical documentation",
    ]
    wrapped = (
        "We want someone who has built data pipelines with orchestration tools such as\n"
        "Airflow or Dagster in production.\n"
    )
    assert clauses(wrapped) == [wrapped.strip()]
    lowercase = (
        "Experience building data platforms on a major cloud provider with infrastructure\n"
        "as code and automated testing.\n"
    )
    assert clauses(lowercase) == [lowercase.strip()]


def test_a_cue_speaks_of_its_own_line_only():
    profile = job(
        "Platform Engineer\n\n"
        "Requirements\n"
        "Working experience with cloud infrastructure/services (AWS or Azure preferred)\n"
        "Some experience with infrastructure-as-code (e.g. Ansible or Terraform)\n"
        "Deep hands-on Java (plus Spring framework)\n"
        "Python and/or Node.js nice to have\n"
    )
    assert importance(profile, "aws") == "preferred"
    assert importance(profile, "terraform") == "required"
    assert importance(profile, "java") == "required"
    assert importance(profile, "spring") == "required"
    assert importance(profile, "nodejs") == "preferred"


def test_an_open_parenthesis_goes_on_to_the_next_line():
    text = "Experience with programming languages (e.g.\nPython, R) and version control\n"
    assert clauses(text) == [text.strip()]
    profile = job("Data Scientist\n\nRequirements\n" + text)
    assert any({"python", "r"} <= set(group.skills) for group in profile.groups)


def test_a_list_of_one_item_a_line_with_any_bullet_glyph():
    profile = job(
        "Full-stack Developer\nWe build developer tools.\n\n"
        "The stack\n☞ TypeScript\n☞ Node.js\n☞ React\n☞ PostgreSQL\n"
    )
    assert {"typescript", "nodejs", "react", "postgresql"} <= {s.id for s in profile.skills}
    # One item alone, with no list around it, is still read by its cues: "React" here is not
    # confirmed by a neighbour.
    alone = job("Support Agent\n\nWhat you will do\nListen to customers and\nReact\n")
    assert "react" not in {s.id for s in alone.skills}


def test_a_sentence_that_introduces_a_list_names_its_section():
    profile = job(
        "Performance Engineer\n\n"
        "Requirements\n- Java\n"
        "You will get extra points for the following\n"
        "JMS performance and scalability\n"
    )
    assert importance(profile, "java") == "required"
    assert importance(profile, "jms") == "preferred"


def test_a_slash_inside_a_short_name_is_no_list_separator():
    profile = job(
        "Systems Engineer\n\nRequirements\n"
        "Deep understanding of Web browser networking Java OS and I/O performance concepts\n"
    )
    assert not any(s.name.lower().startswith("o ") for s in profile.other_skills)
