"""The cross-document pass (D209) as map / shuffle / reduce steps, run locally with a process pool.

A corpus past one machine is clustered the same way on a distributed engine: the steps below are
the functions of :mod:`perflint.crossdoc`, and each maps onto one operation of Dask or Spark.

    python scripts/crossdoc_mapreduce.py extract FOLDER passages.jsonl   # read + passages, per draft
    python scripts/crossdoc_mapreduce.py cluster passages.jsonl clusters.json [--workers 2]

``extract`` reads every draft of a folder (the readers perflint lints with) and writes one JSON
line per passage. ``cluster`` then runs:

1. map — ``sketch_entries(i, passage)`` for every passage: ``(sketch value, i)`` records
   (Dask: ``bag.map_partitions``; Spark: ``rdd.flatMap``);
2. shuffle — group the records by sketch value (``bag.groupby`` / ``rdd.groupByKey``);
3. reduce — ``bucket_pairs(members)`` for every group, then ``candidates`` counts the pairs that
   share at least ``MIN_SHARED`` values (``reduceByKey`` on the pair);
4. verify — ``join(passages, candidates)``: rapidfuzz on each candidate pair and a union-find
   (the candidate pairs are few; a distributed run collects them to one node, or verifies them
   where the passages are and unions the confirmed pairs with a connected-components step).

The result equals ``perflint.crossdoc.clusters`` on the same passages.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import asdict
from multiprocessing import Pool
from pathlib import Path

from perflint.crossdoc import Passage, bucket_pairs, candidates, join, passages_of, sketch_entries
from perflint.read.errors import InputError
from perflint.read.loader import expand, load


def extract(folder: Path, out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for path in expand([folder]):
            try:
                doc = load(path)
            except InputError as exc:
                print(f"skipped: {exc}")
                continue
            for passage in passages_of(doc):
                fh.write(json.dumps(asdict(passage), ensure_ascii=False) + "\n")


def _map(job: tuple[int, Passage]) -> list[tuple[int, int]]:
    return sketch_entries(*job)


def cluster(source: Path, out: Path, workers: int) -> None:
    items = [Passage(**json.loads(line)) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    firsts: dict[tuple[str, str], int] = {}
    jobs = [(i, p) for i, p in enumerate(items) if firsts.setdefault((p.kind, p.key), i) == i]
    with Pool(workers) as pool:
        buckets: dict[int, list[int]] = defaultdict(list)
        for records in pool.map(_map, jobs, chunksize=256):  # map
            for value, index in records:  # shuffle
                buckets[value].append(index)
        pairs = candidates(pool.map(bucket_pairs, list(buckets.values()), chunksize=1024))  # reduce
    found = join(items, pairs)  # verify
    out.write_text(json.dumps([[asdict(p) for p in group] for group in found], ensure_ascii=False, indent=1),
                   encoding="utf-8")
    print(f"{len(items)} passages, {len(pairs)} candidate pairs, {len(found)} clusters -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    ex = sub.add_parser("extract")
    ex.add_argument("folder", type=Path)
    ex.add_argument("out", type=Path)
    cl = sub.add_parser("cluster")
    cl.add_argument("passages", type=Path)
    cl.add_argument("out", type=Path)
    cl.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.step == "extract":
        extract(args.folder, args.out)
    else:
        cluster(args.passages, args.out, args.workers)


if __name__ == "__main__":
    main()
