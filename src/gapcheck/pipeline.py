"""Build gapcheck's spaCy pipeline: a tuned tokenizer and gapcheck's own components.

>>> from gapcheck.pipeline import build_nlp
>>> nlp = build_nlp()
>>> nlp.pipe_names  # doctest: +NORMALIZE_WHITESPACE
['gapcheck_sections', 'gapcheck_skills', 'gapcheck_tagger', 'gapcheck_requirements',
 'gapcheck_experience', 'gapcheck_phrases']
>>> build_nlp(tagger=False).pipe_names  # doctest: +NORMALIZE_WHITESPACE
['gapcheck_sections', 'gapcheck_skills', 'gapcheck_requirements', 'gapcheck_experience',
 'gapcheck_phrases']
>>> [t.text for t in nlp.make_doc("C#, F# and TensorFlow2.0")]
['C#', ',', 'F#', 'and', 'TensorFlow', '2.0']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from gapcheck.errors import GapcheckError
from gapcheck.taxonomy import Taxonomy, load_taxonomy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["PIPE_NAMES", "build_nlp", "customize_tokenizer"]

PIPE_NAMES = (
    "gapcheck_sections",
    "gapcheck_skills",
    "gapcheck_requirements",
    "gapcheck_experience",
)

# A version number glued to a name: "Python3", "HTML5", "TensorFlow2.0", "Angular2"; inside a
# token also before a slash ("HTML5/CSS3"), so a name splits the same wherever it stands.
_VERSION_SUFFIX = r"(?<=[A-Za-z]{2})[0-9]+(?:\.[0-9]+)*$"
_VERSION_INFIX = r"(?<=[A-Za-z]{2})[0-9]+(?:\.[0-9]+)*(?=/)"
# A full stop after a name that ends in a capital after a small letter: "SaaS.", "iOS.",
# "PhD." (spaCy splits a full stop after a small letter or after two capitals only).
_MIXED_CASE_STOP_SUFFIX = r"(?<=[a-z][A-Z])\.$"
# A bracket glued to a name: "Hadoop(HDFS)", "Python(3+ years)", "C++(Data Structures)".
_BRACKET_INFIX = r"(?<=[A-Za-z+#])[()\[\]](?=[A-Za-z0-9])"
# A slash after a symbol that ends a name: "C++/Qt", "C#/.NET" (the default infixes split a
# slash between letters or digits only).
_SYMBOL_SLASH_INFIX = r"(?<=[+#])/(?=[A-Za-z0-9.])"
# Emoticons of a bracket and a colon, which in resumes and postings are punctuation: "(...):".
_BRACKET_EMOTICON = re.compile(r"[()\[\]][:;=]|[:;=][()\[\]]")
# Names with a dot that the URL rule would take for a host: "Node.js/JavaScript", "ASP.NET/C#".
_NAME_NOT_HOST = re.compile(r"[\w+#-]+\.(?:[jt]s|JS|TS|py|NET|Net)/")
# Symbols inside names the tokenizer should keep whole when the taxonomy has such a name.
_SYMBOLS = re.compile(r"[+#/&]")
_TOKENIZER_CACHE_SIZE = 200_000


@runtime_checkable
class _RuleTokenizer(Protocol):
    """The parts of spaCy's rule-based ``Tokenizer`` that gapcheck tunes (spaCy ships no type
    stub for it)."""

    max_cache_size: int
    suffix_search: Callable[[str], re.Match[str] | None]
    infix_finditer: Callable[[str], Iterator[re.Match[str]]]
    url_match: Callable[[str], re.Match[str] | None] | None
    rules: dict[str, list[dict[str, Any]]] | None

    def __call__(self, text: str) -> Doc: ...

    def add_special_case(self, string: str, substrings: Iterable[dict[str, Any]]) -> None: ...


def _rule_tokenizer(nlp: Language) -> _RuleTokenizer:
    """``nlp.tokenizer``, checked to be spaCy's rule-based tokenizer, which gapcheck tunes.

    Raises :class:`GapcheckError` for a pipeline with another tokenizer (a trained pipeline for
    Chinese or Japanese, say).
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, _RuleTokenizer):
        raise GapcheckError(
            "gapcheck needs spaCy's rule-based tokenizer; this pipeline has "
            f"{type(tokenizer).__name__}"
        )
    return tokenizer


def customize_tokenizer(nlp: Language, taxonomy: Taxonomy) -> None:
    """Tune ``nlp.tokenizer`` for skill names (in place).

    Splits version numbers, brackets and slashes glued to names ("HTML5/CSS3", "C++/Qt",
    "Hadoop(HDFS)", "Node.js/JavaScript"), keeps symbol-bearing names of the taxonomy ("C#",
    "CI/CD", "PL/SQL", "TCP/IP") whole as single tokens, and splits a sentence's full stop off a
    one-letter name ("C.", "R.") and off a mixed-case name ("SaaS.", "iOS."). Raises
    :class:`GapcheckError` if ``nlp`` has a tokenizer of its own instead of spaCy's rule-based
    one.
    """
    from spacy.util import compile_infix_regex, compile_suffix_regex

    tokenizer = _rule_tokenizer(nlp)
    # Resumes repeat the same words: keep more of them tokenized (spaCy's default is 10,000).
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, _TOKENIZER_CACHE_SIZE)
    suffixes = [*(nlp.Defaults.suffixes or ()), _VERSION_SUFFIX, _MIXED_CASE_STOP_SUFFIX]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = [*(nlp.Defaults.infixes or ()), _BRACKET_INFIX, _SYMBOL_SLASH_INFIX, _VERSION_INFIX]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    url_match = nlp.Defaults.url_match
    if url_match is not None:
        tokenizer.url_match = functools.partial(_url_match, url_match)
    # "Optional (not required): Airflow": split "):", "(:", ":)" and the like.
    tokenizer.rules = {
        text: tokens
        for text, tokens in (tokenizer.rules or {}).items()
        if not _BRACKET_EMOTICON.fullmatch(text)
    }

    forms: set[str] = set()
    for skill in taxonomy:
        forms.update(skill.surface_forms)
        if skill.sense:
            forms.update(skill.sense.forms)
            if skill.sense.case_sensitive:
                # "Languages: C. Java." The default rules keep "C." whole, as an initial.
                for letter in (f for f in skill.sense.forms if len(f) == 1 and f.isalpha()):
                    tokenizer.add_special_case(letter + ".", [{"ORTH": letter}, {"ORTH": "."}])
    for form in sorted(forms):
        if " " in form or len(form) > 24:
            continue
        # Short hyphenated names ("T-SQL", "K-means") are kept whole too; long ones
        # ("scikit-learn") split the same way in patterns and text, so they need no rule.
        # Abbreviations ending in a full stop ("B.Sc.", "Ph.D.") keep it, so it ends no clause.
        if not (_SYMBOLS.search(form) or ("-" in form and len(form) <= 8) or form[-1] == "."):
            continue
        if len(tokenizer(form)) == 1:
            continue
        for variant in {form, form.lower(), form.upper(), form.title()}:
            tokenizer.add_special_case(variant, [{"ORTH": variant}])


def _url_match(default: Callable[[str], re.Match[str] | None], text: str) -> re.Match[str] | None:
    """spaCy's URL rule, except for names such as "Node.js/JavaScript" (not a host and path)."""
    if "://" not in text and _NAME_NOT_HOST.match(text):
        return None
    return default(text)


@functools.lru_cache(maxsize=4)
def _build_cached(taxonomy: Taxonomy, model: str | None, tagger: bool) -> Language:
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
    if tagger:
        nlp.add_pipe("gapcheck_tagger", config=config)
    nlp.add_pipe("gapcheck_requirements", config=config)
    nlp.add_pipe("gapcheck_experience")
    nlp.add_pipe("gapcheck_phrases", config=config)
    return nlp


def build_nlp(
    taxonomy: Taxonomy | None = None, model: str | None = None, *, tagger: bool = True
) -> Language:
    """The pipeline for ``taxonomy`` (default: the shipped one), built once and cached.

    ``model`` names an installed trained spaCy pipeline to use instead of ``spacy.blank("en")``;
    its part-of-speech tags then help word sense. gapcheck never downloads one. ``tagger``
    adds the shipped skill tagger (``gapcheck_tagger``, on job postings) to the rules;
    ``tagger=False`` is rules only.
    """
    return _build_cached(taxonomy if taxonomy is not None else load_taxonomy(), model, tagger)
