"""Taxonomy hygiene: word-sense guards for English words, no stop-word aliases, one skill per
alias, and the audit of terms that only benchmark documents had (taxonomy/AUDIT.md)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gapcheck.cli import app
from gapcheck.components import sections
from gapcheck.errors import TaxonomyError
from gapcheck.taxonomy import STOP_WORDS, Skill, load_taxonomy, normalize_alias, unguarded_words

ROOT = Path(__file__).resolve().parents[1]
AUDIT = ROOT / "taxonomy" / "AUDIT.md"
runner = CliRunner()

CATEGORY = '[category]\nid = "mine"\nname = "Mine"\n'


@pytest.fixture(scope="module")
def shipped():
    return load_taxonomy()


def write(folder: Path, text: str, name: str = "mine.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load_error(path: Path, *, include_shipped: bool = True) -> str:
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy([path], include_shipped=include_shipped)
    message = str(caught.value)
    assert "\n" not in message
    return message


# ----------------------------------------------------------------------------- English words


def test_no_shipped_name_or_alias_is_an_unguarded_english_word(shipped) -> None:
    unguarded = {skill.id: unguarded_words(skill) for skill in shipped if unguarded_words(skill)}
    assert unguarded == {}


@pytest.mark.parametrize(
    ("skill_id", "form"),
    [
        ("ssh", "PuTTY"),
        ("network-access-control", "RADIUS"),
        ("apache-storm", "Heron"),
        ("lua", "Luau"),
        ("audio-production", "Audacity"),
        ("hibernate", "Hibernate"),
        ("vim", "Vim"),
        ("perforce", "Perforce"),
    ],
)
def test_product_names_that_are_words_are_guarded(shipped, skill_id, form) -> None:
    sense = shipped[skill_id].sense
    assert sense is not None and form in sense.forms
    assert form not in shipped[skill_id].surface_forms


def test_a_guarded_product_name_needs_its_context() -> None:
    from gapcheck import extract
    from gapcheck.documents import Document

    def found(text: str) -> set[str]:
        return {s.id for s in extract(Document.from_text(text), kind="resume").skills}

    prose = found("Summary\nThe audacity of the plan made the bears hibernate in a putty shed.")
    listed = found("Skills\nAudacity, Pro Tools, Logic Pro\nJava, Spring, Hibernate, PuTTY, SSH")
    assert prose & {"audio-production", "hibernate", "ssh"} == set()
    assert {"audio-production", "hibernate", "ssh"} <= listed


def test_plain_words_need_no_guard() -> None:
    skill = Skill(
        id="budgeting",
        name="Budgeting",
        category="business",
        aliases=("budget planning", "forecasting"),
    )
    assert unguarded_words(skill) == ("Budgeting", "forecasting")
    assert unguarded_words(skill.model_copy(update={"plain_words": True})) == ()


def test_names_read_as_the_skill_are_found_without_context() -> None:
    from gapcheck import extract
    from gapcheck.documents import Document

    profile = extract(Document.from_text("Experience\n- Python pipelines on Azure"), kind="resume")
    assert {"python", "azure"} <= {s.id for s in profile.skills}


def test_user_file_with_an_unguarded_english_word_is_a_warning(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[skill]]\nid = "marmalade-app"\nname = "Marmalade"\ncategory = "tools"\n'
        'aliases = ["Marmalade app"]\n'
        '[[skill]]\nid = "ledger-work"\nname = "Ledgers"\ncategory = "business"\n'
        "plain_words = true\n"
        '[[skill]]\nid = "lantern-app"\nname = "Lantern app"\ncategory = "tools"\n'
        '[skill.sense]\nforms = ["Lantern"]\ncase_sensitive = true\nconfirm = ["chat"]\n',
    )
    loaded = load_taxonomy([path])
    assert loaded.warnings == (
        f"[{path}: skill 'marmalade-app' -> name] 'Marmalade' is also an everyday English word and "
        "matches ordinary prose: add it to [skill.sense] forms with cues, or set plain_words = "
        "true if the word means the skill",
    )
    assert load_taxonomy().warnings == ()


def test_cli_validate_prints_the_warnings_and_succeeds(tmp_path: Path) -> None:
    path = write(tmp_path, '[[extend]]\nid = "docker"\naliases = ["whale"]\n')
    result = runner.invoke(app, ["taxonomy", "validate", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("OK: ")
    assert result.stderr.startswith(f"warning: [{path}: skill 'docker' -> aliases] 'whale' is")


# ----------------------------------------------------------------------------- stop words


def test_stop_words_match_spacy() -> None:
    from spacy.lang.en.stop_words import STOP_WORDS as SPACY_STOP_WORDS

    assert {w for w in SPACY_STOP_WORDS if w.isalpha()} == STOP_WORDS


def test_no_shipped_name_or_alias_is_a_stop_word(shipped) -> None:
    found = [
        (s.id, f) for s in shipped for f in s.surface_forms if normalize_alias(f) in STOP_WORDS
    ]
    assert found == []


@pytest.mark.parametrize("alias", ["and", "IT", "The", "go"])
def test_a_stop_word_alias_is_refused(tmp_path: Path, alias: str) -> None:
    path = write(
        tmp_path,
        f'[[skill]]\nid = "x-tool"\nname = "X tool"\ncategory = "tools"\naliases = ["{alias}"]\n',
    )
    message = load_error(path)
    assert message.startswith(f"[{path}: skill 'x-tool' -> aliases] '{alias}' is a stop word")


def test_a_stop_word_added_by_extend_names_the_user_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[[extend]]\nid = "python"\naliases = ["it"]\n')
    assert load_error(path).startswith(f"[{path}: skill 'python' -> aliases] 'it' is a stop word")


def test_a_guarded_stop_word_is_allowed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        CATEGORY + '[[skill]]\nid = "it-ops"\nname = "IT operations"\n'
        '[skill.sense]\nforms = ["IT"]\ncase_sensitive = true\nconfirm = ["support"]\n',
    )
    assert load_taxonomy([path], include_shipped=False).resolve("IT").id == "it-ops"


# ----------------------------------------------------------------------------- one skill per alias


def test_an_alias_equal_to_another_skills_name_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[skill]]\nid = "x-tool"\nname = "X tool"\ncategory = "tools"\naliases = ["pytorch"]\n',
    )
    message = load_error(path)
    assert message.startswith(f"[{path}: skill 'x-tool' -> aliases] alias 'pytorch' is also ")
    assert "claimed by skill 'pytorch' as 'PyTorch' (machine_learning.toml)" in message


@pytest.mark.parametrize(
    ("skills", "claim", "claimed_by"),
    [
        pytest.param(
            '[[skill]]\nid = "pipes"\nname = "Data pipelines"\nkind = "knowledge"\n'
            '[[skill]]\nid = "flows"\nname = "Flows"\nkind = "knowledge"\n'
            'aliases = ["data pipeline"]\n',
            "skill 'flows' -> aliases] alias 'data pipeline' (as 'data pipelines') is also ",
            "claimed by skill 'pipes' as 'Data pipelines'",
            id="plural-variant",
        ),
        pytest.param(
            '[[skill]]\nid = "lora-radio"\nname = "LoRa radio"\naliases = ["LoRa"]\n'
            '[[skill]]\nid = "lora-tuning"\nname = "Low-rank adaptation"\n'
            '[skill.sense]\nforms = ["LoRA"]\ncase_sensitive = true\n',
            "skill 'lora-tuning' -> sense -> forms] alias 'LoRA' is also claimed by skill ",
            "'lora-radio' as 'LoRa'",
            id="exact-case-form-with-the-same-letters",
        ),
    ],
)
def test_a_variant_of_another_skills_alias_is_refused(
    tmp_path: Path, skills: str, claim: str, claimed_by: str
) -> None:
    message = load_error(write(tmp_path, CATEGORY + skills), include_shipped=False)
    assert claim in message
    assert claimed_by in message


def test_a_hyphen_variant_of_another_skills_alias_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[skill]]\nid = "x-tool"\nname = "X tool"\ncategory = "tools"\n'
        'aliases = ["scikit learn"]\n',
    )
    assert "alias 'scikit learn' is also claimed by skill 'scikit-learn'" in load_error(path)


def test_exact_case_forms_of_different_case_may_name_different_skills(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        CATEGORY + '[[skill]]\nid = "hadoop-yarn"\nname = "Hadoop YARN"\n'
        '[skill.sense]\nforms = ["YARN"]\ncase_sensitive = true\n'
        '[[skill]]\nid = "yarn"\nname = "Yarn package manager"\n'
        '[skill.sense]\nforms = ["Yarn"]\ncase_sensitive = true\n',
    )
    assert len(load_taxonomy([path], include_shipped=False)) == 2


def test_one_certification_never_names_another(shipped) -> None:
    assert shipped.resolve("Certified Financial Planner").id == "cfp"
    assert shipped.resolve("CompTIA CySA+").id == "comptia-cybersecurity-certification"
    assert shipped.resolve("Professional Scrum Product Owner").id == "pspo"
    assert shipped.resolve("LoRa").id == "wireless-iot-protocols"
    assert shipped.resolve("LoRA").id == "peft"


# ----------------------------------------------------------------------------- the audit


def audit_rows() -> list[tuple[str, str, str]]:
    """``(skill id, term, decision)`` of the term tables in AUDIT.md."""
    rows = []
    for line in AUDIT.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `([a-z0-9+#.-]+)` \| (.+?) \| (kept|removed) \|", line)
        if match:
            rows.append((match.group(1), match.group(2), match.group(3)))
    return rows


def test_the_audit_is_recorded() -> None:
    decisions = {decision for _, _, decision in audit_rows()}
    assert len(audit_rows()) >= 142 and decisions == {"kept", "removed"}


def test_the_data_follows_the_audit(shipped) -> None:
    for skill_id, term, decision in audit_rows():
        skill = shipped.get(skill_id)
        forms = (
            set()
            if skill is None
            else {
                normalize_alias(f)
                for f in (*skill.surface_forms, *(skill.sense.forms if skill.sense else ()))
            }
        )
        assert (term in forms) == (decision == "kept"), (skill_id, term, decision)


def test_headings_from_the_vanetik_vacancies_are_gone() -> None:
    vocabulary = {**sections._RESUME_EXACT, **sections._JOB_EXACT}
    for heading in (
        "development computing environment",
        "optional not required",
        "minimum skills and competencies",
        "skills required for the position",
        "detailed info",
        "pay options",
        "primary purpose",
    ):
        assert heading not in vocabulary
    assert sections.classify_heading("Professional Experience", "resume") == "experience"
    assert sections.classify_heading("Requirements", "job") == "requirements"


def _audit_script():
    spec = importlib.util.spec_from_file_location(
        "audit_taxonomy", ROOT / "scripts" / "audit_taxonomy.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_audit_script_finds_terms_as_whole_words(tmp_path: Path) -> None:
    audit = _audit_script()
    path = write(
        tmp_path,
        CATEGORY + '[[skill]]\nid = "cpp"\nname = "C++"\n'
        '[[skill]]\nid = "pipes"\nname = "Data pipeline"\nkind = "knowledge"\n',
    )
    index = audit.TermIndex(load_taxonomy([path], include_shipped=False))
    assert audit.words("Node.js, C++") == ("node", ".", "js", ",", "c", "+", "+")
    assert index.found_in("Built DATA pipelines in C++.") == {"c++", "data pipeline"}
    assert index.found_in("bigdata pipeline; C") == set()
