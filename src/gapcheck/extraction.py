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

import bisect
import datetime as dt
import heapq
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import TypeAdapter

from gapcheck.components.experience import merged_years
from gapcheck.components.layout import Layout, doc_text, get_layout, text_lines
from gapcheck.components.phrases import OTHER_SKILLS_KEY, phrase_importance, phrase_name
from gapcheck.components.sections import section_lookup
from gapcheck.components.skills import ROLES_KEY
from gapcheck.components.usage import UsageReader
from gapcheck.documents import Document, read_document
from gapcheck.excerpts import excerpt
from gapcheck.limits import BATCH_SIZE, check_deadline
from gapcheck.marks import item_bounds
from gapcheck.models import (
    DatedEntry,
    EducationMention,
    MatchMethod,
    Mention,
    ProfileKind,
    ProfileSkill,
    RequirementGroup,
    SectionSpan,
    SkillProfile,
    TextLine,
    Usage,
)
from gapcheck.taxonomy import Importance, Skill, Taxonomy, load_taxonomy
from gapcheck.wordlist import ROLE_NOUNS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from gapcheck.components.requirements import EducationFound, Requirements

__all__ = ["DocumentInput", "KindOption", "SkillExtractor"]

KindOption = Literal["resume", "job", "auto"]
DocumentInput = Document | str | Path

# Mentions and lines are many: validated in one call per skill (per resume), not one per model,
# which costs less than building each (or model_construct).
_MENTIONS = TypeAdapter(tuple[Mention, ...])
_LINES = TypeAdapter(tuple[TextLine, ...])

_RANK: dict[Importance | None, int] = {"required": 2, "preferred": 1, None: 0}
# Words that say a resume's degree is not finished yet.
_IN_PROGRESS = re.compile(
    r"\b(?:expected|anticipated|in progress|pursuing|currently enrolled|ongoing|to date|"
    r"present|current)\b",
    re.IGNORECASE,
)
# Words beside a posting's degree that accept one on its way: "a BS in Computer Science
# (graduating between Dec 2026 and Jun 2027)", "currently pursuing a degree".
_STUDENTS = re.compile(
    r"\b(?:graduating|graduation|pursuing|currently enrolled|enrolled in|in progress|"
    r"final[- ]year|class of 20\d\d|expected to graduate|working towards?)\b",
    re.IGNORECASE,
)
# Words beside a certification that say it is not held yet ("CPA candidate", "PMP (in
# progress)", "pursuing the CISSP"), or, in a posting, that one on the way is accepted too
# ("CPA or working toward CPA").
_PENDING = re.compile(
    r"\b(?:candidate|in progress|pursuing|expected|anticipated|working toward|working towards|"
    r"studying for|preparing for|enrolled in|enrolled on|part[- ]qualified|in pursuit of|"
    r"progress toward|progress towards|exam scheduled|scheduled to sit|sitting for|"
    r"part \d+ scheduled|parts? \d+(?:\s*(?:,|and|&)\s*\d+)* passed|pending)\b",
    re.IGNORECASE,
)
# What may come before a credential that opens its line: spaces and bullets; and the longest
# line of a credential read as its subject ("PLS, Oregon - state exam scheduled Apr 2026").
_LINE_OPENERS = " \t•·▪◦*-–—"
_CREDENTIAL_LINE_CHARS = 200
# The sections of a posting that state its qualifications (see _SkillTally).
_QUALIFICATION_SECTIONS = frozenset({"requirements", "preferred", "not_required"})
_LEVELS: dict[str, Importance] = {"required": "required", "preferred": "preferred"}


def _as_document(source: DocumentInput) -> Document:
    if isinstance(source, Document):
        return source
    return read_document(source)


class SkillExtractor:
    """Finds skills, requirements, degrees and dated entries in documents.

    The spaCy pipeline is built on first use (cached per taxonomy and model) and kept. With
    ``tagger`` (the default) the shipped skill tagger adds to the rules on job postings
    (:mod:`gapcheck.components.tagger`); ``tagger=False`` is rules only.

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
        tagger: bool = True,
    ) -> None:
        self.taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
        self.model = model
        self.today = today
        self.tagger = tagger
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, built on first use."""
        if self._nlp is None:
            from gapcheck.pipeline import build_nlp

            self._nlp = build_nlp(self.taxonomy, self.model, tagger=self.tagger)
        return self._nlp

    def extract(self, document: DocumentInput, kind: KindOption = "auto") -> SkillProfile:
        """The profile of one document (a :class:`Document`, a path, or text with a newline).

        A :func:`~gapcheck.limits.time_limit` around the call is checked between the pipeline's
        components, so it holds in any thread.
        """
        document = _as_document(document)
        doc = self._new_doc(document, kind)
        for _, component in self.nlp.pipeline:
            check_deadline()
            doc = component(doc)
        check_deadline()
        return self._finished(doc, document)

    def pipe(
        self,
        documents: Iterable[DocumentInput],
        kind: KindOption = "auto",
        *,
        batch_size: int = BATCH_SIZE,
    ) -> Iterator[SkillProfile]:
        """Profiles of many documents, in order, through ``nlp.pipe`` in batches.

        For several processes use :meth:`gapcheck.Analyzer.rank` (``jobs=N``), which runs one
        pipeline per worker process and sends back only the small results.
        """
        nlp = self.nlp
        pending = (_as_document(source) for source in documents)

        def docs() -> Iterator[tuple[Doc, Document]]:
            for document in pending:
                check_deadline()
                yield self._new_doc(document, kind), document

        for doc, document in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
            check_deadline()
            yield self._finished(doc, document)

    def _finished(self, doc: Doc, document: Document) -> SkillProfile:
        """The profile of a processed ``doc``, with the warnings of its ``document``."""
        profile = self.profile(doc, source=document.source)
        if document.warnings:
            profile = profile.model_copy(update={"warnings": document.warnings})
        return profile

    def _new_doc(self, document: Document, kind: KindOption) -> Doc:
        """The tokenised ``Doc`` of ``document``, told its kind and the day, not yet processed."""
        doc = self.nlp.make_doc(document.text)
        doc._.gapcheck_kind = None if kind == "auto" else kind
        doc._.gapcheck_today = self.today
        return doc

    # ------------------------------------------------------------------ roll-up

    def profile(self, doc: Doc, source: str | None = None) -> SkillProfile:
        """Roll a processed ``Doc`` up into a :class:`SkillProfile` (without the Document's
        warnings: :meth:`extract` and :meth:`pipe` add them)."""
        marks = _Marks.of(doc)
        skills = [
            self._profile_skill(skill_id, tally, marks)
            for skill_id, tally in self._tally(marks).items()
        ]
        others = list(self._other_skills(marks))
        groups = list(_groups(marks))
        if marks.kind == "job":
            _join_other_skills(marks.text, skills, others, groups)
        return SkillProfile(
            kind=marks.kind,
            source=source,
            title=_title(marks),
            skills=tuple(s for s in skills if s.kind != "certification"),
            certifications=tuple(s for s in skills if s.kind == "certification"),
            other_skills=tuple(others),
            groups=tuple(sorted(groups, key=lambda g: g.start)),
            education=_education(marks),
            sections=tuple(marks.sections),
            entries=tuple(marks.entries),
            experience_years=_experience_years(marks),
            lines=_lines(marks),
        )

    def _tally(self, marks: _Marks) -> dict[str, _SkillTally]:
        """Each skill's mentions and what they say, by skill id in order of first mention."""
        tallies: dict[str, _SkillTally] = {}
        education_spans = {i for found in marks.education for i in found.field_spans}
        requirements = marks.requirements
        offsets = [span.start_char for span in marks.spans]
        in_entries = _entries_holding(offsets, marks.entries)
        if marks.kind == "resume":
            in_entries = _with_heading_entries(offsets, in_entries, marks)
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
                    stated=mention["section"] in _QUALIFICATION_SECTIONS,
                    own=bool(requirements.own) and requirements.own[index],
                )
                if (
                    mention["section"] == "title"
                    and requirements.importance[index] == "required"
                    and span[-1].lower_ in ROLE_NOUNS
                ):
                    tally.titled = True  # the role itself: "Account Executive", not "B2B SaaS"
                for part in requirements.details.get(index, ()):
                    if marks.spans[part].id_ != skill.id:
                        tally.details.append(marks.spans[part].id_)
            elif marks.kind == "resume":
                tally.shown(in_entries[index], mention["usage"])
                stated = requirements.min_years[index] if requirements is not None else None
                if stated is not None:
                    # "Five years with B2B SaaS customers" claims use, not a list item.
                    tally.stated_years = max(tally.stated_years or 0.0, stated)
                    tally.demonstrated = True
        # A role held ("Senior Product Marketing Manager, 2019 - 2022") is the skill in use for
        # as long as the entry lasts, though its evidence is in the skill's other mentions.
        role_entries = _entries_holding([span.start_char for span in marks.roles], marks.entries)
        for span, entries in zip(marks.roles, role_entries, strict=True):
            held = tallies.get(span.id_)
            if held is not None and entries:
                held.entry_hits.update(entries)
                held.demonstrated = True
        return tallies

    def _other_skills(self, marks: _Marks) -> tuple[ProfileSkill, ...]:
        """Skills outside the taxonomy, from ``doc.spans["other_skills"]`` (see
        :mod:`gapcheck.components.phrases` for what their spans carry)."""
        tallies: dict[str, _SkillTally] = {}
        first: dict[str, Span] = {}
        spans = marks.other_spans
        in_entries = _entries_holding([span.start_char for span in spans], marks.entries)
        for index, (span, importance) in enumerate(zip(spans, marks.other_importance, strict=True)):
            mention = _mention(marks, span)
            tally = tallies.setdefault(span.id_, _SkillTally())
            first.setdefault(span.id_, span)
            tally.mentions.append(mention)
            if marks.kind == "job":
                tally.asked(importance, False, None)
            else:
                tally.shown(in_entries[index], mention["usage"])
        skills = []
        for skill_id, tally in tallies.items():
            span = first[skill_id]
            broader = self.taxonomy.get(span.kb_id_) if span.kb_id_ else None
            skill = self._profile_skill(skill_id, tally, marks, broader)
            skills.append(
                skill.model_copy(
                    update={
                        "name": phrase_name(span),
                        "origin": "model" if span.label_ == "model" else "rules",
                        "broader": broader.id if broader is not None else None,
                    }
                )
            )
        return tuple(skills)

    def _profile_skill(
        self, skill_id: str, tally: _SkillTally, marks: _Marks, broader: Skill | None = None
    ) -> ProfileSkill:
        """The profile entry of a taxonomy skill (or of an other skill, under ``broader``)."""
        skill = self.taxonomy.get(skill_id) or broader
        is_job = marks.kind == "job"
        years = None
        usage: Usage | None = None
        if not is_job:
            if tally.entry_hits:
                years = merged_years(
                    (marks.entries[n].start_date, marks.entries[n].end_date)
                    for n in sorted(tally.entry_hits)
                )
            if tally.stated_years is not None and (years is None or tally.stated_years > years):
                years = tally.stated_years  # "five years in B2B SaaS": the resume's own words
            usage = "experience" if tally.demonstrated else "listed"
        # A resume holds a certification unless every mention says otherwise; a posting
        # accepts one on its way if any mention says so.
        said = (_pending(marks, m["start"], m["end"]) for m in tally.mentions)
        pending = (
            skill is not None
            and skill.kind == "certification"
            and bool(tally.mentions)
            and (any(said) if is_job else all(said))
        )
        return ProfileSkill(
            id=skill_id,
            name=skill.name if skill is not None else skill_id,
            in_progress=pending,
            category=skill.category if skill is not None else "other",
            kind=skill.kind if skill is not None else "knowledge",
            importance=tally.importance if is_job else None,
            standalone=tally.standalone if is_job else None,
            min_years=tally.min_years if is_job else None,
            details=tuple(dict.fromkeys(tally.details)),
            years=years,
            usage=usage,
            mentions=_MENTIONS.validate_python(tally.mentions),
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
    other_spans: list[Span]
    other_importance: list[Importance | None]
    usage: UsageReader | None
    """Resumes: whether each place shows use or only lists."""
    roles: list[Span] = field(default_factory=list)
    """Resumes: skill names inside the job titles of entries (``doc.spans["skill_roles"]``)."""
    by_start: list[Span] = field(default_factory=list)
    """``spans`` in the order of their first characters."""
    starts: list[int] = field(default_factory=list)
    """The offsets of those first characters, to find the spans of a line."""

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
        kind: ProfileKind = "job" if doc._.gapcheck_kind == "job" else "resume"
        layout = get_layout(doc)
        section_of = section_lookup(sections)
        other_spans = list(doc.spans[OTHER_SKILLS_KEY]) if OTHER_SKILLS_KEY in doc.spans else []
        is_job = kind == "job"
        spans = list(doc.spans["skills"]) if "skills" in doc.spans else []
        by_start = sorted(spans, key=lambda span: span.start_char)
        return cls(
            kind=kind,
            text=doc_text(doc),
            spans=spans,
            meta=doc._.gapcheck_skill_meta or {},
            requirements=doc._.gapcheck_requirements,
            education=doc._.gapcheck_education or [],
            sections=sections,
            entries=entries,
            layout=layout,
            section_of=section_of,
            other_spans=other_spans,
            other_importance=[
                phrase_importance(doc, span, layout, section_of) if is_job else None
                for span in other_spans
            ],
            usage=None
            if is_job
            else UsageReader(doc, section_of, [(e.start, e.end) for e in entries], layout),
            roles=list(doc.spans[ROLES_KEY]) if ROLES_KEY in doc.spans else [],
            by_start=by_start,
            starts=[span.start_char for span in by_start],
        )


@dataclass(slots=True)
class _SkillTally:
    """What the mentions of one skill say: where it is, how important, for how long.

    A job's importance is the highest its mentions ask for, except where the qualifications
    (:data:`_QUALIFICATION_SECTIONS`) ask for the skill itself (a mention of its own: see
    :attr:`~gapcheck.components.requirements.Requirements.own`): then the qualifications
    decide, not the duties. "Build Power BI dashboards" and "a BI tool (Power BI preferred)"
    ask for Power BI as preferred; "Build streaming pipelines" and, nice to have, "Kafka or
    another streaming platform" ask for stream processing as required. The posting's title
    names the role itself: "Account Executive" asks for sales, though "ideally selling to
    finance buyers" prefers only the buyers (not a field beside it: "Marketing Manager - B2B
    SaaS").
    """

    mentions: list[dict[str, Any]] = field(default_factory=list)
    """The fields of each :class:`Mention`, validated together when the skill is built."""
    highest: Importance | None = None
    stated: Importance | None = None
    stated_own: bool = False
    titled: bool = False
    standalone: bool = False
    min_years: float | None = None
    entry_hits: set[int] = field(default_factory=set)
    demonstrated: bool = False
    stated_years: float | None = None
    details: list[str] = field(default_factory=list)
    """Jobs: the parts named in parentheses after the skill ("Microsoft Office (Word, Excel)")."""

    @property
    def importance(self) -> Importance | None:
        """How important a job's skill is (see the class docstring)."""
        if self.titled:
            return "required"
        return self.stated if self.stated_own else self.highest

    def asked(
        self,
        level: Importance | None,
        in_group: bool,
        years: float | None,
        stated: bool = True,
        own: bool = False,
    ) -> None:
        """A job's mention: asked at ``level``, in an either/or group or not, for ``years``;
        ``stated``: in a section of qualifications; ``own``: of the skill itself."""
        if _RANK[level] > _RANK[self.highest]:
            self.highest = level
        if stated:
            self.stated_own = self.stated_own or own
            if _RANK[level] > _RANK[self.stated]:
                self.stated = level
        if level is not None and not in_group:
            self.standalone = True
        if years is not None and level is not None:
            self.min_years = years if self.min_years is None else max(self.min_years, years)

    def shown(self, entries: Iterable[int], usage: Usage | None) -> None:
        """A resume's mention, inside the dated entries numbered ``entries``, with its
        ``usage``."""
        self.entry_hits.update(entries)
        if usage == "experience":
            self.demonstrated = True


def _entries_holding(offsets: list[int], entries: list[DatedEntry]) -> list[tuple[int, ...]]:
    """For each offset, the numbers of the dated entries that hold it: one sweep over both in
    text order, so the work grows with the mentions plus the entries, not their product."""
    holding: list[tuple[int, ...]] = [()] * len(offsets)
    if not entries:
        return holding
    by_start = sorted(range(len(entries)), key=lambda n: entries[n].start)
    open_entries: list[tuple[int, int]] = []  # (end, number), a heap by end
    next_entry = 0
    for position in sorted(range(len(offsets)), key=offsets.__getitem__):
        offset = offsets[position]
        while next_entry < len(by_start) and entries[by_start[next_entry]].start <= offset:
            number = by_start[next_entry]
            heapq.heappush(open_entries, (entries[number].end, number))
            next_entry += 1
        while open_entries and open_entries[0][0] <= offset:
            heapq.heappop(open_entries)
        holding[position] = tuple(sorted(number for _, number in open_entries))
    return holding


_ENTRY_SECTIONS = frozenset({"experience", "projects"})


def _with_heading_entries(
    offsets: list[int], holding: list[tuple[int, ...]], marks: _Marks
) -> list[tuple[int, ...]]:
    """``holding`` with a skill named in the heading of an experience section ("TEACHING
    EXPERIENCE", "Sales Experience") held by every dated entry of that section."""
    headings: list[tuple[int, int, set[int]]] = []  # heading line (start, end), its entries
    for section in marks.sections:
        if section.name not in _ENTRY_SECTIONS or not section.heading:
            continue
        line_end = marks.text.find("\n", section.start)
        end = section.end if line_end < 0 else min(line_end, section.end)
        inside = {
            n for n, entry in enumerate(marks.entries) if section.start <= entry.start < section.end
        }
        if inside:
            headings.append((section.start, end, inside))
    if not headings:
        return holding
    result = list(holding)
    for position, offset in enumerate(offsets):
        for start, end, inside in headings:
            if start <= offset < end:
                result[position] = tuple(sorted(inside.union(holding[position])))
    return result


def _optional_level(level: str | None) -> Importance | None:
    return None if level is None else _LEVELS[level]


def _pending(marks: _Marks, start: int, end: int) -> bool:
    """Whether the words of the item around ``[start, end)`` (its line, cut at commas,
    semicolons and bars) say a certification is on its way, not held: "CPA candidate",
    "PMP (in progress)", "pursuing the CISSP", "working toward CPA"; or, on a short line the
    certification opens, the words after it, when no other skill follows ("CPA, Illinois
    (pending)")."""
    text, layout = marks.text, marks.layout
    line_start, line_end = layout.line_span(text, layout.line_of_char(start))
    lo, hi = item_bounds(text, start, end, line_start, line_end)  # "CPA; PMP in progress"
    if _PENDING.search(text, lo, hi) is not None:
        return True
    # "PLS, Oregon - NCEES exam passed; state exam scheduled", "CPA, Illinois (pending)": a
    # credential that opens its line is the line's subject, and so are its other names on it,
    # unless another skill follows
    if line_end - line_start > _CREDENTIAL_LINE_CHARS:
        return False
    first = bisect.bisect_left(marks.starts, line_start)
    on_line = marks.by_start[first : bisect.bisect_left(marks.starts, line_end, first)]
    own = next((sp.id_ for sp in on_line if sp.start_char == start and sp.end_char == end), None)
    opener = min(on_line, key=lambda sp: sp.start_char, default=None)
    if (
        opener is None
        or opener.id_ != own
        or text[line_start : opener.start_char].strip(_LINE_OPENERS)
    ):
        return False
    _, after = item_bounds(text, opener.start_char, opener.end_char, line_start, line_end)
    if _PENDING.search(text, after, line_end) is None:
        return False
    return all(sp.id_ == own for sp in on_line if sp.start_char >= after)


def _mention(marks: _Marks, span: Span) -> dict[str, Any]:
    """The fields of the :class:`Mention` of ``span`` (models are validated in batches, see
    :data:`_MENTIONS`)."""
    start, end = span.start_char, span.end_char
    method, score = marks.meta.get((span.start, span.end), ("exact", None))
    layout, text = marks.layout, marks.text
    line = layout.line_of_char(start)
    section = marks.section_of(start)
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "section": section,
        "line": line + 1,
        "context": _context(text, layout.line_span(text, line), start, end),
        "method": method,
        "score": score,
        "usage": marks.usage.usage_at(start, section) if marks.usage is not None else None,
    }


def _lines(marks: _Marks) -> tuple[TextLine, ...]:
    """A resume's non-blank lines, each with its section and whether it shows use."""
    if marks.usage is None:
        return ()
    text = marks.text
    line_usage, section_of = marks.usage.line_usage, marks.section_of
    line_starts = marks.layout.line_starts
    bisect_right = bisect.bisect_right
    found: list[dict[str, Any]] = []
    for start, end in text_lines(text, marks.layout.flattened):
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        start += len(line) - len(line.lstrip())
        section = section_of(start)
        found.append(
            {
                "text": stripped,
                "start": start,
                "line": bisect_right(line_starts, start),
                "section": section,
                "usage": line_usage(start, start + len(stripped), section),
            }
        )
    lines: tuple[TextLine, ...] = _LINES.validate_python(found)
    return lines


def _context(text: str, line: tuple[int, int], start: int, end: int) -> str:
    """The line around a mention, whitespace-collapsed and cut to at most
    :data:`~gapcheck.excerpts.MAX_EXCERPT_CHARS` characters around it."""
    line_start, line_end = line
    return excerpt(text, start, end, line_start, max(line_end, min(end, len(text))))


def _groups(marks: _Marks) -> tuple[RequirementGroup, ...]:
    """A job's either/or groups of two or more distinct skills."""
    if marks.kind != "job" or marks.requirements is None:
        return ()
    groups: list[RequirementGroup] = []
    for group in marks.requirements.groups:
        ids = tuple(dict.fromkeys(marks.spans[i].id_ for i in group.members))
        if len(ids) < 2:
            continue
        members = [marks.spans[i] for i in group.members]
        first = min(span.start_char for span in members)
        last = max(span.end_char for span in members)
        groups.append(
            RequirementGroup(
                skills=ids,
                importance=_LEVELS[group.importance],
                min_years=group.min_years,
                text=excerpt(marks.text, first, last, group.start_char, group.end_char),
                start=group.start_char,
                end=group.end_char,
                or_similar=group.or_similar,
            )
        )
    return tuple(groups)


# What stands between two members of an either/or group: "Kafka or Redpanda", "X, or Y", "X/Y".
_OR_BETWEEN = re.compile(r"[ \t]*,?[ \t]*(?:or|and/or|/)[ \t]*", re.IGNORECASE)
# A comma between two members of a list that an "or" ends: "logistics, transportation or ...".
_COMMA_BETWEEN = re.compile(r"[ \t]*,[ \t]*")
# What ends a list whose last choice is any like its members: "payments, banking or another
# regulated industry", "Kafka, Pulsar or similar".
_OR_SIMILAR_AFTER = re.compile(
    r"[ \t]*,?[ \t]*or[ \t]+(?:(?:a|an|any|some|the)[ \t]+)?"
    r"(?:similar|comparable|equivalent|related|alternative|another|other|like)\b",
    re.IGNORECASE,
)


def _join_other_skills(
    text: str,
    skills: list[ProfileSkill],
    others: list[ProfileSkill],
    groups: list[RequirementGroup],
) -> None:
    """Add to ``groups`` the either/or groups that have a skill outside the taxonomy among
    their members ("Kafka or Redpanda", "logistics, transportation or warehouse coordination"),
    which the requirement reader, working before those skills are found, cannot see; a member
    asked only there is then no requirement of its own. Changes the lists in place."""
    asked = [s for s in (*skills, *others) if s.importance is not None]
    mentions = sorted(
        ((m.start, m.end, s.id) for s in asked for m in s.mentions), key=lambda m: m[0]
    )
    other_ids = {s.id for s in others}
    grouped = [(g.start, g.end) for g in groups]
    chains: list[list[tuple[int, int, str]]] = []
    links: list[list[bool]] = []  # per chain, whether each link is an "or" (else a comma)
    for previous, current in itertools.pairwise(mentions):
        if _OR_BETWEEN.fullmatch(text, previous[1], current[0]):
            or_link = True
        elif _COMMA_BETWEEN.fullmatch(text, previous[1], current[0]):
            or_link = False
        else:
            continue
        if any(lo <= previous[0] < hi for lo, hi in grouped):
            continue
        if chains and chains[-1][-1] == previous:
            chains[-1].append(current)
            links[-1].append(or_link)
        else:
            chains.append([previous, current])
            links.append([or_link])
    importance = {s.id: s.importance for s in asked}
    years = {s.id: s.min_years for s in asked if s.min_years is not None}
    joined: list[tuple[int, int]] = []
    for chain, is_or in zip(chains, links, strict=True):
        similar = _OR_SIMILAR_AFTER.match(text, chain[-1][1]) is not None
        if similar:
            is_or = [True] * len(is_or)  # "A, B or another": every comma an "or"
        while is_or and not is_or[-1]:
            is_or.pop()  # "A or B, C": the list goes on past the group
            chain.pop()
        if not any(is_or) or not other_ids & {member[2] for member in chain}:
            continue  # a list ("A, B"), or taxonomy skills only: the requirement reader's
        ids = tuple(dict.fromkeys(member[2] for member in chain))
        if len(ids) < 2:
            continue
        start, end = chain[0][0], chain[-1][1]
        levels = {importance[i] for i in ids}
        member_years = [years[i] for i in ids if i in years]
        groups.append(
            RequirementGroup(
                skills=ids,
                importance="required" if "required" in levels else "preferred",
                min_years=min(member_years) if member_years else None,
                text=excerpt(text, start, end, start, end),
                start=start,
                end=end,
                or_similar=similar,
            )
        )
        joined.append((start, end))
    if not joined:
        return
    for found in (skills, others):
        for index, skill in enumerate(found):
            only_joined = all(any(lo <= m.start < hi for lo, hi in joined) for m in skill.mentions)
            if skill.standalone and only_joined:
                found[index] = skill.model_copy(update={"standalone": False})


def _education(marks: _Marks) -> tuple[EducationMention, ...]:
    is_job = marks.kind == "job"
    found = tuple(
        EducationMention(
            level=found.level,
            level_rank=found.level_rank,
            fields=tuple(found.fields),
            field_names=tuple(found.field_names),
            importance=_optional_level(found.importance) if is_job else None,
            or_equivalent=found.or_equivalent if is_job else False,
            alternatives=tuple(dict.fromkeys(marks.spans[i].id_ for i in found.alternatives)),
            with_years=tuple(found.with_years),
            in_progress=(_STUDENTS if is_job else _IN_PROGRESS).search(
                marks.text, found.start_char, _line_end(marks.text, found)
            )
            is not None,
            text=_from_start(marks.text, found.start_char, found.end_char),
            start=found.start_char,
            end=found.end_char,
            section=marks.section_of(found.start_char),
        )
        for found in marks.education
    )
    return found if is_job else _one_entry_per_degree(found)


def _line_end(text: str, found: EducationFound) -> int:
    """The end of the (last) line of a degree's text: its dates may follow the degree."""
    end = text.find("\n", max(found.start_char, found.end_char - 1))
    return len(text) if end < 0 else end


def _one_entry_per_degree(found: Sequence[EducationMention]) -> tuple[EducationMention, ...]:
    """A resume's degrees, each once: a degree named outside the education section (a name line
    "Jane Doe, PhD", a summary "with a PhD") is dropped when the education section names one
    of the same level; named only outside it, the mention with the most fields is kept.

    >>> from gapcheck.models import EducationMention as E
    >>> phd = dict(level="doctorate", level_rank=4, start=0, end=3)
    >>> kept = _one_entry_per_degree([
    ...     E(text="Jane Doe, PhD", section="other", **phd),
    ...     E(text="PhD in Physics", section="education", fields=("physics",), **phd),
    ... ])
    >>> [m.text for m in kept]
    ['PhD in Physics']
    """
    in_education = {m.level for m in found if m.section == "education"}
    kept: list[EducationMention] = []
    outside: dict[str | None, EducationMention] = {}
    for mention in found:
        if mention.section == "education" or mention.level is None:
            kept.append(mention)
        elif mention.level not in in_education:
            best = outside.get(mention.level)
            if best is None or len(mention.fields) > len(best.fields):
                outside[mention.level] = mention
    kept.extend(outside.values())
    return tuple(sorted(kept, key=lambda m: m.start))


def _from_start(text: str, start: int, end: int) -> str:
    """``text[start:end]``, cut to an excerpt from its start when it is long."""
    return excerpt(text, start, start, low=start, high=end)


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
