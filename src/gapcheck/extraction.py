"""Extract a :class:`~gapcheck.models.SkillProfile` from a resume or a job posting.

>>> from gapcheck.extraction import SkillExtractor
>>> extractor = SkillExtractor()
>>> text = "Requirements:\\n- 3+ years of Python\\n- PyTorch or TensorFlow"
>>> profile = extractor.extract(text, kind="job")
>>> [(s.id, s.importance, s.min_years) for s in profile.skills]
[('python', 'required', 3.0), ('pytorch', 'required', None), ('tensorflow', 'required', None)]
>>> [g.skills for g in profile.groups]
[('pytorch', 'tensorflow')]

:class:`gapcheck.Analyzer` (and :func:`gapcheck.extract`) add reading limits and a time limit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from gapcheck.components.experience import merged_years
from gapcheck.components.layout import Layout, doc_text, get_layout
from gapcheck.components.sections import section_lookup
from gapcheck.documents import Document, read_document
from gapcheck.models import (
    DatedEntry,
    EducationMention,
    EvidenceKind,
    MatchMethod,
    Mention,
    ProfileKind,
    ProfileSkill,
    RequirementGroup,
    SectionSpan,
    SkillProfile,
)
from gapcheck.taxonomy import Importance, Taxonomy, load_taxonomy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from gapcheck.components.requirements import EducationFound, Requirements

__all__ = ["DocumentInput", "KindOption", "SkillExtractor"]

KindOption = Literal["resume", "job", "auto"]
DocumentInput = Document | str | Path

_RANK: dict[Importance | None, int] = {"required": 2, "preferred": 1, None: 0}
_LEVELS: dict[str, Importance] = {"required": "required", "preferred": "preferred"}
_DEMONSTRATED_SECTIONS = frozenset({"experience", "projects"})
_CONTEXT_CHARS = 240


def _as_document(source: DocumentInput) -> Document:
    if isinstance(source, Document):
        return source
    return read_document(source)


class SkillExtractor:
    """Finds skills, requirements, degrees and dated entries in documents.

    The spaCy pipeline is built on first use (cached per taxonomy and model) and kept.

    >>> extractor = SkillExtractor()
    >>> extractor.extract("Skills: Go, Rust and Python\\n", kind="resume").skill_ids
    ('go', 'rust', 'python')
    """

    def __init__(
        self,
        taxonomy: Taxonomy | None = None,
        *,
        model: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        self.taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
        self.model = model
        self.today = today
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, built on first use."""
        if self._nlp is None:
            from gapcheck.pipeline import build_nlp

            self._nlp = build_nlp(self.taxonomy, self.model)
        return self._nlp

    def extract(self, document: DocumentInput, kind: KindOption = "auto") -> SkillProfile:
        """The profile of one document (a :class:`Document`, a path, or text with a newline)."""
        return next(self.pipe([document], kind=kind))

    def pipe(
        self,
        documents: Iterable[DocumentInput],
        kind: KindOption = "auto",
        *,
        batch_size: int = 32,
    ) -> Iterator[SkillProfile]:
        """Profiles of many documents, in order, through ``nlp.pipe`` in batches.

        For several processes use :meth:`gapcheck.Analyzer.rank` (``jobs=N``), which runs one
        pipeline per worker process and sends back only the small results.
        """
        nlp = self.nlp
        pending = (_as_document(source) for source in documents)

        def docs() -> Iterator[tuple[Doc, Document]]:
            for document in pending:
                doc = nlp.make_doc(document.text)
                doc._.gapcheck_kind = None if kind == "auto" else kind
                doc._.gapcheck_today = self.today
                yield doc, document

        for doc, document in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
            yield self.profile(doc, source=document.source)

    # ------------------------------------------------------------------ roll-up

    def profile(self, doc: Doc, source: str | None = None) -> SkillProfile:
        """Roll a processed ``Doc`` up into a :class:`SkillProfile`."""
        marks = _Marks.of(doc)
        skills = [
            self._profile_skill(skill_id, tally, marks)
            for skill_id, tally in self._tally(marks).items()
        ]
        return SkillProfile(
            kind=marks.kind,
            source=source,
            title=_title(marks),
            skills=tuple(s for s in skills if s.kind != "certification"),
            certifications=tuple(s for s in skills if s.kind == "certification"),
            groups=_groups(marks),
            education=_education(marks),
            sections=tuple(marks.sections),
            entries=tuple(marks.entries),
            experience_years=_experience_years(marks),
        )

    def _tally(self, marks: _Marks) -> dict[str, _SkillTally]:
        """Each skill's mentions and what they say, by skill id in order of first mention."""
        tallies: dict[str, _SkillTally] = {}
        education_spans = {i for found in marks.education for i in found.field_spans}
        requirements = marks.requirements
        for index, span in enumerate(marks.spans):
            skill = self.taxonomy.get(span.id_)
            # Degrees and fields of study are education, reported in profile.education.
            if skill is None or skill.kind == "degree" or skill.category == "education":
                continue
            if index in education_spans:
                continue
            mention = _mention(marks, span)
            tally = tallies.setdefault(skill.id, _SkillTally())
            tally.mentions.append(mention)
            if marks.kind == "job" and requirements is not None:
                tally.asked(
                    _optional_level(requirements.importance[index]),
                    requirements.in_group[index],
                    requirements.min_years[index],
                )
            elif marks.kind == "resume":
                tally.shown(marks.entries, mention.section, mention.start)
        return tallies

    def _profile_skill(self, skill_id: str, tally: _SkillTally, marks: _Marks) -> ProfileSkill:
        skill = self.taxonomy[skill_id]
        is_job = marks.kind == "job"
        years = None
        evidence: EvidenceKind | None = None
        if not is_job:
            if tally.entry_hits:
                years = merged_years(
                    (marks.entries[n].start_date, marks.entries[n].end_date)
                    for n in sorted(tally.entry_hits)
                )
            evidence = "experience" if tally.demonstrated else "listed"
        return ProfileSkill(
            id=skill_id,
            name=skill.name,
            category=skill.category,
            kind=skill.kind,
            importance=tally.importance if is_job else None,
            standalone=tally.standalone if is_job else None,
            min_years=tally.min_years if is_job else None,
            years=years,
            evidence=evidence,
            mentions=tuple(tally.mentions),
        )


@dataclass(frozen=True, slots=True)
class _Marks:
    """What gapcheck's components left on one processed ``Doc``, read once."""

    kind: ProfileKind
    text: str
    spans: list[Span]
    meta: dict[tuple[int, int], tuple[MatchMethod, float | None]]
    requirements: Requirements | None
    education: list[EducationFound]
    sections: list[SectionSpan]
    entries: list[DatedEntry]
    layout: Layout
    section_of: Callable[[int], str]

    @classmethod
    def of(cls, doc: Doc) -> _Marks:
        sections = [
            s if isinstance(s, SectionSpan) else SectionSpan.model_validate(s)
            for s in (doc._.gapcheck_sections or [])
        ]
        entries = [
            DatedEntry(
                start_date=e.start_date,
                end_date=e.end_date,
                date_text=e.date_text,
                section=e.section,
                start=e.start_char,
                end=e.end_char,
            )
            for e in (doc._.gapcheck_entries or [])
        ]
        return cls(
            kind="job" if doc._.gapcheck_kind == "job" else "resume",
            text=doc_text(doc),
            spans=list(doc.spans["skills"]) if "skills" in doc.spans else [],
            meta=doc._.gapcheck_skill_meta or {},
            requirements=doc._.gapcheck_requirements,
            education=doc._.gapcheck_education or [],
            sections=sections,
            entries=entries,
            layout=get_layout(doc),
            section_of=section_lookup(sections),
        )


@dataclass(slots=True)
class _SkillTally:
    """What the mentions of one skill say: where it is, how important, for how long."""

    mentions: list[Mention] = field(default_factory=list)
    importance: Importance | None = None
    standalone: bool = False
    min_years: float | None = None
    entry_hits: set[int] = field(default_factory=set)
    demonstrated: bool = False

    def asked(self, level: Importance | None, in_group: bool, years: float | None) -> None:
        """A job's mention: asked at ``level``, in an either/or group or not, for ``years``."""
        if _RANK[level] > _RANK[self.importance]:
            self.importance = level
        if level is not None and not in_group:
            self.standalone = True
        if years is not None and level is not None:
            self.min_years = years if self.min_years is None else max(self.min_years, years)

    def shown(self, entries: list[DatedEntry], section: str, start: int) -> None:
        """A resume's mention at ``start``, in ``section``, inside some dated ``entries``."""
        for n, entry in enumerate(entries):
            if entry.start <= start < entry.end:
                self.entry_hits.add(n)
        if section in _DEMONSTRATED_SECTIONS or self.entry_hits:
            self.demonstrated = True


def _optional_level(level: str | None) -> Importance | None:
    return None if level is None else _LEVELS[level]


def _mention(marks: _Marks, span: Span) -> Mention:
    start, end = span.start_char, span.end_char
    method, score = marks.meta.get((span.start, span.end), ("exact", None))
    line = marks.layout.line_of_char(start)
    return Mention(
        text=marks.text[start:end],
        start=start,
        end=end,
        section=marks.section_of(start),
        line=line + 1,
        context=_context(marks.text, marks.layout.line_span(marks.text, line), start, end),
        method=method,
        score=score,
    )


def _context(text: str, line: tuple[int, int], start: int, end: int) -> str:
    """The line around a mention, whitespace-collapsed and at most ~240 characters."""
    line_start, line_end = line
    line_end = max(line_end, min(end, len(text)))
    if line_end - line_start > _CONTEXT_CHARS:
        half = (_CONTEXT_CHARS - (end - start)) // 2
        line_start = max(line_start, start - max(half, 20))
        line_end = min(line_end, end + max(half, 20))
    return " ".join(text[line_start:line_end].split())


def _groups(marks: _Marks) -> tuple[RequirementGroup, ...]:
    """A job's either/or groups of two or more distinct skills."""
    if marks.kind != "job" or marks.requirements is None:
        return ()
    groups: list[RequirementGroup] = []
    for group in marks.requirements.groups:
        ids = tuple(dict.fromkeys(marks.spans[i].id_ for i in group.members))
        if len(ids) < 2:
            continue
        groups.append(
            RequirementGroup(
                skills=ids,
                importance=_LEVELS[group.importance],
                min_years=group.min_years,
                text=marks.text[group.start_char : group.end_char],
                start=group.start_char,
                end=group.end_char,
                or_similar=group.or_similar,
            )
        )
    return tuple(groups)


def _education(marks: _Marks) -> tuple[EducationMention, ...]:
    is_job = marks.kind == "job"
    return tuple(
        EducationMention(
            level=found.level,
            level_rank=found.level_rank,
            fields=tuple(found.fields),
            importance=_optional_level(found.importance) if is_job else None,
            or_equivalent=found.or_equivalent if is_job else False,
            text=" ".join(marks.text[found.start_char : found.end_char].split()),
            start=found.start_char,
            end=found.end_char,
            section=marks.section_of(found.start_char),
        )
        for found in marks.education
    )


def _experience_years(marks: _Marks) -> float | None:
    """A job's years of experience asked; a resume's years in its dated (experience) entries."""
    if marks.kind == "job":
        return marks.requirements.experience_years if marks.requirements else None
    demonstrated = [e for e in marks.entries if e.section == "experience"] or marks.entries
    if not demonstrated:
        return None
    return merged_years((e.start_date, e.end_date) for e in demonstrated)


def _title(marks: _Marks) -> str | None:
    if marks.kind != "job":
        return None
    return next((s.heading for s in marks.sections if s.name == "title"), None)
