"""Ordinary English words, to tell prose from glued-together text and from skill names.

The list holds about 64,000 lowercase words from SCOWL (the Debian ``wamerican`` list), built by
``scripts/make_wordlist.py``; capitalised entries (proper names, and brands such as "Java" or
"Kafka") are left out. Attribution is in ``gapcheck/data/NOTICE``.

>>> from gapcheck.wordlist import is_known_word, known_words
>>> "engineer" in known_words()
True
>>> is_known_word("Engineer"), is_known_word("kubernetes")
(True, False)
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources

__all__ = ["is_known_word", "known_words"]

_WORDLIST_RESOURCE = "english_words.txt.gz"


@functools.cache
def known_words() -> frozenset[str]:
    """Return the set of known lowercase English words, loaded once on first use."""
    data = resources.files("gapcheck").joinpath("data", _WORDLIST_RESOURCE).read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def is_known_word(word: str) -> bool:
    """Return whether ``word``, lowercased, is a known English word."""
    return word.lower() in known_words()
