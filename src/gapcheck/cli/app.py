"""The ``gapcheck`` typer app: the root command, ``--version``, and errors as one line.

``gapcheck RESUME JOB`` is short for ``gapcheck analyze RESUME JOB``. The command modules of
this package register their commands on :data:`app`; this module imports none of them.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

import gapcheck
from gapcheck.cli.output import (
    StdoutError,
    discard_stdout,
    guarded_stdout,
    stderr_console,
)
from gapcheck.escape import escape_controls

if TYPE_CHECKING:
    # Typer vendors its own click: this Context is the one TyperGroup's methods take.
    from typer._click import Context as ClickContext

__all__ = ["app"]

# Typer may vendor its own copy of click: take click's base exception from Typer itself.
_CLICK_EXCEPTION: type[Exception] = next(
    c
    for c in typer.BadParameter.__mro__
    if c.__name__ == "ClickException" and issubclass(c, Exception)
)
_CLICK_CONTROL_FLOW: tuple[type[BaseException], ...] = (_CLICK_EXCEPTION, typer.Exit, typer.Abort)


class _DefaultCommandGroup(TyperGroup):
    """A group that runs ``analyze`` when the first argument is not a command name."""

    default_command = "analyze"
    _passthrough = frozenset({"--help", "-h", "--version"})

    def get_command(self, ctx: ClickContext, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _plain_types(command, ctx)
        return command

    def format_help(self, ctx: ClickContext, formatter: Any) -> None:
        _plain_types(self, ctx)
        super().format_help(ctx, formatter)

    def parse_args(self, ctx: ClickContext, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in self._passthrough:
            args = [self.default_command, *args]
        try:
            return super().parse_args(ctx, args)
        except _CLICK_EXCEPTION as exc:
            _escape_message(exc)
            raise

    def invoke(self, ctx: ClickContext) -> Any:
        # Library errors become one line on stderr and exit code 1; never a traceback, and never
        # an exception's own text for unexpected errors (it could quote a resume).
        stdout, original_stdout = guarded_stdout()
        try:
            result = super().invoke(ctx)
            stdout.flush()  # a full disk or a closed pipe is reported here, not at exit
            return result
        except StdoutError as exc:
            discard_stdout(original_stdout)
            _fail(str(exc))
        except gapcheck.GapcheckError as exc:
            _fail(str(exc))
        except _CLICK_CONTROL_FLOW as exc:
            _escape_message(exc)
            raise
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except BrokenPipeError:
            # The reader went away (`gapcheck ... | head`): stop quietly, with success.
            discard_stdout(original_stdout)
            raise typer.Exit(0) from None
        except Exception as exc:
            if os.environ.get("GAPCHECK_DEBUG"):
                raise
            _fail(
                f"unexpected internal error ({type(exc).__name__}); "
                "set GAPCHECK_DEBUG=1 to see the traceback and please report it"
            )
        finally:
            sys.stdout = original_stdout


# Typer shows each option's Python type (`<bool>`, `<list[Path]>`); help shows plain words.
_PLAIN_TYPES = {
    "bool": "",
    "str": "TEXT",
    "int": "INTEGER",
    "int range": "INTEGER",
    "float": "NUMBER",
    "float range": "NUMBER",
    "path": "PATH",
    "file": "FILE",
    "directory": "FOLDER",
    "list[Path]": "PATH",
    "list[str]": "TEXT",
}


def _shown(plain: str, ctx: ClickContext) -> str:
    return plain


def _plain_types(command: Any, ctx: ClickContext) -> None:
    """Give every parameter of ``command`` (and of its subcommands) a plain metavar."""
    get_help_option = getattr(command, "get_help_option", None)
    help_option = get_help_option(ctx) if get_help_option is not None else None
    for param in [*getattr(command, "params", ()), help_option]:
        if param is None or not hasattr(param, "display_type"):
            continue
        shown = param.display_type(ctx).strip("<>")
        if getattr(param, "is_flag", False):
            shown = "bool"
        plain = _PLAIN_TYPES.get(shown, shown if "|" in shown else shown.upper())
        if plain and param.nargs != 1:
            plain += "..."
        # The help's type column; the metavar (the usage line, error messages) stays.
        param.display_type_rich = functools.partial(_shown, plain)
    for subcommand in getattr(command, "commands", {}).values():
        _plain_types(subcommand, ctx)


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


def _fail(message: str, code: int = 1) -> NoReturn:
    # The message names files, whose names can hold escape sequences.
    stderr_console().print(f"Error: {escape_controls(message)}", markup=False)
    raise typer.Exit(code)


def _escape_message(exc: BaseException) -> None:
    """Escape the control characters of a usage error's message (it may quote an argument)."""
    message = getattr(exc, "message", None)
    if isinstance(message, str):
        exc.message = escape_controls(message)  # type: ignore[attr-defined]


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"gapcheck {gapcheck.__version__}")
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
    logger = logging.getLogger("pypdf")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())
