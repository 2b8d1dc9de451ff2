"""Units rules on drafts we wrote: each fires on the wrong draft and stays quiet on the right one."""

from pathlib import Path

import pytest
from perflint.checks.units import (
    CHECKS,
    ImpossiblePercentage,
    MoneyScale,
    MoneyWithoutUnit,
    PersonVsVisit,
    RateIndicatorNotRate,
    TableWithoutUnit,
    UnitGlued,
)

from perflint.diagnostics import Severity
from perflint.testing import lint_file, lint_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "units"


def run(check, text: str, path: str = "draft.txt"):
    return lint_text(text, checks=[check], path=path)


def run_fixture(check, name: str):
    return lint_file(FIXTURES / name, checks=[check])


@pytest.mark.parametrize("check", CHECKS)
def test_correct_draft_is_quiet(check):
    assert run_fixture(check, "good_project.txt") == []


@pytest.mark.parametrize(("check", "lines"), [
    (MoneyScale, [17]),
    (MoneyWithoutUnit, [5, 9]),
    (ImpossiblePercentage, [13, 13]),
    (RateIndicatorNotRate, [26, 27, 28, 29]),
    (PersonVsVisit, [11, 31]),
    (UnitGlued, [15]),
    (TableWithoutUnit, [40]),
])
def test_wrong_draft_fires(check, lines):
    found = run_fixture(check, "bad_project.txt")
    assert sorted(d.location.line for d in found) == lines
    assert all(d.code == check.code and d.family == "units" for d in found)


def test_money_scale_names_both_figures():
    [d] = run_fixture(MoneyScale, "bad_project.txt")
    assert "18.20 元" in d.message("zh") and "18.20 万元" in d.message("zh")
    assert d.severity.name == "error"
    assert "10⁴" in d.message("en")


def test_money_scale_same_amount_in_both_units_is_quiet():
    text = "2023年度报告\n\n本年办公经费 12.50 万元，较上年持平。办公经费 125000 元已全部支出。办公经费 12.50 万元用于日常运转。\n"
    assert run(MoneyScale, text) == []


def test_bare_figure_after_listed_amounts():
    text = "基本工资 210.40 万元、津贴补贴 35.10 万元、奖金 8.3、伙食补助 4.20 万元。\n"
    [d] = run(MoneyWithoutUnit, text)
    assert "奖金 8.3" in d.message("zh") and "万元" in d.message("zh")


@pytest.mark.parametrize("text", [
    "三项支出分别为 10、20、30 万元。\n",  # one unit for the whole list
    "目标1，提高效率；支出 12.00 万元、补助 3.00 万元。\n",  # an ordinal, not an amount
    "金额单位：万元。工资 210.40、津贴 35.10、奖金 8.30。\n",  # declared once
    "工资 210.40 万元、奖金 8.3 万元、2023、补助 4.20 万元。\n",  # a year
])
def test_bare_figure_quiet_cases(text):
    assert run(MoneyWithoutUnit, text) == []


def test_decrease_above_hundred_is_error_and_rate_is_warning():
    found = run_fixture(ImpossiblePercentage, "bad_project.txt")
    assert sorted(d.severity.name for d in found) == ["error", "warning"]


@pytest.mark.parametrize("text", [
    "预算执行率为 105%，主要是追加了预算。\n",  # 执行率 may pass 100%
    "参保人数较上年增长 120%。\n",  # an increase may pass 100%
    "支出较上年下降 100%，本年无此项支出。\n",  # a fall to zero
    "满意度较上年提高 3 个百分点。\n",
])
def test_percentages_that_may_pass_hundred(text):
    assert run(ImpossiblePercentage, text) == []


FORM = """示范县2023年度农机补贴项目绩效自评报告

2023年度农机补贴项目绩效自评表

预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）
\t年度财政资金总额\t50\t50\t100%\t10
一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分
产出指标（50分）\t数量指标\t{name}\t{target}\t{actual}\t50
效益指标（40分）\t服务对象满意度指标\t农户满意度\t≥90%\t92%\t40
总分\t100
"""


def form(name, target, actual):
    return FORM.format(name=name, target=target, actual=actual)


@pytest.mark.parametrize(("name", "target", "actual", "key"), [
    ("资金到位率", "50", "50", "rate_in"),  # the form's budget typed into the rate row
    ("资金到位率", "120", "100%", "rate_in"),
    ("资金到位率", "40万元", "100%", "rate_in"),
    ("资金到位率", "100", "100%", "missing"),
    ("补贴发放率", "逐步推开", "逐步推开", "words"),
    ("补贴资金", "100%", "100%", "amount"),
    ("补贴资金", "50万元", "100%", "amount"),
])
def test_rate_indicator_not_rate_fires(name, target, actual, key):
    [d] = run(RateIndicatorNotRate, form(name, target, actual))
    assert name in d.message("zh")
    words = {"rate_in": "不是百分比", "missing": "缺少", "words": "文字", "amount": "金额"}
    assert words[key] in d.message("zh")


@pytest.mark.parametrize(("name", "target", "actual"), [
    ("资金到位率", "100%", "100%"),
    ("执行率", "95", "96"),  # a form that writes rates without % throughout
    ("服务效率", "稳步提升", "稳步提升"),  # 效率 is not a rate
    ("补贴资金", "50万元", "50万元"),
    ("农户满意度", "满意", "满意"),  # a 满意度 in words is a judgement, not a 率
])
def test_rate_indicator_quiet_cases(name, target, actual):
    assert run(RateIndicatorNotRate, form(name, target, actual)) == []


def test_person_visit_sum_needs_exact_parts():
    text = "全年接诊 900 人次，其中门诊 500 人次、住院 400 人次。共服务 300 人次，其中老人 100 人、儿童 80 人。\n"
    assert run(PersonVsVisit, text) == []


def test_person_visit_indicator_given_in_persons_in_prose():
    text = form("救助对象人次", "不低于上年", "4837").replace(
        "2023年度农机补贴项目绩效自评表", "全年救助困难群众 4837 人，发放救助金 96 万元。\n\n2023年度农机补贴项目绩效自评表")
    [d] = run(PersonVsVisit, text)
    assert "4837" in d.message("zh") and d.related
    assert run(PersonVsVisit, text.replace("4837 人", "4837 人次")) == []


def test_unit_glued_in_cells_and_prose():
    text = "较上年增加 12.5%万元。\n"
    [d] = run(UnitGlued, text)
    assert "12.5%万元" in d.message("zh")
    assert run(UnitGlued, "较上年增加 12.5 万元，增长 5%。\n") == []


def test_unit_written_twice():
    [d] = run(UnitGlued, "上年结转 18.40 万元元，占 16.15%。\n")
    assert "18.40 万元元" in d.message("zh")
    assert run(UnitGlued, "上年结转 18.40 万元，元旦前拨付。\n") == []


def test_english_messages():
    found = run_fixture(RateIndicatorNotRate, "bad_project.txt")
    assert all(d.message("en") and d.message("en") != d.message("zh") for d in found)


def test_table_continued_on_next_page_is_quiet():
    text = ("示范县2023年度部门决算\n\n一、支出表\n\n金额单位：万元\n\n科目\t预算数\t决算数\n工资\t10.00\t10.00\n\n"
            "第 2 页，续表如下。\n\n科目\t预算数\t决算数\n津贴\t2.00\t2.00\n奖金\t1.00\t1.00\n")
    assert run(TableWithoutUnit, text) == []


HEAD = "某某县档案馆2023年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"


def test_money_scale_part_in_yuan_among_wan():
    text = HEAD + ("年初下达专项经费共计60万元,具体为:\n\n1、档案数字化经费为30万元,用于扫描。\n\n"
                   "2、库房租赁经费为18元,用于租用库房。\n\n3、设备维护经费为12万元,用于维保。\n\n公用经费共计20.50万元,用于日常运转。\n")
    (d,) = run(MoneyScale, text)
    assert d.location.line == 9 and "18元 疑为 18万元" in d.message() and d.severity is Severity.error
    assert run(MoneyScale, text.replace("18元", "18万元")) == []


def test_money_scale_fund_too_small_for_a_fund():
    (d,) = run(MoneyScale, HEAD + "慰问经费由市级配套资金4.8元,资金已全部到位,执行率100%。\n")
    assert "4.8元" in d.message() and d.severity is Severity.warning
    assert run(MoneyScale, HEAD + "人均补助标准4.8元,资金已全部到位。\n") == []
    assert run(MoneyScale, HEAD + "配套资金4.8万元,结余资金0.5元已退回。\n") == []


def test_money_standard_per_head_without_unit():
    (d,) = run(MoneyWithoutUnit, HEAD + "共慰问困难职工80人,慰问标准500/人。\n")
    assert "500元/人" in d.message()
    assert run(MoneyWithoutUnit, HEAD + "共慰问困难职工80人,慰问标准500元/人。\n") == []


def test_rate_target_at_least_hundred_percent():
    (d,) = run(ImpossiblePercentage, HEAD + "质量指标:验收合格率≥100%;时效指标:工程完成及时率=100%。\n")
    assert "验收合格率" in d.message() and "≥100%" in d.message()
    assert run(ImpossiblePercentage, HEAD + "质量指标:验收合格率≥95%;时效指标:工程完成及时率=100%。\n") == []


def test_head_count_in_another_unit():
    (d,) = run(PersonVsVisit, HEAD + "数量指标:补助社区数量 =6个,保障社区干部人数 =30个。\n")
    assert "社区干部人数" in d.message() and "=30个" in d.message()
    assert run(PersonVsVisit, HEAD + "数量指标:补助社区数量 =6个,保障社区干部人数 =30人。\n") == []


def test_standard_counted_per_person_and_per_household():
    (d,) = run(PersonVsVisit, HEAD + "村级公务经费按人口数以8元每户标准拨付,不足2万元的村按2万元保底。\n")
    assert "计算口径矛盾" in d.message()
    assert run(PersonVsVisit, HEAD + "村级公务经费按人口数以8元每人标准拨付,不足2万元的村按2万元保底。\n") == []
