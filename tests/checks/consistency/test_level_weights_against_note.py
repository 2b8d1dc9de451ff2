"""C715 level-weights-against-note: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import LevelWeightsAgainstNote

from perflint.extract.level_weights import stated_level_weights, table_level_weights

from .._harness import run

FORM = """某县水务局2023年衔接资金项目绩效自评表
一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分
产出指标(60分) 数量指标 新建蓄水池 30 ≥12座 12座 30
质量指标 验收合格率 30 100% 100% 30
效益指标(20分) 社会效益指标 受益人口数 20 ≥800人 820人 20
满意度指标(10分) 服务对象满意度指标 受益群众满意度 10 ≥90% 95% 10
注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,三级指标分值由各部门结合指标重要程度确定。
"""


def test_group_weights_of_the_table_against_the_forms_own_note():
    diags = run(LevelWeightsAgainstNote, FORM)
    assert [(d.location.line, d.message("zh")) for d in diags] == [
        (3, "表中“产出指标”分值为 60 分，而表注规定为 50 分（第 7 行）"),
        (5, "表中“效益指标”分值为 20 分，而表注规定为 30 分（第 7 行）"),
    ]


@pytest.mark.parametrize("change", [
    ("产出指标(60分)", "产出指标(50分)", "效益指标(20分)", "效益指标(30分)"),  # the table follows its note
    ("统一设置为", "统一设置为(如有特殊情况，一级指标分值可做适当调整)", "", ""),  # the note allows other weights
    ("注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,", "注:", "", ""),
])
def test_quiet_when_the_table_follows_its_note_or_the_note_allows_other_weights(change):
    text = FORM.replace(change[0], change[1])
    if change[2]:
        text = text.replace(change[2], change[3])
    assert run(LevelWeightsAgainstNote, text) == []


def test_the_note_and_the_table_labels_are_read_from_text():
    note = "一级指标权重统一设置为：产出指标50分、效益指标30分、服务对象满意度指标10分、预算执行率10分。"
    [found] = stated_level_weights(note)
    assert found.weights == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    assert [(w.level, w.weight) for w in table_level_weights("产出指标（50分）数量指标 效益指标 (30 分)")] == [
        ("产出指标", 50), ("效益指标", 30)]
