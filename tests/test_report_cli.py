"""The command line's consistency: one meaning per flag, plain types in help, rank on a folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from builders import EXAMPLES
from gapcheck.cli import app

JOB = EXAMPLES / "job_ai_engineer.txt"
runner = CliRunner()


def _commands() -> dict[str, object]:
    """Every command by its full name ('taxonomy search'), as click sees it."""
    root = typer.main.get_command(app)
    found: dict[str, object] = {}
    stack = [("", root)]
    while stack:
        prefix, group = stack.pop()
        for name, command in getattr(group, "commands", {}).items():
            full = f"{prefix} {name}".strip()
            if getattr(command, "commands", None):
                stack.append((full, command))
            else:
                found[full] = command
    return found


def test_a_short_flag_means_the_same_long_option_in_every_command() -> None:
    meanings: dict[str, set[str]] = {}
    for command in _commands().values():
        for param in getattr(command, "params", ()):
            long_names = [o for o in param.opts if o.startswith("--")]
            for short in (o for o in param.opts if o.startswith("-") and o not in long_names):
                meanings.setdefault(short, set()).add(long_names[0])
    clashes = {short: names for short, names in meanings.items() if len(names) > 1}
    assert clashes == {}


def test_common_flags_have_their_one_meaning() -> None:
    shorts = {}
    for command in _commands().values():
        for param in getattr(command, "params", ()):
            for opt in param.opts:
                if opt.startswith("-") and not opt.startswith("--"):
                    shorts[opt] = next(o for o in param.opts if o.startswith("--"))
    assert shorts["-o"] == "--output"
    assert shorts["-f"] == "--format"
    assert shorts["-n"] == "--top"
    assert "-r" not in shorts or shorts["-r"] == "--role"


@pytest.mark.parametrize("command", ["", "analyze", "rank", "letter", "tips", "taxonomy search"])
def test_help_shows_plain_types(command: str) -> None:
    result = runner.invoke(app, [*command.split(), "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for python_type in ("<bool>", "<str>", "<list[", "<int", "<float", "<path>"):
        assert python_type not in result.stdout


def test_rank_on_a_folder_ranks_only_the_resumes() -> None:
    result = runner.invoke(app, ["rank", str(JOB), str(EXAMPLES), "--json"])
    assert result.exit_code == 0, result.output
    ranked = {Path(row["source"]).name for row in json.loads(result.stdout)["results"]}
    assert ranked == {
        f"resume_{name}.{suffix}"
        for name in ("ai_engineer", "data_engineer", "registered_nurse")
        for suffix in ("txt", "pdf")
    }
    assert "skipped 4 files of the folders" in result.stderr
    assert "README.md (not a resume, by its name)" in result.stderr
    assert "job_data_engineer.txt" in result.stderr and "reads as a job posting" in result.stderr
    assert "job_ml_engineer.html" in result.stderr


def test_rank_glob_picks_the_folders_files(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["rank", str(JOB), str(EXAMPLES), "--glob", "*.pdf", "--json", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    assert all(row["source"].endswith(".pdf") for row in json.loads(result.stdout)["results"])
    assert len(json.loads(result.stdout)["results"]) == 3
    assert result.stderr == ""


def test_a_file_named_on_the_command_line_is_always_ranked() -> None:
    other_job = EXAMPLES / "job_data_engineer.txt"
    result = runner.invoke(app, ["rank", str(JOB), str(other_job), "--json", "--quiet"])
    assert result.exit_code == 0
    assert [Path(row["source"]).name for row in json.loads(result.stdout)["results"]] == [
        other_job.name
    ]


def test_rank_says_when_a_folder_holds_no_resume(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# My resumes\n\nNothing here yet.\n", encoding="utf-8")
    result = runner.invoke(app, ["rank", str(JOB), str(tmp_path)])
    assert result.exit_code == 2
    assert "no resume to rank" in result.stderr


def test_analyze_output_writes_the_chosen_format(tmp_path: Path) -> None:
    resume = EXAMPLES / "resume_ai_engineer.txt"
    target = tmp_path / "report.json"
    result = runner.invoke(app, [str(resume), str(JOB), "-f", "json", "-o", str(target)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["fix_first"]
