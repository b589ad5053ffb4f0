"""A senior user researcher against a UX research posting: "recruiting participants" is
research, not talent recruiting; "Senior User Researcher" on a title line counts the entry's
years of user research; Qualtrics is a survey tool that implies survey methodology, UserTesting
and Maze are user testing platforms; statistics implies quantitative methods; journey maps are
research; "Champion accessibility and inclusive research" asks for accessibility."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report

POSTING = """\
Senior UX Researcher
Cobalt Payments | San Francisco, CA or Remote

About the team
Our Research & Insights team helps product teams understand how small businesses get paid. We
partner closely with design, product management, data science and engineering.

What you'll do
- Plan and lead generative and evaluative research: in-depth interviews, contextual inquiry,
  diary studies, usability testing and concept testing
- Design and analyze surveys (Qualtrics) and combine them with product analytics to size
  opportunities
- Synthesize findings into clear insights, journey maps and personas; present them to leadership
- Build our research repository in Dovetail and coach designers and PMs to run their own
  lightweight studies
- Champion accessibility and inclusive research practices

What you bring
- 5+ years of UX research experience in a product company, ideally fintech or B2B SaaS
- Mastery of qualitative methods and working knowledge of quantitative methods (survey design,
  basic statistics, A/B test analysis)
- Experience recruiting participants and running remote studies (UserTesting, Maze, Zoom)
- Outstanding storytelling and stakeholder management skills
- Bachelor's degree in HCI, Psychology, Anthropology or a related field; Master's preferred

Nice to have
- SQL for pulling your own data
- Experience with Figma for prototypes
- Spanish
"""

RESUME = """\
NADIA OKONJO
Senior User Researcher
nadia.okonjo@example.com · (415) 555-0164 · Oakland, CA · nadiaokonjo.com (portfolio)

SUMMARY
Mixed-methods researcher with 6 years in B2B fintech. I turn messy customer problems into
decisions product teams act on.

EXPERIENCE
Senior User Researcher, Ledgerline (B2B invoicing SaaS) — San Francisco, CA
April 2022 – Present
• Led 60+ in-depth interviews and two 3-week diary studies with small-business owners; findings
  reshaped the invoicing roadmap
• Ran moderated and unmoderated usability tests (UserTesting, Maze) on 14 flows; task success on
  payments setup rose from 62% to 88%
• Designed and analyzed quarterly surveys in Qualtrics (n≈2,000) and paired them with Amplitude
  funnels to size opportunities
• Created journey maps and three behavioral personas now used by design, product and sales
• Set up the team's research repository in Dovetail and trained 25 designers and PMs to run
  their own interviews

UX Researcher, Brightpath Health — Oakland, CA
June 2019 – March 2022
• Conducted contextual inquiry in 9 clinics and concept tests for a patient scheduling app
• Partnered with data science on A/B test design and analysis; wrote SQL queries in BigQuery for
  my own analyses
• Ran accessibility reviews with screen reader users and wrote our inclusive recruiting
  guidelines

EDUCATION
M.S. Human-Computer Interaction — Carnegie Mellon University, 2019
B.A. Cognitive Science — UC San Diego, 2017

SKILLS
Methods: interviews, usability testing, surveys, card sorting, tree testing, journey mapping,
personas
Tools: Qualtrics, Dovetail, UserTesting, Maze, Figma, Miro, Amplitude, SQL
Languages: English (native), Spanish (professional working proficiency)
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "usability-testing",
        "qualtrics",
        "qualitative-research",
        "ab-testing",
        "user-testing-platforms",
        "web-accessibility",
        "spanish",
    ],
)
def test_a_researcher_s_work_is_asked_and_shown(report, skill: str) -> None:
    assert_matched(report, skill)


def test_recruiting_participants_is_research_not_hiring(report) -> None:
    skills = {s for line in report.requirements for s in line.skills}
    assert "recruitment" not in skills
    found = {s.id for s in posting_item("Experience recruiting participants for studies").skills}
    assert found == {"user-research"}


def test_a_user_researcher_s_title_counts_the_years(report) -> None:
    line = assert_matched(report, "user-research")
    assert line.min_years == 5 and not line.years_shortfall


@pytest.mark.parametrize(
    ("skill", "through"),
    [
        ("quantitative-analysis", "ab-testing"),
        ("survey-methodology", "qualtrics"),
    ],
)
def test_a_method_s_tools_imply_it(report, skill: str, through: str) -> None:
    line = requirement_line(report, skill)
    assert line.credit_kind == "implied" and line.credited_through == through


def test_a_maze_is_no_testing_platform() -> None:
    line = "Comfortable navigating a maze of stakeholders"
    assert "user-testing-platforms" not in {s.id for s in posting_item(line).skills}
