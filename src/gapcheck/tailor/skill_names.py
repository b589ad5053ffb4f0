"""Skill names in a short text, found with the taxonomy's surface forms alone.

The honesty check reads drafts gapcheck wrote itself, so it needs no spaCy pipeline: a name
counts where a run of whole tokens spells one of a skill's forms (its name, an alias, or the
hyphen/space and plural variants the skill matcher also accepts), in any case. A skill's
ambiguous forms (``Sense.forms``) count only as written and not glued to a neighbouring word
("Go-to"), and only those a capital marks as a name ("Go", "R", "Spark", "Excel") or that are no
English word ("dbt"); "agile" or "pandas" in lowercase are read as English.

>>> from gapcheck.taxonomy import load_taxonomy
>>> text = "I ran Kafka clusters with dbt, in Go and scikit learn; no go-to agile person."
>>> [(n.skill, n.text) for n in find_skill_names(text, load_taxonomy())]
[('apache-kafka', 'Kafka clusters'), ('dbt', 'dbt'), ('go', 'Go'), ('scikit-learn', 'scikit learn')]
"""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from gapcheck import compiled
from gapcheck.taxonomy import Taxonomy, alias_variants
from gapcheck.wordlist import is_known_word

__all__ = ["SkillName", "compile_name_table", "find_skill_names", "name_table_key"]

# A token: a run of word characters, or one other visible character ("C", "+", "+").
_TOKEN = re.compile(r"\w+|[^\w\s]")
# Symbols that join an ambiguous form to a neighbouring word ("Go-to", "R&D", "post-Go").
_GLUE = frozenset("-/–&")


@dataclass(frozen=True, slots=True)
class SkillName:
    """A skill's name as a text writes it."""

    skill: str  # the skill id
    text: str  # as written, whitespace included
    start: int
    end: int


class _Form(NamedTuple):
    skill: str
    exact: str | None  # for an ambiguous form: the only way it counts


# A key's forms as one string (the compiled table's values): each form's skill, then a unit
# separator and its exact text for an ambiguous form; forms joined by tabs. No key, skill or
# exact text holds a tab, a line break or a unit separator (they have single spaces only).
_FORMS_SEPARATOR = "\t"
_EXACT_SEPARATOR = "\x1f"


def _encode(forms: tuple[_Form, ...]) -> str:
    return _FORMS_SEPARATOR.join(
        f.skill if f.exact is None else f"{f.skill}{_EXACT_SEPARATOR}{f.exact}" for f in forms
    )


@functools.lru_cache(maxsize=4096)
def _decode(encoded: str) -> tuple[_Form, ...]:
    return tuple(
        _Form(skill, exact or None)
        for skill, _, exact in (
            form.partition(_EXACT_SEPARATOR) for form in encoded.split(_FORMS_SEPARATOR)
        )
    )


@dataclass(frozen=True)
class _Forms:
    """Every form of a taxonomy, by its lowercase text with single spaces (the forms of a key
    kept encoded, see :func:`_encode`: a text names few of the tens of thousands)."""

    by_key: dict[str, str]
    longest: int  # in tokens

    def find(self, written: str) -> _Form | None:
        """The form ``written`` (with single spaces) is, if any."""
        encoded = self.by_key.get(written.lower())
        if encoded is None:
            return None
        for form in _decode(encoded):
            if form.exact is None or form.exact == written:
                return form
        return None


def _key(form: str) -> str:
    return " ".join(form.split()).lower()


# The modules whose code makes the name table: a change to any makes stored tables stale.
_COMPILING_MODULES = ("gapcheck.compiled", "gapcheck.taxonomy", __name__)
_KIND = "names"


@functools.lru_cache(maxsize=8)
def _forms(taxonomy: Taxonomy) -> _Forms:
    """The name table of ``taxonomy``: its compiled form when the package or the user cache
    holds it (see :mod:`gapcheck.compiled`), else made anew and cached."""
    key = name_table_key(taxonomy)
    found = compiled.find(_KIND, key)
    if found is not None:
        with contextlib.suppress(KeyError, TypeError, ValueError):
            return _from_table(found)  # a damaged form is made again below
    table = compile_name_table(taxonomy)
    compiled.store(_KIND, key, table)
    return _from_table(table)


def name_table_key(taxonomy: Taxonomy) -> str | None:
    """A digest of what :func:`compile_name_table` depends on: the taxonomy's files, the code,
    the word list; None when the taxonomy's files are unknown (nothing is cached)."""
    if taxonomy.fingerprint is None:
        return None
    return compiled.fingerprint(
        _KIND,
        taxonomy.fingerprint,
        compiled.code_fingerprint(*_COMPILING_MODULES),
        compiled.resource_fingerprint("gapcheck", "data", "english_words.txt.gz"),
    )


def compile_name_table(taxonomy: Taxonomy) -> dict[str, Any]:
    """The name table of ``taxonomy`` made anew, as JSON data: each form's lowercase text with
    the skills it names (and, for an ambiguous form, the only way it counts), packed (see
    :func:`gapcheck.compiled.pack`) so that it loads in a few milliseconds."""
    forms = _make_forms(taxonomy)
    return {"forms": compiled.pack(forms.by_key), "longest": forms.longest}


def _from_table(table: dict[str, Any]) -> _Forms:
    by_key = compiled.unpack(table["forms"])
    if "" in by_key.values():
        raise ValueError("a name without a skill")
    return _Forms(by_key, int(table["longest"]))


def _make_forms(taxonomy: Taxonomy) -> _Forms:
    # The skill matcher's own variants, so a name it finds in a resume is found here too.
    found: dict[str, dict[_Form, None]] = {}

    def add(written: str, form: _Form) -> None:
        found.setdefault(_key(written), {}).setdefault(form, None)

    skills = [skill for skill in taxonomy if skill.kind != "degree"]
    # The forms as written first, then the variants, so a variant never hides a written form.
    for skill in skills:
        for written in skill.surface_forms:
            add(written, _Form(skill.id, None))
        for written in skill.sense.forms if skill.sense else ():
            if _reads_as_name(written):
                add(written, _Form(skill.id, " ".join(written.split())))
    for skill in skills:
        plural = skill.kind != "hard"
        for written in skill.surface_forms:
            for variant in alias_variants(written, plural=plural or " " in written):
                add(variant, _Form(skill.id, None))
    by_key = {key: _encode(tuple(forms)) for key, forms in found.items()}
    longest = max((len(_TOKEN.findall(key)) for key in by_key), default=0)
    return _Forms(by_key, longest)


def _reads_as_name(form: str) -> bool:
    return not form.islower() or (" " not in form and not is_known_word(form))


def _glued(text: str, start: int, end: int) -> bool:
    before = text[start - 2 : start]
    after = text[end : end + 2]
    return (len(before) == 2 and before[1] in _GLUE and before[0].isalnum()) or (
        len(after) == 2 and after[0] in _GLUE and after[1].isalnum()
    )


def find_skill_names(text: str, taxonomy: Taxonomy) -> list[SkillName]:
    """The skill names in ``text``, in order; where names overlap, the longest from the left."""
    forms = _forms(taxonomy)
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    names = []
    i = 0
    while i < len(tokens):
        for n in range(min(forms.longest, len(tokens) - i), 0, -1):
            start, end = tokens[i][0], tokens[i + n - 1][1]
            written = " ".join(text[start:end].split())
            form = forms.find(written)
            if form is None or (form.exact is not None and _glued(text, start, end)):
                continue
            names.append(SkillName(form.skill, text[start:end], start, end))
            i += n
            break
        else:
            i += 1
    return names
