"""The ``gapcheck`` command line: each command is one library call, then a renderer.

``gapcheck RESUME JOB`` is short for ``gapcheck analyze RESUME JOB``. The typer app and its
error handling live in :mod:`gapcheck.cli.app`; each command group is a module that registers
its commands on that app, and importing this package imports them all (in the order of
``gapcheck --help``).
"""

from __future__ import annotations

import gc
import os

from gapcheck.cli import analyze, extract, rank, tailor, taxonomy  # noqa: F401  (registers them)
from gapcheck.cli.app import app

__all__ = ["app", "main"]

# Read by the BLAS libraries numpy may use (OpenBLAS, MKL) when numpy is first imported.
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def main() -> None:
    """Entry point of the ``gapcheck`` console script.

    A command makes most of its objects at start-up (spaCy, the pipeline, the taxonomy) and
    keeps them to the end: the cyclic garbage collector, which would walk them over and over
    and once more at exit, stays off unless a command that runs long turns it on (``rank``).

    Matrix products (the skill tagger's) run on one thread, unless the environment says
    otherwise: a BLAS library's threads would only compete with ranking's worker processes,
    and on a posting or two they gain nothing.
    """
    for variable in _BLAS_THREADS:
        os.environ.setdefault(variable, "1")
    gc.disable()
    try:
        app()
    finally:
        gc.freeze()  # nothing left for the collector to walk at exit
