"""D203 copied-paragraph: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.duplicates import CopiedParagraph, DoubledWord

from perflint.diagnostics import Severity

from .._harness import run
from ._drafts import COPIED_PROBLEMS, RESTATED_RESULTS, two_projects


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


def test_a_report_restating_its_own_figures_is_quiet():
    # the 决算 template states the “三公” figures against the budget, then their shares: the
    # second paragraph names the same figures again, which is no copied prose
    text = ("某乡2024年度部门决算\n一、“三公”经费支出决算情况说明\n"
            "2024年度“三公”经费财政拨款支出决算为9.86万元，完成预算的82.17%。其中：因公出国（境）费支出决算为0万元，"
            "完成预算的0%；公务用车购置及运行维护费支出决算为8.10万元，完成预算的90.00%；公务接待费支出决算为1.76万元，"
            "完成预算的58.67%。\n"
            "2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算"
            "8.10万元，占82.15%；公务接待费支出决算1.76万元，占17.85%。\n")
    assert run(CopiedParagraph, text) == []


def test_a_budget_restating_its_year_qualified_total_after_the_detail_is_quiet():
    """A budget explanation opens with a summary (收入 T，其中 a、b。加上上年结转 c，Y年收入总量 S) and
    closes its 收入 section with the same total line (modelled on a central budget's explanation):
    clauses that each name a figure, the name opening with its year, restate figures, no prose."""
    total = "加上上年结转收入86.50亿元，2023年示范国有资本经营预算收入总量为2396.90亿元。"
    text = ("关于2023年示范国有资本经营预算的说明\n"
            "2023年示范国有资本经营收入预算数为2310.40亿元，其中：利润收入1780.60亿元，股利、股息收入529.80亿元。"
            + total + "按照收支平衡原则安排支出。\n"
            "一、收入预算\n"
            "1.利润收入1780.60亿元，增加127.03亿元，增长7.3%，主要是企业效益回升。\n"
            "2.股利、股息收入529.80亿元，减少52.25亿元，下降8.8%，主要是企业分红减少。\n"
            + total.replace("总量为", "总量") + "\n")
    assert run(CopiedParagraph, text) == []
    # a sentence of prose restated the same way is still a copy of that sentence
    prose = "各企业要进一步完善国有资本收益上交机制，严格执行收取比例，确保应收尽收、及时足额入库，不得截留挪用。"
    copied = text.replace("按照收支平衡原则安排支出。", prose) + prose + "\n"
    assert [d.code for d in run(CopiedParagraph, copied)] == ["D203"]



def test_a_targets_outputs_restated_as_done_are_quiet():
    """The 下达 section lists what the money is for (新建冷藏库10个，约5000立方米；…), the 完成情况
    section says the same outputs were built (modelled on a county's 衔接资金 report): clauses that
    each state a count or a measure restate figures, no prose. Prose restated so is still a copy."""
    outputs = "冷藏库12个,约36000立方米;冷链物流配送中心约15000平方米;净菜加工车间3个,约6000平方米。"
    text = ("示范县2023年农产品仓储基地建设项目绩效自评报告\n\n一、绩效目标分解下达情况\n\n"
            "2023年县财政下达我局衔接资金801万元,用于仓储基地建设项目支出,新建" + outputs + "\n\n"
            "二、绩效目标完成情况分析\n\n"
            "年内已完成产出指标,产出数量、质量、成本、时效等指标均已按时按量完成。已新建成" + outputs + "\n")
    assert run(CopiedParagraph, text) == []
    prose = "项目由县农业农村局牵头,联合乡镇开展冷链设施选址论证,并委托第三方监理全程跟踪施工质量。"
    copied = text.replace("年内已完成", prose + "\n\n年内已完成").replace("2023年县财政", prose + "\n\n2023年县财政")
    assert [d.code for d in run(CopiedParagraph, copied)] == ["D203"]


def test_a_whole_paragraph_of_counts_written_again_is_still_a_copy():
    """A paragraph of counts copied whole from 基本情况 into 绩效目标完成情况分析 (no analysis
    against the targets) is pasted, not restated inside another sentence."""
    para = ("全年通报违规定点医疗机构22家,追回违规医保基金58.30万元,取消违规机构定点资格3家,"
            "暂停违规机构定点资格7家,暂停违规医师处方权5名。")
    text = ("示范区2020年打击欺诈骗保专项资金绩效自评报告\n\n一、项目基本情况\n\n" + para + "\n\n"
            "二、资金使用情况\n\n资金全部用于举报奖励和专项检查。\n\n三、绩效目标完成情况分析\n\n" + para + "\n")
    assert [(d.code, d.location.line) for d in run(CopiedParagraph, text)] == [("D203", 13)]

def test_a_list_of_categories_restated_for_another_scope_is_quiet():
    # the same categories of running costs, listed for the 机关 and again for the 事业单位
    items = "办公及印刷费、邮电费、差旅费、会议费、公务接待费、日常维修费、专用材料及一般设备购置费、办公用房水电费、公务车运行维护费及其他费用"
    text = ("某局2025年部门预算说明\n一、机关运行经费\n机关运行经费预算12.60万元。主要用于机关日常运转，包括" + items + "。\n"
            "二、事业运行经费\n所属事业单位事业运行经费预算48.80万元。主要用于事业单位日常运转，包括" + items + "。\n")
    assert run(CopiedParagraph, text) == []


# A web page that is one paragraph (a 决算说明's "三公" section published on its own page): the
# text has no report title, so the part is titled by its first paragraph. Modelled, not copied.
_ONE_PARAGRAPH_PAGE = (
    "示范县2023年度“三公”经费财政拨款支出决算为12.50万元，完成预算的83.33%。其中公务接待费"
    "4.50万元，公务用车运行维护费8.00万元，因公出国（境）费0万元。决算数小于预算数，主要是"
    "严格执行中央八项规定精神，压减了公务接待批次。\n"
)


def test_a_first_paragraph_written_again_is_a_copy_though_it_titles_its_part():
    """A part with no report title takes its first paragraph as its title; that paragraph
    pasted again further down is still a copy (only title lines a cover repeats are left alone)."""
    other = "公务用车保有量为2辆，国内公务接待批次为52个，接待人次为420人。\n"
    [diag] = run(CopiedParagraph, _ONE_PARAGRAPH_PAGE + other + _ONE_PARAGRAPH_PAGE)
    assert (diag.location.line, diag.related[0].location.line) == (3, 1)
    assert run(CopiedParagraph, _ONE_PARAGRAPH_PAGE + other) == []
    # a report title repeated on the cover of each report is still no copy
    title = "示范县林业和草原局2023年度部门整体支出绩效自评报告\n"
    assert run(CopiedParagraph, title + other + title + _ONE_PARAGRAPH_PAGE) == []


# A 职能 list of a 部门整体 report, one numbered duty a line, as web pages publish it (modelled).
_DUTIES = """示范县卫生健康综合监督执法局2023年度部门整体支出绩效自评报告
一、部门基本情况
1.职责职能
(1)组织实施全县卫生健康综合监督执法工作计划，对乡镇卫生监督协管工作进行业务指导。
(2)依法受理和审核公共场所、放射诊疗场所、消毒产品生产单位、供水单位以及从业人员的卫生许可申请。
(3)承办县卫生健康局交办的其他事项。
2.机构设置
本局内设办公室、监督一科和监督二科，下属单位0个。
"""


def test_a_paragraph_pasted_twice_in_a_row_is_a_doubling_not_a_copy():
    """The very paragraph written again right under itself is D208's (a doubling, whatever it
    lists or however long); restating a list elsewhere in a report stays quiet here too."""
    line = _DUTIES.splitlines()[4]
    text = _DUTIES.replace(line, line + "\n" + line)
    assert run(CopiedParagraph, text) == []
    [diag] = run(DoubledWord, text)
    assert (diag.key, diag.location.line, diag.related[0].location.line) == ("paragraph", 6, 5)
    assert run(CopiedParagraph, _DUTIES) == [] and run(DoubledWord, _DUTIES) == []
    restated = _DUTIES + "3.执法范围\n" + line[3:] + "\n"
    assert run(CopiedParagraph, restated) == []


_BUDGET_SIDES = """青禾县农业农村局2024年部门预算公开说明
一、收支预算总体情况
2024年收入预算总计1286.40万元，比上年增加96.20万元，增长8.1%，主要原因是新增高标准农田建设项目经费和人员工资调整。
2024年{side}预算总计1286.40万元，比上年增加96.20万元，增长8.1%，主要原因是新增高标准农田建设项目经费和人员工资调整。
"""


def test_income_and_spending_explained_by_one_reason_are_quiet():
    # a balanced budget's two sides move for one cause: the reason is stated for each
    assert run(CopiedParagraph, _BUDGET_SIDES.format(side="支出")) == []


def test_one_side_explained_twice_is_still_a_copy():
    # the same side stated again in another paragraph is a copy as before
    text = _BUDGET_SIDES.format(side="收入").splitlines()
    text.insert(3, "二、收入预算情况")
    [diag] = run(CopiedParagraph, "\n".join(text) + "\n")
    assert diag.location.line == 5


# The 决算说明 template (财政部 format): 1.总体情况 states the 收支总计, 2./3. each side's 合计,
# and each restates its change with the cause. Without carry-over the sides equal the total and
# move for the same cause, so 收入情况 repeats 总体情况's change and reason by design.
_TOTAL_AND_SIDES = """青禾县文化馆2023年度决算公开说明
一、单位决算情况说明
（一）收入支出决算总体情况说明。
1.总体情况。2023年度收入总计512.46万元，支出总计512.46万元。收支较上年决算数减少23.70万元，下降4.42%，主要原因是馆舍维修改造项目已于上年完工，本年无新增维修支出。
2.{label}。2023年度{side}合计512.46万元，较上年决算数减少23.70万元，下降4.42%，主要原因是馆舍维修改造项目已于上年完工，本年无新增维修支出。其中：财政拨款收入498.10万元，占97.20%；其他收入14.36万元，占2.80%。
"""


def test_a_side_restating_the_totals_change_and_cause_is_quiet():
    # 总体情况 (both sides) then 收入情况 (one side): one change, one cause, stated for each
    assert run(CopiedParagraph, _TOTAL_AND_SIDES.format(label="收入情况", side="收入")) == []
    assert run(CopiedParagraph, _TOTAL_AND_SIDES.format(label="支出情况", side="支出")) == []


def test_the_totals_cause_pasted_where_nothing_moved_is_still_a_copy():
    # the carry-over did not move, yet its paragraph repeats the totals' change and cause
    text = _TOTAL_AND_SIDES.format(label="收入情况", side="收入") + (
        "3.结转结余情况。2023年度年末结转和结余0.00万元，较上年决算数减少23.70万元，下降4.42%，"
        "主要原因是馆舍维修改造项目已于上年完工，本年无新增维修支出。\n")
    [diag] = run(CopiedParagraph, text)
    assert diag.location.line == 6


_TOTALS_THEN_SIDE = """示范县第二小学2023年度决算情况说明
一、收入支出决算总体情况说明
1.总体情况。2023年度收入总计1860.40万元，支出总计1860.40万元。收支较上年决算数增加152.30万元，增长8.9%，主要原因是教师绩效工资标准提高和校舍维修经费增加。
2.{side}情况。2023年度{side}合计1860.40万元，较上年决算数增加152.30万元，增长8.9%，主要原因是教师绩效工资标准提高和校舍维修经费增加。其中：财政拨款{side}1850.10万元。
"""


def test_a_side_restating_the_totals_reason_is_quiet():
    """``1.总体情况。收入总计 C，支出总计 C。…主要原因是 R`` then ``2.收入情况。收入合计 C，…主要原因是
    R``: the totals state both sides, and one side moving with them for the same cause is no copy."""
    assert run(CopiedParagraph, _TOTALS_THEN_SIDE.format(side="收入")) == []
    assert run(CopiedParagraph, _TOTALS_THEN_SIDE.format(side="支出")) == []


def test_totals_stated_twice_are_still_a_copy():
    text = _TOTALS_THEN_SIDE.format(side="收入").splitlines()
    text[3] = text[2].replace("1.总体情况", "2.收支情况")
    [diag] = run(CopiedParagraph, "\n".join(text) + "\n")
    assert diag.location.line == 4


GOAL_FORM = """项目支出绩效自评表
（2023年度）
项目名称\t农家书屋图书更新项目
主管部门\t示范县文化和旅游局\t实施单位\t示范县图书馆
项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t40.00\t40.00\t40.00\t10\t100%\t10
年度总体目标\t预期目标\t实际完成情况
\t为全县86个农家书屋更新图书不少于8600册，开展阅读活动不少于20场。\t{actual}
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
产出指标\t数量指标\t更新图书册数\t≥8600册\t8720册\t20\t20\t{r1}
产出指标\t数量指标\t开展阅读活动场次\t≥20场\t18场\t20\t18\t{r2}
产出指标\t时效指标\t图书配送完成时间\t11月底前\t12月中旬\t10\t8\t{r3}
效益指标\t社会效益指标\t农家书屋借阅人次\t≥1.2万人次\t1.31万人次\t20\t20\t{r4}
满意度指标\t服务对象满意度指标\t读者满意度\t≥90%\t94%\t20\t20\t
总分\t100\t96
"""
OWN_RESULT = "为全县86个农家书屋更新图书8720册，开展阅读活动18场。"
GOAL = "为全县86个农家书屋更新图书不少于8600册，开展阅读活动不少于20场。"
REASON = "受图书采购招标延期影响，配送和活动安排推迟"


def _goal_form(actual: str = OWN_RESULT, reasons: tuple[str, ...] = ("", REASON, REASON, "")) -> str:
    r1, r2, r3, r4 = reasons
    return GOAL_FORM.format(actual=actual, r1=r1, r2=r2, r3=r3, r4=r4)


def test_goal_repeated_as_the_result_in_the_form():
    [diag] = run(CopiedParagraph, _goal_form(actual=GOAL))
    assert diag.location.line == 8 and diag.related[0].location.line == 8
    assert "照抄了“预期目标”" in diag.message("zh")


def test_result_of_its_own_is_quiet():
    assert run(CopiedParagraph, _goal_form()) == []


def test_one_reason_pasted_into_rows_that_met_their_target():
    [diag] = run(CopiedParagraph, _goal_form(reasons=(REASON, REASON, REASON, REASON)))
    assert diag.location.line == 11 and [r.location.line for r in diag.related] == [10, 12, 13]
    assert "4 行" in diag.message("zh") and "2 行得满分" in diag.message("zh")


def test_one_reason_for_the_rows_it_explains_or_none_in_every_row_is_quiet():
    # the two rows that missed share their cause: each row's own reason
    assert run(CopiedParagraph, _goal_form()) == []
    none = "已完成年度目标，指标值与实际完成值无偏差"
    assert run(CopiedParagraph, _goal_form(reasons=(none, none, none, none))) == []


# The 中央对地方转移支付 区域绩效自评表: its goal block is headed ``总体目标完成情况 | 总体目标 |
# 全年实际完成情况``, the two texts in the row below (cells as a web page prints them, ``|``-joined).
TRANSFER_FORM = """中央对地方转移支付区域绩效自评表
(2023年度) | |||||
转移支付(项目)名称 | 农村饮水安全巩固提升补助资金 | ||||
中央主管部门 | 水利部 | ||||
地方主管部门 | 示范州水利局 | 资金使用单位 | 示范县水利局 | ||
项目资金 (万元) |
全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | |||
年度资金总额: | 320.00 | 318.40 | 99.50% | |||
其中:中央财政资金 | 256.00 | 256.00 | 100% | |||
地方资金 | 64.00 | 62.40 | 97.50% | |||
总体目标完成情况 | 总体目标 | 全年实际完成情况 | |||
目标1:完成12处集中供水工程管网改造。目标2:农村自来水普及率保持在92%以上。 | {actual} | ||||
绩效指标 | 一级 指标 |
二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 |
"""
TRANSFER_GOAL = "目标1:完成12处集中供水工程管网改造。目标2:农村自来水普及率保持在92%以上。"


def test_goal_repeated_as_the_result_in_the_transfer_form():
    [diag] = run(CopiedParagraph, TRANSFER_FORM.format(actual=TRANSFER_GOAL))
    assert diag.location.line == 12 and diag.related[0].location.line == 12
    assert "照抄了“预期目标”" in diag.message("zh")


def test_result_of_its_own_in_the_transfer_form_is_quiet():
    own = "完成11处集中供水工程管网改造，1处因用地调整顺延；农村自来水普及率达到93.1%。"
    assert run(CopiedParagraph, TRANSFER_FORM.format(actual=own)) == []


# A 决算说明 and the 部门整体支出绩效自评报告 bound with it as an annex: two reports on one unit, each
# opening by describing it. The annex restating who the unit is and its counts is no copy; the
# annex pasting prose about what was done or found is.
_UNIT_REPORTS = ("江北市第三中学2023年度部门决算\n"
                 "一、单位概况\n"
                 "江北市第三中学是市教育局所属公益一类事业单位，实施普通高中学历教育，承担全市高中阶段教育教学改革试点任务。\n"
                 "本单位内设党政办公室、教务处、德育处、总务处4个职能部门。2023年末设教学班48个，在校学生2,386人；"
                 "事业编制186人，实有在编人员178人，其中专任教师152人、管理人员14人、工勤人员12人。\n"
                 "二、存在的问题\n"
                 "{found}\n"
                 "附件：江北市第三中学2023年度部门整体支出绩效自评报告\n"
                 "一、部门基本情况\n"
                 "{basic}\n"
                 "二、存在的问题\n"
                 "{problems}\n")


def test_annex_on_the_same_unit_restating_who_it_is_is_quiet():
    basic = "江北市第三中学为市教育局所属公益一类事业单位，2023年末设教学班48个，在校学生2,386人，实有在编人员178人。"
    own = "学生及家长对课后服务的意见收集不够及时，整改反馈周期偏长。"
    found = ("一是部分新购教学设备未及时登记固定资产账，资产台账与实物不符；二是项目支出进度前紧后松，"
             "第四季度支出占全年项目支出的比重偏高，资金使用效益未充分发挥。")
    assert run(CopiedParagraph, _UNIT_REPORTS.format(basic=basic, found=found, problems=own)) == []
    [diag] = run(CopiedParagraph, _UNIT_REPORTS.format(basic=basic, found=found, problems=found))
    assert diag.location.line == 11 and diag.related[0].location.line == 6


def test_a_short_problem_copied_from_another_project_of_the_bundle():
    """A one-line 存在的问题 the second project pasted from the first: too short for a copy of
    prose (40 characters), yet another project's problem is never this one's."""
    first = "一是补贴申请材料审核环节较多，部分农户往返乡镇和县城两地提交材料，办理周期偏长；二是部分乡镇农机服务人员不足，对新型机具的现场核验不够及时。"
    short = "部分乡镇农机服务人员不足，现场核验不够及时。"
    text = two_projects(problems=short).replace(first, short)
    [diag] = run(CopiedParagraph, text)
    assert diag.location.line == 51 and diag.related[0].location.line == 17
    assert diag.severity is Severity.warning
    # each project's own problem, or the same words inside one report, stay quiet
    assert run(CopiedParagraph, two_projects().replace(first, short)) == []
    assert run(CopiedParagraph, two_projects(problems="资金拨付进度偏慢。").replace(first, "资金拨付进度偏慢。")) == []


_GRANT_ENTRY = ("示财教〔2020〕118号（示县教财〔2021〕36号）（示县财预〔2021〕2号）由县教委调剂至东湖小学，用于{works}，"
                "依据关于提前下达2021年义务教育经费保障机制中央和省级资金预算的通知（校舍维修），中央资金{sum}万元；")
_GRANT_LIST = ("某县东湖小学2021年度项目支出绩效自评报告\n\n一、项目概况\n\n（一）资金来源\n\n本项目资金按以下文件下达：\n\n"
               + "\n\n".join(_GRANT_ENTRY.format(works=w, sum=m) for w, m in
                             [("厕所改造工程", "4.15"), ("功能室改造工程", "12"), ("教学楼外墙修缮工程", "8"), ("校门改造工程", "6")])
               + "\n\n二、绩效目标完成情况\n\n{done}\n")


def test_grant_entries_citing_the_same_notices_are_no_copies():
    """A grant list (modelled on a school's 资金来源) whose every entry cites the same document
    numbers and notice and differs in its works and sum: alike through what it cites only."""
    assert run(CopiedParagraph, _GRANT_LIST.format(done="各项工程均已完工验收。")) == []


def test_a_paragraph_pasted_with_its_citations_is_still_a_copy():
    """The same draft with a paragraph of what was done pasted under another heading: alike in
    what it says, not only in what it cites."""
    said = ("依据示财教〔2020〕118号文件，学校成立了工程领导小组，严格执行招标采购和工程监理制度，"
            "各项工程按期开工、按期完工，验收合格后及时投入使用，师生学习生活条件得到明显改善。")
    draft = _GRANT_LIST.format(done=said + "\n\n三、项目管理情况\n\n" + said.replace("学校", "我校"))
    [diag] = run(CopiedParagraph, draft)
    assert diag.location.line > draft[:draft.index("三、项目管理情况")].count("\n")


# A report whose sections the PDF reader ran into one line (written for this test): the
# 项目执行情况 pastes the 年度总体目标 word for word, within the one paragraph.
_ONE_LINE_GOAL = ("举办文化活动：组织社区文艺队伍开展节日演出和广场舞 比赛，丰富辖区居民的业余 文化生活，"
                  "营造和谐友善的 邻里氛围。")
_ONE_LINE = ("2023年度社区文化活动项目支出绩效自评报告\n\n"
             "一、项目基本情况 （一）项目概况 1.项目立项情况 社区文化活动是丰富居民精神生活的一项经常性工作。"
             "年初安排预算资金 3 万元用 于开展该项目，主要用于举办文艺演出、购买活动器材等。 2.项目执行情况 {done} "
             "（二）项目绩效目标 1.项目年度总体目标 " + _ONE_LINE_GOAL.replace("广场舞 比赛", "广场舞比赛")
             + " 2.总体目标完成情况 全年共举办演出 6 场，参与居民 1200 人次，活动满意度达到百分之九十五。\n")


def test_copied_paragraph_passage_written_again_inside_one_flattened_line():
    bad = _ONE_LINE.format(done=_ONE_LINE_GOAL)
    [d] = run(CopiedParagraph, bad)
    assert (d.key, d.location.line, d.related[0].location.line) == ("inline", 3, 3)
    assert d.location.column > d.related[0].location.column
    assert "组织社区文艺队伍" in d.message("zh")
    good = _ONE_LINE.format(done="全年在社区广场举办节日演出 6 场，组织广场舞比赛 2 次，参与居民 1200 人次。")
    assert run(CopiedParagraph, good) == []
    # a short phrase said again later in a long paragraph is no pasted passage
    assert run(CopiedParagraph, _ONE_LINE.format(done="举办文化活动：丰富辖区居民的业余文化生活。")) == []


# 云南's form as a web page prints it in pipes: the 年度总体目标 label cell broken over lines stands
# in a row of its own, the 预期目标 | 实际完成情况 headers in the next row, the two texts below them.
SPLIT_LABEL_FORM = """示范县2023年度项目支出绩效自评表
| 项目名称 | 山区小学营养餐补助经费 | ||||||||
| 主管部门 | 示范县教育体育局 | 实施单位 | 示范县第二小学 | |||||
|
年度 总体 目标 |
预期目标 | 实际完成情况 | ||||||||
| 为全校412名学生提供营养午餐 | {actual} | |||||||||
| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | |||||
|
一级 指标 |
二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | |||||
| 产出指标 | 数量指标 | 受益学生人数 | ≥ | 412 | 人 | 412 | 50 | 50 | ||
| 满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥ | 90 | % | 95 | 50 | 50 | ||
"""


def test_goal_repeated_as_the_result_under_a_label_broken_over_lines():
    [diag] = run(CopiedParagraph, SPLIT_LABEL_FORM.format(actual="为全校412名学生提供营养午餐"))
    assert diag.location.line == 7 and diag.related[0].location.line == 7
    assert "照抄了“预期目标”" in diag.message("zh")


def test_result_of_its_own_under_a_label_broken_over_lines_is_quiet():
    assert run(CopiedParagraph, SPLIT_LABEL_FORM.format(actual="全年为412名学生提供营养午餐186天")) == []


def test_d203_two_notices_closing_with_the_same_standard_sentence():
    """Two funding notices published one after the other, each closing (特此通知, its date) with
    the same standard instruction on the funds: two documents, no copy. The same sentence twice
    inside one notice is still a copy."""
    from ..years.test_signed_before_year_end import _NOTICES

    assert run(CopiedParagraph, _NOTICES) == []
    sentence = "本次下达资金为中央直达资金,请你单位及时将资金支付到最终收款方,并建立实名台账,确保资金精准直达基层。"
    inside = _NOTICES.replace("示范区市政管理委员会:\n", "示范区市政管理委员会:\n" + sentence + "\n", 1)
    assert [d.location.line for d in run(CopiedParagraph, inside)] == [4]
