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
    # The explicit re-export form (`import X as X`) for type checkers; at run time the names
    # are loaded on first use by __getattr__ below.
    from gapcheck.analyzer import Analyzer as Analyzer
    from gapcheck.analyzer import analyze as analyze
    from gapcheck.analyzer import extract as extract
    from gapcheck.comparison import compare as compare
    from gapcheck.comparison import profile_from_role as profile_from_role
    from gapcheck.documents import Document as Document
    from gapcheck.documents import read_document as read_document
    from gapcheck.errors import DocumentError as DocumentError
    from gapcheck.errors import GapcheckError as GapcheckError
    from gapcheck.errors import TaxonomyError as TaxonomyError
    from gapcheck.extraction import SkillExtractor as SkillExtractor
    from gapcheck.limits import Limits as Limits
    from gapcheck.models import CategoryCoverage as CategoryCoverage
    from gapcheck.models import EducationMention as EducationMention
    from gapcheck.models import EducationResult as EducationResult
    from gapcheck.models import Evidence as Evidence
    from gapcheck.models import ExtraSkill as ExtraSkill
    from gapcheck.models import GapReport as GapReport
    from gapcheck.models import Mention as Mention
    from gapcheck.models import ProfileSkill as ProfileSkill
    from gapcheck.models import RequirementGroup as RequirementGroup
    from gapcheck.models import RequirementResult as RequirementResult
    from gapcheck.models import ScoreWeights as ScoreWeights
    from gapcheck.models import SkillProfile as SkillProfile
    from gapcheck.pipeline import build_nlp as build_nlp
    from gapcheck.taxonomy import Taxonomy as Taxonomy
    from gapcheck.taxonomy import load_taxonomy as load_taxonomy


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
