"""Changes, completion rates and shares stated in prose (``比上年减少 X，下降 Y%``,
``完成预算的 W%``, ``占 … Z%``), read on the mentions of :mod:`perflint.extract.prose`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache

from perflint import data
from perflint.extract.prose import (
    _PRIOR_LABEL,
    _XIANGBI_AFTER,
    Mention,
    _conf,
    _same_kind,
    figure_mentions,
    label_core,
    name_core,
)
from perflint.extract.prose_lists import _subject
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, normalise, read_as
from perflint.text.patterns import LazyPattern, compile_pattern, lazy_compile, screen_chars
from perflint.text.sentences import sentences

# --- changes, completion rates, shares ------------------------------------------------------


@dataclass(frozen=True)
class ChangeStatement:
    """``C，比上年减少 X，下降 Y%`` (``change``) or ``C，比预算数 B，增加了 Y%`` (``base``)."""

    rate: Quantity
    direction: int  # +1 increase, -1 decrease
    current: Quantity | None
    change: Quantity | None
    base: Quantity | None
    base_kind: str  # prior | budget
    # ``总额 T，其中：a，b，同比增加 X``: the change follows b but may be T's; the other figure
    # it may be about, when the sentence leaves that open
    alternative: Quantity | None = None
    # the direction the rate's own word gives (``减 X 万元，增 Y%``: +1), 0 when the rate has none;
    # read only for a rate right after its change
    rate_direction: int = 0
    # last year's figure, when the sentence states it beside this year's (``本年 C，上年 P，减少 X，
    # 下降 Y%``): the rate is then X ÷ P, whatever rounding C carries
    prior: Quantity | None = None
    # the statement is a reading of the wording, a warning at most: one of the two figures stands in
    # the sentence before the rate's (``本年 C。上年为 P，下降 Y%``, ``上年 Q P。本年 Q C，下降 Y%``),
    # or the rate follows a figure labelled only by the year before (``2024年 C，2023年 P，下降 Y%``)
    inferred: bool = False
    # the words before the change in its clause (``公务接待费支出决算减少``): the item it is of, where
    # this year's figure is not in the sentence (A105 looks for it in the paragraphs before)
    change_label: str = ""


class _HedgedPattern(LazyPattern):
    """A rate's lead-in pattern whose ``{HEDGE}`` stands for an optional hedge word of units.yaml
    (``增长近``, ``下降约为``, ``增长大约``): the rate is read as its figure's grammar reads it,
    hedged (see :attr:`~perflint.text.numbers.Quantity.hedged`), not left unread."""

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            source = self.pattern.replace("{HEDGE}", _hedge_words())
            compiled = self.__dict__["_compiled"] = compile_pattern(source, self._flags)
        return compiled


@cache
def _hedge_words() -> str:
    words = data.load("units")["hedges_before"]
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")?"


_RATE_AFTER_CHANGE = _HedgedPattern(
    r"^[\s,，、;；]*(?:同比)?(?:增长|下降|降低|上升|增加|减少|提高|增幅|降幅|减幅|减|增)?(?:率|幅度)?(?:了|为|达)?{HEDGE}\s*$")
_RATE_AFTER_BASE = _HedgedPattern(r"^\s*(?:的)?(?:相比|比较|对比)?[\s,，]*(?:同比)?(?P<verb>增长|下降|降低|上升|增加|减少|提高)(?:了|为|达)?{HEDGE}\s*$")
_DECREASE_RATE = _HedgedPattern(r"(?:下降|降低|减少|降幅|减幅|减)(?:率|幅度)?(?:了|为|达)?{HEDGE}\s*$")
_RATE_DOWN = lazy_compile(r"下降|降低|减少|降幅|减幅|减")
_RATE_UP = lazy_compile(r"增长|上升|增加|提高|增幅|增")


def _rate_direction(gap: str) -> int:
    """The direction the words between a change and its rate give the rate (``，下降``: −1)."""
    if _RATE_DOWN.search(gap):
        return -1
    return 1 if _RATE_UP.search(gap) else 0


def _current(norm: str, ms: list[Mention], spans, ref: Mention, floor: int) -> Mention | None:
    """The figure a comparison is about: the nearest level figure before it, same kind."""
    cands = [m for m in ms if m.sentence == ref.sentence and floor <= m.start and m.end <= ref.start
             and m.role == "level" and not m.bracketed and _same_kind(m.quantity, ref.quantity)
             and not _completion_budget(m) and not _plan_gap(m)]
    comparison = _conf()["comparison"]
    if cands:
        c = cands[-1]
        between = [m for m in ms if c.end <= m.start and m.end <= ref.start and m.role == "change"]
        close = _XIANGBI_AFTER.match(norm[ref.end:ref.end + 8]) if ref.role == "base" else None  # 与 … B 相比
        if (_PRIOR_LABEL.search(c.label) or _earlier_year(c, cands)) and not between:
            return _current_beside_prior(norm, ms, cands, c, ref)
        if not between and (run := _last_year_run(cands)) is not None:
            # ``Y年 收入总计 C，支出总计 C，Y−1年 收入总计 P，支出总计 P，…增加 X``: c is last year's
            return _current_beside_prior(norm, ms, cands, c, ref, current=run[0]) if run[0] else None
        if not compile_pattern(comparison).search(norm[c.end:ref.end + (close.end() if close else 0)]) \
                or (between and not _compared_in_turn(norm, between, ref)) \
                or "其中" in norm[c.end:ref.start]:
            return None  # the change is about something else than the figure before it
        return c
    s_start = spans[ref.sentence][0]
    lead = norm[s_start:ref.start]
    if ref.role == "base" and (close := _XIANGBI_AFTER.match(norm[ref.end:ref.end + 8])):
        lead = norm[s_start:ref.end + close.end()]  # ``。与上年的 B 相比，…``: the comparison closes after B
    if ref.sentence > 0 and compile_pattern(r"^[\s,，]*" + comparison).match(lead) and floor <= s_start:
        return _subject(ms, ref.sentence - 1, ref.quantity) or _completed_actual(norm, ms, ref.sentence - 1, ref.quantity)
    if ref.sentence > 0 and floor <= s_start and (named := _NAMED_COMPARISON.match(lead)) \
            and compile_pattern(comparison).match(lead[named.end("subject"):]):
        # 收入总计 C，支出总计 C。收入支出总计比上年减少 D: a subject naming the figure(s) before
        subject = _subject(ms, ref.sentence - 1, ref.quantity)
        labels = [m.label for m in ms if m.sentence == ref.sentence - 1 and m.role == "level" and not m.bracketed]
        if subject is not None and _names_them(named.group("subject"), labels):
            return subject
        # “三公”经费预算为 B，决算为 A，完成预算的 W%。其中：…。“三公”经费决算比上年减少 D: the
        # subject names the account of a completion sentence, the 其中 sentences between detail A
        before = ref.sentence - 1
        while before > 0 and norm[spans[before][0]:spans[before][1]].lstrip().startswith("其中"):
            before -= 1
        actual = _completed_actual(norm, ms, before, ref.quantity)
        if actual is not None and _names_the_account(named.group("subject"), ms, before):
            return actual
    return None


def _names_the_account(subject: str, ms: list[Mention], sentence: int) -> bool:
    """Whether a sentence's subject (``“三公”经费支出决算``) names the account of a completion
    sentence: its budget's label holds the subject without its 决算 / 支出 words and quotes."""
    def key(text: str) -> str:
        return _ACCOUNT_NOISE.sub("", _name_key(text))

    core = key(subject)
    budget = next((m for m in ms if m.sentence == sentence and m.role == "level" and not m.bracketed), None)
    return len(core) >= 2 and budget is not None and core in key(budget.label)


# the words a sentence opens with before its comparison: what it compares (收入支出总计比上年…)
_NAMED_COMPARISON = lazy_compile(r"^[\s,，]*(?P<subject>[\u4e00-\u9fff、“”\"]{2,14}?)(?=比|较|同比|与)")
_ACCOUNT_NOISE = lazy_compile(r"[“”\"]|财政拨款|支出|决算|预算|数")
# (the unit named before its totals, 本单位收入总计, names no other figure)
_NAME_NOISE = lazy_compile(r"(?:19|20)\d{2}\s*年度?|本年度?|全年|年度|本单位|本部门|我单位|[、，,\s]|[各均共]|(?:为|是|达)$")


def _name_key(name: str) -> str:
    return _NAME_NOISE.sub("", name).replace("收支", "收入支出")


def _names_them(subject: str, labels: list[str]) -> bool:
    """Whether a sentence's subject names the figures of the sentence before by their labels:
    the same name (收支总计 for 收入、支出总计), or both of 收入总计 and 支出总计 at once
    (收入支出总计)."""
    s = _name_key(subject)
    keys = [_name_key(label) for label in labels]
    if not s or not keys:
        return False
    if s in keys:  # (the figures of the sentence before are one value: _subject asks so)
        return True
    rest = s.replace("收入支出", "")
    if s == "收入支出":
        # 收支 alone (收入总计 C，支出总计 C。收支较上年…): the two totals of one level, by their names
        cores = {k.replace("收入", "").replace("支出", "") for k in keys}
        return len(cores) == 1 and "" not in cores and any(k.startswith("收入") for k in keys) \
            and any(k.startswith("支出") for k in keys)
    return rest != s and bool(rest) and all(k.replace("收入", "").replace("支出", "") == rest for k in keys)


_LABEL_YEAR = lazy_compile(r"((?:19|20)\d{2})年")


def _earlier_year(c: Mention, cands: list[Mention]) -> bool:
    """Whether ``c`` is labelled with the year before the one the figure before it is labelled with
    (``2023年预算 8 万元，2022年 12.5 万元``): last year's figure stated beside this year's."""
    if "年" not in c.label or len(cands) < 2:
        return False
    mine = _LABEL_YEAR.findall(c.label)
    if not mine:
        return False
    theirs = _LABEL_YEAR.findall(cands[-2].label)
    return bool(theirs) and int(theirs[-1]) == int(mine[-1]) + 1


def _compared_in_turn(norm: str, between: list[Mention], ref: Mention) -> bool:
    """``C，比预算增加 a，比上年增加 b``: each change between C and ``ref`` followed by a comparison
    of its own, nothing else stated — C compared in turn with two bases."""
    if ref.role != "change":
        return False
    after = [*between[1:], ref]
    return all(_COMPARED_AGAIN.match(norm[m.end:nxt.start]) for m, nxt in zip(between, after, strict=True))


def _current_beside_prior(norm: str, ms: list[Mention], cands: list[Mention], prior: Mention,
                          ref: Mention, current: Mention | None = None) -> Mention | None:
    """``本年 C，上年 P，减少 X，下降 Y%``: the figure stated last before the change is last year's,
    and the one before it this year's (or ``current``, this year's figure of the same name when
    each year states a run of figures, :func:`_last_year_run`). Read so only when the three figures
    say it themselves: C − P is the change X (to the last digits shown, in the change's direction),
    with no other change or 其中 list between C and X. Otherwise the change is about something else
    (None)."""
    if ref.role != "change" or len(cands) < 2:
        return None
    current = current or cands[-2]
    if _PRIOR_LABEL.search(current.label) or "其中" in norm[current.end:ref.start] \
            or any(current.end <= m.start and m.end <= ref.start and m.role == "change" for m in ms):
        return None
    c, p, x = current.quantity, prior.quantity, ref.quantity
    difference = c.base_value - p.base_value
    if difference == 0 or (difference > 0) != (ref.direction > 0):
        return None
    slack = sum((_half_unit(q) for q in (c, p, x)), Decimal(0))
    return current if abs(abs(difference) - x.base_value) <= slack else None


def _last_year_run(cands: list[Mention]) -> tuple[Mention | None] | None:
    """Whether the last figure before a change belongs to a run of figures that one year word heads,
    the year before the run stated just before it (``2023年度收入总计 C1，支出总计 C2，2022年度收入
    总计 P1，支出总计 P2``): each year states its figures by name, and the last one, though its own
    label names no year, is last year's. Then the one-tuple holds this year's figure of the same name
    (None when the earlier run has no single one); None when the figures are not so stated."""
    last = cands[-1]
    if _LABEL_YEAR.search(last.label) or _PRIOR_LABEL.search(last.label):
        return None
    heads = [i for i, m in enumerate(cands[:-1]) if _LABEL_YEAR.search(m.label)]
    if len(heads) < 2:
        return None
    h, g = heads[-1], heads[-2]
    year, before = _LABEL_YEAR.findall(cands[h].label)[-1], _LABEL_YEAR.findall(cands[g].label)[-1]
    if int(before) != int(year) + 1 or any(_PRIOR_LABEL.search(m.label) for m in cands[g:]):
        return None
    core = name_core(last.label)
    same = [m for m in cands[g:h] if name_core(m.label) == core] if core else []
    return (same[0] if len(same) == 1 else None,)


_BUDGET_OF_ACTUAL = lazy_compile(r"预算(?:数)?(?:为|是)?$")
_COMPLETION_AFTER = lazy_compile(r"^[\s,，]*完成(?:了)?(?:全年|年度|年初)?(?:预算|计划)(?:数)?的\s*$")


def _completed_actual(norm: str, ms: list[Mention], sentence: int, kind_of: Quantity) -> Mention | None:
    """The actual of a sentence that states a budget, its actual and the completion rate
    (``支出预算为 B 万元，支出决算为 A 万元，完成预算的 W%``, as the 三公 section of every 决算说明
    writes it): a change in the next sentence that opens on a comparison is about A. Exactly
    those two figures of the kind, the first labelled a budget, the rate right after A."""
    levels = [m for m in ms if m.sentence == sentence and m.role == "level" and not m.bracketed
              and _same_kind(m.quantity, kind_of)]
    if len(levels) != 2 or not _BUDGET_OF_ACTUAL.search(levels[0].label) or "预算" in levels[1].label:
        return None
    actual = levels[1]
    after = [m for m in ms if m.sentence == sentence and m.start >= actual.end]
    if not after or after[0].role != "percent" or not _COMPLETION_AFTER.match(norm[actual.end:after[0].start]):
        return None
    return actual


def _half_unit(q: Quantity) -> Decimal:
    """Half a unit of the last digit ``q`` shows, in its base unit (1.25 万元 → 50 元)."""
    return q.scale * Decimal(5) / Decimal(10) ** (q.decimals + 1)


def _completion_budget(m: Mention) -> bool:
    """Whether ``m`` is the budget of a completion rate (``决算 A，完成全年预算 B 的 W%，比上年增加 X``):
    the change after it is about A, the sentence's subject, not about B."""
    return bool(_conf_re("completion_budget").search(m.label))


def _plan_gap(m: Mention) -> bool:
    """Whether ``m`` is a gap against the budget (``完成预算 B 的 W%，超收 G``): the difference of the
    sentence's actual and its budget, not a level a later change (``同比减收 X``) is about."""
    return bool(_conf_re("plan_gap").search(m.label))


def _garble_cut(norm: str, m: Mention) -> bool:
    """Whether the figure ``m`` starts right after a mirror's garble mark (``С?8639``): the wrong
    decoding may have eaten its leading digits (8639 of 48639), so it is not the draft's figure."""
    return m.start > 0 and norm[m.start - 1] in "?\ufffd"


def _breakdown_head(norm: str, ms: list[Mention], ref: Mention, cur: Mention | None, floor: int) -> Mention | None:
    """The total a ``其中`` list opens with, when the change ``ref`` follows the list's last part
    in the same sentence (``总额 T，其中：a，b，同比增加 X``)."""
    if cur is None:
        return None
    cut = norm.rfind("其中", floor, cur.start)
    if cut < 0:
        return None
    heads = [m for m in ms if m.sentence == ref.sentence and floor <= m.start and m.end <= cut
             and m.role == "level" and not m.bracketed and _same_kind(m.quantity, ref.quantity)]
    return heads[-1] if heads else None


_BASE_PHRASE = lazy_compile(r"(?:与|同)(?P<a>[^,，。；;]{0,30}?)相比|(?:比|较)(?!例|重|率)(?P<b>[^,，。；;]{0,30})")


def _base_kind(text: str) -> str:
    """``budget`` when the last comparison in ``text`` names a budget (比年初预算数…), else ``prior``."""
    found = list(_BASE_PHRASE.finditer(text))
    if not found:
        return "prior"
    phrase = found[-1].group("a") or found[-1].group("b") or ""
    return "budget" if compile_pattern(_conf()["budget_base"]).search(phrase) else "prior"


def change_statements(text: str) -> list[ChangeStatement]:
    """:func:`_read_change_statements`, remembered per text:
    the growth and the budget checks read the same paragraphs."""
    return list(_change_statements(text))


@lru_cache(maxsize=1024)
def _change_statements(text: str) -> tuple[ChangeStatement, ...]:
    return tuple(_read_change_statements(text))


def _read_change_statements(text: str) -> list[ChangeStatement]:
    ms = figure_mentions(text)
    out: list[ChangeStatement] = []
    if not _states_a_rate(ms):  # every statement is read from its rate
        return out
    norm = normalise(text)
    spans = sentences(norm)
    floor = 0
    chain: tuple[Mention, Mention] | None = None  # the last statement's current figure and rate
    for k, r in enumerate(ms):
        if r.role != "percent" or r.start < floor:
            continue
        if not r.bracketed and k + 1 < len(ms) and ms[k + 1].role == "percent":
            listed = _respective_changes(norm, ms, k, floor)
            if listed:  # ``分别增加 x1、x2 万元，分别增长 a%、b%``
                out.extend(listed)
                floor = listed[-1].rate.end
                continue
        prev = ms[k - 1] if k and ms[k - 1].sentence == r.sentence else None
        gap = norm[prev.end:r.start] if prev else ""
        if r.bracketed:  # `减少 1.5 万元（42.86%）`: the rate in brackets right after the change
            if not (prev and not prev.bracketed and _OPEN_BRACKET.match(gap)):
                continue
            gap = gap.lstrip(" （(")
        stmt, cur = None, None
        if prev and prev.role == "change" and _RATE_AFTER_CHANGE.match(gap) and prev.quantity.kind in ("money", "count"):
            cur = _current(norm, ms, spans, prev, floor) or _compared_again(norm, ms, chain, prev)
            kind = _base_kind(norm[(cur.end if cur else spans[r.sentence][0]):prev.start])
            head = _breakdown_head(norm, ms, prev, cur, max(floor, spans[r.sentence][0]))
            rate, rate_direction = r.quantity, _rate_direction(gap)
            if rate.value < 0:  # 同比增长-4.38%: the sign turns the word's direction; the rate is its size
                rate, rate_direction = replace(rate, value=-rate.value), -(rate_direction or 1)
            stmt = ChangeStatement(rate, prev.direction, cur.quantity if cur else None, prev.quantity, None, kind,
                                   head.quantity if head else None, rate_direction, _beside_prior(ms, cur, k - 1),
                                   change_label=prev.label if cur is None else "")
        elif prev and prev.role == "base" and prev.quantity.kind in ("money", "count"):
            vm = _RATE_AFTER_BASE.match(gap)
            if vm:
                direction = -1 if vm.group("verb") in ("下降", "降低", "减少") else 1
                cur = _current(norm, ms, spans, prev, floor)
                kind = _base_kind(prev.label + gap)  # 与 2022 年度预算 B 相比: the base named around B
                stmt = ChangeStatement(r.quantity, direction, cur.quantity if cur else None, None, prev.quantity, kind)
        elif prev and prev.role == "level" and (read := _rate_beside_prior(norm, ms, k, floor)) is not None:
            stmt, cur = read
        elif _DECREASE_RATE.search(r.label) and r.quantity.value > 100:
            stmt = ChangeStatement(r.quantity, -1, None, None, None, "prior")
        if stmt and any(_garble_cut(norm, m) for m in (cur, prev) if m is not None):
            stmt = None  # a figure a garble ate into (``С?8639萬元，較上年減支…``): no rate from it
        if stmt:
            out.append(stmt)
            floor = r.end
            chain = (cur, r) if cur is not None else None
    return out


_RATE_AFTER_PRIOR = _HedgedPattern(
    r"^[\s,，]*(?:(?:同比|比上年|较上年|与上年相比|比去年|较去年)[\s,，]*)?"
    r"(?P<verb>增长|下降|降低|上升|增加|减少|提高|增幅|降幅|减幅)(?:了|为|达)?{HEDGE}\s*$")
# ``本年 C，上年 P，“三公”经费变动率 -9.57%``: a signed rate of change (its sign is the direction),
# named after the figures, as the 部门整体 共性指标 write it.
_SIGNED_RATE_AFTER_PRIOR = lazy_compile(r"^[\s,，]*[^\d,，。；;:：]{0,12}?(?:变动率|变化率|增减率)(?:为|是|达)?\s*$")
_PRIOR_FIGURE_LABEL = lazy_compile(
    r"^(?:上年|去年|上一年|上年度)(?:同期)?(?:决算数?|支出数?|数)?(?:为|是|共|合计)?$")
_RISES = ("增长", "上升", "增加", "提高", "增幅")


def _rate_beside_prior(norm: str, ms: list[Mention], k: int, floor: int
                       ) -> tuple[ChangeStatement, Mention] | None:
    """``本年 C，上年为 P，下降 Y%`` (or ``2023年 P，2024年 C，增长 Y%``, or ``C。上年为 P，下降 Y%``):
    a rate right after two figures of the quantity, this year's and last year's, with no change
    amount: Y is (C − P) ÷ P. Last year's figure is told by its label alone (``上年``, ``上年为``,
    or the year before the other figure's), and may lack its unit (``上年为 12.50``: the current
    figure's). With the current figure in the sentence before, the statement is ``inferred``."""
    r, prev = ms[k], ms[k - 1]
    gap = norm[prev.end:r.start]
    vm = _RATE_AFTER_PRIOR.match(gap)
    signed = vm is None and _SIGNED_RATE_AFTER_PRIOR.match(gap) is not None
    if (vm is None and not signed) or prev.bracketed or prev.start < floor or not _alone_in_clause(prev):
        return None
    other = ms[k - 2] if k >= 2 and ms[k - 2].sentence == r.sentence and ms[k - 2].start >= floor else None
    if other is not None and (other.role != "level" or other.bracketed):
        return None
    inferred = False
    if _PRIOR_FIGURE_LABEL.match(prev.label):
        prior = prev
        if other is not None:
            current = other
            if _PRIOR_LABEL.search(current.label):
                return None
        else:
            if (k >= 2 and ms[k - 2].sentence == r.sentence) or compact(prev.gap) != prev.label:
                return None  # the sentence says more than ``上年为`` before last year's figure
            current = _subject(ms, r.sentence - 1)
            inferred = True
            if current is None or current.start < floor:
                return None
    elif other is not None and _earlier_year(prev, [other, prev]):
        current, prior = other, prev
        inferred = True  # ``2023年 P，下降 Y%`` may be said of 2023 itself
    elif other is not None and _earlier_year(other, [prev, other]):
        current, prior = prev, other  # 2023年 P，2024年 C，增长 Y%
    elif (k < 2 or ms[k - 2].sentence != r.sentence) and (found := _prior_sentence(ms, prev, r.sentence)) is not None:
        current, prior, inferred = prev, found, True  # 上年 Q P。本年 Q C，下降 Y%
    else:
        return None
    c, p = current.quantity, prior.quantity
    if p.kind == "plain":
        p = read_as(p, c) if c.kind == "money" and not p.is_bare_magnitude else None
        inferred = True  # read in this year's unit: it may have been another
    elif c.kind == "plain":
        c = read_as(c, p) if p.kind == "money" and not c.is_bare_magnitude else None
        inferred = True
    if c is None or p is None or c.kind not in ("money", "count") or not _same_kind(c, p):
        return None
    rate = r.quantity
    if signed:  # the sign gives the direction; the rate is read as its size, as a 下降 Y% is
        direction = -1 if rate.value < 0 else 1
        rate = replace(rate, value=abs(rate.value))
    else:
        direction = 1 if vm.group("verb") in _RISES else -1
    stmt = ChangeStatement(rate, direction, c, None, p, "prior", inferred=inferred)
    return stmt, current


_PRIOR_HEAD = lazy_compile(r"^(?:上年度?|去年|上一年度?)")


def _prior_sentence(ms: list[Mention], current: Mention, sentence: int) -> Mention | None:
    """Last year's figure of ``current``'s quantity as the one figure of the sentence before
    (``上年“三公”经费支出 P。本年“三公”经费支出 C，下降 Y%``, or labelled by the year before): the
    quantity named alike in both, after the year words."""
    if sentence == 0 or _PRIOR_LABEL.search(current.label):
        return None
    core = name_core(current.label)
    if len(core) < 2:
        return None
    prior = _subject(ms, sentence - 1, current.quantity)
    if prior is None or not (_PRIOR_HEAD.match(prior.label) or _earlier_year(prior, [current, prior])):
        return None
    return prior if name_core(_PRIOR_HEAD.sub("", prior.label)) == core else None


def _alone_in_clause(m: Mention) -> bool:
    """Whether the words before ``m`` since the previous figure are one clause cut and its label."""
    return compact(m.gap.lstrip(" \t,，;；")) == m.label


def _beside_prior(ms: list[Mention], cur: Mention | None, j: int) -> Quantity | None:
    """Last year's figure right before the change ``ms[j]`` and after this year's ``cur``
    (``C，上年 P，减少 X``): :func:`_current` passes over one only when it is labelled last year's."""
    if cur is None or j < 1:
        return None
    p = ms[j - 1]
    if p is cur or p.role != "level" or p.start < cur.end or not _same_kind(p.quantity, ms[j].quantity):
        return None
    return p.quantity if _PRIOR_LABEL.search(p.label) or _earlier_year(p, [cur, p]) else None


# ``，较上年支出数减少``: a second comparison of the figure the first one was about, nothing else
# stated between (no figure, no 其中, no clause of its own)
_COMPARED_AGAIN = lazy_compile(r"^[\s,，;；]*(?:同时)?(?:比|较|与|同)[^\d%,，。；;：:其]{0,24}$")


def _compared_again(norm: str, ms: list[Mention], chain: tuple[Mention, Mention] | None,
                    change: Mention) -> Mention | None:
    """The figure a chain of comparisons is about: ``C，较年初预算数减少 B，下降 X%，较上年减少 D，
    下降 Y%`` compares C twice, the second time right after the first one's rate."""
    if chain is None:
        return None
    current, rate = chain
    if rate.sentence != change.sentence or any(rate.end <= m.start < change.start for m in ms):
        return None
    return current if _COMPARED_AGAIN.match(norm[rate.end:change.start]) else None


_RATES_AFTER_CHANGES = _HedgedPattern(
    r"^[\s,，]*(?:分别)?(?:同比)?(?:分别)?(?P<verb>增长|下降|降低|上升|增加|减少|提高|增幅|降幅|减幅)?(?:分别)?(?:了|为|达)?{HEDGE}\s*$")
_FALLS = ("下降", "降低", "减少", "降幅", "减幅")
_LIST_WORDS = ("", "和", "及", "与", "以及")  # the label of a figure listed after another


def _respective_changes(norm: str, ms: list[Mention], k: int, floor: int) -> list[ChangeStatement]:
    """``X、Y 分别为 c1、c2 万元，比上年分别增加 x1、x2 万元，分别增长 a%、b%``: each rate with the
    change and the figure listed at its place. Empty unless the three lists have one length, the
    changes follow their figures through a comparison, and the rates follow the changes."""
    rates = _listed_run(norm, ms, k, 1)
    last = ms[k - 1] if k and ms[k - 1].sentence == ms[k].sentence else None
    if last is None or last.bracketed or last.quantity.kind not in ("money", "count"):
        return []
    words = _RATES_AFTER_CHANGES.match(norm[last.end:ms[k].start])
    if not words:
        return []
    # the changes: one verb before the first (增加 x1、x2 万元), the others listed after it
    j = k - 1
    while j > 0 and ms[j].role == "level" and ms[j].label in _LIST_WORDS and ms[j - 1].sentence == ms[k].sentence \
            and not ms[j - 1].bracketed and _LIST_GAP.match(norm[ms[j - 1].end:ms[j].start]):
        j -= 1
    first = ms[j]
    if first.role != "change" or first.start < floor or j == k - 1:
        return []
    changes = ms[j:k]
    verb = words.group("verb")
    if verb and (verb in _FALLS) != (first.direction < 0):
        return []
    if j == 0 or ms[j - 1].sentence != ms[k].sentence or not all(_same_kind(m.quantity, first.quantity) for m in changes):
        return []
    lead = norm[ms[j - 1].end:first.start]  # ``，比上年分别增加``: a comparison, nothing else
    if not compile_pattern(_conf()["comparison"]).search(lead) or _STOP_OR_QIZHONG.search(lead):
        return []
    currents = _listed_run(norm, ms, j - 1, -1)
    if len(currents) != len(changes):
        currents = _listed_run(norm, ms, j - 1, -1, labelled=True)
    if not (len(currents) == len(changes) == len(rates)) or currents[0].start < floor:
        return []
    if not all(c.role == "level" and not c.bracketed and _same_kind(c.quantity, x.quantity)
               and not _PRIOR_LABEL.search(c.label) for c, x in zip(currents, changes, strict=True)):
        return []
    kind = _base_kind(lead)
    return [ChangeStatement(q.quantity, first.direction, c.quantity, x.quantity, None, kind)
            for c, x, q in zip(currents, changes, rates, strict=True)]


@dataclass(frozen=True)
class Completion:
    """``预算 B，执行 A，完成预算的 W%``: W should be A ÷ B.

    With ``difference`` set the budget is not stated but follows from the actual and the gap
    stated next to the rate (``完成年初预算 100%，决算数大于预算数 D``): B = A − D (or A + D when
    ``direction`` is −1, 小于). ``unspent`` marks a gap that is the part left unspent, stated
    before the rate (``支付 A，未支 U，支付率 W%``): B = A + U.
    """

    budget: Quantity | None
    actual: Quantity
    rate: Quantity
    difference: Quantity | None = None
    direction: int = 0
    unspent: bool = False
    # ``arrival``: a funds-arrival rate (``预算 B，实际到位资金 A，资金到位率 W%``). ``uncertain``: the
    # sentence states budgets of two stages with different figures (年初 and 调整后), so the base
    # read is the likelier one, not a certain one.
    arrival: bool = False
    uncertain: bool = False
    # Other figures the rate may be read against: the other stage's budget of an arrival rate, or
    # the arrived funds of an execution rate (``预算 B，到位 D，支出 A，执行率 A ÷ D``).
    alternatives: tuple[Quantity, ...] = ()
    # ``execution``: an execution or payout rate (执行率, 支付率, 拨付进度), not a 完成预算 ratio
    execution: bool = False


# The gap between the actual and the budget named after the rate: ``决算数小于预算数 D`` or, as the
# 三公 paragraphs word it, ``较预算减少 D`` / ``比年初预算数增加 D`` (the verb after the budget)
_GAP_TO_BUDGET = lazy_compile(r"(?:(?P<verb>大于|超过|超出|多于|高于|小于|少于|低于)(?:年初|全年|调整后)?预算(?:数)?(?:为|了)?"
                              r"|^(?:比|较)(?:年初|全年|调整后的?)?预算(?:数)?(?P<after>增加|减少|节约|超支|多|少)(?:了|为)?)$")
_BELOW_BUDGET = ("小于", "少于", "低于", "减少", "节约", "少")


def _states_a_rate(ms: list[Mention]) -> bool:
    """Whether one of the mentions is a percentage (a loop: asked of every paragraph)."""
    for m in ms:
        if m.role == "percent":
            return True
    return False


@cache
def _share_after(lead: str) -> re.Pattern[str]:
    """The data's share wording (``占 whole 的``) after ``lead``, compiled once: the share readers
    ask it of every paragraph, and building the source anew each time made ``compile_pattern``
    hash the whole long source for each (a new string every call)."""
    return compile_pattern(lead + _conf()["share"])


def _holds_no_share(norm: str, leads: tuple[str, ...]) -> bool:
    """Whether ``norm`` holds none of the characters one of which every match of the data's share
    wording after each of ``leads`` holds (``占``): no gap of it can match, and the share readers
    (asked of every paragraph by A106) need not walk its figures. False when they are not known."""
    screens = [_share_screen(lead) for lead in leads]
    return all(s is not None and s.search(norm) is None for s in screens)


@cache
def _share_screen(lead: str) -> re.Pattern[str] | None:
    """:func:`screen_chars` of the share wording after ``lead`` (what :func:`_share_after` matches)."""
    return screen_chars(lead + _conf()["share"])


@cache
def _category_share(share: str) -> re.Pattern[str]:
    """A weighted-shares category's share label (``货物采购…占货物支出金额``, 的比重为) at a label's end."""
    return compile_pattern(re.escape(share) + r"(?:的)?(?:比重|比例)?(?:为|是|达)?$")


@cache
def _conf_re(key: str) -> re.Pattern[str]:
    """A pattern of the prose data, compiled once (not looked up in ``re``'s cache per figure)."""
    return compile_pattern(_conf()[key])


_YEAR = lazy_compile(r"\d{4}(?=年)")


def _years_agree(*labels: str) -> bool:
    """Whether the years the labels name (``截至2023年底实际支出``, ``2023年预算``) are one year:
    a bare actual read against the budget of the sentence before must be of the budget's year."""
    return len({y for label in labels for y in _YEAR.findall(label)}) <= 1


def _spent_before_budget_year(actual: str, budget: str) -> bool:
    """Whether the actual's label names only years before every year the budget's names
    (``2022年度决算支出`` against ``2023年度预算``): no spending of that budget. A date after the
    budget's year (``截至2024年3月底支出``) may still be its spending."""
    if "年" not in actual or "年" not in budget:
        return False
    spent, planned = _YEAR.findall(actual), _YEAR.findall(budget)
    return bool(spent and planned) and max(spent) < min(planned)


# The two stages of one budget, named in the labels of the sentence before a rate.
_STAGE_START = lazy_compile(r"年初")
_STAGE_ADJUSTED = lazy_compile(r"(?:全年|调整后|调整)预算")


_INLINE_BUDGET = lazy_compile(r"完成(?:了)?(?:全年|年初|调整后)?预算(?:数)?(?:为)?\s*$")
_OF = lazy_compile(r"^\s*[的之]\s*$")


def _budget_inside_the_rate(ms: list[Mention], k: int, r: Mention) -> Completion | None:
    """``支出决算为 A 万元，完成全年预算 B 万元的 W%``: the rate's phrase names the budget, and the
    amount before it in the sentence is the actual (the 三公经费 notes of several provinces)."""
    if k < 2 or not _OF.match(r.label):
        return None
    b, a = ms[k - 1], ms[k - 2]
    for m in (a, b):
        if m.sentence != r.sentence or m.role != "level" or m.quantity.kind != "money" or m.bracketed:
            return None
    if not _INLINE_BUDGET.search(b.label) or _conf_re("budget_label").search(a.label) and "决算" not in a.label:
        return None
    return Completion(b.quantity, a.quantity, r.quantity)


def completions(text: str) -> list[Completion]:
    ms = figure_mentions(text)
    out: list[Completion] = []
    floor = 0
    completion_re = _conf_re("completion")  # (looked up once, not per figure)
    for k, r in enumerate(ms):
        if r.role != "percent" or r.bracketed:
            continue
        inline = _budget_inside_the_rate(ms, k, r)
        if inline is not None:
            # ``支出决算为 A，完成全年预算 B 的 W%``
            out.append(inline)
            floor = r.end
            continue
        arrival = False
        if not completion_re.search(r.label):
            if "到位" not in r.label or not _conf_re("arrival").search(r.label):
                continue
            arrival = True
        before = [m for m in ms[:k] if m.sentence == r.sentence and m.start >= floor and m.role == "level"
                  and m.quantity.kind == "money" and not m.bracketed]
        budget_re, actual_re = _conf_re("budget_label"), _conf_re("actual_label")
        unspent_re = _conf_re("unspent_label")
        budgets = [m for m in before if budget_re.search(m.label) and "决算" not in m.label]
        unspent = [m for m in before if unspent_re.search(m.label)]
        actuals = [m for m in before if actual_re.search(m.label) and not budget_re.search(m.label)
                   and not unspent_re.search(m.label)]
        floor_before, floor = floor, r.end
        if arrival:
            # a funds-arrival rate: arrived ÷ budget, only with a figure labelled as arrived funds
            arrived = [m for m in before if _conf_re("arrival_label").search(m.label)
                       and not budget_re.search(m.label)]
            if budgets and arrived:
                out.append(_arrival(budgets, arrived[-1], r))
            continue
        if actuals and not budgets and len(before) == 1 and _conf_re("bare_actual_label").search(actuals[0].label):
            # 预算资金 B，其中：…。截至年底，实际支出 A，执行率 W%: the one budget of the sentence before
            prior = [m for m in ms[:k] if m.sentence == r.sentence - 1 and m.start >= floor_before
                     and m.role == "level" and m.quantity.kind == "money" and not m.bracketed
                     and budget_re.search(m.label) and "决算" not in m.label]
            if not _years_agree(actuals[0].label, *(m.label for m in prior)):
                continue  # 2022年实际支出 A after 2023年预算 B: another year's spending
            if len(prior) == 1:
                out.append(Completion(prior[0].quantity, actuals[0].quantity, r.quantity, uncertain=True))
            elif len(prior) == 2 and _STAGE_START.search(prior[0].label) and _STAGE_ADJUSTED.search(prior[1].label):
                # 年初预算 B0，…，全年预算 B。实际支出 A，执行率 W%: read against the adjusted budget;
                # a rate of the 年初 one is no finding
                out.append(Completion(prior[1].quantity, actuals[0].quantity, r.quantity, uncertain=True,
                                      alternatives=(prior[0].quantity,)))
            continue
        if budgets and actuals and _spent_before_budget_year(actuals[-1].label, budgets[-1].label):
            continue  # 2022年度决算支出 A；2023年度预算安排 B，执行率 W%: last year's spending
        if budgets and actuals:
            arrived = tuple(m.quantity for m in before if "到位" in m.label and m.start < actuals[-1].start
                            and _conf_re("arrival_label").search(m.label) and not budget_re.search(m.label))
            # a payout 进度 after a payment made as the contract or the works made it due: the
            # 进度 may be of what fell due, not of the budget (see progress_rate in the data)
            as_due = bool(_conf_re("progress_rate").search(r.label) and _conf_re("paid_as_due").search(actuals[-1].label))
            # money named between the budget and the actual, in brackets or not (项目资金共 B（其中本年
            # 安排 B1），已支出 A，执行率 W%): the year's share of a total may be the rate's base
            between = tuple(m.quantity for m in ms[:k] if m.sentence == r.sentence
                            and budgets[-1].start < m.start < actuals[-1].start
                            and m.quantity.kind == "money" and m.quantity.unit == actuals[-1].quantity.unit)
            out.append(Completion(budgets[-1].quantity, actuals[-1].quantity, r.quantity,
                                  alternatives=arrived + between, uncertain=as_due,
                                  execution=bool(_conf_re("execution_rate").search(r.label))))
            continue
        if actuals and unspent and unspent[-1].start > actuals[-1].start \
                and unspent[-1].quantity.scale == actuals[-1].quantity.scale:
            # 支付 A，未支 U，支付率 W%: the budget is A + U
            out.append(Completion(None, actuals[-1].quantity, r.quantity, unspent[-1].quantity, -1, unspent=True))
            continue
        after = ms[k + 1] if k + 1 < len(ms) and ms[k + 1].sentence == r.sentence else None
        if budgets or not before:
            continue
        if after is None or after.quantity.kind != "money" or after.bracketed:
            words = _DECLARED_COMPARISON.match(normalise(text)[r.end:r.end + 20])
            if words:
                direction = -1 if words.group("verb") in ("小于", "少于", "低于") else 1
                out.append(Completion(None, before[-1].quantity, r.quantity, None, direction))
            continue
        gap = _GAP_TO_BUDGET.search(after.label)
        if gap and before[-1].quantity.scale == after.quantity.scale:
            direction = -1 if (gap.group("verb") or gap.group("after")) in _BELOW_BUDGET else 1
            out.append(Completion(None, before[-1].quantity, r.quantity, after.quantity, direction))
    return out


def completions_after(before: str, text: str) -> list[Completion]:
    """A rate opening ``text`` after its one spending figure (``实际支出项目资金 A，资金执行率 W%``),
    with no budget in its sentence, read against the budget ``before`` states — the paragraph
    before it under a sub-heading of its own (``1.资金到位情况：下达…经费 B。``), when that
    paragraph states exactly one money figure and it is a budget of the same year. Uncertain: the
    base is read across paragraphs."""
    ms = figure_mentions(text)
    first = [m for m in ms if m.sentence == 0 and not m.bracketed]
    money = [m for m in first if m.role == "level" and m.quantity.kind == "money"]
    rates = [m for m in first if m.role == "percent" and _conf_re("completion").search(m.label)]
    if len(money) != 1 or len(rates) != 1 or rates[0].start < money[0].end:
        return []
    if not _conf_re("bare_actual_label").search(money[0].label):
        return []
    earlier = [m for m in figure_mentions(before) if m.role == "level" and m.quantity.kind == "money"
               and not m.bracketed]
    if len(earlier) != 1 or not _conf_re("budget_label").search(earlier[0].label) or "决算" in earlier[0].label:
        return []
    if not _years_agree(money[0].label, earlier[0].label):
        return []
    return [Completion(earlier[0].quantity, money[0].quantity, rates[0].quantity, uncertain=True)]


def differences_as_completions(text: str) -> list[Completion]:
    """``…支出总计 500.12 万元。财政拨款支出年初预算数 472.90 万元，完成年初预算的 27.22%``: a completion
    rate after a budget B whose figure is, to the digits shown, a money figure A of the sentence
    or the one before minus B — the difference written where the rate A ÷ B belongs. Only a
    rate shown with decimals, other than 0, is read: the coincidence of A − B with such a
    figure is no chance. A rate :func:`completions` reads (B and an actual in its sentence) is
    among these too when it matches; the caller keeps the one finding."""
    ms = figure_mentions(text)
    out: list[Completion] = []
    completion_re = _conf_re("completion")
    budget_re = _conf_re("budget_label")
    for k, r in enumerate(ms):
        q = r.quantity
        if r.role != "percent" or r.bracketed or q.decimals < 1 or q.value <= 0 or not completion_re.search(r.label):
            continue
        money = [m for m in ms[:k] if r.sentence - 1 <= m.sentence <= r.sentence and m.role == "level"
                 and m.quantity.kind == "money" and not m.bracketed]
        budgets = [m for m in money if m.sentence == r.sentence and budget_re.search(m.label) and "决算" not in m.label]
        if not budgets:
            continue
        b = budgets[-1].quantity
        for m in reversed(money):  # the nearest figure first
            a = m.quantity
            if m.sentence == r.sentence and m.start < budgets[-1].start or budget_re.search(m.label) \
                    or a.scale != b.scale or a.base_value <= b.base_value:
                continue
            difference = (a.base_value - b.base_value) / b.scale
            if abs(difference - q.value) <= q.half_unit + a.half_unit + b.half_unit:
                out.append(Completion(b, a, q))
                break
    return out


@dataclass(frozen=True)
class CountCompletion:
    """``计划 A，实际 B，完成率 W%`` of a counted or measured target: W should be B ÷ A."""

    target: Quantity
    actual: Quantity
    rate: Quantity
    # the rate is how far the actual went past the target (``超额完成 20%``, ``超任务 20%``):
    # W should be (B − A) ÷ A
    excess: bool = False


@cache
def _count_completion_screen() -> re.Pattern[str]:
    """The rate's words anywhere in a text (the data's patterns without their end anchor)."""
    return compile_pattern("|".join(_conf()[key].removesuffix("\\s*$") for key in ("count_completion", "count_excess")))


_RATE_OF_TARGET = lazy_compile(r"^\s*的\s*$")
_COMPLETED_TARGET = lazy_compile(r"完成(?:了)?(?:年度|全年)?(?:目标|计划|任务)(?:数)?(?:为|是)?\s*$")


def count_completions(text: str) -> list[CountCompletion]:
    """The completion rates of a sentence that states a target count and the count reached, in one
    unit and right before the rate (``计划开展整治 24 次，实际开展 26 次，完成率 108.33%``). Only a
    sentence of no money and of exactly two such counts before the rate is read: one labelled as the
    target (计划, 目标, 任务), the other not; a target to stay below (控制在, ≤) is left alone. The
    count reached may come first, the target after it in the completion phrase itself
    (``培训 326 人次，完成年度目标 300 人次的 108.67%``) or in a clause of its own
    (``受理 436 人，目标为不少于 420 人，完成率 103.81%``)."""
    if ("完成" not in text and "超" not in text) or _count_completion_screen().search(text) is None:
        return []
    ms = figure_mentions(text)
    out: list[CountCompletion] = []
    rate_re, target_re = _conf_re("count_completion"), _conf_re("count_target_label")
    excess_re = _conf_re("count_excess")
    floor = 0
    norm: str | None = None
    for k, r in enumerate(ms):
        if r.role != "percent" or r.bracketed:
            continue  # (told before the label is matched: most figures are no percentage)
        of_target = _RATE_OF_TARGET.match(r.label) is not None
        excess = not of_target and excess_re.search(r.label) is not None
        if not (of_target or excess or rate_re.search(r.label)):
            continue
        before = [m for m in ms[:k] if m.sentence == r.sentence and m.start >= floor and not m.bracketed]
        floor = r.end
        # the rate's own clause: a ；-list of results states each with its target and rate
        if (of_target or len(before) > 2) and ("；" in text or ";" in text):
            norm = normalise(text) if norm is None else norm
            cut = max(norm.rfind("；", 0, r.start), norm.rfind(";", 0, r.start))
            before = [m for m in before if m.start > cut]
        if any(m.quantity.kind == "money" for m in before):
            continue  # a budget's completion: the money readers' business
        counts = [m for m in before if m.role == "level" and m.quantity.kind == "count"]
        if len(counts) != 2 or len(before) != 2:
            continue
        target, actual = counts
        if not of_target and not target_re.search(target.label) and target_re.search(actual.label):
            # ``受理436人，目标为不少于420人，完成率…``: the count reached, then the target's clause
            target, actual = actual, target
        if of_target:
            # ``培训326人次，完成年度目标300人次的108.67%``: the count reached, then the target its
            # completion phrase names, the rate right after it
            if not _COMPLETED_TARGET.search(actual.label):
                continue
            target, actual = actual, target
        if target.quantity.unit != actual.quantity.unit or not target_re.search(target.label) \
                or target_re.search(actual.label) or target.quantity.relation in ("≤", "<") \
                or target.quantity.approximate or actual.quantity.approximate or target.quantity.value <= 0:
            continue
        if excess and actual.quantity.base_value <= target.quantity.base_value:
            continue  # an "excess" of a target not reached: another slip, not this rate's
        out.append(CountCompletion(target.quantity, actual.quantity, r.quantity, excess))
    return out


@cache
def _rate_after_count() -> re.Pattern[str]:
    return compile_pattern(r"^[\s,，]*" + _conf()["count_completion"])


def completion_after(text: str, at: int) -> Quantity | None:
    """The completion rate stated right after the count that ends at ``at``, in the next clause
    and with nothing else between (``全年开展整治26次，完成率108.33%``), else None."""
    if "完成" not in text[at:at + 16]:
        return None
    norm = normalise(text)
    for m in figure_mentions(text):
        if m.start < at:
            continue
        if m.role == "percent" and not m.bracketed and _rate_after_count().match(norm[at:m.start]):
            return m.quantity
        return None
    return None


@dataclass(frozen=True)
class Balance:
    """``预算 B，实际支出 A，结余 U``: what was left of the budget, U = B − A."""

    budget: Quantity
    actual: Quantity
    unspent: Quantity
    name: str  # how the sentence names what is left (结余, 未支付 …)
    # the budget is the one set at the start of the year (年初预算): what is left may be reckoned
    # against an adjusted budget the sentence does not state
    initial: bool = False
    # the budget is the one budget of the sentence before (``预算资金 B，其中…。实际支出 A，结余 U``)
    inferred: bool = False


_OTHER_PERIOD = lazy_compile(r"上年|以前年度|累计|历年")
_OTHER_BALANCE = lazy_compile(r"年初|结转和结余")


def balances(text: str) -> list[Balance]:
    """Every sentence of ``text`` that states a budget, what was spent of it and what is left, in
    that order, as its only money figures (``项目预算 60 万元，实际支出 54 万元，结余 6 万元``).
    A sentence with any other money figure (arrived funds, a second budget, a part of one) may
    leave its balance to another base, and is not read; nor is a balance of another period
    (年初结转和结余, 累计结余)."""
    # no unspent sum named (most paragraphs): substring tests, a few times faster than a
    # pattern of the words, whose scan tests a class at each character
    if not ("结余" in text or "剩余" in text or "未支" in text or "未使用" in text or "未拨付" in text or "结转" in text):
        return []
    budget_re, actual_re, unspent_re = _conf_re("budget_label"), _conf_re("actual_label"), _conf_re("unspent_label")
    by_sentence: dict[int, list[Mention]] = {}
    for m in figure_mentions(text):
        if m.quantity.kind == "money" and not m.bracketed and m.role != "approx":
            by_sentence.setdefault(m.sentence, []).append(m)
    out: list[Balance] = []
    for sentence, ms in by_sentence.items():
        if len(ms) == 2 and all(m.role == "level" for m in ms):
            # 预算资金 B，其中：…。截至年底，实际支出 A，结余 U: the one budget of the sentence before
            a, u = ms
            prior = [m for m in by_sentence.get(sentence - 1, ())
                     if m.role == "level" and budget_re.search(m.label) and "决算" not in m.label]
            if len(prior) == 1 and _conf_re("bare_actual_label").search(a.label) \
                    and _years_agree(a.label, prior[0].label) \
                    and (left := unspent_re.search(u.label)) and not _OTHER_PERIOD.search(u.label + prior[0].label) \
                    and not _OTHER_BALANCE.search(u.label):
                out.append(Balance(prior[0].quantity, a.quantity, u.quantity,
                                   re.sub(r"(?:为|是|共|合计)$", "", left.group(0)), "年初" in prior[0].label,
                                   inferred=True))
            continue
        if len(ms) > 3 and all(m.role == "level" for m in ms):
            ms = _without_breakdown(ms)
        if len(ms) > 3 and all(m.role == "level" for m in ms[-3:]) and budget_re.search(ms[-3].label):
            # 投资估算 E，…下达资金 B，实际使用 A，结转 U: the budget, its spending and what is left,
            # stated one after another at the sentence's end, add up whatever came before them
            ms = ms[-3:]
        if len(ms) != 3 or any(m.role != "level" for m in ms):
            continue
        b, a, u = ms
        if budget_re.search(b.label) and "决算" not in b.label and not unspent_re.search(b.label) \
                and actual_re.search(a.label) and not budget_re.search(a.label) and not unspent_re.search(a.label) \
                and (left := unspent_re.search(u.label)) and not _OTHER_PERIOD.search(u.label + b.label) \
                and not _OTHER_BALANCE.search(u.label) and "到位" not in a.label:
            out.append(Balance(b.quantity, a.quantity, u.quantity, _IS_TAIL.sub("", left.group(0)),
                               "年初" in b.label))
    return out


_YEAR_PART = lazy_compile(r"(?:19|20)\d{2}年")


def _without_breakdown(ms: list[Mention]) -> list[Mention]:
    """``预算 B，其中 p1、p2；支出 A，结余 U``: the figures right after the budget, opened by 其中,
    that add up to it exactly are its breakdown, not other money of the sentence; left out."""
    budget, parts = ms[0], ms[1:-2]
    if "其中" not in parts[0].label or any(p.quantity.kind != "money" for p in parts):
        return ms
    if any(_YEAR_PART.search(p.label) for p in parts):
        return ms  # 其中2022年下达 p1、2023年下达 p2: parts by year, the spending after is one year's
    if sum(p.quantity.base_value for p in parts) != budget.quantity.base_value:
        return ms
    return [budget, *ms[-2:]]


def _arrival(budgets: list[Mention], arrived: Mention, rate: Mention) -> Completion:
    """The arrival rate's base among the budgets stated before it: the last, or the adjusted one
    when stages are named (``年初预算 B1，调整后预算 B2``); uncertain when they differ."""
    adjusted = [m for m in budgets if _conf_re("adjusted_budget").search(m.label)]
    base = adjusted[-1] if adjusted else budgets[-1]
    others = tuple(m.quantity for m in budgets if m.quantity.base_value != base.quantity.base_value)
    return Completion(base.quantity, arrived.quantity, rate.quantity, arrival=True, uncertain=bool(others),
                      alternatives=others)


@dataclass(frozen=True)
class Share:
    """``part，占 whole 的 Z%`` with the whole's figure stated in the same paragraph."""

    part: Quantity
    whole: Quantity
    rate: Quantity
    whole_name: str


@dataclass(frozen=True)
class ShareClaim:
    """``part，占 whole 的 Z%``: the whole named, its figure perhaps stated elsewhere."""

    part: Quantity
    rate: Quantity
    whole_name: str
    part_label: str
    # the whole's figure, when the share states it inside (``占部门总支出 1500 万元的 25%``)
    whole: Quantity | None = None


def share_claims(text: str) -> list[ShareClaim]:
    """:func:`_read_share_claims`, remembered per text:
    the share check reads them directly and through shares."""
    return list(_share_claims(text))


@lru_cache(maxsize=1024)
def _share_claims(text: str) -> tuple[ShareClaim, ...]:
    return tuple(_read_share_claims(text))


def bare_shares(text: str) -> list[ShareClaim]:
    """``part，占 Z%`` with no whole named (``公务接待费 0.53 万元，占 31%；公务用车 … 1.18 万元，
    占 69%``), in the text's order: the parts of one whole the paragraph breaks down, whose whole
    is their sum when their shares make up 100%. ``whole_name`` is empty."""
    return _bare_claims(text, "money")[0]


def _bare_claims(text: str, kind: str) -> tuple[list[ShareClaim], list[Mention]]:
    """``part，占 Z%`` claims whose part is a level of ``kind`` (money or count) and whose share
    names no whole, with the text's figure mentions (the count reader groups them by sentence)."""
    norm = normalise(text)
    screen = _share_screen(_BARE_LEAD)  # _holds_no_share of one lead, without its list and generator:
    if screen is not None and screen.search(norm) is None:  # asked twice of every paragraph (A106)
        return [], []  # no character every share wording holds (占): no gap between figures can match
    ms = figure_mentions(text)
    share = _share_after(_BARE_LEAD)
    out: list[ShareClaim] = []
    for k, r in enumerate(ms):
        if r.role != "percent" or r.bracketed or not k or ms[k - 1].sentence != r.sentence:
            continue
        part = ms[k - 1]
        m = share.match(norm[part.end:r.start])
        if m and part.role == "level" and part.quantity.kind == kind and not label_core(compact(m.group("whole"))):
            out.append(ShareClaim(part.quantity, r.quantity, "", part.label))
    return out, ms


def bare_count_shares(text: str) -> list[ShareClaim]:
    """``优秀案件 14 宗，占比 14%；良好案件 20 宗，占比 20%``: counts with a share and no whole named,
    read as :func:`bare_shares` reads money, when they are counts of one thing (one unit, names
    ending alike: …案件) — groups of one whole. Counts of different things (受理 50 件 … 办结 45 件)
    are shares of different wholes and are not read."""
    out, ms = _bare_claims(text, "count")
    if len(out) < 2 or len({c.part.unit for c in out}) != 1 or len({_sentence_of(ms, c) for c in out}) != 1:
        return []
    names = [re.sub(r"(?:为|是|共|有|达)$", "", compact(c.part_label)) for c in out]
    if min(map(len, names)) < 3 or len({n[-2:] for n in names}) != 1:
        return []  # not one kind of thing named alike
    return out


def _sentence_of(ms: list[Mention], claim: ShareClaim) -> int:
    """The sentence of the mention a claim's part is."""
    return next(m.sentence for m in ms if m.quantity is claim.part)


_BARE_LEAD = r"^[\s,，]*"  # what may stand between a part and its share's wording (and an inline whole's)
_CLAIM_LEAD = r"^[\s,，]*(?:分别|各)?"  # and between the parts and their shares' wording


def _read_share_claims(text: str) -> list[ShareClaim]:
    norm = normalise(text)
    if _holds_no_share(norm, (_CLAIM_LEAD, _BARE_LEAD)):
        return []  # every claim is read from a gap the share wording matches (an inline whole's too)
    ms = figure_mentions(text)
    out: list[ShareClaim] = []
    for k, r in enumerate(ms):
        if r.role != "percent" or r.bracketed or not k or ms[k - 1].sentence != r.sentence:
            continue
        part = ms[k - 1]
        gap = norm[part.end:r.start]
        m = _share_after(_CLAIM_LEAD).match(gap)
        if not m and k >= 2:
            inline = _inline_whole(norm, ms, k)
            if inline is not None:
                out.append(inline)
            continue
        if not m or part.role != "level" or part.quantity.kind not in ("money", "count"):
            continue
        name = compact(m.group("whole"))
        if not label_core(name) or _conf_re("relative_whole").match(name):
            continue
        rates = _listed_run(norm, ms, k, 1)
        if len(rates) > 1:
            # ``a、b 和 c，占 … 的 x%、y% 和 z%``: the shares of the listed parts, respectively
            parts = _listed_run(norm, ms, k - 1, -1)
            if len(parts) != len(rates):  # ``基本支出 a 万元、项目支出 b 万元，分别占 …``
                parts = _listed_run(norm, ms, k - 1, -1, labelled=True)
                if len(parts) == len(rates) + 1 and label_core(parts[0].label) == label_core(name):
                    parts = parts[1:]  # the whole itself, stated before its parts
            if len(parts) == len(rates) and all(p.role == "level" and _same_kind(p.quantity, part.quantity)
                                                 for p in parts):
                out.extend(ShareClaim(p.quantity, q.quantity, name, p.label) for p, q in zip(parts, rates, strict=True))
            continue  # a list of shares whose parts cannot be told: none is claimed
        out.append(ShareClaim(part.quantity, r.quantity, name, part.label))
    return out


_AFTER_INLINE_WHOLE = lazy_compile(r"^\s*(?:的(?:比重|比例|份额)?|(?:的)?(?:比重|比例|份额))(?:为|是|达|约)?\s*$")


def _inline_whole(norm: str, ms: list[Mention], k: int) -> ShareClaim | None:
    """``项目支出 a 万元，占部门总支出 w 万元的 Z%`` (or ``…w 万元的比重为 Z%``): the share's whole
    stated inside it, right before the rate; the part is the figure right before the whole."""
    whole, part = ms[k - 1], ms[k - 2]
    if part.sentence != whole.sentence or part.bracketed or whole.bracketed \
            or part.role != "level" or whole.role != "level" or part.quantity.kind not in ("money", "count") \
            or not _same_kind(part.quantity, whole.quantity) or not _AFTER_INLINE_WHOLE.match(norm[whole.end:ms[k].start]):
        return None
    m = _share_after(_BARE_LEAD).match(norm[part.end:whole.start])
    if not m:
        return None
    name = compact(m.group("whole"))
    if not label_core(name) or _conf_re("relative_whole").match(name):
        return None
    return ShareClaim(part.quantity, ms[k].quantity, name, part.label, whole.quantity)


_LIST_GAP = lazy_compile(r"^[\s、，,和及与]*$")
# ``a 万元、项目支出 b 万元``: a list mark, then the next part's own name (no figure, no clause cut,
# no word that makes it a total, a change, a share or a breakdown of its own)
_LABELLED_GAP = lazy_compile(r"^[\s、，,；;]*(?:和|及|与|以及)?\s*(?P<label>[^\d\s、，,；;:：。%（）()]{1,20})\s*$")
_NOT_A_PART_NAME = lazy_compile(r"其中|分别|占|比|较|合计|总计|总额|共计|包括|含|增|减|下降|上升|均|各")
_STOP_OR_QIZHONG = lazy_compile(r"[。；;]|其中")
_DECLARED_COMPARISON = lazy_compile(r"^[\s,，;；]*(?:决算数?|支出数?|实际支出)?(?P<verb>大于|超过|超出|多于|高于|小于|少于|低于)"
                                    r"(?:年初|全年|调整后)?预算(?:数)?(?![\d.])")
_OPEN_BRACKET = lazy_compile(r"^\s*[（(]")
_IS_TAIL = lazy_compile(r"(?:为|是|共|合计)$")


def _listed_run(norm: str, ms: list[Mention], k: int, step: int, labelled: bool = False) -> list[Mention]:
    """The mentions of ``ms[k]``'s role listed with it (``a、b 和 c``), in text order: from ``k``
    onward (``step`` 1) or back to it (``step`` −1), within its sentence, joined only by list marks
    or, with ``labelled``, by a list mark and the next part's name (``基本支出 a 万元、项目支出 b 万元``)."""
    run = [ms[k]]
    j = k + step
    while 0 <= j < len(ms) and ms[j].sentence == ms[k].sentence and ms[j].role == ms[k].role and not ms[j].bracketed:
        a, b = (run[-1], ms[j]) if step > 0 else (ms[j], run[-1])
        gap = norm[a.end:b.start]
        if not _LIST_GAP.match(gap):
            named = _LABELLED_GAP.match(gap) if labelled else None
            if named is None or _NOT_A_PART_NAME.search(named.group("label")):
                break
        run.append(ms[j])
        j += step
    return run if step > 0 else run[::-1]


def shares(text: str) -> list[Share]:
    """Share claims whose whole is stated, by name, in the same paragraph."""
    ms = figure_mentions(text)
    out: list[Share] = []
    for c in share_claims(text):
        if c.whole is not None:
            out.append(Share(c.part, c.whole, c.rate, c.whole_name))
            continue
        core = label_core(c.whole_name)
        wholes = [w for w in ms if w.quantity is not c.part and w.role == "level" and not w.bracketed
                  and _same_kind(w.quantity, c.part) and label_core(w.label) == core]
        if len({w.quantity.base_value for w in wholes}) != 1:
            continue
        out.append(Share(c.part, wholes[0].quantity, c.rate, c.whole_name))
    return out


@dataclass(frozen=True)
class WeightedShares:
    """Shares of categories that must weigh up to a whole: Σ share × amount = whole."""

    name: dict
    whole: Quantity
    terms: tuple[tuple[Quantity, Quantity], ...]  # (share, amount) per category


def weighted_shares(text: str) -> list[WeightedShares]:
    ms = figure_mentions(text)
    out: list[WeightedShares] = []
    if not _states_a_rate(ms):  # no share stated: no term can be read
        return out
    for spec in data.load("arithmetic").get("weighted_shares", []):
        def level(core: str) -> Quantity | None:
            found = [m for m in ms if m.role == "level" and m.quantity.kind == "money"
                     and label_core(m.label) == label_core(core)]
            return found[0].quantity if len({m.quantity.base_value for m in found}) == 1 else None

        whole = level(spec["whole"])
        terms = []
        for cat in spec["categories"]:
            amount = level(cat["amount"])
            share_re = _category_share(cat["share"])
            rates = [m for m in ms if m.role == "percent" and share_re.search(m.label)]
            if amount is None or len(rates) != 1:
                break
            terms.append((rates[0].quantity, amount))
        else:
            if whole is not None and terms:
                out.append(WeightedShares(spec["name"], whole, tuple(terms)))
    return out
