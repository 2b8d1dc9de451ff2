"""B310 quantified-target-in-words: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.boilerplate import QuantifiedTargetInWords

from perflint.check import Context
from perflint.read.text import parse_text

from .._harness import lines
from ._drafts import run_code


def test_b310_word_answer_to_quantified_target():
    table = "评价内容\t绩效目标\t完成情况\n数量指标\t指标1：适龄儿童接种率95%\t完成\n质量指标\t指标1：按时完成验收\t完成\n"
    assert lines(run_code(table, "B310")) == [2]
    plan = "序号\t工作任务\t完成情况\n1\t开展培训3次\t完成\n"
    assert run_code(plan, "B310") == []


SICHUAN_TABLE = """部门预算项目支出绩效自评表(2023年度)
绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析
产出指标\t数量指标\t维修路灯数量\t≥\t120\t盏\t{done}\t50\t50\t
效益指标\t社会效益指标\t夜间出行安全感\t定性\t提升\t\t提升\t40\t40\t
合计\t100\t\t\t\t\t\t\t\t\t
"""


def test_target_split_over_three_columns_in_a_tab_table():
    """指标性质 | 指标值 | 度量单位 hold one target: ≥ 120 盏. An actual of 完成 has no figure."""

    def run_on(done):
        return list(QuantifiedTargetInWords().run(parse_text(SICHUAN_TABLE.format(done=done), "f.txt"), Context()))

    [diag] = run_on("完成")
    assert "≥120盏" in diag.message("zh")
    assert run_on("126盏") == []


def test_b310_a_judgement_or_a_feeling_in_place_of_the_figure():
    table = ("评价内容\t绩效目标\t完成情况\n质量指标\t康复服务规范率≥95%\t规范\n"
             "满意度指标\t服务对象满意度≥90%\t满意\n效益指标\t服务质量\t明显提升\n")
    assert lines(run_code(table, "B310")) == [2, 3]
    filled = "评价内容\t绩效目标\t完成情况\n质量指标\t康复服务规范率≥95%\t97.5%\n满意度指标\t服务对象满意度≥90%\t95.2%\n"
    assert run_code(filled, "B310") == []
