"""Fuzz perflint's whole pipeline with mutated drafts of every format, on demand (not in the suite).

    python benchmarks/fuzz.py --minutes 25                  # one core, seed 1
    python benchmarks/fuzz.py --minutes 5 --seed 7 --out /tmp/fuzz
    python benchmarks/fuzz.py --minutes 2 --seeds .yaml     # mutated YAML drafts only
    python benchmarks/fuzz.py --minutes 30 --seed-dir ../shared/corpus/drafts   # real drafts as seeds too
    python benchmarks/fuzz.py --replay /tmp/fuzz/crash-000012.docx

Seeds are our example and fixture drafts (.txt .md .yaml) plus Word, Excel and PDF files built
here from them. Each input is a seed mutated a few times — bytes flipped, inserted, deleted or
repeated, lines shuffled, line endings changed, re-encoded (GBK, UTF-16/32 with and without BOM),
truncated, or sprinkled with hostile tokens (huge and non-decimal numbers, rich markup, YAML
aliases, tags and deep nesting, control characters); Office files are mutated inside their XML
or as raw bytes. Each is read, checked by every installed check and rendered by every reporter,
in process, as ``perflint check`` does.

Reported: inputs tried per format; *crashes* (an exception other than perflint's InputError
from reading, or any exception from a reporter); *check failures* (a check raised: the run
reports it as E903, but it is still a bug); inputs over the time budget (CPU seconds); the slowest input.
Every crash, check failure and slow input is saved under ``--out`` with its traceback for
replay. Exit status 1 when anything was found.
"""

from __future__ import annotations

import argparse
import io
import random
import signal
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from perflint.check import Context
from perflint.engine import discover, instantiate, run_checks
from perflint.read.errors import InputError
from perflint.report import FORMATS, make_reporter
from perflint.report.base import FileResult
from perflint.safety import load_input

ROOT = Path(__file__).resolve().parent.parent
TEXT_SUFFIXES = (".txt", ".md", ".yaml", ".yml")
TOKENS = [
    "1" * 29, "9" * 400, "0x1", "1e400", "-0", "１２３４５６", "100.000000000000000000000001%", "NaN", "∞",
    "[/x]", "[bold]", "[red]x[/red]", "\x1b[31m", "\x00", "\x0c", "\u2028", "\u2029", "\x85", "\ufeff", "\r", "\r\n",
    "\t", "\u3000", "﹝", "（", "）", "《", "》", "“", "”", "①", "⑳", "一、", "（一）", "1.", "1、", "(1)", "第一部分",
    "合计", "总计", "小计", "万元", "亿元", "元", "%", "人次", "分", "2023年", "2024年3月", "2023年13月45日", "20233年",
    "&a ", "*a", "&a [x, y]", "<<: *a", "!!python/object/apply:os.system ['true']", "!custom ", "? ", ": ", "- ",
    "{", "}", "[", "]", "|", ">", "'", '"', "#", "perflint: 0x1", "perflint: 1", "# perflint: disable=A101",
    "<!-- perflint: disable -->", "<table><tr><td>1</td></tr>", "**", "$\\geq", "…………", "......12",
]


def seeds(extra: Sequence[Path] = ()) -> list[tuple[str, bytes]]:
    """(suffix, bytes) of every example and fixture draft, and office files built from them;
    ``extra`` folders add their drafts (e.g. real reports kept outside the project)."""
    out: list[tuple[str, bytes]] = []
    texts: list[str] = []
    for folder in (ROOT / "examples", ROOT / "tests" / "fixtures", *extra):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in TEXT_SUFFIXES:
                out.append((path.suffix.lower(), path.read_bytes()))
                if path.suffix.lower() in (".txt", ".md"):
                    texts.append(path.read_text(encoding="utf-8", errors="replace"))
    for text in texts[:8]:
        out.append((".docx", docx_bytes(text)))
        out.append((".xlsx", xlsx_bytes(text)))
    pdf = pdf_bytes(texts[0]) if texts else None
    if pdf:
        out.append((".pdf", pdf))
    return out


def docx_bytes(text: str) -> bytes:
    from docx import Document

    doc = Document()
    rows = []
    for line in text.splitlines():
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            _word_table(doc, rows)
            rows = []
        doc.add_paragraph(line)
    if rows:
        _word_table(doc, rows)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _word_table(doc, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def xlsx_bytes(text: str) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for line in text.splitlines():
        cells = []
        for value in line.split("\t"):
            try:
                cells.append(float(value.replace(",", "")) if value.strip() else None)
            except ValueError:
                cells.append(value)
        sheet.append(cells)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def pdf_bytes(text: str) -> bytes | None:
    try:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas
    except ImportError:
        return None
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    y = 800
    for line in text.splitlines()[:60]:
        c.setFont("STSong-Light", 10)
        c.drawString(40, y, line[:50])
        y -= 14
        if y < 40:
            c.showPage()
            y = 800
    c.save()
    return buf.getvalue()


# --- mutations ---------------------------------------------------------------------------------


def mutate_text(rng: random.Random, text: str) -> str:
    ops = rng.randint(1, 4)
    for _ in range(ops):
        op = rng.randrange(9)
        n = len(text)
        at = rng.randint(0, n)
        if op == 0:
            text = text[:at] + rng.choice(TOKENS) + text[at:]
        elif op == 1 and n:
            end = min(n, at + rng.randint(1, 200))
            text = text[:at] + text[end:]
        elif op == 2 and n:
            end = min(n, at + rng.randint(1, 400))
            text = text[:at] + text[at:end] * rng.randint(2, 50) + text[end:]
        elif op == 3:
            lines = text.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines)
        elif op == 4:
            text = text.replace("\n", rng.choice(["\r", "\r\n", "\n\n", " ", "\u2028"]))
        elif op == 5:
            depth = rng.choice([10, 200, 5000])
            text = text[:at] + rng.choice(["[" * depth + "]" * depth, "- " * depth + "x", "{a: " * depth + "1" + "}" * depth]) + text[at:]
        elif op == 6:
            noise = "".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(1, 20)))
            text = text[:at] + noise.encode("utf-8", "replace").decode("utf-8", "ignore") + text[at:]
        elif op == 7:
            text = _number_storm(rng, text)
        else:
            text = text[:at]
    return text


def _number_storm(rng: random.Random, text: str) -> str:
    """Replace figures with huge, tiny or odd ones."""
    import re

    def swap(m: re.Match) -> str:
        return rng.choice(["1" * rng.randint(20, 60), "0", "0.000000000001", "9" * 5000, m.group(0) * 3, "-" + m.group(0)])

    return re.sub(r"\d+(?:\.\d+)?", lambda m: swap(m) if rng.random() < 0.3 else m.group(0), text)


def mutate_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        if not data:
            break
        op = rng.randrange(4)
        at = rng.randrange(len(data))
        if op == 0:
            data[at] = rng.randrange(256)
        elif op == 1:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2:
            del data[at:at + rng.randint(1, 64)]
        else:
            del data[at:]
    return bytes(data)


def encode(rng: random.Random, text: str) -> bytes:
    choice = rng.randrange(10)
    encodings = ["utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "big5"]
    if choice < len(encodings) and rng.random() < 0.3:
        return text.encode(encodings[choice], "replace")
    return text.encode("utf-8")


_CONTENT_PARTS = ("word/document.xml", "xl/sharedStrings.xml", "xl/worksheets/", "xl/workbook.xml")
_MEMBERS: dict[bytes, list[tuple[zipfile.ZipInfo, bytes]]] = {}


def _members(raw: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    """The seed's zip members, unpacked once (seeds are few and reused thousands of times)."""
    if raw not in _MEMBERS:
        src = zipfile.ZipFile(io.BytesIO(raw))
        _MEMBERS[raw] = [(info, src.read(info.filename)) for info in src.infolist()]
    return _MEMBERS[raw]


def mutate_office(rng: random.Random, raw: bytes) -> bytes:
    if rng.random() < 0.3:
        return mutate_bytes(rng, raw)
    try:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info, data in _members(raw):
                # The parts the importers read for content are mutated often, the others (styles,
                # themes: large and read for little) seldom: most of the time goes where bugs live.
                content = info.filename.startswith(_CONTENT_PARTS)
                if info.filename.endswith(".xml") and rng.random() < (0.5 if content else 0.03):
                    text = data.decode("utf-8", "replace")
                    data = (mutate_text(rng, text) if rng.random() < 0.5 else _xml_values(rng, text)).encode("utf-8")
                if rng.random() < 0.03:
                    continue  # a part missing
                dst.writestr(info.filename, data)
        return out.getvalue()
    except Exception:
        return mutate_bytes(rng, raw)


def _xml_values(rng: random.Random, xml: str) -> str:
    """Mutate only text between tags and attribute values (the XML stays well formed more often)."""
    import re

    def text(m: re.Match) -> str:
        return ">" + mutate_text(rng, m.group(1)).replace("<", "").replace("&", "") + "<" if rng.random() < 0.2 else m.group(0)

    def attr(m: re.Match) -> str:
        value = rng.choice(["-1", "99999999", "x", "", "10", "1" * 30, m.group(2)])
        return f'{m.group(1)}="{value}"' if rng.random() < 0.1 else m.group(0)

    xml = re.sub(r">([^<]+)<", text, xml)
    return re.sub(r'(\w+:\w+)="([^"]*)"', attr, xml)


def mutant(rng: random.Random, suffix: str, raw: bytes) -> tuple[str, bytes]:
    if suffix in (".docx", ".xlsx"):
        return suffix, mutate_office(rng, raw)
    if suffix == ".pdf":
        return suffix, mutate_bytes(rng, raw)
    if rng.random() < 0.15:
        return suffix, mutate_bytes(rng, raw)
    text = raw.decode("utf-8", "replace")
    if rng.random() < 0.05:  # the same draft named as another format
        suffix = rng.choice([".txt", ".md", ".yaml", ".docx", ".pdf"])
    return suffix, encode(rng, mutate_text(rng, text))


# --- running -----------------------------------------------------------------------------------


class Hang(BaseException):  # not an Exception: run_checks must not catch it as a check failure
    pass


def _alarm(_signum, _frame):
    raise Hang()


def run_one(path: Path, checks, hard_limit: int, read_only: bool = False) -> tuple[str, str | None, float]:
    """(outcome, traceback, CPU seconds): outcome is ok | refused | crash | check | hang.

    ``read_only``: the importer alone (reading into the document model, and the message of a
    refusal), neither checks nor reporters: many more inputs per minute for the readers."""
    # CPU seconds of this process: on a shared machine (and under nice) wall time measures the
    # neighbours, not the input; a hang is still caught by the wall-clock alarm.
    start = time.process_time()
    signal.alarm(hard_limit)
    try:
        try:
            doc = load_input(path)
        except InputError as exc:
            result = FileResult(str(path), error=str(exc), error_reason=exc.message)
            if not read_only:
                _render([result])
            return "refused", None, time.process_time() - start
        if read_only:
            return "ok", None, time.process_time() - start
        run = run_checks(doc, checks, Context())
        _render([FileResult(doc.path, doc, run.diagnostics, internal_errors=run.internal_errors)])
        if run.internal_errors:
            return "check", "\n".join(run.tracebacks), time.process_time() - start
        return "ok", None, time.process_time() - start
    except Hang:
        return "hang", traceback.format_exc(), time.process_time() - start
    except Exception:
        return "crash", traceback.format_exc(), time.process_time() - start
    finally:
        signal.alarm(0)


def _render(results: list[FileResult]) -> None:
    for fmt in FORMATS:
        make_reporter(fmt, io.StringIO(), color=False).render(results, "zh")
    # the text report on a terminal: drawn by rich, not the plain screen (perflint.report.screen)
    make_reporter("text", io.StringIO(), color=True).render(results, "zh")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--budget", type=float, default=10.0,
                    help="CPU seconds one input may take (a wall-clock alarm at six times it catches hangs)")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "perflint-fuzz")
    ap.add_argument("--read-only", action="store_true",
                    help="run the importers only (no checks, no reporters): the readers' fuzzing, many times faster")
    ap.add_argument("--replay", type=Path, nargs="*", help="run these saved inputs once and print the outcome")
    ap.add_argument("--seeds", nargs="*", metavar="SUFFIX",
                    help="only seeds with these suffixes (e.g. --seeds .yaml: one reader's fuzzing)")
    ap.add_argument("--seed-dir", type=Path, action="append", default=[], metavar="DIR",
                    help="also use the drafts in DIR as seeds (repeatable)")
    args = ap.parse_args()
    checks = instantiate(discover())
    signal.signal(signal.SIGALRM, _alarm)
    hard_limit = max(1, int(args.budget * 6))
    if args.replay:
        for path in args.replay:
            outcome, tb, seconds = run_one(path, checks, hard_limit, args.read_only)
            print(f"{path}: {outcome} in {seconds:.2f}s")
            if tb:
                print(tb)
        return 0
    rng = random.Random(args.seed)
    pool = [seed for seed in seeds(args.seed_dir) if not args.seeds or seed[0] in args.seeds]
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="perflint-fuzz-"))
    tried: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    slow: list[tuple[float, str]] = []
    saved = 0
    deadline = time.monotonic() + args.minutes * 60
    slowest = (0.0, "")
    while time.monotonic() < deadline:
        suffix, raw = rng.choice(pool)
        suffix, data = mutant(rng, suffix, raw)
        path = work / f"input{suffix}"
        path.write_bytes(data)
        outcome, tb, seconds = run_one(path, checks, hard_limit, args.read_only)
        tried[suffix] += 1
        outcomes[outcome] += 1
        over = seconds > args.budget
        if seconds > slowest[0]:
            slowest = (seconds, suffix)
        if outcome in ("crash", "check", "hang") or over:
            saved += 1
            kind = "slow" if over and outcome not in ("crash", "check") else outcome
            stem = f"{kind}-s{args.seed}-{saved:06d}"  # runs with other seeds share --out
            target = args.out / f"{stem}{suffix}"
            target.write_bytes(data)
            (args.out / f"{stem}.traceback").write_text(f"{seconds:.2f}s\n{tb or ''}", encoding="utf-8")
            if over:
                slow.append((seconds, target.name))
    total = sum(tried.values())
    stage = "importers only" if args.read_only else "whole pipeline"
    print(f"inputs tried: {total} in {args.minutes:g} min (seed {args.seed}, budget {args.budget:g}s per input, {stage})")
    print("per format: " + ", ".join(f"{s} {n}" for s, n in sorted(tried.items())))
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    print(f"crashes (uncaught exceptions): {outcomes['crash']}; check failures: {outcomes['check']}; "
          f"hangs: {outcomes['hang']}; over budget: {len(slow)}; slowest {slowest[0]:.2f}s ({slowest[1]})")
    if saved:
        print(f"saved for replay in {args.out}")
    return 1 if outcomes["crash"] or outcomes["check"] or outcomes["hang"] or slow else 0


if __name__ == "__main__":
    sys.exit(main())
