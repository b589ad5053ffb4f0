"""Find what a posting's requirements ask for outside the taxonomy ("other skills").

Conservative rules, in requirement context only (sections that state requirements or duties,
not the company blurb, benefits or legal text):

- the noun phrases after "experience with/in", "knowledge of", "background in",
  "understanding of", "familiarity with", "expertise in", "exposure to" and the like, split at
  "and", "or" and commas: "knowledge of payments and demand forecasting";
- a short bullet of a requirements section that names no taxonomy skill: "- Model drift".

A phrase is kept when it is one to four words, names no taxonomy skill, is not a task ("building
pipelines") and is not generic ("experience", "team", "fast-paced environment"): degree words
("strong", "solid") in front and requirement words ("knowledge", "experience") behind are
dropped first.

Each phrase becomes a span of ``doc.spans["other_skills"]``: ``id_`` is its other-skill id
(:func:`gapcheck.wordforms.other_skill_id`), ``label_`` who found it (``"rules"`` here; a
trained tagger writes ``"model"``), ``kb_id_`` the taxonomy skill it belongs under ('' when
unknown). :mod:`gapcheck.extraction` turns the spans into ``SkillProfile.other_skills``.

>>> import spacy
>>> from gapcheck.pipeline import build_nlp
>>> nlp = build_nlp()
>>> doc = nlp.make_doc("Requirements:\\n- Knowledge of payments\\n- Route optimisation\\n")
>>> doc._.gapcheck_kind = "job"
>>> [(s.text, s.id_) for s in nlp(doc).spans["other_skills"]]
[('payments', 'other:payments'), ('Route optimisation', 'other:route-optimisation')]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from gapcheck.components.context import line_start
from gapcheck.components.cues import CueReader
from gapcheck.components.layout import (
    BULLETS,
    Layout,
    doc_text,
    get_layout,
    token_lowers,
    token_table,
)
from gapcheck.components.requirements import (
    importance_of_section,
)
from gapcheck.components.sections import register_extensions, section_lookup
from gapcheck.components.usage import NOUN_ING, verb_forms
from gapcheck.taxonomy import Importance, Taxonomy, load_taxonomy
from gapcheck.wordforms import other_skill_id, phrase_key
from gapcheck.wordlist import ROLE_NOUNS

__all__ = [
    "DIPLOMA_WORDS",
    "OTHER_SKILLS_KEY",
    "PhraseFinder",
    "asks_for_skills",
    "is_generic_phrase",
    "phrase_importance",
    "phrase_name",
]

OTHER_SKILLS_KEY = "other_skills"
"""The ``doc.spans`` key of skills outside the taxonomy."""

_MAX_WORDS = 4
# A run longer than this before a boundary is a clause, not the name of a thing.
_MAX_RUN = 6
_BULLET_SECTIONS = frozenset({"requirements", "preferred"})
_CUES: tuple[tuple[str, ...], ...] = tuple(
    tuple(cue.split())
    for cue in (
        "experience with",
        "experience in",
        "experience of",
        "experienced in",
        "experienced with",
        "knowledge of",
        "knowledge in",
        "background in",
        "understanding of",
        "familiarity with",
        "familiar with",
        "expertise in",
        "expertise with",
        "proficiency in",
        "proficiency with",
        "proficient in",
        "proficient with",
        "exposure to",
        "skilled in",
        "grounding in",
        "comfort with",
        "comfortable with",
        "comfortable using",
        "comfortable in",
        "years in",
    )
)
# "5+ years in fintech or payments" names a domain; "4+ years in a fast-paced startup" a
# setting, which an article or "similar" opens.
_YEARS_IN = ("years", "in")
_SETTING_WORDS = frozenset({"a", "an", "the", "this", "similar", "related", "comparable"})
# The cues by their first word, in the order of _CUES.
_CUES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(cue for cue in _CUES if cue[0] == first) for first in {c[0] for c in _CUES}
}
_SPLIT = frozenset({",", "and", "or", "/", "&", "and/or", "as well as"})
# Words and marks that end a phrase: prepositions, clause words, punctuation.
_BOUNDARY = frozenset(
    """
    . ; : ( ) [ ] ! ? " to for with in on at using across within from by including such like
    e.g. e.g eg i.e. ie that which where who whom as is are be will would should can could
    while through into via over under of etc etc. especially particularly ideally preferably
    plus – — but however there also then so if when not was were has have been being do does
    both neither perhaps maybe possibly even just only between among against around about
    after before during per vs vs. versus than toward towards upon without beyond
    """.split()
)
# Leading words that only grade or frame the thing asked for.
_MODIFIERS = frozenset(
    """
    a an the any some strong solid good great deep working hands-on practical proven relevant
    professional commercial basic excellent demonstrated prior previous related similar general
    broad thorough in-depth extensive significant direct modern sound firm robust familiarity
    real-world production-level advanced current latest other clear concise effective
    outstanding exceptional superb polished
    """.split()
)
# Trailing words that say "knowledge of it", not what it is: "payments domain knowledge".
_TRAILING = frozenset(
    """
    experience experiences knowledge skills skill background expertise exposure familiarity
    proficiency understanding industry industries domain domains sector sectors space concepts
    principles fundamentals techniques methods methodologies preferred required desired desirable
    optional
    """.split()
)
# Words that name nothing specific, only a level ("Expert in Figma") or when one can work
# ("Weekend and holiday availability"): a phrase made only of these is not a skill.
_GENERIC = frozenset(
    """
    experience comfort team teams environment environments role roles company companies organization
    organizations organisation organisations business businesses stakeholder stakeholders
    people customer customers client clients work project projects product products tool tools
    technology technologies solution solutions system systems thing things ability abilities
    skill skills knowledge understanding background degree degrees field fields area areas
    domain domains industry sector setting settings culture world way ways manner level levels
    academia academic government nonprofit public private
    others year years plus bonus startup startups fast-paced dynamic scale impact ownership
    mindset attitude player starter self-starter communicator learner passion curiosity travel
    relocation authorization authorisation eligibility visa clearance requirement requirements
    qualification qualifications responsibility responsibilities task tasks duty duties
    practice practices principle principles concept concepts fundamentals technique techniques
    method methods methodology methodologies process processes platform platforms application
    applications software data code job jobs position positions candidate candidates
    opportunity opportunities minimum least one two three several multiple various all both
    either equivalent etc following above below this these those them it they we you your our
    new high quality complex large small best more most other related similar implementation
    implementations performance design development service services architecture
    architectures version versions market markets type types use usage framework frameworks
    support maintenance integration deployment delivery production management
    administration documentation specification specifications optimization optimisation
    reliability scalability availability efficiency functionality functionalities feature
    features component components module modules infrastructure tooling language languages
    programming coding writing reading speaking spoken written verbal teaching supervision
    collaboration communication analysis planning strategy execution leadership
    ability environment excellence success growth
    availability available weekend weekends holiday holidays evening evenings night nights
    overtime shift shifts hours schedule schedules
    expert experts fluent proficient skilled specialist specialists guru ninja native
    beginner intermediate familiar competent knowledgeable capable comfortable confident savvy
    literate versed seasoned clear concise effective outstanding exceptional superb polished
    track record records history achievements accomplishments results
    corporate residential testing rules
    """.split()
)
# Heads that name a setting or the people one works with, not a skill: "fast-paced
# environment", "distributed team", "the Audit Committee", "our external auditors".
_GENERIC_HEADS = frozenset(
    """
    experience team teams environment environments role roles company companies organization
    organizations organisation organisations culture setting settings world way ways manner
    level levels attitude mindset player starter communicator learner person people
    committee committees board boards council councils auditors executives officers
    """.split()
)
# The level after a role's name ("Data Manager II"), and the words of a credential's name,
# which may end in a role ("Salesforce Certified Developer").
_ROLE_LEVELS = frozenset({"i", "ii", "iii", "iv"})
_CREDENTIAL_WORDS = frozenset({"certified", "certificate", "certification", "chartered"})
# Endings of adjectives: one such word alone names no thing ("architectural").
_ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ful", "able", "ible", "ic", "ary", "less")
_MIN_SINGLE_WORD = 5
# First words that point back to what came before ("healthcare or another regulated industry",
# "Python and other scripting languages"): the phrase names a kind of it, not a skill asked.
_POINTING_BACK = frozenset("another other others similar comparable equivalent".split())
# Words that name a diploma whatever surrounds them: a phrase with one is education, never an
# other skill ("High school diploma required", "GED"), whoever found it.
DIPLOMA_WORDS = frozenset("diploma diplomas degree degrees ged".split())
# The same, with the names of degrees that are other words too ("master data", "MS SQL").
_EDUCATION_WORDS = DIPLOMA_WORDS | frozenset(
    "bachelor bachelors bachelor's master masters master's phd ph.d. doctorate mba bsc msc ba bs "
    "ma ms".split()
)
_STARTS_NOT = frozenset(
    "be have has able must should can will you your we our is are who what how "
    # a thing to own, bring or pass, no skill: "Own basic hand tools", "Pass a drug screen"
    "own bring provide possess pass wear".split()
)


class PhraseFinder:
    """spaCy component ``gapcheck_phrases``; see the module docstring. Jobs only."""

    def __init__(self, nlp: Language, name: str, taxonomy: Taxonomy) -> None:
        register_extensions()
        self.name = name
        self.taxonomy = taxonomy

    def __call__(self, doc: Doc) -> Doc:
        if doc._.gapcheck_kind != "job":
            doc.spans[OTHER_SKILLS_KEY] = list(doc.spans.get(OTHER_SKILLS_KEY, []))
            return doc
        layout = get_layout(doc)
        section_of = section_lookup(doc._.gapcheck_sections or [])
        lowers = token_lowers(doc)
        covered = {i for span in doc.spans.get("skills", []) for i in range(span.start, span.end)}
        found: dict[tuple[int, int], Span] = {}
        idx = token_table(doc).idx
        for lo, hi in layout.clause_bounds:
            if lo >= hi:
                continue
            section = section_of(idx[lo])
            if not asks_for_skills(section):
                continue
            bounds = [*_after_cues(lowers, lo, hi)]
            if not bounds and section in _BULLET_SECTIONS:
                bounds = _bullet_item(doc, lowers, lo, hi)
            for start, end in bounds:
                for item in _items(doc, lowers, start, end):
                    span = _phrase(doc, lowers, item, covered)
                    if span is not None and self.taxonomy.resolve(span.text) is None:
                        found.setdefault((span.start, span.end), span)
        # A trained tagger's other skills (gapcheck_tagger, before this) stay where no rule
        # phrase overlaps them.
        taken = {i for start, end in found for i in range(start, end)}
        for span in doc.spans.get(OTHER_SKILLS_KEY, []):
            if not any(i in taken for i in range(span.start, span.end)):
                found.setdefault((span.start, span.end), span)
        doc.spans[OTHER_SKILLS_KEY] = [found[key] for key in sorted(found)]
        return doc


def asks_for_skills(section: str) -> bool:
    """Whether a section states requirements or duties (not the title, blurb or benefits)."""
    return section != "title" and importance_of_section(section) is not None


def is_generic_phrase(words: Sequence[str]) -> bool:
    """Whether lower-case ``words`` name nothing specific ("team", "fast-paced environment"),
    or name a role rather than a skill ("Clinical Data Manager II", "SAS programmers"; a
    credential's name may end in a role: "Certified Developer").

    >>> is_generic_phrase(["data", "manager", "ii"]), is_generic_phrase(["certified", "developer"])
    (True, False)
    """
    if all(w in _GENERIC for w in words) or words[-1] in _GENERIC_HEADS:
        return True
    head = words[-2] if len(words) > 1 and words[-1] in _ROLE_LEVELS else words[-1]
    return head in ROLE_NOUNS and _CREDENTIAL_WORDS.isdisjoint(words)


def _after_cues(lowers: Sequence[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges that follow a cue ("knowledge of ...") in the clause, up to its end."""
    ranges: list[tuple[int, int]] = []
    if _CUES_BY_FIRST.keys().isdisjoint(lowers[lo:hi]):
        return ranges  # no cue begins in the clause (most clauses)
    words = [(i, w) for i in range(lo, hi) if (w := lowers[i]).strip()]
    for n, (_, first) in enumerate(words):
        for cue in _CUES_BY_FIRST.get(first, ()):
            if tuple(w for _, w in words[n : n + len(cue)]) == cue:
                after = n + len(cue)
                if after < len(words) and not (
                    cue == _YEARS_IN and words[after][1] in _SETTING_WORDS
                ):
                    ranges.append((words[after][0], hi))
    return ranges


def _bullet_item(doc: Doc, lowers: Sequence[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """The clause as one item when it is a short bullet line of its own ("- Model drift")."""
    first = next((i for i in range(lo, hi) if lowers[i].strip()), hi)
    if first >= hi or doc[first].text not in BULLETS:
        return []
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[first].idx) + 1
    if text[line_start : doc[first].idx].strip():
        return []  # a bullet in the middle of a line
    words = [w for w in lowers[first + 1 : hi] if w.strip() and w not in ".;-"]
    if not words or len(words) > _MAX_WORDS or any(w[:1].isdigit() for w in words):
        return []
    return [(first + 1, hi)]


def _items(doc: Doc, lowers: Sequence[str], start: int, end: int) -> list[tuple[int, int]]:
    """The list items of ``lowers[start:end]``: split at "and", "or" and commas, stopping at
    the first boundary word (or a spaced dash); a run too long to be a name ends the list."""
    items: list[tuple[int, int]] = []
    item_start = None
    count = 0
    for i in range(start, end):
        word = lowers[i]
        joined = i > start and lowers[i - 1] == "-" and not doc[i - 2].whitespace_
        if word == "/" and _short_pair(doc, lowers, i, end):
            if item_start is None:
                item_start = i - 1  # "I/O performance", "A/B testing": one name
            continue
        if i > start and lowers[i - 1] == "/" and _short_pair(doc, lowers, i - 1, end):
            continue
        if not word.strip() or joined or (word == "-" and not doc[i - 1].whitespace_):
            if item_start is not None and word.strip():
                count += word != "-"
            continue  # "real-time", "end-to-end": the hyphen joins words of one name
        if word in _SPLIT or word in _BOUNDARY or word == "-" or _past_verb(word):
            if item_start is not None:
                items.append((item_start, i))
            item_start, count = None, 0
            if word in _BOUNDARY:
                break
            continue
        if item_start is None:
            item_start = i
        count += 1
        if count > _MAX_RUN:
            return items
    else:
        if item_start is not None:
            items.append((item_start, end))
    return items


def _short_pair(doc: Doc, lowers: Sequence[str], slash: int, end: int) -> bool:
    """Whether the "/" at ``slash`` joins two short words of one name with no space ("I/O",
    "A/B"), rather than separating two items."""
    return (
        0 < slash < end - 1
        and not doc[slash - 1].whitespace_
        and not doc[slash].whitespace_
        and 0 < len(lowers[slash - 1]) <= 2
        and lowers[slash - 1].isalpha()
        and 0 < len(lowers[slash + 1]) <= 2
        and lowers[slash + 1].isalpha()
    )


def _phrase(
    doc: Doc, lowers: Sequence[str], item: tuple[int, int], covered: set[int]
) -> Span | None:
    """The span of an other skill in ``item``, or None when it is generic, a task, or
    (part of) a taxonomy skill."""
    start, end = item
    while end > start and not lowers[end - 1].strip():
        end -= 1
    if any(i in covered for i in range(start, end)):
        return None
    first = next((i for i in range(start, end) if lowers[i].strip()), end)
    if first < end and lowers[first] in _POINTING_BACK:
        return None
    if _examples_follow(lowers, end, covered):
        return None  # "state management (Redux or Zustand)": the examples are what is asked
    while start < end and (
        not lowers[start].strip() or (lowers[start] in _MODIFIERS and _plain(doc, start))
    ):
        start += 1
    while end > start and lowers[end - 1] in _TRAILING:
        end -= 1
    words = [w for w in lowers[start:end] if w.strip() and w != "-"]
    if not words or len(words) > _MAX_WORDS or words[0] in _STARTS_NOT:
        return None
    if not _EDUCATION_WORDS.isdisjoint(words):
        return None
    if is_generic_phrase(words):
        return None
    if not any(w.isalpha() and len(w) >= 3 for w in words):
        return None
    if any(not _word_like(w) for w in words):
        return None
    form = verb_forms().get(words[0])
    if form is not None and form != "base" and not words[0].endswith("ing"):
        return None  # "built", "leads": a task, not a thing
    if form == "ing" and (len(words) > 1 or words[0] not in NOUN_ING):
        return None  # "building data pipelines", "deploying"
    span = doc[start:end]
    if len(words) == 1 and not _names_a_thing(span.text):
        return None
    if not phrase_key(span.text):
        return None
    span.id_ = other_skill_id(span.text)
    span.label_ = "rules"
    return span


def _examples_follow(lowers: Sequence[str], end: int, covered: set[int]) -> bool:
    """Whether a bracket right after the phrase (at token ``end``) names taxonomy skills."""
    index = end
    while index < len(lowers) and not lowers[index].strip():
        index += 1
    if index >= len(lowers) or lowers[index] != "(":
        return False
    for inside in range(index + 1, min(len(lowers), index + 16)):
        if lowers[inside] == ")":
            return False
        if inside in covered:
            return True
    return False


def _plain(doc: Doc, index: int) -> bool:
    """Whether a word is written plain, not capitalised inside a line as part of a name
    ("strong", but not the "Great" of "Great Expectations")."""
    return not doc[index].text[:1].isupper() or line_start(doc, index)


def _names_a_thing(word: str) -> bool:
    """Whether a phrase of one word may name a skill: an acronym or mixed case ("SaaS"), or a
    noun long enough not to be a fragment ("payments", not "unit" or "architectural")."""
    if any(ch.isupper() for ch in word[1:]):
        return True
    lower = word.lower()
    return len(lower) >= _MIN_SINGLE_WORD and not lower.endswith(_ADJECTIVE_ENDINGS)


def _past_verb(word: str) -> bool:
    """A past form of an action verb ends a name: "software used in clinics"."""
    return verb_forms().get(word) == "past"


def _word_like(word: str) -> bool:
    """A word of a name: letters (with inner hyphens or dots), no digits-only, URLs or marks."""
    return any(ch.isalpha() for ch in word) and "@" not in word and "://" not in word


def phrase_name(span: Span) -> str:
    """The display name of an other skill: its words, lowercase except acronyms, mixed case
    and capitalised words of a phrase that starts inside a sentence ("Remix" in "Next.js or
    Remix", "Great Expectations" in "experience with Great Expectations").

    >>> import spacy
    >>> phrase_name(spacy.blank("en")("Demand Forecasting for SaaS")[:])
    'demand forecasting for SaaS'
    >>> doc = spacy.blank("en")("Next.js or Remix")
    >>> phrase_name(doc[2:])
    'Remix'
    """
    words = []
    inside = len(span) > 0 and not _opens_sentence(span.doc, span.start)
    for token in span:
        text = token.text
        if token.is_space:
            continue
        inner_capitals = any(ch.isupper() for ch in text[1:])
        keep = inner_capitals or (inside and token.is_title)
        words.append(text if keep else text.lower())
        words.append(" " if token.whitespace_ else "")
    return "".join(words).strip()


def _opens_sentence(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is the first word of its line or sentence (after a bullet)."""
    for before in range(index - 1, -1, -1):
        token = doc[before]
        if token.is_space:
            if "\n" in token.text:
                return True
            continue
        return token.text in BULLETS or token.text in (".", "!", "?", ":", ";")
    return True


def phrase_importance(
    doc: Doc, span: Span, layout: Layout, section_of: Callable[[int], str]
) -> Importance | None:
    """How a posting asks for the thing a span names: by its section, then by the cue
    phrases of its clause ("a plus", "must"), as for taxonomy skills."""
    level = importance_of_section(section_of(span.start_char))
    if level is None or span.start >= len(layout.token_clause):
        return level
    lo, hi = layout.clause_bounds[layout.token_clause[span.start]]
    words = token_lowers(doc)[lo:hi]
    (effect,) = _cue_reader().effects(words, [(span.start - lo, span.end - lo)])
    if effect in ("required", "preferred"):
        return effect
    if effect in ("none", "taught"):
        return None  # "no Scala needed", "we can teach you Terraform": not asked for
    return level


@functools.cache
def _cue_reader() -> CueReader:
    return CueReader()


@Language.factory(
    "gapcheck_phrases", default_config={"taxonomy_paths": [], "include_shipped": True}
)
def make_phrase_finder(
    nlp: Language, name: str, taxonomy_paths: list[str], include_shipped: bool
) -> PhraseFinder:
    """Factory of the ``gapcheck_phrases`` component (a phrase that is a taxonomy name is left
    to the taxonomy, which may have judged it not a skill there)."""
    taxonomy = load_taxonomy(taxonomy_paths, include_shipped=include_shipped)
    return PhraseFinder(nlp, name, taxonomy)
