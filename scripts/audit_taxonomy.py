"""Find taxonomy terms that may have come from the benchmark documents rather than a source.

A term is a skill's name, alias or word-sense form, with the plural and hyphen variants the
matcher also finds; it occurs in a text when its words do (case-insensitive, whole words).

``test-only`` (the default) lists the terms that occur in a test-split document but in no train
or dev document and in no file of the taxonomy sources (``../shared/taxonomy-sources``). The test
documents are read only to say which terms occur in them; nothing else of them is shown. Test
splits: SkillSpan and dotin rows with ``split == "test"``, and all of Green et al. (2022).

``single-document`` lists the terms of the named category files that occur in exactly one
benchmark document (of any split) and in no file of the taxonomy sources.

Each listed term is kept only with a general source named in ``taxonomy/NOTICE``; the decisions
are recorded in ``taxonomy/AUDIT.md``.

Usage::

    python scripts/audit_taxonomy.py [test-only]
    python scripts/audit_taxonomy.py single-document business.toml enterprise_software.toml

Prints one line per term: ``skill id <TAB> term``, sorted by skill id.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from gapcheck.taxonomy import Taxonomy, alias_variants, load_taxonomy, normalize_alias

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_SOURCES = ROOT.parent / "shared" / "taxonomy-sources"
_WORD = re.compile(r"[^\W_]+|[^\w\s]|_")

Words = tuple[str, ...]


def words(text: str) -> Words:
    """Lowercase words and single symbols: ``"Node.js, C++"`` -> node . js , c + +."""
    return tuple(_WORD.findall(text.lower()))


def skillspan_texts(data: Path, test: bool) -> Iterator[str]:
    """SkillSpan postings of the test split (``test``) or of the train and dev splits."""
    path = data / "skillspan" / "derived_postings_with_gold_spans.jsonl"
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        if (row["split"] == "test") == test:
            yield "\n".join(row["sentences"])


def dotin_texts(data: Path, test: bool) -> Iterator[str]:
    """dotin resumes of the test split (``test``) or of the train split."""
    path = data / "dotin_resume_ner" / "derived_resumes_with_gold_spans.jsonl"
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        if (row["split"] == "test") == test:
            yield row["text"]


def green_texts(data: Path) -> Iterator[str]:
    """The sentences of Green et al. (2022), one text each: all of it is a test set."""
    path = data / "green2022_jd_entities" / "raw_data" / "testset.txt"
    sentence: list[str] = []
    for line in path.open(encoding="utf-8"):
        token = line.split(" ")[0].strip()
        if token:
            sentence.append(token)
        elif sentence:
            yield " ".join(sentence)
            sentence = []
    if sentence:
        yield " ".join(sentence)


def source_texts(sources: Path) -> Iterator[str]:
    """Every file of the taxonomy sources, line by line (a term never spans a line)."""
    for path in sorted(sources.rglob("*")):
        if path.is_file():
            with path.open(encoding="utf-8", errors="replace") as file:
                yield from file


class TermIndex:
    """The terms of a taxonomy by their words, to find them in texts."""

    def __init__(self, taxonomy: Taxonomy, files: Iterable[str] | None = None) -> None:
        self.owners: dict[str, set[str]] = {}
        self._by_words: dict[Words, set[str]] = {}
        origin = taxonomy_files(taxonomy) if files is not None else {}
        wanted = set(files or ())
        for skill in taxonomy:
            if files is not None and origin.get(skill.id) not in wanted:
                continue
            for form in (*skill.surface_forms, *(skill.sense.forms if skill.sense else ())):
                term = normalize_alias(form)
                self.owners.setdefault(term, set()).add(skill.id)
                for variant in alias_variants(form):
                    self._by_words.setdefault(words(variant), set()).add(term)
        self._lengths: dict[str, set[int]] = {}
        for key in self._by_words:
            if key:
                self._lengths.setdefault(key[0], set()).add(len(key))

    def found_in(self, text: str) -> set[str]:
        """The terms that occur in ``text``."""
        tokens = words(text)
        found: set[str] = set()
        for start, first in enumerate(tokens):
            for length in self._lengths.get(first, ()):
                found.update(self._by_words.get(tokens[start : start + length], ()))
        return found

    def document_counts(self, texts: Iterable[str]) -> Counter[str]:
        """For each term, the number of ``texts`` it occurs in."""
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(self.found_in(text))
        return counts


def taxonomy_files(taxonomy: Taxonomy) -> dict[str, str]:
    """The shipped file that defines each skill."""
    folder = ROOT / "taxonomy"
    owner: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        for match in re.finditer(r'^id = "([^"]+)"', path.read_text(encoding="utf-8"), re.M):
            if match.group(1) in taxonomy:
                owner[match.group(1)] = path.name
    return owner


def in_sources(index: TermIndex, sources: Path) -> set[str]:
    found: set[str] = set()
    for line in source_texts(sources):
        found |= index.found_in(line)
    return found


def _listed(index: TermIndex, terms: Iterable[str]) -> list[tuple[str, str]]:
    return sorted((skill_id, term) for term in terms for skill_id in index.owners[term])


def terms_only_in_test_splits(
    taxonomy: Taxonomy, data: Path, sources: Path
) -> list[tuple[str, str]]:
    """``(skill id, term)`` of every term found only in test-split documents."""
    index = TermIndex(taxonomy)
    test = [*skillspan_texts(data, True), *dotin_texts(data, True), *green_texts(data)]
    train = [*skillspan_texts(data, False), *dotin_texts(data, False)]
    terms = set(index.document_counts(test)) - set(index.document_counts(train))
    return _listed(index, terms - in_sources(index, sources))


def single_document_terms(
    taxonomy: Taxonomy, files: Iterable[str], data: Path, sources: Path
) -> list[tuple[str, str]]:
    """``(skill id, term)`` of the terms of ``files`` found in exactly one benchmark document."""
    index = TermIndex(taxonomy, files)
    documents = [
        *skillspan_texts(data, True),
        *skillspan_texts(data, False),
        *dotin_texts(data, True),
        *dotin_texts(data, False),
        *green_texts(data),
    ]
    counts = index.document_counts(documents)
    terms = {term for term, count in counts.items() if count == 1}
    return _listed(index, terms - in_sources(index, sources))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "report", nargs="?", default="test-only", choices=["test-only", "single-document"]
    )
    parser.add_argument("files", nargs="*", help="category files, for single-document")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    args = parser.parse_args(argv)
    taxonomy = load_taxonomy()
    if args.report == "test-only":
        found = terms_only_in_test_splits(taxonomy, args.data, args.sources)
    else:
        if not args.files:
            parser.error("single-document needs the category files to check")
        found = single_document_terms(taxonomy, args.files, args.data, args.sources)
    for skill_id, term in found:
        print(f"{skill_id}\t{term}")
    print(f"{len({term for _, term in found})} terms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
