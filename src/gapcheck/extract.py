"""Extract a :class:`~gapcheck.models.SkillProfile` from a resume or a job posting.

>>> from gapcheck.extract import extract
>>> profile = extract("Requirements:\\n- 3+ years of Python\\n- PyTorch or TensorFlow", kind="job")
>>> [(s.id, s.importance, s.min_years) for s in profile.skills]
[('python', 'required', 3.0), ('pytorch', 'required', None), ('tensorflow', 'required', None)]
>>> [g.skills for g in profile.groups]
[('pytorch', 'tensorflow')]
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from gapcheck.components.experience import merged_years
from gapcheck.components.layout import doc_text, get_layout
from gapcheck.components.sections import section_lookup
from gapcheck.documents import Document, read_document
from gapcheck.models import (
    DatedEntry,
    EducationMention,
    Mention,
    ProfileSkill,
    RequirementGroup,
    SectionSpan,
    SkillProfile,
)
from gapcheck.taxonomy import Taxonomy, load_taxonomy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DocumentInput", "KindOption", "SkillExtractor", "extract"]

KindOption = Literal["resume", "job", "auto"]
DocumentInput = Document | str | Path

_RANK = {"required": 2, "preferred": 1, None: 0}
_DEMONSTRATED_SECTIONS = frozenset({"experience", "projects"})
_CONTEXT_CHARS = 240


def _as_document(source: DocumentInput) -> Document:
    if isinstance(source, Document):
        return source
    return read_document(source)


class SkillExtractor:
    """Finds skills, requirements, degrees and dated entries in documents.

    The spaCy pipeline is built on first use and shared (cached per taxonomy and model).

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

    @property
    def nlp(self) -> Language:
        from gapcheck.pipeline import build_nlp

        return build_nlp(self.taxonomy, self.model)

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

        For several processes use :func:`gapcheck.rank.rank` (``jobs=N``), which runs one
        pipeline per worker process and sends back only the small results.
        """
        nlp = self.nlp
        pending = ((_as_document(source)) for source in documents)

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
        taxonomy = self.taxonomy
        kind = doc._.gapcheck_kind or "resume"
        is_job = kind == "job"
        spans = list(doc.spans["skills"]) if "skills" in doc.spans else []
        meta = doc._.gapcheck_skill_meta or {}
        requirements = doc._.gapcheck_requirements
        education_found = doc._.gapcheck_education or []
        entries_found = doc._.gapcheck_entries or []
        sections = [
            s if isinstance(s, SectionSpan) else SectionSpan.model_validate(s)
            for s in (doc._.gapcheck_sections or [])
        ]
        layout = get_layout(doc)
        text = doc_text(doc)
        section_of = section_lookup(sections)

        education_spans = {i for found in education_found for i in found.field_spans}
        entries = [
            DatedEntry(
                start_date=e.start_date,
                end_date=e.end_date,
                date_text=e.date_text,
                section=e.section,
                start=e.start_char,
                end=e.end_char,
            )
            for e in entries_found
        ]

        order: list[str] = []
        mentions: dict[str, list[Mention]] = {}
        importance: dict[str, str | None] = {}
        standalone: dict[str, bool] = {}
        min_years: dict[str, float | None] = {}
        entry_hits: dict[str, set[int]] = {}
        demonstrated: dict[str, bool] = {}
        for index, span in enumerate(spans):
            skill = taxonomy.get(span.id_)
            # Degrees and fields of study are education, reported in profile.education.
            if skill is None or skill.kind == "degree" or skill.category == "education":
                continue
            if index in education_spans:
                continue
            start, end = span.start_char, span.end_char
            method, score = meta.get((span.start, span.end), ("exact", None))
            section = section_of(start)
            line = layout.line_of_char(start)
            mention = Mention(
                text=text[start:end],
                start=start,
                end=end,
                section=section,
                line=line + 1,
                context=_context(text, layout.line_span(text, line), start, end),
                method=method,
                score=score,
            )
            if skill.id not in mentions:
                order.append(skill.id)
                mentions[skill.id] = []
                importance[skill.id] = None
                standalone[skill.id] = False
                min_years[skill.id] = None
                entry_hits[skill.id] = set()
                demonstrated[skill.id] = False
            mentions[skill.id].append(mention)
            if is_job and requirements is not None:
                level = requirements.importance[index]
                if _RANK[level] > _RANK[importance[skill.id]]:
                    importance[skill.id] = level
                if level is not None and not requirements.in_group[index]:
                    standalone[skill.id] = True
                years = requirements.min_years[index]
                if years is not None and level is not None:
                    current = min_years[skill.id]
                    min_years[skill.id] = years if current is None else max(current, years)
            elif not is_job:
                for n, entry in enumerate(entries):
                    if entry.start <= start < entry.end:
                        entry_hits[skill.id].add(n)
                if section in _DEMONSTRATED_SECTIONS or entry_hits[skill.id]:
                    demonstrated[skill.id] = True

        skills: list[ProfileSkill] = []
        for skill_id in order:
            skill = taxonomy[skill_id]
            years = None
            evidence = None
            if not is_job:
                hits = entry_hits[skill_id]
                if hits:
                    years = merged_years(
                        (entries[n].start_date, entries[n].end_date) for n in sorted(hits)
                    )
                evidence = "experience" if demonstrated[skill_id] else "listed"
            skills.append(
                ProfileSkill(
                    id=skill_id,
                    name=skill.name,
                    category=skill.category,
                    kind=skill.kind,
                    importance=importance[skill_id] if is_job else None,
                    standalone=standalone[skill_id] if is_job else None,
                    min_years=min_years[skill_id] if is_job else None,
                    years=years,
                    evidence=evidence,
                    mentions=tuple(mentions[skill_id]),
                )
            )

        groups: list[RequirementGroup] = []
        if is_job and requirements is not None:
            for group in requirements.groups:
                ids = tuple(dict.fromkeys(spans[i].id_ for i in group.members))
                if len(ids) < 2:
                    continue
                groups.append(
                    RequirementGroup(
                        skills=ids,
                        importance=group.importance,
                        min_years=group.min_years,
                        text=text[group.start_char : group.end_char],
                        start=group.start_char,
                        end=group.end_char,
                    )
                )

        education = tuple(
            EducationMention(
                level=found.level,
                level_rank=found.level_rank,
                fields=tuple(found.fields),
                importance=found.importance if is_job else None,
                or_equivalent=found.or_equivalent if is_job else False,
                text=" ".join(text[found.start_char : found.end_char].split()),
                start=found.start_char,
                end=found.end_char,
                section=section_of(found.start_char),
            )
            for found in education_found
        )

        if is_job:
            experience_years = requirements.experience_years if requirements else None
        else:
            demonstrated_entries = [e for e in entries if e.section == "experience"] or entries
            experience_years = (
                merged_years((e.start_date, e.end_date) for e in demonstrated_entries)
                if demonstrated_entries
                else None
            )
        title = next((s.heading for s in sections if s.name == "title"), None) if is_job else None
        return SkillProfile(
            kind=kind,
            source=source,
            title=title,
            skills=tuple(s for s in skills if s.kind != "certification"),
            certifications=tuple(s for s in skills if s.kind == "certification"),
            groups=tuple(groups),
            education=education,
            sections=tuple(sections),
            entries=tuple(entries),
            experience_years=experience_years,
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


@functools.lru_cache(maxsize=1)
def _default_extractor() -> SkillExtractor:
    return SkillExtractor()


def extract(document: DocumentInput, kind: KindOption = "auto") -> SkillProfile:
    """Extract the profile of one document with the shipped taxonomy.

    ``document`` is a :class:`~gapcheck.documents.Document`, a path, or a text (a ``str``
    with a line break).
    """
    return _default_extractor().extract(document, kind=kind)
