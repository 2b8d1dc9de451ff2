"""A publication's mask (``******``) may hide a bracket's or a quotation's other mark.

Published pages mask names with a run of asterisks; a mask standing where ``《`` or ``(`` was
(``关于******2025年…的批复》``) left a closing mark with nothing open before it. T805 and T804 do not
judge a mark whose partner may be inside the mask; the reader keeps such a run (two or three
asterisks are still emphasis, and dropped).
"""

from __future__ import annotations

from pathlib import Path

from perflint.checks.terms import MismatchedQuote, UnbalancedBracket

from perflint.read.text import parse_text
from perflint.testing import lint_text

FIXTURE = Path(__file__).parents[2] / "fixtures" / "terms" / "masked_names.txt"


def _codes(text: str) -> list[str]:
    return [d.code for d in lint_text(text, checks=[UnbalancedBracket, MismatchedQuote])]


def test_marks_next_to_a_mask_are_not_judged() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    # the mask swallowed the opening marks: 《 before 青禾县财政局 kept, the rest masked
    masked = text.replace("《青禾县财政局关于******", "******").replace("(经******", "******")
    assert _codes(masked) == []
    masked_quote = masked.replace("群众满意度96%。", "******称“群众满意”度96%。").replace("“群众", "群众")
    assert _codes(masked_quote) == []


def test_the_same_slips_without_a_mask_are_reported() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    assert _codes(text) == []  # the fixture as written pairs its marks
    assert "T805" in _codes(text.replace("《青禾县财政局关于******", "青禾县财政局关于"))
    # no mask in the sentence: the “)” closes nothing (a mask elsewhere in it would leave it open to doubt)
    assert "T805" in _codes(text.replace("由******有限公司承建(经******", "由柳溪建设有限公司承建经柳溪"))
    assert "T804" in _codes(text.replace("群众满意度96%。", "称群众满意”度96%。"))


def test_emphasis_is_dropped_and_a_mask_kept() -> None:
    doc = parse_text("一、基本情况\n项目由**柳溪**街道实施,承建单位为******公司。\n", "a.md")
    values = [b.text.value for _p, b in doc.blocks()]
    assert any("由柳溪街道实施" in v and "******公司" in v for v in values)
