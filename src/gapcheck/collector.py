"""The process's cyclic garbage collector, left as the caller set it.

The library never changes the collector: the command line, which owns its process, runs without
it (see :func:`gapcheck.cli.main`) and ``rank`` turns it back on. Loading a spaCy model changes
it, though: srsly's msgpack readers turn the collector off while they read and then on, whatever
it was before. A command line that runs without it would collect from then on, walking the
pipeline's and the taxonomy's objects again and again (in ``gapcheck RESUME JOB``, after the
tagger's model is loaded for the posting: over 100 ms). :func:`kept` puts it back as it was.

>>> import gc
>>> with kept():
...     gc.disable()  # as srsly does, and then gc.enable()
...     gc.enable()
>>> gc.isenabled()
True
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["kept"]


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Run the block, then leave the collector enabled or disabled as it was before it.

    A collector that was off does not collect during the block either, even if something in
    it turns the collector on: its first threshold is 0 meanwhile (no automatic collection).
    """
    enabled = gc.isenabled()
    thresholds = gc.get_threshold()
    if not enabled:
        gc.set_threshold(0, *thresholds[1:])
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        else:
            gc.disable()
            gc.set_threshold(*thresholds)
