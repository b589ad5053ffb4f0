"""Arguments and options shared by the commands, and the Analyzer they make."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

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
    "OutputOption",
    "TaxonomyOption",
    "TimeoutOption",
    "analyzer_from",
    "limits_from",
    "reads_documents",
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
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file ('-': standard output)."),
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


_SHARED_OPTIONS: tuple[tuple[str, object, object], ...] = (
    ("model", ModelOption, None),
    ("no_tagger", NoTaggerOption, False),
    ("taxonomy", TaxonomyOption, None),
    ("max_pages", MaxPagesOption, None),
    ("max_size_mb", MaxSizeOption, None),
    ("timeout", TimeoutOption, None),
)
_SKILL_OPTIONS = frozenset({"model", "no_tagger", "taxonomy"})


def reads_documents(
    *, model: bool = False, skills: bool = True
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the options of every command that reads documents, and the Analyzer
    they make, as its keyword parameter ``analyzer``.

    The options come after the command's own: ``--model`` (with ``model=True``),
    ``--no-tagger`` and ``--taxonomy`` (unless ``skills=False``: the command reads text and
    finds no skills), then ``--max-pages``, ``--max-size-mb`` and ``--timeout``::

        @app.command()
        @reads_documents()
        def tips(resume: FileArg, job: JobArg, *, analyzer: Analyzer) -> None: ...

    typer reads a command's options from its signature, so the decorated command shows the
    shared options in its signature in place of ``analyzer``.
    """
    names = [
        name
        for name, _, _ in _SHARED_OPTIONS
        if (model or name != "model") and (skills or name not in _SKILL_OPTIONS)
    ]
    shared = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
        for name, kind, default in _SHARED_OPTIONS
        if name in names
    ]

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        own = [
            parameter
            for parameter in inspect.signature(command, eval_str=True).parameters.values()
            if parameter.name != "analyzer"
        ]

        @functools.wraps(command)
        def run(**values: Any) -> None:
            options = {name: values.pop(name) for name in names}
            limits = limits_from(options["max_pages"], options["max_size_mb"], options["timeout"])
            analyzer = analyzer_from(
                options.get("taxonomy"),
                model=options.get("model"),
                limits=limits,
                no_tagger=options.get("no_tagger", False),
            )
            command(**values, analyzer=analyzer)

        parameters = [*own, *shared]
        run.__signature__ = inspect.Signature(parameters, return_annotation=None)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        return run

    return decorate


def taxonomy_from(paths: list[Path] | None) -> Taxonomy:
    """The taxonomy of ``--taxonomy`` (the shipped one merged with the user files)."""
    return analyzer_from(paths).taxonomy


def source(path: str) -> str | Path:
    """A file argument as :meth:`gapcheck.Analyzer.read` takes it: ``-`` stays standard input."""
    return path if path == "-" else Path(path)
