"""C728 staff-count-mismatch: the narrative's 编制数 / 实有人数 against the count a table of the
report gives, in drafts we wrote (a 部门整体 report's 自评表 with its 人员情况 row, a 人员情况 table
with its labels over the counts), in tab rows and one cell a line."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import StaffCountMismatch

from .._harness import fixture, run

GOOD = fixture("whole", "overall_good_tab.txt")
STAFF = "核定事业编制40名，年末实有在职人员36人。"


def _cells(text: str) -> str:
    return "\n".join(cell if cell else " " for line in text.split("\n") for cell in line.split("\t"))


@pytest.mark.parametrize("layout", [lambda t: t, _cells], ids=["tabs", "cells"])
def test_the_narratives_staff_against_the_forms_row(layout):
    [d] = run(StaffCountMismatch, layout(fixture("whole", "overall_staff_tab.txt")))
    assert d.location.line == 11 and "38" in d.message("zh") and "36" in d.message("zh")
    assert "实有人数" in d.message("zh")
    [d] = run(StaffCountMismatch, layout(GOOD.replace("核定事业编制40名", "核定事业编制42名")))
    assert "编制数 42" in d.message("zh") and "40" in d.message("zh")
    assert run(StaffCountMismatch, layout(GOOD)) == []


@pytest.mark.parametrize("sentence", [
    "核定编制40名，其中行政编制10名，事业编制30名；年末实有在职人员36人。",  # the parts after 其中
    "核定行政编制10名、事业编制30名，年末实有在职人员36人。",  # two kinds of 编制: no one value to compare
    "核定事业编制40名，年初实有在职人员34人，年末实有在职人员36人。",  # the start of the year: another moment
    "核定事业编制40名，实有人员46人，其中在职36人、退休10人。",  # the table's count is one of the statements
    "核定事业编制40名，年末实有在职人员36人，比上年增加2人。",  # a change is no count
])
def test_statements_that_do_not_contradict_the_form_are_quiet(sentence):
    assert run(StaffCountMismatch, GOOD.replace(STAFF, sentence)) == []


TABLE = """某县自然资源局2023年度部门整体支出绩效自评报告
一、部门基本情况
本局核定行政编制{n}名，年末实有在职人员25人。
人员情况表
{rows}
"""


def test_a_staff_table_with_its_labels_over_the_counts():
    one = "编制数\t实有人数\t退休人员\n28\t25\t9"
    [d] = run(StaffCountMismatch, TABLE.format(n=30, rows=one))
    assert "30" in d.message("zh") and "28" in d.message("zh") and d.location.line == 3
    assert run(StaffCountMismatch, TABLE.format(n=28, rows=one)) == []
    # a table of several units lists a count per unit: none of them is the narrative's
    units = "单位\t编制数\t实有人数\n局机关\t20\t18\n不动产登记中心\t8\t7"
    assert run(StaffCountMismatch, TABLE.format(n=30, rows=units)) == []


def test_a_row_of_figures_is_no_count():
    # 在职人员 | 120 | 130 | 140: amounts by column under a label that names staff, not a head count
    rows = "项目\t年初预算\t全年预算\t全年执行\n在职人员\t120\t130\t140"
    text = TABLE.format(n=30, rows=rows).replace("年末实有在职人员25人", "在职人员36人")
    assert run(StaffCountMismatch, text) == [] and run(StaffCountMismatch, _cells(text)) == []
