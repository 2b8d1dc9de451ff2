"""C729 indicator-count-mismatch: the indicators a narrative says its 自评表 sets against the
form's rows, in drafts we wrote (a project report with its form in pipe rows)."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import IndicatorCountMismatch

from perflint.extract.indicator_counts import indicator_counts

from .._harness import run

DRAFT = """某县档案馆2023年度档案修复项目支出绩效自评报告
一、自评结论
{sentence}
二、项目支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 修复破损档案 | ≥2000页 | 2150页 | 30 | 30 |
| 产出指标 | 质量指标 | 修复验收合格率 | 100% | 100% | 30 | 30 |
| 满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥90% | 95% | 30 | 30 |
| 总分 | | | | | 90 | 90 |
"""


@pytest.mark.parametrize(("sentence", "fires"), [
    ("本项目共设置三级指标3个，自评得分90分。", False),
    ("本项目共设置三级指标4个，自评得分90分。", True),
    ("本项目设置了三个三级指标。", False),
    ("本项目设置了五个三级指标。", True),
    ("本项目共编制3个绩效指标，其中一级指标2个，二级指标3个，三级指标3个。", False),
    ("本项目共编制3个绩效指标，其中一级指标3个，二级指标3个，三级指标3个。", True),  # 一级: 产出, 满意度
    ("本项目共编制3个绩效指标，其中一级指标2个，二级指标2个，三级指标3个。", True),  # 二级: three
    # indicators named by no level are the form's rows (its 三级指标)
    ("本项目共设置绩效指标3个，全部完成。", False),
    ("本项目共设置绩效指标5个，全部完成。", True),
    ("本项目共设置了四个绩效指标。", True),
    # ... unless the sentence goes on by level: then they are all the levels together
    ("本项目共编制8个绩效指标，其中一级指标2个，二级指标3个，三级指标3个。", False),
    # the missed ones in another clause are the result of those set
    ("本项目共设置绩效指标3个，完成2个，未完成1个。", False),
    ("本项目共设置绩效指标4个，完成3个，未完成1个。", True),
])
def test_the_count_against_the_forms_rows(sentence, fires):
    assert bool(run(IndicatorCountMismatch, DRAFT.format(sentence=sentence))) == fires


def test_the_message_names_both_counts_and_the_rows():
    [d] = run(IndicatorCountMismatch, DRAFT.format(sentence="本项目共设置三级指标4个。"))
    assert d.location.line == 3 and "4" in d.message("zh") and "3" in d.message("zh") and "6–8" in d.message("zh")
    assert d.related and d.related[0].location.line == 6


@pytest.mark.parametrize("sentence", [
    "年初设定三级指标4个，年中调整为3个。",  # a change of the indicators
    "4个三级指标全部完成。",  # the indicators met, not those set
    "上年设置三级指标4个。",  # another year's
    "本项目共完成3个三级指标，1个未完成。",
])
def test_sentences_that_do_not_count_the_forms_indicators_are_not_read(sentence):
    assert run(IndicatorCountMismatch, DRAFT.format(sentence=sentence)) == []


def test_a_part_with_two_forms_is_not_read():
    form = DRAFT.split("二、", 1)[1]
    two = DRAFT.format(sentence="本项目共设置三级指标4个。") + "三、" + form.replace("档案修复", "档案消毒")
    assert run(IndicatorCountMismatch, two) == []


def test_counts_by_level_in_either_order():
    found = indicator_counts("共编制12个绩效目标指标,其中一级指标3个,二级指标9个,三级指标12个。")
    assert [(c.level, c.count) for c in found] == [(1, 3), (2, 9), (3, 12)]
    assert [(c.level, c.count) for c in indicator_counts("设置了九个三级指标")] == [(3, 9)]


def test_a_money_table_beside_the_form_is_no_second_form():
    # the narrative's spending breakdown (预算数 | 执行数 | 执行率, nothing scored) is read as a
    # budget block, but it is no other project's form: the count is still checked
    table = ("资金支出明细（单位：万元）：\n| 支出内容 | 预算数 | 执行数 | 执行率 |\n"
             "| 修复材料费 | 20 | 19 | 95% |\n| 专家劳务费 | 10 | 10 | 100% |\n")
    draft = DRAFT.format(sentence="本项目共设置绩效指标4个。").replace("二、项目支出", table + "二、项目支出")
    assert [d.location.line for d in run(IndicatorCountMismatch, draft)] == [3]
    assert run(IndicatorCountMismatch, draft.replace("绩效指标4个", "绩效指标3个")) == []


def test_unlevelled_counts_only_after_a_verb_and_only_alone():
    assert [(c.level, c.count) for c in indicator_counts("共设置绩效指标13个")] == [(3, 13)]
    assert indicator_counts("完成绩效指标13个") == []  # the indicators met
    assert indicator_counts("13个绩效指标全部完成") == []
