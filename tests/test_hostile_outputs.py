"""Hostile input on the way out: what gapcheck writes must be safe to show, open and keep.

A corpus of crafted inputs, made here by code: documents, file names and taxonomy names holding
ANSI and OSC escape sequences (colour, window title, hyperlink, clipboard), C1 controls and
bidirectional overrides, rich markup and emoji codes, spreadsheet formulas; folders with link
loops; outputs on a full disk, past a file-size limit, into a FIFO, into a closed pipe; slow
analyses in threads. Each goes through every command and format that shows it.
"""

from __future__ import annotations

import csv
import errno
import io
import itertools
import json
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from builders import EXAMPLES
from gapcheck import Analyzer, Limits
from gapcheck.cli import app
from gapcheck.cli.rank import find_documents
from gapcheck.components.experience import ExperienceReader
from gapcheck.documents import Document, read_document
from gapcheck.errors import ExtractionTimeout
from gapcheck.escape import (
    escape_controls,
    escape_controls_in,
    escape_controls_json,
    neutralise_formula,
)
from gapcheck.limits import check_deadline, time_limit
from gapcheck.render import render_html, render_json, render_markdown, render_text

runner = CliRunner()
posix_only = pytest.mark.skipif(os.name != "posix", reason="links, FIFOs and rlimits of POSIX")

# What must never reach an output raw (tab and line feed may).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# rich's own colours on a terminal: Select Graphic Rendition sequences, nothing else.
SGR = re.compile(r"\x1b\[[0-9;]*m")

PAYLOADS = {
    "ansi-colour": "\x1b[31mred\x1b[0m",
    "osc-title": "\x1b]0;PWNED\x07",
    "osc-hyperlink": "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "osc-clipboard": "\x1b]52;c;cm0gLXJmIH4K\x07",
    "c1-csi": "\x9b2J",
    "bidi-override": "\u202etxt.exe",
    "bidi-isolate": "\u2067\u05e9\u05dc\u05d5\u05dd\u2069",
    "backspace": "Go\x08\x08",
    "delete": "x\x7f",
}
MARKUP = "[b]b[/b] [/] [link=https://evil.example]l[/link] :warning:"
MARKUP_IN_A_NAME = "[bold]b [red]r [link=x]l :warning:"  # a file name holds no slash

RESUME = f"""Jane Doe {PAYLOADS["osc-title"]}
Summary
Data engineer with years of building reliable batch and streaming pipelines for analytics teams,
mentoring colleagues and writing clear documentation for everything that ships to production.

Experience
2019 - 2024: Senior data engineer at Acme Analytics
- Built {PAYLOADS["ansi-colour"]} data services in Python and Docker for the finance team.
- Ran {PAYLOADS["osc-hyperlink"]} Kubernetes clusters for twelve product teams {PAYLOADS["c1-csi"]}.
- Wrote Terraform modules {PAYLOADS["osc-clipboard"]} for every account {PAYLOADS["bidi-override"]}.
- Led SQL reporting {PAYLOADS["bidi-isolate"]} and weekly rollouts {PAYLOADS["backspace"]}.
- Kept the {PAYLOADS["delete"]} docs of every service current.

Skills
Python, Docker, Kubernetes, Terraform, SQL, Blorp {PAYLOADS["osc-clipboard"]}
"""
JOB = f"""Data Engineer {PAYLOADS["ansi-colour"]}
About the role
We build the data platform of a logistics company and look for an engineer to join the team.

Requirements:
- Flurb
- 3+ years of Python {PAYLOADS["osc-title"]}
- Docker and Kubernetes {PAYLOADS["bidi-override"]}
- Blorp {PAYLOADS["osc-hyperlink"]}

Nice to have:
- Terraform {PAYLOADS["c1-csi"]}
"""


BLORP = "Blorp " + PAYLOADS["ansi-colour"] + PAYLOADS["bidi-override"] + " [/] :warning:"


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string, every control character as a \\u escape."""
    escaped = "".join(
        f"\\u{ord(c):04x}" if UNSAFE.match(c) or c in '"\\' or c == "\t" else c for c in text
    )
    return f'"{escaped}"'


EVIL_TAXONOMY = f"""
[category]
id = "evil"
name = {toml_string("Evil " + PAYLOADS["osc-title"] + " " + MARKUP)}
order = 99

[[skill]]
id = "blorp"
name = {toml_string(BLORP)}
category = "evil"
aliases = ["blorp"]

[[skill]]
id = "flurb"
name = {toml_string('=HYPERLINK("https://evil.example","Flurb") ' + PAYLOADS["osc-title"])}
category = "evil"
aliases = ["flurb"]
"""


def assert_inert(text: str, *, keep: str = "\t\n") -> None:
    """No control character or bidirectional override in ``text`` but those of ``keep``."""
    found = {c for c in UNSAFE.findall(text) if c not in keep}
    assert not found, f"raw {sorted(map(hex, map(ord, found)))} in the output"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The hostile documents: names, texts and a user taxonomy full of escapes and markup."""
    root = tmp_path_factory.mktemp("hostile-outputs")
    name = f"cv {PAYLOADS['osc-title']}{PAYLOADS['bidi-override']} {MARKUP_IN_A_NAME}.txt"
    resume = root / name
    resume.write_text(RESUME, encoding="utf-8")
    (root / "jobs[").mkdir()
    job = root / "jobs[" / f"]job {PAYLOADS['ansi-colour']}.txt"  # its path holds "[/]"
    job.write_text(JOB, encoding="utf-8")
    taxonomy = root / "evil.toml"
    taxonomy.write_text(EVIL_TAXONOMY, encoding="utf-8")
    return {"resume": resume, "job": job, "taxonomy": taxonomy}


def _kept_by_the_reader(path: Path, character: str) -> bool:
    """Whether reading ``path`` keeps ``character`` (an output can only escape what it gets)."""
    return character in read_document(path).text


# ---------------------------------------------------------------------------------------------
# Escaping: the function, then every command and format


def test_escape_controls_shows_controls_and_overrides_and_keeps_text() -> None:
    assert escape_controls("plain C++ and C# \u05e9\u05dc\u05d5\u05dd") == (
        "plain C++ and C# \u05e9\u05dc\u05d5\u05dd"
    )
    assert escape_controls("a\tb\nc") == "a\tb\nc"
    assert escape_controls("\x1b]0;t\x07 \x9b2J \x7f \x00 \r") == (
        "\\x1b]0;t\\x07 \\x9b2J \\x7f \\x00 \\x0d"
    )
    for override in [*map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]:
        assert escape_controls(f"a{override}b") == f"a\\u{ord(override):04x}b"
    # The marks stay: right-to-left text needs them and they reorder no letter.
    assert escape_controls("\u200e\u200f\u061c") == "\u200e\u200f\u061c"
    assert escape_controls("page\fbreak\t", keep="\f") == "page\fbreak\\x09"


def test_escape_controls_in_a_model_reaches_every_string() -> None:
    report = Analyzer().analyze(
        Document.from_text(RESUME, source=f"cv{PAYLOADS['osc-title']}"),
        Document.from_text(JOB, source="job.txt"),
    )
    escaped = escape_controls_in(report)
    strings = list(_strings(escaped.model_dump()))
    assert any("PWNED" in text for text in strings[1:])  # document text, not only the name
    assert not any(UNSAFE.search(text) for text in strings)
    assert escaped.resume == "cv\\x1b]0;PWNED\\x07"
    assert report.resume == f"cv{PAYLOADS['osc-title']}"  # the report itself is unchanged


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def test_json_escapes_c1_and_overrides_and_loses_nothing() -> None:
    data = {"name": "".join(PAYLOADS.values()), "plain": "Jos\u00e9 \u05e9\u05dc\u05d5\u05dd"}
    text = escape_controls_json(json.dumps(data, ensure_ascii=False))
    assert_inert(text)
    assert "\\u202e" in text and "\\u009b" in text and "\\u007f" in text
    assert "Jos\u00e9 \u05e9\u05dc\u05d5\u05dd" in text  # other non-ASCII stays readable
    assert json.loads(text) == data


def test_library_renderers_are_inert() -> None:
    report = Analyzer().analyze(
        Document.from_text(RESUME, source=f"cv {MARKUP} {PAYLOADS['bidi-override']}"),
        Document.from_text(JOB, source="job.txt"),
    )
    for render, shown in (
        (render_markdown, "Data Engineer \\x1b\\[31mred"),
        (render_html, "Data Engineer \\x1b[31mred"),
        (render_json, "Data Engineer \\u001b[31mred"),
    ):
        output = render(report)
        assert_inert(output)
        assert shown in output
    assert json.loads(render_json(report))["resume"] == report.resume


def test_the_terminal_report_holds_only_its_own_colours() -> None:
    report = Analyzer().analyze(
        Document.from_text(RESUME, source=f"cv {MARKUP} {PAYLOADS['osc-hyperlink']}"),
        Document.from_text(JOB, source="job.txt"),
    )
    buffer = io.StringIO()
    terminal = Console(file=buffer, force_terminal=True, color_system="truecolor", width=300)
    render_text(report, terminal)
    output = buffer.getvalue()
    assert SGR.search(output)  # it is a terminal: rich colours it
    assert_inert(SGR.sub("", output))
    assert "\x1b]" not in output  # no OSC: no title, no hyperlink, no clipboard
    assert MARKUP in output  # markup and emoji codes are text
    assert "\\x1b]8;;https://evil.example" in output


def _routes(corpus: dict[str, Path]) -> dict[str, list[str]]:
    resume, job, taxonomy = (str(corpus[k]) for k in ("resume", "job", "taxonomy"))
    analyze = ["analyze", resume, job, "-t", taxonomy]
    return {
        "analyze-text": [*analyze, "--full"],
        "analyze-markdown": [*analyze, "--format", "markdown"],
        "analyze-json": [*analyze, "--json"],
        "analyze-html": [*analyze, "--format", "html"],
        "letter-text": ["letter", resume, job, "-t", taxonomy],
        "letter-markdown": ["letter", resume, job, "-t", taxonomy, "--format", "markdown"],
        "tips-text": ["tips", resume, job, "-t", taxonomy],
        "tips-json": ["tips", resume, job, "-t", taxonomy, "--json"],
        "extract-table": ["extract", resume, "-t", taxonomy],
        "extract-json": ["extract", job, "-t", taxonomy, "--json"],
        "rank-table": ["rank", job, resume, "-t", taxonomy],
        "rank-csv": ["rank", job, resume, "-t", taxonomy, "--csv"],
        "rank-json": ["rank", job, resume, "-t", taxonomy, "--json"],
        "rank-jobs-table": ["rank", "--resume", resume, job, "-t", taxonomy],
        "taxonomy-list": ["taxonomy", "list", "-t", taxonomy, "-c", "evil"],
        "taxonomy-show": ["taxonomy", "show", "blorp", "-t", taxonomy],
        "taxonomy-search": ["taxonomy", "search", "blorp", "-t", taxonomy],
    }


# What each route must show, escaped (so the test fails if the hostile text never got there).
SHOWN = {
    "analyze-text": ["cv \\x1b]0;PWNED\\x07\\u202etxt.exe", MARKUP_IN_A_NAME, MARKUP],
    "analyze-markdown": ["PWNED\\x07", "Blorp \\x1b"],
    "analyze-json": ["\\u001b]0;PWNED\\u0007", "\\u202e"],
    "analyze-html": ["PWNED\\x07", "Blorp \\x1b"],
    "letter-text": ["\\x1b[31mred\\x1b[0m"],
    "letter-markdown": ["\\x1b\\[31mred\\x1b\\[0m"],
    "tips-text": ["Add a bullet where you used Blorp"],  # a tip quotes only matched terms
    "tips-json": ["Blorp \\u001b[31mred", "Blorp \\u001b]52;c;"],
    "extract-table": ["cv \\x1b]0;PWNED\\x07\\u202etxt.exe", MARKUP_IN_A_NAME, "Blorp \\x1b"],
    "extract-json": ["\\u001b", "jobs[/]job"],
    "rank-table": ["cv \\x1b]0;PWNED\\x07", MARKUP_IN_A_NAME, "jobs[/]job"],
    "rank-csv": ["cv \\x1b]0;PWNED\\x07", "'=HYPERLINK"],
    "rank-json": ["cv \\u001b]0;PWNED\\u0007\\u202etxt.exe"],
    "rank-jobs-table": ["jobs[/]job \\x1b[31mred", "Data Engineer"],
    "taxonomy-list": ["Blorp \\x1b[31mred", "[/] :warning:"],
    "taxonomy-show": ["Blorp \\x1b[31mred\\x1b[0m\\u202etxt.exe [/] :warning:"],
    "taxonomy-search": ["Blorp \\x1b[31mred", ":warning:"],
}


@pytest.mark.parametrize("route", list(SHOWN))
def test_every_command_and_format_escapes_untrusted_text(
    corpus: dict[str, Path], route: str
) -> None:
    result = runner.invoke(app, _routes(corpus)[route], env={"COLUMNS": "500"})
    assert result.exit_code == 0, result.stderr
    assert_inert(result.stdout)
    assert_inert(result.stderr)
    flat = result.stdout.replace("\n", " ")
    for shown in SHOWN[route]:
        if shown.startswith("\\x1b[31mred") and not _kept_by_the_reader(corpus["resume"], "\x1b"):
            continue  # the letter quotes the resume: nothing to escape if reading dropped it
        assert shown in result.stdout or shown in flat, (route, shown)


def test_text_command_escapes_controls_but_keeps_page_breaks(tmp_path: Path) -> None:
    document = tmp_path / "cv.txt"
    prose = "Built data services for the finance team. " * 3
    text = f"{prose}{PAYLOADS['osc-title']}\f{prose}{PAYLOADS['c1-csi']}\n"
    document.write_text(text)
    result = runner.invoke(app, ["text", str(document)])
    assert result.exit_code == 0, result.stderr
    assert_inert(result.stdout, keep="\t\n\f")
    if _kept_by_the_reader(document, "\x1b"):
        assert result.stdout == f"{prose}\\x1b]0;PWNED\\x07\f{prose}\\x9b2J\n"


def test_error_lines_escape_file_names() -> None:
    name = f"cv{PAYLOADS['osc-title']}{PAYLOADS['bidi-override']}.pdf"
    result = runner.invoke(app, ["text", name])
    assert result.exit_code == 1
    assert result.stderr == "Error: cv\\x1b]0;PWNED\\x07\\u202etxt.exe.pdf: no such file\n"


def test_usage_errors_escape_what_they_quote() -> None:
    result = runner.invoke(app, [f"--x{PAYLOADS['osc-clipboard']}"])
    assert result.exit_code == 2
    assert_inert(result.stderr)
    assert "\\x1b]52;c;" in result.stderr


# ---------------------------------------------------------------------------------------------
# Spreadsheet formulas


@pytest.mark.parametrize(
    ("cell", "neutral"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("  =1", "'  =1"),
        (" \u00a0@x", "' \u00a0@x"),
        ("Python", "Python"),
        ("C++ (5 years)", "C++ (5 years)"),
        ("a=b", "a=b"),
        ("/cvs/-cv.txt", "/cvs/-cv.txt"),
        ("", ""),
    ],
)
def test_formula_cells_are_neutralised(cell: str, neutral: str) -> None:
    assert neutralise_formula(cell) == neutral


def test_rank_csv_neutralises_formulas_in_names_and_gaps(
    tmp_path: Path, corpus: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # relative names: the cells start with the names
    names = ['=HYPERLINK("evil.example").txt', "+1.txt", "-cv.txt", "@cv.txt", " =cv.txt"]
    for name in names:
        Path(name).write_text("Experience\nBuilt services in Python and Blorp.\n")
    Path("plain.txt").write_text("Experience\nBuilt services in Python.\n")
    files = [*names, "plain.txt", "=missing.txt"]
    options = ["--csv", "-t", str(corpus["taxonomy"])]
    result = runner.invoke(app, ["rank", *options, "--", str(corpus["job"]), *files])
    assert result.exit_code == 0, result.stderr
    rows = {row["source"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert sorted(rows) == sorted(["'" + name for name in [*names, "=missing.txt"]] + ["plain.txt"])
    assert rows["'=missing.txt"]["error"] == "no such file"
    # The biggest gap is the taxonomy's "=HYPERLINK(...)" skill: a formula in a text cell.
    gaps = rows["plain.txt"]["top_gaps"]
    assert gaps.startswith("'=HYPERLINK(") and "\\x1b" in gaps


# ---------------------------------------------------------------------------------------------
# Time limits in every thread, on every command

SLOW_MARK = "SLOWDOC"


@pytest.fixture
def slow_component(monkeypatch: pytest.MonkeyPatch) -> Callable[[float], None]:
    """Make the experience component sleep on documents holding SLOW_MARK."""

    def install(seconds: float) -> None:
        original = ExperienceReader.__call__

        def slow(self: ExperienceReader, doc: object) -> object:
            if SLOW_MARK in doc.text:  # type: ignore[attr-defined]
                time.sleep(seconds)
            return original(self, doc)  # type: ignore[arg-type]

        monkeypatch.setattr(ExperienceReader, "__call__", slow)

    return install


def _in_a_thread(work: Callable[[], object]) -> object:
    """What ``work`` returns or raises, run in another thread (where no signal can reach)."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # handed back to the test
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome[0]


def test_a_time_limit_holds_in_a_worker_thread(slow_component: Callable[[float], None]) -> None:
    analyzer = Analyzer(limits=Limits(timeout_seconds=0.2))
    analyzer.warm_up()
    resume = Document.from_text(f"Experience\nBuilt services in Python. {SLOW_MARK}\n", "cv.txt")
    job = Document.from_text("Requirements:\n- Python\n", "job.txt")
    slow_component(1.0)
    outcome = _in_a_thread(lambda: analyzer.analyze(resume, job))
    assert isinstance(outcome, ExtractionTimeout)
    assert (
        str(outcome) == "cv.txt and job.txt: the analysis took longer than the limit of 0.4 seconds"
    )
    fast = Document.from_text("Experience\nBuilt services in Python.\n", "fast.txt")
    assert _in_a_thread(lambda: analyzer.analyze(fast, job).score) == 100.0


def test_ranking_in_a_worker_thread_reports_only_the_slow_document(
    slow_component: Callable[[float], None],
) -> None:
    analyzer = Analyzer(limits=Limits(timeout_seconds=0.5))
    analyzer.warm_up()
    resumes = [
        Document.from_text("Experience\nBuilt services in Python.\n", "fast.txt"),
        Document.from_text(f"Experience\nBuilt services in Python. {SLOW_MARK}\n", "slow.txt"),
    ]
    slow_component(1.2)
    results = _in_a_thread(lambda: analyzer.rank("Requirements:\n- Python\n", resumes))
    assert isinstance(results, list)
    assert [(r.source, r.rank, r.error) for r in results] == [
        ("fast.txt", 1, None),
        ("slow.txt", None, "the analysis took longer than the limit of 0.5 seconds"),
    ]


def test_check_deadline_sees_only_the_blocks_of_its_own_thread() -> None:
    def work() -> list[str]:
        seen = []
        check_deadline()  # outside any block: nothing to check
        with time_limit(0.01, "outer.pdf") as deadline:
            time.sleep(0.05)  # a thread: no timer interrupts the sleep
            assert deadline.expired()
            seen.append(repr(_in_a_thread(check_deadline)))  # another thread has no block
            try:
                check_deadline()
            except ExtractionTimeout as error:
                seen.append(str(error))
        check_deadline()  # the block is over
        return seen

    assert _in_a_thread(work) == [
        "None",
        "outer.pdf: reading took longer than the limit of 0.01 seconds",
    ]


@pytest.mark.parametrize("command", ["letter", "tips", "rank"])
def test_letter_tips_and_rank_take_a_timeout(
    tmp_path: Path, slow_component: Callable[[float], None], command: str
) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text(f"Experience\nBuilt services in Python. {SLOW_MARK}\n")
    job = tmp_path / "job.txt"
    job.write_text("Requirements:\n- Python\n")
    args = (
        [command, str(job), str(resume)] if command == "rank" else [command, str(resume), str(job)]
    )
    assert runner.invoke(app, [*args, "--timeout", "0"]).exit_code == 2
    slow_component(5.0)  # the main thread: the timer interrupts the sleep
    result = runner.invoke(app, [*args, "--timeout", "0.1"])
    assert result.exit_code == 1
    if command == "rank":
        assert f"{resume}: the analysis took longer than the limit of 0.1 seconds" in result.stdout
        assert result.stderr == "Error: none of the 1 resumes could be read\n"
    else:
        assert result.stderr == (
            f"Error: {resume} and {job}: the analysis took longer than the limit of 0.2 seconds\n"
        )


# ---------------------------------------------------------------------------------------------
# Folders, globs and links


def _tree(root: Path) -> None:
    """cvs/a.txt, cvs/sub/b.txt; a link to a.txt; a second link to sub; a loop back to cvs."""
    (root / "cvs" / "sub").mkdir(parents=True)
    (root / "cvs" / "a.txt").write_text("Experience\nPython\n")
    (root / "cvs" / "sub" / "b.txt").write_text("Experience\nDocker\n")
    (root / "cvs" / "a-link.txt").symlink_to("a.txt")
    (root / "cvs" / "sub-link").symlink_to("sub", target_is_directory=True)
    (root / "cvs" / "sub" / "up").symlink_to("..", target_is_directory=True)


@posix_only
def test_a_glob_walks_each_real_file_once_and_never_into_a_link_loop(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = find_documents([str(tmp_path / "cvs" / "**" / "*.txt")])
    assert [p.relative_to(tmp_path).as_posix() for p in found.paths] == [
        "cvs/a.txt",
        "cvs/sub/b.txt",
    ]
    assert (found.duplicates, found.loops) == (2, 1)  # a-link.txt, sub-link; sub/up
    trailing = find_documents([str(tmp_path / "cvs" / "**")])
    assert sorted(p.name for p in trailing.paths) == ["a.txt", "b.txt"]


@posix_only
def test_folders_and_repeated_arguments_count_duplicates(tmp_path: Path) -> None:
    _tree(tmp_path)
    cvs = tmp_path / "cvs"
    found = find_documents([str(cvs), str(cvs / "a.txt"), str(cvs / "sub" / ".." / "a.txt")])
    assert [p.name for p in found.paths] == ["a.txt"]
    assert (found.duplicates, found.loops) == (3, 0)  # a-link.txt and the two other paths


@posix_only
def test_links_in_every_folder_do_not_multiply_the_walk(tmp_path: Path) -> None:
    """Twenty folders, each with two links to the next: 2**20 paths to the last file."""
    folders = [tmp_path / f"d{n}" for n in range(20)]
    for folder in folders:
        folder.mkdir()
    for here, there in itertools.pairwise(folders):
        (here / "left").symlink_to(there, target_is_directory=True)
        (here / "right").symlink_to(there, target_is_directory=True)
    (folders[-1] / "cv.txt").write_text("Experience\nPython\n")
    found = find_documents([str(folders[0] / "**" / "*.txt")])
    assert [p.name for p in found.paths] == ["cv.txt"]
    assert found.duplicates == 19 and found.loops == 0


@posix_only
def test_rank_reports_what_it_skipped(tmp_path: Path) -> None:
    _tree(tmp_path)
    job = tmp_path / "job.txt"
    job.write_text("Requirements:\n- Python\n")
    result = runner.invoke(app, ["rank", str(job), str(tmp_path / "cvs" / "**" / "*.txt")])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        "skipped 3 paths: 2 duplicates (the same file or folder by a link or another path), "
        "1 link loop (a link to a folder that holds it, not followed)\n"
    )
    assert "Ranked 2 of 2 resumes." in result.stdout
    quiet = runner.invoke(app, ["rank", str(job), str(tmp_path / "cvs" / "**" / "*.txt"), "-q"])
    assert quiet.stderr == ""


# ---------------------------------------------------------------------------------------------
# Writing files: atomic, in place of regular files only

RESUME_EXAMPLE = str(EXAMPLES / "resume_ai_engineer.txt")
JOB_EXAMPLE = str(EXAMPLES / "job_ai_engineer.txt")


def _write_args(kind: str, out: Path) -> list[str]:
    if kind == "letter":
        return ["letter", RESUME_EXAMPLE, JOB_EXAMPLE, "-o", str(out)]
    return [RESUME_EXAMPLE, JOB_EXAMPLE, "--json", "--html", str(out)]


@pytest.mark.parametrize("kind", ["letter", "html"])
def test_a_full_disk_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    out = tmp_path / "out.txt"
    out.write_text("the old file\n")

    def full_disk(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full_disk)
    result = runner.invoke(app, _write_args(kind, out))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {out}: cannot write: No space left on device\n"
    assert out.read_text() == "the old file\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


@posix_only
def test_a_file_size_limit_keeps_the_old_file(tmp_path: Path) -> None:
    import resource

    out = tmp_path / "report.html"
    out.write_text("the old report\n")

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    completed = subprocess.run(
        [sys.executable, "-m", "gapcheck", *_write_args("html", out)],
        capture_output=True,
        text=True,
        preexec_fn=limited,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stderr == f"Error: {out}: cannot write: File too large\n"
    assert out.read_text() == "the old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


@posix_only
def test_a_rewritten_file_keeps_its_permissions_and_a_link_its_target(tmp_path: Path) -> None:
    out = tmp_path / "letter.txt"
    out.write_text("old\n")
    out.chmod(0o640)
    assert runner.invoke(app, _write_args("letter", out)).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text().startswith("Dear ")
    link = tmp_path / "link.txt"
    link.symlink_to(out)
    out.write_text("old\n")
    assert runner.invoke(app, _write_args("letter", link)).exit_code == 0
    assert link.is_symlink() and out.read_text().startswith("Dear ")
    new = tmp_path / "new.txt"
    assert runner.invoke(app, _write_args("letter", new)).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~umask


@posix_only
@pytest.mark.parametrize("kind", ["letter", "html"])
@pytest.mark.parametrize("target", ["fifo", "folder", "device"])
def test_outputs_refuse_fifos_folders_and_devices(tmp_path: Path, kind: str, target: str) -> None:
    if target == "fifo":
        out = tmp_path / "out.fifo"
        os.mkfifo(out)  # opening it to write would wait for a reader forever
        reason = "it is a named pipe (FIFO)"
    elif target == "folder":
        out = tmp_path
        reason = "it is a folder"
    else:
        out = Path(os.devnull)
        reason = "it is a device"
    result = runner.invoke(app, _write_args(kind, out))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {out}: cannot write: {reason}, not a regular file (use '-' for standard output)\n"
    )


def test_dash_writes_the_letter_to_standard_output() -> None:
    result = runner.invoke(app, ["letter", RESUME_EXAMPLE, JOB_EXAMPLE, "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Dear ")


# ---------------------------------------------------------------------------------------------
# Standard output: full, or closed by the reader


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("output_format", ["text", "json"])
def test_a_full_standard_output_is_an_output_error(output_format: str) -> None:
    with open("/dev/full", "w") as full:
        completed = subprocess.run(
            [sys.executable, "-m", "gapcheck", RESUME_EXAMPLE, JOB_EXAMPLE, "-f", output_format],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert completed.returncode == 1
    assert completed.stderr == "Error: standard output: No space left on device\n"


@posix_only
@pytest.mark.parametrize("output_format", ["text", "json"])
def test_a_closed_pipe_ends_quietly_with_success(output_format: str) -> None:
    """``gapcheck RESUME JOB | head -1``, with the reader gone before the first write."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-m", "gapcheck", RESUME_EXAMPLE, JOB_EXAMPLE, "-f", output_format],
        stdout=write_end,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(write_end)
    os.close(read_end)
    _, stderr = process.communicate(timeout=300)
    assert (process.returncode, stderr) == (0, "")
