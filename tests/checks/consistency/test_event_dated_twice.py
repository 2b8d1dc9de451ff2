"""C710 event-dated-twice: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import EventDatedTwice

from .._harness import line_of, run
from ._drafts import TOWN


def test_c710_one_event_two_dates():
    text = TOWN.replace("主要是2022年9月原青石镇中心学校拆分后", "主要是2022年8月原青石镇中心学校拆分后")
    found = run(EventDatedTwice, text)
    assert [d.location.line for d in found] == [line_of(text, "2022年8月")]
    assert found[0].related and found[0].related[0].location.line == line_of(text, "2022年9月")


def test_c710_repeated_work_is_not_one_event():
    text = TOWN + "2023年3月开展安全生产检查。\n2023年9月开展安全生产检查。\n"
    assert run(EventDatedTwice, text) == []
