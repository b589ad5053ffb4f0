"""A senior frontend engineer against a React posting: "5+ years of frontend development, 3+
with React" asks three years of React, not five; the state management libraries asked (Redux,
Zustand, React Query) are alternatives, and Terraform's state is no frontend state; a standard
named as an acronym ("WCAG 2.1") or a gloss in parentheses ("performance (Core Web Vitals)") is
asked; a GitHub Actions pipeline shows Git in use."""

from __future__ import annotations

import pytest

from builders import posting_item, requirement_line
from gapcheck import analyze, extract

POSTING = """\
Senior Frontend Engineer (React)
Brightloop · Remote (US/Canada)

About Brightloop
Brightloop builds scheduling software for 4,000+ clinics.

What you'll do
- Build and ship features in our React/TypeScript web app, from design review to production
- Own our component library and design system (Storybook) with the design team
- Improve performance (Core Web Vitals) and accessibility (WCAG 2.1 AA) across the app
- Write unit and integration tests (Jest, React Testing Library) and end-to-end tests with Cypress
- Review code and mentor mid-level engineers

What you'll need
- 5+ years of professional frontend development, 3+ with React
- Expert TypeScript and modern JavaScript (ES2020+), HTML and CSS
- State management (Redux, Zustand or React Query)
- Experience consuming REST and GraphQL APIs
- Comfortable with CI/CD and Git-based workflows

Bonus points
- Next.js or server-side rendering
- Experience in healthcare or another regulated industry
"""

RESUME = """\
PRIYA RAMAN
Senior Frontend Engineer · Toronto, ON · priya.raman@example.com · github.com/praman

SUMMARY
Frontend engineer with 7 years building React and TypeScript apps; I care about fast, accessible
interfaces and design systems that teams enjoy using.

EXPERIENCE
Senior Frontend Engineer, Parcelly (logistics SaaS) — Toronto                2021 – present
• Led the rebuild of the shipment dashboard in React 18 and TypeScript; cut LCP from 4.1 s to 1.6 s
• Created and maintain a 60-component design system documented in Storybook, used by 5 teams
• Brought the app to WCAG 2.1 AA: keyboard navigation, focus management, screen-reader labels
• Moved global state from Redux to React Query and Zustand, removing 9k lines of boilerplate
• Mentor three mid-level engineers; run weekly code reviews

Frontend Developer, Hatchway Digital — Toronto                                2018 – 2021
• Built client web apps in React, Redux and SCSS against REST and GraphQL (Apollo) APIs
• Wrote unit tests with Jest and React Testing Library and end-to-end tests in Cypress
• Set up GitHub Actions pipelines for lint, test and preview deployments

SKILLS
TypeScript, JavaScript (ES2022), React, Next.js, Redux, React Query, Zustand, HTML5, CSS3/SCSS,
Storybook, Jest, React Testing Library, Cypress, GraphQL, REST, Git, GitHub Actions, Figma

EDUCATION
B.Sc. Computer Science, University of Waterloo, 2018
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def test_a_part_of_the_years_asked_for_one_skill(report) -> None:
    assert requirement_line(report, "react").min_years == 3
    assert requirement_line(report, "frontend-development").min_years == 5


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("3+ years with SQL and 5+ with Python", {"sql": 3, "python": 5}),
        ("5+ years of Python, 10+ engineers managed", {"python": 5}),
        ("4+ years of backend development, with at least 2 in Go", {"go": 2}),
    ],
)
def test_years_of_part_of_a_clause(line: str, years: dict[str, float]) -> None:
    job = posting_item(line)
    for skill_id, expected in years.items():
        found = job.skill(skill_id)
        assert found is not None and found.min_years == expected, skill_id


def test_state_management_libraries_are_alternatives(report) -> None:
    line = requirement_line(report, "zustand")
    assert set(line.skills) == {"redux", "zustand", "tanstack-query"}
    assert line.status == "matched"


def test_terraform_state_is_no_frontend_state() -> None:
    job = posting_item("Infrastructure as code with Terraform (modules, state management)")
    assert "state-management" not in job.skill_ids
    resume = extract("Skills\nReact, Redux, frontend state management\n", kind="resume")
    assert "state-management" in resume.skill_ids


def test_git_is_used_through_a_github_actions_pipeline(report) -> None:
    line = requirement_line(report, "git")
    assert line.status == "matched" and not line.listed_only


def test_accessibility_and_performance_are_asked(report) -> None:
    assert requirement_line(report, "web-accessibility").status == "matched"
    assert requirement_line(report, "web-performance").importance == "required"


def test_a_short_acronym_in_passing_is_no_ask() -> None:
    job = extract("Responsibilities\n- Work on a SaaS product used by 4,000 clinics\n", kind="job")
    assert "saas" not in job.skill_ids
