"""Y506 malformed-year: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.years import MalformedYear

from .._harness import line_of
from ._drafts import GOOD, diagnostics


def test_y506_document_number_and_date_with_a_three_digit_year():
    text = GOOD.replace("（某财预〔2020〕15号）", "（某财预〔202〕15号）").replace(
        "2023 年 6 月 12 日及", "203 年 6 月 12 日及")
    found = diagnostics(text, MalformedYear)
    assert [(d.location.line, d.severity.name) for d in found] == [
        (line_of(text, "〔202〕"), "error"), (line_of(text, "203 年 6 月"), "error")]


def test_y506_quiet_for_list_items_and_counts():
    text = GOOD + "\n（1）12号楼维修完成。共服务202年次。〔2023〕5号。\n"
    assert diagnostics(text, MalformedYear) == []
