"""Every section of a 部门决算说明, as units write it: two correct drafts we wrote (two provinces'
phrasings) lint clean, and each defect a reviewer flags, planted in one of them, is found by the
rule that owns it (and only there: the correct draft stays quiet on that rule)."""

from __future__ import annotations

import pytest

from perflint.diagnostics import Severity
from perflint.testing import builtin_checks, lint_text

from .._harness import fixture

AGRI = "agrimech-centre-2024.txt"  # 部门 wording, 年初预算为…支出决算为…完成年初预算的
WATER = "water-station-2023.txt"  # 单位 wording, 收、支总计均为…, 年初预算 after the rate

# (name, draft, [(old, new) …], code, severity): each replaces text found once in the draft.
DEFECTS = [
    ("income parts exceed the total", AGRI, [("其他收入50.00万元，占4.00%", "其他收入60.00万元，占4.00%")],
     "A104", Severity.error),
    ("an income share", AGRI, [("事业收入100.00万元，占8.00%", "事业收入100.00万元，占9.00%")], "A106", Severity.error),
    ("a spending share", AGRI, [("项目支出320.00万元，占26.23%", "项目支出320.00万元，占27.23%")], "A106",
     Severity.error),
    ("基本+项目 ≠ 本年支出合计", AGRI, [("基本支出900.00万元", "基本支出910.00万元")], "A104", Severity.error),
    ("a 功能分类 share", AGRI, [("社会保障和就业支出140.00万元，占12.84%", "社会保障和就业支出140.00万元，占14.84%")],
     "A106", Severity.error),
    ("功能分类 parts exceed the total", AGRI, [("卫生健康支出50.00万元，占4.59%", "卫生健康支出60.00万元，占4.59%")],
     "A104", Severity.error),
    ("the overall completion rate", AGRI, [("完成年初预算的109.00%", "完成年初预算的108.00%")], "A107", Severity.error),
    ("an item's completion rate", AGRI, [("完成年初预算的112.07%", "完成年初预算的110.07%")], "A107", Severity.error),
    ("人员经费+公用经费 ≠ 基本支出", AGRI, [("人员经费700.00万元", "人员经费710.00万元")], "A104", Severity.error),
    ("三公 parts against shares making 100%", AGRI,
     [("公务接待费支出决算3.00万元，占25.00%", "公务接待费支出决算4.00万元，占25.00%")], "A106", Severity.warning),
    ("三公 shares implying two wholes", AGRI,
     [("公务用车购置及运行维护费支出决算9.00万元，占75.00%", "公务用车购置及运行维护费支出决算9.00万元，占70.00%")],
     "A106", Severity.warning),
    ("三公 change with the wrong sign", AGRI, [("较上年减少2.00万元，下降14.29%", "较上年增加2.00万元，增长14.29%")],
     "A105", Severity.error),
    ("公务接待费 change rate", AGRI, [("较上年减少0.50万元，下降14.29%", "较上年减少0.50万元，下降12.50%")], "A105",
     Severity.error),
    ("公务用车 change rate on this year's base", WATER,
     [("较上年增加1.00万元，增长20.00%", "较上年增加1.00万元，增长16.67%")], "A105", Severity.error),
    ("收支总计 change rate", AGRI, [("各增加100.00万元，增长8.33%", "各增加100.00万元，增长7.69%")], "A105",
     Severity.error),
    ("机关运行经费 change rate", AGRI, [("比上年减少5.00万元，降低4.76%", "比上年减少5.00万元，降低5.00%")], "A105",
     Severity.error),
    ("货物+工程+服务 ≠ 政府采购 total", AGRI, [("政府采购服务支出15.00万元", "政府采购服务支出25.00万元")], "A104",
     Severity.warning),
    ("货物+工程+服务 short of the total", WATER, [("服务采购支出20.00万元", "服务采购支出15.00万元")], "A104",
     Severity.warning),
    ("中小企业 share", AGRI, [("占政府采购支出总额的80.00%", "占政府采购支出总额的75.00%")], "A106", Severity.error),
    ("中小企业 share (单位 wording)", WATER, [("占政府采购支出总额的90.00%", "占政府采购支出总额的95.00%")], "A106",
     Severity.error),
    ("小微企业 share of 中小企业", AGRI, [("占授予中小企业合同金额的62.50%", "占授予中小企业合同金额的60.00%")], "A106",
     Severity.error),
    ("无政府性基金 while 收入决算 states it", WATER,
     [("一般公共预算财政拨款收入780.50万元，占95.12%；政府性基金预算财政拨款收入0万元，占0%",
       "一般公共预算财政拨款收入750.50万元，占91.47%；政府性基金预算财政拨款收入30.00万元，占3.66%"),
      ("2023年本单位无政府性基金预算财政拨款支出", "2023年本单位无政府性基金预算财政拨款收入和支出")],
     "C721", Severity.warning),
    ("无机关运行经费 while a figure is stated", WATER,
     [("2023年度无机关运行经费支出。", "2023年度无机关运行经费支出。2023年度机关运行经费支出15.00万元。")],
     "C721", Severity.warning),
    ("无因公出国（境）费 while a figure is stated", WATER,
     [("本单位2023年无因公出国（境）费支出。", "本单位2023年无因公出国（境）费支出，因公出国（境）费支出2.00万元。")],
     "C721", Severity.warning),
    ("年末 of the wrong year", AGRI, [("截至2024年12月31日，本部门共有车辆", "截至2023年12月31日，本部门共有车辆")],
     "Y507", Severity.warning),
    ("compared with the report's own year", AGRI, [("与2023年度相比，一般公共预算", "与2024年度相比，一般公共预算")],
     "Y503", Severity.warning),
    ("vehicles by kind short of the total", AGRI, [("共有车辆4辆", "共有车辆5辆")], "A104", Severity.warning),
    ("元 figure written as 万元", AGRI, [("政府采购货物支出35.00万元", "政府采购货物支出350000.00万元")], "A104",
     Severity.error),
]


def _lint(name: str, text: str) -> list:
    return lint_text(text, checks=builtin_checks(), path=name)


@pytest.mark.parametrize("name", [AGRI, WATER])
def test_correct_final_accounts_lint_clean(name):
    assert _lint(name, fixture("juesuan", name)) == []


@pytest.mark.parametrize(("draft", "edits", "code", "severity"), [d[1:] for d in DEFECTS],
                         ids=[d[0] for d in DEFECTS])
def test_planted_defect_is_found(draft, edits, code, severity):
    text = fixture("juesuan", draft)
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    found = [d for d in _lint(draft, text) if d.code == code]
    assert found and found[0].severity is severity
    lines = text.splitlines()
    edited = {n for n, line in enumerate(lines, 1) if any(new in line for _old, new in edits)}
    assert {d.location.line for d in found} & edited or {r.location.line for d in found for r in d.related} & edited
