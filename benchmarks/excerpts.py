"""Findings an excerpt's cut makes, measured on random cuts of drafts (on demand, not in the suite).

    python benchmarks/excerpts.py                                   # examples/ only, seed 1
    python benchmarks/excerpts.py ../shared/corpus/drafts ../shared/corpus --cuts 400 --seed 3
    python benchmarks/excerpts.py DIR --severity error --show 30

Reviewers lint extracts as well as whole reports, and pasted pages start and stop wherever the
copy did: inside a sentence, a figure (``980 元`` of ``13980 元``), a bracket, a list, a table or
a table of contents. What the cut removed is not a defect of the draft, so a finding the cut
creates is perflint's mistake. Each cut takes a random run of 5 to 120 lines of a seed text
(``.txt`` / ``.md`` files of the folders given, plus the project's ``examples/``) and, half of
the time each, starts its first line or ends its last line at a random character; it is linted in
process (reader → checks, all checks on, as ``perflint check`` does). A finding of the cut is
*edge-made* when the whole text has no finding of that code on the same line, nor one with the
same code and message anywhere (a finding reported once for several places, or at the first of
several copies, moves when the cut removes the first).

Printed: cuts made, findings of the cuts, edge-made findings per code and severity, and the
first ``--show`` of them with the cut's file, the line in the whole text and the message (to
study; never copy a real draft's text from it into the project). Exit status 1 when a cut made
an ``error``: an error must be certain, and a cut is no evidence. Stdlib and perflint only.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from perflint.check import Context
from perflint.diagnostics import Diagnostic
from perflint.engine import discover, instantiate, run_checks
from perflint.read.text import parse_text

ROOT = Path(__file__).resolve().parent.parent
MIN_LINES, MAX_LINES = 5, 120
# a finding reported once for several places names how many more there are: a cut that drops some
# of them changes the count, not the finding
_GROUP_COUNT = re.compile(r"（另有 \d+ 处[^）]*）|\(and \d+ more[^)]*\)")


def _key(d: Diagnostic) -> tuple[str, str]:
    return d.code, _GROUP_COUNT.sub("", d.message())


@dataclass
class Cut:
    path: Path
    first: int  # 0-based line of the whole text the cut's first line comes from
    text: str


def seed_texts(folders: list[Path]) -> list[Path]:
    files = [p for folder in folders for p in sorted(folder.glob("*")) if p.suffix in (".txt", ".md")]
    return list(dict.fromkeys(files))


def make_cut(path: Path, lines: list[str], rng: random.Random) -> Cut | None:
    if len(lines) < MIN_LINES + 3:
        return None
    a = rng.randrange(0, len(lines) - MIN_LINES)
    b = rng.randrange(a + MIN_LINES, min(len(lines), a + MAX_LINES) + 1)
    cut = lines[a:b]
    if rng.random() < 0.5 and cut[0]:
        cut[0] = cut[0][rng.randrange(len(cut[0])):]
    if rng.random() < 0.5 and cut[-1]:
        cut[-1] = cut[-1][:rng.randrange(len(cut[-1]) + 1)]
    if not "".join(cut).strip():
        return None
    return Cut(path, a, "\n".join(cut) + "\n")


def lint(text: str, path: str, checks: list) -> list[Diagnostic]:
    return run_checks(parse_text(text, path), checks, Context()).diagnostics


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path, help="folders of .txt/.md drafts (examples/ is always added)")
    ap.add_argument("--cuts", type=int, default=200, help="excerpts to cut (default 200)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--severity", default="error,warning", help="severities counted (default error,warning)")
    ap.add_argument("--show", type=int, default=20, help="edge-made findings to print (default 20)")
    ap.add_argument("--keep", type=Path, help="write the cuts with edge-made findings to this folder")
    args = ap.parse_args()

    files = seed_texts([*args.folders, ROOT / "examples"])
    if not files:
        print("no .txt or .md drafts in the folders given", file=sys.stderr)
        return 2
    severities = {s.strip() for s in args.severity.split(",") if s.strip()}
    checks = instantiate(discover())
    rng = random.Random(args.seed)
    whole: dict[Path, tuple[set, set]] = {}
    made: list[tuple[Cut, Diagnostic]] = []
    cuts = found = 0
    for _ in range(args.cuts):
        path = rng.choice(files)
        lines = path.read_text(encoding="utf-8").splitlines()
        cut = make_cut(path, lines, rng)
        if cut is None:
            continue
        if path not in whole:
            diags = lint("\n".join(lines) + "\n", str(path), checks)
            whole[path] = ({(d.location.line, d.code) for d in diags}, {_key(d) for d in diags})
        at_line, by_message = whole[path]
        cuts += 1
        for d in lint(cut.text, str(path), checks):
            if d.severity.name not in severities:
                continue
            found += 1
            if (d.location.line + cut.first, d.code) not in at_line and _key(d) not in by_message:
                made.append((cut, d))

    print(f"{cuts} cuts of {len(files)} drafts, {found} findings ({', '.join(sorted(severities))})")
    by_code = Counter((d.code, d.severity.name) for _, d in made)
    print(f"edge-made: {len(made)}" + ("" if not made else ": " + ", ".join(
        f"{code} {sev} {n}" for (code, sev), n in sorted(by_code.items()))))
    for k, (cut, d) in enumerate(made[:args.show]):
        name = f"{cut.path.stem}_{cut.first + 1}_{k}.txt"
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / name).write_text(cut.text, encoding="utf-8")
        print(f"  {cut.path.name}:{d.location.line + cut.first} (cut line {d.location.line}, from line "
              f"{cut.first + 1}{', kept as ' + name if args.keep else ''}) {d.code} {d.severity.name} "
              f"{d.message()[:100]}")
    return 1 if any(d.severity.name == "error" for _, d in made) else 0


if __name__ == "__main__":
    sys.exit(main())
