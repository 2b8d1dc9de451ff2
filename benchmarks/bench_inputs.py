"""Size and repetition targets of issue 10, on demand (not part of the test suite).

    python benchmarks/bench_inputs.py                # every case
    python benchmarks/bench_inputs.py line-1mb rep-2000

Each case is a draft built here from our examples and checked by a separate ``perflint check
--format json`` process; its CPU time (user + system; wall time is printed too) and peak memory
(max RSS) are compared with the target:

- ``draft-20mb``: the examples repeated into a 20 MB draft: 60 s and 1 GB;
- ``line-1mb``: a whole report flattened onto one 1 MB line (as PDF copies arrive): 10 s;
- ``rep-2000``: 2,000 repeated paragraphs (a pasted section many times over): 10 s;
- ``runon-200k``: 200 KB of breakdown sentences with no full stop (a paragraph repeated, a PDF
  that lost its punctuation: one statement holding thousands of figures, dates and 其中 lists;
  found by the fuzzer at 16 s for 45 KB): 10 s.

On an idle machine the wall time is about the CPU time; a loaded one shows a multiple
(``os.getloadavg`` is printed beside the results). Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = [ROOT / "examples" / "budget-office-2023.txt", ROOT / "examples" / "final-accounts-2023.md"]


def _examples() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in EXAMPLES)


def draft_20mb(folder: Path) -> Path:
    text = _examples()
    path = folder / "draft-20mb.txt"
    path.write_text((text + "\n\n") * (20 * 2**20 // len(text.encode()) + 1), encoding="utf-8")
    return path


def line_1mb(folder: Path) -> Path:
    flat = _examples().replace("\n", " ")
    path = folder / "line-1mb.txt"
    path.write_text(flat * (2**20 // len(flat.encode()) + 1), encoding="utf-8")
    return path


def rep_2000(folder: Path) -> Path:
    paragraph = ("2023年度本单位培训经费预算数为30万元，执行数为27万元，执行率90%，主要用于开展农户实用技术培训"
                 "和印制技术资料，全年培训农户1260人次，培训考核合格率93%。")
    path = folder / "rep-2000.txt"
    path.write_text("示例县农业技术推广站2023年度部门整体支出绩效自评报告\n\n" + "\n\n".join([paragraph] * 2000),
                    encoding="utf-8")
    return path


def runon_200k(folder: Path) -> Path:
    sentence = ("2024年一般公共预算财政拨款基本支出480.00万元，其中：人员经费430.00万元，公用经费50.00万元，主要包括"
                "2024年项目支出120.00万元，人员经费20.00万元，公用经费100.00万元，日常运转")
    path = folder / "runon-200k.txt"
    path.write_text("示例单位2024年度部门决算说明\n\n" + sentence * (200_000 // len(sentence.encode()) + 1),
                    encoding="utf-8")
    return path


CASES = {"draft-20mb": (draft_20mb, 60.0, 1024.0), "line-1mb": (line_1mb, 10.0, 1024.0),
         "rep-2000": (rep_2000, 10.0, 1024.0), "runon-200k": (runon_200k, 10.0, 1024.0)}


def run(path: Path) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds (user + system), peak resident MB and exit status of one
    ``perflint check`` of ``path`` (its own figures, not the largest child's so far)."""
    perflint = str(Path(sys.executable).parent / "perflint")
    if not Path(perflint).exists():
        perflint = shutil.which("perflint") or perflint
    start = time.perf_counter()
    proc = subprocess.Popen([perflint, "check", "--format", "json", "--max-size", "0", str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", nargs="*", help=f"some of: {', '.join(CASES)}")
    args = ap.parse_args()
    unknown = set(args.cases) - set(CASES)
    if unknown:
        ap.error(f"unknown case(s): {', '.join(sorted(unknown))}")
    folder = Path(tempfile.mkdtemp(prefix="perflint-bench-"))
    ok = True
    for name in args.cases or list(CASES):
        build, seconds_target, mb_target = CASES[name]
        path = build(folder)
        seconds, cpu, peak_mb, status = run(path)
        # On a shared machine wall time measures the neighbours: the verdict takes the CPU time,
        # which is what an idle machine's wall time would be (one process, one core).
        verdict = "ok" if cpu <= seconds_target and peak_mb <= mb_target and status in (0, 1) else "MISSED"
        ok &= verdict == "ok"
        print(f"{name}: {path.stat().st_size / 2**20:.1f} MB, exit {status}, {cpu:.1f}s CPU, {seconds:.1f}s wall "
              f"(target {seconds_target:g}s), peak {peak_mb:.0f} MB (target {mb_target:g} MB), "
              f"load {os.getloadavg()[0]:.1f} — {verdict}", flush=True)
    shutil.rmtree(folder, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
