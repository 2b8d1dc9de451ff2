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


TRANSFER_FORM = """中央转移支付乡村文化广场项目绩效自评表 | |||||
(2023年度) | |||||
转移支付(项目)名称 | 乡村文化广场项目 | ||||
地方主管部门 | 云塘县人民政府 | 资金使用单位 | 云塘县文化馆 | ||
资金投入情况 (万元) |
全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||
年度资金总额: | 600 | {spent} | {rate} | ||||
其中:中央财政资金 | 600 | {spent} | {rate} | ||||
资金管理情况 | 情况说明 | 存在问题和改进措施 | |||
分配科学性 | 资金按因素法分配 | ||||
执行准确性 | {answer} | ||||
总体目标完成情况 | 总体目标 | 全年实际完成情况 | |||
建成文化广场2个 | 已建成1个，另1个在建 | |||
"""


def test_c709_accuracy_claimed_beside_a_low_execution_rate():
    text = TRANSFER_FORM.format(spent="312.6", rate="52.10%", answer="未出现执行数偏离预算数的情况")
    assert lines_of(CompletionContradiction, text) == [line_of(text, "执行准确性")]
    [diag] = run(CompletionContradiction, text, "form.txt")
    assert "312.6 ÷ 预算 600 = 52.1%" in diag.message("zh")


def test_c709_accuracy_claim_is_quiet_when_spent_or_admitted():
    spent = TRANSFER_FORM.format(spent="588", rate="98.00%", answer="未出现执行数偏离预算数的情况")
    assert lines_of(CompletionContradiction, spent) == []
    admitted = TRANSFER_FORM.format(spent="312.6", rate="52.10%", answer="执行数偏离预算数较多，余款结转下年")
    assert lines_of(CompletionContradiction, admitted) == []


def test_c709_a_rate_off_100_beside_spending_said_equal_to_the_budget():
    # a 决算说明 row line that keeps the template's 决算数与预算数持平 after a rate of another line
    head = "某县农业农村局2023年度部门决算说明\n"
    wrong = head + "农林水支出（类）农业农村（款）行政运行（项）：支出决算为386.40万元，完成预算92.60%，决算数与预算数持平。\n"
    assert lines_of(CompletionContradiction, wrong) == [2]
    [diag] = run(CompletionContradiction, wrong)
    assert "92.60%" in diag.message("zh") and "持平" in diag.message("zh")
    for rate in ("100%", "100.00%", "99.6%"):  # equal, or within a point of it
        right = wrong.replace("92.60%", rate)
        assert lines_of(CompletionContradiction, right) == []
