"""U402 money-without-unit: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.units import MoneyWithoutUnit

from .._harness import lint
from ._drafts import HEAD


def test_bare_figure_after_listed_amounts():
    text = "基本工资 210.40 万元、津贴补贴 35.10 万元、奖金 8.3、伙食补助 4.20 万元。\n"
    [d] = lint(MoneyWithoutUnit, text)
    assert "奖金 8.3" in d.message("zh") and "万元" in d.message("zh")


@pytest.mark.parametrize("text", [
    "三项支出分别为 10、20、30 万元。\n",  # one unit for the whole list
    "目标1，提高效率；支出 12.00 万元、补助 3.00 万元。\n",  # an ordinal, not an amount
    "金额单位：万元。工资 210.40、津贴 35.10、奖金 8.30。\n",  # declared once
    "工资 210.40 万元、奖金 8.3 万元、2023、补助 4.20 万元。\n",  # a year
])
def test_bare_figure_quiet_cases(text):
    assert lint(MoneyWithoutUnit, text) == []


def test_bare_figure_in_a_breakdown_whose_items_semicolons_part():
    # the items of one breakdown parted by semicolons as well as commas
    text = "接待费共计 5.20 万元，具体包括：专项工作 1.10 万元，执法检查 2.60 万元；宣传培训 0.40；行政运行 1.10 万元。\n"
    [d] = lint(MoneyWithoutUnit, text)
    assert "宣传培训 0.40" in d.message("zh")
    assert lint(MoneyWithoutUnit, text.replace("0.40；", "0.40 万元；")) == []
    # two statements parted by a full stop are no list: the second one's figure is its own
    assert lint(MoneyWithoutUnit, "执法检查 2.60 万元。宣传培训 4 次。\n") == []


def test_money_standard_per_head_without_unit():
    (d,) = lint(MoneyWithoutUnit, HEAD + "共慰问困难职工80人,慰问标准500/人。\n")
    assert "500元/人" in d.message()
    assert lint(MoneyWithoutUnit, HEAD + "共慰问困难职工80人,慰问标准500元/人。\n") == []


def test_bare_figure_in_the_sentence_the_text_stops_in():
    """A page copied up to ``…其中行政单位0个，参照公务员法管理的事业单位0``: the unit was in
    what the copy left out; the same figure inside the text, its sentence closed, is reported."""
    cut = "下属二级预算单位 0 个，其中行政单位 0 个，参照公务员法管理的事业单位 0"
    assert lint(MoneyWithoutUnit, cut + "\n") == []
    assert len(lint(MoneyWithoutUnit, cut + "。\n二、机构设置\n")) == 1


def test_last_years_figure_bare_between_the_comparison_and_the_change():
    """A 三公 paragraph: this year's amount in 万元, last year's written bare after 较上年."""
    text = HEAD + "本年度公务接待费支出3.15万元，较上年3.40减少0.25万元，下降7.35%。\n"
    [d] = lint(MoneyWithoutUnit, text)
    assert d.message("zh") == "“较上年3.40”缺少单位：与之比较的金额均带“万元”（如“0.25万元”）"


@pytest.mark.parametrize("text", [
    "本年度公务接待费支出3.15万元，较上年3.40万元减少0.25万元，下降7.35%。\n",  # unit written
    "本年度公务接待费支出3.15万元，较上年减少0.25万元，下降7.35%。\n",  # no figure for last year
    "本年度接待15批次，较上年18减少3批次。\n",  # counts, not amounts
    "本年度公务接待费支出3.15万元，较上年的3.40增加7.35%。\n",  # the change is a rate
])
def test_last_years_figure_quiet_cases(text):
    assert lint(MoneyWithoutUnit, HEAD + text) == []


_FORM = """示范县2023年度农田建设项目绩效自评报告

2023年度农田建设项目绩效自评表

预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）
\t年度财政资金总额\t50\t50\t100%\t10
一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分
产出指标（50分）\t数量指标\t高标准农田建设面积\t{target}\t{actual}\t30
\t\t田间道路建设长度\t{road}\t20
效益指标（40分）\t服务对象满意度指标\t农户满意度\t≥90%\t92%\t40
总分\t100
"""


@pytest.mark.parametrize(("target", "actual"), [("≥2.2万亩", "2.36"), ("≥2.2", "2.36万亩")])
def test_one_indicator_cell_without_the_unit_the_form_writes_in_both_columns_fires(target, actual):
    found = lint(MoneyWithoutUnit, _FORM.format(target=target, actual=actual, road="≥40公里\t42.6公里"))
    assert [d.code for d in found] == ["U402"]


@pytest.mark.parametrize(("target", "actual", "road"), [
    ("≥2.2万亩", "2.36万亩", "≥40公里\t42.6公里"),
    ("≥2.2万亩", "2.36", "≥40公里\t42.6"),  # the form writes its units in the target only
    ("≥2.2万亩", "2.36", "≥40\t42.6"),  # no other row with units on both sides
])
def test_forms_that_write_units_alike_stay_quiet(target, actual, road):
    assert lint(MoneyWithoutUnit, _FORM.format(target=target, actual=actual, road=road)) == []


def test_money_standard_named_after_its_bare_figure():
    """``每人不超过500/年标准`` (modelled on a township's 临时救助 self-evaluation): the standard's word
    follows the figure, a limit stands between; the figure still lacks its 元."""
    text = HEAD + "采用每人不超过500/年标准进行救助，共救助困难群众28人。\n"
    (d,) = lint(MoneyWithoutUnit, text)
    assert "500元/年" in d.message()
    assert lint(MoneyWithoutUnit, text.replace("500/年", "500元/年")) == []
    (d,) = lint(MoneyWithoutUnit, HEAD + "临时救助补助标准每户最高800/次，全年救助12户。\n")
    assert "800元/次" in d.message()
    # a count per period before the word, a ratio, a date are no money standard
    quiet = HEAD + "巡查频次2次/年标准执行，师生比1/15标准配置，2023/12标准文件印发。\n"
    assert lint(MoneyWithoutUnit, quiet) == []


def test_a_change_written_bare_before_its_rate():
    """``收支较上年减少484.05，降低11.1%`` (modelled on a township's 决算说明 whose 总体情况 lost the
    change's 万元 while every amount before it carries one): a warning on the change."""
    text = ("一、收入支出决算总体情况说明\n\n2024年度收入总计1520.36万元，支出总计1520.36万元。"
            "收支较上年减少210.48，降低12.2%，主要原因是道路建设项目支出减少。\n")
    [d] = lint(MoneyWithoutUnit, text)
    assert d.key == "change" and "较上年减少210.48" in d.message("zh") and "万元" in d.message("zh")
    assert lint(MoneyWithoutUnit, text.replace("减少210.48，", "减少210.48万元，")) == []
    # a count (no decimals), a rate without its %, a list whose unit closes it: other shapes
    quiet = ("在职人员32人，较上年减少3，下降8.6%。资产负债率45.2%，较上年减少1.25，下降2.7%。"
             "收、支总计各减少1267.86，2570.97万元，各下降5%。\n")
    assert lint(MoneyWithoutUnit, quiet) == []


def test_bare_figure_among_items_that_state_their_share():
    """``a 万元，占 x%；b，占 y%；c 万元，占 z%``: each item's share stands between the items; the
    neighbours of the bare figure are the amounts one clause further (a 决算说明's layout)."""
    text = ("2023年一般公共预算财政拨款支出 520.40 万元，主要用于：一般公共服务(类)支出 310.20 万元，"
            "占 59.61%；社会保障和就业(类)支出 20.10，占 3.86%；卫生健康(类)支出 190.10 万元，占 36.53%。\n")
    [d] = lint(MoneyWithoutUnit, text)
    assert "20.10" in d.message("zh") and "万元" in d.message("zh")
    assert lint(MoneyWithoutUnit, text.replace("20.10，", "20.10 万元，")) == []
    first = ("2023年本年支出合计 520.40 万元，其中：基本支出 310.20，占 59.61%；"
             "项目支出 210.20 万元，占 40.39%。\n")
    [d] = lint(MoneyWithoutUnit, first)
    assert "310.20" in d.message("zh")
    completion = ("2023年度“三公”经费支出决算 11.50 万元，完成预算的 95.83%。其中：公务接待费支出决算 7.50 万元，"
                  "完成预算的 93.75%；公务用车运行维护费支出决算 4.00，完成预算的 100%。\n")
    [d] = lint(MoneyWithoutUnit, completion)
    assert "4.00" in d.message("zh")


def test_bare_total_before_its_bracketed_breakdown():
    """``执行数 50326.18（含中央资金 31240.52 万元，…）``: the bracket that opens the figure's own
    breakdown ends its item as a delimiter does; the figure among 万元 amounts lacks its unit."""
    text = HEAD + ("2023年，全县城乡居民医疗救助全年预算数52840.60万元，全县执行数50326.18{unit}（含中央资金"
                   "31240.52万元，地方资金18620.30万元，其他资金465.36万元），总预算执行率95.24%。\n")
    (d,) = lint(MoneyWithoutUnit, text.format(unit=""))
    assert "50326.18" in d.message()
    assert lint(MoneyWithoutUnit, text.format(unit="万元")) == []
    # a bracket that is no breakdown (a note on the figure) is left as it was
    assert lint(MoneyWithoutUnit, HEAD + "全年预算数52840.60万元，执行数50326（详见附表），执行率95.24%。\n") == []


@pytest.mark.parametrize(("text", "fires"), [
    # a 拨款 (贷款, 罚款…) is an amount, not a label number like 第3款 (modelled on a college's 决算说明)
    ("在财政拨款中，教育经费拨款 9,451.03 万元，科学技术拨款 250.03，医疗卫生拨款 86.79 万元。\n", True),
    ("在财政拨款中，教育经费拨款 9,451.03 万元，科学技术拨款 250.03 万元，医疗卫生拨款 86.79 万元。\n", False),
    ("依据预算法第 3 条第 2 款，资金 20.00 万元、专项 3.00 万元。\n", False),
])
def test_bare_figure_after_an_appropriation_named_kuan(text, fires):
    assert bool(lint(MoneyWithoutUnit, text)) == fires


def test_bare_first_item_of_a_list_opened_by_qizhong_after_its_total():
    """``支出合计 T 万元，较上年…。其中：基本支出 a，占 x%；项目支出 b 万元，占 y%``: the list opens a
    sentence of its own, so its bare first item has no item before it; the item after it and the
    total before the 其中 carry the unit (modelled on 决算说明 支出情况 paragraphs)."""
    text = ("3.支出情况。2023年度本所支出合计 618.40 万元，较上年决算数增加 22.60 万元，增长 3.8%。"
            "其中：基本支出 480.20{unit}，占 77.7%；项目支出 138.20 万元，占 22.3%。\n")
    [d] = lint(MoneyWithoutUnit, text.format(unit=""))
    assert "480.20" in d.message("zh") and "万元" in d.message("zh")
    assert lint(MoneyWithoutUnit, text.format(unit=" 万元")) == []
    # a count before its 其中 and a list of counts: no amount lost its unit
    assert lint(MoneyWithoutUnit, "单位编制 40 人。其中：行政编制 12，占 30%；事业编制 28 人，占 70%。\n") == []
    # a list after a 其中 with nothing stated before it in that unit
    assert lint(MoneyWithoutUnit, "其中：基本支出 480.20，占 77.7%；项目支出 138.20 万元，占 22.3%。\n") == []


def test_bare_figure_before_its_own_inclusive_bracket():
    """``购置及运行维护费 350（包括：运行维护费 210 万元、购置费 140 万元）``: a bracket opening with 包括
    breaks the figure down, as （含 and （其中 do."""
    text = ("2023年“三公”经费预算 420 万元，其中：因公出国（境）费 20 万元，公务接待费 50 万元，"
            "公务用车购置及运行维护费 350{unit}（包括：公务用车运行维护费 210 万元、公务用车购置费 140 万元）。\n")
    [d] = lint(MoneyWithoutUnit, text.format(unit=""))
    assert "350" in d.message("zh")
    assert lint(MoneyWithoutUnit, text.format(unit="万元")) == []


def test_bare_amount_right_before_its_change_in_a_money_unit():
    """``公务接待费 24，较上年减少 1.20 万元`` among amounts in 万元: the change's unit is the amount's."""
    text = ("2023年“三公”经费支出 36.50 万元，其中：公务用车运行维护费 12.50 万元，较上年持平；"
            "公务接待费 24.00{unit}，较上年减少 1.20 万元，下降 4.8%。\n")
    [d] = lint(MoneyWithoutUnit, text.format(unit=""))
    assert d.key == "level" and "24.00" in d.message("zh") and "万元" in d.message("zh")
    assert lint(MoneyWithoutUnit, text.format(unit="万元")) == []
    same_year = "公务用车运行维护费支出 8.60，同比增加 0.40 万元，增长 4.9%。\n"
    assert lint(MoneyWithoutUnit, same_year) == []  # no amount before it carries the unit
    counts = "2023年共接待 120 批次、支出 6.00 万元，接待人数 960，较上年减少 30 人。\n"
    assert lint(MoneyWithoutUnit, counts) == []  # the change is a count


def test_a_thousands_figure_split_after_its_comma_is_no_bare_figure():
    """``车辆运行费2, 418.6万元``: a figure with a thousands comma that a copy split after the comma
    is one amount in the unit after it, not a bare ``2`` followed by ``418.6万元``."""
    text = "“三公”经费 3,105.2 万元(公务用车购置费 86.4 万元、公务用车运行维护费 2, 418.6 万元、公务接待费 600.2 万元)。\n"
    assert lint(MoneyWithoutUnit, text) == []
    bare = "“三公”经费 3,105.2 万元(公务用车购置费 86.4 万元、公务用车运行维护费 2418.6、公务接待费 600.2 万元)。\n"
    [d] = lint(MoneyWithoutUnit, bare)
    assert "2418.6" in d.message("zh")


@pytest.mark.parametrize("text, figure", [
    # an amount in 万 whose 元 was never typed, the sentence going on (modelled on a 乡村振兴示范村 report)
    ("一、项目资金情况\n某村道路硬化项目预算资金12.356万并且全部到位。\n二、资金使用\n已支付工程款10.20万元。\n",
     "12.356万"),
    # the 三公 paragraph of a 预算说明: 费 right before the figure
    ("一、三公经费\n安排公务用车运行维护费25万。较上年减少2万元。\n", "25万"),
    ("一、资金到位\n上级下达补助资金共计8万，已全部拨付，其中省级3.00万元。\n", "8万"),
])
def test_money_amount_in_wan_without_yuan(text, figure):
    [d] = [d for d in lint(MoneyWithoutUnit, text) if "缺" in d.message("zh") and figure in d.message("zh")]
    assert "万元" in d.message("zh")


@pytest.mark.parametrize("text", [
    "一、项目资金情况\n某村道路硬化项目预算资金12.356万元并且全部到位。\n",
    "一、项目效益\n项目资金惠及群众1.2万人，覆盖2.3万户。\n",
    "一、项目效益\n全年接待游客3万，同比增长5%。\n",  # no money word before the figure
    "一、项目资金情况\n补助资金共计8万余元，已全部拨付。\n",
    "一、项目资金情况\n项目投资1.2万亩林地改造。\n",
    "一、项目资金情况\n资金（万）：12.3。\n",
    # a narrative that writes every amount in 万 (its own style, 元 nowhere): no lapse of one figure
    "一、项目资金情况\n本项目年初预算资金180万，全年实际执行162万，预算执行率90%。\n",
])
def test_money_amount_in_wan_quiet_cases(text):
    assert [d for d in lint(MoneyWithoutUnit, text) if "万元" in d.message("zh")] == []


def test_bare_last_count_glued_to_the_clause_that_follows():
    """``目标：资助服药180人，辅具适配150人，假肢安装服务15实际完成：资助服药180人…`` (modelled on a
    rehabilitation project's targets, figures and wording rewritten): the last count of the list
    lost its 人 and runs into the label of the next clause, so its item ends at that label."""
    text = ("项目目标：资助服药180人，儿童康复救助30人，辅具适配150人，假肢安装服务15实际完成：资助服药180人，"
            "儿童康复救助41人，辅具适配170人，假肢安装服务15人。\n")
    [d] = lint(MoneyWithoutUnit, text)
    assert "假肢安装服务 15" in d.message("zh") and "人" in d.message("zh")
    assert lint(MoneyWithoutUnit, text.replace("服务15实际", "服务15人，实际")) == []
    # a figure that goes on with words of its own (no label and colon after them) is no item's end
    assert lint(MoneyWithoutUnit, "资助服药180人，辅具适配150人，假肢安装服务15个工作日内完成。\n") == []
