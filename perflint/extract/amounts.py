"""Labelled amounts: ``预算数 30 万元`` with its label, period and parents, collected over a
document, so that two statements of the same quantity can be compared (same value, or a
slip of scale between 元 and 万元)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from perflint.extract.organisations import admin_level
from perflint.extract.part_index import by_part
from perflint.extract.quantities import part_prose, strip_end, vocab
from perflint.facts import facts_of
from perflint.frozen import quick_init
from perflint.model import Document, Part, SourceText
from perflint.text.dates import YEAR
from perflint.text.memo import remember_short
from perflint.text.numbers import Quantity, as_money, normalise, quantities
from perflint.text.patterns import any_of, compile_pattern, lazy_compile
from perflint.text.sentences import statement_start, statements

_CJK_RUN_END = lazy_compile(r"[\u4e00-\u9fff]+$")
_PERIOD_WORDS = ("上年", "去年", "上一年", "上年度", "同期", "前年", "以前年度", "往年")



@quick_init
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


@lru_cache(maxsize=4096)
def label_key(label: str, places: tuple[str, ...] = ()) -> str:
    """A label reduced to the name of the quantity: `曾都区各项财政补助资金` -> `财政补助资金`.

    Remembered: labels repeat across a report's sentences and the lists are sorted per call."""
    leads, prefixes = _label_words()
    key = label.replace("（", "(").replace("）", ")") if "（" in label else label  # one width of bracket
    for lead in leads:
        if key.startswith(lead):
            key = key[len(lead):]
            break
    for place in sorted(places, key=len, reverse=True):
        idx = key.find(place)
        if idx >= 0:
            key = key[idx + len(place):]
    changed = True
    while changed and key.startswith(prefixes):  # one call tells that none of them leads
        changed = False
        for p in prefixes:
            if key.startswith(p) and len(key) > len(p) + 1:
                key = key[len(p):]
                changed = True
                break
    return _one_name(key)


def _one_name(key: str) -> str:
    """``key`` under the name its quantity's statements share: a head's 决算 left out (`公务接待费
    支出决算` states the 支出) and a form line's older name as its newer one (公务用车购置及运行费 is
    公务用车购置及运行维护费), so that the older and newer ways of writing one line are compared."""
    heads, qualifiers, same = _name_words()
    for q in qualifiers:
        if key.endswith(q) and key[:-len(q)].endswith(heads):
            key = key[:-len(q)]
            break
    for alias, name in same:
        if alias in key:
            key = key.replace(alias, name)
    return key


@cache
def _name_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The money heads, the words after a head that :func:`_one_name` leaves out, and each older
    name with the name it is read as (longest first, so that no alias is read inside a longer one)."""
    v = vocab()
    same = [(alias, names[0]) for names in v["label_same_names"] for alias in names[1:]]
    return (tuple(v["money_heads"]), tuple(v["label_head_qualifiers"]),
            tuple(sorted(same, key=lambda pair: len(pair[0]), reverse=True)))


@cache
def _label_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The leads and the generic prefixes :func:`label_key` strips, longest first (sorted once)."""
    return (tuple(sorted(_PART_OF, key=len, reverse=True)),
            tuple(sorted(vocab()["label_generic_prefixes"], key=len, reverse=True)))


def _is_comparison(label: str) -> bool:
    v = vocab()
    return (any_of(tuple(v["label_comparisons"])).search(label) is not None
            or label.startswith(tuple(v["label_comparison_starts"])))


def labelled_amounts(text: str, places: tuple[str, ...] = ()) -> list[LabelledAmount]:
    """Money figures with the quantity name written right before them.

    ``places`` are place names (the unit's county or district) dropped from the front of a label.
    Figures after a comparison (`比上年增加 20 万元`, `比预算数 9.25 万元`) have no label here.

    A pure function of its arguments: a short text's amounts are remembered (the same sentences
    recur through a bundle and a folder); a fresh list each call.
    """
    return list(_labelled_amounts(text, places))


@remember_short(4096)
def _labelled_amounts(text: str, places: tuple[str, ...]) -> tuple[LabelledAmount, ...]:
    # q.is_money or q.is_bare_magnitude, inline (asked of every figure of every text)
    money = [q for q in quantities(text) if (q.kind == "money" or q.unit is None and q.scale != 1) and q.relation is None]
    if not money:  # no sum of money: nothing to label (most cells and many paragraphs)
        return ()
    norm = normalise(text)
    v = vocab()
    heads = tuple(v["money_heads"])
    found: list[LabelledAmount] = []
    periods = _Periods(norm)
    wholes: list[tuple[int, str]] = []  # every money figure: where it ends, and what it is called
    for q in money:
        window_start = max(0, q.start - 40)
        before = strip_end(norm[window_start:q.start], v["label_connectors"])
        if before[-1:] in _OPENING and window_start:  # an aside before the figure: its name is further back
            window_start = max(0, q.start - _ASIDE_REACH)
            before = strip_end(norm[window_start:q.start], v["label_connectors"])
        run = _label_run(before)
        if q.is_bare_magnitude:  # 资金150万: money when a money word names it (人口26.5万 is not)
            if run is None or not label_key(run[1], places).endswith(heads):
                continue
            q = as_money(q) or q
        wholes.append((q.end, label_key(run[1], places) if run else q.text.strip()))
        if not run:
            continue
        label = run[1]
        label_start = window_start + run[0]
        if _is_comparison(label):
            continue
        key = label_key(label, places)
        if len(key) < 3 or not key.endswith(heads):
            continue
        year, past = periods.before(label_start + len(label))
        found.append(LabelledAmount(
            label=label, key=key, quantity=q, label_start=label_start,
            parent=None, year=year, past=past,
        ))
    return tuple(_with_parents(norm, found, wholes)) if found else ()


_OPENING = {")": "(", "）": "（"}
_QUALIFIER_MAX = 8  # characters of a bracket inside a name: (境), （类）, （含购置费）
_ASIDE_REACH = 160  # characters before a figure read when a bracket stands between it and its name


def _label_run(before: str) -> tuple[int, str] | None:
    """The name written right before a figure, read through brackets, and where it starts in
    ``before``: the run of Chinese characters it ends with, joined to the run before a short
    bracket of words inside the name (``因公出国（境）费支出``, ``一般公共服务(类)支出``: the bracket
    is kept, so that the name is not cut to ``费支出`` and shared with another cut name). A
    bracket of figures right before the figure is an aside breaking the name down
    (``公务用车购置及运行费(其中：购置费0万元…)12.00万元``): the name is the run before it."""
    run = _CJK_RUN_END.search(before)
    if run is None:
        opening = _aside_start(before)
        if opening is None:
            return None
        run = _CJK_RUN_END.search(before, 0, opening)
        return (run.start(), run.group(0)) if run is not None else None
    start = run.start()
    close = start - 1
    if close < 1 or before[close] not in _OPENING:
        return start, run.group(0)
    opening = before.rfind(_OPENING[before[close]], max(0, close - _QUALIFIER_MAX - 1), close)
    inner = before[opening + 1:close] if opening >= 0 else ""
    if not inner or not all(_is_cjk(ch) for ch in inner):
        return start, run.group(0)
    head = _CJK_RUN_END.search(before, 0, opening)
    if head is None:
        return start, run.group(0)
    return head.start(), before[head.start():]


def _aside_start(before: str) -> int | None:
    """Where a bracket holding figures that ``before`` ends with opens (an aside between a name
    and its figure), or None."""
    close = len(before) - 1
    if close < 1 or before[close] not in _OPENING:
        return None
    opening = before.rfind(_OPENING[before[close]], 0, close)
    if opening < 1 or not any(ch.isdigit() for ch in before[opening:close]):
        return None
    inner = before[opening + 1:close]
    return opening if ")" not in inner and "）" not in inner else None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# :func:`labelled_amounts` as the remembered tuple itself, for a reader that only reads it: no
# copy and one Python frame less (the document's amounts and the tables' quoters ask it of every
# prose text).
labelled_amounts_of = _labelled_amounts

_CURRENT_WORDS = ("本年", "今年", "当年", "本年度")
_PERIOD = lazy_compile(rf"({YEAR})\s*年|" + "|".join(_PERIOD_WORDS + _CURRENT_WORDS))


def period_before(norm: str, pos: int) -> tuple[int | None, bool]:
    """The period the words before ``pos`` in its sentence speak of: the nearest year
    (`2021年`) or last year (`上年`, `同期`) or this year (`本年`) before it. (year, past).
    A clause after a semicolon that names no period of its own is in the year the clause before
    it names last (`2016年度支出合计 T，其中：基本支出 a；项目支出 b`: b is 2016's), back over at most
    :data:`_CLAUSES_BACK` clauses of the sentence; a 上年 or 本年 there is that clause's own
    (`比上年增加 X；年末结转和结余 Y`: Y names no period)."""
    own = True
    for _ in range(_CLAUSES_BACK + 1):
        start = statement_start(norm, pos)
        last = None
        for m in _PERIOD.finditer(norm, start, pos):
            last = m
        if last is not None:
            # a clause before lends its year only (``比上年增加 X；年末结转和结余 Y``: the 上年 is
            # the comparison's, not the period of the clause after it)
            return _period(last) if own or last.group(1) else (None, False)
        if start == 0 or norm[start - 1] not in _CLAUSE_STOPS:
            return None, False
        pos, own = start - 1, False
    return None, False


# a semicolon ends a statement but not the sentence: the clause after it may be in the period the
# clause before it names; how many clauses back such a period is looked for
_CLAUSE_STOPS = "；;"
_CLAUSES_BACK = 4


def _period(m: re.Match[str] | None) -> tuple[int | None, bool]:
    if m is None:
        return None, False
    if m.group(1):
        return int(m.group(1)), False
    return None, m.group(0) in _PERIOD_WORDS


class _Periods:
    """:func:`period_before` for many positions of one text, each statement scanned once.

    A figure asks for the period words before it in its statement; asking
    :func:`period_before` scans the statement from its start each time, which in a statement
    thousands of characters long (a paragraph without a full stop) made the text's figures cost
    the square of its length. Here each statement's matches are listed once, in order, as far
    as the questions reach, and a question is a bisection. The answer is the same: the scan that
    stops at ``pos`` finds the same matches as the whole scan up to the last one ending at or
    before ``pos`` (less text never makes a failed attempt succeed: the pattern has no anchors
    or lookarounds), and only a match running across ``pos`` can come out differently, so that
    one is scanned again with ``pos`` as the end."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self._scans: dict[int, tuple[Iterator[re.Match[str]], list[re.Match[str]], list[int]]] = {}

    def before(self, pos: int) -> tuple[int | None, bool]:
        own = True
        for _ in range(_CLAUSES_BACK + 1):
            start, last = self._last_before(pos)
            if last is not None:
                return _period(last) if own or last.group(1) else (None, False)
            if start == 0 or self.norm[start - 1] not in _CLAUSE_STOPS:
                return None, False
            pos, own = start - 1, False  # a clause naming no period: the one before it (see period_before)
        return None, False

    def _last_before(self, pos: int) -> tuple[int, re.Match[str] | None]:
        start = statement_start(self.norm, pos)
        scan = self._scans.get(start)
        if scan is None:
            scan = self._scans[start] = (_PERIOD.finditer(self.norm, start), [], [])
        matches, ends = scan[1], scan[2]
        while not matches or matches[-1].start() < pos:
            m = next(scan[0], None)
            if m is None:
                break
            matches.append(m)
            ends.append(m.end())
        k = bisect.bisect_right(ends, pos)  # matches[:k] end at or before pos
        last = matches[k - 1] if k else None
        if k < len(matches) and matches[k].start() < pos:  # a match running across pos
            for m in _PERIOD.finditer(self.norm, matches[k].start(), pos):
                last = m
        return start, last


def _with_parents(norm: str, facts: list[LabelledAmount], wholes: list[tuple[int, str]]) -> list[LabelledAmount]:
    """Mark figures that a `其中` / `含` makes parts of the figure before it in the sentence.

    The whole may be any money figure, named by a money word or not (`机构运行 82.65 万元，其中：
    基本支出 …，项目支出 …`): the 项目支出 of one whole is not the 项目支出 of another.

    A fact's whole is the nearest money figure of its sentence ending before its label with a
    `其中` (any of :data:`_PART_OF`) between them and the fact's label's end. ``facts`` and
    ``wholes`` are in text order, and so are the part words' places (listed once): each fact
    is two bisections, not a walk back over every earlier figure copying the text between (a
    sentence thousands of characters long without a full stop cost the cube of its length)."""
    words = [m.span() for m in _part_of_words().finditer(norm)]
    word_ends = [end for _, end in words]
    whole_ends = [end for end, _ in wholes]
    fact_starts = [f.label_start for f in facts]
    out: list[LabelledAmount] = []
    for s, e in statements(norm):
        w_lo, w_hi = bisect.bisect_left(whole_ends, s), bisect.bisect_right(whole_ends, e)
        for fact in facts[bisect.bisect_left(fact_starts, s):bisect.bisect_left(fact_starts, e)]:
            parent = None
            k = bisect.bisect_right(word_ends, fact.label_start + len(fact.label)) - 1
            if k >= 0:  # the last part word before the label's end; a whole must end before it
                j = bisect.bisect_right(whole_ends, min(words[k][0], fact.label_start), w_lo, w_hi) - 1
                if j >= w_lo:
                    parent = wholes[j][1]
            if parent is None:
                parent = _qualified_whole(wholes, whole_ends, w_lo, fact)
            out.append(LabelledAmount(fact.label, fact.key, fact.quantity, fact.label_start, parent,
                                      fact.year, fact.past))
    return out


def _qualified_whole(wholes: list[tuple[int, str]], whole_ends: list[int], lo: int,
                     fact: LabelledAmount) -> str | None:
    """The figure of the same sentence, before ``fact``'s label, whose name ``fact``'s name holds
    with words before it (``住院…总费用 506.20 万元，政策范围内总费用 471.35 万元``): ``fact`` is that
    measure narrowed, a part of that figure, not the 政策范围内总费用 of another total (门诊's)."""
    j = bisect.bisect_right(whole_ends, fact.label_start, lo) - 1
    if j < lo:
        return None
    key = wholes[j][1]
    return key if len(key) >= 2 and key != fact.key and fact.key.endswith(key) else None


@cache
def _part_of_words() -> re.Pattern[str]:
    """The words of :data:`_PART_OF` that hold no other one (`主要包括` holds `包括`): one of
    them is in a text exactly when one of all is, and no two of them overlap."""
    minimal = [w for w in _PART_OF if not any(o != w and o in w for o in _PART_OF)]
    return compile_pattern("|".join(map(re.escape, sorted(minimal, key=len, reverse=True))))


@quick_init
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


def document_places(doc: Document) -> tuple[str, ...]:
    """:func:`places_of` ``doc``, read once per document for the readers of its labelled amounts
    (the document's amounts, C718's three quoters and U401's), not once by each."""
    return facts_of(doc).cached("quantities.places", places_of)


def document_amounts(doc: Document) -> list[AmountFact]:
    """Every labelled money figure of the document's prose."""
    places = document_places(doc)
    out = []
    for part in doc.parts:
        for block, source in part_prose(doc, part):
            for fact in labelled_amounts_of(source.value, places):
                out.append(AmountFact(part, block, source, fact))
    return out


def document_amounts_by_part(doc: Document) -> dict[int, list[AmountFact]]:
    """:func:`document_amounts` grouped by ``id(part)``, in their order: read and grouped once per
    document for C702 and U401, which both walk each part's amounts."""
    facts = facts_of(doc)
    return facts.cached("quantities.amounts:by_part",
                        lambda d: by_part(facts.cached("quantities.amounts", document_amounts)))


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


def transposed_pairs(facts: list[AmountFact], fiscal_year: int | None) -> list[tuple[AmountFact, AmountFact]]:
    """Two statements of one quantity, in different sentences, whose figures differ only by two
    neighbouring digits swapped (村级组织运转经费 315.00 万元 … 351.00 万元), earlier first.

    Two statements with two values are otherwise left alone (which one is right is not known, and
    two scopes may share a name); a figure of another scope is not the other's digits in another
    order, so here one of them was mistyped. The names may differ by words in front (项目全年已支付
    资金 and 已支付资金): they need only end alike. Figures are bucketed by their digits, so the work is linear."""
    buckets: dict[tuple, list[AmountFact]] = {}
    for af in facts:
        f = af.fact
        if f.past or (f.year is not None and fiscal_year is not None and f.year != fiscal_year):
            continue
        if f.key.endswith(_BUDGET_KEYS) or len(f.key) < _MIN_TRANSPOSED_NAME:
            continue
        digits = _NOT_DIGIT.sub("", f.quantity.text)
        if len(digits) - ("." in digits) < 3:
            continue  # 12 and 21 万元 are too short for a slip to be told from two figures
        key = (id(af.part), f.quantity.unit, f.quantity.scale, "".join(sorted(digits)), digits.find("."))
        buckets.setdefault(key, []).append(af)
    out: list[tuple[AmountFact, AmountFact]] = []
    for bucket in buckets.values():
        if len(bucket) < 2 or len(bucket) > _MAX_TRANSPOSED_BUCKET:
            continue
        for i, a in enumerate(bucket):
            for b in bucket[i + 1:]:
                if _names_one(a.fact.key, b.fact.key) and _swapped(_digits_of(a), _digits_of(b)) \
                        and a.source is not b.source:
                    out.append((a, b))
    return out


_MIN_TRANSPOSED_NAME = 4
_MAX_TRANSPOSED_BUCKET = 40  # a repeated section states one figure many times: no slip among copies


def _names_one(a: str, b: str) -> bool:
    """Whether two names end alike for at least a short name's length (已支付资金 and 项目全年已
    支付资金; 拨付21个村村级组织运转经费 and 按季度拨付村级组织运转经费): a label runs back to
    the previous figure, so the words in front may be the sentence's own."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    # a shared end of four characters names a kind (运转经费), of five a quantity, unless it is
    # the whole of one name
    return n >= _MIN_TRANSPOSED_NAME + 1 or (n >= _MIN_TRANSPOSED_NAME and n == min(len(a), len(b)))


_NOT_DIGIT = lazy_compile(r"[^\d.]")  # \d: full-width digits too


def _digits_of(af: AmountFact) -> str:
    return _NOT_DIGIT.sub("", af.fact.quantity.text)


def _swapped(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two different neighbouring digits swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
        and a[diff[1]] == b[diff[0]] and "." not in (a[diff[0]], a[diff[1]])


def same_value(a: AmountFact, b: AmountFact) -> bool:
    return abs(a.base - b.base) <= a.tolerance + b.tolerance


def scale_slip(a: AmountFact, b: AmountFact) -> bool:
    """Whether one figure is the other with 元 and 万元 mixed up (a factor of 10^4)."""
    return _scale_slip(a.base, a.tolerance, b.base, b.tolerance)


def _scale_slip(a_base: Decimal, a_tol: Decimal, b_base: Decimal, b_tol: Decimal) -> bool:
    (big, big_tol), (small, small_tol) = ((a_base, a_tol), (b_base, b_tol)) if a_base >= b_base else \
        ((b_base, b_tol), (a_base, a_tol))
    if small <= 0:
        return False
    factor = Decimal(10000)
    return abs(big - small * factor) <= big_tol + small_tol * factor


def scale_slip_pairs(group: list[AmountFact]) -> Iterator[tuple[AmountFact, AmountFact]]:
    """The pairs ``(group[i], group[j])``, ``i < j``, that are a :func:`scale_slip`, in the order
    of the nested loop over ``i`` then ``j``.

    A report repeating one statement many times (a pasted section, a whole report on one line)
    makes a group of hundreds of figures with few distinct values: the test is made once per
    pair of distinct (value, tolerance), and figures whose value pairs with none are skipped,
    so the work is not quadratic in the repetition.
    """
    keys = [(af.base, af.tolerance) for af in group]
    distinct = sorted(set(keys))
    bases = [x[0] for x in distinct]
    widest = max((x[1] for x in distinct), default=Decimal(0))
    factor = Decimal(10000)
    slips: set[tuple[tuple[Decimal, Decimal], tuple[Decimal, Decimal]]] = set()
    for small in distinct:  # the larger figure lies within the tolerances of 10^4 times the smaller
        if small[0] <= 0:
            continue
        reach = widest + small[1] * factor
        lo = bisect.bisect_left(bases, small[0] * factor - reach)
        hi = bisect.bisect_right(bases, small[0] * factor + reach)
        for big in distinct[lo:hi]:  # the test is not symmetric for equal values: both orders
            if _scale_slip(*small, *big):
                slips.add((small, big))
            if _scale_slip(*big, *small):
                slips.add((big, small))
    if not slips:
        return
    partners: dict[tuple[Decimal, Decimal], list[tuple[Decimal, Decimal]]] = {}
    for x, y in slips:
        partners.setdefault(x, []).append(y)
    positions: dict[tuple[Decimal, Decimal], list[int]] = {}
    for j, key in enumerate(keys):
        positions.setdefault(key, []).append(j)
    for i, a in enumerate(group):
        if keys[i] not in partners:
            continue
        later = sorted(j for y in partners[keys[i]] for j in positions[y][bisect.bisect_right(positions[y], i):])
        for j in later:
            yield a, group[j]
