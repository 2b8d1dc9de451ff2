"""paired_changes: two changes and two rates stated as pairs, each read against its own figure."""

from __future__ import annotations

from decimal import Decimal

from perflint.extract.paired_changes import paired_changes


def test_a_pair_across_two_sentences_reads_each_rate_with_its_own_figures():
    text = ("2023年度收、支总计各是3210.50,3305.20万元。与2022年相比,收、支总计各减少802.40,1204.60万元,"
            "各下降20.00%、26.71%。")
    found = paired_changes(text)
    assert [(st.current.value, st.change.value, st.rate.value, st.direction) for st in found] == [
        (Decimal("3210.50"), Decimal("802.40"), Decimal("20.00"), -1),
        (Decimal("3305.20"), Decimal("1204.60"), Decimal("26.71"), -1),
    ]
    assert all(st.inferred and st.current.kind == "money" for st in found)
    assert [text[st.rate.start:st.rate.end] for st in found] == ["20.00%", "26.71%"]
    assert [text[st.current.start:st.current.end] for st in found] == ["3210.50", "3305.20万元"]


def test_a_bare_first_figure_takes_the_unit_written_after_its_pair():
    text = "2021年度收入512.30、支出总计498.70万元。与2020年相比,收入减少90.10、支出总计减少110.40万元,分别下降14.96%、18.13%。"
    first, second = paired_changes(text)
    assert first.current.scale == first.change.scale == second.current.scale == Decimal(10000)


def test_no_pair_no_reading():
    assert paired_changes("与上年相比,收、支总计各减少802.40万元,下降20.00%。") == []
    assert paired_changes("收入3210.50万元。与2022年相比,各增加802.40、1204.60万元,各增长20%、30%、40%。") == []
    assert paired_changes("收入3210.50、支出3305.20万元。与2022年相比,收入增加802.40、支出减少1204.60万元,"
                          "分别变动20%、30%。") == []
    assert paired_changes("本年收入3210.50万元。与2022年相比,各增加802.40、1204.60万元,分别增长20%、30%。") == []
