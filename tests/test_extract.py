"""Finding skills: word sense, fuzzy variants and their guards, line breaks, the tokenizer.

Every sentence here is hand-written. Each word-sense trap is tested in both senses, so a rule
that finds nothing or everything fails.
"""

from __future__ import annotations

import pytest

from gapcheck.documents import Document
from gapcheck.extraction import SkillExtractor
from gapcheck.models import SkillProfile
from gapcheck.pipeline import build_nlp

EXTRACTOR = SkillExtractor()


def resume(text: str) -> SkillProfile:
    return EXTRACTOR.extract(Document.from_text(text), kind="resume")


def job(text: str) -> SkillProfile:
    return EXTRACTOR.extract(Document.from_text(text), kind="job")


def found(text: str) -> set[str]:
    return set(resume(text).skill_ids)


# ----------------------------------------------------------------------------- word sense

# (text, skill id): the technical sense, which must be found.
TECHNICAL_SENSE = [
    ("Go, Rust and Python", "go"),
    ("Built pivot tables in Excel", "microsoft-excel"),
    ("Spark and Hadoop", "apache-spark"),
    ("React and Redux", "react"),
    ("Languages: Rust, Go", "rust"),
    ("Languages: C, C++, Java", "c"),
    ("Languages: C, C++, Java", "cpp"),
    ("Did statistical analysis in R", "r"),
    ("Microsoft Word, Excel", "microsoft-word"),
    ("Microsoft Word, Excel", "microsoft-excel"),
    ("Julia and Python", "julia"),
    ("Ruby and Rails developer", "ruby"),
    ("Experience with ML and AI", "machine-learning"),
    ("Experience with ML and AI", "artificial-intelligence"),
    ("Experience\n- Built AI/ML products with PyTorch", "machine-learning"),
    ("Experience\n- Built AI/ML products with PyTorch", "artificial-intelligence"),
    ("MS Access, Excel", "microsoft-access"),
    ("Built an Access database for inventory", "microsoft-access"),
    ("Chef, Puppet and Ansible", "chef"),
    ("Chef, Puppet and Ansible", "puppet"),
    ("Java, Spring and Hibernate", "spring"),
    ("Node.js and Express", "express"),
    ("Built mobile games in Unity and C#", "unity"),
    ("Languages: Bash, Shell", "shell-scripting"),
    ("Fine-tuned RoBERTa and BERT for NER", "bert"),
    # Beside a skill that confirms it, a rejecting word after it ("Word for word") does not count.
    ("Prepared monthly reports in Excel and Word for the manager", "microsoft-word"),
    # A unit of the role, the employer after it, or an industry the employer is named by.
    ("Experience\nStaff Nurse, Medical ICU, Mercy Hospital, 2019 - 2022\n- Cared for adults",
     "critical-care-nursing"),
    ("Experience\nProject Manager, Constitution Mutual Insurance, 2019 - 2022\n- Ran projects",
     "insurance"),
]

# (text, skill id): the everyday sense (or a person, a grade, a company), never a skill.
EVERYDAY_SENSE = [
    ("I am the go-to person for our data platform", "go"),
    ("Go-to person for Kubernetes questions", "go"),
    ("Go to the store and buy milk", "go"),
    ("We excel at teamwork", "microsoft-excel"),
    ("We aim to spark interest in data", "apache-spark"),
    ("Spark interest in data science among students", "apache-spark"),
    ("We react to change quickly", "react"),
    ("He grew up in the rust belt", "rust"),
    ("Grew up in the Rust Belt", "rust"),
    ("I got a grade of C in chemistry", "c"),
    ("We need a plan B/C for the launch", "c"),
    ("Head of R&D", "r"),
    ("Head of R&D", "c"),
    ("Presented to C-level executives", "c"),
    ("Grew the business by word of mouth", "microsoft-word"),
    ("Word of mouth marketing", "microsoft-word"),
    ("Translated the contract word for word and checked it in Excel", "microsoft-word"),
    # An employer's name after a job title names no skill of the person's.
    ("Experience\nData Engineer, Acme Analytics, 2020 - 2023\n- Built pipelines", "data-analysis"),
    ("Experience\nBI Developer | Northwind Analytics | 2019 - 2022\n- Wrote SQL", "data-analysis"),
    ("Julia Roberts\njulia@example.com\n\nSkills: SQL", "julia"),
    ("Ruby Smith\nruby@example.com\n\nSkills: SQL", "ruby"),
    ("Julia Smith | Python Developer | julia@example.com\n\nSkills\nPython", "julia"),
    ("Ruby Chen - Backend Engineer (Python, Go)\n\nSkills\nPython", "ruby"),
    ("Exported AI files for the print shop", "artificial-intelligence"),
    ("Administered 5 ML doses", "machine-learning"),
    ("Access to benefits from day one", "microsoft-access"),
    ("He is a chef at a restaurant", "chef"),
    ("Sous Chef at Bistro Rouge", "chef"),
    ("Puppet theatre for children", "puppet"),
    ("Joined in Spring 2020", "spring"),
    ("Express your ideas clearly", "express"),
    ("Unity in diversity", "unity"),
    ("Worked at Shell as an analyst", "shell-scripting"),
    ("Roberta Jones\nroberta@example.com", "bert"),
    ("Robert Smith, data engineer", "bert"),
]


@pytest.mark.parametrize(("text", "skill_id"), TECHNICAL_SENSE)
def test_technical_sense_is_found(text: str, skill_id: str) -> None:
    assert skill_id in found(text)


@pytest.mark.parametrize(("text", "skill_id"), EVERYDAY_SENSE)
def test_everyday_sense_is_not_a_skill(text: str, skill_id: str) -> None:
    assert skill_id not in found(text)


def test_go_in_a_list_is_the_language_and_go_to_in_the_same_text_is_not() -> None:
    profile = resume("Go-to person for infra.\nSkills: Go, Rust and Python")
    (go,) = [s for s in profile.skills if s.id == "go"]
    assert [m.section for m in go.mentions] == ["skills"]


def test_a_one_letter_name_needs_a_list_or_a_cue() -> None:
    assert "c" not in found("Section C of the report")
    assert "c" in found("Programming in C")
    assert "r" in found("Analysis in R and Python")


def test_posting_list_item_with_a_cue_word_confirms_an_everyday_name() -> None:
    profile = job("Requirements:\n- Spark preferred\n- Spark interest in children")
    (spark,) = profile.skills
    assert spark.id == "apache-spark"
    assert [m.line for m in spark.mentions] == [2]


def test_lowercase_brand_name_after_a_usage_word() -> None:
    assert "dbt" in set(job("Requirements:\n- familiarity with dbt").skill_ids)
    assert "maven" not in set(job("Requirements:\n- familiarity with maven thinking").skill_ids)


# ----------------------------------------------------------------------------- fuzzy


@pytest.mark.parametrize(
    ("text", "skill_id", "written"),
    [
        ("Trained models in Tensor Flow", "tensorflow", "Tensor Flow"),
        ("Deployed a Kubernets cluster", "kubernetes", "Kubernets"),
        ("Tuned Postgre SQL and Redis", "postgresql", "Postgre SQL"),
        ("Trained Py Torch models", "pytorch", "Py Torch"),
        ("Skills: Java Script, Git Hub", "javascript", "Java Script"),
    ],
)
def test_fuzzy_variants_are_found_with_method_and_score(
    text: str, skill_id: str, written: str
) -> None:
    skill = resume(text).skill(skill_id)
    assert skill is not None, resume(text).skill_ids
    (mention,) = skill.mentions
    assert mention.text == written
    assert mention.method == "fuzzy"
    assert mention.score is not None and 88 <= mention.score < 100


def test_a_joined_variant_wins_over_the_shorter_exact_name_inside_it() -> None:
    assert found("Skills: Java Script") == {"javascript"}


def test_exact_mentions_have_no_score() -> None:
    (mention,) = resume("Trained TensorFlow models").skill("tensorflow").mentions
    assert (mention.method, mention.score) == ("exact", None)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Skills: C+, Goo, Rusty", {"cpp", "c", "go", "rust"}),  # short or symbol names
        ("I wrote my SQL queries by hand", {"mysql"}),
        ("Robert Smith\nrobert@example.com", {"bert"}),
        ("I use Py. Torch lights", {"pytorch"}),  # across a sentence end
        ("I use Tensor\n\nFlow", {"tensorflow"}),  # across a blank line
        ("Notes:\n- Py\n- Torch", {"pytorch"}),  # across list items
        # "Italian" is rejected here; fuzzy must not re-find it as a misspelt "Italiano".
        ("Managed an Italian restaurant in Rome", {"italian"}),
    ],
)
def test_fuzzy_guards(text: str, absent: set[str]) -> None:
    assert not found(text) & absent


def test_my_sql_queries_still_find_sql() -> None:
    assert found("I wrote my SQL queries by hand") == {"sql"}


# ----------------------------------------------------------------------------- line breaks


@pytest.mark.parametrize(
    ("text", "skill_id", "written"),
    [
        ("Skills: Python, machine\nlearning, SQL", "machine-learning", "machine\nlearning"),
        ("Skills: Kafka, Apache\nSpark, Hive", "apache-spark", "Apache\nSpark"),
    ],
)
def test_names_broken_over_a_line_are_found_with_offsets_across_the_break(
    text: str, skill_id: str, written: str
) -> None:
    (mention,) = resume(text).skill(skill_id).mentions
    assert mention.text == written
    assert text[mention.start : mention.end] == written


def test_a_blank_line_separates_names() -> None:
    assert "machine-learning" not in found("Skills: machine\n\nlearning")
    # Each word may still be a skill of its own, but no mention spans the blank line.
    profile = resume("Skills: Apache\n\nSpark")
    assert [m.text for s in profile.skills for m in s.mentions] == ["Apache", "Spark"]


# ----------------------------------------------------------------------------- tokenizer


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("C++/Qt", ["C++", "/", "Qt"]),
        ("C#/Java", ["C#", "/", "Java"]),
        ("Node.js/JavaScript", ["Node.js", "/", "JavaScript"]),
        ("node.js/Javascript", ["node.js", "/", "Javascript"]),
        ("C++(Data", ["C++", "(", "Data"]),
        ("Hadoop(HDFS)", ["Hadoop", "(", "HDFS", ")"]),
        ("Python3", ["Python", "3"]),
        ("HTML5/CSS3", ["HTML", "5", "/", "CSS", "3"]),
        ("TensorFlow2.0", ["TensorFlow", "2.0"]),
        ("C.", ["C", "."]),
        ("R.", ["R", "."]),
        (
            "C# F# .NET CI/CD PL/SQL T-SQL TCP/IP",
            ["C#", "F#", ".NET", "CI/CD", "PL/SQL", "T-SQL", "TCP/IP"],
        ),
        ("https://github.com/jane/repo", ["https://github.com/jane/repo"]),
    ],
)
def test_tokenizer_splits_names_right(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text) if not t.is_space] == tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "C++, C#, F#, .NET, Node.js, CI/CD, A/B testing, PL/SQL, T-SQL, TCP/IP",
            [
                "cpp",
                "csharp",
                "fsharp",
                "dotnet",
                "nodejs",
                "ci-cd",
                "ab-testing",
                "pl-sql",
                "t-sql",
                "tcp-ip",
            ],
        ),
        ("Skills: C++/Qt", ["cpp", "qt"]),
        ("Skills: Node.js/JavaScript", ["nodejs", "javascript"]),
        ("Skills: node.js/Javascript", ["nodejs", "javascript"]),
        ("Skills: Python3", ["python"]),
        ("Skills: HTML5/CSS3", ["html", "css"]),
        ("Skills: TensorFlow2.0", ["tensorflow"]),
        ("Skills: Hadoop(HDFS)", ["hadoop", "hdfs"]),
        ("Skills: C++(Data structures)", ["cpp", "data-structures"]),
        ("Languages: C. Java.", ["c", "java"]),
        ("Languages: R. Python.", ["r", "python"]),
        ("Requirements: Ci/Cd pipelines", ["ci-cd"]),
    ],
)
def test_symbol_names_are_found_whole(text: str, expected: list[str]) -> None:
    assert list(resume(text).skill_ids) == expected


def test_csharp_is_not_c() -> None:
    assert found("Backend services in C#") == {"csharp"}
    assert found("Skills: F#, C#") == {"fsharp", "csharp"}
