from decimal import Decimal

import pytest

from perflint.text.numbers import declared_unit, find_quantities, is_bare_magnitude, parse_cell, sum_tolerance


def test_money_percent_counts_and_precision():
    found = find_quantities("支出1,105.33万元，增长３．８％，共58598人次，资金2.5亿元")
    assert [(q.value, q.unit, q.kind, q.decimals) for q in found] == [
        (Decimal("1105.33"), "万元", "money", 2),
        (Decimal("3.8"), "%", "percent", 1),
        (Decimal("58598"), "人次", "count", 0),
        (Decimal("2.5"), "亿元", "money", 1),
    ]
    assert found[3].base_value == Decimal("250000000")


def test_years_ordinals_and_document_numbers_are_not_quantities():
    assert find_quantities("2022年度，第四条，〔2019〕10号") == []


def test_inequalities_and_cells():
    q = parse_cell(" ≥95% ")
    assert (q.relation, q.value, q.unit) == ("≥", Decimal("95"), "%")
    assert parse_cell("≥20万人").scale == Decimal(10000)
    assert parse_cell("目标1(40分)") is None
    assert parse_cell("") is None


def test_tolerance_follows_displayed_precision():
    parts = find_quantities("1.01 2.02 3.03")
    total = parse_cell("6.06")
    assert sum_tolerance(parts, total) == Decimal("0.020")


def test_declared_units():
    assert declared_unit("金额单位：万元") == "万元"
    assert declared_unit("预算执行情况（万元）") == "万元"
    assert declared_unit("单位名称") is None


def test_measure_words_are_units():
    assert (parse_cell("46 处").unit, parse_cell("46 处").kind) == ("处", "count")
    assert parse_cell("≥12000亩").unit == "亩"


def test_bare_magnitude_is_a_figure_whose_unit_was_left_off():
    assert is_bare_magnitude("45万") and is_bare_magnitude("≥1.2亿") and is_bare_magnitude(" 30 万 ")
    assert not is_bare_magnitude("45万元") and not is_bare_magnitude("45%") and not is_bare_magnitude("万人")
    assert not is_bare_magnitude("45万人次") and not is_bare_magnitude("45")


def test_a_blank_between_wan_and_yuan_is_a_pdf_wrap_of_wan_yuan():
    """``500.12 万 元``: a PDF's line wrap fell between the unit's two characters; the figure is
    money in 万元. Only 元 is joined across the blank: ``50万 人次`` keeps its bare 万."""
    [q] = find_quantities("财政拨款收入 500.12 万 元(其中")
    assert (q.text, q.unit, q.kind, q.base_value) == ("500.12 万 元", "万元", "money", Decimal("5001200.00"))
    [wide] = find_quantities("收入 3 亿\u3000元。")
    assert (wide.unit, wide.kind) == ("亿元", "money")
    [count] = find_quantities("受益50万 人次")
    assert (count.unit, count.is_bare_magnitude) == (None, True)


def test_parse_per_unit_cell_reads_a_rate_as_its_own_unit():
    from perflint.text.numbers import parse_per_unit_cell

    q = parse_per_unit_cell("≤475元/亩")
    assert (q.value, q.unit, q.kind, q.relation, q.text) == (Decimal("475"), "元/亩", "count", "≤", "≤475元/亩")
    assert parse_per_unit_cell(" 583元/人*月").unit == parse_per_unit_cell("583元/人·月").unit == "元/人·月"
    # a percentage, a plain amount, words after the rate, a scaled amount: not a per-unit figure
    assert [parse_per_unit_cell(t) for t in ("95%/年", "100元", "5830元/户左右", "2万元/户")] == [None] * 4


def test_parse_bound_cell_reads_a_bound_written_after_the_figure():
    from perflint.text.numbers import parse_bound_cell

    q = parse_bound_cell("200人次以上")
    assert (q.value, q.unit, q.relation, q.text) == (Decimal("200"), "人次", "≥", "200人次以上")
    assert parse_bound_cell(" 95%及以上").relation == "≥"
    assert parse_bound_cell("30万元以内").relation == "≤"
    assert parse_bound_cell("60万元（含）以下").relation == "≤"
    # a sign before the figure too, words around it, two figures: not a bound cell
    assert [parse_bound_cell(t) for t in ("≥95%以上", "65岁以上老人", "3至5次以上", "以上")] == [None] * 4


def test_a_scale_character_without_a_unit_is_part_of_the_figure():
    """``150万`` is 1,500,000 of something, not 150: the scale is the figure's, what it counts is
    left to its sentence; a unit after the scale takes it (``2万余元`` is 万元)."""
    from perflint.text.numbers import as_money, read_as

    [wan] = find_quantities("资金150万，")
    assert (wan.text, wan.value, wan.unit, wan.kind, wan.base_value) == ("150万", Decimal(150), None, "plain", 1500000)
    assert wan.is_bare_magnitude and not wan.approximate
    [yi] = find_quantities("总投资3.5亿。")
    assert yi.base_value == Decimal(350000000) and yi.text == "3.5亿"
    money = as_money(yi)
    assert (money.unit, money.kind, money.base_value) == ("亿元", "money", Decimal(350000000))
    # 余 / 多 on either side of the scale: more than the digits, a relation ``>``
    about = find_quantities("支出2万余元，受益130多万人，另有200余万元")
    assert [(q.text, q.unit, q.kind, q.base_value, q.relation, q.approximate) for q in about] == [
        ("2万余元", "万元", "money", Decimal(20000), ">", True),
        ("130多万人", "人", "count", Decimal(1300000), ">", True),
        ("200余万元", "万元", "money", Decimal(2000000), ">", True),
    ]
    # a scale with a count unit after it (5.3万台) is that count; 万元 and 万人 are as before
    assert [(q.unit, q.base_value) for q in find_quantities("5.3万台，1.5万元，3万人")] == [
        ("台", Decimal(53000)), ("万元", Decimal(15000)), ("人", Decimal(30000))]
    # 200余人 has no scale: left as it was
    assert [(q.text, q.relation) for q in find_quantities("200余人")] == [("200", None)]
    # a cell of one bare magnitude is for the form reader to read (parse_cell: none)
    assert parse_cell("150万") is None and parse_cell("2万余元") is None
    # a bare magnitude among amounts takes money of its own scale, never the neighbour's
    [eight, yi2] = find_quantities("8000万元、1.5亿")
    assert read_as(yi2, eight).unit == "亿元" and read_as(yi2, eight).base_value == Decimal(150000000)
    [plain, wan2] = find_quantities("4125.49、4143.91万元")
    assert (read_as(plain, wan2).unit, read_as(plain, wan2).scale) == ("万元", Decimal(10000))


def test_a_dash_joining_two_figures_is_no_sign_of_the_second():
    # a range (90%-95%, 35万元-40万元, 90-95%) or a difference written out: the dash right after a
    # figure joins it to the next one, which is positive
    for text, values in [("普及率90%-95%", ["90", "95"]), ("35万元—40万元", ["35", "40"]),
                         ("达到90-95%", ["90", "95"]), ("52.18-60.00=-7.82", ["52.18", "60.00", "-7.82"])]:
        assert [q.value for q in find_quantities(text)] == [Decimal(v) for v in values], text
    # a sign after a blank, a word or a punctuation mark stays a sign
    assert [q.value for q in find_quantities("变动率-4.90%，增减 -0.44")] == [Decimal("-4.90"), Decimal("-0.44")]


def test_the_minus_sign_characters_are_signs():
    # U+2212 MINUS SIGN (a PDF's or a formula's), U+FE63 SMALL HYPHEN-MINUS and the full-width one
    for minus in ("\u2212", "\ufe63", "－"):
        assert [q.value for q in find_quantities(f"变动率{minus}4.90%")] == [Decimal("-4.90")], repr(minus)
        assert parse_cell(f"{minus}0.44").value == Decimal("-0.44"), repr(minus)


def test_rate_reach_from_the_operands_rounding():
    """8.25 ÷ (317.6 − 8.25) is 2.663–2.669% over the figures' rounding: 2.7% rounds it, 2.6%
    truncates it (a last digit), 2.8% no rounding reaches (certainly wrong)."""
    from decimal import Decimal as D

    from perflint.text.numbers import rate_reach

    low, high = D("8.245") / (D("317.65") - D("8.245")) * 100, D("8.255") / (D("317.55") - D("8.255")) * 100
    assert rate_reach(D("2.7"), 1, low, high) is None
    assert rate_reach(D("2.6"), 1, low, high) == "rounding"
    assert rate_reach(D("2.8"), 1, low, high) == "unreachable"
    # an exact 90%: 91% is a whole unit off, unreachable; 12.5% may show as 12% or 13%
    assert rate_reach(D("91"), 0, D("90"), D("90")) == "unreachable"
    assert rate_reach(D("12"), 0, D("12.5"), D("12.5")) is None


@pytest.mark.parametrize(("text", "hedged"), [
    ("增长约2.8%", True), ("增长近2.8%", True), ("增长大约2.8%", True), ("增长接近2.8%", True),
    ("增长约为2.8%", True), ("增长2.8%左右", True),
    ("增长为2.8%", False), ("增长2.8%", False), ("认为2.8%", False),
])
def test_hedge_words_of_the_data_mark_a_figure_approximate(text: str, hedged: bool):
    """The hedge words are data (units.yaml ``hedges_before``/``hedges_after``): ``约为`` hedges, a
    bare ``为`` does not."""
    [q] = find_quantities(text)
    assert q.hedged is hedged
