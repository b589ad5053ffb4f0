"""Tailoring: a cover-letter draft and resume tips, built only from the report's evidence.

Nothing here adds a fact. The letter quotes the applicant's own resume lines, turned into the
first person by simple rules ("Built X" -> "I built X"); it names a gap only when asked to, and
then only as a plan; and :func:`check_honesty` refuses any draft that names a skill as the
applicant's own when the resume does not back it. The tips point at the report's evidence: skills
listed but never demonstrated, skills implied but never named, the sections applicant tracking
systems look for, and (on request) the posting's exact term where the resume uses a synonym; no
tip asks for what the resume already has.

- :mod:`~gapcheck.tailor.letter`: :func:`draft_cover_letter` (templates in
  :mod:`~gapcheck.tailor.template`);
- :mod:`~gapcheck.tailor.tips`: :func:`resume_tips`;
- :mod:`~gapcheck.tailor.honesty`: :func:`check_honesty` (skill names found by
  :mod:`~gapcheck.tailor.skill_names`);
- :mod:`~gapcheck.tailor.phrasing`: :func:`first_person`;
- :mod:`~gapcheck.tailor.models`: :class:`CoverLetter`, :class:`LetterClaim`, :class:`Tip`.

The text helpers :func:`statement_at`, :func:`posting_company`, :func:`applicant_name` and
:func:`with_texts` live in :mod:`gapcheck.statements` and are re-exported here.

>>> from gapcheck import analyze, read_document
>>> report = analyze("examples/resume_ai_engineer.txt", "examples/job_ai_engineer.txt")
>>> letter = draft_cover_letter(report)
>>> (letter.role, letter.company)
('AI Engineer', 'Tessellate Logistics')
>>> text = read_document("examples/resume_ai_engineer.txt").text
>>> [tip.term for tip in resume_tips(report, resume_text=text) if tip.kind == "name-implied"]
['deep learning', 'neural networks']
"""

from __future__ import annotations

from gapcheck.statements import applicant_name, posting_company, statement_at, with_texts
from gapcheck.tailor.honesty import check_honesty
from gapcheck.tailor.letter import draft_cover_letter
from gapcheck.tailor.models import CoverLetter, LetterClaim, Tip, TipKind
from gapcheck.tailor.phrasing import first_person
from gapcheck.tailor.tips import resume_tips

__all__ = [
    "CoverLetter",
    "LetterClaim",
    "Tip",
    "TipKind",
    "applicant_name",
    "check_honesty",
    "draft_cover_letter",
    "first_person",
    "posting_company",
    "resume_tips",
    "statement_at",
    "with_texts",
]
