"""A form's rows flattened into one line: ``基本支出 a1 a2 … 项目支出 b1 b2 … 合计 t1 t2 …``.

A PDF table read row by row puts each row's name and figures in a run of one line. Where the
names are the 决算 template's split of a whole (``inline_row_splits`` in ``arithmetic.yaml``),
each part named once and the whole right after them, and every row holds the same count of
figures, the figures are the rows' columns: each column's parts make up its whole. The reading
is taken only where at least one column does add up (the evidence that the columns line up).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from perflint import data
from perflint.text.numbers import Quantity, parse_cell
from perflint.text.patterns import compile_pattern

_MAX_COLUMNS = 8


@dataclass(frozen=True)
class InlineColumn:
    """One column of flattened rows: the parts' figures and the whole's, with the names."""

    names: tuple[str, ...]
    whole_name: str
    parts: tuple[Quantity, ...]  # offsets in the text
    whole: Quantity


@cache
def _patterns() -> list[re.Pattern[str]]:
    row = rf"((?:[-\d.,]+%?\s+){{1,{_MAX_COLUMNS}}})"
    out = []
    for spec in data.load("arithmetic").get("inline_row_splits") or ():
        parts = r"\s*".join(rf"(?<![\u4e00-\u9fff])({re.escape(p)})\s+{row}" for p in spec["parts"])
        whole = "|".join(map(re.escape, sorted(spec["whole"], key=len, reverse=True)))
        out.append(compile_pattern(
            rf"{parts}(?<![\u4e00-\u9fff])({whole})\s+((?:[-\d.,]+%?(?:\s+|$)){{1,{_MAX_COLUMNS}}})"))
    return out


def _figures(text: str, group: int, m: re.Match[str]) -> list[Quantity]:
    """The figures of a row's run, with their offsets in ``text``."""
    out = []
    for f in re.finditer(r"\S+", m.group(group)):
        q = parse_cell(f.group(0))
        if q is None:
            return []
        start = m.start(group) + f.start()
        end = start + len(f.group(0))
        out.append(replace(q, text=f.group(0), start=start, end=end, number_end=end))
    return out


def inline_columns(text: str) -> list[list[InlineColumn]]:
    """Each run of flattened split rows in ``text``, as its columns (none when no column adds up)."""
    if "支出" not in text and "经费" not in text:
        return []
    out = []
    for pat in _patterns():
        for m in pat.finditer(text):
            n = (m.lastindex or 0) // 2 - 1  # groups: (name, figures) for each part, then the whole's
            rows = [_figures(text, 2 * k + 2, m) for k in range(n + 1)]
            names = tuple(m.group(2 * k + 1) for k in range(n))
            width = len(rows[0])
            if not width or any(len(r) != width for r in rows[:-1]) or len(rows[-1]) < width:
                continue
            columns = [InlineColumn(names, m.group(2 * n + 1), tuple(r[j] for r in rows[:-1]), rows[-1][j])
                       for j in range(width)]
            if any(_adds_up(c) for c in columns):
                out.append(columns)
    return out


def _adds_up(col: InlineColumn) -> bool:
    return sum(q.base_value for q in col.parts) == col.whole.base_value and col.whole.value != 0
