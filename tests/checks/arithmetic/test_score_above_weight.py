"""A123 score-above-weight: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.arithmetic import ScoreAboveWeight

from .._harness import fixture, lint, run
from ._drafts import run_scoring


def test_group_scores_above_group_weight():
    [diag] = run_scoring(ScoreAboveWeight, output_weight="50", total="100")
    assert "25 + 35 = 60" in diag.message("zh")


def test_group_scores_within_their_weight_are_quiet():
    assert run_scoring(ScoreAboveWeight) == []  # 产出指标（60分）: 25 + 35 = 60
    assert run_scoring(ScoreAboveWeight, quality_score="30", total="95") == []


# A 绩效目标自评表 whose header puts 分值 before the values (三级指标 | 分值 | 年度指标值 | 全年实际值 |
# 得分), flattened by a PDF export onto one line with nothing between the cells.
WEIGHT_FIRST_ONE_LINE = (
    "绩效目标自评表(2023年度)项目名称村道护栏安装项目主管部门丰泽县交通运输局实施单位丰泽县公路站"
    "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:303010100.00%10"
    "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
    "产出指标(60分)数量指标安装护栏长度20≥800米≥800米{length_score}质量指标护栏验收合格率20100%100%20"
    "时效指标按期完工率20≥90%≥95%20效益指标(30分)社会效益指标受益群众人数30≥500人≥520人30"
    "满意度指标(10分)服务对象满意度指标沿线群众满意度10≥90%≥92%10总分100{total}\n"
)


def test_weight_first_one_line_form_score_above_weight():
    """The row is read whatever its score: a score above the weight no longer hides the row."""
    diag, group = lint(ScoreAboveWeight, WEIGHT_FIRST_ONE_LINE.format(length_score="25", total="105"))
    assert "25" in diag.message("zh") and "20" in diag.message("zh")
    # and its group, now that 护栏验收合格率20100%100%20 (the weight glued to its target) is read
    assert group.key == "group" and "25 + 20 + 20 = 65" in group.message("zh")


def test_weight_first_one_line_form_within_weights_is_quiet():
    assert lint(ScoreAboveWeight, WEIGHT_FIRST_ONE_LINE.format(length_score="20", total="100")) == []


# A 项目支出绩效自评表 whose cells were written with nothing between them: each row's weight
# and score run together (``2018`` is 20 and 18).
GLUED_ONE_LINE = (
    "项目支出绩效自评表(2023年度)项目名称农家书屋补充经费 绩效指标一级指标二级指标三级指标年度指标值实际完成值"
    "分值得分偏差原因分析及改进措施产出指标数量指标补充图书册数2000册2000册3030质量指标图书验收合格率100%100%3030"
    "成本指标采购成本6万元6万元2020满意度指标读者满意度90%93%20{reader_score}总分100{total}项目名称\n"
)


def test_glued_weight_and_score_above_it():
    """``2025``: no split gives a score within a weight of at most 100, one split gives 20 and
    25 — the row is read and its score is above its weight."""
    [diag] = lint(ScoreAboveWeight, GLUED_ONE_LINE.format(reader_score="25", total="105"))
    assert "25" in diag.message("zh") and "20" in diag.message("zh")


def test_glued_weights_and_scores_within_them_are_quiet():
    assert lint(ScoreAboveWeight, GLUED_ONE_LINE.format(reader_score="20", total="100")) == []
    assert lint(ScoreAboveWeight, GLUED_ONE_LINE.format(reader_score="18", total="98")) == []


# 绩效目标自评表 whose columns put 分值 before the values (三级指标 | 分值 | 年度指标值 | 全年实际值 |
# 得分), flattened onto one line with nothing between the cells (a fixture we wrote)
WEIGHT_FIRST_FLAT = (
    "绩效目标自评表(2023年度)项目名称乡村文化活动经费主管部门青禾县文化和旅游局实施单位青禾县文化馆"
    "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:40401010.00%10"
    "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
    "产出指标(50分)数量指标送戏下乡场次{first}≥20场22场{score}质量指标演出合格率20≥95%98%20"
    "时效指标活动按期完成率10=100%100%10效益指标(30分)社会效益指标惠及群众人次30≥5000人次5200人次30"
    "满意度指标(10分)服务对象满意度指标群众满意度10≥90%95%10总分100{total}\n"
)


def test_a123_score_above_its_weight_in_a_weight_first_form_on_one_line():
    text = WEIGHT_FIRST_FLAT.format(first="20", score="25", total="105")
    (d,) = [d for d in run(ScoreAboveWeight, text) if d.key == "row"]
    assert "得分 25 超过分值 20" in d.message("zh")
    assert d.location.column == text.index("22场25") + 4  # at the score, glued to the next cells
    # its group 产出指标(50分), cut off the row's name at the categories: 25 + 20 + 10 = 55
    (group,) = [d for d in run(ScoreAboveWeight, text) if d.key == "group"]
    assert "25 + 20 + 10 = 55" in group.message("zh")


def test_a123_weight_first_form_on_one_line_quiet_when_scores_are_within_weights():
    assert run(ScoreAboveWeight, WEIGHT_FIRST_FLAT.format(first="20", score="20", total="100")) == []


def test_a123_score_above_its_weight_in_a_weight_first_form_with_bars():
    text = fixture("forms", "weight_first_pipe.txt").replace("| 结业考核合格率 | 20 | ≥95% | 96% | 20 |",
                                                              "| 结业考核合格率 | 20 | ≥95% | 96% | 24 |")
    d, group = run(ScoreAboveWeight, text)  # the row, and so its group 产 出 指 标 (50分): 18 + 24 + 10
    assert "得分 24 超过分值 20" in d.message("zh") and group.key == "group" and "52" in group.message("zh")
    assert run(ScoreAboveWeight, fixture("forms", "weight_first_pipe.txt")) == []


def test_uncapped_formula_on_a_form_without_weights():
    """A 保山-style form (年度绩效目标（80分）, no 分值 per indicator; modelled on a county's
    新型农业经营主体 self-evaluation): 26.5 = 20 × 53 ÷ 40 and 21.1 = 20 × 95 ÷ 90 apply the
    formula without its cap. 19.2 (the actual below its target) and the whole 20 stay quiet; the
    corrected form is quiet."""
    from pathlib import Path

    from perflint.diagnostics import Severity

    fixtures = Path(__file__).parents[2] / "fixtures" / "arithmetic"
    found = run(ScoreAboveWeight, (fixtures / "uncapped_scores_bad.txt").read_text(encoding="utf-8"))
    assert [(d.location.line, d.key, d.args["weight"]) for d in found] == [(8, "uncapped", "20"), (9, "uncapped", "20")]
    assert all(d.severity is Severity.warning for d in found)
    assert run(ScoreAboveWeight, (fixtures / "uncapped_scores_good.txt").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("row", [
    "产出指标 | 成本指标 | 单位面积成本（元） | ≤1500 | 1200 | 12.5 |",   # a reverse indicator
    "产出指标 | 数量指标 | 培育家庭农场数（个） | 40 | 50 | 25 |",         # whole: full marks on its own weight?
])
def test_uncapped_formula_quiet(row):
    text = ("项目支出绩效自评表\n年度绩效目标（80分） |\n"
            "一级指标 | 二级指标 | 三级指标 | 年初目标值（A） | 实际完成值（B） | 得分 |\n" + row + "\n")
    assert [d for d in run(ScoreAboveWeight, text) if d.key == "uncapped"] == []


def test_a123_score_cut_out_of_glued_cells_is_a_warning():
    """Where a run of cells written with nothing between them is cut is the importer's guess
    (``…达成目标55…`` may be a weight 5 and a score 5): likely, not certain. A score in a cell
    of its own above its weight stays an error."""
    from perflint.diagnostics import Severity

    found = run(ScoreAboveWeight, WEIGHT_FIRST_FLAT.format(first="20", score="25", total="105"))
    assert [(d.key, d.severity) for d in found] == [("row", Severity.warning), ("group", Severity.warning)]
    text = fixture("forms", "weight_first_pipe.txt").replace("| 结业考核合格率 | 20 | ≥95% | 96% | 20 |",
                                                              "| 结业考核合格率 | 20 | ≥95% | 96% | 24 |")
    separate, group = run(ScoreAboveWeight, text)
    assert separate.severity is Severity.error and group.severity is Severity.error


# A project's evaluation scored by criteria (分值 | 评分标准 | 得分), grouped 决策/过程/产出/效益.
_CRITERIA_FORM = """某县2023年度农村饮水安全巩固提升项目绩效评价评分表
一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分
决策（20分）\t项目立项\t立项依据充分性\t10\t依据充分得10分\t10
\t绩效目标\t绩效目标合理性\t10\t目标合理得10分\t9
过程（30分）\t资金管理\t资金到位率\t10\t到位率100%得满分\t10
\t\t预算执行率\t10\t执行率×分值\t9.5
\t组织实施\t制度执行有效性\t10\t执行有效得10分\t{score}
产出（30分）\t产出数量\t新建供水管网长度\t15\t≥30公里得满分\t15
\t产出质量\t工程验收合格率\t15\t100%得满分\t15
效益（20分）\t项目效益\t群众满意度\t20\t≥90%得满分\t20
合计\t\t\t100\t\t{total}
"""


def test_a_score_above_the_weight_of_a_criteria_form():
    """The 分值 of a 评分标准 form is read as each row's weight: a score above it is certain."""
    assert run(ScoreAboveWeight, _CRITERIA_FORM.format(score="8", total="96.5"), "form.txt") == []
    diags = run(ScoreAboveWeight, _CRITERIA_FORM.format(score="12", total="100.5"), "form.txt")
    assert any(d.message() == "得分 12 超过分值 10" for d in diags)


# A project form whose groups are written without 指标 (产出（40分）, 成本（10分）, 效益, 满意度).
_BARE_GROUPS = """某县2023年度农民培训项目支出绩效自评表
项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t100\t100\t100\t10\t100%\t10
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出（40分）\t数量指标\t培训人次\t≥500人次\t520人次\t20\t{first}
产出（40分）\t质量指标\t培训合格率\t≥90%\t95%\t20\t20
成本（10分）\t经济成本指标\t人均培训成本\t≤200元\t190元\t10\t10
效益（30分）\t社会效益指标\t农民增收\t明显\t明显\t30\t30
满意度（10分）\t服务对象满意度指标\t学员满意度\t≥90%\t96%\t10\t10
总分\t\t\t\t\t100\t{total}
"""


def test_groups_written_without_zhibiao_each_keep_their_own_rows():
    """成本（10分） and 满意度（10分） are groups of their own: their rows are not counted under the
    group before them (which made 产出 20 + 20 + 10 = 50 > 40, a false error)."""
    assert run(ScoreAboveWeight, _BARE_GROUPS.format(first="20", total="100"), "form.txt") == []
    diags = run(ScoreAboveWeight, _BARE_GROUPS.format(first="25", total="105"), "form.txt")
    assert any("“产出”各项得分之和 25 + 20 = 45" in d.message() for d in diags)


# A form whose 二级指标 carry weights and whose rows open on their numbers (1 | 基础信息（3分）…):
# the groups read cannot be trusted to hold only their own rows.
_NUMBERED_SECOND_LEVELS = """某县2023年度部门整体支出绩效评价评分表
序号\t一级指标\t二级指标\t三级指标\t分值\t得分
1\t投入（20分）\t目标设定（8分）\t绩效目标合理性\t4\t4
2\t\t\t绩效目标明确性\t4\t4
3\t\t预算配置（12分）\t在职人员控制率\t6\t6
4\t\t\t重点支出安排率\t6\t6
5\t过程（30分）\t预算执行（30分）\t预算执行率\t30\t29
合计\t\t\t\t\t49
"""


def test_groups_read_from_rows_that_open_on_their_numbers_are_not_summed():
    """投入 in the second cell is not read as a group; no group check guesses which rows are whose."""
    assert run(ScoreAboveWeight, _NUMBERED_SECOND_LEVELS, "form.txt") == []


# a 自评表 read one cell a line, its 全年执行数 cell lost (modelled on a document-sharing site's text)
_CELL_A_LINE = (
    "项目支出绩效自评表\n（2023年度）\n项目名称\n农产品抽检经费\n实施单位\n某县市场监督管理局\n"
    "项目资金\n（万元）\n年初预算数\n调整预算数\n全年执行数\n分值\n执行率\n得分\n"
    "年度资金总额\n40\n40\n10\n100%\n{score}\n"
)


def test_a123_budget_score_above_any_budget_weight_is_a_warning():
    """99 on a 10-point budget row: the form's 总分 read into the row, likely, not certainly."""
    from perflint.diagnostics import Severity

    [diag] = run(ScoreAboveWeight, _CELL_A_LINE.format(score="99"), "form.txt")
    assert diag.severity is Severity.warning
    [diag] = run(ScoreAboveWeight, _CELL_A_LINE.format(score="12"), "form.txt")
    assert diag.severity is Severity.error


# A 自评表 whose 一级 category is typed with a character drafts confuse with the right one (效意指标
# for 效益指标: one key of a pinyin IME away). The rows under it are still that group's: counted
# under the 产出指标 above they made its 50 分 look overspent (an error the draft does not have).
MISTYPED_GROUP = (
    "某县农技站2023年度农技推广项目绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年初目标值\t实际完成值\t分值\t得分\n"
    "产出指标（50分）\t数量指标\t举办培训期数\t≥10期\t12期\t25\t25\n"
    "\t质量指标\t培训合格率\t≥90%\t92%\t25\t25\n"
    "{group}（40分）\t社会效益指标\t农户技术应用率\t≥60%\t65%\t20\t{score}\n"
    "\t社会效益指标\t示范户带动户数\t≥50户\t56户\t20\t20\n"
    "满意度指标（10分）\t服务对象满意度指标\t参训农户满意度\t≥90%\t93%\t10\t10\n"
)


def test_mistyped_group_keeps_its_rows_quiet():
    for group in ("效益指标", "效意指标"):
        assert lint(ScoreAboveWeight, MISTYPED_GROUP.format(group=group, score="20")) == [], group


def test_mistyped_group_still_reads_a_score_above_its_weight():
    row, group = lint(ScoreAboveWeight, MISTYPED_GROUP.format(group="效意指标", score="30"))
    assert "得分 30 超过分值 20" in row.message("zh")
    assert "“效益指标”各项得分之和 30 + 20 = 50" in group.message("zh")  # its own group's 40 分


# A 部门整体 评分表 of 三级指标 | 分值 | 得分 only, its 二级 written on every row (a fixture we wrote):
# its weights are read from the 分值 column, not taken for results.
_WEIGHTS_AND_SCORES = """示范县民政局2023年度部门整体支出绩效评价评分表

| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |
| 投入 | 预算配置 | 在职人员控制率 | 5 | 5 |
| 过程 | 预算执行 | 预算完成率 | 10 | 9.5 |
| 过程 | 预算执行 | 预算调整率 | 10 | {score} |
| 效果 | 履职效益 | 服务对象满意度 | 10 | 10 |
"""


def test_a_score_above_its_weight_on_a_form_of_weights_and_scores():
    [diag] = run(ScoreAboveWeight, _WEIGHTS_AND_SCORES.format(score="12"), "form.txt")
    assert "得分 12 超过分值 10" in diag.message("zh") and diag.location.line == 6
    assert run(ScoreAboveWeight, _WEIGHTS_AND_SCORES.format(score="10"), "form.txt") == []


# Two 自评表 one after the other: the first a table, the second (附件2, its own title and header)
# flattened onto one line. Each form's groups are within their own weights.
TWO_FORMS_IN_A_ROW = (
    "某县植保站2023年度项目支出绩效自评报告\n"
    "附件1：病虫害监测项目支出绩效自评表\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| 产出指标（50分） | 数量指标 | 监测点数量 | ≥40个 | 42个 | 25 | 25 | 无 |\n"
    "| 产出指标（50分） | 质量指标 | 数据上报及时率 | ≥95% | 97% | 25 | 25 | 无 |\n"
    "| 效益指标（30分） | 社会效益指标 | 病虫害损失率 | ≤5% | 4% | 30 | 30 | 无 |\n"
    "| 满意度指标（10分） | 服务对象满意度指标 | 农户满意度 | ≥90% | 93% | 10 | 10 | 无 |\n"
    "\n"
    "附件2：农药减量示范项目支出绩效自评表\n"
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标(60分) 数量指标 示范面积 "
    "≥500亩 520亩 30 30 质量指标 农药减量率 ≥10% 12% 30 30 效益指标(30分) 社会效益指标 示范户数 ≥50户 "
    "55户 30 30 满意度指标(10分) 服务对象满意度指标 示范户满意度 ≥90% 95% 10 10\n"
)


def test_two_forms_in_a_row_keep_their_own_groups():
    """The second form's title and header end the first form's indicator block: its rows are not
    counted under the first form's groups (产出指标 25 + 25 + 30 + 30 against one weight), whichever
    shape each form has (fp37: the A123 errors on a fixture with a table then a flattened form)."""
    assert run(ScoreAboveWeight, TWO_FORMS_IN_A_ROW) == []
    # a real excess in the second form is still read, against the second form's weight
    found = [d.message("zh") for d in run(ScoreAboveWeight, TWO_FORMS_IN_A_ROW.replace(
        "农药减量率 ≥10% 12% 30 30", "农药减量率 ≥10% 12% 30 35"))]
    assert found and all("35" in m and "25" not in m for m in found), found


# One flattened 自评表 across a page break whose title and header the PDF repeats at the top of
# the next page: the 产出指标 group goes on after the repeat (its 时效指标 row).
ONE_FORM_OVER_A_PAGE = (
    "某县植保站2023年度项目支出绩效自评报告\n"
    "附件：农药减量示范项目支出绩效自评表\n"
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标(60分) 数量指标 示范面积 "
    "≥500亩 520亩 20 20 质量指标 农药减量率 ≥10% 12% 20 20\n"
    "附件：农药减量示范项目支出绩效自评表\n"
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 时效指标 完成时间 12月底前 12月 20 20 "
    "效益指标(30分) 社会效益指标 示范户数 ≥50户 55户 30 30 满意度指标(10分) 服务对象满意度指标 示范户满意度 "
    "≥90% 95% 10 10\n"
)


def test_a_forms_own_title_repeated_by_a_page_break_does_not_end_it():
    """The same form's title repeated over its header on the next page (fp38's probe of the
    two-forms reading: 产出指标 read as 20 + 20 against its weight of 60, a false A125): only another
    form's title ends the block."""
    from perflint.checks.arithmetic import WeightsNotHundred

    assert run(WeightsNotHundred, ONE_FORM_OVER_A_PAGE) == []
    assert run(ScoreAboveWeight, ONE_FORM_OVER_A_PAGE) == []
