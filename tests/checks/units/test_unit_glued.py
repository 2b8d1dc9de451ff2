"""U406 unit-glued: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.units import UnitGlued

from .._harness import lint


def test_unit_glued_in_cells_and_prose():
    text = "较上年增加 12.5%万元。\n"
    [d] = lint(UnitGlued, text)
    assert "12.5%万元" in d.message("zh")
    assert lint(UnitGlued, "较上年增加 12.5 万元，增长 5%。\n") == []


def test_unit_written_twice():
    [d] = lint(UnitGlued, "上年结转 18.40 万元元，占 16.15%。\n")
    assert "18.40 万元元" in d.message("zh")
    assert lint(UnitGlued, "上年结转 18.40 万元，元旦前拨付。\n") == []


def test_an_area_written_with_a_money_unit_before_its_own():
    """``承保面积为 8.6万元亩`` (modelled on a county's crop-insurance report): 万亩 typed with the
    元 of the money figures around it — the figure carries 万元 and 亩 at once."""
    [d] = lint(UnitGlued, "全县承保面积为 8.6万元亩，承保率 70.2%，总保费 610.5 万元。\n")
    assert "8.6万元亩" in d.message("zh")
    for good in ("全县承保面积为 8.6万亩，总保费 610.5 万元。\n", "亩均补助 1.2万元/亩，共 30 亩。\n",
                 "带动增收 12万元亩均增收 0.3 万元。\n", "投入 50 万元，亩产提高 8%。\n"):
        assert lint(UnitGlued, good) == [], good


def test_digits_run_on_after_a_percent_sign():
    """``抽检合格率9%0。`` (modelled on a school-meal report whose figure came out garbled): a digit
    on the wrong side of the percent sign. Figures of a form run together (``96%96%``), a
    percentage followed by a decimal in its own cell and a range are no such slip."""
    [d] = lint(UnitGlued, "全年受益学生1200名，食品安全抽检合格率9%0。\n")
    assert "9%0" in d.message("zh") and "“0”" in d.message("zh")
    for good in ("食品安全抽检合格率90%。\n", "合格率 ≥90% 96%96%\n", "合格率90%，0起食品安全事故。\n",
                 "执行率 98% 0.5 分\n",
                 # a 自评表 row run onto one line: the actual, then the score (满意度 ≥90%, 93%, 10 分)
                 "满意度指标患者满意度≥90%93%10\n", "满意度≥90%93%10。\n", "合格率100%100%10\n"):
        assert lint(UnitGlued, good) == [], good
