"""Every part of a 项目支出绩效自评报告 and its 自评表, as units write them: a correct draft we wrote
(narrative 一 to 八, then the form) lints clean with its form in tabs and pasted one cell a line
(as from a PDF), and each defect a reviewer flags, planted in it, is found in both layouts by the
rule that owns it, on the line of the edit (or with the edit among its related lines)."""

from __future__ import annotations

import pytest

from perflint.diagnostics import Severity
from perflint.testing import builtin_checks, lint_text

from .._harness import fixture

DRAFT = "village-culture-2024.txt"
E, W = Severity.error, Severity.warning

# (name, [(old, new) …], code, severity): each replaces text found once in the draft.
DEFECTS = [
    ("sources do not sum to 年度资金总额", [("当年财政拨款\t180.00\t220.00\t210.00", "当年财政拨款\t180.00\t225.00\t210.00")],
     "A127", E),
    ("执行率 not 执行数 ÷ 全年预算数", [("228.00\t10\t95.00%\t9.50", "228.00\t10\t96.00%\t9.60")], "A121", E),
    ("budget score not 10 × 执行率", [("95.00%\t9.50", "95.00%\t9.00"), ("总分\t100\t99.00", "总分\t100\t98.50"),
                                      ("自评得分99.00分", "自评得分98.50分")], "A122", W),
    ("indicator score above its 分值", [("演出验收合格率\t100%\t100%\t10\t10", "演出验收合格率\t100%\t100%\t10\t12")],
     "A123", E),
    ("分值 not summing to 100", [("受益群众人次\t≥5万人次\t5.3万人次\t15\t15", "受益群众人次\t≥5万人次\t5.3万人次\t20\t15")],
     "A125", W),
    ("总分 not the sum of the scores", [("总分\t100\t99.00", "总分\t100\t98.00"), ("自评得分99.00分", "自评得分98.00分")],
     "A124", E),
    ("等次 against the score band", [("评价等次\t优", "评价等次\t良"), ("评价等次为“优”", "评价等次为“良”")], "C720", W),
    ("target missed, full marks, 偏差原因 blank",
     [("285人\t10\t9.50\t部分学员农忙季节无法参训，下年度调整培训时间", "285人\t10\t10\t")], "B301", W),
    ("target missed, full marks, 偏差原因 无",
     [("285人\t10\t9.50\t部分学员农忙季节无法参训，下年度调整培训时间", "285人\t10\t10\t无")], "B301", W),
    ("≥ target missed with full marks", [("≥90%\t93%\t15\t15", "≥90%\t88%\t15\t15"), ("满意度为93%", "满意度为88%")],
     "B301", W),
    ("narrative 自评得分 differs from 总分", [("自评得分99.00分", "自评得分96.00分")], "C701", E),
    ("narrative 执行数 differs from the form", [("全年执行228.00万元，预算执行率95.00%", "全年执行226.00万元，预算执行率94.17%")],
     "C705", E),
    ("narrative 执行率 differs from the form", [("预算执行率95.00%", "预算执行率96.00%")], "C705", W),
    ("narrative 年初预算 differs from the form",
     [("项目年初预算200.00万元，年中追加预算40.00万元", "项目年初预算210.00万元，年中追加预算30.00万元")], "C705", W),
    ("年初预算 parts do not sum to 年度资金总额", [("当年财政拨款\t180.00", "当年财政拨款\t185.00")], "A127", E),
    ("a placeholder left in the form", [("实施单位\t云溪县文化馆", "实施单位\t××")], "B304", E),
    ("the goal's actual claims every target met", [("培训村级文艺骨干285人，受益群众5.3万人次。", "各项目标全部完成。")],
     "B315", W),
    ("the form's year line of the year before", [("（2024年度）", "（2023年度）")], "Y507", W),
    ("an indicator listed twice", [("演出验收合格率\t100%\t100%\t10\t10", "送戏下乡演出场次\t≥120场\t126场\t10\t10")],
     "D201", E),
    ("时效 target dated in the wrong year", [("2024年12月31日前\t2024年12月20日", "2023年12月31日前\t2024年12月20日")],
     "Y507", W),
    ("actual in 元 against a 万元 target", [("≤1.50万元/场\t1.45万元/场", "≤1.50万元/场\t1.45元/场")], "U401", W),
    ("target in 人, actual in 人次", [("≥300人\t285人", "≥300人\t285人次")], "U405", W),
    ("无问题 while the form shows a shortfall",
     [("一是文艺骨干培训人数未达到年度目标，主要原因是部分学员在农忙季节无法参训；二是预算执行率未达到100%，部分演出合同尾款在年底前未能支付。",
       "本项目不存在问题。")], "B315", W),
    ("a placeholder left", [("由云溪县文化馆负责实施", "由××县文化馆负责实施")], "B304", E),
    ("a money figure without its unit", [("上年结转资金15.00万元，", "上年结转资金15.00，")], "U402", W),
]


# Findings about the form as a whole, placed at its first weight rather than the edited one.
WHOLE_FORM = {"分值 not summing to 100"}
# What one cell a line cannot tell: a 偏差原因 written once is a merged cell there (a PDF puts it
# beside any row of the block), so a row without one may share it and is not judged.
TABS_ONLY = {"≥ target missed with full marks"}


def _cells(text: str) -> str:
    """``text`` with every tab-separated cell on a line of its own (an empty cell a blank line),
    as a PDF's text gives a table."""
    return "\n".join(cell if cell else " " for line in text.split("\n") for cell in line.split("\t"))


LAYOUTS = {"tabs": lambda t: t, "cells": _cells}


def _lint(text: str) -> list:
    return lint_text(text, checks=builtin_checks(), path=DRAFT)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_correct_report_lints_clean(layout):
    assert _lint(LAYOUTS[layout](fixture("xiangmu", DRAFT))) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("name", "edits", "code", "severity"), DEFECTS, ids=[d[0] for d in DEFECTS])
def test_planted_defect_is_found(layout, name, edits, code, severity):
    if layout != "tabs" and name in TABS_ONLY:
        pytest.skip("not decidable one cell a line")
    text = fixture("xiangmu", DRAFT)
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    text = LAYOUTS[layout](text)
    found = [d for d in _lint(text) if d.code == code]
    assert found and found[0].severity is severity, sorted({(d.code, d.location.line) for d in _lint(text)})
    if name in WHOLE_FORM:
        return
    lines = text.splitlines()
    news = [part for _old, new in edits for part in new.split("\t") if part] if layout == "cells" else \
        [new for _old, new in edits]
    edited = {n for n, line in enumerate(lines, 1) if any(new in line for new in news)}
    assert {d.location.line for d in found} & edited or {r.location.line for d in found for r in d.related} & edited
