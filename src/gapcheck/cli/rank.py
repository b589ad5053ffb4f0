"""``gapcheck rank``: rank many resumes against a job, or many jobs for a resume."""

from __future__ import annotations

import csv
import fnmatch
import gc
import os
import re
import stat
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

import gapcheck
from gapcheck.cli.app import app
from gapcheck.cli.options import reads_documents
from gapcheck.cli.output import console, echo_json, plain, stderr_console
from gapcheck.escape import escape_controls, neutralise_formula

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from gapcheck.models import ProfileKind
    from gapcheck.ranking import RankedResult

__all__ = [
    "CSV_COLUMNS",
    "DOCUMENT_SUFFIXES",
    "FoundDocuments",
    "expand_paths",
    "find_documents",
    "rank",
]

# Files taken from a folder; anything else in it is left alone.
DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md", ".markdown", ".html", ".htm"})
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
@reads_documents(model=True)
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
        typer.Option("--resume", help="Rank the given job postings for this one resume instead."),
    ] = None,
    pattern: Annotated[
        str,
        typer.Option(
            "--glob",
            help="Take only the files of a folder whose names match this, e.g. '*.pdf'.",
        ),
    ] = "*",
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
    *,
    analyzer: gapcheck.Analyzer,
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
    found = find_documents(documents if resume is not None else documents[1:], pattern)
    if found.skipped and not quiet:
        stderr_console().print(found.skipped_line())
    ranking_jobs = resume is not None
    _collect_garbage_again(analyzer)
    items = _OfKind(found, "job" if ranking_jobs else "resume", analyzer)
    bar = _ProgressBar(enabled=not quiet and stderr_console().is_terminal)
    try:
        ranked_by = analyzer.rank_jobs if ranking_jobs else analyzer.rank
        results = ranked_by(Path(fixed), items, jobs=jobs, progress=items.progress(bar))
    finally:
        bar.close()
    items.finish(quiet=quiet)
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

    The files of :func:`find_documents`, without the count of what it skipped.
    """
    return find_documents(arguments).paths


@dataclass
class FoundDocuments:
    """The files to rank, and how many were skipped on the way: ``duplicates`` (a file or
    folder reached again, by a link or another path) and ``loops`` (a link to a folder that
    holds it, not followed)."""

    paths: list[Path] = field(default_factory=list)
    from_folders: set[Path] = field(default_factory=set)
    duplicates: int = 0
    loops: int = 0
    _seen: set[tuple[int, int]] = field(default_factory=set, repr=False)

    @property
    def skipped(self) -> int:
        return self.duplicates + self.loops

    def skipped_line(self) -> str:
        """'skipped 3 paths: 2 duplicates (...), 1 link loop (...)'."""
        parts = []
        if self.duplicates:
            parts.append(
                f"{self.duplicates} duplicate{'s' if self.duplicates > 1 else ''} "
                "(the same file or folder by a link or another path)"
            )
        if self.loops:
            parts.append(
                f"{self.loops} link loop{'s' if self.loops > 1 else ''} "
                "(a link to a folder that holds it, not followed)"
            )
        return f"skipped {self.skipped} path{'s' if self.skipped > 1 else ''}: " + ", ".join(parts)

    def add(self, paths: Sequence[Path]) -> None:
        """Take ``paths`` (in their order) but the files taken already; of several paths to one
        file, the one through the fewest links. A missing file is kept (the ranking reports it).
        """
        keys = {path: _identity(path) for path in paths}
        best: dict[tuple[int, int], Path] = {}
        for path in sorted(paths, key=_links_on_the_way):  # stable: ties keep their order
            key = keys[path]
            if key is not None and key not in self._seen:
                best.setdefault(key, path)
        for path in paths:
            key = keys[path]
            if key is None:
                if path in self.paths:
                    self.duplicates += 1
                else:
                    self.paths.append(path)
            elif best.get(key) is path and key not in self._seen:
                self._seen.add(key)
                self.paths.append(path)
            else:
                self.duplicates += 1


def find_documents(arguments: Sequence[str], pattern: str = "*") -> FoundDocuments:
    """Files named by ``arguments``: files as given, folders' documents, and glob matches.

    A folder gives its PDF, DOCX, text and Markdown files whose names match ``pattern`` (not
    hidden ones, not in subfolders);
    a glob such as ``'cvs/**/*.pdf'`` the files it matches, ``**`` reaching into subfolders
    and through links to folders, each folder once and never into a link loop. A glob that
    matches nothing and a missing file are kept, so the ranking reports them. Every real file
    appears once (a second path to it, by a link or not, is counted as a duplicate), in the
    order given (a folder's or glob's files sorted by name).
    """
    found = FoundDocuments()
    for argument in arguments:
        if argument == "-":
            raise typer.BadParameter("rank reads files, not standard input", param_hint="'-'")
        path = Path(argument)
        if path.is_dir():
            documents = _folder_documents(path, pattern)
            found.from_folders.update(documents)
            found.add(documents)
        elif not path.exists() and _GLOB_CHARS.intersection(argument):
            found.add(sorted(_glob(argument, found)) or [path])
        else:
            found.add([path])
    if not found.paths:
        raise typer.BadParameter(
            "no documents found (folders give their .pdf, .docx, .txt and .md files)"
        )
    return found


def _identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of the file or folder at ``path`` (links followed), if any."""
    try:
        found = path.stat()
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


def _links_on_the_way(path: Path) -> int:
    """How many of ``path`` and the folders above it are symbolic links."""
    return sum(1 for step in (path, *path.parents) if os.path.islink(step))


def _folder_documents(folder: Path, pattern: str = "*") -> list[Path]:
    return sorted(
        child
        for child in folder.iterdir()
        if child.suffix.lower() in DOCUMENT_SUFFIXES
        and not child.name.startswith((".", "~$"))
        and fnmatch.fnmatch(child.name, pattern)
        and child.is_file()
    )


# Files a folder of resumes often holds that are not resumes, by name (without the suffix).
_NOT_A_DOCUMENT = re.compile(
    r"(readme|notes?|license|licence|changelog|changes|todo|contributing|authors|copying|index)"
    r"([ ._-].*)?",
    re.IGNORECASE,
)
_KIND_NAMES = {"resume": "resume", "job": "job posting"}


class _OfKind:
    """The files to rank, given to the ranking as it asks for them: those taken from folders
    only when they read as a ``kind`` (a file named on the command line is always ranked).

    The check reads each file; made as the ranking goes, it overlaps the worker processes'
    work instead of coming before it. :meth:`finish` then says what was skipped.
    """

    def __init__(
        self, found: FoundDocuments, kind: ProfileKind, analyzer: gapcheck.Analyzer
    ) -> None:
        self._found = found
        self._kind = kind
        self._analyzer = analyzer
        self._kept = 0
        self._skipped: dict[str, list[str]] = {}

    def __iter__(self) -> Iterator[Path]:
        other = "job" if self._kind == "resume" else "resume"
        for path in self._found.paths:
            reason = None
            if path in self._found.from_folders:
                if _NOT_A_DOCUMENT.fullmatch(path.stem):
                    reason = f"not a {_KIND_NAMES[self._kind]}, by its name"
                else:
                    try:
                        if self._analyzer.kind_of(path) == other:
                            reason = f"reads as a {_KIND_NAMES[other]}"
                    except gapcheck.GapcheckError:
                        pass  # kept: the ranking reports why it cannot be read
            if reason is None:
                self._kept += 1
                yield path
            else:
                self._skipped.setdefault(reason, []).append(path.name)

    def progress(self, bar: _ProgressBar) -> Callable[[int, int | None], None]:
        """``bar`` told, while the total is not known, the files not skipped so far."""

        def report(done: int, total: int | None) -> None:
            skipped = sum(len(names) for names in self._skipped.values())
            bar(done, total if total is not None else len(self._found.paths) - skipped)

        return report

    def finish(self, *, quiet: bool) -> None:
        """Say on standard error what was skipped; a usage error if nothing was ranked."""
        if self._skipped and not quiet:
            count = sum(len(names) for names in self._skipped.values())
            parts = [f"{', '.join(names)} ({why})" for why, names in self._skipped.items()]
            line = f"skipped {count} file{'s' if count > 1 else ''} of the folders: "
            stderr_console().print(plain(line + "; ".join(parts)))
        if not self._kept:
            raise typer.BadParameter(f"no {_KIND_NAMES[self._kind]} to rank among the files given")


def _glob(pattern: str, found: FoundDocuments) -> Iterator[Path]:
    """The regular files matching ``pattern`` (``*``, ``?``, ``[...]`` in a name, ``**`` for
    any number of folders; hidden names only where the pattern starts them with a dot).

    A walk with its own stack: each folder is walked once for each part of the pattern, and
    a link back to a folder on the way there is a loop (counted in ``found.loops``).
    """
    parts = Path(pattern).parts
    literal = next((n for n, part in enumerate(parts) if _GLOB_CHARS.intersection(part)), 0)
    root = Path(*parts[:literal]) if literal else Path()
    root_id = _identity(root)
    if root_id is None:
        return
    walked: set[tuple[tuple[int, int], int]] = set()
    stack = [(root, literal, frozenset({root_id}))]
    while stack:
        folder, index, ancestors = stack.pop()
        if index == len(parts):
            continue
        part, last = parts[index], index == len(parts) - 1
        if part == "**":
            stack.append((folder, index + 1, ancestors))  # ** as no folder at all
        for entry in _entries(folder):
            path = folder / entry.name
            if part != "**":
                if not _name_matches(entry.name, part):
                    continue
                if last:
                    if _is_regular_file(entry):
                        yield path
                elif (key := _folder_identity(entry)) is not None:
                    stack.append((path, index + 1, ancestors | {key}))
                continue
            if entry.name.startswith("."):
                continue
            key = _folder_identity(entry)
            if key is None:
                if last and _is_regular_file(entry):
                    yield path  # a trailing ** matches the files of every folder
            elif key in ancestors:
                found.loops += 1
            elif (key, index) in walked:
                found.duplicates += 1
            else:
                walked.add((key, index))
                stack.append((path, index, ancestors | {key}))


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    """The entries of ``folder``, real ones before links (a folder reached both ways is
    walked by its real path), by name."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: (entry.is_symlink(), entry.name))
    except OSError:
        return []


def _name_matches(name: str, part: str) -> bool:
    if name.startswith(".") and not part.startswith("."):
        return False
    return fnmatch.fnmatch(name, part)


def _folder_identity(entry: os.DirEntry[str]) -> tuple[int, int] | None:
    """The (device, inode) of the folder ``entry`` is or links to; None if not a folder."""
    try:
        found = entry.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino) if stat.S_ISDIR(found.st_mode) else None


def _is_regular_file(entry: os.DirEntry[str]) -> bool:
    try:
        return stat.S_ISREG(entry.stat().st_mode)
    except OSError:
        return False


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
        title=plain(f"{kind.capitalize()} ranked {'for' if ranking_jobs else 'against'} {fixed}"),
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
        row = [Text(str(result.rank) if result.rank else "-"), plain(result.source)]
        if ranking_jobs:
            row.append(plain(result.job_title or ""))
        if result.error is None:
            row += [
                Text(f"{result.score:.1f}"),
                Text(f"{result.matched_required}/{result.required}"),
                Text(str(result.partial_required)),
                Text(str(result.missing_required)),
                plain(", ".join(result.top_gaps)),
            ]
        else:
            row += [Text("-"), Text(""), Text(""), Text(""), plain(result.error, style="red")]
        table.add_row(*row)
    out.print(table)
    summary = f"Ranked {ranked_count} of {ranked_count + len(failed)} {kind}"
    if len(shown) < ranked_count:
        summary += f"; showing the best {len(shown)}"
    out.print(summary + ".", markup=False, soft_wrap=True)
    if failed:
        _report_failures(out, failed)


def _report_failures(out: Console, failed: Sequence[RankedResult]) -> None:
    out.print(f"{len(failed)} could not be read:", soft_wrap=True)
    for result in failed:
        out.print(plain(f"  {result.source}: {result.error}"), soft_wrap=True)


def _write_csv(results: Sequence[RankedResult]) -> None:
    """The results as CSV; a text cell that a spreadsheet would run as a formula gets a ``'``
    in front (see :func:`~gapcheck.escape.neutralise_formula`), control characters escaped."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for result in results:
        values = result.model_dump(include=set(CSV_COLUMNS))
        values["top_gaps"] = "; ".join(result.top_gaps)
        writer.writerow([_csv_cell(values[column]) for column in CSV_COLUMNS])


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str):
        return escape_controls(neutralise_formula(value))
    return value
