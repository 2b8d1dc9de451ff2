"""B308 actual-as-inequality: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from ._drafts import form, report, run_code


def test_b308_inequality_actual():
    rows = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t≥20场\t20\n"
            "\t质量指标\t演出验收合格率\t≥95%\t98%以上\t20\n"
            "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8600人次\t30\n")
    diags = run_code(report(table=form(rows=rows)), "B308")
    assert len(diags) == 2 and "≥20场" in diags[0].message("zh")
    assert run_code(report(), "B308") == []
