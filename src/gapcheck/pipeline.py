"""Build gapcheck's spaCy pipeline: a tuned tokenizer and gapcheck's own components.

>>> from gapcheck.pipeline import build_nlp
>>> nlp = build_nlp()
>>> nlp.pipe_names
['gapcheck_sections', 'gapcheck_skills', 'gapcheck_requirements', 'gapcheck_experience']
>>> [t.text for t in nlp.make_doc("C#, F# and TensorFlow2.0")]
['C#', ',', 'F#', 'and', 'TensorFlow', '2.0']
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from gapcheck.errors import GapcheckError
from gapcheck.taxonomy import Taxonomy, load_taxonomy

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["PIPE_NAMES", "build_nlp", "customize_tokenizer"]

PIPE_NAMES = (
    "gapcheck_sections",
    "gapcheck_skills",
    "gapcheck_requirements",
    "gapcheck_experience",
)

# A version number glued to a name: "Python3", "HTML5", "TensorFlow2.0", "Angular2".
_VERSION_SUFFIX = r"(?<=[A-Za-z]{2})[0-9]+(?:\.[0-9]+)*$"
# A bracket glued between letters: "Hadoop(HDFS)".
_BRACKET_INFIX = r"(?<=[A-Za-z])[()\[\]](?=[A-Za-z])"
# Symbols inside names the tokenizer should keep whole when the taxonomy has such a name.
_SYMBOLS = re.compile(r"[+#/&.\-]")


def customize_tokenizer(nlp: Language, taxonomy: Taxonomy) -> None:
    """Tune ``nlp.tokenizer`` for skill names (in place).

    Splits version numbers and brackets glued to names, and keeps symbol-bearing names of the
    taxonomy ("C#", "CI/CD", "PL/SQL", "TCP/IP") whole as single tokens.
    """
    from spacy.util import compile_infix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    suffixes = [*nlp.Defaults.suffixes, _VERSION_SUFFIX]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = [*nlp.Defaults.infixes, _BRACKET_INFIX]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer

    forms: set[str] = set()
    for skill in taxonomy:
        forms.update(skill.surface_forms)
        if skill.sense:
            forms.update(skill.sense.forms)
    for form in sorted(forms):
        if " " in form or not _SYMBOLS.search(form) or len(form) > 24:
            continue
        if len(tokenizer(form)) == 1:
            continue
        for variant in {form, form.lower(), form.upper()}:
            tokenizer.add_special_case(variant, [{"ORTH": variant}])


@functools.lru_cache(maxsize=4)
def _build_cached(taxonomy: Taxonomy, model: str | None) -> Language:
    import spacy

    import gapcheck.components  # noqa: F401  (registers the factories)

    if model is None:
        nlp = spacy.blank("en")
    else:
        try:
            nlp = spacy.load(model, exclude=["ner", "lemmatizer", "textcat"])
        except OSError as exc:
            raise GapcheckError(
                f"cannot load the spaCy pipeline {model!r}: it is not installed "
                "(gapcheck never downloads models; install it yourself or omit --model)"
            ) from exc
    customize_tokenizer(nlp, taxonomy)
    if not taxonomy.origin:
        raise GapcheckError("build_nlp needs a taxonomy made by load_taxonomy()")
    config = {
        "taxonomy_paths": [path for path in taxonomy.origin if path != "shipped"],
        "include_shipped": "shipped" in taxonomy.origin,
    }
    nlp.add_pipe("gapcheck_sections")
    nlp.add_pipe("gapcheck_skills", config=config)
    nlp.add_pipe("gapcheck_requirements", config=config)
    nlp.add_pipe("gapcheck_experience")
    return nlp


def build_nlp(taxonomy: Taxonomy | None = None, model: str | None = None) -> Language:
    """The pipeline for ``taxonomy`` (default: the shipped one), built once and cached.

    ``model`` names an installed trained spaCy pipeline to use instead of ``spacy.blank("en")``;
    its part-of-speech tags then help word sense. gapcheck never downloads one.
    """
    return _build_cached(taxonomy if taxonomy is not None else load_taxonomy(), model)
