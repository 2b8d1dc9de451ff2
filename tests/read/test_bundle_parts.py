"""A bundle's second report titled without its year is a report of its own, of the same year."""

from __future__ import annotations

from perflint.read.text import parse_text

BUNDLE = """青禾县民政局2023年度临时救助项目绩效自评报告
一、项目基本情况
2023年临时救助项目预算50万元，执行50万元，执行率100%。
二、绩效目标完成情况
全年救助困难群众320人次。
{title}
一、项目基本情况
养老服务补贴项目预算80万元，执行72万元，执行率90%。
二、绩效目标完成情况
全年发放补贴1200人次。
"""


def test_a_yearless_title_above_a_new_outline_starts_a_report() -> None:
    parts = parse_text(BUNDLE.format(title="青禾县民政局养老服务补贴项目绩效自评报告"), "b.txt").parts
    assert [p.title for p in parts] == ["青禾县民政局2023年度临时救助项目绩效自评报告", "青禾县民政局养老服务补贴项目绩效自评报告"]
    assert [p.line for p in parts] == [1, 6]
    assert [p.fiscal_year for p in parts] == [2023, 2023]


def test_a_yearless_title_without_a_new_outline_stays_in_its_report() -> None:
    # a line naming a report inside a section (no 一、 after it) is text of the report above
    text = BUNDLE.format(title="青禾县民政局养老服务补贴项目绩效自评报告").replace("一、项目基本情况\n养老", "养老")
    assert len(parse_text(text, "b.txt").parts) == 1


def test_a_section_heading_is_no_yearless_title() -> None:
    # a marker of its own (三、…), or a sentence, names no report
    for title in ("三、养老服务补贴项目绩效自评报告", "经研究，形成本绩效自评报告"):
        assert len(parse_text(BUNDLE.format(title=title), "b.txt").parts) == 1


def test_an_annex_title_and_a_school_name_the_parts_unit():
    from perflint.read.text import parse_text

    doc = parse_text("江北市第三中学2023年度部门决算\n一、单位概况\n本校实施普通高中学历教育。\n"
                     "附件1：江北市第三中学2023年度部门整体支出绩效自评报告\n一、部门基本情况\n本校设教学班48个。\n")
    assert [p.organisation for p in doc.parts] == ["江北市第三中学", "江北市第三中学"]


def test_a_part_headings_marker_is_no_part_of_the_units_name():
    """``第四部分 某县招商服务中心2019年…`` and an excerpt that began inside its marker (``部分 …``,
    ``二部分 …``): the unit is the name after the marker, never ``部分某县…``."""
    for head in ("第四部分 ", "部分 ", "二部分 ", "四部分"):
        doc = parse_text(head + "青禾县招商服务中心2019年分配专项转移支付资金安排情况说明\n一、资金安排情况\n本年安排20万元。\n")
        assert doc.parts[0].organisation == "青禾县招商服务中心", head
