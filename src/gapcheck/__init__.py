"""gapcheck: find the skill gaps between a resume and a job posting.

>>> import gapcheck
>>> report = gapcheck.analyze("examples/resume_ai_engineer.txt", "examples/job_ai_engineer.txt")
>>> 0 <= report.score <= 100
True

An :class:`Analyzer` keeps one taxonomy, one spaCy pipeline and one set of limits for many
calls; the functions above share a default one:

>>> analyzer = gapcheck.Analyzer(limits=gapcheck.Limits(max_pages=5))
>>> profile = analyzer.profile("examples/job_ai_engineer.txt", kind="job")
>>> report = analyzer.analyze("examples/resume_ai_engineer.txt", "examples/job_ai_engineer.txt")
>>> ranked = analyzer.rank("examples/job_ai_engineer.txt", ["examples/resume_ai_engineer.txt"])
>>> ranked[0].score == report.score
True

Heavy modules (spaCy, pypdf) are imported only when first needed, so ``import gapcheck`` is
fast.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "Analyzer": "gapcheck.analyzer",
    "analyze": "gapcheck.analyzer",
    "extract": "gapcheck.analyzer",
    "compare": "gapcheck.comparison",
    "profile_from_role": "gapcheck.comparison",
    "Document": "gapcheck.documents",
    "read_document": "gapcheck.documents",
    "SkillExtractor": "gapcheck.extraction",
    "Limits": "gapcheck.limits",
    "CategoryCoverage": "gapcheck.models",
    "EducationMention": "gapcheck.models",
    "EducationResult": "gapcheck.models",
    "Evidence": "gapcheck.models",
    "ExtraSkill": "gapcheck.models",
    "GapReport": "gapcheck.models",
    "Mention": "gapcheck.models",
    "ProfileSkill": "gapcheck.models",
    "RequirementGroup": "gapcheck.models",
    "RequirementResult": "gapcheck.models",
    "ScoreWeights": "gapcheck.models",
    "SkillProfile": "gapcheck.models",
    "build_nlp": "gapcheck.pipeline",
    "Taxonomy": "gapcheck.taxonomy",
    "load_taxonomy": "gapcheck.taxonomy",
    "GapcheckError": "gapcheck.errors",
    "DocumentError": "gapcheck.errors",
    "TaxonomyError": "gapcheck.errors",
}

__all__ = [
    "Analyzer",
    "CategoryCoverage",
    "Document",
    "DocumentError",
    "EducationMention",
    "EducationResult",
    "Evidence",
    "ExtraSkill",
    "GapReport",
    "GapcheckError",
    "Limits",
    "Mention",
    "ProfileSkill",
    "RequirementGroup",
    "RequirementResult",
    "ScoreWeights",
    "SkillExtractor",
    "SkillProfile",
    "Taxonomy",
    "TaxonomyError",
    "__version__",
    "analyze",
    "build_nlp",
    "compare",
    "extract",
    "load_taxonomy",
    "profile_from_role",
    "read_document",
]

if TYPE_CHECKING:
    from gapcheck.analyzer import Analyzer, analyze, extract
    from gapcheck.comparison import compare, profile_from_role
    from gapcheck.documents import Document, read_document
    from gapcheck.errors import DocumentError, GapcheckError, TaxonomyError
    from gapcheck.extraction import SkillExtractor
    from gapcheck.limits import Limits
    from gapcheck.models import (
        CategoryCoverage,
        EducationMention,
        EducationResult,
        Evidence,
        ExtraSkill,
        GapReport,
        Mention,
        ProfileSkill,
        RequirementGroup,
        RequirementResult,
        ScoreWeights,
        SkillProfile,
    )
    from gapcheck.pipeline import build_nlp
    from gapcheck.taxonomy import Taxonomy, load_taxonomy


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'gapcheck' has no attribute {name!r}")
    importlib.import_module(module)
    # Bind the public names of every module loaded so far. Loading a submodule also binds its
    # name on the package ("compare", "extract"), which the function of that name must replace.
    for exported, source in _EXPORTS.items():
        loaded = sys.modules.get(source)
        if loaded is not None and hasattr(loaded, exported):
            globals()[exported] = getattr(loaded, exported)
    return globals()[name]


def __dir__() -> list[str]:
    return __all__
