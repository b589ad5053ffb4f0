"""Evidence on the resume (issue 14): what "listed only" means, requirements outside the
taxonomy matched against the resume's words, and the same report from PDF, DOCX and text.

Every resume and posting here is written for these tests, in the shapes real ones take.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from gapcheck import Analyzer, analyze, compare, extract
from gapcheck.components.experience import find_entries
from gapcheck.components.sections import find_sections
from gapcheck.models import ProfileSkill, SkillProfile
from gapcheck.tailor import resume_tips
from gapcheck.wordforms import find_phrase, fold, other_skill_id, phrase_key

TODAY = dt.date(2025, 6, 1)

# ------------------------------------------------------------------------------------------
# 1. "listed only" means: named only in skills lists

BACKEND_RESUME = """Tomasz Wierzbicki
Gdańsk, Poland · tomasz.w@example.net

Summary
Backend engineer who has spent five years building payment services on PostgreSQL.
Proficient in Rust.

Skills
Languages: Go, Rust, Python, SQL
Tools used: Terraform, Docker, Kafka

Selected work
- Built the card-event ingestion service that reads 40k events per second from Kafka.
- Moved the settlement batch from cron jobs to Airflow, cutting failed runs by half.

Work History
Backend Engineer, Nordpay — Gdańsk
Apr 2020 – Present
Tech stack: Go, PostgreSQL, Kubernetes
- Own the ledger service behind 30 merchant integrations.
"""

BACKEND_JOB = """Backend Engineer

Requirements
- Go
- Rust
- Apache Kafka
- Apache Airflow
- Terraform
- Kubernetes
- PostgreSQL
"""


@pytest.fixture(scope="module")
def backend_report():
    return Analyzer(today=TODAY).analyze(BACKEND_RESUME, BACKEND_JOB)


def _requirement(report, requirement_id):
    return next(r for r in report.requirements if r.id == requirement_id)


@pytest.mark.parametrize(
    "skill_id, where",
    [
        ("apache-kafka", "a bullet with a verb, under a heading gapcheck does not know"),
        ("apache-airflow", "a bullet with a verb, under a heading gapcheck does not know"),
        ("postgresql", "a summary sentence that describes use"),
        ("go", "the 'Tech stack:' line of a dated job"),
        ("kubernetes", "the 'Tech stack:' line of a dated job"),
    ],
)
def test_a_skill_shown_in_use_is_not_listed_only(backend_report, skill_id: str, where: str):
    requirement = _requirement(backend_report, skill_id)
    assert requirement.status == "matched"
    assert not requirement.listed_only, where
    assert "listed" not in requirement.reason
    assert requirement.credit == 1.0
    assert requirement.evidence[0].usage == "experience"


@pytest.mark.parametrize("skill_id", ["rust", "terraform"])
def test_a_skill_only_in_skills_lists_and_verbless_claims_is_listed_only(
    backend_report, skill_id: str
):
    requirement = _requirement(backend_report, skill_id)
    assert requirement.listed_only
    assert requirement.credit == pytest.approx(backend_report.weights.listed_only)
    assert {e.usage for e in requirement.evidence} == {"listed"}


def test_each_mention_says_whether_it_shows_use():
    profile = extract(BACKEND_RESUME, kind="resume")
    go = profile.skill("go")
    assert go is not None
    assert [(m.section, m.usage) for m in go.mentions] == [
        ("skills", "listed"),  # "Languages: Go, Rust, ..."
        ("experience", "experience"),  # "Tech stack: Go, ..." under the Nordpay job
    ]
    assert go.usage == "experience"
    rust = profile.skill("rust")
    assert rust is not None and rust.usage == "listed"


def test_a_tech_stack_line_under_a_job_stays_in_the_job():
    sections = find_sections(BACKEND_RESUME, "resume")
    start = BACKEND_RESUME.index("Tech stack")
    holding = next(s for s in sections if s.start <= start < s.end)
    assert holding.name == "experience"
    entries = find_entries(BACKEND_RESUME, sections, today=TODAY)
    assert any(e.start_char <= start < e.end_char for e in entries)


def test_a_skills_label_after_a_blank_line_still_opens_a_section():
    text = (
        "Experience\nAnalyst, Acme\n2019 – 2021\n- Built reports in Excel\n\nSkills: Tableau, SQL\n"
    )
    names = [s.name for s in find_sections(text, "resume")]
    assert names[-1] == "skills"


def test_evidence_lists_mentions_in_use_first(backend_report):
    kafka = _requirement(backend_report, "apache-kafka")
    assert (
        kafka.evidence[0].line
        == BACKEND_RESUME.splitlines().index(
            next(line for line in BACKEND_RESUME.splitlines() if "40k events" in line)
        )
        + 1
    )


# ------------------------------------------------------------------------------------------
# 2. Requirements outside the taxonomy

LOGISTICS_JOB = """Senior Data Scientist, Fulfilment

About us
We run same-day grocery delivery in four countries and care about a friendly culture.

Requirements
- 4+ years of experience with Python and SQL
- Knowledge of payments and promotions
- Experience with route optimisation
- Experience working in a fast-paced environment
- Team player

Nice to have
- Familiarity with warehouse slotting
- Carbon accounting
"""

LOGISTICS_RESUME = """Ines Carvalho
Porto, Portugal · ines.carvalho@example.org

Experience
Data Scientist — Rota Logística, Porto
Jan 2020 – Present
- Built the route optimization service in Python that plans 2,000 deliveries a day.
- Reconciled payment records against carrier invoices with SQL.

Skills
Python, SQL, pandas
Domains: promotions, retail
"""


@pytest.fixture(scope="module")
def logistics_profile() -> SkillProfile:
    return extract(LOGISTICS_JOB, kind="job")


def test_requirement_phrases_outside_the_taxonomy_become_other_skills(logistics_profile):
    found = {s.id: s for s in logistics_profile.other_skills}
    assert set(found) == {
        "other:payments",
        "other:promotions",
        "other:route-optimisation",
        "other:warehouse-slotting",
        "other:carbon-accounting",
    }
    route = found["other:route-optimisation"]
    assert route.name == "route optimisation"
    assert route.origin == "rules" and not route.in_taxonomy
    assert route.broader is None
    assert (route.category, route.kind) == ("other", "knowledge")
    assert route.importance == "required"
    assert found["other:warehouse-slotting"].importance == "preferred"
    assert route.mentions[0].text == "route optimisation"
    assert route.mentions[0].context == "- Experience with route optimisation"


def test_taxonomy_skills_and_generic_words_are_not_other_skills(logistics_profile):
    names = {s.name for s in logistics_profile.other_skills}
    assert not names & {"python", "sql", "fast-paced environment", "team player", "culture"}
    assert {s.id for s in logistics_profile.skills} >= {"python", "sql"}
    # the company blurb asks for nothing
    assert all(s.importance is not None for s in logistics_profile.other_skills)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements\n- Experience building data pipelines\n",
        "Requirements\n- Strong understanding of the business\n",
        "Requirements\n- Experience with similar tools\n",
        "Benefits\n- Knowledge of our payments products is a plus\n",
    ],
)
def test_no_other_skill_from_tasks_generic_words_or_benefits(text: str):
    assert extract(text, kind="job").other_skills == ()


def test_an_other_skill_requirement_is_matched_against_the_resume_text():
    report = Analyzer(today=TODAY).analyze(LOGISTICS_RESUME, LOGISTICS_JOB)
    route = _requirement(report, "other:route-optimisation")
    assert route.status == "matched"
    assert route.label == "route optimisation"
    assert route.category == "other"
    assert route.reason.startswith("The resume mentions route optimisation.")
    assert route.evidence[0].text == "route optimization"  # another spelling, same words
    assert route.evidence[0].section == "experience"
    assert route.evidence[0].usage == "experience"
    assert route.evidence[0].line == 7
    assert route.resume_years == pytest.approx(5.4)
    assert route.resume_terms == ("route optimization",)

    payments = _requirement(report, "other:payments")
    assert payments.status == "matched"  # "payment records": an inflected form
    assert payments.evidence[0].text == "payment"

    promotions = _requirement(report, "other:promotions")
    assert promotions.listed_only  # only in the "Domains:" list
    assert "listed" in promotions.reason

    slotting = _requirement(report, "other:warehouse-slotting")
    assert slotting.status == "missing"
    assert slotting.reason.startswith("The resume does not mention warehouse slotting. This costs ")
    assert any(c.name == "Other skills" for c in report.categories)


def test_word_order_is_kept():
    report = analyze(
        "Experience\n- Optimised delivery routes for 300 vans.\n",
        "Requirements\n- Experience with route optimisation\n",
    )
    assert _requirement(report, "other:route-optimisation").status == "missing"


def test_profiles_compared_later_give_the_same_verdict():
    """Profiles carry the resume's lines, so compare() and ranking need no text."""
    resume = extract(LOGISTICS_RESUME, kind="resume")
    job = extract(LOGISTICS_JOB, kind="job")
    again = SkillProfile.model_validate_json(resume.model_dump_json())
    assert again == resume
    assert again.lines[0].text == "Ines Carvalho"
    report = compare(again, SkillProfile.model_validate_json(job.model_dump_json()))
    assert _requirement(report, "other:payments").status == "matched"


def test_a_resume_other_skill_and_a_broader_skill_earn_credit():
    """Other skills made by another finder (a trained tagger) use the same fields."""
    job = extract("Requirements\n- Experience with Great Widgets\n", kind="job")
    [widgets] = job.other_skills
    tagged = widgets.model_copy(update={"origin": "model", "broader": "data-quality"})
    job = job.model_copy(update={"other_skills": (tagged,)})

    resume_skill = ProfileSkill(
        id="other:great-widget",
        name="great widget",
        category="other",
        kind="knowledge",
        origin="model",
        usage="experience",
        mentions=(),
    )
    resume = SkillProfile(kind="resume", skills=(), other_skills=(resume_skill,))
    same = _requirement(compare(resume, job), tagged.id)
    assert (same.status, same.credited_through) == ("matched", "other:great-widget")

    quality = extract("Experience\n- Added data quality checks to 12 pipelines\n", "resume")
    related = _requirement(compare(quality, job), tagged.id)
    assert (related.status, related.credit_kind) == ("partial", "related")
    assert "broader skill Data quality" in related.reason


def test_a_taxonomy_requirement_in_the_postings_words_is_found_in_the_resume_text():
    """A practice named in passing is not kept as a resume skill, but the same words as the
    posting's are evidence for it."""
    report = analyze(
        "Experience\nPlanner, Mercado Sol\n2021 – 2024\n- Ran demand forecasting reviews weekly\n",
        "Requirements\n- Experience with demand forecasting\n",
    )
    [requirement] = report.requirements
    assert requirement.id == "demand-planning"
    assert requirement.status == "matched"
    assert requirement.reason.startswith("The resume mentions demand forecasting.")


def test_word_forms_fold_to_one_key():
    assert fold("payments") == fold("payment")
    assert fold("forecasting") == fold("forecasts") == fold("forecasted")
    assert fold("optimisation") == fold("optimization")
    assert fold("modelling") == fold("modeled") == fold("models")
    assert phrase_key("Demand Forecasting") == phrase_key("demand forecast")
    assert find_phrase(phrase_key("card networks"), "Card-network fees") == [(0, 12)]
    assert find_phrase(phrase_key("payments"), "prepayment") == []
    assert other_skill_id("Route  Optimisation") == "other:route-optimisation"


# ------------------------------------------------------------------------------------------
# 3. One report from PDF, DOCX and text

NAME = "Marta Quiroga"
CONTACT = "Lisbon, Portugal | marta.quiroga@example.org | +351 912 000 111"
SUMMARY = (
    "Developer with six years of experience shipping accessible web applications for retail "
    "and logistics companies."
)
ENTRIES = [
    (
        "React Developer",
        "Lojas Atlântico",
        "Lisbon, Portugal",
        "Mar 2021 – Present",
        [
            "Rebuilt the checkout flow in TypeScript, cutting abandoned carts by 12%.",
            "Introduced Storybook and visual regression tests for the shared component library.",
        ],
    ),
    (
        "Front-end Developer",
        "Rota Logística",
        "Porto, Portugal",
        "Jan 2018 – Feb 2021",
        [
            "Built dashboards for the dispatch team with Vue.js and Chart.js.",
            "Wrote REST endpoints in Node.js for route planning data.",
        ],
    ),
]
EDUCATION = "BSc in Computer Science, Universidade do Porto, 2017"
SKILLS = "TypeScript, JavaScript, Vue.js, HTML, CSS, Git, Jest"

FRONTEND_JOB = """Senior Front-End Engineer

Requirements
- 5+ years of professional experience
- 3+ years of React
- 2+ years of front-end development
- Strong TypeScript and JavaScript
- Unit testing with Jest
- Node.js
"""


def _as_text(path: Path) -> Path:
    """The resume as typed in a text editor: title, employer and place on lines of their own,
    above the dates."""
    lines = [NAME, CONTACT, "", "SUMMARY", SUMMARY, "", "EXPERIENCE"]
    for title, employer, place, dates, bullets in ENTRIES:
        lines += [title, employer, place, dates, *(f"• {b}" for b in bullets), ""]
    lines += ["EDUCATION", EDUCATION, "", "SKILLS", SKILLS, ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _as_pdf(path: Path) -> Path:
    """The same resume laid out as people do: the dates right-aligned on the title's row."""
    pdf = FPDF(format="Letter", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(19, 16, 19)
    pdf.add_page()

    def line(text: str, style: str = "", size: float = 10) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, 4.8, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    line(NAME, "B", 18)
    line(CONTACT, size=9.5)
    for heading, body in (("SUMMARY", [SUMMARY]),):
        line(heading, "B", 11.5)
        for text in body:
            line(text)
    line("EXPERIENCE", "B", 11.5)
    for title, employer, place, dates, bullets in ENTRIES:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(120, 4.8, title)
        pdf.set_font("Helvetica", "I", 10)
        pdf.cell(0, 4.8, dates, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        line(f"{employer}, {place}")
        for bullet in bullets:
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(5, 4.8, "•")
            pdf.multi_cell(0, 4.8, bullet, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    line("EDUCATION", "B", 11.5)
    line(EDUCATION)
    line("SKILLS", "B", 11.5)
    line(SKILLS)
    pdf.output(str(path))
    return path


def _as_docx(path: Path) -> Path:
    """The same resume in Word: heading styles, a right tab stop for the dates, list bullets."""
    document = docx.Document()
    document.add_heading(NAME, 0)
    document.add_paragraph(CONTACT)
    document.add_heading("Summary", 1)
    document.add_paragraph(SUMMARY)
    document.add_heading("Experience", 1)
    for title, employer, place, dates, bullets in ENTRIES:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(title).bold = True
        paragraph.add_run("\t" + dates).italic = True
        document.add_paragraph(f"{employer}, {place}")
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", 1)
    document.add_paragraph(EDUCATION)
    document.add_heading("Skills", 1)
    document.add_paragraph(SKILLS)
    document.save(str(path))
    return path


def test_pdf_docx_and_text_of_one_resume_give_one_report(tmp_path: Path):
    analyzer = Analyzer(today=TODAY)
    paths = [
        _as_text(tmp_path / "resume.txt"),
        _as_pdf(tmp_path / "resume.pdf"),
        _as_docx(tmp_path / "resume.docx"),
    ]
    readings = [analyzer.read(path).text for path in paths]
    assert "React Developer Mar 2021" in readings[1].replace("\t", " ")  # the layouts differ
    assert "React Developer\nLojas" in readings[0]
    reports = [analyzer.analyze(path, FRONTEND_JOB) for path in paths]
    statuses = [[(r.id, r.status) for r in report.requirements] for report in reports]
    assert statuses[0] == statuses[1] == statuses[2]
    assert len({report.resume_experience_years for report in reports}) == 1
    scores = [report.score for report in reports]
    assert max(scores) - min(scores) <= 2
    # a skill named only in a job title counts, with that job's years
    react = _requirement(reports[0], "react")
    assert (react.status, react.resume_years) == ("matched", pytest.approx(4.3))
    frontend = _requirement(reports[0], "frontend-development")
    assert frontend.status == "matched"
    assert frontend.evidence[0].text == "Front-end"


def test_an_entry_header_of_title_employer_and_place_belongs_to_the_entry():
    text = (
        "Experience\n"
        "React Developer\nLojas Atlântico\nLisbon, Portugal\nMar 2021 – Present\n"
        "• Rebuilt the checkout flow.\n"
    )
    [entry] = find_entries(text, find_sections(text, "resume"), today=TODAY)
    assert text[entry.start_char :].startswith("React Developer")


def test_an_entry_header_stops_at_a_blank_line_and_at_sentences():
    text = (
        "Experience\n"
        "Analyst, Acme\n2016 – 2018\n• Wrote the monthly sales report\nShipped two dashboards\n"
        "\n"
        "Lead Analyst\nBeta Foods\nPorto\n2018 – 2021\n"
    )
    first, second = find_entries(text, find_sections(text, "resume"), today=TODAY)
    assert text[second.start_char :].startswith("Lead Analyst")
    assert "Shipped two dashboards" in text[first.start_char : first.end_char]


# ------------------------------------------------------------------------------------------
# Roles and practices shown in experience entries, and a certification of the family asked for

SRE_RESUME = """\
Priya Raman
priya.raman@example.com | Chicago, IL

Experience
Senior DevOps Engineer, Lakeshore Payments — Chicago, IL        03/2021 – 06/2025
- Ran blameless postmortems for 120 services on Amazon EKS
- Modeled sales, inventory and payments data for the finance dashboards

Certifications
AWS Certified SysOps Administrator – Associate (2022)
"""

SRE_POSTING = """\
Site Reliability Engineer

Requirements
- Experience in DevOps or site reliability engineering
- Kubernetes on AWS

Nice to have
- AWS certification
"""


@pytest.mark.parametrize(
    "title",
    [
        "Senior DevOps Engineer, Lakeshore Payments — Chicago, IL        03/2021 – 06/2025",
        "Sr. DevOps Engineer | Lakeshore Payments | 2021 – 2025",
        "Lead DevOps Engineer, Lakeshore Payments, 2021 – 2025",
    ],
)
def test_a_role_held_after_words_of_rank_counts_as_use(title: str):
    text = f"Experience\n{title}\n- Migrated 120 services to Kubernetes\n"
    devops = Analyzer(today=TODAY).profile(text, kind="resume").skill("devops")
    assert devops is not None and devops.usage == "experience" and devops.years


def test_a_practice_run_in_a_job_is_claimed_but_data_about_an_area_is_not():
    profile = Analyzer(today=TODAY).profile(SRE_RESUME, kind="resume")
    sre = profile.skill("site-reliability-engineering")
    assert sre is not None and sre.usage == "experience"
    assert profile.skill("sales") is None  # "Modeled sales ... data": data, not a skill


def test_a_certification_of_the_family_asked_for_matches_it():
    report = Analyzer(today=TODAY).analyze(SRE_RESUME, SRE_POSTING)
    wanted = next(r for r in report.requirements if r.skills == ("aws-certification",))
    assert wanted.status == "matched" and wanted.credit == 1
    assert wanted.credited_through == "aws-certified-sysops-administrator"
    assert not [t for t in resume_tips(report) if t.requirement == wanted.id]


# ------------------------------------------------------------------------------------------
# A Markdown posting and resume in a business role


CSM_POSTING = """\
# Customer Success Manager (Mid-Market)

**Brightloop** · Remote (US)

## What we're looking for
- 3+ years in customer success at a B2B SaaS company
- Comfort with Salesforce; Gainsight experience is a plus
"""

CSM_RESUME = """\
# Dana Whitfield
dana.whitfield@example.com · (720) 555-0133

## Summary
Five years with B2B SaaS customers.

## Experience
### Senior Customer Success Manager — ClinicFlow
*Aug 2021 – May 2025*
- Managed 75 accounts and kept account notes in Salesforce

## Education
B.A. Communication, University of Colorado Denver
"""


def test_a_markdown_posting_reads_as_a_recruiter_would():
    report = Analyzer(today=TODAY).analyze(CSM_RESUME, CSM_POSTING)
    assert report.job_title == "Customer Success Manager (Mid-Market)"  # no "#"
    # The resume's title is the role; the posting's bracketed note is no part of it.
    assert report.title_match is not None and report.title_match.matches
    assert report.title_match.resume_title is not None
    assert not report.title_match.resume_title.startswith("#")
    labels = {r.label: r for r in report.requirements}
    assert "comfort" not in {label.lower() for label in labels}  # a cue, not a skill
    assert labels["Gainsight"].importance == "preferred"
    # "Five years with B2B SaaS customers" states use: not "listed only".
    saas = next(r for r in report.requirements if "saas" in r.skills)
    assert saas.status == "matched" and not saas.listed_only


def test_a_soft_skill_on_a_degree_line_is_the_field_of_study():
    profile = Analyzer(today=TODAY).profile(CSM_RESUME, kind="resume")
    assert profile.skill("communication") is None
    [degree] = profile.education
    assert degree.field_names == ("Communication",)


def test_a_skill_covered_by_the_degree_says_so_in_what_to_fix_first():
    posting = "Requirements\n- Excellent communication skills\n- SQL\n"
    report = Analyzer(today=TODAY).analyze(CSM_RESUME, posting)
    [fix] = [f for f in report.summary.fix_first if "communication" in f.action]
    assert "your degree covers it" in fix.action and "narrower" not in fix.action


@pytest.mark.parametrize(
    "line",
    [
        "RN-to-BSN program, University of Toledo, expected 2027",
        "B.S. Computer Science, Oregon State University (in progress)",
    ],
)
def test_a_degree_not_finished_yet_earns_part_of_the_credit(line: str):
    resume = (
        "Experience\nNurse, Mercy Hospital, 2019 – 2025\n- Cared for patients\n\n"
        f"Education\n{line}\n"
    )
    report = Analyzer(today=TODAY).analyze(resume, "Requirements\n- Bachelor's degree (BSN)\n")
    [degree] = report.education
    assert degree.status == "partial" and degree.credit == 0.5
    assert "not finished" in degree.reason


def test_a_finished_degree_still_counts_in_full():
    resume = "Education\nBachelor of Science in Nursing, Ohio State University, 2018\n"
    report = Analyzer(today=TODAY).analyze(resume, "Requirements\n- BSN\n")
    [degree] = report.education
    assert degree.status == "matched" and degree.credit == 1


def test_a_degree_not_finished_in_another_field_earns_nothing_for_it():
    resume = "Education\nRN-to-BSN program, University of Toledo, expected 2027\n"
    posting = "Requirements\n- Bachelor's degree in Computer Science\n"
    [degree] = Analyzer(today=TODAY).analyze(resume, posting).education
    assert degree.status == "missing" and degree.credit == 0


def test_a_finished_degree_above_one_in_progress_is_still_finished():
    resume = (
        "Education\n"
        "Associate of Applied Science in Nursing, Owens Community College, 2017 – 2019\n"
        "RN-to-BSN program, University of Toledo, expected 2027\n"
    )
    degrees = Analyzer(today=TODAY).profile(resume, kind="resume").education
    assert [(d.level, d.in_progress) for d in degrees] == [
        ("associate-degree", False),
        ("bachelors-degree", True),
    ]
