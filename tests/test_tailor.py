"""Tailoring: cover-letter drafts and resume tips built only from the report's evidence."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from builders import EXAMPLES
from gapcheck import analyze
from gapcheck.cli import app
from gapcheck.documents import read_document
from gapcheck.errors import GapcheckError, HonestyError, TemplateError
from gapcheck.models import GapReport
from gapcheck.render import render_html, render_markdown
from gapcheck.tailor import (
    CoverLetter,
    LetterClaim,
    Tip,
    applicant_name,
    check_honesty,
    draft_cover_letter,
    first_person,
    posting_company,
    resume_tips,
    statement_at,
)
from test_render import evidence, plain_text, sample_report

runner = CliRunner()

# (resume, job, job title, company, applicant) for each shipped example pair.
PAIRS = [
    ("resume_ai_engineer.txt", "job_ai_engineer.txt"),
    ("resume_ai_engineer.pdf", "job_ai_engineer.txt"),
    ("resume_data_engineer.txt", "job_data_engineer.txt"),
    ("resume_data_engineer.pdf", "job_data_engineer.txt"),
]
POSTING = {
    "job_ai_engineer.txt": ("AI Engineer", "Tessellate Logistics"),
    "job_data_engineer.txt": ("Senior Data Engineer", "Lumenfield Energy"),
}
APPLICANT = {"ai": "Maya R. Lindqvist", "data": "Jonas Whitfield"}
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
PLAN_OPENING = "My next step is learning "


@pytest.fixture(scope="module")
def reports() -> dict[tuple[str, str], GapReport]:
    return {pair: analyze(EXAMPLES / pair[0], EXAMPLES / pair[1]) for pair in PAIRS}


@pytest.fixture(scope="module")
def letters(reports) -> dict[tuple[str, str], CoverLetter]:
    return {pair: draft_cover_letter(report) for pair, report in reports.items()}


def collapsed(text: str) -> str:
    return " ".join(text.split())


def top_matched_required(report: GapReport):
    """Matched required hard skills the resume uses by name in experience or projects, in the
    posting's order."""
    return [
        r
        for r in report.requirements
        if r.status == "matched"
        and r.importance == "required"
        and r.credit_kind == "direct"
        and not r.listed_only
        and r.category != "soft_skills"
        and any(e.section in ("experience", "projects") and e.skill in r.skills for e in r.evidence)
    ]


def gap_terms(report: GapReport) -> set[str]:
    """How the posting and the taxonomy name every requirement the resume does not show."""
    terms = set()
    for r in report.requirements:
        if r.status == "missing" or r.credit_kind == "related":
            terms.update(t.lower() for t in (*r.names, *r.job_terms) if t)
    return terms


# ------------------------------------------------------------------------------------------
# The letter for each shipped example pair


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p[0])
def test_letter_names_the_role_and_the_company(letters, pair):
    letter = letters[pair]
    role, company = POSTING[pair[1]]
    assert (letter.role, letter.company) == (role, company)
    assert letter.text.startswith(f"Dear {company} hiring team,\n\n")
    assert f"in the {role} role at {company}, and why I am applying for it." in letter.opening
    assert f"fits the {role} role at {company}." in letter.closing
    applicant = APPLICANT["ai" if "_ai_" in pair[0] else "data"]
    assert letter.text.endswith(f"Sincerely,\n{applicant}\n")


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p[0])
def test_letter_backs_matched_requirements_with_the_resumes_own_lines(reports, letters, pair):
    report, letter = reports[pair], letters[pair]
    resume_text = collapsed(read_document(EXAMPLES / pair[0]).text)
    strengths = [c for c in letter.claims if c.kind == "strength"]
    assert len(strengths) >= 2
    covered = {rid for claim in strengths for rid in claim.requirements}
    assert len(covered) >= 3
    # It opens with the statement that backs the most required hard skills.
    assert letter.opening.startswith(strengths[0].sentence)
    top = top_matched_required(report)
    assert top and any(r.id in strengths[0].requirements for r in top)
    for claim in strengths:
        statement = claim.evidence.statement
        assert statement and statement in resume_text  # a whole resume statement, as written
        assert claim.evidence.section in ("experience", "projects")
        # The letter carries it rephrased only at the start: "Built ..." -> "I built ...".
        verb, rest = statement.split(" ", 1)
        assert claim.sentence.startswith(f"I {verb.lower()} ")
        assert re.split(r"[;.]", rest)[0] in letter.text
        for requirement_id in claim.requirements:
            requirement = next(r for r in report.requirements if r.id == requirement_id)
            assert requirement.status == "matched"


def test_the_ai_letter_quotes_the_claims_triage_and_mlops_lines(letters):
    text = letters[PAIRS[0]].text
    assert text.startswith(
        "Dear Tessellate Logistics hiring team,\n\nI set up the team's MLOps from scratch: "
        "batch inference jobs on AWS SageMaker"
    )
    assert (
        "I built a claims-triage model in Python and PyTorch (an LSTM over adjuster notes "
        "combined with tabular policy features) that routes about 4,000 new claims a week"
    ) in text
    # the clause after the semicolon gets its subject, the numbers stay as written
    from gapcheck.tailor.phrasing import first_person

    line = (
        "Designed and analyzed more than 30 A/B tests on pricing and email campaigns in R; "
        "introduced sequential testing, which shortened the median test by 9 days."
    )
    assert first_person(line) == (
        "I designed and analyzed more than 30 A/B tests on pricing and email campaigns in R; "
        "I introduced sequential testing, which shortened the median test by 9 days."
    )


def test_the_data_engineer_letter_quotes_the_streaming_pipeline(letters):
    text = letters[PAIRS[2]].text
    assert "I built the clickstream and order-event pipeline: web and store events" in text
    assert "wrote and maintain Python ingestion jobs (pandas, requests) for 14 SaaS APIs" in text


@pytest.fixture(scope="module")
def planned(reports) -> dict[tuple[str, str], CoverLetter]:
    return {pair: draft_cover_letter(report, address_gaps=True) for pair, report in reports.items()}


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p[0])
def test_letter_names_gaps_only_as_plans(reports, planned, pair):
    report, letter = reports[pair], planned[pair]
    check_honesty(letter, report)
    gap = next(r for r in report.requirements if r.id == letter.plan_for)
    # The plan is for a required gap; for a preferred one only when no required item is missing.
    assert gap.status != "matched"
    assert gap.importance == "required" or not any(
        r.status == "missing" and r.importance == "required" for r in report.requirements
    ), gap
    assert letter.plan.startswith(f"{PLAN_OPENING}{gap.job_terms[0]}, which your posting asks for")
    terms = gap_terms(report)
    for sentence in SENTENCE.split(letter.text):
        named = [t for t in terms if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", sentence, re.I)]
        if named:  # a gap is named only in the plan (its opening or its "closest" sentence)
            assert sentence.startswith(PLAN_OPENING) or sentence in letter.plan, (named, sentence)


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p[0])
def test_a_tampered_letter_fails_the_honesty_guard(reports, planned, pair):
    report, letter = reports[pair], planned[pair]
    from gapcheck.wordlist import is_known_word

    # A gap named by a plain English word ("analytics") is not a name the guard can tell from
    # the word; tamper with the first gap that is a name.
    gap = next(
        r
        for r in report.requirements
        if r.status == "missing" and r.job_terms and not is_known_word(r.job_terms[0].lower())
    )
    claim = f"I have used {gap.job_terms[0]} in production for years."
    tampered = letter.model_copy(
        update={"text": letter.text.replace(letter.closing, f"{claim} {letter.closing}")}
    )
    with pytest.raises(HonestyError) as raised:
        check_honesty(tampered, report)
    assert gap.names[0] in str(raised.value)
    assert str(raised.value).startswith("cover letter: names ")


def test_swapping_a_quoted_skill_for_one_the_resume_lacks_fails(reports, letters):
    report, letter = reports[PAIRS[0]], letters[PAIRS[0]]
    swapped = letter.text.replace(
        "in Python and PyTorch (an LSTM", "in Python and TensorFlow (an LSTM"
    )
    assert swapped != letter.text
    with pytest.raises(HonestyError, match="TensorFlow"):
        check_honesty(letter.model_copy(update={"text": swapped}), report)


def test_a_claim_without_resume_evidence_fails(reports, letters):
    report, letter = reports[PAIRS[2]], letters[PAIRS[2]]
    real = letter.claims[0]
    invented = evidence(
        "apache-flink", "Apache Flink", "Flink", "experience", 3, "Ran Flink clusters"
    )
    for claim in (
        real.model_copy(update={"skills": (*real.skills, "apache-flink")}),
        real.model_copy(update={"evidence": invented}),
    ):
        tampered = letter.model_copy(update={"claims": (claim, *letter.claims[1:])})
        with pytest.raises(HonestyError):
            check_honesty(tampered, report)


def test_a_plan_clause_does_not_excuse_a_claim_after_it(reports, letters):
    report, letter = reports[PAIRS[2]], letters[PAIRS[2]]
    text = letter.text.replace(
        letter.closing,
        f"My next step is learning Scala, and I ran Flink at scale. {letter.closing}",
    )
    with pytest.raises(HonestyError, match="Flink"):
        check_honesty(letter.model_copy(update={"text": text}), report)


def with_sentence(letter: CoverLetter, sentence: str) -> CoverLetter:
    return letter.model_copy(
        update={"text": letter.text.replace(letter.closing, f"{sentence} {letter.closing}")}
    )


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        (
            "I hold the Certified Kubernetes Administrator certification.",
            "Certified Kubernetes Administrator (CKA)",
        ),
        ("I have run Kafka clusters for years.", "Apache Kafka"),
        ("I wrote the jobs in Go.", "Go"),
        ("I modelled it all with dbt.", "dbt"),
        ("I have strong negotiation skills.", "Negotiation"),
    ],
)
def test_the_guard_reads_the_taxonomys_names_in_the_text(reports, letters, sentence, named):
    report, letter = reports[PAIRS[0]], letters[PAIRS[0]]
    with pytest.raises(HonestyError) as raised:
        check_honesty(with_sentence(letter, sentence), report)
    assert raised.value.skills == (named,)


@pytest.mark.parametrize(
    "sentence",
    [
        "I am your go-to person and agile in my work.",  # English words, not Go or Agile
        "Your posting asks for Apache Kafka and Go.",  # about the posting
        "I plan to learn Apache Kafka next.",  # a plan
        "I built the model in Python and PyTorch.",  # skills the resume shows
    ],
)
def test_the_guard_lets_plain_words_plans_and_backed_skills_pass(reports, letters, sentence):
    report, letter = reports[PAIRS[0]], letters[PAIRS[0]]
    check_honesty(with_sentence(letter, sentence), report)


def test_the_guard_builds_no_pipeline(reports, letters, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the honesty check built a spaCy pipeline")

    monkeypatch.setattr("gapcheck.pipeline.build_nlp", refuse)
    from gapcheck.extraction import SkillExtractor

    monkeypatch.setattr(SkillExtractor, "__init__", refuse)
    report, letter = reports[PAIRS[2]], letters[PAIRS[2]]
    check_honesty(letter, report)
    assert draft_cover_letter(report) == letter
    with pytest.raises(HonestyError, match="Flink"):
        check_honesty(with_sentence(letter, "I ran Flink at scale."), report)


def test_the_guard_reads_a_user_taxonomys_names(reports, letters, tmp_path):
    from gapcheck.taxonomy import load_taxonomy

    (tmp_path / "extra.toml").write_text(
        '[category]\nid = "house"\nname = "House tools"\n\n'
        '[[skill]]\nid = "quillpipe"\nname = "QuillPipe"\naliases = ["Quill Pipe"]\n',
        encoding="utf-8",
    )
    taxonomy = load_taxonomy([tmp_path])
    report, letter = reports[PAIRS[0]], letters[PAIRS[0]]
    claimed = with_sentence(letter, "I ran Quill Pipe in production.")
    check_honesty(claimed, report)  # the shipped taxonomy has no such skill
    with pytest.raises(HonestyError, match="QuillPipe"):
        check_honesty(claimed, report, taxonomy=taxonomy)


def test_the_letter_is_deterministic_across_runs(reports):
    pair = PAIRS[0]
    again = analyze(EXAMPLES / pair[0], EXAMPLES / pair[1])
    assert again == reports[pair]
    assert draft_cover_letter(again) == draft_cover_letter(reports[pair])
    assert resume_tips(again) == resume_tips(reports[pair])


def test_cli_output_is_identical_across_processes_and_hash_seeds():
    outputs = []
    for seed in ("1", "2"):
        completed = subprocess.run(
            [
                sys.executable,
                "-m",
                "gapcheck",
                "letter",
                str(EXAMPLES / "resume_data_engineer.pdf"),
                str(EXAMPLES / "job_data_engineer.txt"),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"},
            check=False,
        )
        assert completed.returncode == 0, completed.stderr
        outputs.append(completed.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith("Dear Lumenfield Energy hiring team,")


# ------------------------------------------------------------------------------------------
# The letter's rules on small documents

RESUME = """Ana Lima
ana@example.com

EXPERIENCE
Data Engineer, Northwind Freight - Austin, TX
Jan 2020 - Dec 2024
• Built nightly batch pipelines with Hadoop and Hive that load 2 TB of shipment events; cut the
  load time from 5 hours to 70 minutes.
• Wrote Python jobs that check data quality and alert the on-call engineer.

SKILLS
Python, Hadoop, Hive, SQL

EDUCATION
B.Sc. Computer Science, 2019
"""
JOB = """Data Engineer
Acme Freight is hiring a data engineer.

Requirements
- Python
- Apache Spark
"""


@pytest.fixture(scope="module")
def small_report() -> GapReport:
    return analyze(RESUME, JOB)


def test_a_gap_is_framed_by_the_related_skill_the_report_shows(small_report):
    spark = next(r for r in small_report.requirements if r.id == "apache-spark")
    assert (spark.credit_kind, spark.credited_through) == ("related", "hadoop")
    assert draft_cover_letter(small_report).plan == ""  # gaps only when asked for
    letter = draft_cover_letter(small_report, address_gaps=True)
    assert letter.plan == (
        "My next step is learning Apache Spark, which your posting asks for and which I cannot "
        "yet show from my own work. The closest I have come is with Hadoop: I built nightly batch "
        "pipelines with Hadoop and Hive that load 2 TB of shipment events; I cut the load time "
        "from 5 hours to 70 minutes."
    )
    related = [c for c in letter.claims if c.kind == "related"]
    assert [(c.skills, c.requirements) for c in related] == [(("hadoop",), ("apache-spark",))]


def test_without_a_relation_the_gap_is_a_plain_plan(small_report):
    unrelated = small_report.model_copy(
        update={
            "requirements": tuple(
                r.model_copy(
                    update={
                        "status": "missing",
                        "credit": 0.0,
                        "credit_kind": None,
                        "credited_through": None,
                        "credited_for": None,
                        "evidence": (),
                    }
                )
                if r.id == "apache-spark"
                else r
                for r in small_report.requirements
            )
        }
    )
    letter = draft_cover_letter(unrelated, address_gaps=True)
    assert letter.plan == (
        "My next step is learning Apache Spark, which your posting asks for and which I cannot "
        "yet show from my own work. I would rather say so plainly and make it my first focus."
    )
    assert "Hadoop" not in letter.plan


def test_options_override_what_the_documents_say(small_report):
    letter = draft_cover_letter(
        small_report, applicant="A. Lima", company="Globex", role="Platform Engineer"
    )
    assert letter.text.startswith("Dear Globex hiring team,\n\n")
    assert "in the Platform Engineer role at Globex, and why I am applying for it." in letter.text
    assert letter.text.endswith("Sincerely,\nA. Lima\n")


def test_without_a_title_or_company_the_letter_stays_general(small_report):
    bare = small_report.model_copy(
        update={"job_title": None, "job_company": None, "applicant_name": None}
    )
    letter = draft_cover_letter(bare)
    assert letter.text.startswith("Dear hiring manager,\n\nI wrote Python jobs that check data")
    assert "in this role, and why I am applying for it." in letter.text
    assert letter.text.endswith(
        "fits this role. Thank you for your time and consideration.\n\nSincerely,\n"
    )


def test_a_user_template_replaces_the_frame(small_report, tmp_path):
    template = tmp_path / "short.txt"
    template.write_text("To $company ($role):\n\n$opening\n\n$plan\n\n-- $applicant\n")
    letter = draft_cover_letter(small_report, template=template)
    assert letter.text.startswith(
        "To Acme Freight (Data Engineer):\n\nI wrote Python jobs that check data quality"
    )
    assert letter.text.endswith("-- Ana Lima\n")
    assert "Dear" not in letter.text
    assert letter.markdown.startswith("To Acme Freight (Data Engineer):")


def test_a_user_template_is_held_to_the_honesty_guard(small_report, tmp_path):
    template = tmp_path / "boast.txt"
    template.write_text("$opening I have shipped Kubernetes operators for years.\n\n$closing\n")
    with pytest.raises(HonestyError, match="Kubernetes"):
        draft_cover_letter(small_report, template=template)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("Dear $hiring_manager,\n$opening\n", "unknown placeholder $hiring_manager (known: "),
        ("Salary: $150k\n$opening\n", "invalid placeholder (write $$ for a dollar sign)"),
        (None, "no such file"),
    ],
)
def test_template_errors_name_the_file_and_the_reason(small_report, tmp_path, content, reason):
    template = tmp_path / "letter.txt"
    if content is not None:
        template.write_text(content)
    with pytest.raises(TemplateError) as raised:
        draft_cover_letter(small_report, template=template)
    message = str(raised.value)
    assert message.startswith(f"{template}: {reason}")
    assert "\n" not in message


def test_markdown_letter_escapes_document_text(small_report):
    report = small_report.model_copy(update={"job_company": "R&D <Labs>"})
    letter = draft_cover_letter(report)
    assert "Dear R\\&D \\<Labs\\> hiring team," in letter.markdown
    assert "Sincerely,\\\nAna Lima\n" in letter.markdown
    assert "Dear R&D <Labs> hiring team," in letter.text


# ------------------------------------------------------------------------------------------
# First-person rephrasing, whole statements, names


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("• Built a churn model in Python", "I built a churn model in Python."),
        (
            "- **Led** the move to Airflow; cut run time by 80%.",
            "I led the move to Airflow; I cut run time by 80%.",
        ),
        ("Maintains 14 ingestion jobs", "I maintain 14 ingestion jobs."),
        ("Responsible for the nightly load", "I was responsible for the nightly load."),
        ("Mentor three analysts in SQL", "I mentor three analysts in SQL."),
        (
            "Wrote and maintain Python jobs; 35 models now back every dashboard.",
            "I wrote and maintain Python jobs; 35 models now back every dashboard.",
        ),
        ("Python, SQL, Docker", None),
        ("Experienced data engineer with 5 years of Spark", None),
        ("", None),
    ],
)
def test_first_person_changes_only_the_opening(statement, expected):
    assert first_person(statement) == expected


VERBS = ["Built", "Led", "Designed", "Wrote", "Maintains", "Cut", "Deployed"]
WORDS = st.text(alphabet="abcdefgh0123456789%$.", min_size=1, max_size=8)


@given(
    verb=st.sampled_from(VERBS),
    words=st.lists(WORDS, min_size=1, max_size=12),
    joiner=st.sampled_from([" ", "; ", ", "]),
)
def test_first_person_never_adds_a_number_or_a_word_beyond_its_subject(verb, words, joiner):
    statement = verb + " " + joiner.join(words)
    sentence = first_person(statement)
    assert sentence is not None
    assert re.findall(r"\d", sentence) == re.findall(r"\d", statement)
    written = {w.strip(".;,") for w in statement.split()}
    added = {w.strip(".;,") for w in sentence.split()} - written
    assert added <= {"I", verb.lower(), "maintain", ""}


def test_statement_joins_a_wrapped_bullet_and_drops_its_marker():
    text = (
        "EXPERIENCE\n"
        "• Built a claims-triage model in Python and PyTorch (an LSTM over adjuster notes with\n"
        "  tabular features) that routes 4,000 claims a week.\n"
        "• Trained a CNN on 120k photos\n"
    )
    start = text.index("PyTorch")
    assert statement_at(text, start, start + 7) == (
        "Built a claims-triage model in Python and PyTorch (an LSTM over adjuster notes with "
        "tabular features) that routes 4,000 claims a week."
    )
    start = text.index("CNN")
    assert statement_at(text, start, start + 3) == "Trained a CNN on 120k photos"


def test_statement_in_prose_is_the_sentence_and_markdown_emphasis_goes():
    text = (
        "## Summary\n"
        "BI developer with 10 years of SQL behind me. For the last five years I have owned the\n"
        "ELT pipelines at a retailer: Python, Airflow and dbt. I want to move on.\n"
        "- **Languages:** SQL, Python\n"
    )
    start = text.index("Airflow")
    assert statement_at(text, start, start + 7) == (
        "For the last five years I have owned the ELT pipelines at a retailer: Python, Airflow "
        "and dbt."
    )
    start = text.index("SQL, Python")
    assert statement_at(text, start, start + 3) == "Languages: SQL, Python"


@pytest.mark.parametrize(
    ("posting", "company"),
    [
        ("Data Engineer\nAbout Acme Analytics\nWe build tools.\n", "Acme Analytics"),
        ("ML Engineer\nAbout the role\nGlobex Corp is hiring an ML engineer.\n", "Globex Corp"),
        ("Senior Data Engineer at Initech\nRequirements\n- SQL\n", "Initech"),
        (
            "Data Engineer\nHooli Energy | Denver, CO | Full-time\nAt Hooli Energy we ...\n",
            "Hooli Energy",
        ),
        (
            "Analyst\nRequirements\n- SQL\nUmbrella Inc is an equal opportunity employer.\n",
            "Umbrella Inc",
        ),
        ("Data Engineer\nAbout us\nWe are hiring.\nRequirements\n- SQL\n", None),
        ("Data Engineer\nRemote | Full-time\nRequirements\n- SQL\n", None),
    ],
)
def test_posting_company(posting, company):
    assert posting_company(posting, posting.splitlines()[0]) == company


@pytest.mark.parametrize(
    ("resume", "name"),
    [
        ("Maya R. Lindqvist\nColumbus, OH\n", "Maya R. Lindqvist"),
        ("\n# Jonas Whitfield\nDenver\n", "Jonas Whitfield"),
        ("Ludwig van Beethoven\n", "Ludwig van Beethoven"),
        ("José Núñez\n", "José Núñez"),
        ("Senior Data Scientist\nMaya\n", None),
        ("RESUME\nMaya Lindqvist\n", None),
        ("maya@example.com | 555-0147\n", None),
    ],
)
def test_applicant_name(resume, name):
    assert applicant_name(resume) == name


def test_analyze_fills_whole_statements_company_and_name(reports):
    report = reports[PAIRS[0]]
    assert report.job_company == "Tessellate Logistics"
    assert report.applicant_name == "Maya R. Lindqvist"
    assert report.resume_sections is not None and "experience" in report.resume_sections
    python = next(r for r in report.requirements if r.id == "python|r|java|cpp")
    first = python.evidence[0]
    assert first.context.endswith("combined with")  # one line of a wrapped bullet ...
    assert first.statement.endswith("fell from 3.1 to 1.8 days.")  # ... and the whole bullet


# ------------------------------------------------------------------------------------------
# Tips


def tips_of(reports, kind: str, pair=PAIRS[0], **options) -> dict[str, Tip]:
    return {tip.term: tip for tip in resume_tips(reports[pair], **options) if tip.kind == kind}


@pytest.mark.parametrize("pair", [PAIRS[0], PAIRS[1]], ids=lambda p: p[0])
def test_tip_uses_the_postings_exact_term_where_the_resume_writes_a_synonym(reports, pair):
    assert not tips_of(reports, "use-posting-term", pair)  # only when asked for
    tips = tips_of(reports, "use-posting-term", pair, spelling=True)
    tip = tips["scikit-learn"]
    assert [(e.skill, e.text, e.section) for e in tip.evidence] == [
        ("scikit-learn", "sklearn", "experience")
    ]
    assert tip.message.startswith(
        "Write “scikit-learn” as the posting does: your resume says “sklearn” (experience, line "
    )
    # PyTorch and Python are written the posting's way already
    assert "PyTorch" not in tips and "Python" not in tips


def test_tip_for_postgres_and_no_tip_for_a_vendor_prefix(reports):
    tips = tips_of(reports, "use-posting-term", PAIRS[2], spelling=True)
    assert tips["PostgreSQL"].evidence[0].text == "Postgres"
    # "Airflow" is found by a search for "Apache Airflow"'s keyword: no tip
    assert "Apache Airflow" not in tips


def test_tip_asks_for_a_bullet_where_a_listed_skill_was_used(reports):
    tips = tips_of(reports, "demonstrate")
    docker = tips["Docker"]
    assert docker.importance == "preferred"  # "MLOps experience: Docker" under Nice to have
    assert [(e.skill, e.section) for e in docker.evidence] == [("docker", "skills")]
    assert docker.message.startswith(
        "Add a bullet where you used Docker: the job asks for it (preferred), but your "
        "resume only lists it (skills, line "
    )
    # PyTorch is used in experience: nothing to demonstrate
    assert "PyTorch" not in tips


def test_tip_names_a_skill_implied_but_not_named(reports):
    tips = tips_of(reports, "name-implied")
    deep = tips["deep learning"]
    assert deep.skills == ("deep-learning", "pytorch")
    assert [(e.skill, e.text, e.section) for e in deep.evidence] == [
        ("pytorch", "PyTorch", "experience")
    ]
    assert "your resume shows “PyTorch” (experience, line " in deep.message


def test_tip_for_a_missing_ats_section(small_report):
    without_skills = analyze(RESUME.replace("SKILLS\nPython, Hadoop, Hive, SQL\n\n", ""), JOB)
    assert "skills" not in without_skills.resume_sections
    tips = [t for t in resume_tips(without_skills) if t.kind == "add-section"]
    assert [t.term for t in tips] == ["Skills"]
    assert "sections found: Experience, Education" in tips[0].message
    assert "your experience already shows: Python." in tips[0].message
    assert tips[0].skills == ("python",)
    assert not [t for t in resume_tips(small_report) if t.kind == "add-section"]


def test_tips_come_section_first_then_required_then_posting_order(reports):
    tips = resume_tips(reports[PAIRS[2]])
    importance = [t.importance for t in tips if t.kind != "add-section"]
    assert importance == sorted(importance, key=lambda i: i != "required")
    assert len({(t.kind, t.term) for t in tips}) == len(tips)


def test_tampered_tips_fail_the_honesty_guard(reports):
    report = reports[PAIRS[2]]
    tips = resume_tips(report)
    check_honesty(tips, report)
    invented = tips[0].model_copy(update={"skills": ("amazon-kinesis",)})
    with pytest.raises(HonestyError, match=r"^resume tips: names Amazon Kinesis as the applicant"):
        check_honesty((invented, *tips[1:]), report)
    moved = tips[0].evidence[0].model_copy(update={"start": 0, "end": 3})
    with pytest.raises(HonestyError):
        check_honesty((tips[0].model_copy(update={"evidence": (moved,)}),), report)


def test_reports_show_the_tips(reports):
    report = reports[PAIRS[0]]
    text = plain_text(report)
    tips = text.split("\nTips\n", 1)[1].split("\n\n", 1)[0]
    assert "Name “deep learning” on your resume" in tips
    assert "\n## Tips\n\n- Add a bullet where you used probability" in render_markdown(report)
    page = render_html(report)
    assert "<h2>Tips</h2>" in page and "Name “deep learning” on your resume" in page


def test_the_tips_escape_document_text():
    report = sample_report()
    implied = report.requirements[1]
    hostile = implied.evidence[0].model_copy(update={"text": "<script>PyTorch</script>"})
    report = report.model_copy(
        update={
            "requirements": (
                report.requirements[0],
                implied.model_copy(update={"evidence": (hostile,)}),
                *report.requirements[2:],
            )
        }
    )
    page = render_html(report)
    assert "<script>" not in page
    assert "your resume shows “&lt;script&gt;PyTorch&lt;/script&gt;” (experience, line 16)" in page
    assert "your resume shows “\\<script\\>PyTorch\\</script\\>”" in render_markdown(report)


# ------------------------------------------------------------------------------------------
# Command line


def test_letter_command_prints_the_draft():
    result = runner.invoke(
        app,
        [
            "letter",
            str(EXAMPLES / "resume_ai_engineer.txt"),
            str(EXAMPLES / "job_ai_engineer.txt"),
            "--name",
            "Maya Lindqvist",
            "--company",
            "Tessellate",
            "--title",
            "Applied AI Engineer",
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Dear Tessellate hiring team,\n\n")
    assert "in the Applied AI Engineer role at Tessellate, and why I am" in result.stdout
    assert result.stdout.endswith("Sincerely,\nMaya Lindqvist\n")
    assert result.stderr == ""


def test_letter_command_writes_markdown_to_a_file(tmp_path):
    out = tmp_path / "letter.md"
    result = runner.invoke(
        app,
        [
            "letter",
            str(EXAMPLES / "resume_data_engineer.txt"),
            str(EXAMPLES / "job_data_engineer.txt"),
            "-o",
            str(out),
            "--format",
            "markdown",
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").endswith("Sincerely,\\\nJonas Whitfield\n")


@pytest.mark.parametrize("target", ["missing/letter.txt", "."])
def test_letter_command_fails_cleanly_when_the_output_cannot_be_written(tmp_path, target):
    out = tmp_path / target
    result = runner.invoke(
        app,
        [
            "letter",
            str(EXAMPLES / "resume_ai_engineer.txt"),
            str(EXAMPLES / "job_ai_engineer.txt"),
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {out}: cannot write: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_letter_command_reports_a_bad_template(tmp_path):
    result = runner.invoke(
        app,
        [
            "letter",
            str(EXAMPLES / "resume_ai_engineer.txt"),
            str(EXAMPLES / "job_ai_engineer.txt"),
            "--template",
            str(tmp_path / "nope.txt"),
        ],
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope.txt'}: no such file"


def test_tips_command_prints_numbered_tips_and_json():
    args = ["tips", str(EXAMPLES / "resume_ai_engineer.txt"), str(EXAMPLES / "job_ai_engineer.txt")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.lstrip().startswith("1. Add a bullet where you used probability")
    assert "Name “deep learning” on your resume" in result.stdout
    as_json = runner.invoke(app, [*args, "--json"])
    assert as_json.exit_code == 0
    import json

    data = json.loads(as_json.stdout)
    assert {tip["kind"] for tip in data} == {"demonstrate", "name-implied"}
    assert all(tip["evidence"] for tip in data)


def test_honesty_and_template_errors_are_gapcheck_errors():
    assert issubclass(HonestyError, GapcheckError) and issubclass(TemplateError, GapcheckError)
    error = HonestyError("cover letter", ("Apache Kafka", "Amazon EMR"))
    assert str(error) == (
        "cover letter: names Apache Kafka, Amazon EMR as the applicant's own, but the resume "
        "does not show them"
    )
    assert LetterClaim.model_fields["evidence"].is_required()


def test_the_letter_names_the_role_without_the_employer_and_place_of_the_title_line() -> None:
    from gapcheck.tailor import draft_cover_letter

    posting = (
        "Senior Frontend Engineer — Harborlight Health (Remote, US)\n\n"
        "Requirements\n- 5+ years of React and TypeScript\n- Experience with Jest\n"
    )
    resume = (
        "Marcus Lee\n\nExperience\nFrontend Engineer, Tidewater Bank, Jan 2019 - Present\n"
        "- Built the online-banking dashboard in React and TypeScript, tested with Jest.\n"
    )
    letter = draft_cover_letter(analyze(resume, posting))
    assert "Senior Frontend Engineer role" in letter.text
    assert "(Remote, US)" not in letter.text and "— Harborlight" not in letter.text
