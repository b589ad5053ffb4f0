"""Walk a PDF page's objects with pypdf: references, resource dictionaries, XObjects.

Every walk is bounded (a few levels of forms) and resolves references with pypdf's
``get_object()``; pypdf's own ``page.images`` walks forms to any depth and parses the contents
for inline images, which a hostile file can make endless.
"""

from __future__ import annotations

from collections.abc import Iterator

from pypdf import PageObject
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject, IndirectObject, PdfObject

from gapcheck.documents.shared import MALFORMED_INPUT_ERRORS

__all__ = ["PYPDF_ERRORS", "has_images", "iter_resources", "resolved", "xobjects"]

# What pypdf raises on a malformed PDF: its own errors and the ones of MALFORMED_INPUT_ERRORS.
PYPDF_ERRORS: tuple[type[Exception], ...] = (PyPdfError, *MALFORMED_INPUT_ERRORS)
# Form XObjects nested deeper than this are not searched for resources.
MAX_FORM_DEPTH = 3


def resolved(item: object) -> object:
    """The object an indirect reference points to (None when it cannot be read)."""
    if not isinstance(item, IndirectObject):
        return item
    try:
        return item.get_object()
    except PYPDF_ERRORS:
        return None  # the text extraction will meet the broken reference too


def iter_resources(resources: PdfObject | None, depth: int = 0) -> Iterator[DictionaryObject]:
    """The resource dictionary and those of the form XObjects it uses, a few levels deep."""
    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject):
        return
    yield resources
    if depth >= MAX_FORM_DEPTH:
        return
    for xobject in xobjects(resources):
        if xobject.get("/Subtype") == "/Form":
            yield from iter_resources(xobject.get("/Resources"), depth + 1)


def xobjects(resources: DictionaryObject) -> Iterator[DictionaryObject]:
    """The XObjects (images, forms) a resource dictionary names."""
    named = resources.get("/XObject")
    named = named.get_object() if named is not None else None
    if not isinstance(named, DictionaryObject):
        return
    for value in named.values():
        xobject = value.get_object()
        if isinstance(xobject, DictionaryObject):
            yield xobject


def has_images(page: PageObject) -> bool:
    """Whether the page draws an image, directly or inside a form XObject."""
    return any(
        xobject.get("/Subtype") == "/Image"
        for resources in iter_resources(page.get("/Resources"))
        for xobject in xobjects(resources)
    )
