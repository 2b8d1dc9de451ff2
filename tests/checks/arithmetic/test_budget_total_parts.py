"""A127 budget-total-parts-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import BudgetTotalParts

from perflint.check import Context
from perflint.read.loader import load

from .._forms import FORMS, ONE_LINE, ONE_LINE_GOOD, levels_form, run_flat
from .._harness import run


def test_total_of_zero_while_the_appropriation_holds_the_money():
    [diag] = run_flat(BudgetTotalParts, total="0 0 0 10 0 0")
    assert "年初预算数为 0" in diag.message("zh") and "60" in diag.message("zh")
    assert diag.severity.name == "error"


def test_a_total_against_its_one_source_filled_in_names_that_source():
    # one source row filled in: "其中各项之和 60 = 60" says nothing; the message names the row
    [diag] = run_flat(BudgetTotalParts, total="0 0 0 10 0 0")
    assert "其中“本年财政拨款”为 60" in diag.message("zh") and "= 60" not in diag.message("zh")
    assert "its only source filled in, '本年财政拨款', is 60" in diag.message("en")


def test_total_with_all_its_sources_at_zero():
    # every source row at the template's 0 under a filled total: the breakdown was never filled in,
    # the 执行率 and score computed from the total still hold, so a person must judge (a warning);
    # a total left at 0 over a filled source (above) makes the score wrong: an error
    [diag] = run_flat(BudgetTotalParts, part="0 0 0")
    assert "年度资金总额年初预算数为 60" in diag.message("zh")
    assert diag.severity.name == "warning"


def test_sources_left_blank_are_no_finding():
    assert run_flat(BudgetTotalParts, part="") == []


def test_total_within_rounding_of_its_sources_is_quiet():
    assert run_flat(BudgetTotalParts, total="60.00 60.00 58.00 10 96.67% 9.67", part="60 60 58") == []


def test_layout_fixtures_are_quiet_for_budget_sums():
    for name in ("cell_per_line.txt", "one_line.txt", "pipe_split_target.txt", "tab_rows.txt", "pipe_header_split.txt"):
        assert list(BudgetTotalParts().run(load(FORMS / name), Context())) == [], name


WHOLE_DEPARTMENT = """部门整体支出绩效自评表
年度预算申请	年初预算数	全年预算数	全年执行数	分值	执行率	得分
年度资金总额	600.00	640.00	{actual}	10	{rate}	{score}
按收入性质分:640.00	按支出性质分:{spent}
其中: 一般公共预算:500.00	其中:基本支出:{basic}
政府性基金拨款:40.00	项目支出:{project}
其他资金:100.00
年度总体目标	预期目标	实际完成情况
"""


def whole(**changes):
    values = dict(actual="620.00", rate="96.88%", score="9.69", spent="620.00", basic="420.00", project="200.00")
    return WHOLE_DEPARTMENT.format(**{**values, **changes})


def test_whole_department_breakdowns_agree():
    assert run_flat(BudgetTotalParts, whole()) == []


def test_actual_is_not_the_spending_by_nature():
    [diag] = run_flat(BudgetTotalParts, whole(actual="640.00", rate="100%", score="10"))
    assert diag.location.line == 3 and "420.00 + 200.00 = 620.00" in diag.message("zh")
    assert diag.severity.name == "warning"


def test_spending_by_nature_that_breaks_down_the_budget_is_not_compared_with_the_actual():
    """Some forms put the budget's breakdown under 按支出性质分: it equals the 全年预算数."""
    assert run_flat(BudgetTotalParts, whole(spent="640.00", basic="440.00", project="200.00")) == []


def test_spending_by_nature_is_not_the_sum_of_its_parts():
    [diag] = run_flat(BudgetTotalParts, whole(basic="400.00"))
    assert "按支出性质分合计 620.00" in diag.message("zh") and diag.severity.name == "error"


def test_total_above_its_sources_with_a_source_left_blank_is_a_warning():
    text = ONE_LINE.format(**{**ONE_LINE_GOOD, "total": "80 80 78 10 97.5% 9.75"})
    [diag] = run_flat(BudgetTotalParts, text=text)
    assert diag.severity.name == "warning"


def test_total_label_moved_after_its_row_by_pdf_extraction():
    text = ("财政项目支出绩效自评表 (2023 年度) 项目名称 对口帮扶经费 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
            "30000.00 30000.00 6.10 其中:当年财政拨款 {a} {b} — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元)\n")
    [diag] = run_flat(BudgetTotalParts, text=text.format(a="0", b="0"))
    assert "30000.00" in diag.message("zh") and "0 + 0 + 0 = 0" in diag.message("zh")
    assert run_flat(BudgetTotalParts, text=text.format(a="30000.00", b="30000.00")) == []


def test_income_by_nature_cut_before_its_last_source_is_no_sum():
    """An excerpt that stops inside the rows (其他资金:100.00 and the form after it are past the
    cut) lists two of the three sources: short of the total, it says nothing."""
    cut = whole().split("其他资金")[0]
    assert run_flat(BudgetTotalParts, cut) == []
    # a wrong source with the rest of the form after it is still reported
    [diag] = run_flat(BudgetTotalParts, whole().replace("其他资金:100.00", "其他资金:90.00"))
    assert "按收入性质分合计 640.00" in diag.message("zh") and diag.severity.name == "error"


def test_income_by_nature_cut_inside_its_next_label_is_no_sum():
    # the copy stopped inside 其他资金 (``其他资``): that source and its figure are past the cut
    cut = whole().split("其他资金")[0] + "其他资\n"
    assert run_flat(BudgetTotalParts, cut) == []


def test_target_form_with_midterm_and_annual_blocks_side_by_side_is_quiet():
    # a 绩效目标表 read one cell a line: 中期资金总额 | 年度资金总额, then each 其中 row once for
    # each block (财政拨款 300 | 财政拨款 120): the mid-term 300 is no part of the annual 120
    path = FORMS / "target_midterm_beside_annual.txt"
    assert list(BudgetTotalParts().run(load(path), Context())) == []
    flat = ("项目支出绩效目标表（2025年度）\n项目资金（万元） 中期资金总额： 300 年度资金总额： 120 "
            "其中：财政拨款 300 其中：财政拨款 120 其他资金 0 其他资金 0\n")
    assert run_flat(BudgetTotalParts, flat) == []


def test_one_block_whose_sources_exceed_the_total_still_fires(tmp_path):
    # the same cell-a-line layout with the annual block alone: 100 + 30 is not 120
    text = (FORMS / "target_midterm_beside_annual.txt").read_text(encoding="utf-8")
    text = text.replace("中期资金总额:\n|\n300万\n|\n", "").replace("其中:财政拨款\n|\n300万\n|\n", "")
    text = text.replace("其中:财政拨款\n|\n120万", "其中:财政拨款\n|\n100万").replace(
        "其他资金\n|\n|\n其他资金\n|\n|", "其他资金\n|\n30万\n|")
    path = tmp_path / "one_block.txt"
    path.write_text(text, encoding="utf-8")
    [diag] = BudgetTotalParts().run(load(path), Context())
    assert "100万 + 30万 = 130" in diag.message("zh")


# A 部门整体 form whose budget block breaks the total down by spending: 基本支出 / 项目支出 / 其他
# rows under the total's 年初预算数 and 全年执行数 columns, the total's row ending in its 得分计算方法.
SPENDING_ROWS = """某镇人民政府2023年度部门整体支出绩效自评表
| 部门（单位）总体资金（万元） | 资金来源 | 年初预算数（A） | 全年执行数（B） | 分值（10分） | 得分 | 得分计算方法 |
| | 年度资金总额： | 600 | 620 | 10 | 10 | 执行率*该指标分值，最高不得超过分值上限。 |
| | 基本支出 | 500 | 450 | 10 | 10 | |
| | 项目支出 | {project} | 170 | 10 | 10 | |
| | 其他 | | | | | |
| 年度总体目标 | 年初设定目标 | 年度总体目标完成情况 | | | | |
"""


def test_spending_rows_that_add_up_to_the_total_are_quiet():
    assert run_flat(BudgetTotalParts, SPENDING_ROWS.format(project="100")) == []
    flat = " ".join(line.replace("|", " ") for line in SPENDING_ROWS.format(project="100").splitlines())
    assert run_flat(BudgetTotalParts, flat + "\n") == []


def test_spending_rows_whose_budget_exceeds_the_total_fire_on_the_budget_column():
    [diag] = run_flat(BudgetTotalParts, SPENDING_ROWS.format(project="130"))
    assert "年初预算数为 600" in diag.message("zh") and "基本支出 500 + 项目支出 130 = 630" in diag.message("zh")
    assert diag.severity.name == "error"
    flat = " ".join(line.replace("|", " ") for line in SPENDING_ROWS.format(project="130").splitlines())
    [diag] = run_flat(BudgetTotalParts, flat + "\n")
    assert "基本支出 500 + 项目支出 130 = 630" in diag.message("zh") and diag.severity.name == "error"


def test_spending_row_wrapped_by_the_page_is_read_whole():
    # the page broke 基本支出's row before its 分值 | 得分 copies: they are no row of their own
    wrapped = SPENDING_ROWS.format(project="100").replace("| | 基本支出 | 500 | 450 | 10 | 10 | |",
                                                           "| | 基本支出 | 500 | 450 |\n10 | 10 | |")
    assert run_flat(BudgetTotalParts, wrapped) == []


def test_basic_spending_alone_is_no_sum():
    # an excerpt cut after 基本支出: one row of the breakdown is no part list of the total
    cut = SPENDING_ROWS.format(project="100").split("| | 项目支出")[0]
    assert run_flat(BudgetTotalParts, cut) == []


COPIED_SOURCE = """示范县文物所2023年度文物保护专项绩效自评表
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t29\t29\t27.8\t10\t95.86%\t9.59
\t其中：当年财政拨款\t29\t29\t27.8\t10\t95.86%\t9.59
\t上年结转资金\t{carried}
\t其他资金\t
"""


def _copied(carried: str) -> list:
    from perflint.read.text import parse_text

    return list(BudgetTotalParts().run(parse_text(COPIED_SOURCE.format(carried=carried), "f.txt"), Context()))


def test_a_source_row_repeating_the_total_beside_another_source_is_named():
    """其中：当年财政拨款 copies the 年度资金总额 row while 上年结转资金 holds money: the sum is wrong,
    and the message names the row that repeats the total."""
    [diag] = _copied("5\t5\t5\t—\t—\t—")
    assert diag.severity.name == "error" and diag.location.line == 3
    assert "其中“当年财政拨款”一行与总额相同" in diag.message("zh") and "29 + 5 = 34" in diag.message("zh")
    assert diag.related[0].location.line == 4
    assert "repeats the total" in diag.message("en")


def test_the_only_source_repeating_the_total_with_its_score_is_quiet():
    """Published forms often write the total's 分值, 执行率 and 得分 again on the one 其中 row that
    holds the money: nothing is wrong with the sums, and no rule reads those cells twice."""
    assert _copied("") == []
    from perflint.checks.arithmetic import CHECKS

    from perflint.read.text import parse_text

    doc = parse_text(COPIED_SOURCE.format(carried=""), "f.txt")
    assert [d.code for check in CHECKS for d in check({}).run(doc, Context())] == []


TRIMMED = ("某县交通运输局2023年度农村公路养护项目支出绩效自评表\n"
           "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
           "\t年度资金总额\t420\t450\t436.5\t10\t97.00%\t9.7\n"
           "\t其中：当年财政拨款\t420\t{own}\t436.5\n"
           "\t上年结转资金\t0\t0\t0\n"
           "\t其他资金\t0\t0\t0\n"
           "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
           "产出指标\t数量指标\t日常养护里程\t≥1260公里\t1260公里\t45\t45\n"
           "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t45\t45\n"
           "总分\t\t\t\t\t100\t99.7\n")


def test_parts_whose_blank_cells_after_the_figures_were_dropped():
    """Excel and text pasted from it drop a row's blank cells at the end: a 其中 row with no
    执行率, 分值 or 得分 is shorter than its header, and its figures still stand in the header's
    columns."""
    from perflint.read.text import parse_text

    doc = parse_text(TRIMMED.format(own="405"), "trimmed.txt")
    [diag] = list(BudgetTotalParts().run(doc, Context()))
    assert "405 + 0 + 0 = 405" in diag.message("zh")
    assert list(BudgetTotalParts().run(parse_text(TRIMMED.format(own="450"), "ok.txt"), Context())) == []


UNIT_FORM = ("某县卫生健康局2023年度部门整体支出绩效自评表\n"
             "年度预算申请（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分\n"
             "\t年度资金总额\t5860\t6120\t5998.6\t98.02%\t9.8\n"
             "\t按收入性质分：\n"
             "\t其中：一般公共预算\t5600\t{own}\t5742.3\n"
             "\t其他资金\t260\t260\t256.3\n"
             "\t按支出性质分：\n"
             "\t其中：基本支出\t2150\t2210\t2205.4\n"
             "\t项目支出\t3710\t3910\t3793.2\n"
             "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
             "产出指标\t数量指标\t家庭医生签约人数\t≥6.5万人\t6.8万人\t30\t30\n"
             "效益指标\t社会效益指标\t居民健康素养水平\t≥25%\t26.8%\t30\t30\n"
             "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t94%\t30\t29.2\n"
             "总分\t\t\t\t\t100\t99\n")


def test_a_unit_forms_sources_and_its_budget_block_cut_by_short_rows():
    """A 部门整体 form pasted from Excel: ``按收入性质分：`` alone on its row cuts the budget block
    into several tables, and its sources are 一般公共预算 and 其他资金. The block and the indicator
    table are one form, and the sources are the total's parts."""
    from perflint.checks.arithmetic import TotalScoreMismatch

    from perflint.extract.selfeval import self_evaluations
    from perflint.read.text import parse_text

    doc = parse_text(UNIT_FORM.format(own="5860"), "unit.txt")
    [form] = self_evaluations(doc)
    assert len(form.indicators) == 3 and form.budget[0].item == "年度资金总额"
    assert list(BudgetTotalParts().run(doc, Context())) == []
    assert list(TotalScoreMismatch().run(doc, Context())) == []  # 9.8 + 30 + 30 + 29.2 = 99
    [diag] = BudgetTotalParts().run(parse_text(UNIT_FORM.format(own="5680"), "unit.txt"), Context())
    assert "5680 + 260 = 5940" in diag.message("zh")


def test_a_row_naming_a_source_the_rule_does_not_know_keeps_the_sum_quiet():
    """``其中：纪检专项经费`` is no source the rule knows: the sum of the known rows would leave it out."""
    from perflint.read.text import parse_text

    text = UNIT_FORM.format(own="5860").replace("其中：一般公共预算", "其中：纪检专项经费")
    assert list(BudgetTotalParts().run(parse_text(text, "unit.txt"), Context())) == []


def test_a_unit_form_broken_down_by_source_and_by_nature_sums_both():
    from perflint.read.text import parse_text

    text = UNIT_FORM.format(own="5860").replace("2205.4", "2200.4")
    [diag] = BudgetTotalParts().run(parse_text(text, "unit.txt"), Context())
    assert "基本支出 2200.4 + 项目支出 3793.2 = 5993.6" in diag.message("zh")


THREE_SOURCES = """示范县水利站2023年度农村供水工程绩效自评表
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t120\t120\t114.00\t10\t95.00%\t9.50
\t其中：当年财政拨款\t100\t100\t96.00\t—\t96.00%\t—
\t上年结转资金\t20\t20\t18.00\t—\t90.00%\t—
\t其他资金\t0\t0\t{other}\t—\t—\t—
"""


def test_every_source_row_of_a_sum_that_does_not_add_up_is_related():
    """The excess may sit in any 其中 row (here 其他资金 spent with no budget): each is named."""
    from perflint.read.text import parse_text

    [diag] = BudgetTotalParts().run(parse_text(THREE_SOURCES.format(other="6.00"), "f.txt"), Context())
    assert diag.location.line == 3 and "96.00 + 18.00 + 6.00 = 120.00" in diag.message("zh")
    assert [r.location.line for r in diag.related] == [4, 5, 6]
    assert list(BudgetTotalParts().run(parse_text(THREE_SOURCES.format(other="0"), "f.txt"), Context())) == []


def test_sources_named_by_level_of_government_are_the_totals_parts():
    assert run(BudgetTotalParts, levels_form()) == []
    [diag] = run(BudgetTotalParts, levels_form(county="122", rate="81.33"))
    assert "432" in diag.message("zh") and "300" in diag.message("zh") and "122" in diag.message("zh")


def test_a127_regional_transfer_form_sources_by_level_and_the_rest():
    """A 区域绩效自评表 lists its money as 其中：中央补助 | 地方资金 | 其他资金: the three are the
    total's parts (the 其他资金 row no longer hides the sources named by level)."""
    from pathlib import Path

    from perflint.checks.duplicates import DuplicateIndicator

    text = (Path(__file__).parents[2] / "fixtures" / "forms" / "region_transfer.txt").read_text(encoding="utf-8")
    assert run(BudgetTotalParts, text) == []
    bad = text.replace("年度资金总额：\t\t600.00\t640.00\t608.00", "年度资金总额：\t\t600.00\t640.00\t618.00")
    (d,) = run(BudgetTotalParts, bad)
    assert "618" in d.message() and "608" in d.message()
    # the form's indicators are read too: one listed twice is found
    twice = text.replace("\t产出指标\t质量指标\t优良中等路率", "\t产出指标\t数量指标\t日常养护里程\t320公里\t320公里\t无\n"
                         "\t产出指标\t质量指标\t优良中等路率")
    assert run(DuplicateIndicator, twice) != [] and run(DuplicateIndicator, text) == []


# A transfer form of an autonomous region (modelled on a district's employment-fund form): the
# money by level is 中央, 自治区, 盟市, 旗县, and the rest in 其他资金 with the template's note.
_REGION_LEVELS = (
    "中央对地方转移支付区域绩效自评表\n转移支付(项目)名称 | 就业补助资金 |\n"
    "资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) |\n"
    "年度资金总额: | 1860.40 | 1790.20 | 96.23% |\n"
    "其中:中央财政资金 | 820.00 | 820.00 | 100% |\n"
    "自治区财政资金 | 150.20 | 150.20 | 100% |\n"
    "盟市财政资金 | 110.00 | 108.60 | 98.73% |\n"
    "旗县财政资金 | 380.20 | {county} | 90.74% |\n"
    "其他资金(包括以前年度结转资金) | 400.00 | 366.40 | 91.60% |\n"
)


def test_a127_levels_of_an_autonomous_region_are_the_totals_parts():
    assert run(BudgetTotalParts, _REGION_LEVELS.format(county="345.00")) == []
    [d] = run(BudgetTotalParts, _REGION_LEVELS.format(county="355.00"))
    assert "1790.20" in d.message("zh") and "355.00" in d.message("zh")


# The same form saved from a spreadsheet as one run of text (modelled on a district's
# employment-fund form on a document site): two money columns, the 其中 rows by level, the last
# with the template's bracketed note cut by a line break, the total's label after its row.
_FLAT_TRANSFER = (
    "就业补助资金绩效目标自评表 (2023年度) 转移支付(项目)名称 就业补助资金 中央主管部门 人力资源社会保障部 "
    "全年预算数(A) 全年执行数(B) {total} 1790.20 其中:中央财政资金 820.00 820.00 自治区财政资金 150.20 150.20 "
    "盟市财政资金 110.00 108.60 旗县财政资金 380.20 345.00 其他资金 (包括以前年度结转资 金) 400.00 366.40 "
    "年度资金总额 资金投入情况 (万元) 地方主管部门 示范区财政局 情况说明 分配科学性 按规定分配\n"
)


def test_a127_flattened_transfer_form_with_two_money_columns_and_sources_by_level():
    assert run(BudgetTotalParts, _FLAT_TRANSFER.format(total="1860.40")) == []
    [d] = run(BudgetTotalParts, _FLAT_TRANSFER.format(total="1870.40"))
    assert "1870.40" in d.message("zh") and "1860.40" in d.message("zh")
    # the total's label before its row reads the same
    ordered = _FLAT_TRANSFER.format(total="1870.40").replace(
        "全年预算数(A) 全年执行数(B) 1870.40", "资金投入情况 (万元) 全年预算数(A) 全年执行数(B) 年度资金总额 1870.40")
    [d] = run(BudgetTotalParts, ordered)
    assert "1860.40" in d.message("zh")


# A 项目基本概况 grid's funds block (a Hunan-style 财政支出项目绩效评价自评报告, figures made up):
# four column totals, the same 其中 sources under each, pasted one cell a line with the blank
# cells gone. The 实际到位资金 column lists 省财政 85 and 其它 4.2 under a total of 85.
def _funds_block(arrived: str) -> str:
    cells = ["一、项目基本概况", "项目名称", "农村公路养护", "计划安排资金", "(万元)", "85", "实际到位资金", "(万元)",
             arrived, "实际支出", "(万元)", "89.2", "结余(万元)", "0"]
    cells += ["其中:中央财政"] * 4
    cells += ["省财政", "85", "省财政", "85", "省财政", "85", "省财政"]
    cells += ["市财政"] * 4 + ["县财政"] * 4
    cells += ["其它", "其它", "4.2", "其它", "4.2", "其它", "二、项目支出明细情况"]
    return "某县交通运输局2023年度财政支出项目绩效评价自评报告\n\n" + "\n\n".join(cells) + "\n"


def test_funds_block_column_total_is_the_sum_of_its_sources():
    from .._harness import run

    [diag] = run(BudgetTotalParts, _funds_block("85"), "report.txt")
    assert diag.severity.name == "warning"
    assert "实际到位资金为 85，其中各来源之和 省财政 85 + 其它 4.2 = 89.2" in diag.message("zh")
    assert run(BudgetTotalParts, _funds_block("89.2"), "report.txt") == []


def test_funds_block_read_only_when_every_source_is_named_once_a_column():
    from .._harness import run

    # a source named three times under four columns: which column a figure is in is not known
    cut = _funds_block("85").replace("县财政\n\n县财政\n\n县财政\n\n县财政", "县财政\n\n县财政\n\n县财政")
    assert run(BudgetTotalParts, cut, "report.txt") == []


def test_funds_block_as_a_grid():
    from .._harness import run

    grid = (
        "某县交通运输局2023年度财政支出项目绩效评价自评报告\n"
        "| 计划安排资金(万元) | 85 | 实际到位资金(万元) | {arrived} | 实际支出(万元) | 89.2 | 结余(万元) | 0 |\n"
        "| 其中:中央财政 | | 其中:中央财政 | | 其中:中央财政 | | 其中:中央财政 | |\n"
        "| 省财政 | 85 | 省财政 | 85 | 省财政 | 85 | 省财政 | |\n"
        "| 其它 | | 其它 | 4.2 | 其它 | 4.2 | 其它 | |\n"
    )
    [diag] = run(BudgetTotalParts, grid.format(arrived="85"), "report.md")
    assert diag.location.line == 2 and "= 89.2" in diag.message("zh")
    assert run(BudgetTotalParts, grid.format(arrived="89.2"), "report.md") == []
    # another province's labels for the same block (计划投资额, 实际使用情况, 市县财政预算)
    renamed = grid.replace("计划安排资金", "计划投资额").replace("实际支出", "实际使用情况") \
        .replace("省财政 |", "省财政预算 |").replace("其它 |", "市县财政预算 |")
    [diag] = run(BudgetTotalParts, renamed.format(arrived="85"), "report.md")
    assert "省财政预算 85 + 市县财政预算 4.2 = 89.2" in diag.message("zh")
    assert run(BudgetTotalParts, renamed.format(arrived="89.2"), "report.md") == []


def test_funds_block_run_together_on_one_line():
    """A page extracted from a PDF runs the block's cells together: cut at its labels and figures."""
    from .._harness import run

    line = ("项目基本信息项目负责人张某计划投资额(万元)85.00实际到位资金(万元){arrived}实际使用情况(万元)89.20"
            "其中:中央财政其中:中央财政其中:中央财政省财政预算85.00省财政预算85.00省财政预算85.00"
            "市县财政预算市县财政预算4.20市县财政预算4.20二、绩效评价工作情况\n")
    [diag] = run(BudgetTotalParts, "某县2023年度项目支出绩效评价报告\n" + line.format(arrived="85.00"), "report.txt")
    assert "实际到位资金为 85.00，其中各来源之和 省财政预算 85.00 + 市县财政预算 4.20 = 89.20" in diag.message("zh")
    assert run(BudgetTotalParts, "某县2023年度项目支出绩效评价报告\n" + line.format(arrived="89.20"), "report.txt") == []


# A 区域绩效自评表 one cell a line, as a web page lays it out (a fund whose money had not been spent
# by the form's date): the sources by level add up to the total.
_CELL_A_LINE = "\n".join([
    "转移支付(项目)名称", "某市第一批中央水污染防治资金", "地方主管部门", "某市生态环境局",
    "项目资金(万元)", "全年预算数(A)", "全年执行数(B)", "执行率(B/A)",
    "年度资金总额:", "1650.40", "0", "0",
    "其中:中央资金", "620", "0", "0",
    "省级资金", "0", "0", "0",
    "地方资金", "1030.40", "0", "0",
    "其他资金", "0", "0", "0",
    "年度总体目标", "完成重点流域水质监测断面建设。",
]) + "\n"


def test_a127_excerpt_stopping_at_a_source_whose_figures_are_past_the_cut():
    """An excerpt that stops at 地方资金 (its figures past the cut) shows two sources of three:
    short of the total, that says nothing of the form."""
    assert run(BudgetTotalParts, _CELL_A_LINE) == []
    cut = _CELL_A_LINE.split("地方资金")[0] + "地方资金\n"
    assert run(BudgetTotalParts, cut) == []
    # the same rows with the last source's figures in the text do not add up: that is found
    short = _CELL_A_LINE.replace("1030.40", "1020.40")
    assert [d.code for d in run(BudgetTotalParts, short)] == ["A127"]
    # one that stops right after a source's last figure may have lost the rows below: a warning
    stopped = _CELL_A_LINE.split("地方资金")[0]
    assert [(d.code, d.severity.name) for d in run(BudgetTotalParts, stopped)] == [("A127", "warning")]
    # and so may one that stops inside the next source's row (its name and first figure only)
    inside = _CELL_A_LINE.split("地方资金")[0] + "地方资金\n1030.40\n"
    assert [d.severity.name for d in run(BudgetTotalParts, inside)] in ([], ["warning"])


def test_total_over_every_source_row_left_at_zero_is_a_warning():
    # a 元 form whose total row is filled while each of its three 其中 rows reads 0 (modelled on a
    # district sports centre's second form, flattened from a PDF): the breakdown was left at the
    # template's zeros; the rate and score computed from the total still hold, so a person must judge
    text = ONE_LINE.format(**{**ONE_LINE_GOOD, "part": "0 0 0"}).replace(
        "上年结转资金 其他资金", "上年结转资金 0 0 0 其他资金 0 0 0")
    [diag] = run_flat(BudgetTotalParts, text)
    assert "0 + 0 + 0 = 0" in diag.message("zh")
    assert diag.severity.name == "warning"
    # one source above a total left lower is still an error
    text = ONE_LINE.format(**{**ONE_LINE_GOOD, "total": "50 50 48 10 96% 9.6"}).replace(
        "上年结转资金 其他资金", "上年结转资金 0 0 0 其他资金 0 0 0")
    [diag] = run_flat(BudgetTotalParts, text)
    assert diag.severity.name == "error"
