"""Runs of a DOCX that Word does not show: hidden text, white on nothing, tiny type.

A run is hidden when its formatting, direct or from its character style, its paragraph's style
or the document defaults (each style followed through ``w:basedOn``), says

* ``w:vanish`` or ``w:specVanish`` (Word's "Hidden" font effect);
* a colour as light as the page (``w:color`` FFFFFF, or near it) while neither the run
  (``w:shd``, ``w:highlight``), its paragraph, its table cell or table, nor the page
  (``w:background``) is shaded in a colour that would show it;
* a size under :data:`~gapcheck.documents.pdf_hidden.MIN_FONT_SIZE` points (``w:sz`` is in
  half-points).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapcheck.documents.pdf_hidden import MAX_CONTRAST, MIN_FONT_SIZE
from gapcheck.documents.shared import hidden_text_warning

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from lxml.etree import _Element

__all__ = ["HiddenRuns"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"
_FILL = f"{_W}fill"
_HEX_COLOUR = re.compile(r"[0-9A-Fa-f]{6}")
_WORD = re.compile(r"\S*[^\W\d_]\S*")
_FALSE = frozenset({"0", "false", "off"})
_W_TC, _W_TBL, _W_TXBX_CONTENT = f"{_W}tc", f"{_W}tbl", f"{_W}txbxContent"
_V = "{urn:schemas-microsoft-com:vml}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_WPG = "{http://schemas.microsoft.com/office/word/2010/wordprocessingGroup}"
_WP_ANCHOR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor"
# Shapes that can paint an area under text: VML shapes and DrawingML shapes and groups.
_SHAPES = (
    *(f"{_V}{tag}" for tag in ("rect", "roundrect", "oval", "shape", "group", "polyline")),
    f"{_WPS}wsp",
    f"{_WPG}wgp",
)


class HiddenRuns:
    """Tells the hidden runs of one DOCX and counts their words."""

    def __init__(
        self,
        styles: dict[str, _Element],
        defaults: _Element | None,
        page: float | None,
        keep: bool,
    ) -> None:
        self._styles = styles  # style id -> w:style element
        self._defaults = defaults  # w:rPrDefault/w:rPr
        self._page = page  # luminance of the page background; None: cannot tell
        self._default_paragraph_style = next(
            (
                style_id
                for style_id, style in styles.items()
                if style.get(f"{_W}type") == "paragraph"
                and style.get(f"{_W}default") in ("1", "true")
            ),
            None,
        )
        self.keep = keep
        self.words = 0
        self.kinds: set[str] = set()

    @classmethod
    def of(cls, document: DocxDocument, parts: list[_Element], keep: bool = False) -> HiddenRuns:
        """The styles, defaults and page colour of ``document``; ``parts`` are its headers and
        footers. A document that draws shapes (a coloured sidebar, a band) may put white text
        on them, where gapcheck cannot see: its white text is not judged (the page counts as
        of unknown colour)."""
        root = document.styles.element
        styles = {
            style.get(f"{_W}styleId"): style
            for style in root.iter(f"{_W}style")
            if style.get(f"{_W}styleId")
        }
        defaults = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        background = document.element.find(f"{_W}background")
        page = _luminance(background.get(f"{_W}color")) if background is not None else 1.0
        if any(_draws_shapes(part) for part in [document.element.body, *parts]):
            page = None
        return cls(styles, defaults, page, keep)

    def is_hidden(self, run: _Element, paragraph: _Element) -> bool:
        """Whether Word does not show ``run`` (a ``w:r`` in ``paragraph``); notes how."""
        kind = self._kind(run, paragraph)
        if kind is not None:
            self.kinds.add(kind)
        return kind is not None

    def count(self, text: str) -> None:
        """Count the words of the hidden text of one paragraph."""
        self.words += len(_WORD.findall(text))

    def warning(self) -> str | None:
        if not self.words:
            return None
        return hidden_text_warning(self.words, sorted(self.kinds), self.keep)

    def _kind(self, run: _Element, paragraph: _Element) -> str | None:
        chain = self._properties(run, paragraph)
        if _flag(chain, "vanish") or _flag(chain, "specVanish"):
            return "hidden"
        size = _attribute(chain, "sz")
        if size is not None and size.isdigit() and int(size) < 2 * MIN_FONT_SIZE:
            return "tiny"
        colour = _luminance(_attribute(chain, "color"))
        if colour is None:
            return None
        beneath = self._beneath(chain, run, paragraph)
        if beneath is None or abs(colour - beneath) > MAX_CONTRAST:
            return None
        return "white"

    def _properties(self, run: _Element, paragraph: _Element) -> list[_Element]:
        """The run's property elements, strongest first: direct, character style chain,
        paragraph style chain, document defaults."""
        direct = run.find(f"{_W}rPr")
        chain = [direct] if direct is not None else []
        run_style = _value(direct, "rStyle") if direct is not None else None
        chain.extend(self._style_chain(run_style))
        paragraph_properties = paragraph.find(f"{_W}pPr")
        paragraph_style = (
            _value(paragraph_properties, "pStyle") if paragraph_properties is not None else None
        )
        chain.extend(self._style_chain(paragraph_style or self._default_paragraph_style))
        if self._defaults is not None:
            chain.append(self._defaults)
        return chain

    def _style_chain(self, style_id: str | None) -> list[_Element]:
        """The run properties of a style and of the styles it is based on (no loops)."""
        found: list[_Element] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            properties = style.find(f"{_W}rPr")
            if properties is not None:
                found.append(properties)
            style_id = _value(style, "basedOn")
        return found

    def _beneath(self, chain: list[_Element], run: _Element, paragraph: _Element) -> float | None:
        """Luminance of what the run is drawn on (None when gapcheck cannot tell): its shading
        or highlight, its paragraph's (or paragraph style's), cell's or table's shading, or the
        page. Text boxes (shapes with fills of their own) and tables whose style shades any
        cell are not judged."""
        highlight = _attribute(chain, "highlight")
        if highlight and highlight != "none":
            return 1.0 if highlight == "white" else 0.0  # named highlight colours are not white
        shading = _shading(chain[0] if chain else None)
        if shading is None:
            shading = self._paragraph_shading(paragraph)
        if shading is not None:
            return shading
        for ancestor in run.iterancestors():
            if ancestor.tag == _W_TXBX_CONTENT:
                return None
            if ancestor.tag == _W_TC:
                shading = _shading(ancestor.find(f"{_W}tcPr"))
            elif ancestor.tag == _W_TBL:
                properties = ancestor.find(f"{_W}tblPr")
                shading = _shading(properties)
                table_style = _value(properties, "tblStyle") if properties is not None else None
                if shading is None and self._style_shades(table_style):
                    return None
            if shading is not None:
                return shading
        return self._page

    def _paragraph_shading(self, paragraph: _Element) -> float | None:
        properties = paragraph.find(f"{_W}pPr")
        shading = _shading(properties)
        if shading is not None or properties is None:
            return shading
        style_id = _value(properties, "pStyle") or self._default_paragraph_style
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            shading = _shading(style.find(f"{_W}pPr"))
            if shading is not None:
                return shading
            style_id = _value(style, "basedOn")
        return None

    def _style_shades(self, style_id: str | None) -> bool:
        """Whether a (table) style shades anything in a colour other than white."""
        style = self._styles.get(style_id or "")
        if style is None:
            return False
        fills = (_luminance(shading.get(_FILL)) for shading in style.iter(f"{_W}shd"))
        return any(fill is not None and fill < 1 - MAX_CONTRAST for fill in fills)


def _draws_shapes(part: _Element) -> bool:
    """Whether ``part`` holds a shape (VML or DrawingML) or a picture behind the text."""
    for element in part.iter(*_SHAPES, _WP_ANCHOR):
        if element.tag != _WP_ANCHOR or element.get("behindDoc") in ("1", "true"):
            return True
    return False


def _value(properties: _Element, name: str) -> str | None:
    element = properties.find(f"{_W}{name}")
    return element.get(_VAL) if element is not None else None


def _flag(chain: list[_Element], name: str) -> bool:
    """A toggle property (``<w:vanish/>``, ``w:val="0"`` to turn it off), strongest first."""
    for properties in chain:
        element = properties.find(f"{_W}{name}")
        if element is not None:
            return (element.get(_VAL) or "true").lower() not in _FALSE
    return False


def _attribute(chain: list[_Element], name: str) -> str | None:
    for properties in chain:
        value = _value(properties, name)
        if value is not None:
            return value
    return None


def _shading(properties: _Element | None) -> float | None:
    """Luminance of the fill of a ``w:shd`` in ``properties``; None without one."""
    if properties is None:
        return None
    shading = properties.find(f"{_W}shd")
    if shading is None:
        return None
    return _luminance(shading.get(_FILL))


def _luminance(colour: str | None) -> float | None:
    """0 (black) to 1 (white) for a hex colour such as "FFFFFF"; None for "auto" and others."""
    if colour is None or not _HEX_COLOUR.fullmatch(colour):
        return None
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue
