"""The examples in the package's docstrings run and say what they show.

Every module of ``gapcheck`` is imported and its docstring examples run with
:mod:`doctest`, from the repository's root (some examples read ``examples/``).
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import gapcheck
from builders import REPO

MODULES = sorted(
    module.name
    for module in pkgutil.walk_packages(gapcheck.__path__, "gapcheck.")
    if ".taxonomy_data" not in module.name and ".tagger_model" not in module.name
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed"


def test_the_walk_finds_the_modules_and_their_examples() -> None:
    assert {"gapcheck.comparison", "gapcheck.components.claims", "gapcheck.tailor.tips"} <= set(
        MODULES
    )
    finder = doctest.DocTestFinder()
    examples = sum(
        len(test.examples)
        for name in MODULES
        for test in finder.find(importlib.import_module(name))
    )
    assert examples > 200
