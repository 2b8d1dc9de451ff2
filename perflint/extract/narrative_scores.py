"""Scores the narrative states (自评得分95分) and which 自评表 each belongs to: a bundle has one
form per project, named in the form's title or 项目名称 cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from perflint.extract.boilerplate_phrases import phrases, spaced
from perflint.model import Block, Heading, Location, Paragraph, Part, SourceText
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, find_quantities
from perflint.text.patterns import compile_pattern, lazy_compile


@dataclass
class ScoreStatement:
    """A self-evaluation score stated in the prose (自评得分 92 分) and where it is written."""

    block: Block
    text: SourceText
    quantity: Quantity

    @property
    def location(self) -> Location:
        return self.text.locate(self.quantity.start, self.quantity.end)


@cache
def score_word_re() -> re.Pattern[str]:
    words = sorted(phrases()["score_words"], key=len, reverse=True)
    return compile_pattern(r"(?:" + "|".join(spaced(w) for w in words) + r")")


_SCORE_LINK = set("为是：:，,共计达到得了")


def _score_in(text: str, after: int) -> Quantity | None:
    for q in find_quantities(text):
        if q.start < after or q.start - after > 16:
            continue
        between = compact(text[after:q.start])
        if len(between) > 4 or any(ch not in _SCORE_LINK for ch in between):
            return None  # 总得分不得超过 70 分: a rule, not a score
        if q.relation is not None or q.unit not in ("分", None) or q.scale != 1:
            return None
        tail = compact(text[q.end:q.end + 6])
        if tail.startswith(("以上", "以下", "及以上", "（含", "(含", "-", "—", "至", "~", "～")):
            return None
        if q.unit is None and not tail.startswith("分"):
            return None
        if 0 <= q.value <= 100:
            return q
        return None
    return None


_OTHER_SCORE = lazy_compile(r"满意度|上年|去年|上一年度?|指标|单项|平均")
# A clause that says how the score was given (``对照…各项指标值进行打分，自评得分 96 分``): the
# words before it are what was scored against, not the score's own subject.
_HOW_SCORED = lazy_compile(r"(?:打分|评分|评价|自评|考评|考核)[，,]$")


def _other_score(before: str) -> bool:
    """Whether the words right before a score word make it another score (满意度综合得分,
    上年自评得分, 单项指标得分) than the report's own."""
    if _HOW_SCORED.search(before):
        return False
    return _OTHER_SCORE.search(before) is not None


def narrative_scores(part: Part) -> list[ScoreStatement]:
    """``自评得分 98 分`` in the narrative (not in tables), in order."""
    out: list[ScoreStatement] = []
    blocks = part.blocks
    for i, block in enumerate(blocks):
        if not isinstance(block, (Paragraph, Heading)):
            continue
        text = block.text.value
        m = score_word_re().search(text)
        if m and _other_score(compact(text[max(0, m.start() - 8):m.start()])):
            m = None  # 满意度综合得分, 上年自评得分: not this form's score
        if m:
            q = _score_in(text, m.end())
            if q is not None:
                out.append(ScoreStatement(block, block.text, q))
                continue
            # ``……自评分`` then ``100 分。`` on the next line
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], Paragraph) and not compact(text[m.end():]):
                nxt = blocks[i + 1]
                q = _score_in(nxt.text.value, 0)
                if q is not None and len(compact(nxt.text.value)) <= 8:
                    out.append(ScoreStatement(nxt, nxt.text, q))
    return out
