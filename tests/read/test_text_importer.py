"""The text importer on the shapes real drafts have (drafts written for these tests)."""

from pathlib import Path

from perflint.model import Heading, Paragraph, Table, TocEntry
from perflint.read.text import parse_text

TSV_DRAFT = """示范县文化馆2023年度部门决算

一、收入决算表

金额单位：万元

项目\t\t本年收入合计\t财政拨款收入
合计\t\t1,200.50\t1,200.50
207\t文化旅游体育与传媒支出\t1,200.50\t1,200.50

二、情况说明

2023 年度收入合计 1200.50 万元，比上年增加 100.50 万元，增长
9.1%。
"""

FLATTENED_DRAFT = """示范县图书馆2023年度整体支出绩效自评报告

\t一、基本概况

\t联系人
\t张三

\t人员编制
\t12
\t
\t实有人数
\t12
"""

PDF_DRAFT = """示范县社保中心购书经费
2023 年度绩效自评报告

一、自评结论

（一）自评得分

2023 年度示范县社保中心购书经费自评分

95 分。

预算数（A) 执行数(B) 执行率（B/A） 得分

年度财政

资金总额
20 18 90% 9

专项治理检查次数 5 5 100% 20

总分 95
"""


def test_tsv_table_keeps_cells_units_and_columns():
    doc = parse_text(TSV_DRAFT, "d.txt")
    assert len(doc.parts) == 1
    part = doc.parts[0]
    assert part.fiscal_year == 2023
    assert part.kind == "final_accounts"
    table = next(part.tables())
    assert table.declared_unit == "万元"
    assert [c.value for c in table.rows[1].cells] == ["合计", "", "1,200.50", "1,200.50"]
    cell = table.rows[1].cells[2]
    assert (cell.text.line, cell.text.locate().column) == (8, 5)


def test_paragraph_split_over_lines_is_joined_and_located():
    doc = parse_text(TSV_DRAFT, "d.txt")
    para = [p for p in doc.parts[0].paragraphs() if "增长" in p.text.value][0]
    assert para.text.value.endswith("增长9.1%。")
    offset = para.text.value.index("9.1%")
    assert para.text.locate(offset).line == 14


def test_headings_have_numbering_and_sections():
    doc = parse_text(TSV_DRAFT, "d.txt")
    headings = list(doc.parts[0].headings())
    assert [(h.numbering.style, h.numbering.value) for h in headings] == [("cn", 1), ("cn", 2)]
    para = [p for p in doc.parts[0].paragraphs() if "增长" in p.text.value][0]
    assert para.section == ("情况说明",)


def test_flattened_table_rows_and_empty_cells():
    doc = parse_text(FLATTENED_DRAFT, "f.txt")
    part = doc.parts[0]
    assert part.kind == "department_self_evaluation"
    assert isinstance(part.blocks[1], Heading)
    table = next(part.tables())
    assert [r.texts() for r in table.rows] == [["联系人", "张三"], ["人员编制", "12", "", "实有人数", "12"]]


def test_pdf_text_title_over_two_lines_and_space_separated_table():
    doc = parse_text(PDF_DRAFT, "p.txt")
    part = doc.parts[0]
    assert part.title == "示范县社保中心购书经费2023年度绩效自评报告"
    score = [p for p in part.paragraphs() if "自评分" in p.text.value][0]
    assert score.text.value.endswith("95 分。")
    table = next(part.tables())
    assert ["20", "18", "90%", "9"] in [r.texts() for r in table.rows]


def test_toc_lines_and_parts():
    text = "目录\n一、部门主要职责.....2\n二、机构设置.....3\n\n甲单位2022年度部门决算\n\n一、部门主要职责\n\n乙项目2022年度绩效自评报告\n\n一、自评结论\n"
    doc = parse_text(text, "t.txt")
    toc = [b for b in doc.parts[0].blocks if isinstance(b, TocEntry)]
    assert [(t.title, t.page) for t in toc] == [("部门主要职责", 2), ("机构设置", 3)]
    assert [p.title for p in doc.parts] == ["甲单位2022年度部门决算", "乙项目2022年度绩效自评报告"]
    assert doc.parts[1].kind == "project_self_evaluation"


def test_markdown_pipe_table_heading_and_markup():
    text = "# 丙单位2024年度绩效自评报告\n\n## 一、自评结论\n\n**一是**完成培训。\n\n| 项目 | 金额 |\n|---|---|\n| 合计 | 3.5 |\n"
    doc = parse_text(text, "m.md", source_format="markdown")
    part = doc.parts[0]
    assert part.fiscal_year == 2024
    assert any(isinstance(b, Paragraph) and b.text.value == "一是完成培训。" for b in part.blocks)
    table = next(part.tables())
    assert [r.texts() for r in table.rows] == [["项目", "金额"], ["合计", "3.5"]]
    assert table.rows[1].cells[1].text.locate().column == 8


def test_html_checkboxes_become_symbols():
    text = '项目类别\t1、部门预算项目 <input checked="" type="checkbox"/> 2、省专项 <input type="checkbox"/>\n'
    doc = parse_text(text, "h.txt")
    table = next(doc.parts[0].tables())
    assert table.rows[0].cells[1].value == "1、部门预算项目 ☑ 2、省专项 ☐"


def test_cover_fields_after_a_long_title_stay_separate_lines():
    # A title broken over two lines, then cover-page fields: the title ends before the first field
    # and no field is glued to the next one ("…绩效自评" + "评价机构…" would read "绩效自评评").
    doc = parse_text(
        " 示范市群众艺术馆和文化站2023年度部门整体支出绩效\n\n自评报告\n\n"
        "部门(单位)名称：  示范市群众艺术馆\n\n预 算 编 码：  100200\n评价方式：部门（单位）绩效自评\n\n"
        "评价机构：部门（单位）评价组\n\n报告日期：2024年 4 月 2 日\n"
    )
    paragraphs = [b.text.value for _, b in doc.blocks() if isinstance(b, Paragraph)]
    assert paragraphs[0] == "示范市群众艺术馆和文化站2023年度部门整体支出绩效自评报告"
    assert "评价方式：部门（单位）绩效自评" in paragraphs
    assert doc.parts[0].fiscal_year == 2023


def test_pdf_row_keeps_units_and_dates_with_their_figures():
    from perflint.read.lines import classify, loose_tokens, text_of

    line = classify(1, "数量指标 修缮文化广场面积 ≥ 3000 平方米 3200 平方米 2023 年 10 月 31 日前 10")
    cells = [c.value for c in loose_tokens(text_of(line, "p.txt"))]
    assert cells == ["数量指标", "修缮文化广场面积", "≥ 3000 平方米", "3200 平方米", "2023 年 10 月 31 日前", "10"]
    # A one-character unit (项) must be the whole token: here it starts the next cell's label.
    line = classify(2, "基本支出总额 820 项目支出总额 310")
    assert [c.value for c in loose_tokens(text_of(line, "p.txt"))] == ["基本支出总额", "820", "项目支出总额", "310"]


def test_page_numbers_between_broken_lines_are_debris():
    text = "示范站2023年度绩效自评报告\n\n全年共举办培训 12 期，培训农户\n\n- 3 -\n\n860 人次。\n\n第 4 页 共 9 页\n"
    doc = parse_text(text, "p.txt")
    paras = [p.text.value for p in doc.parts[0].paragraphs()]
    assert "全年共举办培训 12 期，培训农户860 人次。" in paras
    assert not any("页" in p or p.strip("- ").isdigit() for p in paras)


def test_a_marker_alone_on_its_line_takes_the_next_line_as_title():
    text = "示范县城管局2023年度部门整体支出绩效评价报告\n\n一、基本情况\n1.机构设置\n内设股室五个。\n2.\n人员编制\n现有人员120人。\n3.职责职能\n"
    doc = parse_text(text, "d.txt")
    headings = [(b.line, b.text.value) for b in doc.parts[0].blocks if isinstance(b, Heading)]
    assert (6, "2.人员编制") in headings


def test_pipe_rows_without_a_leading_bar_are_table_rows():
    """``项目 | 预算数 | ||`` rows and one ``cell |`` a line are a table, never headings."""
    rows = "项目 | 预算数 | 决算数 | ||\n公务接待费 | 0.95 | 0.39 | ||\n公务用车运行维护费 | 2.10 | 1.37 | ||\n"
    doc = parse_text("示范县图书馆2023年度部门决算\n\n" + rows, "d.txt")
    [table] = [b for b in doc.parts[0].blocks if type(b).__name__ == "Table"]
    assert [c.value for c in table.rows[1].cells][:3] == ["公务接待费", "0.95", "0.39"]
    cells = "收入 |\n一、一般公共预算拨款收入 |\n120.00 |\n二、政府性基金预算拨款收入 |\n|\n二、外交支出 |\n|\n"
    doc = parse_text("示范县财政所2025年部门预算\n\n" + cells, "d.txt")
    assert not [b for b in doc.parts[0].blocks if isinstance(b, Heading)]


def test_prose_is_not_a_pipe_row():
    doc = parse_text("示范县图书馆2023年度部门决算\n\n本年收入合计100万元，比上年增长5%。\n", "d.txt")
    assert [type(b).__name__ for b in doc.parts[0].blocks][-1] == "Paragraph"


def test_a_short_title_line_above_a_long_paragraph_stands_alone():
    """One paragraph a line: the short unmarked title is not the head of a wrapped sentence."""
    body = "本部门2023年度总支出500.00万元，其中基本支出400.00万元，项目支出100.00万元，主要用于人员工资和日常运转，以及护林员培训。"
    text = f"示范县林业站2023年度整体支出绩效自评报告\n\n（一）基本情况\n\n本站有职工12人。\n\n整体支出规模、使用方向和主要内容\n\n{body}\n"
    doc = parse_text(text, "d.txt")
    values = [b.text.value for b in doc.parts[0].blocks]
    assert "整体支出规模、使用方向和主要内容" in values and body in values


def test_a_sentence_wrapped_by_the_page_is_still_joined():
    text = ("示范县林业站2023年度整体支出绩效自评报告\n\n本年度完成护林员培训三期，共培训\n"
            "护林员120人次，覆盖全县12个乡镇。\n")
    doc = parse_text(text, "d.txt")
    assert doc.parts[0].blocks[-1].text.value == "本年度完成护林员培训三期，共培训护林员120人次，覆盖全县12个乡镇。"


HALF_WIDTH = (Path(__file__).parent.parent / "fixtures" / "clean" / "halfwidth-project-2023.txt").read_text(encoding="utf-8")


def _blocks(text: str):
    return {b.line: b for b in parse_text(text, "d.txt").parts[0].blocks}


def test_half_width_brackets_and_a_final_dot_still_make_a_heading():
    blocks = _blocks(HALF_WIDTH)
    assert isinstance(blocks[4], Heading) and blocks[4].numbering.style == "paren_cn" and blocks[4].title == "项目概况."


def test_half_and_full_width_markers_are_one_sequence():
    from perflint.extract.outline import outline

    [po] = outline(parse_text(HALF_WIDTH, "d.txt"))
    assert po.findings == []
    values = {(s.style, tuple(i.value for i in s.items)) for s in po.sequences}
    assert ("paren_cn", (1, 2, 3)) in values and ("arabic", (1, 2, 3)) in values


def test_half_width_punctuation_inside_sentences_and_a_final_dot():
    blocks = _blocks(HALF_WIDTH)
    assert blocks[5].text.value == "本项目由县农机站实施,全年预算80.00万元;主要用于农机购置补贴,惠及全县12个乡镇."
    assert blocks[7].text.value == "受益农户共320户,其中脱贫户45户."


def test_a_sentence_broken_over_a_blank_line_is_one_paragraph():
    assert _blocks(HALF_WIDTH)[11].text.value == "资金按季度拨付,每季度末完成结算。"


def test_a_broken_decimal_at_a_line_end_is_not_a_sentence_end():
    text = "示范县农机站2023年度项目绩效自评报告\n\n本年度全县农机购置补贴资金的预算执行率达到了98.\n5%，较上年提高。\n"
    assert list(_blocks(text).values())[-1].text.value == "本年度全县农机购置补贴资金的预算执行率达到了98.5%，较上年提高。"


def test_pipe_rows_without_outer_bars_are_table_rows():
    # Markdown allows ``a | b | c`` without the outer bars; the cells must not be cut at spaces
    doc = parse_text("项目 | 预算数 | 执行数 | 执行率\n年度资金总额 | 30 | 27 | 90%\n", "draft.md", source_format="markdown")
    [table] = [b for b in doc.parts[0].blocks if isinstance(b, Table)]
    assert [r.texts() for r in table.rows] == [["项目", "预算数", "执行数", "执行率"], ["年度资金总额", "30", "27", "90%"]]


def test_one_bar_in_a_sentence_is_not_a_table():
    doc = parse_text("本项目资金来源为财政拨款 | 自筹资金两类。\n", "draft.txt")
    assert not [b for b in doc.parts[0].blocks if isinstance(b, Table)]


def test_the_next_forms_title_ends_a_table():
    # two tab-separated forms with only the second's title between them are two tables
    form = "项目名称\t{name}\n三级指标\t年度指标值\t实际完成值\n培训人次\t≥800人次\t860人次\n"
    text = form.format(name="甲类补助资金") + "\n2023年度乙类补助资金项目绩效自评表\n\n" + form.format(name="乙类补助资金")
    blocks = parse_text(text, "draft.txt").parts[0].blocks
    assert [type(b).__name__ for b in blocks] == ["Table", "Paragraph", "Table"]


CONTINUED = """示范乡2024年度部门决算
一般公共预算财政拨款支出决算表
金额单位：万元
科目编码\t科目名称\t小计\t基本支出\t项目支出
合计\t\t30.00\t20.00\t10.00
201\t一般公共服务支出\t20.00\t20.00\t0.00
{between}
科目编码\t科目名称\t小计\t基本支出\t项目支出
213\t农林水支出\t10.00\t0.00\t10.00
注：本表反映部门本年度一般公共预算财政拨款实际支出情况。
"""


def test_a_table_continued_over_a_page_break_is_one_table():
    for between in ("示范乡2024年度部门决算\n一般公共预算财政拨款支出决算表（续表）", "示范乡2024年度部门决算\n—7—"):
        doc = parse_text(CONTINUED.format(between=between))
        assert len(doc.parts) == 1  # the running title is no new report
        [table] = [b for b in doc.parts[0].blocks if isinstance(b, Table)]
        assert [r.texts()[0] for r in table.rows] == ["科目编码", "合计", "201", "213"]


def test_a_sentence_between_two_tables_keeps_them_apart():
    doc = parse_text(CONTINUED.format(between="—7—\n以下为政府性基金预算财政拨款支出，本年无此项支出。\n"))
    assert len([b for b in doc.parts[0].blocks if isinstance(b, Table)]) == 2


def test_a_table_going_on_after_a_page_number_without_its_header_is_one_table():
    text = CONTINUED.format(between="示范乡2024年度部门决算\n—7—").replace(
        "—7—\n科目编码\t科目名称\t小计\t基本支出\t项目支出\n", "—7—\n")
    [table] = [b for b in parse_text(text).parts[0].blocks if isinstance(b, Table)]
    assert [r.texts()[0] for r in table.rows] == ["科目编码", "合计", "201", "213"]


def test_a_table_title_without_a_year_between_two_tables_keeps_them_apart():
    # the 决算 tables of a PDF pasted as text: each title alone on its line, no year, no unit line
    text = ("收入决算表\n项目\t本年收入\t财政拨款收入\t其他收入\n合计\t120.00\t100.00\t20.00\n"
            "支出决算表\n项目\t本年支出\t基本支出\t项目支出\n合计\t118.00\t90.00\t28.00\n")
    blocks = parse_text(text, "d.txt").parts[0].blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [[r.texts()[0] for r in t.rows] for t in tables] == [["项目", "合计"], ["项目", "合计"]]
    assert tables[1].caption == "支出决算表"


def test_a_short_label_between_rows_stays_inside_its_table():
    text = "项目\t预算数\t执行数\n年度资金总额\t30\t27\n其中：\n财政拨款\t30\t27\n"
    [table] = [b for b in parse_text(text, "d.txt").parts[0].blocks if isinstance(b, Table)]
    assert [r.texts()[0] for r in table.rows] == ["项目", "年度资金总额", "其中：", "财政拨款"]


def test_an_account_code_keeps_its_name_that_opens_with_a_unit_word():
    from perflint.model import SourceText
    from perflint.read.lines import loose_tokens

    def cells(text: str) -> list[str]:
        return [t.value for t in loose_tokens(SourceText.at(text, "t.txt", 1))]

    assert cells("20110 人力资源事务 45.20 33.20") == ["20110", "人力资源事务", "45.20", "33.20"]
    assert cells("2010101 人大会议 3.00") == ["2010101", "人大会议", "3.00"]
    assert cells("服务人数 20110 人 98%") == ["服务人数", "20110 人", "98%"]  # a count and its unit
    assert cells("2021 年度 12.00") == ["2021 年度", "12.00"]


def test_a_spaced_pdfs_dated_cell_stays_one_cell_of_its_row():
    """A 时效 row as a PDF's text spaces it (written for this test): ``完成时间为 2023 年 11 月 30 日``
    is one cell (as ``完成时间为2023年11月30日`` is), and the row, longer by the spaces inside its
    dates, is still a row of the table."""
    from perflint.model import SourceText
    from perflint.read.lines import looks_like_loose_row, loose_tokens

    row = "时效指标 设备采购、安装、调试 完成时间为 2023 年 11 月 30 日 完成时间为 2023 年 11 月 30 日 6 5"
    typed = "时效指标 设备采购、安装、调试 完成时间为2023年11月30日 完成时间为2023年11月30日 6 5"
    assert [t.value for t in loose_tokens(SourceText.at(row, "t.txt", 1))] == [
        "时效指标", "设备采购、安装、调试", "完成时间为 2023 年 11 月 30 日", "完成时间为 2023 年 11 月 30 日", "6", "5"]
    assert len(row) > 60 and looks_like_loose_row(row) and looks_like_loose_row(typed)
    # a cell that is a word, then a figure, stay two cells
    assert [t.value for t in loose_tokens(SourceText.at("验收合格率 98% 98% 6 6", "t.txt", 1))][:2] == ["验收合格率", "98%"]
    # a line longer than a row with no date in it is none, as before
    long = "一般公共服务支出 教育支出 科学技术支出 文化旅游体育与传媒支出 社会保障和就业支出 卫生健康支出 节能环保支出 城乡社区支出 12"
    assert len(long) > 60 and not looks_like_loose_row(long)


SPACED_COVER = """2024 年度东湖县交通运输局(部门)
决算公开
批复时间:2025 年 08 月 20 日
公开时间:2025 年 09 月 02 日
目 录
第一部分 部门概况
一、主要职能
二、机构设置
第二部分 部门决算情况说明
一、收入支出决算总体情况说明
二、收入决算情况说明
三、支出决算情况说明
第三部分 名词解释
第一部分 部门概况
一、主要职能
负责全县公路、水路交通行业管理。
"""


def test_spaced_dates_on_a_cover_start_no_table():
    """A PDF's text spaces a date out (批复时间:2025 年 08 月 20 日): its year, month and day are
    no figure cells. Read as a space-separated table's rows, the cover's two dates swallowed the
    contents below them, whose entries then stood as empty sections (B306 on every entry)."""
    doc = parse_text(SPACED_COVER, "cover.txt")
    blocks = [b for p in doc.parts for b in p.blocks]
    assert not any(isinstance(b, Table) for b in blocks)
    assert sum(isinstance(b, TocEntry) for b in blocks) == 8
    unspaced = parse_text(SPACED_COVER.replace(" 年 ", "年").replace(" 月 ", "月").replace(" 日", "日"), "c.txt")
    assert [type(b).__name__ for p in unspaced.parts for b in p.blocks] == [type(b).__name__ for b in blocks]


SPACED_ANNEX_CONTENTS = """东湖县委办公室 2024 年部门整体支出绩效自评报告
目录
一、部门概况
二、绩效目标
三、评价结论
附件 1 成本费用分析报告
附件 2 部门职能分解 2024 年工作完成情况
附件 3 评价指标体系
东湖县委办公室
2024 年度部门整体支出绩效自评报告
一、部门概况
截至 2024 年 12 月 31 日，本单位在职人员 32 人。
二、绩效目标
全年完成督查事项 120 件。
三、评价结论
自评得分 95 分。
"""


def test_spaced_annex_numbers_start_no_table():
    """附件 2 as a PDF's text spaces 附件2 numbers an annex; it measures nothing. Counted as a
    figure with the year after it, the contents' annex lines started a space-separated table
    that swallowed the report's title below them, and the contents stood as empty sections."""
    doc = parse_text(SPACED_ANNEX_CONTENTS, "annex.txt")
    blocks = [b for p in doc.parts for b in p.blocks]
    assert not any(isinstance(b, Table) for b in blocks)
    assert len(doc.parts) == 2
    assert [b.text.value for b in blocks if isinstance(b, TocEntry)][:6] == [
        "一、部门概况", "二、绩效目标", "三、评价结论", "附件 1 成本费用分析报告",
        "附件 2 部门职能分解 2024 年工作完成情况", "附件 3 评价指标体系"]
    assert [b.text.value for b in doc.parts[1].blocks if isinstance(b, Heading)] == [
        "一、部门概况", "二、绩效目标", "三、评价结论"]


BROKEN_FIGURE = """示范县中医院2024年度单位预算公开说明

二、2024年收入预算总表的说明     2024年本单位收入预算合计116
54.33万元，具体为：一般公共预算拨款收入3225万元，所占比重27.67
%；事业收入8000万元，所占比重68.64%；其他收入300万元，所占比重2.58%；上年结转129.33万元，所占比重1.11%。

年度资金总额
43.2
86%
"""


def test_a_unit_the_page_broke_off_its_figure_after_a_marker_line_is_one_paragraph():
    """3、设备情况:配有…心电图机2 | 台、显微镜1台… : the page broke 2台 after its figure on a line
    that opens with 3、; read as a heading, 2 stood without its unit (U402)."""
    text = ("示范县卫生院2024年度部门整体支出绩效自评报告\n\n"
            "3、设备情况:配有彩超机1台、自动生化分析仪1台、尿液分析仪2台、心电图机2\n"
            "台、显微镜1台、口腔治疗仪1台。\n")
    doc = parse_text(text, "unit.txt")
    [para] = [b for p in doc.parts for b in p.blocks if "设备情况" in b.text.value]
    assert isinstance(para, Paragraph) and "心电图机2台、显微镜" in para.text.value
    short = parse_text(text.replace("设备情况:配有彩超机1台、自动生化分析仪1台、尿液分析仪2台、心电图机2", "设备2"), "u.txt")
    assert [type(b).__name__ for p in short.parts for b in p.blocks][1:] == ["Heading", "Paragraph"]


def test_a_figure_the_page_broke_after_a_heading_marker_is_one_paragraph():
    """A PDF's page width broke 11654.33 after its 116 on a line that opens with 二、: the line is
    no heading, the figure is whole again (read apart, 54.33 was taken for the total of the four
    sources: false A104 and A106 errors). A table's cells one a line (43.2, then 86%) stay apart."""
    from perflint.checks.arithmetic import ProseBreakdownMismatch

    from perflint.check import Context

    doc = parse_text(BROKEN_FIGURE, "broken.txt")
    [para] = [b for p in doc.parts for b in p.blocks if "具体为" in b.text.value]
    assert isinstance(para, Paragraph) and "合计11654.33万元" in para.text.value
    assert list(ProseBreakdownMismatch().run(doc, Context())) == []
    wrong = parse_text(BROKEN_FIGURE.replace("上年结转129.33万元", "上年结转229.33万元"), "broken.txt")
    [finding] = ProseBreakdownMismatch().run(wrong, Context())
    assert "11654.33" in finding.message("zh")


QUOTE_BROKEN = """示范县医疗保障局2024年度项目支出绩效自评报告

（二）绩效指标完成情况
2. 质量指标：包含“医保法治建设能力”、“基金预警和风险控制能力”、“医保
标准化水平”、“医保经办服务能力”、“异地就医直接结算率”5个三级指标。
通过开展业务培训，经办服务能力得到提升。
3. 时效指标：全部按期完成。
"""


def test_a_marker_line_the_page_broke_inside_a_quotation_is_one_paragraph():
    """2. 质量指标：包含“…”、“医保 | 标准化水平”… : the page broke the line inside a quotation,
    so it is no heading but the start of a paragraph (read apart, the list of five counted four
    names and C703 reported 9 against 7 on a real report so wrapped). A heading that closes what
    it opens stays a heading."""
    from perflint.checks.consistency import AnnouncedCountMismatch

    from perflint.check import Context

    doc = parse_text(QUOTE_BROKEN, "quote.txt")
    [para] = [b for p in doc.parts for b in p.blocks if "质量指标" in b.text.value]
    assert isinstance(para, Paragraph) and "“医保标准化水平”" in para.text.value
    assert [b.text.value for p in doc.parts for b in p.blocks if isinstance(b, Heading)] == [
        "（二）绩效指标完成情况", "3. 时效指标：全部按期完成。"]
    assert list(AnnouncedCountMismatch().run(doc, Context())) == []


def _run(check, text: str) -> list:
    from perflint.check import Context

    return list(check().run(parse_text(text, "w.txt"), Context()))


def _headings(text: str) -> list[str]:
    return [b.text.value for p in parse_text(text, "w.txt").parts for b in p.blocks if isinstance(b, Heading)]


BROKEN_MARKER = """示范镇人民政府2023年度部门决算情况说明
一、部门基本情况
（一）职能职责
1.执行本级人民代表大会的决议。2.管理本镇的经济、教育、卫生和社会事务。3.办理上级交办的其他事项。(
二)机构设置
镇政府设有党政办公室、经济发展办公室和财政所等内设机构。
"""


def test_a_bracketed_marker_the_page_broke_is_no_marker_of_its_own():
    """…其他事项。( | 二)机构设置 : a PDF's width broke a (二) typed on the line of the list above
    it. Read apart, 二) stood as a heading of another style (S605) and the ( was never closed
    (T805). Typed whole on a line of its own, (二)机构设置 is still a heading."""
    from perflint.checks.structure.numbering_style_mixed import NumberingStyleMixed
    from perflint.checks.terms.unbalanced_bracket import UnbalancedBracket

    [para] = [b for p in parse_text(BROKEN_MARKER, "w.txt").parts for b in p.blocks if "其他事项" in b.text.value]
    assert isinstance(para, Paragraph) and para.text.value.endswith("事项。(二)机构设置镇政府设有党政办公室、经济发展办公室和财政所等内设机构。")
    assert _run(UnbalancedBracket, BROKEN_MARKER) == [] and _run(NumberingStyleMixed, BROKEN_MARKER) == []
    whole = BROKEN_MARKER.replace("。(\n二)", "。\n(二)")
    assert "(二)机构设置" in _headings(whole)
    listed = ("示范县农业农村局2023年度部门整体支出绩效自评报告\n"
              "下属事业单位有：(1)畜牧水产事务中心、(2)农机事务中心、(3\n"
              ")农业综合服务中心、(4)农业技术推广中心。\n")
    [para] = [b for p in parse_text(listed, "w.txt").parts for b in p.blocks if "畜牧" in b.text.value]
    assert "(3)农业综合服务中心、(4)" in para.text.value and _run(UnbalancedBracket, listed) == []


BRACKET_OVER_LINES = """示范市残疾人联合会2023年度项目支出绩效自评报告
一、绩效目标分解下达情况
项目年初总体目标为：下达残疾人事业发展补助资金合计300万元。其中，中央资金200万元(一般公共预算：80万元；
彩票公益金：120万元)；省级资金100万元(一般公共预算：90万元；彩票公益金：10万元)。
(1)残疾人康复服务：完成康复训练500人次；
(2)辅助器具适配：适配200件。
"""


def test_a_bracket_the_page_broke_after_a_clause_mark_is_one_paragraph():
    """…中央资金200万元(一般公共预算：80万元； | 彩票公益金：120万元)；… : the page broke the
    bracket's text after its ；, which ended the paragraph there, and T805 reported both halves.
    A ； closing a list item still ends it before the next item: the (2) line closes nothing."""
    from perflint.checks.terms.unbalanced_bracket import UnbalancedBracket

    blocks = [b.text.value for p in parse_text(BRACKET_OVER_LINES, "w.txt").parts for b in p.blocks]
    assert any("80万元；彩票公益金：120万元)；省级" in v for v in blocks)
    assert "(2)辅助器具适配：适配200件。" in blocks
    assert _run(UnbalancedBracket, BRACKET_OVER_LINES) == []
    typo = BRACKET_OVER_LINES.replace("彩票公益金：120万元)；", "彩票公益金：120万元；")
    assert [d.code for d in _run(UnbalancedBracket, typo)] == ["T805"]


DOCUMENT_NUMBER_BROKEN = """示范县水务局2023年度项目支出绩效自评报告
一、基本情况
（一）项目概况
1.依照某财预〔2023〕12号、某财农〔2023〕8号、某财债〔20
23〕15号等文件，本县小型水库除险加固项目资金已下达。
"""


def test_a_marker_line_the_page_broke_inside_a_document_number_is_a_paragraph():
    """1.依照…、某财债〔20 | 23〕15号等文件，… : the hexagonal bracket of a document number is left
    open as a quotation is; read as a heading, T805 reported its 〔 and 〕 apart."""
    from perflint.checks.terms.unbalanced_bracket import UnbalancedBracket

    assert _headings(DOCUMENT_NUMBER_BROKEN) == ["一、基本情况", "（一）项目概况"]
    assert _run(UnbalancedBracket, DOCUMENT_NUMBER_BROKEN) == []


DANGLING = """示范县公安局2023年度部门整体支出绩效自评报告
一、部门职能
4、预防、制止和侦查违法犯罪活动，参与处置重大治安事件。

5、负责全县公安机关的行政复议和执法监督

6、依法管理全县社会治安、户政、居民身份证、危险物品、特种行业和
出入境工作；管理集会、游行、示威活动。
"""


def test_a_marker_line_ending_in_a_conjunction_is_the_head_of_a_paragraph():
    """6、依法管理…、特种行业和 | 出入境工作；… : the page cut a numbered paragraph after 和, and
    the line read as a heading; its sibling 5、 then seemed a heading without content (B306).
    No title ends in a list's 、 or in the 和 / 与 / 及 before its last item; 5、负责…执法监督
    above, ending in a noun, is a heading, and so are titles ending in 目的 or 普及."""
    from perflint.checks.boilerplate.empty_section import EmptySection

    assert _headings(DANGLING) == ["一、部门职能", "5、负责全县公安机关的行政复议和执法监督"]
    assert _run(EmptySection, DANGLING) == []
    heading = DANGLING.replace("、特种行业和\n", "和特种行业\n\n")
    assert "6、依法管理全县社会治安、户政、居民身份证、危险物品和特种行业" in _headings(heading)
    titles = "示范县财政局2023年度项目支出绩效评价报告\n（一）评价目的\n通过评价，提高资金使用效益。\n二、宣传与普及\n全年开展宣传12场。\n"
    assert _headings(titles) == ["（一）评价目的", "二、宣传与普及"]


SPACED_WEB_PAGE = """您当前的位置: 首页>政务公开>财政预决算
示范县技工学校 2024 年度部门决算公开报告
发布时间:2025 年 10 月 30 日 文章来源:示范县人力资源和社会保障局 文章作者:

目录

第一部分基本情况 2

一、部门职责 2

二、机构设置 2

第二部分 2024 年度部门决算公开表 3

第三部分 2024 年度部门决算情况说明 4

第一部分基本情况

一、部门职责

示范县技工学校承担全县职业技能培训和技能鉴定工作。

二、机构设置

学校设有教务科、学生科和后勤科，无下属预算单位。

第二部分 2024 年度部门决算公开表

见附表。

第三部分 2024 年度部门决算情况说明

本年收入合计 1200 万元，支出合计 1180 万元。
"""


def test_a_spaced_year_or_date_is_no_figure_cell_of_a_space_separated_row():
    """A PDF's 发布时间:2025 年 10 月 30 日 文章来源:… and 第二部分 2024 年度…公开表 3: the year, month
    and day are no figure cells, as in 2025年10月30日 and 2024年度 typed together. Counted as
    figures, the page's header line opened a table that swallowed the contents, and C724 (then S604) could not
    compare an entry with its heading. A row of real figures after a date is still a row."""
    from perflint.checks.consistency.toc_mismatch import TocMismatch

    from perflint.read.lines import count_numeric, looks_like_loose_row

    doc = parse_text(SPACED_WEB_PAGE, "w.txt")
    entries = [b.title for p in doc.parts for b in p.blocks if isinstance(b, TocEntry)]
    assert len(entries) == 5 and entries[3] == "2024 年度部门决算公开表"
    assert not any(isinstance(b, Table) for p in doc.parts for b in p.blocks)
    assert _run(TocMismatch, SPACED_WEB_PAGE) == []
    renamed = SPACED_WEB_PAGE.replace("第二部分 2024 年度部门决算公开表\n", "第二部分 2024 年度部门决算公开报表\n")
    [finding] = _run(TocMismatch, renamed)
    assert "公开报表" in finding.message("zh")
    assert not looks_like_loose_row("发布时间:2025 年 10 月 30 日 文章来源:示范县人社局")
    assert count_numeric("第二部分 2024 年度部门决算公开表 3") == 1
    assert count_numeric("截至 2024 年 12 月 31 日 120 96 80%") == 3


DEFINITIONS = [
    "示范县实验小学2024年度单位决算公开说明",
    "第四部分 名词解释",
    "（一）财政拨款收入：指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。",
    "（二）事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入，不含从财政专户核拨的教育收费。",
    "（三）经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入，按实际发生数填列。",
    "（四）其他收入：指单位取得的除上述收入以外的各项收入，主要是存款利息收入和捐赠收入等，按收付实现制核算。",
    "（五）本单位使用的支出功能分类科目",
    "1.教育支出(类)普通教育(款)小学教育(项)",
    "（六）结余分配：指事业单位按照会计制度规定缴纳企业所得税后提取专用结余并转入非财政拨款结余的金额等。",
    "（七）年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金，或项目已完成等产生的结余资金。",
    "（八）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出，包括工资福利支出和商品服务支出。",
    "（九）项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出，包括基本建设支出和其他资本性支出。",
]


def _page(paragraphs: list[str], width: int) -> str:
    """The paragraphs as a PDF's text gives them: each broken every ``width`` characters."""
    return "\n".join(p[k:k + width] for p in paragraphs for k in range(0, len(p), width)) + "\n"


def test_a_marker_line_as_wide_as_the_page_is_a_paragraph_the_page_broke():
    """（六）结余分配：指…缴纳企业所得税后提 | 取专用结余… : a definition the page broke at
    its width, whose first line holds no clause mark; read as a heading, the 1. heading above it
    seemed empty (B306). A line that fills the page's width, the width most of the draft's broken
    lines share, goes on in the next line; shorter marker lines stay headings, and a draft without
    such a width (typed one paragraph a line) is read as before."""
    from perflint.checks.boilerplate.empty_section import EmptySection

    text = _page(DEFINITIONS, 30)
    assert "（六）结余分配：指事业单位按照会计制度规定缴纳企业所得税后提" in text.split("\n")
    assert _headings(text) == ["第四部分 名词解释", "（五）本单位使用的支出功能分类科目", "1.教育支出(类)普通教育(款)小学教育(项)"]
    assert _run(EmptySection, text) == []
    typed = "\n".join(DEFINITIONS) + "\n"
    assert _headings(typed) == _headings(text) and _run(EmptySection, typed) == []


def test_a_tab_table_goes_on_across_a_merged_cell_written_over_several_lines():
    """Word's text of a form: a merged cell over several lines (预算执行情况 / （万元） / （20分）)
    gives lines without a tab between the rows; they are rows of the one table. The particulars
    of the next table (部门：… / 单位：万元) between two tables are not: two tables stay two."""
    from perflint.model import Table

    def tables(text: str) -> list[list[list[str]]]:
        return [[r.texts() for r in b.rows] for _, b in parse_text(text, "f.txt").blocks() if isinstance(b, Table)]

    form = "项目名称\t乡村文化活动\n预算执行情况\n（万元）\n（20分）\n预算数\t执行数\t执行率\n年度财政\n资金总额\n50\t45\t90%\n"
    assert tables(form) == [[["项目名称", "乡村文化活动"], ["预算执行情况"], ["（万元）"], ["（20分）"],
                             ["预算数", "执行数", "执行率"], ["年度财政"], ["资金总额"], ["50", "45", "90%"]]]
    two = "项目\t金额\n收入\t10\n部门：某局\n单位：万元\n项目\t金额\n支出\t10\n"
    assert len(tables(two)) == 2


def test_space_separated_rows_with_thousands_separators_are_a_table():
    # a PDF's text spaces a table's cells; its figures keep their thousands commas (5,000), which
    # are no sentence's commas
    text = ("示范县人社局2023年度培训补贴项目支出绩效自评报告\n\n表1 项目资金来源表\n单位：千元\n"
            "资金来源  全年预算数  全年执行数  执行率\n中央补助资金  5,000  5,000  100.00%\n"
            "省级补助资金  2,400  2,376  99.00%\n合计  7,400  7,376  99.68%\n\n"
            "全年执行7,376千元，执行率99.68%，比上年增加1,200千元。\n")
    tables = list(parse_text(text, "t.txt").parts[0].tables())
    assert len(tables) == 1
    assert ["省级补助资金", "2,400", "2,376", "99.00%"] in [r.texts() for r in tables[0].rows]
    assert ["合计", "7,400", "7,376", "99.68%"] in [r.texts() for r in tables[0].rows]
    # a sentence's comma between figures still makes it prose
    from perflint.read.lines import looks_like_loose_row
    assert not looks_like_loose_row("培训补贴 7800千元, 执行 7731千元")


def test_a_heading_after_a_space_separated_table_is_not_its_last_row():
    text = ("示范县人社局2023年度培训补贴项目支出绩效自评报告\n\n一、项目概况\n\n表1 项目资金来源表\n单位：万元\n"
            "资金来源  全年预算数  全年执行数\n中央补助资金  500  500\n省级补助资金  240  237\n合计  740  737\n\n"
            "二、绩效目标完成情况\n\n全年执行737万元。\n")
    part = parse_text(text, "t.txt").parts[0]
    (table,) = list(part.tables())
    assert table.rows[-1].texts() == ["合计", "740", "737"]
    assert any(isinstance(b, Heading) and b.title == "绩效目标完成情况" for b in part.blocks)


def test_a_header_row_spaced_by_single_or_full_width_spaces_heads_its_table():
    # a Word table saved as text (full-width spaces) or a PDF's text without its layout (one space
    # between cells): the header row of names right above rows with as many cells is the table's
    rows = ["资金来源{s}全年预算数{s}全年执行数{s}执行率", "中央补助资金{s}5,000{s}5,000{s}100.00%",
            "省级补助资金{s}2,400{s}2,376{s}99.00%", "合计{s}7,400{s}7,376{s}99.68%"]
    for sep in (" ", "\u3000\u3000", "\u3000"):
        text = ("示范县人社局2023年度培训补贴项目支出绩效自评报告\n\n表1 项目资金来源表\n单位：千元\n"
                + "\n".join(r.format(s=sep) for r in rows) + "\n\n二、绩效目标完成情况\n\n全年执行7,376千元。\n")
        part = parse_text(text, "t.txt").parts[0]
        (table,) = list(part.tables())
        assert table.rows[0].texts() == ["资金来源", "全年预算数", "全年执行数", "执行率"], repr(sep)
        assert table.rows[-1].texts() == ["合计", "7,400", "7,376", "99.68%"], repr(sep)
    # a line of names with fewer cells than the rows under it is no header of theirs
    text = ("示范县人社局2023年度培训补贴项目支出绩效自评报告\n\n项目名称 培训补贴\n"
            + "\n".join(r.format(s=" ") for r in rows[1:]) + "\n")
    (table,) = list(parse_text(text, "t.txt").parts[0].tables())
    assert table.rows[0].texts()[0] == "中央补助资金"


def test_a_chapter_heading_after_a_space_separated_table_is_not_its_row():
    text = ("示范市教育局2023年度部门整体支出绩效自评报告\n\n表1 部门支出情况表\n金额单位：亿元\n"
            "项目\u3000\u3000全年预算数\u3000\u3000实际支出数\n基本支出\u3000\u30009.61\u3000\u30009.42\n"
            "项目支出\u3000\u30003.44\u3000\u30003.36\n合计\u3000\u300013.05\u3000\u300012.78\n\n"
            "第三章\u3000部门整体绩效目标完成情况\n\n全年完成校舍维修改造项目46个。\n")
    part = parse_text(text, "t.txt").parts[0]
    (table,) = list(part.tables())
    assert table.rows[-1].texts() == ["合计", "13.05", "12.78"]


# A web table with merged cells turned to text by joining each row's cells with `` | ``: a cell
# covered by a merge above it is written empty, so a row under a merged label opens with a bar
# that stands for that empty cell, while rows with their own first cell open without one.
_MERGED_FIRST_COLUMN = (
    "某县林业局部门预算项目支出绩效自评表(2023年度) | | | | | | | | |\n"
    "项目名称 | | 某县护林员补助经费 | | | | | | |\n"
    "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |\n"
    "| 总额 | 8.00 | 8.00 | 7.20 | 90.00% | 10 | 9 | |\n"
    "| 其中:财政资金 | 8.00 | 8.00 | 7.20 | 90.00% | / | / | |\n"
    "| 其他资金 | | | | | / | / | |\n"
)


def test_a_bar_opening_some_rows_of_a_pipe_table_is_their_empty_first_cell():
    doc = parse_text(_MERGED_FIRST_COLUMN, "d.txt")
    [table] = [b for b in doc.parts[0].blocks if isinstance(b, Table)]
    header, total = table.rows[2].texts(), table.rows[3].texts()
    assert total[:3] == ["", "总额", "8.00"] and header.index("得分") == total.index("9")
    assert table.rows[3].cells[0].text.locate().line == 4


def test_a_bar_opening_rows_that_break_after_their_label_stays_a_border():
    """A page that breaks each row after its label (``年度资金总额 |`` then ``| 40.5 | 38.88 | …``)
    writes rows of no common width: their bar is no lost cell."""
    text = ("项目支出绩效自评表 |\n项目名称 | 某林场管护站建设项目 |\n主管部门 | 某县林业局 | 实施单位 | 某县林业局 |\n"
            "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n年度资金总额 |\n"
            "| 40.5 | 38.88 | 10 | 96.00% | 9.6 |\n其中:当年财政拨款 |\n| 40.5 | 38.88 | 10 | 96.00% | 9.6 |\n"
            "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n")
    doc = parse_text(text, "d.txt")
    tables = [b for b in doc.parts[0].blocks if isinstance(b, Table)]
    rows = [r for t in tables for r in t.rows if r.texts()[:1] == ["40.5"]]
    assert len(rows) == 2


def test_a_bar_opening_every_row_is_the_tables_border():
    rows = "".join(("| " + line) if not line.startswith("|") else line
                   for line in _MERGED_FIRST_COLUMN.splitlines(keepends=True))
    doc = parse_text(rows, "d.txt")
    [table] = [b for b in doc.parts[0].blocks if isinstance(b, Table)]
    assert table.rows[3].texts()[:2] == ["总额", "8.00"]


def test_pipe_rows_with_an_empty_middle_cell_are_table_rows():
    # a "三公" table whose 上年 column is blank (``2、公务接待费 | | 8600``): a row of the table,
    # not a numbered heading (nor a list item) standing between tables
    text = ("示范县文化馆2023年度“三公”经费预算情况表\n\n单位:元\n"
            "项目 | 2022年执行数 | 2023年预算数\n一、支出合计 | | 26000\n1、因公出国(境)费用 | |\n"
            "2、公务接待费 | | 8600\n3、公务用车费 | | 17400\n二、相关统计数 | |\n"
            "1.公务用车保有量(辆) | | 2\n2.公务接待批次(批) | | 12\n")
    doc = parse_text(text, "draft.txt")
    [table] = [b for b in doc.parts[0].blocks if isinstance(b, Table)]
    assert table.rows[3].texts() == ["2、公务接待费", "", "8600"] and len(table.rows) == 8
    assert not [b for b in doc.parts[0].blocks if isinstance(b, Heading) and "|" in b.text.value]


def test_a_note_pasted_as_a_tables_last_row_is_a_paragraph_under_it():
    """``说明：… | ||||``: a note in the first cell and the other cells empty is text under the table,
    not one of its rows (a 合计 above would count it)."""
    text = ("项目 | 预算数 | 决算数 |\n合计 | 3.00 | 2.50 |\n公务接待费 | 1.00 | 0.50 |\n公务用车运行费 | 2.00 | 2.00 |\n"
            "注：本表金额单位为万元。 | ||\n")
    blocks = parse_text(text).parts[0].blocks
    table = next(b for b in blocks if isinstance(b, Table))
    assert [r.cells[0].value for r in table.rows][-1] == "公务用车运行费"
    assert isinstance(blocks[-1], Paragraph) and blocks[-1].text.value.startswith("注：本表")
    assert blocks[-1].text.line == 5
    # a row named 说明 with figures is a row
    kept = text.replace("注：本表金额单位为万元。 | ||", "说明 | 0.00 | 0.00 |")
    table = next(b for b in parse_text(kept).parts[0].blocks if isinstance(b, Table))
    assert table.rows[-1].cells[0].value == "说明"
