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


def test_a108_basic_spending_explained_by_the_changes_of_its_economic_classes():
    """A 预算说明 states 基本支出's change and, one numbered line each, the changes of 工资福利支出,
    商品和服务支出 and 对个人和家庭的补助 — changes alone, without this year's figures."""
    lines = ["2024年基本支出预算较上年增 23.40 万元，增幅 12.10%。主要变动原因如下：",
             "1.工资福利支出较上年增 20.10 万元，增 14.20%。主要原因是调整工资标准。",
             "2.商品和服务支出较上年减 1.20 万元，减 3.50%。主要原因是压减公用经费。",
             "3.对个人和家庭补助支出较上年增加 6.50 万元，增幅 18.00%。主要原因是退休人员增加。"]
    (d,) = run_prose(ChangeBreakdownMismatch, *lines)
    assert "20.10 − 1.20 + 6.50 = 25.40 ≠ 总数增减额 23.40" in d.message() and d.severity is Severity.warning
    right = [lines[0].replace("23.40", "25.40"), *lines[1:]]
    assert run_prose(ChangeBreakdownMismatch, *right) == []
    # a class left out (one line only): the parts are not all there, nothing to add up
    assert run_prose(ChangeBreakdownMismatch, lines[0], lines[1]) == []
