"""T801 on the fixed words of the forms' positions: a 自评表's level cells, the 决算 tables' titles,
a budget's name blended from two (perflint/extract/form_words.py, perflint/data/forms.yaml)."""

from __future__ import annotations

from perflint.checks.terms import CommonTypo, MisspeltTerm

from .._harness import fixture, line_of, run

BAD = fixture("terms", "forms_fixed_words_misspelt.txt")
GOOD = fixture("terms", "forms_fixed_words_good.txt")
ONCE = fixture("terms", "forms_budget_name_once.txt")


def test_slips_in_the_forms_fixed_words_are_reported():
    found = sorted((d.location.line, d.message("zh")) for d in run(MisspeltTerm, BAD))
    assert found == sorted([
        (line_of(BAD, "基本支出决表"), "“一般公共预算财政拨款基本支出决表”疑为“一般公共预算财政拨款基本支出决算表”之误"),
        (line_of(BAD, "八、政府性基金财政拨款"), "“政府性基金财政拨款收入支出决算表”疑为“政府性基金预算财政拨款收入支出决算表”之误"),
        (line_of(BAD, "九、政府性经营预算"), "“政府性经营预算财政拨款支出决算表”疑为“国有资本经营预算财政拨款支出决算表”之误"),
        (line_of(BAD, "本站不涉及"), "“政府性经营预算”疑为“政府性基金预算/国有资本经营预算”之误"),
        (line_of(BAD, "产业指标"), "“产业指标”疑为“产出指标”之误"),
        (line_of(BAD, "时效指示"), "“时效指示”疑为“时效指标”之误"),
        (line_of(BAD, "社会效应指标"), "“社会效应指标”疑为“社会效益指标”之误"),
        (line_of(BAD, "产业指标(60分)"), "“产业指标”疑为“产出指标”之误"),
    ])
    assert all(d.severity.name == "warning" for d in run(MisspeltTerm, BAD))
    # 一般公共决算 (决算 for the fund's 预算) is on T802's list: told there, once
    assert [(d.location.line, d.message("zh")) for d in run(CommonTypo, BAD)] == [
        (line_of(BAD, "一般公共决算财政拨款"), "“一般公共决算”疑为“一般公共预算”之误")]


def test_the_level_cell_is_reported_at_its_word_without_its_weight():
    [d] = [d for d in run(MisspeltTerm, BAD) if "产业指标" in d.message("zh") and d.location.line < 30]
    line = BAD.splitlines()[d.location.line - 1]
    assert line[d.location.column - 1:d.location.end_column - 1] == "产业指标"


def test_the_templates_own_spellings_and_prose_stay_quiet():
    """收入决算总表, 基本支出决算明细表, quotes or none round 三公, a table after a lead of its own
    (非财政拨款…), 效果指标 / 时效性指标 / 社会效益 / 服务对象满意度指标等 in the level column, and
    产业指标 in prose (an industry's indicator)."""
    assert run(MisspeltTerm, GOOD) == []


def test_a_level_word_away_from_a_form_is_not_read():
    text = "某县2023年经济运行情况\n\n产业指标\n\n全县工业增加值增长5%，服务业平稳。\n"
    assert run(MisspeltTerm, text) == []


def test_a_level_cell_cut_at_its_edge_is_a_wrapped_word():
    """满意度指 | 标: a narrow column wrapped the word, no character was dropped."""
    text = ("项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n|---|---|---|---|---|\n"
            "| 产出指标 | 数量指标 | 培训人数 | 50 | 50 |\n| 满意度指 | 服务对象满意度指标 | 满意度 | 50 | 50 |\n")
    assert run(MisspeltTerm, text) == []


def test_a_budget_publications_tables_are_no_slips_of_the_final_accounts():
    """收入预算表, 支出预算表…: a 部门预算 names its tables as the 决算 does, 预算 for 决算."""
    text = ("某某局2024年部门预算\n\n目录\n一、收入支出预算总表\n二、收入预算表\n三、支出预算表\n"
            "四、财政拨款收入支出预算总表\n五、一般公共预算财政拨款支出预算表\n"
            "六、一般公共预算财政拨款基本支出预算表\n七、一般公共预算财政拨款“三公”经费支出预算表\n")
    assert run(MisspeltTerm, text) == []


def test_a_weighted_word_away_from_a_form_is_not_read():
    """产业指标（20分） as a scoring item of another table (a county's assessment), no level word
    of a 自评表 beside it."""
    text = "某县2023年乡村振兴考核评分办法\n\n一、产业指标（20分）：主导产业产值增长5%以上。\n"
    assert run(MisspeltTerm, text) == []


def test_a_budget_names_slip_is_one_finding_across_t801_and_t802():
    """八、政府性经营预算财政拨款支出决算表 among the 决算 tables and 一般公共决算财政拨款 in prose (a
    written 决算 modelled on a district's publication, held30 DEV 022:27 and a city bureau's contents,
    audit26d 001:3): each slip is told once, T801 naming the table the position holds (国有资本经营预算
    here: the list names 政府性基金预算 already), not T802 again with its one fixed reading."""
    found = sorted((d.location.line, d.code, d.message("zh"))
                   for rule in (MisspeltTerm, CommonTypo) for d in run(rule, ONCE))
    assert found == sorted([
        (line_of(ONCE, "八、政府性经营预算"), "T801",
         "“政府性经营预算财政拨款支出决算表”疑为“国有资本经营预算财政拨款支出决算表”之误"),
        (line_of(ONCE, "一般公共决算财政拨款"), "T802", "“一般公共决算”疑为“一般公共预算”之误"),
    ])
