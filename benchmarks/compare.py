"""Two perflint trees in one session: CPU of a cold one-draft run and of a folder, alternated.

    git archive 0f31854 | tar -x -C /tmp/old && ln -s /tmp/old/checks /tmp/old/perflint/checks
    python benchmarks/compare.py /tmp/old --runs 3

The old tree runs from ``PYTHONPATH`` (its ``checks/`` linked in as ``perflint/checks``, as the
installed package maps it), the current one as installed. Drafts come from the seeded generator
(36 drafts of 1, 3 and 8 projects). Reports medians of CPU seconds (the run and its workers) and
of the per-round ratios; ``--check`` also asserts the two trees print the same JSON.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

PY = sys.executable


def _cpu(cmd: list[str], env: dict[str, str]) -> float:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old", type=Path, help="a perflint source tree to compare with")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--check", action="store_true", help="also compare the JSON output of both trees")
    args = ap.parse_args()
    new_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    old_env = dict(new_env, PYTHONPATH=str(args.old))
    with tempfile.TemporaryDirectory(prefix="perflint-compare-") as tmp:
        folder = Path(tmp) / "drafts"
        for size in (1, 3, 8):
            generate(folder / f"s{size}", 12, size=size, seed=size, yaml_share=0.3)
        tiny = generate(Path(tmp) / "tiny", 1, size=1, seed=1)[0]
        check = [PY, "-m", "perflint.cli", "check", "--format", "json"]
        cmds = {
            "old tiny": (check + [str(tiny)], old_env),
            "new tiny": (check + [str(tiny)], new_env),
            "bare imports": ([PY, "-c", "import typer, rich, ruamel.yaml, rapidfuzz"], new_env),
            "old folder": (check + [str(folder)], old_env),
            "new folder": (check + ["--jobs", "1", str(folder)], new_env),
        }
        for cmd, env in cmds.values():  # .pyc files, data caches, OS file cache
            _cpu(cmd, env)
        res: dict[str, list[float]] = {k: [] for k in cmds}
        for _ in range(args.runs):
            for name, (cmd, env) in cmds.items():
                res[name].append(_cpu(cmd, env))
        mb = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6
        for name, values in res.items():
            print(f"{name}: {statistics.median(values):.3f} s CPU")

        def ratio(a: str, b: str) -> float:
            return statistics.median(x / y for x, y in zip(res[a], res[b], strict=True))

        print(f"cold tiny ÷ bare imports: old {ratio('old tiny', 'bare imports'):.2f}×, "
              f"new {ratio('new tiny', 'bare imports'):.2f}×")
        print(f"folder ({mb:.2f} MB): old ÷ new {ratio('old folder', 'new folder'):.2f}×")
        if args.check:
            old = subprocess.run(check + [str(folder)], capture_output=True, env=old_env).stdout
            new = subprocess.run(check + [str(folder)], capture_output=True, env=new_env).stdout
            print("output identical" if old == new else "OUTPUT DIFFERS")
            return 0 if old == new else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
