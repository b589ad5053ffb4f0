"""Requirements outside the taxonomy: what a posting's phrases ask for, and what they do not."""

from __future__ import annotations

import gapcheck


def _others(text: str) -> dict[str, str]:
    return {s.id: s.name for s in gapcheck.extract(text, kind="job").other_skills}


def test_a_phrase_pointing_back_asks_for_nothing_of_its_own() -> None:
    others = _others(
        "Requirements\n"
        "- Experience in healthcare or another regulated industry.\n"
        "- Knowledge of Python and other scripting languages.\n"
        "- Experience with route optimisation or similar planning problems.\n"
    )
    assert "other:route-optimisation" in others
    assert not [key for key in others if key.split(":")[1].startswith(("another", "other"))]
    assert not [key for key in others if "similar" in key or "regulated" in key]


def test_a_phrase_explained_by_bracketed_skills_is_asked_through_them() -> None:
    job = gapcheck.extract(
        "Requirements\n- Experience with state management (Redux or MobX) in large apps.\n",
        kind="job",
    )
    assert "other:state-management" not in {s.id for s in job.other_skills}
    assert "redux" in {s.id for s in job.skills}


def test_a_name_keeps_its_capitals_inside_a_sentence() -> None:
    others = _others("Nice to have\n- Experience with Next.js or Remix and Freight Claims.\n")
    assert others.get("other:remix") == "Remix"
    assert others.get("other:freight-claims") == "Freight Claims"


def test_a_capitalised_line_start_is_not_taken_for_a_name() -> None:
    others = _others("Requirements\n- Freight claims for retail\n- Knowledge of payments\n")
    assert others.get("other:freight-claims") == "freight claims"


def test_a_tool_is_named_as_itself_with_its_broader_skill() -> None:
    job = gapcheck.extract("Requirements\n- Data validation with Great Expectations.\n", kind="job")
    assert {"great-expectations", "data-quality"} <= {s.id for s in job.skills}
    novel = gapcheck.extract("Summary\nI read Great Expectations twice.\n", kind="resume")
    assert "great-expectations" not in {s.id for s in novel.skills}
