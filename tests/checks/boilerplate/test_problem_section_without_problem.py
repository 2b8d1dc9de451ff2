"""B313 problem-section-without-problem: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from .._harness import lines
from ._drafts import run_code


def test_b313_problem_section_reporting_progress():
    bad = "六、存在问题\n\n已完成智慧图书馆一期建设，二期正在筹备中。\n\n七、有关建议\n\n增加投入。\n"
    assert lines(run_code(bad, "B313")) == [3]
    good = "六、存在问题\n\n智慧图书馆二期因资金未到位推迟开工。\n\n七、有关建议\n\n增加投入。\n"
    assert run_code(good, "B313") == []
    none = "六、存在问题\n\n无。\n\n七、有关建议\n\n增加投入。\n"
    assert run_code(none, "B313") == []
