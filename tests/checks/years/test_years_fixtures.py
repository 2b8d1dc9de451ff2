"""The years family on whole drafts we wrote: every rule quiet on a correct report and without a
fiscal year."""

from __future__ import annotations

from ._drafts import GOOD, codes, diagnostics


def test_correct_draft_is_quiet():
    assert codes(GOOD) == []


def test_no_fiscal_year_no_findings():
    text = "工作总结\n\n2019 年 4 月 22 日，举办宣传活动。\n与 2019 年相比增加。\n"
    assert diagnostics(text) == []
