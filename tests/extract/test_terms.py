"""Term near-misses, listed typos and doubled characters on sentences we write ourselves."""

from __future__ import annotations

import pytest

from perflint.extract.terms import find_doubled_characters, find_substitutions, find_term_misspellings, scan


def _pairs(matches):
    return [(m.text, m.suggestion) for m in matches]


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("本单位级效目标均已完成。", "级效目标", "绩效目标"),  # homophone 级/绩
        ("填报三级指表和年度指标值。", "三级指表", "三级指标"),  # 表/标
        ("公用用车运行维护费为 0。", "公用用车运行维护费", "公务用车运行维护费"),  # neighbour copied
        ("年末结转和节余 12.5 万元。", "年末结转和节余", "年末结转和结余"),
        ("本年收人合计 300 万元。", "本年收人合计", "本年收入合计"),  # 入/人 look-alike
        ("因公出国（镜）费 0 元。", "因公出国（镜）费", "因公出国(境)费"),
        ("定期核对财务表报。", "财务表报", "财务报表"),  # transposition
        ("严格执行专项资使用规定。", "专项资", "专项资金"),  # last character dropped
        ("其中资金安 5 万元。", "资金安", "资金安排"),
        ("二、出决算表", "出决算表", "支出决算表"),  # first character dropped after a marker
        # ... or after a year, which closes a word of its own (a published 三公 page of fp2's round)
        ("2022年度般公共预算财政拨款“三公”经费支出决算数小于预算数。", "般公共预算财政拨款", "一般公共预算财政拨款"),
        ("年初结和结余 3 万元。", "年初结和结余", "年初结转和结余"),  # interior drop
        ("指标3：新生入访视数 86 人", "新生入访视", "新生儿访视"),  # 入/儿 look-alike, public-health term
        ("四、一般公共预算财政拨款支出决箅表", None, None),  # 决箅 is a listed typo, not a near-miss
    ],
)
def test_misspelt_terms_are_found(text, wrong, right):
    found = _pairs(find_term_misspellings(text))
    if wrong is None:
        assert found == []
    else:
        assert found == [(wrong, right)]


def test_offsets_point_into_the_original_text_with_spaces():
    text = "本单位 级效 目标 已完成"
    (m,) = find_term_misspellings(text)
    assert text[m.start:m.end] == m.text == "级效 目标"
    assert m.suggestion == "绩效目标" and m.kind == "substitution"


@pytest.mark.parametrize(
    "text",
    [
        "本单位绩效目标均已完成，成效明显。",
        "年末结转和结余 12.5 万元，公务用车运行维护费 0 元。",
        "培训非常及时，会议精神传达到位。",  # 培训非/会议精 are not 培训费/会议费
        "严格执行绩效标准，落实业绩目标。",  # 绩效标 (of 绩效标准) is not 绩效目标 less a character
        "各项支出均按规定执行，项目资金使用规范。",
        "医疗废物处置费、执行律师费用另行列支。",
        "财政拨款收、支总计均为 100 万元。",  # elliptical 收、支
        "资金安全运行，专项资助项目 3 个，政府采取多项措施。",
        "本年结转和结余 3 万元，当年结余 1 万元。",
        "医疗补助对象 200 人，两定医药机构 40 家。",
        "收入支出决算表与财政拨款收入支出决算表已公开。",
        "项目节余资金已收回。",
        "偏差大或目标\n未完成原因分",  # a cell wrapped by the PDF, cut mid-term
        "指标执行情况良好，评分标准详见附件。",
        "未超过2023年预算数，无因公出国(境)人数，规范津补贴。",  # 年 + 预算数; 因公出国(境) + 人数
        "公务车运行维护费 0 元，年初、末结转和结余均为 0。",
        "收、支总计：100 万元；车辆（公务用）2 辆；加强财物管理。",
        "开展监督、评价等，在服务中，持续影响群众。",
        "年末全所公务用车保有 5 辆，本年新购 0 辆。",  # 保有 is a verb: 保有 5 辆
        "公务用车保有3辆。",
        "备注：本表反映部门收支情况。 入支出决算总表 公开01表",  # a flattened title cut by the layout
        "养护里程 公里 数量指 2、按指标个数平均确定 标 15 分",  # a cell wrapped in a flattened table
        "指标1：工程资金金额",  # 资金 + 金额: two words meeting, not 资金额 with 金 doubled
        "2022年度一般公共预算财政拨款支出 30 万元，2022年预算数 32 万元，2022年末结转和结余 0。",
    ],
)
def test_correct_text_is_quiet(text):
    assert find_term_misspellings(text) == []
    assert find_doubled_characters(text) == []
    assert find_substitutions(text) == []


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("形成震摄效果", "震摄", "震慑"),
        ("手续繁锁", "繁锁", "繁琐"),
        ("开展后头看检查", "后头看", "回头看"),
        ("认真布署工作", "布署", "部署"),
        ("惯彻上级要求", "惯彻", "贯彻"),
        ("即然已经完成", "即然", "既然"),
        ("按装监控设备", "按装", "安装"),
        ("载止 12 月底", "载止", "截止"),
        ("分为三挡评分", "三挡", "三档"),
        ("严执执行制度", "严执执行", "严格执行"),
        ("主要有一下几个方面", "一下几个方面", "以下几个方面"),
        ("财政拔款收入", "拔款", "拨款"),
        ("单位帐户资金", "帐户", "账户"),
    ],
)
def test_listed_typos_are_found(text, wrong, right):
    assert _pairs(find_substitutions(text)) == [(wrong, right)]
    assert find_term_misspellings(text) == []  # never reported twice


@pytest.mark.parametrize("text", ["按装修标准执行", "立即然后上报", "车辆挡位", "已部署安装工作", "三档评分"])
def test_typo_exceptions_and_right_forms_are_quiet(text):
    assert find_substitutions(text) == []


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("按要求完成部门预算算公开。", "预算算公开", "预算公开"),
        ("公务用车运行维维护费 0 元。", "公务用车运行维维护费", "公务用车运行维护费"),
        ("人员经经费 20 万元。", "人员经经费", "人员经费"),
    ],
)
def test_doubled_characters_are_found(text, wrong, right):
    assert _pairs(find_doubled_characters(text)) == [(wrong, right)]
    assert find_term_misspellings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "预算公开开展情况良好。",  # 开开 spans two words
        "常常开展检查，层层落实责任，项项有着落。",
        "加强财务管理理念宣传。",
        "本年年初结转和结余 2 万元。",
        "及时将资金及时拨付。",  # a doubled two-character word is out of scope
    ],
)
def test_doubling_between_words_is_quiet(text):
    assert find_doubled_characters(text) == []


def test_scan_reports_each_slip_once():
    found = scan("本单位级效目标完成，部门预算算公开，形成震摄。")
    assert _pairs(found.misspellings) == [("级效目标", "绩效目标")]
    assert _pairs(found.doubled) == [("预算算公开", "预算公开")]
    assert _pairs(found.typos) == [("震摄", "震慑")]
