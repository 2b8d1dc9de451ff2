"""A123 score-above-weight: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import ScoreAboveWeight

from .._harness import fixture, run
from ._drafts import run_scoring


def test_group_scores_above_group_weight():
    [diag] = run_scoring(ScoreAboveWeight, output_weight="50", total="100")
    assert "25 + 35 = 60" in diag.message("zh")


def test_group_scores_within_their_weight_are_quiet():
    assert run_scoring(ScoreAboveWeight) == []  # 产出指标（60分）: 25 + 35 = 60
    assert run_scoring(ScoreAboveWeight, quality_score="30", total="95") == []


# 绩效目标自评表 whose columns put 分值 before the values (三级指标 | 分值 | 年度指标值 | 全年实际值 |
# 得分), flattened onto one line with nothing between the cells (a fixture we wrote)
WEIGHT_FIRST_ONE_LINE = (
    "绩效目标自评表(2023年度)项目名称乡村文化活动经费主管部门青禾县文化和旅游局实施单位青禾县文化馆"
    "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:40401010.00%10"
    "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
    "产出指标(50分)数量指标送戏下乡场次{first}≥20场22场{score}质量指标演出合格率20≥95%98%20"
    "时效指标活动按期完成率10=100%100%10效益指标(30分)社会效益指标惠及群众人次30≥5000人次5200人次30"
    "满意度指标(10分)服务对象满意度指标群众满意度10≥90%95%10总分100{total}\n"
)


def test_a123_score_above_its_weight_in_a_weight_first_form_on_one_line():
    text = WEIGHT_FIRST_ONE_LINE.format(first="20", score="25", total="105")
    (d,) = [d for d in run(ScoreAboveWeight, text) if "25" in d.message()]
    assert "得分 25 超过分值 20" in d.message("zh")
    assert d.location.column == text.index("22场25") + 4  # at the score, glued to the next cells


def test_a123_weight_first_form_on_one_line_quiet_when_scores_are_within_weights():
    assert run(ScoreAboveWeight, WEIGHT_FIRST_ONE_LINE.format(first="20", score="20", total="100")) == []


def test_a123_score_above_its_weight_in_a_weight_first_form_with_bars():
    text = fixture("forms", "weight_first_pipe.txt").replace("| 结业考核合格率 | 20 | ≥95% | 96% | 20 |",
                                                              "| 结业考核合格率 | 20 | ≥95% | 96% | 24 |")
    (d,) = run(ScoreAboveWeight, text)
    assert "得分 24 超过分值 20" in d.message("zh")
    assert run(ScoreAboveWeight, fixture("forms", "weight_first_pipe.txt")) == []
