"""D207 indicator-repeats-budget: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.duplicates import IndicatorRepeatsBudget

from .._harness import run
from ._drafts import SUBSIDY_ROWS, form


def test_unnamed_row_repeating_the_budget():
    rows = ["产出指标（50分）\t数量指标\t\t50\t50\t20\n", *SUBSIDY_ROWS[1:]]
    [diag] = run(IndicatorRepeatsBudget, form(rows))
    assert diag.location.line == 6
    assert "数量指标" in diag.message("zh")
    named = ["产出指标（50分）\t数量指标\t补贴资金\t50\t50\t20\n", *SUBSIDY_ROWS[1:]]
    assert run(IndicatorRepeatsBudget, form(named)) == []


PIPE_FORM = """某县农技站2023年度农技推广项目绩效自评表

| 项目 | 预算数 | 执行数 | 执行率 | 分值 | 得分 |
| 年度资金总额 | 30 | 27 | 90% | 10 | 9 |

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | {name} | 30 | 27 | 20 | 18 |
| 产出指标 | 质量指标 | 培训合格率 | ≥90% | 95% | 20 | 20 |
"""


def test_unnamed_row_of_a_pipe_form_with_a_weight_column():
    # the empty 三级指标 cell between bars: the row lines up with the header and is read by
    # column (it used to be read from the right, the weight taken for the actual)
    [diag] = run(IndicatorRepeatsBudget, PIPE_FORM.format(name=""), "draft.md")
    assert diag.location.line == 7
    assert run(IndicatorRepeatsBudget, PIPE_FORM.format(name="培训期数"), "draft.md") == []
