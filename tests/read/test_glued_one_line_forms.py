"""A 绩效目标自评表 whose header puts 分值 before the values, scraped from a web page onto one
line with nothing between its cells (fixtures we wrote, modelled on that layout): the weight
glued to a target that opens with a digit (``20100%``), a 定性 target glued to the 完成值 that
repeats it (``明显改善明显改善``), the budget header and the total's figures run together
(``…得分年度资金总额:303010100.00%10``), ``满意度指标(10分)``, a unit in 厘米."""

from __future__ import annotations

from pathlib import Path

from perflint.extract.selfeval import self_evaluations
from perflint.read.text import parse_text

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "forms" / "glued_weight_first_one_line.txt"


def _text(fig) -> str | None:
    return None if fig is None else fig.text


def _form(text: str):
    [form] = self_evaluations(parse_text(text, "f.txt"))
    return form


def test_every_row_of_the_glued_form_is_read() -> None:
    form = _form(FIXTURE.read_text(encoding="utf-8"))
    got = [(i.name, _text(i.target), _text(i.actual), str(i.weight), _text(i.score)) for i in form.indicators]
    assert got == [
        ("清淤塘堰数量", "≥12座", "≥12座", "10", "10"),
        ("清淤深度", "≥80厘米", "≥80厘米", "10", "10"),
        ("工程验收合格率", "100%", "100%", "20", "20"),
        ("项目计划总投资", "30万元", "30万元", "10", "10"),
        ("受益农户数", "≥300户", "≥300户", "15", "15"),
        ("灌溉条件改善状况", "明显改善", "明显改善", "15", "15"),
        ("受益农户满意度", "≥90%", "≥90%", "10", "10"),
    ]
    assert dict(form.level1_weights) == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    [total] = [b for b in form.budget if b.role == "total"]
    assert (_text(total.budget), _text(total.actual), _text(total.rate), str(total.weight), _text(total.score)) \
        == ("30", "30", "100.00%", "10", "10")
    assert _text(form.total) == "100"


def test_glued_part_row_is_not_split() -> None:
    """``其中:本年财政拨款3030``: 30 | 30 or 303 | 0? Without a rate no cut is sure: no figure read."""
    form = _form(FIXTURE.read_text(encoding="utf-8"))
    assert all(b.budget is None and b.actual is None for b in form.budget if b.role == "part")


def test_budget_run_that_cuts_no_way_or_two_ways_is_not_read() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    # 30 | 30 | 10 | 10.00%: the amounts make 100%, not 10%: no cut fits
    assert not [b for b in _form(text.replace("303010100.00%10", "30301010.00%10")).budget if b.role == "total"]


def test_weight_glued_to_a_target_that_cuts_two_ways_is_not_read() -> None:
    """``595%`` before ``95%``: 5 | 95% or 59 | 5%; the row is left unread."""
    text = FIXTURE.read_text(encoding="utf-8").replace("工程验收合格率20100%100%20", "工程验收合格率595%95%5")
    assert "工程验收合格率" not in [i.name for i in _form(text).indicators]


def test_words_that_are_not_one_text_twice_are_not_cut() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("明显改善明显改善", "明显改善有所改善")
    assert "灌溉条件改善状况" not in [i.name for i in _form(text).indicators]


def test_a_row_whose_weight_cell_is_empty_is_not_cut_into_one() -> None:
    """``95%`` | ``96%`` | ``20`` (the 分值 cell left empty): 9 | 5% would make a score above its
    weight, so the target is not cut."""
    text = FIXTURE.read_text(encoding="utf-8").replace("工程验收合格率20100%100%20", "工程验收合格率95%96%20")
    assert "工程验收合格率" not in [i.name for i in _form(text).indicators]


def test_budget_run_of_thousands_of_digits_is_not_read() -> None:
    """A run of thousands of digits before the rate (a mutated draft, benchmarks/fuzz.py) is no
    budget row: no figure of it is over 20 characters, so its digits are not cut every way (they
    were, and the read hung); the run of the fixture still cuts (test above)."""
    text = FIXTURE.read_text(encoding="utf-8")
    huge = text.replace("303010100.00%10", "3" * 3_000 + "10100.00%10")
    assert not [b for b in _form(huge).budget if b.role == "total" and b.budget is not None]
