"""Guards around pypdf while it reads an untrusted PDF: stream caps, a decode budget, quiet logs.

pypdf's log records can quote the document, so they are counted, never passed on.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator

import pypdf
from pypdf import PageObject
from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject, DictionaryObject, StreamObject

from gapcheck.documents.pdf_objects import PYPDF_ERRORS, resolved
from gapcheck.documents.shared import format_size
from gapcheck.errors import DocumentTooLarge
from gapcheck.limits import Deadline, Limits

__all__ = ["StreamBudget", "WithheldPypdfLogs", "pypdf_limits"]

# pypdf's caps on what one stream may decode to; each is lowered to max_decompressed_bytes.
# Older pypdf releases lack some of them (brotli before 7).
_PYPDF_OUTPUT_CAPS = (
    "zlib_maximum_output_length",
    "lzw_maximum_output_length",
    "run_length_maximum_output_length",
    "brotli_maximum_output_length",
    "jbig2_maximum_output_length",
    "array_based_stream_maximum_output_length",
    "image_maximum_buffer_size",
)


def pypdf_limits(limits: Limits) -> contextlib.AbstractContextManager[object]:
    """pypdf's configuration, in this context only, with no stream larger than the limit."""
    current = pypdf.get_configuration()
    caps = {
        field: min(getattr(current, field), limits.max_decompressed_bytes)
        for field in _PYPDF_OUTPUT_CAPS
        if hasattr(current, field)
    }
    return pypdf.apply_configuration(**caps)


class WithheldPypdfLogs:
    """Keep pypdf's log records from the application's handlers while a PDF is read.

    pypdf's messages about damage it works around can quote the document ("Expecting a
    NameObject for key but found ..."), and resumes are personal data. While any thread is in
    this block, the ``pypdf`` logger does not propagate; ``count`` says how many records this
    thread's reading produced, except inside :meth:`uncounted`.
    """

    _lock = threading.Lock()
    _depth = 0
    _saved_propagate = True

    def __init__(self) -> None:
        self.count = 0
        self.counting = True
        self.thread = threading.get_ident()
        self._handler = _RecordCounter(self)

    def __enter__(self) -> WithheldPypdfLogs:
        logger = logging.getLogger("pypdf")
        with WithheldPypdfLogs._lock:
            if WithheldPypdfLogs._depth == 0:
                WithheldPypdfLogs._saved_propagate = logger.propagate
                logger.propagate = False
            WithheldPypdfLogs._depth += 1
            logger.addHandler(self._handler)
        return self

    def __exit__(self, *exc_info: object) -> None:
        logger = logging.getLogger("pypdf")
        with WithheldPypdfLogs._lock:
            logger.removeHandler(self._handler)
            WithheldPypdfLogs._depth -= 1
            if WithheldPypdfLogs._depth == 0:
                logger.propagate = WithheldPypdfLogs._saved_propagate

    @contextlib.contextmanager
    def uncounted(self) -> Iterator[None]:
        """Withhold, but do not count, the records of work that pypdf's extraction repeats."""
        self.counting = False
        try:
            yield
        finally:
            self.counting = True


class _RecordCounter(logging.Handler):
    """Counts the records of one thread; keeps nothing of them."""

    def __init__(self, owner: WithheldPypdfLogs) -> None:
        super().__init__(logging.NOTSET)
        self._owner = owner

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self._owner.thread and self._owner.counting:
            self._owner.count += 1


class StreamBudget:
    """Decoded bytes of the PDF streams that reading the text decodes, against the limit.

    :meth:`charge` decodes, under pypdf's per-stream caps, what a page's text extraction reads:
    the contents (every part, as often as the page lists it: pypdf joins them anew for each
    page) and, once per document, the streams of the resources (fonts with their ToUnicode
    maps, encodings and font files, form XObjects with their own resources; not images).
    pypdf keeps decoded streams, so this bounds the memory and the work of reading a PDF,
    whatever its pages share or repeat.
    """

    _CHECK_EVERY = 1_000  # objects visited between deadline checks

    def __init__(self, name: str, limits: Limits, deadline: Deadline) -> None:
        self.name = name
        self.limit = limits.max_decompressed_bytes
        self.deadline = deadline
        self.used = 0
        self._seen: set[int] = set()  # ids of the visited objects...
        self._kept: list[object] = []  # ...kept alive, so that no id is reused

    def charge(self, page: PageObject) -> None:
        """Decode and count the page's contents and the resources not yet counted."""
        # dict.get: the raw entries, so that a broken reference is met here, not raised.
        contents = resolved(dict.get(page, "/Contents"))
        for part in contents if isinstance(contents, ArrayObject) else [contents]:
            stream = resolved(part)
            if isinstance(stream, StreamObject):
                self._decode(stream)
        self._walk(dict.get(page, "/Resources"))

    def _walk(self, root: object) -> None:
        stack = [root]
        while stack:
            target = resolved(stack.pop())
            if not isinstance(target, DictionaryObject | ArrayObject) or id(target) in self._seen:
                continue
            self._seen.add(id(target))
            self._kept.append(target)
            if len(self._kept) % self._CHECK_EVERY == 0:
                self.deadline.check()
            if isinstance(target, ArrayObject):
                stack.extend(target)
                continue
            if isinstance(target, StreamObject):
                if dict.get(target, "/Subtype") == "/Image":
                    continue  # images are not decoded to read text
                self._decode(target)
            stack.extend(value for key, value in dict.items(target) if key != "/Parent")

    def _decode(self, stream: StreamObject) -> None:
        try:
            self.used += len(stream.get_data())
        except LimitReachedError:
            self._refuse()
        except PYPDF_ERRORS:
            return  # undecodable: the text extraction skips or fails the page
        if self.used > self.limit:
            self._refuse()

    def _refuse(self) -> None:
        raise DocumentTooLarge(
            self.name,
            "the PDF's compressed streams expand to more than the limit of "
            f"{format_size(self.limit)} (a decompression bomb?)",
        )
