"""C719 execution-above-budget: fires on forms we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import ExecutionAboveBudget

from .._harness import run

# A 部门整体支出绩效自评表 whose budget rows show the 年初 and the adjusted 全年 budget (modelled on
# a county service centre's form that spent 102.59% of its full-year budget).
FORM = ("部门整体支出绩效自评表 | |||||||\n"
        "(2023年度) | |||||||\n"
        "部门 | 示范县茶产业服务中心 | ||||||\n"
        "预算资金 (万元) |\n"
        "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |\n"
        "年度资金总额 | 210.40 | {budget} | 218.75 | 10 | {rate} | 10 | |\n"
        "其中:当年财政拨款 | 210.40 | {budget} | 218.75 | — | {rate} | — | |\n"
        "上年结转资金 | — | — | |\n"
        "其他资金 | — | — | |\n")


def test_execution_above_the_full_year_budget():
    [d] = run(ExecutionAboveBudget, FORM.format(budget="210.40", rate="103.97%"))
    assert d.location.line == 6 and d.severity.name == "warning"
    assert "全年执行数 218.75 超过全年预算数 210.40" in d.message("zh")
    assert d.related[0].location.line == 6


def test_quiet_when_the_adjusted_budget_takes_in_the_addition():
    assert run(ExecutionAboveBudget, FORM.format(budget="218.75", rate="100%")) == []


def test_quiet_when_the_form_shows_only_the_initial_budget():
    """A form with one budget column, 年初预算数 (A): spending above it may follow an adjustment."""
    text = ("部门整体支出绩效自评表 | ||||||\n"
            "部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | |\n"
            "年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | |\n")
    assert run(ExecutionAboveBudget, text) == []
