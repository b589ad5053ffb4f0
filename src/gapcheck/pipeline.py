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

import contextlib
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeGuard, runtime_checkable

from gapcheck import collector, compiled
from gapcheck.errors import GapcheckError
from gapcheck.taxonomy import Taxonomy, load_taxonomy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "PIPE_NAMES",
    "build_nlp",
    "compile_shipped_forms",
    "customize_tokenizer",
    "special_cases_key",
]

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
# A full stop after a name that ends in a capital after a small letter or a digit: "SaaS.",
# "iOS.", "PhD.", "Pix4D.", "JESD204C." (spaCy splits a full stop after a small letter or
# after two capitals only).
_MIXED_CASE_STOP_SUFFIX = r"(?<=[a-z0-9][A-Z])\.$"
# A full stop after a name that ends in an ampersand and a capital: "GD&T.", "R&D.", "AT&T.".
_AMPERSAND_STOP_SUFFIX = r"(?<=&[A-Z])\.$"
# A bracket glued to a name: "Hadoop(HDFS)", "Python(3+ years)", "C++(Data Structures)".
_BRACKET_INFIX = r"(?<=[A-Za-z+#])[()\[\]](?=[A-Za-z0-9])"
# A slash after a symbol that ends a name: "C++/Qt", "C#/.NET" (the default infixes split a
# slash between letters or digits only).
_SYMBOL_SLASH_INFIX = r"(?<=[+#])/(?=[A-Za-z0-9.])"
# A slash after an abbreviation's full stop: "B.E./B.Tech", "M.S./Ph.D.".
_ABBREVIATION_SLASH_INFIX = r"(?<=[A-Za-z]\.)/(?=[A-Za-z])"
_SUFFIXES = (_VERSION_SUFFIX, _MIXED_CASE_STOP_SUFFIX, _AMPERSAND_STOP_SUFFIX)
_INFIXES = (_BRACKET_INFIX, _SYMBOL_SLASH_INFIX, _ABBREVIATION_SLASH_INFIX, _VERSION_INFIX)
_Affix = str | re.Pattern[str]  # an entry of a language's affix rules
# Emoticons of a bracket and a colon, which in resumes and postings are punctuation: "(...):".
_BRACKET_EMOTICON = re.compile(r"[()\[\]][:;=]|[:;=][()\[\]]")
# Names with a dot that the URL rule would take for a host: "Node.js/JavaScript", "ASP.NET/C#".
_NAME_NOT_HOST = re.compile(r"[\w+#-]+\.(?:[jt]s|JS|TS|py|NET|Net)/")
# Global inline flags, which must open a regular expression: "(?u)".
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
# Symbols inside names the tokenizer should keep whole when the taxonomy has such a name.
_SYMBOLS = re.compile(r"[+#/&]")
_TOKENIZER_CACHE_SIZE = 200_000


@runtime_checkable
class _RuleTokenizer(Protocol):
    """The parts of spaCy's rule-based ``Tokenizer`` that gapcheck tunes (spaCy ships no type
    stub for it)."""

    max_cache_size: int
    prefix_search: Callable[[str], re.Match[str] | None] | None
    token_match: Callable[[str], re.Match[str] | None] | None
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
    one-letter name ("C.", "R."), a mixed-case name ("SaaS.", "iOS.") and a name ending in "&"
    and a capital ("GD&T."). The special cases a taxonomy needs are derived once and then
    loaded from its compiled form (see :mod:`gapcheck.compiled`). Raises
    :class:`GapcheckError` if ``nlp`` has a tokenizer of its own instead of spaCy's rule-based
    one.
    """
    tokenizer = _rule_tokenizer(nlp)
    _tune(nlp, tokenizer, taxonomy, dict(tokenizer.rules or {}))


def special_cases_key(
    nlp: Language, taxonomy: Taxonomy, rules: Mapping[str, Any] | None = None
) -> str | None:
    """A digest of what the taxonomy's special cases depend on: ``nlp``'s tokenizer before it
    is tuned (with the special cases ``rules``, by default its own), the affix rules gapcheck
    adds, the taxonomy's files and the code; None when that cannot all be told (then nothing
    is cached)."""
    from spacy import about

    base = compiled.tokenizer_fingerprint(nlp.tokenizer, about.__version__, rules)
    affixes = [compiled.callable_fingerprint(rule) for rule in _affixes(nlp)]
    if base is None or None in affixes or taxonomy.fingerprint is None:
        return None
    code = compiled.code_fingerprint("gapcheck.taxonomy", __name__)
    return compiled.fingerprint("tokenizer", base, affixes, taxonomy.fingerprint, code)


def _tune(
    nlp: Language, tokenizer: _RuleTokenizer, taxonomy: Taxonomy, rules: Mapping[str, Any]
) -> None:
    """Tune ``tokenizer`` given its language's special cases ``rules`` (see
    :func:`customize_tokenizer`), from the compiled form when there is one."""
    affixes = _affixes(nlp)
    key = special_cases_key(nlp, taxonomy, rules)
    form = compiled.find("tokenizer", key)
    if _is_tokenizer_form(form):
        with contextlib.suppress(ValueError):
            witnesses = compiled.unpack(form["witnesses"])
            _configure(tokenizer, affixes, rules, form["special_cases"], witnesses)
            return
    compiled.store("tokenizer", key, _derived_form(tokenizer, affixes, taxonomy, rules))


@dataclass(frozen=True)
class _Affixes:
    """The suffix and infix rules gapcheck tokenizes with, and its URL rule."""

    suffix_search: Callable[[str], re.Match[str] | None]
    infix_finditer: Callable[[str], Iterator[re.Match[str]]]
    url_match: Callable[[str], re.Match[str] | None] | None

    def __iter__(self) -> Iterator[object]:
        return iter((self.suffix_search, self.infix_finditer, self.url_match))


@functools.lru_cache(maxsize=4)
def _affix_rules(
    suffixes: tuple[_Affix, ...],
    infixes: tuple[_Affix, ...],
    url_match: Callable[[str], re.Match[str] | None] | None,
) -> _Affixes:
    """The suffix and infix rules with gapcheck's additions and the URL rule (see
    :func:`_url_rule`), their regular expressions compiled once per Python (see
    :func:`gapcheck.compiled.regexes`: compiling them is most of making a blank pipeline)."""
    sources = [
        (_suffix_expression(_with(suffixes, _SUFFIXES)), 0),
        (_infix_expression(_with(infixes, _INFIXES)), 0),
    ]
    url = _url_expression(url_match) if url_match is not None else None
    if url is not None:
        sources.append(url)
    suffix, infix, *url_pattern = compiled.regexes(sources)
    if url_pattern:
        url_rule: Callable[[str], re.Match[str] | None] | None = url_pattern[0].match
    else:
        url_rule = _url_rule(url_match) if url_match is not None else None
    return _Affixes(suffix_search=suffix.search, infix_finditer=infix.finditer, url_match=url_rule)


# The expressions spaCy's compile_suffix_regex and compile_infix_regex make of affix rules.


def _suffix_expression(rules: list[_Affix]) -> str:
    return "|".join([_rule_text(rule) + "$" for rule in rules if _rule_text(rule).strip()])


def _infix_expression(rules: list[_Affix]) -> str:
    return "|".join([_rule_text(rule) for rule in rules if _rule_text(rule).strip()])


def _rule_text(rule: _Affix) -> str:
    if not isinstance(rule, str):
        raise GapcheckError(f"an affix rule that is not an expression: {rule!r}")
    return rule


def _with(rules: tuple[_Affix, ...], additions: tuple[str, ...]) -> list[_Affix]:
    """``rules`` and then those of ``additions`` it lacks (a language may hold them already)."""
    return [*rules, *(rule for rule in additions if rule not in rules)]


def _affixes(nlp: Language) -> _Affixes:
    """The affix rules of ``nlp``'s language with gapcheck's additions (made once)."""
    defaults = nlp.Defaults
    return _affix_rules(
        tuple(defaults.suffixes or ()), tuple(defaults.infixes or ()), defaults.url_match
    )


def _configure(
    tokenizer: _RuleTokenizer,
    affixes: _Affixes,
    base_rules: Mapping[str, Any],
    special_cases: Mapping[str, list[str]],
    witnesses: Mapping[str, str] | None = None,
) -> None:
    """Set the affix rules, and the special cases of the language (``base_rules``) and of the
    taxonomy, loading every special case once; or, given their ``witnesses`` and a
    :class:`~gapcheck.tokenizer.DeferredRulesTokenizer`, holding them until a text needs them
    (see :mod:`gapcheck.tokenizer`)."""
    # Resumes repeat the same words: keep more of them tokenized (spaCy's default is 10,000).
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, _TOKENIZER_CACHE_SIZE)
    rules = _final_rules(tokenizer, affixes, base_rules, special_cases)
    # Each affix rule set reloads every special case: set them while there are none.
    tokenizer.rules = {}
    tokenizer.suffix_search = affixes.suffix_search
    tokenizer.infix_finditer = affixes.infix_finditer
    if affixes.url_match is not None:
        tokenizer.url_match = affixes.url_match
    deferred = _deferred_rules_tokenizer()
    if (
        witnesses is not None
        and isinstance(tokenizer, deferred)
        and witnesses.keys() >= rules.keys()
    ):
        tokenizer.defer(rules, witnesses)
    else:
        tokenizer.rules = rules


def _final_rules(
    tokenizer: _RuleTokenizer,
    affixes: _Affixes,
    base_rules: Mapping[str, Any],
    special_cases: Mapping[str, list[str]],
) -> dict[str, Any]:
    """The special cases the tokenizer gets: the language's (``base_rules``), less a few, and
    the taxonomy's."""
    # "Optional (not required): Airflow": split "):", "(:", ":)" and the like.
    rules = {
        text: tokens
        for text, tokens in base_rules.items()
        if not _BRACKET_EMOTICON.fullmatch(text)
        and not _plain_whitespace(text, tokens, tokenizer, affixes)
    }
    rules.update(
        {text: [{"ORTH": token} for token in tokens] for text, tokens in special_cases.items()}
    )
    return rules


def _witnesses(
    tokenizer: _RuleTokenizer, affixes: _Affixes, rules: Mapping[str, Any]
) -> dict[str, str]:
    """Each special case's witness (see :mod:`gapcheck.tokenizer`): the longest of the tokens
    the affix rules alone make of its text, as spaCy's matcher of special cases sees it."""
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # (Cython, no stub)

    bare = Tokenizer(
        tokenizer.vocab,  # type: ignore[attr-defined]
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=affixes.suffix_search,
        infix_finditer=affixes.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=affixes.url_match,
    )
    return {text: max((t.text for t in bare(text)), key=len, default=text) for text in rules}


@functools.cache
def _deferred_rules_tokenizer() -> type[Any]:
    from gapcheck.tokenizer import DeferredRulesTokenizer

    return DeferredRulesTokenizer


def _plain_whitespace(
    text: str, tokens: object, tokenizer: _RuleTokenizer, affixes: _Affixes
) -> bool:
    """Whether a special case makes one whitespace token of ``text`` and nothing more, as the
    tokenizer does without it ("\\n", "\\t", " ": no affix rule matches whitespace).

    Such a rule changes no token, but spaCy stops caching a document's tokenization at the first
    special case it meets, and nearly every document has a line break: without these rules the
    cache serves most words again (tokenizing is about four times faster).
    """
    if not text.isspace() or tokens not in ([{"ORTH": text}], [{65: text}]):  # 65: attrs.ORTH
        return False
    rules = (tokenizer.prefix_search, affixes.suffix_search, tokenizer.token_match)
    if any(rule is not None and rule(text) for rule in (*rules, affixes.url_match)):
        return False
    return not any(True for _ in affixes.infix_finditer(text))


def _derive_special_cases(
    tokenizer: _RuleTokenizer, affixes: _Affixes, taxonomy: Taxonomy, rules: Mapping[str, Any]
) -> dict[str, list[str]]:
    """Add the special cases ``taxonomy``'s names need to ``tokenizer`` (tuned first, with its
    language's special cases ``rules``), one at a time as each depends on those before, and
    return them: text -> its tokens."""
    _configure(tokenizer, affixes, rules, {})
    added: dict[str, list[str]] = {}

    def add(text: str, tokens: list[str]) -> None:
        tokenizer.add_special_case(text, [{"ORTH": token} for token in tokens])
        added[text] = tokens

    forms: set[str] = set()
    for skill in taxonomy:
        forms.update(skill.surface_forms)
        if skill.sense:
            forms.update(skill.sense.forms)
            if skill.sense.case_sensitive:
                # "Languages: C. Java." The default rules keep "C." whole, as an initial.
                for letter in (f for f in skill.sense.forms if len(f) == 1 and f.isalpha()):
                    add(letter + ".", [letter, "."])
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
        # The name as written, in lowercase, in capitals, titled, and opening a sentence
        # ("Lease-up experience": str.title() gives "Lease-Up").
        capitalised = form[:1].upper() + form[1:].lower()
        for variant in sorted({form, form.lower(), form.upper(), form.title(), capitalised}):
            add(variant, [variant])
    return added


def _derived_form(
    tokenizer: _RuleTokenizer, affixes: _Affixes, taxonomy: Taxonomy, rules: Mapping[str, Any]
) -> dict[str, Any]:
    """The compiled form of the tokenizer's tuning for ``taxonomy``, made anew (the taxonomy's
    special cases are added to ``tokenizer`` as they are derived)."""
    special_cases = _derive_special_cases(tokenizer, affixes, taxonomy, rules)
    final = _final_rules(tokenizer, affixes, rules, special_cases)
    return _tokenizer_form(special_cases, _witnesses(tokenizer, affixes, final))


def _tokenizer_form(
    special_cases: Mapping[str, list[str]], witnesses: Mapping[str, str]
) -> dict[str, Any]:
    """The compiled form of the tokenizer's tuning: the taxonomy's special cases (text ->
    tokens) and every special case's witness (packed, see :func:`gapcheck.compiled.pack`)."""
    # Sorted: the language's special cases come in no set order (spaCy makes some from sets).
    packed = compiled.pack(dict(sorted(witnesses.items())))
    return {"special_cases": dict(special_cases), "witnesses": packed}


def _is_tokenizer_form(data: object) -> TypeGuard[dict[str, Any]]:
    """Whether ``data`` (from a file) is a :func:`_tokenizer_form`: special cases text ->
    tokens whose text they make up, and witnesses."""
    if not (isinstance(data, dict) and data.keys() == {"special_cases", "witnesses"}):
        return False
    special_cases = data["special_cases"]
    return isinstance(special_cases, dict) and all(
        isinstance(tokens, list) and "".join(tokens) == text
        for text, tokens in special_cases.items()
    )


def _url_rule(
    default: Callable[[str], re.Match[str] | None],
) -> Callable[[str], re.Match[str] | None]:
    """spaCy's URL rule, except for names such as "Node.js/JavaScript" (not a host and path).

    spaCy's rule is a regular expression: it becomes one that first checks the text is no
    such name (or holds "://"), which the tokenizer runs without calling back into Python.
    """
    expression = _url_expression(default)
    if expression is not None:
        return re.compile(*expression).match
    return functools.partial(_url_match, default)


def _url_expression(default: Callable[[str], re.Match[str] | None]) -> tuple[str, int] | None:
    """The expression and flags of :func:`_url_rule` when spaCy's rule is a regular expression."""
    owner = getattr(default, "__self__", None)
    if isinstance(owner, re.Pattern) and getattr(default, "__name__", "") == "match":
        flags = _GLOBAL_FLAGS.match(owner.pattern)
        head = flags.group() if flags else ""
        guard = f"(?:(?=(?s:.*)://)|(?!{_NAME_NOT_HOST.pattern}))"
        return head + guard + owner.pattern[len(head) :], owner.flags
    return None


def _url_match(default: Callable[[str], re.Match[str] | None], text: str) -> re.Match[str] | None:
    """spaCy's URL rule ``default`` (any callable), except for names such as "Node.js/x"."""
    if "://" not in text and _NAME_NOT_HOST.match(text):
        return None
    return default(text)


def compile_shipped_forms(taxonomy: Taxonomy) -> dict[str, str]:
    """The compiled forms of ``taxonomy`` for ``spacy.blank("en")``, made anew: the tokenizer's
    special cases and the skills component's tables, as the text of ``_compiled_<kind>.json``
    (see :mod:`gapcheck.compiled`; ``python scripts/compile_taxonomy.py`` writes them)."""
    from gapcheck.components.skills import compile_skill_tables, skill_tables_key

    nlp, rules = _blank_english()
    tokenizer = _rule_tokenizer(nlp)
    affixes = _affixes(nlp)
    tokenizer_key = special_cases_key(nlp, taxonomy, rules)
    form = _derived_form(tokenizer, affixes, taxonomy, rules)
    skills_key = skill_tables_key(nlp, taxonomy)
    if tokenizer_key is None or skills_key is None:
        raise GapcheckError("the taxonomy must come from shipped_taxonomy() or load_taxonomy()")
    return {
        "tokenizer": compiled.artifact_text("tokenizer", tokenizer_key, form),
        "skills": compiled.artifact_text("skills", skills_key, compile_skill_tables(nlp, taxonomy)),
    }


def _blank_english() -> tuple[Language, dict[str, Any]]:
    """``spacy.blank("en")`` with its tokenizer made with gapcheck's affix rules and without the
    language's special cases, and those special cases: :func:`_tune` loads them once with the
    taxonomy's, where loading them first would cost as much again (spaCy checks and indexes
    each one)."""
    from spacy.lang.en import English

    # As spacy.blank("en") makes it, but of the class whose special cases are none, and with a
    # tokenizer whose affix rules are compiled once per Python (see _affix_rules).
    config = {"nlp": {"tokenizer": {"@tokenizers": _BLANK_TOKENIZER}}}
    return _english_without_special_cases().from_config(config), dict(
        English.Defaults.tokenizer_exceptions
    )


_BLANK_TOKENIZER = "gapcheck.blank_tokenizer.v1"


def _make_blank_tokenizer() -> Callable[[Language], Any]:
    return _blank_tokenizer


def _blank_tokenizer(nlp: Language) -> Any:
    """The tokenizer spaCy's ``spacy.Tokenizer.v1`` makes for ``nlp``'s language, the same
    settings (the suffix and infix rules already hold gapcheck's additions), its suffix and
    infix rules those of :func:`_affixes`, compiled once per Python, not at each start; a
    :class:`~gapcheck.tokenizer.DeferredRulesTokenizer`, so that :func:`_configure` can hold
    the special cases until texts need them."""
    from spacy.util import compile_prefix_regex

    defaults = nlp.Defaults
    affixes = _affixes(nlp)
    return _deferred_rules_tokenizer()(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=affixes.suffix_search,
        infix_finditer=affixes.infix_finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@functools.cache
def _english_without_special_cases() -> type[Language]:
    from spacy.lang.en import English, EnglishDefaults
    from spacy.util import registry

    from gapcheck.components.layout import remember_text

    registry.tokenizers.register(_BLANK_TOKENIZER, func=_make_blank_tokenizer)

    class WithoutSpecialCases(EnglishDefaults):
        tokenizer_exceptions = {}  # noqa: RUF012  (read, never changed)
        # The tokenizer is made with gapcheck's affix rules: spaCy's are not compiled in vain.
        suffixes = _with(tuple(EnglishDefaults.suffixes or ()), _SUFFIXES)
        infixes = _with(tuple(EnglishDefaults.infixes), _INFIXES)  # type: ignore[assignment]

    class BlankEnglish(English):
        """English, its tokenizer made without special cases (gapcheck adds them)."""

        Defaults = WithoutSpecialCases

        def make_doc(self, text: str) -> Doc:
            doc = super().make_doc(text)
            remember_text(doc, text)  # the components read it: no need to join the tokens
            return doc

    return BlankEnglish


@functools.lru_cache(maxsize=4)
def _build_cached(taxonomy: Taxonomy, model: str | None, tagger: bool) -> Language:
    import gapcheck.components  # noqa: F401  (registers the factories)

    if not taxonomy.origin:
        raise GapcheckError("build_nlp needs a taxonomy made by load_taxonomy()")
    return _build(taxonomy, model, tagger)


def _build(taxonomy: Taxonomy, model: str | None, tagger: bool) -> Language:
    import spacy

    if model is None:
        nlp, rules = _blank_english()
    else:
        try:
            with collector.kept():  # srsly's readers turn the collector on
                nlp = spacy.load(model, exclude=["ner", "lemmatizer", "textcat"])
        except OSError as exc:
            raise GapcheckError(
                f"cannot load the spaCy pipeline {model!r}: it is not installed "
                "(gapcheck never downloads models; install it yourself or omit --model)"
            ) from exc
        rules = dict(_rule_tokenizer(nlp).rules or {})
    _tune(nlp, _rule_tokenizer(nlp), taxonomy, rules)
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
