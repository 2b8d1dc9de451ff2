"""How the cross-document pass (D209, ``--cross-document``) grows with the number of reports.

    python benchmarks/bench_crossdoc.py [--reports 500] [--factor 4]

Generates reports of ten paragraphs each (seeded): most paragraphs are a report's own, some are
copied from another report (a few characters edited), a template paragraph is in every report.
Measures the CPU time of clustering the passages (reading and extracting are the linting's own
cost and are measured by ``bench.py``) for N and factor × N reports and prints the ratio: a pass
that compared all pairs would grow by factor², an indexed one close to factor.
"""

from __future__ import annotations

import argparse
import random
import time

from perflint.crossdoc import Passage, _key, clusters

TEMPLATE = "为加强预算绩效管理，提高财政资金使用效益，根据上级有关文件要求，本单位对本年度项目开展了绩效自评工作。"


def _paragraph(rng: random.Random) -> str:
    return "".join(chr(0x4E00 + rng.randrange(6000)) for _ in range(rng.randrange(60, 160))) + "。"


def corpus(n: int, seed: int = 7) -> list[Passage]:
    rng = random.Random(seed)
    own: list[str] = []
    out: list[Passage] = []
    for r in range(n):
        texts = [TEMPLATE]
        for _ in range(9):
            if own and rng.random() < 0.15:  # copied from an earlier report, lightly edited
                src = list(rng.choice(own))
                src[rng.randrange(len(src))] = "改"
                texts.append("".join(src))
            else:
                texts.append(_paragraph(rng))
                own.append(texts[-1])
        out += [Passage(f"r{r}.txt", i * 2 + 1, 1, "paragraph", t, _key(t)) for i, t in enumerate(texts)]
    return out


def cpu(passages: list[Passage]) -> tuple[float, int]:
    start = time.process_time()
    found = clusters(passages)
    return time.process_time() - start, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=500)
    parser.add_argument("--factor", type=int, default=4)
    args = parser.parse_args()
    small, large = corpus(args.reports), corpus(args.reports * args.factor)
    t1, c1 = cpu(small)
    t4, c4 = cpu(large)
    print(f"{args.reports} reports ({len(small)} passages): {t1:.2f} s CPU, {c1} clusters")
    print(f"{args.reports * args.factor} reports ({len(large)} passages): {t4:.2f} s CPU, {c4} clusters")
    print(f"growth ×{args.factor} in reports: {t4 / t1:.2f}× the time")


if __name__ == "__main__":
    main()
