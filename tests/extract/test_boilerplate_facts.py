"""Facts of the boilerplate family: problem statements, template text, target comparison, answers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perflint.extract.boilerplate_phrases import denies, is_nothing
from perflint.extract.form_answers import deviation_answer
from perflint.extract.narrative_scores import narrative_scores
from perflint.extract.problems import problem_statements
from perflint.extract.report_sections import empty_sections
from perflint.extract.targets import compare_target, inequality_actual, only_figures
from perflint.extract.template_text import (
    blank_dates,
    empty_slots,
    placeholders,
    stock_claim,
    template_alternatives,
    unticked_choice_row,
    unticked_choice_rows,
)
from perflint.extract.zero_change import zero_changes_explained
from perflint.model import Cell, Row, SourceText
from perflint.read.text import parse_text
from perflint.text.normalise import compact
from perflint.text.numbers import parse_cell


def q(text: str):
    found = parse_cell(text)
    assert found is not None, text
    return found


@pytest.mark.parametrize("target, actual, name, verdict", [
    ("≥95%", "96%", "合格率", None),
    ("≥95%", "94%", "合格率", "missed"),
    (">95%", "≥95%", "及时率", "unproven"),
    (">95%", ">95%", "及时率", None),
    (">95%", "95%", "及时率", "missed"),
    ("≥95%", "≥98%", "参保率", None),
    ("≥2", "≥2", "会议次数", None),
    ("≥34万人", "347173人", "参保人数", None),
    ("≥34万人", "33.9万人", "参保人数", "missed"),
    ("100%", "90%", "覆盖率", "missed"),
    ("1.5万元", "1.4万元", "单场演出成本", None),
    ("5天", "7天", "办理时限", "missed"),
    ("≤240万元", "238.5万元", "项目总成本", None),
    ("≤5%", "≤6%", "投诉率", "unproven"),
    ("≤5%", "7%", "投诉率", "missed"),
    ("140", "100%", "实际到位资金", None),  # not comparable: an amount against a rate
    ("100", "98%", "资金到位率", "missed"),
    ("≥3次", "3场", "培训", None),  # different units: not compared
])
def test_compare_target(target, actual, name, verdict):
    assert compare_target(q(target), q(actual), name) == verdict


def test_nothing_and_denial():
    for text in ("无", "无。", " 暂无 ", "没有", "/", "无偏差"):
        assert is_nothing(text), text
    assert not is_nothing("观众人次未达目标，因降雨取消两场。")
    assert denies("本项目实施中未发现明显问题。")
    assert not denies("未发现重大问题，但宣传覆盖面不足，部分村组观众偏少。")


def test_label_fragments():
    cells = [Cell(SourceText.at("未完成原因分", "x", 1)), Cell(SourceText.at("析", "x", 2)),
             Cell(SourceText.at("无", "x", 3))]
    assert [c.value for c in deviation_answer(cells)] == ["无"]


def test_stock_claim():
    for text in ("所有预期目标全部顺利完成", "各项绩效目标均已完成。", "圆满完成全年目标任务", "年度各项目标全部完成"):
        assert stock_claim(text), text
    for text in ("全部完成", "完成", "按时完成验收任务", "年度任务全部完成", "所有预期目标全部顺利完成，其中演出 24 场、观众 8600 人次"):
        assert not stock_claim(text), text


def test_template_alternatives_and_placeholders():
    found = template_alternatives("较上年增加（减少）0万元，增长(下降)0%，决算数小于 (大于) 预算数")
    assert [compact(m.text) for m in found] == ["增加（减少）", "增长(下降)", "小于(大于)"]
    assert template_alternatives("比上年增加 5 万元（减少部分为会议费）") == []
    assert [m.text for m in placeholders("××县××局，编号XX")] == ["××", "××", "XX"]
    assert placeholders("XXL 号服装，Max 值") == []


def test_blank_dates():
    assert [m.text for m in blank_dates("组长（签字）：   年   月   日")] == ["年   月   日"]
    assert blank_dates("2024 年 3 月 12 日") == []
    assert blank_dates("每年 3 月，今年 5 月") == []
    assert blank_dates("截至 2023 年 12 月 31 日") == []


def test_empty_slots():
    assert [m.text for m in empty_slots("年初结转和结余万元，本年收入0万元")] == ["年初结转和结余万元"]
    assert [m.kind for m in empty_slots("较上年增长%。")] == ["percent_slot"]
    assert empty_slots("年初结转和结余 12.5 万元，每万元支出服务 3 人次，单位：万元") == []


def test_zero_changes_explained():
    text = "收入 0 万元，比上年增加 0 万元。增加主要原因是本年无此项收入。"
    found = zero_changes_explained(text)
    assert len(found) == 1 and found[0].verb == "增加" and text[found[0].start:found[0].end] == "增加 0 万元"
    assert zero_changes_explained("比上年增加 0 万元，与上年持平。") == []
    assert zero_changes_explained("比上年增加 0.35 万元，增长 500%，主要原因是接待增加。") == []
    assert zero_changes_explained("较上年增加(减少)0万元。决算数较上年增加(减少)的主要原因：无。") == []


def test_inequality_actual_and_figures():
    assert inequality_actual("≥98%", parse_cell("≥98%")) == "≥"
    assert inequality_actual("98%以上", parse_cell("98%以上")) == "≥"
    assert inequality_actual("98.6%", parse_cell("98.6%")) is None
    assert only_figures("参保 12 万人，按 90 元/人计算，应补助 1080 万元。")
    assert not only_figures("加强宣传，提高参保率至 98%。")
    assert not only_figures("详见自评报告")


def test_problem_statements_under_heading_and_label():
    doc = parse_text(
        "（三）存在的问题和原因\n\n一是场地不足；二是人员偏少。\n\n（四）下一步改进措施\n\n增加投入。\n\n"
        "二、图书配送经费项目绩效自评综述：\n\n发现的问题及原因：\n\n1、配送周期偏长。\n2、书目更新慢。\n\n"
        "下一步改进措施：优化配送线路。\n", "x")
    statements = [(p.block.line, compact(p.statement)) for p in problem_statements(doc.parts[0])]
    assert statements == [(3, "一是场地不足；二是人员偏少。"), (13, "1、配送周期偏长。"), (14, "2、书目更新慢。")]


def test_narrative_scores():
    doc = parse_text("（一）自评得分\n\n本项目自评得分为 96 分，等次为优。\n\n评价总得分不得超过 70 分。\n\n"
                     "群众满意度综合得分 88 分。\n", "x")
    scores = narrative_scores(doc.parts[0])
    assert [s.quantity.value for s in scores] == [Decimal(96)]


def test_empty_sections():
    doc = parse_text("一、概况\n\n（一）基本情况\n\n（二）职能\n\n负责文化工作。\n\n二、收支\n\n收入 10 万元。\n", "x")
    assert [h.line for h, _ in empty_sections(doc.parts[0])] == [3]


def test_unticked_choice_rows():
    def row(*cells: str) -> Row:
        return Row([Cell(SourceText.at(c, "x", 1)) for c in cells], 1)

    assert unticked_choice_row(row("项目类别", "1、部门预算项目 □", "2、省专项 □")) == "项目类别"
    assert unticked_choice_row(row("项目类别", "1、部门预算项目 □√", "2、省专项 □")) is None
    assert unticked_choice_row(row("项目类别", "1、部门预算项目 ☑ 2、省专项 ☐")) is None
    assert unticked_choice_row(row("项目名称", "□□ 工程")) is None
    # a table is read row by row only when a cell holds an empty box
    left = row("项目类别", "1、部门预算项目 □", "2、省专项 □")
    assert unticked_choice_rows([row("项目名称", "道路养护"), left]) == [(left, "项目类别")]
    assert unticked_choice_rows([row("项目名称", "道路养护"), row("项目类别", "1、部门预算项目 √")]) == []


def test_problem_label_must_open_the_section():
    doc = parse_text("（五）存在问题整改情况\n\n已全部整改到位。\n\n（六）存在问题分析\n\n人员偏少。\n", "x")
    assert [compact(p.statement) for p in problem_statements(doc.parts[0])] == ["人员偏少。"]
