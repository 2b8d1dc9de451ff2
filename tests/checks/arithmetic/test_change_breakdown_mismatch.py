"""A108 change-breakdown-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import ChangeBreakdownMismatch

from perflint.diagnostics import Severity

from ._drafts import run_prose


def test_a108_changes_of_the_parts_add_up_to_the_change_of_the_whole():
    whole = "2023年度“三公”经费财政拨款支出合计12.40万元,同比减少3.20万元。"
    parts = ("其中:因公出国(境)费0万元,同比减少0万元,主要是无出国安排。公务用车运行维护费8.10万元,同比减少2.90万元。"
             "公务接待费4.30万元,同比减少0.50万元,主要是压缩接待。")
    (d,) = run_prose(ChangeBreakdownMismatch, whole, parts)
    assert d.severity is Severity.warning and "0 − 2.90 − 0.50 = −3.40 ≠ 总数增减额 −3.20" in d.message()
    assert run_prose(ChangeBreakdownMismatch, whole.replace("3.20", "3.40"), parts) == []
    # a part stated twice with different figures makes the passage ambiguous: quiet
    assert run_prose(ChangeBreakdownMismatch, whole, parts + "公务接待费5.00万元,同比减少0.20万元。") == []
