"""Scores the narrative states (自评得分95分) and which 自评表 each belongs to: a bundle has one
form per project, named in the form's title or 项目名称 cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from perflint.extract.boilerplate_phrases import phrases, spaced
from perflint.model import Block, Heading, Paragraph, Part, SourceText, Table, TocEntry
from perflint.text.dates import YEAR
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, find_quantities


@dataclass
class ScoreStatement:
    block: Block
    text: SourceText
    quantity: Quantity

    @property
    def location(self):
        return self.text.locate(self.quantity.start, self.quantity.end)


@cache
def score_word_re() -> re.Pattern[str]:
    words = sorted(phrases()["score_words"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(spaced(w) for w in words) + r")")


_SCORE_LINK = set("为是：:，,共计达到得了")


def _score_in(text: str, after: int) -> Quantity | None:
    for q in find_quantities(text):
        if q.start < after or q.start - after > 16:
            continue
        between = compact(text[after:q.start])
        if len(between) > 4 or any(ch not in _SCORE_LINK for ch in between):
            return None  # 总得分不得超过 70 分: a rule, not a score
        if q.relation is not None or q.unit not in ("分", None):
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


_OTHER_SCORE = re.compile(r"满意度|上年|去年|上一年度?|指标|单项|平均")


def narrative_scores(part: Part) -> list[ScoreStatement]:
    """``自评得分 98 分`` in the narrative (not in tables), in order."""
    out: list[ScoreStatement] = []
    blocks = part.blocks
    for i, block in enumerate(blocks):
        if not isinstance(block, (Paragraph, Heading)):
            continue
        text = block.text.value
        m = score_word_re().search(text)
        if m and _OTHER_SCORE.search(compact(text[max(0, m.start() - 8):m.start()])):
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


_TITLE_NOISE = re.compile(
    rf"^\s*{YEAR}\s*年度?|项目支出绩效自评表|项目绩效自评表|部门整体支出绩效自评表|整体支出绩效自评表|"
    r"部门绩效自评表|绩效自评表|自评表|评分表"
)


def project_names(table: Table, title: str) -> list[str]:
    """Names a narrative may use for the project of a 自评表 (longest first)."""
    names: set[str] = set()
    for row in table.rows[:8]:
        cells = [compact(c.value) for c in row.cells if not c.is_empty]
        if len(cells) >= 2 and cells[0] in ("项目名称", "项目名"):
            names.add(cells[1])
    t = compact(_TITLE_NOISE.sub("", compact(title)))
    t = _TITLE_NOISE.sub("", t)
    if len(t) >= 4:
        names.add(t)
    variants = set()
    for n in names:
        for suffix in ("项目", "资金", "经费", "专项"):
            if n.endswith(suffix) and len(n) - len(suffix) >= 4:
                variants.add(n[: -len(suffix)])
    names |= variants
    return sorted((n for n in names if len(n) >= 4), key=len, reverse=True)


_PROJECT_HEADER = re.compile(r"项目.{0,8}(?:综述|自评报告|绩效自评|绩效评价报告|自评情况)")


def assign_to_tables(part: Part, tables: list[tuple[Table, list[str]]], blocks: list[Block]) -> list[int | None]:
    """For each block, the index of the 自评表 (in ``tables``) it speaks about.

    A narrative names its project (``一、XX经费项目绩效自评综述``); the nearest name above a
    block decides. Without a name, the block belongs to the next 自评表 after it (the narrative
    comes first), or the last one before it.
    """
    if not tables:
        return [None] * len(blocks)
    if len(tables) == 1:
        return [0] * len(blocks)
    position = {id(b): i for i, b in enumerate(part.blocks)}
    table_pos = [position.get(id(t), -1) for t, _ in tables]
    out: list[int | None] = []
    for block in blocks:
        pos = position.get(id(block))
        if pos is None:
            out.append(None)
            continue
        owner = None
        for back in range(pos, -1, -1):
            b = part.blocks[back]
            if isinstance(b, Table):
                continue
            text = compact(b.text.value)
            best = None
            for ti, (_, names) in enumerate(tables):
                for n in names:
                    if n in text and (best is None or len(n) > best[1]):
                        best = (ti, len(n))
                        break
            if best:
                owner = best[0]
                break
            if back != pos and _PROJECT_HEADER.search(text[:40]) and not isinstance(b, TocEntry):
                owner = -1  # the narrative of a project none of these forms is about
                break
        if owner is None:
            after = [ti for ti, tp in enumerate(table_pos) if tp > pos]
            before = [ti for ti, tp in enumerate(table_pos) if 0 <= tp < pos]
            owner = after[0] if after else (before[-1] if before else None)
        out.append(None if owner == -1 else owner)
    return out
