"""Table amounts read for the figures a part's prose states (drafts written for these tests)."""

from decimal import Decimal

from perflint.extract.table_amounts import prose_scale_slips, table_amounts
from perflint.read.text import parse_text

DRAFT = """示范县文化馆2023年度部门决算说明

一、收入支出决算总表

单位：万元

项目\t决算数
一般公共预算财政拨款收入\t1200.50
事业收入\t35.20
合计\t1235.70

二、“三公”经费支出

单位：万元

项目\t决算数
公务接待费\t0.39
公务用车运行维护费\t2.10
合计\t2.49

本年公务接待费支出0.39元，公务用车运行维护费2.10万元。
"""


def test_only_the_cells_a_sentence_states_are_read_and_they_are_the_same():
    """A cell whose value no sentence of its part states cannot be quoted by one: with the
    values given, those cells are left out (and a table holding none of them is not read), and
    the cells kept are those the full reading gives."""
    doc = parse_text(DRAFT, "d.txt")
    every = table_amounts(doc)
    wanted = {Decimal("0.39"), Decimal("2.10")}
    some = table_amounts(doc, lambda part: wanted)
    assert sorted(t.value for t in some) == [Decimal("0.39"), Decimal("2.10")]
    assert [(t.label, t.value, t.row) for t in some] == [(t.label, t.value, t.row) for t in every if t.value in wanted]
    assert table_amounts(doc, lambda part: set()) == []
    [slip] = prose_scale_slips(doc, lambda part: 2023)
    assert slip.cell.label == "公务接待费" and slip.quantity.unit == "元"
