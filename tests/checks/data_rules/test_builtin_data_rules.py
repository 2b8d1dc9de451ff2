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
