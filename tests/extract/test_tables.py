from decimal import Decimal

from perflint.extract import tables
from perflint.model import Table
from perflint.read.text import parse_text


def table(body: str) -> Table:
    doc = parse_text("某某中心2023年度部门决算\n\n一、决算表\n\n金额单位：万元\n" + body + "\n")
    return next(b for _, b in doc.blocks() if isinstance(b, Table))


def rels(t: Table, kind: str):
    return [r for r in tables.relations(t) if r.kind == kind]


def summary(r):
    return r.total.quantity.value, [p.quantity.value for p in r.parts]


EXPENDITURE = "\n".join([
    "项目\t\t本年支出合计\t基本支出\t项目支出",
    "科目代码\t科目名称\t\t\t",
    "栏次\t\t1\t2\t3",
    "合计\t\t402.50\t310.20\t92.30",
    "208\t社会保障和就业支出\t402.50\t310.20\t92.30",
    "20805\t行政事业单位养老支出\t402.50\t310.20\t92.30",
    "2080501\t行政单位离退休\t300.00\t250.20\t49.80",
    "2080505\t机关事业单位基本养老保险缴费支出\t102.50\t60.00\t42.50",
])


def test_grid_roles_and_numbering_row():
    g = tables.read_grid(table(EXPENDITURE))
    assert g.roles[:3] == ["code", "label", "value"]
    assert g.numbering_rows == {2}
    assert g.data_start == 3


def test_column_total_from_header():
    found = rels(table(EXPENDITURE), "column")
    assert summary(found[0]) == (Decimal("402.50"), [Decimal("310.20"), Decimal("92.30")])
    assert len(found) == 5  # one per data row


def test_total_row_adds_top_level_codes_and_codes_nest():
    row = rels(table(EXPENDITURE), "row")
    assert summary(row[0]) == (Decimal("402.50"), [Decimal("402.50")])
    code = rels(table(EXPENDITURE), "code")
    assert (Decimal("402.50"), [Decimal("300.00"), Decimal("102.50")]) in [summary(r) for r in code]
    assert any(r.label.startswith("20805") for r in code)


def test_plain_total_row_at_the_bottom_and_qizhong_rows():
    t = table("项目\t金额\n办公费\t12.40\n印刷费\t3.15\n合计\t15.55")
    (r,) = rels(t, "row")
    assert summary(r) == (Decimal("15.55"), [Decimal("12.40"), Decimal("3.15")])
    t = table("项目\t金额\n年度资金总额\t20.00\n其中：财政拨款\t18.00\n其他资金\t2.00\n合计\t20.00")
    assert rels(t, "row") == []


def test_subtotals():
    t = table("项目\t金额\n办公费\t1.00\n印刷费\t2.00\n小计\t3.00\n设备购置\t5.00\n软件\t4.00\n小计\t9.00\n合计\t12.00")
    found = [summary(r) for r in rels(t, "row")]
    assert (Decimal("12.00"), [Decimal("3.00"), Decimal("9.00")]) in found
    assert (Decimal("3.00"), [Decimal("1.00"), Decimal("2.00")]) in found


def test_nested_column_groups():
    t = table("\n".join([
        "合计\t因公出国(境)费\t公务用车购置及运行维护费\t\t\t公务接待费",
        "\t\t小计\t公务用车购置费\t公务用车运行维护费\t",
        "1\t2\t3\t4\t5\t6",
        "6.50\t0.00\t4.30\t0.00\t4.30\t2.20",
    ]))
    found = {r.label: summary(r) for r in rels(t, "column")}
    assert found["合计"] == (Decimal("6.50"), [Decimal("0.00"), Decimal("4.30"), Decimal("2.20")])
    assert found["公务用车购置及运行维护费/小计"] == (Decimal("4.30"), [Decimal("0.00"), Decimal("4.30")])


def test_header_that_does_not_line_up_gives_no_column_relation():
    t = table("机构名称\t支出合计\t其中：\n\t\t基本支出\t项目支出\t结余\n本级\t100.00\t60.00\t30.00\t10.00")
    assert rels(t, "column") == []


SUMMARY_TABLE = "\n".join([
    "收入\t\t\t支出\t\t",
    "项目\t行次\t金额\t项目\t行次\t金额",
    "一、一般公共预算财政拨款收入\t1\t800.00\t一、一般公共服务支出\t30\t790.00",
    "二、事业收入\t2\t20.00\t二、卫生健康支出\t31\t40.00",
    "本年收入合计\t3\t820.00\t本年支出合计\t32\t830.00",
    "使用非财政拨款结余\t4\t0.00\t结余分配\t33\t0.00",
    "年初结转和结余\t5\t35.10\t年末结转和结余\t34\t25.10",
    "总计\t6\t855.10\t总计\t35\t855.10",
])


def test_side_by_side_summary_table():
    g = tables.read_grid(table(SUMMARY_TABLE))
    assert g.roles == ["label", "ordinal", "value", "label", "ordinal", "value"]
    assert g.segments == [(0, 3), (3, 6)]
    t = table(SUMMARY_TABLE)
    rows = [summary(r) for r in rels(t, "row")]
    assert (Decimal("820.00"), [Decimal("800.00"), Decimal("20.00")]) in rows
    assert (Decimal("830.00"), [Decimal("790.00"), Decimal("40.00")]) in rows
    idents = [summary(r) for r in rels(t, "identity")]
    assert (Decimal("855.10"), [Decimal("820.00"), Decimal("0.00"), Decimal("35.10")]) in idents
    assert (Decimal("855.10"), [Decimal("830.00"), Decimal("0.00"), Decimal("25.10")]) in idents
    (bal,) = rels(t, "balance")
    assert summary(bal) == (Decimal("855.10"), [Decimal("855.10")])


def test_basic_expenditure_detail_codes_identity_with_shifted_total():
    t = table("\n".join([
        "人员经费\t\t\t公用经费\t\t",
        "科目代码\t科目名称\t决算数\t科目代码\t科目名称\t决算数",
        "301\t工资福利支出\t300.00\t302\t商品和服务支出\t80.00",
        "30101\t基本工资\t300.00\t30201\t办公费\t80.00",
        "303\t对个人和家庭的补助\t5.00\t310\t资本性支出\t20.00",
        "30302\t退休费\t5.00\t31002\t办公设备购置\t20.00",
        "人员经费合计\t\t305.00\t公用经费合计\t\t\t100.00",
    ]))
    idents = {r.label: summary(r) for r in rels(t, "identity")}
    assert idents["人员经费合计"] == (Decimal("305.00"), [Decimal("300.00"), Decimal("5.00")])
    assert idents["公用经费合计"] == (Decimal("100.00"), [Decimal("80.00"), Decimal("20.00")])


def test_department_form_spread_identity():
    t = table("\n".join([
        "单位名称\t某某中心",
        "基本支出总额\t300\t项目支出总额\t300",
        "预算执行情况（万元）\t\t预算数\t执行数\t执行率\t得分",
        "部门整体支出\t",
        "总额\t",
        "\t300\t280\t93%\t18",
    ]))
    (r,) = rels(t, "identity")
    assert summary(r) == (Decimal("300"), [Decimal("300"), Decimal("300")])
    assert r.part_labels == ("基本支出总额", "项目支出总额")


def test_text_table_has_no_relations():
    t = table("一级指标\t二级指标\t三级指标\t年初目标值\t实际完成值\t得分\n产出指标\t数量指标\t培训人次\t≥200人次\t230人次\t10")
    assert tables.relations(t) == []


def test_a_rows_column_under_a_cut_first_row_is_still_the_rows_column():
    # an excerpt cut mid-row: its first line's figures sit anywhere, the 行次 header is gone
    body = "\n".join([".00\t0.00\t0.00"] + SUMMARY_TABLE.splitlines()[2:])
    g = tables.read_grid(table(body))
    assert g.roles == ["label", "ordinal", "value", "label", "ordinal", "value"]
    t = table(body)
    assert all(r.total.quantity.value != 6 for r in tables.relations(t))  # no 行次 sums
    idents = [summary(r) for r in rels(t, "identity")]
    assert (Decimal("855.10"), [Decimal("820.00"), Decimal("0.00"), Decimal("35.10")]) in idents


def test_a_column_of_counts_with_a_figure_on_top_is_not_a_rows_column():
    from perflint.extract.table_grid import _counts_rows
    assert _counts_rows(["3", "4", "5"]) and _counts_rows(["0.00", "3", "4", "5"])
    assert not _counts_rows(["12", "3", "4", "5"]) and not _counts_rows(["3", "5", "6"]) and not _counts_rows(["x", "y", "3", "4"])


def test_a_long_rows_column_under_a_cut_first_row_holding_the_other_halfs_number():
    """``地区支出 49 0.00`` on top (a cut row, whose 49 is the other half's 行次) over 18–26: still
    the rows column; a figure over a few counts may be their total and is not."""
    from perflint.extract.table_grid import _counts_rows
    assert _counts_rows(["49", *map(str, range(18, 27))])
    assert not _counts_rows(["12", "3", "4", "5"]) and not _counts_rows(["20", "2", "3", "4", "5", "6"])


def test_an_account_code_column_is_known_by_its_codes_when_its_header_is_cut():
    """A 支出决算表 the text opens in below its header: 合计, then 210 / 21015 / 2101501 rows.
    The codes make the code column, so levels are never added up as one column's parts."""
    body = ("合计\t\t100.00\t60.00\n210\t卫生健康支出\t100.00\t60.00\n21015\t医疗保障管理事务\t100.00\t60.00\n"
            "2101501\t行政运行\t60.00\t60.00\n2101502\t一般行政管理事务\t40.00\t0.00")
    g = tables.read_grid(table(body))
    assert g.roles[0] == "code"
    assert all(r.total.quantity.value != 100 or len(r.parts) != 3 for r in tables.relations(table(body)))


def test_two_nested_codes_under_a_cut_header_make_a_code_column():
    # ``码 | 科目名称 | …``: the header's 科目代码 cut to 码; 213 over 21302 are levels, not parts
    body = "| | 合计 | 865.40 | 845.40 |\n| 213 | 农林水支出 | 865.40 | 845.40 |\n| 21302 | 林业和草原 | 865.40 | 845.40 |"
    assert tables.read_grid(table(body)).roles[0] == "code"


def test_balance_brought_forward_is_the_sum_of_the_rows_under_it_only():
    """年初财政拨款结转和结余 = its own sub-rows (一般公共预算财政拨款 …) under it. The income rows
    above bear the same names: with no sub-rows (a simplified form, or an excerpt cut under the
    total) there is nothing to add up; with them, they are the parts."""
    head = ("项目\t行次\t金额\n一般公共预算财政拨款\t1\t100.00\n政府性基金预算财政拨款\t2\t0.00\n"
            "本年收入合计\t3\t100.00\n年初财政拨款结转和结余\t4\t31.83")
    assert not [r for r in tables.relations(table(head)) if r.kind == "identity"]
    full = head + "\n一般公共预算财政拨款\t5\t31.83\n政府性基金预算财政拨款\t6\t0.00"
    [ident] = [r for r in tables.relations(table(full)) if r.kind == "identity"]
    assert [p.quantity.value for p in ident.parts] == [Decimal("31.83"), Decimal("0.00")]


# Tables stacked under one unit line (收入 then 支出, each with its 栏次 row); the lower one's 合计
# lost its empty cells under the 序号 and name columns.
STACKED = "\n".join([
    "项目\t本年收入合计\t财政拨款收入\t其他收入",
    "栏次\t1\t2\t3",
    "合计\t1156.21\t1000.00\t156.21",
    "序号\t项目名称\t本年支出合计\t基本支出\t项目支出",
    "栏次\t\t1\t2\t3",
    "1\t办公设备购置\t600.00\t400.00\t200.00",
    "2\t信息化建设\t505.33\t237.44\t267.89",
    "合计\t1105.33\t637.44\t467.89",
    "说明\t以上为本级数",
])


def test_a_table_below_is_read_from_the_grid_above_as_it_is_read_alone():
    from dataclasses import replace

    from perflint.extract.table_grid import _read_grid, read_below, read_grid

    t = table(STACKED)
    grid, offset, read = read_grid(t), 0, []
    while grid is not None and grid.data_end < len(t.rows) - offset:
        offset += grid.data_end
        below = replace(t, rows=t.rows[offset:])
        fresh, grid = _read_grid(below), read_below(grid)
        assert (fresh is None) == (grid is None)
        if grid is not None:
            for name in ("data_start", "data_end", "numbering_rows", "roles", "segments", "headers", "width",
                         "split_codes", "texts"):
                assert getattr(grid, name) == getattr(fresh, name), name
            assert [[c.value for c in row] for row in grid.cells] == [[c.value for c in row] for row in fresh.cells]
            read.append(grid)
    assert offset == 8 and grid is None  # the 支出 table, then the note below it (no figures)
    (spending,) = read
    assert spending.roles == ["ordinal", "label", "value", "value", "value"] and spending.numbering_rows == {1}
    assert spending.texts[spending.data_end - 1] == ["合计", "", "1105.33", "637.44", "467.89"]  # laid out


def test_identity_labels_written_with_blanks_and_a_bracketed_note_are_still_read():
    # the labels are looked up only where the table's text, blanks aside, holds them
    body = SUMMARY_TABLE.replace("总计", "总　计").replace("使用非财政拨款结余", "使用非财政拨款结余（含专用结余）")
    idents = [summary(r) for r in rels(table(body), "identity")]
    assert (Decimal("855.10"), [Decimal("820.00"), Decimal("0.00"), Decimal("35.10")]) in idents
    assert len(rels(table(body), "balance")) == 1
    assert rels(table(body.replace("总　计", "合　计")), "balance") == []


def test_a_header_without_a_total_word_builds_no_header_tree(monkeypatch):
    """column_totals looks for a header cell ending in 合计, 小计 or 总计: a header that holds no
    计 (a 自评表's, a list of projects) has none, and its tree is not built; one spaced (合 计)
    or nested under a group is still read."""
    from perflint.extract import table_totals

    built: list[object] = []
    original = table_totals._header_tree
    monkeypatch.setattr(table_totals, "_header_tree", lambda grid: built.append(grid) or original(grid))
    plain = table("项目\t预算数\t执行数\t执行率\n年度资金总额\t20.00\t18.00\t90%\n")
    assert rels(plain, "column") == [] and built == []
    spaced = table("项目\t合 计\t基本支出\t项目支出\n办公费\t12.00\t8.00\t4.00\n")
    assert [summary(r) for r in rels(spaced, "column")] == [(Decimal("12.00"), [Decimal("8.00"), Decimal("4.00")])]
    assert built
    assert rels(table(EXPENDITURE), "column")  # 本年支出合计 over its parts
