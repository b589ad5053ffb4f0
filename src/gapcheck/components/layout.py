"""Lines and clauses of a document, shared by gapcheck's components.

Resumes and postings are written in lines (bullets, lists, headings) far more than in
sentences, and a blank spaCy pipeline has no sentence splitter, so gapcheck uses its own units:

- a **line** is the text between two line breaks;
- a **clause** is a stretch of tokens that reads as one statement: it ends at sentence
  punctuation (``. ! ? ;``), at a mid-line bullet, and at a line break that ends a statement
  (the line ends with punctuation, the next line starts a bullet, or a blank line follows).
  A line that wraps mid-sentence (a PDF or a narrow text file) stays in one clause.

The layout is computed once per ``Doc`` and cached in ``doc.user_data``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from gapcheck.breaks import BULLETS, ends_statement

__all__ = [
    "BULLETS",
    "Layout",
    "TokenTable",
    "doc_text",
    "get_layout",
    "is_flattened",
    "remember_text",
    "statements",
    "text_lines",
    "token_lowers",
    "token_table",
]

_MIDLINE_BULLETS = frozenset("•·▪◦●○■□➢►▶‣⁃∙✓✔❖◆")
_CLAUSE_END = frozenset({".", "!", "?", ";"})
_USER_DATA_KEY = "gapcheck_layout"
_TABLE_KEY = "gapcheck_tokens"
_LOWER_KEY = "gapcheck_lower"
_TEXT_KEY = "gapcheck_text"


_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")
_FLAT_LINE_LENGTH = 250
_FLAT_MIN_RUNS = 5


def is_flattened(text: str) -> bool:
    """Whether ``text`` lost its line breaks (long lines whose fields are split by runs of
    spaces, as some PDF and web converters produce): such runs then count as line breaks.
    """
    lines = text.count("\n") + 1
    if len(text) / lines < _FLAT_LINE_LENGTH:
        return False
    return len(_SPACE_RUN.findall(text, 0, 50_000)) >= _FLAT_MIN_RUNS


def text_lines(text: str, flattened: bool | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each line (without its break); in flattened text, runs of spaces
    also end a line.

    >>> text_lines("Skills\\nPython")
    [(0, 6), (7, 13)]
    """
    if flattened is None:
        flattened = is_flattened(text)
    lines: list[tuple[int, int]] = []
    start = 0
    for end in [*(m.start() for m in re.finditer("\n", text)), len(text)]:
        if flattened:
            cursor = start
            for run in _SPACE_RUN.finditer(text, start, end):
                lines.append((cursor, run.start()))
                cursor = run.end()
            lines.append((cursor, end))
        else:
            lines.append((start, end))
        start = end + 1
    return lines


@dataclass(frozen=True, slots=True)
class Layout:
    """Line and clause structure of a ``Doc``; token-indexed where it says so."""

    line_starts: tuple[int, ...]
    """Character offset of the first character of each line."""
    token_line: tuple[int, ...]
    """Line number (0-based) of each token."""
    token_clause: tuple[int, ...]
    """Clause number of each token (whitespace tokens belong to the clause before them)."""
    clause_bounds: tuple[tuple[int, int], ...]
    """Token range ``[start, end)`` of each clause."""
    flattened: bool = False
    """The text lost its line breaks; runs of spaces act as line breaks."""

    def is_break(self, token: Token) -> bool:
        """Whether a whitespace token ends a line."""
        return token.is_space and ("\n" in token.text or self.flattened)

    def line_of_char(self, offset: int) -> int:
        """0-based line number of a character offset."""
        return bisect.bisect_right(self.line_starts, offset) - 1

    def line_span(self, text: str, line: int) -> tuple[int, int]:
        """Character range of a line, without its line break."""
        start = self.line_starts[line]
        end = self.line_starts[line + 1] - 1 if line + 1 < len(self.line_starts) else len(text)
        return start, end


def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    find = text.find
    position = find("\n")
    while position != -1:
        starts.append(position + 1)
        position = find("\n", position + 1)
    return tuple(starts)


def _hard_break(text: str, line_starts: tuple[int, ...], line: int, blank_between: bool) -> bool:
    """Whether the break after ``line`` ends a clause (:func:`gapcheck.breaks.ends_statement`)."""
    if blank_between or line + 1 >= len(line_starts):
        return True
    following_end = line_starts[line + 2] - 1 if line + 2 < len(line_starts) else len(text)
    return ends_statement(
        text[line_starts[line] : line_starts[line + 1] - 1],
        text[line_starts[line + 1] : following_end],
    )


_SENTENCE_END = re.compile(r"[.!?…]+[\"')\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# Words that end with a dot without ending a sentence ("e.g.", "Inc.", "approx.").
_ABBREVIATIONS = frozenset(
    "e.g i.e etc inc co ltd llc gmbh vs approx no nr dr mr ms mrs st jr sr incl esp dept corp "
    "min max fig ca cf".split()
)


def statements(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each statement of ``text``: its sentences, split further at line
    breaks that end a statement (a list item, a heading, a paragraph's end; in flattened text,
    a run of spaces). A line that wraps mid-sentence stays in one statement; ranges hold no
    surrounding whitespace.

    >>> text = "Requirements\\n- Python. Go is a plus\\n- SQL"
    >>> [text[s:e] for s, e in statements(text)]
    ['Requirements', '- Python.', 'Go is a plus', '- SQL']
    """
    line_starts = _line_starts(text)
    cuts: list[int] = [0]
    # A sentence end holds no whitespace, so one search of the whole text finds those of every
    # line; the word before one is looked for in its own line only.
    for match in _SENTENCE_END.finditer(text):
        end_of_word = match.start()
        floor = max(0, end_of_word - 40)
        line_start = text.rfind("\n", floor, end_of_word) + 1 or floor
        word = _WORD_BEFORE.search(text, line_start, end_of_word)
        stem = word.group(1).lower().rstrip(".") if word else ""
        if stem in _ABBREVIATIONS or (len(stem) == 1 and stem.isalpha()):
            continue
        cuts.append(match.end())
    ends = [start - 1 for start in line_starts[1:]]
    bounds = zip(line_starts, [*ends, len(text)], strict=True)
    lines = [text[start:end] for start, end in bounds]
    for line, line_end in enumerate(ends):
        if ends_statement(lines[line], lines[line + 1]):
            cuts.append(line_end)
    if is_flattened(text):  # runs of spaces stand for the lost line breaks
        cuts += [run.start() for run in _SPACE_RUN.finditer(text)]
    cuts.sort()  # the two searches above each give their cuts in order
    cuts.append(len(text))
    found: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(cuts):
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            found.append((start + lead, start + lead + len(stripped)))
    return found


@dataclass(frozen=True, slots=True)
class TokenTable:
    """Per-token attributes of a ``Doc`` as plain lists, read once with ``Doc.to_array``.

    Iterating a ``Doc`` in Python builds a ``Token`` object per token; the components need a
    few attributes of every token, so they read them from here instead.
    """

    idx: list[int]
    is_space: list[bool]
    is_alpha: list[bool]
    trailing_space: list[bool]
    orth: list[int]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once (``Doc.text`` joins every token on each access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Give :func:`doc_text` the ``text`` that ``doc`` was tokenized from, which it is (spaCy's
    tokenizer keeps every character), so it need not be joined again from the tokens."""
    doc.user_data[_TEXT_KEY] = text


def token_lowers(doc: Doc) -> list[str]:
    """Lowercase text of every token of ``doc`` (cached)."""
    cached = doc.user_data.get(_LOWER_KEY)
    if cached is None:
        hashes = doc.to_array("LOWER").tolist() if len(doc) else []
        # A text repeats its words: look each distinct one up in the string store once.
        strings = doc.vocab.strings
        text_of = {h: strings[h] for h in set(hashes)}
        cached = [text_of[h] for h in hashes]
        doc.user_data[_LOWER_KEY] = cached
    return cached


def token_table(doc: Doc) -> TokenTable:
    """The cached :class:`TokenTable` of ``doc``."""
    table = doc.user_data.get(_TABLE_KEY)
    if table is None:
        array = doc.to_array(["IDX", "IS_SPACE", "IS_ALPHA", "SPACY", "ORTH"])
        is_space, is_alpha, trailing = array[:, 1:4].astype(bool).T.tolist()
        table = TokenTable(
            idx=array[:, 0].tolist(),
            is_space=is_space,
            is_alpha=is_alpha,
            trailing_space=trailing,
            orth=array[:, 4].tolist(),
        )
        doc.user_data[_TABLE_KEY] = table
    return table


def compute_layout(doc: Doc) -> Layout:
    """Compute the layout of ``doc`` (use :func:`get_layout`, which caches it).

    Only whitespace tokens, the tokens right after them and sentence punctuation or mid-line
    bullets can end a clause, so only those are visited; each token's line and clause are then
    filled in by ranges.
    """
    text = doc_text(doc)
    line_starts = _line_starts(text)
    flattened = is_flattened(text)
    table = token_table(doc)
    lowers = token_lowers(doc)
    strings = doc.vocab.strings
    clause_end = {strings.add(word) for word in _CLAUSE_END}
    midline = {strings.add(word) for word in _MIDLINE_BULLETS}
    marks = clause_end | midline
    n_tokens = len(doc)
    idx_of, space_of, trailing_of, orth_of = (
        table.idx,
        table.is_space,
        table.trailing_space,
        table.orth,
    )
    # Whitespace tokens, the tokens after them and the marks, each picked out at C speed.
    spaces = list(itertools.compress(range(n_tokens), space_of))
    marked = itertools.compress(range(n_tokens), map(marks.__contains__, orth_of))
    visited = sorted({*spaces, *(i + 1 for i in spaces if i + 1 < n_tokens), *marked})
    bounds: list[tuple[int, int]] = []
    clause_start = 0
    pending_break = False  # a hard line break was crossed since the last word
    for i in visited:
        if space_of[i]:
            token_text = lowers[i]  # a whitespace token's lowercase form is its text
            newlines = token_text.count("\n")
            if flattened and not newlines:
                pending_break = True
            elif newlines:
                # The line that the token's first line break ends.
                first_line = bisect.bisect_right(line_starts, idx_of[i] + token_text.find("\n")) - 1
                if _hard_break(text, line_starts, first_line, newlines > 1):
                    pending_break = True
            continue
        orth = orth_of[i]
        if pending_break or (
            orth in midline and i > clause_start and (trailing_of[i - 1] or space_of[i - 1])
        ):
            if i > clause_start:
                bounds.append((clause_start, i))
                clause_start = i
            pending_break = False
        if orth in clause_end and (trailing_of[i] or i + 1 == n_tokens):
            bounds.append((clause_start, i + 1))
            clause_start = i + 1
    if clause_start < n_tokens or not bounds:
        bounds.append((clause_start, n_tokens))
    # The clauses cover the tokens in order, and so do the lines.
    token_clause: list[int] = []
    for clause, (start, end) in enumerate(bounds):
        token_clause += [clause] * (end - start)
    token_line: list[int] = []
    first = 0
    for line in range(len(line_starts)):
        after = (
            bisect.bisect_left(idx_of, line_starts[line + 1], first)
            if line + 1 < len(line_starts)
            else n_tokens
        )
        token_line += [line] * (after - first)
        first = after
    return Layout(line_starts, tuple(token_line), tuple(token_clause), tuple(bounds), flattened)


def get_layout(doc: Doc) -> Layout:
    """The cached :class:`Layout` of ``doc``."""
    layout = doc.user_data.get(_USER_DATA_KEY)
    if layout is None:
        layout = compute_layout(doc)
        doc.user_data[_USER_DATA_KEY] = layout
    return layout
