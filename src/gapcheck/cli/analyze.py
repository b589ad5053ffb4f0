"""``gapcheck analyze``: compare a resume with a posting or a role, and render the report."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gapcheck import Analyzer
from gapcheck.cli.app import app
from gapcheck.cli.options import FileArg, OutputOption, reads_documents, source
from gapcheck.cli.output import console, print_warnings, write_file, write_stdout

if TYPE_CHECKING:
    from collections.abc import Sequence

    from gapcheck import GapReport
    from gapcheck.tailor import Tip

__all__ = ["ReportFormat", "analyze"]


class ReportFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


@app.command()
@reads_documents(model=True)
def analyze(
    resume: FileArg,
    job: Annotated[
        str | None,
        typer.Argument(help="The job posting (PDF, DOCX, text or Markdown); or use --role."),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option("--role", "-r", help="Compare against a role profile (see `gapcheck roles`)."),
    ] = None,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Report format.")
    ] = ReportFormat.text,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    output: OutputOption = None,
    html_file: Annotated[
        Path | None,
        typer.Option("--html", help="Also write the report as a self-contained HTML file."),
    ] = None,
    full: Annotated[
        bool,
        typer.Option("--full", help="Text: print every section (default: at most 60 lines)."),
    ] = False,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            min=0,
            max=100,
            help="Exit with code 3 when the score is lower than this (for scripts).",
        ),
    ] = None,
    *,
    analyzer: Analyzer,
) -> None:
    """Compare RESUME with JOB (or a --role) and report the match, the gaps and the evidence."""
    if (job is None) == (role is None):
        raise typer.BadParameter("give a JOB file or --role NAME (one of the two)")
    resume_document = analyzer.read(source(resume))
    report = analyzer.analyze(resume_document, source(job) if job is not None else None, role=role)
    tips = analyzer.report_tips(report, resume_document)
    print_warnings(report.resume, report.resume_warnings)
    print_warnings(report.job, report.job_warnings)
    if html_file is not None:
        from gapcheck.render import render_html

        write_file(html_file, render_html(report, tips=tips))
    chosen = ReportFormat.json if as_json else output_format
    if output is not None and str(output) != "-":
        write_file(output, _report_text(report, chosen, tips, full=full))
    else:
        _print_report(report, chosen, tips, full=full)
    if fail_under is not None and report.score < fail_under:
        raise typer.Exit(3)


def _print_report(
    report: GapReport, chosen: ReportFormat, tips: Sequence[Tip], *, full: bool
) -> None:
    if chosen is ReportFormat.text:
        from gapcheck.render import render_text

        render_text(report, console(), tips=tips, full=full)
        return
    write_stdout(_report_text(report, chosen, tips, full=full))


def _report_text(
    report: GapReport, chosen: ReportFormat, tips: Sequence[Tip], *, full: bool
) -> str:
    """The report in ``chosen`` format as a string (text: plain, no colour)."""
    from gapcheck import render

    if chosen is ReportFormat.text:
        import io

        from rich.console import Console

        buffer = io.StringIO()
        plain_console = Console(
            file=buffer, force_terminal=False, no_color=True, highlight=False, markup=False,
            emoji=False, width=100,
        )  # fmt: skip
        render.render_text(report, plain_console, tips=tips, full=full)
        return buffer.getvalue()
    if chosen is ReportFormat.json:
        text = render.render_json(report)
    elif chosen is ReportFormat.markdown:
        text = render.render_markdown(report, tips=tips)
    else:
        text = render.render_html(report, tips=tips)
    return text if text.endswith("\n") else text + "\n"
