"""Repair two things pypdf's text extraction gets wrong with some fonts: word spaces, glyph names.

**Word spaces in composite fonts** (:func:`add_space_glyphs`, before a page is read). TeX and
others draw word spaces as gaps in TJ arrays, not as space glyphs. pypdf tells a gap from kerning
by comparing it with the font's space width; for a composite (Type0) font whose ToUnicode map
has no space, pypdf takes the width of glyph code 32 instead, which is a letter ("e" in the
Awesome-CV fonts), so no gap looks wide enough and the words run together (py-pdf/pypdf#3978).
Mapping an unused code to U+0020 makes pypdf fall back to its default space width (200/1000 em,
half of it as the threshold), which separates the words. The page's font dictionary gets a
patched copy of the font, in memory; the file is not changed.

**Glyph names in the text** (:func:`repair_glyph_names`, after). When a simple font's encoding
names a glyph that is not in the Adobe Glyph List (AGL), pypdf writes the name itself: ``/A.sc``,
``/f_i``, ``/four.lnum``. Such names follow the AGL conventions: ``_`` joins the components of a
ligature and a ``.suffix`` names a variant (``sc`` small capital, ``lnum`` lining figure). Each
component is turned into text as the AGL specification says, and small capitals into lowercase.
Without a suffix nothing marks where a name ends (``/f_ic``): the last component of a ligature
is taken to be one letter and the rest to be text.

What pypdf does for us:

* the font as pypdf's text extraction sees it, from ``Font.from_font_resource``: its ToUnicode
  map (pypdf's CMap parser, with its size limits) says whether a code already maps to a space
  and which codes are taken, its ``/W`` widths which CIDs the font draws. Because it is the very
  parse that decides the space width, the repair is made exactly when pypdf would misjudge it;
* the Adobe Glyph List itself (``pypdf._codecs.adobe_glyphs``), for each name component;
* ``get_object()`` to resolve references and ``DecodedStreamObject`` for the new ToUnicode map.

pypdf offers the first two only from private modules; the tests pin what depends on them.

What is ours, and why:

* choosing a free code (:func:`highest_free_code`) and adding its one ``bfchar`` line to the
  map: pypdf has no way to add to a CMap;
* taking a name apart into ligature components and suffixes: pypdf looks up whole names only
  and leaves the ones it does not know in the text. Only names with a ligature or a known
  suffix are taken apart: a bare ``/name`` may be real text ("TCP/IP", "github.com/user");
* reading the ``uniXXXX`` and ``uXXXX`` forms: pypdf reads one code there and does not check
  the digits (``/u1`` would become U+0001), where the AGL allows several and only hex ones.
"""

from __future__ import annotations

import contextlib
import re
import sys

from pypdf import PageObject
from pypdf._codecs import adobe_glyphs

# pypdf keeps the font model of its text extraction in a private module whose name changed
# (pypdf._font in 6.x, pypdf.generic._font in 7.x); pypdf._page imports it in both.
from pypdf._page import Font
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, StreamObject

from gapcheck.documents.pdf_objects import PYPDF_ERRORS, iter_resources

__all__ = ["add_space_glyphs", "highest_free_code", "repair_glyph_names"]

_IDENTITY_ENCODINGS = ("/Identity-H", "/Identity-V")
_HIGHEST_CODE = 0xFFFF  # codes of Identity-H and Identity-V fonts are two bytes


def add_space_glyphs(page: PageObject) -> None:
    """Give every composite font on the page whose ToUnicode map lacks a space one (in memory)."""
    for resources in iter_resources(page.get("/Resources")):
        fonts = resources.get("/Font")
        fonts = fonts.get_object() if fonts is not None else None
        if not isinstance(fonts, DictionaryObject):
            continue
        for key in list(fonts.keys()):
            # A best-effort repair: a font it cannot make sense of is left as it is.
            with contextlib.suppress(*PYPDF_ERRORS):
                font = fonts[key].get_object()
                patched = _font_with_space(font) if isinstance(font, DictionaryObject) else None
                if patched is not None:
                    fonts[NameObject(key)] = patched


def _font_with_space(font: DictionaryObject) -> DictionaryObject | None:
    """A copy of ``font`` whose ToUnicode map also maps an unused code to a space, or None."""
    if font.get("/Subtype") != "/Type0" or font.get("/Encoding") not in _IDENTITY_ENCODINGS:
        return None
    to_unicode = font.get("/ToUnicode")
    to_unicode = to_unicode.get_object() if to_unicode is not None else None
    if not isinstance(to_unicode, StreamObject):
        return None
    cmap = to_unicode.get_data()
    end = cmap.rfind(b"endcmap")
    if end < 0:
        return None
    used = _codes_without_space(font)
    if used is None:
        return None
    code = highest_free_code(used)
    if code is None:
        return None
    stream = DecodedStreamObject()
    stream.set_data(cmap[:end] + b"1 beginbfchar\n<%04X> <0020>\nendbfchar\n" % code + cmap[end:])
    patched = DictionaryObject(font)
    patched[NameObject("/ToUnicode")] = stream
    return patched


def _codes_without_space(font: DictionaryObject) -> set[int] | None:
    """The codes the font maps or draws, or None when its ToUnicode map has a space already.

    pypdf reads the font as its text extraction will: ``character_map`` is the ToUnicode map
    and ``character_widths`` the ``/W`` widths, both keyed by the code as a character.
    """
    reading = Font.from_font_resource(font)
    if " " in reading.character_map.values():
        return None
    return {
        ord(code)
        for code in (*reading.character_map, *reading.character_widths)
        if isinstance(code, str) and len(code) == 1
    }


def highest_free_code(used: set[int]) -> int | None:
    """The highest two-byte code not in ``used`` (code 0 excluded), or None.

    >>> highest_free_code({0xFFFF, 0xFFFE, 0x20})
    65533
    """
    return next((code for code in range(_HIGHEST_CODE, 0, -1) if code not in used), None)


# ---------------------------------------------------------------------------------------------
# Glyph names

_GLYPH_SUFFIXES = (
    "smcp", "c2sc", "sc", "lnum", "onum", "pnum", "tnum", "tosf", "osf", "lf", "tf", "sups",
    "subs", "sinf", "numr", "dnom", "swsh", "case", "titl", "taboldstyle", "oldstyle", "fitted",
    "alt", "ss01", "ss02", "ss03", "ss04", "ss05",
)  # fmt: skip
_GLYPH_NAME = re.compile(
    r"/(?P<base>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)"
    r"(?P<suffixes>(?:\.(?:" + "|".join(_GLYPH_SUFFIXES) + r"))*)"
)
_SMALL_CAP_SUFFIXES = frozenset({"sc", "smcp"})
_UNI_GLYPH = re.compile(r"uni((?:[0-9A-F]{4})+)|u([0-9A-F]{4,6})")


def repair_glyph_names(text: str) -> tuple[str, int]:
    """Replace glyph names such as ``/A.sc`` or ``/f_i`` with letters; count the ones left.

    >>> repair_glyph_names("Scienti/f_ic /S.sc/Q.sc/L.sc /x.zz")
    ('Scientific sql /x.zz', 0)
    """
    unknown = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal unknown
        repaired = _glyph_text(match["base"], match["suffixes"])
        if repaired is None:
            unknown += 1
            return match[0]
        return repaired

    return _GLYPH_NAME.sub(replace, text), unknown


def _glyph_text(base: str, suffixes: str) -> str | None:
    """The text of a glyph name (``base`` and its ``.suffixes``); None when a part is unknown."""
    components = base.split("_")
    if len(components) == 1 and not suffixes:
        return "/" + base  # a bare "/name" is left alone: it may be real text
    last = components[-1]
    rest = ""
    if not suffixes and last[0].isascii() and last[0].isalpha():
        # Nothing marks where the name ends, and ligatures join letters: the last part is one
        # letter and the following text runs into it ("/f_ic" is "f_i" and "c").
        components[-1], rest = last[0], last[1:]
    letters = [_component_text(component) for component in components]
    if any(letter is None for letter in letters):
        return None
    word = "".join(letter for letter in letters if letter is not None)
    if _SMALL_CAP_SUFFIXES.intersection(suffixes.split(".")):
        word = word.lower()
    return word + rest


def _component_text(name: str) -> str | None:
    """The text of one glyph name component ("A", "four", "eacute", "uni00E9"), or None."""
    known = adobe_glyphs.get("/" + name)
    if known is not None:
        return known
    uni = _UNI_GLYPH.fullmatch(name)
    if uni is None:
        return None
    codes = [uni[1][i : i + 4] for i in range(0, len(uni[1]), 4)] if uni[1] else [uni[2]]
    if not all(_is_character(int(code, 16)) for code in codes):
        return None
    return "".join(chr(int(code, 16)) for code in codes)


def _is_character(code: int) -> bool:
    return code <= sys.maxunicode and not 0xD800 <= code <= 0xDFFF
