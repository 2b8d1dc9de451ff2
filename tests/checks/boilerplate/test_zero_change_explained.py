"""B305 zero-change-explained: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from ._drafts import run_code


def test_b305_zero_change_with_reason():
    text = "国有资本经营预算财政拨款收入 0 万元，比上年增加 0 万元。增加主要原因是本年无此项收入。\n"
    diags = run_code(text, "B305")
    assert len(diags) == 1 and "增加0万元" in diags[0].message("zh")


def test_b305_one_finding_for_amount_and_rate_of_one_zero_change():
    """``增加 0.00 万元，增长 0%，主要原因是…``: one template sentence, one finding."""
    text = "其他收入 0.00 万元，较上年增加 0.00 万元，增长 0%，主要原因是：本单位无其他收入。\n"
    assert len(run_code(text, "B305")) == 1


def test_b305_quiet_on_real_changes_and_plain_zero():
    assert run_code("收入 436.20 万元，比上年增加 12.50 万元，主要原因是新增项目。\n", "B305") == []
    assert run_code("政府性基金预算财政拨款收入 0 万元，比上年增加 0 万元，与上年持平。\n", "B305") == []
    assert run_code("比上年增加0.05万元，主要原因是会议增加。\n", "B305") == []


def test_b305_quiet_when_the_reason_itself_says_nothing_changed():
    """The county template ``增加 0.00 万元，增长 0%，主要原因是：本单位无…，与去年相比无变化``
    gives no reason for a change: the sentence says there was none."""
    honest = "经营收入 0.00 万元，较上年增加 0.00 万元，增长 0%，主要原因是：本单位无经营收入，与去年\n相比无变化。\n"
    assert run_code(honest, "B305") == []
    assert len(run_code(honest.replace("相比无变化", "相比业务量增加"), "B305")) == 1


def test_b305_zero_difference_from_the_budget_given_a_reason():
    """``年初预算为0万元，差值为0万元，原因为…`` (modelled on a township's 三公经费 paragraph that
    compares each item with its budget): no difference, yet a reason. A real difference keeps its."""
    text = ("2023年度“三公”经费支出3.10万元，年初预算为3.50万元，差值为0.40万元。其中：因公出国（境）支出0万元，"
            "年初预算为0万元，差值为0万元，原因为严格落实中央八项规定精神；公务接待费支出3.10万元，"
            "年初预算为3.50万元，差值为0.40万元，原因为压减接待批次。\n")
    [d] = run_code(text, "B305")
    assert d.key == "no_difference" and "差值为0万元" in d.message("zh")
    good = text.replace("差值为0万元，原因为严格落实中央八项规定精神", "与预算一致")
    assert run_code(good, "B305") == []


def test_b305_reason_on_the_line_after_its_colon():
    """A PDF's page width (or the writer's Enter) can end the line right after ``主要原因是：``:
    the reason is then the next paragraph, and when that one says nothing changed, no reason
    was given for a zero. A reason for a change that did not happen is still reported."""
    text = ("6.上级补助收入 0.00 万元，为从主管部门取得的非财政补助收入。\n"
            "较 2022 年度决算数增加 0.00 万元，增长 0%，主要原因是：\n"
            "本单位无上级补助收入，与上年相比无变化。\n")
    assert run_code(text, "B305") == []
    [d] = run_code(text.replace("与上年相比无变化", "本年新增培训任务"), "B305")
    assert "增加0.00万元" in d.message("zh")
