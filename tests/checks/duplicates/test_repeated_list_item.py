"""D206 repeated-list-item: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.duplicates import RepeatedListItem

from .._harness import run


def test_same_category_twice_in_an_enumeration():
    text = "全县共有定点零售药店 85 家、定点零售药店 12 家，均已接入结算系统。\n"
    [diag] = run(RepeatedListItem, text)
    assert "定点零售药店" in diag.message("zh") and "12 家" in diag.message("zh")
    fine = "全县共有定点零售药店 85 家、定点医疗机构 12 家，均已接入结算系统。\n"
    assert run(RepeatedListItem, fine) == []
