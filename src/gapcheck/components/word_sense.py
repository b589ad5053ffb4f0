"""Word sense of skill names that are also English words or letters ("Go", "R", "C", "Excel",
"Spark", "React"): such a mention is kept only where its context makes it the skill.

The taxonomy marks these names as a skill's sense forms, with cues that confirm the skill's
sense ("R programming") or reject it ("go to", "excel at", "spark interest", "react to"). A
listed name, a name next to other skills, and a capitalised name used as a tool ("built with
Spark") are confirmed too; a letter or two ("R", "C") needs a list or a confirming cue.

>>> import spacy
>>> from gapcheck.components.layout import get_layout
>>> from gapcheck.components.matching import AliasMatcher, PatternTokenizer
>>> from gapcheck.taxonomy import load_taxonomy
>>> nlp, taxonomy = spacy.blank("en"), load_taxonomy()
>>> words = PatternTokenizer(nlp)
>>> aliases, senses = AliasMatcher(taxonomy, words), SenseGuard(taxonomy, words)
>>> doc = nlp("I excel at teamwork. Wrote Python, Go and R code.")
>>> candidates = aliases.candidates(doc)
>>> senses.decide(doc, candidates, get_layout(doc), ["other"] * len(doc))
>>> [(doc[c.start:c.end].text, c.accepted) for c in candidates if c.ambiguous]
[('excel', False), ('Go', True), ('R', True)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from spacy.tokens import Doc

from gapcheck.components.claims import (
    INDUSTRY_SUBCATEGORY,
    names_employers_industry,
    opens_title_line,
)
from gapcheck.components.context import (
    LIST_SEPARATORS,
    clause_window,
    contains_phrase,
    ends_with,
    line_end,
    line_start,
    starts_with,
    words_after,
    words_before,
)
from gapcheck.components.layout import Layout, token_lowers
from gapcheck.components.matching import Candidate, PatternTokenizer
from gapcheck.components.sections import classify_heading
from gapcheck.taxonomy import Taxonomy
from gapcheck.wordlist import known_words

__all__ = ["Phrase", "SenseCues", "SenseGuard"]

# Words that, right before a capitalised ambiguous name, mark the technical use of a tool.
_USAGE_WORDS = frozenset(
    {
        "in",
        "with",
        "using",
        "use",
        "used",
        "of",
        "including",
        "like",
        "via",
        "through",
        "into",
        "from",
        "on",
        "utilizing",
        "utilising",
        "leveraging",
        "knowledge",
        "experience",
        "proficient",
        "proficiency",
        "expertise",
        "skilled",
        "familiar",
        "familiarity",
        "and",
        "or",
        "built",
        "developed",
        "wrote",
        "written",
        "implemented",
        "designed",
        "deployed",
    }
)
# The taxonomy's category of certifications and licences, and a resume's section of them.
_CERTIFICATION_CATEGORY = "certifications"
_CERTIFICATION_SECTION = "certifications"
# Sections whose list items are skills: a resume's skills, a posting's stack and requirements.
_LIST_SECTIONS = frozenset({"skills", "stack", "requirements", "preferred"})
# A posting's sections that list what it asks for, and words that, right after a name that
# opens a list item there, ask for the name as a skill ("Spark preferred", "Excel skills").
_ASKING_SECTIONS = frozenset({"requirements", "preferred", "stack"})
_ASKING_WORDS = frozenset(
    {
        "preferred",
        "required",
        "experience",
        "skills",
        "knowledge",
        "expertise",
        "proficiency",
        "is",
        "a",
        "(",
        "exposure",
        "familiarity",
        "background",
        "certification",
        "certified",
    }
)
# Resume sections where a first name that is also a skill's name ("Julia", "Ruby") is a person.
_PERSON_SECTIONS = frozenset({"header", "references"})
# Sections of dated entries, whose title lines name the roles held.
_ENTRY_SECTIONS = frozenset({"experience", "projects"})
# Symbols that glue a cue to a name: "Go-to", "ML/kg", "post-Go".
_GLUE_SYMBOLS = frozenset("-/–")


Phrase = tuple[str, ...]
"""A cue as lowercase tokens: ``("programming",)``, ``("go", "to")``."""

# A skill's own cues: confirming phrases, its category, rejecting phrases before and after,
# whether its forms are a letter or two (or need a cue), and whether a list needs a cue too.
_OwnCues = tuple[tuple[Phrase, ...], str, tuple[Phrase, ...], tuple[Phrase, ...], bool, bool]


@dataclass(frozen=True, slots=True)
class SenseCues:
    """The cues of one ambiguous skill, tokenized."""

    confirm: tuple[Phrase, ...]
    """Phrases in the same clause that confirm the skill (the skill's and its category's)."""
    reject_before: tuple[Phrase, ...]
    """Phrases right before the name that reject it: "to" before "Go"."""
    reject_after: tuple[Phrase, ...]
    """Phrases right after the name that reject it: "at" after "excel"."""
    short: bool
    """A letter or two ("R", "C"), or a sense marked ``needs_cue`` ("triage"): needs list
    context or a confirming cue."""
    strict: bool = False
    """A sense marked ``list_needs_cue`` ("QC"): outside a skills section, needs a confirming
    cue of its own (not its category's) even in a list."""
    # The phrases by the word a match must have in a given place: a rejecting phrase before the
    # name by its last word, one after it and a confirming one by their first word.
    _before_by_last: dict[str, list[Phrase]] = field(init=False, repr=False, compare=False)
    _after_by_first: dict[str, list[Phrase]] = field(init=False, repr=False, compare=False)
    _confirm_by_first: dict[str, list[Phrase]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name, phrases, place in (
            ("_before_by_last", self.reject_before, -1),
            ("_after_by_first", self.reject_after, 0),
            ("_confirm_by_first", self.confirm, 0),
        ):
            index: dict[str, list[Phrase]] = {}
            for phrase in phrases:
                if phrase:
                    index.setdefault(phrase[place], []).append(phrase)
            object.__setattr__(self, name, index)

    def rejects(self, before: Sequence[str], after: Sequence[str]) -> bool:
        """Whether the words just ``before`` or ``after`` a mention reject the skill's sense."""
        # Most words end or start no cue: those are told by one lookup.
        cues = self._before_by_last.get(before[-1]) if before else None
        if cues and any(ends_with(before, cue) for cue in cues):
            return True
        cues = self._after_by_first.get(after[0]) if after else None
        if not cues:
            return False
        return any(starts_with(after, cue) for cue in cues)

    def count_in(self, words: Sequence[str]) -> int:
        """How many of the confirming phrases occur in ``words`` (each counted once)."""
        present = set(words)
        return sum(
            1
            for phrase in self.confirm
            if phrase[0] in present and (len(phrase) == 1 or contains_phrase(words, phrase))
        )

    def confirmed_in(self, words: Sequence[str]) -> bool:
        """Whether a confirming phrase occurs in ``words``."""
        by_first = self._confirm_by_first
        return any(
            contains_phrase(words, phrase)
            for word in {word for word in words if word in by_first}
            for phrase in by_first[word]
        )


@dataclass(frozen=True, slots=True)
class _DocContext:
    """What the checks read of one ``Doc``."""

    doc: Doc
    layout: Layout
    flat: bool
    sections: Sequence[str]
    lowers: list[str]
    clause_of: Sequence[int]
    clause_starts: Sequence[int]


class SenseGuard:
    """The word-sense checks of one taxonomy's ambiguous names, with their cues tokenized once.

    ``words`` must tokenize as the pipeline does, so that cues compare with the text's tokens.
    :meth:`tables` and :meth:`from_tables` give and take the tokenized cues as JSON data.
    """

    def __init__(self, taxonomy: Taxonomy, words: PatternTokenizer) -> None:
        self._words = words
        category_confirm = {
            category.id: self._cue_phrases(category.confirm)
            for category in taxonomy.categories.values()
        }
        english = known_words()
        brand_forms: set[str] = set()
        cues: dict[str, _OwnCues] = {}
        for skill in taxonomy:
            sense = skill.sense
            if not (sense and sense.forms):
                continue
            if sense.case_sensitive:
                # Exact-case forms that are no English word ("dbt") are written as the brand
                # writes them, as a capital marks a name ("with Spark").
                brand_forms.update(
                    f for f in sense.forms if f.lower() not in english and " " not in f
                )
            cues[skill.id] = (
                self._cue_phrases(sense.confirm),
                skill.category,
                self._cue_phrases(sense.reject_before, "before"),
                self._cue_phrases(sense.reject_after, "after"),
                sense.needs_cue or all(len(f) <= 2 for f in sense.forms),
                sense.list_needs_cue,
            )
        industries = [s.id for s in taxonomy if s.subcategory == INDUSTRY_SUBCATEGORY]
        rivals = _rival_senses(taxonomy, words)
        self._use(cues, category_confirm, brand_forms, industries, rivals)

    def _use(
        self,
        cues: Mapping[str, _OwnCues],
        category_confirm: Mapping[str, tuple[Phrase, ...]],
        brand_forms: Iterable[str],
        industries: Iterable[str],
        rivals: Mapping[str, Mapping[str, Sequence[str]]],
    ) -> None:
        """Take each skill's own cues, its category's confirming cues, the brand forms, the
        industries (which an employer's name shows, whatever its cues say) and the skills that
        share a sense form with each ("GCP": Google Cloud's and good clinical practice's)."""
        self._brand_forms = set(brand_forms)
        self._industries = frozenset(industries)
        self._rivals = {
            skill_id: {form: tuple(others) for form, others in by_form.items()}
            for skill_id, by_form in rivals.items()
        }
        # A shared form is decided by each skill's own cues, not its category's (a safety
        # certification's "warehouse" says nothing against "built in classic ASP").
        self._own_cues = {
            skill_id: SenseCues(
                confirm=cues[skill_id][0], reject_before=(), reject_after=(), short=False
            )
            for skill_id in rivals
        }
        # Certifications and licences: their section names them ("Certifications: CPA").
        self._certifications = frozenset(
            skill_id for skill_id, own in cues.items() if own[1] == _CERTIFICATION_CATEGORY
        )
        self._tables: dict[str, Any] = {
            "cues": dict(cues),
            "category_confirm": dict(category_confirm),
            "brand_forms": sorted(self._brand_forms),
            "industries": sorted(self._industries),
            "rivals": {
                skill_id: {form: list(others) for form, others in by_form.items()}
                for skill_id, by_form in self._rivals.items()
            },
        }
        self._cues = {
            skill_id: SenseCues(
                # A sense that needs a cue even in a list needs one of its own: its category's
                # are too broad ("B2B SaaS | Onboarding | Renewals" is no employee onboarding).
                confirm=(*confirm, *(() if strict else category_confirm.get(category, ()))),
                reject_before=before,
                reject_after=after,
                short=short,
                strict=strict,
            )
            for skill_id, (confirm, category, before, after, short, strict) in cues.items()
        }

    def tables(self) -> dict[str, Any]:
        """The tokenized cues as JSON data, for :meth:`from_tables`."""
        return self._tables

    @classmethod
    def from_tables(cls, tables: Mapping[str, Any]) -> SenseGuard:
        """The checks of cues given by :meth:`tables` (nothing is tokenized again)."""
        guard = cls.__new__(cls)
        cues: dict[str, _OwnCues] = {
            skill_id: (
                _phrases(confirm),
                str(category),
                _phrases(before),
                _phrases(after),
                bool(short),
                bool(strict),
            )
            for skill_id, (confirm, category, before, after, short, strict) in tables[
                "cues"
            ].items()
        }
        category_confirm = {
            category: _phrases(phrases) for category, phrases in tables["category_confirm"].items()
        }
        guard._use(
            cues, category_confirm, tables["brand_forms"], tables["industries"], tables["rivals"]
        )
        return guard

    def _cue_phrases(
        self, cues: Iterable[str], glued: Literal["before", "after"] | None = None
    ) -> tuple[Phrase, ...]:
        """Cues as lowercase token tuples.

        ``glued`` ("after" or "before") adds, for a cue that starts (ends) with a symbol, the
        tokens it has when glued to a name: "-to" is one token alone but "-" "to" in "Go-to".
        """
        cues = list(cues)
        result = [
            tuple(word.lower() for word in self._words.words(cue)) if cue.split() else ()
            for cue in cues
        ]
        placeholder = "Xq"
        for cue in cues:
            if glued == "after" and cue[:1] in _GLUE_SYMBOLS:
                tokens = self._words.lowers(placeholder + cue)
                if tokens[0] == placeholder.lower():
                    result.append(tuple(tokens[1:]))
            elif glued == "before" and cue[-1:] in _GLUE_SYMBOLS:
                tokens = self._words.lowers(cue + placeholder)
                if tokens[-1] == placeholder.lower():
                    result.append(tuple(tokens[:-1]))
        return tuple(dict.fromkeys(cue for cue in result if cue))

    def decide(
        self, doc: Doc, candidates: Sequence[Candidate], layout: Layout, sections: Sequence[str]
    ) -> None:
        """Set ``accepted`` on each candidate: always for an unambiguous one, and for an
        ambiguous one where its context confirms the skill's sense.

        ``sections`` holds the section name of each token of ``doc``.
        """
        for candidate in candidates:
            candidate.accepted = not candidate.ambiguous
        ambiguous = [c for c in candidates if c.ambiguous]
        if not ambiguous:
            return
        clause_of = layout.token_clause
        context = _DocContext(
            doc=doc,
            layout=layout,
            flat=layout.flattened,
            sections=sections,
            lowers=token_lowers(doc),
            clause_of=clause_of,
            clause_starts=[start for start, _ in layout.clause_bounds],
        )
        # Two passes, so an accepted ambiguous name can confirm its neighbour ("Spark, Hive").
        # A role held on a title line confirms no name beside it: "Account Executive, Lumen
        # Analytics" says nothing of analytics (the employer's name).
        by_clause = _accepted_by_clause(
            [c for c in candidates if not (c.accepted and _role_held(context, c))], clause_of
        )
        anchor_starts = {s: e for spans in by_clause.values() for s, e in spans}
        anchor_ends = {e: s for spans in by_clause.values() for s, e in spans}
        for candidate in ambiguous:
            anchors = by_clause.get(clause_of[candidate.start], [])
            candidate.accepted = self._confirmed(
                context, candidate, anchors, anchor_starts, anchor_ends
            )
        confirmed = [c for c in ambiguous if c.accepted and not _role_held(context, c)]
        if not confirmed or len(confirmed) == len(ambiguous):
            return  # the second pass would see the same anchors, or have nothing to decide
        # The anchors of the second pass: those of the first and the names it confirmed. A
        # name's decision reads only the anchors of its clause and whether one starts right
        # after it: a name whose clause has no new anchor, and after which none starts, is
        # decided as in the first pass.
        changed: set[int] = set()
        new_starts: set[int] = set()
        new_lines: set[int] = set()
        line_of = layout.token_line
        for c in confirmed:
            clause = clause_of[c.start]
            by_clause.setdefault(clause, []).append((c.start, c.end))
            new_starts.add(c.start)
            new_lines.add(line_of[c.start])
            anchor_ends[c.end] = c.start
            anchor_starts[c.start] = c.end
            changed.add(clause)
        for clause in changed:
            by_clause[clause].sort()
        for candidate in ambiguous:
            line = line_of[candidate.start]
            if not candidate.accepted and (
                clause_of[candidate.start] in changed
                or candidate.end in new_starts
                or line - 1 in new_lines
                or line + 1 in new_lines
            ):
                anchors = by_clause.get(clause_of[candidate.start], [])
                candidate.accepted = self._confirmed(
                    context, candidate, anchors, anchor_starts, anchor_ends
                )

    def _confirmed(
        self,
        context: _DocContext,
        candidate: Candidate,
        anchors: Sequence[tuple[int, int]],
        anchor_starts: Mapping[int, int],
        anchor_ends: Mapping[int, int],
    ) -> bool:
        """Whether an ambiguous mention is the skill, given the accepted mentions (``anchors``)
        of its clause and all accepted mentions (``anchor_starts`` maps the start of each to its
        end, ``anchor_ends`` its end to its start)."""
        cues = self._cues[candidate.skill_id]
        doc, flat = context.doc, context.flat
        start, end = candidate.start, candidate.end
        if _a_term(context.lowers, start, end):
            return False  # "Spring 2014", "Spring 08": a semester, whatever is beside it
        spelled = _initials_in_brackets(doc, start, end)
        if _letter_compound(doc, start, end) or (
            spelled is not None and anchor_ends.get(start - 1) != spelled
        ):
            # "C-spine", "T-shirt"; "Radiography (R)": an abbreviation of the words before it,
            # unless those words are a name found ("Local Area Network (LAN)")
            return False
        if _role_held(context, candidate):
            return True  # "Marketing Manager, Acme, 2019 - 2024", whatever its cues say
        section = context.sections[start]
        if (
            candidate.skill_id in self._industries
            and section in _ENTRY_SECTIONS
            and names_employers_industry(doc, candidate, context.layout)
        ):
            return True  # the employer's industry: "Project Manager | Mutual Insurance"
        rival = self._rival_verdict(context, candidate)
        if rival is False:
            # "GCP and FDA regulations": good clinical practice, not the cloud; "National
            # Registry Paramedic (NRP)" under certifications: no neonatal resuscitation card
            return False
        before = words_before(doc, start, 4, flat)
        after = words_after(doc, end, 4, flat)
        if section == _CERTIFICATION_SECTION and candidate.skill_id in self._certifications:
            # "Certifications\nCPA candidate": the section names what it lists, unless the
            # words right by it say otherwise ("ACAMS member": the association's)
            return not cues.rejects(before, after)
        if _paired(context.lowers, anchors, start, end, cues):
            return True  # "Excel and Word": beside a skill that confirms it, in a list
        if cues.rejects(before, after) or cues.rejects(*_clause_words(context, start, end)):
            return False  # the words around it, on its line or across a wrapped one
        if rival:
            return True  # "AWS certification preferred" in a welder's posting
        if section in _PERSON_SECTIONS and _followed_by_name(doc, end, anchor_starts):
            return False  # a person's name: "Julia Smith | Python Developer"
        previous = before[-1] if before else None
        following = after[0] if after else None
        if following == ":" and _heading_label(context, start, end):
            return False  # "Education: B.Com / MBA": a section's label, not the field
        if cues.strict and section not in _LIST_SECTIONS:
            return _confirm_cue_near(context, candidate, cues)  # "data: QC, alignment"
        nearest = _nearest_distance(anchors, start, end)
        if _listed(doc, start, end, previous, following, flat) and (
            section in _LIST_SECTIONS
            or (nearest is not None and nearest <= 3)
            or _item_beside_item(doc, start, end, anchor_starts, anchor_ends, flat)
        ):
            return True
        if cues.short:
            return _confirm_cue_near(context, candidate, cues)
        if nearest is not None and nearest <= 8:
            return True
        if _confirm_cue_near(context, candidate, cues):
            return True
        return self._named_as_tool(context, candidate, previous, following)

    def _rival_verdict(self, context: _DocContext, candidate: Candidate) -> bool | None:
        """The sense of a form two skills share, where the words decide it: rejected when
        another skill's own cue is near and none of its own; else, with no sense's own cue
        near, that of the skill whose own cues the document holds more of ("AWS certification
        preferred" in a welder's posting); else a sense that needs a cue yields to the usual
        one. None where neither settles it (the usual checks follow)."""
        by_form = self._rivals.get(candidate.skill_id)
        if not by_form:
            return None
        form = " ".join(w for w in context.lowers[candidate.start : candidate.end] if w.strip())
        rivals = by_form.get(form)
        own = self._own_cues
        if not rivals or _confirm_cue_near(context, candidate, own[candidate.skill_id]):
            return None
        if any(_confirm_cue_near(context, candidate, own[r]) for r in rivals):
            return False
        words = context.lowers
        mine = own[candidate.skill_id].count_in(words)
        theirs = max(own[r].count_in(words) for r in rivals)
        if mine < theirs:
            return False
        if mine > theirs:
            # the document's field is a cue for a sense that needs one; the usual sense is
            # judged as any name is ("GCP Tracker" in a cloud engineer's resume is no GCP)
            return True if self._cues[candidate.skill_id].short else None
        # "NEC, NESC and IEEE 1584" in a text of neither: a sense that needs a cue yields to the
        # usual one (the electrical code, not the New Engineering Contract).
        if self._cues[candidate.skill_id].short and any(not self._cues[r].short for r in rivals):
            return False
        return None

    def _named_as_tool(
        self,
        context: _DocContext,
        candidate: Candidate,
        previous: str | None,
        following: str | None,
    ) -> bool:
        """Whether a capitalised (or brand-cased) name is written as a tool's name: asked for
        in a posting's list ("Spark preferred") or used mid-clause ("built with Spark")."""
        doc, flat = context.doc, context.flat
        start, end = candidate.start, candidate.end
        capitalised = doc[start].text[:1].isupper()
        if (
            context.sections[start] in _ASKING_SECTIONS
            and capitalised
            and following in _ASKING_WORDS
            and (line_start(doc, start, flat) or previous == ";")
        ):
            # A posting's list item: "Spark preferred", "Excel skills a plus"; or its second
            # part: "Fluent in English and Dutch; German is a plus".
            return True
        clause_start = context.clause_starts[context.clause_of[start]]
        return bool(
            (capitalised or doc[start:end].text in self._brand_forms)
            and start > clause_start
            and previous in _USAGE_WORDS
            and not line_start(doc, start, flat)
        )


def _rival_senses(taxonomy: Taxonomy, words: PatternTokenizer) -> dict[str, dict[str, list[str]]]:
    """The skills that share a sense form with each skill that has one, by the form's
    lowercase tokens joined by spaces (``words`` tokenizes as the pipeline does): the same
    letters, in the same case where both are exact-case ("GCP"; not "LoRA" and "LoRa")."""
    by_letters: dict[str, list[tuple[str, str | None]]] = {}
    for skill in taxonomy:
        sense = skill.sense
        if sense is None:
            continue
        for form in sense.forms:
            exact = form if sense.case_sensitive else None
            by_letters.setdefault(form.lower(), []).append((skill.id, exact))
    rivals: dict[str, dict[str, list[str]]] = {}
    for letters, forms in by_letters.items():
        for skill_id, exact in forms:
            others = [
                other
                for other, other_exact in forms
                if other != skill_id
                and (exact is None or other_exact is None or exact == other_exact)
            ]
            if others:
                key = " ".join(word.lower() for word in words.words(letters))
                known = rivals.setdefault(skill_id, {}).setdefault(key, [])
                known.extend(o for o in dict.fromkeys(others) if o not in known)
    return rivals


_SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})
_TERM_YEAR = re.compile(r"'?(?:19|20)?\d\d")


def _a_term(lowers: Sequence[str], start: int, end: int) -> bool:
    """Whether a season's name and a year make a semester ("Spring 2014", "Spring 08").

    >>> _a_term(["spring", " ", "2014", ")"], 0, 1), _a_term(["spring", " ", "boot"], 0, 1)
    (True, False)
    """
    if end - start != 1 or lowers[start] not in _SEASONS:
        return False
    following = next((w for w in lowers[end : end + 3] if w.strip()), "")
    return bool(_TERM_YEAR.fullmatch(following))


def _letter_compound(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-letter name is the first part of a hyphenated word ("C-spine",
    "C-section", "T-shirt"), not the language.

    >>> import spacy
    >>> doc = spacy.blank("en")("C-spine and C, R")
    >>> [t.text for t in doc][:3], _letter_compound(doc, 0, 1), _letter_compound(doc, 4, 5)
    (['C', '-', 'spine'], True, False)
    """
    if end - start != 1 or len(doc[start].text) != 1 or end + 1 >= len(doc):
        return False
    letter, hyphen = doc[start], doc[end]
    return (
        hyphen.text == "-"
        and not letter.whitespace_
        and not hyphen.whitespace_
        and doc[end + 1].is_alpha
    )


def _initials_in_brackets(doc: Doc, start: int, end: int) -> int | None:
    """The first of the words right before the brackets the name stands alone in, when it
    spells their initials, an abbreviation of them ("Radiography (R)", "Computed Tomography
    (CT)"); else None.

    >>> import spacy
    >>> doc = spacy.blank("en")("Radiography (R) and Computed Tomography (CT), Python (R)")
    >>> _initials_in_brackets(doc, 2, 3), _initials_in_brackets(doc, 8, 9)
    (0, 5)
    >>> _initials_in_brackets(doc, 13, 14) is None
    True
    >>> doc = spacy.blank("en")("an architecture description language (ADL) for tests")
    >>> _initials_in_brackets(doc, 5, 6)
    1
    """
    letters = doc[start:end].text.replace(" ", "")
    if not letters.isalpha() or not letters.isupper() or len(letters) > 4:
        return None
    if start < 1 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return None
    first = start - 1 - len(letters)
    words = [t for t in doc[max(0, first) : start - 1] if not t.is_space]
    if first < 0 or len(words) != len(letters):
        return None
    # Words in lowercase spell it too: "architecture description language (ADL)".
    spelled = all(w.text[:1].upper() == c for w, c in zip(words, letters, strict=True))
    return first if spelled else None


def _clause_words(context: _DocContext, start: int, end: int) -> tuple[list[str], list[str]]:
    """Up to 4 words before ``start`` and after ``end`` in their clause, across the line breaks
    that wrap it ("inside sklearn\n  pipelines")."""
    lo, hi = context.layout.clause_bounds[context.clause_of[start]]
    lowers = context.lowers
    before = [w for w in lowers[max(lo, start - 8) : start] if w.strip()][-4:]
    after = [w for w in lowers[end : min(hi, end + 8)] if w.strip()][:4]
    return before, after


def _role_held(context: _DocContext, candidate: Candidate) -> bool:
    """Whether the name opens the job title on an entry's title line: a role held, the
    skill's sense whatever words follow ("Marketing Manager" beside the cue "manager" of
    "ask the marketing manager")."""
    return context.sections[candidate.start] in _ENTRY_SECTIONS and opens_title_line(
        context.doc, candidate, context.layout
    )


def _phrases(data: Iterable[Iterable[str]]) -> tuple[Phrase, ...]:
    """Phrases from JSON lists of words."""
    phrases = tuple(tuple(phrase) for phrase in data)
    if not all(isinstance(word, str) for phrase in phrases for word in phrase):
        raise TypeError("cue phrases must be lists of words")
    return phrases


def _accepted_by_clause(
    candidates: Iterable[Candidate], clause_of: Sequence[int]
) -> dict[int, list[tuple[int, int]]]:
    """The ``(start, end)`` of the accepted mentions of each clause, sorted, so that a
    neighbour is found by bisection."""
    by_clause: dict[int, list[tuple[int, int]]] = {}
    for c in candidates:
        if c.accepted:
            by_clause.setdefault(clause_of[c.start], []).append((c.start, c.end))
    for spans in by_clause.values():
        spans.sort()
    return by_clause


def _listed(
    doc: Doc, start: int, end: int, previous: str | None, following: str | None, flat: bool
) -> bool:
    """Whether tokens ``[start, end)`` stand as a list item, between separators or line ends."""
    return (previous is None or previous in LIST_SEPARATORS or line_start(doc, start, flat)) and (
        following is None
        or following in LIST_SEPARATORS
        or following == "."  # the last item: "Optional: Airflow."
        or line_end(doc, end, flat)
    )


def _heading_label(context: _DocContext, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` open their line and name a section: "Education" of
    "Education: B.Com / M.Com / MBA"."""
    doc = context.doc
    if not line_start(doc, start, context.flat):
        return False
    return classify_heading(doc[start:end].text, doc._.gapcheck_kind or "resume") is not None


def _confirm_cue_near(context: _DocContext, candidate: Candidate, cues: SenseCues) -> bool:
    """Whether one of the confirming ``cues`` is within 12 tokens of the mention, in its
    clause."""
    if not cues.confirm:
        return False
    clause_of, lowers = context.clause_of, context.lowers
    lo, hi = clause_window(clause_of, candidate.start, candidate.end, 12, 12)
    # The window holds the mention (lo <= start, end <= hi): the words around it.
    return cues.confirmed_in(lowers[lo : candidate.start] + lowers[candidate.end : hi])


_PAIR_JOINERS = frozenset({",", "and", "or", "&", "/"})


def _paired(
    lowers: Sequence[str],
    anchors: Sequence[tuple[int, int]],
    start: int,
    end: int,
    cues: SenseCues,
) -> bool:
    """Whether tokens ``[start, end)`` are joined by one list word to an accepted mention
    (``anchors``) that is one of the skill's confirming cues: "Excel and Word", "Word, Excel"
    (then no rejecting word around it counts: "Excel and Word for the monthly reports")."""
    if not cues.confirm:
        return False
    position = bisect.bisect_left(anchors, (start, end))  # the neighbours only (sorted)
    for s, e in anchors[max(0, position - 2) : position + 2]:
        if e <= start:
            between = [w for w in lowers[e:start] if w.strip()]
        elif s >= end:
            between = [w for w in lowers[end:s] if w.strip()]
        else:
            continue
        if (
            len(between) == 1
            and between[0] in _PAIR_JOINERS
            and cues.confirmed_in([w for w in lowers[s:e] if w.strip()])
        ):
            return True
    return False


def _nearest_distance(anchors: Sequence[tuple[int, int]], start: int, end: int) -> int | None:
    """Tokens between ``[start, end)`` and the nearest of ``anchors`` (sorted, same clause)."""
    position = bisect.bisect_left(anchors, (start, end))
    best: int | None = None
    for index in (position - 1, position - 2, position, position + 1):
        if 0 <= index < len(anchors):
            s, e = anchors[index]
            if (s, e) == (start, end) or not (e <= start or s >= end):
                continue
            distance = start - e if e <= start else s - end
            best = distance if best is None else min(best, distance)
    return best


def _item_beside_item(
    doc: Doc,
    start: int,
    end: int,
    anchor_starts: Mapping[int, int],
    anchor_ends: Mapping[int, int],
    flat: bool,
) -> bool:
    """Whether tokens ``[start, end)`` are all of their line (but bullets and separators), and
    so is an accepted name on the line before or after: a list of one item a line
    ("☞ Node.js\\n☞ React").

    >>> import spacy
    >>> doc = spacy.blank("en")("- Node.js\\n- React\\n")
    >>> _item_beside_item(doc, 4, 5, {1: 2}, {2: 1}, False)
    True
    >>> _item_beside_item(doc, 4, 5, {}, {}, False)
    False
    """
    if flat or not (line_start(doc, start, flat) and line_end(doc, end, flat)):
        return False
    # The last word of the line before: back over this line's bullets, its break, and the
    # line before's closing marks.
    i = start - 1
    while i >= 0 and "\n" not in doc[i].text:
        i -= 1
    i -= 1
    while i >= 0 and ((doc[i].is_space and "\n" not in doc[i].text) or doc[i].text in ",;."):
        i -= 1
    before = anchor_ends.get(i + 1)
    if before is not None and line_start(doc, before, flat):
        return True
    # The first word of the line after: past this line's break and the next line's bullets.
    j = end
    while j < len(doc) and "\n" not in doc[j].text:
        j += 1
    j += 1
    while j < len(doc) and (doc[j].is_space or doc[j].text.lower() in LIST_SEPARATORS):
        if "\n" in doc[j].text:
            return False  # a blank line: the list ended
        j += 1
    after_end = anchor_starts.get(j)
    return after_end is not None and line_end(doc, after_end, flat)


def _followed_by_name(doc: Doc, end: int, anchor_starts: Container[int]) -> bool:
    """Whether token ``end`` is a capitalised word that is no skill: a surname after a first
    name that is also a skill's name ("Julia Smith", "Ruby Chen").
    """
    if end >= len(doc):
        return False
    token = doc[end]
    if not (token.is_alpha and token.text[:1].isupper()) or not doc[end - 1].whitespace_:
        return False
    return end not in anchor_starts
