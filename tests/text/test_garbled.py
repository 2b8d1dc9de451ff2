"""Signs of a garbled text (a host or a wrong decoding), what a rule cannot trust."""

from __future__ import annotations

import pytest

from perflint.text.garbled import garbled


@pytest.mark.parametrize("text", [
    "?。ㄒ唬┳橹\ufffd开展助残活动",       # a double-byte text read one byte off
    "负责全县残疾人事业\ufffd",            # a replacement mark
    "原因?为该单位开户行变更",             # a ? inside Chinese text
    "?、组织实施",                         # a ? opening a line
    "å¹´åº¦预算",                         # UTF-8 read as Latin-1
    "锟斤拷锟斤拷",
])
def test_garbled_text_is_recognised(text):
    assert garbled(text)


@pytest.mark.parametrize("text", [
    "（一）组织开展助残活动，负责宣传工作。",
    "资金到位率是否达到100%? 是。",          # a question mark before a space or a figure
    "What? 2023年度",
    "│ 项目名称 │ 预算数 │",                  # a table drawn in text: rules stand apart
    "",
])
def test_a_clean_text_is_not(text):
    assert not garbled(text)


def test_a_question_mark_before_a_mirrors_reading_is_garble():
    assert garbled("能够促进当?shù)农村发展")
    assert not garbled("是否达到预期目标?")
    assert garbled("满分40分?;蚪果")
    assert garbled("评判[1]???绩效")
    assert garbled("有效的评判[1]???jī)效评价")
