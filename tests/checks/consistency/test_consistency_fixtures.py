"""The consistency family on whole drafts we wrote: every rule quiet on the correct project report
and town 决算说明, the rules found on their lines of the wrong report."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import (
    CHECKS,
    AnnouncedCountMismatch,
    BudgetMismatch,
    ForeignOrganisation,
    IndicatorValueMismatch,
    ProjectNameMismatch,
    SameQuantityDifferentValues,
    ScoreMismatch,
)
from perflint.checks.consistency._texts import text_index

from perflint.facts import facts_of
from perflint.read.text import parse_text

from .._harness import run
from ._drafts import TOWN, run_fixture


@pytest.mark.parametrize("check", CHECKS)
def test_correct_draft_is_quiet(check):
    assert run_fixture(check, "good_project.txt") == []


@pytest.mark.parametrize(("check", "lines"), [
    (ScoreMismatch, [7, 39]),
    (SameQuantityDifferentValues, [21]),
    (AnnouncedCountMismatch, [11, 25]),
    (ForeignOrganisation, [33]),
    (BudgetMismatch, [15]),
    (ProjectNameMismatch, [41]),
    (IndicatorValueMismatch, [21]),
])
def test_wrong_draft_fires(check, lines):
    found = run_fixture(check, "bad_project.txt")
    assert sorted(d.location.line for d in found) == lines
    assert all(d.code == check.code and d.family == "consistency" for d in found)


@pytest.mark.parametrize("check", CHECKS)
def test_correct_town_accounts_are_quiet(check):
    assert run(check, TOWN) == []


# The family's index of the document's texts finds the texts holding a word exactly as a walk of
# every text does (C704, C711, C713, C715, C720 and C726 look for their words through it).

INDEX_DRAFT = (
    "某县档案馆2023年度项目支出绩效自评报告\n"
    "一、项目概况\n"
    "本项目由主管部门某县档案局负责，实施单位为某县档案馆。自评得分95分，等次为优。\n"
    "分项目说明：一级指标权重见表。\n"
    "| 一级指标 | 分值 | 得分 |\n"
    "| 产出指标 | 50 | 48分 |\n"
    "| 效益指标 | 30 | 30 |\n"
    "| 主管部门 | 某县档案局 | 实施单位 |\n"
    "二、绩效目标\n"
    "档案馆\n"
    "全年完成档案数字化，分\n两批完成。\n"
)


def _texts_holding(doc, word):
    return [i for i, t in enumerate(facts_of(doc).texts) if word in t.text.value]


def test_the_texts_holding_a_word_are_those_a_walk_finds():
    doc = parse_text(INDEX_DRAFT)
    index = text_index(doc)
    assert index.values == [t.text.value for t in facts_of(doc).texts]
    for word in ("分", "主管部门", "实施单位", "一级指标", "档案馆", "档案", "某县", "完成", "两批", "无此词"):
        assert index.holding(word) == _texts_holding(doc, word), word
    assert index.holding("分")  # the test reads texts that hold it: first, last, cells, a text with a line break
    assert index.holding("无此词") == []


def test_one_index_per_document():
    doc = parse_text(INDEX_DRAFT)
    assert text_index(doc) is text_index(doc)
