"""Run gapcheck on Apache Spark: read, extract and rank many documents in parallel.

Install with ``pip install "gapcheck[spark]"`` (pyspark, pandas, pyarrow; Spark needs Java 17+)::

    files = spark.read.format("binaryFile").load("resumes/*.pdf")
    documents = read_documents(files)                       # path, ..., text, error
    resumes = extract_profiles(documents, "text", "resume", source_col="path")
    jobs = extract_profiles(postings, "text", "job")        # postings: id, text
    top = rank(jobs, resumes, top_k=20, resume_id_col="path")

Every function runs the same code as the single-process library (:func:`gapcheck.read_document`,
:meth:`gapcheck.Analyzer.pipe`, :meth:`gapcheck.Analyzer.compare`), so its results are equal to
what that library gives document by document.

Work on the workers:

* :func:`read_documents` writes each file's bytes to a temporary file and reads it with
  :func:`~gapcheck.read_document`. A file that cannot be read becomes a row whose ``error``
  column says why (one line naming the file); it never fails the job.
* :func:`extract_profiles` builds one :class:`~gapcheck.Analyzer` (and its spaCy pipeline) per
  Python worker process (Spark reuses its Python workers, ``spark.python.worker.reuse``, on by
  default) and sends the documents through ``nlp.pipe`` in batches, inside ``mapInPandas``.
  A document that fails gets an ``error`` and no profile.
* A custom taxonomy is sent to the workers as the paths it was loaded from
  (``Taxonomy.origin``) and loaded again there, so its files must be readable at the same
  paths on every worker. The shipped taxonomy always is.

Candidate rule of :func:`rank`: a resume is a candidate for a job when the resume's skill ids
include at least one *required skill id* of the job, that is the id of a skill the job asks for
as required, or of any member of an either/or group the job asks for as required. Only
candidates are scored (with :func:`gapcheck.compare`), so not every pair is. A resume that
shares only preferred skills with a job, or that would earn credit only through an implied or
related skill, is not ranked for that job; a job with no required skill gets no candidates.
Within a job, candidates are ordered by score (highest first), then by resume id (ascending),
and the first ``top_k`` are kept.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from gapcheck.analyzer import Analyzer
from gapcheck.documents import Document, read_document
from gapcheck.errors import DocumentError, DocumentTooLarge, GapcheckError, NoTextFound
from gapcheck.limits import BATCH_SIZE, DEFAULT_LIMITS, Limits
from gapcheck.models import GapReport, ScoreWeights, SkillProfile

if TYPE_CHECKING:
    import pandas as pd
    from pyspark import Accumulator
    from pyspark.sql import DataFrame

    from gapcheck.extraction import KindOption
    from gapcheck.taxonomy import Taxonomy

__all__ = [
    "DOCUMENT_COLUMNS",
    "PROFILE_COLUMNS",
    "RANK_COLUMNS",
    "extract_profiles",
    "profile_from_json",
    "rank",
    "read_documents",
]

# Columns each function adds, with their Spark SQL types.
DOCUMENT_COLUMNS = (
    ("text", "string"),
    ("format", "string"),
    ("pages", "int"),
    ("warnings", "array<string>"),
    ("error", "string"),
)
PROFILE_COLUMNS = (
    ("profile", "string"),
    ("skill_ids", "array<string>"),
    ("error", "string"),
)
RANK_COLUMNS = (
    ("rank", "int"),
    ("score", "double"),
    ("requirements", "int"),
    ("matched", "int"),
    ("partial", "int"),
    ("missing", "int"),
    ("required_gaps", "array<string>"),
    ("preferred_gaps", "array<string>"),
    ("partly_met", "array<string>"),
)

# Documents per pandas frame yielded back to Spark: bounds worker memory on big Arrow batches.
_CHUNK_ROWS = 256
_KEYS_SCHEMA = (
    "skills array<struct<id: string, importance: string>>, "
    "groups array<struct<skills: array<string>, importance: string>>"
)


def profile_from_json(text: str) -> SkillProfile:
    """The :class:`~gapcheck.models.SkillProfile` held in a ``profile`` column value."""
    return SkillProfile.model_validate_json(text)


# ---------------------------------------------------------------------------------------------
# Reading files


def read_documents(
    files: DataFrame,
    *,
    path_col: str = "path",
    content_col: str = "content",
    limits: Limits | None = None,
) -> DataFrame:
    """Read the files of a ``binaryFile`` DataFrame into text, one row per file.

    ``files`` holds a path and the file's bytes, as ``spark.read.format("binaryFile")`` gives
    them. The result keeps every column but ``content_col`` and adds ``text``, ``format``,
    ``pages``, ``warnings`` and ``error`` (see :data:`DOCUMENT_COLUMNS`). A file that cannot be
    read has ``error`` set (``"<path>: <reason>"``) and no text.
    """
    _require_columns(files, (path_col, content_col))
    kept = [name for name in files.columns if name != content_col]
    _refuse_clashes(kept, DOCUMENT_COLUMNS)
    schema = _schema_with(files.select(*kept, content_col).schema, DOCUMENT_COLUMNS, content_col)
    read_limits = limits if limits is not None else DEFAULT_LIMITS

    def read_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        with tempfile.TemporaryDirectory(prefix="gapcheck-") as folder:
            for batch in batches:
                yield _read_batch(batch, path_col, content_col, Path(folder), read_limits)

    return files.select(*kept, content_col).mapInPandas(read_batches, schema)


def _read_batch(
    batch: pd.DataFrame, path_col: str, content_col: str, folder: Path, limits: Limits
) -> pd.DataFrame:
    import pandas as pd

    texts, formats, pages, warnings, errors = [], [], [], [], []
    for path, content in zip(batch[path_col], batch[content_col], strict=True):
        document, error = _read_one(path, content, folder, limits)
        texts.append(document.text if document else None)
        formats.append(document.format if document else None)
        pages.append(document.pages if document else None)
        warnings.append(list(document.warnings) if document else [])
        errors.append(error)
    out = batch.drop(columns=[content_col])
    out["text"] = pd.Series(texts, index=batch.index, dtype=object)
    out["format"] = pd.Series(formats, index=batch.index, dtype=object)
    out["pages"] = pd.array(pages, dtype="Int32")
    out["warnings"] = pd.Series(warnings, index=batch.index, dtype=object)
    out["error"] = pd.Series(errors, index=batch.index, dtype=object)
    return out


def _read_one(
    path: Any, content: Any, folder: Path, limits: Limits
) -> tuple[Document | None, str | None]:
    """Read one file's bytes through :func:`read_document`; the error names ``path``."""
    source = "<no path>" if _missing(path) else str(path)
    if _missing(content):
        return None, f"{source}: the row holds no file content"
    # Only the suffix of the name matters to read_document (it tells Markdown from text).
    suffix = PurePosixPath(urllib.parse.unquote(urllib.parse.urlparse(source).path)).suffix
    local = folder / f"document{suffix.lower()[:16]}"
    try:
        local.write_bytes(bytes(content))
        document = read_document(local, limits=limits)
    except DocumentError as error:
        return None, f"{source}: {error.reason}"
    except GapcheckError as error:
        return None, f"{source}: {error}"
    except Exception as error:  # one bad file must not fail the Spark job
        return None, f"{source}: unexpected {type(error).__name__} while reading the file"
    finally:
        local.unlink(missing_ok=True)
    return document.model_copy(update={"source": source}), None


# ---------------------------------------------------------------------------------------------
# Extracting profiles


def _shippable(taxonomy: Taxonomy | None) -> Taxonomy | None:
    """``taxonomy``, if the workers can load it too: from the files it was loaded from."""
    if taxonomy is not None and not taxonomy.origin:
        raise GapcheckError("gapcheck.spark needs a taxonomy made by load_taxonomy()")
    return taxonomy


# Per Python worker process: one Analyzer, its pipeline built, for each setting seen so far.
_WORKER_ANALYZERS: dict[Analyzer, Analyzer] = {}


def _worker_analyzer(shipped: Analyzer, builds: Accumulator[int] | None) -> Analyzer:
    """This worker's Analyzer of ``shipped``'s settings, built the first time it is asked for."""
    analyzer = _WORKER_ANALYZERS.get(shipped)
    if analyzer is None:
        shipped.warm_up()
        analyzer = _WORKER_ANALYZERS[shipped] = shipped
        if builds is not None:
            builds.add(1)
    return analyzer


def extract_profiles(
    df: DataFrame,
    text_col: str,
    kind: KindOption,
    *,
    taxonomy: Taxonomy | None = None,
    source_col: str | None = None,
    today: dt.date | None = None,
    batch_size: int = BATCH_SIZE,
    limits: Limits | None = None,
    pipeline_builds: Accumulator[int] | None = None,
) -> DataFrame:
    """The :class:`~gapcheck.models.SkillProfile` of each document of ``df``, one row each.

    ``text_col`` holds the document text (as :attr:`gapcheck.Document.text`); ``kind`` is
    ``"resume"``, ``"job"`` or ``"auto"``. The result keeps every column of ``df`` and adds
    ``profile`` (the profile as JSON; read it back with :func:`profile_from_json`),
    ``skill_ids`` (the profile's skill ids, in document order) and ``error``. The profile's
    ``source`` is the ``source_col`` value, or ``"<text>"``. ``today`` and ``batch_size`` are
    those of :class:`~gapcheck.Analyzer` and its ``pipe``; ``limits.max_chars`` bounds a
    text's length.

    A row without text, or whose text fails, has no profile and an ``error``; when ``df``
    already has an ``error`` column (from :func:`read_documents`) its value is kept.
    ``pipeline_builds`` (``spark.sparkContext.accumulator(0)``) counts the spaCy pipelines the
    workers built: one per Python worker process.
    """
    if kind not in ("resume", "job", "auto"):
        raise ValueError(f"kind must be 'resume', 'job' or 'auto', not {kind!r}")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    _require_columns(df, (text_col,) if source_col is None else (text_col, source_col))
    kept = [name for name in df.columns if name != "error"]
    _refuse_clashes(kept, PROFILE_COLUMNS)
    schema = _schema_with(df.schema, PROFILE_COLUMNS, "error")
    shipped = Analyzer(_shippable(taxonomy), today=today)
    max_chars = (limits if limits is not None else DEFAULT_LIMITS).max_chars
    has_error = "error" in df.columns

    def extract_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        analyzer = _worker_analyzer(shipped, pipeline_builds)
        for batch in batches:
            for start in range(0, len(batch), _CHUNK_ROWS):
                chunk = batch.iloc[start : start + _CHUNK_ROWS]
                yield _extract_chunk(
                    chunk, analyzer, kind, text_col, source_col, has_error, batch_size, max_chars
                )

    return df.mapInPandas(extract_batches, schema)


def _extract_chunk(
    chunk: pd.DataFrame,
    analyzer: Analyzer,
    kind: KindOption,
    text_col: str,
    source_col: str | None,
    has_error: bool,
    batch_size: int,
    max_chars: int,
) -> pd.DataFrame:
    import pandas as pd

    count = len(chunk)
    previous = list(chunk["error"]) if has_error else [None] * count
    sources = list(chunk[source_col]) if source_col is not None else [None] * count
    profiles: list[str | None] = [None] * count
    skill_ids: list[list[str] | None] = [None] * count
    errors: list[str | None] = [None if _missing(e) else str(e) for e in previous]

    documents: dict[int, Document] = {}
    for n, (text, source) in enumerate(zip(chunk[text_col], sources, strict=True)):
        name = "<text>" if _missing(source) else str(source)
        try:
            documents[n] = _text_document(text, name, max_chars)
        except GapcheckError as error:
            errors[n] = errors[n] or str(error)

    for n, result in _profiles(analyzer, documents, kind, batch_size).items():
        if isinstance(result, SkillProfile):
            profiles[n] = result.model_dump_json()
            skill_ids[n] = list(result.skill_ids)
        else:
            errors[n] = errors[n] or result

    out = chunk.drop(columns=["error"]) if has_error else chunk.copy()
    out["profile"] = pd.Series(profiles, index=chunk.index, dtype=object)
    out["skill_ids"] = pd.Series(skill_ids, index=chunk.index, dtype=object)
    out["error"] = pd.Series(errors, index=chunk.index, dtype=object)
    return out


def _text_document(text: Any, source: str, max_chars: int) -> Document:
    if _missing(text):
        raise NoTextFound(source, "the row holds no text")
    if len(text) > max_chars:
        raise DocumentTooLarge(
            source, f"the text has {len(text):,} characters, over the limit of {max_chars:,}"
        )
    return Document.from_text(str(text), source=source)


def _profiles(
    analyzer: Analyzer, documents: dict[int, Document], kind: KindOption, batch_size: int
) -> dict[int, SkillProfile | str]:
    """Profiles by row number through ``nlp.pipe``; on a failure, one by one to find the row."""
    rows = list(documents)
    try:
        found = analyzer.pipe(documents.values(), kind=kind, batch_size=batch_size)
        return dict(zip(rows, found, strict=True))
    except Exception:  # isolate the failing document below
        results: dict[int, SkillProfile | str] = {}
        for n in rows:
            try:
                results[n] = analyzer.extractor.extract(documents[n], kind=kind)
            except Exception as error:  # kept as the row's error
                results[n] = (
                    f"{documents[n].source}: unexpected {type(error).__name__} "
                    "while extracting skills"
                )
        return results


# ---------------------------------------------------------------------------------------------
# Ranking


def rank(
    jobs_profiles: DataFrame,
    resume_profiles: DataFrame,
    *,
    top_k: int = 50,
    job_id_col: str = "id",
    resume_id_col: str = "id",
    taxonomy: Taxonomy | None = None,
    weights: ScoreWeights | None = None,
    include_reports: bool = False,
) -> DataFrame:
    """The ``top_k`` best candidate resumes of each job, scored as :func:`gapcheck.compare` does.

    Both inputs hold an id column and a ``profile`` column, as :func:`extract_profiles` makes
    them; rows without a profile are left out, and ids must be unique within each input.
    Candidates follow the rule in this module's docstring. The result has ``job_id``,
    ``resume_id`` (of the inputs' id types) and the :data:`RANK_COLUMNS`: ``rank`` (1 = best),
    ``score``, the counts of the job's skill requirements and of those ``matched``, ``partial`` and
    ``missing``, and the gap summary: the labels of the missing required requirements
    (``required_gaps``), of the missing preferred ones (``preferred_gaps``) and of those met in
    part (``partly_met``), in the posting's order. With ``include_reports`` a ``report`` column
    holds the whole :class:`~gapcheck.models.GapReport` as JSON. Rows are sorted by job id,
    then rank.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    if top_k < 1:
        raise ValueError("top_k must be at least 1")
    _require_columns(jobs_profiles, (job_id_col, "profile"))
    _require_columns(resume_profiles, (resume_id_col, "profile"))
    jobs = jobs_profiles.where(F.col("profile").isNotNull()).select(
        F.col(job_id_col).alias("job_id"), F.col("profile").alias("job_profile")
    )
    resumes = resume_profiles.where(F.col("profile").isNotNull()).select(
        F.col(resume_id_col).alias("resume_id"), F.col("profile").alias("resume_profile")
    )
    candidates = _candidates(jobs, resumes)
    analyzer = Analyzer(_shippable(taxonomy), weights=weights)
    ordered = Window.partitionBy("job_id").orderBy(F.desc("score"), F.asc("resume_id"))
    ranked = (
        _scored(candidates, analyzer, include_reports)
        .withColumn("rank", F.row_number().over(ordered))
        .where(F.col("rank") <= top_k)
    )
    names = ["job_id", "resume_id", *(name for name, _ in RANK_COLUMNS)]
    if include_reports:
        names.append("report")
    return ranked.select(*names).orderBy("job_id", "rank")


def _candidates(jobs: DataFrame, resumes: DataFrame) -> DataFrame:
    """The (job, resume) pairs of the candidate rule, with both profiles.

    ``jobs`` has ``job_id`` and ``job_profile``, ``resumes`` has ``resume_id`` and
    ``resume_profile``: a resume is a candidate for a job when it has a required skill id of
    the job (see the module's docstring).
    """
    from pyspark.sql import functions as F

    job_keys = F.from_json("job_profile", _KEYS_SCHEMA)
    required_ids = F.array_union(
        F.transform(
            F.filter(job_keys["skills"], lambda s: s["importance"] == F.lit("required")),
            lambda s: s["id"],
        ),
        F.flatten(
            F.transform(
                F.filter(job_keys["groups"], lambda g: g["importance"] == F.lit("required")),
                lambda g: g["skills"],
            )
        ),
    )
    resume_ids = F.array_distinct(
        F.transform(F.from_json("resume_profile", _KEYS_SCHEMA)["skills"], lambda s: s["id"])
    )
    pairs = (
        jobs.select("job_id", F.explode(required_ids).alias("skill_id"))
        .join(resumes.select("resume_id", F.explode(resume_ids).alias("skill_id")), "skill_id")
        .select("job_id", "resume_id")
        .distinct()
    )
    return pairs.join(jobs, "job_id").join(resumes, "resume_id")


def _scored(candidates: DataFrame, analyzer: Analyzer, include_reports: bool) -> DataFrame:
    """Each candidate pair compared by ``analyzer`` on the workers: the RANK_COLUMNS but
    ``rank``, and ``report`` with ``include_reports``."""
    columns = RANK_COLUMNS[1:] + ((("report", "string"),) if include_reports else ())
    id_fields = candidates.select("job_id", "resume_id").schema.fields
    schema = _schema_with(_struct(id_fields), columns, None)

    def score_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for batch in batches:
            yield _score_batch(batch, analyzer, include_reports)

    return candidates.mapInPandas(score_batches, schema)


def _score_batch(batch: pd.DataFrame, analyzer: Analyzer, include_reports: bool) -> pd.DataFrame:
    import pandas as pd

    parsed_jobs: dict[str, SkillProfile] = {}
    reports: list[GapReport] = []
    for job_text, resume_text in zip(batch["job_profile"], batch["resume_profile"], strict=True):
        job = parsed_jobs.get(job_text)
        if job is None:
            job = parsed_jobs[job_text] = profile_from_json(job_text)
        resume = profile_from_json(resume_text)
        reports.append(analyzer.compare(resume, job))

    def labels(report: GapReport, keep: Callable[[Any], bool]) -> list[str]:
        return [r.label for r in report.requirements if keep(r)]

    out = batch[["job_id", "resume_id"]].copy()
    out["score"] = [report.score for report in reports]
    out["requirements"] = pd.array([len(r.requirements) for r in reports], dtype="Int32")
    out["matched"] = pd.array([len(r.matched) for r in reports], dtype="Int32")
    out["partial"] = pd.array([len(r.partial) for r in reports], dtype="Int32")
    out["missing"] = pd.array([len(r.missing) for r in reports], dtype="Int32")
    out["required_gaps"] = pd.Series(
        [
            labels(r, lambda q: q.status == "missing" and q.importance == "required")
            for r in reports
        ],
        index=batch.index,
        dtype=object,
    )
    out["preferred_gaps"] = pd.Series(
        [
            labels(r, lambda q: q.status == "missing" and q.importance == "preferred")
            for r in reports
        ],
        index=batch.index,
        dtype=object,
    )
    out["partly_met"] = pd.Series(
        [labels(r, lambda q: q.status == "partial") for r in reports],
        index=batch.index,
        dtype=object,
    )
    if include_reports:
        out["report"] = pd.Series(
            [r.model_dump_json() for r in reports], index=batch.index, dtype=object
        )
    return out


# ---------------------------------------------------------------------------------------------
# Schemas and checks


def _missing(value: Any) -> bool:
    """A SQL NULL as pandas shows it (None, NaN or pd.NA)."""
    import pandas as pd

    if value is None or isinstance(value, str | bytes | bytearray | list):
        return value is None
    return bool(pd.isna(value))


def _require_columns(df: DataFrame, names: tuple[str, ...]) -> None:
    absent = [name for name in names if name not in df.columns]
    if absent:
        raise ValueError(
            f"the DataFrame has no column {', '.join(map(repr, absent))} "
            f"(its columns: {', '.join(df.columns)})"
        )


def _refuse_clashes(kept: list[str], added: tuple[tuple[str, str], ...]) -> None:
    clashes = [name for name, _ in added if name in kept]
    if clashes:
        raise ValueError(
            f"the DataFrame already has the column {', '.join(map(repr, clashes))} that this "
            "function adds; rename or drop it first"
        )


def _struct(fields: list[Any]) -> Any:
    from pyspark.sql.types import StructType

    return StructType(list(fields))


def _schema_with(base: Any, added: tuple[tuple[str, str], ...], dropped: str | None) -> Any:
    """``base`` without the field ``dropped``, then the ``added`` (name, SQL type) fields."""
    from pyspark.sql import types

    spark_types = {
        "string": types.StringType(),
        "int": types.IntegerType(),
        "double": types.DoubleType(),
        "array<string>": types.ArrayType(types.StringType()),
    }
    fields = [field for field in base.fields if field.name != dropped]
    fields += [types.StructField(name, spark_types[sql]) for name, sql in added]
    return types.StructType(fields)
