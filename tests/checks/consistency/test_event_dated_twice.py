"""C710 event-dated-twice: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
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


DIGITAL = """某县档案馆2024年度档案数字化项目支出绩效自评报告
一、项目概况
数字档案管理系统于2024年{month}月正式上线运行，方便群众网上查档。
二、效益指标完成情况
数字档案管理系统自2024年9月上线以来运行稳定，全年接待查档3260人次。
"""


def test_c710_one_subject_with_its_one_time_verb_dated_twice():
    # the words after the two dates differ (正式上线运行 / 上线以来): the subject before them ties them
    text = DIGITAL.format(month=10)
    found = run(EventDatedTwice, text)
    assert [d.location.line for d in found] == [5]
    assert found[0].related[0].location.line == 3 and "数字档案管理系统" in found[0].message("zh")
    assert run(EventDatedTwice, DIGITAL.format(month=9)) == []


def test_c710_two_steps_of_one_subject_are_two_events():
    text = DIGITAL.format(month=9).replace(
        "数字档案管理系统于2024年9月正式上线运行", "数字档案管理系统于2024年6月完成部署测试，2024年9月正式上线运行")
    assert run(EventDatedTwice, text) == []
    works = "某县2023年度修缮项目支出绩效自评报告\n修缮工程于2023年6月开工，修缮工程于2023年10月竣工。\n"
    assert run(EventDatedTwice, works) == []


def test_c710_a_short_subject_names_nothing_of_its_own():
    # 项目 is every project of the document: two completions dated apart are two projects'
    text = "某县2023年度项目支出绩效自评报告\n项目于2023年10月竣工。\n另一批工程中，项目于2023年12月竣工。\n"
    assert run(EventDatedTwice, text) == []


def test_c710_a_subject_after_qizhong_is_the_same_subject():
    text = ("某镇2023年度奖补项目支出绩效自评报告\n主要用于道路硬化，其中石门村文化广场于2023年9月竣工并投入使用。\n"
            "石门村文化广场自2023年10月竣工以来，已举办群众文化活动20余场。\n")
    [d] = run(EventDatedTwice, text)
    assert d.location.line == 3 and "石门村文化广场" in d.message("zh")


ACCEPTED = """某县水务站2023年度部门整体支出绩效自评报告
二、绩效目标完成情况
河道治理工程于2023年11月{first}通过竣工验收。
附件1
某县水务站2023年度河道治理项目支出绩效自评报告
河道治理工程于2023年11月{second}通过竣工验收，工程验收合格率100%。
"""


@pytest.mark.parametrize("first,second,fires", [
    ("15日", "25日", True),  # two days of one month, both written in full: one of them is wrong
    ("15日", "15日", False),
    ("15日", "", False),  # a month alone does not say another day
])
def test_c710_one_event_two_days_of_one_month(first, second, fires):
    """Found by a bundle of our own: the 部门整体 report and the project's report date one
    acceptance on two days of the same month."""
    found = run(EventDatedTwice, ACCEPTED.format(first=first, second=second))
    assert [d.location.line for d in found] == ([6] if fires else [])
