"""Differential fuzzing of the YAML reader's two paths, on demand (not in the suite).

    python benchmarks/yaml_differential.py --minutes 5 --seed 1 --out /tmp/yaml-diff

The fast path (libyaml's events, :mod:`perflint.read.yaml_fast`) must give what the pure path
(ruamel's round-trip parser) gives: the same node tree (tags, values, styles, anchors, start and
end marks) or the same error, message, line and column. Run this after upgrading ruamel.yaml or
ruamel.yaml.clib. Inputs are our YAML drafts, the tests' tricky drafts and generated drafts,
mutated as ``fuzz.py`` mutates text and with YAML fragments inserted as lines (empty values,
comments, block and flow scalars, anchors, directives). Reported: inputs tried, how many the
fast path read itself, and every difference (saved under ``--out``); exit status 1 if any.

Known and accepted: ruamel's round-trip comment handling raises ``NotImplementedError`` ("overlap
in comment") on some valid drafts (``key: # note`` with the value on the next line, then blank
lines); the fast path reads them. Such inputs are counted, not reported.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "read"))
from fuzz import mutate_text  # noqa: E402
from generate import generate  # noqa: E402
from test_yaml_fast import TRICKY, tree  # noqa: E402

from perflint.read import yaml_fast, yaml_nodes  # noqa: E402
from perflint.read.errors import InputError  # noqa: E402

FRAGMENTS = ["x:", "x: # c", "  x:", "  # c", "#", "", " ", "   ", "y: |", "y: >-", "y: |2", "y: >+ # c", "  - ", "-",
             "- a:", "  b:", "z: {a: , b: 1}", "z: [a: , b]", "z: {a}", "z: [? a]", "q: 'x  y'", 'q: "a\\tb"', 'q: "x',
             "  more", "    deeper", "k: &a v", "k2: *a", "<<: *a", "? key", ": val", "---", "...", "%YAML 1.2",
             "a: b: c", "w: 2024-03-15", "w: 0o10", "w: ~", "e: ''", "[a, b]", "{a: b}", '"k": v']


def outcome(text: str, fast: bool) -> tuple:
    saved = yaml_fast.CParser
    if not fast:
        yaml_fast.CParser = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ("tree", tree(yaml_nodes.compose(text, "draft.yaml")))
    except InputError as exc:
        return ("error", str(exc), exc.line, exc.column)
    except Exception as exc:  # noqa: BLE001 - a ruamel bug on the pure path is compared too
        return ("crash", type(exc).__name__, str(exc))
    finally:
        yaml_fast.CParser = saved


def mutant(rng: random.Random, text: str) -> str:
    text = mutate_text(rng, text)[:30000]
    if rng.random() < 0.5:
        lines = text.split("\n")
        for _ in range(rng.randint(1, 4)):
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(FRAGMENTS))
        text = "\n".join(lines)
    return text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "perflint-yaml-diff")
    args = ap.parse_args()
    if yaml_fast.CParser is None:
        print("ruamel.yaml.clib is not installed: there is no fast path to compare")
        return 1
    pool = [p.read_text(encoding="utf-8") for folder in ("examples", "tests") for p in (ROOT / folder).rglob("*.yaml")]
    pool += list(TRICKY.values())
    with tempfile.TemporaryDirectory() as tmp:
        pool += [p.read_text(encoding="utf-8") for p in generate(Path(tmp), 12, size=1, seed=args.seed, yaml_share=1.0)]
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    counts: Counter[str] = Counter()
    deadline = time.monotonic() + args.minutes * 60
    while time.monotonic() < deadline:
        text = mutant(rng, rng.choice(pool))
        pure, fast = outcome(text, False), outcome(text, True)
        try:
            yaml_fast.compose_fast(text, yaml_nodes.MAX_NESTING)
            counts["read by the fast path"] += 1
        except Exception:  # noqa: BLE001 - handed over to the pure path
            counts["handed over"] += 1
        if pure[:2] == ("crash", "NotImplementedError"):
            counts["ruamel comment overlap (accepted)"] += 1
        elif pure != fast:
            counts["DIFFERENT"] += 1
            target = args.out / f"diff-s{args.seed}-{counts['DIFFERENT']:05d}.yaml"
            target.write_text(text, encoding="utf-8", errors="surrogatepass")
            print(f"different: {target}\n  pure: {str(pure)[:300]}\n  fast: {str(fast)[:300]}")
    total = counts["read by the fast path"] + counts["handed over"]
    print(f"inputs: {total} in {args.minutes:g} min (seed {args.seed}); " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 1 if counts["DIFFERENT"] else 0


if __name__ == "__main__":
    sys.exit(main())
