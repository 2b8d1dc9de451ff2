"""S610 contents-page-order: fires on contents we wrote with a page that goes back, quiet on correct ones."""

from __future__ import annotations

from perflint.checks.structure import ContentsPageOrder

from perflint.diagnostics import Severity

from .._harness import line_of
from ._drafts import run

CONTENTS = """示范县统计局2022年度部门整体支出绩效评价报告

目 录
一、部门概况 1
（一）部门职能职责 1
（二）预算执行情况 7
二、绩效评价工作情况 5
（一）绩效评价目的 8
（二）绩效评价工作过程 8
三、评价结论 9

一、部门概况
本局负责全县统计调查工作。
"""


def test_contents_page_order_finds_a_page_that_goes_back():
    [d] = run(CONTENTS, ContentsPageOrder)
    assert d.code == "S610" and d.severity == Severity.warning
    assert d.location.line == line_of(CONTENTS, "二、绩效评价工作情况 5")
    assert "为第 5 页，前一条“（二）预算执行情况 7”已是第 7 页" in d.message("zh")
    assert run(CONTENTS.replace("工作情况 5", "工作情况 8"), ContentsPageOrder) == []


def test_contents_page_order_is_quiet_where_the_pages_start_again():
    """A bundle's second report, or annexes paged on their own: the pages go back and go on from
    there; no entry is out of order."""
    again = CONTENTS.replace("（一）绩效评价目的 8", "（一）绩效评价目的 6").replace(
        "（二）绩效评价工作过程 8", "（二）绩效评价工作过程 6").replace("三、评价结论 9", "三、评价结论 7")
    assert run(again, ContentsPageOrder) == []


def test_contents_page_order_reads_pages_after_leaders_too():
    dotted = "".join(line.replace(" ", "……", 1) if line[-1:].isdigit() and line[:1] in "一二三（" else line
                     for line in CONTENTS.splitlines(keepends=True))
    dotted = "".join(f"{line.rstrip()}\n" if line.strip()[-1:].isdigit() else line for line in dotted.splitlines(keepends=True))
    [d] = run(dotted, ContentsPageOrder)
    assert d.location.line == line_of(dotted, "二、绩效评价工作情况")


TABLES = """示范县科协2022年度部门决算

目录
第一部分 部门概况 1
一、部门职责 1
二、机构设置 1
第二部分 附表 9
一、收入支出决算总表 9
二、收入决算表 10
三、支出决算表 11
四、财政拨款收入支出决算总表 12
五、一般公共预算财政拨款支出决算表
六、一般公共预算财政拨款基本支出决算表 14
七、财政拨款“三公”经费支出决算表 15

第一部分 部门概况
一、部门职责
本会负责全县科学普及工作。
"""


def test_contents_page_order_finds_an_entry_that_lost_its_page_among_paged_siblings():
    """One entry of a paged list gives no page where the entries on both sides of it, numbered
    alike, give theirs (modelled on a city association's 决算 contents): a warning at the entry.
    A part heading without a page over paged entries, an entry whose title runs on to the next
    line, and a contents that gives no pages at all stay quiet."""
    [d] = [d for d in run(TABLES, ContentsPageOrder) if d.key == "no_page"]
    assert d.severity == Severity.warning and d.location.line == line_of(TABLES, "五、一般公共预算财政拨款支出决算表")
    assert "五、一般公共预算" in d.message("zh")
    assert run(TABLES.replace("支出决算表\n六", "支出决算表 13\n六"), ContentsPageOrder) == []
    parts = TABLES.replace("第二部分 附表 9", "第二部分 附表")
    assert run(parts.replace("支出决算表\n六", "支出决算表 13\n六"), ContentsPageOrder) == []
    wrapped = TABLES.replace("五、一般公共预算财政拨款支出决算表\n", "五、一般公共预算财政拨款支出\n决算表 13\n")
    assert run(wrapped, ContentsPageOrder) == []
    bare = "".join(line.rsplit(" ", 1)[0] + "\n" if line[-1:].isdigit() else line + "\n" for line in TABLES.splitlines())
    assert run(bare, ContentsPageOrder) == []
    # a page range the reader did not take as a page (……(3-13)) is no page left out
    ranged = TABLES.replace("支出决算表\n六", "支出决算表……(13-14)\n六")
    assert run(ranged, ContentsPageOrder) == []


# A part's heading given the page of its second section: the part's first sections start a page
# before it (modelled on a city bureau's 决算 contents; titles and pages are ours).
RISE = """示范市执法局2022年度部门决算

目 录
第一部分 基本情况 2
一、部门职责 2
二、机构设置 2
第二部分 部门决算表 3
第三部分 部门决算情况说明 4
一、收入支出总体情况说明 3
二、收入决算情况说明 3
三、支出决算情况说明 4
四、财政拨款收入支出决算情况说明 4
第四部分 名词解释 6

第一部分 基本情况
本局负责全市综合行政执法工作。
"""


def test_contents_page_order_finds_a_page_past_both_its_neighbours():
    """第三部分 … 4 between 第二部分 … 3 and its own 一、… 3: the part's page runs ahead of both
    entries around it, which are in order; reported at the part, a warning."""
    [d] = run(RISE, ContentsPageOrder)
    assert d.key == "rise" and d.severity == Severity.warning
    assert d.location.line == line_of(RISE, "第三部分 部门决算情况说明 4")
    assert "为第 4 页" in d.message("zh") and "又回到第 3 页" in d.message("zh")
    assert run(RISE.replace("决算情况说明 4\n一", "决算情况说明 3\n一"), ContentsPageOrder) == []


def test_contents_page_order_reports_one_entry_of_two_out_of_order():
    """2 / 5 / 3 / 8: the page that dips (3 after 5) is reported; 5, past 2 and 3 that are on
    pages of their own, is not said to run ahead (only entries between two on one page are)."""
    text = CONTENTS.replace("（二）预算执行情况 7", "（二）预算执行情况 5").replace(
        "二、绩效评价工作情况 5", "二、绩效评价工作情况 3").replace("（一）部门职能职责 1", "（一）部门职能职责 2")
    found = run(text, ContentsPageOrder)
    assert [d.key for d in found] == ["dip"]
