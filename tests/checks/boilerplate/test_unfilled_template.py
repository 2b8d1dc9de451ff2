"""B304 unfilled-template: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.boilerplate import UnfilledTemplate

from .._harness import FIXTURES, lines, run
from ._drafts import form, report, run_code


@pytest.mark.parametrize("text, key", [
    ("较上年增加（减少）0.00万元，增长(下降)0%。", "增加（减少）"),
    ("单位名称：××县××局。", "××"),
    ("报告由XX单位编制。", "XX"),
    ("项目年度预算【填写】万元，其中财政资金 20.00 万元。", "【填写】"),
    ("本年支出合计【填写金额】万元。", "【填写金额】"),
    ("项目于[请输入]完成验收。", "[请输入]"),
    ("全年执行数【】万元。", "【】万元"),
    ("政府性基金预算财政拨款年初结转和结余万元，本年收入0万元。", "年初结转和结余万元"),
    ("三公经费支出较上年增长%。", "增长%"),
    ("商品和服务支出 6.20 万元，占基本支出预算%，同比增加 0.40 万元。", "占基本支出预算%"),
    ("决算数小于预算数(或与预算数持平)的主要原因是车辆老旧。", "(或与预算数持平)"),
    ("决算数大于（或小于）预算数的主要原因是接待增加。", "大于（或小于）"),
    # the form's bracketed direction kept before the figure (a 预算说明 copied from its template)
    ("对个人和家庭补助支出较上年（减少）12.40万元，减幅 35%。", "上年（减少）"),
    ("项目支出预算较上年(减)4万元。", "上年(减)"),
    # the form's 大于（小于） with the brackets deleted and both words fused
    ("决算数大小于预算数的主要原因是公务接待减少。", "大小于"),
])
def test_b304_text_slots(text, key):
    diags = run_code(text, "B304")
    assert len(diags) == 1 and key in diags[0].message("zh")


@pytest.mark.parametrize("text", [
    "决算数小于预算数的主要原因是车辆老旧。",
    "会议费支出与上年持平（或略有下降的原因是会议减少）。",  # an aside, not the form's alternative
    "按规定报销差旅费（或由接待单位统一安排食宿）。",
    "对个人和家庭补助支出较上年减少12.40万元，减幅 35%。",
    "支出较上年（含追加预算）增加12.40万元。",  # a bracketed note after 上年, not a direction
    "按场馆面积大小于每年年初核定补助标准。",  # 大小 (size) before 于, no comparison with a budget
])
def test_b304_quiet_on_a_chosen_wording(text):
    assert run_code(text + "\n", "B304") == []


def test_b304_quiet_on_brackets_that_hold_a_value_or_a_heading():
    assert run_code("【预算执行】全年执行数 20.00 万元；【填写说明】见附件。按要求填写《自评表》。\n", "B304") == []


def test_b304_year_slot_of_the_template():
    """``20xx年`` is the template's year left as it was (a page of fp2's round: 截止20xx年12月31日,
    川财农〔20xx〕号); lowercase ``xx`` elsewhere (a masked name, a model number) is no slot."""
    diags = run_code("截止20xx年12月31日，中央资金完成 636.75 万元。\n", "B304")
    assert len(diags) == 1 and "20xx" in diags[0].message("zh")
    diags = run_code("根据《关于下达202X年度水利发展资金的通知》（某财农〔20ｘｘ〕16号）执行。\n", "B304")
    assert len(diags) == 1 and "202X" in diags[0].message("zh")
    assert run_code("截止2023年12月31日，中央资金完成 636.75 万元。\n", "B304") == []
    assert run_code("购置打印机（型号 LJ20xx）2 台，联系人王xx。\n", "B304") == []


def test_b304_one_capital_x_where_a_figure_belongs():
    """``扣X分``, ``支出X万元``: one X between a word and the figure's unit is a slot left unfilled;
    an X that names a thing (X射线机, X光片, X线检查) has no unit after it."""
    diags = run_code("部分设备未及时登记固定资产账，资产管理扣X分。\n", "B304")
    assert len(diags) == 1 and "X" in diags[0].message("zh")
    assert run_code("部分设备未及时登记固定资产账，资产管理扣1分。\n", "B304") == []
    assert run_code("新购X射线机1台，X光片阅片室改造1处，全年开展X线检查5000人次。\n", "B304") == []


def test_b304_quiet_on_filled_shares():
    assert run_code("商品和服务支出 6.20 万元，占基本支出预算 12.5%，占项目支出的比重 0%。\n", "B304") == []


def test_b304_quiet_on_a_contact_detail_masked_for_publication():
    assert run_code("联络电话\n\n×××××××\n\n人员编制\n\n12\n", "B304") == []
    assert run_code("联系电话：×××-××××××××。\n", "B304") == []
    assert len(run_code("单位名称：××县水利局。\n", "B304")) == 1


def test_b304_quiet_on_a_name_masked_for_publication():
    assert run_code("项目负责人：王××，联系电话：138****5678。\n", "B304") == []
    assert run_code("填报人：李＊＊\n", "B304") == []
    assert len(run_code("项目负责人：××，联系电话：××。\n", "B304")) == 1  # nothing filled in


def test_b304_quiet_on_a_value_the_text_says_was_masked():
    """A published report that says what it hid (（已脱敏）, 已隐去) left nothing out."""
    assert run_code("中标单位为××医疗器械有限公司（已脱敏），合同金额 12.50 万元。\n", "B304") == []
    assert run_code("供应商：××科技公司(已隐去)\n", "B304") == []
    assert len(run_code("中标单位为××医疗器械有限公司，合同金额 12.50 万元。\n", "B304")) == 1
    # the note must follow the mask in its own clause, not a later sentence
    assert len(run_code("中标单位为××公司。其余信息已脱敏。\n", "B304")) == 1


def test_b304_blank_date_and_quiet_dates():
    assert lines(run_code("评价组组长（签字）：\n\n        年    月    日\n", "B304")) == [3]
    assert lines(run_code("填报日期：____年__月__日\n", "B304")) == [1]
    # a signature date left for the pen: the paper copy is dated by hand, its scan or extracted text
    # loses the handwriting, so the blank is likely, not certainly, unfilled: a warning
    (blank,) = run_code("评价组组长（签字）：        年    月    日\n", "B304")
    assert blank.severity.name == "warning"
    assert run_code("评价组组长（签字）：王明    2024 年 3 月 12 日\n", "B304") == []
    assert run_code("每年 3 月开展检查，今年 5 月完成验收。\n", "B304") == []


def test_b304_header_total_and_boxes():
    diags = run_code(report(table=form(header_total="总分：", choice="☐")), "B304")
    messages = " ".join(d.message("zh") for d in diags)
    assert "表头总分未填写" in messages and "表内总分为 95" in messages
    assert "选项均未勾选" in messages
    assert run_code(report(), "B304") == []


def test_b304_blank_label_cells():
    table = "绩效自评综合得分\t\n评价等次\t\n"
    assert lines(run_code(table, "B304")) == [1, 2]
    filled = "绩效自评综合得分\t93\n评价等次\t优\n"
    assert run_code(filled, "B304") == []
    header = "序号\t项目名称\t自评得分\t评价等次\t\n1\t送戏下乡\t95\t优\t\n"
    assert run_code(header, "B304") == []
    row = "基本支出总额\t812.30\t\t项目支出总额\t\t\n"
    assert "项目支出总额" in run_code(row, "B304")[0].message("zh")


def test_b304_quiet_on_ordinary_prose():
    text = ("2023年度财政拨款收入 436.20 万元，比上年增加 12.50 万元，增长 3.0%。"
            "每万元支出服务人次 52 人次，XXL 号服装采购 3 套。\n")
    assert run_code(text, "B304") == []


def test_b304_quiet_on_the_unit_column_of_a_flattened_indicator_row():
    """A 部门整体 form read from a PDF runs each row together: name, 计量单位 %, then the
    figures. The % is the unit column, not an empty slot."""
    text = ("绩效指标 指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)"
            "河道巡查覆盖率%定量指标95%1098%10渡口安全事故发生率%0.5100.210\n")
    assert run_code(text, "B304") == []
    assert len(run_code("全年培训覆盖率%，较上年有所提高。\n", "B304")) == 1


def test_indicator_slot_left_one_cell_per_line():
    text = "数量指标\n\n指标1培训场次\n\n12\n\n12\n\n10\n\n10\n\n指标2\n\n \n\n质量指标\n\n指标1合格率\n\n指标2\n"
    diags = [d for d in run(UnfilledTemplate, text) if "占位行" in d.message("zh")]
    assert len(diags) == 1
    assert diags[0].location.line == 13 and "共 2 处" in diags[0].message("zh")
    assert diags[0].severity.name == "warning"


def test_numbered_indicators_with_names_are_quiet():
    text = "指标1:培训场次 12次 12次 2 2 指标2:参训人数 300人 310人 2 2\n"
    assert [d for d in run(UnfilledTemplate, text) if "占位行" in d.message("zh")] == []


def test_glued_slots_before_the_next_category():
    text = "质量指标合格率100%100%2020指标2:时效指标指标1:指标2:成本指标\n"
    [diag] = [d for d in run(UnfilledTemplate, text) if "占位行" in d.message("zh")]
    assert diag.location.line == 1


def test_blank_label_cell_in_a_form_written_one_cell_per_line():
    text = "项目名称 |\n乡村道路养护经费 |\n||||||\n主管部门 |\n|\n实施单位 |\n云塘镇农业服务中心 |\n||||||\n"
    diags = [d for d in run(UnfilledTemplate, text) if "未填写" in d.message("zh") and "占位" not in d.message("zh")]
    assert [d.location.line for d in diags] == [4]


def test_flattened_form_without_explicit_empty_cells_is_quiet():
    text = "项目名称 乡村道路养护经费 主管部门 云塘镇人民政府 实施单位 云塘镇农业服务中心\n"
    assert run(UnfilledTemplate, text) == []


def test_blank_label_at_the_texts_end_is_the_cut_not_a_slot():
    """An excerpt that stops at a form's ``项目名称 |``: its value is past the cut."""
    cut = "部门预算项目支出绩效自评表(2023年度) |\n||||||\n项目名称 |\n"
    assert [d for d in run(UnfilledTemplate, cut) if "未填写" in d.message("zh")] == []
    blank = cut + "|\n||||||\n主管部门 |\n云塘镇人民政府 |\n||||||\n"
    assert [d.location.line for d in run(UnfilledTemplate, blank) if "未填写" in d.message("zh")] == [3]


def test_masked_value_opening_an_excerpt_may_have_its_label_above_the_cut():
    """``×××××××`` as an excerpt's first line: its label (联络电话) may be the line above the
    cut. The same mask below a line of its own, or in a titled report, is a placeholder."""
    cut = "×××××××\n\n人员编制\n\n12 人\n"
    assert [d for d in run(UnfilledTemplate, cut) if "占位符" in d.message("zh")] == []
    titled = "示范县2023年度部门决算说明\n\n×××××××\n\n人员编制\n\n12 人\n"
    assert [d for d in run(UnfilledTemplate, titled) if "占位符" in d.message("zh")] != []


def test_indicator_label_at_the_texts_end_is_the_cut_not_a_slot():
    """An excerpt of a form flattened into pipes that stops at ``成本指标 | 指标1:``: the indicator's
    name, after the colon, is past the cut. The same label with a row after it is a slot."""
    head = ("绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "产出指标 | 数量指标 | 指标1:新建文化广场数量 | ≥3 | 3 | 10 | 10 |\n")
    cut = head + "成本指标 | 指标1:\n"
    assert [d for d in run(UnfilledTemplate, cut) if "占位行" in d.message("zh")] == []
    left = cut + "效益指标 | 社会效益指标 | 指标1:群众文化活动参与人次 | ≥5000 | 6200 | 10 | 10 |\n"
    [diag] = [d for d in run(UnfilledTemplate, left) if "占位行" in d.message("zh")]
    assert diag.location.line == 3


def test_b304_quiet_on_a_column_header_pasted_one_cell_a_line_between_pipes():
    """A table pasted one cell a line with a lone ``|`` line between the cells (a county
    department's 机构设置 table): ``单位名称`` is a column's header, its value 示范县审计局 comes
    three lines down, and the ``|`` lines are separators, not empty cells of the draft."""
    fenced = "部门机构设置情况\n|\n序号\n|\n单位名称\n|\n单位性质\n|\n1\n|\n示范县审计局\n|\n行政\n|\n现内设 3 个股室。\n"
    assert run_code(fenced, "B304") == []
    # a label written ``主管部门 |`` with its own empty cell ``|`` after it is still left blank
    blank = "项目名称 |\n乡村道路养护 |\n主管部门 |\n|\n实施单位 |\n示范县交通运输局 |\n||||||\n"
    assert "主管部门" in " ".join(d.message("zh") for d in run_code(blank, "B304"))
    # so it is when such a form opens on a lone ``|`` line: its ``||||`` lines mark the rows
    opened = "|\n项目名称 |\n乡村道路养护 |\n||||||\n|\n主管部门 |\n|\n实施单位 |\n示范县交通运输局 |\n||||||\n"
    assert "主管部门" in " ".join(d.message("zh") for d in run_code(opened, "B304"))


def test_b304_quiet_on_xx_inside_a_code():
    """``11500000MB190671XX``: a 统一社会信用代码 in an 索引号 may end in the letters X, X; a
    mark for a value stands alone or after a year's two digits (``20XX年``)."""
    assert run_code("索引号 11500000MB190671XX/2022-00152 发文字号\n", "B304") == []
    assert len(run_code("本项目于 20XX 年完成验收。\n", "B304")) == 1
    assert len(run_code("2022 年度 XX 县农业农村局部门决算。\n", "B304")) == 1


# A 绩效目标申报表 whose indicator names keep the template's figure slot (modelled on a county
# poverty-relief target form): the stars of ≥**个 are dropped by the reader, ≥个 stays.
_TARGET_FORM = (
    "绩效目标申报表\n"
    "项目名称 某乡村旅游基础设施项目\n"
    "绩效指标 一级指标 二级指标 三级指标 指标值 备注\n"
    "产出指标 数量指标 景点开发数量(≥**个) >=3个\n"
    "时效指标 建设按期完成率(≥**%) >=95%\n"
    "社会效益指标 受益脱贫人口数≥**人 >=40人\n"
)


def test_b304_comparison_slot_without_its_figure():
    [d] = run_code(_TARGET_FORM, "B304")  # the rows read as one text: one finding, every slot named
    assert d.location.line == 4 and d.severity.name == "error"
    assert all(slot in d.message("zh") for slot in ("≥个", "≥%", "≥人"))


@pytest.mark.parametrize("text", [
    "产出指标 数量指标 景点开发数量 >=3个\n",              # the figure is there
    "受益人口数≥40人，满意度≥95%。\n",
    "**市财政局根据《****财政厅关于印发资金管理办法的通知》执行。\n",  # stars masking names
    "定量指标：正向指标（即目标值为≥X，得分=权重*B/A）。\n",
])
def test_b304_quiet_on_comparisons_with_a_figure_and_on_masked_names(text):
    assert run_code(text, "B304") == []


def test_a_header_written_one_cell_a_line_after_a_label_is_no_blank_cell():
    """``项目名称`` then ``    | 中央、省…财政资金`` / ``| 资金计划``: the column headers of a funds
    table written one cell a line (modelled on a county fund report); the pipe the next line
    opens with leaves no cell of 项目名称's row empty."""
    text = ("1.资金到位\n\n项目名称\n        | 中央、省、市(州)、县级财政资金\n        | 资金计划\n"
            "        | 资金到位\n       情况\n")
    assert [d for d in run(UnfilledTemplate, text) if "未填写" in d.message("zh")] == []
    blank = "项目名称 |\n|\n主管部门 |\n示范镇人民政府 |\n"  # an empty cell of its own line still counts
    assert [d.location.line for d in run(UnfilledTemplate, blank) if "未填写" in d.message("zh")] == [1]


def test_b304_quiet_on_a_title_in_angle_brackets():
    text = "根据《财政部关于印发<项目支出绩效评价管理办法>的通知》(财预〔2020〕10号)开展评价。\n"
    assert run_code(text, "B304") == []


def test_b304_quiet_on_a_header_row_pasted_with_spaces():
    """A 决算 table's header read from a PDF, one space per cell border: 占调整预算% names the
    column's unit. The same words in a sentence are still an empty slot."""
    header = "2023年一般公共预算支出情况如下：\n项目 金额 占调整预算% 比上年增长%\n一、一般公共服务支出 946 96.5 2.01\n"
    assert run_code(header, "B304") == []
    assert len(run_code("一般公共服务支出946万元，占调整预算%，比上年增长%。\n", "B304")) == 1
    # the header run on after the table's title and unit line, with years in its names
    joined = "单位:万元 项 目 2019年决算数 2020年执行数 金额 占调整预算% 比上年增长%\n"
    assert run_code(joined, "B304") == []
    # one cell a line: a column's name alone
    assert run_code("项目\n金额\n比上年增长%\n一般公共服务支出\n946\n", "B304") == []
    # a row of data with a % cell never filled in is still a slot
    assert len(run_code("公务接待费 2.10 比上年增长%\n", "B304")) == 1


def test_b304_slot_in_brackets_after_an_indicator_name_is_a_warning():
    """An indicator library prints its names with the target's slot in brackets (养殖圈舍面积
    (≥**平方米)), the target going in a column of its own: residue, likely, not certainly, a value
    left blank. A slot standing alone where the target belongs stays an error."""
    named = ("绩效目标表\n三级指标 指标值\n圈舍建设面积(≥**平方米) 320平方米\n"
             "农户满意度（≥**%） 96%\n")
    found = run_code(named, "B304")
    assert len(found) == 2 and all(d.severity.name == "warning" for d in found)
    assert "≥平方米" in found[0].message("zh")
    [d] = run_code("绩效目标表\n三级指标 指标值\n圈舍建设面积 ≥**平方米\n", "B304")
    assert d.severity.name == "error"


def test_b304_one_word_kept_in_the_templates_brackets_is_a_warning():
    """较上年(减少)12.40万元: the writer deleted the other word and kept this one, brackets and all —
    the choice is legible, the brackets are residue. Both words left in stays an error."""
    [kept] = run_code("对个人和家庭补助支出较上年（减少）12.40万元，减幅 35%。", "B304")
    assert kept.severity.name == "warning"
    [both] = run_code("对个人和家庭补助支出较上年增加（减少）12.40万元，增长（下降）35%。", "B304")
    assert both.severity.name == "error"


def test_b304_half_width_star_slot_is_kept_and_reported_as_a_warning():
    """``按功能分类科目，********支出2万元``: the template's name slot left as stars. The text reader
    drops markdown's ``**`` emphasis; a run of four stars or more is no emphasis and stays."""
    text = "按功能分类科目，********支出2.00万元，********支出4.06万元；按经济分类科目，工资福利支出6.06万元。\n"
    [diag] = run_code(text, "B304")
    assert diag.severity.name == "warning" and "********" in diag.message("zh")
    assert diag.location.column == 9


def test_b304_quiet_on_emphasis_and_on_stars_before_digits():
    assert run_code("按功能分类科目，**一般公共服务支出**2.00万元。\n", "B304") == []
    assert run_code("联系电话：0851-****1234，按功能分类科目列示。\n", "B304") == []
    # stars before a body's name mask it on publication, not a slot of the template
    assert run_code("根据《****财政厅关于印发资金管理办法的通知》执行，********单位配合。\n", "B304") == []


def test_b304_total_row_written_twice_the_second_left_empty():
    text = (FIXTURES / "boilerplate" / "summary_total_twice.txt").read_text(encoding="utf-8")
    found = [d for d in run_code(text, "B304") if "重复出现" in d.message("zh")]
    assert lines(found) == [9]
    assert found[0].severity.name == "warning"
    assert [r.location.line for r in found[0].related] == [7]


def test_b304_quiet_on_a_single_total_row_and_on_a_total_label_heading_its_parts():
    """合计 filled once (first, above its parts), and a 合计 row whose figures are the rows
    below it: no total row kept twice."""
    text = (FIXTURES / "boilerplate" / "summary_total_once.txt").read_text(encoding="utf-8")
    assert [d for d in run_code(text, "B304") if "重复出现" in d.message("zh")] == []


def test_b304_empty_total_row_inside_the_table():
    """The same slip read as the table's own last row (the draft's rows separated by blank lines)."""
    text = (FIXTURES / "boilerplate" / "summary_total_twice.txt").read_text(encoding="utf-8")
    text = text.replace("\n", "\n\n").replace("\t", "  ")
    found = [d for d in run_code(text, "B304") if "重复出现" in d.message("zh")]
    assert len(found) == 1 and "“合计”" in found[0].message("zh")


def test_b304_quantity_slot_filled_twice():
    """保有量为X辆 with the figure typed before 为 as well: a warning naming the slot."""
    text = ("（2）公务用车运行维护费支出 0 万元。截至 2023 年 12 月 31 日，"
            "开支财政拨款的公务用车保有量2为2辆。\n")
    found = [d for d in run_code(text, "B304") if "填了两遍" in d.message("zh")]
    assert lines(found) == [1]
    assert found[0].severity.name == "warning" and "保有量2为2辆" in found[0].message("zh")


@pytest.mark.parametrize("text", [
    "开支财政拨款的公务用车保有量为2辆。",          # filled once
    "公务用车保有量2辆，为2022年购置。",            # a figure, then another clause
    "培训人数120为上年的2倍。",                      # different figures: a comparison
    "项目资金到位率100%，为100万元。",               # the first figure has its unit
])
def test_b304_quiet_on_a_slot_filled_once(text):
    assert [d for d in run_code(text, "B304") if "填了两遍" in d.message("zh")] == []


def test_b304_blank_score_or_grade_is_an_error_a_blank_header_field_a_warning():
    """The self-evaluation's result (得分, 等次) left blank is certainly an unfilled form. A header
    field (主管部门, 实施单位, 项目支出总额) may be blank for a reason the form cannot show: the
    unit is its own 主管部门, a department had no project spending, or a web table's merged cell
    lost its value on the way to text. A person must judge it."""
    scores = run_code("绩效自评综合得分\t\n评价等次\t\n", "B304")
    assert [d.severity.name for d in scores] == ["error", "error"]
    row = run_code("基本支出总额\t640.15\t\t项目支出总额\t\t\n", "B304")
    assert [d.severity.name for d in row] == ["warning"]
    cells = "项目名称 |\n河道保洁经费 |\n||||||\n主管部门 |\n|\n实施单位 |\n示范县河道所 |\n||||||\n"
    diags = [d for d in run(UnfilledTemplate, cells) if "未填写" in d.message("zh")]
    assert [(d.location.line, d.severity.name) for d in diags] == [(4, "warning")]
    filled = "项目名称 |\n河道保洁经费 |\n||||||\n主管部门 |\n示范县水利局 |\n实施单位 |\n示范县河道所 |\n||||||\n"
    assert [d for d in run(UnfilledTemplate, filled) if "未填写" in d.message("zh")] == []


def test_b304_no_box_ticked_is_a_warning():
    """A tick is often a symbol-font glyph (Wingdings ☑) that a PDF's or a web page's text loses,
    leaving the bare boxes: the box may have been ticked on the page."""
    diags = [d for d in run_code(report(table=form(choice="☐")), "B304") if "勾选" in d.message("zh")]
    assert [d.severity.name for d in diags] == ["warning"]
    assert [d for d in run_code(report(table=form(choice="☑")), "B304") if "勾选" in d.message("zh")] == []


def test_b304_quiet_on_a_phone_number_masked_after_the_persons_name():
    """``项目负责人及电话`` holds a name and a number; a site masks the number for publication
    (a mobile's 11 digits, a landline's 7 or 8), the name standing between label and mask."""
    assert run_code("项目负责人及电话 刘洋×××××××××××(办公) 主管部门 示范县水利局\n", "B304") == []
    assert run_code("联系人及电话：陈静 ××××××××\n", "B304") == []
    # a short run after a name is a slot, not a masked number
    assert len(run_code("项目负责人及电话：刘洋 ××\n", "B304")) == 1


def test_b304_blank_label_after_narrative_is_read_from_the_labels_block_on():
    """The form's labels are looked for in its cells only from the block where the first label
    can be read: the narrative above is not cut into cells, and the tokens from there on are the
    whole part's (a blank label after a long narrative is found as before)."""
    from perflint.extract.template_text import _tokens_from_label, blank_value_labels
    from perflint.read.forms.cells import part_text, tokens
    from perflint.read.text import parse_text

    narrative = "".join(f"全年完成道路养护任务{k}项，完成率 9{k}%，资金 1{k}.5 万元。\n\n" for k in range(6))
    form = "绩效自评表\n项目名称 |\n乡村道路养护 |\n主管部门 |\n|\n实施单位 |\n示范县交通运输局 |\n||||||\n"
    text = narrative + "经济效益\n" + form
    part = parse_text(text, "d.txt").parts[0]
    found = part_text(part)
    end = min(found.find(label) + len(label) for label in ("项目名称", "主管部门") if label in found)
    window, whole = _tokens_from_label(part, end), tokens(part)
    assert 0 < len(window) < len(whole)
    assert [(t.kind, t.word, t.text.line) for t in window] == \
        [(t.kind, t.word, t.text.line) for t in whole[len(whole) - len(window):]]
    assert [cell.value.strip() for cell in blank_value_labels(part)] == ["主管部门"]
    assert "主管部门" in " ".join(d.message("zh") for d in run_code(text, "B304"))


def test_b304_value_labels_in_prose_without_cells_are_not_cut(monkeypatch):
    """A part naming 主管部门 in prose, with no table, cell bar or tab, has no empty cell for a
    label to stand before: it is not cut into tokens at all; with a bar it is, and the blank
    label is found."""
    from perflint.extract import template_text
    from perflint.read.text import parse_text

    cut: list[int] = []
    original = template_text._tokens_from_label
    monkeypatch.setattr(template_text, "_tokens_from_label", lambda part, end: cut.append(end) or original(part, end))
    prose = parse_text("主管部门：示范县交通运输局。实施单位：示范县公路站。\n", "p.txt").parts[0]
    assert template_text.blank_value_labels(prose) == [] and cut == []
    form = parse_text("项目名称 |\n乡村道路养护 |\n主管部门 |\n|\n实施单位 |\n示范县公路站 |\n||||||\n", "f.txt").parts[0]
    assert [c.value.strip() for c in template_text.blank_value_labels(form)] == ["主管部门"] and cut
    assert run_code("主管部门：示范县交通运输局。实施单位：示范县公路站。\n", "B304") == []


def test_b304_name_slot_and_ellipsis_left_from_the_template():
    text = ("示范县档案馆2023年度部门决算说明\n\n一、基本情况\n\n项目支出主要用于……。\n\n"
            "项目资金按……据实结算。\n\n填报单位：（单位名称）\n")
    found = run_code(text, "B304")
    assert lines(found) == [5, 7, 9]
    assert [d.severity.name for d in found] == ["warning", "warning", "error"]


def test_b304_part_headings_with_the_templates_unit_name_slot_left_bare():
    """The 决算 outline's part headings name the unit where the template writes 部门名称: left as
    the template's words (第一部分 部门名称概况), the slot was never filled; the unit's own name is quiet."""
    text = ("示范县民政局2023年度部门决算\n\n第一部分 部门名称概况\n\n一、部门主要职责\n\n负责全县社会救助工作。\n\n"
            "第二部分 部门名称2023年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n2023年度收入总计500.00万元。\n")
    found = run_code(text, "B304")
    assert lines(found) == [3, 9] and {d.severity.name for d in found} == {"error"}
    assert "部门名称" in found[0].message("zh")
    assert run_code(text.replace("部门名称", "示范县民政局"), "B304") == []
    # the words in a sentence about a name (部门名称及职能) are no slot
    assert run_code("第一部分 部门名称及主要职能\n\n本部门名称为示范县民政局。\n", "B304") == []


def test_b304_quiet_for_a_signature_label_a_cited_title_and_a_contents_leader():
    text = ("示范县档案馆2023年度部门决算说明\n\n填报单位（盖章）：示范县档案馆\n\n按照《关于……的通知》要求执行。\n\n"
            "一、部门概况……………………3\n\n项目支出主要用于档案数字化加工。\n")
    assert run_code(text, "B304") == []


BUDGET_ROW_FORM = """部门预算项目支出绩效自评表(2023年度) |
项目名称 |
档案数字化加工经费 |
主管部门 |
云塘县档案馆 |
实施单位 (盖章) |
云塘县档案馆 |
项目基本情况 |
1.项目年度目标完成情况 |
项目年度目标 |
年度目标完成情况 |
完成馆藏档案数字化加工。 |
完成馆藏档案数字化加工12万页。 |
2.项目实施内容及过程概述 |
按合同分两批完成加工并验收。 |
预算执行情况(10分) |
年度预算数(万元) |
年初预算 |
调整后预算数 |
预算执行数 |
预算执行率 |
权重 |
得分 |
原因 |
总额 |
40.00 |
42.50 |
42.50 |
100.00% |
10 |
{score}|
1.预算执行率=预算执行数/调整后预算数,未达到90%的需说明原因. |
其中:财政资金 |
40.00 |
42.50 |
42.50 |
100.00% |
/ |
/ |
绩效指标(90分) |
"""


def test_b304_budget_score_left_blank_beside_weight_and_rate():
    diags = [d for d in run(UnfilledTemplate, BUDGET_ROW_FORM.format(score=""), "form.txt")
             if "预算执行得分" in d.message("zh")]
    [d] = diags
    assert "分值 10，执行率 100.00%" in d.message("zh") and d.severity.name == "warning"


def test_b304_budget_score_filled_is_quiet():
    diags = run(UnfilledTemplate, BUDGET_ROW_FORM.format(score="10 "), "form.txt")
    assert not [d for d in diags if "预算执行得分" in d.message("zh")]


def test_b304_a_label_cell_split_in_two_keeps_its_value_in_the_next_cell():
    """A web table or an OCR'd form whose merged label cell became two (``项目名称 | | 某某经费``):
    the value stands in the next cell of the same line, so the field is filled. A label in that
    cell (``主管部门 | | 实施单位(盖章) | …``, ``单位名称 | | 联系人 | …``) leaves it empty."""
    head = "部门预算项目支出绩效自评表(2023年度) | | | |\n"
    filled = head + "项目名称 | | 某某县森林防火专项工作经费 | |\n主管部门 | | 某某县林业局 | |\n"
    assert [d for d in run(UnfilledTemplate, filled) if "未填写" in d.message("zh")] == []
    blank = head + "项目名称 | | 某某县森林防火专项工作经费 | |\n主管部门 | | 实施单位(盖章) | 某某县林业局 |\n"
    assert [d.location.line for d in run(UnfilledTemplate, blank) if "未填写" in d.message("zh")] == [3]
    other = head + "单位名称 | | 联系人 | 张某 |\n"
    assert [d.location.line for d in run(UnfilledTemplate, other) if "未填写" in d.message("zh")] == [2]


@pytest.mark.parametrize("text, key", [
    # the score slot of a narrative's conclusion left empty (modelled on a 日间照料中心 report)
    ("四、评价结论\n项目实施效果良好，评价得分为（  ）分，绩效等级为良。\n", "评价得分为（ ）分"),
    ("四、评价结论\n本项目自评得分    分，评价等次为优。\n", "自评得分 分"),
    # the summary sentence of a 决算说明's 绩效评价 section, its average score slot left with one
    # blank before the sentence goes on (modelled on a 区 unit's 2019 决算公开)
    ("三、绩效评价情况\n我单位自评项目3个，全年预算数合计12万元，绩效自评平均得分 分。\n", "平均得分 分"),
    ("三、绩效评价情况\n本单位项目的自评得分 分，评价等次为良。\n", "自评得分 分"),
    # the template announces a score and a grade; only the grade is given
    ("四、评价结论\n项目实施效果，评价得分及绩效等级为（良）。\n", "评价得分及绩效等级为（良）"),
])
def test_b304_score_slot_of_the_conclusion_left_empty(text, key):
    diags = run_code(text, "B304")
    assert len(diags) == 1 and key in diags[0].message("zh")
    assert diags[0].severity.name == "warning"


@pytest.mark.parametrize("text", [
    "四、评价结论\n项目实施效果，评价得分及绩效等级为96分（优）。\n",
    "四、评价结论\n本项目自评得分96分，评价等次为优。\n",
    "三、绩效评价情况\n绩效自评平均得分92.5分。\n",
    "三、绩效评价情况\n绩效自评平均得分 92 分。\n",
    "指标 | 分值 | 得分 | 分\n",
    "得分 分值 | 扣分原因\n",
    "四、评价结论\n自评得分为分值的96%，即96分。\n",
    "各指标得分按分值 × 完成比例计算，得分保留两位小数。\n",
])
def test_b304_quiet_on_a_filled_score(text):
    assert run_code(text, "B304") == []


# The same 部门预算项目支出绩效自评表 as a web table turned to pipe text, its merged first column
# (预算执行情况) written as an empty cell that opens each budget row with a bar.
def _pipe_row(cells: list[str], barred: bool = False) -> str:
    return ("| " if barred else "") + " | ".join(cells) + " |\n"


PIPE_BUDGET_FORM = "".join([
    _pipe_row(["某县林业局部门预算项目支出绩效自评表(2023年度)"] + [""] * 10),
    _pipe_row(["项目名称", "", "某县护林员补助经费"] + [""] * 8),
    _pipe_row(["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "", "",
               "预算执行率", "权重", "得分", "原因"]),
    _pipe_row(["总额", "8.00", "8.00", "8.00", "", "", "100.00%", "10", "{score}", ""], barred=True),
    _pipe_row(["其中:财政资金", "8.00", "8.00", "8.00", "", "", "100.00%", "/", "/", ""], barred=True),
    _pipe_row(["其他资金", "", "", "", "", "", "", "/", "/", ""], barred=True),
    _pipe_row(["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值",
               "权重", "得分", "未完成原因分析"]),
    _pipe_row(["产出指标", "数量指标", "巡护天数", "≥", "300", "天", "310", "90", "90", ""], barred=True),
])


def test_b304_budget_score_left_blank_in_a_pipe_table_with_a_merged_first_column():
    [d] = [d for d in run(UnfilledTemplate, PIPE_BUDGET_FORM.format(score=""), "form.txt")
           if "预算执行得分" in d.message("zh")]
    assert d.location.line == 4 and "分值 10，执行率 100.00%" in d.message("zh")
    filled = run(UnfilledTemplate, PIPE_BUDGET_FORM.format(score="10"), "form.txt")
    assert not [d for d in filled if "预算执行得分" in d.message("zh")]


# A 自评表 copied from a web page cell by cell (modelled on a city department's form): every
# cell alone on its line, closed by a bar on a line of its own, a row ended by a line of bars.
_BARRED_FORM = (
    "2023年度项目支出绩效自评表\n单位名称:示范市文化馆 填报日期:2024年3月8日\n"
    "项目名称\n|\n群众文化活动经费\n|\n||||||\n"
    "主管部门\n|\n示范市文化和旅游局\n|\n项目实施单位\n|\n示范市文化馆\n|\n||||||\n"
    "预算执行情况(万元)\n|\n预算数(A)\n|\n执行数(B)\n|\n执行率(B/A)\n|\n得分\n|\n||||\n"
    "年度财政资金总额\n|\n12.50\n|\n12.50\n|\n100%\n|\n20\n|\n||||\n"
)


def test_b304_quiet_on_labels_whose_lone_bar_closes_their_cell():
    """The bar on the line after ``主管部门`` closes the label's cell; the value stands on the line
    after it. Not an empty cell."""
    assert run_code(_BARRED_FORM, "B304") == []


def test_b304_two_lone_bars_after_a_label_in_a_barred_form_leave_it_blank():
    """In the same layout an empty cell is a second lone bar: the field is left blank."""
    blank = _BARRED_FORM.replace("主管部门\n|\n示范市文化和旅游局\n|\n", "主管部门\n|\n|\n")
    [d] = run_code(blank, "B304")
    assert "主管部门" in d.message("zh") and d.location.line == blank.split("\n").index("主管部门") + 1


def test_b304_a_document_number_left_as_the_template_wrote_it():
    """``（X财农〔2021〕号）`` (modelled on a funding notice cited in a project report): the issuer's
    slot X and the sequence number were never filled in. The number written out stays quiet, and so
    does an X that names a thing (X射线机)."""
    text = "依据《关于下达农机购置补贴资金的通知》（{number}）文件，本项目资金全部到位。\n"
    [d] = run(UnfilledTemplate, text.format(number="X财农〔2021〕号"))
    assert d.message("zh") == "占位符“X、〔2021〕号”未替换为实际内容"
    [d] = run(UnfilledTemplate, text.format(number="示财农〔2021〕号"))
    assert d.message("zh") == "占位符“〔2021〕号”未替换为实际内容"
    assert run(UnfilledTemplate, text.format(number="示财农〔2021〕15号")) == []
    assert run(UnfilledTemplate, "购置X射线机1台，依据示卫发〔2021〕3号文件执行。\n") == []
    # the same slot in square brackets, the issuer's code before them (modelled on a city
    # co-operative's 部门整体 report citing its notice as 某财评[2018] 号)
    [d] = run(UnfilledTemplate, text.format(number="示财评[2018] 号"))
    assert d.message("zh") == "占位符“[2018]号”未替换为实际内容"
    assert run(UnfilledTemplate, text.format(number="示财评[2018]6号")) == []
    assert run(UnfilledTemplate, "见表(1)[2018]\n第12号文件执行情况良好。\n") == []


@pytest.mark.parametrize("text, key", [
    ("本部门下设独立核算单位共 个，其中行政单位2个。", "“核算单位共 个”"),
    ("本单位编制12人，在职人员 人，退休人员8人。", "“在职人员 人”"),
    ("单位共有车辆   辆，均为执法执勤用车。", "车辆 辆”"),  # a run of blanks quoted as one
    ("全年共组织培训　人次。", "培训 人次”"),
    # the 国有资产占用情况 line of the 部门决算 template counts equipment in 台（套）
    ("单位价值50万元以上通用设备 台（套），单位价值100万元以上专用设备2台（套）。", "设备 台（套）”"),
    ("其中：单价 100 万元以上设备 台(套)。", "设备 台(套)”"),
])
def test_b304_count_slot_without_its_figure(text, key):
    """A count word or a label, a blank where the figure belongs, the measure word left alone
    (a real page's unfilled 部门基本情况, modelled, not copied). The message quotes the slot
    with its blank: without it, ``单位共个`` reads as a slip of the pen, not a slot."""
    diags = run_code(text + "\n", "B304")
    assert len(diags) == 1 and key in diags[0].message("zh"), [d.message("zh") for d in diags]


@pytest.mark.parametrize("text", [
    "本部门下设独立核算单位共 3 个，其中行政单位2个。",
    "本单位编制12人，在职人员 11 人，个人缴费部分按时足额缴纳。",
    "单位共有 个别车辆超过报废年限。",  # 个别 is a word
    "按规定为 人员 购买保险。",  # 人员 is a word
    "类别 单位 数量\n在职人员 人 50\n",  # a header row run together: the unit column
    "单位价值50万元以上通用设备 0 台（套），单位价值100万元以上专用设备2台(套)。",
    "购置医疗设备数量 ≥24台（套）",
])
def test_b304_quiet_on_a_filled_count(text):
    assert run_code(text + "\n", "B304") == []


@pytest.mark.parametrize("text, key", [
    ("本年支出合计86.20万元，其中基本支出70.10万元，项目支出____万元。", "项目支出____万元"),
    ("全年预算执行率＿＿%，较上年提高。", "执行率＿＿%"),
    ("局机关下设＿＿个股室，在编人员12名。", "下设＿＿个"),
])
def test_b304_fill_in_line_left_before_a_unit(text, key):
    [d] = run(UnfilledTemplate, text + "\n")
    assert key in d.message("zh")


@pytest.mark.parametrize("text", [
    "报告撰写人：________        审核人：________",  # a signature line: no unit after it
    "本年支出合计86.20万元，其中基本支出70.10万元，项目支出16.10万元。",
    "____________________________",  # a rule across the page
])
def test_b304_quiet_on_underlines_that_are_no_slot(text):
    assert run(UnfilledTemplate, text + "\n") == []


@pytest.mark.parametrize("text", [
    # a PDF's text keeps a space where its line wrapped, inside a word ending in a measure
    # character (modelled on a 自评表's 年度总体目标 cell): no count was left unfilled
    "委托会计师事务所、税务师事务 所、律师事务所等机构开展审计工作。",
    "依托政务服务平 台，推进事项网上办理。",
    "组织开展农贸市 场、超市等经营主体检查。",
])
def test_b304_quiet_on_a_word_split_before_its_measure_character(text):
    assert run_code(text + "\n", "B304") == []


def test_b304_a_label_slot_still_found_beside_a_split_word():
    """The split word excuses only itself: a real blank count in the same sentence is still found."""
    text = "委托税务师事务 所开展审计，检查企业 户，均已公示。\n"
    diags = run_code(text, "B304")
    assert len(diags) == 1 and "企业 户" in diags[0].message("zh"), [d.message("zh") for d in diags]


def test_b304_slot_glued_to_an_indicator_name_in_its_cell_is_a_warning():
    """A 三级指标 cell that keeps the library's slot glued to the name, without brackets
    (受益低保家庭户数≥**户), while the row's target cell holds the figure: the same label form
    as the bracketed one, residue, likely, not certainly, a value left blank (modelled on a
    county relief-fund form). The slot standing alone in the target cell stays an error."""
    head = "绩效目标表\n一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分\n"
    [d] = run_code(head + "效益指标 | 社会效益指标 | 受益低保家庭户数≥**户 | 20 | >=120户 | 126户 | 20\n", "B304")
    assert d.severity.name == "warning" and d.location.line == 3
    [d] = run_code(head + "效益指标 | 社会效益指标 | 受益低保家庭户数 | 20 | ≥**户 | 126户 | 20\n", "B304")
    assert d.severity.name == "error"


_BLANK_FORM = """某县教育局学生资助项目支出绩效自评表
（{year}年度）
{total}
| 项目名称 | 某县学生资助项目 | | | | | |
| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 120 | 120 | 118 | 10 | 98.33% | 9.8 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 资助学生人数 | 300人 | 300人 | 90 | 90 |
| 总分 | | | | | 100 | 99.8 |
"""


def test_b304_the_forms_year_slot_and_total_left_blank():
    """A form sent with its template's blanks: the year under the title (``（20  年度）``: the
    century printed, the year never typed) and the 总分 above the table with its figure missing
    (``总分：    分``) (modelled on a university's student-aid form, audit26p)."""
    diags = run(UnfilledTemplate, _BLANK_FORM.format(year="20  ", total="总分：    分"))
    assert sorted(d.location.line for d in diags) == [2, 3]
    assert all(d.severity.name == "warning" for d in diags)
    diags = run(UnfilledTemplate, _BLANK_FORM.format(year="    ", total=""))
    assert [d.location.line for d in diags] == [2]


def test_b304_quiet_on_the_forms_year_and_total_filled_in():
    assert run(UnfilledTemplate, _BLANK_FORM.format(year="2023", total="总分：99.8分")) == []
    # a figure split from its 年 by one space in a PDF's text is no slot
    assert run(UnfilledTemplate, "二、项目概况\n\n水库设计使用年限达20 年，本年完成除险加固。\n") == []
    assert run(UnfilledTemplate, "二、项目概况\n\n设计使用年限 20  年，本年完成除险加固。\n") == []
    # the form's date slot with its century printed is a blank date
    assert len(run(UnfilledTemplate, "填报日期：20  年  月  日\n")) == 1


def test_b304_the_forms_weight_slots_left_blank_in_its_label_cells():
    """The template's weight slots (``产出指标（  分）``, ``预算执行情况（万元）（  分）``) left blank
    in the form's label cells; a header naming its unit (``效益指标（分）``) is no slot."""
    text = """某县学生资助项目支出绩效自评表
| 预算执行情况（万元）（  分） | 预算数 | 执行数 | 执行率 | 得分 |
| 年度财政资金总额 | 120 | 118 | 98.33% | 9.8 |
| 一级指标 | 二级指标 | 三级指标 | 年初目标值 | 实际完成值 | 得分 |
| 产出指标（  分） | 数量指标 | 资助学生人数 | 300人 | 300人 | 40 |
| 效益指标（分） | 社会效益指标 | 资助覆盖率 | 100% | 100% | 40 |
"""
    diags = run(UnfilledTemplate, text)
    assert sorted(d.location.line for d in diags) == [2, 5]
    assert all(d.severity.name == "warning" for d in diags)
    filled = text.replace("（万元）（  分）", "（万元）（10分）").replace("产出指标（  分）", "产出指标（50分）")
    assert run(UnfilledTemplate, filled) == []


# The 四川 form's budget block (modelled on a county bureau's published form, not copied): the
# header opens with the block's title and a corner over the row labels, two cells before its
# columns, and the 总额 row, its 得分 and 原因 blank, is the shorter for the blank cells dropped at
# its end; the form's note stands between it and the 其中 rows.
_CORNER_BUDGET_FORM = (
    "部门预算项目支出绩效自评表(2023年度)\n"
    "项目名称 | 示范县林业局森林防火巡护经费\n"
    "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因\n"
    "总额 | 12.00 | 15.00 | 15.00 | 100.00% | 10 | {score}\n"
    "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内)。\n"
    "其中:财政资金 | 12.00 | 15.00 | 15.00 | 100.00% | / | /\n"
    "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析\n"
    "产出指标 | 数量指标 | 巡护次数 | ≥ | 20 | 次 | 24 | 90 | 90 |\n"
)


def test_b304_budget_score_left_blank_under_a_header_with_a_title_and_a_corner():
    [d] = [d for d in run(UnfilledTemplate, _CORNER_BUDGET_FORM.format(score="|"), "form.txt")
           if "预算执行得分" in d.message("zh")]
    assert d.location.line == 4 and "分值 10，执行率 100.00%" in d.message("zh")
    filled = run(UnfilledTemplate, _CORNER_BUDGET_FORM.format(score="10 |"), "form.txt")
    assert not [d for d in filled if "预算执行得分" in d.message("zh")]


def test_b304_budget_score_left_blank_in_a_row_that_dropped_its_blank_cells():
    """The same form with the block's title on a line of its own: the header has one corner cell,
    and the 总额 row, its 得分 and 原因 blank, lost both cells at its end. Read under the header,
    the blank 得分 beside 权重 10 is reported; a filled 得分 is quiet."""
    text = _CORNER_BUDGET_FORM.replace("预算执行情况(10分) | 年度预算数", "预算执行情况(10分)\n年度预算数")
    [d] = [d for d in run(UnfilledTemplate, text.format(score="|"), "form.txt") if "预算执行得分" in d.message("zh")]
    assert d.location.line == 5 and "分值 10，执行率 100.00%" in d.message("zh")
    assert not [d for d in run(UnfilledTemplate, text.format(score="10 |"), "form.txt") if "预算执行得分" in d.message("zh")]


# A 部门预算项目支出绩效自评表 as a web table turned to pipe text (written for these tests): its
# 合计 row gives the 权重 column's 100 and leaves its 得分 cell to be filled.
TOTAL_ROW_FORM = "".join([
    _pipe_row(["某县农业农村局部门预算项目支出绩效自评表(2024年度)", "", ""]),
    _pipe_row(["项目名称", "某县耕地保护补助经费"]),
    _pipe_row(["年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"]),
    _pipe_row(["总额", "45.00", "45.00", "44.10", "98.00%", "10", "9.8", ""]),
    _pipe_row(["其中:财政资金", "45.00", "45.00", "44.10", "98.00%", "/", "/"]),
    _pipe_row(["绩效指标(90分)"]),
    _pipe_row(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
               "未完成原因分析"]),
    _pipe_row(["产出指标", "数量指标", "补助面积", "≥", "1200", "亩", "1260", "50", "50", ""]),
    _pipe_row(["效益指标", "经济效益指标", "种粮收益提高", "≥", "5", "%", "6", "30", "30", ""]),
    _pipe_row(["满意度指标", "服务对象满意度指标", "农户满意度", "≥", "90", "%", "95", "10", "10", ""]),
    _pipe_row(["合计", "", "", "", "", "", "", "100", "{score}", ""]),
])


def _total_blank(diags):
    return [d for d in diags if "行的得分未填写" in d.message("zh")]


def test_b304_total_row_score_left_blank_beside_its_weight_total():
    [d] = _total_blank(run(UnfilledTemplate, TOTAL_ROW_FORM.format(score=""), "form.txt"))
    assert d.location.line == 11 and "“合计”" in d.message("zh") and "分值合计 100" in d.message("zh")
    assert d.severity.name == "warning"


def test_b304_total_row_score_filled_is_quiet():
    assert _total_blank(run(UnfilledTemplate, TOTAL_ROW_FORM.format(score="99.8"), "form.txt")) == []


def test_b304_total_row_score_blank_quiet_when_the_total_is_stated_above():
    title = _pipe_row(["某县农业农村局部门预算项目支出绩效自评表(2024年度)", "", ""])
    stated = TOTAL_ROW_FORM.format(score="").replace(title, title + "总分：99.8\n")
    assert stated != TOTAL_ROW_FORM.format(score="")
    assert _total_blank(run(UnfilledTemplate, stated, "form.txt")) == []


def test_b304_total_row_of_a_form_without_a_score_column_is_quiet():
    """A 绩效目标表 (targets and weights, no 完成值 or 得分): its 合计 gives the weights only."""
    targets = "".join([
        _pipe_row(["一级指标", "二级指标", "三级指标", "指标值", "权重"]),
        _pipe_row(["产出指标", "数量指标", "补助面积", "≥1200亩", "60"]),
        _pipe_row(["效益指标", "经济效益指标", "种粮收益提高", "≥5%", "40"]),
        _pipe_row(["合计", "", "", "", "100"]),
    ])
    assert _total_blank(run(UnfilledTemplate, targets, "form.txt")) == []


def test_b304_total_row_cut_after_its_label_is_quiet():
    lines_ = TOTAL_ROW_FORM.format(score="").splitlines()
    cut = "\n".join(lines_[:-1]) + "\n合计 |\n"
    assert _total_blank(run(UnfilledTemplate, cut, "form.txt")) == []
    # the row written with fewer cells than its indicator rows (merged cells): not read by place
    merged = "\n".join(lines_[:-1]) + "\n合计 | 100 | |\n"
    assert _total_blank(run(UnfilledTemplate, merged, "form.txt")) == []


# A 决算 说明's table of the units it covers (written for these tests): the 合计 row opens the
# table and the rows under it give their counts.
UNIT_COUNT_TABLE = (
    "二、决算汇编基本情况\n"
    "纳入本部门决算汇编范围的独立核算单位共 6 个，分类说明如下：\n"
    "项目 | 数量 | 比上年增减 | 变动原因说明\n"
    "合 计 | {total} | {change} |\n"
    "一、按单位基本性质 | 6 | 1 | 新设服务中心\n"
    "行政单位 | 2 | 0 |\n"
    "事业单位 | 4 | 1 | 新设服务中心\n"
    "其他 | | |\n"
    "二、按单位预算级次 | 6 | 1 |\n"
)


def _row_blank(diags):
    return [d for d in diags if "行各栏均未填写" in d.message("zh")]


def test_b304_total_row_of_a_count_table_left_blank():
    [d] = _row_blank(run(UnfilledTemplate, UNIT_COUNT_TABLE.format(total="", change="")))
    assert d.location.line == 4 and "“数量”栏" in d.message("zh") and d.severity.name == "warning"


def test_b304_total_row_of_a_count_table_filled_is_quiet():
    assert _row_blank(run(UnfilledTemplate, UNIT_COUNT_TABLE.format(total="6", change="1"))) == []


def test_b304_total_row_blank_quiet_without_amounts_or_at_a_cut():
    """No column of counts or amounts under it (rates only, a code column), or the text stops in
    the total row (its figures past the cut): nothing shows the total was asked for and left."""
    rates = "项目 | 执行率\n合计 | \n基本支出 | 98.5%\n项目支出 | 96.0%\n"
    assert _row_blank(run(UnfilledTemplate, rates)) == []
    codes = "科目编码 | 科目名称 | 说明\n合计 | |\n2010101 | 行政运行 | 日常\n2010102 | 一般行政管理事务 | 专项\n"
    assert _row_blank(run(UnfilledTemplate, codes)) == []
    bottom = "项目 | 编制数 | 实有人数\n在职人员 | 30 | 28\n离休人员 | 2 | 2\n退休人员 | 9 | 9\n合计 | |\n"
    assert _row_blank(run(UnfilledTemplate, bottom)) == []
    assert len(_row_blank(run(UnfilledTemplate, bottom + "\n注：人数为年末数。\n"))) == 1
    # the label's cell merged over two rows: the total's figures on the row after it, unlabelled
    wrapped = "项目 | 数量 | 比上年增减\n合计 | |\n | 6 | 1\n行政单位 | 2 | 0\n事业单位 | 4 | 1\n"
    assert _row_blank(run(UnfilledTemplate, wrapped)) == []


# A 项目支出绩效自评表 copied from a web page as space-separated text (written for these tests):
# the total's row gives five figures under six columns, none a percentage.
RATE_ROW_FORM = (
    "项目支出绩效自评表 \n"
    "（2024年度）\n"
    "项目名称 某镇道路养护经费\n"
    "主管部门 某县交通运输局 实施单位 某镇人民政府\n"
    "项目资金\n"
    "（万元）\n"
    "年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率（B/A） 得分\n"
    "年度资金总额： {row}\n"
    " 其中：本年财政拨款 120 120 120 - -\n"
    "    上年结转资金 - -\n"
    "       其他资金 - -\n"
    "年度总体目标完成情况 预期目标 实际完成情况\n"
    " 完成全年道路养护任务。 完成年度目标。\n"
    "年度绩效指标完成情况 一级\n指标\n"
    "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
    "(50分)\n"
    "数量指标 指标1:养护道路里程 35公里 36公里 25 25\n"
    "质量指标 指标1:养护路段合格率 95% 98% 25 25\n"
    "(30分)\n社会效益\n指标\n"
    "指标1:道路通行状况改善 明显改善 明显改善 30 30\n"
    "满意度指标 指标1:群众满意度 90% 95% 10 10\n"
    "总分 100 100\n"
)


def _rate_blank(diags):
    return [d for d in diags if "执行率未填写" in d.message("zh")]


def test_b304_budget_rate_cell_lost_between_filled_cells():
    [d] = _rate_blank(run(UnfilledTemplate, RATE_ROW_FORM.format(row="120 120 120 10 10"), "form.txt"))
    assert d.location.line == 8 and "预算数 120" in d.message("zh") and d.severity.name == "warning"


@pytest.mark.parametrize("row", [
    "120 120 120 10 100% 10",  # filled
    "120 120 10 100 10",  # the 年初预算数 blank (a project added in the year), its rate without %
    "120 120 120 100 10",  # the rate written without its %: the 分值 the cell the header prints
])
def test_b304_budget_rate_cell_quiet_when_the_rate_is_there(row):
    assert _rate_blank(run(UnfilledTemplate, RATE_ROW_FORM.format(row=row), "form.txt")) == []


def _one_cell_a_line(form: str) -> str:
    """The form as a web page's table copied one cell a line (``cell |``), its empty cells kept."""
    out = []
    for line in form.splitlines():
        out += [f"{cell.strip()} |" for cell in line.rstrip(" |").split(" | ")]
    return "\n".join(out) + "\n"


def test_b304_total_row_score_left_blank_one_cell_a_line():
    """``合计 | 100 | (blank) | (blank)``: the weights (10 + 50 + 30 + 10) add up to the 100, the
    scores read do not (9.8 + 90), so the figure is the 分值 column's and the 得分 is blank."""
    lines_ = TOTAL_ROW_FORM.splitlines()
    draft = _one_cell_a_line("\n".join(lines_[:-1])) + "合计 |\n100 |\n |\n |\n"
    [d] = _total_blank(run(UnfilledTemplate, draft, "form.txt"))
    assert "分值合计 100" in d.message("zh") and d.severity.name == "warning"
    filled = _one_cell_a_line("\n".join(lines_[:-1])) + "合计 |\n100 |\n99.8 |\n |\n"
    assert _total_blank(run(UnfilledTemplate, filled, "form.txt")) == []


def test_b304_total_row_one_cell_a_line_full_marks_is_quiet():
    """The scores read add up to the row's one figure: full marks, the 100 may be the score (the
    form's 分值 column merged into the label), nothing shows a blank."""
    full = TOTAL_ROW_FORM.replace("| 9.8 |", "| 10 |")
    lines_ = full.splitlines()
    draft = _one_cell_a_line("\n".join(lines_[:-1])) + "合计 |\n100 |\n |\n |\n"
    assert _total_blank(run(UnfilledTemplate, draft, "form.txt")) == []


def test_b304_budget_rate_cell_left_blank_in_a_pipe_table():
    blank = TOTAL_ROW_FORM.format(score="99.8").replace("| 44.10 | 98.00% | 10 | 9.8 |", "| 44.10 | | 10 | 9.8 |")
    [d] = _rate_blank(run(UnfilledTemplate, blank, "form.txt"))
    assert d.location.line == 4 and "执行数 44.10" in d.message("zh")
    assert _rate_blank(run(UnfilledTemplate, TOTAL_ROW_FORM.format(score="99.8"), "form.txt")) == []
    # the 其中 row's rate blank beside its dashes: the form's use, no score asked
    part = TOTAL_ROW_FORM.format(score="99.8").replace("| 44.10 | 98.00% | / | / |", "| 44.10 | | / | / |")
    assert _rate_blank(run(UnfilledTemplate, part, "form.txt")) == []


def test_b304_the_unit_name_slot_left_in_contents_entries_and_the_scope_sentence():
    """The same slot left in the contents (第二部分 部门名称2023年度部门决算表, listed under 目录) and in
    the template's sentence of the units the accounts cover (纳入部门名称2023年度部门决算编制范围…):
    each place the reader sees the template's words is reported (seen in a Hubei 决算's contents)."""
    text = ("示范市退役军人事务局2023年度部门决算\n\n目 录\n\n第一部分 示范市退役军人事务局概况\n\n"
            "一、部门主要职责..............1\n\n二、机构设置情况..............1\n\n"
            "第二部分 部门名称2023年度部门决算表\n\n一、收入支出决算总表..............2\n\n"
            "第三部分 部门名称2023年度部门决算情况说明\n\n一、收入支出决算总体情况说明..............9\n\n"
            "第一部分 示范市退役军人事务局概况\n\n一、部门主要职责\n\n负责全市退役军人安置工作。\n\n"
            "纳入部门名称2023年度部门决算编制范围的二级预算单位包括本级。\n")
    found = run_code(text, "B304")
    assert lines(found) == [11, 15, 25]
    assert all("部门名称" in d.message("zh") for d in found)
    assert run_code(text.replace("部门名称", "示范市退役军人事务局"), "B304") == []
    # a label followed by its value is no slot (部门名称：…), nor the words in a table's head
    assert run_code("部门名称：示范市退役军人事务局\n\n部门名称 | 2023年度决算数 |\n", "B304") == []


def test_b304_the_evaluation_type_line_with_no_box_ticked():
    """The cover of a self-evaluation report (Hunan's template) asks which evaluation this is:
    评价类型：项目实施过程评价□ 项目完成结果评价□. With neither box ticked the choice was never made
    (seen on a real 岳阳县 report); a ticked box, or boxes the text lost altogether, stay quiet."""
    text = ("示范县财政支出项目绩效评价自评报告\n\n评价类型：项目实施过程评价□ 项目完成结果评价□\n\n"
            "项目名称：农村公路养护\n\n评价方式：部门（单位）绩效自评\n")
    found = [d for d in run_code(text, "B304") if d.key == "unticked"]
    assert [d.location.line for d in found] == [3] and found[0].severity.name == "warning"
    assert "评价类型" in found[0].message("zh")
    for ticked in ("项目完成结果评价■", "项目完成结果评价□√", "项目完成结果评价☑"):
        assert [d for d in run_code(text.replace("项目完成结果评价□", ticked), "B304") if d.key == "unticked"] == []
    assert [d for d in run_code(text.replace("□", ""), "B304") if d.key == "unticked"] == []


def test_b304_rate_and_its_unit_at_the_texts_end_may_have_the_figure_past_the_cut():
    """A form flattened onto one line gives an indicator's name, then its unit column (``%``),
    then its figures: an excerpt that stops right after ``控制率%`` has the figures past the cut,
    so the blank it seems to show is a warning at most. Mid-text, the same blank is an error."""
    head = "指标名称计量单位指标性质年初指标值全年完成值得分 预决算信息公开率%100%100%10否“公用经费控制率%"
    found = [d for d in run(UnfilledTemplate, head + "\n") if "缺少数值" in d.message("zh")]
    assert found and all(d.severity.name == "warning" for d in found)
    # the copy stopped a character later, inside the next cell (定量指标)
    found = [d for d in run(UnfilledTemplate, head + "定\n") if "缺少数值" in d.message("zh")]
    assert all(d.severity.name == "warning" for d in found)
    blank = "一、基本情况\n本年公用经费控制率%，较上年有所下降。\n"
    found = [d for d in run(UnfilledTemplate, blank) if "缺少数值" in d.message("zh")]
    assert [d.severity.name for d in found] == ["error"]


def test_b304_contents_page_numbers_left_as_empty_brackets():
    """A contents whose page numbers are the template's empty brackets (一、部门概况……………（）):
    the contents was never filled in. One warning, at the first entry, with the count (seen on a
    Yunnan 决算's contents); a filled page in brackets (……（3）) stays quiet."""
    text = ("示范县林业站2022年度部门决算\n\n目录\n\n"
            "一、部门概况..........................................()\n\n"
            "(一)主要职责..........................................()\n\n"
            "(二)机构设置..........................................（ ）\n\n"
            "二、收入支出决算总表..................................()\n\n"
            "一、部门概况\n\n本站负责全县林木种苗管理。\n")
    found = [d for d in run_code(text, "B304") if d.key == "contents_page_slot"]
    assert [d.location.line for d in found] == [5] and found[0].severity.name == "warning"
    assert "4" in found[0].message("zh")
    filled = text.replace("()", "(2)").replace("（ ）", "（3）")
    assert [d for d in run_code(filled, "B304") if d.key == "contents_page_slot"] == []


def test_b304_the_titles_year_slot_left_empty():
    """A 决算's title whose year slot was never filled in (``示范县司法局年度部门决算``,
    ``某局____年度部门整体支出绩效自评报告``; modelled on a county bureau's 决算 whose title kept the
    template's bare 年度): a warning at the slot."""
    text = ("监督索引号53000000000000000\n示范县司法局年度部门决算\n\n第一部分 单位概况\n\n"
            "本局2019年末实有人员编制12人。\n")
    [d] = [d for d in run(UnfilledTemplate, text) if d.key == "title_year"]
    assert d.location.line == 2 and d.severity.name == "warning"
    # the title's lines joined with the index number above and the contents' line below
    joined = "监督索引号53000000000000000\n示范县司法局年度部门决算\n目录:\n第一部分 单位概况……(1)\n"
    assert [d.location.line for d in run(UnfilledTemplate, joined) if d.key == "title_year"] == [2]
    underscored = text.replace("司法局年度", "司法局____年度")
    assert [d.location.line for d in run(UnfilledTemplate, underscored) if d.key == "title_year"] == [2]
    # the year filled in, and words that name a year themselves (本年度, 财政年度) stay quiet
    assert [d for d in run(UnfilledTemplate, text.replace("司法局年度", "司法局2019年度"))
            if d.key == "title_year"] == []
    quiet = ("示范县司法局本年度部门决算\n\n示范县财政年度部门预算执行情况自评报告\n\n"
             "示范县文化馆(2019)年度部门决算\n\n"
             "一、单位概况\n\n本局年度部门决算已按时报送。\n")
    assert [d for d in run(UnfilledTemplate, quiet) if d.key == "title_year"] == []


def test_b304_one_lowercase_x_where_a_figure_belongs():
    """``开展送戏下乡x场``, ``下达补助资金 x 万元``: one lowercase x between a word and the figure's
    unit or measure word is the template's number slot; an x inside a code or a formula is none."""
    diags = run_code("本年度在各村开展送戏下乡x场，配送图书x册，共安排补助资金 x 万元。\n", "B304")
    assert len(diags) == 1 and "x" in diags[0].message("zh")
    assert run_code("本年度在各村开展送戏下乡12场，配送图书300册，共安排补助资金 8 万元。\n", "B304") == []
    assert run_code("设备型号为LJx200，补助按人数x标准计算，共3x4组。\n", "B304") == []


def test_b304_the_units_name_typed_into_the_templates_choice_of_department_or_unit():
    """``一、部门(示范县第一中学)(单位)职责`` (modelled on a school's 决算): the template's 部门（单位）
    with the name typed into its first brackets and 单位 kept. A warning: the meaning is legible."""
    text = ("示范县第一中学2023年度单位决算公开报告\n\n第一部分 基本情况\n\n一、{heading}职责\n\n"
            "学校是一所农村完全中学，负责实施初中和高中教育。\n")
    [d] = run(UnfilledTemplate, text.format(heading="部门(示范县第一中学)(单位)"))
    assert d.code == "B304" and d.severity.name == "warning" and "部门(示范县第一中学)(单位)" in d.message("zh")
    for heading in ("示范县第一中学", "单位", "部门(单位)", "部门（本级）"):
        assert run(UnfilledTemplate, text.format(heading=heading)) == [], heading
def test_numbered_indicators_whose_names_open_with_a_category_word_are_quiet():
    """``指标1成本控制率``, ``指标1满意度调查率``, ``指标1数量完成率`` (one cell a line): the
    indicator's name opens with the word of a category (成本, 满意度, 数量), which is no next
    category row (``成本指标``); the slot is filled. A bare ``指标2`` before ``成本指标`` is a slot."""
    text = ("成本指标\n\n指标1成本控制率\n\n100\n\n100\n\n10\n\n10\n\n满意度指标\n\n指标1满意度调查率\n\n95\n\n96\n\n"
            "10\n\n10\n\n指标2数量完成率\n\n100\n\n100\n\n5\n\n5\n")
    assert [d for d in run(UnfilledTemplate, text) if "占位行" in d.message("zh")] == []
    slot = text.replace("指标2数量完成率", "指标2\n\n成本指标(10分)")
    assert len([d for d in run(UnfilledTemplate, slot) if "占位行" in d.message("zh")]) == 1
_SCREEN_LAYOUTS = [
    # a form's table filled up to its last column, its total row empty in between (a YAML draft's)
    "项目名称 | 乡村道路养护 | 主管部门 | 示范县交通运输局\n一级指标 | 三级指标 | 得分 | 偏差原因\n产出指标 | 完成率 | 10 |\n总分 | | | 95\n",
    # a label's own cell left empty between filled ones
    "项目名称 | 乡村道路养护 | 主管部门 | | 实施单位 | 示范县公路站\n",
    # the label with a colon, its empty cell after it, a blank mark in another
    "项目名称： | 乡村道路养护 | 主管部门： | | 实施单位 | —\n",
    # a row opening with an empty cell after a label ending the row above
    "项目名称 | 乡村道路养护 | 主管部门\n | 示范县公路站 | 实施单位 | 示范县公路站\n",
    # one cell a line with a lone bar for the empty cell
    "项目名称 |\n乡村道路养护 |\n主管部门 |\n|\n实施单位 |\n示范县公路站 |\n||||||\n",
    # empty cells after a blank mark and after a figure only
    "项目名称 | 乡村道路养护 | 预算 | 120 | | 执行 | — | | 结余\n",
    # a tab-separated row whose filled cells hold bars: cut as paragraphs are, the first one empty
    "实施单位\n\u3000 | 95% | 某某 | x\ty |\n",
]


@pytest.mark.parametrize("text", _SCREEN_LAYOUTS)
def test_b304_table_screen_finds_what_the_tokens_find(monkeypatch, text):
    """A table is cut into tokens for the value labels only when one of its rows may hold an empty
    cell right after a label (``_table_may_hold_empty_cell``): every layout reads the same with
    the screen as with every table cut, and a form filled but for its total row is not cut."""
    from perflint.extract import template_text
    from perflint.read.text import parse_text

    part = parse_text(text, "t.txt").parts[0]
    screened = [c.value for c in template_text.blank_value_labels(part)]
    with monkeypatch.context() as m:
        m.setattr(template_text, "_table_may_hold_empty_cell", lambda table: True)
        unscreened = [c.value for c in template_text.blank_value_labels(part)]
    assert screened == unscreened


def test_b304_filled_form_with_an_empty_total_row_is_not_cut(monkeypatch):
    from perflint.extract import template_text
    from perflint.read.text import parse_text

    cut: list[int] = []
    original = template_text._tokens_from_label
    monkeypatch.setattr(template_text, "_tokens_from_label", lambda part, end: cut.append(end) or original(part, end))
    part = parse_text(_SCREEN_LAYOUTS[0], "t.txt").parts[0]
    assert template_text.blank_value_labels(part) == [] and cut == []
    part = parse_text(_SCREEN_LAYOUTS[1], "t.txt").parts[0]
    assert [c.value.strip() for c in template_text.blank_value_labels(part)] == ["主管部门"] and cut


def test_b304_qualitative_indicator_keeps_the_templates_options():
    """A 定性 indicator whose target and actual still read 好坏 (the template's options): the
    answer was never chosen. A warning, once per indicator; quiet on an answer chosen."""
    rows = (
        "产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
        "效益指标（30分）\t可持续影响指标\t演出管理制度健全性\t好坏\t好坏\t25\n"
        "满意度指标（10分）\t服务对象满意度\t观众满意度\t≥90%\t94%\t10\n"
    )
    diags = [d for d in run_code(report(table=form(rows=rows)), "B304") if "好坏" in d.message("zh")]
    assert len(diags) == 1 and diags[0].severity.name == "warning"
    chosen = rows.replace("好坏\t好坏", "健全\t健全")
    assert [d for d in run_code(report(table=form(rows=chosen)), "B304") if "模板选择项" in d.message("zh")] == []
    slashed = rows.replace("好坏\t好坏", "达成/未达成\t达成")
    assert any("达成/未达成" in d.message("zh") for d in run_code(report(table=form(rows=slashed)), "B304"))


def test_b304_options_after_a_qualitative_mark_in_a_broken_row():
    """A form with a 指标性质 column whose row broke over two lines: the cell after 定性 still
    holds the template's options. Quiet on a chosen answer, and on 定性 with a figure after it."""
    head = "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 完成值 | 分值 | 得分\n"
    broken = head + "效益指标 | 可持续影响指标 | 演出管理制度健全性 | 定性 | 好坏 |\n| 好坏 | 10 | 10 |\n"
    diags = [d for d in run_code(broken, "B304") if "好坏" in d.message("zh")]
    assert lines(diags) == [2] and diags[0].severity.name == "warning"
    assert run_code(broken.replace("好坏", "健全"), "B304") == []
    assert run_code(head + "产出指标 | 数量指标 | 演出场次 | 定性 | 20 | 24 | 10 | 10\n", "B304") == []


def test_b304_part_heading_slot_written_with_the_templates_choice_of_words():
    """The template's slot written with its choice of words (第一部分：部门(单位)名称概况), left in a
    contents entry where the body names the unit: the slot was never filled; a filled name is quiet."""
    text = ("示范州档案馆2023年度部门决算\n目录\n第一部分：部门(单位)名称概况\n一、部门职责\n二、机构设置\n"
            "第一部分示范州档案馆概况\n一、部门职责\n负责全州档案管理工作。\n二、机构设置\n内设科室 3 个。\n")
    found = run_code(text, "B304")
    assert lines(found) == [3]
    assert "名称" in found[0].message("zh")
    assert run_code(text.replace("部门(单位)名称概况", "示范州档案馆概况"), "B304") == []
    assert run_code(text.replace("部门(单位)名称概况", "部门（单位）概况"), "B304") == []
def test_b304_a_link_arrow_before_the_unit_is_no_comparison_slot():
    """``点击查看>> 万元``: a host put a link where the figure stood; ``>>`` compares nothing. The
    template's comparison slot (≥万元, >万元) is still one."""
    assert run_code("下达我局补助资金 点击查看>> 万元，已全部拨付。\n", "B304") == []
    assert run_code("更多>>万元\n", "B304") == []
    assert len(run_code("年度补助资金>万元。\n", "B304")) == 1


def test_b304_marks_masking_a_page_throughout_are_a_warning():
    """A page with the same mark in three places or more (20xx for every year, XX for every
    name): a site masked it on publication, or a sample; the slot is likely left, not certainly."""
    masked = ("示范镇20xx年度衔接资金项目绩效自评报告\n"
              "20xx年我镇获得衔接资金共120万元。\n"
              "截止20xx年12月31日，项目全部完工。\n")
    diags = run_code(masked, "B304")
    assert diags and {d.severity.name for d in diags} == {"warning"}
    # one or two slots left in a unit's own draft stay errors
    once = "示范镇2023年度衔接资金项目绩效自评报告\n20xx年我镇获得衔接资金共120万元。\n"
    [d] = run_code(once, "B304")
    assert d.severity.name == "error"


def test_b304_a_works_target_with_its_figure_left_out_before_the_measure_word():
    """``完成道路建设座；``: the template's ``完成道路建设X座`` with X never typed in, no blank left
    (held29 DEV 018:24): a warning (a figure a page dropped looks the same)."""
    [d] = run_code("项目绩效目标：1.保质保量完成道路建设座；2.工程质量验收合格。\n", "B304")
    assert d.severity.name == "warning" and "建设座" in d.message("zh")
    assert run_code("项目绩效目标：1.保质保量完成道路建设1座；2.工程质量验收合格。\n", "B304") == []
    # an office (建设处), an indicator's name (培训人次), a word going on (建设条件)
    assert run_code("内设办公室、工程建设处、财务科。\n", "B304") == []
    assert run_code("群众文艺骨干培训人次，完成率100%。\n", "B304") == []
    assert run_code("项目具备建设条件，已开工。\n", "B304") == []


def test_b304_every_contents_entry_given_the_same_page():
    """A contents whose entries all give one page (一、部门概况……(1), 二、决算表……(1), 三、情况说明……(1))
    over a body far too long for one page: the template's page numbers were never updated (seen on
    a Zhejiang county bureau's 决算 two years running). One warning, at the first entry, with the
    count; pages that go on, or a body short enough for one page, stay quiet."""
    body = "".join(f"（{n}）说明\n\n本局{n}项工作按计划推进，资金按进度拨付到位，管理制度健全，执行情况良好。"
                   "全年各项支出均按预算执行，未发生超预算支出的情况，年度目标基本完成。\n\n"
                   for n in "一二三四五六七八九十" * 4)
    entries = ["一、部门概况", "（一）部门职责", "（二）机构设置", "二、部门决算表", "（一）收入支出决算总表",
               "三、部门决算情况说明", "（一）收入支出决算总体情况"]
    contents = "".join(f"{e}..............................(1)\n\n" for e in entries)
    text = f"示范县档案局2022年度部门决算\n\n目录\n\n{contents}一、部门概况\n\n{body}"
    found = [d for d in run_code(text, "B304") if d.key == "contents_same_page"]
    assert [d.location.line for d in found] == [5] and found[0].severity.name == "warning"
    assert "7" in found[0].message("zh") and "1" in found[0].message("zh")
    paged = "".join(f"{e}..............................({k + 1})\n\n" for k, e in enumerate(entries))
    assert [d for d in run_code(text.replace(contents, paged), "B304") if d.key == "contents_same_page"] == []
    short = f"示范县档案局2022年度部门决算\n\n目录\n\n{contents}一、部门概况\n\n本局负责全县档案管理。\n"
    assert [d for d in run_code(short, "B304") if d.key == "contents_same_page"] == []
    # a contents of ten entries or more never lists one page, even where an excerpt kept no body
    many = "".join(f"（{n}）第{n}项说明..............................(1)\n\n" for n in "一二三四五六七八九十")
    cut = f"示范县档案局2022年度部门决算\n\n目录\n\n{contents}{many}一、部门概况\n\n本局负责全县档案管理。\n"
    assert [d.location.line for d in run_code(cut, "B304") if d.key == "contents_same_page"] == [5]


def test_b304_a_fund_management_row_of_the_transfer_payment_form_left_blank():
    """The transfer-payment self-evaluation form asks for a 情况说明 on each row of its 资金管理情况
    block (分配科学性, 下达及时性, 拨付合规性 …). A row whose label stands alone while its siblings
    are answered was never filled in (modelled on a county's 就业补助资金 form): a warning at the
    label; the same rows answered, and the section's words in prose, stay quiet."""
    answered = ("资金管理情况 | 情况说明 | 存在问题和改进措施 | |||||\n"
                "分配科学性 | 按因素法分配，优先保障重点人群。 | ||||||\n"
                "下达及时性 | 收到资金文件后十日内分解下达。 | ||||||\n"
                "拨付合规性 | 按国库集中支付规定拨付资金。 | ||||||\n"
                "使用规范性 | 按下达的科目和项目使用资金。 | ||||||\n"
                "支出责任履行情况 | 本级配套资金足额到位。 | ||||||\n"
                "总体目标完成情况 | 总体目标 | 全年实际完成情况 | |||||\n")
    text = "示范县2023年度就业补助资金绩效自评表\n" + answered
    blank = text.replace("收到资金文件后十日内分解下达。 ", "").replace("本级配套资金足额到位。 ", "")
    found = [d for d in run_code(blank, "B304") if d.key == "blank_label"]
    assert [d.location.line for d in found] == [4, 7] and {d.severity.name for d in found} == {"warning"}
    assert "下达及时性" in found[0].message("zh")
    assert [d for d in run_code(text, "B304") if d.key == "blank_label"] == []
    prose = "示范县2023年度部门决算\n\n四、预算绩效管理情况\n\n本局对全部项目开展了绩效自评。\n"
    assert run_code(prose, "B304") == []


def test_b304_cover_field_left_blank_between_filled_fields():
    """A report's cover written as ``label value`` lines, one field left with its label only
    (modelled on a city's 财政支出项目绩效评价自评报告 cover): a warning on that field."""
    cover = ("某市财政支出项目绩效评价自评报告\n项目名称 某河道护坡整治工程\n项目单位 某市河道管理处\n{field}\n"
             "评价方式:部门(单位)绩效自评\n报告日期:2023年3月18日\n一、项目基本概况\n项目于2022年开工。\n")
    found = [d for d in run_code(cover.format(field="主管部门"), "B304") if "主管部门" in d.message("zh")]
    assert [d.location.line for d in found] == [4] and found[0].severity.name == "warning"
    assert [d for d in run_code(cover.format(field="主管部门 某市水利局"), "B304") if "主管部门" in d.message("zh")] == []


def test_b304_label_line_with_its_value_on_the_next_line_is_quiet():
    # a form pasted one cell a line: the value stands on the next line, no field line around it
    cells = "项目名称\n某河道护坡整治工程\n主管部门\n某市水利局\n实施单位\n某市河道管理处\n"
    assert [d for d in run_code(cells, "B304") if "主管部门" in d.message("zh")] == []


def test_b304_a_change_choice_over_a_zero_figure_is_a_warning():
    """``较上年增加(减少)0万元，增长(下降)0%`` (modelled on the 三公 paragraphs of a county's 决算):
    both words of the choice are left in, but the change is 0, which neither word makes wrong — the
    sentence reads the same either way, residue a person should tidy. Over a figure other than 0
    the direction is unknown: an error; a choice of another kind beside it keeps the finding an error."""
    [zero] = run_code("因公出国（境）费较上年增加（减少）0万元，增长（下降）0%，全年未安排出国团组。", "B304")
    assert zero.severity.name == "warning"
    [zero2] = run_code("公务接待费较上年增加(减少)0.00万元(0%)。", "B304")
    assert zero2.severity.name == "warning"
    [figure] = run_code("公务接待费较上年增加（减少）1.20万元，增长（下降）15%。", "B304")
    assert figure.severity.name == "error"
    [mixed] = run_code("因公出国（境）费较上年增加（减少）0万元。决算数小于（大于）预算数的主要原因是未安排出国。", "B304")
    assert mixed.severity.name == "error"


def test_b304_a_year_mark_in_a_text_that_names_no_year_in_digits_is_a_warning():
    """``20xx年`` twice in a sample report that writes no year in digits anywhere (modelled on a
    sample-report site's 项目支出绩效自评报告): the page masks its years, as a site or a sample
    does; likely a slot, not certainly one the writer left. A text that names its year elsewhere
    (``2023年``) left this one for sure: an error."""
    masked = ("一、项目实施进度\n20xx年，我中心围绕重点工程推进项目建设，完成各项任务。\n"
              "二、项目完成情况\n20xx年续建及新开工项目共18个，完工项目15个。\n")
    found = run_code(masked, "B304")
    assert len(found) == 2 and all(d.severity.name == "warning" for d in found)
    dated = masked.replace("完工项目15个", "完工项目15个，2023年度资金全部到位")
    found = run_code(dated, "B304")
    assert found and all(d.severity.name == "error" for d in found)
