"""The Analyzer: one taxonomy, one spaCy pipeline and one set of limits for every document.

>>> from gapcheck import Analyzer
>>> analyzer = Analyzer()
>>> resume = "Experience\\nBuilt services in Python and PyTorch.\\n"
>>> report = analyzer.analyze(resume, "Requirements:\\n- Python\\n- PyTorch or TensorFlow\\n")
>>> [(r.label, r.status) for r in report.requirements]
[('Python', 'matched'), ('PyTorch or TensorFlow', 'matched')]

The module-level :func:`analyze` and :func:`extract` use a shared default Analyzer.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Unpack

from gapcheck.comparison import compare as compare_profiles
from gapcheck.comparison import profile_from_role
from gapcheck.documents import Document, read_document
from gapcheck.limits import BATCH_SIZE, DEFAULT_LIMITS, Limits, time_limit
from gapcheck.models import GapReport, ProfileKind, ScoreWeights, SkillProfile
from gapcheck.ranking import RankedResult, RankOptions, rank_against
from gapcheck.summary import with_summary
from gapcheck.taxonomy import Taxonomy, load_taxonomy

if TYPE_CHECKING:
    from spacy.language import Language

    from gapcheck.extraction import DocumentInput, KindOption, SkillExtractor
    from gapcheck.tailor import CoverLetter, Tip

__all__ = ["Analyzer", "TaxonomySource", "analyze", "analyzer_for", "default_analyzer", "extract"]

TaxonomySource = Taxonomy | str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
"""A taxonomy, or the user taxonomy files and folders to merge over the shipped one."""


@dataclass(frozen=True)
class _TaxonomyFiles:
    """A taxonomy by the files it is loaded from: all a worker process needs to load it too."""

    paths: tuple[str, ...] = ()
    include_shipped: bool = True

    @classmethod
    def of(cls, source: TaxonomySource | None) -> _TaxonomyFiles | Taxonomy:
        if source is None:
            return cls()
        if isinstance(source, Taxonomy):
            if not source.origin:
                return source  # not made by load_taxonomy(): travels as it is
            paths = tuple(path for path in source.origin if path != "shipped")
            return cls(paths, "shipped" in source.origin)
        if isinstance(source, str | os.PathLike):
            return cls((os.fspath(source),))
        return cls(tuple(os.fspath(path) for path in source))

    def load(self) -> Taxonomy:
        return load_taxonomy(self.paths, include_shipped=self.include_shipped)


@dataclass(frozen=True)
class _Settings:
    """Everything an Analyzer is made of; what it pickles and compares by."""

    taxonomy: _TaxonomyFiles | Taxonomy
    model: str | None
    limits: Limits
    weights: ScoreWeights
    today: dt.date | None
    tagger: bool = True


class Analyzer:
    """One taxonomy, one spaCy pipeline and one set of limits, for every document it is given.

    ``taxonomy`` is a :class:`~gapcheck.taxonomy.Taxonomy`, or user taxonomy files or folders
    merged over the shipped one (default: the shipped one alone); ``model`` an installed trained
    spaCy pipeline to use instead of ``spacy.blank("en")``; ``limits`` bound each document (see
    :class:`~gapcheck.limits.Limits`); ``weights`` set the score; ``today`` is the "present" of
    resumes' date ranges (default: the day of the analysis); ``tagger`` adds the shipped skill
    tagger to the rules on job postings (``tagger=False``: rules only, see
    :mod:`gapcheck.components.tagger`). Making an Analyzer is cheap: the
    taxonomy is loaded and the pipeline built on first use, then kept.

    Documents are paths, :class:`~gapcheck.documents.Document` objects, or texts (a ``str`` with
    a line break). Reading one is bounded by ``limits``; so is analysing it in :meth:`profile`,
    :meth:`analyze`, :meth:`letter`, :meth:`tips` and :meth:`rank`: ``limits.timeout_seconds``
    for each document (an :class:`~gapcheck.errors.ExtractionTimeout` names them). The limit
    is checked between the pipeline's components, so it holds in any thread (see
    :func:`~gapcheck.limits.time_limit`); :meth:`pipe`, a lazy iterator, has none.

    >>> analyzer = Analyzer(today=dt.date(2025, 6, 1))
    >>> resume = "Experience\\n2021 - present: built services in Python\\n"
    >>> [(s.id, s.years) for s in analyzer.profile(resume, kind="resume").skills]
    [('python', 4.4)]
    >>> job = "Requirements:\\n- 3+ years of Python\\n- Kubernetes\\n"
    >>> [(r.label, r.status) for r in analyzer.analyze(resume, job).requirements]
    [('Python', 'matched'), ('Kubernetes', 'missing')]

    An Analyzer pickles as its settings (a taxonomy as the files it was loaded from) and builds
    its pipeline again where it is unpickled; Analyzers of equal settings compare equal.
    """

    def __init__(
        self,
        taxonomy: TaxonomySource | None = None,
        *,
        model: str | None = None,
        limits: Limits | None = None,
        weights: ScoreWeights | None = None,
        today: dt.date | None = None,
        tagger: bool = True,
    ) -> None:
        self._settings = _Settings(
            taxonomy=_TaxonomyFiles.of(taxonomy),
            model=model,
            limits=limits if limits is not None else DEFAULT_LIMITS,
            weights=weights if weights is not None else ScoreWeights(),
            today=today,
            tagger=tagger,
        )
        self._taxonomy = taxonomy if isinstance(taxonomy, Taxonomy) else None
        self._extractor: SkillExtractor | None = None

    # ------------------------------------------------------------------ what it is made of

    @property
    def taxonomy(self) -> Taxonomy:
        """The taxonomy, loaded on first use."""
        if self._taxonomy is None:
            source = self._settings.taxonomy
            self._taxonomy = source if isinstance(source, Taxonomy) else source.load()
        return self._taxonomy

    @property
    def extractor(self) -> SkillExtractor:
        """The :class:`~gapcheck.extraction.SkillExtractor` of this taxonomy, model and day."""
        if self._extractor is None:
            from gapcheck.extraction import SkillExtractor

            self._extractor = SkillExtractor(
                self.taxonomy, model=self.model, today=self.today, tagger=self.tagger
            )
        return self._extractor

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, built on first use."""
        return self.extractor.nlp

    @property
    def model(self) -> str | None:
        return self._settings.model

    @property
    def tagger(self) -> bool:
        """Whether the shipped skill tagger adds to the rules on job postings."""
        return self._settings.tagger

    @property
    def limits(self) -> Limits:
        return self._settings.limits

    @property
    def weights(self) -> ScoreWeights:
        return self._settings.weights

    @property
    def today(self) -> dt.date | None:
        return self._settings.today

    def warm_up(self) -> None:
        """Load the taxonomy and build the pipeline now (in a worker, or before timing work)."""
        self.extractor.nlp  # noqa: B018  (the property builds it)

    # ------------------------------------------------------------------ documents

    def read(self, document: DocumentInput) -> Document:
        """Read one document within :attr:`limits` (a :class:`Document` is returned as it is)."""
        return read_document(document, limits=self.limits)

    def kind_of(self, document: DocumentInput) -> ProfileKind:
        """Whether ``document`` reads as a ``"resume"`` or a ``"job"`` posting (the detection
        ``kind="auto"`` uses), from its text alone: no pipeline is run."""
        from gapcheck.components.sections import detect_kind

        return detect_kind(self.read(document).text)

    def profile(self, document: DocumentInput, kind: KindOption = "auto") -> SkillProfile:
        """The :class:`~gapcheck.models.SkillProfile` of one document.

        ``kind`` is ``"resume"``, ``"job"``, or ``"auto"`` to tell from the text.
        """
        extractor = self.extractor  # a bad taxonomy file is reported before a bad document
        read = self.read(document)
        with self._analysing([read]):
            profile = extractor.extract(read, kind=kind)
        return profile

    def pipe(
        self, documents: Iterable[DocumentInput], kind: KindOption = "auto", *,
        batch_size: int = BATCH_SIZE,
    ) -> Iterator[SkillProfile]:  # fmt: skip
        """Profiles of many documents, in order, through ``nlp.pipe`` in batches of
        ``batch_size``; each document is read within :attr:`limits` as its turn comes.
        :meth:`SkillExtractor.pipe <gapcheck.extraction.SkillExtractor.pipe>` does the work.

        A document that cannot be read raises its :class:`~gapcheck.errors.DocumentError`
        and ends the iteration; :meth:`rank` reports such documents instead.
        """
        extractor = self.extractor
        read = (self.read(document) for document in documents)
        return extractor.pipe(read, kind=kind, batch_size=batch_size)

    # ------------------------------------------------------------------ comparing

    def compare(self, resume: SkillProfile, job: SkillProfile) -> GapReport:
        """The :class:`~gapcheck.models.GapReport` of two profiles, with this taxonomy and
        these weights."""
        return compare_profiles(resume, job, taxonomy=self.taxonomy, weights=self.weights)

    def analyze(
        self,
        resume: DocumentInput,
        job: DocumentInput | None = None,
        *,
        role: str | None = None,
    ) -> GapReport:
        """Read, extract and compare: a resume against a posting, or against a role profile.

        Give ``role`` (e.g. ``"ai-engineer"``, see ``gapcheck roles``) instead of ``job`` to
        compare against a shipped or user role profile.
        """
        if job is not None and role is None:
            return self._analyze_posting(resume, job)
        if role is not None and job is None:
            return self._analyze_role(resume, role)
        raise ValueError("give exactly one of job or role")

    def _analyze_posting(self, resume: DocumentInput, job: DocumentInput) -> GapReport:
        extractor = self.extractor  # a bad taxonomy file is reported before a bad document
        resume_document = self.read(resume)
        job_document = self.read(job)
        with self._analysing([resume_document, job_document]):
            resume_profile = extractor.extract(resume_document, kind="resume")
            job_profile = extractor.extract(job_document, kind="job")
            report = self.compare(resume_profile, job_profile)
            report = _with_texts(report, resume_document, job_document)
        return _with_ats(report, resume_document, resume_profile, job_profile)

    def _analyze_role(self, resume: DocumentInput, role: str) -> GapReport:
        extractor = self.extractor
        resume_document = self.read(resume)
        role_profile = profile_from_role(self.taxonomy.role(role), self.taxonomy)
        with self._analysing([resume_document]):
            resume_profile = extractor.extract(resume_document, kind="resume")
            report = self.compare(resume_profile, role_profile)
            report = _with_texts(report, resume_document)
        return _with_ats(report, resume_document, resume_profile)

    def rank(
        self,
        job: DocumentInput | SkillProfile,
        resumes: Iterable[DocumentInput],
        **options: Unpack[RankOptions],
    ) -> list[RankedResult]:
        """Rank ``resumes`` by how well each matches ``job``, best first.

        See :func:`gapcheck.rank.rank`: ``jobs`` worker processes (by default one per CPU)
        each hold one Analyzer of these settings.
        """
        return rank_against(self, job, "resume", resumes, **options)

    def rank_jobs(
        self,
        resume: DocumentInput | SkillProfile,
        postings: Iterable[DocumentInput],
        **options: Unpack[RankOptions],
    ) -> list[RankedResult]:
        """Rank job ``postings`` by how well ``resume`` matches each, best first.

        See :func:`gapcheck.rank.rank_jobs`.
        """
        return rank_against(self, resume, "job", postings, **options)

    # ------------------------------------------------------------------ drafting

    def letter(
        self,
        resume: DocumentInput,
        job: DocumentInput,
        *,
        applicant: str | None = None,
        company: str | None = None,
        title: str | None = None,
        template: str | os.PathLike[str] | None = None,
        address_gaps: bool = False,
    ) -> CoverLetter:
        """A cover-letter draft for ``job`` from the evidence in ``resume``.

        ``applicant``, ``company`` and the job ``title`` override what the documents say;
        ``template`` is a letter template file; ``address_gaps`` also names the most important
        gap, as a plan. See :func:`gapcheck.tailor.draft_cover_letter`.
        """
        from gapcheck.tailor import draft_cover_letter

        return draft_cover_letter(
            self.analyze(resume, job),
            applicant=applicant,
            company=company,
            role=title,
            template=template,
            taxonomy=self.taxonomy,
            address_gaps=address_gaps,
        )

    def tips(self, resume: DocumentInput, job: DocumentInput) -> tuple[Tip, ...]:
        """Suggested resume changes for ``job``. See :func:`gapcheck.tailor.resume_tips`."""
        from gapcheck.tailor import resume_tips

        resume_document = self.read(resume)
        report = self.analyze(resume_document, job)
        return resume_tips(report, resume_text=resume_document.text, taxonomy=self.taxonomy)

    def report_tips(self, report: GapReport, resume: DocumentInput) -> tuple[Tip, ...]:
        """The tips for a report already made, reading the whole text of its ``resume`` (so no
        tip asks for a term the resume has)."""
        from gapcheck.tailor import resume_tips

        text = self.read(resume).text
        return resume_tips(report, resume_text=text, taxonomy=self.taxonomy)

    # ------------------------------------------------------------------ helpers

    def _analysing(self, documents: Sequence[Document]) -> time_limit:
        """A time limit on analysing ``documents``, the pipeline built first: building it is
        not analysing a document."""
        self.warm_up()
        names = " and ".join(document.source for document in documents)
        return time_limit(self.limits.timeout_seconds * len(documents), names, "the analysis")

    # ------------------------------------------------------------------ identity

    def __getstate__(self) -> dict[str, Any]:
        # Never pickle a pipeline: the settings are enough to build the same one again.
        return {"settings": self._settings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._settings = state["settings"]
        self._taxonomy = None
        self._extractor = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Analyzer):
            return NotImplemented
        return self._settings == other._settings

    def __hash__(self) -> int:
        return hash(self._settings)

    def __repr__(self) -> str:
        settings = self._settings
        shown = []
        if settings.taxonomy != _TaxonomyFiles():
            taxonomy = settings.taxonomy
            if isinstance(taxonomy, _TaxonomyFiles) and taxonomy.include_shipped:
                shown.append(f"taxonomy={list(taxonomy.paths)!r}")
            else:
                shown.append(f"taxonomy={taxonomy!r}")
        for name, value, default in (
            ("model", settings.model, None),
            ("limits", settings.limits, DEFAULT_LIMITS),
            ("weights", settings.weights, ScoreWeights()),
            ("today", settings.today, None),
            ("tagger", settings.tagger, True),
        ):
            if value != default:
                shown.append(f"{name}={value!r}")
        return f"Analyzer({', '.join(shown)})"


def _with_texts(report: GapReport, resume: Document, job: Document | None = None) -> GapReport:
    """What only the texts tell: whole evidence statements, the employer, the applicant."""
    from gapcheck.tailor import with_texts

    report = with_texts(
        report, resume_text=resume.text, job_text=job.text if job is not None else None
    )
    return with_summary(report)


def _with_ats(
    report: GapReport,
    resume: Document,
    resume_profile: SkillProfile,
    job_profile: SkillProfile | None = None,
) -> GapReport:
    """What tracking systems look at: keywords, title, checks of the resume's text."""
    from gapcheck.ats import ats_checks, keyword_counts, title_match

    update: dict[str, Any] = {
        "ats_checks": ats_checks(resume, [section.name for section in resume_profile.sections])
    }
    if job_profile is not None:
        update["keywords"] = keyword_counts(resume_profile, job_profile)
        update["title_match"] = title_match(resume.text, resume_profile, report.job_title)
    return report.model_copy(update=update)


@functools.cache
def default_analyzer() -> Analyzer:
    """The shared Analyzer of the module-level functions: shipped taxonomy, default settings."""
    return Analyzer()


def analyzer_for(
    taxonomy: TaxonomySource | None = None,
    *,
    model: str | None = None,
    limits: Limits | None = None,
    weights: ScoreWeights | None = None,
    tagger: bool = True,
) -> Analyzer:
    """The shared :func:`default_analyzer` when no setting is given, else a new Analyzer."""
    if taxonomy is None and model is None and limits is None and weights is None and tagger:
        return default_analyzer()
    return Analyzer(taxonomy, model=model, limits=limits, weights=weights, tagger=tagger)


def analyze(
    resume: DocumentInput,
    job: DocumentInput | None = None,
    *,
    role: str | None = None,
    taxonomy: Taxonomy | None = None,
    weights: ScoreWeights | None = None,
    model: str | None = None,
    tagger: bool = True,
) -> GapReport:
    """Read, extract and compare: a resume against a posting, or against a role profile.

    ``resume`` and ``job`` are paths, :class:`~gapcheck.documents.Document` objects, or texts
    (a ``str`` with a line break). Give ``role`` (e.g. ``"ai-engineer"``) instead of ``job``
    to compare against a shipped role profile; ``tagger=False`` extracts with the rules only.
    The same as :meth:`Analyzer.analyze`.

    >>> resume = "Experience\\nBuilt services in Python and PyTorch.\\n"
    >>> analyze(resume, "Requirements:\\n- Python\\n- PyTorch or TensorFlow\\n").score
    100.0
    """
    analyzer = analyzer_for(taxonomy, model=model, weights=weights, tagger=tagger)
    return analyzer.analyze(resume, job, role=role)


def extract(
    document: DocumentInput, kind: KindOption = "auto", *, tagger: bool = True
) -> SkillProfile:
    """Extract the profile of one document with the shipped taxonomy.

    ``document`` is a :class:`~gapcheck.documents.Document`, a path, or a text (a ``str``
    with a line break); ``tagger=False`` extracts with the rules only. The same as
    :meth:`Analyzer.profile`.

    >>> profile = extract("Requirements:\\n- 3+ years of Python\\n", kind="job")
    >>> [(s.id, s.importance, s.min_years) for s in profile.skills]
    [('python', 'required', 3.0)]
    """
    return analyzer_for(tagger=tagger).profile(document, kind=kind)
