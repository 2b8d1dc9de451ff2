"""C722 full-marks-despite-stated-shortfall: fires on drafts we wrote with the defect, stays quiet
on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import FullMarksDespiteShortfall

from .._harness import fixture, line_of, run

DRAFT = fixture("consistency", "full_marks_shortfall.txt")
PROBLEM = "档案检索功能滞后。目录数据库虽有检索功能，但部分字段缺失，无法按年度批量导出。"


def test_c722_full_marks_on_the_indicator_the_problem_names():
    [d] = run(FullMarksDespiteShortfall, DRAFT)
    assert d.severity.name == "warning"
    assert d.location.line == line_of(DRAFT, "\t档案检索服务\t")
    assert [r.location.line for r in d.related] == [line_of(DRAFT, "档案检索功能滞后")]
    zh = d.message("zh")
    assert "档案检索服务" in zh and "档案检索功能滞后" in zh


def test_c722_quiet_when_the_indicator_lost_its_points():
    fixed = DRAFT.replace("档案检索服务\t100%\t100%\t10", "档案检索服务\t100%\t90%\t8").replace(
        "总分：100\n\n项目名称\t档案数字化经费", "总分：98\n\n项目名称\t档案数字化经费").replace(
        "长期\t长期\t20\n总分\t100\n偏差大或目标未完成原因分析\t无\n\n2023", "长期\t长期\t20\n总分\t98\n"
        "偏差大或目标未完成原因分析\t检索功能滞后，部分字段无法导出，扣 2 分\n\n2023")
    assert fixed.count("98") >= 2
    assert run(FullMarksDespiteShortfall, fixed) == []


@pytest.mark.parametrize("problem", [
    # a wish to do better is no shortfall
    "档案检索功能有待进一步推广。",
    # the subject and the shortfall stand in different clauses
    "档案检索功能已上线，部分老旧设备运行较慢。",
    # the problem names no indicator of the form
    "馆舍面积不足，库房较小。",
    # the problem names the project itself (档案数字化), no single indicator
    "档案数字化经费不足。",
    # a count that reached its target is a fact the problem does not undo
    "档案数字化页数偏少，扫描进度较慢。",
])
def test_c722_quiet_cases(problem):
    assert run(FullMarksDespiteShortfall, DRAFT.replace(PROBLEM, problem)) == []


def test_c722_quiet_when_the_clause_fits_two_indicators_equally():
    draft = DRAFT.replace("当年完成数字化\t100%", "档案检索系统运行率\t100%")
    assert run(FullMarksDespiteShortfall, draft) == []


def test_c722_reads_the_forms_deviation_answer():
    draft = DRAFT.replace(PROBLEM, "馆舍面积不足。").replace(
        "长期\t长期\t20\n总分\t100\n偏差大或目标未完成原因分析\t无",
        "长期\t长期\t20\n总分\t100\n偏差大或目标未完成原因分析\t档案检索功能滞后，部分字段无法导出")
    [d] = run(FullMarksDespiteShortfall, draft)
    assert d.location.line == line_of(draft, "\t档案检索服务\t")


DEPARTMENT = """示范县档案馆2023年度部门整体支出绩效自评报告
一、部门基本情况
示范县档案馆为县政府直属事业单位，编制 12 人。
二、存在的问题
（一）{problem}
（二）馆舍面积不足。
三、下一步改进措施
完善检索功能。
示范县档案馆2023年度部门整体支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 档案接收进馆数量 | ≥5000卷 | 5200卷 | 30 | 30 |
| 产出指标 | 质量指标 | 档案检索服务 | 100% | 100% | 20 | 20 |
| 效益指标 | 社会效益指标 | 查档服务满意度 | ≥90% | 95% | 40 | 40 |
| 总分 | | | | | 90 | 90 |
"""


def test_c722_a_department_report_with_a_weight_column():
    """Headings for the problems, a pipe table with 分值: the indicator at its weight is read."""
    draft = DEPARTMENT.format(problem="档案检索功能滞后，部分字段无法查询。")
    [d] = run(FullMarksDespiteShortfall, draft)
    assert d.location.line == line_of(draft, "档案检索服务")
    # the problem of a count that reached its target, or of no indicator: quiet
    assert run(FullMarksDespiteShortfall, DEPARTMENT.format(problem="档案接收进馆数量偏少。")) == []
    assert run(FullMarksDespiteShortfall, DEPARTMENT.format(problem="库房较小，设备老化。")) == []


@pytest.mark.parametrize(("row", "fires"), [
    ("档案检索服务\t≥90%\t96.5%\t10", False),  # a rate measured past its target is a fact
    ("档案检索服务\t≤5%\t3.2%\t10", False),  # a reverse target bettered (an error rate) too
    ("档案检索服务\t≥90%\t90%\t10", True),  # the target's figure written back: "met", not measured
    ("档案检索服务\t≥90%\t100%\t10", True),  # 100%: the form's way of saying "all done"
])
def test_c722_a_rate_measured_past_its_target_is_a_fact(row, fires):
    draft = DRAFT.replace("档案检索服务\t100%\t100%\t10", row)
    assert draft != DRAFT
    assert bool(run(FullMarksDespiteShortfall, draft)) is fires
