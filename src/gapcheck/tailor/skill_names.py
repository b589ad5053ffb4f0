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

import functools
import re
from dataclasses import dataclass

from gapcheck.taxonomy import Taxonomy, alias_variants
from gapcheck.wordlist import is_known_word

__all__ = ["SkillName", "find_skill_names"]

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


@dataclass(frozen=True, slots=True)
class _Form:
    skill: str
    exact: str | None  # for an ambiguous form: the only way it counts


@dataclass(frozen=True)
class _Forms:
    """Every form of a taxonomy, by its lowercase text with single spaces."""

    by_key: dict[str, tuple[_Form, ...]]
    longest: int  # in tokens

    def find(self, written: str) -> _Form | None:
        """The form ``written`` (with single spaces) is, if any."""
        for form in self.by_key.get(written.lower(), ()):
            if form.exact is None or form.exact == written:
                return form
        return None


def _key(form: str) -> str:
    return " ".join(form.split()).lower()


@functools.lru_cache(maxsize=8)
def _forms(taxonomy: Taxonomy) -> _Forms:
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
    by_key = {key: tuple(forms) for key, forms in found.items()}
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
