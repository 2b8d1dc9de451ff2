"""The boilerplate family (B3xx) on drafts we wrote: each rule fires on a wrong draft and stays
quiet on a correct one."""

from __future__ import annotations

from pathlib import Path

import pytest
from perflint.checks.boilerplate import CHECKS

from perflint.check import Context
from perflint.read.text import parse_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "boilerplate"
BY_CODE = {cls.code: cls for cls in CHECKS}


def run(text: str, code: str | None = None) -> list:
    doc = parse_text(text, "draft.txt")
    ctx = Context()
    classes = [BY_CODE[code]] if code else CHECKS
    return [d for cls in classes for d in cls().run(doc, ctx)]


def lines(diags) -> list[int]:
    return sorted(d.location.line for d in diags)


def form(header_total: str = "总分：95", rows: str = "", total: str = "95", deviation: str = "无",
         improvement: str = "加强宣传，提前做好项目计划。", budget: str = "20", choice: str = "☑") -> str:
    """A project 自评表 in tab-separated rows (budget 20 + 产出 40 + 效益 30 + 满意度 10)."""
    rows = rows or (
        "产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
        "\t质量指标\t演出验收合格率\t≥95%\t100%\t20\n"
        "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t7600人次\t25\n"
        "满意度指标（10分）\t服务对象满意度\t观众满意度\t≥90%\t94%\t10\n"
    )
    return (
        "2023 年度送戏下乡经费项目绩效自评表\n\n"
        f"填报日期：2024 年 3 月\t{header_total}\n\n"
        "项目名称\t送戏下乡经费\n"
        f"项目类别\t1、部门预算项目 {choice}\t2、省专项 ☐\t3、中央转移支付项目 ☐\n"
        "预算执行情况（万元）（20分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（20分*执行率）\n"
        f"\t年度财政资金总额\t36\t36\t100%\t{budget}\n"
        "一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分\n"
        f"{rows}"
        f"总分\t{total}\n"
        f"偏差大或目标未完成原因分析\t{deviation}\n"
        f"改进措施及结果应用方案\t{improvement}\n"
    )


def report(narrative_score: str = "95", problems: str = "一是演出场地条件较差；二是偏远村组观众偏少。",
           table: str | None = None) -> str:
    return (
        "示范县剧团送戏下乡经费2023年度绩效自评报告\n\n"
        "一、自评结论\n\n"
        "（一）自评得分\n\n"
        f"2023 年度送戏下乡经费自评得分 {narrative_score} 分。\n\n"
        "（二）存在的问题和原因\n\n"
        f"{problems}\n\n"
        "（三）下一步改进措施\n\n"
        "一是改善演出场地；二是提前发布演出信息。\n\n"
        + (table if table is not None else form())
    )


# -- whole drafts -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["good_report.txt", "good_department.txt", "good_flat.txt"])
def test_correct_drafts_are_quiet(name):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert run(text) == []


def test_flattened_form_answers_after_the_table():
    """A PDF-flattened form: the answers spill out of the table as paragraphs."""
    text = (FIXTURES / "good_flat.txt").read_text(encoding="utf-8")
    reason = "路面优良率 81%，低于 85% 的目标，原因是部分路段雨季积水损坏。"
    measure = "加强排水设施维护，雨季前开展专项巡查；自评结果作为下年度养护经费安排的依据。"
    none = run(text.replace("\t" + reason, "\t无"), "B301")
    assert len(none) == 1 and "路面优良率" in none[0].message("zh")
    figures = run(text.replace(measure, "全县养护里程 126 公里，按每公里 0.63 万元计算，共计 80 万元。"), "B309")
    assert len(figures) == 1 and "只有数字说明" in figures[0].message("zh")


def test_bad_report_fires_every_rule():
    text = (FIXTURES / "bad_report.txt").read_text(encoding="utf-8")
    codes = {d.code for d in run(text)}
    assert codes >= {"B301", "B302", "B303", "B304", "B305", "B306", "B307", "B308", "B309", "B310",
                     "B311", "B312"}


def test_checks_are_well_formed():
    for cls in CHECKS:
        assert cls.code.startswith("B3") and cls.family == "boilerplate"
        assert cls.title["zh"] and cls.title["en"]
        for key, msg in cls.messages.items():
            assert msg.get("zh") and msg.get("en"), (cls.code, key)
        assert "## What it does" in cls.docs()


# -- B301 deviation-none-despite-miss ----------------------------------------------------------

def test_b301_fires_on_missed_target_with_none():
    diags = run(report(table=form(deviation="无")), "B301")
    assert len(diags) == 1
    d = diags[0]
    assert "观众人次" in d.message("zh") and "≥8000人次" in d.message("zh") and "7600人次" in d.message("zh")
    text = report(table=form(deviation="无"))
    missed_row = next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith("效益指标"))
    assert d.related and d.related[0].location.line == missed_row
    assert "misses the target" in d.message("en")


def test_b301_fires_on_strict_target_with_inequality_actual():
    rows = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
            "\t时效指标\t演出经费及时支付率\t>95%\t≥95%\t20\n"
            "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8600人次\t30\n"
            "满意度指标（10分）\t服务对象满意度\t观众满意度\t≥90%\t94%\t10\n")
    diags = run(report(narrative_score="100", table=form("总分：100", rows, "100")), "B301")
    assert len(diags) == 1 and "未能证明" in diags[0].message("zh")


def test_b301_fires_on_blank_deviation_and_lost_points():
    rows = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
            "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8600人次\t30\n")
    diags = run(report(narrative_score="96", table=form("总分：96", rows, "96", deviation="", budget="16")), "B301")
    assert len(diags) == 1 and "为空" in diags[0].message("zh") and "预算执行得分 16" in diags[0].message("zh")


def test_b301_quiet_when_reason_given_or_nothing_missed():
    assert run(report(table=form(deviation="观众人次未达目标，因两场演出遇雨取消。")), "B301") == []
    rows = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
            "\t成本指标\t单场演出成本\t1.5万元\t1.4万元\t20\n"
            "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8.6万人次\t30\n"
            "满意度指标（10分）\t服务对象满意度\t观众满意度\t≥90%\t94%\t10\n")
    assert run(report(narrative_score="100", problems="无。", table=form("总分：100", rows, "100")), "B301") == []


# -- B302 full-marks-despite-problems ------------------------------------------------------------

FULL_ROWS = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
             "\t质量指标\t演出验收合格率\t≥95%\t100%\t20\n"
             "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8600人次\t30\n"
             "满意度指标（10分）\t服务对象满意度\t观众满意度\t≥90%\t94%\t10\n")


def test_b302_fires_on_full_marks_with_problems():
    diags = run(report(narrative_score="100", table=form("总分：100", FULL_ROWS, "100")), "B302")
    assert len(diags) == 1
    assert "演出场地条件较差" in diags[0].message("zh")
    assert diags[0].related[0].location.line == 11


def test_b302_quiet_without_problems_or_without_full_marks():
    full = form("总分：100", FULL_ROWS, "100")
    assert run(report(narrative_score="100", problems="本项目实施中未发现明显问题。", table=full), "B302") == []
    assert run(report(narrative_score="98", table=full), "B302") == []
    assert run(report(), "B302") == []


def test_b302_ties_problems_to_their_own_project():
    narratives = (
        "一、图书配送经费项目绩效自评综述：\n\n发现的问题及原因：无。\n\n"
        "二、送戏下乡经费项目绩效自评综述：\n\n发现的问题及原因：演出场地条件较差。\n\n"
    )
    book = form("总分：100", FULL_ROWS, "100").replace("送戏下乡经费", "图书配送经费")
    play = form("总分：100", FULL_ROWS, "100")
    draft = "示范县文化局2023年度部门决算\n\n" + narratives + book + "\n" + play
    diags = run(draft, "B302")
    assert len(diags) == 1
    play_total = [i for i, line in enumerate(draft.splitlines(), 1) if line.startswith("总分\t")][1]
    assert diags[0].location.line == play_total


# -- B303 stock-claim ---------------------------------------------------------------------------

def test_b303_stock_claim_cell_and_lone_paragraph():
    table = "预期目标\t实际完成\n目标1：全年演出 20 场\t所有预期目标全部顺利完成\n"
    assert lines(run(table, "B303")) == [2]
    alone = "一、绩效目标完成情况\n\n各项绩效目标均已完成。\n\n二、存在的问题\n\n场地不足。\n"
    assert lines(run(alone, "B303")) == [3]


def test_b303_quiet_on_results_and_single_indicator_answer():
    table = "预期目标\t实际完成\n目标1：全年演出 20 场\t演出 24 场\n按时完成验收\t全部完成\n"
    assert run(table, "B303") == []
    detailed = "一、绩效目标完成情况\n\n各项绩效目标均已完成。\n\n全年演出 24 场，观众 8600 人次。\n"
    assert run(detailed, "B303") == []


# -- B304 unfilled-template ---------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("较上年增加（减少）0.00万元，增长(下降)0%。", "增加（减少）"),
    ("单位名称：××县××局。", "××"),
    ("报告由XX单位编制。", "XX"),
    ("政府性基金预算财政拨款年初结转和结余万元，本年收入0万元。", "年初结转和结余万元"),
    ("三公经费支出较上年增长%。", "增长%"),
    ("商品和服务支出 6.20 万元，占基本支出预算%，同比增加 0.40 万元。", "占基本支出预算%"),
])
def test_b304_text_slots(text, key):
    diags = run(text, "B304")
    assert len(diags) == 1 and key in diags[0].message("zh")


def test_b304_quiet_on_filled_shares():
    assert run("商品和服务支出 6.20 万元，占基本支出预算 12.5%，占项目支出的比重 0%。\n", "B304") == []


def test_b304_quiet_on_a_contact_detail_masked_for_publication():
    assert run("联络电话\n\n×××××××\n\n人员编制\n\n12\n", "B304") == []
    assert run("联系电话：×××-××××××××。\n", "B304") == []
    assert len(run("单位名称：××县水利局。\n", "B304")) == 1


def test_b304_blank_date_and_quiet_dates():
    assert lines(run("评价组组长（签字）：\n\n        年    月    日\n", "B304")) == [3]
    assert lines(run("填报日期：____年__月__日\n", "B304")) == [1]
    assert run("评价组组长（签字）：王明    2024 年 3 月 12 日\n", "B304") == []
    assert run("每年 3 月开展检查，今年 5 月完成验收。\n", "B304") == []


def test_b304_header_total_and_boxes():
    diags = run(report(table=form(header_total="总分：", choice="☐")), "B304")
    messages = " ".join(d.message("zh") for d in diags)
    assert "表头总分未填写" in messages and "表内总分为 95" in messages
    assert "选项均未勾选" in messages
    assert run(report(), "B304") == []


def test_b304_blank_label_cells():
    table = "绩效自评综合得分\t\n评价等次\t\n"
    assert lines(run(table, "B304")) == [1, 2]
    filled = "绩效自评综合得分\t93\n评价等次\t优\n"
    assert run(filled, "B304") == []
    header = "序号\t项目名称\t自评得分\t评价等次\t\n1\t送戏下乡\t95\t优\t\n"
    assert run(header, "B304") == []
    row = "基本支出总额\t812.30\t\t项目支出总额\t\t\n"
    assert "项目支出总额" in run(row, "B304")[0].message("zh")


def test_b304_quiet_on_ordinary_prose():
    text = ("2023年度财政拨款收入 436.20 万元，比上年增加 12.50 万元，增长 3.0%。"
            "每万元支出服务人次 52 人次，XXL 号服装采购 3 套。\n")
    assert run(text, "B304") == []


def test_b304_quiet_on_the_unit_column_of_a_flattened_indicator_row():
    """A 部门整体 form read from a PDF runs each row together: name, 计量单位 %, then the
    figures. The % is the unit column, not an empty slot."""
    text = ("绩效指标 指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)"
            "河道巡查覆盖率%定量指标95%1098%10渡口安全事故发生率%0.5100.210\n")
    assert run(text, "B304") == []
    assert len(run("全年培训覆盖率%，较上年有所提高。\n", "B304")) == 1


# -- B305 zero-change-explained -----------------------------------------------------------------

def test_b305_zero_change_with_reason():
    text = "国有资本经营预算财政拨款收入 0 万元，比上年增加 0 万元。增加主要原因是本年无此项收入。\n"
    diags = run(text, "B305")
    assert len(diags) == 1 and "增加0万元" in diags[0].message("zh")


def test_b305_one_finding_for_amount_and_rate_of_one_zero_change():
    """``增加 0.00 万元，增长 0%，主要原因是…``: one template sentence, one finding."""
    text = "其他收入 0.00 万元，较上年增加 0.00 万元，增长 0%，主要原因是：本单位无其他收入。\n"
    assert len(run(text, "B305")) == 1


def test_b305_quiet_on_real_changes_and_plain_zero():
    assert run("收入 436.20 万元，比上年增加 12.50 万元，主要原因是新增项目。\n", "B305") == []
    assert run("政府性基金预算财政拨款收入 0 万元，比上年增加 0 万元，与上年持平。\n", "B305") == []
    assert run("比上年增加0.05万元，主要原因是会议增加。\n", "B305") == []


# -- B306 empty-section -------------------------------------------------------------------------

def test_b306_empty_heading():
    text = ("二、专项支出\n\n1、资金安排情况分析\n\n2、资金使用情况分析\n\n"
            "资金专款专用。\n\n三、组织实施情况\n\n（一）组织情况\n\n第二部分 附件\n\n附件内容。\n")
    assert lines(run(text, "B306")) == [3, 11]


def test_b306_quiet_on_lists_and_nested_numbering():
    listed = "二、机构设置\n\n下属单位包括：\n\n1. 示范县剧团\n2. 示范县文化站\n\n三、人员情况\n\n在编 12 人。\n"
    assert run(listed, "B306") == []
    statements = "（三）存在的问题\n\n1、场地不足。\n2、人员偏少。\n\n（四）改进措施\n\n增加投入。\n"
    assert run(statements, "B306") == []
    nested = "五、评价报告综述\n\n一、部门概况\n\n本部门有在编人员 12 人。\n"
    assert run(nested, "B306") == []
    sentences = "1. 因公出国(境)费支出为0万元。\n\n2. 公务接待费支出为1.10万元。其中：\n\n国内接待 6 批次。\n"
    assert run(sentences, "B306") == []


# -- B307 template-instruction-left -------------------------------------------------------------

def test_b307_instruction_left_and_quiet():
    text = ("部门整体支出绩效评价评分表（参考样表）\n\n"
            "（部门工作实绩，包含上级部门布置的重点工作，根据部门实际进行调整细化）\n")
    assert lines(run(text, "B307")) == [1, 3]
    assert run("部门整体支出绩效评价评分表\n\n部门工作实绩包括重点工作 6 项。\n", "B307") == []


def test_b307_quiet_on_a_document_titled_as_notes():
    """``2023年度部门决算填报说明`` is the name of a document, not the blank form's notes."""
    assert run("示范县2023年度部门决算填报说明\n\n纳入汇编的单位共 12 个。\n", "B307") == []
    assert lines(run("附表1\n\n填报说明：1.本表金额单位为万元。\n", "B307")) == [3]


# -- B308 actual-as-inequality ------------------------------------------------------------------

def test_b308_inequality_actual():
    rows = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t≥20场\t20\n"
            "\t质量指标\t演出验收合格率\t≥95%\t98%以上\t20\n"
            "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8600人次\t30\n")
    diags = run(report(table=form(rows=rows)), "B308")
    assert len(diags) == 2 and "≥20场" in diags[0].message("zh")
    assert run(report(), "B308") == []


# -- B309 improvement-missing -------------------------------------------------------------------

def test_b309_blank_nothing_and_figures():
    blank = run(report(table=form(improvement="")), "B309")
    assert len(blank) == 1 and "未填写" in blank[0].message("zh") and "存在的问题" in blank[0].message("zh")
    nothing = run(report(table=form(improvement="无")), "B309")
    assert len(nothing) == 1 and "填“无”" in nothing[0].message("zh")
    figures = run(report(table=form(improvement="全县 120 个行政村，每村 3000 元，共计 36 万元。")), "B309")
    assert len(figures) == 1 and "只有数字说明" in figures[0].message("zh")


def test_b309_quiet_on_measures():
    assert run(report(), "B309") == []
    full = form("总分：100", FULL_ROWS, "100", improvement="无")
    assert run(report(narrative_score="100", problems="无。", table=full), "B309") == []


# -- B310 quantified-target-in-words ------------------------------------------------------------

def test_b310_word_answer_to_quantified_target():
    table = "评价内容\t绩效目标\t完成情况\n数量指标\t指标1：适龄儿童接种率95%\t完成\n质量指标\t指标1：按时完成验收\t完成\n"
    assert lines(run(table, "B310")) == [2]
    plan = "序号\t工作任务\t完成情况\n1\t开展培训3次\t完成\n"
    assert run(plan, "B310") == []


# -- B311 conclusion-without-result -------------------------------------------------------------

def test_b311_conclusion_without_score_or_grade():
    bad = "三、绩效评价结论\n\n资金主要用于送戏下乡和购置音响设备。\n\n四、存在问题\n\n场地不足。\n"
    assert lines(run(bad, "B311")) == [1]
    good = "三、绩效评价结论\n\n本项目自评得分 93 分，评价等次为优。\n\n四、存在问题\n\n场地不足。\n"
    assert run(good, "B311") == []


# -- B312 satisfaction-without-figure -----------------------------------------------------------

def test_b312_satisfaction_without_figure():
    bad = "（3）满意度指标完成情况\n\n群众对送戏下乡活动普遍认可。\n\n（4）其他\n\n无。\n"
    assert lines(run(bad, "B312")) == [3]
    good = "（3）满意度指标完成情况\n\n发放问卷 300 份，满意度 95.2%。\n\n（4）其他\n\n无。\n"
    assert run(good, "B312") == []


# -- B313 problem-section-without-problem --------------------------------------------------------

def test_b313_problem_section_reporting_progress():
    bad = "六、存在问题\n\n已完成智慧图书馆一期建设，二期正在筹备中。\n\n七、有关建议\n\n增加投入。\n"
    assert lines(run(bad, "B313")) == [3]
    good = "六、存在问题\n\n智慧图书馆二期因资金未到位推迟开工。\n\n七、有关建议\n\n增加投入。\n"
    assert run(good, "B313") == []
    none = "六、存在问题\n\n无。\n\n七、有关建议\n\n增加投入。\n"
    assert run(none, "B313") == []
