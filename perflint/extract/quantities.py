"""What a figure stands for: an indicator's kind, a labelled amount, a bare figure in a list of
amounts, a decrease, a rate that counts a part of a whole, an announced count and its list.

The units and consistency families compare figures with their neighbours and with other
statements of the same quantity; the facts they compare are read here, from plain strings, so
every reading is unit-tested apart from the checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from perflint import data
from perflint.model import Document, Heading, Paragraph, Part, SourceText, Table
from perflint.text.dates import YEAR, YEAR_NIAN
from perflint.text.normalise import compact
from perflint.text.numbering import chinese_to_int
from perflint.text.numbers import Quantity, declared_unit, find_quantities, normalise, parse_cell
from perflint.text.sentences import statement_start, statements

ITEM_DELIMS = "、，,；;"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN_END = re.compile(r"[\u4e00-\u9fff]+$")
_OPEN = "（(“‘《「【〔"
_CLOSE = "）)”’》」】〕"
_PERIOD_WORDS = ("上年", "去年", "上一年", "上年度", "同期", "前年", "以前年度", "往年")


@cache
def vocab() -> dict[str, Any]:
    return data.load("indicators")


# --------------------------------------------------------------------------- indicator names

_NAME_TAIL = re.compile(r"[（(]\s*(?:%|％|万元|元|人次|人|个|次|家|户)\s*[）)]\s*$")


def clean_name(name: str) -> str:
    """An indicator name without blanks and a trailing unit note such as ``(%)``."""
    text = compact(name)
    return _NAME_TAIL.sub("", text)


def indicator_kind(name: str) -> str | None:
    """``rate``, ``amount``, ``visits`` (人次), ``persons`` (人数) or None for an indicator name."""
    n = clean_name(name)
    if not n:
        return None
    v = vocab()
    if any(n.endswith(s) for s in v["not_rate_suffixes"]):
        return None
    if any(n.endswith(s) for s in v["rate_suffixes"]):
        return "rate"
    if "人次" in n:
        return "visits"
    if n.endswith("人数"):
        return "persons"
    if "率" in n or "比例" in n or "占比" in n:
        return None
    if any(n.endswith(s) for s in v["amount_suffixes"]):
        return "amount"
    return None


def is_capped_rate(name: str) -> bool:
    """Whether the name is a rate of a part of a whole (参保率, 覆盖率): at most 100%."""
    n = clean_name(name)
    return any(n.endswith(s) for s in vocab()["capped_rates"])


def is_rate_name(name: str) -> bool:
    """Names ending with 率/比例 (not 满意度, which drafts often fill with words such as 满意)."""
    n = clean_name(name)
    return n.endswith(("率", "比例", "比率", "占比"))


# --------------------------------------------------------------------------- where prose lives

def is_prose_cell(text: str) -> bool:
    """A table cell that holds sentences (a 总体运行情况 box), not a label or a figure."""
    t = text.strip()
    return len(t) >= 15 and any(p in t for p in "，。；,")


def prose_texts(part: Part) -> Iterator[tuple[object, SourceText]]:
    """Paragraphs, headings and the sentence-holding cells of tables, with their block."""
    for block in part.blocks:
        if isinstance(block, (Paragraph, Heading)):
            yield block, block.text
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    if is_prose_cell(cell.value):
                        yield block, cell.text



def _strip_end(text: str, words: list[str]) -> str:
    """``text`` without trailing blanks and any of ``words`` (repeatedly, longest first)."""
    ordered = sorted(words, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        text = text.rstrip(" \t\u3000")
        for w in ordered:
            if w and text.endswith(w):
                text = text[: -len(w)]
                changed = True
                break
    return text.rstrip(" \t\u3000")


# --------------------------------------------------------------------------- U402 bare figures

@dataclass(frozen=True)
class BareFigure:
    """A figure without a unit in a list whose other items carry one (``代缴社会保险费 0.08``)."""

    quantity: Quantity
    label: str
    unit: str  # the unit its neighbours carry
    previous: Quantity
    following: Quantity | None


def _item_start(norm: str, pos: int, floor: int) -> int:
    """Start of the list item that ends at ``pos``: after the previous delimiter or bracket."""
    i = pos
    while i > floor and norm[i - 1] not in ITEM_DELIMS + "：:（(":
        i -= 1
    return i


def _is_label(text: str) -> bool:
    t = compact(text)
    return 2 <= len(t) <= 20 and all(_CJK.match(ch) for ch in t)


def _adjacent(norm: str, end: int, start: int) -> bool:
    """Whether only one item delimiter (and blanks) separates ``end`` from ``start``."""
    between = norm[end:start].strip(" \t\u3000")
    return len(between) == 1 and between in ITEM_DELIMS


def bare_figures(text: str) -> list[BareFigure]:
    """Figures written without a unit between neighbours that all carry the same one."""
    norm = normalise(text)
    quantities = find_quantities(text)
    ordinals = vocab()["ordinal_labels"]
    found: list[BareFigure] = []
    for s, e in statements(norm):
        sentence = norm[s:e]
        if declared_unit(sentence) or "分别" in sentence:
            continue  # a unit declared once for the list, or `分别为 10、20、30 万元`
        qs = [q for q in quantities if s <= q.start and q.end <= e]
        for i, q in enumerate(qs):
            if q.unit is not None or q.relation is not None or q.value < 0 or i == 0:
                continue
            if q.decimals == 0 and 1900 <= q.value <= 2100:
                continue  # a year
            after = norm[q.end:e].lstrip(" \t\u3000")
            if after and after[0] not in ITEM_DELIMS + "。)）":
                continue
            start = _item_start(norm, q.start, s)
            label = norm[start:q.start]
            if not _is_label(label) or any(label.strip().endswith(w) for w in ordinals):
                continue
            prev = qs[i - 1]
            if prev.unit is None or prev.kind not in ("money", "count") or not _adjacent(norm, prev.end, start):
                continue
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
            if len(same) < 2:
                continue
            found.append(BareFigure(q, label.strip(), prev.unit, prev, following))
    return found


# --------------------------------------------------------------------------- U402 rates without money unit

@dataclass(frozen=True)
class BareStandard:
    """``慰问标准 300/人``: a money standard per head written without 元."""

    label: str
    start: int  # span of ``300/人``
    end: int
    per: str


_BARE_STANDARD = re.compile(
    r"(?P<label>标准|补助|补贴|单价|报酬|工资|津贴|慰问金|费用|经费|奖励|奖金|均价)(?:为|是|按|达)?\s*"
    r"(?P<num>\d+(?:\.\d+)?)\s*/\s*(?P<per>人次|人|户|次|月|年|天|日|亩|个|家|件|场)"
)


def bare_standards(text: str) -> list[BareStandard]:
    """Money standards per unit with no money unit between the figure and the slash."""
    norm = normalise(text)
    return [BareStandard(m.group("label"), m.start("num"), m.end(), m.group("per")) for m in _BARE_STANDARD.finditer(norm)]


# --------------------------------------------------------------------------- U405 head counts in other units

@dataclass(frozen=True)
class HeadCount:
    """``保障村干部人数 =42个``: a count of persons stated in another unit."""

    name: str
    quantity: Quantity


def head_counts_in_other_units(text: str) -> list[HeadCount]:
    """Figures right after a name ending in 人数 whose unit is not 人 (个, 家, 人次 …)."""
    norm = normalise(text)
    out = []
    for q in find_quantities(text):
        if q.kind != "count" or q.unit in ("人", None):
            continue
        before = _strip_end(norm[max(0, q.start - 24):q.start], ["为", "达", "达到", "共", "共计", ":", "：", "是"])
        run = _CJK_RUN_END.search(before)
        if run and run.group(0).endswith("人数") and len(run.group(0)) >= 3:
            out.append(HeadCount(run.group(0)[-14:], q))
    return out


@dataclass(frozen=True)
class MixedBasis:
    """``按人口数以 10 元每户标准拨付``: a standard counted per person and per household at once."""

    basis: str  # 人 or 户, from 按人口数 / 按户数
    per: str  # the unit of the standard (每户 / 元/人)
    start: int
    end: int


_BASIS = {"人口": "人", "人数": "人", "人头": "人", "户数": "户", "户籍户": "户"}
_MIXED = re.compile(
    r"按(?:照)?(?P<basis>人口|人数|人头|户数)(?:数)?[^,，。；;]{0,12}?(?P<num>\d+(?:\.\d+)?)\s*(?:万元|元)\s*"
    r"(?:每|/|／)\s*(?P<per>人|户)"
)


def mixed_bases(text: str) -> list[MixedBasis]:
    """Standards whose basis (按人口数) and unit (每户) count different things."""
    norm = normalise(text)
    out = []
    for m in _MIXED.finditer(norm):
        basis = _BASIS[m.group("basis")]
        if basis != m.group("per"):
            out.append(MixedBasis(basis, m.group("per"), m.start(), m.end()))
    return out


# --------------------------------------------------------------------------- U406 glued units

@dataclass(frozen=True)
class GluedUnit:
    start: int
    end: int
    text: str
    first: str
    second: str


_GLUED = re.compile(
    r"(?<=\d)\s*(?P<a>万元|亿元|千元|元|人次|人|个|家|次)\s*(?P<b>[%％])"
    r"|(?<=\d)\s*(?P<c>[%％])\s*(?P<d>万元|亿元|千元|元)(?!旦)"
    r"|(?<=\d)\s*(?P<e>万元|亿元|千元|元)(?P<f>元)(?!旦)"  # ``1837600 元元``: the unit typed twice
)


def glued_units(text: str) -> list[GluedUnit]:
    """Two units on one figure: ``0 万元%``, ``100%万元``."""
    norm = normalise(text)
    out = []
    for m in _GLUED.finditer(norm):
        first, second = ((m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
                         if m.group("c") else (m.group("e"), m.group("f")))
        num = re.search(r"[\d.,]+\s*$", norm[: m.start()])
        start = num.start() if num else m.start()
        out.append(GluedUnit(start, m.end(), text[start:m.end()], first, second))
    return out


# --------------------------------------------------------------------------- U401 tiny funds

@dataclass(frozen=True)
class TinyFund:
    """``配套资金 3.6 元``: a fund or budget stated in 元 at a size no fund has."""

    label: str
    quantity: Quantity


_FUND_HEAD = re.compile(r"(?:资金|经费|预算|预算数|拨款|专项指标|经费指标|资金总额|总投资|投资)(?:为|是|共|共计|合计|计|达|总额)?$")
_PER_UNIT = re.compile(r"人均|户均|每|标准|单价|均价|结余|余额|利息|差额|节约|减少|增加|下降|增长|比上年|较|同比|退回|缴回")
MAX_TINY = Decimal(100)


def tiny_funds(text: str) -> list[TinyFund]:
    """Funds in 元 below 100 (`由市级配套资金 3.6 元`, `专项指标为 15 元`): 万 left out.

    A per-head standard (`人均 3.6 元`, `15 元/人`), a balance or a change is not a fund.
    """
    norm = normalise(text)
    out = []
    for q in find_quantities(text):
        if q.unit != "元" or q.relation is not None or not (0 < q.value < MAX_TINY):
            continue
        if re.match(r"^\s*(?:/|每|一|左右)", norm[q.end:q.end + 3]):
            continue
        clause_start = max(norm.rfind(c, 0, q.start) for c in "，,。；;：:\n") + 1
        clause = norm[clause_start:q.start]
        if _PER_UNIT.search(clause):
            continue
        run = _CJK_RUN_END.search(clause.rstrip(" \t\u3000"))
        if run and _FUND_HEAD.search(run.group(0)):
            out.append(TinyFund(run.group(0), q))
    return out


# --------------------------------------------------------------------------- U403 percentages

def decrease_percentages(text: str) -> list[Quantity]:
    """Percentages stated as a decrease (``降低 61%``, ``下降幅度为 5%``)."""
    norm = normalise(text)
    v = vocab()
    out = []
    for q in find_quantities(text):
        if not q.is_percent or "百分点" in q.text or q.value <= 0:
            continue
        before = _strip_end(norm[max(0, q.start - 16):q.start], v["decrease_fillers"])
        if any(before.endswith(w) for w in v["decrease_words"]):
            out.append(q)
    return out


@dataclass(frozen=True)
class RateStatement:
    """``参保率达到 98%``: a rate's name and the percentage stated for it."""

    name: str
    name_start: int
    quantity: Quantity


def rate_statements(text: str) -> list[RateStatement]:
    """Percentages stated right after the name of a capped rate (参保率, 覆盖率, 满意度 …)."""
    norm = normalise(text)
    v = vocab()
    capped = sorted(v["capped_rates"], key=len, reverse=True)
    out = []
    for q in find_quantities(text):
        if not q.is_percent or "百分点" in q.text:
            continue
        before = _strip_end(norm[max(0, q.start - 30):q.start], v["rate_connectors"])
        for word in capped:
            if before.endswith(word):
                run = _CJK_RUN_END.search(before)
                name = run.group(0) if run else word
                name = name[-12:]
                offset = q.start - (len(norm[max(0, q.start - 30):q.start]) - len(before)) - len(name)
                out.append(RateStatement(name, max(0, offset), q))
                break
    return out


def stated_percentages(text: str, names: list[str], fiscal_year: int | None = None) -> list[tuple[str, Quantity]]:
    """Percentages stated right after one of ``names`` (`工作满意度能达到 90%`), outside sentences
    that state a target or a rule (`目标`, `不低于`, `以上`) or speak of another year."""
    norm = normalise(text)
    v = vocab()
    ordered = sorted({clean_name(n) for n in names if len(clean_name(n)) >= 3}, key=len, reverse=True)
    out = []
    if not ordered:
        return out
    quantities = [q for q in find_quantities(text) if q.is_percent and q.relation is None and "百分点" not in q.text]
    for s, e in statements(norm):
        sentence = norm[s:e]
        if any(w in sentence for w in v["target_words"]):
            continue
        if fiscal_year is not None and any(int(y) != fiscal_year for y in YEAR_NIAN.findall(sentence)):
            continue
        for q in quantities:
            if not (s <= q.start < e):
                continue
            before = compact(_strip_end(norm[max(s, q.start - 40):q.start], v["rate_connectors"]))
            for name in ordered:
                if before.endswith(name):
                    out.append((name, q))
                    break
    return out


# --------------------------------------------------------------------------- labelled amounts

@dataclass(frozen=True)
class LabelledAmount:
    """A money figure and the name written right before it (``基本支出 637.44万元``)."""

    label: str  # the name as written (connectors left out)
    key: str  # the name reduced for matching (place and generic prefixes left out)
    quantity: Quantity
    label_start: int
    parent: str | None  # key of the total this figure is a part of (after 其中 / 含), else None
    year: int | None  # a year written in the clause before the label
    past: bool  # the clause speaks of last year (上年, 同期 …)


_PART_OF = ("其中", "含", "包括", "主要包括", "包含", "分别为", "分别是", "即")
_CLAUSE_BREAK = "，,。；;：:、（(）)\n"


def label_key(label: str, places: tuple[str, ...] = ()) -> str:
    """A label reduced to the name of the quantity: `曾都区各项财政补助资金` -> `财政补助资金`."""
    v = vocab()
    key = label
    for lead in sorted(_PART_OF, key=len, reverse=True):
        if key.startswith(lead):
            key = key[len(lead):]
            break
    for place in sorted(places, key=len, reverse=True):
        idx = key.find(place)
        if idx >= 0:
            key = key[idx + len(place):]
    prefixes = sorted(v["label_generic_prefixes"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for p in prefixes:
            if key.startswith(p) and len(key) > len(p) + 1:
                key = key[len(p):]
                changed = True
                break
    return key


def _is_comparison(label: str) -> bool:
    v = vocab()
    return any(w in label for w in v["label_comparisons"]) or label.startswith(tuple(v["label_comparison_starts"]))


def labelled_amounts(text: str, places: tuple[str, ...] = ()) -> list[LabelledAmount]:
    """Money figures with the quantity name written right before them.

    ``places`` are place names (the unit's county or district) dropped from the front of a label.
    Figures after a comparison (`比上年增加 20 万元`, `比预算数 9.25 万元`) have no label here.
    """
    norm = normalise(text)
    v = vocab()
    heads = tuple(v["money_heads"])
    quantities = [q for q in find_quantities(text) if q.is_money and q.relation is None]
    found: list[LabelledAmount] = []
    for q in quantities:
        window_start = max(0, q.start - 40)
        before = _strip_end(norm[window_start:q.start], v["label_connectors"])
        run = _CJK_RUN_END.search(before)
        if not run:
            continue
        label = run.group(0)
        label_start = window_start + run.start()
        if _is_comparison(label):
            continue
        key = label_key(label, places)
        if len(key) < 3 or not key.endswith(heads):
            continue
        year, past = period_before(norm, label_start + len(label))
        found.append(LabelledAmount(
            label=label, key=key, quantity=q, label_start=label_start,
            parent=None, year=year, past=past,
        ))
    return _with_parents(norm, found)


_CURRENT_WORDS = ("本年", "今年", "当年", "本年度")
_PERIOD = re.compile(rf"({YEAR})\s*年|" + "|".join(_PERIOD_WORDS + _CURRENT_WORDS))


def period_before(norm: str, pos: int) -> tuple[int | None, bool]:
    """The period the words before ``pos`` in its sentence speak of: the nearest year
    (`2021年`) or last year (`上年`, `同期`) or this year (`本年`) before it. (year, past)."""
    start = statement_start(norm, pos)
    last = None
    for m in _PERIOD.finditer(norm, start, pos):
        last = m
    if last is None:
        return None, False
    if last.group(1):
        return int(last.group(1)), False
    return None, last.group(0) in _PERIOD_WORDS


def _with_parents(norm: str, facts: list[LabelledAmount]) -> list[LabelledAmount]:
    """Mark figures that a `其中` / `含` makes parts of the figure before it in the sentence."""
    out: list[LabelledAmount] = []
    for s, e in statements(norm):
        in_sentence = [f for f in facts if s <= f.label_start < e]
        for i, fact in enumerate(in_sentence):
            parent = None
            for earlier in reversed(in_sentence[:i]):
                between = norm[earlier.quantity.end:fact.label_start + len(fact.label)]
                if any(w in between for w in _PART_OF):
                    parent = earlier.key
                    break
            out.append(LabelledAmount(fact.label, fact.key, fact.quantity, fact.label_start, parent,
                                      fact.year, fact.past))
    return out


@dataclass(frozen=True)
class AmountFact:
    """A labelled money figure with where it stands in the document."""

    part: Part
    block: object
    source: SourceText
    fact: LabelledAmount

    @property
    def base(self) -> Decimal:
        return self.fact.quantity.base_value

    @property
    def tolerance(self) -> Decimal:
        return self.fact.quantity.half_unit * self.fact.quantity.scale


def places_of(doc: Document) -> tuple[str, ...]:
    """Place names of the reporting unit (曾都区, 岳阳县) read from the parts' units and titles."""
    found: list[str] = []
    for part in doc.parts:
        for name in (part.organisation, part.title):
            level = admin_level(name or "")
            if level and level[1] not in found and len(level[1]) >= 2:
                found.append(level[1])
    return tuple(found)


def document_amounts(doc: Document) -> list[AmountFact]:
    """Every labelled money figure of the document's prose."""
    places = places_of(doc)
    out = []
    for part in doc.parts:
        for block, source in prose_texts(part):
            for fact in labelled_amounts(source.value, places):
                out.append(AmountFact(part, block, source, fact))
    return out


_BUDGET_KEYS = ("预算数", "执行数", "决算数", "预算", "执行金额")


def comparable_groups(facts: list[AmountFact], fiscal_year: int | None, *, strict: bool) -> list[list[AmountFact]]:
    """Statements of one quantity: same part, same name, same parent, the report's own year.

    ``strict`` leaves out names too generic to name one quantity (项目资金, 工作经费) — for parts
    that speak of several projects.
    """
    generic = set(vocab()["generic_labels"])
    groups: dict[tuple[int, str, str | None], list[AmountFact]] = {}
    for af in facts:
        f = af.fact
        if f.past or (f.year is not None and fiscal_year is not None and f.year != fiscal_year):
            continue
        if f.key.endswith(_BUDGET_KEYS) or (strict and f.key in generic):
            continue
        groups.setdefault((id(af.part), f.key, f.parent), []).append(af)
    return [g for g in groups.values() if len(g) > 1]


def same_value(a: AmountFact, b: AmountFact) -> bool:
    return abs(a.base - b.base) <= a.tolerance + b.tolerance


def scale_slip(a: AmountFact, b: AmountFact) -> bool:
    """Whether one figure is the other with 元 and 万元 mixed up (a factor of 10^4)."""
    big, small = (a, b) if a.base >= b.base else (b, a)
    if small.base <= 0:
        return False
    factor = Decimal(10000)
    return abs(big.base - small.base * factor) <= big.tolerance + small.tolerance * factor


# --------------------------------------------------------------------------- U405 persons vs visits

@dataclass(frozen=True)
class CountSum:
    """A 人/人次 total and the parts after `其中` that add up to it exactly."""

    total: Quantity
    parts: tuple[Quantity, ...]


def person_counts(text: str) -> list[Quantity]:
    return [q for q in find_quantities(text) if q.unit in ("人", "人次") and q.relation is None]


def count_sums(text: str) -> list[CountSum]:
    """Totals in 人 or 人次 whose `其中` parts (in 人 or 人次) add up to them exactly."""
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


# --------------------------------------------------------------------------- C701 / C705 statements

_SCORE = re.compile(
    r"(?:自评得分|自评总得分|自评总分|自评分数|自评分|综合得分|综合评分|评价得分)\s*(?:为|是|：|:|共计|合计)?\s*"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>分)?(?!\s*(?:以上|以下|及以上|以内|\d|\.))"
)


def self_scores(text: str) -> list[Quantity]:
    """`自评得分 98 分`, `自评分为 92.5`: the score a narrative claims for its form."""
    norm = normalise(text)
    out = []
    for m in _SCORE.finditer(norm):
        if not m.group("unit"):
            rest = norm[m.end():m.end() + 1]
            if rest and rest not in "。，,；;）)\n ":
                continue
        start, end = m.start("num"), m.end("unit") if m.group("unit") else m.end("num")
        num = m.group("num")
        out.append(Quantity(value=Decimal(num), text=text[start:end], start=start, end=end, unit="分",
                            kind="count", decimals=len(num.split(".")[1]) if "." in num else 0, number_end=m.end("num")))
    return out


@dataclass(frozen=True)
class BudgetStatement:
    """`预算数为 40 万元，执行数为 40 万元` in a narrative."""

    budget: Quantity | None
    actual: Quantity | None


_BUDGET_LABEL = re.compile(r"(?:全年|年初|调整后|项目|全年调整后)?预算(?:数|金额|资金)$|(?:全年|年初|调整后)预算$")
_ACTUAL_LABEL = re.compile(r"(?:实际)?执行(?:数|金额)(?:到位)?$|实际支出(?:数)?$")


def budget_statements(text: str) -> list[BudgetStatement]:
    """Budget and actual amounts a sentence states for a project.

    A sentence naming two budgets (`年初预算数 50 万元，调整后预算数 60 万元`) gives the adjusted
    or full-year one, the one the form uses; two of the same standing give none.
    """
    norm = normalise(text)
    connectors = ["为", "是", "：", ":", "共", "合计", "达"]
    out = []
    money = [q for q in find_quantities(text) if q.is_money and q.relation is None]
    for s, e in statements(norm):
        budgets: list[tuple[str, Quantity]] = []
        actuals: list[tuple[str, Quantity]] = []
        for q in money:
            if not (s <= q.start < e):
                continue
            before = _strip_end(norm[max(s, q.start - 20):q.start], connectors)
            m = _BUDGET_LABEL.search(before) or _ACTUAL_LABEL.search(before)
            if m and before[:m.start()].endswith(("比", "较", "与", "超", "占", "低于", "高于", "超过", "少于")):
                continue  # a comparison with the budget (`比年初预算数 9.25 万元`)
            if any(w in norm[s:q.start] for w in ("其中", "包括", "含")):
                continue  # the budget of a part (`其中中央资金预算数 60 万元`)
            if m := _BUDGET_LABEL.search(before):
                budgets.append((m.group(0), q))
            elif m := _ACTUAL_LABEL.search(before):
                actuals.append((m.group(0), q))
        budget, actual = _one(budgets, ("调整后", "全年")), _one(actuals, ())
        if budget is not None or actual is not None:
            out.append(BudgetStatement(budget, actual))
    return out


def _one(found: list[tuple[str, Quantity]], preferred: tuple[str, ...]) -> Quantity | None:
    if len(found) == 1:
        return found[0][1]
    best = [q for label, q in found if label.startswith(preferred)] if preferred else []
    return best[0] if len(best) == 1 else None


# --------------------------------------------------------------------------- U407 tables

def table_unit(table: Table) -> str | None:
    """The money unit a table declares: its caption or 金额单位 line, a header cell, a note."""
    if table.declared_unit:
        return table.declared_unit
    for text in (table.caption, *table.notes):
        if text and (unit := declared_unit(text)):
            return unit
    for row in table.rows:
        for cell in row.cells:
            if unit := declared_unit(cell.value):
                return unit
    return None


def money_header(table: Table) -> object | None:
    """The first header cell naming a money column (`预算数`, `财政资金总额`) with a bare figure
    below it, else None."""
    columns = tuple(vocab()["money_columns"])
    for r, row in enumerate(table.rows[:3]):
        for j, cell in enumerate(row.cells):
            text = compact(cell.value)
            if not (2 <= len(text) <= 12 and text.endswith(columns) and not _DIGIT_RE.search(text)):
                continue
            below = [later.cells[j] for later in table.rows[r + 1:] if j < len(later.cells)]
            if any((q := parse_cell(c.value)) is not None and q.unit is None for c in below):
                return cell
    return None


_DIGIT_RE = re.compile(r"\d")


def bare_figure_cells(table: Table) -> list[object]:
    """Cells holding only a figure without a unit."""
    out = []
    for row in table.rows:
        for cell in row.cells:
            q = parse_cell(cell.value)
            if q is not None and q.unit is None:
                out.append(cell)
    return out


# --------------------------------------------------------------------------- C703 announced counts

@dataclass(frozen=True)
class AnnouncedCount:
    """`下设 3 个中心：A，B，C` or `A、B、C等7个内设机构`: a count and the list it announces."""

    count: int
    noun: str
    start: int  # span of the count phrase (`3 个中心`)
    end: int
    items: tuple[str, ...]
    possible: frozenset[int]  # item counts the list can be read as (`A和B` may be one item or two)
    partial: bool  # the list ends with 等 before the count: it may name only some items


_COUNT = re.compile(
    r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?P<cl>个|项|家|所|类|条)\s*"
    r"(?P<noun>[\u4e00-\u9fff]{1,10}?(?:[（(][\u4e00-\u9fff]{1,3}[）)])?)"
    r"(?=[：:，,。；;和及]|$|分别|即|包括)"
)
_ITEM_COUNT = re.compile(r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|名|人|间|处|所)$")
_AFTER_LEAD = re.compile(r"^\s*[，,]?\s*(?:分别是|分别为|分别|即|包括|为)?\s*[：:]?")
_LIST_VERBS = ("下设", "设有", "内设", "现设", "设立", "包括", "包含", "共有", "有", "涉及", "分为", "分设", "现有", "设")


def _split_top(text: str, seps: str) -> list[str]:
    """Split at ``seps`` outside brackets and quotes."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts]


def _readings(items: list[str]) -> frozenset[int]:
    """Item counts a list allows: its last item may join two names with 和/及/与."""
    n = len(items)
    possible = {n}
    if items and re.search(r"[和及与]", items[-1]):
        possible.add(n + 1)
    if any(re.search(r"[和及与]", it) for it in items):
        possible.add(n + 1)
    return frozenset(possible)


def _count_value(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else chinese_to_int(raw)


def _top_level(norm: str, pos: int) -> bool:
    depth = 0
    for ch in norm[:pos]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
    return depth == 0


def announced_counts(text: str) -> list[AnnouncedCount]:
    """Counts announced with the list they count, the list after (`：A、B、C`) or before (`A、B等3个`)."""
    norm = normalise(text)
    out: list[AnnouncedCount] = []
    previous_end = 0
    for m in _COUNT.finditer(norm):
        n = _count_value(m.group("n"))
        if not n or n < 2 or not _top_level(norm, m.start()):
            continue
        found = _list_after(norm, m) or _list_before(norm, m, previous_end)
        previous_end = m.end()
        if found is None:
            continue
        items, partial = found
        if len(items) < 2:
            continue
        out.append(AnnouncedCount(n, m.group("noun"), m.start(), m.end(), tuple(items),
                                  _readings(items), partial))
    return out


def _list_after(norm: str, m: re.Match[str]) -> tuple[list[str], bool] | None:
    lead = norm[max(0, m.start() - 4):m.start()].rstrip()
    if not lead.endswith(_LIST_VERBS):
        return None
    rest = norm[m.end():]
    head = _AFTER_LEAD.match(rest)
    if not head or not re.search(r"[：:]|分别|即|包括", head.group(0)):
        return None
    body = rest[head.end():]
    stop = len(body)
    for i, ch in enumerate(body):
        if ch in "。；;\n" and _top_level(body, i):
            stop = i
            break
    body = body[:stop].strip()
    if not body:
        return None
    partial = body.endswith("等")
    items = [it for it in _split_top(body.rstrip("等"), "、") if it]
    limit = 30
    if len(items) < 2:
        items = [it for it in _split_top(body.rstrip("等"), "，,") if it]
        limit = 15  # clauses split at commas must look like names, not sentences
        if any(_DIGIT_RE.search(it) for it in items):
            return None
    if any(len(it) > limit for it in items):
        return None  # sentences, not names
    if any(_ITEM_COUNT.search(it) for it in items):
        return None  # `校长室一个，副校长室三个`: the items carry counts, the total counts those
    return items, partial


def _list_before(norm: str, m: re.Match[str], previous_end: int) -> tuple[list[str], bool] | None:
    lead = norm[:m.start()].rstrip()
    if lead.endswith(("各", "每", "均", "分别", "约", "近", "超", "逾")):
        return None  # a count per item (`东区、西区各 2 个`) or an estimate
    partial = joined = False
    for word in ("等", "共计", "合计", "总共", "共", "这", "计"):
        if lead.endswith(word):
            partial, joined = word == "等", True
            lead = lead[: -len(word)].rstrip()
            break
    start = len(lead)
    depth = 0
    while start > previous_end:
        ch = lead[start - 1]
        if ch in _CLOSE:
            depth += 1
        elif ch in _OPEN:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "。；;：:，,\n":
            break
        start -= 1
    body = lead[start:]
    if start == previous_end and previous_end:
        body = re.sub(r"^\s*[和及与]", "", body)
    if "、" not in body:
        return None
    items = [it for it in _split_top(body, "、") if it]
    if any(len(it) > 30 for it in items) or any(_DIGIT_RE.search(it) for it in items):
        return None  # sentences, or counts of their own (`省里30条和市里10条要求`): not a list of names
    if all(len(it) == 1 for it in items) and not joined:
        return None  # `省、市十项规定`: one-character qualifiers of a name, not the items it counts
    return items, partial


_TRAILING_COUNT = re.compile(
    r"(?:以下|如下|下列|这|共|主要有|主要包括|包括|有)?\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*"
    r"(?:个|项|条|点|类)\s*(?P<noun>[\u4e00-\u9fff]{1,8})\s*[：:]\s*$"
)


def trailing_announcement(text: str) -> tuple[int, int, int] | None:
    """`存在以下三个问题：` at the end of a paragraph: (count, start, end) of `三个问题`."""
    m = _TRAILING_COUNT.search(normalise(text))
    if not m:
        return None
    n = _count_value(m.group("n"))
    if not n or n < 2:
        return None
    return n, m.start("n"), m.end("noun")


# --------------------------------------------------------------------------- C704 administrative level

_ADMIN = re.compile(r"(?:[\u4e00-\u9fff]{1,7}?(?:自治区|省|自治州|市|州|盟|县|区|旗))+")


def admin_level(organisation: str) -> tuple[str, str] | None:
    """(level, place) of a unit from its name: 曾都区医疗保障局 -> ("county", "曾都区")."""
    m = _ADMIN.match(compact(organisation))
    if not m:
        return None
    place = m.group(0)
    if place.endswith(("县", "区", "旗")):
        return "county", place
    if place.endswith(("市", "州", "盟", "自治州")):
        return "city", place
    return "province", place


__all__ = [
    "AmountFact", "AnnouncedCount", "BareStandard", "MixedBasis", "mixed_bases", "HeadCount", "head_counts_in_other_units", "TinyFund", "bare_standards", "tiny_funds", "BareFigure", "comparable_groups", "document_amounts", "places_of",
    "same_value", "scale_slip", "BudgetStatement", "CountSum", "GluedUnit", "LabelledAmount", "RateStatement",
    "admin_level", "announced_counts", "bare_figures", "budget_statements", "clean_name", "count_sums",
    "decrease_percentages", "glued_units", "indicator_kind", "is_capped_rate", "is_prose_cell", "is_rate_name",
    "label_key", "labelled_amounts", "person_counts", "prose_texts", "rate_statements", "self_scores",
    "stated_percentages", "trailing_announcement", "vocab", "table_unit", "money_header", "bare_figure_cells",
]
