"""Compiled forms of a taxonomy: made once, then loaded instead of made again.

Setting gapcheck up for a taxonomy means validating some 2,000 skills, deriving the tokenizer's
special cases and tokenizing some 35,000 alias patterns and cues. What that work produces (the
validated skills, the special cases, the patterns as tokens, the word-sense cues, the fuzzy
tables) is a *compiled form*: plain JSON, keyed by a fingerprint of everything it is made from
(the taxonomy files, the source of the code that compiles them, spaCy's version and the
tokenizer's settings), so a form made from anything else is never used.

A compiled form is looked for in two places before it is made:

1. the package: ``gapcheck/taxonomy_data/_compiled_<kind>.json``, the forms of the shipped
   taxonomy with ``spacy.blank("en")``, written by ``python scripts/compile_taxonomy.py``;
2. the user cache, ``$XDG_CACHE_HOME/gapcheck`` (by default ``~/.cache/gapcheck``): one file per
   form, named by its kind and key, written atomically.

The cache is never required: an entry that is missing, unreadable, corrupt or for another key is
ignored (and made again), and one that cannot be written is not written.

One form is the interpreter's rather than the taxonomy's, so it is only ever in the user cache:
the programs Python's ``re`` compiles the tokenizer's large regular expressions to
(:func:`regexes`), keyed by the expressions and the exact Python build.

>>> key = fingerprint("example", 1)
>>> text = artifact_text("example", key, {"words": ["a", "b"]})
>>> text.splitlines()[0] == f'{{"key": "{key}", "kind": "example"}}'
True
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import IO, Any

try:
    import _sre  # type: ignore[import-not-found]  # (re's compiled patterns; no stub)
except ImportError:  # not CPython: regular expressions are compiled as usual
    _sre = None

__all__ = [
    "CACHE_ENTRIES_KEPT",
    "artifact_name",
    "artifact_text",
    "cache_dir",
    "callable_fingerprint",
    "code_fingerprint",
    "find",
    "fingerprint",
    "pack",
    "regexes",
    "resource_fingerprint",
    "store",
    "tokenizer_fingerprint",
    "unpack",
]

CACHE_ENTRIES_KEPT = 24
"""The user cache keeps this many compiled forms, the most recently written."""
_SHIPPED_PACKAGE = "gapcheck.taxonomy_data"
_KIND = re.compile(r"^[a-z]+$")


def fingerprint(*parts: object) -> str:
    """A short hex digest of JSON-serialisable ``parts``."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


@functools.cache
def code_fingerprint(*modules: str) -> str:
    """A digest of the source of ``modules``: a change to the code that compiles a form makes
    the forms it made stale. A module whose source cannot be read counts as gapcheck's version.
    """
    import gapcheck

    digest = hashlib.blake2b(digest_size=16)
    for name in modules:
        module = sys.modules.get(name)
        source: str | None = None
        loader = getattr(module, "__loader__", None)
        with contextlib.suppress(ImportError, OSError, AttributeError):
            source = loader.get_source(name) if loader is not None else None
        text = source if source is not None else gapcheck.__version__
        digest.update(f"{name}\0{text}\0".encode())
    return digest.hexdigest()


@functools.cache
def resource_fingerprint(package: str, *path: str) -> str:
    """A digest of a data file of ``package`` that a form is made from ("" if unreadable)."""
    try:
        data = resources.files(package).joinpath(*path).read_bytes()
    except (OSError, ModuleNotFoundError):
        return ""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def callable_fingerprint(function: object) -> str | None:
    """What a tokenizer setting is, as text: a regular expression's pattern, a function's
    qualified name; None when that cannot be told (a lambda or a local function)."""
    if function is None:
        return "-"
    if isinstance(function, functools.partial):
        if function.keywords:
            return None
        parts = [callable_fingerprint(part) for part in (function.func, *function.args)]
        known = [part for part in parts if part is not None]
        return f"partial({','.join(known)})" if len(known) == len(parts) else None
    owner = getattr(function, "__self__", None)
    if isinstance(owner, re.Pattern):
        return f"re.{getattr(function, '__name__', '?')}({owner.pattern!r}, {owner.flags})"
    name = getattr(function, "__qualname__", None)
    module = getattr(function, "__module__", None)
    if (owner is None or isinstance(owner, ModuleType)) and name and module and "<" not in name:
        return f"{module}.{name}"
    return None


def tokenizer_fingerprint(
    tokenizer: object, spacy_version: str, rules: Mapping[str, object] | None = None
) -> str | None:
    """A digest of a spaCy rule-based tokenizer's settings and special cases (``rules`` instead
    of its own if given); None for a tokenizer whose settings cannot all be told (then nothing
    made with it is cached)."""
    settings: list[object] = [spacy_version, type(tokenizer).__qualname__]
    for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        if not hasattr(tokenizer, name):
            return None
        described = callable_fingerprint(getattr(tokenizer, name))
        if described is None:
            return None
        settings.append(described)
    settings.append(bool(getattr(tokenizer, "faster_heuristics", True)))
    if rules is None:
        rules = getattr(tokenizer, "rules", None) or {}
    settings.append(_rules_fingerprint(rules))
    return fingerprint(*settings)


def _rules_fingerprint(rules: Mapping[str, object]) -> str:
    """A digest of a tokenizer's special cases: text -> each token's ORTH and NORM.

    Those are the attributes spaCy reads, by name or id (``spacy.attrs``: 65 and 67); loading a
    special case drops the others from the very dicts it was given, so they must not count.
    """
    described = []
    for text, tokens in rules.items():
        parts = [text]
        for token in tokens if isinstance(tokens, list | tuple) else ():
            if isinstance(token, dict):
                orth = token.get(65, token.get("ORTH", token.get("F")))
                parts.append(f"{orth}\x1e{token.get(67, token.get('NORM'))}")
        described.append("\x1f".join(parts))
    described.sort()
    return hashlib.blake2b("\n".join(described).encode("utf-8"), digest_size=16).hexdigest()


def pack(table: Mapping[str, str]) -> list[object]:
    """A table of strings as JSON that parses fast: its size, its keys and its values, each
    joined by line breaks (which no key or value may hold).

    >>> unpack(pack({"machine learning": "ml", "r": ""}))
    {'machine learning': 'ml', 'r': ''}
    """
    keys, values = "\n".join(table), "\n".join(table.values())
    if keys.count("\n") + values.count("\n") != 2 * max(len(table) - 1, 0):
        raise ValueError("a packed key or value holds a line break")
    return [len(table), keys, values]


def unpack(data: object) -> dict[str, str]:
    """The table :func:`pack` made; ValueError if ``data`` is not one."""
    if not (isinstance(data, list) and len(data) == 3):
        raise ValueError("not a packed table")
    size, keys, values = data
    if not (isinstance(size, int) and isinstance(keys, str) and isinstance(values, str)):
        raise ValueError("not a packed table")
    table = dict(zip(keys.split("\n"), values.split("\n"), strict=True)) if size else {}
    if len(table) != size:
        raise ValueError("a packed table lost entries")
    return table


# ---------------------------------------------------------------------------------------------
# Regular expressions: compiled once per Python build, then loaded.

_REGEX_KIND = "regex"


def regexes(sources: Sequence[tuple[str, int]]) -> list[re.Pattern[str]]:
    """``re.compile(pattern, flags)`` of each ``(pattern, flags)``, the same patterns.

    Compiling the tokenizer's affix and URL rules (some 30,000 characters of expressions over
    large Unicode classes) takes tens of milliseconds at each start, all of it in Python's
    ``re`` parser and compiler; the program they make is a list of integers for ``_sre``. So
    the programs are kept in the user cache, keyed by the expressions and the exact Python
    build (its version, ``_sre``'s magic number and code size), and made into patterns
    directly next time. On another implementation than CPython, or when anything does not
    fit (a damaged entry, ``re``'s internals changed), the expressions are compiled as usual.
    """
    key = _regexes_key(sources)
    found = find(_REGEX_KIND, key)
    if found is not None:
        with contextlib.suppress(TypeError, ValueError, RuntimeError, OverflowError):
            return [_restore_regex(s, program) for s, program in zip(sources, found, strict=True)]
    made = [_compile_regex(pattern, flags) for pattern, flags in sources]
    programs = [program for _, program in made]
    if key is not None and None not in programs:
        store(_REGEX_KIND, key, programs)
    return [compiled for compiled, _ in made]


def _regexes_key(sources: Sequence[tuple[str, int]]) -> str | None:
    """The cache key of ``sources`` compiled by this Python; None where programs are not kept."""
    if _sre is None or sys.implementation.name != "cpython" or not hasattr(re, "_compiler"):
        return None
    build = [sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT]
    return fingerprint(_REGEX_KIND, build, [[pattern, flags] for pattern, flags in sources])


def _compile_regex(pattern: str, flags: int) -> tuple[re.Pattern[str], list[Any] | None]:
    """The pattern, as ``re.compile`` makes it (its very steps), and its program for
    :func:`_restore_regex`; the program is None if ``re``'s internals are not as expected."""
    try:
        parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
        code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        all_flags = flags | state.flags
        program = [pattern, all_flags, list(code), state.groups - 1, groupindex, indexgroup]
        return _restore_regex((pattern, flags), program), program
    except (AttributeError, TypeError, ValueError, RuntimeError):
        return re.compile(pattern, flags), None


def _restore_regex(source: tuple[str, int], program: Any) -> re.Pattern[str]:
    """The pattern of ``source`` made from its ``program``, which names the expression it was
    compiled from (``_sre`` checks the code itself)."""
    pattern, flags = source
    expression, all_flags, code, groups, groupindex, indexgroup = program
    if expression != pattern or not isinstance(all_flags, int) or all_flags & flags != flags:
        raise ValueError("a program of another regular expression")
    if not (isinstance(code, list) and isinstance(groupindex, dict)):
        raise ValueError("not a regular expression's program")
    compiled: re.Pattern[str] = _sre.compile(
        pattern, all_flags, code, groups, groupindex, tuple(indexgroup)
    )
    return compiled


# ---------------------------------------------------------------------------------------------
# Files: a header line {"key": ..., "kind": ...}, then the form as one JSON value.


def artifact_name(kind: str) -> str:
    """The file name of the shipped compiled form of ``kind``."""
    return f"_compiled_{kind}.json"


def artifact_text(kind: str, key: str, data: object) -> str:
    """A compiled form as file text: a header line naming its kind and key, then the data."""
    header = json.dumps({"key": key, "kind": kind}, sort_keys=True)
    body = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"{header}\n{body}\n"


def _read(file: IO[bytes], kind: str, key: str) -> Any | None:
    """The data of an open compiled-form file, or None if it is for another kind or key (the
    header is read first, so a stale form is not parsed)."""
    try:
        header = json.loads(file.readline())
        if header != {"key": key, "kind": kind}:
            return None
        return json.loads(file.read())
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def find(kind: str, key: str | None) -> Any | None:
    """The compiled form ``kind`` for ``key``: the shipped one, else the user cache's, else None.

    ``key`` None (a form that cannot be keyed) finds nothing.
    """
    if key is None or not _KIND.match(kind):
        return None
    with contextlib.suppress(OSError, ModuleNotFoundError):
        shipped = resources.files(_SHIPPED_PACKAGE).joinpath(artifact_name(kind))
        with shipped.open("rb") as file:
            data = _read(file, kind, key)
        if data is not None:
            return data
    folder = cache_dir()
    if folder is None:
        return None
    with contextlib.suppress(OSError), (folder / f"{kind}-{key}.json").open("rb") as file:
        return _read(file, kind, key)
    return None


def store(kind: str, key: str | None, data: object) -> None:
    """Write the compiled form to the user cache, atomically; silently not if it cannot be."""
    folder = cache_dir()
    if key is None or folder is None or not _KIND.match(kind):
        return
    text = artifact_text(kind, key, data)
    temporary: str | None = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{kind}-", suffix=".tmp", dir=folder)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, folder / f"{kind}-{key}.json")
        temporary = None
        _prune(folder)
    except OSError:
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/gapcheck``, or ``~/.cache/gapcheck``; None without a home folder."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:
            return None
    return Path(base) / "gapcheck"


def _prune(folder: Path) -> None:
    """Keep the most recently written :data:`CACHE_ENTRIES_KEPT` forms."""
    entries = []
    for path in folder.glob("*-*.json"):
        with contextlib.suppress(OSError):
            entries.append((path.stat().st_mtime, path))
    entries.sort(reverse=True)
    for _, path in entries[CACHE_ENTRIES_KEPT:]:
        with contextlib.suppress(OSError):
            path.unlink()
