"""The duplicates family on drafts we wrote: each rule fires on a wrong draft and stays quiet on a right one."""

from pathlib import Path

from perflint.checks.duplicates import (
    CHECKS,
    CopiedParagraph,
    CopiedTable,
    DuplicateIndicator,
    IndicatorRepeatsBudget,
    IndicatorValueConflict,
    RepeatedListItem,
    SameIndicatorTwice,
)

from perflint.check import Context
from perflint.diagnostics import Severity
from perflint.read.text import parse_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "duplicates"

OWN_PROBLEMS = "一是部分学员白天务农，集中培训出勤率不稳定；二是实操机具数量有限，每期培训轮换练习时间偏短。"
COPIED_PROBLEMS = ("一是补贴申请材料审核环节较多，部分农户往返乡镇和县城两地提交材料，\n"
                   "办理周期偏长；二是部分乡镇农机服务人员不足，对新型机具的现场核验不够及时。")
OWN_MEASURES = "分批次安排夜间和农闲时段培训，争取增加实操机具。"
OWN_BASIC = "本项目年度预算 18 万元，用于培训场地、教材和实操机具租用。"
RESTATED_RESULTS = ("全年举办农机操作培训班 6 期，培训农机手 315 人次，考核合格 298 人，合格率 94.6%，"
                    "学员掌握了新型插秧机和植保无人机的操作与日常保养。")


def run(check, text, path="draft.txt", **options):
    doc = parse_text(text, path)
    return list(check(options).run(doc, Context()))


def two_projects(problems=OWN_PROBLEMS, measures=OWN_MEASURES, basic=OWN_BASIC):
    text = (FIXTURES / "two_projects.txt").read_text(encoding="utf-8")
    return text.format(problems=problems, measures=measures, basic=basic)


# -- D203 copied-paragraph -------------------------------------------------------------------------


def test_distinct_reports_with_shared_notes_and_openings_are_quiet():
    # Both reports open with the same notice and carry the same printed 备注 notes.
    assert run(CopiedParagraph, two_projects()) == []


def test_problems_copied_from_another_project():
    [diag] = run(CopiedParagraph, two_projects(problems=COPIED_PROBLEMS))
    assert diag.location.line == 51
    assert diag.related[0].location.line == 17
    assert "与第 17 行内容相同（相似度 100%）" in diag.message("zh")
    assert "line 17" in diag.message("en")
    assert diag.severity is Severity.warning


def test_section_restating_another_section_of_the_same_report():
    [diag] = run(CopiedParagraph, two_projects(basic=RESTATED_RESULTS))
    assert diag.location.line == 61
    assert diag.related[0].location.line == 47


def test_light_edit_still_counts_as_a_copy():
    edited = COPIED_PROBLEMS.replace("两地", "两处")
    [diag] = run(CopiedParagraph, two_projects(problems=edited))
    assert diag.location.line == 51
    assert "相似度 9" in diag.message("zh")


def test_options_make_the_rule_stricter():
    assert run(CopiedParagraph, two_projects(problems=COPIED_PROBLEMS), min_chars=200) == []
    edited = COPIED_PROBLEMS.replace("两地", "两处").replace("偏长", "较长").replace("核验", "查验")
    assert run(CopiedParagraph, two_projects(problems=edited), threshold=99) == []


def test_a_copied_section_is_one_finding():
    section = ("一、公共文化服务项目绩效自评综述\n\n"
               "1、全年组织送戏下乡演出 24 场，覆盖 12 个乡镇，观众累计约 9600 人次。\n\n"
               "2、开展非遗传承人培训两期，参训学员共 86 人，结业学员全部完成实践作品并参加汇报展演。\n\n"
               "3、馆内公共文化服务设施全年免费开放 310 天，接待群众约 4.2 万人次，未发生安全事故。\n\n")
    text = ("示范县文化馆2023年度部门整体支出绩效自评报告\n\n" + section
            + "二、存在问题\n\n场馆设备老化，部分灯光音响需要更新。\n\n"
            + "示范县文化馆2023年度项目绩效评价报告\n\n" + section)
    [diag] = run(CopiedParagraph, text)
    assert diag.location.line == 17  # the repeated heading that names the project opens the copy
    assert diag.related[0].location.line == 3
    assert "第 17–23 行共 3 段" in diag.message("zh")


def test_form_answer_restating_its_own_report_is_quiet():
    measures = "推行补贴申请网上受理，压减审核环节，充实乡镇农机服务队伍，并在每季度末通报各乡镇的办理时限。"
    text = (f"示范县农机站2023年度农机补贴项目绩效自评报告\n\n一、下一步改进措施\n\n{measures}\n\n"
            "2023年度农机补贴项目绩效自评表\n\n"
            "一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分\n"
            "产出指标\t数量指标\t补贴农机台数\t≥200台\t212台\t50\n"
            "总分\t100\n"
            "偏差大或目标未完成原因分析\t无\n"
            f"改进措施及结果应用方案\t{measures}\n")
    assert run(CopiedParagraph, text) == []


# -- indicator forms -------------------------------------------------------------------------------

FORM = """示范县{unit}2023年度{project}项目绩效自评表

预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）
\t年度财政资金总额\t{budget}\t{budget}\t100%\t10
一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分
{rows}总分\t100
偏差大或目标未完成原因分析\t无
"""

SUBSIDY_ROWS = [
    "产出指标（50分）\t数量指标\t补贴农机台数\t≥200台\t212台\t20\n",
    "\t质量指标\t机具抽检合格率\t≥95%\t97%\t15\n",
    "\t时效指标\t补贴兑付时限\t≤20个工作日\t18个工作日\t15\n",
    "效益指标（40分）\t社会效益指标\t受益农户数\t≥150户\t168户\t20\n",
    "\t服务对象满意度指标\t农户满意度\t≥90%\t95%\t20\n",
]


def form(rows, project="农机补贴", unit="农机站", budget="50"):
    return FORM.format(rows="".join(rows), project=project, unit=unit, budget=budget)


def test_correct_forms_are_quiet_for_every_indicator_rule():
    training = ["产出指标（50分）\t数量指标\t培训人次\t≥300人次\t315人次\t25\n",
                "\t质量指标\t考核合格率\t≥90%\t94.6%\t25\n",
                "效益指标（40分）\t社会效益指标\t持证上岗人数\t≥250人\t262人\t20\n",
                "\t服务对象满意度指标\t学员满意度\t≥90%\t96%\t20\n"]
    text = form(SUBSIDY_ROWS) + "\n" + form(training, project="农机手培训", budget="18")
    for check in CHECKS:
        if check is not CopiedParagraph:
            assert run(check, text) == [], check.code


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


def test_same_project_two_forms_with_other_values():
    other = [SUBSIDY_ROWS[0].replace("212台", "205台"), *SUBSIDY_ROWS[1:]]
    text = form(SUBSIDY_ROWS) + "\n附件\n\n" + form(other)
    [diag] = run(IndicatorValueConflict, text)
    assert "≥200台 / 212台" in diag.message("zh") and "205台" in diag.message("zh")
    # other projects may use the same indicator with other values
    assert run(IndicatorValueConflict, form(SUBSIDY_ROWS) + "\n" + form(other, project="农机维修")) == []


def test_form_copied_from_another_project():
    text = form(SUBSIDY_ROWS) + "\n" + form(SUBSIDY_ROWS, project="农机手培训", budget="18")
    [diag] = run(CopiedTable, text)
    assert diag.location.line == 19
    assert diag.related[0].location.line == 6
    assert "农机补贴" in diag.message("zh")
    # the same project's form repeated is not another project's table
    assert run(CopiedTable, form(SUBSIDY_ROWS) + "\n" + form(SUBSIDY_ROWS)) == []


def test_same_measure_under_two_names():
    rows = [*SUBSIDY_ROWS[:3], "\t质量指标\t窗口办件效率\t明显提高\t全面提速\t10\n",
            "效益指标（40分）\t可持续影响指标\t推进办件效率提升\t明显提高\t全面提速\t20\n", SUBSIDY_ROWS[4]]
    [diag] = run(SameIndicatorTwice, form(rows))
    assert "办件效率" in diag.message("zh")
    same_words = [*SUBSIDY_ROWS[:3], "\t质量指标\t窗口办件效率\t明显提高\t明显提高\t10\n",
                  "效益指标（40分）\t可持续影响指标\t推进办件效率提升\t明显提高\t明显提高\t20\n", SUBSIDY_ROWS[4]]
    assert run(SameIndicatorTwice, form(same_words)) == []


def test_same_measure_quiet_when_the_actual_is_the_forms_stock_verdict():
    """``效果明显 → 达成预期指标`` on two rows: the grading band of the template, not a match."""
    rows = [*SUBSIDY_ROWS[:3], "效益指标（40分）\t社会效益指标\t对农户增收的影响程度\t效果明显\t达成预期指标\t20\n",
            "\t可持续影响指标\t对农机推广的影响程度\t效果明显\t达成预期指标\t20\n", SUBSIDY_ROWS[4]]
    assert run(SameIndicatorTwice, form(rows)) == []


def test_unnamed_row_repeating_the_budget():
    rows = ["产出指标（50分）\t数量指标\t\t50\t50\t20\n", *SUBSIDY_ROWS[1:]]
    [diag] = run(IndicatorRepeatsBudget, form(rows))
    assert diag.location.line == 6
    assert "数量指标" in diag.message("zh")
    named = ["产出指标（50分）\t数量指标\t补贴资金\t50\t50\t20\n", *SUBSIDY_ROWS[1:]]
    assert run(IndicatorRepeatsBudget, form(named)) == []


# -- D206 repeated-list-item -----------------------------------------------------------------------


def test_same_category_twice_in_an_enumeration():
    text = "全县共有定点零售药店 85 家、定点零售药店 12 家，均已接入结算系统。\n"
    [diag] = run(RepeatedListItem, text)
    assert "定点零售药店" in diag.message("zh") and "12 家" in diag.message("zh")
    fine = "全县共有定点零售药店 85 家、定点医疗机构 12 家，均已接入结算系统。\n"
    assert run(RepeatedListItem, fine) == []


def test_an_annex_repeating_the_whole_body_is_one_finding():
    body = ("一、送戏下乡项目绩效自评综述\n\n"
            "全年组织送戏下乡演出 24 场，覆盖 12 个乡镇，观众累计约 9600 人次，演出剧目均经过审核。\n\n"
            "二、非遗传承项目绩效自评综述\n\n"
            "开展非遗传承人培训两期，参训学员共 86 人，结业学员全部完成实践作品并在年底参加了全县汇报展演。\n\n")
    text = ("示范县文化馆2023年度部门整体支出绩效自评报告\n\n" + body
            + "三、存在问题\n\n场馆设备老化，部分灯光音响需要更新。\n\n"
            + "示范县文化馆2023年度项目绩效评价报告\n\n" + body)
    [diag] = run(CopiedParagraph, text)
    assert diag.location.line == 19  # a short heading is a template slot: the copy starts at its text
    assert "几乎全部" in diag.message("zh") and "nearly all" in diag.message("en")
