"""The outline walker on small drafts we write: which items are siblings, what is a finding."""

from __future__ import annotations

from perflint.extract.contents import differing_clauses, normalise_title, toc_matches
from perflint.extract.outline import outline
from perflint.extract.outline_items import inline_items, is_stray_marker
from perflint.model import Paragraph, SourceText
from perflint.read.text import parse_text
from perflint.text.numbering import int_to_chinese, marker_like, parse_marker


def findings(text: str) -> list[tuple[str, int]]:
    doc = parse_text(text, "d.txt")
    return [(f.kind, f.item.line) for po in outline(doc) for f in po.findings]


HEAD = "示范县林业站造林补助经费\n2023 年度绩效自评报告\n\n"


def test_lists_restart_under_each_heading_and_after_labels():
    text = HEAD + """一、自评结论

（一）绩效目标完成情况

1、执行率情况

执行率 98%。

2、完成的绩效目标

主要产出：

1、完成造林 1200 亩。

2、完成抚育 800 亩。

存在的问题：1、苗木成活率偏低。

2、管护人员不足。

（二）下一步改进措施

1、加强苗木管护。

2、充实管护队伍。

二、佐证材料

（一）基本情况

全年造林 1200 亩。
"""
    assert findings(text) == []


def test_gap_start_repeat_and_restart_are_found():
    text = HEAD + """二、自评结论

（一）自评得分

自评 90 分。

（二）绩效目标完成情况

1、执行率情况

执行率 98%。

3、完成的绩效目标

完成造林 1200 亩。

（四）存在的问题

苗木成活率偏低。

（四）下一步改进措施

（一）加强苗木管护。

（二）充实管护队伍。
"""
    assert findings(text) == [
        ("start", 4), ("gap", 16), ("gap", 20), ("repeat", 24), ("restart", 26),
    ]


def test_inverted_restart_under_a_deeper_heading():
    text = HEAD + """一、基本情况

全年完成造林任务。

二、项目绩效情况

（一）管理情况

管理规范。

（二）各项目自评结果

一、造林补助项目综述：

项目预算 40 万元，执行 40 万元。

二、森林防火项目综述：

项目预算 20 万元，执行 20 万元。

（三）结果应用情况

已按要求公开。

三、其他事项

无。
"""
    result = [(f.kind, f.item.line, f.inverted, f.previous.line, f.parent.line)
              for po in outline(parse_text(text, "d.txt")) for f in po.findings]
    assert result == [("restart", 16, True, 8, 14)]


def test_consistent_inverted_hierarchy_is_not_a_finding():
    """Some units put 1、 above （一）: consistent use is a house style, not a defect."""
    text = HEAD + """一、项目基本情况

1、项目概况

（一）立项依据

依据县政府安排设立。

（二）资金安排

年初安排 12 万元。

2、项目绩效目标

（一）总体目标

完成年度任务。

二、评价结论

自评 92 分。
"""
    assert findings(text) == []


def test_nested_report_restarting_top_level_is_quiet_but_its_gaps_count():
    text = HEAD + """一、基本概况

单位基本信息。

二、评价报告综述（文字部分）

一、部门概况

单位概况。

二、主要工作

全年工作。

五、改进措施

继续加强。
"""
    assert findings(text) == [("gap", 18)]


def test_tables_hide_items_so_neighbours_are_not_judged():
    text = HEAD + """一、自评结论

（一）绩效目标完成情况

1、完成造林 1200 亩。

指标\t目标值\t完成值
造林面积\t1000亩\t1200亩

3、完成抚育 800 亩。

4、基于经济性考虑，满意度指标可不作为必评指标。

指标\t目标值\t完成值
抚育面积\t800亩\t800亩

2、定量指标完成数汇总原则。
"""
    assert findings(text) == []


def test_each_report_of_a_bundle_numbers_on_its_own():
    one = "示范县林业站造林补助经费2023年度绩效自评报告\n\n一、自评结论\n\n自评 90 分。\n\n二、佐证材料\n\n见附件。\n\n"
    two = "示范县林业站森林防火经费2023年度绩效自评报告\n\n一、自评结论\n\n自评 95 分。\n\n二、佐证材料\n\n见附件。\n"
    assert findings(one + two) == []


def test_a_numbered_part_title_is_not_the_first_item():
    text = "二、示范县林业站2023年度项目绩效评价报告\n\n一、造林补助项目\n\n预算 40 万元。\n\n二、森林防火项目\n\n预算 20 万元。\n"
    assert findings(text) == []


def test_stray_numeral_runs_are_not_markers():
    for text in ("1、2、3月份完成", "一、二级指标", "（一）二、三类"):
        numbering, end = parse_marker(text)
        assert is_stray_marker(numbering, text[end:])
    for text in ("1、2023 年 3 月起开展宣传", "2、5 月 18 日举办咨询会", "一、一般公共预算"):
        numbering, end = parse_marker(text)
        assert not is_stray_marker(numbering, text[end:])


def test_inline_items_follow_a_colon():
    para = Paragraph(text=SourceText.at("发现的问题：1、资金拨付慢；2、人员不足。", "d.txt", 7))
    items = inline_items(para, 0, None)
    assert [(i.value, i.marker, i.line) for i in items] == [(1, "1、", 7), (2, "2、", 7)]
    assert items[0].location.column == 7
    assert inline_items(Paragraph(text=SourceText.at("完成 1、2 号库建设。", "d.txt", 1)), 0, None) == []


def test_markers_are_rendered_in_the_items_shape():
    assert marker_like("（三）", "paren_cn", 2) == "（二）"
    assert marker_like("六、", "cn", 14) == "十四、"
    assert marker_like("８.", "arabic", 10) == "１０."  # in the draft's own digits
    assert marker_like("(3)", "paren_arabic", 4) == "(4)"
    assert marker_like("3、", "arabic", 2) == "2、"
    assert marker_like("(4)", "paren_arabic", 3) == "(3)"
    assert marker_like("③", "circled", 1) == "①"
    assert [int_to_chinese(n) for n in (1, 10, 13, 20, 21, 105)] == ["一", "十", "十三", "二十", "二十一", "一百零五"]


def test_titles_normalise_spacing_and_punctuation():
    assert normalise_title("（一） 预算执行 情况。") == normalise_title("(一)预算执行情况")
    assert normalise_title("图 1: 收入结构") == normalise_title("图1：收入结构")
    assert differing_clauses("严格资金管理，规范支出程序", "严格资金管理，规范支付程序") == ("规范支出程序", "规范支付程序")


def test_toc_entries_match_headings_exactly_or_nearly():
    text = """示范县水利站2023年度部门决算

目录

一、部门主要职责.....2
二、机构设置的情况.....3
图 1：收入结构.....4

一、部门主要职责

负责水利工程管理。

二、机构设置情况

内设 3 个股室。

图1：收入结构
"""
    doc = parse_text(text, "d.txt")
    matches = {m.entry.line: m for m in toc_matches(doc)}
    assert matches[5].exact and matches[7].exact
    near = matches[6]
    assert not near.exact and near.target.line == 13 and near.target_title == "机构设置情况"


def test_a_heading_wrapped_over_two_lines_still_matches_its_toc_entry():
    text = """示范县水利站2023年度部门决算

目录

六、一般公共预算财政拨款基本支出决算情况说明.....8

六、一般公共预算财政拨款基本支出决算情况

说明

2023 年度基本支出 300 万元。
"""
    [m] = toc_matches(parse_text(text, "d.txt"))
    assert m.exact


def test_a_table_of_contents_without_dot_leaders_is_not_numbering():
    text = HEAD + """目录
一、部门概况 2
（一）部门职能 2
二、绩效情况 3

一、部门概况

（一）部门职能

负责造林管理。

二、绩效情况

完成造林任务。
"""
    assert findings(text) == []
