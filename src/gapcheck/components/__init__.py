"""gapcheck's spaCy components; importing this package registers their factories.

========================  ==============================================================
``gapcheck_sections``     document kind and sections (:mod:`.sections`)
``gapcheck_skills``       skill mentions in ``doc.spans["skills"]`` (:mod:`.skills`)
``gapcheck_tagger``       a trained tagger's additions, on postings (:mod:`.tagger`)
``gapcheck_requirements`` importance, either/or groups, years, degrees (:mod:`.requirements`)
``gapcheck_experience``   dated resume entries (:mod:`.experience`)
``gapcheck_phrases``      what postings ask for outside the taxonomy (:mod:`.phrases`)
========================  ==============================================================

``gapcheck_skills`` is composed of :mod:`.matching` (aliases), :mod:`.word_sense` (names that
are also words), :mod:`.fuzzy` (misspellings) and :mod:`.claims` (what a mention claims);
:mod:`.layout` and :mod:`.context` (lines, clauses, neighbouring words) serve every component;
:mod:`.usage` tells a resume's use of a skill from its listing.
"""

from gapcheck.components.experience import ExperienceReader
from gapcheck.components.phrases import PhraseFinder
from gapcheck.components.requirements import RequirementReader
from gapcheck.components.sections import SectionDetector
from gapcheck.components.skills import SkillMatcher
from gapcheck.components.tagger import SkillTagger

__all__ = [
    "ExperienceReader",
    "PhraseFinder",
    "RequirementReader",
    "SectionDetector",
    "SkillMatcher",
    "SkillTagger",
]
