"""Speed and memory of a whole ``perflint check`` run, on demand (not part of the test suite).

    python benchmarks/bench.py                 # the examples, repeated into a large draft
    python benchmarks/bench.py DRAFT... --repeat 3

Targets (2-core machine): a 2,000-line draft in under 5 s, peak memory under 300 MB.
Exits 1 when a target is missed, so it can gate a release job.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from perflint.check import Context
from perflint.engine import discover, run_checks
from perflint.read.loader import load

HERE = Path(__file__).resolve().parent
TARGET_SECONDS_PER_2000_LINES = 5.0
TARGET_PEAK_MB = 300.0


def synthetic_draft(copies: int) -> Path:
    """Our example drafts concatenated into one many-part file, as a reviewer's bundle would be."""
    pieces = [p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "examples").glob("*.txt"))]
    pieces += [p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "examples").glob("*.md"))]
    text = "\n\n".join(pieces * copies)
    path = Path(tempfile.mkdtemp()) / "bundle.txt"
    path.write_text(text, encoding="utf-8")
    return path


def measure(path: Path, repeat: int) -> tuple[int, float, float, int]:
    checks = [cls() for cls in discover()]
    best = float("inf")
    peak = 0
    found = 0
    for _ in range(repeat):  # timing runs: no tracer, it slows Python several times over
        start = time.perf_counter()
        doc = load(path)
        found = len(run_checks(doc, checks, Context()).diagnostics)
        best = min(best, time.perf_counter() - start)
    tracemalloc.start()  # one more run for the memory peak
    run_checks(load(path), checks, Context())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return len(doc.lines), best, peak / 2**20, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("drafts", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--copies", type=int, default=30, help="copies of the examples in the synthetic draft")
    args = ap.parse_args()
    drafts = args.drafts or [synthetic_draft(args.copies)]
    ok = True
    for path in drafts:
        lines, seconds, peak_mb, found = measure(path, args.repeat)
        budget = TARGET_SECONDS_PER_2000_LINES * max(1.0, lines / 2000)
        verdict = "ok" if seconds <= budget and peak_mb <= TARGET_PEAK_MB else "SLOW"
        ok &= verdict == "ok"
        print(f"{path.name}: {lines} lines, {found} findings, best {seconds:.2f}s (budget {budget:.1f}s), "
              f"peak {peak_mb:.0f} MB (budget {TARGET_PEAK_MB:.0f} MB) — {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
