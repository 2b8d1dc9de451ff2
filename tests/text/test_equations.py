"""The grammar of computations written out in a text (perflint.text.equations)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perflint.text.equations import equations


@pytest.mark.parametrize(("text", "expression", "value", "result", "percent"), [
    ("变动率=(63.46-32)÷32=98.31%。", "(63.46-32)÷32", Decimal("0.983125"), Decimal("98.31"), True),
    ("得分=10×95.82%=9.58分", "10×95.82%", Decimal("9.582"), Decimal("9.58"), False),
    ("总分=5+5+9.58+5+5=29.58", "5+5+9.58+5+5", Decimal("29.58"), Decimal("29.58"), False),
    ("（3.12－3.45）÷3.45＝－9.57％", "（3.12-3.45）÷3.45", Decimal("-0.33") / Decimal("3.45"), Decimal("-9.57"), True),
    ("1,232.57/1,286.40×100=95.82%", "1,232.57/1,286.40×100", Decimal("123257") / Decimal("1286.40"),
     Decimal("95.82"), True),
    # a chain: the side right before the result computes it, the steps before are not compared
    ("1232.57÷1286.40=95.82%×10=9.58", "95.82%×10", Decimal("9.582"), Decimal("9.58"), False),
    # the clause after the result is no part of it (a comma, full-width or not, ends the result)
    ("执行率=1838.20÷1860.40×100%=98.81%，该项得分", "1838.20÷1860.40×100%", Decimal("1838.20") / Decimal("1860.40"),
     Decimal("98.81"), True),
    # the clause before the computation is no part of it
    ("得分为9.5,10×95%=9.5", "10×95%", Decimal("9.5"), Decimal("9.5"), False),
])
def test_computations_are_read(text, expression, value, result, percent):
    [eq] = equations(text)
    assert (eq.expression, eq.result, eq.percent) == (expression, result, percent)
    assert abs(eq.value - value) < Decimal("1e-20")
    assert text[eq.start:eq.end].strip().startswith(eq.text[:1])


@pytest.mark.parametrize("text", [
    "在职人员控制率=(在职人员数/编制数)×100%",  # a definition in words
    "A=B",
    "预算执行率=98.51%",  # a figure alone is no computation
    "共计120万元=80万元+40万元",  # the result is not last
    "合计=80万元+40元=120万元",  # money in two units: the scale is the author's to state
    "8÷0=0",  # nothing to compute
    "(1+2=3",  # a bracket left open
    "https://example.org/?id=12",
    "10 - 9.5 =100%",  # a flattened row: dashes for its empty cells, then the next row's target
    "=100% 100% 10 10 =100%",  # targets written with =, no computation
])
def test_what_is_no_computation(text):
    assert equations(text) == []


def test_a_computation_after_a_long_run_of_figures_without_equals_is_read():
    """A column of figures read into one line (thousands of them, no ``=``), then words and a
    computation: the computation is read, and the run before it is none."""
    text = "12.5 " * 5_000 + "执行率为" + "1838.20÷1860.40×100%=98.81%"
    [eq] = equations(text)
    assert (eq.expression, eq.result, eq.text) == ("1838.20÷1860.40×100%", Decimal("98.81"), "98.81%")
    assert equations("12.5 " * 5_000 + "=98.81%") == []  # the run is one side: no computation of it
    # the computation closing the run, after a space: read from that space (its side is short)
    [eq] = equations("12.5 " * 5_000 + "1838.20÷1860.40×100%=98.81%")
    assert eq.expression == "1838.20÷1860.40×100%"
