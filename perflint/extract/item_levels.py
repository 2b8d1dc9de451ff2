"""The level of a named item stated in an earlier paragraph: the figure a change stated apart from
it is about (a 三公 passage gives each item's 决算数 under 总体情况 and, a paragraph on, its change on
last year by the same name: ``公务接待费支出决算减少 d 万元，下降 r%``)."""

from __future__ import annotations

from perflint.extract.prose import figure_mentions
from perflint.text.numbers import Quantity
from perflint.text.patterns import lazy_compile

# where a change's label stops naming its item: the comparison or the verb of the change
_COMPARISON = lazy_compile(r"(?:比|较|与|同比|相比)(?:上年|去年|上一年|上年度|(?:19|20)\d{2}\s*年)|同比|"
                           r"增加|减少|下降|增长|降低|上升|减|增")
# what stands before the item's name: the unit and the year (示范县档案馆2023年度), 其中, a marker,
# the fund (一般公共预算财政拨款)
_LEAD = lazy_compile(r"^(?:[^\d]{0,24}?(?:19|20)\d{2}年度?)?"
                     r"(?:本年度?|全年|其中[:：]?|\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[、，,；;]|一般公共预算|财政拨款|安排的?)*")
_TAIL = lazy_compile(r"(?:为|是|达|共|合计|支出|决算数|决算|数|金额|财政拨款|一般公共预算)+$")
_NOISE = lazy_compile(r"[“”\"'‘’「」\s]")
# labels of figures that are no level of this year: a budget, last year's, a plan
_NOT_A_LEVEL = lazy_compile(r"(?<!一般公共)(?<!基金)(?<!经营)预算|上年|去年|上一年|同期|计划|年初")
_MIN_KEY = 3


def item_key(label: str) -> str:
    """The item a figure's label names, without year, 其中, numbering, quotes and the words that
    quote a figure (支出决算为): ``公务用车运行维护费支出决算为`` → ``公务用车运行维护费``."""
    name = _NOISE.sub("", label)
    cut = _COMPARISON.search(name)
    if cut is not None:
        name = name[:cut.start()]
    name = _TAIL.sub("", _LEAD.sub("", name))
    return name if len(name) >= _MIN_KEY else ""


_YEAR = lazy_compile(r"((?:19|20)\d{2})\s*年")
# a year named as what a figure is compared with (比2022年, 较2022年度, 与2022年相比)
_COMPARED_YEAR = lazy_compile(r"(?:比|较|与|同比|相比|上年[（(])\s*$")


def about_another_year(text: str, fiscal_year: int | None) -> bool:
    """Whether a paragraph names a year other than the report's, not as the year a figure is
    compared with (``2021年度…支出决算为 A`` in a 2023 report): its levels may be that year's,
    whatever their own labels say, so a change stated in a later paragraph is not read against
    them. Without a known fiscal year, any year named that way counts."""
    for m in _YEAR.finditer(text):
        if fiscal_year is not None and int(m.group(1)) == fiscal_year:
            continue
        if _COMPARED_YEAR.search(text, max(0, m.start() - 4), m.start()):
            continue
        return True
    return False


def named_levels(text: str, before: int | None = None, fiscal_year: int | None = None) -> dict[str, list[Quantity]]:
    """This year's money levels of a paragraph by the item their label names (up to ``before``);
    a label dated another year than ``fiscal_year`` is last year's figure, not this year's."""
    out: dict[str, list[Quantity]] = {}
    for m in figure_mentions(text):
        if before is not None and m.start >= before:
            break
        if m.role != "level" or m.bracketed or m.quantity.kind != "money" or _NOT_A_LEVEL.search(m.label):
            continue
        if fiscal_year is not None and any(int(y) != fiscal_year for y in _YEAR.findall(m.label)):
            continue
        key = item_key(m.label)
        if key:
            out.setdefault(key, []).append(m.quantity)
    return out
