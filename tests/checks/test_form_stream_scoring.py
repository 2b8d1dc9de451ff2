"""Scoring rules on 自评表 laid out the way real drafts flatten them (forms we wrote)."""

from pathlib import Path

from perflint.checks.arithmetic import (
    BudgetScoreMismatch,
    BudgetTotalParts,
    ScoreNotFollowingCompletion,
    WeightsNotHundred,
)
from perflint.checks.boilerplate import DeviationNoneDespiteMiss

from perflint.check import Context
from perflint.read.loader import load
from perflint.read.text import parse_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "forms"

ONE_LINE = (
    "项目支出绩效自评表 (2023年度) 项目名称 乡村道路养护经费 主管部门 云塘镇人民政府 实施单位 云塘镇农业服务中心 "
    "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: {total} "
    "其中:本年财政拨款 {part} 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 完成道路养护 "
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标(50分) 数量指标 养护道路里程 ≥40公里 {km} 20 {km_score} 质量指标 养护路段合格率 ≥95% 96% 20 {q_score} "
    "成本指标 养护成本 ≤60万元 58万元 10 10 "
    "效益指标(30分) 社会效益指标 群众出行便利程度 明显改善 达成预期指标 30 30 "
    "满意度指标(10分) 满意度指标 沿线群众满意度 ≥90% 92% 10 10 总分 100 {sum}"
)
GOOD = dict(total="60 60 58 10 96.67% 9.67", part="60 60 58", km="42公里", km_score="20", q_score="20", sum="99.67")


def run(check, text=None, **changes):
    text = text if text is not None else ONE_LINE.format(**{**GOOD, **changes})
    return list(check().run(parse_text(text, "form.txt"), Context()))


def test_correct_flattened_form_is_quiet():
    for check in (BudgetTotalParts, ScoreNotFollowingCompletion, BudgetScoreMismatch, WeightsNotHundred):
        assert run(check) == [], check.code


def test_total_of_zero_while_the_appropriation_holds_the_money():
    [diag] = run(BudgetTotalParts, total="0 0 0 10 0 0")
    assert "年初预算数为 0" in diag.message("zh") and "= 60" in diag.message("zh")
    assert diag.severity.name == "error"


def test_total_with_all_its_sources_at_zero():
    [diag] = run(BudgetTotalParts, part="0 0 0")
    assert "年度资金总额年初预算数为 60" in diag.message("zh")


def test_sources_left_blank_are_no_finding():
    assert run(BudgetTotalParts, part="") == []


def test_total_within_rounding_of_its_sources_is_quiet():
    assert run(BudgetTotalParts, total="60.00 60.00 58.00 10 96.67% 9.67", part="60 60 58") == []


def test_score_above_the_completed_share_is_a_warning():
    [diag] = run(ScoreNotFollowingCompletion, km="30公里", km_score="18")
    assert "20 × 75.0% = 15.00" in diag.message("zh")
    assert diag.severity.name == "warning"


def test_full_points_for_a_missed_target():
    [diag] = run(ScoreNotFollowingCompletion, km="38公里")
    assert "表中得 20" in diag.message("zh")


def test_points_lost_although_the_target_was_met():
    [diag] = run(ScoreNotFollowingCompletion, q_score="18", sum="97.67")
    assert "已达到目标" in diag.message("zh")


def test_score_at_the_share_is_quiet():
    assert run(ScoreNotFollowingCompletion, km="30公里", km_score="15") == []


def test_direction_guessed_from_the_name_alone_is_not_judged():
    text = ONE_LINE.format(**GOOD).replace("养护成本 ≤60万元 58万元 10 10", "病例控制数 60人 50人 10 9")
    assert run(ScoreNotFollowingCompletion, text=text) == []


CELL_PER_LINE = """项目支出绩效自评表 |
||||||
年初预算数 |
全年预算数 |
全年执行数 |
分值 |
执行率 |
得分 |
||||||
年度资金总额 |
80万 |
80万 |
60万 |
{weight} |
75% |
{score} |
||||||
其中:当年财政拨款 |
80万 |
80万 |
60万 |
— |
|
— |
||||||
一级指标 |
二级指标 |
三级指标 |
年度 指标值 |
实际 完成值 |
分值 |
得分 |
偏差原因分析及改进措施 |
||||||
产出指标 |
数量指标 |
资金拨付率 |
100% |
75% |
{w1} |
{s1} |
{reason}|
||||||
质量指标 |
验收合格率 |
100% |
100% |
{w2} |
{w2} |
|
||||||
"""


def cells(**changes):
    values = dict(weight="10", score="7.5", w1="45", s1="33.75", w2="45", reason="资金下达较晚 ")
    return CELL_PER_LINE.format(**{**values, **changes})


def test_cell_per_line_form_is_quiet_when_right():
    for check in (BudgetTotalParts, ScoreNotFollowingCompletion, BudgetScoreMismatch, WeightsNotHundred,
                  DeviationNoneDespiteMiss):
        assert run(check, cells()) == [], check.code


def test_cell_per_line_budget_score_and_weight_of_100():
    [score] = run(BudgetScoreMismatch, cells(weight="100", score="98"))
    assert score.location.line == 16
    [weights] = run(WeightsNotHundred, cells(weight="100", score="98"))
    assert weights.location.line == 14 and "= 190" in weights.message("zh")


def test_cell_per_line_blank_deviation_beside_a_miss():
    [diag] = run(DeviationNoneDespiteMiss, cells(reason=""))
    assert diag.location.line == 42


def test_layout_fixtures_are_quiet_for_budget_sums():
    for name in ("cell_per_line.txt", "one_line.txt", "pipe_split_target.txt", "tab_rows.txt", "pipe_header_split.txt"):
        assert list(BudgetTotalParts().run(load(FIXTURES / name), Context())) == [], name


WHOLE_DEPARTMENT = """部门整体支出绩效自评表
年度预算申请	年初预算数	全年预算数	全年执行数	分值	执行率	得分
年度资金总额	600.00	640.00	{actual}	10	{rate}	{score}
按收入性质分:640.00	按支出性质分:{spent}
其中: 一般公共预算:500.00	其中:基本支出:{basic}
政府性基金拨款:40.00	项目支出:{project}
其他资金:100.00
年度总体目标	预期目标	实际完成情况
"""


def whole(**changes):
    values = dict(actual="620.00", rate="96.88%", score="9.69", spent="620.00", basic="420.00", project="200.00")
    return WHOLE_DEPARTMENT.format(**{**values, **changes})


def test_whole_department_breakdowns_agree():
    assert run(BudgetTotalParts, whole()) == []


def test_actual_is_not_the_spending_by_nature():
    [diag] = run(BudgetTotalParts, whole(actual="640.00", rate="100%", score="10"))
    assert diag.location.line == 3 and "420.00 + 200.00 = 620.00" in diag.message("zh")
    assert diag.severity.name == "warning"


def test_spending_by_nature_that_breaks_down_the_budget_is_not_compared_with_the_actual():
    """Some forms put the budget's breakdown under 按支出性质分: it equals the 全年预算数."""
    assert run(BudgetTotalParts, whole(spent="640.00", basic="440.00", project="200.00")) == []


def test_spending_by_nature_is_not_the_sum_of_its_parts():
    [diag] = run(BudgetTotalParts, whole(basic="400.00"))
    assert "按支出性质分合计 620.00" in diag.message("zh") and diag.severity.name == "error"


def test_total_of_a_stream_form_is_checked_only_when_its_rows_are_whole():
    from perflint.checks.arithmetic import TotalScoreMismatch

    assert run(TotalScoreMismatch) == []
    [diag] = run(TotalScoreMismatch, sum="95")
    assert "= 99.67" in diag.message("zh")
    # a row lost in reading (no weight/score pair): the sum would be partial, so stay quiet
    text = ONE_LINE.format(**{**GOOD, "sum": "95"}).replace("成本指标 养护成本 ≤60万元 58万元 10 10 ", "")
    assert run(TotalScoreMismatch, text=text) == []


GLUED = ("项目支出绩效自评表(2023年度)项目名称社区书屋更新经费 绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分"
         "偏差原因分析及改进措施产出指标数量指标新增图书册数3000册3000册3030质量指标图书验收合格率100%100%3030"
         "成本指标采购成本8万元8万元2018满意度指标读者满意度95%96%2020总分10098项目名称")


def test_form_written_with_nothing_between_cells():
    from perflint.extract.selfeval import self_evaluations

    [form] = self_evaluations(parse_text(GLUED + "\n", "form.txt"))
    got = [(str(i.target.value), str(i.actual.value), str(i.weight), str(i.score.value)) for i in form.indicators]
    assert got == [("3000", "3000", "30", "30"), ("100", "100", "30", "30"), ("8", "8", "20", "18"),
                   ("95", "96", "20", "20")]
    assert str(form.total.value) == "98"
    [diag] = run(ScoreNotFollowingCompletion, text=GLUED + "\n")
    assert "已达到目标" in diag.message("zh")


def test_cost_indicator_above_the_money_spent():
    from perflint.checks.consistency import CostAboveSpending

    text = ONE_LINE.format(**{**GOOD, "total": "60万 60万 50万 10 83.33% 8.33", "part": "60万 60万 50万"})
    text = text.replace("养护成本 ≤60万元 58万元", "养护成本 ≤60万元 48万元")
    assert run(CostAboveSpending, text=text) == []
    text = text.replace("养护成本 ≤60万元 48万元", "养护成本 ≤60万元 60万元")
    [diag] = run(CostAboveSpending, text=text)
    assert "超过本表全年执行数 50万" in diag.message("zh") and diag.severity.name == "warning"


def test_total_above_its_sources_with_a_source_left_blank_is_a_warning():
    text = ONE_LINE.format(**{**GOOD, "total": "80 80 78 10 97.5% 9.75"})
    [diag] = run(BudgetTotalParts, text=text)
    assert diag.severity.name == "warning"


def test_total_label_moved_after_its_row_by_pdf_extraction():
    text = ("财政项目支出绩效自评表 (2023 年度) 项目名称 对口帮扶经费 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
            "30000.00 30000.00 6.10 其中:当年财政拨款 {a} {b} — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元)\n")
    [diag] = run(BudgetTotalParts, text=text.format(a="0", b="0"))
    assert "30000.00" in diag.message("zh") and "0 + 0 + 0 = 0" in diag.message("zh")
    assert run(BudgetTotalParts, text=text.format(a="30000.00", b="30000.00")) == []


def test_header_before_the_levels_and_a_row_ending_at_its_score():
    """The indicator header starts before 一级指标 … 三级指标 and a row that stops at its score
    leaves its 偏差原因 cell empty: a miss there is reported."""
    text = (FIXTURES / "pipe_header_split.txt").read_text(encoding="utf-8")
    assert list(DeviationNoneDespiteMiss().run(parse_text(text, "form.txt"), Context())) == []
    missed = text.replace("| ≥ | 95 | % | 96% | 20 | 20 |  |", "| ≥ | 95 | % | 93% | 20 | 19 |")
    # the first row's reason may be a cell merged over the block: the second miss is not reported
    assert list(DeviationNoneDespiteMiss().run(parse_text(missed, "form.txt"), Context())) == []
    no_reason = missed.replace(" 部分学员因农忙未参训 |", "")
    diags = list(DeviationNoneDespiteMiss().run(parse_text(no_reason, "form.txt"), Context()))
    assert [d.location.line for d in diags] == [8, 9] and "结业考核合格率" in diags[1].message("zh")


SICHUAN_TABLE = """部门预算项目支出绩效自评表(2023年度)
绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析
产出指标\t数量指标\t维修路灯数量\t≥\t120\t盏\t{done}\t50\t50\t
效益指标\t社会效益指标\t夜间出行安全感\t定性\t提升\t\t提升\t40\t40\t
合计\t100\t\t\t\t\t\t\t\t\t
"""


def test_target_split_over_three_columns_in_a_tab_table():
    """指标性质 | 指标值 | 度量单位 hold one target: ≥ 120 盏. An actual of 完成 has no figure."""
    from perflint.checks.boilerplate import QuantifiedTargetInWords

    def run_on(done):
        return list(QuantifiedTargetInWords().run(parse_text(SICHUAN_TABLE.format(done=done), "f.txt"), Context()))

    [diag] = run_on("完成")
    assert "≥120盏" in diag.message("zh")
    assert run_on("126盏") == []


TARGET_TABLES = [
    # 绩效目标表: targets only, sometimes with their weights — no 实际完成值 column
    "2024年度项目支出绩效目标表\n项目名称\t乡村文化活动经费\n一级指标\t二级指标\t三级指标\t指标值\n"
    "产出指标\t数量指标\t文化活动场次\t≥40场\n\t质量指标\t活动验收合格率\t≥95%\n",
    "2024年度项目支出绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\t分值\n"
    "产出指标\t数量指标\t文化活动场次\t≥40场\t20\n\t质量指标\t活动验收合格率\t≥95%\t20\n"
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t10\n",
    "2024年度项目支出绩效目标表\n一级指标\t二级指标\t三级指标\t长期指标值\t年度指标值\t分值\n"
    "产出指标\t数量指标\t文化活动场次\t≥200场\t≥40场\t20\n\t质量指标\t活动验收合格率\t≥95%\t≥95%\t20\n",
    "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 |\n"
    "| 产出指标 | 数量指标 | 文化活动场次 | ≥ | 40 | 场 | 20 |\n| | 质量指标 | 活动验收合格率 | ≥ | 95 | % | 20 |\n",
]


def test_target_table_without_an_actual_column_is_not_a_self_evaluation():
    """A 绩效目标表 lists targets (and weights) only: its ≥ targets are not actuals written as
    inequalities, its weights are not scores."""
    from perflint.engine import load_registry, run_checks
    from perflint.extract.selfeval import self_evaluations

    for text in TARGET_TABLES:
        doc = parse_text(text, "targets.txt")
        assert all(not se.indicators for se in self_evaluations(doc)), text
        result = run_checks(doc, [cls() for cls in load_registry().builtin()], Context())
        assert [d.message("zh") for d in result.diagnostics] == []


def test_sichuan_form_with_units_in_their_own_column():
    """部门预算项目支出绩效自评表: 总额 row, 指标性质 | 指标值 | 度量单位, a bare 完成值 under
    the unit column, 合计 | 100 | score. Correct: quiet; a wrong rate or a dropped reason: found."""
    from perflint.checks.arithmetic import ExecutionRateMismatch

    from perflint.engine import load_registry, run_checks

    text = (FIXTURES / "sichuan_pipe.txt").read_text(encoding="utf-8")
    result = run_checks(parse_text(text, "f.txt"), [cls() for cls in load_registry().builtin()], Context())
    assert [d.message("zh") for d in result.diagnostics] == []
    [rate] = ExecutionRateMismatch().run(parse_text(text.replace("95.00% | 10", "100.00% | 10"), "f.txt"), Context())
    assert rate.location.line == 5
    dropped = text.replace(" 两处支流受上游来水影响 |", " |")
    [reason] = DeviationNoneDespiteMiss().run(parse_text(dropped, "f.txt"), Context())
    assert "河道水质达标率" in reason.message("zh")
