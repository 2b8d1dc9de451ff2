"""T809 name-spelt-two-ways: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.terms import NameSpeltTwoWays

from perflint.extract.name_variants import name_variants

from .._harness import run

DRAFT = """青禾县畜牧站2023年青禾山羊良种繁育经费的绩效自评报告

一、项目概况
青禾县畜牧站2023年青荷山羊良种繁育经费的绩效自评报告如下。
本项目预算 30 万元，用于种羊场建设，全年执行 30 万元。
"""


def test_the_title_name_written_with_one_character_changed_is_reported():
    [d] = run(NameSpeltTwoWays, DRAFT)
    assert d.location.line == 4
    assert "“荷”/“禾”" in d.message("zh") and "青荷山羊良种繁育经费" in d.message("zh")
    assert d.related and d.related[0].location.line == 1
    assert run(NameSpeltTwoWays, DRAFT.replace("青荷山羊", "青禾山羊")) == []


@pytest.mark.parametrize("body", [
    "青禾县畜牧站2023年青禾山羊良种繁育经费的绩效自评报告如下。",  # the same spelling
    "另有市级山羊良种繁育经费 10 万元，由市畜牧站实施。",  # 县 / 市: another fund, not a misspelling
    "青禾县畜牧站2022年青禾山羊良种繁育经费已于上年评价。",  # another year (digits differ)
    "青禾县畜牧站青禾山羊良种繁育和推广经费另行报告。",  # words added, not one changed
    "青禾县畜牧站2023年青禾黄牛良种繁育经费的绩效自评报告另附。",  # two characters: another breed
])
def test_quiet_where_the_body_names_the_project_or_another_one(body):
    draft = DRAFT.replace("青禾县畜牧站2023年青荷山羊良种繁育经费的绩效自评报告如下。", body)
    assert run(NameSpeltTwoWays, draft) == []


def test_function_characters_and_long_flattened_titles_are_no_names():
    title = "部门整体支出及项目支出绩效自评报告"
    assert name_variants([title], ["本部门由基本支出和项目支出绩效两部分构成"]) == []
    flattened = "项目支出绩效自评表 三级指标 及时(按期)开工率 ≥90% 及时(按期)完工率 ≥90% 验收合格率 100%" * 2
    assert name_variants([flattened], [flattened.replace("开工率", "完工率", 1)]) == []
