"""Which 自评表 indicator a stated problem is about (perflint/extract/stated_shortfalls.py)."""

from __future__ import annotations

from perflint.extract.stated_shortfalls import domain_pairs, link_shortfalls, shortfall_clauses

NAMES = ["档案数字化页数", "档案检索服务", "当年完成数字化", "查档群众满意度"]


def test_a_clause_with_a_shortfall_word():
    [c] = shortfall_clauses("目录数据库已建成，档案检索功能滞后。")
    assert c.text == "档案检索功能滞后" and c.text[c.cue[0]:c.cue[1]] == "滞后"
    assert shortfall_clauses("档案检索功能有待进一步推广。") == []


def test_the_clause_goes_to_the_indicator_whose_subject_it_names():
    [(t, link)] = link_shortfalls(NAMES, ["馆舍面积不足。", "档案检索功能滞后。"])
    assert t == 1 and NAMES[link.index] == "档案检索服务" and link.term == "档案检索"


def test_generic_words_and_the_projects_name_name_no_indicator():
    # 群众 is every form's word; 数字化 is the project's own name
    assert link_shortfalls(NAMES, ["群众来馆不便，交通不畅。"]) == []
    assert link_shortfalls(NAMES, ["数字化设备不足，进度较慢。"], project=["档案数字化经费"]) == []


def test_a_word_at_the_front_of_a_name_is_its_setting_not_its_subject():
    names = ["新库房投入使用后的温湿度监测", "档案检索服务"]
    assert link_shortfalls(names, ["新库房面积不足。"]) == []


def test_a_clause_that_fits_two_indicators_equally_goes_to_none():
    names = ["档案检索服务", "档案检索系统运行率"]
    assert link_shortfalls(names, ["档案检索功能滞后。"]) == []


def test_the_units_field_is_in_half_of_its_forms():
    forms = [["医保政策知晓率"], ["医保基金追回率"], ["数据统计工作"], ["医保电子凭证结算率"]]
    assert "医保" in domain_pairs(forms) and "统计" not in domain_pairs(forms)
    assert domain_pairs(forms[:3]) == set()
