"""The ``gapcheck`` command line: each command is one library call, then a renderer.

``gapcheck RESUME JOB`` is short for ``gapcheck analyze RESUME JOB``.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from gapcheck import __version__
from gapcheck.errors import GapcheckError
from gapcheck.limits import DEFAULT_LIMITS

# Typer may vendor its own copy of click: take click's base exception from Typer itself.
_CLICK_CONTROL_FLOW = (
    next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"),
    typer.Exit,
    typer.Abort,
)


class _DefaultCommandGroup(TyperGroup):
    """A group that runs ``analyze`` when the first argument is not a command name."""

    default_command = "analyze"
    _passthrough = frozenset({"--help", "-h", "--version"})

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in self._passthrough:
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: typer.Context) -> object:
        # Library errors become one line on stderr and exit code 1; never a traceback, and never
        # an exception's own text for unexpected errors (it could quote a resume).
        try:
            return super().invoke(ctx)
        except GapcheckError as exc:
            _fail(str(exc))
        except _CLICK_CONTROL_FLOW:
            raise
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except BrokenPipeError:
            # The reader went away (`gapcheck ... | head`): stop quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None
        except Exception as exc:
            if os.environ.get("GAPCHECK_DEBUG"):
                raise
            _fail(
                f"unexpected internal error ({type(exc).__name__}); "
                "set GAPCHECK_DEBUG=1 to see the traceback and please report it"
            )
        return None


app = typer.Typer(
    cls=_DefaultCommandGroup,
    help=(
        "Compare a resume with a job posting and report the skill gaps.\n\n"
        "Run `gapcheck RESUME JOB` (short for `gapcheck analyze RESUME JOB`)."
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 1) -> None:
    _stderr_console().print(f"Error: {message}", markup=False)
    raise typer.Exit(code)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"gapcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = False,
) -> None:
    """Compare a resume with a job posting and report the skill gaps."""
    _quiet_library_logs()


def _quiet_library_logs() -> None:
    """Keep pypdf's log records (they can quote a resume) off stderr: errors are one line."""
    import logging

    logger = logging.getLogger("pypdf")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())


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


def _limits(max_pages: int | None, max_size_mb: float | None, timeout: float | None):
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


def _time_limit(limits, documents, model: str | None, taxonomy):
    """A time limit on analysing ``documents``: the --timeout for each, the pipeline built first."""
    from gapcheck.limits import time_limit
    from gapcheck.pipeline import build_nlp

    build_nlp(taxonomy, model)  # building it is not analysing a document
    names = " and ".join(document.source for document in documents)
    return time_limit(limits.timeout_seconds * len(documents), names, "the analysis")


def _source(path: str) -> str | Path:
    return path if path == "-" else Path(path)


def _taxonomy(paths: list[Path] | None):
    from gapcheck.taxonomy import load_taxonomy

    return load_taxonomy(paths or ())


def _console():
    from rich.console import Console

    return Console(highlight=False)


def _echo_json(data: object) -> None:
    import json

    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


@app.command()
def text(
    file: FileArg,
    max_pages: MaxPagesOption = None,
    max_size_mb: MaxSizeOption = None,
    timeout: TimeoutOption = None,
) -> None:
    """Print the text gapcheck reads from a document (useful to check a PDF)."""
    from gapcheck.documents import read_document

    document = read_document(_source(file), limits=_limits(max_pages, max_size_mb, timeout))
    sys.stdout.write(document.text)
    if not document.text.endswith("\n"):
        sys.stdout.write("\n")


class ReportFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


@app.command()
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
    html_file: Annotated[
        Path | None,
        typer.Option("--html", help="Also write the report as a self-contained HTML file."),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            min=0,
            max=100,
            help="Exit with code 3 when the score is lower than this (for scripts).",
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", help="An installed trained spaCy pipeline to use (optional)."),
    ] = None,
    taxonomy: TaxonomyOption = None,
    max_pages: MaxPagesOption = None,
    max_size_mb: MaxSizeOption = None,
    timeout: TimeoutOption = None,
) -> None:
    """Compare RESUME with JOB (or a --role) and report the match, the gaps and the evidence."""
    from gapcheck.analyzer import analyze as run_analysis
    from gapcheck.documents import read_document

    if (job is None) == (role is None):
        raise typer.BadParameter("give a JOB file or --role NAME (one of the two)")
    limits = _limits(max_pages, max_size_mb, timeout)
    loaded = _taxonomy(taxonomy)
    resume_document = read_document(_source(resume), limits=limits)
    job_document = read_document(_source(job), limits=limits) if job is not None else None
    documents = [d for d in (resume_document, job_document) if d is not None]
    with _time_limit(limits, documents, model, loaded):
        report = run_analysis(
            resume_document, job_document, role=role, taxonomy=loaded, model=model
        )
    if html_file is not None:
        from gapcheck.render import render_html

        _write_output(html_file, render_html(report))
    chosen = ReportFormat.json if as_json else output_format
    if chosen is ReportFormat.text:
        from gapcheck.render import render_text

        render_text(report, _console())
    else:
        from gapcheck import render

        renderer = {
            ReportFormat.markdown: render.render_markdown,
            ReportFormat.json: render.render_json,
            ReportFormat.html: render.render_html,
        }[chosen]
        text = renderer(report)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if fail_under is not None and report.score < fail_under:
        raise typer.Exit(3)


def _write_output(path: Path, text: str) -> None:
    from gapcheck.errors import GapcheckError

    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise GapcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None


@app.command()
def roles(
    as_json: JsonOption = False,
    taxonomy: TaxonomyOption = None,
) -> None:
    """List the role profiles you can compare a resume against with --role."""
    loaded = _taxonomy(taxonomy)
    if as_json:
        _echo_json([r.model_dump(mode="json", exclude_none=True) for r in loaded.roles.values()])
        return
    console = _console()
    for role_profile in sorted(loaded.roles.values(), key=lambda r: r.id):
        required = sum(1 for r in role_profile.requirement if r.importance == "required")
        console.print(
            f"{role_profile.id:28} {role_profile.name} "
            f"({required} required, {len(role_profile.requirement) - required} preferred)",
            markup=False,
        )


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report (`gapcheck RESUME JOB --json`)."""
    from gapcheck.render import report_schema

    sys.stdout.write(report_schema())


@app.command()
def extract(
    file: FileArg,
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            "-k",
            help="resume, job, or auto (tell from the text).",
        ),
    ] = "auto",
    as_json: JsonOption = False,
    taxonomy: TaxonomyOption = None,
    max_pages: MaxPagesOption = None,
    max_size_mb: MaxSizeOption = None,
    timeout: TimeoutOption = None,
) -> None:
    """List the skills found in FILE, with their evidence (a resume) or importance (a job)."""
    from gapcheck.documents import read_document
    from gapcheck.extract import SkillExtractor

    if kind not in ("resume", "job", "auto"):
        raise typer.BadParameter("must be resume, job or auto", param_hint="--kind")
    limits = _limits(max_pages, max_size_mb, timeout)
    loaded = _taxonomy(taxonomy)
    document = read_document(_source(file), limits=limits)
    with _time_limit(limits, [document], None, loaded):
        profile = SkillExtractor(loaded).extract(document, kind=kind)
    if as_json:
        sys.stdout.write(profile.model_dump_json(indent=2) + "\n")
        return
    from rich.table import Table

    table = Table(title=f"{profile.kind}: {profile.source}", title_justify="left")
    table.add_column("skill")
    table.add_column("category")
    if profile.kind == "job":
        table.add_column("importance")
        table.add_column("years")
    else:
        table.add_column("evidence")
        table.add_column("years")
    table.add_column("mentions", overflow="fold")
    for skill in profile.skills:
        lines = ", ".join(
            f"{m.section}:{m.line}" + (f" (fuzzy {m.score:g})" if m.method == "fuzzy" else "")
            for m in skill.mentions[:4]
        )
        if len(skill.mentions) > 4:
            lines += f", +{len(skill.mentions) - 4}"
        if profile.kind == "job":
            first = skill.importance or "not a requirement"
            years = f"{skill.min_years:g}+" if skill.min_years else ""
        else:
            first = skill.evidence or ""
            years = f"{skill.years:g}" if skill.years else ""
        table.add_row(skill.name, skill.category, first, years, lines)
    console = _console()
    console.print(table)
    for certification in profile.certifications:
        asked = f" ({certification.importance})" if certification.importance else ""
        console.print(f"certification: {certification.name}{asked}", markup=False)
    for group in profile.groups:
        console.print(f"either/or ({group.importance}): {' | '.join(group.skills)}", markup=False)
    for degree in profile.education:
        console.print(
            f"degree: {degree.level or 'any'} in {', '.join(degree.fields) or 'any field'}"
            + (f" ({degree.importance})" if degree.importance else ""),
            markup=False,
        )


taxonomy_app = typer.Typer(help="Inspect and validate the skills taxonomy.", no_args_is_help=True)
app.add_typer(taxonomy_app, name="taxonomy")


def _skill_json(skill) -> dict[str, object]:
    return skill.model_dump(mode="json", exclude_none=True)


@taxonomy_app.command("validate")
def taxonomy_validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="User taxonomy files or folders to check (merged over the shipped)."),
    ] = None,
) -> None:
    """Check the shipped taxonomy and any user files; exit 1 with the first error."""
    taxonomy = _taxonomy(paths)
    aliases = sum(len(s.aliases) for s in taxonomy)
    forms = sum(len(s.sense.forms) for s in taxonomy if s.sense)
    _console().print(
        f"OK: {len(taxonomy)} skills, {aliases} aliases, {forms} word-sense forms, "
        f"{len(taxonomy.categories)} categories, {len(taxonomy.roles)} role profiles",
        markup=False,
    )


@taxonomy_app.command("list")
def taxonomy_list(
    category: Annotated[
        str | None, typer.Option("--category", "-c", help="Only this category id.")
    ] = None,
    as_json: JsonOption = False,
    taxonomy: TaxonomyOption = None,
) -> None:
    """List the skills (optionally of one category)."""
    loaded = _taxonomy(taxonomy)
    if category is not None and category not in loaded.categories:
        known = ", ".join(loaded.categories)
        raise typer.BadParameter(f"unknown category {category!r} (known: {known})")
    skills = [s for s in loaded if category is None or s.category == category]
    if as_json:
        _echo_json([_skill_json(s) for s in skills])
        return
    from rich.table import Table

    table = Table(title=f"{len(skills)} skills", title_justify="left")
    for column in ("id", "name", "category", "kind", "aliases"):
        table.add_column(column, overflow="fold")
    for skill in skills:
        table.add_row(skill.id, skill.name, skill.category, skill.kind, ", ".join(skill.aliases))
    _console().print(table)


@taxonomy_app.command("show")
def taxonomy_show(
    skill: Annotated[str, typer.Argument(help="A skill id, name or alias.")],
    as_json: JsonOption = False,
    taxonomy: TaxonomyOption = None,
) -> None:
    """Show one skill: aliases, word-sense data, relations and provenance."""
    from gapcheck.errors import UnknownSkill

    loaded = _taxonomy(taxonomy)
    found = loaded.get(skill) or loaded.resolve(skill)
    if found is None:
        hints = ", ".join(s.id for s, _ in loaded.search(skill, limit=3))
        raise UnknownSkill(f"no skill {skill!r}" + (f" (did you mean: {hints}?)" if hints else ""))
    if as_json:
        _echo_json(_skill_json(found))
        return
    console = _console()
    rows = [
        ("id", found.id),
        ("name", found.name),
        ("category", found.category + (f" / {found.subcategory}" if found.subcategory else "")),
        ("kind", found.kind),
        ("aliases", ", ".join(found.aliases)),
        ("broader", " > ".join(loaded.ancestors(found.id))),
        ("narrower", ", ".join(loaded.narrower(found.id))),
        ("implies", ", ".join(loaded.implied_by(found.id))),
        ("related", ", ".join(loaded.related_to(found.id))),
        ("sources", ", ".join(found.sources)),
    ]
    if found.sense:
        sense = found.sense
        rows.insert(
            5,
            (
                "ambiguous forms",
                ", ".join(sense.forms) + (" (exact case)" if sense.case_sensitive else ""),
            ),
        )
        rows.insert(6, ("confirmed by", ", ".join(sense.confirm)))
        rows.insert(7, ("rejected after", ", ".join(sense.reject_before)))
        rows.insert(8, ("rejected before", ", ".join(sense.reject_after)))
    for label, value in rows:
        if value:
            console.print(f"{label:>16}  {value}", markup=False)


@taxonomy_app.command("search")
def taxonomy_search(
    text_query: Annotated[str, typer.Argument(metavar="TEXT", help="What to look for.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many results.")] = 10,
    as_json: JsonOption = False,
    taxonomy: TaxonomyOption = None,
) -> None:
    """Find skills whose names or aliases resemble TEXT (fuzzy)."""
    results = _taxonomy(taxonomy).search(text_query, limit=limit)
    if as_json:
        _echo_json([{**_skill_json(s), "score": round(score, 1)} for s, score in results])
        return
    console = _console()
    if not results:
        console.print("no match", markup=False)
    for skill, score in results:
        console.print(f"{score:5.1f}  {skill.id:32} {skill.name} ({skill.category})", markup=False)


def main() -> None:
    """Entry point of the ``gapcheck`` console script."""
    app()


from gapcheck import cli_rank  # noqa: E402, F401  (registers the rank command)

# isort: split
from gapcheck import cli_tailor  # noqa: E402, F401  (registers the letter and tips commands)
