"""spaCy's rule-based tokenizer, its special cases added when a text can need them.

Loading the special cases of the blank pipeline (some 2,000: the English contractions, units
and emoticons, and the taxonomy's names with symbols such as "C#" or "CI/CD") costs spaCy about
50 microseconds each, a tenth of a second at every start, while a resume and a posting need a
few hundred of them at most. A special case can only change how a text is tokenized if its
*witness* occurs in the text: spaCy looks special cases up by the exact text of a span (so the
special case's own text must occur), and its matcher of special cases with affixes ("C++",
":-)") matches the tokens the affix rules alone make of it (so each of those must occur). The
witness is the longest of those tokens, a part of the special case's text; it is worked out
once, with the other compiled forms (see :mod:`gapcheck.pipeline`).

:class:`DeferredRulesTokenizer` keeps the special cases it was given with their witnesses and,
before it tokenizes a text, adds those whose witness occurs in it, so each text is tokenized
exactly as with all of them. Once it has been given some 32,000 characters (a few documents:
it is tokenizing many, as in ranking) it adds all that are left, so looking for witnesses costs
a few tens of milliseconds at most, and from then on it is spaCy's tokenizer.
:attr:`~DeferredRulesTokenizer.rules` always holds every special case, added or not.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.attrs import intify_attrs  # type: ignore[import-not-found]  # (Cython, no stub)
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # (Cython, no stub)
from spacy.tokens import Doc

__all__ = ["DeferredRulesTokenizer"]

# Once the texts given hold this many characters in all, every special case is added.
_DEFERRED_CHARS = 32_000
# In a text this short the witnesses are looked for among its own substrings.
_SHORT_TEXT = 64
# A special case's token attributes spaCy reads (ORTH and NORM, by name or id); it drops others.
_READ = frozenset({65, 67, "ORTH", "NORM"})


class DeferredRulesTokenizer(Tokenizer):
    """spaCy's ``Tokenizer``; special cases given to :meth:`defer` are added when a text to
    tokenize holds their witness (see the module docstring)."""

    _pending: dict[str, Any] | None = None
    _witnessed: dict[str, list[str]] | None = None
    _longest_witness = 0
    _chars_left = _DEFERRED_CHARS

    def defer(self, rules: Mapping[str, Any], witnesses: Mapping[str, str]) -> None:
        """Hold ``rules`` (text -> token attributes, as spaCy's ``rules``) to be added when a
        text holds their witness; ``witnesses`` must have one for each (KeyError if not)."""
        by_witness: dict[str, list[str]] = {}
        for text in sorted(rules):
            by_witness.setdefault(witnesses[text], []).append(text)
            for token in rules[text]:
                if isinstance(token, dict) and token.keys() - _READ:
                    # As adding it would: :attr:`rules` shows what spaCy keeps of each.
                    intify_attrs(token, _do_deprecated=True)
        self._pending = dict(rules)
        self._witnessed = by_witness
        self._longest_witness = max(map(len, by_witness), default=0)
        self._chars_left = _DEFERRED_CHARS

    def __call__(self, string: str) -> Doc:
        if self._pending:
            self._add_needed(string)
        return super().__call__(string)

    @property
    def rules(self) -> dict[str, Any]:
        """Every special case: those added and those still held."""
        added: dict[str, Any] = Tokenizer.rules.__get__(self)
        return {**added, **self._pending} if self._pending else added

    @rules.setter
    def rules(self, rules: Mapping[str, Any] | None) -> None:
        self._pending = None
        self._witnessed = None
        Tokenizer.rules.__set__(self, rules)

    def add_all(self) -> None:
        """Add every special case still held."""
        pending = self._pending or {}
        self._pending = None
        self._witnessed = None
        for text in sorted(pending):
            self.add_special_case(text, pending[text])

    def _add_needed(self, text: str) -> None:
        """Add the special cases whose witness ``text`` holds (all, after a few documents)."""
        self._chars_left -= len(text)
        if self._chars_left < 0:
            self.add_all()
            return
        witnessed = self._witnessed or {}
        if len(text) <= _SHORT_TEXT:
            longest = self._longest_witness
            found = {
                text[start:end]
                for start in range(len(text))
                for end in range(start + 1, min(len(text), start + longest) + 1)
                if text[start:end] in witnessed
            }
        else:
            found = {witness for witness in witnessed if witness in text}
        pending = self._pending or {}
        needed = sorted(rule for witness in found for rule in witnessed.pop(witness))
        for rule in needed:
            tokens = pending.pop(rule, None)
            if tokens is not None:
                self.add_special_case(rule, tokens)
