"""The duplicates family's indicator rules at once on correct 自评表 we wrote."""

from __future__ import annotations

from perflint.checks.duplicates import CHECKS, CopiedParagraph

from .._harness import run
from ._drafts import SUBSIDY_ROWS, form


def test_correct_forms_are_quiet_for_every_indicator_rule():
    training = ["产出指标（50分）\t数量指标\t培训人次\t≥300人次\t315人次\t25\n",
                "\t质量指标\t考核合格率\t≥90%\t94.6%\t25\n",
                "效益指标（40分）\t社会效益指标\t持证上岗人数\t≥250人\t262人\t20\n",
                "\t服务对象满意度指标\t学员满意度\t≥90%\t96%\t20\n"]
    text = form(SUBSIDY_ROWS) + "\n" + form(training, project="农机手培训", budget="18")
    for check in CHECKS:
        if check is not CopiedParagraph:
            assert run(check, text) == [], check.code
