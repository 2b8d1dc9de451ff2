"""S607 article-number-left: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.structure import ArticleNumberLeft

from .._harness import lines
from ._drafts import fixture, run


def test_s607_article_numbers_pasted_from_a_regulation():
    found = run(fixture("article_number_pasted.txt"), ArticleNumberLeft)
    assert lines(found) == [7, 15]
    assert "“第三条”" in found[0].message("zh") and "第一条" in found[0].message("zh")
    assert "article number" in found[1].message("en")


def test_s607_quiet_on_a_cited_article_and_a_regulation_quoted_from_its_first_article():
    """第四条规定… cites an article (no space after the number); an appended regulation that
    starts at 第一条 keeps its numbers."""
    assert run(fixture("article_number_quoted.txt"), ArticleNumberLeft) == []


def test_s607_quiet_outside_a_report():
    """A notice or the regulation itself (its title names no report) numbers its articles."""
    text = fixture("article_number_pasted.txt").replace("2023年度部门整体支出绩效自评报告", "机构职能规定（节选）")
    assert run(text, ArticleNumberLeft) == []
