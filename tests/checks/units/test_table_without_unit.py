"""U407 table-without-unit: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.units import TableWithoutUnit

from .._harness import lint


def test_table_continued_on_next_page_is_quiet():
    text = ("示范县2023年度部门决算\n\n一、支出表\n\n金额单位：万元\n\n科目\t预算数\t决算数\n工资\t10.00\t10.00\n\n"
            "第 2 页，续表如下。\n\n科目\t预算数\t决算数\n津贴\t2.00\t2.00\n奖金\t1.00\t1.00\n")
    assert lint(TableWithoutUnit, text) == []


ACCOUNTS = ("某县农技站2023年度部门决算说明\n\n一、收入决算表\n\n金额单位：万元\n\n项目\t预算数\t决算数\n财政拨款收入\t86.40\t86.40\n\n"
            "二、培训经费明细\n\n培训经费按用途列示如下。\n\n用途\t预算数\t决算数\n教材印制\t3.20\t3.20\n场地租用\t1.80\t1.80\n")


def test_money_table_without_the_unit_the_other_tables_declare():
    [d] = lint(TableWithoutUnit, ACCOUNTS)
    assert d.location.line == 14 and "万元" in d.message("zh")
    assert lint(TableWithoutUnit, ACCOUNTS.replace("列示如下。", "列示如下（金额单位：万元）。")) == []


def test_table_opening_an_excerpt_is_quiet():
    """A text that opens inside a table: its title and unit line are above the cut."""
    tail = ACCOUNTS.split("二、培训经费明细\n\n培训经费按用途列示如下。\n\n")[1]
    cut = tail + "\n三、收入决算表\n\n金额单位：万元\n\n项目\t预算数\t决算数\n财政拨款收入\t86.40\t86.40\n"
    assert lint(TableWithoutUnit, cut) == []
    # the same table below a first line of its own is reported
    [d] = lint(TableWithoutUnit, "二、培训经费明细\n\n" + cut)
    assert d.location.line == 3


def test_a_stream_form_declares_its_unit_too():
    """The report's 自评表 written one cell a line (PDF text) declares 项目资金 (万元); the form is
    read from the token stream, not as a table, and its unit counts as a table's would."""
    from .._harness import FIXTURES

    bad = (FIXTURES / "units" / "stream_form_unit_bad.txt").read_text(encoding="utf-8")
    [d] = lint(TableWithoutUnit, bad)
    assert d.location.line == 7 and "万元" in d.message("zh") and "第 29 行" in d.message("zh")
    assert d.related[0].location.line == 29
    good = (FIXTURES / "units" / "stream_form_unit_good.txt").read_text(encoding="utf-8")
    assert lint(TableWithoutUnit, good) == []


def test_the_stream_form_reads_the_unit_of_its_budget_block():
    from perflint.extract.selfeval import self_evaluations
    from perflint.read.text import parse_text

    from .._harness import FIXTURES

    text = (FIXTURES / "units" / "stream_form_unit_good.txt").read_text(encoding="utf-8")
    [form] = self_evaluations(parse_text(text, "f.txt"))
    assert form.unit == "万元" and form.unit_text.locate().line == 31


ONE_CELL_A_LINE = ("某镇中心小学2023年度部门决算\n一、部门决算单位构成\n单位年末人数40人。\n二、部门决算表\n"
                   "收入支出决算总表 |\n|\n|\n公开01表 |\n部门:某镇中心小学 |\n|\n金额单位:万元 |\n收入 |\n支出 |\n"
                   "项目 |\n行次 |\n决算数 |\n项目 |\n行次 |\n决算数 |\n"
                   "一、财政拨款收入 |\n1 |\n480 |\n一、一般公共服务支出 |\n30 |\n|\n"
                   "二、事业收入 |\n2 |\n|\n二、教育支出 |\n31 |\n450 |\n"
                   "三、其他收入 |\n3 |\n20 |\n三、社会保障和就业支出 |\n32 |\n50 |\n")


def test_unit_in_the_title_rows_of_a_table_one_cell_a_line():
    """A 公开表 flattened one cell a line: the reader takes its title rows (表名, 公开01表, 金额单位)
    as a block of one-cell rows before the grid; the unit they declare is the grid's."""
    assert lint(TableWithoutUnit, ONE_CELL_A_LINE) == []
    # without the unit line the grid is still reported against another table that declares one
    bare = ONE_CELL_A_LINE.replace("金额单位:万元 |\n", "") + (
        "\n三、支出决算表\n\n金额单位：万元\n\n项目\t预算数\t决算数\n教育支出\t450.00\t450.00\n")
    [d] = lint(TableWithoutUnit, bare)
    assert "万元" in d.message("zh")
