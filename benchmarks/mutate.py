"""Recall of perflint on defects it has never seen, measured by mutation (on demand, not in the suite).

    python benchmarks/mutate.py                                   # examples/ only, seed 1
    python benchmarks/mutate.py ../shared/corpus/drafts ../shared/corpus --seed 3 --per-seed 8
    python benchmarks/mutate.py DIR --kinds typo,numbering --show-misses 20

Each seed text (``.txt`` / ``.md`` files of the folders given, plus the project's ``examples/``)
is linted once as it is. Then, one at a time, a mutation injects **one** defect of a known
family into one line, and the mutated text is linted again in process (reader → checks, as
``perflint check`` does, all checks on). A mutation is a *hit* when a finding of the defect's
family (code prefix → family, :data:`perflint.check.FAMILIES`) is on the mutated line(s) and
was not on the text before; a hit of another family is counted apart. Every other new finding is
*noise*: a finding the one defect should not have caused (a cascade of the same family — a
changed score that also breaks the 总分 — is counted apart from findings of other families). A
new finding elsewhere whose related place is the mutated line (the contents entry of a heading a
typo went into) was caused by the defect and is no noise.

Mutations, each applied only where it certainly makes a defect (the mutator checks the
arithmetic it breaks before breaking it; sites are found by patterns on the text, and 自评表
rows and numbered headings through perflint's reader and form reading, so a form perflint cannot
read is never mutated there — recall is of the checks, given the reading):

- ``total_table``  a part of a 合计/总计/小计 row's column, or of a 合计 column's row, changed (it
                   added up before)
- ``total_prose``  a part of ``共 T 万元，其中 a 万元、b 万元`` changed (it added up before)
- ``score``        a 自评表 score set above the row's weight (分值)
- ``dup_indicator`` a 自评表 indicator row written twice
- ``dup_text``     a sentence doubled in place, or a paragraph written twice
- ``year``         a title's year malformed (2022 → 20222), or a 填报日期 before the year ends
- ``unit``         ``X万元`` in prose written ``X元`` where a table holds X in 万元
- ``numbering``    a heading marker skipped (一、二、四) or repeated (1. 2. 2.; not 一、一、, which
                   also reads as a new list)
- ``percent``      a 执行率 / 增长率 / 占比 that computed from its sentence's figures, made wrong
                   beyond what the figures allow as shown (± half a unit of their last digit)
- ``placeholder``  a figure replaced by XX / ×× / 【填写】
- ``typo``         a term of perflint/data/terms.yaml misspelt: a listed typo's wrong form, or
                   one character of a term swapped for a confusable one (never into a known
                   word: 财务管理 → 财物管理 may be meant)

Kinds modelled on the hand-checked labels the ones above do not reach (inconsistency, count, year):

- ``count``        a count announcing the list after it (``设有 8 个内设机构，即 A、B…``) raised by
                   one, where every item is a plain name (no 和/及/与, no brackets, no 等)
- ``year_current`` year Y's own statement of a year-Y report (Y in its title; not a budget, which
                   cites last year's figures) dated Y−1: a sentence opening with the year that
                   compares with 上年, a 年末 head count, or a dated activity of the report (no
                   period, plan or document in the sentence)
- ``score_met``    a 自评表 indicator that met its target (actual equal to it, or an explicit
                   inequality holds) scored below its weight, its 偏差原因 empty (the 总分 lowered
                   by as much where it added up)
- ``restated``     a 万元 figure the prose states right after a table row's label, equal to a figure
                   of that (one) row, written otherwise in the prose
- ``rate_unit``    a 自评表 rate indicator (…率, both values in %) whose target lost its % beside the
                   actual's, or whose values are written as head counts (人); an amount indicator
                   (…资金 / 经费 / 金额, in 万元 or 元) whose actual is written 100%
- ``count_parts``  a part of ``N 人，其中 A a 人、B b 人`` changed (the parts added up to N before)
- ``typo_word``    a word of the domain outside the vocabulary misspelt: a string of 3–6 Chinese
                   characters that recurs in four seed texts or more (the wording many units share),
                   one of its characters after the first swapped for a confusable one, where the
                   result occurs in no seed text and makes no known word

Printed: per kind, mutations tried, hits (right family), hits of another family only, and
noise; then overall. ``--show-misses N`` prints missed mutations (file, line, what changed) to
study. Seeded (``--seed``): each file's sample of each kind depends on the seed, the file's name
and the kind only, so two versions of perflint are measured on the same mutations (a sampled site
whose line already held a finding of the family is counted as *masked*, not tried). Stdlib and
perflint only. Never copy a real draft's text from its output into the project.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from perflint.check import Context
from perflint.data import load as load_data
from perflint.engine import discover, instantiate, run_checks
from perflint.facts import facts_of
from perflint.model import Cell, Document, Heading, Paragraph, Table
from perflint.read.text import parse_text

ROOT = Path(__file__).resolve().parent.parent
PREFIX_FAMILY: dict[str, str] = {
    "A": "arithmetic", "D": "duplicates", "B": "boilerplate", "U": "units",
    "Y": "years", "S": "structure", "C": "consistency", "T": "terms",
}
KINDS: dict[str, str] = {
    "total_table": "arithmetic", "total_prose": "arithmetic", "score": "arithmetic",
    "dup_indicator": "duplicates", "dup_text": "duplicates", "year": "years", "unit": "units",
    "numbering": "structure", "percent": "arithmetic", "placeholder": "boilerplate", "typo": "terms",
    "count": "consistency", "year_current": "years", "score_met": "arithmetic", "restated": "consistency",
    "rate_unit": "units", "count_parts": "arithmetic", "typo_word": "terms",
}
NUMBER = r"\d[\d,]*(?:\.\d+)?"
MONEY = re.compile(rf"(?<![\d.])({NUMBER})\s*(万元|亿元|元)")
PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%")
CN_DIGITS = "零一二三四五六七八九"


@dataclass
class Mutation:
    kind: str
    path: str
    lines: list[str]
    targets: set[int]  # 1-based lines of the mutated text that hold the defect
    note: str
    inserted_after: int | None = None  # a line was inserted after this (1-based) line
    meta: dict = field(default_factory=dict)

    def shift(self, line: int) -> int:
        """The line of the mutated text where the original text's ``line`` now is."""
        return line + 1 if self.inserted_after is not None and line > self.inserted_after else line


# -- helpers -------------------------------------------------------------------------------

def dec(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def places(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def bump(text: str) -> str:
    """``text`` (a figure) with its leading digit raised by one: far beyond any rounding."""
    for i, ch in enumerate(text):
        if ch.isdigit():
            return text[:i] + ("10" if ch == "9" else str(int(ch) + 1)) + text[i + 1:]
    return text


def replace_span(lines: list[str], line: int, col: int, old: str, new: str) -> list[str] | None:
    """``lines`` with ``old`` at 1-based ``line``:``col`` replaced by ``new``; None if not there."""
    src = lines[line - 1]
    if src[col - 1:col - 1 + len(old)] != old:
        return None
    out = list(lines)
    out[line - 1] = src[:col - 1] + new + src[col - 1 + len(old):]
    return out


def cell_site(cell: Cell | None) -> tuple[int, int, str] | None:
    """(line, column, text) of a cell that comes from one place of one line."""
    if cell is None or not cell.text.value.strip():
        return None
    anchor = cell.text.single_anchor
    if anchor is None:
        return None
    value = cell.text.value
    lead = len(value) - len(value.lstrip())
    return anchor[0], anchor[1] + lead, value.strip()


def sentences(line: str) -> Iterator[tuple[int, str]]:
    start = 0
    for m in re.finditer(r"[。；;！？]", line):
        yield start, line[start:m.end()]
        start = m.end()
    if start < len(line):
        yield start, line[start:]


def cn_numeral(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


# -- mutators: each yields every site of its kind in one text --------------------------------

TOTAL_LABEL = re.compile(r"^(?:合计|总计|小计)$")


def _label(row) -> str:
    return "".join(c.text.value for c in row.cells[:2]).replace(" ", "").replace("\u3000", "")


def _number(cell: Cell) -> Decimal | None:
    return dec(cell.text.value.strip())


def _column_parts(rows: list, j: int) -> list[Cell]:
    """The cells of column ``j`` in ``rows`` up to the first row without a number there."""
    parts = []
    for row in rows:
        if j >= len(row.cells) or _number(row.cells[j]) is None or re.search(r"合计|总计|小计", _label(row)):
            break
        parts.append(row.cells[j])
    return parts


def _break_part(path: str, lines: list[str], parts: list[Cell], total: Cell, what: str) -> Iterator[Mutation]:
    """A mutation for each non-zero part of an identity ``sum(parts) == total`` that holds."""
    values = [_number(c) for c in parts]
    if len(parts) < 2 or sum(values) != _number(total) or sum(1 for v in values if v) < 2:
        return
    total_site = cell_site(total)
    for part in parts:
        site = cell_site(part)
        if site is None or not dec(site[2]):
            continue
        new = replace_span(lines, site[0], site[1], site[2], bump(site[2]))
        if new:
            targets = {site[0]} | ({total_site[0]} if total_site else set())
            yield Mutation("total_table", path, new, targets, f"{site[2]} → {bump(site[2])} ({what} {total.text.value.strip()})")


def m_total_table(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for table in blocks(doc, Table):
        rows = table.rows
        for ti, row in enumerate(rows):
            if TOTAL_LABEL.match(_label(row)):  # a 合计 row: the column above it, or below it
                for j, cell in enumerate(row.cells):
                    if j and _number(cell):
                        yield from _break_part(path, lines, _column_parts(rows[ti - 1::-1] if ti else [], j), cell, "column total")
                        yield from _break_part(path, lines, _column_parts(rows[ti + 1:], j), cell, "column total")
            for j, head in enumerate(row.cells):  # a 合计 column: the cells right of it in each row below
                if not re.search(r"合计|总计|小计", head.text.value) or TOTAL_LABEL.match(_label(row)):
                    continue
                for below in rows[ti + 1:]:
                    if j < len(below.cells) and _number(below.cells[j]):
                        yield from _break_part(path, lines, [c for c in below.cells[j + 1:] if c.text.value.strip()]
                                               if all(_number(c) is not None for c in below.cells[j + 1:] if c.text.value.strip())
                                               else [], below.cells[j], "row total")


def m_total_prose(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for n, line in enumerate(lines, 1):
        for start, sent in sentences(line):
            k = sent.find("其中")
            if k < 0:
                continue
            before = list(MONEY.finditer(sent[:k]))
            after = list(MONEY.finditer(sent, k))
            if not before or len(after) < 2:
                continue
            total = before[-1]
            if any(m.group(2) != total.group(2) for m in after):
                continue
            values = [dec(m.group(1)) for m in after]
            if None in values or sum(values) != dec(total.group(1)) or sum(1 for v in values if v) < 2:
                continue
            for m in after:
                if not dec(m.group(1)):
                    continue
                new = replace_span(lines, n, start + m.start(1) + 1, m.group(1), bump(m.group(1)))
                if new:
                    yield Mutation("total_prose", path, new, {n}, f"{m.group(1)} → {bump(m.group(1))} (其中 of {total.group(0)})")


def forms(doc: Document) -> list:
    return facts_of(doc).self_evaluations


def m_score(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for form in forms(doc):
        for ind in form.indicators:
            weight = ind.weight
            site = cell_site(ind.score.cell) if ind.score is not None else None
            if weight is None or weight <= 0 or site is None or dec(site[2]) is None or dec(site[2]) > weight:
                continue
            high = weight + max(1, int(weight) // 2)
            new_text = str(high.quantize(Decimal(1))) if places(site[2]) == 0 else f"{high:.{places(site[2])}f}"
            new = replace_span(lines, site[0], site[1], site[2], new_text)
            if new:
                yield Mutation("score", path, new, {site[0]}, f"score {site[2]} → {new_text} (weight {weight}) [{ind.name}]")


def m_dup_indicator(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for form in forms(doc):
        for ind in form.indicators:
            if not ind.name or len(ind.name) < 4:
                continue
            sites = [cell_site(c) for c in ind.row.cells if c.text.value.strip()]
            if not sites or None in sites or len({s[0] for s in sites}) != 1:
                continue
            n = sites[0][0]
            src = lines[n - 1]
            first, last = sites[0], sites[-1]
            start, end = first[1] - 1, last[1] - 1 + len(last[2])
            if not src[:start].strip(" |\t\u3000") and not src[end:].strip(" |\t\u3000"):
                new = list(lines)  # the row is its line: write the line twice
                new.insert(n, src)
                yield Mutation("dup_indicator", path, new, {n, n + 1}, f"row line doubled [{ind.name}]", inserted_after=n)
            else:
                piece = src[start:end]
                new = list(lines)
                new[n - 1] = src[:end] + " " + piece + src[end:]
                yield Mutation("dup_indicator", path, new, {n}, f"row written twice in its line [{ind.name}]")


def blocks(doc: Document, kind: type) -> Iterator:
    for part in doc.parts:
        for block in part.blocks:
            if isinstance(block, kind):
                yield block

def paragraph_lines(doc: Document, lines: list[str]) -> Iterator[tuple[int, str]]:
    """Each paragraph that stands on one source line: its line number and the line."""
    for para in blocks(doc, Paragraph):
        anchor = para.text.single_anchor
        if anchor is not None:
            yield anchor[0], lines[anchor[0] - 1]


def m_dup_text(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for n, src in paragraph_lines(doc, lines):
        if len(src.strip()) >= 40 and src.rstrip().endswith("。") and "|" not in src:
            new = list(lines)
            new.insert(n, src)
            yield Mutation("dup_text", path, new, {n, n + 1}, f"paragraph written twice ({src.strip()[:12]}…)", inserted_after=n)
        for start, sent in sentences(src):
            if len(sent.strip()) >= 15 and sent.endswith("。"):
                new = list(lines)
                new[n - 1] = src[:start + len(sent)] + sent.strip() + src[start + len(sent):]
                yield Mutation("dup_text", path, new, {n}, f"sentence doubled ({sent.strip()[:12]}…)")


def m_year(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for part in doc.parts:
        if 1 <= part.line <= len(lines):
            src = lines[part.line - 1]
            for m in re.finditer(r"(?<!\d)(20\d\d)(?=年)", src):
                for wrong in (m.group(1) + m.group(1)[-1], m.group(1)[:3]):
                    new = replace_span(lines, part.line, m.start(1) + 1, m.group(1), wrong)
                    if new:
                        yield Mutation("year", path, new, {part.line}, f"title year {m.group(1)} → {wrong}")
                break
        year = part.fiscal_year
        if not year:
            continue
        end = len(lines) if part is doc.parts[-1] else doc.parts[doc.parts.index(part) + 1].line - 1
        for n in range(part.line, end + 1):
            src = lines[n - 1]
            m = re.search(r"(填报日期|报告日期|填表日期)[:：]?\s*(20\d\d)(?=\s*年\s*\d{1,2}\s*月)", src)
            if m and int(m.group(2)) > year:
                new = replace_span(lines, n, m.start(2) + 1, m.group(2), str(year - 1))
                if new:
                    yield Mutation("year", path, new, {n}, f"{m.group(1)} year {m.group(2)} → {year - 1} (report of {year})")


def table_values(doc: Document, unit: str) -> set[Decimal]:
    out: set[Decimal] = set()
    for table in blocks(doc, Table):
        if (table.declared_unit or "") != unit:
            continue
        for row in table.rows:
            for cell in row.cells:
                v = dec(cell.text.value.strip())
                if v:
                    out.add(v)
    return out


def m_unit(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    in_tables = table_values(doc, "万元")
    if not in_tables:
        return
    for n, src in paragraph_lines(doc, lines):
        for m in MONEY.finditer(src):
            if m.group(2) != "万元" or "." not in m.group(1) or dec(m.group(1)) not in in_tables:
                continue
            new = replace_span(lines, n, m.start(2) + 1, "万元", "元")
            if new:
                yield Mutation("unit", path, new, {n}, f"{m.group(0)} → {m.group(1)}元 (万元 in a table)")


def marker_text(style_marker: str, old: int, new: int) -> str | None:
    """The marker with its number ``old`` written ``new`` (Chinese numerals or digits)."""
    cn_old = cn_numeral(old)
    if cn_old in style_marker:
        return style_marker.replace(cn_old, cn_numeral(new), 1)
    if str(old) in style_marker:
        return style_marker.replace(str(old), str(new), 1)
    return None


def m_numbering(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for part in doc.parts:
        runs: dict[str, list[list]] = defaultdict(list)
        for block in part.blocks:
            if not isinstance(block, (Heading, Paragraph)) or block.numbering is None:
                continue
            num = block.numbering
            style_runs = runs[num.style]
            if num.value == 1 or not style_runs:
                style_runs.append([block])
            elif num.value == style_runs[-1][-1].numbering.value + 1:
                style_runs[-1].append(block)
            else:
                style_runs.append([block])
        for style_runs in runs.values():
            for run in style_runs:
                if len(run) < 3 or run[0].numbering.value != 1:
                    continue
                for k in range(1, len(run)):
                    for delta, how in ((1, "skipped"), (-1, "repeated")):
                        if delta < 0 and k < 2:
                            continue  # 一、一、二: read as a new list as well as a repeat; 1. 2. 2. is certain
                        new = list(lines)
                        ok = True
                        for block in run[k:]:
                            num = block.numbering
                            n = block.text.line
                            wrong = marker_text(num.marker, num.value, num.value + delta)
                            src = new[n - 1]
                            at = src.find(num.marker)
                            if wrong is None or at < 0 or src[:at].strip():
                                ok = False
                                break
                            new[n - 1] = src[:at] + wrong + src[at + len(num.marker):]
                        if ok:
                            n = run[k].text.line
                            yield Mutation("numbering", path, new, {n}, f"{run[k].numbering.marker} {how} (from item {k + 1})")


def m_percent(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for form in forms(doc):  # 自评表 execution rates: 执行数 / 预算数
        for be in form.budget:
            if be.rate is None or be.budget is None or be.actual is None:
                continue
            site = cell_site(be.rate.cell)
            budget, actual = dec(be.budget.cell.text.value.strip()), dec(be.actual.cell.text.value.strip())
            rate = dec(site[2].rstrip("%")) if site else None
            if not site or not budget or actual is None or rate is None or rate in (0, 100) or rate > 100:
                continue
            d = places(site[2].rstrip("%"))
            if abs(actual / budget * 100 - rate) > Decimal(5) / 10 ** (d + 1):
                continue
            wrong = f"{rate - 7 if rate > 10 else rate + 7:.{d}f}" + ("%" if site[2].endswith("%") else "")
            new = replace_span(lines, site[0], site[1], site[2], wrong)
            if new:
                yield Mutation("percent", path, new, {site[0]}, f"执行率 {site[2]} → {wrong}")
    for n, line in enumerate(lines, 1):
        if "|" in line:
            continue
        for start, sent in sentences(line):
            money = [m for m in MONEY.finditer(sent)]
            for pm in PERCENT.finditer(sent):
                cue = sent[max(0, pm.start() - 14):pm.start()]
                if not re.search(r"执行率|完成率|增长|增加|下降|减少|降低|占|比例|比重", cue):
                    continue
                p, d = dec(pm.group(1)), places(pm.group(1))
                if p is None or p in (0, 100) or p > 1000:
                    continue
                tol = Decimal(5) / 10 ** (d + 1)
                wrong = f"{p - 7 if p > 10 else p + 7:.{d}f}"
                found = None
                for a in money:
                    for b in money:
                        x, y = dec(a.group(1)), dec(b.group(1))
                        if a is b or a.group(2) != b.group(2) or not x or not y:
                            continue
                        for name, fn in RATES:
                            r = fn(x, y)
                            if r is not None and abs(r - p) <= tol and not within_rounding(
                                    fn, a.group(1), b.group(1), Decimal(wrong), tol):
                                found = name
                if not found:
                    continue
                new = replace_span(lines, n, start + pm.start(1) + 1, pm.group(1), wrong)
                if new:
                    yield Mutation("percent", path, new, {n}, f"{found} {pm.group(0)} → {wrong}%")


RATES: tuple[tuple[str, Callable[[Decimal, Decimal], Decimal | None]], ...] = (
    ("ratio", lambda x, y: x / y * 100),
    ("growth", lambda x, y: x / (y - x) * 100 if y != x else None),
    ("decrease", lambda x, y: x / (y + x) * 100),
)


def within_rounding(fn: Callable[[Decimal, Decimal], Decimal | None], x_text: str, y_text: str,
                    rate: Decimal, tol: Decimal) -> bool:
    """Whether ``rate`` may still follow from the figures as shown: each stands for an interval
    of ± half a unit of its last digit, and the rate is only wrong outside what they allow
    (0.35 of 0.42 万元 is 460–546 %, so 493 % is no defect)."""
    x, y = dec(x_text), dec(y_text)
    hx, hy = Decimal(5) / 10 ** (places(x_text) + 1), Decimal(5) / 10 ** (places(y_text) + 1)
    values = []
    for a in (x - hx, x + hx):
        for b in (y - hy, y + hy):
            try:
                r = fn(a, b) if a > 0 and b > 0 else None
            except (ArithmeticError, ValueError):
                r = None
            if r is None:
                return True  # the interval reaches a pole: any rate may follow
            values.append(r)
    return min(values) - tol <= rate <= max(values) + tol


def m_placeholder(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for n, src in paragraph_lines(doc, lines):
        for i, m in enumerate(MONEY.finditer(src)):
            hole = ("XX", "××", "【填写】")[i % 3]
            new = replace_span(lines, n, m.start(1) + 1, m.group(1), hole)
            if new:
                yield Mutation("placeholder", path, new, {n}, f"{m.group(0)} → {hole}{m.group(2)}")


def typo_pairs() -> list[tuple[str, str]]:
    """(right, wrong) pairs: the typos list read backwards, where the right form is a term."""
    data = load_data("terms")
    out = []
    for wrong, right in data["typos"].items():
        right = right["to"] if isinstance(right, dict) else right
        if isinstance(right, str) and len(right) >= 2:
            out.append((right, wrong))
    return out


def term_list() -> list[str]:
    """The vocabulary's terms of four characters or more, longest first (a fixed order: the
    sample must not depend on the hash seed)."""
    data = load_data("terms")
    terms = {t for group in data["terms"].values() for t in group if isinstance(t, str)}
    return sorted((t for t in terms if len(t) >= 4), key=lambda t: (-len(t), t))


def known_words() -> set[str]:
    """Every word the vocabulary knows: a substitution that makes one (财务管理 → 财物管理) may
    be a legitimate phrase, not a certain typo."""
    data = load_data("terms")
    words = set(data["words"].split())
    words |= {t for group in data["terms"].values() for t in group if isinstance(t, str)}
    return words


def makes_a_word(wrong: str, i: int, words: set[str]) -> bool:
    """Whether a known word of ``wrong`` covers its position ``i`` (the substituted character)."""
    return any(wrong[a:b] in words for a in range(max(0, i - 3), i + 1)
               for b in range(max(a + 2, i + 1), min(len(wrong), a + 4) + 1))


def m_typo(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    confusable = {}
    for group in load_data("terms")["confusables"]:
        for ch in group:
            confusable.setdefault(ch, group.replace(ch, ""))
    pairs, terms, words = sorted(typo_pairs()), term_list(), known_words()
    for n, src in enumerate(lines, 1):
        for right, wrong in pairs:
            at = src.find(right)
            if at >= 0:
                yield Mutation("typo", path, replace_span(lines, n, at + 1, right, wrong), {n}, f"{right} → {wrong} (typos list)")
        taken: list[tuple[int, int]] = []
        for term in terms:
            at = src.find(term)
            if at < 0 or any(s < at + len(term) and at < e for s, e in taken):
                continue
            taken.append((at, at + len(term)))
            for i in range(1, len(term)):  # not the first character: a term read from its start
                others = confusable.get(term[i])
                wrong = term[:i] + others[0] + term[i + 1:] if others else ""
                if others and not makes_a_word(wrong, i, words):
                    yield Mutation("typo", path, replace_span(lines, n, at + 1, term, wrong), {n}, f"{term} → {wrong}")
                    break


CJK_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")
RECURRING: set[str] = set()  # strings of 3–6 characters in four seed texts or more (main fills it)
SEEN_TEXT: list[str] = []  # every seed text, joined (a mutation's wrong form must occur in none)


def recurring_strings(texts: list[str], least: int = 4) -> set[str]:
    """The strings of 3–6 Chinese characters that occur in ``least`` texts or more."""
    counts: Counter = Counter()
    for text in texts:
        grams = set()
        for run in CJK_RUN.findall(text):
            for n in range(3, 7):
                grams.update(run[i:i + n] for i in range(len(run) - n + 1))
        counts.update(grams)
    return {g for g, k in counts.items() if k >= least}


def m_typo_word(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    confusable = {}
    for group in load_data("terms")["confusables"]:
        for ch in group:
            confusable.setdefault(ch, group.replace(ch, ""))
    words = known_words()
    seen = SEEN_TEXT[0] if SEEN_TEXT else ""
    for n, src in enumerate(lines, 1):
        for run in CJK_RUN.finditer(src):
            text, i = run.group(), 0
            while i < len(text) - 2:
                # the longest recurring string from here (terms of the vocabulary or not: the sample
                # must not change when the vocabulary grows)
                size = next((k for k in range(min(6, len(text) - i), 2, -1) if text[i:i + k] in RECURRING), 0)
                if not size:
                    i += 1
                    continue
                word = text[i:i + size]
                for j in range(1, size):
                    others = confusable.get(word[j])
                    wrong = word[:j] + others[0] + word[j + 1:] if others else ""
                    if others and wrong not in seen and not makes_a_word(wrong, j, words):
                        new = replace_span(lines, n, run.start() + i + 1, word, wrong)
                        yield Mutation("typo_word", path, new, {n}, f"{word} → {wrong}")
                        break
                i += size


# -- kinds modelled on the labels' inconsistency / count / year findings ------------------------

def cn_value(text: str) -> int | None:
    """The value of a count written in digits or Chinese numerals up to 99 (三, 十二, 二十)."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in CN_DIGITS + "十" for ch in text) or text.count("十") > 1:
        return None
    if "十" not in text:
        return CN_DIGITS.index(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (CN_DIGITS.index(tens) if tens else 1) * 10 + (CN_DIGITS.index(ones) if ones else 0)


# `下设 3 个股室：A、B、C。` / `直属事业单位3个，即A、B、C。` — the count, then the list up to the
# sentence's end; every item a plain name (no bracket, no 和/及/与 that may join two, no 等 that
# may leave some out), so the list certainly has as many items as it shows.
_ITEM = r"[^、，,。；;：:（）()“”\"'《》\d等和及与]{2,20}"
ANNOUNCED = re.compile(
    rf"(?<![\d.])(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*(个|项|家|所|名)([^\d，,。；;:：、（）()]{{0,10}}?)"
    rf"[，,]?\s*(?:[：:]|分别是[：:]?|分别为[：:]?|包括[：:]?|即[：:]?)\s*({_ITEM}(?:、{_ITEM})+)(?=[。；;])")


def m_count(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for n, src in paragraph_lines(doc, lines):
        for m in ANNOUNCED.finditer(src):
            count, items = cn_value(m.group(1)), m.group(4).split("、")
            if count is None or count != len(items) or count < 2:
                continue
            wrong = str(count + 1) if m.group(1).isdigit() else cn_numeral(count + 1)
            new = replace_span(lines, n, m.start(1) + 1, m.group(1), wrong)
            if new:
                yield Mutation("count", path, new, {n}, f"{m.group(1)}{m.group(2)} → {wrong}{m.group(2)} ({len(items)} listed)")


# Year Y's own statement dated the year before, in a sentence that names no other year and whose
# year can only be Y: it compares with last year (`2022年“三公”经费支出3.46万元，比上年增加…` — the
# figure of the report's year, compared with its previous one), it states the year-end stock
# (`2022年末实有人员60人`), or it dates an activity of the report (`2022年5月召开…`) with no
# period (自/从/截至/以来: a start or a stock), plan (拟/将/计划) or document (印发/下达/〔〕) in it.
_COMPARED = re.compile(r"比上年|较上年|与上年|同比|上年同期")
_STOCK = re.compile(r"^(?:年末|年底)[^。；]{0,20}(?:实有|在职|在编|人数)[^。；]{0,20}\d+\s*人")
_ACTIVITY = re.compile(r"召开|开展|举办|举行|组织|完成|验收|上线|培训|检查|督导")
_NOT_AN_EVENT = re.compile(r"截至|截止|[自从]\s*(?:19|20)\d\d|以来|[月日]\s*起|至|拟|将|计划|上年|去年|同期|之前|以前|"
                           r"印发|下达|文件|〔|\[")


def m_year_current(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for part in doc.parts:
        year = part.fiscal_year
        title = part.title
        if (not year or not part.kind or str(year) not in title
                or ("预算" in title and not re.search(r"决算|自评|评价|执行", title))):
            continue  # the year must stand in the title, a line not mutated; a budget cites last year's
        for para in part.blocks:
            if not isinstance(para, Paragraph) or para.text.single_anchor is None:
                continue
            n = para.text.single_anchor[0]
            src = lines[n - 1]
            if n == part.line:
                continue
            for start, sent in sentences(src):
                if re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", sent) != [str(year)]:
                    continue
                at = re.search(rf"(?<!\d){year}(?=\s*年)", sent)
                if at is None:
                    continue
                rest = sent[at.end():].lstrip()[1:].lstrip()  # after 年
                opening = not re.sub(r"^[\s　]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?", "",
                                     sent[:at.start()]).strip()
                how = ("compared with last year" if opening and _COMPARED.search(sent) else
                       "year-end stock" if _STOCK.search(rest) else
                       "activity" if (re.match(r"\d{1,2}\s*月", rest) and _ACTIVITY.search(sent)
                                      and not _NOT_AN_EVENT.search(sent)) else None)
                if how is None:
                    continue
                new = replace_span(lines, n, start + at.start() + 1, str(year), str(year - 1))
                if new:
                    yield Mutation("year_current", path, new, {n},
                                   f"{how}: {year} → {year - 1} (report of {year}: {sent.strip()[:14]}…)")


# A target is met, for certain, when the actual equals it, or an explicit inequality holds.
_TARGET = re.compile(r"^\s*(≥|>|＞|=|＝|≤|<|＜)?\s*(\d+(?:\.\d+)?)\s*(%|[^\d\s.]{0,4})\s*$")


def target_met(target: str, actual: str) -> bool:
    t, a = _TARGET.match(target), _TARGET.match(actual)
    if not t or not a or a.group(1) or t.group(3) != a.group(3):
        return False
    tv, av = Decimal(t.group(2)), Decimal(a.group(2))
    op = t.group(1) or "="
    return {"≥": av >= tv, ">": av > tv, "＞": av > tv, "=": av == tv, "＝": av == tv,
            "≤": av <= tv, "<": av < tv, "＜": av < tv}[op]


def m_score_met(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    """An indicator that met its target scored below its weight, its 偏差原因 left empty (the
    total lowered by as much where it added up, so the one defect is the row's)."""
    for form in forms(doc):
        scores = [dec(i.score.text) if i.score is not None else None for i in form.indicators]
        budget_scores = [dec(b.score.text) if b.score is not None else None for b in form.budget
                         if b.role != "part"]
        total = dec(form.total.text) if form.total is not None else None
        adds_up = (total is not None and None not in scores and None not in budget_scores
                   and sum(scores) + sum(budget_scores) == total)
        for ind in form.indicators:
            weight, site = ind.weight, cell_site(ind.score.cell) if ind.score is not None else None
            if (weight is None or weight < 2 or site is None or dec(site[2]) != weight
                    or ind.target is None or ind.actual is None or not target_met(ind.target.text, ind.actual.text)):
                continue
            if ind.deviation is not None and ind.deviation.text not in ("", "无", "/", "-", "—"):
                continue
            low = weight - max(1, int(weight) // 5)
            text = str(low.quantize(Decimal(1))) if places(site[2]) == 0 else f"{low:.{places(site[2])}f}"
            new = replace_span(lines, site[0], site[1], site[2], text)
            if not new:
                continue
            tsite = cell_site(form.total.cell) if adds_up and form.total is not None else None
            if tsite is not None:
                t_new = total - (weight - low)
                t_text = f"{t_new:.{places(tsite[2])}f}"
                new = replace_span(new, tsite[0], tsite[1], tsite[2], t_text) if tsite[0] != site[0] else None
                if not new:
                    continue
            yield Mutation("score_met", path, new, {site[0]},
                           f"score {site[2]} → {text} though {ind.actual.text} meets {ind.target.text} [{ind.name}]")


def row_label(row) -> str:
    """A table row's label: its first cell that is not a figure, spaces out."""
    for cell in row.cells:
        value = cell.text.value.strip()
        if value and dec(value) is None:
            return re.sub(r"[\s\u3000]", "", value)
    return ""


def m_restated(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    """A 万元 figure the prose states for a table row (`基本支出 812.40 万元` where the 万元 table's
    row 基本支出 holds 812.40) written otherwise: the prose and the table then disagree on it.
    The label must name one row only across the document's 万元 tables, and the new figure is
    in none of them."""
    rows: dict[str, list[set[Decimal]]] = defaultdict(list)
    for table in blocks(doc, Table):
        if (table.declared_unit or "") != "万元":
            continue
        for row in table.rows:
            label = re.sub(r"^[\d.、（）()一二三四五六七八九十]+", "", row_label(row))
            values = {v for c in row.cells if (v := dec(c.text.value.strip()))}
            if len(label) >= 4 and values:
                rows[label].append(values)
    unique = {label: vals[0] for label, vals in rows.items() if len(vals) == 1}
    for n, src in paragraph_lines(doc, lines):
        for label, values in unique.items():
            at = src.find(label)
            if at < 0 or src.find(label, at + 1) >= 0:
                continue
            m = MONEY.search(src, at + len(label))
            if (not m or m.group(2) != "万元" or m.start() - at - len(label) > 6
                    or re.search(r"[，。；、,]", src[at + len(label):m.start()]) or dec(m.group(1)) not in values):
                continue
            wrong = bump(m.group(1))
            if any(dec(wrong) in v for vals in rows.values() for v in vals):
                continue
            new = replace_span(lines, n, m.start(1) + 1, m.group(1), wrong)
            if new:
                yield Mutation("restated", path, new, {n}, f"{label} {m.group(1)} → {wrong} (the table's row holds {m.group(1)})")


def m_rate_unit(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    """A 自评表 indicator filled with the wrong kind of figure, as the labels show it: a rate
    (name ending in 率, both values in %) whose target lost its % beside the actual's, or whose
    values are head counts; an amount (资金 / 经费 / 金额, both values in 万元 / 元) whose actual is
    a rate."""
    for form in forms(doc):
        for ind in form.indicators:
            t = cell_site(ind.target.cell) if ind.target is not None else None
            a = cell_site(ind.actual.cell) if ind.actual is not None else None
            if t is None or a is None or t[0] != a[0] or t[1] == a[1]:
                continue
            name = ind.name.strip()
            if name.endswith("率") and t[2].endswith("%") and a[2].endswith("%") \
                    and _TARGET.match(t[2]) and _TARGET.match(a[2]):
                changes = [((t,), t[2][:-1], "target's % dropped"),
                           ((a, t), None, "values written as head counts")]
            elif re.search(r"资金|经费|金额", name[-4:]) and MONEY.fullmatch(a[2]) and MONEY.search(t[2]):
                changes = [((a,), "100%", "amount's actual written as a rate")]
            else:
                continue
            for sites, text, how in changes:
                new = lines
                for site in sorted(sites, key=lambda s: -s[1]):  # right to left: columns stay put
                    new = replace_span(new, site[0], site[1], site[2], text if text is not None else site[2][:-1] + "人")
                    if new is None:
                        break
                if new:
                    yield Mutation("rate_unit", path, new, {t[0]}, f"{how} [{name}: {t[2]} / {a[2]}]")


# `在职人员 50 人，其中行政编制 12 人、事业编制 38 人。`: a head count and its parts, up to the
# sentence's end, every part a plain name and a whole number of 人 (no brackets: a part's own
# breakdown inside them would count twice), the parts adding up to the count.
_HEADS = re.compile(r"(?<![\d.])(\d+)\s*人\s*[，,]?\s*(?:其中|包括)\s*[:：]?\s*((?:[^\d，,、。；;：:（）()]{1,14}?\s*\d+\s*人\s*[、，,]?\s*){2,})(?=[。；;]|$)")
_HEAD_PART = re.compile(r"([^\d，,、。；;：:（）()]{1,14}?)\s*(\d+)\s*人")


def m_count_parts(path: str, lines: list[str], doc: Document) -> Iterator[Mutation]:
    for n, src in paragraph_lines(doc, lines):
        for m in _HEADS.finditer(src):
            parts = list(_HEAD_PART.finditer(m.group(2)))
            values = [int(p.group(2)) for p in parts]
            if sum(values) != int(m.group(1)) or sum(1 for v in values if v) < 2:
                continue
            for p in parts:
                if not int(p.group(2)):
                    continue
                at = m.start(2) + p.start(2)
                wrong = bump(p.group(2))
                new = replace_span(lines, n, at + 1, p.group(2), wrong)
                if new:
                    yield Mutation("count_parts", path, new, {n},
                                   f"{p.group(1).strip()} {p.group(2)}人 → {wrong}人 (其中 of {m.group(1)}人)")


MUTATORS: dict[str, Callable[[str, list[str], Document], Iterator[Mutation]]] = {
    "total_table": m_total_table, "total_prose": m_total_prose, "score": m_score,
    "dup_indicator": m_dup_indicator, "dup_text": m_dup_text, "year": m_year, "unit": m_unit,
    "numbering": m_numbering, "percent": m_percent, "placeholder": m_placeholder, "typo": m_typo,
    "count": m_count, "year_current": m_year_current, "score_met": m_score_met, "restated": m_restated,
    "rate_unit": m_rate_unit, "count_parts": m_count_parts, "typo_word": m_typo_word,
}


# -- running -------------------------------------------------------------------------------

def lint(text: str, path: str, checks) -> list[tuple[str, int, int, frozenset[int]]]:
    """(code, first line, last line, the lines of its related places) of every finding on ``text``."""
    fmt = "markdown" if path.endswith(".md") else "text"
    doc = parse_text(text, path, source_format=fmt)
    run = run_checks(doc, checks, Context())
    return [(d.code, d.location.line, d.location.end_line or d.location.line,
             frozenset(r.location.line for r in d.related)) for d in run.diagnostics]


def seed_files(folders: list[Path]) -> list[Path]:
    files: list[Path] = []
    for folder in [*folders, ROOT / "examples"]:
        files += sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".md") and p.is_file())
    return files


def family(code: str) -> str:
    return PREFIX_FAMILY.get(code[:1], "?")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-seed", type=int, default=5, help="mutations of each kind per seed text")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument("--show-noise", type=int, default=0)
    args = ap.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    checks = instantiate(discover())
    stats: dict[str, Counter] = {k: Counter() for k in kinds}
    if "typo_word" in kinds:
        texts = [f.read_text(encoding="utf-8", errors="replace") for f in seed_files(args.folders)]
        RECURRING.update(recurring_strings(texts))
        SEEN_TEXT.append("\n".join(texts))
    misses: list[str] = []
    noise_notes: list[str] = []
    for file in seed_files(args.folders):
        text = file.read_text(encoding="utf-8", errors="replace")
        path = file.name
        lines = text.split("\n")
        doc = parse_text(text, path, source_format="markdown" if path.endswith(".md") else "text")
        before = Counter(f[:3] for f in lint(text, path, checks))
        for kind in kinds:
            candidates = [m for m in MUTATORS[kind](path, lines, doc) if m.lines is not None]
            # the sample depends on the seed, the file and the kind only, so two versions of
            # perflint are measured on the same mutations
            rng = random.Random(f"{args.seed}:{path}:{kind}")
            for mut in rng.sample(candidates, min(args.per_seed, len(candidates))):
                if any(family(c) == KINDS[kind] and any(mut.shift(a) <= t <= mut.shift(b) for t in mut.targets)
                       for c, a, b in before):
                    stats[kind]["masked"] += 1  # the line already holds a finding of the family
                    continue
                found = lint("\n".join(mut.lines), path, checks)
                after = Counter(f[:3] for f in found)
                related: dict[tuple[str, int, int], set[int]] = defaultdict(set)
                for c, a, b, rel in found:
                    related[(c, a, b)] |= rel
                old = Counter({(c, mut.shift(a), mut.shift(b)): k for (c, a, b), k in before.items()})
                new = after - old
                on = [f for f in new if any(f[1] <= t <= f[2] for t in mut.targets)]
                # a finding elsewhere that points back at the mutated line (a contents entry that no
                # longer matches the heading a typo went into, C724 with the heading as its related
                # place) was caused by the defect: not noise, nor a hit
                off = [f for f in new if f not in on and not related[f] & mut.targets]
                s = stats[kind]
                s["tried"] += 1
                right = [f for f in on if family(f[0]) == KINDS[kind]]
                if right:
                    s["hit"] += 1
                elif on:
                    s["other"] += 1
                if not right and len(misses) < 10_000:
                    misses.append(f"{kind:13} {path}:{min(mut.targets)}  {mut.note}"
                                  + (f"  (found {', '.join(sorted({f[0] for f in on}))})" if on else ""))
                s["noise_same"] += sum(new[f] for f in off if family(f[0]) == KINDS[kind])
                s["noise_other"] += sum(new[f] for f in off if family(f[0]) != KINDS[kind])
                for f in off:
                    same = "=" if family(f[0]) == KINDS[kind] else "≠"
                    noise_notes.append(f"{same} {kind:13} {path}:{f[1]} {f[0]}  after {mut.note}")
    print(f"{'kind':14}{'tried':>6}{'hit':>6}{'recall':>8}{'other':>7}{'noise=':>8}{'noise≠':>8}{'masked':>8}")
    total = Counter()
    for kind in kinds:
        s = stats[kind]
        total.update(s)
        rec = f"{100 * s['hit'] / s['tried']:.1f}%" if s["tried"] else "—"
        print(f"{kind:14}{s['tried']:6}{s['hit']:6}{rec:>8}{s['other']:7}{s['noise_same']:8}{s['noise_other']:8}{s['masked']:8}")
    rec = f"{100 * total['hit'] / total['tried']:.1f}%" if total["tried"] else "—"
    print(f"{'overall':14}{total['tried']:6}{total['hit']:6}{rec:>8}{total['other']:7}{total['noise_same']:8}{total['noise_other']:8}{total['masked']:8}")
    print("(hit: a finding of the defect's family on the mutated line; other: only another family's there; "
          "noise=/≠: new findings elsewhere of the same / another family; masked: sampled sites whose line already had a "
          "finding of the family, not tried)")
    for line in misses[:args.show_misses]:
        print("MISS", line)
    for line in noise_notes[:args.show_noise]:
        print("NOISE", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
