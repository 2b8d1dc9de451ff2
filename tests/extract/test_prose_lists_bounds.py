"""A list after 其中 is read within a bounded stretch of text.

A sentence that never ends (a paragraph repeated hundreds of times without a full stop, text
pasted from a PDF that lost its punctuation) holds hundreds of ``其中`` lists. Each list used to
be read to the sentence's end, over every figure of the sentence: a 45 KB line took 16 s. Each
is now read within :data:`perflint.extract.prose_lists.MAX_LIST_CHARS` of its marker, and a
list still running at that bound is not read at all (never a list cut short: its parts would
fall short of the total)."""

from __future__ import annotations

from decimal import Decimal

from perflint.extract import prose_lists

REPEATED = "2024年基本支出480.00万元，其中：人员经费430.00万元，公用经费50.00万元，主要包括"


def test_each_list_is_read_within_the_bound(monkeypatch):
    split_lengths: list[int] = []
    original = prose_lists._split

    def recording(norm, start, end, seps):
        split_lengths.append(end - start)
        return original(norm, start, end, seps)

    monkeypatch.setattr(prose_lists, "_split", recording)
    prose_lists._read_breakdowns(REPEATED * 400)  # ~20,000 characters in one sentence
    assert split_lengths and max(split_lengths) <= prose_lists.MAX_LIST_CHARS


def test_lists_ending_within_the_bound_read_as_without_it(monkeypatch):
    # 3,300 characters in one sentence, past the bound, but each list ends at its semicolon
    text = "基本支出480.00万元，其中：人员经费430.00万元，公用经费50.00万元；" * 80
    bounded = prose_lists._read_breakdowns(text)
    monkeypatch.setattr(prose_lists, "MAX_LIST_CHARS", 10**9)
    assert bounded and bounded == prose_lists._read_breakdowns(text)


def test_a_list_running_past_the_bound_is_not_read_short(monkeypatch):
    items = "".join(f"第{k}村补助10.00万元，" for k in range(1, 201))  # 200 parts, ~2,800 characters
    text = f"共下达补助资金2,000.00万元，其中：{items}全部拨付到位"
    assert prose_lists._read_breakdowns(text) == []
    monkeypatch.setattr(prose_lists, "MAX_LIST_CHARS", 10**9)
    (whole,) = prose_lists._read_breakdowns(text)  # without the bound: all 200 parts
    assert len(whole.parts) == 200


def test_a_list_ending_within_the_bound_is_read_as_before():
    text = ("本年支出合计 1,200.00 万元，其中：基本支出 700.00 万元、项目支出 500.00 万元。"
            + "单位严格执行预算，" * 400 + "全年无超支。")
    (found,) = prose_lists._read_breakdowns(text)
    assert found.total.value == Decimal("1200.00")
    assert [p.value for p in found.parts] == [Decimal("700.00"), Decimal("500.00")]
    assert found.exhaustive and found.labels == ("基本支出", "项目支出")
