"""A resume that lost its line breaks, against the same resume with them (issue 16).

    python benchmarks/one_line.py              # 480 KB of the example resumes' lines
    python benchmarks/one_line.py --kb 120 --runs 3

Builds a resume of about ``--kb`` KB by repeating the lines of the example resumes, writes it
once with its line breaks and once as one line, and runs ``gapcheck RESUME JOB --json`` on each
(a fresh process, as a user would). Prints the best wall time of ``--runs`` runs, the peak
memory and the JSON size of each, and the ratio one line / lines. The acceptance is at most
5 MB of JSON and at most twice the time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def build(kb: int) -> list[str]:
    """Lines of the example resumes, repeated to about ``kb`` KB."""
    source = [
        line
        for name in ("resume_data_engineer.txt", "resume_ai_engineer.txt")
        for line in (EXAMPLES / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    lines: list[str] = []
    size = 0
    while size < kb * 1000:
        line = source[len(lines) % len(source)]
        lines.append(line)
        size += len(line.encode()) + 1
    return lines


def run(resume: Path, job: Path, runs: int) -> tuple[float, float, int]:
    """Best wall time (s), peak memory (MB) and JSON size (bytes) of ``runs`` runs."""
    best, peak, size = float("inf"), 0.0, 0
    for _ in range(runs):
        with tempfile.TemporaryFile() as out:
            started = time.perf_counter()
            child = subprocess.Popen(
                [sys.executable, "-m", "gapcheck", str(resume), str(job), "--json"], stdout=out
            )
            _, status, usage = os.wait4(child.pid, 0)
            best = min(best, time.perf_counter() - started)
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"gapcheck failed on {resume}")
            peak = max(peak, usage.ru_maxrss / 1024)
            size = out.tell()
    return best, peak, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=480)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    lines = build(args.kb)
    job = EXAMPLES / "job_data_engineer.txt"
    with tempfile.TemporaryDirectory() as folder:
        with_breaks = Path(folder, "resume_lines.txt")
        one_line = Path(folder, "resume_one_line.txt")
        with_breaks.write_text("\n".join(lines) + "\n", encoding="utf-8")
        one_line.write_text(" ".join(lines) + "\n", encoding="utf-8")
        print(f"resume: {with_breaks.stat().st_size:,} bytes, {len(lines):,} lines")
        timed = {}
        for label, path in (("with line breaks", with_breaks), ("one line", one_line)):
            seconds, peak, size = run(path, job, args.runs)
            timed[label] = seconds
            print(f"{label:>17}: {seconds:6.2f} s  peak {peak:5.0f} MB  JSON {size:,} bytes")
    print(f"one line / with line breaks: {timed['one line'] / timed['with line breaks']:.2f}")


if __name__ == "__main__":
    main()
