"""The structure family on whole drafts we wrote: correct drafts quiet for every rule, tables and
lists that are no outline."""

from __future__ import annotations

from ._drafts import fixture, run


def test_correct_drafts_are_quiet():
    assert run(fixture("good_project.txt")) == []
    assert run(fixture("good_accounts.md"), path="good_accounts.md") == []


def test_table_flattened_one_cell_a_line_is_no_outline():
    """公开01表 pasted one cell a line: 收入 and 支出 row labels interleave (一、一、二、二、…)."""
    rows = [("一、一般公共预算财政拨款收入", "1", "120.00", "一、一般公共服务支出", "29", "110.00"),
            ("二、政府性基金预算财政拨款收入", "2", "0.00", "二、外交支出", "30", "0.00"),
            ("三、上级补助收入", "3", "5.00", "三、国防支出", "31", "0.00"),
            ("四、事业收入", "4", "0.00", "四、公共安全支出", "32", "0.00")]
    cells = "\n\n".join("\n\n".join(r) for r in rows)
    text = "示范县招商中心2023年度部门决算\n\n收入支出决算总表\n\n金额单位：万元\n\n" + cells + "\n"
    assert run(text) == []
    # numbered headings each over a paragraph of text still form an outline
    wrong = "一、主要职能\n\n负责招商。\n\n二、机构设置\n\n内设两个股室。\n\n二、人员情况\n\n在编 8 人。\n"
    assert [d.code for d in run(wrong)] == ["S602"]
