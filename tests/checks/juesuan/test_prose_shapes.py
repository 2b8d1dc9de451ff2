"""The arithmetic of 决算说明 and 自评报告 prose in the shapes units of several provinces write it:
each paragraph we wrote is right as it stands and lints clean on the arithmetic family; one
figure planted wrong in it is found by the rule that owns the relation, at the severity the
wording warrants (an error only when the figures and their relation are certain).

Shapes: a total after its parts, the parts labelled by year (``2023年 a、2024年 b，合计 T``);
a share with its whole inside it (``占部门总支出 W 万元的 Z%``, ``…W 万元的比重为 Z%``); a rate
beside last year's figure with no change amount (``C，上年为 P，下降 Y%``, ``P`` without its
unit, or in the next sentence); a comparison with last year opening the sentence after its
figure; the execution rate of funds paid (``已支付资金 A，支付率 W%``)."""

from __future__ import annotations

import pytest

from perflint.diagnostics import Severity
from perflint.testing import builtin_checks, lint_text

HEAD = "某某县农业服务中心2024年度部门决算\n\n一、情况说明\n\n"

# (paragraph, old, new, code, severity): ``new`` replaces the first ``old`` to plant the defect.
CASES = [
    # a breakdown by year, the total before or after its parts
    ("该项目总投资57.55万元，其中：2023年12.35万元、2024年45.20万元。", "45.20", "45.30", "A104", Severity.error),
    ("项目资金分两个年度安排：2023年12.35万元、2024年45.20万元，合计57.55万元。", "57.55", "57.65", "A104",
     Severity.error),
    ("项目资金分两个年度安排：2023年12.35万元、2024年45.20万元，合计57.55万元。", "12.35", "11.35", "A104",
     Severity.error),
    ("近三年“三公”经费支出分别为：2022年5.60万元、2023年4.80万元、2024年4.20万元，合计14.60万元。", "14.60",
     "15.60", "A104", Severity.error),
    ("2022年至2024年累计投入资金86.40万元，其中2022年20.00万元，2023年30.40万元，2024年36.00万元。", "36.00",
     "38.00", "A104", Severity.error),
    ("公务接待费2.00万元，公务用车运行维护费1.20万元，两项合计3.20万元。", "3.20万元。", "3.40万元。", "A104",
     Severity.error),
    # (a list opened after a stronger separator may have begun before it: short of its total, a warning)
    ("公用经费20.00万元；办公费2.00万元、会议费3.00万元，合计5.00万元。", "合计5.00", "合计4.00", "A104",
     Severity.error),
    ("公用经费20.00万元；办公费2.00万元、会议费3.00万元，合计5.00万元。", "合计5.00", "合计6.00", "A104",
     Severity.warning),
    # a share with its whole stated inside it
    ("项目支出375.00万元，占部门总支出1500.00万元的25%。", "25%", "28%", "A106", Severity.error),
    ("基本支出1125.00万元，占本年支出合计1500.00万元的比重为75.00%。", "75.00%", "72.00%", "A106", Severity.error),
    ("公务接待费0.80万元，占“三公”经费支出3.20万元的比重为25%。", "25%", "20%", "A106", Severity.error),
    ("政府采购授予中小企业合同金额45.00万元，占政府采购支出总额60.00万元的75%。", "75%", "70%", "A106",
     Severity.error),
    # a rate beside last year's figure, no change amount
    ("2024年“三公”经费支出3.20万元。上年为12.50万元，下降74.4%。", "74.4%", "47.4%", "A105", Severity.warning),
    # (last year's figure without its unit is read in this year's: a warning, beside U402's)
    ("2024年公务接待费3.20万元，上年为12.50，下降74.4%。", "74.4%", "64.4%", "A105", Severity.warning),
    ("机关运行经费支出32.40万元，上年36.00万元，下降10%。", "10%", "15%", "A105", Severity.error),
    # (the rate after a figure labelled by the year before might be said of that year: a warning)
    ("2024年度“三公”经费支出3.20万元，2023年度为12.50万元，同比下降74.4%。", "74.4%", "47.4%", "A105",
     Severity.warning),
    ("上年“三公”经费支出为12.50万元。本年“三公”经费支出3.20万元，下降74.4%。", "74.4%", "47.4%", "A105",
     Severity.warning),
    ("2023年公务用车运行维护费12.50万元。2024年公务用车运行维护费15.00万元，增长20%。", "20%", "25%", "A105",
     Severity.warning),
    ("2023年机关运行经费支出40.00万元，2024年机关运行经费支出45.60万元，增长14.0%。", "14.0%", "16.0%", "A105",
     Severity.error),
    # last year's figure inside the comparison
    ("2024年公务接待费3.20万元，比上年的12.50万元减少9.30万元，下降74.4%。", "74.4%", "70.4%", "A105",
     Severity.error),
    ("2024年公务接待费3.20万元，比上年的12.50万元减少9.30万元，下降74.4%。", "9.30", "9.50", "A110",
     Severity.error),
    ("公务用车运行维护费15.00万元，比上年的12.50万元增加2.50万元，增长20%。", "20%", "25%", "A105", Severity.error),
    ("2024年度一般公共预算财政拨款支出980.00万元。与上年的850.00万元相比，增加130.00万元，增长15.3%。", "130.00",
     "120.00", "A110", Severity.error),
    ("2024年度一般公共预算财政拨款支出980.00万元。与上年的850.00万元相比，增长15.3%。", "15.3%", "13.3%", "A105",
     Severity.error),
    ("2024年度“三公”经费支出3.20万元，较2023年度的12.50万元下降74.4%。", "74.4%", "47.4%", "A105", Severity.error),
    # the change beside last year's figure in the next sentence, or without its unit
    ("2024年“三公”经费支出3.20万元。上年为12.50万元，减少9.30万元，下降74.4%。", "9.30", "9.50", "A110",
     Severity.warning),
    ("2024年“三公”经费支出3.20万元，上年为12.50，减少9.30万元，下降74.4%。", "9.30", "9.50", "A110",
     Severity.warning),
    # a change on a budget figure stated inside the comparison
    ("2024年度“三公”经费支出3.20万元，较年初预算4.00万元减少0.80万元，主要原因是严格控制接待支出。", "0.80", "0.60",
     "A110", Severity.error),
    ("“三公”经费决算数3.20万元，与年初预算4.00万元相比减少0.80万元。", "减少0.80", "增加0.80", "A110", Severity.error),
    # the 预算执行 paragraph of a self-evaluation
    ("该项目预算60.00万元，截至2024年12月31日，已支付资金54.00万元，支付率90%。", "90%", "95%", "A107",
     Severity.error),
    ("该项目全年预算数120.00万元，全年执行数108.00万元，预算执行率90%。", "90%", "95%", "A107", Severity.error),
    ("项目总预算60.00万元，实际支出54.00万元，结余6.00万元，预算执行率90%。", "结余6.00", "结余5.00", "A107",
     Severity.error),
    ("项目预算60.00万元，已支付54.00万元，未支付6.00万元。", "6.00万元。", "6.10万元。", "A107", Severity.error),
    ("年初预算60.00万元，实际支出54.00万元，结余6.00万元。", "结余6.00", "结余5.00", "A107", Severity.warning),
    ("2024年度项目资金60.00万元，其中中央资金40.00万元，省级资金15.00万元，县级配套5.00万元。", "15.00", "16.00",
     "A104", Severity.error),
]


def _arithmetic(text: str) -> list:
    return [d for d in lint_text(HEAD + text + "\n", checks=builtin_checks()) if d.code.startswith("A")]


@pytest.mark.parametrize(("text", "old", "new", "code", "severity"), CASES, ids=[f"{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_planted_figure_found_and_correct_paragraph_quiet(text, old, new, code, severity):
    assert _arithmetic(text) == []
    assert text.count(old) >= 1
    found = _arithmetic(text.replace(old, new, 1))
    assert [(d.code, d.severity) for d in found] == [(code, severity)], [d.message() for d in found]


QUIET = [
    # a cumulative total may take in years before those listed: the shortfall is no certain error
    "2023年投入资金30.00万元、2024年投入资金40.00万元，累计投入120.00万元。",
    # the later parts alone make up the total: the first figure is the whole again, not a part
    "本年支出1000.00万元，基本支出600.00万元，项目支出400.00万元，合计1000.00万元。",
    "三公经费3.20万元，公务接待费2.00万元，公务用车运行维护费1.20万元，合计3.20万元。",
    # a share of the budget stated inside is a completion, not a share of a whole
    "项目支出1350.00万元，占全年预算1500.00万元的90%。",
    # last year's figure without a rate, and a rate of something else after last year's figure
    "2024年公务接待费3.20万元，上年为12.50万元。",
    "2024年公务接待费3.20万元，上年为12.50万元，接待批次下降50%。",
    # two budgets, one of them last year's: not an actual against its budget
    "2024年预算数3.20万元，比上年预算4.00万元减少0.60万元。",
    # last year's figure of another quantity in the sentence before
    "2023年“三公”经费支出12.50万元。2024年公务接待费3.20万元，下降60%。",
    # the items before a stronger separator belong to the list when they make up its total
    "办公费2.00万元；印刷费1.00万元、邮电费0.50万元，合计3.50万元。",
    # a balance beside arrived funds, or of another period, is no budget's balance
    "项目预算60.00万元，到位资金50.00万元，实际支出45.00万元，结余5.00万元。",
    "年初预算60.00万元，实际支出54.00万元，年初结转和结余5.00万元。",
    # a figure of a stage of spending is no part of the sum after it
    "已拨付资金30.00万元、已支出资金20.00万元，合计到位资金60.00万元。",
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet_on_correct_or_open_shapes(text):
    assert _arithmetic(text) == []


def test_a_cumulative_total_may_take_in_more_than_the_years_listed_but_never_less():
    (d,) = _arithmetic("2023年投入资金30.00万元、2024年投入资金40.00万元，累计投入60.00万元。")
    assert d.code == "A104" and d.severity is Severity.error and "超过总数 60.00" in d.message()
