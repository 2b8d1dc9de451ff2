"""S601 on a report pasted as one paragraph (a web page or PDF that lost its line breaks): the
top-level headings run together in one line (``一、…，二、…，四、…``), and a number skipped among
them is reported as a warning; quiet on a complete run, on prose that counts things off
(``一、二级``), on a list of public tables and on a run cut before its end."""

from __future__ import annotations

from perflint.checks.structure import NumberingGap

from perflint.diagnostics import Severity

from ._drafts import run

_HEAD = "示范县农技站2023年度植保项目绩效自评报告\n\n"


def _flat(*headings: str) -> str:
    """A report pasted as one paragraph: each heading run into the text before and after it."""
    bodies = ["本项目预算资金12万元，全部由县财政安排", "全年完成病虫害统防统治面积3000亩",
              "个别乡镇资金拨付偏慢，下一年度加强督促", "自评结果在县政府网站公开"]
    return "".join(f"{h}{bodies[i % len(bodies)]}，" for i, h in enumerate(headings)).rstrip("，") + "。\n"


def test_a_skipped_heading_in_a_flattened_report_is_a_warning():
    text = _HEAD + _flat("一、项目基本情况", "二、绩效目标完成情况", "四、存在的问题及改进措施", "五、自评结果公开情况")
    [d] = run(text, NumberingGap)
    assert d.severity == Severity.warning
    assert d.location.line == 3 and text.splitlines()[2][d.location.column - 1:].startswith("四、")
    assert "缺少“三、”" in d.message("zh") and "前一项为“二、绩效目标完成情况" in d.message("zh")


def test_a_skip_after_a_percent_or_bracket_is_read_too():
    text = _HEAD + ("一、项目基本情况本项目预算资金12万元，二、绩效目标完成情况合格率100%"
                    "四、存在的问题及改进措施个别乡镇资金拨付偏慢（已整改）五、自评结果公开情况已公开。\n")
    [d] = run(text, NumberingGap)
    assert d.severity == Severity.warning and "缺少“三、”" in d.message("zh")


def test_a_complete_flattened_report_is_quiet():
    text = _HEAD + _flat("一、项目基本情况", "二、绩效目标完成情况", "三、存在的问题及改进措施", "四、自评结果公开情况")
    assert run(text, NumberingGap) == []


def test_a_run_cut_before_its_end_or_starting_late_is_quiet():
    # an excerpt cut mid-report: the run starts at 三、 (the page's start was cut), or stops at 二、
    text = _flat("三、存在的问题及改进措施", "四、自评结果公开情况")
    assert run(text, NumberingGap) == []
    text = _HEAD + _flat("一、项目基本情况", "二、绩效目标完成情况")
    assert run(text, NumberingGap) == []


def test_numerals_counted_off_in_prose_are_no_headings():
    text = _HEAD + ("本站负责全县一、二级病虫害测报点的管理，其中一、二类点位共12个，"
                    "四、五月份为防治关键期，全年完成统防统治面积3000亩，较上年增加200亩。\n")
    assert run(text, NumberingGap) == []


def test_a_flattened_list_of_public_tables_keeps_their_numbers():
    text = ("示范县农技站2023年度部门决算\n\n目录：一、收入支出决算总表，二、收入决算表，"
            "四、财政拨款收入支出决算总表，六、一般公共预算财政拨款基本支出决算表，本单位无其他表。\n")
    assert run(text, NumberingGap) == []


def test_a_flattened_table_whose_rows_keep_their_numbers_is_quiet():
    # a 收入 table pasted as one line, its empty rows left out: each label is followed by its figure
    text = ("示范县农技站2023年度部门决算\n\n本年收入情况：一、一般公共预算财政拨款收入 120.50 "
            "二、政府性基金预算财政拨款收入 10.00 五、事业收入 8.20 八、其他收入 1.30 本年收入合计 140.00\n")
    assert run(text, NumberingGap) == []


def test_the_skipped_heading_written_elsewhere_in_the_paragraph_is_quiet():
    # 三 written with the wrong mark (三.) is there: the slip is another rule's, not a lost heading
    text = _HEAD + ("一、项目基本情况本项目预算资金12万元，二、绩效目标完成情况全部完成，三.存在的问题个别"
                    "乡镇拨付偏慢，四、自评结果公开情况已公开，五、其他需要说明的问题无。\n")
    assert run(text, NumberingGap) == []


_NESTED = ("一、项目基本情况本项目预算资金12万元，二、绩效目标完成情况分析(一)资金投入情况分析，县财政下达资金"
           "12万元，{first}项目资金管理情况分析，制度健全，(二)产出情况分析1.数量指标完成情况，完成3000亩，"
           "2.质量指标完成情况，合格率100%，{fourth}时效指标完成情况，按期完成，三、存在的问题及改进措施拨付偏慢。\n")


def test_levels_below_a_flattened_heading_that_start_late_or_skip():
    """Under the run-in ``(一)`` the first ``1.`` item is ``3.`` (1. and 2. lost), and under
    ``(二)`` 3. is skipped: warnings, both (an abridged page drops items too)."""
    text = _HEAD + _NESTED.format(first="3.", fourth="4.")
    found = sorted((d.severity, d.message("zh")) for d in run(text, NumberingGap))
    assert [s for s, _m in found] == [Severity.warning, Severity.warning]
    assert any("“(一)资金投入情况分析”（第 3 行）之下第一项为“3.”，缺少“1.”“2.”" in m for _s, m in found)
    assert any("“4.”前一项为“2.质量指标完成情况" in m and "缺少“3.”" in m for _s, m in found)


def test_complete_levels_figures_and_table_numbers_below_flattened_headings_are_quiet():
    text = _HEAD + _NESTED.format(first="1.", fourth="3.")
    assert run(text, NumberingGap) == []
    # a figure (1.5万元) and a table's number (表2.) are no items; 1、 written for 1. is there
    figures = _HEAD + _NESTED.format(first="另拨付1.5万元，见表2.资金明细，1、资金到位情况，2.", fourth="3.")
    assert run(figures, NumberingGap) == []
    # rows of a table under a heading, labelled and followed by their figures, keep their numbers
    rows = _HEAD + _NESTED.format(first="3.项目支出 8.00 ", fourth="3.")
    assert run(rows, NumberingGap) == []
    # no run of headings (一、二、三、) in the paragraph: its (一) and 3. are left to the walker's rules
    lone = _HEAD + ("(一)资金投入情况分析，县财政下达资金12万元，全部到位，资金使用规范，"
                    "3.项目资金管理情况分析，制度健全，账务清晰，手续完备，未发现违规使用资金问题。\n")
    assert run(lone, NumberingGap) == []
