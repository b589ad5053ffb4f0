"""``gapcheck letter`` and ``gapcheck tips``: a cover-letter draft and resume tips for a posting."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gapcheck import Analyzer
from gapcheck.cli.app import app
from gapcheck.cli.options import FileArg, OutputOption, reads_documents, source
from gapcheck.cli.output import console, echo_json, plain, write_file, write_stdout
from gapcheck.escape import escape_controls

if TYPE_CHECKING:
    from gapcheck.tailor import Tip

__all__ = ["JobArg", "LetterFormat", "letter", "tips"]

JobArg = Annotated[
    str, typer.Argument(help="The job posting (PDF, DOCX, text or Markdown), or '-' for stdin.")
]


class LetterFormat(StrEnum):
    text = "text"
    markdown = "markdown"


@app.command()
@reads_documents()
def letter(
    resume: FileArg,
    job: JobArg,
    name: Annotated[str | None, typer.Option(help="Name to sign with (default: resume's).")] = None,
    company: Annotated[str | None, typer.Option(help="Employer (default: the posting's).")] = None,
    title: Annotated[str | None, typer.Option(help="Job title (default: the posting's).")] = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            help=(
                "Your own letter template (string.Template: $greeting, $opening, $strengths, "
                "$plan, $closing, $applicant, $role, $company)."
            ),
        ),
    ] = None,
    output: OutputOption = None,
    output_format: Annotated[
        LetterFormat, typer.Option("--format", "-f", help="Letter format.")
    ] = LetterFormat.text,
    address_gaps: Annotated[
        bool,
        typer.Option(
            "--address-gaps",
            help="Also name the most important requirement you cannot show yet, as a plan.",
        ),
    ] = False,
    *,
    analyzer: Analyzer,
) -> None:
    """Draft a cover letter for JOB from the evidence in RESUME: your own resume lines for the
    strongest matches, in the first person; nothing invented, no gap named unless asked."""
    drafted = analyzer.letter(
        source(resume),
        source(job),
        applicant=name,
        company=company,
        title=title,
        template=template,
        address_gaps=address_gaps,
    )
    text = drafted.markdown if output_format is LetterFormat.markdown else drafted.text
    if output is not None:
        write_file(output, escape_controls(text))
    else:
        write_stdout(text)


@app.command()
@reads_documents()
def tips(
    resume: FileArg,
    job: JobArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    *,
    analyzer: Analyzer,
) -> None:
    """Suggest resume changes for JOB: the posting's exact terms, skills to show in experience,
    implied skills to name, and sections applicant tracking systems expect."""
    found = analyzer.tips(source(resume), source(job))
    if as_json:
        echo_json([tip.model_dump(mode="json") for tip in found])
        return
    _print_tips(found)


def _print_tips(found: tuple[Tip, ...]) -> None:
    out = console()
    if not found:
        out.print("No tips: the resume already uses the posting's terms.", markup=False)
        return
    from rich.table import Table

    # Number and message side by side, so wrapped lines hang under the message.
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(overflow="fold")
    for number, tip in enumerate(found, start=1):
        grid.add_row(f"{number}.", plain(tip.message))
    out.print(grid)
