"""Resource limits for reading and processing untrusted documents, in one place.

>>> from gapcheck.limits import Limits
>>> Limits().max_bytes
20000000
>>> Limits(max_pages=10).max_pages
10

:class:`Limits` says how much gapcheck accepts from one document; :func:`time_limit` bounds
the time spent on it:

>>> from gapcheck.limits import check_deadline, time_limit
>>> with time_limit(5, "cv.pdf") as deadline:
...     deadline.check()  # raises ExtractionTimeout once 5 seconds have passed
...     check_deadline()  # the same, for code that is not handed the deadline

Long loops and the steps of the analysis call :func:`check_deadline`, so a time limit holds in
any thread; in the main thread of a POSIX process a timer also interrupts work between checks.
"""

from __future__ import annotations

import contextvars
import signal
import threading
import time
from collections.abc import Callable
from types import FrameType, TracebackType
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from gapcheck.errors import ExtractionTimeout

__all__ = [
    "BATCH_SIZE",
    "DEFAULT_LIMITS",
    "SPACY_MAX_CHARS",
    "Deadline",
    "Limits",
    "check_deadline",
    "time_limit",
]

# spaCy refuses longer texts (nlp.max_length, error E088), so reading never lets more through.
SPACY_MAX_CHARS = 1_000_000
BATCH_SIZE = 32
"""Documents that go through spaCy's ``nlp.pipe`` together, by default: more use more memory."""


class Limits(BaseModel):
    """What gapcheck accepts from one document; anything larger fails with a clear error."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_bytes: int = Field(20_000_000, gt=0, description="Largest file size read, in bytes.")
    max_pages: int = Field(50, gt=0, description="Most pages read from a PDF.")
    max_chars: int = Field(
        500_000,
        gt=0,
        le=SPACY_MAX_CHARS,
        description=(
            "Most characters of extracted text kept for analysis (at most 1,000,000, the "
            "longest text spaCy accepts)."
        ),
    )
    max_decompressed_bytes: int = Field(
        50_000_000,
        gt=0,
        description=(
            "Most bytes a compressed container may expand to: all the files of a DOCX zip "
            "together, or all the PDF streams that reading the text decodes."
        ),
    )
    max_xml_bytes: int = Field(
        20_000_000,
        gt=0,
        description=(
            "Largest XML part of a DOCX (the body, a header, ...), in bytes; parsing XML takes "
            "about ten times its size in memory."
        ),
    )
    timeout_seconds: float = Field(
        60.0, gt=0, description="Longest time spent on one document, in seconds."
    )


DEFAULT_LIMITS = Limits()


class Deadline:
    """The moment work on one document must stop.

    ``check()`` raises :class:`~gapcheck.errors.ExtractionTimeout` naming ``source`` once
    ``seconds`` have passed on ``clock``: call it between steps of work that cannot be
    interrupted (see :func:`time_limit`).
    """

    def __init__(
        self,
        seconds: float,
        source: str,
        activity: str = "reading",
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.seconds = seconds
        self.source = source
        self.activity = activity
        self._clock = clock
        self._end = clock() + seconds

    @property
    def remaining(self) -> float:
        """Seconds left (negative once the deadline has passed)."""
        return self._end - self._clock()

    def expired(self) -> bool:
        return self.remaining < 0

    def error(self) -> ExtractionTimeout:
        return ExtractionTimeout(
            self.source, f"{self.activity} took longer than the limit of {self.seconds:g} seconds"
        )

    def check(self) -> None:
        """Raise :class:`~gapcheck.errors.ExtractionTimeout` if the deadline has passed."""
        if self.expired():
            raise self.error()


# The deadlines of the time_limit blocks around the running code, outermost first. A context
# variable: each thread (and each asyncio task) sees only its own blocks.
_active_deadlines: contextvars.ContextVar[tuple[Deadline, ...]] = contextvars.ContextVar(
    "gapcheck_deadlines", default=()
)


def check_deadline() -> None:
    """Raise :class:`~gapcheck.errors.ExtractionTimeout` if a :func:`time_limit` block around
    this code (in this thread) has run out of time; do nothing outside such blocks.

    Cheap enough to call in every round of a long loop, and the way a time limit is kept where
    no timer can interrupt: in other threads, on Windows, under an application's own SIGALRM.
    """
    expired = [deadline for deadline in _active_deadlines.get() if deadline.expired()]
    if expired:
        raise min(expired, key=lambda deadline: deadline.remaining).error()


class time_limit:  # lowercase, like contextlib.suppress: it reads as ``with time_limit(...)``
    """Stop the code in the ``with`` block after ``seconds``, with an ExtractionTimeout.

    >>> with time_limit(30, "cv.pdf", "reading") as deadline:  # doctest: +SKIP
    ...     read_everything(deadline)

    Everywhere the limit is kept by checks between steps: ``deadline.check()``, or
    :func:`check_deadline` (which sees every block around it in the same thread), called
    between the readers' steps, between the spaCy pipeline's components and in long loops. So
    it holds in any thread, on any platform; a step that runs long overruns the limit by as much.

    In the main thread of a POSIX process whose ``SIGALRM`` is otherwise unused (the CLI, a
    worker process of :mod:`multiprocessing`), a real-time timer also interrupts the block
    wherever it is: in a parser, in spaCy, in a loop. The interruption travels as a
    ``BaseException``, so the ``except Exception`` blocks of third-party code cannot swallow
    it, and leaves the block as :class:`~gapcheck.errors.ExtractionTimeout`. Blocks may be
    nested; the timer and the previous signal handler are restored on exit.
    """

    def __init__(
        self,
        seconds: float,
        source: str,
        activity: str = "reading",
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.deadline = Deadline(seconds, source, activity, clock=clock)
        self._wall_end = time.monotonic() + seconds
        self._interrupting = False

    def __enter__(self) -> Deadline:
        _active_deadlines.set((*_active_deadlines.get(), self.deadline))
        self._interrupting = _can_interrupt()
        if self._interrupting:
            if not _guards:
                _previous_handler[0] = signal.signal(signal.SIGALRM, _on_alarm)
            _guards.append(self)
            _arm()
        return self.deadline

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        _active_deadlines.set(tuple(d for d in _active_deadlines.get() if d is not self.deadline))
        if self._interrupting:
            _guards.remove(self)
            if _guards:
                _arm()
            else:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, _previous_handler[0])
        if isinstance(exc, _TimeUp) and exc.guard is self:
            raise self.deadline.error() from None


class _TimeUp(BaseException):
    """Raised by the timer inside a ``time_limit`` block; never leaves the block."""

    def __init__(self, guard: time_limit) -> None:
        super().__init__("time limit reached")
        self.guard = guard


# What signal.signal() accepts and returns as a handler.
_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None
# The active interrupting blocks of the main thread, outermost first, and the SIGALRM handler
# that was in place before the first of them.
_guards: list[time_limit] = []
_previous_handler: list[_Handler] = [signal.SIG_DFL]
# After the deadline the timer keeps firing at this interval, in case the first interruption
# landed where Python ignores exceptions (a __del__ method).
_REPEAT_SECONDS = 0.25
# An interruption that lands where state is set up or restored (this module, any __enter__ or
# __exit__, a few calls deep) is retried this soon, so no context manager is left half done.
_RETRY_SECONDS = 0.01
_CLEANUP_DEPTH = 4


def _can_interrupt() -> bool:
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    if _guards:
        return True
    handler = signal.getsignal(signal.SIGALRM)
    if handler not in (signal.SIG_DFL, signal.SIG_IGN, None):
        return False  # the application uses SIGALRM itself
    return signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def _arm(delay: float | None = None) -> None:
    if delay is None:
        delay = min(guard._wall_end for guard in _guards) - time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, max(delay, 0.001), _REPEAT_SECONDS)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    if not _guards:
        return
    if _in_setup_or_cleanup(frame):
        _arm(_RETRY_SECONDS)
        return
    now = time.monotonic()
    expired = next((guard for guard in _guards if guard._wall_end <= now), None)
    if expired is None:
        _arm()
        return
    raise _TimeUp(expired)


def _in_setup_or_cleanup(frame: FrameType | None) -> bool:
    for _ in range(_CLEANUP_DEPTH):
        if frame is None:
            return False
        if frame.f_globals.get("__name__") == __name__:
            return True
        if frame.f_code.co_name in ("__enter__", "__exit__"):
            return True
        frame = frame.f_back
    return False
