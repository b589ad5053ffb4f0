"""Arguments and options shared by the commands, and the Analyzer they make."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

import gapcheck
from gapcheck.limits import DEFAULT_LIMITS

if TYPE_CHECKING:
    from gapcheck import Analyzer, Limits, Taxonomy

__all__ = [
    "FileArg",
    "JsonOption",
    "MaxPagesOption",
    "MaxSizeOption",
    "ModelOption",
    "NoTaggerOption",
    "TaxonomyOption",
    "TimeoutOption",
    "analyzer_from",
    "limits_from",
    "source",
    "taxonomy_from",
]

FileArg = Annotated[
    str, typer.Argument(help="A PDF, DOCX, text or Markdown file, or '-' for standard input.")
]
TaxonomyOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--taxonomy",
        "-t",
        help="A user taxonomy file or folder merged over the shipped one (repeatable).",
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="An installed trained spaCy pipeline to use (optional)."),
]
NoTaggerOption = Annotated[
    bool,
    typer.Option(
        "--no-tagger",
        help="Rules only: leave out the trained skill tagger (it adds skills to job postings).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
MaxPagesOption = Annotated[
    int | None,
    typer.Option(
        "--max-pages",
        min=1,
        help=f"Refuse a PDF with more pages than this [default: {DEFAULT_LIMITS.max_pages}].",
    ),
]
MaxSizeOption = Annotated[
    float | None,
    typer.Option(
        "--max-size-mb",
        help=(
            "Refuse a file larger than this many megabytes "
            f"[default: {DEFAULT_LIMITS.max_bytes / 1_000_000:g}]."
        ),
    ),
]
TimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        help=(
            "Give up on a document after this many seconds of reading, and as many of "
            f"analysis [default: {DEFAULT_LIMITS.timeout_seconds:g}]."
        ),
    ),
]


def limits_from(max_pages: int | None, max_size_mb: float | None, timeout: float | None) -> Limits:
    """The default limits with the options given on the command line."""
    for value, name in ((max_size_mb, "--max-size-mb"), (timeout, "--timeout")):
        if value is not None and not value > 0:
            raise typer.BadParameter("must be greater than 0", param_hint=name)
    changes = {
        "max_pages": max_pages,
        "max_bytes": None if max_size_mb is None else max(1, round(max_size_mb * 1_000_000)),
        "timeout_seconds": timeout,
    }
    return DEFAULT_LIMITS.model_copy(
        update={name: value for name, value in changes.items() if value is not None}
    )


def analyzer_from(
    taxonomy: list[Path] | None,
    *,
    model: str | None = None,
    limits: Limits | None = None,
    no_tagger: bool = False,
) -> Analyzer:
    """The Analyzer of a command's ``--taxonomy``, ``--model``, ``--no-tagger`` and limit
    options."""
    return gapcheck.Analyzer(taxonomy or None, model=model, limits=limits, tagger=not no_tagger)


def taxonomy_from(paths: list[Path] | None) -> Taxonomy:
    """The taxonomy of ``--taxonomy`` (the shipped one merged with the user files)."""
    return analyzer_from(paths).taxonomy


def source(path: str) -> str | Path:
    """A file argument as :meth:`gapcheck.Analyzer.read` takes it: ``-`` stays standard input."""
    return path if path == "-" else Path(path)
