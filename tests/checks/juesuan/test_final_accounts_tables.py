"""The nine 公开 tables of a 部门决算 (a unit and figures we invented, every identity holding) in
the three layouts they are pasted in — space-aligned as a PDF's text gives them, tab-separated,
one cell a line: each lints clean, and each defect a reviewer checks, planted in it, is found by
the rule that owns it. Defects no rule finds yet in a layout are strict xfails: the table of what
is left, which turns red when a change finds one."""

from __future__ import annotations

import re

import pytest

from perflint.diagnostics import Severity
from perflint.testing import builtin_checks, lint_text

from .._harness import fixture

FOLDER = "juesuan_tables"
LAYOUTS = {
    "spaces": "final_accounts_tables_spaces.txt",
    "tabs": "final_accounts_tables_tabs.txt",
    "cell_per_line": "final_accounts_tables_cell_per_line.txt",
}

# An edit is (old cells, new cells): the cells in order, whatever white space the layout puts
# between them (spaces, a tab, a line break), so one edit plants the defect in every layout.
# (name, [edits], code, severity, {layout: why it is not found yet}); a finding is on a line the
# edits wrote or names one as related, or (a unit slip, found at the figures it makes wrong) on the
# line of the cells listed in AT.
DEFECTS = [
    ("项 not summing to its 款",
     [(["2130106", "科技转化与推广服务", "150.00", "0.00", "150.00", "2130122"],
       ["2130106", "科技转化与推广服务", "160.00", "0.00", "160.00", "2130122"])],
     "A102", Severity.error, {}),
    ("合计 row off its 类 rows",
     [(["合计", "975.00", "775.00", "200.00"], ["合计", "985.00", "785.00", "200.00"])],
     "A101", Severity.error, {}),
    ("合计 ≠ 基本支出 + 项目支出 on a row",
     [(["2130106", "科技转化与推广服务", "150.00", "0.00", "150.00", "2130122", "农业生产发展", "50.00"],
       ["2130106", "科技转化与推广服务", "150.00", "0.00", "140.00", "2130122", "农业生产发展", "50.00"])],
     "A101", Severity.error,
     {}),
    ("balance identity broken in the 收入支出决算总表",
     [(["年末结转和结余", "25.00"], ["年末结转和结余", "35.00"]),
      (["总计", "1000.00", "总计", "1000.00"], ["总计", "1000.00", "总计", "1010.00"])],
     "A103", Severity.error, {}),
    ("balance identity broken in the 财政拨款收入支出决算总表",
     [(["年末财政拨款结转和结余", "15.00", "15.00"], ["年末财政拨款结转和结余", "25.00", "25.00"])],
     "A103", Severity.error, {}),
    ("三公 合计 off its parts",
     [(["决算数", "12.00"], ["决算数", "13.00"])],
     "A101", Severity.error,
     {}),
    ("一般公共预算 table's total differs from the 财政拨款总表's",
     [(["2130122", "农业生产发展", "40.00", "0.00", "40.00"], ["2130122", "农业生产发展", "45.00", "0.00", "45.00"]),
      (["213", "农林水支出", "780.00", "600.00", "180.00", "21301", "农业农村", "780.00", "600.00", "180.00"],
       ["213", "农林水支出", "785.00", "600.00", "185.00", "21301", "农业农村", "785.00", "600.00", "185.00"]),
      (["合计", "955.00", "775.00", "180.00"], ["合计", "960.00", "775.00", "185.00"])],
     "C727", Severity.warning,
     {}),
    ("支出决算表's total differs from the 总表's 本年支出合计",
     [(["2130122", "农业生产发展", "50.00", "0.00", "50.00"], ["2130122", "农业生产发展", "55.00", "0.00", "55.00"]),
      (["213", "农林水支出", "800.00", "600.00", "200.00", "21301", "农业农村", "800.00", "600.00", "200.00"],
       ["213", "农林水支出", "805.00", "600.00", "205.00", "21301", "农业农村", "805.00", "600.00", "205.00"]),
      (["合计", "975.00", "775.00", "200.00"], ["合计", "980.00", "775.00", "205.00"])],
     "C727", Severity.warning, {}),
    ("单位：元 on a table whose figures are in 万元",
     [(["公开05表", "单位：万元"], ["公开05表", "单位：元"])],
     "C727", Severity.warning,
     {}),
    ("科目编码 whose 类 no row has",
     [(["22102", "住房改革支出", "45.00", "45.00", "0.00", "2210201", "住房公积金", "45.00", "45.00", "0.00",
        "财政拨款收入支出决算总表"],
       ["22202", "住房改革支出", "45.00", "45.00", "0.00", "2220201", "住房公积金", "45.00", "45.00", "0.00",
        "财政拨款收入支出决算总表"])],
     "A102", Severity.warning, {}),
    ("人员经费合计 off its 301 and 303 rows in the 基本支出表",
     [(["人员经费合计", "680.00", "301"], ["人员经费合计", "690.00", "301"])],
     "A103", Severity.error, {}),
    ("基本支出表's 合计 off its 人员经费 and 公用经费",
     [(["合计", "775.00", "人员经费合计"], ["合计", "785.00", "人员经费合计"])],
     "A101", Severity.error, {}),
    ("一般公共预算 column of the 财政拨款总表 off its 支出 rows",
     [(["本年支出合计", "955.00", "955.00"], ["本年支出合计", "955.00", "965.00"])],
     "A101", Severity.error, {}),
    ("a table declared empty holds a figure in its 合计 row",
     [(["年末结转和结余", "合计", "注：本单位2024年度无政府性基金预算财政拨款收入、支出及结转和结余，故本表为空表。"],
       ["年末结转和结余", "合计", "0.00", "5.00", "5.00", "0.00",
        "注：本单位2024年度无政府性基金预算财政拨款收入、支出及结转和结余，故本表为空表。"])],
     "C721", Severity.warning, {}),
]


ROW_SEP = {"spaces": "   ", "tabs": "\t", "cell_per_line": "\n"}  # between two cells of one row


def plant(text: str, edits, layout: str) -> tuple[str, set[int]]:
    """``text`` with each edit made, and the lines the edits wrote. An edit of three old cells
    whose new list is longer fills the row of the middle cell (a 合计 given figures)."""
    touched: list[tuple[int, int]] = []
    for old, new in edits:
        pattern = r"(?<!\S)" + r"(\s+)".join(re.escape(c) for c in old) + r"(?!\S)"
        (m,) = list(re.finditer(pattern, text))
        seps = [m.group(k) for k in range(1, len(old))]
        if len(new) > len(old):
            assert len(old) == 3 and new[:2] == old[:2] and new[-1] == old[-1]
            written = new[0] + seps[0] + new[1] + "".join(ROW_SEP[layout] + c for c in new[2:-1]) + seps[1] + new[-1]
        else:
            written = new[0] + "".join(s + c for s, c in zip(seps, new[1:], strict=True))
        text = text[:m.start()] + written + text[m.end():]
        touched.append((m.start(), m.start() + len(written)))
    lines = set()
    for start, end in touched:
        first = text.count("\n", 0, start) + 1
        lines.update(range(first, first + text.count("\n", start, end) + 1))
    return text, lines


AT = {"单位：元 on a table whose figures are in 万元": ["合计", "955.00", "775.00", "180.00"]}


def _lines_of(text: str, cells: list[str]) -> set[int]:
    pattern = r"(?<!\S)" + r"\s+".join(re.escape(c) for c in cells) + r"(?!\S)"
    (m,) = list(re.finditer(pattern, text))
    first = text.count("\n", 0, m.start()) + 1
    return set(range(first, first + text.count("\n", m.start(), m.end()) + 1))


def _lint(layout: str, text: str) -> list:
    return lint_text(text, checks=builtin_checks(), path=LAYOUTS[layout])


@pytest.mark.parametrize("layout", LAYOUTS)
def test_correct_tables_lint_clean(layout):
    assert _lint(layout, fixture(FOLDER, LAYOUTS[layout])) == []


def _cases():
    for name, edits, code, severity, missing in DEFECTS:
        for layout in LAYOUTS:
            marks = [pytest.mark.xfail(strict=True, reason=missing[layout])] if layout in missing else []
            yield pytest.param(layout, edits, code, severity, AT.get(name), marks=marks, id=f"{name} [{layout}]")


@pytest.mark.parametrize(("layout", "edits", "code", "severity", "at"), list(_cases()))
def test_planted_defect_is_found(layout, edits, code, severity, at):
    text, edited = plant(fixture(FOLDER, LAYOUTS[layout]), edits, layout)
    if at:
        edited |= _lines_of(text, at)
    found = [d for d in _lint(layout, text) if d.code == code]
    assert found and found[0].severity is severity
    assert {d.location.line for d in found} & edited or {r.location.line for d in found for r in d.related} & edited
