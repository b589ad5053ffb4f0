"""The summary every report opens with: headline, fix-first actions and missing keywords."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from gapcheck.models import EducationResult, GapReport, RequirementResult, ScoreWeights
from gapcheck.render import render_html, render_json, render_markdown, render_text
from gapcheck.summary import fix_first, headline, keyword, missing_keywords, summarize, with_summary

WEIGHTS = ScoreWeights()


def req(
    skill: str,
    *,
    importance: str = "required",
    status: str = "matched",
    credit: float = 1.0,
    weight: float = 25.0,
    kind: str | None = "direct",
    term: str = "",
    **flags: object,
) -> RequirementResult:
    skills = tuple(skill.split("|"))
    return RequirementResult(
        id=skill,
        label=" or ".join(s.title() for s in skills),
        skills=skills,
        names=tuple(s.title() for s in skills),
        category="cloud",
        importance=importance,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        credit=credit,
        weight=weight,
        credit_kind=None if status == "missing" else kind,  # type: ignore[arg-type]
        reason="why.",
        job_terms=tuple(term for _ in skills) if term else (),
        **flags,  # type: ignore[arg-type]
    )


def report(*requirements: RequirementResult, education: tuple[EducationResult, ...] = ()):
    items = [*requirements, *education]
    earned = sum(r.weight * r.credit for r in items)
    total = sum(r.weight for r in items) or 1
    return GapReport(
        score=round(100 * earned / total, 1),
        requirements=requirements,
        education=education,
        weights=WEIGHTS,
        job_title="Data Engineer",
    )


def test_a_missing_required_item_wins_its_points_and_comes_first() -> None:
    gaps = report(
        req("docker", status="partial", credit=0.9, listed_only=True),
        req("kubernetes", status="missing", credit=0.0, term="K8s"),
        req("python"),
        req("go", status="missing", credit=0.0, importance="preferred", weight=25.0),
    )
    actions = fix_first(gaps)
    assert [a.requirement for a in actions] == ["kubernetes", "go", "docker"]
    assert actions[0].impact == 25.0
    assert "K8s" in actions[0].action and "required" in actions[0].action
    # Listed only: credit 0.9 of 25 points, demonstrated it would be 25: 2.5 points.
    assert actions[2].impact == 2.5
    assert "only listed" in actions[2].action


def test_years_short_wins_what_the_years_factor_takes() -> None:
    # 2 of 4 years: factor 0.5; credit 0.5 of 20 points -> meeting the years wins 10.
    python = req(
        "python",
        status="partial",
        credit=0.5,
        weight=20.0,
        min_years=4.0,
        resume_years=2.0,
        years_shortfall=True,
    )
    action = fix_first(report(python, req("sql", weight=80.0)))[0]
    assert action.impact == 10.0
    assert action.action.startswith("Show 4+ years of Python")
    assert "shows 2" in action.action


def test_at_most_five_actions_highest_impact_first() -> None:
    missing = [
        req(f"skill{n}", status="missing", credit=0.0, weight=float(10 + n)) for n in range(7)
    ]
    actions = fix_first(report(*missing))
    assert len(actions) == 5
    impacts = [a.impact for a in actions]
    assert impacts == sorted(impacts, reverse=True)
    assert actions[0].requirement == "skill6"


def test_a_perfect_resume_has_nothing_to_fix() -> None:
    perfect = report(req("python"), req("sql"))
    assert fix_first(perfect) == ()
    assert (
        headline(perfect) == "Score 100/100: the resume shows every requirement the posting names."
    )
    assert missing_keywords(perfect) == ()


def test_headline_names_what_costs_most() -> None:
    gaps = report(
        req("python"),
        req("kubernetes", status="missing", credit=0.0, weight=50.0),
        req("spark", status="partial", credit=0.4, kind="related", weight=25.0),
    )
    assert headline(gaps) == (
        "Score 35/100: 1 of 3 required items met; the points lost are on Kubernetes "
        "(missing) and Spark (partial)."
    )


def test_headline_without_requirements() -> None:
    assert "names no requirement" in headline(report())


def test_missing_keywords_are_the_postings_words_required_first() -> None:
    gaps = report(
        req("go", status="missing", credit=0.0, importance="preferred", term="Golang"),
        req("kubernetes", status="missing", credit=0.0, term="Excellent K8s skills"),
        req("spark", status="partial", credit=0.4, kind="related", term="Spark"),
        req("python", term="python3"),
        req("docker", status="partial", credit=0.9, listed_only=True, term="Docker"),
    )
    # Shown directly (python, docker) is not missing; shown through another skill (spark) is.
    assert missing_keywords(gaps) == ("K8s", "Spark", "Golang")


def test_missing_degree_is_an_action_and_a_keyword() -> None:
    degree = EducationResult(
        level="bachelors-degree", level_name="Bachelor's degree", importance="required",
        status="missing", credit=0.0, weight=20.0, reason="no degree.",
    )  # fmt: skip
    gaps = report(req("python", weight=80.0), education=(degree,))
    assert fix_first(gaps)[0].requirement == "bachelors-degree"
    assert fix_first(gaps)[0].impact == 20.0
    assert missing_keywords(gaps) == ("Bachelor's degree",)


GAPS = report(
    req("python", weight=50.0),
    req("kubernetes", status="missing", credit=0.0, weight=50.0, term="Kubernetes"),
)


def test_json_carries_the_summary() -> None:
    data = json.loads(render_json(with_summary(GAPS)))
    assert data["schema_version"] == 3
    assert data["summary"] == {
        "headline": headline(GAPS),
        "fix_first": [
            {
                "requirement": "kubernetes",
                "action": fix_first(GAPS)[0].action,
                "impact": 50.0,
            }
        ],
        "missing_keywords": ["Kubernetes"],
    }


@pytest.mark.parametrize("render", ["text", "markdown", "html"])
def test_every_format_opens_with_the_headline_and_fix_first(render: str) -> None:
    summary = summarize(GAPS)
    if render == "text":
        buffer = io.StringIO()
        render_text(GAPS, Console(file=buffer, width=80, force_terminal=False), tips=())
        out = buffer.getvalue()
    elif render == "markdown":
        out = render_markdown(GAPS, tips=())
    else:
        out = render_html(GAPS, tips=())
    headline_at = out.find("Score 50/100")
    action_at = out.find(summary.fix_first[0].action)
    requirements_at = out.find("Requirements")
    assert 0 <= headline_at < action_at
    assert requirements_at == -1 or action_at < requirements_at


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("Strong communication skills", "communication"),
        ("organizational skills", "organizational skills"),
        ("Excellent analytical skills", "analytical skills"),
        ("ETL tools", "ETL"),
        ("machine learning algorithms", "machine learning"),
    ],
)
def test_a_keyword_drops_the_words_around_a_skill_but_keeps_an_adjectives_noun(
    term: str, expected: str
) -> None:
    assert keyword(term) == expected
