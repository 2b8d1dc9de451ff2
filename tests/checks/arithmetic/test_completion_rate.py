"""A126 completion-rate-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.arithmetic import CompletionRateMismatch

from perflint.check import Context
from perflint.diagnostics import Severity
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


# A narrative sentence with a target count, the count reached and their rate (a probe of ours found
# 计划开展整治24次，实际开展26次，完成率110.33% quiet): recomputed as in the form, a warning.
@pytest.mark.parametrize(("sentence", "fires"), [
    ("计划开展环境卫生集中整治24次，实际开展26次，完成率108.33%。", False),
    ("计划开展环境卫生集中整治24次，实际开展26次，完成率110.33%。", True),
    ("全年计划培训500人次，实际培训520人次，完成计划的104%。", False),
    ("全年计划培训500人次，实际培训520人次，完成计划的110%。", True),
    ("目标新建改建农村公路12.5公里，实际完成13公里，完成率100%。", False),  # capped at 100%
    ("计划支出50万元，实际支出48万元，完成率90%。", False),  # money: the budget readers' business
    ("计划培训500人次，实际培训520人，完成率110%。", False),  # two units: not one measure
    # the count reached first, the target in the completion phrase after it
    ("组织教师参加各级培训326人次，完成年度目标300人次的108.67%。", False),
    ("组织教师参加各级培训326人次，完成年度目标300人次的106.87%。", True),
    ("组织教师参加各级培训326人次，占全校教师300人次的106.87%。", False),  # no completion phrase
    ("完成维修改造工程3项；组织教师参加各级培训326人次，完成年度目标300人次的106.87%。", True),
    # the count reached first, then the target in a clause of its own, then the rate (modelled on a
    # county 学生资助 report)
    ("受理生源地信用助学贷款436人，目标为不少于420人，完成率103.81%。", False),
    ("受理生源地信用助学贷款436人，目标为不少于420人，完成率108.81%。", True),
    # one clause of a ；-list of results, each with its own target
    ("资助学生5368人次，目标为不少于5200人次；受理生源地信用助学贷款436人，目标为不少于420人，完成率108.81%。", True),
    ("资助学生5368人次，目标为不少于5200人次；受理生源地信用助学贷款436人，目标为不少于420人，完成率103.81%。", False),
    # how far past the target, as a share of it (a blind audit missed 超任务43% against its figures):
    # (actual − target) ÷ target
    ("全年计划举办农技培训80期，实际举办92期，超额完成15%。", False),
    ("全年计划举办农技培训80期，实际举办92期，超额完成35%。", True),
    ("年度任务新增造林面积600亩，实际完成690亩，超任务15%。", False),
    ("年度任务新增造林面积600亩，实际完成690亩，超任务25%。", True),
    ("计划走访困难群众400户，实际走访500户，超出计划25%。", False),
    ("计划走访困难群众400户，实际走访500户，超出计划125%。", True),  # the completion written as the excess
    ("计划走访困难群众400户，实际走访380户，超额完成5%。", False),  # no excess to compute: not this rule's
])
def test_completion_rate_in_a_sentence(sentence, fires):
    found = run(CompletionRateMismatch, sentence + "\n", "c.txt")
    assert bool(found) is fires, found
    if fires:
        assert found[0].severity is Severity.warning


@pytest.mark.parametrize(("rate", "severity"), [
    ("66.67%", None),  # 2 ÷ 3 rounded
    ("66%", Severity.rounding),  # truncated: a 尾数差异
    ("67%", None),
    ("68%", Severity.error),  # no rounding of 66.67% gives it
])
def test_a126_judges_a_form_rate_by_rate_reach(rate, severity):
    """The form's 完成率 is judged by the rule A105/A106/A107/A121 share (text/numbers.rate_reach):
    a truncated rate is a 尾数差异, one no rounding reaches an error."""
    text = ("一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t完成率\t得分\n"
            f"产出指标\t数量指标\t巡查次数\t3\t2\t{rate}\t10\n")
    found = run(CompletionRateMismatch, text, "c.txt")
    assert [d.severity for d in found] == ([severity] if severity else [])


@pytest.mark.parametrize(("rate", "severity"), [
    ("108.33%", None), ("108.3%", None), ("108.34%", Severity.rounding), ("108.35%", Severity.warning),
])
def test_a126_judges_a_sentence_rate_by_rate_reach(rate, severity):
    """In a sentence too: a truncated rate is a 尾数差异, one no rounding reaches a warning."""
    found = run(CompletionRateMismatch, f"计划开展环境卫生集中整治24次，实际开展26次，完成率{rate}。\n", "c.txt")
    assert [d.severity for d in found] == ([severity] if severity else [])
