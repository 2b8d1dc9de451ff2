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
