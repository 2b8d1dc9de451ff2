"""C709 completion-contradiction: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import CompletionContradiction

from .._harness import line_of, run
from ._drafts import TOWN, lines_of


def test_c709_full_completion_and_overspending():
    text = TOWN.replace("完成年初预算 101.2%", "完成年初预算 100%")
    assert lines_of(CompletionContradiction, text) == [line_of(text, "一般公共预算财政拨款支出 830.15")]
    no_amount = TOWN.replace("决算数等于预算数", "决算数大于预算数")
    assert lines_of(CompletionContradiction, no_amount) == [line_of(no_amount, "农林水支出")]


def test_c709_quiet_when_the_difference_rounds_to_the_rate():
    text = TOWN.replace("完成年初预算 101.2%，决算数大于预算数 9.80 万元", "完成年初预算 100%，决算数大于预算数 0.80 万元")
    assert run(CompletionContradiction, text) == []
