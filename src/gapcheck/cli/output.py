"""Where the commands write: rich consoles for stdout and stderr, JSON, and files.

Untrusted text (document lines, file names, taxonomy names) is shown through :func:`plain`
or :func:`~gapcheck.escape.escape_controls`; the consoles parse no markup and no emoji codes,
so a name such as ``[/]`` or ``:warning:`` is printed as it is. Files are replaced atomically.
"""

from __future__ import annotations

import functools
import json
import os
import secrets
import stat
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import gapcheck
from gapcheck.escape import escape_controls, escape_controls_json

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

__all__ = [
    "StdoutError",
    "console",
    "discard_stdout",
    "echo_json",
    "guarded_stdout",
    "plain",
    "print_warnings",
    "stderr_console",
    "write_file",
    "write_stdout",
]

STDOUT_NAME = "standard output"


class StdoutError(gapcheck.GapcheckError):
    """Standard output cannot be written (a full disk, a file-size limit, an I/O error)."""


@functools.cache
def _console_class() -> type[Console]:
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit with code 1; the command line stops quietly with 0 instead.
            raise BrokenPipeError

    return _Console


def _console(**options: Any) -> Console:
    return _console_class()(highlight=False, markup=False, emoji=False, **options)


def console() -> Console:
    """A console on standard output: no highlighting, no markup, no emoji codes."""
    return _console()


def stderr_console() -> Console:
    """A console on standard error for errors and progress; long lines are not wrapped."""
    return _console(stderr=True, soft_wrap=True)


def plain(text: str, style: str = "") -> Text:
    """Untrusted ``text`` as a rich ``Text``: never markup, its control characters escaped."""
    from rich.text import Text

    return Text(escape_controls(text), style=style)


def print_warnings(source: str | None, warnings: tuple[str, ...]) -> None:
    """Each warning that changes what the analysis of a document means (hidden text, not
    English, characters replaced) as one "Warning: FILE: ..." line on standard error."""
    from gapcheck.documents import content_warnings

    shown = content_warnings(warnings)
    if shown:
        errors = stderr_console()
        for warning in shown:
            line = f"Warning: {source or '<text>'}: {warning}"
            errors.print(escape_controls(line), markup=False)


def echo_json(data: object) -> None:
    """Print ``data`` as indented JSON, non-ASCII characters as they are (but see
    :func:`~gapcheck.escape.escape_controls_json`)."""
    write_stdout(escape_controls_json(json.dumps(data, indent=2, ensure_ascii=False)) + "\n")


def write_stdout(text: str) -> None:
    """Write untrusted ``text`` to standard output, its control characters escaped."""
    sys.stdout.write(escape_controls(text))


# ------------------------------------------------------------------------------ files


def write_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, or to standard output when ``path`` is ``-``.

    The text goes to a temporary file in the same folder, flushed to disk, then renamed over
    ``path``: a full disk or a file-size limit leaves an existing file as it was. An existing
    file keeps its permissions (a link, its target); anything but a regular file (a folder, a
    FIFO, a device) is refused. A failure is a one-line :class:`GapcheckError` naming ``path``.
    """
    if str(path) == "-":
        write_stdout(text)
        return
    try:
        target = Path(os.path.realpath(path)) if path.is_symlink() else path
        mode = _existing_mode(target)
        _replace(target, text.encode("utf-8"), mode)
    except _NotRegular as exc:
        raise gapcheck.GapcheckError(f"{path}: cannot write: {exc}") from None
    except OSError as exc:
        raise gapcheck.GapcheckError(f"{path}: cannot write: {exc.strerror or exc}") from None


class _NotRegular(Exception):
    """The output path exists and is not a regular file."""


_KINDS = (
    (stat.S_ISDIR, "it is a folder"),
    (stat.S_ISFIFO, "it is a named pipe (FIFO)"),
    (stat.S_ISCHR, "it is a device"),
    (stat.S_ISBLK, "it is a device"),
    (stat.S_ISSOCK, "it is a socket"),
)


def _existing_mode(target: Path) -> int | None:
    """The permission bits of the regular file at ``target``; None when there is none."""
    try:
        found = os.stat(target)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(found.st_mode):
        kind = next((name for test, name in _KINDS if test(found.st_mode)), "it is special")
        raise _NotRegular(f"{kind}, not a regular file (use '-' for standard output)")
    return stat.S_IMODE(found.st_mode)


# A new file only (never one that appeared meanwhile), binary on Windows, not inherited.
_NEW_FILE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
)


def _replace(target: Path, data: bytes, mode: int | None) -> None:
    """Write ``data`` to a new file beside ``target``, sync it, and rename it over ``target``."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    # 0o666 less the umask, as open() would create the file; an existing file's mode is kept.
    descriptor = os.open(temporary, _NEW_FILE_FLAGS, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as file:
            if mode is not None:
                os.chmod(temporary, mode)
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (not on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# ------------------------------------------------------------------------------ standard output


class _GuardedStdout:
    """Standard output whose write errors (other than a closed pipe) are :class:`StdoutError`."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise StdoutError(f"{STDOUT_NAME}: {exc.strerror or exc}") from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise StdoutError(f"{STDOUT_NAME}: {exc.strerror or exc}") from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def guarded_stdout() -> tuple[IO[str], IO[str]]:
    """Put a guard around ``sys.stdout``; return (the guard, the stream to restore)."""
    original = sys.stdout
    guard: Any = _GuardedStdout(original)
    sys.stdout = guard
    return guard, original


def discard_stdout(stream: IO[str]) -> None:
    """Send what is left of ``stream`` (standard output) to the null device: after a closed
    pipe or a write error, nothing more is written and Python's exit stays quiet."""
    try:
        descriptor = stream.fileno()
    except (OSError, ValueError):
        return  # not a real file (a test runner's buffer)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)
