"""The terms family on whole drafts we wrote: every rule quiet on correct text and on words that
look like slips but are not."""

from __future__ import annotations

from perflint.checks.terms import CHECKS

from .._harness import run
from ._drafts import GOOD


def test_all_checks_are_quiet_on_a_correct_draft():
    for cls in CHECKS:
        assert run(cls, GOOD) == [], cls.code


def test_similar_legitimate_words_stay_quiet():
    text = """某单位2023年度部门决算说明

一、收入支出决算总体情况
本年收入合计 500 万元，本年支出合计 480 万元。财政拨款收、支总计均为 450 万元。
各项支出均按规定执行，项目节余资金已收回，医疗废物处置费另行列支。
业绩目标和绩效标准已明确，成效明显；专项资助项目 3 个，政府采取多项措施。
"""
    for cls in CHECKS:
        assert run(cls, text) == [], cls.code


def test_usual_variants_of_economic_items_stay_quiet():
    """人员经费 lists name the pension item 机关事业单位基本养老保险费 as often as …缴费, and the
    financial-aid totals are written 财政拨款收、支 (收入 and 支出 shortened before 、)."""
    text = """某单位2024年度部门预算说明

一、一般公共预算基本支出情况
人员经费 80.00 万元，主要包括：基本工资、津贴补贴、机关事业单位基本养老保险费、住房公积金。
二、财政拨款收入支出总体情况
一般公共预算财政拨款收入 50.00 万元，政府性基金预算财政拨款收入 10.00 万元，财政拨款收入总计 60.00 万元。
财政拨款收、支决算总计变动情况见下图。
"""
    for cls in CHECKS:
        assert run(cls, text) == [], cls.code
