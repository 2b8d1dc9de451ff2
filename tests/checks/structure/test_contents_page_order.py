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
