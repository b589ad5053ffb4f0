"""Where the commands write: rich consoles for stdout and stderr, JSON, and files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import gapcheck

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["console", "echo_json", "print_warnings", "stderr_console", "write_file"]


def console() -> Console:
    """A console on standard output, without highlighting."""
    from rich.console import Console

    return Console(highlight=False)


def stderr_console() -> Console:
    """A console on standard error for errors and progress; long lines are not wrapped."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def print_warnings(source: str | None, warnings: tuple[str, ...]) -> None:
    """Each warning that changes what the analysis of a document means (hidden text, not
    English, characters replaced) as one "Warning: FILE: ..." line on standard error."""
    from gapcheck.documents import content_warnings

    shown = content_warnings(warnings)
    if shown:
        errors = stderr_console()
        for warning in shown:
            errors.print(f"Warning: {source or '<text>'}: {warning}", markup=False)


def echo_json(data: object) -> None:
    """Print ``data`` as indented JSON, non-ASCII characters as they are."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def write_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8; a failure is a one-line :class:`GapcheckError`."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise gapcheck.GapcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
