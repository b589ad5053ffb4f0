"""``gapcheck rank``: rank many resumes against a job, or many jobs for a resume."""

from __future__ import annotations

import csv
import gc
import glob
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

import gapcheck
from gapcheck.cli.app import app
from gapcheck.cli.options import ModelOption, TaxonomyOption, analyzer_from
from gapcheck.cli.output import console, echo_json, stderr_console

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from gapcheck.ranking import RankedResult

__all__ = ["CSV_COLUMNS", "DOCUMENT_SUFFIXES", "expand_paths", "rank"]

# Files taken from a folder; anything else in it is left alone.
DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md", ".markdown"})
# The progress bar appears only once a run has taken this long.
PROGRESS_DELAY_SECONDS = 1.0
_GLOB_CHARS = frozenset("*?[")
CSV_COLUMNS = (
    "rank",
    "source",
    "score",
    "job_title",
    "required",
    "matched_required",
    "partial_required",
    "missing_required",
    "top_gaps",
    "error",
)


@app.command()
def rank(
    documents: Annotated[
        list[str],
        typer.Argument(
            metavar="FILES",
            help=(
                "The job posting, then the resumes to rank (files, folders or quoted globs "
                "such as 'cvs/*.pdf'); with --resume, the job postings to rank."
            ),
            show_default=False,
        ),
    ],
    resume: Annotated[
        str | None,
        typer.Option(
            "--resume", "-r", help="Rank the given job postings for this one resume instead."
        ),
    ] = None,
    top: Annotated[
        int | None, typer.Option("--top", "-n", min=1, help="Show only the N best matches.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help=(
                "Worker processes (default: one per CPU; a few documents are ranked in this "
                "process). The results are the same for any number."
            ),
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar on standard error.")
    ] = False,
    model: ModelOption = None,
    taxonomy: TaxonomyOption = None,
) -> None:
    """Rank resumes against a job (`gapcheck rank JOB RESUME...`), or jobs for a resume
    (`gapcheck rank --resume RESUME JOB...`), best match first.

    A file that cannot be read is listed with its reason and does not stop the run.
    """
    if as_json and as_csv:
        raise typer.BadParameter("give --json or --csv, not both", param_hint="--json")
    if resume is None and len(documents) < 2:
        raise typer.BadParameter(
            "give the job posting and at least one resume (or --resume RESUME JOB...)",
            param_hint="FILES",
        )
    fixed = resume if resume is not None else documents[0]
    if fixed == "-":
        raise typer.BadParameter("rank reads files, not standard input", param_hint="'-'")
    items = expand_paths(documents if resume is not None else documents[1:])
    ranking_jobs = resume is not None
    analyzer = analyzer_from(taxonomy, model=model)
    _collect_garbage_again(analyzer)
    bar = _ProgressBar(enabled=not quiet and stderr_console().is_terminal)
    try:
        ranked_by = analyzer.rank_jobs if ranking_jobs else analyzer.rank
        results = ranked_by(Path(fixed), items, jobs=jobs, progress=bar)
    finally:
        bar.close()
    _print_results(results, fixed, ranking_jobs, top, as_json, as_csv, quiet)


def _collect_garbage_again(analyzer: gapcheck.Analyzer) -> None:
    """Turn the garbage collector back on if the command line turned it off (see
    :func:`gapcheck.cli.main`): many documents make garbage, spaCy's Docs hold reference
    cycles. The pipeline, built first, lives as long as the process: it is left out."""
    if not gc.isenabled():
        analyzer.warm_up()
        gc.freeze()
        gc.enable()


def expand_paths(arguments: Sequence[str]) -> list[Path]:
    """Files named by ``arguments``: files as given, folders' documents, and glob matches.

    A folder gives its PDF, DOCX, text and Markdown files (not hidden ones, not in subfolders);
    a glob that matches nothing and a missing file are kept, so the ranking reports them.
    Every file appears once, in the order given (a folder's or glob's files sorted by name).
    """
    found: list[Path] = []
    for argument in arguments:
        if argument == "-":
            raise typer.BadParameter("rank reads files, not standard input", param_hint="'-'")
        path = Path(argument)
        if path.is_dir():
            found.extend(_folder_documents(path))
        elif not path.exists() and _GLOB_CHARS.intersection(argument):
            matches = sorted(Path(m) for m in glob.glob(argument, recursive=True))
            found.extend([m for m in matches if m.is_file()] or [path])
        else:
            found.append(path)
    unique = list(dict.fromkeys(found))
    if not unique:
        raise typer.BadParameter(
            "no documents found (folders give their .pdf, .docx, .txt and .md files)"
        )
    return unique


def _folder_documents(folder: Path) -> list[Path]:
    return sorted(
        child
        for child in folder.iterdir()
        if child.suffix.lower() in DOCUMENT_SUFFIXES
        and not child.name.startswith((".", "~$"))
        and child.is_file()
    )


class _ProgressBar:
    """A rich progress bar on stderr, shown once a run has lasted a moment.

    It refreshes only when called (no refresh thread), so worker processes are never forked
    while a thread of ours is running.
    """

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.monotonic()
        self._bar: tuple[Progress, TaskID] | None = None

    def __call__(self, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            finished = total is not None and done >= total
            if finished or time.monotonic() - self.started < PROGRESS_DELAY_SECONDS:
                return
            self._bar = self._start(done, total)
        progress, task = self._bar
        progress.update(task, completed=done, total=total, refresh=True)

    @staticmethod
    def _start(done: int, total: int | None) -> tuple[Progress, TaskID]:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        progress = Progress(
            TextColumn("ranking"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=stderr_console(),
            auto_refresh=False,
            transient=True,
        )
        task = progress.add_task("ranking", total=total, completed=done)
        progress.start()
        return progress, task

    def close(self) -> None:
        if self._bar is not None:
            self._bar[0].stop()
            self._bar = None


def _print_results(
    results: Sequence[RankedResult],
    fixed: str,
    ranking_jobs: bool,
    top: int | None,
    as_json: bool,
    as_csv: bool,
    quiet: bool,
) -> None:
    """The ranking as JSON, CSV or a table; failures on stderr; an error if none was read."""
    ranked = [r for r in results if r.error is None]
    failed = [r for r in results if r.error is not None]
    shown = ranked[:top] if top is not None else ranked
    if as_json:
        echo_json(
            {
                "job": None if ranking_jobs else fixed,
                "resume": fixed if ranking_jobs else None,
                "ranked": len(ranked),
                "failed": len(failed),
                "results": [r.model_dump(mode="json") for r in [*shown, *failed]],
            }
        )
    elif as_csv:
        _write_csv([*shown, *failed])
    else:
        _print_table(shown, failed, fixed, ranking_jobs, len(ranked))
    if (as_json or as_csv) and failed and not quiet:
        _report_failures(stderr_console(), failed)
    if not ranked:
        kind = "job postings" if ranking_jobs else "resumes"
        raise gapcheck.GapcheckError(f"none of the {len(failed)} {kind} could be read")


def _print_table(
    shown: Sequence[RankedResult],
    failed: Sequence[RankedResult],
    fixed: str,
    ranking_jobs: bool,
    ranked_count: int,
) -> None:
    from rich.table import Table
    from rich.text import Text

    out = console()
    kind = "job postings" if ranking_jobs else "resumes"
    table = Table(
        title=f"{kind.capitalize()} ranked {'for' if ranking_jobs else 'against'} {fixed}",
        title_justify="left",
        caption="met / partial / missing: the job's required skills and degree",
        caption_justify="left",
    )
    table.add_column("rank", justify="right")
    table.add_column("file", overflow="fold")
    if ranking_jobs:
        table.add_column("title", overflow="fold")
    table.add_column("score", justify="right")
    table.add_column("met", justify="right")
    table.add_column("partial", justify="right")
    table.add_column("missing", justify="right")
    table.add_column("top gaps", overflow="fold")
    for result in [*shown, *failed]:
        row = [Text(str(result.rank) if result.rank else "-"), Text(result.source)]
        if ranking_jobs:
            row.append(Text(result.job_title or ""))
        if result.error is None:
            row += [
                Text(f"{result.score:.1f}"),
                Text(f"{result.matched_required}/{result.required}"),
                Text(str(result.partial_required)),
                Text(str(result.missing_required)),
                Text(", ".join(result.top_gaps)),
            ]
        else:
            row += [Text("-"), Text(""), Text(""), Text(""), Text(result.error, style="red")]
        table.add_row(*row)
    out.print(table)
    summary = f"Ranked {ranked_count} of {ranked_count + len(failed)} {kind}"
    if len(shown) < ranked_count:
        summary += f"; showing the best {len(shown)}"
    out.print(summary + ".", markup=False, soft_wrap=True)
    if failed:
        _report_failures(out, failed)


def _report_failures(out: Console, failed: Sequence[RankedResult]) -> None:
    out.print(f"{len(failed)} could not be read:", markup=False, soft_wrap=True)
    for result in failed:
        out.print(f"  {result.source}: {result.error}", markup=False, soft_wrap=True)


def _write_csv(results: Sequence[RankedResult]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for result in results:
        values = result.model_dump(include=set(CSV_COLUMNS))
        values["top_gaps"] = "; ".join(result.top_gaps)
        writer.writerow(["" if values[c] is None else values[c] for c in CSV_COLUMNS])
