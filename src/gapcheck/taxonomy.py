"""The skills taxonomy: schema, loading, merging user files, and look-ups.

The shipped data lives in the top-level ``taxonomy/`` folder of the repository (one TOML file per
category, role profiles in ``taxonomy/roles/``) and is installed as the data package
``gapcheck.taxonomy_data``, read with :mod:`importlib.resources`.

>>> from gapcheck.taxonomy import load_taxonomy
>>> taxonomy = load_taxonomy()
>>> taxonomy.resolve("sklearn").id
'scikit-learn'
>>> taxonomy["pytorch"].category
'machine_learning'
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import re
import stat
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from gapcheck import compiled
from gapcheck.errors import TaxonomyError, UnknownRole, UnknownSkill
from gapcheck.wordlist import known_words

__all__ = [
    "INDUSTRY_SUBCATEGORY",
    "Category",
    "Importance",
    "RoleEducation",
    "RoleProfile",
    "RoleRequirement",
    "Sense",
    "Skill",
    "SkillKind",
    "Taxonomy",
    "alias_variants",
    "load_taxonomy",
    "normalize_alias",
    "unguarded_words",
]

# The subcategory of the taxonomy's industries ("Insurance", "Retail", "Healthcare domain").
INDUSTRY_SUBCATEGORY = "industry domain"

SkillKind = Literal["hard", "soft", "knowledge", "certification", "degree"]
Importance = Literal["required", "preferred"]

_SLUG = re.compile(r"^[a-z0-9][a-z0-9+#.-]*$")
_CATEGORY_ID = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_ALIAS_LENGTH = 80
MAX_ALIASES_PER_SKILL = 200
MAX_FILE_BYTES = 5_000_000
COMPILED_NAME = "_compiled.json"
# spaCy's English stop words (3.8), without contractions: a name or alias that is one of them
# matches ordinary text everywhere. Kept here so that loading a taxonomy needs no spaCy.
STOP_WORDS = frozenset(
    """
    a about above across after afterwards again against all almost alone along already also
    although always am among amongst amount an and another any anyhow anyone anything anyway
    anywhere are around as at back be became because become becomes becoming been before
    beforehand behind being below beside besides between beyond both bottom but by ca call can
    cannot could did do does doing done down due during each eight either eleven else elsewhere
    empty enough even ever every everyone everything everywhere except few fifteen fifty first
    five for former formerly forty four from front full further get give go had has have he
    hence her here hereafter hereby herein hereupon hers herself him himself his how however
    hundred i if in indeed into is it its itself just keep last latter latterly least less made
    make many may me meanwhile might mine more moreover most mostly move much must my myself
    name namely neither never nevertheless next nine no nobody none noone nor not nothing now
    nowhere of off often on once one only onto or other others otherwise our ours ourselves out
    over own part per perhaps please put quite rather re really regarding same say see seem
    seemed seeming seems serious several she should show side since six sixty so some somehow
    someone something sometime sometimes somewhere still such take ten than that the their them
    themselves then thence there thereafter thereby therefore therein thereupon these they third
    this those though three through throughout thru thus to together too top toward towards
    twelve twenty two under unless until up upon us used using various very via was we well were
    what whatever when whence whenever where whereafter whereas whereby wherein whereupon
    wherever whether which while whither who whoever whole whom whose why will with within
    without would yet you your yours yourself yourselves
    """.split()
)


def _check_slug(value: str) -> str:
    if not _SLUG.match(value) or len(value) > 80:
        raise ValueError(
            f"{_shown(value)} is not a valid id: use lowercase letters, digits and '-' "
            "(e.g. 'apache-spark')"
        )
    return value


def _shown(value: str, length: int = 40) -> str:
    """``value`` quoted for an error message, cut short: a hostile file may hold huge values."""
    return repr(value) if len(value) <= length else f"{value[:length]!r}..."


def _check_surface_form(value: str) -> str:
    if value != value.strip() or not value:
        raise ValueError(f"{value!r} must be non-empty with no leading or trailing spaces")
    if len(value) > MAX_ALIAS_LENGTH:
        raise ValueError(f"{_shown(value)} is longer than {MAX_ALIAS_LENGTH} characters")
    if _CONTROL.search(value):
        raise ValueError(f"{value!r} contains a line break, tab or NUL character")
    if not _LETTER_OR_DIGIT.search(value):
        raise ValueError(f"{value!r} has no letter or digit")
    return value


_CONTROL = re.compile(r"[\n\r\t\x00]")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _check_cue(value: str) -> str:
    value = _check_surface_form(value)
    if value != value.lower():
        raise ValueError(f"cue {value!r} must be lowercase (cues are matched case-insensitively)")
    return value


SkillId = Annotated[str, AfterValidator(_check_slug)]
SurfaceForm = Annotated[str, AfterValidator(_check_surface_form)]
Cue = Annotated[str, AfterValidator(_check_cue)]


def normalize_alias(text: str) -> str:
    """Case- and space-folded key of a surface form, used to find alias conflicts.

    >>> normalize_alias("  Scikit   Learn ")
    'scikit learn'
    """
    return " ".join(text.lower().split())


# Last words that take no plural "s" (or already have one).
_PLURAL_SKIP = re.compile(r"(s|ss|x|z|ch|sh|ing|ed|ly|al|ic|ive|ful|ous)$")


def alias_variants(form: str, *, case_sensitive: bool = False, plural: bool = True) -> list[str]:
    """Surface variants gapcheck matches for one alias: hyphen/space swaps and a plural.

    >>> alias_variants("scikit-learn")
    ['scikit-learn', 'scikit learn']
    >>> alias_variants("neural network")
    ['neural network', 'neural-network', 'neural networks']
    """
    variants = [form]
    words = form.split()
    if re.search(r"[A-Za-z]-[A-Za-z]", form):
        variants.append(re.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", " ", form))
    elif 1 < len(words) <= 4 and all(w.isalpha() for w in words):
        variants.append("-".join(words))
    last = words[-1] if words else ""
    if (
        plural
        and not case_sensitive
        and last.isalpha()
        and len(last) >= 4
        and not last.isupper()
        and not _PLURAL_SKIP.search(last.lower())
    ):
        if last.lower().endswith("y") and last[-2:-1].lower() not in "aeiou":
            variants.append(form[:-1] + "ies")
        else:
            variants.append(form + "s")
    return list(dict.fromkeys(variants))


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_M = TypeVar("_M", bound=_Frozen)


class Sense(_Frozen):
    """Word-sense data for surface forms that are also English words, names or letters.

    ``forms`` are matched like aliases but a mention is kept only where the context confirms
    the technical sense (a skills list, neighbouring skills, a ``confirm`` cue nearby) and no
    ``reject_before``/``reject_after`` cue touches it (``"excel at"``, ``"a grade of C"``).
    """

    forms: tuple[SurfaceForm, ...] = Field(
        (), description="Ambiguous surface forms of the skill, e.g. 'Go', 'R', 'Excel', 'Spark'."
    )
    case_sensitive: bool = Field(
        False, description="Match the forms with their exact case only ('Go' but not 'go')."
    )
    confirm: tuple[Cue, ...] = Field(
        (), description="Words or phrases near a form that confirm the technical sense."
    )
    reject_before: tuple[Cue, ...] = Field(
        (), description="Words or phrases right before a form that reject it ('plan' for 'C')."
    )
    reject_after: tuple[Cue, ...] = Field(
        (), description="Words or phrases right after a form that reject it ('at' for 'excel')."
    )
    needs_cue: bool = Field(
        False,
        description=(
            "Keep a form only in a list of skills or with a confirm cue nearby, as a letter "
            "or two is kept: for a word whose other sense is common in the same texts "
            "('triage' of alerts or tickets, beside patient triage)."
        ),
    )
    list_needs_cue: bool = Field(
        False,
        description=(
            "Outside a skills section, keep a form only with a confirm cue nearby, even in a "
            "list beside other skills: for an acronym whose common sense is a step of work "
            "('QC, alignment, clustering': quality control, not the QC test tool)."
        ),
    )


class Skill(_Frozen):
    """One skill of the taxonomy."""

    id: SkillId = Field(description="Stable slug, e.g. 'pytorch'.")
    name: str = Field(min_length=1, max_length=120, description="Display name.")
    category: str = Field(description="Category id, e.g. 'machine_learning'.")
    subcategory: str | None = Field(None, description="Optional finer grouping.")
    kind: SkillKind = Field("hard", description="hard, soft, knowledge, certification or degree.")
    aliases: tuple[SurfaceForm, ...] = Field(
        (), max_length=MAX_ALIASES_PER_SKILL, description="Unambiguous surface forms."
    )
    sense: Sense | None = Field(None, description="Word-sense data for ambiguous forms.")
    broader: tuple[SkillId, ...] = Field((), description="More general skills (is-a).")
    implies: tuple[SkillId, ...] = Field(
        (), description="Skills that knowing this one implies (TypeScript implies JavaScript)."
    )
    related: tuple[SkillId, ...] = Field(
        (), description="Sibling skills that earn partial credit (PyTorch ~ TensorFlow)."
    )
    level: int | None = Field(
        None, ge=1, le=5, description="For degrees: 1 associate, 2 bachelor, 3 master, 4 doctorate."
    )
    fuzzy: bool = Field(True, description="Allow fuzzy matching of this skill's longer aliases.")
    plain_words: bool = Field(
        False,
        description="Its names and aliases that are English words need no word-sense guard: the "
        "everyday word is the skill ('Budgeting', 'empathy'), or the skill is by far the word's "
        "usual sense in resumes and postings ('Python', 'Android').",
    )
    sources: tuple[str, ...] = Field(
        (),
        description="Provenance: 'esco:<uri>', 'onet:<name>', 'linguist:<name>', 'topic:<slug>'.",
    )

    @field_validator("name")
    @classmethod
    def _name_is_surface_form(cls, value: str) -> str:
        return _check_surface_form(value)

    @model_validator(mode="after")
    def _no_self_reference(self) -> Skill:
        for relation in ("broader", "implies", "related"):
            if self.id in getattr(self, relation):
                raise ValueError(f"{relation} names the skill itself")
        return self

    @functools.cached_property
    def surface_forms(self) -> tuple[str, ...]:
        """The name and every alias (not the ambiguous sense forms)."""
        forms = dict.fromkeys((self.name, *self.aliases))
        if self.sense and self.sense.forms:
            ambiguous = {normalize_alias(f) for f in self.sense.forms}
            return tuple(f for f in forms if normalize_alias(f) not in ambiguous)
        return tuple(forms)


class Category(_Frozen):
    """A category of skills; one shipped file per category."""

    id: str = Field(description="Category id, e.g. 'programming_languages'.")
    name: str = Field(description="Display name, e.g. 'Programming languages'.")
    description: str = Field("", description="One line on what belongs here.")
    order: int = Field(100, description="Position in reports (lower first).")
    confirm: tuple[Cue, ...] = Field(
        (), description="Default context cues confirming ambiguous forms of this category."
    )

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not _CATEGORY_ID.match(value):
            raise ValueError(f"{_shown(value)} is not a valid category id (lowercase, digits, '_')")
        return value


class _SkillEntry(Skill):
    """A skill as written in a file: the category may come from the file's [category].

    It inherits every check of :class:`Skill`, so a validated entry becomes a ``Skill`` without
    being validated again.
    """

    category: str = ""  # empty: the file's [category]

    def to_skill(self, category: str) -> Skill:
        return Skill.model_construct(**{**dict(self), "category": category})


class _Extension(_Frozen):
    """Additions to a skill defined elsewhere (a user file extending a shipped skill)."""

    id: SkillId
    aliases: tuple[SurfaceForm, ...] = ()
    broader: tuple[SkillId, ...] = ()
    implies: tuple[SkillId, ...] = ()
    related: tuple[SkillId, ...] = ()
    sense_forms: tuple[SurfaceForm, ...] = ()


class _TaxonomyFile(_Frozen):
    category: Category | None = None
    skill: tuple[_SkillEntry, ...] = ()
    extend: tuple[_Extension, ...] = ()
    disable: tuple[SkillId, ...] = ()


class RoleRequirement(_Frozen):
    """One requirement of a role profile: a skill, or a group satisfied by any of its members."""

    skills: tuple[SkillId, ...] = Field(min_length=1, description="One of these satisfies it.")
    importance: Importance = "required"
    min_years: float | None = Field(None, ge=0, le=50)
    label: str | None = Field(None, description="How the requirement reads, for reports.")


class RoleEducation(_Frozen):
    """A degree requirement: the lowest acceptable level and the fields that count."""

    level: SkillId = Field(description="Id of a degree skill, e.g. 'bachelors-degree'.")
    fields: tuple[SkillId, ...] = ()
    importance: Importance = "preferred"


class RoleProfile(_Frozen):
    """A shipped or user-given role to compare a resume against without a posting."""

    id: SkillId
    name: str
    description: str = ""
    requirement: tuple[RoleRequirement, ...] = Field(min_length=1)
    education: RoleEducation | None = None
    sources: tuple[str, ...] = ()


class Taxonomy:
    """The loaded, validated taxonomy: skills by id, categories, role profiles.

    Use :func:`load_taxonomy` to get one. Instances are immutable and cached; they are
    hashable by identity so they can key other caches (the spaCy pipeline).
    """

    def __init__(
        self,
        skills: Mapping[str, Skill],
        categories: Mapping[str, Category],
        roles: Mapping[str, RoleProfile],
        origin: tuple[str, ...] = (),
        warnings: tuple[str, ...] = (),
        fingerprint: str | None = None,
    ) -> None:
        self._skills = dict(skills)
        self._categories = dict(sorted(categories.items(), key=lambda kv: (kv[1].order, kv[0])))
        self._roles = dict(roles)
        self.origin = origin
        # Problems of user files that do not stop loading, one line each (see _word_warnings).
        self.warnings = warnings
        self.fingerprint = fingerprint
        """A digest of the files it was loaded from, which keys its compiled forms (see
        :mod:`gapcheck.compiled`); None for a taxonomy made in code."""
        self._narrower: dict[str, list[str]] = {}
        self._related_back: dict[str, list[str]] = {}
        for skill in self._skills.values():
            for parent in skill.broader:
                self._narrower.setdefault(parent, []).append(skill.id)
            for other in skill.related:
                self._related_back.setdefault(other, []).append(skill.id)

    @functools.cached_property
    def _by_alias(self) -> dict[str, str]:
        """Skill id by folded id, name, alias and sense form; made on first use (only
        :meth:`resolve` and :meth:`search` need it, and analysing a document does not)."""
        by_alias: dict[str, str] = {}
        for skill in self._skills.values():
            for form in (*skill.surface_forms, *(skill.sense.forms if skill.sense else ())):
                by_alias.setdefault(normalize_alias(form), skill.id)
            by_alias.setdefault(normalize_alias(skill.id), skill.id)
        return by_alias

    @functools.cached_property
    def _by_exact(self) -> dict[str, str]:
        """Skill id by exact-case sense form ("YARN", "LoRA"), made on first use like
        :attr:`_by_alias`."""
        by_exact: dict[str, str] = {}
        for skill in self._skills.values():
            if skill.sense and skill.sense.case_sensitive:
                for form in skill.sense.forms:
                    by_exact.setdefault(" ".join(form.split()), skill.id)
        return by_exact

    def __repr__(self) -> str:
        return f"<Taxonomy {len(self._skills)} skills, {len(self._categories)} categories>"

    def __len__(self) -> int:
        return len(self._skills)

    def __iter__(self) -> Iterator[Skill]:
        return iter(self._skills.values())

    def __contains__(self, skill_id: object) -> bool:
        return skill_id in self._skills

    def __getitem__(self, skill_id: str) -> Skill:
        try:
            return self._skills[skill_id]
        except KeyError:
            raise UnknownSkill(f"unknown skill id {skill_id!r}") from None

    def get(self, skill_id: str) -> Skill | None:
        return self._skills.get(skill_id)

    @property
    def skills(self) -> tuple[Skill, ...]:
        return tuple(self._skills.values())

    @property
    def categories(self) -> Mapping[str, Category]:
        """Categories in report order."""
        return dict(self._categories)

    @property
    def roles(self) -> Mapping[str, RoleProfile]:
        return dict(self._roles)

    def role(self, role_id: str) -> RoleProfile:
        try:
            return self._roles[role_id]
        except KeyError:
            known = ", ".join(sorted(self._roles)) or "none"
            raise UnknownRole(f"unknown role {role_id!r} (known roles: {known})") from None

    def resolve(self, text: str) -> Skill | None:
        """The skill whose id, name, alias or sense form is ``text`` (case-insensitive, but an
        exact-case sense form wins: "YARN" is Hadoop's, "Yarn" the package manager)."""
        skill_id = self._by_exact.get(" ".join(text.split())) or self._by_alias.get(
            normalize_alias(text)
        )
        return self._skills[skill_id] if skill_id else None

    def search(
        self, text: str, *, limit: int = 10, score_cutoff: float = 60
    ) -> list[tuple[Skill, float]]:
        """Skills whose names or aliases resemble ``text``, best first (rapidfuzz WRatio)."""
        from rapidfuzz import fuzz, process, utils

        keys = list(self._by_alias)
        results = process.extract(
            text,
            keys,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            limit=limit * 4,
            score_cutoff=score_cutoff,
        )
        best: dict[str, float] = {}
        for key, score, _ in results:
            skill_id = self._by_alias[key]
            best[skill_id] = max(best.get(skill_id, 0.0), float(score))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [(self._skills[skill_id], score) for skill_id, score in ranked]

    def ancestors(self, skill_id: str) -> tuple[str, ...]:
        """Every skill reachable through ``broader``, nearest first."""
        seen: dict[str, None] = {}
        frontier = list(self[skill_id].broader)
        while frontier:
            current = frontier.pop(0)
            if current in seen:
                continue
            seen[current] = None
            frontier.extend(self._skills[current].broader)
        return tuple(seen)

    def narrower(self, skill_id: str) -> tuple[str, ...]:
        """Skills whose ``broader`` names this one directly."""
        return tuple(self._narrower.get(skill_id, ()))

    def implied_by(self, skill_id: str) -> tuple[str, ...]:
        """Skills that knowing ``skill_id`` implies: its ``implies`` and ``broader`` closure."""
        seen: dict[str, None] = {}
        frontier = [*self[skill_id].implies, *self[skill_id].broader]
        while frontier:
            current = frontier.pop(0)
            if current in seen or current == skill_id:
                continue
            seen[current] = None
            frontier.extend(self._skills[current].implies)
            frontier.extend(self._skills[current].broader)
        return tuple(seen)

    def related_to(self, skill_id: str) -> tuple[str, ...]:
        """Siblings that earn partial credit, in both directions of ``related``."""
        forward = list(self[skill_id].related)
        backward = self._related_back.get(skill_id, [])
        return tuple(dict.fromkeys(forward + backward))


# --------------------------------------------------------------------------------------------
# Loading


def _format_location(source: str, entries: Sequence[object], loc: tuple[object, ...]) -> str:
    """Turn a pydantic error location into ``file.toml: skill 'pytorch' -> aliases``."""
    parts: list[str] = [source]
    loc = tuple(loc)
    if len(loc) >= 2 and loc[0] in ("skill", "extend", "requirement") and isinstance(loc[1], int):
        index = loc[1]
        entry = entries[index] if index < len(entries) else None
        ident = entry.get("id") if isinstance(entry, dict) else None
        label = f"{loc[0]} {_shown(str(ident))}" if ident else f"{loc[0]} #{index + 1}"
        rest = [str(p) for p in loc[2:] if not isinstance(p, int)]
        parts.append(" -> ".join([label, *rest]) if rest else label)
    elif loc:
        parts.append(" -> ".join(str(p) for p in loc if not isinstance(p, int)))
    return ": ".join(parts)


def _parse_toml(data: bytes, source: str) -> dict[str, object]:
    if len(data) > MAX_FILE_BYTES:
        raise TaxonomyError(source, f"file is larger than {MAX_FILE_BYTES} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TaxonomyError(source, f"not UTF-8 text (byte {exc.start})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(source, f"invalid TOML: {exc}") from None
    except RecursionError:
        raise TaxonomyError(source, "invalid TOML: nested too deeply") from None


def _validation_error(
    source: str, raw: Mapping[str, object], exc: ValidationError
) -> TaxonomyError:
    error = exc.errors(include_url=False)[0]
    loc = tuple(error.get("loc", ()))
    entries = raw.get(loc[0], []) if loc and isinstance(loc[0], str) else []
    entries = entries if isinstance(entries, list) else []
    location = _format_location(source, entries, loc)
    message = error.get("msg", "invalid value")
    message = message.removeprefix("Value error, ")
    more = len(exc.errors()) - 1
    if more:
        message += f" (and {more} more error{'s' if more > 1 else ''})"
    return TaxonomyError(location, message)


def _parse(data: bytes, source: str, compiled: Mapping[str, Any]) -> dict[str, object]:
    """The TOML of a file: from the compiled copy when it was made from these very bytes."""
    entry = compiled.get(source)
    if entry is not None and entry.get("fingerprint") == _fingerprint(data):
        return entry["parsed"]
    return _parse_toml(data, source)


def _fingerprint(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def compile_shipped(folder: Path) -> str:
    """The compiled copy of the taxonomy files in ``folder`` (JSON text).

    Parsing TOML is most of the time it takes to load the taxonomy; the shipped files are also
    stored parsed, as JSON, in ``_compiled.json`` with a fingerprint of each file, and used only
    when the fingerprint matches. Regenerate it with ``python scripts/compile_taxonomy.py``.
    """
    files = sorted([*folder.glob("*.toml"), *folder.glob("roles/*.toml")])
    compiled = {}
    for path in files:
        name = path.relative_to(folder).as_posix()
        data = path.read_bytes()
        compiled[name] = {"fingerprint": _fingerprint(data), "parsed": _parse_toml(data, name)}
    return json.dumps({"files": compiled}, ensure_ascii=False, sort_keys=True) + "\n"


def _compiled_shipped() -> Mapping[str, Any]:
    try:
        data = resources.files("gapcheck.taxonomy_data").joinpath(COMPILED_NAME).read_bytes()
        return json.loads(data)["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}  # a missing or stale copy only makes loading slower


# The compiled form of a taxonomy: every skill, category and role as validated, so that loading
# the same files with the same code again skips parsing, merging and validating them.


def _files_fingerprint(
    category_files: Sequence[tuple[str, bytes]],
    role_files: Sequence[tuple[str, bytes]],
    include_shipped: bool,
) -> str:
    """A digest of the files a taxonomy is made from (names and bytes, in order)."""
    return compiled.fingerprint(
        "taxonomy files",
        include_shipped,
        [[name, _fingerprint(data)] for name, data in category_files],
        [[name, _fingerprint(data)] for name, data in role_files],
    )


def _snapshot_key(content: str) -> str:
    # The word list decides the warnings and the refused aliases: its code and data count too.
    return compiled.fingerprint(
        "taxonomy",
        content,
        compiled.code_fingerprint(__name__, "gapcheck.wordlist"),
        compiled.resource_fingerprint("gapcheck", "data", "english_words.txt.gz"),
    )


def _snapshot(taxonomy: Taxonomy) -> dict[str, list[Any]]:
    """The taxonomy as JSON data that :func:`_restore` turns back into an equal one."""
    return {
        "categories": [c.model_dump(mode="json") for c in taxonomy.categories.values()],
        "skills": [s.model_dump(mode="json", exclude_defaults=True) for s in taxonomy],
        "roles": [r.model_dump(mode="json") for r in taxonomy.roles.values()],
        "warnings": list(taxonomy.warnings),
    }


def _restore(snapshot: Mapping[str, Any], origin: tuple[str, ...], content: str) -> Taxonomy | None:
    """The taxonomy of a :func:`_snapshot`, or None if the snapshot is not one."""
    try:
        skills = {entry["id"]: _valid(Skill, entry) for entry in snapshot["skills"]}
        categories = {c["id"]: Category.model_validate(c) for c in snapshot["categories"]}
        roles = {r["id"]: RoleProfile.model_validate(r) for r in snapshot["roles"]}
        warnings = tuple(str(line) for line in snapshot["warnings"])
        return Taxonomy(skills, categories, roles, origin, warnings, fingerprint=content)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


@functools.cache
def _defaults(model: type[_Frozen]) -> dict[str, Any]:
    """The default of each optional field of ``model``, in field order (required ones absent)."""
    return {
        name: field.get_default(call_default_factory=True)
        for name, field in model.model_fields.items()
        if not field.is_required()
    }


def _valid(model: type[_M], values: Mapping[str, Any]) -> _M:
    """A ``Skill`` (or ``Sense``) from the JSON it was dumped to when it was validated.

    It is made without validating again (pydantic's unpickling path: ten times faster than
    ``model_construct``): JSON lists become the fields' tuples again, a table the ``Sense``.
    """
    fields = model.model_fields
    state = dict(_defaults(model))
    for name, value in values.items():
        if name not in fields:
            raise KeyError(name)
        if type(value) is list:
            value = tuple(value)
        elif type(value) is dict:
            value = _valid(Sense, value)
        state[name] = value
    if len(state) != len(fields):
        raise KeyError("a required field is missing")
    instance = model.__new__(model)
    instance.__setstate__(
        {
            "__dict__": {name: state[name] for name in fields},
            "__pydantic_fields_set__": set(values),
            "__pydantic_extra__": None,
            "__pydantic_private__": None,
        }
    )
    return instance


def shipped_taxonomy(folder: Path) -> Taxonomy:
    """The taxonomy the files in ``folder`` make as the shipped one: what :func:`load_taxonomy`
    loads once they are installed, made anew (no compiled form is read)."""
    categories = sorted((p.name, p.read_bytes()) for p in folder.glob("*.toml"))
    roles = sorted((f"roles/{p.name}", p.read_bytes()) for p in folder.glob("roles/*.toml"))
    shipped = frozenset(name for name, _ in categories)
    taxonomy = _assemble(categories, roles, ("shipped",), shipped=shipped)
    taxonomy.fingerprint = _files_fingerprint(categories, roles, True)
    return taxonomy


def compile_shipped_snapshot(taxonomy: Taxonomy) -> str:
    """The text of ``_compiled_taxonomy.json`` for the :func:`shipped_taxonomy` ``taxonomy``
    (see :mod:`gapcheck.compiled`)."""
    if taxonomy.fingerprint is None:
        raise ValueError("the taxonomy must come from shipped_taxonomy()")
    key = _snapshot_key(taxonomy.fingerprint)
    return compiled.artifact_text("taxonomy", key, _snapshot(taxonomy))


def _read_taxonomy_file(
    data: bytes, source: str, compiled: Mapping[str, Any] | None = None
) -> _TaxonomyFile:
    raw = _parse(data, source, compiled or {})
    try:
        return _TaxonomyFile.model_validate(raw)
    except ValidationError as exc:
        raise _validation_error(source, raw, exc) from None


def _read_role_file(
    data: bytes, source: str, compiled: Mapping[str, Any] | None = None
) -> RoleProfile:
    raw = _parse(data, source, compiled or {})
    try:
        return RoleProfile.model_validate(raw)
    except ValidationError as exc:
        raise _validation_error(source, raw, exc) from None


def _shipped_files() -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    root = resources.files("gapcheck.taxonomy_data")
    categories = sorted(
        (entry.name, entry.read_bytes())
        for entry in root.iterdir()
        if entry.name.endswith(".toml") and entry.is_file()
    )
    roles = sorted(
        (f"roles/{entry.name}", entry.read_bytes())
        for entry in root.joinpath("roles").iterdir()
        if entry.name.endswith(".toml") and entry.is_file()
    )
    return categories, roles


def _user_files(path: Path) -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """A user path: a TOML file, or a folder of them (with an optional roles/ subfolder)."""
    if not path.exists():
        raise TaxonomyError(str(path), "no such file or folder")
    if path.is_file():
        return [(str(path), _read_user_bytes(path))], []
    if not path.is_dir():
        raise TaxonomyError(str(path), "is not a regular file or a folder")
    categories = [(str(p), _read_user_bytes(p)) for p in sorted(path.glob("*.toml"))]
    roles = [(str(p), _read_user_bytes(p)) for p in sorted(path.glob("roles/*.toml"))]
    if not categories and not roles:
        raise TaxonomyError(str(path), "the folder holds no .toml files")
    return categories, roles


def _read_user_bytes(path: Path) -> bytes:
    """The bytes of a user file, refusing what is not a regular file or is too large.

    The file is opened without blocking and checked before it is read: a FIFO or a device
    named ``*.toml`` (``/dev/zero``) would otherwise hang or fill the memory.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise TaxonomyError(str(path), "is not a regular file")
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise TaxonomyError(str(path), exc.strerror or "cannot be read") from None
    if len(data) > MAX_FILE_BYTES:
        raise TaxonomyError(str(path), f"file is larger than {MAX_FILE_BYTES} bytes")
    return data


@dataclasses.dataclass
class _Draft:
    """What the category files say, read in order and not yet merged."""

    categories: dict[str, Category] = dataclasses.field(default_factory=dict)
    entries: dict[str, tuple[str, _SkillEntry]] = dataclasses.field(default_factory=dict)
    disabled: dict[str, str] = dataclasses.field(default_factory=dict)  # skill id -> source
    extensions: list[tuple[str, _Extension]] = dataclasses.field(default_factory=list)


def _assemble(
    category_files: Iterable[tuple[str, bytes]],
    role_files: Iterable[tuple[str, bytes]],
    origin: tuple[str, ...],
    compiled: Mapping[str, Any] | None = None,
    shipped: frozenset[str] = frozenset(),
) -> Taxonomy:
    """The taxonomy the files make together: read, extend, disable, check, then add the roles.

    ``shipped`` names the shipped files: tests keep them free of what the warnings report.
    """
    draft = _Draft()
    for source, data in category_files:
        _add_file(draft, _read_taxonomy_file(data, source, compiled), source)
    written_in = _form_sources(draft)
    for source, extension in draft.extensions:
        _apply_extension(draft.entries, extension, source)
    _apply_disabled(draft.entries, draft.disabled)
    skills = _skills(draft.entries, draft.categories)
    sources_of = {skill_id: source for skill_id, (source, _) in draft.entries.items()}
    _check_relations(skills, sources_of)
    _check_broader_cycles(skills, sources_of)
    _check_stop_words(skills, written_in)
    _check_alias_conflicts(skills, written_in)
    warnings = _word_warnings(skills, written_in, shipped)
    roles = _roles(role_files, compiled, skills, draft.disabled)
    return Taxonomy(skills, draft.categories, roles, origin, warnings)


def _form_sources(draft: _Draft) -> dict[tuple[str, str], str]:
    """The file that wrote each ``(skill id, surface form)``: the skill's, or an [[extend]]'s.

    Call it before the extensions are applied, while an entry holds only its own forms.
    """
    written_in: dict[tuple[str, str], str] = {}
    for skill_id, (source, entry) in draft.entries.items():
        forms = (entry.name, *entry.aliases, *(entry.sense.forms if entry.sense else ()))
        for form in forms:
            written_in[(skill_id, form)] = source
    for source, extension in draft.extensions:
        if extension.id in draft.entries:
            for form in (*extension.aliases, *extension.sense_forms):
                written_in.setdefault((extension.id, form), source)
    return written_in


def _add_file(draft: _Draft, parsed: _TaxonomyFile, source: str) -> None:
    """Add one category file's category, skills, extensions and disables to ``draft``."""
    if parsed.category is not None:
        known = draft.categories.get(parsed.category.id)
        if known is not None and known != parsed.category:
            raise TaxonomyError(
                f"{source}: category", f"category {parsed.category.id!r} is defined twice"
            )
        draft.categories[parsed.category.id] = parsed.category
    for entry in parsed.skill:
        if entry.id in draft.entries:
            first = draft.entries[entry.id][0]
            raise TaxonomyError(
                f"{source}: skill {entry.id!r}",
                f"duplicate id (already defined in {first}); use [[extend]] to add to it",
            )
        category = entry.category or (parsed.category.id if parsed.category else None)
        if category is None:
            raise TaxonomyError(
                f"{source}: skill {entry.id!r} -> category",
                "no category: set it on the skill or give the file a [category] table",
            )
        draft.entries[entry.id] = (source, entry.model_copy(update={"category": category}))
    draft.extensions.extend((source, extension) for extension in parsed.extend)
    for skill_id in parsed.disable:
        draft.disabled[skill_id] = source


def _apply_extension(
    entries: dict[str, tuple[str, _SkillEntry]], extension: _Extension, source: str
) -> None:
    """Add an [[extend]] table's aliases, relations and sense forms to the skill it names."""
    if extension.id not in entries:
        raise TaxonomyError(f"{source}: extend {extension.id!r}", "extends an unknown skill id")
    first_source, entry = entries[extension.id]
    sense = entry.sense
    if extension.sense_forms:
        sense = (sense or Sense()).model_copy(
            update={"forms": tuple(dict.fromkeys((*sense.forms, *extension.sense_forms)))}
            if sense
            else {"forms": extension.sense_forms}
        )
    entries[extension.id] = (
        first_source,
        entry.model_copy(
            update={
                "aliases": tuple(dict.fromkeys((*entry.aliases, *extension.aliases))),
                "broader": tuple(dict.fromkeys((*entry.broader, *extension.broader))),
                "implies": tuple(dict.fromkeys((*entry.implies, *extension.implies))),
                "related": tuple(dict.fromkeys((*entry.related, *extension.related))),
                "sense": sense,
            }
        ),
    )


def _apply_disabled(
    entries: dict[str, tuple[str, _SkillEntry]], disabled: Mapping[str, str]
) -> None:
    """Remove the disabled skills, and remove them from the relations that named them."""
    for skill_id, source in disabled.items():
        if skill_id not in entries:
            raise TaxonomyError(f"{source}: disable", f"disables an unknown skill id {skill_id!r}")
        del entries[skill_id]
    if not disabled:
        return
    for skill_id, (source, entry) in entries.items():
        entries[skill_id] = (
            source,
            entry.model_copy(
                update={
                    relation: tuple(t for t in getattr(entry, relation) if t not in disabled)
                    for relation in ("broader", "implies", "related")
                }
            ),
        )


def _skills(
    entries: Mapping[str, tuple[str, _SkillEntry]], categories: Mapping[str, Category]
) -> dict[str, Skill]:
    """The final skills, each in a known category."""
    skills: dict[str, Skill] = {}
    for skill_id, (source, entry) in entries.items():
        location = f"{source}: skill {skill_id!r}"
        if entry.category not in categories:
            raise TaxonomyError(f"{location} -> category", f"unknown category {entry.category!r}")
        skills[skill_id] = entry.to_skill(entry.category)
    return skills


def _roles(
    role_files: Iterable[tuple[str, bytes]],
    compiled: Mapping[str, Any] | None,
    skills: Mapping[str, Skill],
    disabled: Mapping[str, str],
) -> dict[str, RoleProfile]:
    """The role profiles, without disabled skills, each checked against ``skills``."""
    roles: dict[str, RoleProfile] = {}
    for source, data in role_files:
        role = _without_disabled(_read_role_file(data, source, compiled), disabled)
        if role is None:
            continue
        if role.id in roles:
            raise TaxonomyError(f"{source}", f"duplicate role id {role.id!r}")
        _check_role(role, skills, source)
        roles[role.id] = role
    return roles


def _check_relations(skills: Mapping[str, Skill], sources_of: Mapping[str, str]) -> None:
    for skill in skills.values():
        for relation in ("broader", "implies", "related"):
            for target in getattr(skill, relation):
                if target not in skills:
                    raise TaxonomyError(
                        f"{sources_of[skill.id]}: skill {skill.id!r} -> {relation}",
                        f"points to unknown skill id {target!r}",
                    )


def _check_broader_cycles(skills: Mapping[str, Skill], sources_of: Mapping[str, str]) -> None:
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    for start in skills:
        if state.get(start) == 2:
            continue
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(skills[start].broader))]
        path = [start]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
                path.pop()
            elif state.get(child) == 1:
                cycle = [*path[path.index(child) :], child]
                raise TaxonomyError(
                    f"{sources_of[node]}: skill {node!r} -> broader",
                    f"cycle in broader: {' -> '.join(cycle)}",
                )
            elif state.get(child) != 2:
                state[child] = 1
                path.append(child)
                stack.append((child, iter(skills[child].broader)))


def _claimed_forms(skill: Skill) -> dict[tuple[bool, str], str]:
    """The match keys a skill claims, each with the written form it comes from.

    A key is ``(exact, text)``: a form or one of the variants the matcher adds, space-folded,
    and lowercased unless it is an exact-case sense form ("Go").
    """
    claimed: dict[tuple[bool, str], str] = {}
    for form in skill.surface_forms:
        # As the matcher does: concepts take a plural, a tool's one-word name does not.
        plural = skill.kind != "hard" or " " in form
        for variant in alias_variants(form, plural=plural):
            claimed.setdefault((False, normalize_alias(variant)), form)
    if skill.sense:
        exact = skill.sense.case_sensitive
        for form in skill.sense.forms:
            for variant in alias_variants(form, case_sensitive=True)[:2]:
                text = " ".join(variant.split())
                claimed.setdefault((exact, text if exact else text.lower()), form)
    return claimed


def _check_alias_conflicts(
    skills: Mapping[str, Skill], written_in: Mapping[tuple[str, str], str]
) -> None:
    """Refuse a name, alias or variant that two skills claim.

    Variants count ("data pipeline" claims "data pipelines" too), and an exact-case form ("Go")
    clashes with another skill's case-insensitive form of the same letters ("go"). Two skills
    may share a sense form: each sense is kept only where its own cues confirm it ("GCP").
    """
    owners: dict[tuple[bool, str], tuple[str, str]] = {}  # key -> (skill id, written form)
    exact_by_lower: dict[str, tuple[str, str]] = {}
    for skill in skills.values():
        for (exact, text), form in _claimed_forms(skill).items():
            lower = text.lower()
            rivals = (
                [owners.get((True, text)), owners.get((False, lower))]
                if exact
                else [owners.get((False, text)), exact_by_lower.get(text)]
            )
            for rival in rivals:
                if rival is None or rival[0] == skill.id:
                    continue
                if _sense_form(skill, form) and _sense_form(skills[rival[0]], rival[1]):
                    continue  # two senses of one word, each with its cues ("GCP")
                raise _conflict(skill, form, text, rival, written_in)
            owners.setdefault((exact, text), (skill.id, form))
            if exact:
                exact_by_lower.setdefault(lower, (skill.id, form))


def _sense_form(skill: Skill, form: str) -> bool:
    """Whether ``form`` is one of ``skill``'s ambiguous sense forms (not a plain alias)."""
    return bool(skill.sense and form in skill.sense.forms)


def _conflict(
    skill: Skill,
    form: str,
    text: str,
    other: tuple[str, str],
    written_in: Mapping[tuple[str, str], str],
) -> TaxonomyError:
    """The error for ``form`` of ``skill`` (matched as ``text``), also claimed by ``other``."""
    other_id, other_form = other
    seen_as = "" if normalize_alias(text) == normalize_alias(form) else f" (as {text!r})"
    theirs = "" if other_form == form else f" as {other_form!r}"
    other_source = written_in.get((other_id, other_form), "")
    return TaxonomyError(
        _form_location(skill, form, written_in),
        f"alias {form!r}{seen_as} is also claimed by skill {other_id!r}{theirs} "
        f"({other_source}); resolve the conflict in the data",
    )


def _form_location(skill: Skill, form: str, written_in: Mapping[tuple[str, str], str]) -> str:
    """``file.toml: skill 'x' -> aliases``, naming the field that holds ``form``."""
    if skill.sense and form in skill.sense.forms:
        field = "sense -> forms"
    else:
        field = "name" if form == skill.name else "aliases"
    return f"{written_in.get((skill.id, form), '?')}: skill {skill.id!r} -> {field}"


def _check_stop_words(
    skills: Mapping[str, Skill], written_in: Mapping[tuple[str, str], str]
) -> None:
    """Refuse a name or alias that is a stop word ("it", "and", "go") and has no sense guard."""
    for skill in skills.values():
        for form in skill.surface_forms:
            if normalize_alias(form) in STOP_WORDS:
                raise TaxonomyError(
                    _form_location(skill, form, written_in),
                    f"{form!r} is a stop word: it would match ordinary text; remove it, or make "
                    "it a [skill.sense] form with cues (case_sensitive = true for 'Go', 'IT')",
                )


def unguarded_words(skill: Skill) -> tuple[str, ...]:
    """The skill's one-word name and aliases that are everyday English words with no guard.

    "Hibernate", "RADIUS" or "PuTTY" match ordinary prose unless they are [skill.sense] forms
    with cues, or the skill is marked ``plain_words`` (the words mean the skill).

    >>> unguarded_words(Skill(id="putty", name="PuTTY", category="tools"))
    ('PuTTY',)
    """
    if skill.plain_words:
        return ()
    english = known_words()
    return tuple(form for form in skill.surface_forms if form.lower() in english)


def _word_warnings(
    skills: Mapping[str, Skill],
    written_in: Mapping[tuple[str, str], str],
    shipped: frozenset[str],
) -> tuple[str, ...]:
    """One line for each everyday English word among the names and aliases of user files."""
    if all(source in shipped for source in written_in.values()):
        return ()  # the shipped files are kept clean by the tests
    warnings = []
    for skill in skills.values():
        for form in unguarded_words(skill):
            if written_in.get((skill.id, form), "") in shipped:
                continue
            warnings.append(
                f"[{_form_location(skill, form, written_in)}] {form!r} is also an everyday "
                "English word and matches ordinary prose: add it to [skill.sense] forms with "
                "cues, or set plain_words = true if the word means the skill"
            )
    return tuple(warnings)


def _without_disabled(role: RoleProfile, disabled: Mapping[str, str]) -> RoleProfile | None:
    """The role without disabled skills (None if no requirement is left)."""
    if not disabled:
        return role
    requirements = []
    for requirement in role.requirement:
        kept = tuple(s for s in requirement.skills if s not in disabled)
        if kept:
            requirements.append(requirement.model_copy(update={"skills": kept}))
    if not requirements:
        return None
    education = role.education
    if education is not None:
        if education.level in disabled:
            education = None
        else:
            fields = tuple(f for f in education.fields if f not in disabled)
            education = education.model_copy(update={"fields": fields})
    return role.model_copy(update={"requirement": tuple(requirements), "education": education})


def _check_role(role: RoleProfile, skills: Mapping[str, Skill], source: str) -> None:
    for index, requirement in enumerate(role.requirement):
        for skill_id in requirement.skills:
            if skill_id not in skills:
                raise TaxonomyError(
                    f"{source}: requirement #{index + 1} -> skills",
                    f"unknown skill id {skill_id!r}",
                )
    if role.education:
        for skill_id in (role.education.level, *role.education.fields):
            if skill_id not in skills:
                raise TaxonomyError(f"{source}: education", f"unknown skill id {skill_id!r}")
        if skills[role.education.level].kind != "degree":
            raise TaxonomyError(
                f"{source}: education -> level", f"{role.education.level!r} is not a degree"
            )


@functools.lru_cache(maxsize=8)
def _load_cached(extra: tuple[tuple[str, float], ...], include_shipped: bool) -> Taxonomy:
    category_files: list[tuple[str, bytes]] = []
    role_files: list[tuple[str, bytes]] = []
    if include_shipped:
        shipped_categories, shipped_roles = _shipped_files()
        category_files += shipped_categories
        role_files += shipped_roles
    shipped = frozenset(name for name, _ in category_files)
    for path, _mtime in extra:
        user_categories, user_roles = _user_files(Path(path))
        category_files += user_categories
        role_files += user_roles
    origin = (("shipped",) if include_shipped else ()) + tuple(path for path, _ in extra)
    content = _files_fingerprint(category_files, role_files, include_shipped)
    key = _snapshot_key(content)
    snapshot = compiled.find("taxonomy", key)
    restored = _restore(snapshot, origin, content) if snapshot is not None else None
    if restored is not None:
        return restored
    shipped_copy = _compiled_shipped() if include_shipped else {}
    taxonomy = _assemble(category_files, role_files, origin, shipped_copy, shipped)
    taxonomy.fingerprint = content
    compiled.store("taxonomy", key, _snapshot(taxonomy))
    return taxonomy


def load_taxonomy(
    extra_paths: Iterable[str | Path] = (), *, include_shipped: bool = True
) -> Taxonomy:
    """Load the shipped taxonomy, merged with user files or folders (later files win).

    A user file may add skills (``[[skill]]``), add aliases or relations to a shipped skill
    (``[[extend]]``) and remove skills (``disable = ["id", ...]``). Results are cached per set of
    files and their modification times.

    Raises :class:`~gapcheck.errors.TaxonomyError` naming the file and entry at fault.
    """
    keyed: list[tuple[str, float]] = []
    for raw in extra_paths:
        path = Path(raw).expanduser()
        try:
            stamp = max(
                [path.stat().st_mtime, *(p.stat().st_mtime for p in path.rglob("*.toml"))]
                if path.is_dir()
                else [path.stat().st_mtime]
            )
        except OSError:
            raise TaxonomyError(str(path), "no such file or folder") from None
        keyed.append((str(path.resolve()), stamp))
    return _load_cached(tuple(keyed), include_shipped)
