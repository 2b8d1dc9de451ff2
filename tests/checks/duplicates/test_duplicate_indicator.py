"""D201 duplicate-indicator: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.duplicates import DuplicateIndicator

from perflint.diagnostics import Severity

from .._harness import run
from ._drafts import SUBSIDY_ROWS, form


def test_indicator_twice_in_one_form():
    rows = [*SUBSIDY_ROWS[:4], "\t可持续影响指标\t补贴农机台数\t≥200台\t212台\t10\n", SUBSIDY_ROWS[4]]
    [diag] = run(DuplicateIndicator, form(rows))
    assert diag.location.line == 10
    assert diag.related[0].location.line == 6
    assert diag.severity is Severity.error
    assert "目标值和实际值相同（≥200台 / 212台），重复计分（20 + 10）" in diag.message("zh")


def test_indicator_twice_with_other_values():
    rows = [*SUBSIDY_ROWS[:4], "\t可持续影响指标\t补贴农机台数\t≥180台\t190台\t10\n", SUBSIDY_ROWS[4]]
    [diag] = run(DuplicateIndicator, form(rows))
    assert "数值不同" in diag.message("zh")


def test_near_duplicate_name_with_same_values():
    rows = [SUBSIDY_ROWS[0], "\t质量指标\t补贴农机具抽检合格率\t≥95%\t97%\t15\n", *SUBSIDY_ROWS[2:4],
            "\t可持续影响指标\t补贴农机具抽验合格率\t≥95%\t97%\t10\n", SUBSIDY_ROWS[4]]
    [diag] = run(DuplicateIndicator, form(rows))
    assert "几乎相同（相似度 90%）" in diag.message("zh")
    assert run(DuplicateIndicator, form(rows), threshold=95) == []


def test_names_differing_in_an_ordinal_are_different_indicators():
    rows = ["产出指标（50分）\t数量指标\t第一季度巡查次数\t≥3次\t3次\t25\n",
            "\t数量指标\t第二季度巡查次数\t≥3次\t3次\t25\n", *SUBSIDY_ROWS[3:]]
    assert run(DuplicateIndicator, form(rows)) == []


def test_numbered_indicators_in_a_target_table():
    table = ("评价内容\t绩效目标\t完成情况\n"
             "质量指标\t指标1：档案数字化差错率低于千分之三，全年完成抽检复核\t完成\n"
             "数量指标\t指标1：完成馆藏档案数字化12万页\t完成\n"
             "时效指标\t指标1：档案数字化差错率低于千分之三\t完成\n"
             "成本指标\t指标1：控制在预算以内\t完成\n")
    [diag] = run(DuplicateIndicator, table)
    assert diag.location.line == 4
    assert diag.related[0].location.line == 2


def test_numbered_indicator_repeated_whole_is_an_error_its_first_clause_only_a_warning():
    """The same wording twice is one indicator listed twice. A short goal that is only the first
    clause of a longer one listed under another 二级指标 (质量 then 时效) may state another aspect of
    it: a person must judge."""
    whole = ("评价内容\t绩效目标\t完成情况\n"
             "质量指标\t指标1：窗口服务规范高效\t完成\n"
             "时效指标\t指标1：窗口服务规范高效\t完成\n")
    [diag] = run(DuplicateIndicator, whole)
    assert diag.severity is Severity.error
    clause = ("评价内容\t绩效目标\t完成情况\n"
              "质量指标\t指标1：窗口服务规范高效，全年办件零差错，完成自助终端的布设\t完成\n"
              "时效指标\t指标2：窗口服务规范高效\t长期\n")
    [diag] = run(DuplicateIndicator, clause)
    assert diag.severity is Severity.warning
    other = ("评价内容\t绩效目标\t完成情况\n"
             "质量指标\t指标1：窗口服务规范高效\t完成\n"
             "时效指标\t指标2：办件按时办结\t长期\n")
    assert run(DuplicateIndicator, other) == []


def test_short_names_apart_by_a_filler_character_with_same_values():
    rows = ["产出指标（50分）\t数量指标\t培训农机手数\t≥150人\t168人\t20\n", *SUBSIDY_ROWS[1:3],
            "效益指标（40分）\t社会效益指标\t培训农机手人数\t≥150人\t168人\t20\n", SUBSIDY_ROWS[4]]
    [diag] = run(DuplicateIndicator, form(rows))
    assert diag.location.line == 9 and diag.related[0].location.line == 6
    assert "几乎相同" in diag.message("zh")


def test_short_names_apart_by_a_filler_with_other_values_or_other_words_are_quiet():
    other_values = ["产出指标（50分）\t数量指标\t培训农机手数\t≥150人\t168人\t20\n", *SUBSIDY_ROWS[1:3],
                    "效益指标（40分）\t社会效益指标\t培训农机手人数\t≥100人\t120人\t20\n", SUBSIDY_ROWS[4]]
    assert run(DuplicateIndicator, form(other_values)) == []
    # 次数 and 人次数 count different things (sessions, attendances): 次 is no filler
    other_word = ["产出指标（50分）\t数量指标\t培训次数\t≥10\t12\t20\n", *SUBSIDY_ROWS[1:3],
                  "效益指标（40分）\t社会效益指标\t培训人次数\t≥10\t12\t20\n", SUBSIDY_ROWS[4]]
    assert run(DuplicateIndicator, form(other_word)) == []


def test_name_again_with_its_unit_in_brackets():
    rows = [*SUBSIDY_ROWS[:2], "\t时效指标\t资金到位率\t100%\t100%\t15\n", SUBSIDY_ROWS[3],
            "\t可持续影响指标\t资金到位率（%）\t100\t100\t10\n", SUBSIDY_ROWS[4]]
    [diag] = run(DuplicateIndicator, form(rows))
    assert diag.location.line == 10 and diag.related[0].location.line == 8
    assert diag.severity is Severity.warning
    assert "括号里的单位" in diag.message("zh")


def test_one_name_in_two_units_in_brackets_is_quiet():
    # 补助人数（人） and 补助人数（户）: persons and households, two measures
    rows = ["产出指标（50分）\t数量指标\t补助人数（人）\t≥400\t420\t20\n", *SUBSIDY_ROWS[1:3],
            "效益指标（40分）\t社会效益指标\t补助人数（户）\t≥150\t168\t20\n", SUBSIDY_ROWS[4]]
    assert run(DuplicateIndicator, form(rows)) == []


# A 部门整体 评分表 that shows only each 三级指标's 分值 and 得分 (no target or result columns), its
# 一级 and 二级 cells written again on every row (a fixture we wrote, modelled on a county bureau's
# evaluation framework: auditW29's pages). Read from the right as [name, target, actual, score] it
# took the 二级 cell for the name and the 三级 for the target: 预算执行 twice "with other values", a
# false error.
WEIGHTS_AND_SCORES = """示范县民政局2023年度部门整体支出绩效评价评分表

| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |
| 投入 | 预算配置 | 在职人员控制率 | 5 | 5 |
| 投入 | 预算配置 | 三公经费变动率 | 5 | 5 |
| 过程 | 预算执行 | 预算完成率 | 10 | 9.5 |
| 过程 | 预算执行 | {second} | 10 | 10 |
| 过程 | 预算管理 | 管理制度健全性 | 10 | 10 |
| 产出 | 职责履行 | 重点工作完成率 | 30 | 30 |
| 效果 | 履职效益 | 社会效益 | 20 | 20 |
| 效果 | 履职效益 | 服务对象满意度 | 10 | 10 |
| 总分 | | | 100 | 99.5 |
"""


def test_a_scoring_form_of_weights_and_scores_reads_its_third_level_names():
    assert run(DuplicateIndicator, WEIGHTS_AND_SCORES.format(second="预算调整率")) == []
    # the same 三级指标 written twice in it is still found, on its second row
    [diag] = run(DuplicateIndicator, WEIGHTS_AND_SCORES.format(second="预算完成率"))
    assert "预算完成率" in diag.message("zh") and diag.location.line == 7


def test_a_scoring_form_of_weights_and_scores_is_read_name_weight_score():
    from decimal import Decimal

    from perflint.extract.selfeval import self_evaluations
    from perflint.read.text import parse_text

    [se] = self_evaluations(parse_text(WEIGHTS_AND_SCORES.format(second="预算调整率"), "form.txt"))
    rows = [(i.name, i.weight, i.score.quantity.value, i.target, i.actual) for i in se.indicators]
    assert rows[2:4] == [("预算完成率", Decimal("10"), Decimal("9.5"), None, None),
                         ("预算调整率", Decimal("10"), Decimal("10"), None, None)]
    assert sum(i.weight for i in se.indicators) == 100 and len(se.indicators) == 8
    # weights written with their 分 are the same weights
    [se] = self_evaluations(parse_text(WEIGHTS_AND_SCORES.format(second="预算调整率").replace(" | 5 | 5 |", " | 5分 | 5 |"),
                                       "form.txt"))
    assert sum(i.weight for i in se.indicators) == 100 and len(se.indicators) == 8
