"""A131 written-computation-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.arithmetic import WrittenComputationMismatch

from perflint.diagnostics import Severity

from ._drafts import run_prose


@pytest.mark.parametrize(("sentence", "severity"), [
    ("“三公”经费变动率=(3.12-3.45)÷3.45=-9.57%。", None),
    ("“三公”经费变动率=(3.12-3.45)÷3.45=-8.57%。", Severity.error),
    ("预算完成率=1232.57÷1286.40×100%=95.82%。", None),
    ("预算完成率=1232.57÷1286.40×100%=96.82%。", Severity.error),
    ("预算完成率=1232.57÷1286.40×100=95.82%。", None),  # the fraction times 100, then %
    ("该项得分=10×95.82%=9.58分。", None),
    ("该项得分=10×95.82%=9.85分。", Severity.error),
    ("该项得分=10×95.82%=9.59分。", Severity.rounding),  # the last digit
    ("预算完成率=1232.57÷1286.40=95.82%，得分=95.82%×10=9.58分。", None),
    ("在职人员控制率=(在职人员数/编制数)×100%。", None),  # a definition
])
def test_written_computations(sentence, severity):
    found = run_prose(WrittenComputationMismatch, sentence)
    assert [d.severity for d in found] == ([severity] if severity else [])


def test_a_computation_in_a_table_cell():
    text = ("| 三级指标 | 分值 | 实际值 | 得分 | 评分说明 |\n"
            "| 预算完成率 | 10 | 95.82% | 9.58 | 得分=10×95.82%={score} |\n")
    assert run_prose(WrittenComputationMismatch, text.format(score="9.58")) == []
    [d] = run_prose(WrittenComputationMismatch, text.format(score="9.68"))
    assert "10×95.82% = 9.58" in d.message("zh") and d.location.line == 6


def test_last_digit_differences_can_be_left_out():
    sentence = "该项得分=10×95.82%=9.59分。"
    assert run_prose(WrittenComputationMismatch, sentence, rounding=False) == []
