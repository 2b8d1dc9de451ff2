"""The fixed words of the forms' positions (perflint/extract/form_words.py)."""

from __future__ import annotations

from perflint.extract.form_words import _one_edit, _table_slip, _vocab, blended_budget_names


def test_one_edit_is_a_character_replaced_dropped_added_or_two_swapped():
    assert _one_edit("产业指标", "产出指标")
    assert _one_edit("满意指标", "满意度指标")
    assert _one_edit("满意度度指标", "满意度指标")
    assert _one_edit("指标产出", "产出指标") is False
    assert _one_edit("产指出标", "产出指标")
    assert _one_edit("产出指标", "产出指标") is False


def test_a_blend_of_two_budgets_names_is_found_and_the_one_not_named_is_meant():
    text = "一般公共预算收支、政府性经营预算收支、国有资本经营预算收支"
    assert blended_budget_names(text) == [(9, 16, "政府性经营预算", "政府性基金预算")]
    assert blended_budget_names("政府性基金预算和国有资本经营预算、社会保险基金预算") == []


def test_a_tables_title_that_lost_its_budgets_name_is_a_slip():
    vocab = _vocab()
    assert _table_slip("政府性基金财政拨款收入支出决算表", vocab, False) == "政府性基金预算财政拨款收入支出决算表"
    assert _table_slip("政府性基金预算财政拨款收入支出决算表", vocab, True) is None
    assert _table_slip("一般公共预算财政拨款三公经费支出决算表", vocab, True) is None


def test_a_budgets_name_with_juesuan_for_yusuan_before_its_grants_is_a_slip():
    assert blended_budget_names("一般公共决算财政拨款安排的支出") == [(0, 6, "一般公共决算", "一般公共预算")]
    assert blended_budget_names("“三公”经费决算财政拨款支出") == []


def test_a_level_label_is_read_at_its_word_among_the_other_levels_labels():
    from types import SimpleNamespace

    from perflint.extract.form_words import labelled_level_slips
    from perflint.extract.slips import JoinedTexts
    from perflint.model import SourceText

    def read(*lines: str):
        items = [SimpleNamespace(text=SourceText(x, "draft.txt"), where="paragraph") for x in lines]
        return [(s.text, s.term) for s in labelled_level_slips(items, JoinedTexts(list(lines)))]

    assert read("（1）产业指标：建成示范村12个。", "（2）时效指标：年底前完工。") == [("产业指标", "产出指标")]
    assert read("产业指标：", "建成示范村12个。", "成本指标：", "安排资金520万元。") == [("产业指标", "产出指标")]
    assert read("产业指标：全县工业增加值增长5%。", "服务业平稳增长。") == []  # no other level labelled
    assert read("产出指标：建成示范村12个。", "成效指标：群众满意。") == []  # a template's own spellings
    # the unit's own kinds of measure labelled beside it (经济指标, a label of no level): a list
    # of an industry bureau's targets, not the form's levels
    assert read("经济指标：工业增加值增长8%。", "产业指标：新增规上企业12家。", "效益指标：利润增长6%。") == []
    # a heading's label alone on its line above the levels is no kind of target
    assert read("绩效指标：", "产业指标：", "建成示范村12个。", "时效指标：", "年底前完工。") == [("产业指标", "产出指标")]
