"""A122 budget-score-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import BudgetScoreMismatch

from perflint.diagnostics import Severity

from ._drafts import run_scoring


def test_budget_score_is_weight_times_rate():
    [diag] = run_scoring(BudgetScoreMismatch, actual="45", rate="90%", budget_score="10", total="100")
    assert "10 × 90% = 9.00" in diag.message("zh")
    assert run_scoring(BudgetScoreMismatch, actual="45", rate="90%", budget_score="9") == []


# a 项目支出 自评表 with a 分值 column, modelled on the national form (figures made up)
_FORM = (
    "项目支出绩效自评表\n（2023年度）\n项目名称\t乡村道路养护项目\n"
    "主管部门\t某县交通运输局\t实施单位\t某县公路事务中心\n"
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "\t年度资金总额\t80\t80\t{actual}\t{weight}\t{rate}\t{score}\n"
    "\t其中：当年财政拨款\t80\t80\t{actual}\t—\t{rate}\t—\n"
)


def _run_form(**cells: str):
    from .._harness import run

    return run(BudgetScoreMismatch, _FORM.format(**cells), "form.txt")


def test_inflated_budget_score_is_an_error():
    [diag] = _run_form(actual="68", weight="10", rate="85%", score="10")
    assert diag.severity is Severity.error


def test_score_below_the_formula_is_a_warning():
    """9 of 10 at 97.80%: whole points rounded down or a provincial band, not certainly wrong."""
    [diag] = _run_form(actual="78.24", weight="10", rate="97.80%", score="9")
    assert diag.severity is Severity.warning
    assert "10 × 97.80% = 9.78" in diag.message("zh")


def test_total_weight_in_the_budget_row_is_a_warning():
    """分值 100 is the form's total, misplaced in the budget row (or a misread table)."""
    [diag] = _run_form(actual="68", weight="100", rate="85%", score="96")
    assert diag.severity is Severity.warning
    assert _run_form(actual="68", weight="10", rate="85%", score="8.5") == []


# the budget block above an indicator table scored to hundredths, and its 总分
_SCORED_TO_HUNDREDTHS = _FORM + (
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t养护道路里程\t≥60公里\t50公里\t45\t{indicator}\n"
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t45\t45\n"
    "总分\t\t\t\t\t100\t{total}\n"
)


def test_a_whole_score_on_a_form_that_scores_to_hundredths_is_no_rounding():
    """10 of 10 at 97%: whole points would round 9.70 to 10, but this form scores 37.50 and
    totals 92.20, so its 10 is the execution score inflated; a person judges (warning)."""
    from .._harness import run

    cells = dict(actual="77.60", weight="10", rate="97.00%", indicator="37.50")
    [diag] = run(BudgetScoreMismatch, _SCORED_TO_HUNDREDTHS.format(score="10", total="92.50", **cells), "form.txt")
    assert diag.severity is Severity.warning and "10 × 97.00% = 9.70" in diag.message("zh")
    assert run(BudgetScoreMismatch, _SCORED_TO_HUNDREDTHS.format(score="9.70", total="92.20", **cells), "form.txt") == []
    # a form scored in whole points throughout rounds 9.70 to 10
    whole = _SCORED_TO_HUNDREDTHS.format(score="10", total="93", **{**cells, "indicator": "38"})
    assert run(BudgetScoreMismatch, whole, "form.txt") == []


# A 部门整体 form whose 基本支出 / 项目支出 rows repeat their own 分值 and 得分 under the total's
# ``执行率*该指标分值`` rule (figures made up); a part's score counts toward no total: warning.
_SPENDING_ROWS = """某乡人民政府2023年度部门整体支出绩效自评表
| 部门（单位）总体资金（万元） | 资金来源 | 年初预算数（A） | 全年执行数（B） | 分值（10分） | 得分 | 得分计算方法 |
| | 年度资金总额： | 820 | 845 | 10 | 10 | 执行率*该指标分值，最高不得超过分值上限。 |
| | 基本支出 | 700 | {basic} | 10 | 10 | |
| | 项目支出 | 120 | 195 | 10 | 10 | |
| | 其他 | | | | | |
| 年度总体目标 | 年初设定目标 | 年度总体目标完成情况 | | | | |
"""


def test_a_spending_row_scoring_its_own_full_marks_below_full_execution_is_a_warning():
    from .._harness import run

    [diag] = run(BudgetScoreMismatch, _SPENDING_ROWS.format(basic="650"), "form.md")
    assert diag.severity is Severity.warning and "10 × 92.86% = 9.29" in diag.message("zh")
    assert diag.location.line == 4
    # 项目支出 spent above its budget earns its weight; 基本支出 at 99.6% rounds to 10
    assert run(BudgetScoreMismatch, _SPENDING_ROWS.format(basic="697"), "form.md") == []


def test_a_spending_row_wrapped_before_its_scores_is_scored_too():
    from .._harness import run

    wrapped = _SPENDING_ROWS.replace("| | 基本支出 | 700 | {basic} | 10 | 10 | |", "| | 基本支出 | 700 | {basic} |\n10 | 10 | |")
    [diag] = run(BudgetScoreMismatch, wrapped.format(basic="650"), "form.md")
    assert diag.severity is Severity.warning and diag.location.line == 5
    assert run(BudgetScoreMismatch, wrapped.format(basic="697"), "form.md") == []


# a 自评表 read one cell a line, its 全年执行数 cell lost and its 总分 read where the budget
# score stands (modelled on a document-sharing site's text of a 自评表; figures made up)
_CELL_A_LINE = (
    "项目支出绩效自评表\n（2023年度）\n项目名称\n农产品抽检经费\n主管部门\n实施单位\n某县市场监督管理局\n"
    "项目资金\n（万元）\n年初预算数\n调整预算数\n全年执行数\n分值\n执行率\n得分\n"
    "年度资金总额\n40\n40\n10\n100%\n{score}\n其中：当年财政拨款\n40\n40\n\n100%\n\n"
)


def test_a_budget_score_above_any_budget_weight_is_a_misread_cell_not_an_error():
    """99 in a 10-point row is the form's 总分 read into a row that lost a cell: warn, not error."""
    from .._harness import run

    [diag] = run(BudgetScoreMismatch, _CELL_A_LINE.format(score="99"), "form.txt")
    assert diag.severity is Severity.warning


def test_an_inflated_budget_score_on_a_cell_a_line_form_is_still_an_error():
    from .._harness import run

    [diag] = run(BudgetScoreMismatch, _CELL_A_LINE.format(score="12"), "form.txt")
    assert diag.severity is Severity.error
