"""T803 doubled-character: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.terms import DoubledCharacter

from .._harness import line_of, run
from ._drafts import BAD, GOOD


def test_doubled_character_reports_the_doubled_term():
    diags = run(DoubledCharacter, BAD)
    assert [d.message("zh") for d in diags] == ["“预算算公开”疑为“预算公开”之误（重复了“算”）"]
    assert diags[0].location.line == line_of(BAD, "预算算公开")
    assert diags[0].message("en") == '"预算算公开" looks like a misspelling of "预算公开" ("算" typed twice)'


def test_doubled_character_is_quiet_on_the_correct_draft_and_on_reduplication():
    assert run(DoubledCharacter, GOOD) == []  # 常常, 层层 are words
    assert run(DoubledCharacter, BAD.replace("预算算公开", "预算公开")) == []


def test_doubled_character_reports_a_level_written_twice_before_an_office():
    """``某某区区财政局``: the place name ends with its level (区) and the office's short name
    starts with it again (区财政局); one 区 is a slip. The level before a word that does take it
    (区委, 区级, 市场, 市直, 县城, 区域) is not."""
    text = "第一部分：东湖新城区区财政局概况\n青石县县教育局所属学校12所。\n"
    diags = run(DoubledCharacter, text)
    assert [d.message("zh") for d in diags] == ["“区区财政局”疑为“区财政局”之误（重复了“区”）",
                                                "“县县教育局”疑为“县教育局”之误（重复了“县”）"]
    assert [d.location.line for d in diags] == [1, 2]
    quiet = ("按照某某县县委、县政府的部署，配合城区区域化党建；某某市市场监督管理局、某某市市直单位"
             "和某某区区级预算单位均已完成；某某市市政管理局负责维护。\n")
    assert run(DoubledCharacter, quiet) == []


def test_doubled_character_reports_a_date_unit_written_twice_between_figures():
    text = "项目资金已于2023年年12月31日前拨付到位，2023年年底前完成验收，年年开展督查。\n"
    (d,) = run(DoubledCharacter, text)
    assert d.message("zh") == "“年年”疑为“年”之误（重复了“年”）"
    assert run(DoubledCharacter, text.replace("2023年年12月", "2023年12月")) == []


def test_a_words_last_character_typed_twice_before_de_or_a_mark():
    """``维护社区居民民的合法权益`` (auditD28 DEV 019, rewritten): 民 closes 居民 and is typed again
    before 的, where it opens no word. 项目目的 (目的 is a word), 资金金额 (two words meeting) and
    a pair before a figure (D208's) or at a text's end stay quiet."""
    [d] = run(DoubledCharacter, "司法所负责调解纠纷，维护社区居民民的合法权益。\n")
    assert d.message("zh") == "“居民民”疑为“居民”之误（重复了“民”）"
    for quiet in ["为实现项目目的，加强管理。", "核定资金金额。", "共有居民民", "维护社区居民的合法权益。"]:
        assert run(DoubledCharacter, quiet + "\n") == [], quiet
