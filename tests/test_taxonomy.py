"""The skills taxonomy: shipped content, validation errors, user files, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gapcheck.cli import app
from gapcheck.errors import TaxonomyError
from gapcheck.taxonomy import load_taxonomy

runner = CliRunner()

# The article's skills, each with a common alias that must resolve to it.
ARTICLE_SKILLS = [
    ("Python", "python3", "python"),
    ("R", "R programming", "r"),
    ("Java", "Java SE", "java"),
    ("C++", "cpp", "cpp"),
    ("probability", "probability theory", "probability"),
    ("statistics", "statistical analysis", "statistics"),
    ("linear algebra", "matrix algebra", "linear-algebra"),
    ("Apache Spark", "Spark", "apache-spark"),
    ("Hadoop", "Apache Hadoop", "hadoop"),
    ("MongoDB", "Mongo", "mongodb"),
    ("TensorFlow", "Tensorflow 2", "tensorflow"),
    ("PyTorch", "Py Torch", "pytorch"),
    ("Theano", "Theano", "theano"),
    ("machine learning", "ML", "machine-learning"),
    ("deep learning", "DL", "deep-learning"),
    ("neural networks", "ANN", "neural-networks"),
    ("NLP", "natural language processing", "natural-language-processing"),
    ("computer vision", "machine vision", "computer-vision"),
    ("robotics", "robotic systems", "robotics"),
    ("communication", "communication skills", "communication"),
    ("collaboration", "working collaboratively", "collaboration"),
    ("problem solving", "problem-solving", "problem-solving"),
    ("business acumen", "business sense", "business-acumen"),
    ("analytical skills", "analytical thinking", "analytical-skills"),
    ("attention to detail", "detail-oriented", "attention-to-detail"),
]


@pytest.fixture(scope="module")
def shipped():
    return load_taxonomy()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- shipped data


def test_shipped_taxonomy_validates_on_the_cli() -> None:
    result = runner.invoke(app, ["taxonomy", "validate"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("OK: ")


def test_counts_meet_the_targets() -> None:
    result = runner.invoke(app, ["taxonomy", "list", "--json"])
    assert result.exit_code == 0
    skills = json.loads(result.stdout)
    assert len(skills) >= 1000
    assert sum(len(s.get("aliases", [])) for s in skills) >= 3000
    for skill in skills:
        assert {"id", "name", "category", "kind", "aliases"} <= skill.keys()


@pytest.mark.parametrize(("name", "alias", "skill_id"), ARTICLE_SKILLS)
def test_article_skills_resolve_by_name_and_alias(shipped, name, alias, skill_id) -> None:
    assert shipped.resolve(name).id == skill_id
    assert shipped.resolve(alias).id == skill_id


def test_every_broader_chain_ends_at_a_category_root(shipped) -> None:
    for skill in shipped:
        chain = shipped.ancestors(skill.id)
        assert skill.id not in chain
        roots = [a for a in (skill.id, *chain) if not shipped[a].broader]
        assert roots, f"{skill.id} never reaches a root"
        assert skill.category in shipped.categories


def test_every_relation_target_exists(shipped) -> None:
    for skill in shipped:
        for target in (*skill.broader, *skill.implies, *skill.related):
            assert target in shipped, f"{skill.id} -> {target}"


def test_the_article_categories_exist(shipped) -> None:
    for category in (
        "programming_languages",
        "math_statistics",
        "big_data",
        "machine_learning",
        "ai_specialisations",
        "analytical",
        "soft_skills",
        "education",
        "certifications",
    ):
        assert category in shipped.categories


def test_relations_used_by_scoring(shipped) -> None:
    assert "python" in shipped.implied_by("pytorch")
    assert "javascript" in shipped.implied_by("typescript")
    assert "deep-learning-frameworks" in shipped.ancestors("pytorch")
    assert "tensorflow" in shipped.related_to("pytorch")
    assert "apache-spark" in shipped.related_to("hadoop")


def test_no_alias_is_a_generic_word(shipped) -> None:
    generic = {
        "data",
        "analysis",
        "design",
        "development",
        "management",
        "testing",
        "cloud",
        "web",
        "security",
        "software",
        "programming",
        "cv",
        "team",
    }
    for skill in shipped:
        for alias in skill.aliases:
            assert alias.lower() not in generic, (skill.id, alias)
    assert shipped.resolve("CV") is None or shipped.resolve("CV").id != "computer-vision"


def test_degrees_have_levels(shipped) -> None:
    ranks = {s.id: s.level for s in shipped if s.kind == "degree"}
    assert ranks["bachelors-degree"] < ranks["masters-degree"] < ranks["doctorate"]
    for spelling, degree in (
        ("BSc", "bachelors-degree"),
        ("M.S.", "masters-degree"),
        ("Ph.D.", "doctorate"),
        ("MEng", "masters-degree"),
    ):
        assert shipped.resolve(spelling).id == degree


def test_roles_are_shipped(shipped) -> None:
    for role in (
        "ai-engineer",
        "data-scientist",
        "data-engineer",
        "ml-engineer",
        "mlops-engineer",
        "nlp-engineer",
    ):
        assert role in shipped.roles
    ai = shipped.role("ai-engineer")
    groups = [set(r.skills) for r in ai.requirement if len(r.skills) > 1]
    assert any({"python", "r", "java", "cpp"} <= g for g in groups)
    assert any({"tensorflow", "pytorch"} <= g for g in groups)


# ----------------------------------------------------------------------------- user files

USER_FILE = """
disable = ["theano"]

[[skill]]
id = "gapcheck-internal-tool"
name = "Blorpify"
category = "tools"
aliases = ["blorp"]
implies = ["python"]

[[extend]]
id = "pytorch"
aliases = ["torch lightning style"]
"""


def test_user_file_adds_extends_and_disables(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.toml", USER_FILE)
    merged = load_taxonomy([path])
    assert merged.resolve("blorp").id == "gapcheck-internal-tool"
    assert merged["gapcheck-internal-tool"].implies == ("python",)
    assert "torch lightning style" in merged["pytorch"].aliases
    assert "Py Torch" in merged["pytorch"].aliases  # shipped aliases kept
    assert "theano" not in merged
    assert len(merged) == len(load_taxonomy())  # one added, one disabled


def test_user_folder_with_roles(tmp_path: Path) -> None:
    write(tmp_path, "skills.toml", USER_FILE)
    write(
        tmp_path,
        "roles/my-role.toml",
        """
id = "my-role"
name = "My role"
[[requirement]]
skills = ["gapcheck-internal-tool"]
""",
    )
    merged = load_taxonomy([tmp_path])
    assert merged.role("my-role").requirement[0].skills == ("gapcheck-internal-tool",)


def _error(tmp_path: Path, text: str, name: str = "bad.toml") -> str:
    path = write(tmp_path, name, text)
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy([path])
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_error_invalid_toml(tmp_path: Path) -> None:
    message = _error(tmp_path, "[[skill]\nid=")
    assert message.startswith(f"[{tmp_path / 'bad.toml'}]") and "invalid TOML" in message


def test_error_names_file_skill_and_field(tmp_path: Path) -> None:
    message = _error(tmp_path, '[[extend]]\nid = "pytorch"\naliases = "not a list"\n')
    assert message.startswith("[")
    assert "bad.toml: extend 'pytorch' -> aliases" in message


def test_error_wrong_type_in_a_new_skill(tmp_path: Path) -> None:
    message = _error(
        tmp_path, '[[skill]]\nid = "x-tool"\nname = "X"\ncategory = "tools"\naliases = [1]\n'
    )
    assert "skill 'x-tool' -> aliases" in message


def test_error_unknown_field(tmp_path: Path) -> None:
    message = _error(
        tmp_path, '[[skill]]\nid = "x-tool"\nname = "X"\ncategory = "tools"\nalias = ["x"]\n'
    )
    assert "skill 'x-tool' -> alias" in message and "Extra inputs" in message


def test_error_bad_id(tmp_path: Path) -> None:
    message = _error(tmp_path, '[[skill]]\nid = "Bad Id"\nname = "X"\ncategory = "tools"\n')
    assert "not a valid id" in message


def test_error_duplicate_id(tmp_path: Path) -> None:
    message = _error(tmp_path, '[[skill]]\nid = "python"\nname = "Py"\ncategory = "tools"\n')
    assert "duplicate id" in message and "skill 'python'" in message


def test_error_alias_claimed_twice(tmp_path: Path) -> None:
    message = _error(
        tmp_path,
        '[[skill]]\nid = "x-tool"\nname = "X"\ncategory = "tools"\naliases = ["sklearn"]\n',
    )
    assert "alias 'sklearn' is also claimed by skill 'scikit-learn'" in message


def test_error_relation_to_unknown_id(tmp_path: Path) -> None:
    message = _error(
        tmp_path,
        '[[skill]]\nid = "x-tool"\nname = "X"\ncategory = "tools"\nrelated = ["no-such-skill"]\n',
    )
    assert "skill 'x-tool' -> related" in message and "'no-such-skill'" in message


def test_error_cycle_in_broader(tmp_path: Path) -> None:
    message = _error(
        tmp_path,
        """
[[skill]]
id = "loop-a"
name = "Loop A"
category = "tools"
broader = ["loop-b"]

[[skill]]
id = "loop-b"
name = "Loop B"
category = "tools"
broader = ["loop-a"]
""",
    )
    assert "cycle in broader" in message and "loop-a" in message


def test_error_unknown_category(tmp_path: Path) -> None:
    message = _error(tmp_path, '[[skill]]\nid = "x-tool"\nname = "X"\ncategory = "nope"\n')
    assert "unknown category 'nope'" in message


def test_error_extend_and_disable_unknown(tmp_path: Path) -> None:
    assert "extends an unknown skill id" in _error(tmp_path, '[[extend]]\nid = "nope-nope"\n')
    assert "unknown skill id 'nope-nope'" in _error(tmp_path, 'disable = ["nope-nope"]\n', "d.toml")


def test_disabling_a_skill_prunes_relations_and_roles(tmp_path: Path) -> None:
    merged = load_taxonomy([write(tmp_path, "d.toml", 'disable = ["python", "theano"]\n')])
    assert "python" not in merged
    assert "python" not in merged["pytorch"].implies
    ai = merged.role("ai-engineer")
    assert all("theano" not in r.skills and "python" not in r.skills for r in ai.requirement)


def test_error_role_with_unknown_skill(tmp_path: Path) -> None:
    write(tmp_path, "roles/r1.toml", 'id = "r1"\nname = "R1"\n[[requirement]]\nskills = ["nope"]\n')
    with pytest.raises(TaxonomyError) as caught:
        load_taxonomy([tmp_path])
    assert "roles/r1.toml: requirement #1 -> skills" in str(caught.value)
    assert "unknown skill id 'nope'" in str(caught.value)


def test_error_missing_path(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="no such file"):
        load_taxonomy([tmp_path / "missing.toml"])


def test_cli_validate_reports_the_error(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.toml", '[[skill]]\nid = "python"\nname = "P"\ncategory = "tools"\n')
    result = runner.invoke(app, ["taxonomy", "validate", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "duplicate id" in result.stderr and "Traceback" not in result.stderr


# ----------------------------------------------------------------------------- CLI


def test_cli_show_by_alias() -> None:
    result = runner.invoke(app, ["taxonomy", "show", "sklearn", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "scikit-learn"


def test_cli_show_unknown_suggests() -> None:
    result = runner.invoke(app, ["taxonomy", "show", "pytorchh"])
    assert result.exit_code == 1
    assert "did you mean" in result.stderr and "pytorch" in result.stderr


def test_cli_search_is_fuzzy() -> None:
    result = runner.invoke(app, ["taxonomy", "search", "kubernets", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["id"] == "kubernetes"


def test_cli_list_by_category() -> None:
    result = runner.invoke(app, ["taxonomy", "list", "--category", "big_data", "--json"])
    assert result.exit_code == 0
    ids = {s["id"] for s in json.loads(result.stdout)}
    assert {"apache-spark", "hadoop", "mongodb"} <= ids
    assert runner.invoke(app, ["taxonomy", "list", "--category", "nope"]).exit_code == 2


def test_compiled_copy_is_fresh() -> None:
    """taxonomy/_compiled.json must match the TOML files (python scripts/compile_taxonomy.py)."""
    from gapcheck.taxonomy import COMPILED_NAME, compile_shipped

    folder = Path(__file__).resolve().parents[1] / "taxonomy"
    committed = (folder / COMPILED_NAME).read_text(encoding="utf-8")
    assert committed == compile_shipped(folder), "run: python scripts/compile_taxonomy.py"


def test_a_stale_compiled_entry_is_not_used(tmp_path: Path) -> None:
    from gapcheck.taxonomy import _parse

    stale = {"x.toml": {"fingerprint": "0" * 32, "parsed": {"category": {"id": "stale"}}}}
    assert _parse(b'[category]\nid = "fresh"\n', "x.toml", stale) == {"category": {"id": "fresh"}}
