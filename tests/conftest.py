"""Fixtures shared by the test modules."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

SHARED_DATA_ENV = "GAPCHECK_SHARED_DATA"


def shared_data_path() -> Path:
    """The folder of shared third-party test data: ``$GAPCHECK_SHARED_DATA`` or ``../shared/data``.

    The default is the ``shared/data`` folder next to the repository's own folder.
    """
    override = os.environ.get(SHARED_DATA_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Path to the shared data folder; skips the test when the folder is absent."""
    path = shared_data_path()
    if not path.is_dir():
        pytest.skip(f"shared data folder {path} not found (set {SHARED_DATA_ENV} to use another)")
    return path


@pytest.fixture
def chromium(tmp_path: Path) -> Callable[..., str]:
    """Runs headless Chromium with the given arguments, and a profile of the test's own, and
    returns what it printed; skips the test when there is no ``chromium`` on PATH."""
    binary = shutil.which("chromium")
    if binary is None:
        pytest.skip("no chromium binary on PATH (apt-get install chromium) to render the report")

    def run(*args: str) -> str:
        done = subprocess.run(
            [
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={tmp_path / 'profile'}",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return done.stdout

    return run


@pytest.fixture(scope="session", autouse=True)
def _own_user_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Compiled taxonomies made by the tests go to a folder of the session, not to the
    user's ``~/.cache/gapcheck`` (see :mod:`gapcheck.compiled`)."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if before is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = before
