"""The ``gapcheck_tagger`` component: a trained skill tagger beside the taxonomy rules.

The shipped model (:mod:`gapcheck.tagger_model`: a small CNN ``tok2vec`` and a BIO tagging
head over ``KNOWLEDGE`` and ``SKILL``, trained on SkillSpan and dotin train splits; see
``training/MODEL_CARD.md``) marks skill and knowledge spans. Its spans only *add* to the rules:

1. a span that overlaps a rule mention (``doc.spans["skills"]``) adds nothing;
2. its edges are trimmed of whitespace, punctuation and function words;
3. a span that is only a word-sense-guarded form ("R", "C", "Go", "Excel", "Spark", "React",
   or its plural) is dropped: the rules saw it and judged it an ordinary word;
4. a span whose text is a taxonomy alias (as written, lower-cased, hyphens folded, a bracketed
   tail or words such as "skills" or "knowledge of" removed, singular, spaces removed) becomes
   that skill: a span of ``doc.spans["skills"]``, method ``"model"``;
5. otherwise, in a section that asks for something, it may become an *other skill*: a span of
   ``doc.spans["other_skills"]`` with ``label_`` ``"model"``, ``id_`` its
   :func:`~gapcheck.wordforms.other_skill_id` and ``kb_id_`` a taxonomy skill named inside it
   (the broader skill) or ''. An other skill of a posting is a requirement the candidate may
   miss, so only a span that reads as a name is kept (:meth:`SkillTagger.names_a_skill`).

It runs on the document kinds of ``kinds`` (default: job postings only, where it helps; on
resumes the rules alone scored better) and must come after ``gapcheck_skills`` and before
``gapcheck_requirements``, which reads the skill spans. The model is loaded once per process.

>>> from gapcheck.pipeline import build_nlp
>>> nlp = build_nlp()
>>> doc = nlp.make_doc("Requirements\\nYou will work with MPP architectures.\\n")
>>> doc._.gapcheck_kind = "job"
>>> [(s.text, s.id_, s.label_) for s in nlp(doc).spans["other_skills"]]
[('MPP architectures', 'other:mpp-architectures', 'model')]
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.tokens import Doc, Span, Token
from spacy.util import registry as spacy_registry

from gapcheck import collector
from gapcheck.components.claims import ClaimFilter
from gapcheck.components.layout import doc_text, get_layout
from gapcheck.components.matching import Candidate
from gapcheck.components.phrases import (
    DIPLOMA_WORDS,
    OTHER_SKILLS_KEY,
    asks_for_skills,
    is_generic_phrase,
)
from gapcheck.components.sections import register_extensions, section_lookup
from gapcheck.taxonomy import Taxonomy, load_taxonomy
from gapcheck.wordforms import other_skill_id
from gapcheck.wordlist import known_words

__all__ = [
    "MODEL_LABELS",
    "SkillTagger",
    "TaggedSpan",
    "decode_bio",
    "fold_shouting",
    "make_skill_tagger",
    "shipped_model",
]

SPAN_KEY = "skills"
MODEL_LABELS = ("KNOWLEDGE", "SKILL")
"""The tagger's labels: tools and fields of knowledge; longer skill phrases."""
_MAX_TOKENS = 12
# An other skill in a posting: at most this many words.
_MAX_OTHER_WORDS = 3
# Words around a name that do not change which skill it is ("Python skills", "knowledge of SQL").
_GENERIC_TAIL = frozenset(
    "skills skill knowledge experience expertise proficiency background abilities ability "
    "technologies technology tools tool framework frameworks language languages platform "
    "platforms programming development".split()
)
_GENERIC_HEAD = frozenset(
    "knowledge experience expertise proficiency proficient skilled familiarity strong good "
    "excellent solid basic advanced working in of with".split()
)
_BRACKET_TAIL = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_EDGE_TOKENS = frozenset(",;:.•·*-–—|/&()[]")
_EDGE_WORDS = frozenset(
    "and or of with the a an to in on for at by from as into via etc etc. your our their "
    "its this that these those".split()
)
_SYMBOL_NAMES = frozenset({"C++", "C#", "F#"})
_NO_BRIDGE = frozenset("and or , ; : . / | & ( ) • - – —".split())
_SENTENCE_MARKS = frozenset('. ! ? : ; • · * - – — ( " “'.split())
_JOINERS = frozenset({"and", "or", "and/or", "&", "/", "nor", "vs", "vs."})
_EDUCATION = frozenset(
    "degree degrees master masters master's bachelor bachelors bachelor's phd ph.d. doctorate "
    "diploma msc bsc mba".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_CAPS_WORD = re.compile(r"[^\W\d_a-z]{5,}")


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """One span the model found: token offsets and its label."""

    start: int
    end: int
    label: str


class SkillTagger:
    """spaCy component ``gapcheck_tagger``; see the module docstring.

    ``model`` is the spaCy pipeline of the tagger (``tok2vec`` + BIO ``tagger``; None, the
    shipped one, loaded when first needed); ``kinds`` the document kinds it runs on.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        taxonomy: Taxonomy,
        model: Language | None = None,
        kinds: Iterable[str] = ("job",),
        max_tokens: int = _MAX_TOKENS,
    ) -> None:
        register_extensions()
        self.name = name
        self.taxonomy = taxonomy
        self._model = model
        self.kinds = frozenset(kinds)
        self.max_tokens = max_tokens
        self._make_doc = nlp.make_doc
        self._claims = ClaimFilter(taxonomy)
        self._labels_known: set[int] = set()
        self._alias: dict[str, str] = {}
        self._guarded: set[str] = set()
        for skill in taxonomy:
            for form in skill.surface_forms:
                self._alias.setdefault(_key(form), skill.id)
            self._alias.setdefault(_key(skill.id), skill.id)
            for form in skill.sense.forms if skill.sense else ():
                # "Sparks", "Gos" are no more a skill than the form itself.
                self._guarded.update((_key(form), _key(form) + "s"))
        for key in self._guarded:  # a guarded form is never an alias here
            self._alias.pop(key, None)

    @property
    def tagger_model(self) -> Language:
        """The tagger's model: the one given, else the shipped one, loaded when first needed
        (a pipeline that reads only resumes, as ranking's workers do, never loads it).

        Not named ``model``: spaCy checks every component against its protocol of components
        with listeners (``hasattr`` on ``model`` and others, in an order that varies with the
        hash seed), which would load the model while the pipeline is built."""
        if self._model is None:
            self._model = shipped_model()
        return self._model

    def __call__(self, doc: Doc) -> Doc:
        """Tag ``doc`` and add what the model found (see the module docstring)."""
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Tag ``docs`` in batches (one model call per batch); yields them in order."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[Doc]) -> list[Doc]:
        todo = [doc for doc in batch if doc._.gapcheck_kind in self.kinds]
        for doc, found in zip(todo, self.match(todo), strict=True):
            self.set_annotations(doc, found)
        return batch

    # ------------------------------------------------------------------ the model

    def match(self, docs: Sequence[Doc]) -> list[list[TaggedSpan]]:
        """The model's spans of each doc (all-caps lines are tagged lower-cased, see
        :func:`fold_shouting`)."""
        if not docs:
            return []
        for doc in docs:
            if id(doc.vocab) not in self._labels_known:
                self._labels_known.add(id(doc.vocab))
                for label in MODEL_LABELS:
                    doc.vocab.strings.add(label)
        proxies = []
        for doc in docs:
            folded = fold_shouting(doc_text(doc))
            proxies.append(self._make_doc(folded) if folded is not None else doc)
        head: Tagger | None = None
        stream: Iterable[Doc] = proxies
        for _, component in self.tagger_model.pipeline:
            if isinstance(component, Tagger):
                head = component  # the BIO head: decoded below, token tags left alone
                continue
            stream = component.pipe(stream)  # type: ignore[attr-defined]
        tagged = list(stream)
        if head is None:
            raise ValueError("the tagger model has no 'tagger' component")
        found = _bio_spans(head, tagged)
        results = []
        for doc, proxy, spans in zip(docs, tagged, found, strict=True):
            if proxy is not doc:
                spans = _moved(proxy, doc, spans)
            results.append(spans)
        return results

    # ------------------------------------------------------------------ merging

    def set_annotations(self, doc: Doc, found: Sequence[TaggedSpan]) -> None:
        """Add the model's ``found`` spans to the rules' skills and other skills."""
        rules = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
        covered = bytearray(len(doc) + 1)
        for span in rules:
            covered[span.start : span.end] = b"\x01" * (span.end - span.start)
        section_of = section_lookup(doc._.gapcheck_sections or [])
        caseless = not any(c.isupper() for c in doc_text(doc))
        skills: list[Span] = []
        others: list[Span] = []
        for tagged in found:
            if any(covered[tagged.start : tagged.end]):
                continue
            span = _trim(doc, tagged)
            if span is None or self._junk(span):
                continue
            key = _key(_normalise(span.text))
            if any(candidate in self._guarded for candidate in _candidates(key)):
                continue
            skill_id = self._skill_of(key)
            if skill_id is not None:
                skills.append(Span(doc, span.start, span.end, label="SKILL", span_id=skill_id))
            elif asks_for_skills(section_of(span.start_char)) and self.names_a_skill(
                span, caseless=caseless
            ):
                span.id_ = other_skill_id(span.text)
                span.label_ = "model"
                span.kb_id_ = self._broader(span) or ""
                others.append(span)
        skills = self._claimed(doc, rules, skills)
        if skills:
            doc.spans[SPAN_KEY] = sorted(rules + skills, key=lambda s: (s.start, s.end))
            meta = dict(doc._.gapcheck_skill_meta or {})
            meta.update({(s.start, s.end): ("model", None) for s in skills})
            doc._.gapcheck_skill_meta = meta
        doc.spans[OTHER_SKILLS_KEY] = others

    def _claimed(self, doc: Doc, rules: list[Span], added: list[Span]) -> list[Span]:
        """The ``added`` taxonomy mentions that are no part of an organisation's name or a job
        title (:meth:`ClaimFilter.keep_names`); whether a posting asks for it is left to
        ``gapcheck_requirements``, as for the rules' mentions."""
        if not added:
            return []
        new = {(s.start, s.end) for s in added}
        candidates = [
            Candidate(s.start, s.end, s.id_, False, "model" if (s.start, s.end) in new else "exact")
            for s in sorted(rules + added, key=lambda s: s.start)
        ]
        for candidate in candidates:
            candidate.accepted = True
        kept = self._claims.keep_names(doc, candidates, get_layout(doc))
        kept_spans = {(c.start, c.end) for c in kept if c.method == "model"}
        return [s for s in added if (s.start, s.end) in kept_spans]

    def names_a_skill(self, span: Span, *, caseless: bool = False) -> bool:
        """Whether an addition outside the taxonomy reads as a skill's name.

        It must be labelled KNOWLEDGE and be at most three words of letters, with no function
        word at an edge, no "and"/"or" inside, no degree, no word-sense-guarded word ("Spark
        joy"), not generic ("team", "fast-paced environment"); and a word of it must be written
        as a name ("Snowflake", "MPP", "SMShing"; not a capital that starts a line or sentence),
        so lower-case fragments ("cyber", "organisational structure") are left out. One word
        needs four letters or capitals only, and must be no ordinary English word ("Cloud").
        In a ``caseless`` document (no capital letter
        anywhere) a word that is no ordinary English word stands in for the capital.
        """
        if span.label_ != "KNOWLEDGE":
            return False
        words = [t for t in span if not t.is_space and t.text != "-"]
        if not words or len(words) > _MAX_OTHER_WORDS:
            return False
        lowers = [t.lower_ for t in words]
        if any(not any(c.isalpha() for c in t.text) for t in words):
            return False
        if lowers[0] in STOP_WORDS or lowers[-1] in STOP_WORDS or is_generic_phrase(lowers):
            return False
        if _JOINERS & set(lowers) or _EDUCATION & set(lowers):
            return False  # two things ("A and/or B"), or a degree (education, not a skill)
        if any(_key(t.text) in self._guarded for t in words):
            return False  # "Spark joy", "Excel skills": a word the rules judge by its sense
        common = known_words()
        if len(words) == 1:
            word = words[0].text
            if not word.isalpha() or not (len(word) >= 4 or (len(word) >= 2 and word.isupper())):
                return False  # "G", "v.8"
            if lowers[0] in common:
                return False  # "Cloud", "Strategic": an ordinary word, whatever its case
        if caseless:
            return any(word not in common for word in lowers)
        return any(_written_as_name(t) for t in words)

    def _skill_of(self, key: str) -> str | None:
        for candidate in _candidates(key):
            skill_id = self._alias.get(candidate)
            if skill_id is not None:
                return skill_id
        return None

    def _broader(self, span: Span) -> str | None:
        """A taxonomy skill named by a run of the span's words ("Snowflake" in "Snowflake
        Cortex"), longest first; a guarded form names none."""
        words = [t for t in span if not t.is_space]
        for size in range(len(words) - 1, 0, -1):
            for first in range(len(words) - size + 1):
                part = words[first : first + size]
                key = _key(span.doc[part[0].i : part[-1].i + 1].text)
                if key not in self._guarded and key in self._alias:
                    return self._alias[key]
        return None

    def _junk(self, span: Span) -> bool:
        """Empty, too long, only stop words, numbers and punctuation, or a diploma ("GED",
        "degree in physics": education, read by the degree reader)."""
        words = [t for t in span if not t.is_space]
        if not words or len(words) > self.max_tokens:
            return True
        if any(t.lower_ in DIPLOMA_WORDS for t in words):
            return True
        if all(t.like_num or not any(c.isalnum() for c in t.text) for t in words):
            return True
        return all(t.lower_ in STOP_WORDS or t.is_punct for t in words)


def _written_as_name(token: Token) -> bool:
    """Whether a word is written as a name: capitals inside it ("SaaS"; in capitals only, an
    acronym that is no English word: "MPP", not "CLOUD"), or a capital initial that does not
    just start a line or a sentence ("Snowflake", not "Demonstrate")."""
    text = token.text
    if text.isupper() and len(text) > 1:
        # An acronym ("MPP"), not an ordinary word in a shouted line ("ARCHITECTURES").
        return text.lower() not in known_words()
    if any(c.isupper() for c in text[1:]):
        return True
    if not text[:1].isupper():
        return False
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].is_space:
        if "\n" in doc[i].text:
            return False
        i -= 1
    if i < 0:
        return False
    previous = doc[i].text
    return not (previous in _SENTENCE_MARKS or not any(c.isalnum() for c in previous))


def _normalise(text: str) -> str:
    """NFKC, soft hyphens removed, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u00ad", "").split())


def _key(text: str) -> str:
    """Look-up key: lower-case, hyphens and underscores as spaces, whitespace collapsed."""
    return " ".join(text.lower().replace("-", " ").replace("_", " ").split())


def _singular(word: str) -> str | None:
    if len(word) <= 3 or not word.isalpha():
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return None


def _candidates(key: str) -> list[str]:
    """The look-up keys of a span's text: as it is, without a bracketed tail or generic edge
    words, singular, without spaces ("java script").

    >>> _candidates("python skills")
    ['python skills', 'python', 'python skill', 'pythonskills']
    """
    out = [key]
    bare = _BRACKET_TAIL.sub("", key)
    if bare and bare != key:
        out.append(bare)
    words = bare.split()
    while len(words) > 1 and words[-1] in _GENERIC_TAIL:
        words = words[:-1]
        out.append(" ".join(words))
    while len(words) > 1 and words[0] in _GENERIC_HEAD:
        words = words[1:]
        out.append(" ".join(words))
    for form in list(out):
        parts = form.split()
        singular = _singular(parts[-1]) if parts else None
        if singular:
            out.append(" ".join([*parts[:-1], singular]))
        if " " in form:
            out.append(form.replace(" ", ""))
    return list(dict.fromkeys(out))


def _edge(token: Token) -> bool:
    return (
        token.is_space
        or token.text in _EDGE_TOKENS
        or token.lower_ in _EDGE_WORDS
        or (not any(c.isalnum() for c in token.text) and token.text not in _SYMBOL_NAMES)
    )


def _trim(doc: Doc, tagged: TaggedSpan) -> Span | None:
    """The span without edge whitespace, punctuation and function words ("with fresh ideas"
    -> "fresh ideas"; a closing bracket stays when the span opens it: "QTP (UFT)")."""
    start, end = tagged.start, tagged.end
    while start < end and _edge(doc[start]):
        start += 1
    while (
        end > start
        and _edge(doc[end - 1])
        and not (doc[end - 1].text in ")]" and any(t.text in "([" for t in doc[start : end - 1]))
    ):
        end -= 1
    return Span(doc, start, end, label=tagged.label) if start < end else None


def decode_bio(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` token spans of BIO tags; an ``I-X`` after ``O`` or another
    label opens a span (lenient decoding).

    >>> decode_bio(["O", "B-K", "I-K", "I-S", "O", "I-K"])
    [(1, 3, 'K'), (3, 4, 'S'), (5, 6, 'K')]
    """
    spans = []
    start = 0
    label: str | None = None
    for i, tag in enumerate([*tags, "O"]):
        kind, _, name = tag.partition("-")
        if label is not None and (kind != "I" or name != label):
            spans.append((start, i, label))
            label = None
        if kind in ("B", "I") and label is None:
            start, label = i, name
    return spans


def _bio_spans(head: Tagger, docs: list[Doc]) -> list[list[TaggedSpan]]:
    """The spans of the BIO head's best tags in each doc (the docs' tags are not written)."""
    import numpy

    scores = head.model.predict(docs)
    labels = list(head.labels)
    outside = labels.index("O")
    results = []
    for doc, doc_scores in zip(docs, scores, strict=True):
        best = head.model.ops.to_numpy(doc_scores).argmax(axis=1)
        inside = numpy.flatnonzero(best != outside)
        spans: list[tuple[int, int, str]] = []
        if len(inside):
            # Decode only the runs of tagged tokens (most tokens are "O").
            breaks = numpy.flatnonzero(numpy.diff(inside) != 1) + 1
            for run in numpy.split(inside, breaks):
                first, last = int(run[0]), int(run[-1]) + 1
                tags = [labels[i] for i in best[first:last]]
                spans.extend((first + s, first + e, lab) for s, e, lab in decode_bio(tags))
        results.append([TaggedSpan(s, e, lab) for s, e, lab in _bridged(doc, spans)])
    return results


def _bridged(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two SKILL spans one plain word apart joined ("building [great] products"): a softmax
    head often drops one word inside a long phrase."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        if out:
            s0, e0, l0 = out[-1]
            s1, e1, l1 = span
            gap = doc[e0] if s1 == e0 + 1 else None
            bridged = gap is not None and gap.is_alpha and gap.lower_ not in _NO_BRIDGE
            if l0 == l1 == "SKILL" and bridged:
                out[-1] = (s0, e1, l0)
                continue
        out.append(span)
    return out


def _moved(proxy: Doc, doc: Doc, spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """Spans found in a same-length ``proxy`` of ``doc``, set on ``doc`` by character offsets."""
    moved = []
    for tagged in spans:
        start, end = proxy[tagged.start].idx, proxy[tagged.end - 1].idx
        end += len(proxy[tagged.end - 1])
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            moved.append(TaggedSpan(span.start, span.end, tagged.label))
    return moved


def fold_shouting(text: str) -> str | None:
    """``text`` with its all-caps lines lower-cased (same length), or None if it has none.

    A line is folded when it has at least 3 words, 80% of them upper-case and one of those of
    5 letters or more ("WORK EXPERIENCE IN JAVA"); a list of acronyms ("SQL, AWS, GCP") stays.
    The model learned mostly from text in normal case.

    >>> fold_shouting("REQUIREMENTS\\nSTRONG PYTHON AND KUBERNETES SKILLS\\nSQL, AWS, GCP")
    'REQUIREMENTS\\nstrong python and kubernetes skills\\nSQL, AWS, GCP'
    """
    if _CAPS_WORD.search(text) is None:
        return None
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if _CAPS_WORD.search(line) is None:
            continue
        words = _WORD.findall(line)
        upper = [w for w in words if w.isupper()]
        if len(words) >= 3 and len(upper) >= 0.8 * len(words):
            lines[i] = "".join(low if len(low := c.lower()) == 1 else c for c in line)
            changed = True
    return "\n".join(lines) if changed else None


@functools.cache
def shipped_model() -> Language:
    """The shipped tagger model, loaded once per process (offline, from the package).

    Its components run on the pipeline's own Docs, so the model is loaded without its
    tokenizer (whose special cases cost a third of the load): in its place stands one that
    refuses text. Nor are its vocabulary's strings loaded (some 40,000, another third): the
    model reads the Docs' attributes as hashes and keeps its labels in its own settings. The
    garbage collector is left as it was (see :mod:`gapcheck.collector`).
    """
    import spacy

    files = resources.files("gapcheck.tagger_model")
    with resources.as_file(files) as path, collector.kept():  # srsly turns the collector on
        model = spacy.load(
            path,
            config={"nlp": {"tokenizer": {"@tokenizers": _NO_TOKENIZER}}},
            exclude=["tokenizer", "strings"],
        )
    _multiply_with_numpy(model)
    return model


def _multiply_with_numpy(model: Language) -> None:
    """Let ``model``'s layers multiply matrices with numpy (its BLAS), not with the ``blis``
    package thinc uses by default: for the tagger's shapes (thousands of tokens by 192 or 256
    columns) the BLAS that numpy ships is two to three times as fast, on one thread. Only
    matrix products change: thinc's other kernels are the same either way."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in model.pipeline:
        for node in component.model.walk():  # type: ignore[attr-defined]
            if type(node.ops) is NumpyOps:
                node.ops = ops


_NO_TOKENIZER = "gapcheck.no_tokenizer.v1"


class _NoTokenizer:
    """The tagger model's tokenizer: the model tags Docs made by the pipeline, never text."""

    def __call__(self, text: str) -> Doc:
        raise TypeError("the skill tagger's model tags the pipeline's Docs, not text")


@spacy_registry.tokenizers(_NO_TOKENIZER)
def _make_no_tokenizer() -> Callable[[Language], _NoTokenizer]:
    return lambda nlp: _NoTokenizer()


@Language.factory(
    "gapcheck_tagger",
    default_config={
        "taxonomy_paths": [],
        "include_shipped": True,
        "kinds": ["job"],
        "max_tokens": _MAX_TOKENS,
    },
)
def make_skill_tagger(
    nlp: Language,
    name: str,
    taxonomy_paths: list[str],
    include_shipped: bool,
    kinds: list[str],
    max_tokens: int,
) -> SkillTagger:
    """Factory of ``gapcheck_tagger``: the shipped model, on the document ``kinds`` given."""
    taxonomy = load_taxonomy(taxonomy_paths, include_shipped=include_shipped)
    return SkillTagger(nlp, name, taxonomy=taxonomy, kinds=kinds, max_tokens=max_tokens)
