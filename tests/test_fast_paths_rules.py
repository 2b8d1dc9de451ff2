"""The screens a few rules put before their readers keep everything the readers find.

Issue 11 (throughput): the years' facts rule out a table row by one search of its cells joined,
and B304 rules out a text by the class of its findings, before asking each cell or finder. Each
screen is compared here, on random text made of the characters it cares about, with what the
reader it screens finds.
"""

from __future__ import annotations

import importlib

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from perflint.checks._text_classes import quiet  # noqa: E402
from perflint.checks.boilerplate.unfilled_template import _SLOT_FINDERS  # noqa: E402
from perflint.checks.years._facts import _DATE_SCREEN, may_hold_dates  # noqa: E402

from perflint.extract.dates import dates_of  # noqa: E402
from perflint.extract.wording import TextFacts, text_facts  # noqa: E402

CHECK = settings(max_examples=300, deadline=None)


def pieces(*chars: str, max_size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(chars), max_size=max_size).map("".join)


DATE_PIECES = ("年", "月", "日", "度", "1", "2", "0", "9", "3", "１", "２", "０", "９", "３", "-", ".", "/", " ",
               "〔", "〕", "号", "至", "—", "二", "〇", "上", "，", "20", "19", "2023", "２０２３")


@CHECK
@given(pieces(*DATE_PIECES))
def test_a_text_the_date_screen_rules_out_has_no_date(text):
    if dates_of(text):
        assert may_hold_dates(text)


@CHECK
@given(st.lists(pieces(*DATE_PIECES, max_size=8), min_size=1, max_size=6))
def test_a_row_the_date_screen_rules_out_has_no_cell_with_a_date(cells):
    """The row's cells are joined with a separator no match crosses: a cell with a date keeps
    the row, whatever stands beside it."""
    if any(dates_of(c) for c in cells):
        assert _DATE_SCREEN.search("\0".join(cells)) is not None


def test_dated_cells_pass_the_screen():
    for text in ("2023年12月31日", "２０２３年", "二〇二三年", "填报日期：   年  月  日", "2019.5.1", "１9"):
        assert may_hold_dates(text), text
    assert not may_hold_dates("项目支出 | 128.50 | 万元")


SLOT_PIECES = ("×", "X", "Ｘ", "＊", "*", "…", "……", "年", "月", "日", "  ", "为", "0", "万元", "元", "%", "％",
               "指标", "1", "2", "：", "(", ")", "（", "）", "增加", "减少", "/", "项目", "资金", "，", "。", "XX")


FINDERS = (*_SLOT_FINDERS, "template_instructions", "stock_claim", "zero_changes_explained", "unfinished_concessions")
OTHER_PIECES = ("所有", "目标", "均已", "完成", "填报说明", "注：", "虽然", "但", "较上年", "增加", "减少", "原因", "主要",
                "是", "0", "０", "万元", "。")


@CHECK
@given(pieces(*SLOT_PIECES, *OTHER_PIECES, max_size=16))
def test_a_text_whose_class_answers_a_finder_empty_holds_nothing_it_finds(value):
    """The boilerplate checks walk only the texts whose class of findings may answer one of
    their finders (checks/boilerplate/_facts.texts_with): a text of a class that answers a finder
    empty holds nothing that finder finds, read afresh."""
    cls = type(text_facts(value))
    for name in FINDERS:
        if quiet(cls, (name,)):
            module = importlib.import_module(vars(TextFacts)[name].module)  # the finder's own module
            assert not getattr(module, name)(value), (name, value)


LABEL_PIECES = ("主管部门", "项目名称", "评价等次", "绩效自评综合得分", "主 管", "部门", "得分", "：", ":", " ", "", "90", "A",
                "项目", "名称")


@CHECK
@given(st.lists(st.lists(pieces(*LABEL_PIECES, max_size=3), min_size=1, max_size=4), min_size=1, max_size=4))
def test_a_table_the_label_screen_rules_out_has_no_blank_label(cells):
    """B304 reads a table's rows for blank form labels only when its text, blanks aside, holds
    one of the labels: a table it rules out has none."""
    from perflint.extract.form_answers import blank_label_cells, may_hold_blank_label
    from perflint.model import Cell, Row, SourceText

    rows = [Row([Cell(SourceText.at(v, "x", k + 1)) for v in values], k + 1) for k, values in enumerate(cells)]
    text = "".join([cell.value for row in rows for cell in row.cells])
    if not may_hold_blank_label(text):
        assert all(not blank_label_cells(rows, i) for i in range(len(rows)))
