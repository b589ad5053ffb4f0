"""The fast paths give the same answers as the slow ones: compiled forms of the taxonomy, the
user cache, light imports, and ranking in worker processes."""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy
from typer.testing import CliRunner

from builders import REPO
from gapcheck import Analyzer, compiled, ranking
from gapcheck.cli import app
from gapcheck.cli.rank import _collect_garbage_again as collect_garbage_again
from gapcheck.components import skills as skills_module
from gapcheck.components.fuzzy import FuzzyMatcher
from gapcheck.components.layout import get_layout
from gapcheck.components.matching import AliasMatcher, PatternTokenizer
from gapcheck.components.sections import token_sections
from gapcheck.components.word_sense import SenseGuard
from gapcheck.documents import Document
from gapcheck.pipeline import (
    _affix_rules,
    _blank_english,
    _build_cached,
    _url_match,
    _url_rule,
    compile_shipped_forms,
    customize_tokenizer,
)
from gapcheck.tailor.skill_names import compile_name_table, name_table_key
from gapcheck.taxonomy import (
    COMPILED_NAME,
    _load_cached,
    _restore,
    compile_shipped,
    compile_shipped_snapshot,
    load_taxonomy,
    shipped_taxonomy,
)

FOLDER = REPO / "taxonomy"
REGENERATE = (
    "stale: run `python scripts/compile_taxonomy.py` (needed after any change to taxonomy/*.toml, "
    "to the code that compiles them, or to spaCy's version, and after merging such changes)"
)
USER_TAXONOMY = """\
[category]
id = "marsupial_tools"
name = "Marsupial tools"

[[skill]]
id = "quokka-orchestrator"
name = "Quokka Orchestrator"
aliases = ["QuokkaFlow", "quokka pipelines"]
"""
RESUME = "Skills: QuokkaFlow, Python, C#, CI/CD\nExperience\nBuilt quokka pipelines in Go.\n"
SAMPLES = (
    "Skills: Python, Go, R, C++, C#, Node.js/Express, CI/CD, Excel\n"
    "Experience\nI excel at teamwork. Built ETL in Py Torch and Kubernets with Spark, Hive.\n",
    "Requirements:\n- 3+ years of Python (pandas)\n- PyTorch or TensorFlow2.0\n- Go-to person\n",
    "Languages: C. Java. Ph.D. in Statistics\u200b; HTML5/CSS3, ASP.NET/C#, T-SQL\ttabbed\n\n",
)


@pytest.fixture
def user_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A user cache of the test's own; pipelines, taxonomies and the tokenizer's regular
    expressions made with it are forgotten (before: the regular expressions go to it too)."""
    folder = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    _affix_rules.cache_clear()
    yield folder / "gapcheck"
    _load_cached.cache_clear()
    _build_cached.cache_clear()
    _affix_rules.cache_clear()


def _user_file(tmp_path: Path) -> Path:
    path = tmp_path / "marsupials.toml"
    path.write_text(USER_TAXONOMY, encoding="utf-8")
    return path


def _never(*args: object, **kwargs: object) -> None:
    raise AssertionError("a cached form was made again")


def _skills(analyzer: Analyzer) -> list[tuple[str, int]]:
    profile = analyzer.profile(RESUME, kind="resume")
    return [(skill.id, len(skill.mentions)) for skill in profile.skills]


# ----------------------------------------------------------------------------- light imports


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(completed.stdout.split())


def test_importing_gapcheck_loads_neither_spacy_nor_rich_nor_typer() -> None:
    modules = _modules_after("import gapcheck")
    assert not {"spacy", "rich", "typer", "thinc"} & modules


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_do_not_load_spacy(option: str) -> None:
    code = (
        "from gapcheck.cli import main\n"
        f"sys.argv = ['gapcheck', '{option}']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    modules = _modules_after(code)
    assert "typer" in modules  # the command line did run
    assert not {"spacy", "thinc", "pypdf"} & modules


# ----------------------------------------------------------------------------- shipped forms


def test_the_shipped_compiled_forms_are_fresh() -> None:
    """taxonomy/_compiled*.json must be what scripts/compile_taxonomy.py writes now."""
    taxonomy = shipped_taxonomy(FOLDER)
    expected = {
        COMPILED_NAME: compile_shipped(FOLDER),
        compiled.artifact_name("taxonomy"): compile_shipped_snapshot(taxonomy),
        **{compiled.artifact_name(k): text for k, text in compile_shipped_forms(taxonomy).items()},
        compiled.artifact_name("names"): compiled.artifact_text(
            "names", str(name_table_key(taxonomy)), compile_name_table(taxonomy)
        ),
    }
    stale = [
        name
        for name, text in expected.items()
        if not (FOLDER / name).is_file() or (FOLDER / name).read_text(encoding="utf-8") != text
    ]
    assert not stale, f"{', '.join(stale)} {REGENERATE}"


def test_the_shipped_taxonomy_is_set_up_from_the_shipped_forms_alone(user_cache: Path) -> None:
    """The keys the running code asks for are those the script wrote: nothing of the taxonomy
    is compiled again, so the (empty) user cache gets only what belongs to this Python, the
    tokenizer's regular expressions, once."""
    code = "from gapcheck.pipeline import build_nlp\nbuild_nlp()"
    env = {**os.environ, "XDG_CACHE_HOME": str(user_cache.parent)}
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    written = sorted(p.name.split("-")[0] for p in user_cache.iterdir())
    assert written == ["regex"]
    again = {p.name: p.stat().st_mtime_ns for p in user_cache.iterdir()}
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert {p.name: p.stat().st_mtime_ns for p in user_cache.iterdir()} == again


def test_a_restored_taxonomy_equals_the_one_validated_from_the_files() -> None:
    validated = shipped_taxonomy(FOLDER)
    body = compile_shipped_snapshot(validated).split("\n", 1)[1]
    restored = _restore(json.loads(body), ("shipped",), validated.fingerprint or "")
    assert restored is not None
    assert [s.model_dump() for s in restored] == [s.model_dump() for s in validated]
    assert restored.skills == validated.skills
    assert dict(restored.categories) == dict(validated.categories)
    assert restored.roles == validated.roles
    assert restored["scikit-learn"].aliases == validated["scikit-learn"].aliases
    assert isinstance(restored["go"].sense.forms, tuple)  # type: ignore[union-attr]
    assert restored.resolve("sklearn") == validated.resolve("sklearn")
    assert restored.narrower("machine-learning") == validated.narrower("machine-learning")
    assert restored.fingerprint == validated.fingerprint
    assert _restore({"skills": [{"id": "x", "nonsense": 1}]}, (), "") is None


def test_the_blank_pipeline_tokenizes_as_spacy_blank_tuned() -> None:
    taxonomy = load_taxonomy()
    ours = _build_cached(taxonomy, None, True)
    reference = spacy.blank("en")
    customize_tokenizer(reference, taxonomy)
    assert ours.tokenizer.rules == reference.tokenizer.rules
    for setting in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert compiled.callable_fingerprint(
            getattr(ours.tokenizer, setting)
        ) == compiled.callable_fingerprint(getattr(reference.tokenizer, setting))
    for text in SAMPLES:
        assert [t.text for t in ours.make_doc(text)] == [t.text for t in reference(text)]
    bare, rules = _blank_english()
    assert not bare.tokenizer.rules and rules == dict(
        spacy.blank("en").Defaults.tokenizer_exceptions
    )


def _eager_and_deferred() -> tuple[Any, Any]:
    """spaCy's tokenizer with every special case of the blank pipeline loaded, and a factory
    of :class:`DeferredRulesTokenizer` holding the same ones with their witnesses."""
    from spacy.tokenizer import Tokenizer

    from gapcheck.pipeline import _affixes, _final_rules, special_cases_key
    from gapcheck.tokenizer import DeferredRulesTokenizer

    taxonomy = load_taxonomy()
    nlp, base = _blank_english()
    affixes = _affixes(nlp)
    form = compiled.find("tokenizer", special_cases_key(nlp, taxonomy, base))
    assert form is not None
    rules = _final_rules(nlp.tokenizer, affixes, base, form["special_cases"])
    witnesses = compiled.unpack(form["witnesses"])
    settings = {
        "prefix_search": nlp.tokenizer.prefix_search,
        "suffix_search": affixes.suffix_search,
        "infix_finditer": affixes.infix_finditer,
        "token_match": nlp.tokenizer.token_match,
        "url_match": affixes.url_match,
    }

    def copy() -> dict[str, Any]:
        return {text: [dict(token) for token in tokens] for text, tokens in rules.items()}

    def deferred() -> Any:
        tokenizer = DeferredRulesTokenizer(nlp.vocab, rules={}, **settings)
        tokenizer.defer(copy(), witnesses)
        return tokenizer

    return Tokenizer(nlp.vocab, rules=copy(), **settings), deferred


def _tokens(doc: Any) -> list[tuple[str, str, int, str]]:
    return [(t.text, t.whitespace_, t.idx, t.norm_) for t in doc]


def test_special_cases_held_until_a_text_needs_them_tokenize_as_all_of_them() -> None:
    """A special case is added when its witness occurs in a text (see gapcheck.tokenizer):
    every text is tokenized as with all of them, also special cases glued to affixes, to each
    other, in capitals, and a tokenizer that has seen some texts before."""
    import random

    eager, deferred = _eager_and_deferred()
    rules = sorted(eager.rules)
    shuffled = random.Random(18)
    texts = [*SAMPLES, RESUME, "Can't, won't: ain't!", ":-) (C++) [C#/.NET] e.g. 5 a.m.", ""]
    for _ in range(40):
        sample = shuffled.sample(rules, 30)
        texts.append("".join(r + shuffled.choice(" (),.:\n/-") for r in sample))
        texts.append(" ".join(r.upper() for r in sample) + "  " + " ".join(r + "." for r in sample))
    shared = deferred()
    for text in texts:
        expected = _tokens(eager(text))
        assert _tokens(deferred()(text)) == expected, text
        assert _tokens(shared(text)) == expected, text
    assert shared.rules == eager.rules


def test_the_blank_pipeline_holds_its_special_cases_until_texts_need_them() -> None:
    from spacy.tokenizer import Tokenizer

    from gapcheck.tokenizer import DeferredRulesTokenizer

    _, deferred = _eager_and_deferred()
    tokenizer = deferred()
    everything = len(tokenizer.rules)
    added = Tokenizer.rules.__get__(tokenizer)
    assert not added and everything > 2000
    tokenizer("Skills: C#, Python and I can't stop :-)")
    assert 0 < len(Tokenizer.rules.__get__(tokenizer)) < everything / 10
    document = "Experience\n" + "Built services in Python, C++ and Go. " * 100
    for _ in range(7):
        tokenizer(document)  # a few documents: still only what they need
    assert len(Tokenizer.rules.__get__(tokenizer)) < everything / 10
    tokenizer(document * 2)  # then all of them (over 32,000 characters in all)
    assert len(Tokenizer.rules.__get__(tokenizer)) == len(tokenizer.rules) == everything
    nlp = _build_cached(load_taxonomy(), None, True)
    assert isinstance(nlp.tokenizer, DeferredRulesTokenizer)


def test_whitespace_special_cases_are_left_out_and_change_no_token() -> None:
    """spaCy stops caching a document's tokenization at its first special case; "\\n" was one."""
    nlp = _build_cached(load_taxonomy(), None, True)
    assert not {"\n", "\t", " "} & set(nlp.tokenizer.rules)
    assert "\u00a0" in nlp.tokenizer.rules  # it sets a NORM: kept
    reference = spacy.blank("en")
    customize_tokenizer(reference, load_taxonomy())
    spaces = {text: [{"ORTH": text}] for text in ("\n", "\t", " ")}
    reference.tokenizer.rules = {**reference.tokenizer.rules, **spaces}
    text = "a  b\n\n c\t d \u00a0 e\r\n f\nC#\n\tCI/CD  x \n\t y\n"
    assert [(t.text, t.whitespace_, t.norm_) for t in nlp.make_doc(text)] == [
        (t.text, t.whitespace_, t.norm_) for t in reference(text)
    ]


def test_a_tokenizer_fingerprint_counts_what_spacy_reads_of_a_special_case() -> None:
    """Loading a special case drops unknown attributes from the very dicts it was given."""
    tokenizer = spacy.blank("en").tokenizer
    with_extra = {"aint": [{65: "ai", "number": 2}, {65: "nt", 67: "not"}]}
    without = {"aint": [{"ORTH": "ai"}, {"ORTH": "nt", "NORM": "not"}]}
    other = {"aint": [{"ORTH": "ai"}, {"ORTH": "nt", "NORM": "isnt"}]}
    fingerprint = compiled.tokenizer_fingerprint
    assert fingerprint(tokenizer, "v", with_extra) == fingerprint(tokenizer, "v", without)
    assert fingerprint(tokenizer, "v", without) != fingerprint(tokenizer, "v", other)
    assert fingerprint(tokenizer, "v", without) != fingerprint(tokenizer, "w", without)


@pytest.mark.parametrize(
    "text",
    ["Node.js/JavaScript", "ASP.NET/C#", "http://Node.js/x", "www.google.com", "google.com/a",
     "user:pass@host.com", "torch.nn", "192.168.1.1", "example.org:8080/x?y#z", "a.b"],
)  # fmt: skip
def test_the_url_rule_is_one_regular_expression_with_the_same_answers(text: str) -> None:
    from spacy.lang.tokenizer_exceptions import URL_MATCH

    rule = _url_rule(URL_MATCH)
    assert compiled.callable_fingerprint(rule) is not None  # a regular expression's match
    expected = _url_match(URL_MATCH, text)
    found = rule(text)
    assert (found and found.span()) == (expected and expected.span())


def test_regular_expressions_from_the_cache_equal_those_re_compiles(user_cache: Path) -> None:
    """A pattern made from its cached program is the one ``re.compile`` makes (patterns
    compare equal when their compiled code is the same), and finds the same."""
    from spacy.lang.en import English
    from spacy.util import compile_infix_regex, compile_suffix_regex

    sources = [
        (compile_suffix_regex(English.Defaults.suffixes).pattern, 0),
        (compile_infix_regex(English.Defaults.infixes).pattern, 0),
        (r"(?P<name>[A-Z][a-z]+)\s(?P=name)", re.IGNORECASE),
    ]
    expected = [re.compile(pattern, flags) for pattern, flags in sources]
    made = compiled.regexes(sources)  # compiled, and stored
    assert [p.name.split("-")[0] for p in user_cache.glob("*.json")] == ["regex"]
    loaded = compiled.regexes(sources)  # from the cache
    assert made == expected and loaded == expected
    assert [p.groupindex for p in loaded] == [p.groupindex for p in expected]
    for text in ["C++)", "SaaS.", "Hadoop(HDFS)", "state-of-the-art", "Bob bob", "1,000.5%"]:
        for found, wanted in zip(loaded, expected, strict=True):
            assert [m.span() for m in found.finditer(text)] == [
                m.span() for m in wanted.finditer(text)
            ]


@pytest.mark.parametrize("damage", ["another program", "not a program", "garbage"])
def test_a_damaged_regular_expression_entry_is_compiled_again(
    user_cache: Path, damage: str
) -> None:
    sources = [(r"ab+c", 0), (r"(x|y)z", 0)]
    compiled.regexes(sources)
    (entry,) = user_cache.glob("regex-*.json")
    header, body = entry.read_text(encoding="utf-8").split("\n", 1)
    programs = json.loads(body)
    damaged = {
        "another program": json.dumps(programs[::-1]),  # each other's code
        "not a program": json.dumps([[0, "x", 0, {}, []], programs[1]]),
        "garbage": "\x00 not json {",
    }[damage]
    entry.write_text(f"{header}\n{damaged}\n", encoding="utf-8")
    assert compiled.regexes(sources) == [re.compile(p, f) for p, f in sources]


def test_the_component_tables_find_what_tables_made_anew_find() -> None:
    """Alias, word-sense and fuzzy passes from JSON tables match the passes made from the
    taxonomy, on the pipeline's own tokenizer."""
    nlp = _build_cached(load_taxonomy(), None, True)
    taxonomy = load_taxonomy()
    words = PatternTokenizer(nlp)
    made = (
        AliasMatcher(taxonomy, words, left_out=FuzzyMatcher.leaves_out),
        SenseGuard(taxonomy, words),
        FuzzyMatcher(taxonomy),
    )
    loaded = (
        AliasMatcher.from_tables(json.loads(json.dumps(made[0].tables()))),
        SenseGuard.from_tables(json.loads(json.dumps(made[1].tables()))),
        FuzzyMatcher.from_tables(json.loads(json.dumps(made[2].tables()))),
    )
    for text in SAMPLES:
        doc = nlp(text)
        layout, sections = get_layout(doc), token_sections(doc)
        found = []
        for aliases, senses, fuzzy in (made, loaded):
            candidates = aliases.candidates(doc)
            senses.decide(doc, candidates, layout, sections)
            accepted = [c for c in candidates if c.accepted]
            rejected = [c for c in candidates if not c.accepted]
            fuzzies = fuzzy.matches(doc, accepted, rejected, layout)
            found.append((sorted(map(repr, candidates)), sorted(map(repr, fuzzies))))
        assert found[0] == found[1]
        assert found[0][0]  # the samples do name skills


# ----------------------------------------------------------------------------- user cache


def test_a_user_taxonomy_is_compiled_once_then_loaded_from_the_cache(
    tmp_path: Path, user_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _user_file(tmp_path)
    first = _skills(Analyzer([path]))
    assert ("quokka-orchestrator", 2) in first and ("csharp", 1) in first
    kinds = sorted(p.name.split("-")[0] for p in user_cache.glob("*.json"))
    assert kinds == ["regex", "skills", "taxonomy", "tokenizer"]

    _load_cached.cache_clear()
    _build_cached.cache_clear()

    monkeypatch.setattr("gapcheck.taxonomy._assemble", _never)
    monkeypatch.setattr("gapcheck.pipeline._derive_special_cases", _never)
    monkeypatch.setattr(skills_module, "compile_skill_tables", _never)
    assert _skills(Analyzer([path])) == first


def test_a_user_taxonomy_from_the_cache_keeps_its_warnings(
    tmp_path: Path, user_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "marmalade.toml"
    path.write_text(
        '[[skill]]\nid = "marmalade-app"\nname = "Marmalade"\ncategory = "tools"\n',
        encoding="utf-8",
    )
    made = load_taxonomy([path])
    assert len(made.warnings) == 1 and "'Marmalade' is also an everyday" in made.warnings[0]
    _load_cached.cache_clear()
    monkeypatch.setattr("gapcheck.taxonomy._assemble", _never)
    restored = load_taxonomy([path])
    assert restored is not made and restored.warnings == made.warnings


def test_an_edited_user_taxonomy_is_compiled_again(tmp_path: Path, user_cache: Path) -> None:
    path = _user_file(tmp_path)
    assert ("quokka-orchestrator", 2) in _skills(Analyzer([path]))
    path.write_text(USER_TAXONOMY.replace('"QuokkaFlow", ', ""), encoding="utf-8")
    os.utime(path, (1, 1))  # a new modification time, whatever the clock's resolution
    assert ("quokka-orchestrator", 1) in _skills(Analyzer([path]))
    assert len(list(user_cache.glob("skills-*.json"))) == 2


@pytest.mark.parametrize("damage", ["garbage", "truncated", "another key", "empty"])
def test_a_damaged_cache_entry_is_ignored_and_made_again(
    tmp_path: Path, user_cache: Path, damage: str
) -> None:
    path = _user_file(tmp_path)
    expected = _skills(Analyzer([path]))
    entries = sorted(user_cache.glob("*.json"))
    for entry in entries:
        text = entry.read_text(encoding="utf-8")
        header, body = text.split("\n", 1)
        entry.write_text(
            {
                "garbage": "\x00 not json {",
                "truncated": text[: len(text) // 2],
                "another key": header.replace('"key": "', '"key": "0') + "\n" + body,
                "empty": "",
            }[damage],
            encoding="utf-8",
        )
    _load_cached.cache_clear()
    _build_cached.cache_clear()
    _affix_rules.cache_clear()
    assert _skills(Analyzer([path])) == expected
    for entry in entries:  # written again, whole
        header = json.loads(entry.read_text(encoding="utf-8").split("\n", 1)[0])
        assert entry.name == f"{header['kind']}-{header['key']}.json"


@pytest.mark.usefixtures("user_cache")
def test_the_cache_is_never_required(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    path = _user_file(tmp_path)
    assert ("quokka-orchestrator", 2) in _skills(Analyzer([path]))
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def test_the_cache_keeps_the_newest_forms(user_cache: Path) -> None:
    for n in range(compiled.CACHE_ENTRIES_KEPT + 3):
        compiled.store("example", f"{n:04d}", {"n": n})
        os.utime(user_cache / f"example-{n:04d}.json", (n, n))
    kept = sorted(p.name for p in user_cache.glob("*.json"))
    assert len(kept) == compiled.CACHE_ENTRIES_KEPT
    assert kept[0] == "example-0003.json"
    assert compiled.find("example", "0026") == {"n": 26}
    assert compiled.find("example", "0000") is None
    assert not list(user_cache.glob(".*"))  # no temporary file left


def test_a_form_is_found_only_under_its_own_kind_and_key(user_cache: Path) -> None:
    compiled.store("example", "abc", [1, 2])
    assert compiled.find("example", "abc") == [1, 2]
    assert compiled.find("example", "abd") is None
    assert compiled.find("other", "abc") is None
    assert compiled.find("example", None) is None
    compiled.store("../escape", "abc", [1])
    assert not list(user_cache.parent.glob("*escape*"))


# ----------------------------------------------------------------------------- ranking

JOB = "Requirements:\n- Python\n- Docker\n- Kubernetes\n- SQL or PostgreSQL\nNice to have:\n- Go\n"
RESUMES = {
    f"{name}-{n}.txt": text
    for n in range(3)
    for name, text in {
        "full": "Experience\nBuilt services in Go with Python, Docker, Kubernetes, PostgreSQL.\n",
        "most": "Experience\nBuilt services with Python and Docker.\nSkills: SQL\n",
        "python": "Experience\nWrote scripts in Python.\n",
        "none": "Experience\nSold insurance to small businesses.\n",
    }.items()
}


def _documents() -> list[Document]:
    return [Document.from_text(text, source=name) for name, text in RESUMES.items()]


def test_each_ranked_score_and_status_count_is_that_of_analyze() -> None:
    analyzer = Analyzer()
    ranked = {r.source: r for r in analyzer.rank(JOB, _documents(), jobs=1)}
    for document in _documents():
        report = analyzer.analyze(document, JOB)
        result = ranked[document.source]
        statuses = [
            item.status
            for item in (*report.requirements, *report.education)
            if item.importance == "required"
        ]
        assert result.score == report.score
        assert (result.matched_required, result.partial_required, result.missing_required) == (
            statuses.count("matched"),
            statuses.count("partial"),
            statuses.count("missing"),
        )
    assert len({r.score for r in ranked.values()}) == 4


def test_ranking_uses_one_process_per_cpu_by_default_and_none_for_a_few_documents(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pools: list[int] = []
    run_pool = ranking._run_pool

    def counting_pool(*args: object) -> None:
        pools.append(args[2])  # type: ignore[arg-type]
        run_pool(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ranking, "_run_pool", counting_pool)
    monkeypatch.setattr(ranking, "default_jobs", lambda: 2)
    analyzer = Analyzer()
    few = analyzer.rank(JOB, _documents()[:4], chunk_size=2)  # two chunks: in this process
    assert pools == []
    many = analyzer.rank(JOB, _documents(), chunk_size=2)  # six chunks: two workers
    assert pools == [2]
    assert many == analyzer.rank(JOB, _documents(), chunk_size=2, jobs=1)
    assert few == analyzer.rank(JOB, _documents()[:4], chunk_size=2, jobs=2)


@pytest.mark.parametrize("jobs", [1, 2])
def test_documents_are_read_as_the_work_goes_on(jobs: int) -> None:
    taken: list[int] = []
    seen: list[tuple[int, int, int | None]] = []

    def documents() -> Iterator[Document]:
        for n, document in enumerate(_documents() * 3):
            taken.append(n)
            yield document

    results = Analyzer().rank(
        JOB,
        documents(),
        jobs=jobs,
        chunk_size=2,
        progress=lambda done, total: seen.append((len(taken), done, total)),
    )
    assert len(results) == 36
    assert seen[-1][1:] == (36, None)  # the total of an iterator is not known
    taken_at_first, done_at_first, _ = seen[0]
    # Three chunks are looked at first, and each worker has two chunks in hand at most.
    assert done_at_first == 2 and taken_at_first <= 2 * (3 + 2 * jobs + 1) < 36


def test_the_command_line_runs_without_the_cyclic_collector_and_rank_turns_it_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code = (
        "import gc\nfrom gapcheck.cli import main\nsys.argv = ['gapcheck', '--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('enabled', gc.isenabled(), 'frozen', gc.get_freeze_count() > 0)"
    )
    completed = subprocess.run(
        [sys.executable, "-c", f"import sys\n{code}"], capture_output=True, text=True, check=True
    )
    assert completed.stdout.split()[-4:] == ["enabled", "False", "frozen", "True"]

    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    gc.disable()
    try:
        collect_garbage_again(Analyzer())
        assert gc.isenabled() and frozen == [True]
    finally:
        gc.enable()


@pytest.mark.parametrize(("given", "expected"), [(None, "1"), ("3", "3")])
def test_the_command_line_keeps_blas_to_one_thread_unless_told(
    given: str | None, expected: str
) -> None:
    code = (
        "import os, sys\nfrom gapcheck.cli import main\nsys.argv = ['gapcheck', '--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('threads', os.environ['OPENBLAS_NUM_THREADS'], os.environ['MKL_NUM_THREADS'])"
    )
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = env["MKL_NUM_THREADS"] = given
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert completed.stdout.split()[-3:] == ["threads", expected, expected]


def test_only_the_command_line_touches_the_garbage_collector() -> None:
    """The collector is the process's: the library leaves it as its caller set it (the one
    module of the library that imports gc puts it back where spaCy's loading changes it)."""
    package = REPO / "src" / "gapcheck"
    touching = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "cli" not in path.relative_to(package).parts
        and re.search(r"^\s*(import gc|from gc import)", path.read_text(encoding="utf-8"), re.M)
    )
    assert touching == ["collector.py"]


def test_the_collector_is_left_as_it_was_and_off_means_off_meanwhile() -> None:
    from gapcheck import collector

    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    thresholds = gc.get_threshold()
    gc.callbacks.append(count)
    gc.disable()
    try:
        with collector.kept():
            gc.enable()  # as srsly's msgpack readers do
            garbage = [[i] for i in range(50_000)]  # would trigger collections if on
            del garbage
        assert not gc.isenabled() and collections == [] and gc.get_threshold() == thresholds
        gc.enable()
        with collector.kept():
            gc.disable()
        assert gc.isenabled()
    finally:
        gc.callbacks.remove(count)
        gc.enable()


def test_loading_the_tagger_model_leaves_the_collector_off() -> None:
    """srsly's msgpack readers turn the collector on while spaCy loads the model: the command
    line, which runs without it, would then walk the whole pipeline's objects again."""
    code = (
        "import gc\nfrom gapcheck.components.tagger import shipped_model\n"
        "gc.disable()\nshipped_model()\nprint('enabled', gc.isenabled())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.split() == ["enabled", "False"], done.stderr


def test_the_cli_says_how_many_processes_rank_uses() -> None:
    result = CliRunner().invoke(app, ["rank", "--help"], env={"COLUMNS": "300"})
    assert result.exit_code == 0
    assert "Worker processes (default: one per CPU" in result.stdout


def test_the_tips_name_table_loads_from_its_compiled_form_equal_to_one_made_anew() -> None:
    from gapcheck.tailor import skill_names

    taxonomy = load_taxonomy()
    skill_names._forms.cache_clear()
    loaded = skill_names._forms(taxonomy)
    made = skill_names._make_forms(taxonomy)
    assert loaded == made
    assert compiled.find("names", name_table_key(taxonomy)) is not None
