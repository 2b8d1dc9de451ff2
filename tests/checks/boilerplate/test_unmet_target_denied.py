"""B315 unmet-target-denied: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest

from .._harness import lines
from ._drafts import run_code

# Modelled on a school's 校园维修改造 self-evaluation (the Yunnan-style narrative template): the
# 完成的绩效目标 lists a satisfaction rate below its target, the next item answers 无.
DRAFT = (
    "示范中学2023年度校舍维修项目支出绩效自评报告\n\n一、自评结论\n\n（一）自评得分98分\n\n"
    "（二）绩效目标完成情况\n\n1.执行率情况。年初预算80万元，全年执行80万元，执行率100%。\n\n"
    "2.完成的绩效目标。\n\n维修校舍面积年初目标值≥1200平方米，实际完成值1260平方米。"
    "家长满意度年初目标值≥95%，实际完成值93.50%，扣1分。\n\n"
    "3.未完成的绩效目标（无）\n\n（三）存在的问题和原因\n\n项目支出集中在下半年。\n"
)


def test_b315_unmet_targets_answered_none_beside_a_stated_miss():
    assert lines(run_code(DRAFT, "B315")) == [15]
    # the answer on the line after the item
    below = DRAFT.replace("3.未完成的绩效目标（无）", "3.未完成的绩效目标。\n\n无。")
    assert lines(run_code(below, "B315")) == [17]
    # a reverse target (cost) exceeded is a miss too
    cost = DRAFT.replace("家长满意度年初目标值≥95%，实际完成值93.50%，扣1分。",
                         "单位维修成本年初目标值≤600元/平方米，实际完成值640元/平方米。")
    assert lines(run_code(cost, "B315")) == [15]


def test_b315_quiet_when_the_miss_is_listed_or_every_target_was_met():
    listed = DRAFT.replace("3.未完成的绩效目标（无）", "3.未完成的绩效目标：家长满意度未达到95%，原因是施工期间影响通行。")
    assert run_code(listed, "B315") == []
    met = DRAFT.replace("实际完成值93.50%，扣1分", "实际完成值96.20%")
    assert run_code(met, "B315") == []
    # a target written without an inequality is not read: its direction is unknown
    plain = DRAFT.replace("年初目标值≥95%", "年初目标值95%")
    assert run_code(plain, "B315") == []


# Modelled on a district 残联's 中央转移支付 self-evaluation (the 绩效目标分解下达 / 绩效情况分析
# template): (三)总体绩效目标完成情况分析 claims the targets were met as planned, while (四) gives an
# indicator's 年初指标值 and a 全年实际完成值 below it.
TRANSFER = (
    "某区残联中央转移支付2023年度绩效自评报告\n\n一、绩效目标分解下达情况\n\n"
    "2023年下达中央转移支付资金18.4万元，用于残疾人康复和托养服务。\n\n二、绩效情况分析\n\n"
    "（一）资金投入情况分析。\n\n投入资金18.4万元，执行数18.4万元，执行率100%。\n\n"
    "（二）总体绩效目标完成情况分析。\n\n对照总体绩效目标，该资金已按计划完成目标，达到预期效果。\n\n"
    "（三）绩效指标完成情况分析。\n\n"
    "1、产出数量指标：托养服务人数年初指标值为不低于60人，全年实际完成值64人；"
    "康复训练人数年初指标值为不低于150人，全年实际完成值138人。\n"
)


def test_b315_a_claim_that_the_targets_were_met_beside_a_stated_miss():
    diags = run_code(TRANSFER, "B315")
    assert lines(diags) == [15]
    assert "已按计划完成目标" in diags[0].message("zh") and "138人" in diags[0].message("zh")
    # the same claim in other words: every target achieved
    every = TRANSFER.replace("该资金已按计划完成目标", "各项绩效目标均已完成")
    assert lines(run_code(every, "B315")) == [15]


def test_b315_quiet_when_the_claim_is_true_or_denied():
    met = TRANSFER.replace("全年实际完成值138人", "全年实际完成值152人")
    assert run_code(met, "B315") == []
    # 未按计划完成目标 says the opposite; a single task done as planned is no claim about the targets
    assert run_code(TRANSFER.replace("该资金已按计划完成目标", "该资金未按计划完成目标"), "B315") == []
    assert run_code(TRANSFER.replace("该资金已按计划完成目标", "康复机构已按计划完成验收"), "B315") == []


# A project report whose 存在的问题 says there is none while its own 自评表 shows a missed target.
PROBLEMS_DENIED = (
    "示范县文化馆2024年度送戏下乡项目支出绩效自评报告\n\n一、自评结论\n\n自评得分99分。\n\n"
    "二、存在的问题及原因\n\n{problems}\n\n三、下一步改进措施\n\n加强培训组织。\n\n"
    "项目支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\t演出场次\t≥40场\t42场\t50\t50\t\n"
    "产出指标\t数量指标\t培训人数\t≥100人\t{trained}\t40\t{score}\t部分学员农忙未参训\n"
    "总分\t90\t{total}\n"
)


def test_b315_problem_section_says_none_beside_a_missed_form_target():
    for none in ("无。", "本项目不存在问题。", "项目实施过程中未发现明显问题。"):
        text = PROBLEMS_DENIED.format(problems=none, trained="95人", score="38", total="88")
        [finding] = run_code(text, "B315")
        assert finding.location.line == 9 and "≥100人" in finding.message("zh") and "95人" in finding.message("zh")


def test_b315_quiet_when_the_problem_is_stated_or_the_form_meets_its_targets():
    stated = PROBLEMS_DENIED.format(problems="培训人数未达到目标，部分学员农忙未参训。", trained="95人", score="38",
                                    total="88")
    assert run_code(stated, "B315") == []
    met = PROBLEMS_DENIED.format(problems="无。", trained="105人", score="40", total="90")
    assert run_code(met, "B315") == []


def test_b315_unmet_targets_answered_none_beside_a_missed_form_target():
    """Prose that states no miss of its own: the 自评表's missed target is the evidence."""
    denied = PROBLEMS_DENIED.replace("二、存在的问题及原因\n\n{problems}", "二、未完成的绩效目标\n\n无。")
    [finding] = run_code(denied.format(trained="95人", score="38", total="88"), "B315")
    assert finding.location.line == 9 and "≥100人" in finding.message("zh") and "95人" in finding.message("zh")
    assert run_code(denied.format(trained="105人", score="40", total="90"), "B315") == []


# Modelled on a county justice bureau's 法律援助 report: each result written before its target.
ACTUAL_FIRST = (
    "示范县司法局2022年度法律援助专项经费项目支出绩效自评报告\n\n一、绩效目标完成情况\n\n"
    "案件结案率98.5%，目标≥95%；受援人投诉率1.2%，目标≤1%。\n\n"
    "二、存在的问题及原因\n\n本项目资金使用规范，绩效目标全部完成，未发现问题。\n"
)


def test_b315_result_written_before_its_target_and_a_claim_with_the_quantifier_after():
    assert lines(run_code(ACTUAL_FIRST, "B315")) == [9]


def test_b315_quiet_when_the_results_written_first_meet_their_targets():
    met = ACTUAL_FIRST.replace("投诉率1.2%", "投诉率0.4%")
    assert run_code(met, "B315") == []
    # a resolve for next year is no claim (确保绩效目标全部完成)
    resolve = ACTUAL_FIRST.replace("本项目资金使用规范，绩效目标全部完成，未发现问题。", "下一步将加强案件质量管理，确保绩效目标全部完成。")
    assert run_code(resolve, "B315") == []
    # the rest after an exception is no claim that every target was met
    for rest in ("其余", "其他"):
        excepted = ACTUAL_FIRST.replace("本项目资金使用规范，绩效目标全部完成，未发现问题。",
                                        f"除受援人投诉率外，{rest}绩效目标全部完成。")
        assert run_code(excepted, "B315") == []


# Modelled on a city 农业农村局's 高标准农田 report: every target claimed met, one section unaccepted.
UNFINISHED = (
    "示范市农业农村局2023年度高标准农田建设项目绩效自评报告\n\n一、绩效目标完成情况\n\n"
    "建成高标准农田3.2万亩，项目区农户满意度93%，各项绩效目标全部顺利完成。\n\n"
    "二、存在的问题\n\n部分项目区地块分散；东湖县有1个标段因设计变更，年底前尚未完成竣工验收。\n"
)


def test_b315_claim_of_targets_met_beside_a_problem_left_unfinished():
    [d] = run_code(UNFINISHED, "B315")
    assert d.location.line == 5 and d.related[0].location.line == 9
    assert "尚未完成竣工验收" in d.message("zh")


def test_b315_quiet_when_the_problems_leave_nothing_unfinished_or_the_claim_is_a_resolve():
    finished = UNFINISHED.replace("年底前尚未完成竣工验收", "竣工验收推迟至12月下旬")
    assert run_code(finished, "B315") == []
    resolve = UNFINISHED.replace("各项绩效目标全部顺利完成", "下一步确保各项绩效目标全部顺利完成")
    assert run_code(resolve, "B315") == []


def test_b315_a_claim_about_one_kind_of_indicator_read_against_that_kind():
    """各项产出指标均已全部完成 beside a missed 产出 indicator contradicts the form; the same claim of
    the 效益 indicators, none of which missed, does not."""
    stated = "培训人数未达到目标，部分学员农忙未参训。"
    for kind, fires in (("产出", True), ("效益", False)):
        text = PROBLEMS_DENIED.replace("自评得分99分。", f"自评得分99分。各项{kind}指标均已全部完成。")
        found = run_code(text.format(problems=stated, trained="95人", score="38", total="88"), "B315")
        assert lines(found) == ([5] if fires else []), kind


def test_b315_the_deviation_item_of_the_transfer_payment_template_answered_none():
    """三、偏离绩效目标的原因和下一步改进措施 answered 无 beside a missed form target."""
    denied = PROBLEMS_DENIED.replace("二、存在的问题及原因\n\n{problems}", "二、偏离绩效目标的原因和下一步改进措施\n\n无。")
    [finding] = run_code(denied.format(trained="95人", score="38", total="88"), "B315")
    assert finding.location.line == 9 and "95人" in finding.message("zh")
    assert run_code(denied.format(trained="105人", score="40", total="90"), "B315") == []


def test_b315_the_indicators_counted_then_claimed_all_met_beside_a_stated_miss():
    claim = TRANSFER.replace("该资金已按计划完成目标", "本项目共设置三级指标6个，全部完成")
    assert lines(run_code(claim, "B315")) == [15]


def test_b315_quiet_for_a_count_of_the_indicators_met_or_a_resolve():
    for words in ("本项目共设置三级指标6个，已完成5个", "本项目共设置三级指标6个，确保全部完成"):
        assert run_code(TRANSFER.replace("该资金已按计划完成目标", words), "B315") == [], words
    assert run_code(TRANSFER.replace("该资金已按计划完成目标", "本项目共设置三级指标6个，全部完成").replace(
        "全年实际完成值138人", "全年实际完成值152人"), "B315") == []


# Modelled on a township 人居环境整治 report (probe17c): every indicator met, but a fifth of the
# money carried over to next year, and 存在的问题 answered 暂无问题.
UNSPENT = (
    "示范镇人民政府2023年度农村人居环境整治项目绩效自评报告\n\n一、资金使用情况\n\n"
    "项目全年预算85.00万元，实际支出{spent}万元，剩余资金结转下年使用。\n\n"
    "二、存在的问题及原因\n\n{problems}\n\n三、下一步改进措施\n\n加快工程结算。\n\n"
    "项目支出绩效自评表\n"
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t85.00\t85.00\t{spent}\t10\t{rate}\t{score}\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\t清运生活垃圾量\t≥4000吨\t4100吨\t50\t50\t\n"
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t92%\t40\t40\t\n"
    "总分\t100\t{total}\n"
)


def _unspent(problems="暂无问题。", spent="68.00", rate="80.00%", score="8.00", total="98.00"):
    return UNSPENT.format(problems=problems, spent=spent, rate=rate, score=score, total=total)


def test_b315_problem_section_says_none_beside_much_money_unspent():
    [finding] = run_code(_unspent(), "B315")
    assert finding.location.line == 9 and "80%" in finding.message("zh") and "68.00" in finding.message("zh")
    # the answer on the heading's line
    inline = _unspent().replace("二、存在的问题及原因\n\n暂无问题。", "二、存在的问题及原因：暂无问题。")
    assert lines(run_code(inline, "B315")) == [7]


def test_b315_quiet_when_the_unspent_money_is_explained_or_small():
    assert run_code(_unspent(problems="工程结算审计尚未完成，尾款17.00万元结转下年支付。"), "B315") == []
    assert run_code(_unspent(spent="83.30", rate="98.00%", score="9.80", total="99.80"), "B315") == []


def test_b315_a_claim_naming_the_year_and_every_target_beside_a_missed_form_target():
    """圆满完成年度各项绩效目标: the period and the quantifier both written (a county 农田管护 report)."""
    claim = PROBLEMS_DENIED.replace("自评得分99分。", "自评得分99分，已圆满完成年度各项绩效目标。")
    [finding] = run_code(claim.format(problems="培训人数未达到目标。", trained="95人", score="38", total="88"),
                         "B315")
    assert finding.location.line == 5 and "95人" in finding.message("zh")
    assert run_code(claim.format(problems="无。", trained="105人", score="40", total="90"), "B315") == []


# A form without a 分值 column: the points an indicator lost are not shown, but a row below its
# bound target still answers a claim that every indicator was met.
NO_WEIGHTS = (
    "示范县文化馆2024年度送戏下乡项目支出绩效自评报告\n\n一、自评结论\n\n自评得分98分。\n\n"
    "二、绩效目标完成情况\n\n全年演出42场，年初设定的各项绩效指标均已全部完成。\n\n"
    "三、存在的问题及原因\n\n部分学员农忙未参训。\n\n"
    "项目支出绩效自评表\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\n"
    "产出指标\t数量指标\t演出场次\t≥40场\t42场\t50\n"
    "产出指标\t数量指标\t培训人数\t≥100人\t{trained}\t{score}\n"
    "总分\t{total}\n"
)


def test_b315_a_claim_beside_a_row_below_its_target_in_a_form_without_weights():
    [finding] = run_code(NO_WEIGHTS.format(trained="95人", score="38", total="88"), "B315")
    assert "各项绩效指标均已全部完成" in finding.message("zh") and "95人" in finding.message("zh")
    assert run_code(NO_WEIGHTS.format(trained="105人", score="40", total="90"), "B315") == []
    # no claim: the problems are stated, and a form without weights proves no lost points
    unclaimed = NO_WEIGHTS.replace("，年初设定的各项绩效指标均已全部完成", "")
    assert run_code(unclaimed.format(trained="95人", score="38", total="88"), "B315") == []


# A narrative without a 自评表 that sets its year's targets under their own item and reports the
# result under another, then answers 存在的问题和建议 无 (made up, modelled on a county
# day-care-centre report): the one measure reported short of its target contradicts the 无.
APART = (
    "某县社区养老服务站建设项目绩效自评报告\n一、项目概况\n（一）项目基本情况\n"
    "本项目在三个社区各建设养老服务站1处，总投资312.40万元。\n（二）项目绩效目标\n"
    "绩效目标：社区养老服务站建设资金支付240万元，新增日间照料床位60张。\n"
    "二、项目资金管理情况\n年初预算安排资金240万元，已全部批复。\n三、项目绩效情况\n（一）项目完成情况\n"
    "1.社区养老服务站建设资金支付{paid}万元。\n2.新增日间照料床位60张，群众满意度达95%以上。\n"
    "四、评价结论\n项目实施效果较好，自评得分85分，等级为良。\n五、存在的问题和建议\n{problems}\n"
)


def test_b315_a_target_of_one_section_reported_short_in_another_beside_no_problems():
    [diag] = run_code(APART.format(paid="96.50", problems="无"), "B315")
    assert diag.location.line == 16 and "第 6 行的目标为 240万元，第 11 行实际只完成 96.50万元" in diag.message("zh")
    # a claim that every target was met is contradicted the same way
    claimed = APART.format(paid="96.50", problems="无").replace("项目实施效果较好", "各项绩效目标均已完成")
    assert 14 in lines(run_code(claimed, "B315"))


def test_b315_quiet_when_the_result_meets_the_target_set_apart():
    assert run_code(APART.format(paid="240", problems="无"), "B315") == []
    # a ceiling is met by less
    ceiling = APART.format(paid="96.50", problems="无").replace("资金支付240万元", "资金支付控制在240万元以内")
    assert run_code(ceiling, "B315") == []
    # the shortfall explained
    assert run_code(APART.format(paid="96.50", problems="部分工程款待竣工决算后支付，资金支付进度滞后。"), "B315") == []
    # a result of part of the year, or another measure's words, pairs with no target
    assert run_code(APART.format(paid="96.50", problems="无").replace("1.社区", "1.截至9月底社区"), "B315") == []
    assert run_code(APART.format(paid="96.50", problems="无").replace("1.社区养老", "1.A社区养老"), "B315") == []


# Prose only, the budget and the spending in one sentence, most of the money unspent.
SPENT = (
    "某县农村饮水安全维修养护项目绩效自评报告\n一、项目基本情况\n本项目用于全县农村集中供水工程的维修养护。\n"
    "二、项目资金使用情况\n全年预算数150万元，执行数{spent}万元。\n三、项目绩效情况\n完成维修养护工程25处。\n"
    "四、存在的问题\n无\n五、下一步改进措施\n加强工程日常巡查。\n"
)


def test_b315_prose_budget_mostly_unspent_beside_no_problems():
    [diag] = run_code(SPENT.format(spent="96"), "B315")
    assert diag.location.line == 9 and "执行率仅 64%" in diag.message("zh")


def test_b315_quiet_when_the_prose_budget_was_spent():
    assert run_code(SPENT.format(spent="148.20"), "B315") == []
    # a second fund's budget in the prose: which statement is the year's is not known
    two = SPENT.format(spent="96").replace("执行数96万元。", "执行数96万元。省级补助资金预算数80万元，执行数80万元。")
    assert run_code(two, "B315") == []


def test_b315_no_problems_run_into_the_paragraph_before():
    """A page extracted from a PDF runs the item into the text before it."""
    flat = APART.format(paid="96.50", problems="无").replace("等级为良。\n五、存在的问题和建议\n无\n", "等级为良。 五、存在的问题和建议 无\n")
    [diag] = run_code(flat, "B315")
    assert diag.location.line == 14 and "存在的问题和建议" in diag.message("zh")
    # an item that lists a problem is no denial
    listed = flat.replace("存在的问题和建议 无", "存在的问题和建议 资金支付进度滞后")
    assert run_code(listed, "B315") == []


# Prose only, the budget under the 项目概况 and the spending under the 执行情况, each stated once
# (made up, modelled on a county forestry bureau's report): 36% spent beside 存在的问题：无.
SPENT_APART = (
    "某县森林防火能力提升项目绩效自评报告\n一、项目概况\n（一）项目基本情况\n本项目用于重点林区防火隔离带维护。\n"
    "（二）项目资金情况\n全年预算数239万元，资金来源为县级财政。\n二、项目执行情况\n"
    "截至2023年12月31日，项目实际支出{spent}万元。\n三、项目绩效情况\n完成防火隔离带维护32公里。\n"
    "四、存在的问题\n{problems}\n五、下一步改进措施\n加强防火宣传。\n"
)


def test_b315_budget_and_spending_stated_in_separate_sections_beside_no_problems():
    [diag] = run_code(SPENT_APART.format(spent="87.06", problems="无"), "B315")
    assert diag.location.line == 12 and "执行率仅 36.43%" in diag.message("zh") and "第 8 行" in diag.message("zh")
    # the spending written before the budget, in other words
    later = SPENT_APART.format(spent="87.06", problems="本项目不存在问题。").replace(
        "截至2023年12月31日，项目实际支出87.06万元。", "本项目全年执行数87.06万元。")
    assert lines(run_code(later, "B315")) == [12]


def test_b315_quiet_when_the_separate_figures_are_spent_ambiguous_or_explained():
    assert run_code(SPENT_APART.format(spent="225.40", problems="无"), "B315") == []
    # two budget figures: which is the year's is not known
    two = SPENT_APART.format(spent="87.06", problems="无").replace("完成防火隔离带维护32公里。",
                                                                 "完成防火隔离带维护32公里，项目预算数260万元。")
    assert run_code(two, "B315") == []
    # the problem actually stated
    stated = SPENT_APART.format(spent="87.06", problems="部分物资采购合同年底签订，资金支付滞后。")
    assert run_code(stated, "B315") == []
    # the spending of a sub-item, of part of the year or of a batch is not the project's year
    for clause in ("截至2023年12月31日，防火物资购置实际支出87.06万元。", "截至2023年9月30日，项目实际支出87.06万元。",
                   "截至2023年12月31日，第一批资金实际支出87.06万元。", "其中，项目实际支出87.06万元。"):
        text = SPENT_APART.format(spent="87.06", problems="无").replace("截至2023年12月31日，项目实际支出87.06万元。", clause)
        assert run_code(text, "B315") == [], clause


# A page extracted from a PDF runs every section into one line (made up, modelled on a school's
# 生均公用经费 report): the year's allocation as 安排…共计, the spending as 安排支出共计 with the
# rest carried into the next year, and the 存在的问题 item answered by a sentence that denies any.
ARRANGED = (
    "某镇中心小学专项资金绩效自评报告\n一、基本情况(一)项目基本概况本校2023年项目为生均公用经费项目"
    "(二)资金及项目绩效目标本校2023年按生均800元安排,共计186万元,其中上级资金140万元,本级46万元"
    "二、项目资金使用情况资金主要用于办公费、水电费等公用支出三、预算支出组织实施情况本校2023年财政安排支出共计"
    "{spent}万元{rest}四、预算支出绩效情况保证了学校的正常运转五、存在的问题及原因分析{problems}"
    "六、几点建议资金拨付应及时\n"
)


def test_b315_arranged_total_and_spending_with_the_rest_carried_beside_no_problems():
    text = ARRANGED.format(spent="70.50", rest=",余款安排下年支出", problems="本校项目运转正常,暂无问题")
    [diag] = run_code(text, "B315")
    assert diag.location.line == 2 and "执行率仅 37.9%" in diag.message("zh") and "暂无问题" in diag.message("zh")


def test_b315_quiet_when_the_arranged_spending_is_not_certain_or_a_problem_is_stated():
    # 安排支出 without the rest carried may be the plan, not the money spent
    assert run_code(ARRANGED.format(spent="70.50", rest="", problems="本校项目运转正常,暂无问题"), "B315") == []
    assert run_code(ARRANGED.format(spent="180.20", rest=",余款安排下年支出", problems="本校项目运转正常,暂无问题"),
                    "B315") == []
    stated = ARRANGED.format(spent="70.50", rest=",余款安排下年支出", problems="资金拨付较晚,部分支出推迟,暂无其他问题")
    assert run_code(stated, "B315") == []


@pytest.mark.parametrize("draft", [
    lambda a: APART.format(paid="96.50", problems=a),
    lambda a: SPENT.format(spent="96").replace("四、存在的问题\n无", "四、存在的问题\n" + a),
    lambda a: PROBLEMS_DENIED.format(problems=a, trained="95人", score="38", total="88"),
    lambda a: _unspent(problems=a),
    lambda a: APART.format(paid="96.50", problems="无").replace(
        "等级为良。\n五、存在的问题和建议\n无\n", "等级为良。 五、存在的问题和建议 " + a + "\n"),
])
def test_b315_other_problems_denied_after_a_stated_one_is_no_denial(draft):
    """``暂无其他问题`` alone is a denial in every path (the section's own paragraphs, a heading's
    line, a PDF's run-in item); after a clause of its own (``资金支付进度滞后；暂无其他问题``)
    something was stated, and the figures' shortfall is not denied (ours)."""
    assert len(run_code(draft("暂无其他问题。"), "B315")) == 1
    assert run_code(draft("资金支付进度滞后；暂无其他问题。"), "B315") == []
    assert run_code(draft("项目运转正常，暂无其它问题。"), "B315") == []
