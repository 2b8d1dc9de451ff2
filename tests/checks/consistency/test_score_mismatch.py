"""C701 score-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import ScoreMismatch

from perflint.diagnostics import Severity

from .._harness import run
from ._drafts import FORM, forms_of, project, run_fixture


def test_score_messages_name_both_scores_and_the_line():
    found = {d.location.line: d for d in run_fixture(ScoreMismatch, "bad_project.txt")}
    assert "95" in found[7].message("zh") and "92" in found[7].message("zh") and "49" in found[7].message("zh")
    assert "94" in found[39].message("en") and "92" in found[39].message("en")
    assert [r.location.line for r in found[39].related] == [49]


@pytest.mark.parametrize(("narrative", "fires"), [
    ("农机补贴项目自评得分 99.5 分。", False),
    ("农机补贴项目自评得分 98 分。", True),
    ("自评得分 90 分以上为优。", False),
    # last year's score quoted for comparison is not this form's
    ("农机补贴项目自评得分 99.5 分，较2022年度自评得分 92 分提高 7.5 分。", False),
    ("农机补贴项目自评得分 99.5 分，上年自评得分为 96 分。", False),
    # a score the clause gives another year than the report's (2022年度 in a 2023 report) comes first
    ("农机补贴项目2022年度自评得分92分，2023年度自评得分99.5分。", False),
    ("农机补贴项目2022年度自评得分92分，2023年度自评得分98分。", True),
    # 100 for 99.5 claims full marks the form does not give
    ("农机补贴项目自评得分 100 分。", True),
])
def test_score_mismatch_narrative(narrative, fires):
    assert bool(run(ScoreMismatch, project(narrative))) == fires


def test_several_scores_before_several_forms_are_not_guessed():
    form_b = FORM.split("\n", 4)[4].format(narrative="", title="乙类补助", name="乙类补助").replace("99.5", "90")
    two = project("甲类补助项目自评得分 99.5 分。乙类补助项目自评得分 90 分。", title="丙类", name="丙类") \
        + "\n附：第二张自评表如下。\n\n" + form_b
    assert len(forms_of(two)) == 2
    assert run(ScoreMismatch, two) == []


@pytest.mark.parametrize(("narrative", "fires"), [
    ("农机补贴项目自评得分 99.5 分。", False),  # the form's 99.46 at the narrative's one decimal
    ("农机补贴项目自评得分 99 分。", False),
    ("农机补贴项目自评得分 99.4 分。", True),  # not its rounding
])
def test_a_score_rounded_at_its_last_digit_agrees(narrative, fires):
    text = project(narrative).replace("总分\t99.5", "总分\t99.46")
    assert bool(run(ScoreMismatch, text)) == fires


@pytest.mark.parametrize(("narrative", "fires"), [
    # the project (or department) named as the one scored, with no 自评 word before 得分
    ("经自评，本项目得分 97 分，评价等级为“优”。", True),
    ("经自评，本项目得分 99.5 分，评价等级为“优”。", False),
    ("该项目绩效得分 96 分。", True),
    ("该项目绩效得分 99.5 分。", False),
    # a sentence opened by 经自评 names its score a few words on
    ("经自评，项目综合得分为 95 分。", True),
    ("经自评，项目综合得分为 99.5 分。", False),
    # a part's score after 经自评 is not the form's
    ("经自评，产出指标得分 45 分，效益指标得分 30 分。", False),
    ("经自评，项目决策得分 18 分。", False),
    # 得分率 is no score; a score compared with last year's is not this form's
    ("经自评，本项目得分率 95%。", False),
    ("经自评，上年本项目得分 96 分。", False),
])
def test_score_named_by_its_project_or_by_jing_ziping(narrative, fires):
    assert bool(run(ScoreMismatch, project(narrative))) == fires


def test_full_marks_are_never_a_rounding_of_a_lower_total():
    """A 部门整体 report (probe17c) whose narrative gives 100 for a form's 99.52: the last-digit
    rounding that lets 99.5 stand for 99.52 never lets 100 claim full marks."""
    two_decimals = project("农机补贴项目自评得分 {score} 分。").replace("总分\t99.5", "总分\t99.52")
    assert len(run(ScoreMismatch, two_decimals.format(score="100"))) == 1
    assert run(ScoreMismatch, two_decimals.format(score="99.5")) == []
    assert run(ScoreMismatch, two_decimals.format(score="99.52")) == []


UNIT_TABLE = """示范县档案馆2023年度部门整体支出绩效自评报告
一、部门整体支出绩效情况
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分
产出指标\t数量指标\t档案接收进馆数量\t≥8000卷\t8650卷\t15
产出指标\t质量指标\t档案数字化合格率\t≥98%\t99%\t15
产出指标\t时效指标\t查档服务按时办结率\t100%\t100%\t10
效益指标\t社会效益指标\t查档利用人次\t≥1200人次\t1380人次\t20
效益指标\t可持续影响指标\t馆藏档案安全保管率\t100%\t100%\t20
满意度指标\t服务对象满意度指标\t查档群众满意度\t≥90%\t96%\t{sat}
预算执行\t预算执行率\t预算执行率\t100%\t96%\t9.6

本部门共设置三级指标 7 个，自评得分 {score} 分。
"""


@pytest.mark.parametrize(("score", "sat", "fires"), [
    ("99.6", "10", False),  # 15 + 15 + 10 + 20 + 20 + 10 + 9.6
    ("98.6", "10", True),
    ("99.6", "", False),  # a row without its score: the sum is no total
])
def test_score_against_the_sum_of_a_form_without_a_total(score, sat, fires):
    found = run(ScoreMismatch, UNIT_TABLE.format(score=score, sat=sat))
    assert bool(found) == fires
    if fires:
        assert "99.6" in found[0].message("zh") and found[0].severity == Severity.warning


def test_a_table_of_some_groups_only_is_no_whole_form():
    """Only the 产出 rows: an excerpt of the scoring table, whose sum is no score."""
    text = "\n".join(ln for ln in UNIT_TABLE.format(score="95", sat="10").splitlines()
                     if not ln.startswith(("效益", "满意度")))
    assert run(ScoreMismatch, text) == []
