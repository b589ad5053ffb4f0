"""Rank many resumes against one job posting, or many job postings for one resume.

>>> from gapcheck.rank import rank
>>> job = "Requirements:\\n- Python\\n- Docker\\n"
>>> resumes = ["Skills: Python\\n", "Experience\\nBuilt services with Python and Docker.\\n"]
>>> [(r.rank, r.score, r.missing_required, r.top_gaps) for r in rank(job, resumes)]
[(1, 100.0, 0, ()), (2, 45.0, 1, ('Docker',))]

The fixed side (the job for :func:`rank`, the resume for :func:`rank_jobs`) is read and
extracted once; the others go through :meth:`gapcheck.Analyzer.pipe` in batches. A document
that cannot be read does not stop the run: its result carries the one-line reason in ``error``.
Every step goes through one :class:`gapcheck.Analyzer` (:meth:`gapcheck.Analyzer.rank` is the
same as :func:`rank`).

The documents are split into chunks of ``chunk_size`` and processed by a pool of ``jobs`` worker
processes (by default one per CPU; none for two chunks or fewer), each holding one Analyzer of
the same settings; the results are the same for any number of processes. The documents are read
from the iterable as the work goes on and only each one's small result is kept, so memory stays
flat for any number of them. Where processes are spawned rather than forked (Windows, macOS),
call ranking from under ``if __name__ == "__main__":`` in a script.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

from gapcheck.analyzer import analyzer_for
from gapcheck.ranking import ProgressCallback, RankedResult, RankOptions, Side, rank_against

if TYPE_CHECKING:
    from gapcheck.extraction import DocumentInput
    from gapcheck.limits import Limits
    from gapcheck.models import ScoreWeights, SkillProfile
    from gapcheck.taxonomy import Taxonomy

__all__ = ["ProgressCallback", "RankedResult", "Side", "rank", "rank_jobs"]


def rank(
    job: DocumentInput | SkillProfile,
    resumes: Iterable[DocumentInput],
    *,
    taxonomy: Taxonomy | None = None,
    weights: ScoreWeights | None = None,
    model: str | None = None,
    limits: Limits | None = None,
    tagger: bool = True,
    **options: Unpack[RankOptions],
) -> list[RankedResult]:
    """Rank ``resumes`` by how well each matches ``job``, best first.

    ``job`` is a path, a :class:`~gapcheck.documents.Document`, a text, or a job
    :class:`~gapcheck.models.SkillProfile` (e.g. from :func:`gapcheck.profile_from_role`); a job
    that cannot be read raises its :class:`~gapcheck.errors.DocumentError`. Each resume is a
    path, a ``Document`` or a text; those that cannot be read come last, with ``error`` set.
    Ties are broken by source name, then by input order, so the order is deterministic.

    ``jobs`` worker processes (default: one per CPU, :func:`gapcheck.ranking.default_jobs`)
    share the work when there are more than two chunks of ``chunk_size`` documents (the results
    are the same for any number); ``batch_size`` is the ``nlp.pipe`` batch size;
    ``progress(done, total)`` is called as documents finish (``total`` None when ``resumes`` is
    an iterator); each result names its ``top_gaps`` biggest gaps; ``tagger=False`` extracts
    with the rules only. The same as :meth:`gapcheck.Analyzer.rank`.
    """
    analyzer = analyzer_for(taxonomy, model=model, limits=limits, weights=weights, tagger=tagger)
    return rank_against(analyzer, job, "resume", resumes, **options)


def rank_jobs(
    resume: DocumentInput | SkillProfile,
    postings: Iterable[DocumentInput],
    *,
    taxonomy: Taxonomy | None = None,
    weights: ScoreWeights | None = None,
    model: str | None = None,
    limits: Limits | None = None,
    tagger: bool = True,
    **options: Unpack[RankOptions],
) -> list[RankedResult]:
    """Rank job postings by how well ``resume`` matches each, best first.

    The mirror of :func:`rank`: ``resume`` is read once (a failure raises), each posting in
    ``postings`` is scored against it, and postings that cannot be read come last.
    ``jobs`` is the number of worker processes, as in :func:`rank`. The same as
    :meth:`gapcheck.Analyzer.rank_jobs`.
    """
    analyzer = analyzer_for(taxonomy, model=model, limits=limits, weights=weights, tagger=tagger)
    return rank_against(analyzer, resume, "job", postings, **options)
