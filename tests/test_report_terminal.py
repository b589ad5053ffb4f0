"""The terminal report: readable at 80 columns, short by default, quiet into `head`."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from builders import EXAMPLES
from gapcheck.cli import app
from gapcheck.models import GapReport, RequirementResult
from gapcheck.render import render_text
from gapcheck.render.text import DEFAULT_MAX_LINES
from test_render import PYTHON_LINE, evidence, requirement

RESUMES = sorted(EXAMPLES.glob("resume_*.*"))
JOBS = sorted(EXAMPLES.glob("job_*.*"))
runner = CliRunner()


def _missing(n: int) -> RequirementResult:
    return RequirementResult(
        id=f"skill{n}",
        label=f"Skill number {n}",
        skills=(f"skill{n}",),
        names=(f"Skill number {n}",),
        category="cloud",
        importance="required",
        status="missing",
        credit=0.0,
        weight=100 / 40,
        reason=f"the resume does not show Skill number {n}, which the posting asks for twice.",
        job_text=f"- Skill number {n} " + "in a long posting line " * 8,
    )


BIG = GapReport(score=0.0, requirements=tuple(_missing(n) for n in range(40)))


def _render(report: GapReport, *, full: bool = False, width: int = 80) -> list[str]:
    buffer = io.StringIO()
    render_text(report, Console(file=buffer, width=width, force_terminal=False), full=full)
    return buffer.getvalue().splitlines()


def test_default_view_is_at_most_60_lines_and_points_to_full() -> None:
    lines = _render(BIG)
    everything = _render(BIG, full=True)
    assert len(lines) == DEFAULT_MAX_LINES
    assert lines[-1] == f"{len(everything) - (len(lines) - 1)} more lines: --full"
    assert len(everything) > 2 * DEFAULT_MAX_LINES
    assert "Coverage by category" not in "\n".join(lines)


def test_a_short_report_is_shown_whole_without_a_pointer() -> None:
    small = GapReport(score=0.0, requirements=(_missing(1),))
    lines = _render(small)
    assert lines == _render(small, full=True)
    assert not any("--full" in line for line in lines)


@pytest.mark.parametrize("width", [60, 80, 120])
def test_no_line_is_wider_than_the_console(width: int) -> None:
    for full in (False, True):
        assert max(len(line) for line in _render(BIG, full=full, width=width)) <= width


def test_evidence_sits_on_its_own_line_under_the_requirement() -> None:
    context = f"{PYTHON_LINE} " * 2
    python = requirement(
        {"python": "Python"},
        "programming_languages",
        "required",
        "matched",
        1.0,
        "the resume shows Python.",
        credit_kind="direct",
        evidence=(evidence("python", "Python", "Python", "experience", 14, context),),
    )
    lines = _render(GapReport(score=100.0, requirements=(python,)), full=True)
    row = next(n for n, line in enumerate(lines) if line.startswith(" ✓ Python · required"))
    assert lines[row + 1].startswith("    experience:14 Built Python services")
    assert len(lines[row + 1]) <= 80


def test_no_colour_off_a_terminal_or_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.StringIO()
    render_text(BIG, Console(file=buffer, force_terminal=True, width=80, color_system="standard"))
    assert "\x1b[31m" in buffer.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    buffer = io.StringIO()
    render_text(BIG, Console(file=buffer, force_terminal=True, width=80, color_system="standard"))
    assert "\x1b[31m" not in buffer.getvalue()
    assert "\x1b[" not in "".join(_render(BIG))


@pytest.mark.parametrize("resume", RESUMES, ids=lambda p: p.name)
@pytest.mark.parametrize("job", JOBS, ids=lambda p: p.name)
def test_every_example_reads_at_80_columns(resume: Path, job: Path) -> None:
    result = runner.invoke(app, [str(resume), str(job)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert len(lines) <= DEFAULT_MAX_LINES
    head = "\n".join(lines[:15])
    assert "/100:" in head and "Fix first" in head and "1. " in head


def test_full_shows_every_section() -> None:
    resume, job = EXAMPLES / "resume_ai_engineer.txt", EXAMPLES / "job_ai_engineer.txt"
    result = runner.invoke(app, [str(resume), str(job), "--full"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    for heading in ("Fix first", "Requirements", "Tips", "Coverage by category"):
        assert f"\n{heading}\n" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_tips_read_the_whole_resume(tmp_path: Path) -> None:
    # The resume names deep learning only in a line no evidence quotes: no tip asks for it.
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Jane Doe\n\nExperience\nAcme, 2019 - 2024\n- Trained PyTorch models for search.\n\n"
        "Interests\nReading about deep learning research.\n",
        encoding="utf-8",
    )
    job = tmp_path / "job.txt"
    job.write_text("Requirements:\n- Deep learning\n- PyTorch\n", encoding="utf-8")
    result = runner.invoke(app, [str(resume), str(job), "--full"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert "Name “deep learning”" not in result.stdout


def test_piping_into_head_ends_quietly() -> None:
    resume, job = EXAMPLES / "resume_ai_engineer.txt", EXAMPLES / "job_ai_engineer.txt"
    src = Path(__file__).resolve().parents[1] / "src"
    env = {**os.environ, "PYTHONPATH": str(src), "COLUMNS": "80"}
    command = (
        f"{sys.executable} -m gapcheck {resume} {job} --full | head -1; exit ${{PIPESTATUS[0]}}"
    )
    done = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0
    assert done.stderr == ""
    assert done.stdout.startswith("Skill gap report:")
