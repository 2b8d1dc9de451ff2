"""自评表 scoring rules on forms we wrote: each fires on a wrong form and stays quiet on a right one."""

from perflint.checks.arithmetic import (
    BudgetScoreMismatch,
    CompletionRateMismatch,
    ExecutionRateMismatch,
    ScoreAboveWeight,
    TotalScoreMismatch,
    WeightsNotHundred,
)

from perflint.check import Context
from perflint.read.text import parse_text

FORM = """示范县农机站2023年度农机补贴项目绩效自评表

填报日期：2024 年 3 月\t总分：{header_total}

预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）
\t年度财政资金总额\t50\t{actual}\t{rate}\t{budget_score}
一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分
产出指标（{output_weight}分）\t数量指标\t补贴农机台数\t≥200台\t210台\t25
\t质量指标\t机具合格率\t≥95%\t97%\t{quality_score}
效益指标（30分）\t社会效益指标\t农户增收户数\t≥100户\t120户\t20
\t服务对象满意度指标\t农户满意度\t≥90%\t92%\t10
总分\t{total}
偏差大或目标未完成原因分析\t无
"""

GOOD = dict(header_total="100", actual="50", rate="100%", budget_score="10", output_weight="60",
            quality_score="35", total="100")


def run(check, **changes):
    doc = parse_text(FORM.format(**{**GOOD, **changes}), "form.txt")
    return list(check().run(doc, Context()))


def test_correct_form_is_quiet_for_every_scoring_rule():
    for check in (ExecutionRateMismatch, BudgetScoreMismatch, ScoreAboveWeight, TotalScoreMismatch,
                  WeightsNotHundred, CompletionRateMismatch):
        assert run(check) == [], check.code


def test_execution_rate_recomputed():
    [diag] = run(ExecutionRateMismatch, actual="45", rate="95%", budget_score="9.5")
    assert diag.location.line == 6
    assert "45 ÷ 50 = 90%" in diag.message("zh")


def test_execution_rate_at_displayed_precision_is_quiet():
    assert run(ExecutionRateMismatch, actual="45.55", rate="91.1%", budget_score="9.11") == []


def test_execution_rate_written_as_a_fraction_is_read_as_one():
    """Spreadsheet exports show 90% as 0.9: a fraction, not 0.9%."""
    assert run(ExecutionRateMismatch, actual="45", rate="0.9", budget_score="9") == []
    [diag] = run(ExecutionRateMismatch, actual="45", rate="0.95", budget_score="9.5")
    assert "45 ÷ 50 = 90" in diag.message("zh")


def test_budget_score_is_weight_times_rate():
    [diag] = run(BudgetScoreMismatch, actual="45", rate="90%", budget_score="10", total="100")
    assert "10 × 90% = 9.00" in diag.message("zh")
    assert run(BudgetScoreMismatch, actual="45", rate="90%", budget_score="9") == []


def test_total_score_is_sum_of_scores():
    [diag] = run(TotalScoreMismatch, quality_score="30")
    assert diag.location.line == 12
    assert "10 + 25 + 30 + 20 + 10 = 95" in diag.message("zh")
    assert "95" in diag.message("en")


def test_group_scores_above_group_weight():
    [diag] = run(ScoreAboveWeight, output_weight="50", total="100")
    assert "25 + 35 = 60" in diag.message("zh")


def test_weights_must_make_100():
    [diag] = run(WeightsNotHundred, output_weight="50", quality_score="25", total="90")
    assert "10 + 50 + 30 = 90" in diag.message("zh")


def test_completion_rate_column():
    text = ("一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t完成率\t得分\n"
            "产出指标\t数量指标\t检查次数\t4\t6\t120%\t20\n"
            "\t数量指标\t宣传次数\t2\t2\t100%\t20\n")
    diags = list(CompletionRateMismatch().run(parse_text(text, "c.txt"), Context()))
    assert len(diags) == 1
    assert "6 ÷ 4 = 150%" in diags[0].message("zh")

