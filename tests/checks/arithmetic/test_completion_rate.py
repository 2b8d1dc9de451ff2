"""A126 completion-rate-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import CompletionRateMismatch

from perflint.check import Context
from perflint.read.text import parse_text

from .._harness import run


def test_completion_rate_column():
    text = ("一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t完成率\t得分\n"
            "产出指标\t数量指标\t检查次数\t4\t6\t120%\t20\n"
            "\t数量指标\t宣传次数\t2\t2\t100%\t20\n")
    diags = list(CompletionRateMismatch().run(parse_text(text, "c.txt"), Context()))
    assert len(diags) == 1
    assert "6 ÷ 4 = 150%" in diags[0].message("zh")


def test_completion_rate_column_that_computes_is_quiet():
    text = ("一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t完成率\t得分\n"
            "产出指标\t数量指标\t检查次数\t4\t6\t150%\t20\n"
            "\t数量指标\t宣传次数\t2\t2\t100%\t20\n")
    assert run(CompletionRateMismatch, text, "c.txt") == []


def test_a_target_exceeded_with_its_rate_capped_at_100_is_quiet():
    # many forms rule 超过100%的按100%计; a rate below the true share is still wrong
    text = ("一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t完成率\t得分\n"
            "产出指标\t数量指标\t检查次数\t≥4次\t6次\t100%\t20\n"
            "\t数量指标\t宣传次数\t10\t8\t100%\t20\n")
    [d] = run(CompletionRateMismatch, text, "c.txt")
    assert "8 ÷ 10 = 80%" in d.message("zh")
