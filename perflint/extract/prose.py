"""Arithmetic stated in prose: breakdowns, changes with rates, shares and completion rates.

The 情况说明 of a 决算 and the narrative of a 自评报告 restate the tables in sentences that
carry their own arithmetic: ``共计 T 万元，其中 a 万元、b 万元`` (a + b = T), ``比上年减少 X 万元，
下降 Y%`` (Y = X ÷ last year), ``占本年支出 Z%`` (Z = part ÷ whole), ``完成预算的 W%``
(W = actual ÷ budget). Each function here reads one kind of relation out of a paragraph's text
and returns the figures it binds, with their offsets in that text; whether the arithmetic holds
is the checks' business. A relation is returned only when the wording binds its figures
unambiguously: a figure that might belong to something else makes the relation unknown.
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from perflint import data
from perflint.frozen import quick_init
from perflint.text.memo import remember_short
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, as_money, normalise, quantities
from perflint.text.patterns import compile_pattern, lazy_compile
from perflint.text.sentences import CLOSE_BRACKETS, OPEN_BRACKETS, sentences

_OPEN, _CLOSE = OPEN_BRACKETS, CLOSE_BRACKETS
_PUNCT = " \t\u3000,，:：;；、"


@cache
def _conf() -> dict:
    return data.load("arithmetic")["prose"]


@cache
def _verb_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = _conf()["change_verbs"]
    inc = "|".join(sorted(verbs["increase"], key=len, reverse=True))
    dec = "|".join(sorted(verbs["decrease"], key=len, reverse=True))
    return (compile_pattern(rf"(?:{inc}|(?<![至最较])多)了?\s*$"),
            compile_pattern(rf"(?:{dec}|(?<![至最较])少)了?\s*$"))


@quick_init
@dataclass(frozen=True)
class Mention:
    """A figure in a paragraph and what the words before it make of it."""

    quantity: Quantity
    role: str  # level | change | base | percent | points | approx (2万余元: in no sum)
    direction: int  # +1 / -1 for a change (增加 / 减少), else 0
    label: str  # words before it in its clause, normalised, blanks removed
    gap: str  # normalised text since the previous figure of its sentence (or the sentence start)
    sentence: int
    bracketed: bool

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end



def _depths(text: str) -> list[int]:
    """The bracket depth at each character (an opening bracket counts at itself, a closing one
    after itself)."""
    depth, out = 0, []
    for ch in text:
        if ch in _OPEN:
            depth += 1
        out.append(depth)
        if ch in _CLOSE:
            depth = max(0, depth - 1)
    return out


_BRACKET = lazy_compile("[" + re.escape(_OPEN + _CLOSE) + "]")


def _depth_at(text: str) -> Callable[[int], int]:
    """``lambda i: _depths(text)[i]`` from the brackets alone: the figures of a paragraph ask
    the depth at a few places, and a step per character of the paragraph was most of the work."""
    positions: list[int] = []
    after: list[int] = []  # the depth after each bracket
    depth = 0
    for m in _BRACKET.finditer(text):
        depth = depth + 1 if m.group() in _OPEN else max(0, depth - 1)
        positions.append(m.start())
        after.append(depth)

    def at(i: int) -> int:
        k = bisect.bisect_left(positions, i)  # the brackets before i
        if k < len(positions) and positions[k] == i and text[i] in _OPEN:
            return after[k]
        return after[k - 1] if k else 0

    return at


_CLAUSE_CUTS = ",，:：;；、。（）()"
# Everything up to the last clause boundary: ``.*`` runs to the end and the engine steps back to
# the last cut (what ``max(map(gap.rfind, _CLAUSE_CUTS))`` finds, without a scan per character).
_TO_LAST_CUT = lazy_compile("(?s).*[" + re.escape(_CLAUSE_CUTS) + "]")


def _label(gap: str) -> str:
    """The words of ``gap`` after its last clause boundary."""
    m = _TO_LAST_CUT.match(gap)
    return compact(gap[m.end():] if m is not None else gap)


@cache
def _money_label() -> tuple[tuple[str, ...], re.Pattern[str]]:
    conf = _conf()
    return tuple(conf["money_label_words"]), compile_pattern(conf["money_label_tail"])


def _reads_as_money(norm: str, sentence: tuple[int, int], label: str, role: str, money_before: bool) -> bool:
    """Whether a bare magnitude (``150万``) is money: named by a money word (``资金150万``,
    ``执行数为1.2亿``), or a change or base in a sentence that writes money of a scale
    (``比上年增加20万``, beside figures in 万元) or has stated money before it."""
    words, tail = _money_label()
    if tail.sub("", label).endswith(words):
        return True
    return role in ("change", "base") and (money_before or _MONEY_OF_SCALE.search(norm, *sentence) is not None)


_MONEY_OF_SCALE = lazy_compile(r"\d\s*[万亿]元")
_BASE_LABEL = lazy_compile(r"^(?:同比|比|较)(?!例|重|率)")
# ``与 2022 年度预算 B 万元相比``: a figure inside 与…相比 is the base compared with (its label opens
# with 与 / 同 and 相比 closes the phrase right after it), not a level figure of its own
_YU_LABEL = lazy_compile(r"^(?:与|同|和)(?!时|其)")
_XIANGBI_AFTER = lazy_compile(r"^\s*(?:的)?(?:相比|比较|对比)")


def _role(q: Quantity, label: str, after: str = "") -> tuple[str, int]:
    if q.approximate:
        return "approx", 0  # 2万余元: more than its digits, in no sum or rate
    if q.kind == "percent":
        return ("points" if "百分点" in q.text else "percent"), 0
    known = _label_role(label)
    if known is not None:
        return known
    return ("base", 0) if _XIANGBI_AFTER.match(after) else ("level", 0)


@remember_short(4096)  # a report repeats a few dozen labels over hundreds of figures
def _label_role(label: str) -> tuple[str, int] | None:
    """The role ``label`` gives a figure that is no percentage and no approximation; None where
    the words after the figure tell (与 … 相比: a base, else a level)."""
    inc, dec = _verb_res()
    if dec.search(label):
        return "change", -1
    if inc.search(label):
        return "change", 1
    if _BASE_LABEL.match(label):
        return "base", 0
    return None if _YU_LABEL.match(label) else ("level", 0)


def mentions(text: str) -> list[Mention]:
    """Every figure of ``text`` with its role, label and sentence."""
    return list(_mentions(text))


@lru_cache(maxsize=2048)
def _mentions(text: str) -> tuple[Mention, ...]:
    norm = normalise(text)
    depth = _depth_at(norm)
    spans = sentences(norm)
    out: list[Mention] = []
    prev_end, sent = 0, 0
    prev_sent = -1  # the sentence of the figure before (none yet)
    last, size = len(spans) - 1, len(norm)
    for q in quantities(text):
        q_start = q.start
        while sent < last and q_start >= spans[sent][1]:
            sent += 1
        s_start = spans[sent][0] if spans else 0
        start = max(prev_end, s_start) if prev_sent == sent else s_start
        gap = norm[start:q_start]
        label = _label(gap)
        role, direction = _role(q, label, norm[q.end:q.end + 6] if label[:1] in "与同和" else "")
        if q.unit is None and q.scale != 1:  # a bare magnitude (q.is_bare_magnitude)
            money_before = any(m.sentence == sent and m.quantity.is_money for m in out[-4:])
            if _reads_as_money(norm, spans[sent] if spans else (0, len(norm)), label, role, money_before):
                q = as_money(q) or q
        out.append(Mention(q, role, direction, label, gap, sent, depth(q.start) > 0 if q.start < size else False))
        prev_end, prev_sent = q.end, sent
    return tuple(out)


# :func:`mentions` as the remembered tuple itself, for a reader that only reads it: no copy and no
# Python frame (several relations ask it of every paragraph).
figure_mentions = _mentions


@cache
def _label_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    conf = _conf()
    return compile_pattern(conf["label_prefix"]), compile_pattern(conf["label_suffix"])


@lru_cache(maxsize=4096)
def label_core(label: str) -> str:
    """A label without year, unit owner and total words: ``2022年度收入合计`` -> ``收入``.

    Remembered: the relations compare every figure's label with every name they look for."""
    prefix, suffix = _label_res()
    s = compact(label)
    for _ in range(3):
        s2 = prefix.sub("", s)
        if s2 == s:
            break
        s = s2
    return suffix.sub("", s)


def _same_kind(a: Quantity, b: Quantity) -> bool:
    if a.kind == "money" and b.kind == "money":
        return True
    return a.kind == b.kind == "count" and a.unit == b.unit


_PRIOR_LABEL = lazy_compile(r"上年|去年|上一年|同期")
_QUOTES = lazy_compile(r"[“”\"'‘’「」]")
# kept across runs (lazy_compile), not compiled by re in every process (a han class: millions)
_LIST_NUMBER = lazy_compile(r"^\s*(?:\d{1,2}\s*[.、．]|[（(]?[一二三四五六七八九十\d]{1,3}[)）、])\s*")
_LEAD_NOT_HAN = lazy_compile(r"^[^\u4e00-\u9fff]+")


def name_core(name: str) -> str:
    """A quantity's name for matching across sentences: no year, owner, quotes or total words."""
    name = _LIST_NUMBER.sub("", name)
    name = label_core(_QUOTES.sub("", name))
    return label_core(_LEAD_NOT_HAN.sub("", name))


_TOTAL_WORD = lazy_compile(r"(合计|总计)\s*(?:数|额)?\s*[的之]?\s*$")


def _total_word(label: str) -> str | None:
    m = _TOTAL_WORD.search(label)
    return m.group(1) if m else None


def _totals_agree(a: str | None, b: str | None, this_year: bool = False) -> bool:
    """本年支出合计 and 支出总计 are two quantities of a 决算 (总计 adds the carry-overs): names
    that differ only in those words are not one quantity; either without a total word may be,
    but a name that says 本年 (本年支出) is never a 总计, which adds last year's balance to it."""
    if this_year and b == "总计":
        return False
    return a is None or b is None or a == b


def find_named(texts: Sequence[str], name: str) -> tuple[int, Quantity] | None:
    """The figure of the quantity ``name`` in the nearest of ``texts`` (latest first) that states it.

    Only this year's level figures count (not 上年, not a change); the nearest paragraph naming
    the quantity must state one value for it, else the whole is unknown.
    """
    core = name_core(name)
    if len(core) < 2:
        return None
    total = _total_word(name)
    this_year = "本年" in name
    for i in range(len(texts) - 1, -1, -1):
        found = [m for m in _mentions(texts[i]) if m.role == "level" and not m.bracketed
                 and m.quantity.kind == "money" and name_core(m.label) == core and not _PRIOR_LABEL.search(m.label)
                 and _totals_agree(total, _total_word(m.label), this_year)]
        if found:
            if len({m.quantity.base_value for m in found}) != 1:
                return None
            return i, found[0].quantity
    return None


def named_by_a_longer_name(text: str, name: str, end: int) -> list[Quantity]:
    """This year's money figures stated in ``text`` before ``end`` under a longer name that ends
    in ``name`` (``一般公共预算财政拨款基本支出`` for ``基本支出``): the narrower total a share of
    ``name`` written after it in the same paragraph may be of."""
    core = name_core(name)
    if len(core) < 2 or core not in text:
        return []  # the usual paragraph: the name is not in it again (searched in C)
    return [m.quantity for m in _mentions(text) if m.end <= end and m.role == "level" and not m.bracketed
            and m.quantity.kind == "money" and not _PRIOR_LABEL.search(m.label)
            and (own := name_core(m.label)) != core and own.endswith(core)]


# The relations, read on top of the mentions above, live in two modules that import this one;
# ``prose.breakdowns`` and the like still work (loaded on first use, so either side may be
# imported first).
_RELATIONS = {
    "perflint.extract.prose_lists": ("Breakdown", "ParagraphBreakdown", "breakdowns", "paragraph_breakdowns",
                                     "unit_slip", "total_unit_slip", "total_separator_slip", "three_public_foreign_parts", "tiny_unit_part", "goes_on_in_next_sentence"),
    "perflint.extract.prose_rates": ("Balance", "ChangeStatement", "Completion", "Share", "ShareClaim", "WeightedShares",
                                     "balances", "bare_count_shares", "bare_shares", "change_statements", "completions", "share_claims", "shares", "weighted_shares"),
}


def __getattr__(name: str) -> object:
    for module, names in _RELATIONS.items():
        if name in names:
            value = getattr(importlib.import_module(module), name)
            globals()[name] = value  # found once: later lookups (one per paragraph) skip this hook
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Mention", "figure_mentions", "find_named", "label_core", "mentions", "name_core",
    *_RELATIONS["perflint.extract.prose_lists"], *_RELATIONS["perflint.extract.prose_rates"],
]
