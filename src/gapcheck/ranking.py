"""The ranking engine: score many documents against one fixed profile through an Analyzer.

:func:`gapcheck.rank.rank` and :meth:`gapcheck.Analyzer.rank` are the public ways in; this
module holds what they share: :class:`RankedResult`, the chunked scorer and the process pool.

The documents are split into chunks of ``chunk_size`` as they are read from the iterable, and
scored by a pool of ``jobs`` worker processes (by default one per CPU), each holding one
Analyzer of the same settings; a few chunks are in flight at a time and only the small
:class:`RankedResult` of each document is kept, so memory stays flat however many documents
there are. The results are the same for any number of processes.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from gapcheck.comparison import MatchScore, PreparedJob, prepare_job, score_match
from gapcheck.documents import Document
from gapcheck.errors import DocumentError
from gapcheck.limits import BATCH_SIZE, time_limit
from gapcheck.models import (
    SCHEMA_VERSION,
    EducationResult,
    SkillProfile,
)

if TYPE_CHECKING:
    from gapcheck.analyzer import Analyzer
    from gapcheck.extraction import DocumentInput
    from gapcheck.taxonomy import Taxonomy

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_TOP_GAPS",
    "ProgressCallback",
    "RankOptions",
    "RankedResult",
    "Side",
    "default_jobs",
    "rank_against",
]

DEFAULT_CHUNK_SIZE = 24
DEFAULT_TOP_GAPS = 3

ProgressCallback = Callable[[int, int | None], None]
"""Called as documents finish, with (documents done, documents in all); the total is None
while it is not known (the documents come from an iterator)."""


class RankOptions(TypedDict, total=False):
    """The options every way to rank takes (:func:`gapcheck.rank.rank`,
    :meth:`gapcheck.Analyzer.rank` and their mirrors ``rank_jobs``), all optional.

    - ``jobs``: worker processes; None (the default) is one per CPU (:func:`default_jobs`).
    - ``top_gaps``: how many of its biggest gaps each result names (default 3).
    - ``batch_size``: the ``nlp.pipe`` batch size (default 32).
    - ``chunk_size``: how many documents a worker scores at a time (default 24).
    - ``progress``: called as documents finish (see :data:`ProgressCallback`).
    """

    jobs: int | None
    top_gaps: int
    batch_size: int
    chunk_size: int
    progress: ProgressCallback | None


# Worker processes are started only for more chunks than this: starting them costs more than
# they save on fewer documents.
_POOL_MIN_CHUNKS = 2
# Chunks submitted to the pool ahead of those being scored, per worker.
_CHUNKS_AHEAD = 2

Side = Literal["resume", "job"]
"""The kind of the documents ranked: resumes against a job, or jobs for a resume."""


class RankedResult(BaseModel):
    """One ranked document: its score against the fixed side, and its biggest gaps."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[3] = SCHEMA_VERSION
    rank: int | None = Field(
        description="1 for the best match; None when the document could not be read."
    )
    source: str = Field(description="The ranked document: its file name, or '<text>'.")
    score: float | None = Field(
        description="Match score 0..100 (see ScoreWeights); None when the document failed."
    )
    job_title: str | None = Field(None, description="The job posting's title, when found.")
    required: int = Field(0, ge=0, description="Required requirements of the job (degree too).")
    matched_required: int = Field(0, ge=0, description="Required requirements fully met.")
    partial_required: int = Field(0, ge=0, description="Required requirements met in part.")
    missing_required: int = Field(0, ge=0, description="Required requirements not shown.")
    top_gaps: tuple[str, ...] = Field(
        (),
        description=(
            "Labels of the requirements that cost the most score (weight times missing credit), "
            "biggest first."
        ),
    )
    error: str | None = Field(
        None, description="Why the document could not be read (one line), or None."
    )
    warnings: tuple[str, ...] = Field(
        (),
        description=(
            "What reading the ranked document found worth knowing (hidden text left out, a "
            "text that looks not English, ...)."
        ),
    )


def default_jobs() -> int:
    """The number of worker processes ranking uses by default: the CPUs this process can use."""
    count = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if count is not None:
        return count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def rank_against(
    analyzer: Analyzer,
    fixed_source: DocumentInput | SkillProfile,
    side: Side,
    items: Iterable[DocumentInput],
    *,
    jobs: int | None = None,
    top_gaps: int = DEFAULT_TOP_GAPS,
    batch_size: int = BATCH_SIZE,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: ProgressCallback | None = None,
) -> list[RankedResult]:
    """Rank ``items`` of kind ``side`` against the profile of ``fixed_source`` with ``analyzer``.

    What :meth:`gapcheck.Analyzer.rank` (``side="resume"``) and
    :meth:`~gapcheck.Analyzer.rank_jobs` (``side="job"``) do; the options are those of
    :class:`RankOptions`, and their defaults are set here.
    """
    jobs = default_jobs() if jobs is None else jobs
    _check_options(jobs, top_gaps, batch_size, chunk_size)
    fixed_kind: Side = "job" if side == "resume" else "resume"
    fixed = _fixed_profile(analyzer, fixed_source, fixed_kind)
    scorer = _Scorer(analyzer, fixed, side, top_gaps, batch_size)
    total = len(items) if isinstance(items, Sized) else None
    chunks = _chunks(items, chunk_size)
    first = list(itertools.islice(chunks, _POOL_MIN_CHUNKS + 1))
    scored: list[tuple[int, RankedResult]] = []

    def finished(results: list[tuple[int, RankedResult]]) -> None:
        scored.extend(results)
        if progress is not None:
            progress(len(scored), total)

    if jobs <= 1 or len(first) <= _POOL_MIN_CHUNKS:
        for chunk in itertools.chain(first, chunks):
            finished(scorer.score_chunk(chunk))
    else:
        chunk_count = -(-total // chunk_size) if total is not None else None
        workers = min(jobs, chunk_count) if chunk_count is not None else jobs
        _run_pool(scorer, itertools.chain(first, chunks), workers, finished)
    return _ordered(scored)


def _chunks(
    items: Iterable[DocumentInput], chunk_size: int
) -> Iterator[list[tuple[int, DocumentInput]]]:
    """``items`` with their input position, ``chunk_size`` at a time, read as they are asked
    for."""
    numbered = enumerate(items)
    while chunk := list(itertools.islice(numbered, chunk_size)):
        yield chunk


# ---------------------------------------------------------------------------------------------


def _fixed_profile(
    analyzer: Analyzer, source: DocumentInput | SkillProfile, kind: Side
) -> SkillProfile:
    if isinstance(source, SkillProfile):
        if source.kind != kind:
            raise ValueError(f"expected a {kind} profile, got a {source.kind} profile")
        return source
    return analyzer.profile(source, kind=kind)


def _check_options(jobs: int, top_gaps: int, batch_size: int, chunk_size: int) -> None:
    for name, value, least in (
        ("jobs", jobs, 1),
        ("top_gaps", top_gaps, 0),
        ("batch_size", batch_size, 1),
        ("chunk_size", chunk_size, 1),
    ):
        if value < least:
            raise ValueError(f"{name} must be at least {least}, got {value}")


def _run_pool(
    scorer: _Scorer,
    chunks: Iterable[list[tuple[int, DocumentInput]]],
    workers: int,
    finished: Callable[[list[tuple[int, RankedResult]]], None],
) -> None:
    """Score ``chunks`` in ``workers`` processes, each holding one Analyzer; chunks are taken
    from the iterable as earlier ones finish, a few per worker ahead."""
    pending_chunks = iter(chunks)
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(scorer,)
    ) as pool:
        pending: set[Future[list[tuple[int, RankedResult]]]] = set()

        def submit(count: int) -> None:
            for chunk in itertools.islice(pending_chunks, count):
                pending.add(pool.submit(_score_chunk_in_worker, chunk))

        submit(workers * _CHUNKS_AHEAD)
        try:
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                pending.difference_update(done)
                submit(len(done))
                for future in done:
                    finished(future.result())
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def _ordered(scored: Iterable[tuple[int, RankedResult]]) -> list[RankedResult]:
    """Best score first; ties by source, then input order; unreadable documents last."""
    good = sorted(
        ((index, r) for index, r in scored if r.error is None),
        key=lambda item: (-(item[1].score or 0.0), item[1].source, item[0]),
    )
    bad = sorted(
        ((index, r) for index, r in scored if r.error is not None),
        key=lambda item: (item[1].source, item[0]),
    )
    ranked = [r.model_copy(update={"rank": n}) for n, (_, r) in enumerate(good, 1)]
    return ranked + [r for _, r in bad]


@dataclass(frozen=True)
class _Scorer:
    """Reads, extracts and compares the varying side against the fixed profile.

    It pickles as its Analyzer's settings and the fixed profile: a worker process builds the
    Analyzer's pipeline, and the fixed job's side of the comparisons, again, once.
    """

    analyzer: Analyzer
    fixed: SkillProfile
    side: Side
    top_gaps: int
    batch_size: int

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state.pop("_job", None)  # made again where it is used
        return state

    @functools.cached_property
    def _job(self) -> PreparedJob:
        """The fixed job, prepared once for every resume (ranking resumes)."""
        analyzer = self.analyzer
        return prepare_job(self.fixed, taxonomy=analyzer.taxonomy, weights=analyzer.weights)

    def score_chunk(
        self, chunk: Sequence[tuple[int, DocumentInput]]
    ) -> list[tuple[int, RankedResult]]:
        results: list[tuple[int, RankedResult]] = []
        readable: list[tuple[int, Document]] = []
        for index, source in chunk:
            try:
                readable.append((index, self.analyzer.read(source)))
            except DocumentError as error:
                results.append((index, _failed(_source_name(source), error.reason)))
        try:
            with self._analysing(readable):
                profiles = list(
                    self.analyzer.pipe(
                        (document for _, document in readable),
                        kind=self.side,
                        batch_size=self.batch_size,
                    )
                )
        except DocumentError:
            # One document failed in extraction (e.g. its time limit): redo the chunk one by
            # one, each document with its own limit, so only that document is reported.
            return results + self._score_one_by_one(readable)
        for (index, document), profile in zip(readable, profiles, strict=True):
            results.append((index, self._summary(document.source, profile)))
        return results

    def _analysing(self, readable: Sequence[tuple[int, Document]]) -> time_limit:
        """The time limit of a chunk: the limit of one document for each, the pipeline built
        first (building it is not analysing a document)."""
        self.analyzer.warm_up()
        seconds = self.analyzer.limits.timeout_seconds * max(1, len(readable))
        return time_limit(seconds, f"{len(readable)} documents", "the analysis")

    def _score_one_by_one(
        self, readable: Sequence[tuple[int, Document]]
    ) -> list[tuple[int, RankedResult]]:
        results: list[tuple[int, RankedResult]] = []
        for index, document in readable:
            try:
                profile = self.analyzer.profile(document, kind=self.side)
            except DocumentError as error:
                results.append((index, _failed(document.source, error.reason)))
            else:
                results.append((index, self._summary(document.source, profile)))
        return results

    def _summary(self, source: str, profile: SkillProfile) -> RankedResult:
        # The score and statuses of Analyzer.compare, without writing the whole report.
        taxonomy = self.analyzer.taxonomy
        if self.side == "resume":
            job, match = self.fixed, self._job.score(profile)
        else:
            job = profile
            match = score_match(self.fixed, job, taxonomy=taxonomy, weights=self.analyzer.weights)
        summary = _summarise(match, job.title, source, self.top_gaps, taxonomy)
        return summary.model_copy(update={"warnings": profile.warnings})


def _summarise(
    match: MatchScore, job_title: str | None, source: str, top_gaps: int, taxonomy: Taxonomy
) -> RankedResult:
    judged = [
        (r.importance, r.status, r.weight * (1 - r.credit), r.label) for r in match.requirements
    ]
    judged += [
        (e.importance, e.status, e.weight * (1 - e.credit), _degree_label(e, taxonomy))
        for e in match.education
    ]
    required = [status for importance, status, _, _ in judged if importance == "required"]
    gaps = [(lost, n, label) for n, (_, status, lost, label) in enumerate(judged)
            if status != "matched" and lost > 0]  # fmt: skip
    gaps.sort(key=lambda gap: (-gap[0], gap[1]))
    return RankedResult(
        rank=None,
        source=source,
        score=match.score,
        job_title=job_title,
        required=len(required),
        matched_required=required.count("matched"),
        partial_required=required.count("partial"),
        missing_required=required.count("missing"),
        top_gaps=tuple(label for _, _, label in gaps[:top_gaps]),
    )


def _degree_label(education: EducationResult, taxonomy: Taxonomy) -> str:
    """How a degree requirement reads: "Bachelor's Degree in Computer Science or Mathematics"."""
    fields = [taxonomy[f].name if f in taxonomy else f for f in education.fields]
    label = education.level_name or "A degree"
    return f"{label} in {' or '.join(fields)}" if fields else label


def _failed(source: str, reason: str) -> RankedResult:
    return RankedResult(rank=None, source=source, score=None, error=reason)


def _source_name(source: DocumentInput) -> str:
    if isinstance(source, Document):
        return source.source
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return "<text>"
    return os.fspath(source)


# ---------------------------------------------------------------------------------------------
# Worker processes: the scorer (with its fixed profile) arrives once, through the initializer.

_worker_scorer: _Scorer | None = None


def _init_worker(scorer: _Scorer) -> None:
    global _worker_scorer
    scorer.analyzer.warm_up()
    _worker_scorer = scorer


def _score_chunk_in_worker(
    chunk: Sequence[tuple[int, DocumentInput]],
) -> list[tuple[int, RankedResult]]:
    if _worker_scorer is None:
        raise RuntimeError("the ranking worker was not initialised")
    return _worker_scorer.score_chunk(chunk)
