"""A 自评表 compared with itself and with its narrative, in both layouts a unit's draft comes in
(tab rows; one cell a line as pasted from a PDF): a 项目支出 report and a 部门整体 report we wrote
lint clean, and each defect planted in them is found by the rule that owns it with the same
severity in both layouts — the severity is the rule's, never the layout's."""

from __future__ import annotations

import pytest

from perflint.diagnostics import Severity
from perflint.testing import builtin_checks, lint_text

from ._harness import fixture, plant

E, W = Severity.error, Severity.warning
DRAFTS = {"clinic": ("xiangmu", "clinic-equipment-2023.txt"), "village": ("xiangmu", "village-culture-2024.txt"),
          "dept": ("whole", "overall_good_tab.txt")}

# (name, draft, [(old, new) …], code, severity): each old text occurs once in the draft.
DEFECTS = [
    # 1. a breakdown of the budget total: an error where the sum is certain, in either layout
    ("sources above the total", "clinic", [("其中：财政拨款\t200.00\t220.00", "其中：财政拨款\t200.00\t225.00")], "A127", E),
    ("sources short of the total", "clinic", [("其中：财政拨款\t200.00\t220.00", "其中：财政拨款\t200.00\t210.00")],
     "A127", E),
    ("basic + project short of the total", "dept", [("年度资金总额\t620.00", "年度资金总额\t650.00"),
                                                    ("年初预算620.00万元", "年初预算650.00万元")], "A127", W),
    ("basic + project above the total", "dept", [("年度资金总额\t620.00", "年度资金总额\t600.00"),
                                                 ("年初预算620.00万元，年中追加80.00万元", "年初预算600.00万元，年中追加100.00万元")],
     "A127", E),
    ("personnel + public short of basic", "dept", [("人员经费\t390.00\t410.00", "人员经费\t390.00\t400.00"),
                                                   ("人员经费410.00万元", "人员经费400.00万元")], "A127", W),
    ("personnel + public above basic", "dept", [("人员经费\t390.00\t410.00", "人员经费\t390.00\t430.00"),
                                                ("人员经费410.00万元", "人员经费430.00万元")], "A127", E),
    # 2. the 总分 row's 分值 total
    ("分值 total 110 over weights of 100", "clinic", [("合计\t100\t96.40", "合计\t110\t96.40")], "A125", E),
    ("分值 total 110 over weights of 100 (dept)", "dept", [("总分\t100\t98.6", "总分\t110\t98.6")], "A125", E),
    ("分值 total 90 over weights of 100", "village", [("总分\t100\t99.00", "总分\t90\t99.00")], "A125", E),
    ("分值 total 95 under weights of 100 (dept)", "dept", [("总分\t100\t98.6", "总分\t95\t98.6")], "A125", E),
    ("分值 total 110 and weights of 110", "clinic", [("合计\t100\t96.40", "合计\t110\t106.40"),
                                                  ("设备完好率\t≥95%\t98%\t10\t10", "设备完好率\t≥95%\t98%\t20\t20"),
                                                  ("自评得分96.40分", "自评得分106.40分")], "A125", W),
    # 3. a list of a total's sources without 其中
    ("资金来源为 list off its total", "clinic", [("其他资金5.00万元。", "其他资金6.00万元。")], "A104", E),
    ("资金来源： list off its total", "clinic", [("，资金来源为财政拨款220.00万元、上年结转资金15.00万元、其他资金5.00万元。",
                                            "。资金来源：财政拨款220.00万元、上年结转资金15.00万元、其他资金6.00万元。")],
     "A104", E),
    ("全年预算中 list off its total", "village", [("其他资金5.00万元。", "其他资金6.00万元。")], "A104", E),
    # 4. staff counts
    ("实有人数 in the narrative differs from the form", "dept", [("年末实有在职人员36人", "年末实有在职人员38人")],
     "C728", W),
    ("编制数 in the narrative differs from the form", "dept", [("核定事业编制40名", "核定事业编制42名")], "C728", W),
    # 5. a claim in a form cell
    ("偏差原因 says 无偏差 beside a missed target", "clinic",
     [("16.80\t部分设备下半年才投入使用，下一步加强设备使用培训", "16.80\t无偏差")], "B301", W),
    ("偏差原因 claims every target met beside a missed target", "clinic",
     [("16.80\t部分设备下半年才投入使用，下一步加强设备使用培训", "16.80\t各项目标全部完成")], "B315", W),
    ("偏差原因 claims every indicator met (dept)", "dept",
     [("10\t9\t夏季持续干旱导致作物减产，下一步加强抗旱技术指导", "10\t9\t各项指标均已完成")], "B315", W),
    ("the goal's actual claims every target met", "clinic",
     [("为8家乡镇卫生院配备基本医疗设备24台（套），基层门诊量增长4.2%。", "各项目标全部完成。")], "B315", W),
    ("the goal's actual claims every target met (village)", "village",
     [("举办送戏下乡演出126场，培训村级文艺骨干285人，受益群众5.3万人次。", "各项目标全部完成。")], "B315", W),
]


def _cells(text: str) -> str:
    """``text`` with every tab-separated cell on a line of its own (an empty cell a blank line),
    as a PDF's text gives a table."""
    return "\n".join(cell if cell else " " for line in text.split("\n") for cell in line.split("\t"))


LAYOUTS = {"tabs": lambda t: t, "cells": _cells}


def _lint(text: str) -> list:
    return lint_text(text, checks=builtin_checks(), path="draft.txt")


def _planted(draft: str, edits) -> str:
    return plant(fixture(*DRAFTS[draft]), edits)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("draft", DRAFTS)
def test_correct_report_lints_clean(draft, layout):
    assert _lint(LAYOUTS[layout](fixture(*DRAFTS[draft]))) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("name", "draft", "edits", "code", "severity"), DEFECTS, ids=[d[0] for d in DEFECTS])
def test_planted_defect_is_found_with_the_rules_severity(layout, name, draft, edits, code, severity):
    text = LAYOUTS[layout](_planted(draft, edits))
    found = [d for d in _lint(text) if d.code == code]
    assert [d.severity for d in found][:1] == [severity], sorted({(d.code, d.severity.name, d.location.line)
                                                                 for d in _lint(text)})


# Edits that leave the report right (or say nothing certain): quiet in both layouts.
QUIET = [
    # a 预期目标 worded like a claim is the goal set, not a claim that it was met
    ("a target worded as a claim", "clinic",
     [("为8家乡镇卫生院配备基本医疗设备不少于24台（套），提升基层诊疗能力。", "按计划全面完成年度绩效目标。")]),
    # 全年预算中 lists the budget's sources: after a sentence ending in the 执行数 it is not that figure's
    ("a budget's sources after the spending", "clinic",
     [("，资金来源为财政拨款220.00万元、上年结转资金15.00万元、其他资金5.00万元。全年执行230.40万元，",
       "，全年执行230.40万元。全年预算中财政拨款220.00万元、上年结转资金15.00万元、其他资金5.00万元，")]),
    ("a source list that adds up, written with a colon", "clinic",
     [("，资金来源为财政拨款220.00万元", "。资金来源：财政拨款220.00万元")]),
    # 分值 total written as 100 beside weights of 100: the form as it should be, 合计 or 总分
    ("合计 row named 总分", "clinic", [("合计\t100\t96.40", "总分\t100\t96.40")]),
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("name", "draft", "edits"), QUIET, ids=[q[0] for q in QUIET])
def test_a_correct_variant_stays_quiet(layout, name, draft, edits):
    assert _lint(LAYOUTS[layout](_planted(draft, edits))) == []
