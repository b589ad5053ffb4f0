"""A marketing resume against a demand-generation posting: a role held on a title line, the
advertising platforms told apart, the funnel's "SQL" (a sales-qualified lead) no database
language, a company's name no skill, part of the years asked for one skill, analytics work as
analytical skills in part, and the resume's title shown without employer and dates."""

from __future__ import annotations

import pytest

from gapcheck import analyze, extract

POSTING = """\
Demand Generation Manager
Northwind Cloud - New York, NY (Hybrid)

About us
Northwind Cloud builds data integration software used by 2,000 mid-market companies.

What you'll do
- Plan, launch and optimize multi-channel campaigns that create pipeline.
- Manage paid media (search, social, display) and a quarterly budget.
- Build nurture programs in Marketo and partner with sales on lead scoring and routing.

What you bring
- 5+ years of B2B marketing experience, with at least 3 in demand generation.
- Hands-on experience with HubSpot or Pardot.
- Experience with LinkedIn Ads and Google Analytics.

Nice to have
- SQL basics.
"""

RESUME = """\
Priya Raman
priya.raman@example.com | (555) 010-4477

EXPERIENCE
Senior Marketing Manager, Lumen Analytics, New York, NY        03/2021 - Present
- Ran paid search and paid social programs (Google Ads, Meta Ads) with a $1.2M budget.
- Built lifecycle email nurture programs in HubSpot; lifted MQL-to-SQL conversion from 9% to 14%.
- Set up attribution reporting in Google Analytics 4 for the CMO.

Marketing Specialist, Brightwave Software, Boston, MA           06/2018 - 02/2021
- Wrote blog posts and case studies; grew organic traffic 60% through SEO.

EDUCATION
B.A. in Communications, Boston University, 2018
"""


@pytest.fixture(scope="module")
def report():
    return analyze(RESUME, POSTING)


def _requirement(report, skill_id: str):
    return next(r for r in report.requirements if skill_id in r.skills)


def test_a_marketing_role_on_a_title_line_is_marketing_held_for_its_years(report) -> None:
    marketing = _requirement(report, "marketing")
    assert marketing.status == "matched" and not marketing.listed_only
    assert marketing.resume_years is not None and marketing.resume_years > 8


def test_marketing_beside_a_colleague_is_still_no_claim() -> None:
    resume = (
        "EXPERIENCE\nData Engineer, Acme Corp        2019 - 2024\n"
        "- Worked with the marketing manager on the campaign data model.\n"
    )
    assert "marketing" not in {s.id for s in extract(resume, kind="resume").skills}


@pytest.mark.parametrize(
    ("resume", "role"),
    [
        (RESUME, "marketing"),  # a role guarded as a word ("the marketing manager")
        ("EXPERIENCE\nAccount Executive, Lumen Analytics    2021 - 2024\n- Ran demos.\n", "sales"),
    ],
)
def test_the_employer_beside_a_role_held_is_no_skill(resume: str, role: str) -> None:
    """"Lumen Analytics" is where the role was held, not data analysis shown."""
    skills = {s.id for s in extract(resume, kind="resume").skills}
    assert role in skills and "data-analysis" not in skills


def test_linkedin_ads_are_not_meta_ads(report) -> None:
    linkedin = _requirement(report, "linkedin-ads")
    assert linkedin.status != "matched" and linkedin.credited_through != "linkedin-ads"
    resume = extract(RESUME, kind="resume")
    assert {"meta-ads", "google-ads"} <= {s.id for s in resume.skills}


def test_a_sales_qualified_lead_is_no_sql(report) -> None:
    assert "sql" not in {s.id for s in extract(RESUME, kind="resume").skills}
    assert _requirement(report, "sql").status == "missing"


def test_a_company_named_cloud_is_no_google_cloud_build() -> None:
    skills = {s.id for s in extract(POSTING, kind="job").skills}
    assert "google-cloud-build" not in skills
    named = extract("Requirements\n- CI/CD pipelines with Cloud Build on GCP\n", kind="job")
    assert "google-cloud-build" in {s.id for s in named.skills}


def test_the_resume_title_is_shown_without_employer_place_and_dates(report) -> None:
    assert report.title_match is not None
    assert report.title_match.resume_title == "Senior Marketing Manager"


def test_part_of_the_years_asked_goes_to_the_skill_it_names() -> None:
    job = extract(POSTING, kind="job")
    years = {s.id: s.min_years for s in job.skills}
    assert years["marketing"] == 5.0 and years["lead-generation"] == 3.0
    job = extract("Requirements\n- 5 years of experience with one of Python or Java\n", kind="job")
    assert {s.id: s.min_years for s in job.skills} == {"python": 5.0, "java": 5.0}


def test_analysing_data_shows_analytical_skills_in_part() -> None:
    posting = "Requirements\n- Strong analytical skills\n- Marketing automation\n"
    resume = (
        "EXPERIENCE\nGrowth Analyst, Acme Corp    2020 - 2024\n- Ran A/B tests on landing pages.\n"
    )
    analytical = _requirement(analyze(resume, posting), "analytical-skills")
    assert analytical.status == "partial" and analytical.credit_kind == "implied"


def test_a_degree_in_a_field_or_a_related_one_is_written_so() -> None:
    posting = "Requirements\n- Bachelor's degree in Marketing or a related field\n"
    degree = analyze(RESUME, posting).education[0]
    assert degree.status == "partial"
    assert "in Marketing or a related field" in degree.reason
    strict = analyze(RESUME, "Requirements\n- Bachelor's degree in Marketing\n").education[0]
    assert "related field" not in strict.reason
