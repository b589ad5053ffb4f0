"""The trained skill tagger (gapcheck_tagger): shipped, offline, additive, strict, no traps."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from spacy.tokens import Doc
from typer.testing import CliRunner

from builders import EXAMPLES
from gapcheck import Analyzer
from gapcheck.cli import app
from gapcheck.components.tagger import (
    SkillTagger,
    TaggedSpan,
    decode_bio,
    fold_shouting,
    shipped_model,
)
from gapcheck.pipeline import build_nlp

# "MPP architectures" is in no taxonomy list, and no rule phrase cue ("experience with") leads
# to it: only the model finds it.
POSTING = (
    "Requirements\n"
    "You will work with MPP architectures and Informatica PowerCenter.\n"
    "You have built data pipelines with Python, SQL and Apache Kafka on AWS.\n"
    "Experience with Docker, Kubernetes and Terraform is required.\n"
)
TRAPS = (
    "Requirements\n"
    "We R a team that ships weekly.\n"
    "Go to the site and apply.\n"
    "Excel at communication with stakeholders.\n"
    "Spark joy in everything you build.\n"
    "React to incidents calmly.\n"
)
TRAP_IDS = {"r", "go", "microsoft-excel", "apache-spark", "react", "c"}


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="module")
def rules_only() -> Analyzer:
    return Analyzer(tagger=False)


def _added(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    """What the tagger adds to ``text`` (a posting), as (text, id, where) triples."""
    nlp = analyzer.nlp
    doc = nlp.make_doc(text)
    doc._.gapcheck_kind = "job"
    doc = nlp(doc)
    skills = [
        (s.text, s.id_, "skills")
        for s in doc.spans["skills"]
        if doc._.gapcheck_skill_meta[(s.start, s.end)][0] == "model"
    ]
    others = [(s.text, s.id_, "other") for s in doc.spans["other_skills"] if s.label_ == "model"]
    return skills + others


def _through_the_rules(analyzer: Analyzer, text: str) -> tuple[Doc, SkillTagger]:
    """``text`` (a posting) made into a doc and run through the components before the tagger
    (the rules), with the tagger, to call its ``set_annotations`` on spans of one's own."""
    nlp = analyzer.nlp
    doc = nlp.make_doc(text)
    doc._.gapcheck_kind = "job"
    for _, component in nlp.pipeline[:2]:
        doc = component(doc)
    return doc, nlp.get_pipe("gapcheck_tagger")


def _posting_file(tmp_path: Path) -> Path:
    posting = tmp_path / "job.txt"
    posting.write_text(POSTING, encoding="utf-8")
    return posting


def test_the_model_loads_offline_from_the_package() -> None:
    model = shipped_model()
    assert model.pipe_names == ["tok2vec", "tagger"]
    assert set(model.get_pipe("tagger").labels) == {
        "O", "B-KNOWLEDGE", "I-KNOWLEDGE", "B-SKILL", "I-SKILL",
    }  # fmt: skip
    folder = Path(str(resources.files("gapcheck.tagger_model")))
    assert (folder / "tok2vec" / "model").is_file()
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert size < 25_000_000
    assert shipped_model() is model  # loaded once


def test_numpy_products_give_the_tags_of_thincs_default_blis(analyzer: Analyzer) -> None:
    """The shipped model multiplies matrices with numpy's BLAS (faster than ``blis``); the
    tags it gives must be those of the model as spaCy loads it, on every example posting."""
    import spacy
    from thinc.api import NumpyOps

    from gapcheck.components import tagger as tagger_module

    shipped = shipped_model()
    nodes = [node for _, pipe in shipped.pipeline for node in pipe.model.walk()]
    assert nodes and all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in nodes)
    folder = Path(str(resources.files("gapcheck.tagger_model")))
    as_loaded = spacy.load(
        folder,
        config={"nlp": {"tokenizer": {"@tokenizers": tagger_module._NO_TOKENIZER}}},
        exclude=["tokenizer", "strings"],
    )
    assert any(
        getattr(n.ops, "use_blis", False) for _, p in as_loaded.pipeline for n in p.model.walk()
    )
    nlp = analyzer.nlp
    by_default = SkillTagger(nlp, "by_default", taxonomy=analyzer.taxonomy, model=as_loaded)
    texts = [POSTING, TRAPS] + [p.read_text(encoding="utf-8") for p in EXAMPLES.glob("job_*")]
    docs = [nlp.make_doc(text) for text in texts]
    found = nlp.get_pipe("gapcheck_tagger").match(docs)
    assert any(found) and found == by_default.match(docs)


def test_importing_gapcheck_does_not_import_spacy() -> None:
    code = "import sys, gapcheck; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_the_pipeline_has_the_tagger_after_the_rules_unless_asked_not_to() -> None:
    names = build_nlp().pipe_names
    assert names.index("gapcheck_skills") < names.index("gapcheck_tagger")
    assert names.index("gapcheck_tagger") < names.index("gapcheck_requirements")
    assert "gapcheck_tagger" not in build_nlp(tagger=False).pipe_names


def test_a_skill_outside_the_taxonomy_becomes_a_model_other_skill(
    analyzer: Analyzer, rules_only: Analyzer
) -> None:
    profile = analyzer.profile(POSTING, kind="job")
    (other,) = [s for s in profile.other_skills if s.origin == "model"]
    assert (other.id, other.name, other.importance) == (
        "other:mpp-architectures", "MPP architectures", "required",
    )  # fmt: skip
    assert other.mentions[0].text == "MPP architectures"
    assert rules_only.profile(POSTING, kind="job").other_skills == ()


def test_a_model_other_skill_is_a_requirement_met_by_the_resume_naming_it(
    analyzer: Analyzer,
) -> None:
    resume = "Experience\n2020 - 2024: built MPP architectures for a retailer\n"
    report = analyzer.analyze(resume, POSTING)
    (requirement,) = [r for r in report.requirements if r.label == "MPP architectures"]
    assert requirement.status == "matched"


def test_tagger_false_is_the_rules_only_profile(rules_only: Analyzer) -> None:
    rules = Analyzer(tagger=False).profile(POSTING, kind="job")
    assert rules == rules_only.profile(POSTING, kind="job")
    assert all(s.origin != "model" for s in rules.other_skills)
    assert all(m.method != "model" for s in rules.skills for m in s.mentions)
    assert "gapcheck_tagger" not in rules_only.nlp.pipe_names
    assert Analyzer(tagger=False) != Analyzer()
    assert repr(Analyzer(tagger=False)) == "Analyzer(tagger=False)"


def test_resumes_are_rules_only(analyzer: Analyzer, rules_only: Analyzer) -> None:
    resume = "Experience\n2020 - 2024: worked with MPP architectures, Python and SQL\n"
    assert analyzer.profile(resume, kind="resume") == rules_only.profile(resume, kind="resume")


@pytest.mark.parametrize("text", [TRAPS, TRAPS.lower(), TRAPS.upper()])
def test_traps_are_not_brought_back(analyzer: Analyzer, text: str) -> None:
    profile = analyzer.profile(text, kind="job")
    assert not TRAP_IDS & set(profile.skill_ids)
    assert _added(analyzer, text) == []


def test_a_guarded_form_the_model_tags_is_dropped(analyzer: Analyzer) -> None:
    """Whatever the model says, a span that is only "R", "Go", "Excel" or "Spark" (or a phrase
    holding one, outside the taxonomy) adds nothing."""
    doc, tagger = _through_the_rules(
        analyzer, "Requirements\nWe R a team. Go to the site. Excel at it. Spark joy.\n"
    )
    words = {t.text: t.i for t in doc}
    spans = [TaggedSpan(words[w], words[w] + 1, "KNOWLEDGE") for w in ("R", "Go", "Excel")]
    spans.append(TaggedSpan(words["Spark"], words["Spark"] + 2, "KNOWLEDGE"))
    tagger.set_annotations(doc, spans)
    assert list(doc.spans["skills"]) == [] and list(doc.spans["other_skills"]) == []


def test_an_alias_the_model_finds_becomes_that_skill(analyzer: Analyzer) -> None:
    doc, tagger = _through_the_rules(
        analyzer, "Requirements\nStrong Java Script skills and the cloud.\n"
    )
    doc.spans["skills"] = []  # as if the rules had missed it
    words = {t.text: t.i for t in doc}
    tagger.set_annotations(doc, [TaggedSpan(words["Java"], words["skills"] + 1, "KNOWLEDGE")])
    assert [(s.text, s.id_) for s in doc.spans["skills"]] == [("Java Script skills", "javascript")]
    assert doc._.gapcheck_skill_meta[(words["Java"], words["skills"] + 1)] == ("model", None)


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("MPP architectures", True),
        ("Informatica PowerCenter", True),
        ("Cloud", False),  # an ordinary word
        ("G", False),  # a scrap
        ("Finance and/or Economics", False),  # two things
        ("Master degree", False),  # education
        ("fresh ideas", False),  # ordinary lower-case words
        ("data pipelines at scale", False),  # too long, and a function word
    ],
)
def test_other_skills_must_read_as_names(analyzer: Analyzer, words: str, kept: bool) -> None:
    tagger = analyzer.nlp.get_pipe("gapcheck_tagger")
    doc = analyzer.nlp.make_doc(f"You know {words} well.")
    span = doc[2 : 2 + len(analyzer.nlp.make_doc(words))]
    span.label_ = "KNOWLEDGE"
    assert span.text == words
    assert tagger.names_a_skill(span) is kept


def test_results_are_deterministic(analyzer: Analyzer) -> None:
    first = analyzer.profile(POSTING, kind="job")
    assert analyzer.profile(POSTING, kind="job") == first
    assert Analyzer().profile(POSTING, kind="job") == first


@pytest.mark.parametrize("recase", [str.lower, str.upper])
def test_lower_case_and_shouted_postings_keep_their_skills(analyzer: Analyzer, recase) -> None:
    normal = analyzer.profile(POSTING, kind="job")
    changed = analyzer.profile(recase(POSTING), kind="job")
    wanted = {*normal.skill_ids}
    assert len(wanted & set(changed.skill_ids)) >= 0.9 * len(wanted)
    assert [s.id for s in changed.other_skills] == ["other:mpp-architectures"]
    assert not TRAP_IDS & set(changed.skill_ids)


def test_fold_shouting_lowers_shouted_lines_only() -> None:
    text = "SKILLS\nSTRONG PYTHON AND KUBERNETES SKILLS\nSQL, AWS, GCP\nNormal line\n"
    folded = fold_shouting(text)
    assert folded == "SKILLS\nstrong python and kubernetes skills\nSQL, AWS, GCP\nNormal line\n"
    assert len(folded) == len(text)
    assert fold_shouting("Nothing shouted here\n") is None


def test_decode_bio_is_lenient() -> None:
    assert decode_bio(["I-SKILL", "I-SKILL", "O", "B-KNOWLEDGE", "B-KNOWLEDGE"]) == [
        (0, 2, "SKILL"), (3, 4, "KNOWLEDGE"), (4, 5, "KNOWLEDGE"),
    ]  # fmt: skip


def test_cli_no_tagger_is_rules_only(tmp_path: Path) -> None:
    posting = _posting_file(tmp_path)
    runner = CliRunner()
    with_tagger = runner.invoke(app, ["extract", str(posting), "--kind", "job", "--json"])
    without = runner.invoke(
        app, ["extract", str(posting), "--kind", "job", "--json", "--no-tagger"]
    )
    assert with_tagger.exit_code == 0 and without.exit_code == 0, without.output
    ids = [s["id"] for s in json.loads(with_tagger.stdout)["other_skills"]]
    assert "other:mpp-architectures" in ids
    assert json.loads(without.stdout)["other_skills"] == []
    for command in ("analyze", "extract", "rank", "letter", "tips"):
        assert "--no-tagger" in runner.invoke(app, [command, "--help"]).stdout


def test_cli_extract_names_other_skills_and_model_mentions(tmp_path: Path) -> None:
    posting = _posting_file(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(posting), "--kind", "job"])
    assert result.exit_code == 0
    assert "other skill: MPP architectures (required, found by model)" in result.stdout


def test_an_alias_inside_an_organisation_name_is_no_addition(analyzer: Analyzer) -> None:
    doc, tagger = _through_the_rules(
        analyzer, "Requirements\nYou will report to Databricks Inc in Austin.\n"
    )
    doc.spans["skills"] = []
    name = next(t.i for t in doc if t.text == "Databricks")
    tagger.set_annotations(doc, [TaggedSpan(name, name + 1, "KNOWLEDGE")])
    assert list(doc.spans["skills"]) == []


def test_a_shouted_ordinary_phrase_is_no_name(analyzer: Analyzer) -> None:
    doc = analyzer.nlp.make_doc("YOU KNOW CLOUD ARCHITECTURES AND MPP ARCHITECTURES WELL")
    tagger = analyzer.nlp.get_pipe("gapcheck_tagger")
    for start, end, kept in ((2, 4, False), (5, 7, True)):
        span = doc[start:end]
        span.label_ = "KNOWLEDGE"
        assert tagger.names_a_skill(span) is kept, span.text


def test_an_other_skill_naming_a_taxonomy_skill_gets_it_as_broader(analyzer: Analyzer) -> None:
    doc, tagger = _through_the_rules(
        analyzer, "Requirements\nYou will tune PostgreSQL replication slots.\n"
    )
    doc.spans["skills"] = []  # as if the rules had not taken "PostgreSQL" here
    first = next(t.i for t in doc if t.text == "PostgreSQL")
    tagger.set_annotations(doc, [TaggedSpan(first, first + 3, "KNOWLEDGE")])
    (other,) = doc.spans["other_skills"]
    assert (other.text, other.id_, other.kb_id_) == (
        "PostgreSQL replication slots", "other:postgresql-replication-slots", "postgresql",
    )  # fmt: skip


def test_a_pipeline_that_reads_only_resumes_never_loads_the_model() -> None:
    code = (
        "import gapcheck\n"
        "from gapcheck.components.tagger import shipped_model\n"
        "gapcheck.extract('Skills\\nPython, SQL\\n', kind='resume')\n"
        "assert shipped_model.cache_info().currsize == 0, 'loaded for a resume'\n"
        "gapcheck.extract('Requirements\\n- Python and SQL\\n', kind='job')\n"
        "assert shipped_model.cache_info().currsize == 1, 'not loaded for a posting'\n"
    )
    _runs_cleanly(code)


def test_spacys_checks_of_the_components_never_load_the_model() -> None:
    """spaCy checks each component against its runtime protocols as it builds a pipeline
    (``hasattr`` on each of their attributes, in an order that varies with the hash seed): none
    may load the model, else a pipeline for resumes alone loads it for some seeds."""
    code = (
        "import typing\n"
        "from spacy import ty\n"
        "from gapcheck.components.tagger import shipped_model\n"
        "from gapcheck.pipeline import build_nlp\n"
        "tagger = build_nlp().get_pipe('gapcheck_tagger')\n"
        "protocols = [p for p in vars(ty).values() if getattr(p, '_is_runtime_protocol', False)]\n"
        "assert protocols\n"
        "for protocol in protocols:\n"
        "    for name in typing._get_protocol_attrs(protocol):\n"
        "        hasattr(tagger, name)\n"
        "    isinstance(tagger, protocol)\n"
        "assert shipped_model.cache_info().currsize == 0, 'loaded by a check'\n"
    )
    _runs_cleanly(code)


def _runs_cleanly(code: str) -> None:
    """Run ``code`` in a new Python process (a fresh model cache); its asserts must hold."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
