"""U401 money-scale: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.units import MoneyScale

from perflint.diagnostics import Severity

from .._harness import lint, run
from ._drafts import HEAD, run_fixture


def test_money_scale_names_both_figures():
    [d] = run_fixture(MoneyScale, "bad_project.txt")
    assert "18.20 元" in d.message("zh") and "18.20 万元" in d.message("zh")
    assert d.severity.name == "error"
    assert "10⁴" in d.message("en")


def test_money_scale_same_amount_in_both_units_is_quiet():
    text = "2023年度报告\n\n本年办公经费 12.50 万元，较上年持平。办公经费 125000 元已全部支出。办公经费 12.50 万元用于日常运转。\n"
    assert lint(MoneyScale, text) == []


def test_money_scale_part_in_yuan_among_wan():
    text = HEAD + ("年初下达专项经费共计60万元,具体为:\n\n1、档案数字化经费为30万元,用于扫描。\n\n"
                   "2、库房租赁经费为18元,用于租用库房。\n\n3、设备维护经费为12万元,用于维保。\n\n公用经费共计20.50万元,用于日常运转。\n")
    (d,) = lint(MoneyScale, text)
    assert d.location.line == 9 and "18元 疑为 18万元" in d.message() and d.severity is Severity.error
    assert lint(MoneyScale, text.replace("18元", "18万元")) == []



def test_money_scale_total_in_yuan_over_parts_in_wan():
    """``预算资金 2860 元，其中：中央 1716 万元、省级 572 万元、市级 572 万元``: the parts add up to
    the total's digits in 万元: the total's unit is the slip (U401), not the sum (A104)."""
    from perflint.checks.arithmetic import ProseBreakdownMismatch

    text = HEAD + "2023年度项目预算资金2860元，其中：中央补助资金1716万元，省级补助资金572万元，市级配套资金572万元。\n"
    (d,) = lint(MoneyScale, text)
    assert "2860元 疑为 2860万元" in d.message() and d.severity is Severity.error
    assert lint(ProseBreakdownMismatch, text) == []
    assert lint(MoneyScale, text.replace("2860元", "2860万元")) == []
    # digits that meet nothing: a sum that is wrong (A104's), no unit slip
    wrong = text.replace("2860元", "2680元")
    assert lint(MoneyScale, wrong) == [] and lint(ProseBreakdownMismatch, wrong) != []

def test_money_scale_fund_too_small_for_a_fund():
    (d,) = lint(MoneyScale, HEAD + "慰问经费由市级配套资金4.8元,资金已全部到位,执行率100%。\n")
    assert "4.8元" in d.message() and d.severity is Severity.warning
    assert lint(MoneyScale, HEAD + "人均补助标准4.8元,资金已全部到位。\n") == []
    assert lint(MoneyScale, HEAD + "配套资金4.8万元,结余资金0.5元已退回。\n") == []


def test_money_scale_running_costs_of_a_few_yuan():
    """A department's 机关运行经费支出 in 元 below 100, beside a change in 万元 (probe17d's planted
    决算说明): the 万 left out."""
    text = HEAD + "2023年度机关运行经费支出 61.25 元，比上年减少 3.40 万元，下降 5.26%。\n"
    (d,) = lint(MoneyScale, text)
    assert "机关运行经费支出" in d.message() and "61.25" in d.message() and d.severity is Severity.warning
    assert lint(MoneyScale, text.replace("61.25 元", "61.25 万元")) == []
    assert lint(MoneyScale, HEAD + "人均机关运行经费支出 61.25 元。\n") == []


def test_money_scale_official_reception_of_a_few_yuan():
    """A 三公 item of a 决算说明 written in 元 below 100 beside the same item in 万元 (modelled on a
    bureau's 三公 note that wrote 公务接待费 once with 元 and once with 万元): 万 left out."""
    text = HEAD + ("2023年度“三公”经费支出合计12.46万元，其中公务接待费3.27万元。\n\n"
                   "2023年度公务接待费3.27元，共接待12批次、86人次。\n\n公务用车运行维护费支出9.19元，保有车辆2辆。\n")
    diags = lint(MoneyScale, text)
    assert [d.location.line for d in diags] == [7, 9]
    assert "公务接待费" in diags[0].message() and "3.27元" in diags[0].message()
    assert all(d.severity is Severity.warning for d in diags)
    assert lint(MoneyScale, text.replace("3.27元", "3.27万元").replace("9.19元", "9.19万元")) == []
    # a standard per head or per trip is no total
    assert lint(MoneyScale, HEAD + "人均公务接待费标准80元，每批次公务接待费不超过60元。\n") == []


def test_money_scale_execution_of_a_few_yuan():
    """The 执行数 of a project written in 元 (modelled on a county 残联's 康复 self-evaluation:
    全年预算数100元，全年执行数33.78元, the 万 left out)."""
    text = HEAD + "年初预算资金数100元，全年预算数100元，全年执行数42.16元，执行率为42.16%。\n"
    (d,) = lint(MoneyScale, text)
    assert "全年执行数" in d.message() and "42.16元" in d.message() and d.severity is Severity.warning
    assert lint(MoneyScale, text.replace("元", "万元")) == []
    assert lint(MoneyScale, HEAD + "人均执行标准42.16元，全年执行数4216元。\n") == []


def test_money_scale_account_line_of_a_few_yuan_in_a_list_cut_short():
    """A 预算说明 breaks its 万元 total down by function class; one line lost its 万 and the list
    is cut off by the excerpt's edge, so it cannot be summed."""
    text = HEAD + "（二）支出预算，2025年支出预算286.40万元，其中，社会保障和就业支出3.46元，卫生健康支出2.15万元，\n"
    (d,) = lint(MoneyScale, text)
    assert "社会保障和就业支出" in d.message() and "3.46元" in d.message() and d.severity is Severity.warning
    assert lint(MoneyScale, text.replace("3.46元", "3.46万元")) == []
    # a whole number of 元 (interest, a fee) is a real small amount; so is a line not named as an account
    assert lint(MoneyScale, text.replace("3.46元", "346元")) == []
    assert lint(MoneyScale, text.replace("社会保障和就业支出3.46元", "人均标准3.46元")) == []


# A 决算说明 excerpt we wrote: a 万元 table and the sentences that quote it.
_QUOTED_TABLE = """某单位2023年“三公”经费决算情况

单位：万元
项目 | 年初预算数 | 决算数 |
公务接待费 | 0.95 | 0.39 |
公务用车运行维护费 | 2.10 | 1.36 |
基本支出 | 1,150.00 | 1,133.18 |
合计 | 1,153.05 | 1,134.93 |

本年公务接待费支出决算 0.39 万元，公务用车运行维护费支出决算 1.36 万元。
本年基本支出 1133.18 万元，主要用于人员工资和日常运转。
"""


def test_money_scale_sentence_quoting_a_table_in_the_other_unit():
    for right, wrong in (("决算 0.39 万元", "决算 0.39 元"), ("基本支出 1133.18 万元", "基本支出 1133.18 元")):
        text = _QUOTED_TABLE.replace(right, wrong)
        [d] = lint(MoneyScale, text)
        assert d.severity is Severity.warning and d.key == "table"
        assert d.location.line == text.split("\n").index(next(x for x in text.split("\n") if wrong in x)) + 1
        assert "单位：万元" in d.message("zh") and d.related[0].location.line in (5, 7)
    assert lint(MoneyScale, _QUOTED_TABLE) == []


def test_money_scale_quiet_when_the_digits_meet_by_chance_or_the_year_differs():
    # two digits and another name: 人均 0.39 元 is no quote of the 公务接待费 row
    assert lint(MoneyScale, _QUOTED_TABLE + "食堂人均每餐补助 0.39 元。\n") == []
    # last year's figure, and a table that holds the digits in 元 as well
    assert lint(MoneyScale, _QUOTED_TABLE + "上年基本支出 1133.18 元。\n") == []
    in_yuan = "\n单位：元\n项目 | 决算数 |\n基本支出 | 1133.18 |\n其他支出 | 20.00 |\n"
    assert lint(MoneyScale, _QUOTED_TABLE.replace("1133.18 万元", "1133.18 元") + in_yuan) == []


# A 三公 table and the sentence that quotes its 合计 row.
_THREE_COSTS = """某单位2023年“三公”经费支出决算情况

单位：万元
项目 | 预算数 | 决算数 |
因公出国（境）费 | 0.00 | 0.00 |
公务接待费 | 0.80 | 0.46 |
公务用车购置及运行费 | 1.60 | 1.27 |
合计 | 2.40 | 1.73 |

“三公”经费年初预算2.40万元，决算支出1.73万元，完成预算的72.08%。

单位：万元
科目 | 决算数 |"""


def test_money_scale_figure_beside_another_quote_of_the_same_row():
    """``年初预算 2.40 万元`` quotes the 合计 row in the table's unit: ``决算支出 1.73 元`` beside it
    has the digits of the same row with the unit 10⁴ off, though the sentence names no row."""
    text = _THREE_COSTS.replace("决算支出1.73万元", "决算支出1.73元")
    [d] = lint(MoneyScale, text)
    assert d.key == "table" and d.severity is Severity.warning and d.location.line == 10
    assert "合计" in d.message("zh")
    assert lint(MoneyScale, _THREE_COSTS) == []


_BASIC_SPENDING = """某单位2023年基本支出决算情况

单位：万元
科目 | 决算数 |
30201办公费 | 6.25 |
30217公务接待费 | 0.46 |
30231公务用车运行维护费 | 1.27 |

国内公务接待支出0.46万元，接待上级部门检查调研。
"""


def test_money_scale_row_named_with_its_code_and_as_an_expense_item():
    """``30217公务接待费`` is the row of 公务接待费 (the code is no part of its name), and the
    sentence's ``公务接待支出`` names the item ``公务接待费``."""
    text = _BASIC_SPENDING.replace("国内公务接待支出0.46万元", "国内公务接待支出0.46元")
    [d] = lint(MoneyScale, text)
    assert d.key == "table" and d.location.line == 9 and "“公务接待费”" in d.message("zh")
    assert lint(MoneyScale, _BASIC_SPENDING) == []
    # a name the row's stem is not in stays quiet; so does 办公 (办公费's stem, too short to pair by)
    assert lint(MoneyScale, _BASIC_SPENDING + "\n会议支出0.46元。\n") == []
    assert lint(MoneyScale, _BASIC_SPENDING + "\n日常办公支出6.25元。\n") == []


# Two tables stacked under one unit line: the second starts at its own header row.
_STACKED = """某单位2023年度收支情况

单位：万元
机构名称 | 收入合计 | 财政拨款收入 | 其他收入 |
本级 | 1,156.21 | 1,000.00 | 156.21 |
机构名称 | 支出合计 | 基本支出 | 项目支出 |
本级 | 1,105.33 | 637.44 | 467.89 |

本年度项目支出467.89万元，主要用于设备购置和信息化建设。
"""


def test_money_scale_quote_of_the_second_of_stacked_tables():
    text = _STACKED.replace("项目支出467.89万元", "项目支出467.89元")
    [d] = lint(MoneyScale, text)
    assert d.key == "table" and d.location.line == 9 and d.related[0].location.line == 7
    assert lint(MoneyScale, _STACKED) == []


# A 自评表 whose 成本指标 is a standard per 场 in 万元; the actual's unit is the question.
COST_FORM = (
    "示范县2023年度送戏下乡项目支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t成本指标\t单场演出补助标准\t≤1.50万元/场\t{actual}\t10\t10\n"
    "产出指标\t成本指标\t项目总成本\t≤50万元\t{total}\t10\t10\n"
)


def test_indicator_target_and_actual_in_units_ten_thousand_apart():
    text = COST_FORM.format(actual="1.45元/场", total="48万元")
    [d] = lint(MoneyScale, text)
    assert d.severity is Severity.warning and d.location.line == 3
    assert "1.45元/场" in d.message("zh") and "≤1.50万元/场" in d.message("zh")
    [d] = lint(MoneyScale, COST_FORM.format(actual="1.45万元/场", total="48元"))
    assert d.location.line == 4 and "48元" in d.message("zh")


def test_indicator_converted_between_units_is_quiet():
    # the same amounts written in 元: the numbers move by 10⁴ with the unit
    assert lint(MoneyScale, COST_FORM.format(actual="14500元/场", total="480000元")) == []
    assert lint(MoneyScale, COST_FORM.format(actual="1.45万元/场", total="48万元")) == []


_ROW_TABLE = """某县林业局2023年度部门决算说明
支出决算表
金额单位：万元
| 科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |
| 221 | 住房保障支出 | 35.10 | 35.10 | 0.00 |
| 22102 | 住房改革支出 | 35.10 | 35.10 | 0.00 |
| 2210201 | 住房公积金 | {row} | {row} | 0.00 |
|  | 合计 | 35.10 | 35.10 | 0.00 |
"""


def test_a_row_of_a_wan_yuan_table_filled_in_yuan_is_a_warning():
    found = [d for d in run(MoneyScale, _ROW_TABLE.format(row="351000.00")) if d.code == "U401"]
    assert found and all(d.severity is Severity.warning and d.location.line == 7 for d in found)


@pytest.mark.parametrize("row", ["35.10", "35.20", "3510.00"])
def test_a_row_in_the_tables_unit_or_merely_wrong_stays_quiet(row):
    assert [d for d in run(MoneyScale, _ROW_TABLE.format(row=row)) if d.code == "U401"] == []


def test_a_part_under_a_whole_left_at_zero_is_no_row_in_yuan():
    """A whole left at 0 above its parts (公务用车费 0 / 其中 运行维护费 25.80): any part read in 元
    rounds to that 0, so the 0 says nothing of the part's unit; A101 reports the wrong whole."""
    text = ("示范县档案馆2016年“三公”经费预算表\n金额单位：万元\n"
            "项 目 | 本年预算数 |\n合 计 | 28.40 |\n1.因公出国(境)费用 | 0 |\n2.公务接待费 | 2.60 |\n"
            "3.公务用车费 | 0 |\n其中:(1)公务用车运行维护费 | 25.80 |\n(2)公务用车购置 | 0 |\n")
    assert [d for d in run(MoneyScale, text) if d.code == "U401"] == []


def test_money_scale_completion_right_only_in_one_unit():
    """A rate stated with a budget in 万元 and an actual in 元 that is the actual ÷ budget only when
    both are read in one unit: 万 was left out of the actual (U401), not a rate computed wrongly
    (A107 leaves it)."""
    from perflint.checks.arithmetic import BudgetCompletionMismatch

    text = HEAD + ("2023年度项目全年预算为900.00万元，其中县级资金380.00万元。"
                   "截至年底，实际支出{actual}，预算执行率为{rate}。\n")
    bad = text.format(actual="873.00元", rate="97.00%")
    (d,) = lint(MoneyScale, bad)
    assert "873.00元" in d.message() and "900.00万元" in d.message() and d.severity is Severity.warning
    assert lint(BudgetCompletionMismatch, bad) == []
    # right as written, or wrong in either unit (A107's), stays quiet here
    assert lint(MoneyScale, text.format(actual="873.00万元", rate="97.00%")) == []
    wrong = text.format(actual="873.00元", rate="95.00%")
    assert lint(MoneyScale, wrong) == [] and lint(BudgetCompletionMismatch, wrong) != []


# A Sichuan-style 自评表: 指标性质 | 指标值 | 度量单位 | 完成值, the budget block in 万元.
_UNIT_COLUMN_FORM = """部门预算项目支出绩效自评表(2023年度)
| 项目名称 | 51000023R000000067890-村道日常养护经费 |
| 主管部门 | 示范县交通运输局 | 实施单位 | 示范县公路养护站 |
| 预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |
| 总额 | 50.00 | 50.00 | 48.00 | 96.00% | 10 | 9.6 | 按实际工程量结算 |
| 其中:财政资金 | 50.00 | 50.00 | 48.00 | 96.00% | / | / |
| 绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
| 产出指标 | 数量指标 | 养护里程 | ≥ | 120 | 公里 | 126 | 30 | 30 | |
| 产出指标 | 成本指标 | {cost} | 20 | 20 | |
| 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥ | 90 | % | 93 | 30 | 30 | |
| 合计 | 100 | 89.6 |
"""


def _unit_column(cost: str) -> list:
    return [d for d in lint(MoneyScale, _UNIT_COLUMN_FORM.format(cost=cost)) if d.code == "U401"]


def test_cost_indicator_in_yuan_with_the_digits_of_the_budget_in_wan():
    """``项目总成本 ≤ 50 元`` in a form whose budget is 50.00 万元: the 度量单位 column says 元 of a
    figure of the budget's scale, 万 left out."""
    (d,) = _unit_column("项目总成本 | ≤ | 50 | 元 | 48")
    assert d.severity is Severity.warning and d.location.line == 9 and d.key == "indicator_budget"
    assert "≤50元" in d.message() and "50.00 万元" in d.message()
    assert _unit_column("项目总成本 | ≤ | 50 | 万元 | 48") == []
    # the actual with the digits of what was spent
    (d,) = _unit_column("项目总成本 | ≤ | 52 | 元 | 48")
    assert "实际完成值 48元" in d.message() and "48.00 万元" in d.message()
    # a standard per head, or an amount of other digits, in 元 is no slip
    assert _unit_column("人均养护成本标准 | ≤ | 50 | 元 | 48") == []
    assert _unit_column("单公里养护成本 | ≤ | 50 | 元/公里 | 48") == []
    assert _unit_column("项目总成本 | ≤ | 500000 | 元 | 480000") == []


def test_actual_ten_thousand_times_its_target_in_one_money_unit():
    """``≤ 50 | 万元 | 480000``: the actual was filled in 元 under the row's 万元."""
    (d,) = _unit_column("项目总成本 | ≤ | 50 | 万元 | 480000")
    assert d.key == "indicator_fold" and "480000" in d.message() and "9600 倍" in d.message()
    assert d.severity is Severity.warning
    assert _unit_column("项目总成本 | ≤ | 50 | 万元 | 48") == []
    # written in 元 with its unit: a conversion, no slip (48 万元 against 50 万元)
    assert _unit_column("项目总成本 | ≤ | 50 | 万元 | 480000元") == []


# A 自评表 whose budget block is in 万元, its 全年执行数 left to fill.
_BUDGET_BLOCK_FORM = """示范县文化和旅游局2023年度非遗传承人补助资金项目支出绩效自评表
| 项目名称 | 非遗传承人补助资金 |
| 主管部门 | 示范县文化和旅游局 | 实施单位 | 示范县文化馆 |
| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 80 | 80 | {actual} | 10 | {rate} | {score} |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 补助传承人数 | ≥40人 | 42人 | 40 | 40 |
| 效益指标 | 社会效益指标 | 传承活动开展 | 持续开展 | 持续开展 | 30 | 30 |
| 满意度指标 | 服务对象满意度指标 | 传承人满意度 | ≥90% | 95% | 20 | 20 |
| 总分 | 100 | {total} |
"""


def _budget_block(actual: str, rate: str = "97.5%", score: str = "9.75", total: str = "99.75") -> str:
    return _BUDGET_BLOCK_FORM.format(actual=actual, rate=rate, score=score, total=total)


def test_budget_block_figure_filled_in_yuan_under_wan():
    """``80 | 80 | 780000 | 97.5%`` under 项目资金（万元）: read as 78 万元 the row's own rate holds,
    so the 执行数 was filled in 元 — a units finding (U401), not a rate (A121) or an overspending
    (C719) one."""
    from perflint.checks.arithmetic import ExecutionRateMismatch
    from perflint.checks.consistency import ExecutionAboveBudget

    bad = _budget_block("780000")
    (d,) = lint(MoneyScale, bad)
    assert d.key == "budget_row" and d.location.line == 5 and d.severity is Severity.error
    assert "780000" in d.message() and "78 万元" in d.message()
    assert lint(ExecutionRateMismatch, bad) == [] and lint(ExecutionAboveBudget, bad) == []
    # the 执行数 10⁴ times the row's budget (all spent)
    full = _budget_block("800000", rate="100%", score="10", total="100")
    (d,) = lint(MoneyScale, full)
    assert d.key == "budget_row" and "80 万元" in d.message()
    assert lint(ExecutionRateMismatch, full) == []


def test_budget_block_in_wan_or_wrong_otherwise_stays_quiet():
    """The right figure, or a large one the row gives no reason to read in 元 (its rate is wrong
    either way): no unit slip; the rate and overspending rules keep theirs."""
    from perflint.checks.arithmetic import ExecutionRateMismatch

    assert lint(MoneyScale, _budget_block("78")) == []
    odd = _budget_block("650000")
    assert lint(MoneyScale, odd) == [] and lint(ExecutionRateMismatch, odd) != []
    # a form in 元 holds such figures rightly
    yuan = _budget_block("780000").replace("项目资金（万元）", "项目资金（元）")
    assert lint(MoneyScale, yuan) == []


def test_money_scale_share_of_a_total_written_in_yuan():
    """``总保费 980.40 万元，中央财政补贴 45% 为 441.18 万元，省级财政补贴 35% 为 343.14 元`` (modelled
    on a county's crop-insurance report): the 元 share has the digits of the total's 35% in 万元,
    and another share in 万元 confirms the total is its base."""
    text = HEAD + ("1、小麦保险：全县计划承保面积 36.2 万亩，总保费 980.40 万元，中央财政补贴 45%为 441.18 万元，"
                   "省级财政补贴 35%为 343.14 元，县级财政补贴 10%为 98.04 万元。\n")
    (d,) = lint(MoneyScale, text)
    assert "343.14 元" in d.message() and "343.14万元" in d.message() and d.severity is Severity.warning
    assert lint(MoneyScale, text.replace("343.14 元", "343.14 万元")) == []
    # a 元 share that is no share of the total (a per-mu premium) is not this slip
    per_mu = text.replace("省级财政补贴 35%为 343.14 元", "亩均保费 27.08 元")
    assert lint(MoneyScale, per_mu) == []
    # without a confirming 万元 share the base is unknown: quiet
    alone = HEAD + "1、小麦保险：总保费 980.40 万元，省级财政补贴 35%为 343.14 元。\n"
    assert lint(MoneyScale, alone) == []


def test_money_scale_change_right_only_in_one_unit():
    """``支出合计 520.40 万元，较上年减少 30.10 元，下降 5.5%``: the rate holds once the change is read
    in 万元 — 万 left out of the change (U401), not a rate computed wrongly (A105 leaves it)."""
    from perflint.checks.arithmetic import GrowthRateMismatch

    text = HEAD + "2023年度支出合计 520.40万元，较上年决算数减少 {x}，下降 {rate}，主要原因是人员调出。\n"
    bad = text.format(x="30.10元", rate="5.5%")
    (d,) = lint(MoneyScale, bad)
    assert "30.10元" in d.message() and "520.40万元" in d.message() and d.severity is Severity.warning
    assert lint(GrowthRateMismatch, bad) == []
    assert lint(MoneyScale, text.format(x="30.10万元", rate="5.5%")) == []
    wrong = text.format(x="30.10元", rate="7.5%")
    assert lint(MoneyScale, wrong) == [] and lint(GrowthRateMismatch, wrong) != []


def test_money_scale_level_in_yuan_below_its_increase_in_wan():
    """``税收收入 8103 元，比上年增收 1284 万元，增长 18.8%``: an increase larger than its level cannot
    be as written; read in one unit the rate holds — the level lost its 万."""
    text = HEAD + "2023年税收收入 8103元，比上年增收 1284万元，增长 18.8%。\n"
    (d,) = lint(MoneyScale, text)
    assert "8103元" in d.message() and d.severity is Severity.warning


def test_money_scale_change_amount_right_only_in_one_unit():
    """``基本支出 252.50 元，较上年 231.50 万元增加 21.00 万元``: C − P = X holds once the level is
    read in 万元 — 万 left out of it (U401), not a change computed wrongly (A110 leaves it)."""
    from perflint.checks.arithmetic import ChangeAmountMismatch

    text = HEAD + "2023年本单位基本支出{c}，较上年{p}增加{x}，主要是新增编制人员。\n"
    bad = text.format(c="252.50元", p="231.50万元", x="21.00万元")
    (d,) = lint(MoneyScale, bad)
    assert "252.50元" in d.message() and "252.50万元" in d.message() and d.severity is Severity.warning
    assert lint(ChangeAmountMismatch, bad) == []
    # the change in 元 among two levels in 万元
    bad = text.format(c="252.50万元", p="231.50万元", x="21.00元")
    (d,) = lint(MoneyScale, bad)
    assert "21.00元" in d.message()
    fine = text.format(c="252.50万元", p="231.50万元", x="21.00万元")
    assert lint(MoneyScale, fine) == [] and lint(ChangeAmountMismatch, fine) == []
    # wrong in either unit: A110's, not a unit slip
    wrong = text.format(c="252.50元", p="231.50万元", x="25.00万元")
    assert lint(MoneyScale, wrong) == [] and lint(ChangeAmountMismatch, wrong) != []


def test_money_scale_total_in_yuan_before_the_indicator_table():
    """A 总体目标 cell's last sentence left without its stop, then (a page's blank lines between)
    the indicator table's header typed with spaces: the text reader glued the header to the
    sentence, whose breakdown (a total in 元, its 其中 parts in 万元) then ran on and was lost."""
    text = ("某县农村公路养护补助资金绩效目标自评表\n\n"
            "总体目标完成情况 总体目标 全年实际完成情况\n"
            "   保障农村公路日常养护，确保路况良好。\n"
            "  全年完成养护补助1850.40万元,中央补助620.15万元,地方配套1230.25万元;"
            "其中村道养护补助{total},其中中央补助142.30万元,地方配套214.5万元\n\n\n\n"
            "一级指标 二级指标 三级指标 年度指标值 全年完成值 未完成原因和改进措施\n\n\n\n"
            "数量指标  指标1:农村公路养护里程 完成养护里程120公里。 本年度完成养护里程126公里。\n")
    (d,) = lint(MoneyScale, text.format(total="356.80元"))
    assert "356.80元" in d.message() and "356.80万元" in d.message()
    assert lint(MoneyScale, text.format(total="356.80万元")) == []


def test_money_scale_completion_in_two_units_with_a_last_digit_off():
    """A 三公 statement (modelled on a city bureau's 决算 page) writes its budget in 万元 and its
    spending in 元, and the completion rate is their ratio in one unit give or take the last
    digit (286,300.00 ÷ 1,223,500.00 = 23.40%, stated 23.41%). Read as written the rate is off by
    10⁴, so the unit is the slip, not the rate; a rate that matches neither reading is A107's."""
    text = HEAD + ("本单位2023年度“三公”经费支出预算为1,223,500.00万元，支出决算为286,300.00元，"
                   "完成预算的23.41%。\n")
    [d] = lint(MoneyScale, text)
    assert d.key == "rate" and d.severity is Severity.warning
    assert "1,223,500.00万元" in d.message("zh") and "286,300.00元" in d.message("zh")
    assert lint(MoneyScale, text.replace("1,223,500.00万元", "1,223,500.00元")) == []
    assert lint(MoneyScale, text.replace("23.41%", "31.20%")) == []


def test_money_scale_matching_funds_written_as_the_verb_before_a_few_yuan():
    """``市级资金配套 4.5 元``: the matching funds named by 配套 after 资金 (资金配套), in 元 at a size no
    fund has (seen on a city 卫健委's 慰问 self-evaluation: 90 persons × 500 元 = 4.5 万元). A per-head
    配套 standard and a figure in 万元 stay quiet."""
    text = HEAD + "慰问经费项目县级资金配套4.5元，全部到位并使用完毕。\n"
    (d,) = lint(MoneyScale, text)
    assert "4.5元" in d.message() and d.severity is Severity.warning
    assert lint(MoneyScale, text.replace("4.5元", "4.5万元")) == []
    assert lint(MoneyScale, HEAD + "每人配套标准50元，共慰问90人。\n") == []


def test_u401_a_thousands_separator_typed_as_a_decimal_point_in_a_total():
    """``4.647万元`` where its 其中 parts 1,088 and 3,559 万元 make 4,647: the thousands comma was
    typed as a decimal point (modelled on a district's 三公 roll-up), in one paragraph or with the
    其中 opening the next; a total that is right, or off otherwise, is not read so."""
    from perflint.checks.units import MoneyScale

    one = ("2.公务用车支出3.726万元,比上年增长12.5%。其中:公务用车购置支出1,206万元,"
           "比上年增长20.1%;公务用车运行维护支出2,520万元,比上年增长9.3%。\n")
    two = one.replace("。其中:", "。\n\n其中:")
    for text in (one, two):
        found = [d.message("zh") for d in run(MoneyScale, text)]
        assert found == ["3.726万元 疑为 3,726万元：分项 1,206万元 + 2,520万元 之和恰为 3,726万元，千分位逗号误作小数点"], text
        assert run(MoneyScale, text.replace("3.726万元", "3,726万元")) == []
        assert run(MoneyScale, text.replace("3.726万元", "3.725万元")) == []
