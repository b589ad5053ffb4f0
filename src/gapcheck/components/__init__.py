"""gapcheck's spaCy components; importing this package registers their factories.

========================  ==============================================================
``gapcheck_sections``     document kind and sections (:mod:`.sections`)
``gapcheck_skills``       skill mentions in ``doc.spans["skills"]`` (:mod:`.skills`)
``gapcheck_requirements`` importance, either/or groups, years, degrees (:mod:`.requirements`)
``gapcheck_experience``   dated resume entries (:mod:`.experience`)
========================  ==============================================================
"""

from gapcheck.components.experience import ExperienceReader
from gapcheck.components.requirements import RequirementReader
from gapcheck.components.sections import SectionDetector
from gapcheck.components.skills import SkillMatcher

__all__ = ["ExperienceReader", "RequirementReader", "SectionDetector", "SkillMatcher"]
