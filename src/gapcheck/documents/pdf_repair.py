"""Repair two things pypdf's text extraction gets wrong with some fonts: word spaces, glyph names.

**Word spaces in composite fonts** (:func:`add_space_glyphs`, before a page is read). TeX and
others draw word spaces as gaps in TJ arrays, not as space glyphs. pypdf tells a gap from kerning
by comparing it with the font's space width; for a composite (Type0) font whose ToUnicode map
has no space, pypdf takes the width of glyph code 32 instead, which is a letter ("e" in the
Awesome-CV fonts), so no gap looks wide enough and the words run together (py-pdf/pypdf#3978).
Mapping an unused code to U+0020 makes pypdf fall back to its default space width (200/1000 em,
half of it as the threshold), which separates the words. The page's font dictionary gets a
patched copy of the font, in memory; the file is not changed.

**Glyph names in the text** (:func:`repair_glyph_names`, after). pypdf writes ``/name`` for
glyphs of fonts whose encoding names glyphs it does not know; the names follow the Adobe Glyph
List conventions: components joined by ``_`` make a ligature (``f_i``), and a ``.suffix`` names a
variant (``A.sc`` small capital, ``four.lnum`` lining figure). Only names with such a ligature or
suffix are repaired: a bare ``/name`` may be real text ("TCP/IP", "github.com/user").
"""

from __future__ import annotations

import contextlib
import re
import sys
import unicodedata

from pypdf import PageObject
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    StreamObject,
)

from gapcheck.documents.pdf_objects import PYPDF_ERRORS, iter_resources

__all__ = ["add_space_glyphs", "repair_glyph_names"]

_CMAP_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.DOTALL)
_CMAP_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.DOTALL)
_CMAP_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_CMAP_RANGE = re.compile(
    rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])"
)
_SPACE_UTF16 = 0x0020
_IDENTITY_ENCODINGS = ("/Identity-H", "/Identity-V")


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
    used = _cmap_codes(cmap)
    if used is None:  # already maps a code to a space
        return None
    used.extend(_width_codes(font))
    code = _highest_free_code(used)
    if code is None:
        return None
    stream = DecodedStreamObject()
    stream.set_data(cmap[:end] + b"1 beginbfchar\n<%04X> <0020>\nendbfchar\n" % code + cmap[end:])
    patched = DictionaryObject(font)
    patched[NameObject("/ToUnicode")] = stream
    return patched


def _cmap_codes(cmap: bytes) -> list[tuple[int, int]] | None:
    """The code ranges a ToUnicode CMap maps, or None when one of them maps to a space."""
    used: list[tuple[int, int]] = []
    for block in _CMAP_BFCHAR.findall(cmap):
        for source, destination in _CMAP_PAIR.findall(block):
            if int(destination, 16) == _SPACE_UTF16 and len(destination) == 4:
                return None
            used.append((int(source, 16), int(source, 16)))
    for block in _CMAP_BFRANGE.findall(cmap):
        for low, high, start, array in _CMAP_RANGE.findall(block):
            low_code, high_code = int(low, 16), int(high, 16)
            if start and len(start) == 4:
                first = int(start, 16)
                if first <= _SPACE_UTF16 <= first + high_code - low_code:
                    return None
            if array and re.search(rb"<\s*0020\s*>", array):
                return None
            used.append((low_code, high_code))
    return used


def _width_codes(font: DictionaryObject) -> list[tuple[int, int]]:
    """The code ranges the font's /W array gives widths for (code = CID in Identity fonts)."""
    descendants = font.get("/DescendantFonts")
    descendants = descendants.get_object() if descendants is not None else None
    if not isinstance(descendants, ArrayObject) or not descendants:
        return []
    widths = descendants[0].get_object().get("/W")
    widths = widths.get_object() if widths is not None else None
    if not isinstance(widths, ArrayObject):
        return []
    ranges: list[tuple[int, int]] = []
    items = [item.get_object() for item in widths]
    index = 0
    while index + 1 < len(items):
        first, following = items[index], items[index + 1]
        if isinstance(following, ArrayObject):  # c [w1 w2 ...]
            ranges.append((int(first), int(first) + len(following) - 1))
            index += 2
        else:  # c_first c_last w
            ranges.append((int(first), int(following)))
            index += 3
    return ranges


def _highest_free_code(used: list[tuple[int, int]]) -> int | None:
    """The highest two-byte code in no range of ``used`` (code 0 excluded), or None."""
    candidate = 0xFFFF
    for low, high in sorted(used, key=lambda pair: pair[1], reverse=True):
        if candidate > high:
            break
        candidate = min(candidate, low - 1)
    return candidate if candidate > 0 else None


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
_GLYPH_CHARS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "space": " ", "period": ".", "comma": ",",
    "colon": ":", "semicolon": ";", "hyphen": "-", "endash": "\u2013", "emdash": "\u2014",
    "ampersand": "&", "at": "@", "slash": "/", "backslash": "\\", "parenleft": "(",
    "parenright": ")", "bracketleft": "[", "bracketright": "]", "braceleft": "{",
    "braceright": "}", "exclam": "!", "question": "?", "quotesingle": "'", "quotedbl": '"',
    "quoteleft": "\u2018", "quoteright": "\u2019", "quotedblleft": "\u201c",
    "quotedblright": "\u201d", "numbersign": "#", "dollar": "$", "percent": "%",
    "asterisk": "*", "plus": "+", "equal": "=", "less": "<", "greater": ">",
    "underscore": "_", "bullet": "\u2022", "periodcentered": "\u00b7", "ellipsis": "\u2026",
    "ff": "ff", "fi": "fi", "fl": "fl", "ffi": "ffi", "ffl": "ffl", "germandbls": "\u00df",
    "ae": "\u00e6", "AE": "\u00c6", "oe": "\u0153", "OE": "\u0152", "oslash": "\u00f8",
    "Oslash": "\u00d8", "eth": "\u00f0", "Eth": "\u00d0", "thorn": "\u00fe", "Thorn": "\u00de",
    "dotlessi": "\u0131", "lslash": "\u0142", "Lslash": "\u0141",
}  # fmt: skip
_ACCENTS = {
    "acute": "ACUTE", "grave": "GRAVE", "circumflex": "CIRCUMFLEX", "dieresis": "DIAERESIS",
    "tilde": "TILDE", "ring": "RING ABOVE", "cedilla": "CEDILLA", "caron": "CARON",
    "macron": "MACRON", "breve": "BREVE", "ogonek": "OGONEK", "dotaccent": "DOT ABOVE",
    "hungarumlaut": "DOUBLE ACUTE",
}  # fmt: skip
_ACCENTED_GLYPH = re.compile(r"([A-Za-z])(" + "|".join(_ACCENTS) + r")")
_UNI_GLYPH = re.compile(r"uni((?:[0-9A-F]{4})+)|u([0-9A-F]{4,6})")


def _glyph_char(name: str) -> str | None:
    """The text of one glyph name component ("A", "four", "eacute", "uni00E9"), or None."""
    if len(name) == 1 and name.isascii() and name.isalpha():
        return name
    if name in _GLYPH_CHARS:
        return _GLYPH_CHARS[name]
    accented = _ACCENTED_GLYPH.fullmatch(name)
    if accented:
        letter, accent = accented.groups()
        case = "CAPITAL" if letter.isupper() else "SMALL"
        try:
            return unicodedata.lookup(
                f"LATIN {case} LETTER {letter.upper()} WITH {_ACCENTS[accent]}"
            )
        except KeyError:
            return None
    uni = _UNI_GLYPH.fullmatch(name)
    if uni:
        codes = [uni[1][i : i + 4] for i in range(0, len(uni[1]), 4)] if uni[1] else [uni[2]]
        if all(_is_character(int(code, 16)) for code in codes):
            return "".join(chr(int(code, 16)) for code in codes)
    return None


def _is_character(code: int) -> bool:
    return code <= sys.maxunicode and not 0xD800 <= code <= 0xDFFF


def repair_glyph_names(text: str) -> tuple[str, int]:
    """Replace glyph names such as ``/A.sc`` or ``/f_i`` with letters; count the ones left."""
    unknown = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal unknown
        base, suffixes = match["base"], match["suffixes"]
        components = base.split("_")
        if len(components) == 1 and not suffixes:
            return match[0]
        letters: list[str] = []
        rest = ""
        for position, component in enumerate(components):
            char = _glyph_char(component)
            if char is None and position == len(components) - 1 and not suffixes:
                # The last ligature part runs into the following text: "/f_ic" is "f_i" + "c".
                length = next(
                    (n for n in range(len(component) - 1, 0, -1) if _glyph_char(component[:n])),
                    0,
                )
                char = _glyph_char(component[:length]) if length else None
                rest = component[length:]
            if char is None:
                unknown += 1
                return match[0]
            letters.append(char)
        word = "".join(letters)
        if _SMALL_CAP_SUFFIXES.intersection(suffixes.split(".")):
            word = word.lower()
        return word + rest

    return _GLYPH_NAME.sub(replace, text), unknown
