"""Reading importance the way a careful recruiter does: what a posting requires, what it
would merely like, and what it does not ask for at all.

One test (or one parametrised family) per problem seen on real postings. Every posting here
is hand-written for these tests; none is taken from a benchmark document.
"""

from __future__ import annotations

import pytest

from gapcheck.comparison import compare
from gapcheck.documents import Document
from gapcheck.extraction import SkillExtractor
from gapcheck.models import SkillProfile

EXTRACTOR = SkillExtractor()


def job(text: str) -> SkillProfile:
    return EXTRACTOR.extract(Document.from_text(text), kind="job")


def resume(text: str) -> SkillProfile:
    return EXTRACTOR.extract(Document.from_text(text), kind="resume")


def importance(profile: SkillProfile) -> dict[str, str | None]:
    return {s.id: s.importance for s in profile.skills}


# ------------------------------------------------------------------ Label: items lines

LABELLED_BULLETS = """Platform Engineer

Requirements
- Python
- Observability experience: Prometheus, Grafana

Nice to have
- Streaming experience: Kafka, Flink
- Security skills: Vault
- Cloud: Azure
"""


def test_label_items_bullets_under_nice_to_have_stay_preferred() -> None:
    levels = importance(job(LABELLED_BULLETS))
    assert levels["python"] == levels["prometheus"] == levels["grafana"] == "required"
    assert levels["apache-kafka"] == levels["apache-flink"] == "preferred"
    assert levels["hashicorp-vault"] == levels["azure"] == "preferred"


FIELD_LINES = """Backend Developer
Location: Porto or remote
Must: Java, Spring Boot
Nice: Scala, Redis
Optional: Kotlin
Bonus: GraphQL
Not needed: PHP or Laravel
Languages: English (fluent), Spanish (a plus)
"""


def test_posting_field_lines_are_read_one_by_one() -> None:
    levels = importance(job(FIELD_LINES))
    assert levels["java"] == levels["spring-boot"] == levels["english"] == "required"
    assert levels["scala"] == levels["redis"] == levels["kotlin"] == "preferred"
    assert levels["graphql"] == levels["spanish"] == "preferred"
    assert levels["php"] is None and levels["laravel"] is None


def test_a_label_without_items_is_a_heading_and_a_label_line_lasts_for_its_paragraph() -> None:
    text = "Data Engineer\n\nRequirements: SQL\n- Airflow\n\nBonus:\n- Terraform\n- Docker\n"
    levels = importance(job(text))
    assert levels == {
        "sql": "required",
        "apache-airflow": "required",
        "terraform": "preferred",
        "docker": "preferred",
    }


# ------------------------------------------------------------------ cues inside a sentence

# (line under a requirements heading, expected importance per skill)
INLINE_CUES = [
    ("Rust is a bonus, not a requirement", {"rust": "preferred"}),
    ("Golang is a plus", {"go": "preferred"}),
    ("Knowledge of Ansible would help", {"ansible": "preferred"}),
    ("Docker is welcome but not required", {"docker": "preferred"}),
    ("Java is nice to have but not required", {"java": "preferred"}),
    ("Kubernetes is optional", {"kubernetes": "preferred"}),
    ("Ideally some Terraform", {"terraform": "preferred"}),
    (
        "Strong SQL is required, ideally with Snowflake",
        {"sql": "required", "snowflake": "preferred"},
    ),
    ("React, preferably with Redux", {"react": "required", "redux": "preferred"}),
    ("Python (required), Go (preferred)", {"python": "required", "go": "preferred"}),
    (
        "Jenkins experience would be a plus, as would familiarity with Ansible",
        {"jenkins": "preferred", "ansible": "preferred"},
    ),
    ("Vue experience is preferred", {"vuejs": "preferred"}),
    ("Java (must), Kotlin (a plus)", {"java": "required", "kotlin": "preferred"}),
    ("Nice to have: Redis", {"redis": "preferred"}),
    ("Cassandra, or willingness to learn it", {"cassandra": "preferred"}),
    # Not a requirement at all: a bare negation, or an offer to teach.
    ("Scala is not required", {"scala": None}),
    ("No Haskell experience needed", {"haskell": None}),
    ("You don't need to know Kubernetes", {"kubernetes": None}),
    ("We can teach you Terraform", {"terraform": None}),
    ("Kotlin is not required; we'll train you", {"kotlin": None}),
    ("Knowledge of Salesforce; we will teach you the rest", {"salesforce": None}),
    ("You'll pick up Jira in your first week", {"jira": None}),
]


@pytest.mark.parametrize(("line", "expected"), INLINE_CUES)
def test_explicit_cues_inside_a_sentence(line: str, expected: dict[str, str | None]) -> None:
    levels = importance(job(f"Data Engineer\n\nRequirements\n- Linux\n- {line}\n"))
    assert levels["linux"] == "required"
    assert {skill: levels[skill] for skill in expected} == expected


def test_a_cue_in_a_one_paragraph_posting_governs_its_own_clause() -> None:
    text = (
        "We need an analyst who writes SQL every day and builds reports in Tableau. "
        "Python is a plus, and so is some dbt. Power BI is not needed."
    )
    levels = importance(job(text))
    assert levels["sql"] == levels["tableau"] == "required"
    assert levels["python"] == levels["dbt"] == "preferred"
    assert levels["power-bi"] is None


def test_a_negation_of_a_pronoun_speaks_of_the_skills_before_it() -> None:
    text = (
        "Requirements\n- SQL\n- Our analysts use Looker and Tableau, but no experience with "
        "either is needed\n- We log errors in Sentry and Datadog; you'll pick both up quickly\n"
    )
    levels = importance(job(text))
    assert levels["sql"] == "required"
    assert [levels[s] for s in ("looker", "tableau", "sentry", "datadog")] == [None] * 4


def test_a_negation_with_its_own_object_does_not_spread_to_the_clause_before() -> None:
    text = "Analyst\nStack: Python; Scala not required\nPerks: a Tableau licence\n"
    assert importance(job(text)) == {"python": "required", "scala": None, "tableau": None}


def test_a_table_with_an_importance_column_is_read_row_by_row() -> None:
    text = (
        "Skills matrix\n"
        "Skill                 | Level     | Importance\n"
        "Kubernetes            | Advanced  | Required\n"
        "Helm                  | Working   | Required\n"
        "Argo CD               | Basic     | Nice to have\n"
        "Istio                 | Any       | Bonus\n"
    )
    assert importance(job(text)) == {
        "kubernetes": "required",
        "helm": "required",
        "argocd": "preferred",
        "istio": "preferred",
    }


def test_plus_as_a_conjunction_is_no_cue() -> None:
    levels = importance(job("Requirements\n- Strong SQL, plus experience with Looker\n"))
    assert levels == {"sql": "required", "looker": "required"}


def test_a_bonus_in_the_pay_is_no_cue() -> None:
    text = "Requirements\n- Python\n\nCompensation\nSalary plus an annual bonus and Figma licences."
    assert importance(job(text)) == {"python": "required", "figma": None}


# ------------------------------------------------------------------ text that asks for nothing

COMPANY_AND_PROCESS = """Data Engineer

We are Finch Analytics, a consultancy of forty people. Our platform was migrated from Oracle
to PostgreSQL in 2021, and our BI team works in Looker. Finch started as a Hadoop shop.

The role
You'll build batch pipelines in Python and own their monitoring.

Requirements
- SQL
- Airflow (we use it for every pipeline)
- Good written English (our clients file their tickets in Jira)

Perks
- A yearly Kubernetes conference ticket

We offer a MongoDB certification voucher and a home-office budget. The interview includes a
take-home exercise in Java and a short system design chat.

Finch is an equal opportunity employer.
"""


def test_company_benefits_process_and_legal_sentences_ask_for_nothing() -> None:
    levels = importance(job(COMPANY_AND_PROCESS))
    for skill in ("oracle-database", "postgresql", "looker", "hadoop", "kubernetes", "mongodb"):
        assert levels[skill] is None, skill
    assert levels["java"] is None
    assert levels["jira"] is None
    assert levels["python"] == levels["sql"] == levels["apache-airflow"] == "required"
    assert levels["english"] == "required"


def test_pay_and_interview_words_in_a_list_of_requirements_are_the_work() -> None:
    text = (
        "HR Systems Analyst\n\nRequirements\n"
        "- Experience administering pension and salary data in Workday\n"
        "- Experience running structured interviews and reporting them in Excel\n"
    )
    assert importance(job(text)) == {"workday": "required", "microsoft-excel": "required"}


def test_the_company_stack_named_with_you_still_asks() -> None:
    levels = importance(
        job("Requirements\n- We use Kotlin and Postgres; you'll work in both daily")
    )
    assert levels == {"kotlin": "required", "postgresql": "required"}


def test_headings_that_ask_for_nothing() -> None:
    text = (
        "Mobile Engineer\n\nRequirements\n- Swift\n\nNot required\n- Kotlin\n\n"
        "How we hire\nA pairing session in Xcode.\n\nGood to know\nOur designers work in Figma.\n"
    )
    assert importance(job(text)) == {
        "swift": "required",
        "kotlin": None,
        "xcode": None,
        "figma": None,
    }


# ------------------------------------------------------------------ legal text in a paragraph


LEGAL_SENTENCE_IN_A_PARAGRAPH = (
    "Backend Engineer\n\n"
    "Acme Logistics is an equal opportunity employer and does not discriminate on the basis "
    "of race, religion or gender. You will build services in Rust and need strong PostgreSQL "
    "skills; Redis is a plus. All qualified applicants will receive consideration without "
    "regard to disability. You will also own our Terraform modules."
)
# Lines without bullets are statements of their own.
LEGAL_LINE_WITHOUT_BULLETS = (
    "Who you are\n"
    "You have several years of experience with Terraform and AWS in production\n"
    "You enjoy mentoring junior engineers and writing clear documentation\n"
    "We value a team where everyone is respected regardless of gender or age\n"
    "You know Kubernetes well enough to debug it at night\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            LEGAL_SENTENCE_IN_A_PARAGRAPH,
            {
                "rust": "required",
                "postgresql": "required",
                "terraform": "required",
                "redis": "preferred",
            },
            id="paragraph",
        ),
        pytest.param(
            LEGAL_LINE_WITHOUT_BULLETS,
            {
                "terraform": "required",
                "aws": "required",
                "kubernetes": "required",
                "mentoring": "required",
            },
            id="lines-without-bullets",
        ),
    ],
)
def test_a_legal_sentence_does_not_swallow_the_rest_of_its_paragraph(
    text: str, expected: dict[str, str]
) -> None:
    levels = importance(job(text))
    assert {skill: levels.get(skill) for skill in expected} == expected


# ------------------------------------------------------------------ soft wording

SOFT_WORDING = [
    "Familiarity with PostgreSQL",
    "Some PostgreSQL",
    "Exposure to PostgreSQL",
    "Basic knowledge of PostgreSQL",
    "Working knowledge of PostgreSQL",
    "An understanding of PostgreSQL",
]


@pytest.mark.parametrize("line", SOFT_WORDING)
def test_soft_wording_keeps_the_heading_s_importance(line: str) -> None:
    assert importance(job(f"Requirements\n- {line}\n")) == {"postgresql": "required"}
    assert importance(job(f"Nice to have\n- {line}\n")) == {"postgresql": "preferred"}


# ------------------------------------------------------------------ either/or and "or similar"


def test_or_similar_makes_one_group_that_accepts_a_similar_skill() -> None:
    profile = job("Requirements\n- Jira, Asana or a similar tracker\n- Python")
    (group,) = profile.groups
    assert group.skills[:2] == ("jira", "asana")
    assert group.or_similar is True
    assert group.importance == "required"
    assert profile.skill("python").standalone is True


def test_either_or_phrases_of_a_business_role() -> None:
    profile = job("Requirements\n- 3 years in customer success, account management or similar")
    (group,) = profile.groups
    assert set(group.skills) == {"customer-success", "account-management"}
    assert group.or_similar is True
    plain = job("Requirements\n- PostgreSQL or MySQL")
    assert [(g.skills, g.or_similar) for g in plain.groups] == [(("postgresql", "mysql"), False)]


def test_a_list_joined_by_and_is_not_a_group_even_with_or_similar() -> None:
    profile = job("Requirements\n- Salesforce and Zendesk, or comparable tools")
    assert profile.groups == ()
    assert importance(profile) == {"salesforce": "required", "zendesk": "required"}


def test_a_similar_skill_satisfies_an_or_similar_group_in_part() -> None:
    cv = resume("Experience\n2020 - 2023 Analyst at Beta\n- Planned sprints in Trello\n")
    widened = compare(cv, job("Requirements\n- Jira, Asana or a similar tracker\n"))
    (tracker,) = widened.requirements
    assert (tracker.status, tracker.credit_kind, tracker.credited_through) == (
        "partial",
        "related",
        "trello",
    )
    assert tracker.credit == pytest.approx(widened.weights.implied)
    assert "accepts a skill like" in tracker.reason
    (plain,) = compare(cv, job("Requirements\n- Jira or Asana\n")).requirements
    assert plain.credit < tracker.credit


def test_a_skill_of_another_category_does_not_satisfy_an_or_similar_group() -> None:
    cv = resume("Experience\n2020 - 2023 Analyst at Beta\n- Built reports in Tableau\n")
    (tracker,) = compare(cv, job("Requirements\n- Jira, Asana or a similar tracker\n")).requirements
    assert tracker.status == "missing"


# ------------------------------------------------------------------ duties and qualifications


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Experience with a BI tool (Power BI preferred)",
            {"bi-tools": "required", "power-bi": "preferred"},
        ),
        ("English (fluent), Spanish (a plus)", {"english": "required", "spanish": "preferred"}),
    ],
)
def test_a_cue_inside_brackets_grades_the_skill_inside_them(
    line: str, expected: dict[str, str | None]
) -> None:
    found = importance(job(f"Minimum qualifications\n- {line}\n"))
    assert {skill: found.get(skill) for skill in expected} == expected


QUALIFIED_DUTIES = """Data Analyst

Responsibilities
- Build and maintain Power BI dashboards for branch leaders
- Build and operate batch and streaming pipelines
- Improve our hierarchical forecasting models

Minimum qualifications
- Experience with a BI tool (Power BI preferred; Tableau or Looker also considered)
- Some time series analysis

Preferred qualifications
- Kafka or another event streaming platform
- Nice to have: probabilistic forecasting
"""


def test_the_qualifications_grade_a_skill_the_duties_use() -> None:
    found = importance(job(QUALIFIED_DUTIES))
    # Asked for in the qualifications themselves: they decide.
    assert found["power-bi"] == "preferred"
    # Named there only in a group, or narrowed to a kind of it: the duties still need it.
    assert found["stream-processing"] == "required"
    assert found["forecasting"] == "required"
