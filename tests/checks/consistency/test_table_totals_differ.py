"""C727 final-accounts-tables-disagree: one total in two 公开 tables (drafts we wrote)."""

from __future__ import annotations

from perflint.diagnostics import Severity
from perflint.testing import builtin_checks, lint_text

SUMMARY = """示范县图书馆2024年度部门决算
收入支出决算总表
单位：万元
| 项目 | 决算数 | 项目 | 决算数 |
| 一、一般公共预算财政拨款收入 | 300.00 | 一、文化旅游体育与传媒支出 | 300.00 |
| 本年收入合计 | 300.00 | 本年支出合计 | 300.00 |
| 总计 | 300.00 | 总计 | 300.00 |
"""

DETAIL = """支出决算表
单位：{unit}
| 科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |
|  | 合计 | {total} | {basic} | 60.00 |
| 207 | 文化旅游体育与传媒支出 | {total} | {basic} | 60.00 |
"""


def _c727(text: str) -> list:
    return [d for d in lint_text(text, checks=builtin_checks(), path="library.txt") if d.code == "C727"]


def test_quiet_when_the_tables_agree():
    assert _c727(SUMMARY + DETAIL.format(unit="万元", total="300.00", basic="240.00")) == []


def test_quiet_on_rounding_and_on_the_same_total_in_yuan():
    assert _c727(SUMMARY + DETAIL.format(unit="元", total="3000000", basic="2400000")) == []


def test_fires_when_the_detail_total_differs():
    text = SUMMARY + DETAIL.format(unit="万元", total="310.00", basic="250.00")
    (d,) = _c727(text)
    assert d.severity is Severity.warning
    assert d.location.line == 11 and d.related[0].location.line == 6
    assert "310.00" in d.message() and "300.00" in d.message()


def test_same_figure_under_another_unit_is_a_unit_slip():
    (d,) = _c727(SUMMARY + DETAIL.format(unit="元", total="300.00", basic="240.00"))
    assert "单位不同" in d.message()


def test_quiet_without_the_detail_table_or_with_two_of_them():
    assert _c727(SUMMARY) == []
    twice = SUMMARY + DETAIL.format(unit="万元", total="310.00", basic="250.00") + DETAIL.format(
        unit="万元", total="300.00", basic="240.00")
    assert _c727(twice) == []
