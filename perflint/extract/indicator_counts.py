"""How many indicators of each level a report says its 自评表 sets: ``共设置三级指标9个``,
``其中一级指标3个，二级指标9个，三级指标12个``, ``设置了九个三级指标``.

A project's form lists every 三级指标 as a row under its 一级 and 二级 headings, so the counts the
narrative announces can be counted on the form. Read only in a part that has a 自评表 (C729
imports this module when it has one).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from perflint.text.numbering import chinese_to_int
from perflint.text.patterns import lazy_compile

_NUMBER = r"(\d{1,3}|[一二两三四五六七八九十]{1,3})"
# a level's indicators (三级指标), or the form's indicators named by no level (共设置绩效指标6个):
# the rows it scores, its 三级指标
_LEVEL = r"(?:([一二三])级(?:绩效)?指标|绩效指标)"
# The count after the level (三级指标9个, 三级指标共设置9个) or before it (9个三级指标).
_AFTER = lazy_compile(rf"{_LEVEL}(?:共|共计|合计)?(?:设置|设定|编制)?(?:了)?\s*{_NUMBER}\s*(?:个|项|条)")
_BEFORE = lazy_compile(rf"(?<![\d.])\s*{_NUMBER}\s*(?:个|项|条){_LEVEL}")
# A sentence that speaks of a change of the indicators or of another year: two counts of one
# level in it, or one of these, and the count is no statement of the form's.
_CHANGED = lazy_compile(r"调整|新增|增加|删除|删减|修改|修订|减少|原|年初设定|上年|去年")
# Indicators missed, in the clause of the count (三级指标中未完成2个): not the indicators set. In
# another clause (共设置绩效指标13个，完成12个，未完成1个) they are the result of those set.
_MISSED = lazy_compile(r"其中[^，。；]{0,6}未|未完成|未达")
# Words right before or after the count that make it the indicators met, scored or missed
# (完成了8个三级指标, 8个三级指标全部完成), not the indicators set.
_RESULT = lazy_compile(r"完成|达到|实现|达成|达标|满分|得分|扣分")
_LEVELS = {"一": 1, "二": 2, "三": 3}
_STOPS = "。；;\n"


@dataclass(frozen=True)
class IndicatorCount:
    """``count`` indicators of ``level`` (1, 2, 3) stated at ``text[start:end]``."""

    level: int
    count: int
    start: int
    end: int


def _value(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else chinese_to_int(raw)


def indicator_counts(text: str) -> list[IndicatorCount]:
    """The counts of indicators by level ``text`` states, one a level and sentence, outside
    sentences that speak of indicators changed, added or missed."""
    if "指标" not in text or "级" not in text and "绩效指标" not in text:
        return []
    found: list[tuple[int, IndicatorCount]] = []
    for m in _AFTER.finditer(text):
        found.append((m.start(), IndicatorCount(_LEVELS.get(m.group(1), 0), _value(m.group(2)) or 0, m.start(), m.end())))
    for m in _BEFORE.finditer(text):
        found.append((m.start(), IndicatorCount(_LEVELS.get(m.group(2), 0), _value(m.group(1)) or 0, m.start(), m.end())))
    out: list[IndicatorCount] = []
    for _at, c in sorted(found, key=lambda f: f[0]):
        lo = max(text.rfind(ch, 0, c.start) for ch in _STOPS) + 1
        hi = min((i for i in (text.find(ch, c.end) for ch in _STOPS) if i >= 0), default=len(text))
        sentence = text[lo:hi]
        same = [d for _a, d in found if d.level == c.level and lo <= d.start < hi]
        if c.level == 0:
            # indicators named by no level (共设置绩效指标6个) are the form's rows, unless the
            # sentence goes on by level (共12个绩效指标，其中一级指标2个…): then they are all levels
            if any(d.level and lo <= d.start < hi for _a, d in found):
                continue
            c = replace(c, level=3)
        after = text[c.end:min(hi, c.end + 6)]
        around = text[max(lo, c.start - 4):c.start] + after[:min((after.find(ch) for ch in "，," if ch in after),
                                                                 default=len(after))]
        clause = text[max([lo] + [text.rfind(ch, lo, c.start) + 1 for ch in "，,"]):
                      min([hi] + [i for i in (text.find(ch, c.end, hi) for ch in "，,") if i >= 0])]
        if c.count > 0 and len(same) == 1 and not _CHANGED.search(sentence) and not _MISSED.search(clause) \
                and not _RESULT.search(around):
            out.append(c)
    return out
