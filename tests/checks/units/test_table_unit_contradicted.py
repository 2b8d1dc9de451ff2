"""U410 table-unit-contradicted: a table whose figures the prose gives in another unit (千元 table, 万元 prose)."""

from __future__ import annotations

from perflint.checks.units import TableUnitContradicted

from .._harness import lint

_DRAFT = """示范县档案馆2023年度部门决算说明

第一部分 部门决算表
收入决算表
单位：{unit}
| 项目 | 决算数 |
| 本年收入合计 | 862.37 |
| 财政拨款收入 | 815.90 |
| 事业收入 | 31.25 |
| 其他收入 | 15.22 |

第二部分 部门决算情况说明
2023年度本年收入合计862.37万元，其中：财政拨款收入815.90万元，占94.61%；事业收入31.25万元，占3.62%；其他收入15.22万元，占1.76%。
"""


def test_thousand_yuan_table_with_the_texts_wan_figures():
    (d,) = lint(TableUnitContradicted, _DRAFT.format(unit="千元"))
    assert d.code == "U410" and d.location.line == 5
    assert "千元" in d.message() and "万元" in d.message() and "4 个数字" in d.message()
    assert "862.37" in d.message() and len(d.related) == 3


def test_table_in_the_texts_unit_or_quoted_in_thousands_stays_quiet():
    assert lint(TableUnitContradicted, _DRAFT.format(unit="万元")) == []
    # the text quotes the table in 千元 as well: the equal digits may be chance
    both = _DRAFT.format(unit="千元") + "其中财政拨款收入815.90千元用于日常运转。\n"
    assert lint(TableUnitContradicted, both) == []
    # one or two equal figures are no evidence
    two = _DRAFT.format(unit="千元").replace("事业收入31.25万元", "事业收入312.50千元").replace(
        "其他收入15.22万元", "其他收入152.20千元")
    assert lint(TableUnitContradicted, two) == []


def test_two_long_figures_suffice():
    """Two figures of five or more significant digits (1,286.45, 1,236.45) equal in 千元 and 万元
    are no chance; two short ones are."""
    text = """示范区司法局2023年度部门决算说明
收入支出决算总表
单位：千元
| 收入 | 决算数 | 支出 | 决算数 |
| 财政拨款收入 | 1,236.45 | 公共安全支出 | 1,105.62 |
| 其他收入 | 50.00 | 卫生健康支出 | 130.83 |
| 本年收入合计 | 1,286.45 | 本年支出合计 | 1,286.45 |

2023年度收入总计1,286.45万元，其中财政拨款收入1,236.45万元。
"""
    (d,) = lint(TableUnitContradicted, text)
    assert d.location.line == 3 and "2 个数字" in d.message()
    short = text.replace("1,236.45", "36.45").replace("1,286.45", "86.45").replace("1,105.62", "5.62")
    assert lint(TableUnitContradicted, short) == []


def test_yuan_table_with_the_texts_wan_figures_is_one_finding():
    """A 元 table holding the prose's 万元 figures: one table-level U410, and U401 leaves the
    figures of that table (it used to give one warning per figure)."""
    from perflint.checks.units import MoneyScale

    from perflint.testing import lint_text

    found = lint_text(_DRAFT.format(unit="元"), checks=[TableUnitContradicted, MoneyScale])
    assert [d.code for d in found] == ["U410"]
    assert "声明单位为元" in found[0].message() and "4 个数字" in found[0].message()


def test_a_single_cell_in_the_other_unit_stays_a_per_figure_finding():
    """One figure quoted 10⁴ off is U401's, on that figure; no table-level finding."""
    from perflint.checks.units import MoneyScale

    from perflint.testing import lint_text

    text = _DRAFT.format(unit="万元").replace("其他收入15.22万元", "其他收入15.22元")
    found = lint_text(text, checks=[TableUnitContradicted, MoneyScale])
    assert found and {d.code for d in found} == {"U401"} and all("15.22元" in d.message() for d in found)


def test_wan_table_with_the_texts_thousand_figures():
    """A 万元 table whose figures the prose gives in 千元 digit for digit."""
    text = _DRAFT.format(unit="万元").replace("万元", "千元").replace("单位：千元", "单位：万元")
    (d,) = lint(TableUnitContradicted, text)
    assert "声明单位为万元" in d.message() and "正文以千元" in d.message()
