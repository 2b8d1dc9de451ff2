"""Tables of contents typed without dot leaders or page numbers (drafts written for these tests)."""

from pathlib import Path

from perflint.model import Heading, TocEntry
from perflint.read.text import parse_text

CONTENTS = """示范县林业站2023年度单位决算

目录
第一部分 单位概况
一、主要职责
二、机构设置
第二部分 2023年度单位决算情况说明
一、收入支出决算总体情况说明
二、收入决算情况说明
第一部分 单位概况
一、主要职责
负责全县林木种苗管理。
二、机构设置
内设综合股和资源股。
第二部分 2023年度单位决算情况说明
一、收入支出决算总体情况说明
收入、支出总计均为100.00万元。
二、收入决算情况说明
本年收入合计100.00万元。
"""


def kinds(text: str) -> list[tuple[int, str]]:
    doc = parse_text(text, "d.txt")
    return [(b.line, type(b).__name__) for p in doc.parts for b in p.blocks]


def test_a_run_of_headings_that_comes_back_is_a_table_of_contents():
    doc = parse_text(CONTENTS, "d.txt")
    blocks = [b for p in doc.parts for b in p.blocks]
    toc = [b for b in blocks if isinstance(b, TocEntry)]
    assert [t.line for t in toc] == [4, 5, 6, 7, 8, 9]
    assert toc[1].title == "主要职责" and toc[1].numbering.marker == "一、" and toc[1].page is None
    assert [b.line for b in blocks if isinstance(b, Heading)] == [10, 11, 13, 15, 16, 18]


def test_contents_entry_renamed_in_the_body_is_still_contents():
    text = CONTENTS.replace("第一部分 单位概况\n一、主要职责\n负责", "第一部分 部门概况\n一、主要职责\n负责")
    assert sum(k == "TocEntry" for _l, k in kinds(text)) == 6


def test_empty_headings_that_never_come_back_stay_headings():
    text = "示范县林业站2023年度单位决算\n\n一、主要职责\n二、机构设置\n三、人员情况\n四、资产情况\n\n本站共有职工12人。\n"
    assert "TocEntry" not in {k for _l, k in kinds(text)}


def test_a_report_title_ends_the_run():
    """Two reports of a bundle with the same headings: the first, unfilled, is no contents."""
    one = "一、基本情况\n二、绩效目标\n三、存在问题\n"
    text = ("示范县林业站2023年度护林项目绩效自评报告\n" + one
            + "示范县林业站2023年度育苗项目绩效自评报告\n一、基本情况\n项目预算10万元。\n二、绩效目标\n完成育苗。\n")
    assert "TocEntry" not in {k for _l, k in kinds(text)}


def test_the_report_title_repeated_after_the_contents_ends_it():
    body = CONTENTS.split("二、收入决算情况说明\n", 1)[1]
    head = CONTENTS.split("第一部分 单位概况\n一、主要职责\n负责", 1)[0]
    text = head + "示范县林业站2023年度单位决算\n" + "第一部分 单位概况\n一、主要职责\n负责" + body.split("负责", 1)[1]
    kinds_ = kinds(text)
    assert [line for line, k in kinds_ if k == "TocEntry"] == [4, 5, 6, 7, 8, 9]
    assert (10, "Paragraph") in kinds_


def _toc_lines(text: str) -> list[int]:
    return [line for line, k in kinds(text) if k == "TocEntry"]


def test_contents_with_page_ranges_are_contents():
    """Word contents whose entries span pages (``……14-15``) or lost their page (leaders only)."""
    text = ("目录\n一、收入支出决算总体情况说明..........14\n二、收入决算情况说明..........14-15\n"
            "三、支出决算情况说明..........15\n四、财政拨款收入支出决算总体情况说明........16—18\n"
            "五、名词解释..................\n")
    assert _toc_lines(text) == [2, 3, 4, 5, 6]


def test_word_field_codes_mark_contents_entries():
    """A Word contents pasted with its field codes: ``一、主要职责 PAGEREF _Toc1234 \\h 3``."""
    text = ("目录\n第一部分 单位概况 PAGEREF _Toc11 h 3\n一、主要职责 PAGEREF _Toc12 \\h 3\n"
            "二、机构设置 PAGEREF _Toc13 h 4\n")
    doc = parse_text(text, "d.txt")
    toc = [b for p in doc.parts for b in p.blocks if isinstance(b, TocEntry)]
    assert [(t.line, t.title, t.page) for t in toc] == [
        (2, "单位概况", 3), (3, "主要职责", 3), (4, "机构设置", 4)]


def test_prose_ending_in_an_ellipsis_is_no_contents_entry():
    assert _toc_lines("一、基本情况\n全年开展了培训、宣传、督查……\n") == []


def test_contents_listing_only_the_parts_is_contents():
    """The contents names the 第N部分 only; the body has sections under each part, and the
    ``目录`` line itself was lost in extraction."""
    text = ("示范县招商中心2023年度部门决算\n第一部分 单位概况\n第二部分 部门决算表\n"
            "第三部分 部门决算情况说明\n第四部分 名词解释\n"
            "第一部分 单位概况\n一、部门职能\n负责全县招商引资。\n二、人员情况\n在编 8 人。\n"
            "第二部分 部门决算表\n见附表。\n第三部分 部门决算情况说明\n收入支出总计均为 90.00 万元。\n"
            "第四部分 名词解释\n财政拨款收入：指本级财政当年拨付的资金。\n")
    assert _toc_lines(text) == [2, 3, 4, 5]


def test_contents_under_a_contents_line_whose_body_skips_the_part_heading():
    """Under ``目 录``: the body starts at the second entry (its 第一部分 line was left out)."""
    text = ("示范县审计局2023年度部门决算公开\n目 录\n第一部分 部门概况\n一、主要职能\n二、机构设置\n"
            "第二部分 部门决算情况说明\n一、收入支出决算总体情况说明\n第三部分 名词解释\n"
            "一、主要职能\n负责全县审计监督。\n二、机构设置\n内设三个股室。\n")
    assert _toc_lines(text) == [3, 4, 5, 6, 7, 8]


def test_a_note_between_contents_and_body_stays_a_note():
    text = CONTENTS.replace("第一部分 单位概况\n一、主要职责\n负责",
                            "注：本报告因金额单位转换可能存在尾数误差。\n第一部分 单位概况\n一、主要职责\n负责")
    kinds_ = kinds(text)
    assert [line for line, k in kinds_ if k == "TocEntry"] == [4, 5, 6, 7, 8, 9]
    assert (10, "Paragraph") in kinds_


def test_contents_whose_first_part_is_renamed_in_the_body_is_contents():
    """No ``目录`` line, and the body names its first part differently (``第一部分：示范县水务局
    概况`` in the contents, ``第一部分 部门概况`` in the body): a document has one 第一部分, so
    the run of bodiless lines that went on to 第二部分 before it came back was the contents."""
    text = ("示范县水务局2023年部门决算公开\n\n第一部分：示范县水务局概况\n\n一、部门主要职责\n\n"
            "二、部门决算单位构成\n\n第二部分：示范县水务局2023年部门决算表\n\n一、收入支出决算总表\n\n"
            "二、收入决算表\n\n第三部分：名词解释\n\n第一部分 部门概况\n\n（一）主要职责\n\n"
            "负责全县水资源管理。\n\n（二）决算单位构成\n\n本部门决算仅含本级。\n")
    assert _toc_lines(text) == [3, 5, 7, 9, 11, 13, 15]
    doc = parse_text(text, "d.txt")
    assert [b.title for p in doc.parts for b in p.blocks if isinstance(b, TocEntry)][0] == "示范县水务局概况"


def test_a_second_first_part_after_a_part_with_text_is_no_contents():
    """Two reports of a bundle each open with 第一部分: the first has text, so no contents run."""
    text = ("第一部分 单位概况\n一、主要职责\n负责全县林木种苗管理。\n第二部分 决算说明\n"
            "收入合计 10.00 万元。\n第一部分 单位概况\n一、主要职责\n负责全县苗圃管理。\n")
    assert _toc_lines(text) == []


def test_contents_with_symbol_font_leaders_are_contents():
    """Word leaders that come out of a symbol font as ``¨`` or ``⋯``, page numbers spaced apart."""
    text = ("目录\n一、部门主要职责¨¨¨¨¨¨¨¨¨¨¨¨1\n二、机构设置情况¨¨¨¨¨¨¨¨¨¨¨¨1\n"
            "三、收入支出决算总表⋯⋯⋯⋯⋯⋯2\n四、财政拨款收入支出决算总体情况说明¨¨¨¨¨¨¨    1   0\n")
    doc = parse_text(text, "d.txt")
    toc = [b for p in doc.parts for b in p.blocks if isinstance(b, TocEntry)]
    assert [(t.line, t.page) for t in toc] == [(2, 1), (3, 1), (4, 2), (5, 10)]


def test_contents_whose_later_part_reads_like_a_report_title_is_contents():
    """``第二部分 2023年度部门决算说明`` in the contents ends like a report's title; it is the
    part after 第一部分, an entry, and the contents run on to the body's 第一部分."""
    text = ("示范市园林局2023年度部门决算\n\n目 录\n\n  第一部分 2023年度部门决算报表\n  一、收入支出决算总表\n"
            "  二、收入决算表\n  三、支出决算表\n  第二部分 2023年度部门决算说明\n"
            "  第三部分 2023年度其他重要事项的情况说明\n  第四部分 2023年度部门绩效评价情况\n\n"
            "第一部分 2023年度部门决算报表\n\n  报表详见附件。\n\n第二部分 2023年度部门决算说明\n\n"
            "  一、部门基本情况\n  本局内设 6 个处室。\n\n第三部分 2023年度其他重要事项的情况说明\n\n"
            "  本年无其他重要事项。\n\n第四部分 2023年度部门绩效评价情况\n\n  本年对 3 个项目开展了自评。\n")
    assert _toc_lines(text) == [5, 6, 7, 8, 9, 10, 11]


def test_page_numbers_typed_after_contents_titles_are_pages():
    """Contents without leaders whose page numbers follow the titles, spaced or glued
    (``一、主要职责 1``, ``第二部分 2023年度部门决算表15``): the number is the page."""
    text = ("示范市档案馆2023年度部门决算\n目 录\n第一部分 概 况 1\n一、主要职责 1\n二、机构设置 3\n"
            "第二部分 2023年度部门决算表15\n一、收入支出决算总表15\n第一部分 概 况\n一、主要职责\n"
            "负责全市档案管理。\n二、机构设置\n内设 4 个科室。\n第二部分 2023年度部门决算表\n一、收入支出决算总表\n见附表。\n")
    doc = parse_text(text, "d.txt")
    toc = [b for p in doc.parts for b in p.blocks if isinstance(b, TocEntry)]
    assert [(t.title, t.page) for t in toc] == [
        ("概 况", 1), ("主要职责", 1), ("机构设置", 3), ("2023年度部门决算表", 15), ("收入支出决算总表", 15)]


def test_page_numbers_after_contents_titles_without_a_contents_line():
    """Contents whose ``目录`` line was cut off (a page's excerpt) and whose page numbers follow
    the titles after one space: the body repeats the titles without them, so it is contents."""
    text = ("示范镇人民政府2023年度部门决算公开报告\n一、部门职责 1\n二、机构设置 2\n"
            "三、收入支出决算总体情况说明 4\n四、收入决算情况说明 5\n五、支出决算情况说明 7\n"
            "第一部分 基本情况\n一、部门职责\n负责本镇经济社会发展。\n二、机构设置\n本镇内设机构6个。\n")
    doc = parse_text(text, "d.txt")
    toc = [b for p in doc.parts for b in p.blocks if isinstance(b, TocEntry)]
    assert [(t.line, t.title, t.page) for t in toc] == [
        (2, "部门职责", 1), (3, "机构设置", 2), (4, "收入支出决算总体情况说明", 4), (5, "收入决算情况说明", 5),
        (6, "支出决算情况说明", 7)]


def test_headings_ending_in_a_figure_that_never_come_back_stay_headings():
    text = ("示范镇人民政府2023年度部门决算公开报告\n一、部门职责 1\n二、机构设置 2\n三、人员情况 3\n"
            "本镇在职人员46人。\n")
    assert "TocEntry" not in {k for _l, k in kinds(text)}


# An excerpt cut inside its contents: no 目录 line, the first entries gone, page numbers typed
# after the titles, and the body starting at a part the contents listed above the cut.
PAGED_TOP = """示范县气象站2023年度部门决算公开报告
三、人员构成 2
一般公共预算财政拨款支出决算情况说明 6
政府采购支出情况说明 9
九、国有资产占用情况说明 12
第一部分 单位概况
一、主要职能
负责全县气象观测和预报服务。
二、机构设置
本站内设综合科和业务科。
"""


def test_paged_contents_at_the_top_whose_entries_never_come_back():
    """Three lines or more at the top, each with its page after a space and the pages never going
    down, then a heading with no page: contents, though no entry comes back below."""
    doc = parse_text(PAGED_TOP, "d.txt")
    toc = [b for p in doc.parts for b in p.blocks if isinstance(b, TocEntry)]
    assert [(t.line, t.title, t.page) for t in toc] == [
        (2, "人员构成", 2), (3, "一般公共预算财政拨款支出决算情况说明", 6), (4, "政府采购支出情况说明", 9),
        (5, "国有资产占用情况说明", 12)]
    assert ("Heading" in {k for line, k in kinds(PAGED_TOP) if line == 6})


def test_paged_lines_at_the_top_that_are_no_contents_stay_as_read():
    """Pages that go down, fewer than three lines, body text under the last line, or figures that
    number an annex or a table (``附件 1``, ``表 3``): headings or lines, as read."""
    went_down = PAGED_TOP.replace("政府采购支出情况说明 9", "政府采购支出情况说明 4")
    two = PAGED_TOP.replace("政府采购支出情况说明 9\n九、国有资产占用情况说明 12\n", "")
    text_under = PAGED_TOP.replace("九、国有资产占用情况说明 12\n", "九、国有资产占用情况说明 12\n本站资产总额 86.5 万元。\n")
    annexes = "示范县气象站2023年度部门决算公开报告\n附件 1\n附件 2\n表 3\n第一部分 单位概况\n一、主要职能\n负责气象观测。\n"
    for text in (went_down, two, text_under, annexes):
        assert "TocEntry" not in {k for _l, k in kinds(text)}, text


# A page that kept its 目录 line but only a few entries under it (the rest lost on the way to the
# web), each with its page after a space, and then the body at a part the contents did not list.
PAGED_UNDER_CONTENTS = """来源：示范县教育局
发布时间：2024-09-20 10:05
示范县第二幼儿园2023年度部门决算公开报告
目 录
七、政府性基金预算财政拨款支出决算情况说明 7
八、国有资本经营预算财政拨款支出决算情况说明 8
十一、其他重要事项情况说明 12
第一部分 基本情况
一、部门职责
为学龄前儿童提供保育和教育服务。
"""


def test_paged_contents_under_a_contents_line_whose_entries_never_come_back():
    """Under a ``目录`` line, three lines or more each with its page after a space, the pages
    never going down, then a heading with no page: contents, wherever the 目录 line stands."""
    doc = parse_text(PAGED_UNDER_CONTENTS, "d.txt")
    toc = [b for p in doc.parts for b in p.blocks if isinstance(b, TocEntry)]
    assert [(t.line, t.title, t.page) for t in toc] == [
        (5, "政府性基金预算财政拨款支出决算情况说明", 7), (6, "国有资本经营预算财政拨款支出决算情况说明", 8),
        (7, "其他重要事项情况说明", 12)]
    assert "Heading" in {k for line, k in kinds(PAGED_UNDER_CONTENTS) if line == 8}


def test_paged_lines_under_a_contents_line_that_are_no_contents_stay_as_read():
    """Pages that go down, or body text under the last line: headings, as read."""
    went_down = PAGED_UNDER_CONTENTS.replace("情况说明 8", "情况说明 3")
    text_under = PAGED_UNDER_CONTENTS.replace("其他重要事项情况说明 12\n", "其他重要事项情况说明 12\n本园无其他事项。\n")
    for text in (went_down, text_under):
        assert "TocEntry" not in {k for _l, k in kinds(text)}, text


def test_a_contents_title_ending_in_a_digit_keeps_it():
    text = ("示范乡2023年度部门决算\n目录\n第一部分 部门概况\n第二部分 部门决算情况说明\n第三部分 附件\n附件1\n附件2\n"
            "第一部分 部门概况\n本乡设 7 个岗位。\n第二部分 部门决算情况说明\n收入合计 10.00 万元。\n第三部分 附件\n附件1\n见后。\n")
    doc = parse_text(text, "d.txt")
    titles = [b.title for p in doc.parts for b in p.blocks if isinstance(b, TocEntry)]
    assert "附件1" in titles and "附件2" in titles


# An excerpt that opens inside a table of contents (the ``目录`` line and the first entries cut
# away above it), as reviewers' extracts and pasted pages often do.
CUT_CONTENTS = """三、支出决算情况说明
四、财政拨款收入支出决算总体情况说明
五、一般公共预算财政拨款支出决算情况说明
六、其他重要事项的情况说明
第三部分 名词解释
第四部分 附表
一、收入支出决算总表
二、收入决算表
三、支出决算表
"""


def test_an_excerpt_that_opens_inside_the_contents_and_ends_there_is_contents():
    assert [k for _l, k in kinds(CUT_CONTENTS)] == ["TocEntry"] * 9


def test_an_excerpt_that_opens_inside_the_contents_ends_it_where_the_first_part_begins():
    text = CUT_CONTENTS + "第一部分 示范县林业站概况\n一、主要职责\n负责全县林木种苗管理。\n"
    found = kinds(text)
    assert [k for _l, k in found[:9]] == ["TocEntry"] * 9
    assert "TocEntry" not in {k for _l, k in found[9:]}


def test_empty_headings_at_the_top_without_a_part_boundary_stay_headings():
    # no part line, no numbering that starts again: an unfilled section list, not contents
    text = "一、主要职责\n二、机构设置\n三、人员情况\n四、资产情况\n五、其他情况\n"
    assert "TocEntry" not in {k for _l, k in kinds(text)}


def test_empty_headings_inside_a_body_stay_headings():
    # the same run after body text: not at the excerpt's top edge
    text = "本站共有职工12人。\n" + CUT_CONTENTS
    assert "TocEntry" not in {k for _l, k in kinds(text)}


def test_contents_cut_mid_line_at_the_top_start_at_the_first_numbered_line():
    found = kinds("单位决算表\n" + CUT_CONTENTS)
    assert found[0] == (1, "Paragraph") and [k for _l, k in found[1:]] == ["TocEntry"] * 9


def test_two_ellipses_before_a_page_number_are_a_contents_leader():
    text = "目录\n一、部门职责……2\n二、机构设置……3\n三、决算情况说明……5\n"
    assert [k for _l, k in kinds(text)][1:] == ["TocEntry"] * 3
    # an ellipsis in prose, or one not followed by a page number, is not a leader
    prose = "主要用于办公设备购置、维修……\n全年完成检查……3次。\n"
    assert "TocEntry" not in {k for _l, k in kinds(prose)}


def test_cut_contents_whose_parts_go_back_where_the_body_begins():
    # no numbering starts again inside the run, but 第一部分 after 第五部分 is the body's start
    text = ("八、政府性基金预算财政拨款收入支出决算情况说明\n九、其他重要事项情况说明\n第四部分 名词解释\n"
            "第五部分 附件\n第一部分 示范县林业站概况\n一、主要职责\n负责全县林木种苗管理。\n")
    assert [k for _l, k in kinds(text)][:4] == ["TocEntry"] * 4
    assert "TocEntry" not in {k for _l, k in kinds(text)[4:]}


def test_cut_contents_that_run_to_the_end_of_the_text():
    text = ("第三部分 2023年度单位决算情况说明\n一、收入支出决算总体情况说明\n二、收入决算情况说明\n"
            "三、支出决算情况说明\n四、财政拨款收入支出决算总体情况说明\n五、其他重要事项情况说明\n")
    assert [k for _l, k in kinds(text)] == ["TocEntry"] * 6
    assert "TocEntry" not in {k for _l, k in kinds(text.split("五、")[0])}  # five lines: too few to tell


# Contents of final accounts as city and county units publish them (drafts written for these tests).
LISTED_TABLES = """示范市路灯管理所2023年度单位决算
目 录
第一部分:示范市路灯管理所概况
一、单位主要职能
二、决算单位构成
第二部分:示范市路灯管理所2023年度单位决算报表
表一:收入支出决算总表
表二:收入决算表
表三:支出决算表
表四:财政拨款收入支出决算总表
表五:一般公共预算财政拨款支出决算表
第三部分:示范市路灯管理所2023年度单位决算情况说明
一、2023年度收入支出决算总体情况。
二、2023年度一般公共预算财政拨款支出决算情况。
第一部分:示范市路灯管理所概况
一、主要职能
负责市区路灯设施的维护管理。
二、决算单位构成
本单位无下属单位。
"""


def test_contents_listing_public_tables_and_titles_closed_by_a_full_stop():
    """``表一：…`` entries count as numbered ones and ``一、…情况。`` stays an entry: the run is contents."""
    doc = parse_text(LISTED_TABLES, "d.txt")
    blocks = [b for p in doc.parts for b in p.blocks]
    assert [b.line for b in blocks if isinstance(b, TocEntry)] == list(range(3, 15))
    heading = next(b for b in blocks if isinstance(b, Heading) and b.line == 15)
    assert heading.title == "示范市路灯管理所概况"  # the colon after 第一部分 is no part of the title
    # headings with nothing under them in a body stay headings
    assert (16, "Heading") in kinds(LISTED_TABLES.replace("一、主要职能\n", "一、主要职能\n二、空\n"))


def test_page_numbers_in_brackets_and_a_cut_last_entry_are_contents():
    text = ("示范县公安局2022年度部门决算\n目 录\n"
            "一、概况..............................(1)\n"
            "(一)部门职责..........................(1)\n"
            "(二)机构设置..........................(1)\n"
            "二、2022年度部门决算情况说明..(2)\n"
            "三、名词解释..........................(9)\n"
            "四、附件……………………\n")
    assert [k for _l, k in kinds(text)][2:] == ["TocEntry"] * 6
    # two ellipses close a sentence: not a contents line
    assert "TocEntry" not in [k for _l, k in kinds("示范县2022年度决算\n收入增加主要用于设备购置……\n")]


SCHOOL = """示范学校2021年度部门决算
2021年部门决算公开目录
第一部分 示范学校2021年部门决算情况说明
一、部门职责
二、机构设置
三、示范学校2021年度部门决算说明
(一)收入支出决算总体情况说明
(二)收入决算情况说明
四、名词解释
第二部分 示范学校2021年部门决算公开报表
一、收入支出决算总表
二、收入决算表
示范学校2021年度部门决算情况
一、部门职责
负责全校教育教学工作。
二、机构设置
下设办公室、教务处。
"""


def test_an_entry_whose_title_reads_like_a_report_and_a_body_opening_on_its_title():
    """``三、示范学校2021年度部门决算说明`` continues 一、 二、: an entry, not a second report; the
    body opens on its own unnumbered title before the 一、 it repeats."""
    found = kinds(SCHOOL)
    assert [line for line, kind in found if kind == "TocEntry"] == list(range(3, 13))
    assert (13, "Paragraph") in found and (14, "Heading") in found
    assert len(parse_text(SCHOOL, "d.txt").parts) == 1


# A contents whose leaders came out for most lines but not all: a few keep only spaces or one dot
# before their page number (a school's final accounts as published). Between two contents lines
# they are contents lines too, not headings with nothing under them.
LOST_LEADERS = """示范中学2022年度单位决算公开报告

第一部分 基本情况.................... 3
一、收入支出总体情况说明.............. 4
二、一般公共预算财政拨款基本支出决算情况说明      7
三、政府性基金预算财政拨款收入支出决算情况说明   8
四、国有资本经营预算财政拨款收入支出决算情况说明. 8
五、财政拨款“三公”经费支出决算情况说明........ 8
第二部分 名词解释.................... 13

第一部分 基本情况
一、收入支出总体情况说明
收入、支出总计均为100.00万元。
"""


def test_contents_lines_whose_leaders_were_lost_between_contents_lines_are_contents():
    assert kinds(LOST_LEADERS)[1:8] == [(n, "TocEntry") for n in range(3, 10)]
    doc = parse_text(LOST_LEADERS, "d.txt")
    entry = next(b for p in doc.parts for b in p.blocks if b.line == 5)
    assert entry.page == 7 and entry.title == "一般公共预算财政拨款基本支出决算情况说明"


def test_a_heading_ending_in_a_figure_outside_contents_stays_a_heading():
    text = "示范中学2022年度单位决算公开报告\n\n一、在校学生      1015\n\n二、教职工人数   54\n\n在编54人。\n"
    assert [k for _, k in kinds(text)].count("TocEntry") == 0


# A self-evaluation whose contents number a 摘要 that the body leaves unnumbered, so every body
# section comes back one number lower (``二、部门概况`` / ``一、部门概况``), and whose annex lines
# run long (a unit's self-evaluation as published).
RENUMBERED = """示范县委办公室2023年部门整体支出绩效自评报告
目录
一、摘要
二、部门概况
（一）部门机构设置、编制
（二）部门职能
三、绩效目标
四、存在的问题
附件1成本费用分析报告
附件2示范县委办公室2023年收入支出决算表(单位:元)示范县委办公室
2023年度部门整体支出绩效自评报告
摘要(2000字以内)
一、部门概况
截至2023年12月31日，机关行政编制39名，在职实有32人。
"""


def test_contents_whose_body_renumbers_its_sections_are_contents():
    found = kinds(RENUMBERED)
    assert [k for n, k in found if 3 <= n <= 10] == ["TocEntry"] * 8
    assert (13, "Heading") in found  # the body's 一、部门概况


def test_contents_end_at_the_body_title_whose_year_is_mistyped():
    """The body's own title ends the contents with its year mistyped too (``20233年度…``): still
    a title, so the contents above it stay contents, not eight empty sections."""
    for wrong in ("20233", "202"):
        found = kinds(RENUMBERED.replace("\n2023年度部门整体", f"\n{wrong}年度部门整体"))
        assert [k for n, k in found if 3 <= n <= 10] == ["TocEntry"] * 8
        assert (13, "Heading") in found


def test_a_renumbered_lead_without_a_contents_line_is_no_contents():
    # the same run with no 目录 line above it and no title after it stays headings
    text = RENUMBERED.replace("目录\n", "").replace("2023年度部门整体支出绩效自评报告\n", "")
    assert "TocEntry" not in [k for _, k in kinds(text)]


# A published contents page whose excerpt stops right after the body's first heading.
CUT_AFTER_FIRST = """示范区政府2023年政府决算公开
目   录
一、政府决算报告
二、公开表格
1.一般公共预算收入决算表
2.一般公共预算支出决算表
三、情况说明
1.转移支付执行情况说明
2.举借政府债务情况说明
一、政府决算报告
关
"""


def test_contents_whose_body_is_cut_after_its_first_line_are_contents():
    found = kinds(CUT_AFTER_FIRST)
    assert [k for n, k in found if 3 <= n <= 9] == ["TocEntry"] * 7
    assert (10, "Heading") in found


def test_a_repeated_first_heading_without_a_contents_line_is_no_contents():
    text = CUT_AFTER_FIRST.replace("目   录\n", "")
    assert "TocEntry" not in [k for _, k in kinds(text)]


# Contents with no 目录 line whose last entry names an annex report (a district bureau's accounts).
ANNEX_LAST = """示范区民政局2022年度部门决算
第一部分 示范区民政局概况
一、部门职责
二、机构设置
第二部分 示范区民政局2022年度部门决算情况说明
一、收入决算情况说明
二、支出决算情况说明
附件：2022年度项目支出绩效自评表及项目绩效评价报告
第一部分 示范区民政局概况
一、部门职责
负责全区社会救助工作。
"""


def test_an_annex_entry_naming_a_report_does_not_end_the_contents():
    found = kinds(ANNEX_LAST)
    assert [k for n, k in found if 2 <= n <= 8] == ["TocEntry"] * 7
    assert (9, "Heading") in found


# Contents whose entries under a part are year titles without markers, one a line with blank
# lines between (a district bureau's accounts as published): each line is an entry of its own.
YEAR_TITLES = """示范区民政局2023年度部门决算

第一部分:部门概况

一、主要职能及机构设置情况

第二部分:2023年度部门决算情况说明

一、2023年度收入支出决算总体情况

2023年度一般公共预算财政拨款支出决算情况

2023年度一般公共预算财政拨款基本支出决算情况

第三部分:名词解释

第一部分:部门概况

一、主要职能及机构设置情况

负责全区社会救助工作。
"""


def test_unnumbered_year_titles_are_lines_of_their_own():
    found = kinds(YEAR_TITLES)
    assert [n for n, _ in found][:8] == [1, 3, 5, 7, 9, 11, 13, 15]
    assert [k for n, k in found if 3 <= n <= 15] == ["TocEntry"] * 7


def test_a_wrapped_sentence_that_starts_with_a_year_still_joins():
    text = ("示范区民政局2023年度部门决算\n\n2023年度本单位收入合计100.00万元，主要用于保障基本运转和\n"
            "开展社会救助工作，比上年增长5%。\n")
    assert [n for n, _ in kinds(text)] == [1, 3]


# A published budget page whose excerpt ends inside its contents: no body line comes after.
CUT_INSIDE = """示范区疾病预防控制中心2022年预算
目  录
一、部门(单位)概况
(一)主要职能
(二)机构设置情况
二、2022年预算安排情况说明
(一)关于2022年收支预算情况的总体说明
(二)关于2022年收入预算情况说明
三、名词解释
"""


def test_contents_under_a_contents_line_that_run_to_the_end_are_contents():
    assert [k for n, k in kinds(CUT_INSIDE) if n >= 3] == ["TocEntry"] * 7
    # without its 目录 line, or shorter than six lines, such a run stays headings
    assert "TocEntry" not in [k for _, k in kinds(CUT_INSIDE.replace("目  录\n", ""))]
    short = "\n".join(CUT_INSIDE.splitlines()[:6]) + "\n"
    assert "TocEntry" not in [k for _, k in kinds(short)]


def test_two_entries_pasted_onto_one_contents_line_are_one_entry_like_line():
    # a budget page put two entries on one line; its excerpt ends inside the contents
    text = CUT_INSIDE.replace("(一)关于2022年收支预算情况的总体说明\n(二)关于2022年收入预算情况说明",
                              "(一)关于2022年示范区疾病预防控制中心收支预算情况的总体说明 "
                              "(二)关于2022年示范区疾病预防控制中心收入预算情况说明")
    assert "Heading" not in [k for n, k in kinds(text) if n >= 3]
    # a numbered sentence that runs long is no such line
    long = CUT_INSIDE.replace("三、名词解释", "三、本中心2022年度收入预算合计1200万元，比上年增加100万元，主要是人员经费增加 四、其他")
    assert "TocEntry" not in [k for _, k in kinds(long)]


def test_a_contents_heading_is_never_the_tail_of_a_title_with_a_mistyped_year():
    """``20233年度…`` no longer reads as a title, so it is read as a line a page wrapped; the
    ``目录`` under it is still the heading of the contents, not the end of that line, and the
    contents stay contents (read as headings, they were a run of empty sections)."""
    for heading in ("目录", "目 录"):
        text = CONTENTS.replace("示范县林业站2023年度单位决算\n\n目录",
                                "示范县林业和草原局林木种苗管理站20233年度单位决算公开\n" + heading, 1)
        found = kinds(text)
        assert found[:2] == [(1, "Paragraph"), (2, "Paragraph")]  # ``目录`` is a line of its own
        assert sum(k == "TocEntry" for _l, k in found) == 6


# The contents' 附件 part names the attached reports in a numbered list, the first one with its
# fund's year (a town's accounts as published): the list is part of the contents, and the body
# opens after it.
ANNEX_LIST = """示范县青石镇人民政府2024年度部门决算
目录
第一部分 部门概况
一、部门职责
二、机构设置
第二部分 2024年度部门决算情况说明
一、收入支出决算总体情况说明
二、收入决算情况说明
第三部分 附件
附件1 部门预算绩效评价报告
附件2 专项预算绩效自评报告
1.2023年下半年耕地恢复补充资金专项预算绩效自评报告
2.防汛抢险应急项目专项预算绩效自评报告
3.集镇环境整治资金专项预算绩效自评报告
第四部分 附表
一、收入支出决算总表
二、收入决算表
第一部分 部门概况
一、部门职责
负责本镇经济社会发展。
二、机构设置
内设五个办公室。
"""


def test_a_numbered_list_of_attached_reports_stays_in_the_contents():
    found = dict(kinds(ANNEX_LIST))
    assert all(found[n] == "TocEntry" for n in range(3, 18))
    assert found[18] == "Heading" and found[19] == "Heading" and found[20] == "Paragraph"
    # one report title standing alone after the contents' lines is the next report, not an entry
    alone = ANNEX_LIST.replace("2.防汛抢险应急项目专项预算绩效自评报告\n3.集镇环境整治资金专项预算绩效自评报告\n", "")
    found = dict(kinds(alone))
    assert found[12] != "TocEntry"


BUDGET_CONTENTS = """示范县司法局2025年部门预算

{heading}
一、基本职能及主要工作
二、部门预算单位构成
三、收支预算情况说明
四、名词解释
五、附件：2025年部门预算公开报表
1.部门收支总表
2.部门收入总表
3.部门支出总表
按照预算管理有关规定，部门预算实行综合预算制度，全部收入和支出都反映在预算中。
一、基本职能及主要工作
1、主要职能：负责全县普法宣传和人民调解。
二、部门预算单位构成
本部门预算仅含本级。
三、收支预算情况说明
2025年收入预算 820.00 万元。
"""


def test_a_paragraph_that_opens_the_body_before_its_first_heading_ends_the_contents():
    # the contents list the public tables (1. 2. 3.) under their 附件 line, and the body opens
    # with a sentence of its own before 一、 comes back
    for heading in ("目录", "目錄"):
        doc = parse_text(BUDGET_CONTENTS.format(heading=heading), "d.txt")
        blocks = [b for p in doc.parts for b in p.blocks]
        assert [b.line for b in blocks if isinstance(b, TocEntry)] == list(range(4, 12)), heading
        assert [b.line for b in blocks if isinstance(b, Heading)][:1] == [13], heading


# A contents whose longest entry a PDF page's width carried onto a line of its own (``说明。``).
_WRAPPED = (Path(__file__).parents[1] / "fixtures" / "structure" / "wrapped_contents.txt").read_text(encoding="utf-8")
WRAPPED_ENTRY = _WRAPPED.replace("\n", "\n\n", 1)  # a blank line under the title


def test_a_contents_entry_wrapped_by_the_page_is_one_entry():
    unwrapped = WRAPPED_ENTRY.replace("情况\n说明。", "情况说明。")
    assert [k for n, k in kinds(unwrapped) if n >= 4] == ["TocEntry"] * 11
    # wrapped, the tail was a line with a full stop that broke the run: every line a heading
    found = kinds(WRAPPED_ENTRY)
    assert [k for n, k in found if n >= 4] == ["TocEntry"] * 11
    doc = parse_text(WRAPPED_ENTRY, "d.txt")
    entry = next(b for p in doc.parts for b in p.blocks if isinstance(b, TocEntry) and b.line == 9)
    assert entry.title.endswith("变动情况说明。")


def test_a_short_line_under_a_long_heading_stays_a_line_of_its_own():
    # outside contents (the same lines with their text under them), the tail is left as read
    body = WRAPPED_ENTRY.replace("一、部门主要职能\n", "一、部门主要职能\n负责全县档案的收集和保管。\n")
    assert "TocEntry" not in {k for _, k in kinds(body)}
    assert (11, "Paragraph") in kinds(body)
    # after a blank line, or under a line that ends in a mark, it is a line of its own too
    for text in (WRAPPED_ENTRY.replace("情况\n说明。", "情况\n\n说明。"),
                 WRAPPED_ENTRY.replace("情况\n说明。", "情况：\n说明。")):
        assert [k for n, k in kinds(text) if n >= 4].count("TocEntry") < 11
    # a page number under a long entry holds no title's words: no tail of it
    doc = parse_text(WRAPPED_ENTRY.replace("情况\n说明。", "情况\n2"), "d.txt")
    entry = next(b for p in doc.parts for b in p.blocks if b.line == 9)
    assert entry.text.value.endswith("变动情况")


# A school's 决算 contents under 目录 (modelled on a county school's page): the sections of the
# first part and the public tables are listed without numbers, and the page's width ran the last
# table names together on one line.
UNNUMBERED_TABLES = """示范小学2023年度部门决算公开
目 录
第一部分 部门概况
主要职能
部门机构设置及决算单位构成情况
第二部分 2023年度部门决算表
收入支出决算总表
收入决算表
支出决算表
财政拨款支出决算表(功能科目)
一般公共预算财政拨款基本支出决算表(经济科目)政府性基金预算财政拨款收入支出决算表政府采购支出表
第三部分 2023年度部门决算情况说明
第四部分 名词解释
第一部分 部门概况
一、部门主要职能
贯彻执行党的教育方针，为国家培养合格的小学毕业生。
二、部门机构设置及决算单位构成情况
本单位无下属单位。
"""


def test_contents_listing_unnumbered_public_tables_under_a_contents_line():
    doc = parse_text(UNNUMBERED_TABLES, "d.txt")
    blocks = [b for p in doc.parts for b in p.blocks]
    assert [b.line for b in blocks if isinstance(b, TocEntry)] == list(range(3, 14))
    assert [b.line for b in blocks if isinstance(b, Heading)] == [14, 15, 17]


def test_unnumbered_table_names_without_a_contents_line_stay_as_they_were():
    text = UNNUMBERED_TABLES.replace("目 录\n", "")
    assert not any(k == "TocEntry" for _l, k in kinds(text))


def test_contents_entries_closed_with_semicolons():
    """A contents typed as a list may close each entry with a semicolon
    (``一、《收入支出决算总表》；``), with no 目录 line above it: still entries, not empty
    sections, once the body repeats its lines."""
    text = ("2023年度示范县水务站部门决算\n"
            "第一部分 示范县水务站概况\n一、主要职能\n二、部门决算单位构成\n"
            "第二部分 示范县水务站2023年度部门决算表\n"
            "一、《收入支出决算总表》；\n二、《收入决算表》；\n三、《支出决算表》；\n"
            "第三部分 2023年度部门决算情况说明\n第四部分 名词解释\n"
            "第一部分 水务站概况\n一、主要职能：\n1、负责全县小型水利工程的管理；\n2、指导农村供水工程运行。\n"
            "二、部门决算单位构成\n本部门决算编制范围包括预算单位1个。\n")
    toc = [line for line, kind in kinds(text) if kind == "TocEntry"]
    assert toc == list(range(2, 11))  # the body opens at line 11, 第一部分 again
    # a duties list closed with semicolons under its heading stays the body's
    assert dict(kinds(text))[13] == "Paragraph"


DECIMAL_CONTENTS = """示范街道办事处部门整体支出绩效评价报告
目录
1.概述
1.1部门职责
1.2部门支出
2.评价过程
2.1评价目的
2.2评价方法
3.评价结论
3.1评价得分
3.2存在问题
1.概述
1.1部门职责
负责辖区社会管理。
1.2部门支出
全年支出860.00万元。
2.评价过程
2.1评价目的
了解资金使用效益。
2.2评价方法
查阅资料、实地察看。
3.评价结论
3.1评价得分
自评得分91分，等级为优。
3.2存在问题
预算编制不够细化。
"""


def test_contents_whose_sub_entries_number_in_decimals_are_contents():
    """``1.1部门职责`` under ``1.概述``: a sub-entry numbered in decimals (no marker style of
    its own) counts as a numbered line of the run, so the run is a table of contents."""
    doc = parse_text(DECIMAL_CONTENTS, "d.txt")
    toc = [b.line for p in doc.parts for b in p.blocks if isinstance(b, TocEntry)]
    assert toc == list(range(3, 12))


def test_figures_with_decimals_are_no_sub_entries():
    """A run of short lines opening on a decimal figure (``1.5万元``) is no contents."""
    text = DECIMAL_CONTENTS.replace("1.1部门职责\n1.2部门支出\n2.评价过程\n2.1评价目的\n2.2评价方法",
                                    "1.1万元\n1.2万元\n2.评价过程\n2.1万元\n2.2万元", 1)
    doc = parse_text(text, "d.txt")
    assert not any(isinstance(b, TocEntry) for p in doc.parts for b in p.blocks)


GLUED_HEADING = """示范县水利局2023年度部门整体支出绩效自评报告
{heading}一、部门基本情况
（一）部门职责
（二）机构设置
二、部门整体支出绩效实现情况
三、存在的问题及原因分析
四、下一步改进措施
五、其他需要说明的情况
"""


def test_contents_whose_heading_holds_the_first_entry():
    """``目录一、部门基本情况`` (modelled on an excerpt cut before its body, the contents' heading and
    first entry on one line of a PDF's text): read as the 目录 line and its first entry, so the
    contents are contents and no heading run starting at 二、 is reported."""
    from perflint.checks.structure import NumberingGap

    from tests.checks._harness import run

    doc = parse_text(GLUED_HEADING.format(heading="目录"))
    blocks = doc.parts[0].blocks
    entry = next(b for b in blocks if isinstance(b, TocEntry))
    assert (entry.line, entry.location.column, entry.text.value) == (2, 3, "一、部门基本情况")
    assert all(isinstance(b, TocEntry) for b in blocks[2:])
    assert run(NumberingGap, GLUED_HEADING.format(heading="目录")) == []
    # the same contents under a 目录 line of its own read the same
    whole = parse_text(GLUED_HEADING.format(heading="目录\n"))
    assert [b.text.value for b in whole.parts[0].blocks if isinstance(b, TocEntry)] == [
        b.text.value for b in blocks if isinstance(b, TocEntry)]


def test_glued_page_numbers_after_titles_closed_with_a_full_stop_are_pages():
    """Contents without a 目录 line whose page numbers are glued to the titles, some titles
    closed with a full stop before the page (``(一)预算编制情况。15``): still contents, so the
    headings the body repeats are not read as empty sections."""
    text = ("示范县档案局2022年度部门决算\n公开时间:2022年9月1日\n第一部分部门概况3\n"
            "(一)基本职能及主要工作3\n第二部分2022年度部门决算情况说明5\n一、收入支出决算情况6\n"
            "(一)预算编制情况。7\n(二)执行管理情况。8\n二、评价结论9\n"
            "第一部分 部门概况\n(一)基本职能及主要工作\n本局负责全县档案管理。\n"
            "第二部分 2022年度部门决算情况说明\n一、收入支出决算情况\n(一)预算编制情况。\n"
            "按规定编制预算。\n(二)执行管理情况。\n执行进度正常。\n二、评价结论\n总体良好。\n")
    doc = parse_text(text, "d.txt")
    toc = [b for p in doc.parts for b in p.blocks if isinstance(b, TocEntry)]
    assert [(t.line, t.page) for t in toc] == [(3, 3), (4, 3), (5, 5), (6, 6), (7, 7), (8, 8), (9, 9)]
    assert toc[4].title.rstrip("。") == "预算编制情况"


def test_a_body_line_ending_in_a_full_stop_and_a_figure_is_no_contents_entry():
    """A numbered body line with a figure after its full stop stays what it is when nothing of it
    comes back as a body (no run of contents)."""
    text = ("示范县档案局2022年度部门决算\n(一)预算编制情况。7\n按规定编制预算。\n(二)执行管理情况。8\n"
            "执行进度正常。\n")
    assert "TocEntry" not in {k for _l, k in kinds(text)}


# Contents listing the sections one level lower than the body numbers them: the contents'
# ``(一)主要职责`` under ``一、单位概况`` is the body's ``一、主要职责`` under ``第一部分``.
RELEVELLED = """示范县农机站2022年度单位决算

目 录
一、单位概况
(一)主要职责
(二)决算单位构成
二、2022年度单位决算表
三、2022年度单位决算情况说明
(一)收入支出决算总体情况说明
(二)收入决算情况说明
(三)支出决算情况说明
四、名词解释
第一部分 示范县农机站概况
一、主要职责
负责全县农业机械推广。
二、决算单位构成
本单位为一级预算单位。
第二部分 示范县农机站2022年度单位决算表
第三部分 示范县农机站2022年度单位决算情况说明
一、收入支出决算总体情况说明
收入、支出总计均为80.00万元。
二、收入决算情况说明
本年收入合计80.00万元。
三、支出决算情况说明
本年支出合计80.00万元。
"""


def test_contents_whose_body_numbers_its_sections_a_level_up_are_contents():
    found = kinds(RELEVELLED)
    assert [k for n, k in found if 4 <= n <= 12] == ["TocEntry"] * 9
    assert (13, "Heading") in found and (14, "Heading") in found  # the body's 第一部分, 一、


def test_a_relevelled_lead_without_a_contents_line_stays_headings():
    text = RELEVELLED.replace("目 录\n", "")
    assert "TocEntry" not in [k for _, k in kinds(text)]
