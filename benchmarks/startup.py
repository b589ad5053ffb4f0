"""Start-up time of the command line, as defined in ../shared/BENCHMARKS.md.

    python benchmarks/startup.py              # 5 runs of each, median
    python benchmarks/startup.py --runs 9

Whole-process wall time of ``gapcheck examples/resume_ai_engineer.pdf
examples/job_ai_engineer.txt`` next to ``python -c "import spacy"``, run in pairs (one of each,
interleaved) so that both see the same machine; the median of each and the median of the
pairs' ratios are reported, in wall and in CPU seconds (the steadier figure on a busy machine),
with the load average.

The command line is timed with an empty user cache (a new ``$XDG_CACHE_HOME`` for each run) and
with a warm one. The shipped taxonomy's compiled forms come with the package, so the two differ
only when those are stale; with a taxonomy of one's own (``--taxonomy``, here a small file) the
empty cache means compiling it in that run.

Both commands run as the environment has Python: where ``PYTHONDONTWRITEBYTECODE`` is set and
gapcheck is not installed from a wheel (an editable install, a ``PYTHONPATH``), gapcheck's own
modules are compiled from source in every run, while spaCy's come compiled from its install.
``--bytecode`` puts both on the footing of an installed package: each command runs once,
untimed, with Python's bytecode written to a folder of the benchmark's own
(``PYTHONPYCACHEPREFIX``), and is then timed reading it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESUME = REPO / "examples" / "resume_ai_engineer.pdf"
JOB = REPO / "examples" / "job_ai_engineer.txt"
USER_TAXONOMY = """\
[category]
id = "benchmark_extras"
name = "Benchmark extras"

[[skill]]
id = "startup-benchmark-skill"
name = "Startup Benchmark Skill"
aliases = ["startup benchmarking"]
"""


def timed(command: Sequence[str], environment: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of ``command`` as a whole process (its output discarded)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=environment, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def paired(
    runs: int, reference: Sequence[str], command: Sequence[str], cache: str, scratch: Path
) -> dict[str, float]:
    """Medians of ``runs`` interleaved pairs; ``cache`` is "cold" (a new cache folder for each
    run of ``command``) or "warm" (one folder, filled by a first run that is not counted)."""
    environment = dict(os.environ)
    warm_folder = scratch / "warm"
    if cache == "warm":
        environment["XDG_CACHE_HOME"] = str(warm_folder)
        timed(command, environment)
    walls: list[tuple[float, float]] = []
    cpus: list[tuple[float, float]] = []
    for run in range(runs):
        if cache == "cold":
            environment["XDG_CACHE_HOME"] = str(scratch / f"cold-{run}")
        ref_wall, ref_cpu = timed(reference, environment)
        wall, cpu = timed(command, environment)
        walls.append((ref_wall, wall))
        cpus.append((ref_cpu, cpu))
    return {
        "reference_wall": statistics.median(r for r, _ in walls),
        "wall": statistics.median(c for _, c in walls),
        "wall_ratio": statistics.median(c / r for r, c in walls),
        "reference_cpu": statistics.median(r for r, _ in cpus),
        "cpu": statistics.median(c for _, c in cpus),
        "cpu_ratio": statistics.median(c / r for r, c in cpus),
    }


def _compile_bytecode(folder: Path, commands: Sequence[Sequence[str]]) -> None:
    """Have every run (of this process's children) read Python's bytecode from ``folder``,
    written there by a first run of each of ``commands``."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    environment = {**os.environ, "XDG_CACHE_HOME": str(folder / "cache")}
    for command in commands:
        subprocess.run(command, env=environment, stdout=subprocess.DEVNULL, check=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="pairs of runs (median reported)")
    parser.add_argument(
        "--bytecode",
        action="store_true",
        help="run both commands with compiled bytecode, as an installed package has",
    )
    args = parser.parse_args(argv)

    reference = [sys.executable, "-c", "import spacy"]
    cli = [sys.executable, "-m", "gapcheck", str(RESUME), str(JOB)]
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(
        f"CLI start-up, whole process (median of {args.runs} pairs; {os.cpu_count()} CPUs, "
        f"load average {load}{'; bytecode compiled first' if args.bytecode else ''})"
    )
    print(f"{'run':52} {'wall':>7} {'x spaCy':>8} {'CPU':>7} {'x spaCy':>8}")
    with tempfile.TemporaryDirectory(prefix="gapcheck-startup-") as folder:
        scratch = Path(folder)
        if args.bytecode:
            _compile_bytecode(scratch / "python", [reference, cli])
        extra = scratch / "extra.toml"
        extra.write_text(USER_TAXONOMY, encoding="utf-8")
        cases = [
            ("gapcheck RESUME JOB, empty user cache", cli, "cold"),
            ("gapcheck RESUME JOB, warm user cache", cli, "warm"),
            ("gapcheck RESUME JOB --taxonomy FILE, empty cache", [*cli, "-t", str(extra)], "cold"),
            ("gapcheck RESUME JOB --taxonomy FILE, warm cache", [*cli, "-t", str(extra)], "warm"),
        ]
        reference_rows = []
        for label, command, cache in cases:
            result = paired(
                args.runs, reference, command, cache, scratch / f"case{len(reference_rows)}"
            )
            reference_rows.append(result)
            print(
                f"{label:52} {result['wall']:6.2f}s {result['wall_ratio']:7.2f}x "
                f"{result['cpu']:6.2f}s {result['cpu_ratio']:7.2f}x"
            )
        wall = statistics.median(r["reference_wall"] for r in reference_rows)
        cpu = statistics.median(r["reference_cpu"] for r in reference_rows)
        label = 'python -c "import spacy"'
        print(f"{label:52} {wall:6.2f}s {'':8} {cpu:6.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
