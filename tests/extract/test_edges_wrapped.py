"""A computed finding in the sentence an excerpt opens inside is a warning at most, also where a
PDF's page width carried that sentence over the next lines (its subject may be above the cut)."""

from __future__ import annotations

from perflint.check import Context
from perflint.diagnostics import Severity
from perflint.engine import discover, instantiate, run_checks
from perflint.read.text import parse_text

CUT = ("项目支出预算 52.40 万元，基本支出预算 380.00 万元，同比增\n"
       "加 300.00 万元，增长 230.8%，主要原因是新增人员。\n"
       "二、存在问题\n"
       "无。\n")


def _growth(text: str) -> list[Severity]:
    checks = [c for c in instantiate(discover()) if c.code == "A105"]
    return [d.severity for d in run_checks(parse_text(text, "x.txt"), checks, Context()).diagnostics]


def test_growth_in_a_wrapped_opening_sentence_is_a_warning() -> None:
    assert _growth(CUT) == [Severity.warning]


def test_the_same_growth_inside_the_text_is_an_error() -> None:
    whole = "示范县2023年度部门预算说明\n一、预算情况\n本年预算如下。" + CUT
    assert _growth(whole) == [Severity.error]
    below_a_heading = "一、预算情况\n" + CUT.replace("项目支出预算 52.40 万元，", "本单位")
    assert _growth(below_a_heading) == [Severity.error]


def test_a_text_that_stops_after_a_label_and_its_bar_stops_at_the_label() -> None:
    """A table written one cell a line with a bar between cells, cut right after a label: the
    bar line after it is no text, so the label's value is past the cut, not left blank."""
    checks = [c for c in instantiate(discover()) if c.code == "B304"]
    head = "附件2\n| \n序号\n|\n单位名称\n|\n单位性质\n|\n1\n|\n"
    cut = head + "单位名称\n|\n"
    assert run_checks(parse_text(cut, "x.txt"), checks, Context()).diagnostics == []
    blank = head + "单位名称\n|\n\n|\n联系电话\n|\n0000-0000000\n|\n"
    assert [d.code for d in run_checks(parse_text(blank, "x.txt"), checks, Context()).diagnostics] == ["B304"]
