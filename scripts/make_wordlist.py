"""Build ``src/gapcheck/data/english_words.txt.gz`` from the SCOWL-derived system word list.

The source is ``/usr/share/dict/american-english`` from the Debian package ``wamerican``
(SCOWL size 50; permissive licence, see ``/usr/share/doc/wamerican/copyright``, reproduced in
``src/gapcheck/data/NOTICE``).

Kept: entries written entirely in lowercase letters (accented letters included), such as
"engineer" or "café". Dropped: possessives ("engineer's"), entries with digits or punctuation, and
capitalised entries. Capitalised entries are proper names (people, places, brands), and many are
technology names ("Java", "Kafka", "Jenkins", "Linux"); gapcheck uses the list to tell ordinary
English words from skill names, so those must stay out. Single letters other than "a" and "i" are
dropped too.

The output is one word a line, sorted, gzip-compressed with a fixed timestamp so that the same
input always gives the same bytes.

Usage::

    python scripts/make_wordlist.py [--source PATH] [--output PATH]
"""

from __future__ import annotations

import argparse
import gzip
import io
from collections.abc import Iterable
from pathlib import Path

DEFAULT_SOURCE = Path("/usr/share/dict/american-english")
DEFAULT_OUTPUT = (
    Path(__file__).resolve().parent.parent / "src" / "gapcheck" / "data" / "english_words.txt.gz"
)
SINGLE_LETTER_WORDS = frozenset({"a", "i"})


def select_words(entries: Iterable[str]) -> list[str]:
    """Return the sorted, de-duplicated lowercase alphabetic words among ``entries``.

    >>> select_words(["engineer", "engineer's", "Java", "x", "a", "café", "3D"])
    ['a', 'café', 'engineer']
    """
    words = set()
    for entry in entries:
        word = entry.strip()
        if not word.isalpha() or word != word.lower():
            continue
        if len(word) == 1 and word not in SINGLE_LETTER_WORDS:
            continue
        words.add(word)
    return sorted(words)


def write_wordlist(words: list[str], output: Path) -> int:
    """Write ``words`` gzip-compressed and deterministic to ``output``; return the size in bytes."""
    payload = "".join(f"{word}\n" for word in words).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buffer, mtime=0) as gz:
        gz.write(payload)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    entries = args.source.read_text(encoding="utf-8").splitlines()
    words = select_words(entries)
    size = write_wordlist(words, args.output)
    print(f"{len(words)} words from {len(entries)} entries -> {args.output} ({size} bytes)")


if __name__ == "__main__":
    main()
