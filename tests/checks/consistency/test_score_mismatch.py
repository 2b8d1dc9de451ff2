"""C701 score-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import ScoreMismatch

from .._harness import run
from ._drafts import FORM, forms_of, project, run_fixture


def test_score_messages_name_both_scores_and_the_line():
    found = {d.location.line: d for d in run_fixture(ScoreMismatch, "bad_project.txt")}
    assert "95" in found[7].message("zh") and "92" in found[7].message("zh") and "49" in found[7].message("zh")
    assert "94" in found[39].message("en") and "92" in found[39].message("en")
    assert [r.location.line for r in found[39].related] == [49]


@pytest.mark.parametrize(("narrative", "fires"), [
    ("农机补贴项目自评得分 99.5 分。", False),
    ("农机补贴项目自评得分 98 分。", True),
    ("自评得分 90 分以上为优。", False),
    # last year's score quoted for comparison is not this form's
    ("农机补贴项目自评得分 99.5 分，较2022年度自评得分 92 分提高 7.5 分。", False),
    ("农机补贴项目自评得分 99.5 分，上年自评得分为 96 分。", False),
])
def test_score_mismatch_narrative(narrative, fires):
    assert bool(run(ScoreMismatch, project(narrative))) == fires


def test_several_scores_before_several_forms_are_not_guessed():
    form_b = FORM.split("\n", 4)[4].format(narrative="", title="乙类补助", name="乙类补助").replace("99.5", "90")
    two = project("甲类补助项目自评得分 99.5 分。乙类补助项目自评得分 90 分。", title="丙类", name="丙类") \
        + "\n附：第二张自评表如下。\n\n" + form_b
    assert len(forms_of(two)) == 2
    assert run(ScoreMismatch, two) == []
