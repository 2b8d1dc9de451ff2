"""A 项目支出绩效自评表 printed from a spreadsheet to PDF whose text scattered each row's cells by
the height they stood at: the header's words, the categories and the wrapped names come out
among the figures, the 总分 label after them all (a fixture we wrote, modelled on that layout).
The rows are read from the order of their figures when that is the one reading they allow."""

from __future__ import annotations

from pathlib import Path

from perflint.checks.arithmetic import TotalScoreMismatch

from perflint.extract.selfeval import self_evaluations
from perflint.read.text import parse_text
from perflint.testing import lint_text

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "forms" / "scattered_pdf_rows.txt"


def _text(fig) -> str | None:
    return None if fig is None else fig.text


def _form(text: str):
    [form] = self_evaluations(parse_text(text, "f.txt"))
    return form


def test_the_rows_are_read_from_the_order_of_their_figures() -> None:
    form = _form(FIXTURE.read_text(encoding="utf-8"))
    got = [(i.name, _text(i.target), _text(i.actual), str(i.weight), _text(i.score)) for i in form.indicators]
    assert got == [
        ("指标1:维修供水工程处数", "120", "118", "20", "19"),
        ("指标1:维修工程验收合格", "100%", "100%", "15", "15"),
        ("指标1:维修任务按期完", "100%", "100%", "15", "15"),
        ("指标1:农村供水保证率提", "95%", "96%", "30", "30"),
        ("指标1:群众满意度", "90%", "93%", "10", "10"),
    ]
    assert (_text(form.weight_total), _text(form.total)) == ("100", "98.5")


def test_figures_whose_weights_do_not_make_the_stated_total_are_not_read() -> None:
    """A 分值 total other than the budget's weight plus the rows': a row is missing or a figure
    is something else, and which is not known."""
    form = _form(FIXTURE.read_text(encoding="utf-8").replace("10 10 100 98.5", "10 10 90 88.5"))
    assert form.indicators == [] and form.total is None


def test_figures_that_are_not_fours_are_not_read() -> None:
    form = _form(FIXTURE.read_text(encoding="utf-8").replace("95% 96% 30 30", "95% 96% 30"))
    assert form.indicators == []


def test_a124_total_not_the_sum_on_a_scattered_form() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("100 98.5", "100 99.5")
    [d] = lint_text(text, checks=[TotalScoreMismatch])
    assert "9.5 + 19 + 15 + 15 + 30 + 10 = 98.5" in d.message("zh")


def test_a124_quiet_on_a_scattered_form_whose_total_is_the_sum() -> None:
    assert lint_text(FIXTURE.read_text(encoding="utf-8"), checks=[TotalScoreMismatch]) == []
