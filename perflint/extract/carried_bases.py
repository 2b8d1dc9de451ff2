"""The whole a share is of, stated in the paragraph before the one that breaks it down.

A 决算说明 often states a total in one paragraph (``2023年度支出总计 800.00 万元，比上年增加…``) and
breaks it down in the next, opening with 其中 (``其中：基本支出 600.00 万元，占比 75.00%``): the
share names no whole (``占比``, ``占``), and the whole is the one the paragraph before stated. It is
read only where that leaves no doubt: the block opens with 其中, the block before is of the same
section, and that block states one figure of money (this year's level, not a change or last
year's) whose name shares the part's head noun (支出 for 基本支出) and exceeds the part.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.extract.prose import figure_mentions, label_core
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity
from perflint.text.patterns import lazy_compile

# a block that breaks down what the one before stated: 其中 (其中：, 其中,) opens it
_OPENS_BREAKDOWN = lazy_compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?其中")
# the head nouns a part and its whole share (基本支出 / 支出总计, 财政拨款收入 / 收入合计)
_HEAD_NOUN = lazy_compile(r"(支出|收入|经费|资金|费用|拨款)$")
# a figure of last year's, not this year's whole
_PRIOR = lazy_compile(r"上年|去年|上一年|同期")
_YEAR = lazy_compile(r"^(?:\d{4}\s*年度?|本年度?|全年)[,，]?")


@dataclass(frozen=True)
class CarriedBase:
    """The whole of a share stated in the block before, with its name there."""

    whole: Quantity
    name: str


def opens_breakdown(text: str) -> bool:
    """Whether a paragraph opens with 其中: it breaks down what the block before stated."""
    return _OPENS_BREAKDOWN.match(text) is not None


def carried_base(previous: str, part_label: str, part: Quantity) -> CarriedBase | None:
    """The whole ``part`` (named ``part_label``) is a share of, stated in ``previous``, the block
    before its own; None unless exactly one of that block's money figures fits (see the module)."""
    head = _HEAD_NOUN.search(label_core(compact(part_label)))
    if head is None or part.kind != "money":
        return None
    fits = [m for m in figure_mentions(previous)
            if m.role == "level" and not m.bracketed and m.quantity.kind == "money"
            and head.group(1) in m.label and not _PRIOR.search(m.label)
            and m.quantity.base_value > part.base_value]
    if len({m.quantity.base_value for m in fits}) != 1:
        return None
    label = _YEAR.sub("", fits[0].label)
    return CarriedBase(fits[0].quantity, label or label_core(fits[0].label))
