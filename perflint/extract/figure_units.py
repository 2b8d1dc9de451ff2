"""Figures written with the wrong unit or none: a bare figure in a list of amounts, a
standard without its money unit, heads counted in 人次, bases that mix 人 and 户, a unit glued
to its figure, a fund too small for its scale (元 written for 万元), persons against visits.

The units family compares each figure with the words around it; these are the readings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from perflint.extract.quantities import part_prose, strip_end, vocab
from perflint.text.normalise import compact
from perflint.text.numbers import DECIMAL, Quantity, declared_unit, normalise
from perflint.text.numbers import quantities as figures_of
from perflint.text.patterns import lazy_compile

if TYPE_CHECKING:
    from perflint.model import Document, SourceText

ITEM_DELIMS = "、，,；;"
_CLASS_MARK = lazy_compile(r"[（(][类款项][)）]")
_CJK = lazy_compile(r"[\u4e00-\u9fff]")
_CJK_RUN_END = lazy_compile(r"[\u4e00-\u9fff]+$")
# A list of amounts runs to its sentence's stop: its items may be parted by semicolons as well as
# commas (具体包括：专项 1.29 万元，执法 3.1 万元；消费者权益保护 0.17；药品事务 0.18 万元).
_LIST_SPAN = lazy_compile(r"[^。！？!?\n]+")
# a thousands figure a copy split after its comma (``2, 418.6万元``): its head (``2``) is no bare figure
_SPLIT_THOUSANDS_TAIL = lazy_compile(r"[,，][ \u3000]+\d{3}(?:\.\d+)?(?!\d)")



@dataclass(frozen=True)
class BareFigure:
    """A figure without a unit in a list whose other items carry one (``代缴社会保险费 0.08``)."""

    quantity: Quantity
    label: str
    unit: str  # the unit its neighbours carry
    previous: Quantity
    following: Quantity | None
    kind: str = "list"  # list | prior (last year's figure) | change (the change itself)


def _item_start(norm: str, pos: int, floor: int) -> int:
    """Start of the list item that ends at ``pos``: after the previous delimiter or bracket."""
    i = pos
    while i > floor and (norm[i - 1] not in ITEM_DELIMS + "：:（(" or _CLASS_MARK.match(norm, i - 1)):
        i -= 1  # (an account's level in brackets, 就业（类）支出, is inside its name)
    return i


def _is_label(text: str) -> bool:
    t = _CLASS_MARK.sub("", compact(text))  # 社会保障和就业（类）支出: an account's level in brackets
    return 2 <= len(t) <= 20 and all(_CJK.match(ch) for ch in t)


def _adjacent(norm: str, end: int, start: int) -> bool:
    """Whether only one item delimiter (and blanks) separates ``end`` from ``start``."""
    between = norm[end:start].strip(" \t\u3000")
    return len(between) == 1 and between in ITEM_DELIMS


# What an item of a list of amounts may say of its amount after it, between it and the next item:
# its share (``，占 59.61%``, ``，占总支出的 40%``) or its completion (``，完成预算的 95%``).
_ITEM_DETAIL = lazy_compile(
    rf"^\s*[，,]\s*(?:占[^，,；;。\d]{{0,12}}?|完成(?:全年|年初)?预算(?:数)?的?)\s*{DECIMAL}\s*%")
# ``T 万元，其中：a，b``: the list's first item after its total and its marker.
_OPENER = lazy_compile(r"^\s*[，,]?\s*其中\s*[:：]?\s*$")


def _neighbour(norm: str, qs: list[Quantity], i: int, start: int, step: int) -> tuple[Quantity, bool] | None:
    """The amount before (``step`` −1) or after (+1) the list item of ``qs[i]`` (whose label starts
    at ``start``), past what the items say of their amounts (their shares, their completion): the
    figure of the next item, when only a delimiter, such details, or a 其中 opening the list stand
    between; and whether it is an item of the list (not the total before its 其中)."""
    j = i + step
    while 0 <= j < len(qs) and qs[j].kind == "percent":
        j += step
    if not 0 <= j < len(qs):
        return None
    other = qs[j]
    if step < 0:
        gap_start, gap_end = other.end, start
    else:
        gap_start, gap_end = qs[i].end, _item_start(norm, other.start, 0)
        if not _is_label(norm[gap_end:other.start]):
            return None
    gap = norm[gap_start:gap_end]
    m = _ITEM_DETAIL.match(gap)
    rest = gap[m.end():] if m else gap
    rest = rest.strip(" \t\u3000")
    if len(rest) == 1 and rest in ITEM_DELIMS:
        return other, True
    if step < 0 and m is None and _OPENER.match(gap.rstrip(":：")) and gap.rstrip().endswith(("：", ":")):
        return other, False
    return None


def _bare_after_first(quantities: list[Quantity]) -> bool:
    """Whether a figure after the first has no unit (a loop: asked of every text)."""
    for q in quantities[1:]:
        if q.unit is None:
            return True
    return False


_BREAKDOWN_BRACKET = lazy_compile(r"[(（]\s*(?:含|其中|包括)")
# ``…辅具适配150人，假肢安装服务15实际完成：资助…``: a figure run into the label of the next clause
# (words and a colon): the figure's item ends there, as at a delimiter (a unit would be read with
# the figure, so the words are none)
_GLUED_CLAUSE = lazy_compile(r"[\u4e00-\u9fff]{2,8}[:：]")


_OPENS_LIST = lazy_compile(r"其中\s*[:：]\s*$")


def _first_of_breakdown(norm: str, quantities: list[Quantity], qs: list[Quantity], i: int, s: int,
                        start: int) -> Quantity | None:
    """The money figure of the next item when ``qs[i]`` is the bare first item of a list opened by
    其中 (``支出合计 T 万元。其中：基本支出 a，占 x%；项目支出 b 万元，占 y%``), its total stated before
    the list in the same unit: the item lost the unit the list and its total carry."""
    if not _OPENS_LIST.search(norm[max(s, start - 6):start]):
        return None
    after = _neighbour(norm, qs, i, start, +1)
    if after is None or not after[1] or after[0].kind != "money" or after[0].unit is None:
        return None
    unit = after[0].unit
    opener = norm.rfind("其中", 0, start)
    if not any(q.end <= opener and q.kind == "money" and q.unit == unit and q.relation is None for q in quantities):
        return None  # no total stated before the list in the unit of its items
    return after[0]


def bare_figures(text: str) -> list[BareFigure]:
    """Figures written without a unit between neighbours that all carry the same one."""
    quantities = figures_of(text)
    if not _bare_after_first(quantities):
        return []  # a bare figure after a first one is what this looks for: most texts have none
    norm = normalise(text)
    ordinals = vocab()["ordinal_labels"]
    money_words = tuple(vocab()["ordinal_label_money"])
    found: list[BareFigure] = []
    for span in _LIST_SPAN.finditer(norm):
        s, e = span.span()
        sentence = norm[s:e]
        if declared_unit(sentence) or "分别" in sentence:
            continue  # a unit declared once for the list, or `分别为 10、20、30 万元`
        qs = [q for q in quantities if s <= q.start and q.end <= e]
        for i, q in enumerate(qs):
            if q.unit is not None or q.relation is not None or q.value < 0 or q.scale != 1:
                continue
            if q.decimals == 0 and 1900 <= q.value <= 2100:
                continue  # a year
            if q.decimals == 0 and q.value < 1000 and _SPLIT_THOUSANDS_TAIL.match(norm, q.end):
                continue  # ``2, 418.6万元``: the head of one amount split after its thousands comma
            after = norm[q.end:e].lstrip(" \t\u3000")
            # ``执行数 1032849.44（含中央资金 689139.31 万元，…）``: a bracket that opens the figure's
            # own breakdown ends its item as a delimiter does
            if after and after[0] not in ITEM_DELIMS + "。)）" and _BREAKDOWN_BRACKET.match(after) is None \
                    and _GLUED_CLAUSE.match(after) is None:
                continue
            start = _item_start(norm, q.start, s)
            label = norm[start:q.start]
            if not _is_label(label) or any(label.strip().endswith(w) for w in ordinals) \
                    and not label.strip().endswith(money_words):
                continue  # (目标1, 第3款: a label number; 科学技术拨款 250.03 is an amount)
            prev = qs[i - 1] if i else None
            if prev is None or prev.unit is None or prev.kind not in ("money", "count") \
                    or not _adjacent(norm, prev.end, start):
                # ``a 万元，占 x%；b，占 y%``: the items' shares stand between them
                before = _neighbour(norm, qs, i, start, -1) if i else None
                if before is None or before[0].unit is None or before[0].kind != "money":
                    opening = _first_of_breakdown(norm, quantities, qs, i, s, start)
                    if opening is not None:
                        found.append(BareFigure(q, label.strip(), opening.unit or "", opening, None))
                    continue
                prev, item = before
                after_q = _neighbour(norm, qs, i, start, +1)
                following = after_q[0] if after_q else None
                if following is None and not item or following is not None and following.unit != prev.unit:
                    continue  # the amounts on both sides (or the item before the last) carry the unit
            else:
                if prev.kind == "count" and q.decimals:
                    continue
                following = qs[i + 1] if i + 1 < len(qs) else None
                if following is not None:
                    f_start = _item_start(norm, following.start, s)
                    if _adjacent(norm, q.end, f_start) and _is_label(norm[f_start:following.start]):
                        if following.unit != prev.unit:
                            continue
                    else:
                        following = None
            same = [x for x in qs if x.unit == prev.unit]
            if len(same) < 2 and prev is qs[i - 1]:
                continue  # (items that state their shares or completion are a list by their form)
            found.append(BareFigure(q, label.strip(), prev.unit, prev, following))
    return found



# ``较上年2.08减少0.03万元``: last year's figure after the comparison word, bare, then the change
# in a money unit. The change's unit is the figure's; the figure alone lacks it.
_BARE_PRIOR = lazy_compile(
    rf"(?P<label>(?:较|比|与|同)上(?:一)?年(?:度)?(?:的|同期)?)\s*(?P<num>{DECIMAL})(?=\s*(?:相比)?\s*[，,]?\s*"
    r"(?:增加|减少|增长|下降|上升|降低|多|少)(?:了)?\s*\d)"
)


def bare_prior_figures(text: str) -> list[BareFigure]:
    """Last year's figure written bare between a comparison word and a change in a money unit
    (``支出2.05万元，较上年2.08减少0.03万元``), in a sentence whose amounts carry that unit."""
    if "上" not in text or "年" not in text:
        return _bare_levels(text, normalise(text))  # (``同比增加 x 万元`` names no 上年)
    norm = normalise(text)
    found: list[BareFigure] = []
    quantities = None
    for m in _BARE_PRIOR.finditer(norm):
        if quantities is None:
            quantities = figures_of(text)
        figure = next((q for q in quantities if q.start == m.start("num")), None)
        if figure is None or figure.unit is not None:
            continue
        after = [q for q in quantities if q.start >= figure.end]
        change = after[0] if after else None
        if change is None or change.kind != "money" or change.start - figure.end > 8:
            continue
        before = [q for q in quantities if q.end <= m.start() and q.kind == "money" and q.unit == change.unit]
        if not before:
            continue  # the amount compared (this year's) carries the unit too
        found.append(BareFigure(figure, m.group("label"), change.unit or "", change, None, "prior"))
    found.extend(_bare_changes(text, norm, quantities))
    found.extend(_bare_levels(text, norm))
    return found


# ``公务接待费242，较上年减少12万元``: an item's amount, bare, right before its change from last year
# in a money unit: the change's unit is the amount's.
_BARE_LEVEL = lazy_compile(
    rf"(?<![\d.])(?P<num>{DECIMAL})(?=\s*[，,]\s*(?:较|比|同比|与)(?:上(?:一)?年(?:度)?|去年)?(?:同期)?(?:决算数?)?"
    rf"(?:相比)?[，,]?\s*(?:增加|减少|增长|下降|上升|降低)(?:了)?\s*{DECIMAL}\s*(?:万元|亿元|元))"
)


def _bare_levels(text: str, norm: str) -> list[BareFigure]:
    """An item's amount written bare before its change in a money unit (``公务接待费242，较上年减少
    12万元``), named by a label of its own, in a text whose amounts before it carry that unit."""
    if "较" not in norm and "比" not in norm:
        return []
    out: list[BareFigure] = []
    quantities = None
    for m in _BARE_LEVEL.finditer(norm):
        if quantities is None:
            quantities = figures_of(text)
        figure = next((q for q in quantities if q.start == m.start("num")), None)
        if figure is None or figure.unit is not None or figure.relation is not None or figure.scale != 1:
            continue
        if figure.decimals == 0 and 1900 <= figure.value <= 2100:
            continue  # a year (2022年 reads with its 年; a bare one is a year all the same)
        label = norm[_item_start(norm, figure.start, 0):figure.start]
        label = re.sub(r"^[^\u4e00-\u9fff]*", "", label.split("其中")[-1])
        if not _is_label(label):
            continue
        after = [q for q in quantities if q.start >= figure.end]
        change = after[0] if after else None
        if change is None or change.kind != "money" or change.unit is None:
            continue
        before = [q for q in quantities if q.end <= figure.start and q.kind == "money" and q.unit == change.unit]
        if not before or declared_unit(norm[:figure.start]):
            continue
        out.append(BareFigure(figure, label.strip(), change.unit, change, None, "level"))
    return out


# ``收支较上年减少484.05，降低11.1%``: the change of a 决算说明's amount, bare, between the comparison
# and its rate. An amount written with two decimals and followed by the rate of the same change is
# money; the unit is the one every amount of the paragraph before it carries.
_BARE_CHANGE = lazy_compile(
    r"(?P<label>(?:较|比)上(?:一)?年(?:度)?(?:决算数?|同期)?(?:相比)?(?:增加|减少)(?:了)?)\s*"
    rf"(?P<num>\d+\.\d{{1,2}})(?=\s*[，,]\s*(?:下降|降低|增长|减少|上升|增加|降幅|增幅)(?:了|为)?\s*{DECIMAL}\s*%)"
)


def _bare_changes(text: str, norm: str, quantities: list[Quantity] | None) -> list[BareFigure]:
    """Changes written bare (``较上年减少484.05，降低11.1%``) in a paragraph whose amounts before
    them all carry one money unit (``收入总计3874.92万元``): the amount, not its rate, lost the unit."""
    if "%" not in norm:
        return []
    out: list[BareFigure] = []
    for m in _BARE_CHANGE.finditer(norm):
        if quantities is None:
            quantities = figures_of(text)
        figure = next((q for q in quantities if q.start == m.start("num")), None)
        if figure is None or figure.unit is not None:
            continue
        before = [q for q in quantities if q.end <= m.start() and q.kind != "percent"]
        money = [q for q in before if q.kind == "money"]
        if not money or before[-1].kind != "money" or len({q.unit for q in money}) != 1:
            continue
        if any(q.unit is None and q.decimals and q not in money for q in before):
            continue  # another bare amount before it: the paragraph declares its unit elsewhere
        if declared_unit(norm[:m.start()]):
            continue
        found = BareFigure(figure, m.group("label"), money[-1].unit or "", money[-1], None, "change")
        out.append(found)
    return out


@dataclass(frozen=True)
class BareStandard:
    """``慰问标准 300/人``: a money standard per head written without 元."""

    label: str
    start: int  # span of ``300/人``
    end: int
    per: str


_PER = r"(?P<per>人次|人|户|次|月|年|天|日|亩|个|家|件|场)"
# Who or how much the standard is given to or capped at, between its word and its figure
# (补助标准每户最高800/次): no unit of its own.
_STANDARD_LIMIT = r"(?:每人|每户|每次|每月|每年)?(?:不超过|不高于|不低于|最高|最低|最多)?"
_BARE_STANDARD = lazy_compile(
    r"(?P<label>标准|补助|补贴|单价|报酬|工资|津贴|慰问金|费用|经费|奖励|奖金|均价)(?:为|是|按|达)?\s*"
    rf"{_STANDARD_LIMIT}(?P<num>{DECIMAL})\s*/\s*{_PER}"
    # the standard's word after the figure (每人不超过500/年标准); a per-head cap before it
    rf"|(?:每人|每户){_STANDARD_LIMIT}(?P<num2>{DECIMAL})\s*/\s*(?P<per2>人次|人|户|次|月|年|天|日)\s*的?(?P<label2>标准)"
)


def bare_standards(text: str) -> list[BareStandard]:
    """Money standards per unit with no money unit between the figure and the slash."""
    if "/" not in text and "／" not in text:
        return []  # the pattern needs its slash
    norm = normalise(text)
    out = []
    for m in _BARE_STANDARD.finditer(norm):
        if m.group("num") is not None:
            out.append(BareStandard(m.group("label"), m.start("num"), m.end(), m.group("per")))
        else:  # 每人不超过500/年标准: the figure and its period, not the word after them
            out.append(BareStandard(m.group("label2"), m.start("num2"), m.end("per2"), m.group("per2")))
    return out



@dataclass(frozen=True)
class WanAmount:
    """``预算资金 12.356万并且…``: an amount named by a money word, written in 万 without 元."""

    label: str
    start: int  # span of ``12.356万``
    end: int


# A money word right before the figure (a verb of amount between them at most), the figure, 万,
# then the clause goes on (not a line's end: a wrapped 万 | 元): no 元, nor the counted thing
# (万人, 万亩), nor 余/多 (万余元).
_WAN_AMOUNT = lazy_compile(
    r"(?P<label>资金|经费|费|预算|拨款|投资|补助|补贴|金额)(?:为|是|共|共计|合计|总计|计|达|达到|约)?\s*"
    rf"(?P<num>{DECIMAL})\s*万(?=[，,。；;、）)并且及和已全])"
)


def wan_amounts(text: str) -> list[WanAmount]:
    """Money amounts written in 万 with no 元 after (``运行维护费25万。``)."""
    if "万" not in text:
        return []
    norm = normalise(text)
    return [WanAmount(m.group("label"), m.start("num"), m.end()) for m in _WAN_AMOUNT.finditer(norm)]


def writes_wan_yuan(prose: Iterable[tuple[object, SourceText]]) -> bool:
    """Whether a part's prose writes amounts in 万元 (an amount in 万 alone is then a lapse, not
    the part's own style): U402's condition for :func:`wan_amounts`."""
    return any("万元" in source.value for _, source in prose)


def wan_amount_places(doc: Document) -> set[tuple[int, int]]:
    """The (line, column) where each amount U402 reports as 万 without 元 begins: the
    :func:`wan_amounts` of the prose of each part that :func:`writes_wan_yuan`. T808 leaves these
    slips to U402 (one slip, one finding). Read only when T808 has such an amount (rare)."""
    out: set[tuple[int, int]] = set()
    for part in doc.parts:
        prose = part_prose(doc, part)
        found = [(source, wa) for _, source in prose if "万" in source.value for wa in wan_amounts(source.value)]
        if found and writes_wan_yuan(prose):
            for source, wa in found:
                where = source.locate(wa.start, wa.end)
                out.add((where.line, where.column))
    return out


@dataclass(frozen=True)
class HeadCount:
    """``保障村干部人数 =42个``: a count of persons stated in another unit; or a count of visits
    (``托养服务人次数年初指标值为不低于105人``) stated in persons. ``unit`` is what the name counts."""

    name: str
    quantity: Quantity
    unit: str = "人"


# Between a name and its figure: a verb, or the narrative template's 年初指标值为 / 全年实际完成值.
_NAME_TO_FIGURE = ["为", "达", "达到", "共", "共计", ":", "：", "是", "年初指标值", "年度指标值", "指标值",
                   "年初目标值", "目标值"]


_NAME_SHOWN = 14  # characters of the name before a figure a message shows (its cut marked with …)


def head_counts_in_other_units(text: str) -> list[HeadCount]:
    """Figures right after a name ending in 人数 whose unit is not 人 (个, 家, 人次 …), and right
    after a name ending in 人次(数) whose unit is 人."""
    if "人数" not in text and ("人次" not in text or "值" not in text):
        return []  # every finding is named …人数, or …人次 before its 年初指标值/目标值
    norm = normalise(text)
    out = []
    figures = figures_of(text)
    for k, q in enumerate(figures):
        if q.kind != "count" or q.unit is None:
            continue
        lead = norm[max(0, q.start - 24):q.start]
        before = strip_end(lead, _NAME_TO_FIGURE)
        run = _CJK_RUN_END.search(before)
        if not run or len(run.group(0)) < 3:
            continue
        name = run.group(0)
        shown = name[-_NAME_SHOWN:] if len(name) <= _NAME_SHOWN else "…" + name[-_NAME_SHOWN:]
        if name.endswith("人数") and q.unit != "人":
            if q.unit == "户" and _persons_follow(norm, q, figures[k + 1:k + 2]):
                continue  # 人数为1120户2694人: the households first, then the head count itself
            out.append(HeadCount(shown, q))
        elif name.endswith(("人次数", "人次")) and q.unit == "人" and "值" in lead[len(before):]:
            # only an indicator's 年初指标值/目标值: 接待人次为4200人 is how 决算说明 word the 三公 rows
            out.append(HeadCount(shown, q, "人次"))
    return out


_BETWEEN_PAIR = lazy_compile(r"^[\s、，,（(/]{0,2}$")


def _persons_follow(norm: str, q: Quantity, nxt: list[Quantity]) -> bool:
    """Whether a count in 人 follows the household count ``q`` right away (``1120户2694人``,
    ``1119户、2690人``, ``1120户（2694人）``): the pair states households and persons together."""
    return bool(nxt) and nxt[0].unit == "人" and nxt[0].kind == "count" \
        and _BETWEEN_PAIR.match(norm[q.end:nxt[0].start]) is not None


@dataclass(frozen=True)
class MixedBasis:
    """``按人口数以 10 元每户标准拨付``: a standard counted per person and per household at once."""

    basis: str  # 人 or 户, from 按人口数 / 按户数
    per: str  # the unit of the standard (每户 / 元/人)
    start: int
    end: int


_BASIS = {"人口": "人", "人数": "人", "人头": "人", "户数": "户", "户籍户": "户"}
_MIXED = lazy_compile(
    rf"按(?:照)?(?P<basis>人口|人数|人头|户数)(?:数)?[^,，。；;]{{0,12}}?(?P<num>{DECIMAL})\s*(?:万元|元)\s*"
    r"(?:每|/|／)\s*(?P<per>人|户)"
)


def mixed_bases(text: str) -> list[MixedBasis]:
    """Standards whose basis (按人口数) and unit (每户) count different things."""
    if "按" not in text:
        return []  # the pattern opens with 按
    norm = normalise(text)
    out = []
    for m in _MIXED.finditer(norm):
        basis = _BASIS[m.group("basis")]
        if basis != m.group("per"):
            out.append(MixedBasis(basis, m.group("per"), m.start(), m.end()))
    return out



@dataclass(frozen=True)
class GluedUnit:
    """Two units written one after the other on a figure (0 万元%)."""

    start: int
    end: int
    text: str
    first: str
    second: str


_GLUED = lazy_compile(
    r"(?<=\d)\s*(?P<a>万元|亿元|千元|元|人次|人|个|家|次)\s*(?P<b>[%％])"
    r"|(?<=\d)\s*(?P<c>[%％])\s*(?P<d>万元|亿元|千元|元)(?!旦)"
    r"|(?<=\d)\s*(?P<e>万元|亿元|千元|元)(?P<f>元)(?!旦)"  # ``1837600 元元``: the unit typed twice
    # ``承保面积 42.59万元亩``: 万亩 typed with a money unit's 元 (亩均 / 亩产 open a word of their own)
    r"|(?<=\d)\s*(?P<g>万元|亿元)(?P<h>亩|公顷)(?![均产数])"
    # ``合格率9%0。``: digits run on after the percent sign, the figure closed by a mark right
    # after them (not the next figure of a form run together, ``96%96%``, nor a decimal)
    # (not the actual and the score of a 自评表 row run onto one line, ``≥90%93%10。``: the figure
    # before the sign follows another percentage; nor digits that end a line, a row's last cell)
    r"|(?<=\d)(?<![%％]\d)(?<![%％]\d\d)(?<![%％]\d\d\d)(?<![%％]\d\.\d)(?<![%％]\d\d\.\d)(?<![%％]\d\.\d\d)"
    r"(?<![%％]\d\d\.\d\d)(?P<i>[%％])(?P<j>\d+)(?=[。，,；;、)）])"
)


def glued_units(text: str) -> list[GluedUnit]:
    """Two units on one figure: ``0 万元%``, ``100%万元``; and digits run on after a percent sign
    (``9%0``: ``second`` holds the digits)."""
    if "%" not in text and "％" not in text and "元元" not in text and "元亩" not in text and "元公顷" not in text:
        return []  # every alternative of the pattern holds a percent sign, 元元 or 元 + an area
    norm = normalise(text)
    out = []
    for m in _GLUED.finditer(norm):
        first, second = next((m.group(a), m.group(b)) for a, b in ("ab", "cd", "ef", "gh", "ij") if m.group(a))
        num = re.search(r"[\d.,]+\s*$", norm[: m.start()])
        start = num.start() if num else m.start()
        out.append(GluedUnit(start, m.end(), text[start:m.end()], first, second))
    return out



@dataclass(frozen=True)
class TinyFund:
    """``配套资金 3.6 元``: a fund or budget stated in 元 at a size no fund has."""

    label: str
    quantity: Quantity


# (matching funds named by 配套 after their source, 市级资金配套 3.6 元, as 市级配套资金 3.6 元 is;
# a fund's spending total too: 机关运行经费支出 61.25 元, 项目资金支出 33.78 元; and a 三公 item of
# a 决算说明, a year's total of one kind of spending: 公务接待费 3.27 元, 公务用车运行维护费支出 9.19 元)
_FUND_HEAD = lazy_compile(
    r"(?:资金|资金数|经费|经费支出|资金支出|预算|预算数|执行数|拨款|专项指标|经费指标|资金总额|总投资|投资|配套"
    r"|(?:公务接待|公务用车(?:购置及)?运行(?:维护)?|公务用车购置|车辆运行)费(?:支出)?(?:决算数?)?)"
    r"(?:为|是|共|共计|合计|计|达|总额)?$")
_PER_UNIT = lazy_compile(r"人均|户均|每|标准|单价|均价|结余|余额|利息|差额|节约|减少|增加|下降|增长|比上年|较|同比|退回|缴回")
_PER_AFTER = lazy_compile(r"^\s*(?:/|每|一|左右)")
MAX_TINY = Decimal(100)


def tiny_funds(text: str) -> list[TinyFund]:
    """Funds in 元 below 100 (`由市级配套资金 3.6 元`, `专项指标为 15 元`): 万 left out.

    A per-head standard (`人均 3.6 元`, `15 元/人`), a balance or a change is not a fund.
    """
    norm = normalise(text)
    out = []
    for q in figures_of(text):
        if q.unit != "元" or q.relation is not None or not (0 < q.value < MAX_TINY):
            continue
        if _PER_AFTER.match(norm[q.end:q.end + 3]):
            continue
        clause_start = max(norm.rfind(c, 0, q.start) for c in "，,。；;：:\n") + 1
        clause = norm[clause_start:q.start]
        if _PER_UNIT.search(clause):
            continue
        run = _CJK_RUN_END.search(clause.rstrip(" \t\u3000"))
        if run and _FUND_HEAD.search(run.group(0)):
            out.append(TinyFund(run.group(0), q))
    return out




@dataclass(frozen=True)
class CountSum:
    """A 人/人次 total and the parts after `其中` that add up to it exactly."""

    total: Quantity
    parts: tuple[Quantity, ...]


def person_counts(text: str) -> list[Quantity]:
    return [q for q in figures_of(text) if q.unit in ("人", "人次") and q.relation is None]


def count_sums(text: str) -> list[CountSum]:
    """Totals in 人 or 人次 whose `其中` parts (in 人 or 人次) add up to them exactly."""
    if "其中" not in text:
        return []  # the parts follow 其中
    norm = normalise(text)
    counts = person_counts(text)
    out = []
    for i, total in enumerate(counts):
        tail = norm[total.end:total.end + 60]
        where = tail.find("其中")
        if where < 0:
            continue
        rest = [q for q in counts[i + 1:] if q.start >= total.end + where]
        running = Decimal(0)
        for j, q in enumerate(rest):
            running += q.base_value
            if running == total.base_value and j >= 1:
                out.append(CountSum(total, tuple(rest[: j + 1])))
                break
            if running > total.base_value:
                break
    return out
