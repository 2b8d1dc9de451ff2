"""The boilerplate family (B3xx) on whole drafts we wrote: correct drafts quiet for every rule, the
bad report found by every rule, every rule well formed."""

from __future__ import annotations

import pytest
from perflint.checks.boilerplate import CHECKS

from ._drafts import BOILERPLATE, run_code


@pytest.mark.parametrize("name", ["good_report.txt", "good_department.txt", "good_flat.txt"])
def test_correct_drafts_are_quiet(name):
    text = (BOILERPLATE / name).read_text(encoding="utf-8")
    assert run_code(text) == []


def test_flattened_form_answers_after_the_table():
    """A PDF-flattened form: the answers spill out of the table as paragraphs."""
    text = (BOILERPLATE / "good_flat.txt").read_text(encoding="utf-8")
    reason = "路面优良率 81%，低于 85% 的目标，原因是部分路段雨季积水损坏。"
    measure = "加强排水设施维护，雨季前开展专项巡查；自评结果作为下年度养护经费安排的依据。"
    none = run_code(text.replace("\t" + reason, "\t无"), "B301")
    assert len(none) == 1 and "路面优良率" in none[0].message("zh")
    figures = run_code(text.replace(measure, "全县养护里程 126 公里，按每公里 0.63 万元计算，共计 80 万元。"), "B309")
    assert len(figures) == 1 and "只有数字说明" in figures[0].message("zh")


def test_bad_report_fires_every_rule():
    text = (BOILERPLATE / "bad_report.txt").read_text(encoding="utf-8")
    codes = {d.code for d in run_code(text)}
    assert codes >= {"B301", "B302", "B303", "B304", "B305", "B306", "B307", "B308", "B309", "B310",
                     "B311", "B312"}


def test_checks_are_well_formed():
    for cls in CHECKS:
        assert cls.code.startswith("B3") and cls.family == "boilerplate"
        assert cls.title["zh"] and cls.title["en"]
        for key, msg in cls.messages.items():
            assert msg.get("zh") and msg.get("en"), (cls.code, key)
        assert "## What it does" in cls.docs()
