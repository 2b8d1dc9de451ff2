"""The 部门整体支出绩效自评表 whose indicator header has no 三级指标 column: 指标名称 | 计量单位 |
指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) |
是否核心指标 (one row per indicator, each ended by 是 / 否).

No 三级指标 column anchors the header, and a row is closed by its 是 / 否 cell after the
coefficient, the weight and the score (:mod:`perflint.read.forms.coefficient`). The layouts: a
clean pipe table, and the form flattened onto one line with nothing between cells (an OCR'd or
copied PDF, ``…95%80%100%44是``, the weight and score run together). The fixtures in
``tests/fixtures/forms/whole_coefficient_*.txt`` are ours (青禾县档案馆): 馆藏档案数字化率 misses
its target (95% → 80%) yet keeps full points (4 of 4), which A128 reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from perflint.check import Context
from perflint.engine import load_registry, run_checks
from perflint.extract.selfeval import self_evaluations
from perflint.read.loader import load
from perflint.read.text import parse_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "forms"
LAYOUTS = ["whole_coefficient_pipe.txt", "whole_coefficient_glued.txt"]
ROWS = [
    ("馆藏档案数字化率", "95%", "80%", "4", "4"),
    ("档案业务培训场次", "12次", "12次", "5", "5"),
    ("查档服务满意度", "90%", "93%", "6", "6"),
]


def _codes(doc) -> list[str]:
    result = run_checks(doc, [cls() for cls in load_registry().builtin()], Context())
    assert result.internal_errors == []
    return [d.code for d in result.diagnostics]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_rows_of_the_coefficient_form_are_read(layout: str) -> None:
    [form] = self_evaluations(load(FIXTURES / layout))
    got = [(i.name, i.target.text, i.actual.text, str(i.weight), i.score.text) for i in form.indicators]
    assert got == ROWS


@pytest.mark.parametrize("layout", LAYOUTS)
def test_full_points_for_a_missed_target_fire_in_the_coefficient_form(layout: str) -> None:
    assert "A128" in _codes(load(FIXTURES / layout))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_correct_coefficient_form_is_quiet(layout: str) -> None:
    text = (FIXTURES / layout).read_text(encoding="utf-8").replace("95%", "78%")  # target met: 80% ≥ 78%
    assert _codes(parse_text(text, layout)) == []


def test_adjusted_target_is_the_one_scored_and_unsure_rows_are_left_unread() -> None:
    """Three figures before the coefficient: 年初, 调整, 完成 (the row is scored against the
    adjusted value). One figure (which column?), words for values, or a figure run into the
    coefficient (``0100%``) leave the row unread; a count's unit glued to its name comes off."""
    text = ("部门整体绩效自评表指标名称计量单位指标性质年初指标值调整指标值全年完成值得分系数(%)"
            "指标权重(分)指标得分(分)是否核心指标档案移交件数件3000件2800件2800件100%66是"
            "开放档案鉴定率%100%88否库房安全管理好好100%55否馆藏调整率%4%0100%33否"
            "讲座场次数次20次21次100%77否\n")
    [form] = self_evaluations(parse_text(text, "f.txt"))
    got = [(i.name, i.target.text, i.actual.text, str(i.weight), i.score.text) for i in form.indicators]
    assert got == [("档案移交件数", "2800件", "2800件", "6", "6"), ("讲座场次数", "20次", "21次", "7", "7")]


def test_a_form_after_the_coefficient_rows_is_still_read() -> None:
    """Reading the rows stops where another form starts (its 年度资金总额), not past it."""
    text = (FIXTURES / "whole_coefficient_glued.txt").read_text(encoding="utf-8") \
        + (FIXTURES / "one_line.txt").read_text(encoding="utf-8")
    whole, project = self_evaluations(parse_text(text, "f.txt"))
    assert [i.name for i in whole.indicators] == [r[0] for r in ROWS]
    assert project.budget[0].item == "年度资金总额" and len(project.indicators) == 5
