"""The built-in data rules fire on drafts we wrote and stay quiet on correct text."""

from __future__ import annotations

import pytest
from perflint.checks.data_rules import CHECKS

from perflint.check import Context
from perflint.read.text import parse_text

RULES = {cls.code: cls for cls in CHECKS}


def _lint(code: str, text: str) -> list:
    return list(RULES[code]().run(parse_text(text, "draft.txt"), Context()))


@pytest.mark.parametrize("text, match", [
    ("根据提供的数据，全局“三公”经费支出合计86.20万元。", "根据提供的数据"),
    ("因公出国（境）费为0，这或许是由于疫情限制。", "这或许是由于"),
    ("根据 提供的 数据,全局支出合计86.20万元。", "根据 提供的 数据"),  # PDF spaces, half width
])
def test_generated_text_fires(text, match):
    found = _lint("B350", text)
    assert [d.args["match"] for d in found] == [match]


def test_generated_text_quiet_on_a_unit_statement():
    text = "根据部门决算数据，全局“三公”经费支出合计86.20万元，比上年减少12.40万元，主要原因是严格控制公务接待。"
    assert _lint("B350", text) == []


@pytest.mark.parametrize("text, match", [
    # a tampered page puts a gambling site where a unit's or an office's name stood (modelled on
    # two copies of 决算 and 部门整体 reports whose headings and issuing offices were replaced)
    ("十、必威体育平台,必威体育app重要事项的情况说明", "必威体育"),
    ("根据《中共示范市委办公室 六宝典资料免费办公室关于印发职能配置的通知》精神", "六宝典"),
    ("示范县365bet备用网址农业农村局2021年度部门决算", "备用网址"),
])
def test_injected_site_text_fires(text, match):
    found = _lint("C740", text)
    assert found and found[0].args["match"] == match


def test_injected_site_text_quiet_on_lottery_funds():
    text = ("社会福利支出中彩票公益金安排12.50万元，用于体育彩票网点周边的全民健身设施；"
            "县文化馆举办群众体育活动4场，开展棋类比赛1次。")
    assert _lint("C740", text) == []
