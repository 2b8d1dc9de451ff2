"""The weights of a 自评表's indicator groups (一级指标) as its table labels and its note state them.

Some provinces' templates fix the group weights in a note under the form (``注:1.一级指标分值
统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分``); the table then
labels each group with its weight (``产出指标(50分)``). Both are read here from the text, so that
a form flattened into one line (whose rows the form readers cannot cut) is read the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from perflint.text.numbers import DECIMAL
from perflint.text.patterns import lazy_compile

_LEVEL = r"(?:服务对象|社会公众或服务对象)?(产出|效益|满意度|成本)指标"
_NOTE_HEAD = lazy_compile(r"一级指标(?:的)?(?:分值|权重)\s*(?:统一)?\s*(?:设定|设置|确定|规定)")
_NOTE_ITEM = lazy_compile(rf"{_LEVEL}\s*(?:为|占)?\s*({DECIMAL})\s*分")
_TABLE_LABEL = lazy_compile(rf"{_LEVEL}\s*[（(]\s*({DECIMAL})\s*分\s*[)）]")
_NOTE_SPAN = 160  # characters after the note's head its list may take
_ADJUSTABLE = "调整"  # 如有特殊情况，一级指标分值可做适当调整: other weights are allowed


@dataclass(frozen=True)
class LevelWeightNote:
    """A note fixing the group weights: ``text[start:end]`` and the weight of each group."""

    start: int
    end: int
    weights: dict[str, Decimal]
    adjustable: bool


@dataclass(frozen=True)
class LevelWeightLabel:
    """A group label with its weight in a table (``产出指标(70分)``) at ``text[start:end]``."""

    start: int
    end: int
    level: str
    weight: Decimal


def stated_level_weights(text: str) -> list[LevelWeightNote]:
    """Every note in ``text`` fixing the weights of two or more indicator groups."""
    if "一级指标" not in text:
        return []
    out = []
    for head in _NOTE_HEAD.finditer(text):
        stop = text.find("。", head.end())
        end = min(head.end() + _NOTE_SPAN, stop if stop >= 0 else len(text))
        weights: dict[str, Decimal] = {}
        last = head.end()
        for m in _NOTE_ITEM.finditer(text, head.end(), end):
            weights.setdefault(m.group(1) + "指标", Decimal(m.group(2)))
            last = m.end()
        if len(weights) >= 2:
            out.append(LevelWeightNote(head.start(), last, weights, _ADJUSTABLE in text[head.start():end]))
    return out


def table_level_weights(text: str) -> list[LevelWeightLabel]:
    """Every group label carrying its weight in ``text`` (``产出指标(70分)``, ``效益指标（30 分）``)."""
    if "指标" not in text or "分" not in text:
        return []
    return [LevelWeightLabel(m.start(), m.end(), m.group(1) + "指标", Decimal(m.group(2)))
            for m in _TABLE_LABEL.finditer(text)]
