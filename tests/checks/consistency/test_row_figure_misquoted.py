"""C718 row-figure-misquoted: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import RowFigureMisquoted

from .._harness import run

# A 三公 table of a 决算 and the section that restates it.
DRAFT = """某县文物所2023年度单位决算
九、财政拨款“三公”经费支出决算表
单位：万元
| 项目 | 预算数 | 决算数 |
| 因公出国（境）费 | 0.00 | 0.00 |
| 公务接待费 | 0.80 | 0.47 |
| 公务用车购置及运行维护费 | 3.00 | 2.64 |
十、“三公”经费支出决算情况说明
{sentence}
"""


def test_a_row_restated_with_another_figure():
    text = DRAFT.format(sentence="2023年度“三公”经费支出决算中，公务接待费支出决算1.47万元，占15.11%；"
                                 "公务用车购置及运行维护费支出决算2.64万元，占84.89%。")
    [d] = run(RowFigureMisquoted, text)
    assert d.location.line == 9
    assert "1.47" in d.message("zh") and "0.80、0.47" in d.message("zh")


@pytest.mark.parametrize("sentence", [
    # the row's own figures: the 决算数, or the 预算数, or in 元
    "公务接待费支出决算0.47万元，公务用车购置及运行维护费支出决算2.64万元。",
    "公务接待费支出0.80万元，公务用车购置及运行维护费支出决算2.64万元。",
    # a budget is not read: a table of spending (基本支出明细表) does not show it
    "公务接待费预算1.50万元，公务用车购置及运行维护费支出决算2.64万元。",
    "公务接待费支出决算4700元，公务用车购置及运行维护费支出决算2.64万元。",
    # last year's figure, and a longer name (another scope)
    "公务接待费支出决算0.47万元，比上年减少0.35万元，上年公务接待费0.82万元。",
    "一般公共预算财政拨款公务接待费支出1.47万元，公务用车购置及运行维护费支出决算2.64万元。",
    # no other figure of the sentence quotes the table: which table is meant is not known
    "公务接待费支出决算1.47万元。",
])
def test_quiet_when_the_prose_quotes_the_row_or_another_quantity(sentence):
    assert run(RowFigureMisquoted, DRAFT.format(sentence=sentence)) == []


def test_in_a_budget_the_budget_figure_is_read():
    # a 预算 part's tables are budgets: 公务接待费预算 quotes the row
    budget = ("某县文物所2024年部门预算\n七、“三公”经费预算表\n单位：万元\n| 项目 | 2024年预算数 |\n"
              "| 公务接待费 | 0.80 |\n| 公务用车购置及运行维护费 | 3.00 |\n八、“三公”经费预算说明\n"
              "公务接待费预算{a}万元，公务用车购置及运行维护费预算3.00万元。\n")
    [d] = run(RowFigureMisquoted, budget.format(a="1.80"))
    assert "1.80" in d.message("zh")
    assert run(RowFigureMisquoted, budget.format(a="0.80")) == []
