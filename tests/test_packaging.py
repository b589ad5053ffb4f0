"""The wheel ships every module and the data, and the data is read from inside it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Build from a clean copy: setuptools' build/ folder would otherwise carry stale files.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "src", "taxonomy"):
        copy = shutil.copytree if (REPO / name).is_dir() else shutil.copy2
        copy(REPO / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{completed.stderr[-2000:]}")
    (path,) = out.glob("gapcheck-*.whl")
    return path


def test_wheel_holds_every_module_and_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for source in (REPO / "src" / "gapcheck").rglob("*.py"):
        assert f"gapcheck/{source.relative_to(REPO / 'src' / 'gapcheck').as_posix()}" in names
    for data in (REPO / "taxonomy").rglob("*.toml"):
        assert f"gapcheck/taxonomy_data/{data.relative_to(REPO / 'taxonomy').as_posix()}" in names
    assert "gapcheck/taxonomy_data/NOTICE" in names
    assert "gapcheck/py.typed" in names
    assert "gapcheck/data/english_words.txt.gz" in names
    for model_file in (REPO / "src" / "gapcheck" / "tagger_model").rglob("*"):
        if model_file.is_file() and "__pycache__" not in model_file.parts:
            relative = model_file.relative_to(REPO / "src").as_posix()
            assert relative in names, relative


def test_data_is_read_from_inside_the_wheel(wheel: Path) -> None:
    """Import gapcheck from the zipped wheel alone: importlib.resources must find the data."""
    code = (
        "import gapcheck, gapcheck.taxonomy as t, gapcheck.wordlist as w;"
        "print(gapcheck.__file__);"
        "print(len(t.load_taxonomy()), len(t.load_taxonomy().roles), len(w.known_words()))"
    )
    env = {**os.environ, "PYTHONPATH": str(wheel)}
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    location, counts = completed.stdout.strip().splitlines()
    assert location.startswith(str(wheel))
    skills, roles, words = (int(n) for n in counts.split())
    assert skills >= 1000 and roles >= 6 and words > 10_000
