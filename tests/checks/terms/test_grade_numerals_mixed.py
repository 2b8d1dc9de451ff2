"""T810 grade-numerals-mixed: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.terms import GradeNumeralsMixed

from perflint.extract.grade_numerals import mixed_grade_numerals

from .._harness import run

DRAFT = """某县农技站2023年度部门整体支出绩效自评报告

一、基本情况
本站在编在岗 9 人，其中专技岗 6 人（专技九级2人、专技11级1人、专技十二级3人），管理岗 3 人（管理八级1人、管理九级2人）。
"""


def test_one_grade_written_in_arabic_among_grades_in_chinese_is_reported():
    [d] = run(GradeNumeralsMixed, DRAFT)
    assert d.location.line == 4
    assert "专技11级" in d.message("zh") and "专技九级" in d.message("zh")
    assert run(GradeNumeralsMixed, DRAFT.replace("专技11级", "专技十一级")) == []


def test_a_grade_a_pdf_spaced_out_is_reported_the_same():
    """A PDF's text writes 专技11级 as 专技 11 级: the same grade in Arabic numerals."""
    spaced = DRAFT.replace("专技11级2人", "专技 11 级 2 人").replace("专技11级", "专技 11 级")
    [d] = run(GradeNumeralsMixed, spaced)
    assert "专技 11 级" in d.message("zh") and d.location.line == 4


@pytest.mark.parametrize("sentence", [
    "专技9级2人、专技11级1人、专技12级3人。",  # one style throughout
    "管理八级1人；另有专技11级1人。",  # different kinds of post: nothing to compare
    "一级指标3个、二级指标8个、三级指标15个。",  # counts after the grades, one style
    "专技九级2人。专技11级1人。",  # two sentences
])
def test_quiet_where_a_sentence_writes_its_grades_one_way(sentence):
    assert mixed_grade_numerals(sentence) == []
