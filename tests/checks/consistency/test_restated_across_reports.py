"""C731 restated-across-reports: fires on bundles we wrote with one figure restated otherwise,
stays quiet on the correct bundle."""

from __future__ import annotations

from pathlib import Path

import pytest
from perflint.checks.consistency import RestatedAcrossReports

from .._harness import run

BUNDLE = (Path(__file__).parents[2] / "fixtures" / "bundles" / "county-forestry-bundle-2023.txt").read_text(encoding="utf-8")


def _planted(old: str, new: str) -> str:
    assert BUNDLE.count(old) == 1, old
    return BUNDLE.replace(old, new)


def _line(text: str, new: str) -> int:
    return text[:text.index(new)].count("\n") + 1


def test_quiet_on_the_correct_bundle():
    assert run(RestatedAcrossReports, BUNDLE) == []


@pytest.mark.parametrize("old,new,said", [
    # the unit's figures, in its 部门整体 report against its 决算说明
    ("，下属事业单位1个，年末核定编制20人，实有在职人员18人", "，下属事业单位1个，年末核定编制20人，实有在职人员19人", "19"),
    ("，下属事业单位1个，年末核定编制20人", "，下属事业单位1个，年末核定编制22人", "22"),
    ("本站内设3个股室，下属", "本站内设4个股室，下属", "4"),
    ("股室，下属事业单位1个，", "股室，下属事业单位2个，", "2"),
    ("项目支出210.00万元。机关运行经费", "项目支出201.00万元。机关运行经费", "201.00万元"),
    ("机关运行经费支出38.20万元。\n三、", "机关运行经费支出36.20万元。\n三、", "36.20万元"),
    ("部门整体支出绩效自评得分92.00分，评价", "部门整体支出绩效自评得分93.00分，评价", "93.00分"),
])
def test_a_unit_figure_restated_otherwise(old, new, said):
    text = _planted(old, new)
    [d] = run(RestatedAcrossReports, text)
    assert d.location.line == _line(text, new) and said in d.message("zh")


@pytest.mark.parametrize("old,new,said", [
    # a project's figures, in a report on the whole unit against the project's own form
    ("经费开展了绩效自评，森林防火专项经费全年预算数120.00万元", "经费开展了绩效自评，森林防火专项经费全年预算数102.00万元",
     "102.00万元"),
    ("执行数116.40万元，自评得分96.21分。部门", "执行数114.60万元，自评得分96.21分。部门", "114.60万元"),
    ("自评得分96.21分。\n四、", "自评得分95.21分。\n四、", "95.21分"),
])
def test_a_project_figure_restated_otherwise(old, new, said):
    text = _planted(old, new)
    [d] = run(RestatedAcrossReports, text)
    assert d.location.line == _line(text, new) and said in d.message("zh")


@pytest.mark.parametrize("old,new", [
    # last year's figure, a part after 其中, a score rounded to fewer digits, a 元 slip (U401's)
    ("项目支出210.00万元。机关运行经费", "项目支出210.00万元，上年项目支出190.00万元。机关运行经费"),
    ("自评得分96.21分。\n四、", "自评得分96.2分。\n四、"),
    ("机关运行经费支出38.20万元。\n三、", "机关运行经费支出382000元。\n三、"),
    # a report that states one quantity with two values is C702's
    ("机关运行经费支出38.20万元。\n三、", "机关运行经费支出38.20万元。机关运行经费支出39.20万元。\n三、"),
])
def test_quiet_on_what_is_not_the_same_figure(old, new):
    assert run(RestatedAcrossReports, _planted(old, new)) == []


def test_reports_on_two_units_are_not_compared():
    text = _planted("附件1\n青禾县林业站2023年度部门整体", "附件1\n青禾县林木种苗站2023年度部门整体")
    text = text.replace("，下属事业单位1个，年末核定编制20人，实有在职人员18人", "，下属事业单位1个，年末核定编制20人，实有在职人员9人")
    assert run(RestatedAcrossReports, text) == []


MINI = """青禾县林业站2023年度部门决算说明
一、部门概况
局机关内设办公室、营林股、资源股3个股室，所属事业单位1家。
二、支出情况
2023年度本年支出合计612.40万元，其中：基本支出402.40万元，项目支出210.00万元。
三、“三公”经费
2023年度一般公共预算财政拨款“三公”经费支出5.60万元。
附件1
青禾县林业站2023年度部门整体支出绩效自评报告
一、基本情况
本站内设{departments}个股室，所属事业单位{subordinates}家。
二、支出情况
部门整体支出612.40万元，其中：基本支出{basic}万元，项目支出{project}万元。“三公”经费{three}万元。
"""
RIGHT = {"departments": "3", "subordinates": "1", "basic": "402.40", "project": "210.00", "three": "5.60"}


@pytest.mark.parametrize("field,value", [
    ("departments", "4"),  # a count after the list of 股室 (内设办公室、营林股、资源股3个股室)
    ("subordinates", "2"),  # 所属事业单位1家
    ("basic", "412.40"),  # a part of one whole the two reports call 本年支出合计 and 部门整体支出
    ("three", "5.80"),  # 三公经费 is 财政拨款 money: the scope one report names is no other quantity
])
def test_the_same_figure_named_otherwise_in_the_two_reports(field, value):
    assert run(RestatedAcrossReports, MINI.format(**RIGHT)) == []
    [d] = run(RestatedAcrossReports, MINI.format(**{**RIGHT, field: value}))
    assert d.location.line == 13 if field in ("basic", "three") else d.location.line == 11


def test_a_fund_scope_of_an_ordinary_amount_is_another_quantity():
    """一般公共预算财政拨款基本支出 is not the 基本支出 of every source of money."""
    text = MINI.format(**RIGHT).replace("2023年度一般公共预算财政拨款“三公”经费支出5.60万元。",
                                        "2023年度一般公共预算财政拨款基本支出380.00万元。")
    assert run(RestatedAcrossReports, text) == []


def test_a_part_in_a_sentence_opening_with_qizhong():
    """``本年支出合计 X 万元。其中：基本支出…``: the parts of the sentence before."""
    text = MINI.format(**{**RIGHT, "basic": "412.40"}).replace("612.40万元，其中：基本支出402.40", "612.40万元。其中：基本支出402.40")
    [d] = run(RestatedAcrossReports, text)
    assert d.location.line == 13 and "412.40" in d.message("zh")


def test_a_budget_figure_is_not_the_year_s_spending():
    text = MINI.format(**RIGHT).replace("“三公”经费5.60万元。", "“三公”经费5.60万元。2023年部门预算安排：基本支出420.00万元。")
    assert run(RestatedAcrossReports, text) == []


EVALUATED = """青禾县林业站2023年度部门决算说明
四、预算绩效管理工作开展情况
本站组织对{n}个项目开展了绩效自评，涉及资金{total}万元。其中：森林防火专项经费全年预算数120.00万元，执行数116.40万元；
"""


@pytest.mark.parametrize("n,total,fires", [
    ("1", "120.00", False),
    ("1", "102.00", True),  # the one project listed budgets 120.00
    ("3", "102.00", False),  # three evaluated, one listed: the total holds the other two
])
def test_the_evaluated_money_against_the_budgets_listed(n, total, fires):
    start = BUNDLE.index("附件1")
    text = EVALUATED.format(n=n, total=total) + BUNDLE[start:]
    found = run(RestatedAcrossReports, text)
    assert [d.location.line for d in found] == ([3] if fires else [])
    if fires:
        assert "120.00万元 = 120.00万元" in found[0].message("zh")


def test_a_name_ending_with_jue_suan():
    """``“三公”经费财政拨款支出决算 X 万元`` names the 三公经费 as ``“三公”经费 X 万元`` does."""
    text = MINI.format(**{**RIGHT, "three": "5.80"}).replace("“三公”经费支出5.60万元。", "“三公”经费财政拨款支出决算5.60万元。")
    [d] = run(RestatedAcrossReports, text)
    assert d.location.line == 13 and "5.80" in d.message("zh")
