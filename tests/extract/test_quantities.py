"""What a figure stands for, read from strings we wrote."""

from decimal import Decimal

import pytest

from perflint.extract.amounts import label_key, labelled_amounts
from perflint.extract.announced_counts import announced_counts, trailing_announcement
from perflint.extract.budget_statements import budget_statements, self_scores
from perflint.extract.figure_units import bare_figures, count_sums, glued_units
from perflint.extract.organisations import admin_level
from perflint.extract.percentages import (
    decrease_percentages,
    prepared_names,
    rate_statements,
    stated_percentages,
)
from perflint.extract.quantities import indicator_kind, is_capped_rate


@pytest.mark.parametrize(("name", "kind"), [
    ("资金到位率", "rate"),
    ("以常住人口为基数计算的参保率(%)", "rate"),
    ("群众满意度", "rate"),
    ("服务效率", None),
    ("到位资金", "amount"),
    ("补助资金（万元）", "amount"),
    ("资金使用合规率", "rate"),
    ("救助人次", "visits"),
    ("受益人数", "persons"),
    ("培训期数", None),
])
def test_indicator_kind(name, kind):
    assert indicator_kind(name) == kind


def test_capped_rates():
    assert is_capped_rate("城乡居民参保率（%）")
    assert is_capped_rate("政策知晓率")
    assert not is_capped_rate("预算执行率")
    assert not is_capped_rate("任务完成率")


def test_bare_figure_between_amounts():
    [b] = bare_figures("差旅费 3.20 万元、会议费 1.5、培训费 2.00 万元。")
    assert b.label == "会议费" and b.quantity.value == Decimal("1.5") and b.unit == "万元"
    assert b.following is not None and b.following.value == Decimal("2.00")


def test_bare_count_in_brackets():
    [b] = bare_figures("服务 5200 人（其中城镇 4100 人，农村 1100）。")
    assert b.label == "农村" and b.unit == "人"


def test_bare_figure_next_item_in_other_unit_is_quiet():
    assert bare_figures("差旅费 3.20 万元、会议 12、培训 30 人次。") == []


def test_glued_units():
    assert [g.text for g in glued_units("增加 0 万元%，增长 3%万元，减少 2 万元。")] == ["0 万元%", "3%万元"]


def test_decreases():
    found = decrease_percentages("减少 2 万元，下降 150%；降幅为 20%；增长 130%。")
    assert [q.value for q in found] == [Decimal(150), Decimal(20)]


def test_rate_statements():
    [r] = rate_statements("全县参保率达到 101.2%，执行率 104%。")
    assert r.name.endswith("参保率") and r.quantity.value == Decimal("101.2")


def test_labelled_amounts_keys_parents_and_years():
    facts = labelled_amounts("2023 年示范县各项财政补助资金共计 500 万元，其中：中央财政补助资金 300 万元，"
                             "县级财政补助资金 200 万元。上年财政补助资金 450 万元。", ("示范县",))
    keys = [(f.key, f.quantity.value, f.parent, f.year, f.past) for f in facts]
    assert keys[0] == ("财政补助资金", Decimal(500), None, 2023, False)
    assert keys[1][:3] == ("中央财政补助资金", Decimal(300), "财政补助资金")
    assert len(keys) == 3  # 上年财政补助资金 is last year's: not a statement of this quantity


def test_labelled_amounts_skip_comparisons():
    facts = labelled_amounts("支出 30 万元，比上年增加 5 万元，比年初预算数 20 万元增加 10 万元。")
    assert [f.key for f in facts] == []


def test_label_key():
    assert label_key("年全县共筹集各项财政补助资金") == "财政补助资金"
    assert label_key("其中中央补助资金") == "中央补助资金"


def test_count_sums():
    [cs] = count_sums("共救助 700 人次，其中资助参保 300 人、门诊救助 400 人次。")
    assert cs.total.value == 700 and [p.unit for p in cs.parts] == ["人", "人次"]
    assert count_sums("共救助 700 人次，其中资助参保 300 人、门诊救助 300 人次。") == []


def test_self_scores():
    assert [q.value for q in self_scores("该项目自评得分为 96.5 分。")] == [Decimal("96.5")]
    assert [q.value for q in self_scores("项目自评分 100")] == [Decimal(100)]
    assert self_scores("自评得分 90 分以上为优。") == []


def test_budget_statements():
    [st] = budget_statements("项目全年预算数为 60 万元，执行数为 58 万元，执行率 96.67%。")
    assert st.budget.value == 60 and st.actual.value == 58
    [st] = budget_statements("年初预算数 50 万元，调整后预算数 60 万元，执行数 58 万元。")
    assert st.budget.value == 60
    assert budget_statements("支出 30 万元，比年初预算数 20 万元增加 10 万元。") == []


def test_budget_funds_completed_or_used_are_the_actual():
    """``完成预算资金 X 万元``, ``使用预算资金 X 万元``: the money spent, not the budget."""
    [st] = budget_statements("本项目共完成预算资金 47.95 万元，其中设备购置 30 万元。")
    assert st.budget is None and st.actual.value == Decimal("47.95")
    [st] = budget_statements("本项目共申请预算资金 48 万元。")
    assert st.budget.value == 48 and st.actual is None


@pytest.mark.parametrize(("text", "budget", "actual"), [
    ("预算数 60 万元，执行数 58 万元。", "60", "58"),
    ("预算金额 60 万元，执行金额 58 万元。", "60", "58"),
    ("全年预算资金 60 万元，实际执行数到位 58 万元。", "60", "58"),
    ("年初预算 60 万元，实际支出 58 万元。", "60", "58"),
    ("调整后预算为 60 万元，实际支出数 58 万元。", "60", "58"),
    ("全年预算 60 万元，累计支出 58 万元。", "60", "58"),
    ("项目预算数 60 万元，全年实际执行 58 万元。", "60", "58"),
    ("全年预算 60 万元，执行 58 万元。", "60", "58"),
    ("预算数 60 万元，执行金额到位 58 万元。", "60", "58"),
    ("预算安排 60 万元，支付 58 万元。", None, None),
])
def test_budget_statement_labels(text, budget, actual):
    """Each label a budget or an actual is read after (the words each label's match ends with
    are what lets a figure skip the label search: every ending is tried here)."""
    found = budget_statements(text)
    if budget is None and actual is None:
        assert found == []
        return
    [st] = found
    assert (str(st.budget.value) if st.budget else None, str(st.actual.value) if st.actual else None) == (budget, actual)


@pytest.mark.parametrize(("text", "count", "items", "partial"), [
    ("下设 3 个中心：东中心，西中心，南中心。", 3, 3, False),
    ("现设办公室、财务股、业务股等 3 个股室。", 3, 3, True),
    ("内设机构有：办公室、审核一科、审核二科三个科室。", 3, 3, False),
    ("设 2 个股室，分别为办公室（含档案、文印）、业务股。", 2, 2, False),
])
def test_announced_counts(text, count, items, partial):
    [ac] = announced_counts(text)
    assert (ac.count, len(ac.items), ac.partial) == (count, items, partial)


def test_announced_counts_after_a_previous_count():
    found = announced_counts("设办公室、业务股等 2 个股室和东站、西站两个二级机构。")
    assert [(a.count, len(a.items)) for a in found] == [(2, 2), (2, 2)]


def test_trailing_announcement():
    count, start, end = trailing_announcement("项目实施中主要存在以下三个问题：")
    assert count == 3
    assert trailing_announcement("存在以下问题：") is None


def test_stated_percentages():
    found = stated_percentages("农户满意度能达到 93%，政策知晓率为 95%。", ["农户满意度", "政策知晓率"])
    assert [(n, q.value) for n, q in found] == [("农户满意度", 93), ("政策知晓率", 95)]
    assert stated_percentages("农户满意度目标为 93%。", ["农户满意度"]) == []


@pytest.mark.parametrize(("name", "level"), [
    ("示范县农业农村局", ("county", "示范县")),
    ("某某市某某区财政局", ("county", "某某市某某区")),
    ("某某市教育局", ("city", "某某市")),
    ("某某省文化厅", ("province", "某某省")),
    ("农业农村局", None),
])
def test_admin_level(name, level):
    assert admin_level(name) == level


def test_count_after_items_with_their_own_counts_is_not_a_list_count():
    from perflint.extract.announced_counts import announced_counts
    assert announced_counts("主要是执行中央八项规定精神、省里20条和市里8条要求。") == []


def test_a_name_of_a_whole_table_read_into_one_cell_is_no_indicator_name():
    """A "name" of hundreds of characters (a table or page read into one cell by a corrupt paste;
    benchmarks/fuzz.py found thousands of them making the look-up quadratic) is left out of the
    names a rate is looked for after; the indicator names beside it are kept."""
    whole_table = "项目名称|" + "群众满意度|" * 60
    ordered, _, _ = prepared_names(["群众满意度", whole_table])
    assert ordered == ["群众满意度"]
    [(name, q)] = stated_percentages("经调查，群众满意度达到96%。", ["群众满意度", whole_table])
    assert name == "群众满意度" and q.value == 96


def test_an_age_group_is_masked_from_the_first_digit_of_its_run():
    """The age-group mask (65岁以上) starts where the digits start, so a long run of digits is
    scanned once (benchmarks/fuzz.py found a corrupt cell of digits scanned from each of them);
    what it blanks is unchanged."""
    from perflint.extract.percentages import _masked

    assert _masked("服务65岁以上老年人") == "服务_____老年人"
    assert _masked("1" * 3000 + "岁以上") == "_" * 3003
    assert _masked("1" * 3000 + "人") == "1" * 3000 + "人"
