"""Text a PDF page holds but a reader never sees: the keyword-stuffing trick.

Text drawn in the colour of what lies beneath it (white on the white page, ``1 1 1 rg``),
invisible (text render mode 3 or 7, ``3 Tr``), fully transparent (an ExtGState ``/ca 0``),
tiny (under :data:`MIN_FONT_SIZE` points high or wide) or placed off the page is found by
following the page's graphics state through its content stream and the form XObjects it draws.

:func:`separate_hidden_text` counts the words of that text and, unless asked to keep it,
leaves it out of the page's contents (in memory only: the strings of the hidden text-showing
operators are emptied), so pypdf's plain and layout extraction both read only what is seen.
Invisible text over an image is a scan's OCR layer and stays: it is the page's text.
The colour test compares the text with the last area painted under the text's starting point
(rectangles and paths filled in a known colour; an image, a shading or a colour gapcheck cannot
read counts as "unknown", and text over it as seen), so white text on a dark sidebar is kept.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import re
from collections.abc import Callable, Iterator
from typing import Any

from pypdf import PageObject
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    ContentStream,
    DictionaryObject,
    NameObject,
    StreamObject,
)

from gapcheck.documents.pdf_objects import MAX_FORM_DEPTH, PYPDF_ERRORS, resolved

__all__ = ["MIN_FONT_SIZE", "HiddenWords", "separate_hidden_text"]

MIN_FONT_SIZE = 1.5
"""Text less high or wide than this (in points, after every scaling) is taken as hidden."""
# Text whose colour's luminance (0 black .. 1 white) is within this of what lies beneath it.
MAX_CONTRAST = 0.05
# Painted areas remembered per page; beyond this the colour test is not made (text counts
# as seen), so a page of 100,000 filled paths costs no more than a page of a thousand.
MAX_AREAS = 1_000
MAX_FORMS = 200

_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_TEXT_OPERATORS = frozenset({b"Tj", b"TJ", b"'", b'"'})
_FILL_OPERATORS = frozenset({b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})
_DEVICE_COMPONENTS = {"/DeviceGray": 1, "/CalGray": 1, "/DeviceRGB": 3, "/CalRGB": 3,
                      "/DeviceCMYK": 4}  # fmt: skip
_WORD = re.compile(r"\S*[^\W\d_]\S*")

Matrix = tuple[float, float, float, float, float, float]


@dataclasses.dataclass(frozen=True)
class HiddenWords:
    """The hidden text found on a page: its number of words and how it was hidden."""

    words: int = 0
    kinds: frozenset[str] = frozenset()


def separate_hidden_text(
    page: PageObject,
    keep: bool = False,
    quiet: Callable[[], contextlib.AbstractContextManager[object]] = contextlib.nullcontext,
) -> HiddenWords:
    """Find the hidden text of ``page``; unless ``keep``, empty it from the page's contents.

    The page's contents are replaced in memory by their parsed form, which pypdf's extraction
    then reads without parsing them again. A page whose contents pypdf cannot parse is left as
    it is (its extraction meets the same damage and reports it). The hidden words are counted
    by extracting the hidden text alone, inside ``quiet()`` (pypdf's messages about the file
    are counted once, in the extraction proper).
    """
    try:
        contents = _content_stream(page.get("/Contents"), page.pdf)
        if contents is None:
            return HiddenWords()
        walk = _Walk(page)
        walk.stream(contents, _State(), walk.resources(page), 0)
        walk.spare_ocr_layers()
    except PYPDF_ERRORS:
        return HiddenWords()
    page[NameObject("/Contents")] = contents
    if not walk.hidden:
        return HiddenWords()
    page[NameObject("/Contents")] = walk.install(hidden_only=True)
    try:
        with quiet():
            words = len(_WORD.findall(page.extract_text()))
    except PYPDF_ERRORS:
        words = 0
    finally:
        page[NameObject("/Contents")] = walk.install(hidden_only=False, keep=keep)
    return HiddenWords(words, frozenset(walk.kinds))


def _content_stream(contents: object, pdf: Any) -> ContentStream | None:
    """The parsed contents (a stream or an array of streams), strings kept as bytes."""
    contents = resolved(contents)
    if isinstance(contents, ContentStream):
        return contents
    if not isinstance(contents, StreamObject | ArrayObject):
        return None
    parsed = ContentStream(contents, pdf, "bytes")
    parsed.operations  # noqa: B018  (parse now, inside the caller's error handling)
    return parsed


@dataclasses.dataclass
class _State:
    """The parts of the graphics and text state that decide whether text is seen."""

    ctm: Matrix = _IDENTITY
    fill: float | None = 0.0  # luminance; None when gapcheck cannot tell the colour
    stroke: float | None = 0.0
    fill_components: int | None = 1  # colour components of the fill colour space
    stroke_components: int | None = 1
    fill_alpha: float = 1.0
    stroke_alpha: float = 1.0
    render_mode: int = 0
    font_size: float = 12.0
    horizontal_scale: float = 1.0
    leading: float = 0.0

    def copy(self) -> _State:
        return dataclasses.replace(self)


@dataclasses.dataclass
class _Stream:
    """One parsed stream (the page's contents or a form) and its hidden text operators."""

    stream: ContentStream
    hidden: set[int] = dataclasses.field(default_factory=set)
    text: set[int] = dataclasses.field(default_factory=set)
    places: list[tuple[DictionaryObject, str]] = dataclasses.field(default_factory=list)
    original: StreamObject | None = None  # a form as the file holds it


class _Walk:
    """Follows the graphics state through a page's contents and forms."""

    def __init__(self, page: PageObject) -> None:
        self.pdf = page.pdf
        box = page.mediabox
        self.page_box = (float(box.left), float(box.bottom), float(box.right), float(box.top))
        self.areas: list[tuple[tuple[float, float, float, float], float | None]] = []
        self.colour_test = True
        self.streams: list[_Stream] = []
        self.forms: dict[int, _Stream] = {}
        self.kinds: set[str] = set()
        self.images: list[tuple[float, float, float, float]] = []
        self.invisible: list[tuple[_Stream, int, float, float]] = []

    @property
    def hidden(self) -> bool:
        return any(stream.hidden for stream in self.streams)

    def resources(self, owner: DictionaryObject) -> DictionaryObject:
        found = resolved(owner.get("/Resources"))
        return found if isinstance(found, DictionaryObject) else DictionaryObject()

    def stream(
        self, contents: ContentStream, state: _State, resources: DictionaryObject, depth: int
    ) -> _Stream:
        """Walk the operators of one stream: the page's contents or a form's."""
        record = _Stream(contents)
        self.streams.append(record)
        stack: list[_State] = []
        text_matrix = line_matrix = _IDENTITY
        path: list[tuple[float, float]] = []
        for index, (operands, operator) in enumerate(contents.operations):
            if operator in _TEXT_OPERATORS:
                if operator in (b"'", b'"'):
                    line_matrix = _multiply((1, 0, 0, 1, 0, -state.leading), line_matrix)
                    text_matrix = line_matrix
                record.text.add(index)
                kind = self._hidden_kind(state, text_matrix, resources)
                if kind is not None:
                    record.hidden.add(index)
                    self.kinds.add(kind)
                if kind == "invisible":
                    origin = _multiply(text_matrix, state.ctm)[4:]
                    self.invisible.append((record, index, origin[0], origin[1]))
            elif operator == b"BT":
                text_matrix = line_matrix = _IDENTITY
            elif operator in (b"Td", b"TD", b"T*", b"Tm"):
                line_matrix = _moved(operator, operands, line_matrix, state)
                text_matrix = line_matrix
            elif operator == b"q":
                stack.append(state.copy())
            elif operator == b"Q":
                state = stack.pop() if stack else state
            elif operator in (b"m", b"l", b"c", b"v", b"y", b"re"):
                path.extend(_path_points(operator, operands, state.ctm))
            elif operator in _FILL_OPERATORS or operator in (b"n", b"S", b"s"):
                if operator in _FILL_OPERATORS and path and state.fill_alpha > 0:
                    self._paint(path, state.fill)
                path = []
            elif operator == b"Do" and operands:
                self._draw(operands[0], state, resources, depth)
            elif operator == b"sh":
                self._paint(self._everywhere(), None)
            elif operator == b"INLINE IMAGE":
                self._image(state.ctm)
            else:
                _set_state(state, operator, operands, resources)
        return record

    def _hidden_kind(
        self, state: _State, text_matrix: Matrix, resources: DictionaryObject
    ) -> str | None:
        if state.render_mode in (3, 7):
            return "invisible"
        matrix = _multiply(text_matrix, state.ctm)
        height = abs(state.font_size) * math.hypot(matrix[2], matrix[3])
        width = abs(state.font_size * state.horizontal_scale) * math.hypot(matrix[0], matrix[1])
        if height < MIN_FONT_SIZE or width < MIN_FONT_SIZE:
            return "tiny"
        x, y = matrix[4], matrix[5]
        left, bottom, right, top = self.page_box
        if not (left - height <= x <= right and bottom - height <= y <= top):
            return "off the page"
        mode = state.render_mode % 4
        fill = mode in (0, 2) and not self._blends(state.fill, state.fill_alpha, x, y)
        stroke = mode in (1, 2) and not self._blends(state.stroke, state.stroke_alpha, x, y)
        if fill or stroke:
            return None
        return "transparent" if min(state.fill_alpha, state.stroke_alpha) <= 0 else "white"

    def _blends(self, colour: float | None, alpha: float, x: float, y: float) -> bool:
        """Whether paint of luminance ``colour`` at (x, y) cannot be told from what is under."""
        if alpha <= 0:
            return True
        if colour is None or not self.colour_test:
            return False
        beneath: float | None = 1.0  # the page
        for (x0, y0, x1, y1), luminance in reversed(self.areas):
            if x0 <= x <= x1 and y0 <= y <= y1:
                beneath = luminance
                break
        return beneath is not None and abs(colour - beneath) <= MAX_CONTRAST

    def _paint(self, points: list[tuple[float, float]], luminance: float | None) -> None:
        if len(self.areas) >= MAX_AREAS:
            self.colour_test = False
            return
        xs, ys = [x for x, _ in points], [y for _, y in points]
        self.areas.append(((min(xs), min(ys), max(xs), max(ys)), luminance))

    def _image(self, ctm: Matrix) -> None:
        """An image: an area of unknown colour, and one an OCR text layer may lie on."""
        corners = _unit(ctm)
        self._paint(corners, None)
        if len(self.images) < MAX_AREAS:
            xs, ys = [x for x, _ in corners], [y for _, y in corners]
            self.images.append((min(xs), min(ys), max(xs), max(ys)))

    def spare_ocr_layers(self) -> None:
        """Invisible text over an image is the text layer OCR put on a scan: it is the page's
        text, not hidden (whether the image is drawn before or after it)."""
        kept_invisible = False
        for record, index, x, y in self.invisible:
            if any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in self.images):
                record.hidden.discard(index)
            else:
                kept_invisible = True
        if not kept_invisible:
            self.kinds.discard("invisible")

    def _everywhere(self) -> list[tuple[float, float]]:
        left, bottom, right, top = self.page_box
        return [(left, bottom), (right, top)]

    def _draw(self, name: object, state: _State, resources: DictionaryObject, depth: int) -> None:
        """An XObject: an image is an area of unknown colour; a form is walked once."""
        found = _named_resource(resources, "/XObject", name) if isinstance(name, str) else None
        if found is None or not isinstance(name, str):
            return
        named, xobject = found
        if not isinstance(xobject, StreamObject):
            return
        if xobject.get("/Subtype") == "/Image":
            self._image(state.ctm)
            return
        known = self.forms.get(id(xobject))
        if known is not None:
            known.places.append((named, name))
            return
        if xobject.get("/Subtype") != "/Form" or depth >= MAX_FORM_DEPTH:
            return
        if len(self.forms) >= MAX_FORMS:
            return
        form_state = state.copy()
        form_state.ctm = _multiply(_matrix(xobject.get("/Matrix")), state.ctm)
        contents = ContentStream(xobject, self.pdf, "bytes")
        own = self.resources(xobject)
        record = self.stream(contents, form_state, own if own else resources, depth + 1)
        record.original = xobject
        record.places.append((named, name))
        self.forms[id(xobject)] = record

    def install(self, *, hidden_only: bool, keep: bool = False) -> ContentStream:
        """Put in place each form's variant, only its hidden text or all but it (or, with
        ``keep``, the form as it is); return the page's contents of the same kind."""
        page_contents = self.streams[0].stream
        for record in self.streams:
            if hidden_only:
                variant = _blanked(record.stream, record.text - record.hidden, self.pdf)
            elif keep or not record.hidden:
                variant = record.stream
            else:
                variant = _blanked(record.stream, record.hidden, self.pdf)
            if record.original is None:
                page_contents = variant
                continue
            if variant is not record.stream:
                _copy_form_entries(record.original, variant)
            for named, name in record.places:
                named[NameObject(name)] = (
                    variant if variant is not record.stream else record.original
                )
        return page_contents


def _blanked(stream: ContentStream, indexes: set[int], pdf: Any) -> ContentStream:
    """A copy of ``stream`` whose text operators at ``indexes`` show empty strings."""
    operations = list(stream.operations)
    for index in indexes:
        operands, operator = operations[index]
        if operator == b"TJ":
            operations[index] = ([ArrayObject()], operator)
        elif operator == b'"' and len(operands) >= 3:
            operations[index] = ([*operands[:2], ByteStringObject(b"")], operator)
        else:
            operations[index] = ([ByteStringObject(b"")], operator)
    variant = ContentStream(None, pdf, "bytes")
    variant.operations = operations
    return variant


def _copy_form_entries(form: StreamObject, variant: ContentStream) -> None:
    for key, value in form.items():
        if key not in ("/Length", "/Filter", "/DecodeParms"):
            variant[NameObject(key)] = value


def _set_state(
    state: _State, operator: bytes, operands: list[Any], resources: DictionaryObject
) -> None:
    """Apply a state operator (colour, text state, matrix, ExtGState) to ``state``."""
    numbers = _numbers(operands)
    if operator == b"cm" and len(numbers) == 6:
        state.ctm = _multiply(tuple(numbers), state.ctm)  # type: ignore[arg-type]
    elif operator == b"Tr" and numbers:
        state.render_mode = int(numbers[0])
    elif operator == b"Tf" and len(operands) >= 2 and len(numbers) >= 1:
        state.font_size = numbers[-1]
    elif operator == b"Tz" and numbers:
        state.horizontal_scale = numbers[0] / 100
    elif operator == b"TL" and numbers:
        state.leading = numbers[0]
    elif operator in (b"g", b"rg", b"k"):
        state.fill, state.fill_components = _luminance(numbers), len(numbers)
    elif operator in (b"G", b"RG", b"K"):
        state.stroke, state.stroke_components = _luminance(numbers), len(numbers)
    elif operator in (b"cs", b"CS") and operands:
        components = _space_components(operands[0], resources)
        black = 0.0 if components in (1, 3) else (1.0 if components == 4 else None)
        if operator == b"cs":
            state.fill_components, state.fill = components, black
        else:
            state.stroke_components, state.stroke = components, black
    elif operator in (b"sc", b"scn"):
        state.fill = _luminance(numbers) if len(operands) == state.fill_components else None
    elif operator in (b"SC", b"SCN"):
        state.stroke = _luminance(numbers) if len(operands) == state.stroke_components else None
    elif operator == b"gs" and operands:
        _graphics_state(state, operands[0], resources)


def _named_resource(
    resources: DictionaryObject, kind: str, name: object
) -> tuple[DictionaryObject, object] | None:
    """The resources of ``kind`` ("/XObject", "/ExtGState") in ``resources`` and the one of
    them called ``name``; None when there are none or ``name`` is no name."""
    named = resolved(resources.get(kind))
    if not isinstance(named, DictionaryObject) or not isinstance(name, str):
        return None
    return named, resolved(named.get(name))


def _graphics_state(state: _State, name: object, resources: DictionaryObject) -> None:
    found = _named_resource(resources, "/ExtGState", name)
    parameters = found[1] if found is not None else None
    if not isinstance(parameters, DictionaryObject):
        return
    for key, attribute in (("/ca", "fill_alpha"), ("/CA", "stroke_alpha")):
        value = resolved(parameters.get(key))
        if isinstance(value, int | float):
            setattr(state, attribute, float(value))


def _space_components(name: object, resources: DictionaryObject) -> int | None:
    """Colour components of a device, calibrated or ICC-based space; None for the others."""
    if isinstance(name, str) and name in _DEVICE_COMPONENTS:
        return _DEVICE_COMPONENTS[name]
    named = resolved(resources.get("/ColorSpace"))
    space = resolved(named.get(name)) if isinstance(named, DictionaryObject) else None
    if isinstance(space, str):
        return _DEVICE_COMPONENTS.get(space)
    if isinstance(space, ArrayObject) and space:
        family = resolved(space[0])
        if family == "/ICCBased" and len(space) > 1:
            profile = resolved(space[1])
            count = resolved(profile.get("/N")) if isinstance(profile, DictionaryObject) else None
            return int(count) if isinstance(count, int) and count in (1, 3, 4) else None
        if isinstance(family, str):
            return _DEVICE_COMPONENTS.get(family)
    return None


def _luminance(numbers: list[float]) -> float | None:
    """0 (black) to 1 (white) for a gray, RGB or CMYK colour."""
    values = [min(1.0, max(0.0, n)) for n in numbers]
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        red, green, blue = values
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue
    if len(values) == 4:
        cyan, magenta, yellow, black = values
        red, green, blue = ((1 - c) * (1 - black) for c in (cyan, magenta, yellow))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return None


def _numbers(operands: list[Any]) -> list[float]:
    return [float(o) for o in operands if isinstance(o, int | float) and math.isfinite(o)]


def _matrix(value: object) -> Matrix:
    value = resolved(value)
    if isinstance(value, ArrayObject):
        numbers = _numbers([resolved(v) for v in value])
        if len(numbers) == 6:
            return tuple(numbers)  # type: ignore[return-value]
    return _IDENTITY


def _multiply(first: Matrix, second: Matrix) -> Matrix:
    """``first`` then ``second`` (PDF matrices [a b c d e f], row vectors)."""
    a, b, c, d, e, f = first
    p, q, r, s, t, u = second
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u)  # fmt: skip


def _moved(operator: bytes, operands: list[Any], line: Matrix, state: _State) -> Matrix:
    """The line matrix after Td, TD, T* or Tm."""
    numbers = _numbers(operands)
    if operator == b"Tm":
        return tuple(numbers) if len(numbers) == 6 else _IDENTITY  # type: ignore[return-value]
    if operator == b"T*":
        numbers = [0.0, -state.leading]
    if len(numbers) < 2:
        return line
    if operator == b"TD":
        state.leading = -numbers[1]
    return _multiply((1, 0, 0, 1, numbers[0], numbers[1]), line)


def _path_points(
    operator: bytes, operands: list[Any], ctm: Matrix
) -> Iterator[tuple[float, float]]:
    numbers = _numbers(operands)
    if operator == b"re" and len(numbers) == 4:
        x, y, width, height = numbers
        corners = [(x, y), (x + width, y + height), (x, y + height), (x + width, y)]
    else:
        corners = list(zip(numbers[0::2], numbers[1::2], strict=False))
    a, b, c, d, e, f = ctm
    for x, y in corners:
        yield a * x + c * y + e, b * x + d * y + f


def _unit(ctm: Matrix) -> list[tuple[float, float]]:
    """The corners of the unit square an image fills, in page space."""
    return list(_path_points(b"re", [0, 0, 1, 1], ctm))
