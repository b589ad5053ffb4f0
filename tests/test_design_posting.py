"""A product designer against a product-design posting: "Expert in Figma" asks for Figma, not
for an "expert"; presenting to executives is a presentation skill, which implies
communication; data presented in dashboards is not."""

from __future__ import annotations

import pytest

from builders import entry_resume, requirement_line
from gapcheck import analyze, extract

POSTING = """\
Senior Product Designer
Fernway Travel - Remote (EU time zones)

About the role
You will own the end-to-end design of our booking flow, from discovery research to
pixel-perfect specs, working in a squad with a PM and five engineers.

Responsibilities
- Plan and run user research: interviews, usability tests and surveys.
- Turn insights into user flows, wireframes and high-fidelity prototypes in Figma.
- Contribute to and maintain our design system (tokens, components, documentation).
- Partner with engineering to ship accessible interfaces that meet WCAG 2.1 AA.
- Use analytics (Amplitude) and A/B tests to measure the impact of your work.

Requirements
- 5+ years of product design experience, with a portfolio of shipped work.
- Expert in Figma; FigJam or Miro for workshops.
- Strong interaction design and visual design skills.
- Experience working with design systems at scale.
- Excellent communication and storytelling; you can present to executives.

Nice to have
- Experience in travel or e-commerce.
- Basic HTML/CSS or prototyping in Framer.
- Fluent German or French.

What we offer: remote work, a learning budget and 30 days of holiday.
"""

RESUME = """\
MARTA KOWALSKA
Product Designer | Lisbon, Portugal | marta.k@example.com | portfolio: martak.design

PROFILE
Product designer with 6 years of experience designing web and mobile products for
marketplaces. I like messy problems, fast research and design systems that engineers love.

EXPERIENCE
Senior Product Designer — Quinta Homes (home-rental marketplace)    2021 – present
• Redesigned the checkout flow; conversion rose 12% in an A/B test measured in Amplitude.
• Ran 40+ user interviews and moderated usability tests every sprint.
• Built and maintain our Figma design system (120 components, design tokens, docs).
• Worked with front-end engineers on WCAG 2.1 AA fixes across the booking pages.

Product Designer — Bairro Digital (agency)    2018 – 2021
• Designed wireframes, user flows and interactive prototypes for 15 client apps.
• Facilitated design sprints and remote workshops in Miro.
• Presented design concepts to client executives and stakeholders.

EDUCATION
BA in Communication Design, University of Lisbon, 2018

SKILLS
Figma, FigJam, Miro, Framer, Adobe Illustrator, Photoshop, HTML, CSS, user research,
usability testing, interaction design, visual design, prototyping

LANGUAGES
Polish (native), English (C2), Portuguese (B2), German (B1)
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


@pytest.mark.parametrize("line", ["Expert in Figma.", "Fluent in Python.", "Proficient in SQL."])
def test_a_level_is_no_skill(line: str) -> None:
    job = extract(f"Designer\n\nRequirements\n- {line}\n", kind="job")
    assert job.other_skills == ()


def test_the_report_asks_for_no_level(report) -> None:
    assert not any(skill.startswith("other:") for r in report.requirements for skill in r.skills)
    assert requirement_line(report, "figma").status == "matched"


def test_presenting_to_executives_shows_the_skill_and_implies_communication(report) -> None:
    assert requirement_line(report, "presentation-skills").status == "matched"
    communication = requirement_line(report, "communication")
    assert (communication.status, communication.credit_kind) == ("partial", "implied")


@pytest.mark.parametrize(
    ("bullet", "shown"),
    [
        ("Presented design concepts to client executives and stakeholders.", True),
        ("Presented quarterly findings to the leadership team.", True),
        ("Data presented in Tableau dashboards for the sales team.", False),
        ("Built the presentation layer in React.", False),
    ],
)
def test_presenting_needs_its_audience_or_what_is_presented(bullet: str, shown: bool) -> None:
    resume = extract(entry_resume("Analyst, Acme   2019 - 2024", bullet, dates=None))
    assert ("presentation-skills" in {s.id for s in resume.skills}) is shown, bullet
