"""C720 grade-against-score: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import GradeAgainstScore

from .._harness import lines, run


def test_c720_grade_above_the_scores_band():
    text = "一、自评结论\n\n经自评，本项目2023年度自评得分85分，评价等次为“优”。\n"
    found = run(GradeAgainstScore, text)
    assert lines(found) == [3]
    assert "“良”" in found[0].message() and "“优”" in found[0].message()
    assert run(GradeAgainstScore, text.replace("“优”", "“良”")) == []


def test_c720_each_band():
    wrong = ["综合评价得分78分，自评结果为“优秀”。", "经自评，项目得分为92.5分，等级为良。",
             "经自评，本项目得分58分，评定等级为合格。", "部门整体绩效自评总分81分，评价结果为差。"]
    for text in wrong:
        assert len(run(GradeAgainstScore, text)) == 1, text
    right = ["经自评，本项目得分74.05分，评定等级为合格。", "绩效评分100分，自评等级为优。",
             "第三方机构最终绩效评价总得分为90.76分，评价等级为优秀。", "自评得分为78分，评价等次为良。"]
    for text in right:  # 78 with 良: the older bands (良 from 75) allow it
        assert run(GradeAgainstScore, text) == [], text


def test_c720_quiet_on_the_rules_bands_and_other_scores():
    quiet = [
        "评分标准：90分（含）以上为优，80分（含）-90分为良，60分（含）-80分为中。",
        "满意度得分9分，评价等次为优。",  # an indicator's points, not the evaluation's score
        "项目得分85分，评价等级为良好，下一步将优化管理流程。",  # 优化 is no grade
        "经自评，本项目得分85分。评价等次为“优”的项目共3个。",  # another sentence, another statement
    ]
    for text in quiet:
        assert run(GradeAgainstScore, text) == [], text
