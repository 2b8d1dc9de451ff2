"""S608 table-number-order: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.structure import TableNumberOrder

from .._harness import line_of, run

_CONTENTS = """某县文化馆2023年度部门决算
目 录
第一部分 部门概况
一、主要职责
二、机构设置
第二部分 2023年度部门决算表
一、收入支出决算总表（公开01表）
二、收入决算表（公开02表）
三、支出决算表（公开03表）
四、财政拨款收入支出决算总表（公开04表）
五、一般公共预算财政拨款支出决算表（公开05表）
六、一般公共预算财政拨款基本支出决算表（公开06表）
七、{seven}
八、{eight}
九、{nine}
第三部分 2023年度部门决算情况说明
一、收入支出决算总体情况说明
"""
_07 = "财政拨款“三公”经费支出决算表（公开07表）"
_08 = "政府性基金预算财政拨款收入支出决算表（公开08表）"
_09 = "国有资本经营预算财政拨款支出决算表（公开09表）"


def test_s608_a_table_listed_after_higher_numbers():
    text = _CONTENTS.format(seven=_08, eight=_09, nine=_07)
    (d,) = run(TableNumberOrder, text)
    assert d.location.line == line_of(text, "九、财政拨款")
    assert "公开07表" in d.message() and "09" in d.message()


@pytest.mark.parametrize("text", [
    _CONTENTS.format(seven=_07, eight=_08, nine=_09),
    # numbers the list skips are not an order slip
    _CONTENTS.format(seven=_08, eight=_09, nine="部门整体支出绩效自评表（公开12表）"),
    # the body lists the tables again from 1: a second list, not a fall
    _CONTENTS.format(seven=_07, eight=_08, nine=_09) + "一、收入支出决算总表（公开01表）\n二、收入决算表（公开02表）\n"
                                                          "三、支出决算表（公开03表）\n",
])
def test_s608_quiet_on_tables_in_their_order(text):
    assert run(TableNumberOrder, text) == []


def test_s608_attached_tables_in_one_flattened_line():
    line = "第五部分：决算公开报表 表 1：收入支出决算总表 表 2：收入决算表 表 4：财政拨款收入支出决算总表 表 3：支出决算表\n"
    (d,) = run(TableNumberOrder, line)
    assert "表 3" in d.message() or "3" in d.message()


def test_s608_quiet_on_sentences_that_cite_tables():
    text = "收入情况详见附表5，支出情况见附表3。\n基本支出详见附表4，项目支出见附表2。\n三公经费详见附表1。\n"
    assert run(TableNumberOrder, text) == []
