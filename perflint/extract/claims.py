"""Statements that must agree with each other or with the forms' definitions.

Shared by the consistency family's cross-statement rules; phrase lists live in
``perflint/data/consistency.yaml``:

- ``income_expense_totals``: a sentence giving a 决算's 收入总计 and 支出总计 (equal by construction);
- ``completion_claims``: ``完成年初预算100%`` beside ``决算数大于预算数`` in one sentence;
- ``dated_events``: a one-time event (拆分, 成立, 上线 …) with the date written before it;
- ``town_governments`` and ``unit_names``: names of towns' governments and of a place's units;
- ``misdefinitions``: a term defined with the words of another term's standard definition;
- ``supervisor_and_implementer``: a 自评表's 主管部门 and 实施单位.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from perflint import data
from perflint.extract.dates import find_dates
from perflint.text.numbers import Quantity, find_quantities, normalise, read_as
from perflint.text.patterns import any_of, compile_pattern, lazy_compile
from perflint.text.sentences import inside_book_title, statement_around, statements

# kept across runs (lazy_compile): a class of the whole han range costs re.compile some
# 10 M instructions in every process that reads a date or a place
_NOT_HAN = lazy_compile(r"[^\u4e00-\u9fff]")
_CLAUSE_BREAK = lazy_compile(r"[。；;，,：:\n]")


@cache
def phrases() -> dict[str, Any]:
    return data.load("consistency")



def _money_after(text: str, pos: int, window: int = 14) -> Quantity | None:
    for q in find_quantities(text[pos:pos + window + 16]):
        if q.kind == "money" and q.start <= window:
            return Quantity(**{**q.__dict__, "start": q.start + pos, "end": q.end + pos})
    return None


def base_value(q: Quantity) -> Decimal:
    return q.value * q.scale


def differ(a: Quantity, b: Quantity) -> bool:
    """Two amounts that differ beyond half a unit of the coarser last digit shown."""
    tol = max(Decimal(1).scaleb(-a.decimals) * a.scale, Decimal(1).scaleb(-b.decimals) * b.scale) / 2
    return abs(base_value(a) - base_value(b)) > tol


@dataclass(frozen=True)
class TotalsClaim:
    """收入总计 and 支出总计 stated in one sentence."""

    income: Quantity
    expense: Quantity


def income_expense_totals(text: str) -> list[TotalsClaim]:
    """收入总计 and 支出总计 given in one sentence (``收入总计A，支出总计B`` or
    ``收入、支出总计分别为A和B``)."""
    p = phrases()
    norm = normalise(text)
    out: list[TotalsClaim] = []
    for s, e in statements(norm):
        sent = norm[s:e]
        joint = next((w for w in p["joint_totals"] if w in sent), None)
        if joint:
            at = s + sent.index(joint) + len(joint)
            after = norm[at:e]
            if any(after.lstrip("：:，, ").startswith(w) for w in p["respectively"]):
                money = _paired_money(after)
                if len(money) == 2:
                    a, b = (Quantity(**{**q.__dict__, "start": q.start + at, "end": q.end + at}) for q in money)
                    out.append(TotalsClaim(a, b))
                continue
    if out:
        return [c for c in out if not _carries_difference(norm, c)]
    # 收入总计 A …。支出总计 B: once each in the text (several scopes would be ambiguous).
    # A joint mention that gives no pair (收入、支出总计各增加 X 万元: the change of both) states
    # neither total: its 支出总计 is no second statement that would make the pair ambiguous.
    joint = [(m.start(), m.end()) for w in p["joint_totals"] for m in compile_pattern(re.escape(w)).finditer(norm)]
    inc = [m.end() for w in p["income_total"] for m in compile_pattern(re.escape(w)).finditer(norm)
           if not any(s <= m.start() < e for s, e in joint)]
    exp_at = [(m.start(), m.end()) for w in p["expense_total"] for m in compile_pattern(re.escape(w)).finditer(norm)
              if not any(s <= m.start() < e for s, e in joint)]
    exp = [e for _s, e in exp_at]
    if len(inc) == 1 and len(exp) == 1:
        a, b = _money_after(norm, inc[0]), _money_after(norm, exp[0])
        if a and b and (_scope(norm, inc[0] - 4) == _scope(norm, exp[0] - 4) or _shares_scope(norm, a, exp_at[0])):
            out.append(TotalsClaim(a, b))
    return [c for c in out if not _carries_difference(norm, c)]


def _carries_difference(norm: str, claim: TotalsClaim) -> bool:
    """Whether the expense total's sentence goes on to carry the very difference forward
    (``支出总计B，收支相抵，结转下年支出A − B``): a 财政决算's totals, unequal by construction."""
    end = _SENTENCE_END.search(norm, claim.expense.end)
    rest = norm[claim.expense.end:end.start() if end else len(norm)]
    if not any(w in rest for w in phrases()["carried_difference"]):
        return False
    gap = base_value(claim.income) - base_value(claim.expense)
    for w in phrases()["carried_difference"]:
        at = rest.find(w)
        while at >= 0:
            q = _money_after(rest, at + len(w))
            if q is not None and not differ(q, _as_quantity(gap, claim.expense)):
                return True
            at = rest.find(w, at + 1)
    return False


def _as_quantity(value: Decimal, like: Quantity) -> Quantity:
    """``value`` (in base units) written as ``like`` is (its scale and decimals)."""
    return Quantity(**{**like.__dict__, "value": value / like.scale})


_SENTENCE_END = lazy_compile(r"[。；;\n]")


def _shares_scope(norm: str, income: Quantity, expense: tuple[int, int]) -> bool:
    """Whether a bare 支出总计 right after the income total's figure (``财政拨款收入总计A、支出总计B``)
    speaks of the income's scope: nothing but a join between them, and no scope of its own."""
    start, end = expense
    return _PAIR_JOIN.fullmatch(norm[income.end:start]) is not None and not _scope(norm, end - 4)


# What may stand between two figures that share the unit written after the second (A、B万元).
_PAIR_JOIN = lazy_compile(r"\s*[、,，和与及]\s*")


def _paired_money(text: str) -> list[Quantity]:
    """The first two amounts of money in ``text``; a bare figure joined to the next amount
    (``4125.49、4143.91万元``) takes that amount's unit."""
    qs = find_quantities(text)
    out: list[Quantity] = []
    for i, q in enumerate(qs):
        if q.kind == "money":
            out.append(q)
        elif q.kind == "plain" and i + 1 < len(qs) and qs[i + 1].kind == "money" \
                and _PAIR_JOIN.fullmatch(text[q.end:qs[i + 1].start]):
            money = read_as(q, qs[i + 1])  # 1.5亿、8000万元: 1.5 亿元, not 1.5 万元
            if money is not None:
                out.append(money)
        if len(out) == 2:
            break
    return out


def _scope(norm: str, pos: int) -> str:
    """The words that qualify a total (``一般公共预算财政拨款`` in ``…财政拨款收入总计``)."""
    i = pos
    while i > 0 and "\u4e00" <= norm[i - 1] <= "\u9fff" and pos - i < 16:
        i -= 1
    words = norm[i:pos]
    for lead in phrases()["scope_leads"]:
        if lead in words:
            words = words[words.rindex(lead) + len(lead):]
    return words


@dataclass(frozen=True)
class CompletionClaim:
    """A budget completion rate stated with its direction (超/未完成) and the amounts given with it."""

    rate: Quantity
    direction: str  # over | under | equal (决算数与预算数持平)
    start: int  # the direction phrase
    end: int
    difference: Quantity | None  # the amount the phrase gives (决算数大于预算数55.93万元)
    actual: Quantity | None  # the amount the sentence opens with, when it gives one


def completion_claims(text: str) -> list[CompletionClaim]:
    """``完成年初预算 X%`` and a direction (决算数大于/小于预算数) in one sentence."""
    p = phrases()
    norm = normalise(text)
    out: list[CompletionClaim] = []
    if any_of(tuple(p["completion_phrases"])).search(norm) is None:
        return out  # no sentence can state a completion rate: no need to split them
    for s, e in statements(norm):
        sent = norm[s:e]
        rate = None
        for w in p["completion_phrases"]:
            i = sent.find(w)
            if i >= 0:
                qs = [q for q in find_quantities(sent[i + len(w):i + len(w) + 10]) if q.unit == "%" and q.start <= 2]
                if qs:
                    q = qs[0]
                    rate = Quantity(**{**q.__dict__, "start": q.start + s + i + len(w), "end": q.end + s + i + len(w)})
                    break
        if rate is None:
            continue
        for direction, words in (("over", p["over_budget"]), ("under", p["under_budget"]), ("equal", p["equal_budget"])):
            hit = next(((sent.find(w), w) for w in words if w in sent), None)
            if hit:
                at = s + hit[0]
                money = [q for q in find_quantities(sent[:rate.start - s]) if q.kind == "money"]
                out.append(CompletionClaim(rate, direction, at, at + len(hit[1]),
                                           _money_after(norm, at + len(hit[1]), 4), money[0] if money else None))
                break
    return out


@dataclass(frozen=True)
class DatedEvent:
    """An event of the report given a date (year and month), named by the words after it."""

    key: str  # the words right after the date that name the event (原某某学校拆分 …)
    year: int
    month: int
    start: int
    end: int
    written: str
    one_time: bool  # a one-time event verb (拆分, 成立, 上线 …) follows the date closely
    # What the event is of when it is written before the date (数字档案管理系统于2024年9月上线), with
    # the one-time verb after it: (系统名, 上线); empty when no verb follows or no subject precedes.
    subject: tuple[str, str] = ("", "")
    day: int | None = None  # the day, when the date gives one


def dated_events(text: str) -> list[DatedEvent]:
    """Dates with a month and the words after them (``2020年9月原某校拆分``): the same words with
    two dates, one of them a one-time event, are one event dated two ways."""
    out: list[DatedEvent] = []
    dates = find_dates(text)
    if not dates:
        return out
    p = phrases()
    norm = normalise(text)
    for m in dates:
        if m.year is None or m.month is None or m.context in ("period", "document_number", "comparison"):
            continue
        after = _NOT_HAN.sub("", norm[m.end:m.end + 3 * p["event_window"]])
        key = after[:p["event_key_length"]]
        if len(key) == p["event_key_length"]:
            window = after[:p["event_window"]]
            verbs = [(window.find(v), v) for v in p["one_time_events"] if v in window]
            subject = ("", "")
            clause = _CLAUSE_END.split(norm[m.end:m.end + 3 * p["event_window"]], 1)[0]
            own = [(at, v) for at, v in verbs if v in clause]  # the verb of this date's clause
            if own:
                subject = (_subject_before(norm, m.start, p["event_subject_leads"], p["event_subject_openers"]),
                           min(own)[1])
            out.append(DatedEvent(key, m.year, m.month, m.start, m.end, m.text, bool(verbs), subject, m.day))
    return out


_CLAUSE_END = lazy_compile(r"[，,。；;、：:\d０-９]")
_SUBJECT = lazy_compile(r"[\u4e00-\u9fff]{1,12}$")


def _subject_before(norm: str, at: int, leads: list[str], openers: list[str]) -> str:
    """The words of the clause right before a date, without the words that lead into it (于, 已于,
    自 …) or open the clause (其中 …): what the dated event is of (修缮工程 in 修缮工程已于2023年10月竣工)."""
    m = _SUBJECT.search(norm, max(0, at - 12), at)
    if m is None:
        return ""
    words = m.group(0)
    lead = next((w for w in leads if words.endswith(w)), "")  # longest first in the data
    words = words[:len(words) - len(lead)]
    opener = next((w for w in openers if words.startswith(w)), "")
    return words[len(opener):]


@dataclass(frozen=True)
class NameMention:
    """A name (a town, a unit) found in a text, and where."""

    name: str
    start: int
    end: int


def _town_name(norm: str, level_at: int) -> str | None:
    """The town's name written right before 镇/乡/街道 at ``level_at`` (two to four characters),
    after the last word that only leads into a generic ``镇人民政府`` (完成, 按照, 配合 …) or the
    government body written before a sub-district's name (区人民政府某某街道办事处)."""
    p = phrases()
    i = level_at
    while i > 0 and level_at - i < 6 and "\u4e00" <= norm[i - 1] <= "\u9fff" and norm[i - 1] not in "市县区旗州":
        i -= 1
    if i == level_at and i >= 3 and norm[i - 1] == "市" and norm[i - 3] in "市县区旗" \
            and "\u4e00" <= norm[i - 2] <= "\u9fff" and norm[i - 2] not in _CITY_TOWN_NOT_FIRST:
        return norm[i - 2:level_at]  # 某某市草市镇: a town whose own name ends in 市, after its county's name
    name = norm[i:level_at]
    # the words before the name: a lead word, or the body a 街道办事处 is the agency of
    # (…区人民政府五里店街道办事处, the sub-district office's full name)
    cut = max((name.rfind(w) + len(w) for w in (*p["lead_words"], *p["government_bodies"]) if w in name),
              default=0)
    name = name[cut:][-4:]
    if name[:1] in _DATE_UNITS and level_at - len(name) > 0 and norm[level_at - len(name) - 1].isdigit():
        name = name[1:]  # ``2019年白马镇``: the year's 年 is no part of the name
    while name and name[0] in p["not_town_start"]:
        name = name[1:]
    return name if len(name) >= 2 else None


_DATE_UNITS = "年月日"
# What cannot open a two-character town name ending in 市 (全市镇, 本市镇, 各县市镇: no town).
_CITY_TOWN_NOT_FIRST = "全本该各我乡此两村镇原省市县区州旗的和与及在向由经对、城"
_FORMER_REACH = 12  # characters after a town's name where its abolition or merger is told


def former_towns(text: str) -> set[str]:
    """Towns ``text`` tells were merged into another or abolished: ``原白马乡``, ``撤销白马镇``,
    ``白马镇人民政府撤销后``, ``白马乡并入本镇``, ``白马镇与青石镇合并`` — the unit's history,
    wherever the report names them again."""
    if not any(w in text for w in _former_words()):
        return set()  # the usual text: no history told (searched in C)
    p = phrases()
    norm = normalise(text)
    before, after = tuple(p["former_markers"]), tuple(p["former_after"])
    out = set()
    for level, pattern in _town_level_res():
        for m in pattern.finditer(norm):
            name = _town_name(norm, m.start())
            if not name:
                continue
            start = m.start() - len(name)
            tail = norm[m.end():m.end() + _FORMER_REACH]
            if norm[max(0, start - 2):start].endswith(before) or any(w in tail for w in after):
                out.add(name + level)
    return out


@cache
def _former_words() -> tuple[str, ...]:
    p = phrases()
    return (*p["former_markers"], *p["former_after"])


def town_governments(text: str) -> list[NameMention]:
    """``某某镇人民政府`` / ``某某街道办事处``: a town's government named in full."""
    p = phrases()
    norm = normalise(text)
    government, level_at = _town_government_res()
    out = []
    for m in government.finditer(norm):
        if any(m.start() >= len(w) - 1 and norm.startswith(w, m.start() - len(w) + 1)
               for w in p["generic_town_words"]):
            continue  # 乡镇政府: the generic word, no town named
        name = _town_name(norm, m.start())
        before = norm[max(0, m.start() - len(name or "") - 2):m.start() - len(name or "")]
        if name and not any(before.endswith(w) for w in p["former_markers"]):
            level = level_at.match(norm, m.start()).group(0)
            out.append(NameMention(name + level, m.start() - len(name), m.end()))
    return out


@cache
def _town_government_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A town level followed by a government body (镇人民政府), and the town level alone, compiled
    once: the wording finders ask every text, and the sources were built again for each."""
    p = phrases()
    levels = "|".join(p["town_levels"])
    bodies = "|".join(sorted(p["government_bodies"], key=len, reverse=True))
    return compile_pattern(rf"(?:{levels})(?:{bodies})"), compile_pattern(levels)


def own_towns(title: str) -> set[str]:
    """Towns a report's title or unit names (``某某镇2021年度…``)."""
    norm = normalise(title)
    out = set()
    for level, pattern in _town_level_res():
        for m in pattern.finditer(norm):
            name = _town_name(norm, m.start())
            if name:
                out.add(name + level)
    return out


def same_town(a: str, b: str) -> bool:
    """Whether two town names name one place: one ends the other (``某镇`` in ``某某县某镇``),
    or they differ only by level (``嘎洒镇`` became ``嘎洒街道`` when the town was made a
    subdistrict; a page of one year names it either way)."""
    if a.endswith(b) or b.endswith(a):
        return True
    stem_a, stem_b = _town_stem(a), _town_stem(b)
    return len(stem_a) >= 2 and stem_a == stem_b


def _town_stem(name: str) -> str:
    for level in phrases()["town_levels"]:
        if name.endswith(level):
            return name[: -len(level)]
    return name


@cache
def _town_level_res() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each town level with its pattern, compiled once."""
    return tuple((level, compile_pattern(level)) for level in phrases()["town_levels"])


def unit_names(text: str, place: str) -> list[NameMention]:
    """Names of units that start with the report's place (``某区某街道退役军人服务站``)."""
    p = phrases()
    norm = normalise(text)
    suffixes = "|".join(sorted(p["unit_suffixes"], key=len, reverse=True))
    out = []
    for m in compile_pattern(rf"{re.escape(place)}([\u4e00-\u9fff]{{2,12}}?)(?:{suffixes})").finditer(norm):
        out.append(NameMention(m.group(0), m.start(), m.end()))
    return out


def place_units(text: str, body: str, levels: str) -> list[NameMention]:
    """``兴和县市场监督管理局`` for ``body`` 市场监督管理局 and ``levels`` 县区旗: the body named at a
    place of one of those levels, with the place's name (two to four characters before the level,
    after any lead word: 由临江市图书馆实施 -> 临江市图书馆). A mention after a word of working with
    another place's unit (与, 赴, 对口帮扶 …) is left out: a peer named on purpose."""
    p = phrases()
    norm = normalise(text)
    out = []
    for m in compile_pattern(rf"([{re.escape(levels)}]){re.escape(body)}").finditer(norm):
        i = m.start()
        while i > 0 and m.start() - i < 6 and "\u4e00" <= norm[i - 1] <= "\u9fff" and norm[i - 1] not in "省市县区旗州盟":
            i -= 1
        name = norm[i:m.start()]
        if "《" in norm and inside_book_title(norm, m.start()):
            continue  # 《关于调整区公安局…的通知》: a cited document's title, not the text's words
        if name.endswith(tuple(p["not_place_end"])):
            continue  # 由县档案馆, 向县档案馆移交: the level is the report's own, no place named
        # the last lead word that leaves a name of two characters (兴和县: 和 is part of the name)
        cut = max((c for w in p["lead_words"] if w in name
                   for c in (name.rfind(w) + len(w),) if len(name) - c >= 2), default=0)
        opens = i == 0 or norm[i - 1] in _NAME_OPENERS or norm[i - 1] in "省市县区旗州盟"
        if not cut and not (opens and len(name) <= 4):
            continue  # words run on before it (关于调整区公安局): no place's name can be told
        name = name[cut:][-4:]
        while name and name[0] in p["not_town_start"]:
            name = name[1:]
        if (name + m.group(1)).endswith(tuple(p["not_place_endings"])):
            continue  # 社区卫生服务中心, 园区管委会: no administrative place
        before = _CLAUSE_BREAK.split(norm[max(0, m.start() - len(name) - 8):m.start() - len(name)])[-1]
        context = before + name[:-2]  # a name's last two characters are the place's own
        if len(name) >= 2 and not any(w in context for w in p["peer_words"]) \
                and not tells_restructuring(norm, m.start() - len(name), m.end()):
            out.append(NameMention(name + m.group(1) + body, m.start() - len(name), m.end()))
    return out


def tells_restructuring(text: str, start: int, end: int) -> bool:
    """Whether the statement around ``text[start:end]`` tells how units were restructured
    (``撤销甲县人民法院和乙县人民法院，设立丙区人民法院``, ``将…并入…``, ``…更名为…``): the units and
    places it names are the unit's history (a former unit, another place's court merged into this
    one, a county before it became a district), not words copied from elsewhere."""
    s, e = statement_around(text, start, end)
    statement = text[s:e]
    return any(w in statement for w in phrases()["restructuring_words"])


_LIST_ITEM = lazy_compile(r"[^、，,；;。和及]+")
_SENTENCE_END = lazy_compile(r"[。；;]")


def own_units_listed(text: str, levels: str) -> list[tuple[NameMention, str]]:
    """The units a report lists as its own (``本部门决算由局机关本级和所属2个事业单位决算组成，即
    A、B``; the sentence by ``own_units_list``) whose names open with a place of one of ``levels``
    (``临江市公路事业发展中心`` for 市州盟): each name with that place (``临江市``)."""
    p = phrases()
    norm = normalise(text)
    m = compile_pattern(p["own_units_list"]).search(norm)
    if m is None:
        return []
    stop = _SENTENCE_END.search(norm, m.end())
    end = stop.start() if stop else len(norm)
    place_re = compile_pattern(rf"^([^\W\d_省市县区旗州盟]{{2,4}}?[{re.escape(levels)}])[\u4e00-\u9fff]{{3,}}$")
    out = []
    for item in _LIST_ITEM.finditer(norm, m.end(), end):
        name = item.group(0).strip()
        place = place_re.match(name)
        if place is None or place.group(1).endswith(tuple(p["not_place_endings"])):
            continue
        start = item.start() + item.group(0).index(name)
        out.append((NameMention(name, start, start + len(name)), place.group(1)))
    return out


def padded_names(text: str, place: str, body: str) -> list[NameMention]:
    """The unit ``place`` + ``body`` (安平县市场监督管理局) written with one run of one to four
    characters added inside its body (安平县市场和质量监督管理局: a former or a wrong name). An
    abbreviation (市场监管局) leaves characters out and is no such name; neither is a name that
    goes on after the body's last character (…管理局机关, …管理局局长 are other words)."""
    norm = normalise(text)
    out = []
    start = norm.find(place)
    while start >= 0:
        at = start + len(place)
        for extra in range(1, 5) if not norm.startswith(body, at) else ():  # the name itself, words after it
            written = norm[at:at + len(body) + extra]
            if len(written) == len(body) + extra and _one_run_inside(body, written):
                out.append(NameMention(place + written, start, at + len(written)))
                break
        start = norm.find(place, at)
    return out


# A character that makes a verb of a short body name's 委 or 办 (委托, 委派, 办理, 办结 …).
_VERB_AFTER_SHORT_BODY = frozenset("托派任屈婉理法事结好成妥")


def reclassed_names(text: str, place: str, body: str) -> list[tuple[NameMention, str, str]]:
    """The unit ``place`` + ``body`` (青山县卫生健康局) written with the ending of another kind of
    body (青山县卫生健康委员会, 青山县卫生健康委; ``body_kinds``): each with the two endings. Not
    after 原/撤 (a former name said to be one) nor inside a title in 《》 (a notice issued under the
    name the unit had then)."""
    kinds = phrases()["body_kinds"]
    ending = next((e for e in sorted(kinds, key=len, reverse=True) if body.endswith(e)), None)
    if ending is None or len(body) - len(ending) < 2:
        return []
    stem = body[: -len(ending)]
    others = sorted((e for e in kinds if kinds[e] != kinds[ending]), key=len, reverse=True)
    norm = normalise(text)
    out = []
    head = place + stem
    start = norm.find(head)
    while start >= 0:
        at = start + len(head)
        other = next((e for e in others if norm.startswith(e, at)), None)
        if other is not None and len(other) == 1 and norm[at + 1:at + 2] in _VERB_AFTER_SHORT_BODY:
            other = None  # 委托, 办理: a verb after the stem, no body's short name
        if (other is not None and norm[max(0, start - 1):start] not in ("原", "撤")
                and norm.rfind("《", 0, start) <= norm.rfind("》", 0, start)):
            out.append((NameMention(head + other, start, at + len(other)), ending, other))
        start = norm.find(head, at)
    return out


def _one_run_inside(body: str, written: str) -> bool:
    """Whether ``written`` is ``body`` with one run of Chinese characters inserted strictly inside."""
    extra = len(written) - len(body)
    for cut in range(1, len(body)):
        if written[:cut] == body[:cut] and written[cut + extra:] == body[cut:]:
            run = written[cut:cut + extra]
            return all("\u4e00" <= ch <= "\u9fff" for ch in run)
    return False


# What may stand right before a place's name that opens a name: the start of a clause or a cell.
_NAME_OPENERS = frozenset(" \t\u3000|｜，,。；;：:、（(“\"《【")


def split_suffix(name: str) -> tuple[str, str]:
    for suffix in sorted(phrases()["unit_suffixes"], key=len, reverse=True):
        if name.endswith(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


@dataclass(frozen=True)
class Misdefinition:
    """A term followed by the definition of another term."""

    term: str
    other: str  # the term whose definition the words are
    start: int
    end: int
    words: str


def misdefinitions(text: str) -> list[Misdefinition]:
    """A term followed by ``系/指/是指`` and words of another term's standard definition."""
    p = phrases()
    defs = p["definitions"]
    norm = normalise(text)
    out: list[Misdefinition] = []
    for term in sorted(defs, key=len, reverse=True):
        if term not in norm:
            continue  # most texts name none of the terms: no pattern to build and run
        for m in compile_pattern(re.escape(term)).finditer(norm):
            if any(norm[max(0, m.start() - len(t) + len(term)):m.start() + len(t)].endswith(t) and t != term
                   and t.endswith(term) for t in defs):
                continue  # part of a longer term (对附属单位补助支出 …)
            definition = _definition_after(norm, m.end())
            if definition is None:
                continue
            start, end = definition
            words = norm[start:end]
            if any(w in words for w in defs[term]["own"]):
                continue
            for other, spec in defs.items():
                if other == term or any(w in words for w in spec["not"]):
                    continue
                if any(w in words for w in spec["own"]):
                    out.append(Misdefinition(term, other, start, end, words))
                    break
    return out


def _definition_after(norm: str, pos: int) -> tuple[int, int] | None:
    p = phrases()
    while pos < len(norm) and norm[pos] in " \t\u3000":
        pos += 1
    rest = norm[pos:pos + 30]
    skip = 0
    money = find_quantities(rest)
    if money and money[0].start == 0:
        skip = money[0].end
    tail = rest[skip:].lstrip(" ，,：:")
    at = pos + len(rest) - len(rest[skip:].lstrip(" ，,：:")) if tail else pos
    for marker in sorted(p["definition_markers"], key=len, reverse=True):
        if tail.startswith(marker) and not tail[len(marker):].startswith(tuple(p["definition_marker_not_after"])):
            start = at + len(marker)
            end = start
            while end < len(norm) and norm[end] not in "。；;，," and end - start < 60:
                end += 1
            if norm[end:end + 1] in "，," and end - start < 8:
                continue
            return start, end
    return None


@dataclass(frozen=True)
class Responsibility:
    """The 主管部门 and the 实施单位 a report names for its project."""

    supervisor: str  # 主管部门
    implementer: str  # 实施单位
    start: int  # of the supervisor's name
    end: int


def supervisor_and_implementer(text: str) -> list[Responsibility]:
    """``主管部门 X … 实施单位 Y`` of a 自评表, in cells or flattened into one line."""
    if "主管部门" not in text or "实施单位" not in text:
        return []  # the pattern needs both labels (most texts hold neither)
    p = phrases()
    norm = normalise(text)
    ends = "|".join(sorted(p["supervisor_suffixes"] + p["subordinate_suffixes"], key=len, reverse=True))
    pattern = compile_pattern(
        rf"主管部门\s*[：:|｜\t ]*\s*(?:\d+-)?(?P<a>[\u4e00-\u9fff]{{2,30}}?(?:{ends}))(?:部门)?[\s|｜]*"
        rf"(?:项目)?实施单位\s*(?:[（(]\s*盖章\s*[)）])?\s*[：:|｜\t ]*\s*(?:\d+-)?(?P<b>[\u4e00-\u9fff]{{2,30}}?(?:{ends}))"
    )
    return [Responsibility(m.group("a"), m.group("b"), m.start("a"), m.end("a")) for m in pattern.finditer(norm)]


@dataclass(frozen=True)
class CutName:
    """``主管部门 | 某市林业 | 实施单位 | 某市林业局``: one of the two names is the other without its
    last word (局, 中心 …), so it names no unit at all: ``cut`` lost ``whole``'s ending."""

    cut: str
    whole: str
    start: int  # of the cut name
    end: int


def cut_unit_names(text: str) -> list[CutName]:
    """The 主管部门 and 实施单位 of a 自评表 (in cells or flattened into one line) where one is
    the other cut before its unit word: the cut one ends with no unit word, and the other is it
    with the word of a bureau added (局, 委员会, 委, 厅: ``cut_unit_endings``). A name that may
    stand short for another (某街道 for 某街道办事处, 某县残联 beside 某县残联服务中心) is not cut."""
    if "主管部门" not in text or "实施单位" not in text:
        return []
    p = phrases()
    norm = normalise(text)
    ends = tuple(p["supervisor_suffixes"] + p["subordinate_suffixes"])
    cut_ends = tuple(p["cut_unit_endings"])
    pattern = compile_pattern(
        r"主管部门\s*[：:|｜\t ]*\s*(?:\d+-)?(?P<a>[\u4e00-\u9fff]{2,30})[\s|｜]+"
        r"(?:项目)?实施单位\s*(?:[（(]\s*盖章\s*[)）])?\s*[：:|｜\t ]*\s*(?:\d+-)?(?P<b>[\u4e00-\u9fff]{2,30})(?![\u4e00-\u9fff])"
    )
    out = []
    for m in pattern.finditer(norm):
        a, b = m.group("a"), m.group("b")
        for cut, whole, key in ((a, b, "a"), (b, a, "b")):
            if whole.startswith(cut) and whole[len(cut):] in cut_ends and not cut.endswith(ends):
                out.append(CutName(cut, whole, m.start(key), m.end(key)))
    return out


def is_subordinate(name: str) -> bool:
    return name.endswith(tuple(phrases()["subordinate_suffixes"]))


def is_supervisor(name: str) -> bool:
    return name.endswith(tuple(phrases()["supervisor_suffixes"]))


@dataclass(frozen=True)
class StatedSupervisor:
    """A 主管部门 the report's prose names (``项目主管部门为某县农业农村局``)."""

    name: str
    start: int
    end: int


def stated_supervisors(text: str) -> list[StatedSupervisor]:
    """``主管部门为 X`` / ``主管部门是 X`` in a sentence of prose: the department the text says is in
    charge of its project (a form's ``主管部门 | X`` is read by :func:`supervisor_and_implementer`)."""
    if "主管部门" not in text:
        return []
    p = phrases()
    norm = normalise(text)
    ends = "|".join(sorted(p["supervisor_suffixes"], key=len, reverse=True))
    pattern = compile_pattern(rf"主管部门\s*(?:为|是)\s*(?P<a>[\u4e00-\u9fff]{{2,30}}?(?:{ends}))(?![\u4e00-\u9fff]{{0,2}}(?:下属|所属))")
    return [StatedSupervisor(m.group("a"), m.start("a"), m.end("a")) for m in pattern.finditer(norm)]


_SELF_SUBJECT_LEAD = r"(?:^|(?<=[。；;！!？?\n]))\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?"


def self_subjects(text: str) -> list[NameMention]:
    """Units named as the subject of what only the reporting unit says of itself, at a sentence's
    start (``某县实验小学高度重视…``, ``市体育局党组高度重视…``): the reporting unit, written as
    whatever unit the sentence was copied from."""
    if "高度重视" not in text:
        return []
    p = phrases()
    norm = normalise(text)
    kinds = "|".join(sorted(p["self_kinds"], key=len, reverse=True))
    pattern = compile_pattern(
        rf"{_SELF_SUBJECT_LEAD}(?P<n>[\u4e00-\u9fff]{{2,20}}?(?:{kinds})){p['self_predicate']}")
    return [NameMention(m.group("n"), m.start("n"), m.end("n")) for m in pattern.finditer(norm)]


def self_kind(name: str) -> str:
    """The kind of unit a name ends with (小学, 局 …), the longest listed; "" when none."""
    return next((k for k in sorted(phrases()["self_kinds"], key=len, reverse=True) if name.endswith(k)), "")


def shortened(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with characters left out (文旅局 for 文化和旅游局, 二小 for 第二小学)."""
    it = iter(full)
    return all(ch in it for ch in short)


def grassroots_kind(name: str) -> str:
    """The kind of a unit below a county's departments a name ends with (中学, 卫生院, 镇人民政府 …),
    the longest listed; "" when the name is no such unit's, or a school that trains the county's
    teachers or cadres (教师进修学校: it plans that training county-wide)."""
    if any(w in name for w in phrases()["not_grassroots_words"]):
        return ""
    return next((k for k in sorted(phrases()["grassroots_kinds"], key=len, reverse=True) if name.endswith(k)), "")


_ASSIST_REACH = 12  # characters before a duty where 配合/协助 makes the unit a helper


def area_planning_duties(text: str) -> list[NameMention]:
    """A county's (city's …) department's duty to draw up its whole area's plans, policies or
    standards (``拟订全县卫生健康事业发展规划``, ``负责全县教育的统筹规划``), not only helped with
    (``配合县教育局拟订…``): no school's or township body's duty."""
    if "全" not in text:
        return []
    p = phrases()
    out = []
    for m in compile_pattern(p["area_planning_duty"]).finditer(text):
        clause_start = max((text.rfind(c, 0, m.start()) for c in "。；;，,：:\n"), default=-1) + 1
        before = text[max(clause_start, m.start() - _ASSIST_REACH):m.start()]
        if any(w in before for w in p["assisting_words"]):
            continue
        out.append(NameMention(m.group(0), m.start(), m.end()))
    return out


@dataclass(frozen=True)
class MisstatedNature:
    """``text[start:end]`` says a unit of ``kind`` (人民法院) is ``nature`` (司法行政机关), what another
    kind of unit is."""

    kind: str
    nature: str
    start: int
    end: int


@cache
def _nature_pattern() -> re.Pattern[str]:
    natures = phrases()["unit_natures"]
    kinds = "|".join(sorted(natures, key=len, reverse=True))
    every = "|".join(sorted({n for ns in natures.values() for n in ns}, key=len, reverse=True))
    return compile_pattern(rf"(?P<kind>{kinds})(?:是|系|为)(?P<what>[^，,。；;：:！？!?\n]{{0,24}}?)(?P<nature>{every})")


def misstated_natures(text: str) -> list[MisstatedNature]:
    """A court, a procuratorate or a township's government said to be what another kind of unit is
    (``某市人民法院是司法行政机关``, ``某乡人民政府是县委、县政府的组成部门``): the sentence was copied
    from that unit's report."""
    if "人民" not in text:
        return []
    natures = phrases()["unit_natures"]
    return [MisstatedNature(m.group("kind"), m.group("nature"), m.start("kind"), m.end("nature"))
            for m in _nature_pattern().finditer(text) if m.group("nature") in natures[m.group("kind")]
            and not any(w in m.group("what") for w in _BUDGET_WORDS) and not _paired(text, m, natures)
            and not text.startswith(("的", "之"), m.end())]  # …各工作部门的一级政府: a modifier


def _paired(text: str, m: re.Match[str], natures: dict[str, list[str]]) -> bool:
    """Two kinds said to be two natures in one breath (``人民法院与人民检察院是国家的审判机关和法律监督
    机关``): the other kind just before, or another nature joined right after."""
    before = text[max(0, m.start() - _PAIR_REACH):m.start()]
    if any(k in before for k in natures if k != m.group("kind")):
        return True
    return text[m.end():m.end() + 1] in ("和", "与", "及", "、")


_PAIR_REACH = 8  # characters before a kind where another kind makes the two a pair

# ``某镇人民政府为区级部门预算的组成部门``: a part of the district's budget, not of its government
_BUDGET_WORDS = ("预算", "决算")
