"""The ``gapcheck`` command line: each command is one library call, then a renderer.

``gapcheck RESUME JOB`` is short for ``gapcheck analyze RESUME JOB``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from gapcheck import __version__
from gapcheck.errors import GapcheckError

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


FileArg = Annotated[
    str, typer.Argument(help="A PDF, DOCX, text or Markdown file, or '-' for standard input.")
]


@app.command()
def text(file: FileArg) -> None:
    """Print the text gapcheck reads from a document (useful to check a PDF)."""
    from gapcheck.documents import read_document

    document = read_document(file if file == "-" else Path(file))
    sys.stdout.write(document.text)
    if not document.text.endswith("\n"):
        sys.stdout.write("\n")


@app.command()
def analyze(
    resume: FileArg,
    job: Annotated[str, typer.Argument(help="The job posting (PDF, DOCX, text or Markdown).")],
) -> None:
    """Compare RESUME with JOB and report the gaps."""
    from rich.console import Console

    from gapcheck.documents import read_document

    console = Console(highlight=False)
    documents = [read_document(Path(p) if p != "-" else p) for p in (resume, job)]
    console.print("[bold]Documents read[/] (skill analysis is not part of this version yet)")
    for role, document in zip(("resume", "job"), documents, strict=True):
        pages = f", {document.pages} page(s)" if document.pages else ""
        console.print(
            f"{role}: {document.source} ({document.format}{pages}, "
            f"{len(document.text.split())} words)",
            markup=False,
        )


def main() -> None:
    """Entry point of the ``gapcheck`` console script."""
    app()
