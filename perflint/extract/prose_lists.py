"""Breakdowns stated in prose: ``共计 T 万元，其中 a、b、c`` in a sentence or over paragraphs.

Read on the mentions of :mod:`perflint.extract.prose`; see there for the conventions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache

from perflint.extract.prose import (
    _CLOSE,
    _OPEN,
    Mention,
    _conf,
    _depths,
    _same_kind,
    figure_mentions,
    label_core,
)
from perflint.text.normalise import compact
from perflint.text.numbering import item_ordinal
from perflint.text.numbers import Quantity, find_quantities, normalise, read_as
from perflint.text.patterns import compile_pattern, lazy_compile
from perflint.text.sentences import sentences

# --- breakdowns ---------------------------------------------------------------------------

# How far after its marker a list is read. The longest list of the labelled drafts spans 377
# characters; a sentence that never ends (a paragraph repeated without a full stop, a PDF that
# lost its punctuation) holds hundreds of lists, and reading each to the sentence's end made a
# 45 KB line take 16 s. A list still running at the bound is not read (never cut short).
MAX_LIST_CHARS = 2000


@dataclass(frozen=True)
class Breakdown:
    """``total, 其中 parts``: the parts are meant to add up to the total when ``exhaustive``.

    A selection (``主要包括``, a list ending in ``等``) is not exhaustive: its parts may fall
    short of the total but can never exceed it. ``total`` is None when the sentence names the
    whole without its figure (``“三公”经费支出的构成为：a，占 x%；b，占 y%``): ``total_name``
    then names it, for a reader that looks the figure up elsewhere. ``shares`` pairs a part with
    the share of the whole stated right after it (``基本支出 768.88 万元，占 87.35%``).
    """

    total: Quantity | None
    parts: tuple[Quantity, ...]
    exhaustive: bool
    marker: str
    nested: bool = False
    total_name: str = ""
    shares: tuple[tuple[Quantity, Quantity], ...] = ()
    labels: tuple[str, ...] = ()
    # The total stands before a comparison (``T 万元，比上年减少 X 万元（或 Y%），其中 …``): the
    # list is read as T's, since its parts do not make up the change X.
    across: bool = False
    # The last part was read past the list's own separator (``其中 a、b，c。``): a reading of the
    # author's punctuation, so a sum that does not add up is a warning, not an error.
    read_on: bool = False
    # The total closes the list (``a、b，合计 T``) from its first item on: T sums what is listed, so
    # parts falling short of it are as wrong as parts exceeding it.
    closed: bool = False
    # ``total_name`` is the subject the sentence opens with (``基本支出主要用于…，其中 a、b``), not
    # the words right before the marker: its figure is looked up only in the text just before.
    by_subject: bool = False
    # The parts are points counted off over several sentences (``T，具体是：一是 a。二是 b。``): the
    # list's end is read from the points, so a sum that does not add up is a warning.
    enumerated: bool = False
    # A head count split by kind of post (``共有工作人员 N 人，其中行政编制 a 人、事业编制 b 人``):
    # every person holds one kind of 编制, so the list names all of the whole (see
    # :func:`_posts_by_kind`): parts short of it are read too, not only an excess.
    every_kind: bool = False
    # ``A支出 a，执行率 x%，B支出 b，执行率 y%，总支出 T``: the spending of each source stated in
    # turn before the whole spending (see :func:`_spends_before_total`): a reading of parallel
    # clauses, whose sources may overlap or leave one out, so a sum that does not add up is a warning.
    parallel: bool = False
    # ``实有人数 N 人，其中在职 a 人，离休 b 人，退休 c 人``: every status of the people a unit has is
    # named (see :func:`_by_status`), so no part can follow past a cut in a note after the last.
    every_status: bool = False

    @property
    def reference(self) -> Quantity:
        """The figure that sets the list's kind and unit: the total, else the first part."""
        return self.total if self.total is not None else self.parts[0]


@cache
def _marker_re() -> re.Pattern[str]:
    words = sorted(_conf()["breakdown_markers"], key=len, reverse=True)
    patterns = _conf()["breakdown_marker_patterns"]
    return compile_pattern("(?:" + "|".join(f"(?:{p})(?=\\s*[:：,，])" for p in patterns) + "|"
                      + _conf()["breakdown_marker_names"] + "|" + "|".join(words) + r")\s*[:：,，]?")


@cache
def _tail_re() -> re.Pattern[str]:
    return compile_pattern(_conf()["paragraph_breakdown_tail"])


@cache
def _nested_re() -> re.Pattern[str]:
    words = sorted(_conf()["nested_markers"], key=len, reverse=True)
    return compile_pattern("(?:" + "|".join(words) + ")")


def nested_between(norm: str, start: int, end: int) -> bool:
    """Whether a list marker that opens a part's own breakdown (其中, 含 …) lies in ``norm[start:end]``."""
    return _nested_re().search(norm, start, end) is not None


def _is_partial(marker: str) -> bool:
    return any(w in marker for w in _conf()["partial_markers"])


# (另有, 此外: what follows is besides the whole, not in it: 实有 49 人，其中在职 49 人，另有退休 20 人;
# 截至/截止: where a sum stood at a date, 其中中央资金 a，截至年底中央资金支出 b, no further part)
_ALL_HAN = lazy_compile(r"[\u4e00-\u9fff]+")  # (kept across runs: a han class costs re.compile millions)
_STOP_LABEL = lazy_compile(r"原因|用于|主要是|因为|由于|导致|是指|比上年|较上年|与上年|相比|同比|另有|另外|此外|截至|截止")
_ONLY_PUNCT = lazy_compile(r"^[\s,，:：;；]*$")
_COUNT_TOTAL = lazy_compile(r"合计|共计|总计|总数|总量|共有|总人数|总共|共$")
_WHOLE_WORD = lazy_compile(r"合计|总计|总额|共计")


def _restates_whole(label: str, total_label: str) -> bool:
    """Whether a figure inside a list is named as a whole of the list's own quantity
    (``本年收入 T，其中 a、b，收入总计 U``): a total word and, without it, the total's name. Such a
    figure restates the whole (or 总计, the whole with its carry-overs) after the parts; a part
    named with a total word of another quantity (``基本支出 T，其中人员经费合计 a``) stays a part."""
    if not _WHOLE_WORD.search(label):
        return False
    core = label_core(label)
    return bool(core) and core == label_core(total_label)


# A count stated as a whole (共抽检 148 批次, 全年共培训, 累计开展): with 分别为 after it, each of its
# parts is listed (see respective_list).
_ALL_OF = lazy_compile(r"共|合计|总计|累计")


def _staff_categories(labels: Sequence[str]) -> bool:
    """Whether every part of a head count's list is named as a staff category that no other part
    of such a list overlaps (``在职人员``, ``退休人员``, ``参照公务员法管理的事业人员``, ``工勤人员``;
    not ``女职工`` or ``党员``, subsets that cut across the others)."""
    words = _conf()["staff_categories"]
    overlapping = _conf()["staff_overlapping"]
    return len(labels) >= 2 and all(
        label and any(w in label for w in words) and not any(w in label for w in overlapping) for label in labels)
def _posts_beside_retirees(total_label: str, labels: Sequence[str]) -> bool:
    """Whether a count of posts (``核定编制 42 人``, ``编制人数``) is followed by retired staff
    (``其中在编在岗 38 人，退休人员 19 人``): retirees hold no post, so the list is no split of it."""
    conf = _conf()
    return (any(w in total_label for w in conf["post_kind_marks"])
            and not any(w in total_label for w in conf["staff_actual_words"])
            and any(w in label for label in labels for w in conf["retiree_words"]))


def _quota_beside_actual(labels: Sequence[str]) -> bool:
    """Whether a head count's list names the unit's posts (编制人数) and its people (实有人数): two
    measures of one staff, so its figures are no groups to add up."""
    conf = _conf()
    return any(w in label for label in labels for w in conf["staff_quota_words"]) and any(
        w in label for label in labels for w in conf["staff_actual_words"])


def _unit_kinds(labels: Sequence[str]) -> bool:
    """Whether every part of a count of units names a kind of unit that excludes the others
    (``行政单位``, ``参照公务员法管理的事业单位``, ``其他事业单位``: the 决算说明 template's
    ``下属二级预算单位 N 个，其中行政单位 a 个，…``), not a subset that cuts across them."""
    conf = _conf()
    words, overlapping = conf["unit_kinds"], conf["staff_overlapping"]
    if any(a != b and b.endswith(a) for a in labels for b in labels):
        return False  # 事业单位 beside 全额拨款事业单位: one kind inside another
    return len(labels) >= 2 and all(
        label and any(w in label for w in words) and not any(w in label for w in overlapping) for label in labels)


def respective_list(marker: str) -> bool:
    """Whether a list's marker goes through each part of its whole (``分别为``): a count's list after
    it is complete, as a 其中's need not be."""
    return any(marker.startswith(w) or marker.endswith(w) for w in _conf()["respective_markers"])


def complete_count_list(total: Quantity, labels: Sequence[str]) -> bool:
    """Whether a count's 其中 list names every part of it: the vehicles of a 决算说明 by kind of use
    (``共有车辆 4 辆，其中：应急保障用车 1 辆、特种专业技术用车 2 辆、其他用车 1 辆``), each part a
    kind and one the catch-all (其他用车), so nothing is left out."""
    if total.kind != "count" or total.unit != "辆" or len(labels) < 2:
        return False
    conf = _conf()
    kinds, catch_all = conf["vehicle_kinds"], conf["vehicle_catch_all"]
    return all(label and any(k in label for k in kinds) for label in labels) and any(
        c in label for c in catch_all for label in labels)


# The count units whose 其中 list is read when every part names a category of the count's kind.
_CATEGORY_TESTS = {"人": _staff_categories, "个": _unit_kinds, "家": _unit_kinds}
# What may follow a stage's verb and still name only the stage (已拨付资金, 下达中央资金): a generic
# money word, or a level or source of funds; anything else is the object paid for, the part's name.
# A bare spending verb after 已 (已支出, 已开支) is the stage too: what was spent on would follow it.
_STAGE_TAIL = lazy_compile(r"(?:了|的)?(?:支出|开支|花费)?(?:资金|金额|款项|数额|经费|投资|预算|任务|额|数|为|是|共|合计)*")
_SOURCE_ONLY = lazy_compile(
    r"(?:中央|省级|省|市级|市|州级|州|县级|县|区级|区|地方|本级|上级|自筹|财政|专项|配套|衔接|项目|年度|全年|本年|当年|"
    r"资金|金额|款项|经费)+")


def _stage_words(label: str) -> list[str]:
    """The stage words of a part's ``label`` that make it a stage of one sum (已拨付 a，已支出 b):
    none when the last one is followed by what was paid for (支付法律援助办案补贴 a,
    发放低保金 b), which names the part itself."""
    found = list(compile_pattern(_conf()["status_words"]).finditer(label))
    if not found:
        return []
    tail = label[found[-1].end():]
    tail = tail[_STAGE_TAIL.match(tail).end():]
    tail = _AMOUNT_TAIL.sub("", tail)
    if len(tail) >= 2 and _ALL_HAN.fullmatch(tail) and not _SOURCE_ONLY.fullmatch(tail):
        return []
    return [m.group(0) for m in found]


_SHARE_GAP = lazy_compile(r"^[\s,，(（]*(?:占比|所占比重|比重|占)(?:为|是|约|达)?\s*$")


def _subject(ms: list[Mention], sentence: int, kind_of: Quantity | None = None) -> Mention | None:
    """The one level figure a sentence states (several equal figures count as one)."""
    levels = [m for m in ms if m.sentence == sentence and m.role == "level" and not m.bracketed
              and m.quantity.kind in ("money", "count")]
    if kind_of is not None:
        levels = [m for m in levels if _same_kind(m.quantity, kind_of)]
    if not levels:
        return None
    if len({m.quantity.base_value for m in levels}) != 1 or len({m.quantity.unit for m in levels}) != 1:
        return None
    return levels[-1]


def _last_before(ms: list[Mention], starts: list[int], sent: int, pos: int) -> Mention | None:
    """The last figure of sentence ``sent`` that ends at or before ``pos`` (``ms`` in text order,
    ``starts`` their starts): a bisection, not a pass over every figure of the text."""
    k = bisect_left(starts, pos) - 1
    while k >= 0 and ms[k].end > pos:
        k -= 1
    return ms[k] if k >= 0 and ms[k].sentence == sent else None


_PURPOSE_GAP = lazy_compile(r"^(?:专项)?(?:用于|支持)[\u4e00-\u9fff“”]{1,20}[,，:：]\s*$")
# A body stated by the people it is made of (`领导班子由 7 人组成，包括…`, `由 7 名成员组成`): the figure
# closes on 组成 after 由, so the members the list names after it are all of the N.
_MADE_OF_GAP = lazy_compile(r"^(?:班子)?(?:成员|同志|干部|委员|人员)?组成[,，:：]\s*$")


def _members_each(bd: Breakdown) -> Breakdown:
    """A body's members named two or more to a figure (``正副主任各 1 名``): at least twice the
    figure, as a part no smaller than it can be (the list is checked for an excess only)."""
    if not any(label.endswith("各") for label in bd.labels):
        return bd
    parts = tuple(replace(q, value=q.value * 2, text=f"{q.value * 2}{q.text[len(str(q.value)):]}")
                  if label.endswith("各") else q for q, label in zip(bd.parts, bd.labels, strict=False))
    return replace(bd, parts=parts)


def _made_of(norm: str, total: Mention, pos: int) -> bool:
    """Whether the count ``total`` is a body's size stated as ``由 N 人组成`` right before ``pos``."""
    return total.quantity.unit in ("人", "名") and norm[total.start - 1:total.start] == "由" \
        and _MADE_OF_GAP.match(norm[total.end:pos]) is not None


def _breakdown_total(norm: str, ms: list[Mention], starts: list[int], spans, sent: int, pos: int) -> Mention | None:
    """The figure a marker at ``pos`` breaks down: right before it, or the previous sentence's."""
    last = _last_before(ms, starts, sent, pos)
    if last is not None:
        between = norm[last.end:pos]
        if last.role == "level" and last.quantity.kind in ("money", "count") \
                and (_OPENING_GAP.match(between) or _PURPOSE_GAP.match(between)):
            return last  # (`T 万元支持住房保障，其中：`: the money's purpose stands between)
        if last.role == "level" and last.quantity.kind == "count" and _MEASURES_GAP.match(between):
            return last  # (`共 N 套(台、块、项)，其中：`: the other measures of the count in brackets)
        if last.role == "level" and last.quantity.kind == "count" and _made_of(norm, last, pos):
            return last  # (`班子由 N 人组成，包括 …`: a body of N people, its members listed)
        return None
    if sent > 0 and _ONLY_PUNCT.match(norm[spans[sent][0]:pos]):
        prev = [m for m in ms if m.sentence == sent - 1]
        if prev and prev[-1].role in ("level", "percent", "change") and _ONLY_PUNCT.match(
                norm[prev[-1].end:spans[sent - 1][1] - 1]):
            last = prev[-1]
            if _in_reason(norm[spans[sent - 1][0]:last.start]):
                return None  # the figure is part of a reason, not the whole the list breaks down
            if last.role == "level" and last.quantity.kind in ("money", "count") and not last.bracketed:
                if last.quantity.kind == "count" and _counts_listed(prev, last):
                    # `设行政单位 1 个，事业单位 5 个。其中：…`: the list opens on the counts of the
                    # sentence together (1 + 5), not on its last figure alone
                    return None
                return last  # the sentence ends with the figure the next one opens to break down
            return _subject(ms, sent - 1) or _level_before_rate(norm, prev)
    return None


def _total_across_comparison(norm: str, ms: list[Mention], starts: list[int], spans, sent: int,
                             pos: int) -> tuple[Mention | None, list[Mention]]:
    """``支出 T，占…。与上年相比，增加 X，增长 Y%。主要用于：a、b、c``: a list opening its sentence
    right after one that only compares the whole with last year is read as the whole's, two
    sentences back, with the comparison's changes (a list that makes one of them up details the
    change, not the whole: see the caller)."""
    if sent < 2 or not _ONLY_PUNCT.match(norm[spans[sent][0]:pos]):
        return None, []
    between = [m for m in ms if m.sentence == sent - 1]
    if not _compares_only(norm, spans[sent - 1], between):
        return None, []
    total_m = _breakdown_total(norm, ms, starts, spans, sent - 1, spans[sent - 1][0])
    return total_m, [m for m in between if m.role == "change"]


_REASON_OPENING = lazy_compile(r"^[\s,，;；]*(?:其)?(?:主要|增减|变动|变化)?(?:原因|是由于|由于|因为)")


def _total_before_reason(norm: str, ms: list[Mention], spans, sent: int,
                         pos: int) -> tuple[Mention | None, list[Mention]]:
    """``支出合计 T，较上年减少 X，下降 Y%，主要原因是……。其中：a；b``: a list opening its sentence
    right after one that states one amount, compares it with last year and ends on the reason (the
    决算说明's template for its 收入 and 支出) is the amount's. The comparison's changes go along: a
    list that makes one of them up details the change, not the amount (see the caller)."""
    if sent < 1 or not _ONLY_PUNCT.match(norm[spans[sent][0]:pos]):
        return None, []
    prev = [m for m in ms if m.sentence == sent - 1]
    # the comparison's figures, then the reason, which may name money of its own (主要原因是上年有
    # 一次性经费 X 万元): the reason's figures are read only as the caller allows (see
    # :func:`_parts_name_the_whole`)
    k = 1
    while k < len(prev) and prev[k].role in ("change", "percent"):
        k += 1
    if not prev:
        return None, []
    first = prev[0]
    if first.role != "level" or first.quantity.kind != "money" or first.bracketed \
            or not _REASON_OPENING.match(norm[prev[k - 1].end:spans[sent - 1][1]]):
        return None, []
    return first, [m for m in prev[:k] if m.role == "change"]


def _reason_has_figures(ms: list[Mention], total: Mention) -> bool:
    """Whether the sentence of ``total`` goes on, after its comparison, with figures of its reason."""
    same = [m for m in ms if m.sentence == total.sentence]
    return any(m.role not in ("change", "percent") for m in same[1:])


def _within_the_reason(ms: list[Mention], total: Mention, parts: Sequence[Quantity]) -> bool:
    """Whether the parts could be the detail of money the reason names (主要原因是新增补助收入 50
    万元。其中：省级补助收入 30 万元，市级补助收入 20 万元): their sum is no more than one of it."""
    listed = sum((p.base_value for p in parts), Decimal(0))
    return any(m.quantity.kind == "money" and m.quantity.base_value >= listed
               for m in ms if m.sentence == total.sentence and m is not total and m.role == "level")


_WHOLE_NOUN = lazy_compile(r"(?P<noun>收入|支出)(?:合计|总计|总额|共计)?(?:数)?(?:为|是|共)?$")


def _parts_name_the_whole(total: Mention, labels: Sequence[str]) -> bool:
    """``收入合计 T … 其中：财政拨款收入 a，事业收入 b``: every part is named as a kind of the
    whole's noun (收入, 支出), so the list is the whole's split, not a detail of the reason."""
    m = _WHOLE_NOUN.search(total.label)
    return m is not None and bool(labels) and all(lb.endswith(m.group("noun")) for lb in labels)


_COMPARISON_OPENING = lazy_compile(r"^[\s,，]*(?:与上年(?:度)?(?:决算)?(?:数)?相比|与\d{4}年度?(?:决算)?(?:数)?相比|比上年|较上年|同比)")


def _compares_only(norm: str, span: tuple[int, int], sentence: list[Mention]) -> bool:
    """Whether a sentence only compares with last year (``与上年相比，财政拨款支出增加 X 万元，增长
    Y%``): it opens on the comparison and states changes and rates, no amount of its own."""
    return bool(sentence) and all(m.role in ("change", "percent") for m in sentence) \
        and _COMPARISON_OPENING.match(norm[span[0]:span[1]]) is not None


# Words that make a percentage after an amount a comparison (比上年增长 5%), not a rate of it.
_CHANGE_WORDS = lazy_compile(r"比|较|同比|环比|增|减|降|上升|下降|相比")


def _level_before_rate(norm: str, sentence: list[Mention]) -> Mention | None:
    """``全年执行数为 T 万元，预算执行率 96%。其中：a、b、c``: a sentence of several amounts that
    ends with an amount and the rate reckoned on it (执行率, 完成率, 占比) opens the next
    sentence's list on that amount; the list is checked against an earlier whole of the paragraph
    when its parts make that one up (:func:`_earlier_whole`). A percentage after a comparison
    (比上年增长 5%) ends a sentence on a change, not on a level: no total is guessed."""
    k = len(sentence)
    while k and sentence[k - 1].role == "percent":
        k -= 1
    if k == 0 or k == len(sentence):
        return None
    level = sentence[k - 1]
    if level.role != "level" or level.quantity.kind != "money" or level.bracketed \
            or any(m.bracketed for m in sentence[k:]):
        return None
    if _CHANGE_WORDS.search(norm[level.end:sentence[-1].start]):
        return None
    return level


@cache
def _marker_name_re() -> re.Pattern[str]:
    return compile_pattern(_conf()["breakdown_marker_names"])


def _names_its_total(marker: str, total: Mention) -> bool:
    """Whether a marker that names the whole (``全年预算中``, ``资金总额中``) stands after a figure
    of that name: the budget's sources are not a list of the spending stated after it, nor the
    全年预算's a list of the 年初预算's."""
    m = _marker_name_re().match(marker)
    if m is None:
        return True
    name = _NAME_NOISE.sub("", m.group(0)[:-1])
    return name in _NAME_NOISE.sub("", compact(total.label))


_NAME_NOISE = lazy_compile(r"数|资金(?!总额)")


def _counts_listed(sentence: list[Mention], last: Mention) -> bool:
    """Whether a sentence lists several counts in ``last``'s unit (``行政单位 1 个，事业单位 5 个``)."""
    return sum(1 for m in sentence if m.role == "level" and not m.bracketed
               and m.quantity.kind == "count" and m.quantity.unit == last.quantity.unit) >= 2


def _in_reason(lead: str) -> bool:
    """Whether a sentence has turned to giving a reason before the end of ``lead``."""
    return any(w in lead for w in _conf()["reason_words"])


def _total_name(norm: str, s_start: int, pos: int) -> str:
    """The words naming the whole before a marker that has no figure before it in its sentence."""
    lead = norm[s_start:pos]
    cut = max(lead.rfind(c) for c in ",，:：;；。")
    name = compact(lead[cut + 1:])
    name = _MAKEUP_TAIL.sub("", name)
    return name if 2 <= len(name) <= 40 else ""


@cache
def _subject_re() -> re.Pattern[str]:
    return compile_pattern(_conf()["subject_lead"])


def _subject_name(norm: str, s_start: int, pos: int) -> str:
    """The quantity a sentence opens with and goes on to describe before its ``其中``
    (``基本支出主要用于保障机构正常运转，其中 a、b``), when no figure stands in between: the
    whole the list details, whose figure the text before states."""
    m = _subject_re().match(norm, s_start, pos)
    return compact(m.group("name")) if m else ""


def _subject_list(bd: Breakdown) -> Breakdown:
    """A list after a sentence's subject: the 其中 may single out some of the uses the sentence
    names, so it is read as the whole only when its parts are the template's full split of it
    (基本支出 = 人员经费 + 公用经费); else it is a selection, which may never exceed the whole."""
    from perflint.extract.compositions import complete_split
    return replace(bd, by_subject=True, exhaustive=bd.exhaustive and complete_split(bd.total_name, bd.labels))


def _separator(gap: str) -> str | None:
    for group in _conf()["separators"]:
        if any(c in gap for c in group):
            return group
    return None


def _split(norm: str, start: int, end: int, seps: str) -> list[tuple[int, int]]:
    depth, out, s = 0, [], start
    for i in range(start, end):
        ch = norm[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0 and not _thousands(norm, i):
            out.append((s, i))
            s = i + 1
    out.append((s, end))
    return out


def _thousands(norm: str, i: int) -> bool:
    """Whether the comma at ``i`` groups digits (``9,244``) rather than separating items."""
    return norm[i] == "," and 0 < i and norm[i - 1].isdigit() and norm[i + 1:i + 4].isdigit() \
        and not norm[i + 4:i + 5].isdigit()


def _part_of(m: Mention, total: Quantity, prev_unit: Quantity) -> Quantity | None:
    """``m`` as a part of a list of ``total``'s kind; a bare number takes its neighbours' unit."""
    q = m.quantity
    if _same_kind(q, total):
        return q
    if q.kind == "plain" and m.role == "level":
        return read_as(q, prev_unit)  # 1.5亿 among 万元 figures: 1.5 亿元, not 1.5 万元
    if q.kind == total.kind == "count" and q.unit != total.unit:
        equipment = _conf()["equipment_measures"]
        if q.unit in equipment and total.unit in equipment:
            return replace(q, unit=total.unit)  # 台 among 套 (台套): one count of equipment
    return None


def breakdowns(text: str) -> list[Breakdown]:
    """:func:`_read_breakdowns`, remembered per text:
    the breakdown and the money-scale checks read the same paragraphs."""
    return list(_breakdowns(text))


@lru_cache(maxsize=1024)
def _breakdowns(text: str) -> tuple[Breakdown, ...]:
    return tuple(_read_breakdowns(text))


def _read_breakdowns(text: str) -> list[Breakdown]:
    """Every ``T 万元，其中 a、b、c`` of ``text`` whose parts can be told apart.

    Money lists always; counts only under a total named as one (``合计 9,244 人。其中：…``),
    since 其中 after a count often lists overlapping subsets (受理 50 件，其中办结 45 件).
    """
    norm = normalise(text)
    marked = _marker_re().search(norm) is not None
    if not marked and _SUM_WORD.search(norm) is None:  # no 其中/包括/合计 …: no list (most paragraphs)
        return []
    ms = figure_mentions(text)
    if not marked:
        return _trailing_totals(norm, ms, [])
    starts = [m.start for m in ms]  # in text order: a list's figures are a slice
    spans = sentences(norm)
    depth = _depths(norm)
    out: list[Breakdown] = []
    for sent, (s_start, s_end) in enumerate(spans):
        for mk in _marker_re().finditer(norm, s_start, s_end):
            if depth[mk.start()] and norm[mk.start() - 1:mk.start()] not in _OPEN:
                continue
            total_m = _breakdown_total(norm, ms, starts, spans, sent, mk.start())
            if total_m is not None and not _names_its_total(mk.group(0), total_m):
                continue
            name = ""
            changes: list[Mention] = []
            if total_m is None and not depth[mk.start()]:
                total_m, changes = _total_before_comparison(norm, ms, starts, sent, s_start, mk.start())
            if total_m is None and not depth[mk.start()]:
                total_m, changes = _total_across_comparison(norm, ms, starts, spans, sent, mk.start())
            reason_figures = False
            if total_m is None and not depth[mk.start()]:
                total_m, changes = _total_before_reason(norm, ms, spans, sent, mk.start())
                reason_figures = total_m is not None and _reason_has_figures(ms, total_m)
            if total_m is None:
                if _last_before(ms, starts, sent, mk.start()) is not None or depth[mk.start()]:
                    continue
                name = _total_name(norm, s_start, mk.start())
                by_subject = False
                if not name and mk.group(0).startswith("其中"):
                    name = _subject_name(norm, s_start, mk.start())
                    by_subject = bool(name)
                if not name:
                    continue
            elif total_m.quantity.kind == "count" and not (
                    _COUNT_TOTAL.search(total_m.label) and mk.group(0).startswith("其中")) and not (
                    _ALL_OF.search(total_m.label) and respective_list(mk.group(0))) and not (
                    mk.group(0).startswith(("其中", "包括")) and _made_of(norm, total_m, mk.start())):
                categories = _CATEGORY_TESTS.get(total_m.quantity.unit or "")
                if categories is not None and mk.group(0).startswith(("其中", "包括")):
                    # a head count split by staff category (在职 / 离休 / 退休; 行政 / 事业; 专技 /
                    # 管理 / 工勤), or a count of units by kind (行政单位 / 参公事业单位 / 其他事业
                    # 单位): categories that do not overlap, whatever the total is called
                    found = [b for b in _read_list(norm, depth, ms, starts, total_m, mk, _list_end(norm, depth, mk, s_end), "")
                             if categories(b.labels) and not _posts_beside_retirees(total_m.label, b.labels)]
                    out.extend(_posts_by_kind(found, total_m, norm, s_end))  # (a count's parts short of it stay quiet: only an excess is read)
                continue
            elif total_m.quantity.kind not in ("money", "count"):
                continue
            region_end = _list_end(norm, depth, mk, s_end)
            points = _points_across_sentences(norm, spans, sent, mk.end()) if not depth[mk.start()] else None
            if points is not None:
                # the list goes on over sentences: read whole or not at all (never cut at a stop)
                found = _read_points(norm, depth, ms, starts, total_m, mk, points) if total_m is not None else []
            else:
                found = _read_list(norm, depth, ms, starts, total_m, mk, region_end, name)
            if found and name and by_subject:
                found[0] = _subject_list(found[0])
            if found and total_m is not None and total_m.quantity.kind == "count" \
                    and _made_of(norm, total_m, mk.start()):
                if any(w in label for label in found[0].labels for w in _conf()["staff_overlapping"]):
                    continue  # 党员, 女同志: groups that cut across the posts, not members to add up
                found[0] = _members_each(found[0])
            if found and total_m is not None and total_m.sentence != sent:
                found[0] = _earlier_whole(found[0], ms, total_m)
            if found and reason_figures and (not _parts_name_the_whole(total_m, found[0].labels)
                                             or _within_the_reason(ms, total_m, found[0].parts)):
                continue  # the list may detail the reason's own money
            if found and changes:
                if found[0].nested or _makes_up_a_change(found[0].parts, changes):
                    continue  # the list details the change, not the level before it
                found = [replace(found[0], across=True), *found[1:]]
            if found:
                out.extend(_posts_by_kind(found, total_m, norm, s_end) if total_m is not None else found)
    return _trailing_totals(norm, ms, out) if _SUM_WORD.search(norm) else out


def _list_end(norm: str, depth: list[int], mk: re.Match[str], s_end: int) -> int:
    """Where the list opened by ``mk`` ends: at the sentence's end, or for ``T（其中 a、b）`` at the
    bracket that closes it (a figure after it, ``），退休人员 c 人``, is no part)."""
    if not depth[mk.start()]:
        return s_end
    return next((i for i in range(mk.end(), s_end) if norm[i] in _CLOSE and depth[i] == depth[mk.start()]), s_end)


def _posts_by_kind(found: list[Breakdown], total_m: Mention, norm: str, s_end: int) -> list[Breakdown]:
    """Flag ``found``'s first list as naming every part of its head count (``every_kind``) when each
    part is a kind of 编制 (行政编制, 参公编制, 事业编制, 工勤编制; 行政编, 事业编) and the count is
    one of posts (人员编制 N 人) or is stated as a whole (共有工作人员 N 人): every person holds one
    kind of post, so a list of the kinds accounts for all of them (those without one would be
    named too: 编外, 临聘). A list that names other groups (在职 / 退休, 女职工) is not flagged, nor
    one whose sentence goes on with a figure or names the rest (``；另有编外人员 c 人``, ``，其余为
    聘用人员``), or whose next sentence opens on them (``。另有…``, ``。此外…``)."""
    if not found or found[0].nested or total_m.quantity.kind != "count" or total_m.quantity.unit != "人":
        return found
    status = _by_status(found[0], total_m, norm, s_end)
    if status is not None:
        return [status, *found[1:]]
    rest = _conf()["staff_remainder_words"]
    after, opening = norm[found[0].parts[-1].end:s_end], norm[s_end:s_end + 8]
    if any(c.isdigit() for c in after) or any(w in after or w in opening for w in rest):
        return found
    bd = found[0]
    conf = _conf()
    marks, endings = conf["post_kind_marks"], tuple(conf["post_kind_endings"])
    quota, overlapping = conf["staff_quota_words"], conf["staff_overlapping"]
    if len(bd.labels) < 2 or len(bd.labels) != len(bd.parts) or not all(
            label and (any(w in label for w in marks) or label.endswith(endings))
            and not any(w in label for w in quota) and not any(w in label for w in overlapping)
            for label in bd.labels):
        return found
    whole = compact(total_m.label)
    if not (any(w in whole for w in marks) or _COUNT_TOTAL.search(whole)):
        return found
    return [replace(bd, every_kind=True), *found[1:]]


_BRACKETED = lazy_compile(r"[（(][^（）()]*(?:[)）]|$)")


def _by_status(bd: Breakdown, total_m: Mention, norm: str, s_end: int) -> Breakdown | None:
    """``bd`` flagged as naming every part of its count (``every_kind``, ``every_status``) when the
    count is of the people a unit has (实有人数) and its parts are the 决算 template's statuses,
    each once and all of them: 在职, 离休, 退休 (the template counts 其他人员 on their own). A note in
    brackets after the last part (``（不含由养老保险基金发放养老金的离退休人员）``) adds no part; a
    figure or a remainder word after the list (``；另有编外人员 c 人``) does: then None."""
    conf = _conf()
    if not any(w in compact(total_m.label) for w in conf["staff_actual_words"]):
        return None
    statuses, overlapping = conf["staff_statuses"], conf["staff_overlapping"]
    named = [[k for k in statuses if k in label] for label in bd.labels]
    if len(bd.labels) != len(bd.parts) or any(len(k) != 1 for k in named) \
            or sorted(k[0] for k in named) != sorted(statuses) \
            or any(w in label for label in bd.labels for w in overlapping):
        return None
    after = _BRACKETED.sub("", norm[bd.parts[-1].end:s_end])
    retirees = conf["retiree_words"]
    if any(c.isdigit() for c in after) or any(
            w in after or w in norm[s_end:s_end + 8] for w in conf["staff_remainder_words"] if w not in retirees):
        return None
    return replace(bd, every_kind=True, every_status=True)


# What separates a point's clause from the next inside one sentence (``一是 a；二是 b``).
_POINT_GAP = "；;，,：:、"


def _points_in(norm: str, start: int, end: int, style: str, done: int) -> int:
    """How many points of ``style`` follow in order in ``norm[start:end]`` (at its start or after
    a separator), going on from ``done`` points already counted."""
    n = done
    for i in range(start, end):
        if i == start or norm[i - 1] in _POINT_GAP:
            found = item_ordinal(norm, i)
            if found is not None and found[0] == style and found[1] == n + 1:
                n += 1
    return n


def _points_across_sentences(norm: str, spans, sent: int, start: int) -> tuple[int, int, tuple[int, ...], int] | None:
    """``T，具体是：一是 a。二是 b。``: a marker followed by point 一 of a count whose next points
    open the following sentences. The list's end, the last point's sentence start, the stops
    between points and how many points there are; None when the marker is not followed by such a
    count, or when a sentence after the last point opens another point (the count is not one
    whole list in order, or it goes on in a way not read here)."""
    first = item_ordinal(norm, start)
    if first is None or first[1] != 1:
        return None
    style = first[0]
    count = _points_in(norm, start, spans[sent][1], style, 0)
    stops: list[int] = []
    k = sent
    while k + 1 < len(spans):
        nxt = item_ordinal(norm, spans[k + 1][0])
        if nxt is None:
            break
        if nxt[0] != style or nxt[1] != count + 1:
            return None
        stops.append(spans[k][1] - 1)
        k += 1
        count = _points_in(norm, spans[k][0], spans[k][1], style, count)
    if not stops:
        return None
    return spans[k][1], spans[k][0], tuple(stops), count


def _read_points(norm: str, depth: list[int], ms: list[Mention], starts: list[int], total_m: Mention,
                 mk: re.Match[str], points: tuple[int, int, tuple[int, ...], int]) -> list[Breakdown]:
    """A list of points spread over sentences, read as one list whose points a ``；`` separates
    (the stops between them, same positions). Kept only when every point gave a part, the last
    point's sentence included, and every part is money in the total's unit (``万元`` among
    ``万元``): else nothing is read, since a list cut at a stop would fall short by its own reading."""
    end, last_start, stops, count = points
    if total_m.quantity.kind != "money":
        return []
    chars = list(norm)
    for i in stops:
        if chars[i] not in "。！？!?":
            return []
        chars[i] = "；"
    joined = "".join(chars)
    found = _read_list(joined, depth, ms, starts, total_m, mk, end)
    if not found or found[0].nested:
        return []
    bd = found[0]
    unit = total_m.quantity.unit
    if len(bd.parts) < count or bd.parts[-1].start < last_start or any(p.unit != unit for p in bd.parts):
        return []
    return [replace(bd, enumerated=True), *found[1:]]


_SUM_WORD = lazy_compile(r"合计|共计|总计|累计|总共|总额|总支出")
_ITEM_SEPARATORS = "、，,；;"
_WHOLE_LABEL = lazy_compile(r"合计|总计|共计|总额|总数|总共|共|全年|全部|累计|上年|去年|其中")


@cache
def _trailing_sum_label() -> re.Pattern[str]:
    return compile_pattern(_conf()["trailing_sum_label"])


@cache
def _trailing_spend_total() -> re.Pattern[str]:
    return compile_pattern(_conf()["trailing_spend_total"])


_SPEND_HEAD = "支出"


def _spends_before_total(ms: list[Mention], t: int) -> list[Mention] | None:
    """``A支出 a，执行率 x%，B支出 b，执行率 y%，总支出 T``: the spending figures the whole spending
    ``ms[t]`` closes, when every figure of its sentence before it is one: each a money figure in
    T's unit alone in its comma item and named as 支出 (``专项资金支出``), each followed at most by
    one rate of its own (``，预算执行率 61%``); two or more of them, under distinct names. None
    otherwise (a figure of another kind before them, a figure in brackets, one source only)."""
    total = ms[t]
    run: list[Mention] = []
    rate = False
    j = t - 1
    while j >= 0 and ms[j].sentence == total.sentence:
        m = ms[j]
        if m.role == "percent":
            if rate or m.bracketed or "率" not in m.label or not _item_gap(m):
                return None
            rate = True  # the rate of the part before it
            j -= 1
            continue
        rate = False
        if m.role != "level" or m.bracketed or m.quantity.kind != "money" or m.quantity.unit != total.quantity.unit \
                or not m.label.endswith(_SPEND_HEAD) or len(m.label) <= len(_SPEND_HEAD) \
                or _WHOLE_LABEL.search(m.label) or _STOP_LABEL.search(m.label):
            return None
        gap = m.gap.lstrip(" \t\u3000")
        first = j == 0 or ms[j - 1].sentence != m.sentence
        if not (compact(gap) == m.label if first else _item_gap(m) and gap[0] in "，,；;"):
            return None
        run.append(m)
        j -= 1
    if rate or len(run) < 2 or len({m.label for m in run}) != len(run):
        return None  # a rate opening the sentence is no part's
    return run[::-1]


def _trailing_totals(norm: str, ms: list[Mention], found: list[Breakdown]) -> list[Breakdown]:
    """``2023年 a 万元、2024年 b 万元，合计 T 万元``: ``found`` (the lists read after their markers)
    and the lists closed by a total stated after their parts. The parts are the figures right
    before the total, each alone in its item (a separator, its name, the figure); the list starts
    at the first figure whose item is not so (the sentence's start, a colon, a marker) and never
    takes in a figure named as a whole (合计, 全年, 上年 …) or larger than the total. A list whose
    later items alone make up the total is left unread: its first figure may be the whole again.
    A list read after its marker without a figure for its whole (``分别为：a、b、c，合计 T``) takes
    T as its total."""
    sum_label = _trailing_sum_label()
    out = list(found)
    for t, total in enumerate(ms):
        if total.role != "level" or total.bracketed or total.quantity.kind not in ("money", "count") \
                or not _item_gap(total):
            continue
        if not sum_label.match(total.label):
            if total.quantity.kind == "money" and _trailing_spend_total().match(total.label):
                spends = _spends_before_total(ms, t)
                mine = {id(m.quantity) for m in spends or ()}
                if spends and not any(mine & {id(p) for p in bd.parts} for bd in out):
                    out.append(Breakdown(total.quantity, tuple(m.quantity for m in spends), True, total.label,
                                         labels=tuple(m.label for m in spends), parallel=True))
            continue
        run, closed = _items_before(norm, ms, t)
        if len(run) < 2:
            continue
        parts = [m.quantity for m in run]
        if any(_adds_up_to(parts[i:], total.quantity) for i in range(1, len(parts) - 1)) \
                or _earlier_items_add_up(ms, ms.index(run[0]), parts, total):
            continue
        mine = {id(p) for p in parts}
        known = [k for k, bd in enumerate(out) if mine & {id(p) for p in bd.parts}
                 or bd.total is total.quantity or any(p is total.quantity for p in bd.parts)]
        if not known:
            whole = "累计" not in total.label  # 累计 may take in earlier years than those listed
            out.append(Breakdown(total.quantity, tuple(parts), whole, total.label,
                                 labels=tuple(m.label for m in run), closed=closed and whole))
        elif len(known) == 1 and out[known[0]].total is None and [id(p) for p in out[known[0]].parts] == [
                id(p) for p in parts]:
            out[known[0]] = replace(out[known[0]], total=total.quantity, closed=out[known[0]].exhaustive)
    return out


def _earlier_items_add_up(ms: list[Mention], first: int, parts: list[Quantity], total: Mention) -> bool:
    """Whether the list with up to three more figures of its sentence before its first part makes
    up the total (``a；b、c，合计 T`` with T = a + b + c): the author's list began earlier."""
    extended = list(parts)
    for j in range(first - 1, max(first - 4, -1), -1):
        m = ms[j]
        if m.sentence != total.sentence or m.role != "level" or m.bracketed or not _same_kind(m.quantity, total.quantity):
            return False
        extended.insert(0, m.quantity)
        if _adds_up_to(extended, total.quantity):
            return True
    return False


def _item_gap(m: Mention) -> str | None:
    """The separator that opens ``m``'s item when the words since the previous figure are just one
    separator and ``m``'s name (``、2024年``), else None."""
    gap = m.gap.lstrip(" \t\u3000")
    if not gap or gap[0] not in _ITEM_SEPARATORS or compact(gap[1:]) != m.label:
        return None
    return gap[0]


def _items_before(norm: str, ms: list[Mention], t: int) -> tuple[list[Mention], bool]:
    """The parts of the list the total ``ms[t]`` closes, in text order (see :func:`_trailing_totals`),
    and whether the list's first item is plainly its first (words, not another figure, before it)."""
    total = ms[t].quantity
    run: list[Mention] = []
    sep = None
    j = t - 1
    while j >= 0 and ms[j].sentence == ms[t].sentence:
        m = ms[j]
        if m.role != "level" or m.bracketed or not _same_kind(m.quantity, total) \
                or m.quantity.base_value > total.base_value or _WHOLE_LABEL.search(m.label) \
                or re.search(_conf()["status_words"], m.label) or _STOP_LABEL.search(m.label):
            break
        opens = _item_gap(m)
        if opens is not None and sep is not None and opens not in sep:
            if _strength(opens) > _strength(sep):
                break  # a weaker separator: this figure is an item's own detail
            run.append(m)  # a stronger one (``a；b、c，合计 T``): the clause before is likely not of this list
            return run[::-1], False
        run.append(m)
        if opens is None:
            if _glued_to_previous(ms, j):
                j -= 1  # ``…23.5万元戊设备20万元、…``: a separator left out, the list goes on
                continue
            return run[::-1], True  # the first item: the words before it are no item's
        sep = next(g for g in _conf()["separators"] if opens in g)
        j -= 1
    return run[::-1], False


def _glued_to_previous(ms: list[Mention], j: int) -> bool:
    """Whether only ``ms[j]``'s name stands between it and the figure before it in its sentence
    (``丁设备23.5万元戊设备20万元``): an item whose separator was left out, not the list's first."""
    if j == 0:
        return False
    m, before = ms[j], ms[j - 1]
    return (before.sentence == m.sentence and before.role == "level" and not before.bracketed
            and _same_kind(before.quantity, m.quantity) and bool(m.label) and compact(m.gap) == m.label)


def _strength(sep: str) -> int:
    """The rank of a separator among the data's separators, strongest (；) first."""
    return next(k for k, g in enumerate(_conf()["separators"]) if sep[0] in g)


_COMPARISON = lazy_compile(r"比|较|与[^，,。；;]{0,20}相比|同比|环比")
_CLAUSE_BREAK = lazy_compile(r"[;；。:：]")
# Only rates between a level and its 其中: a growth without 比 (``T 万元，增长 3%，其中``), a share
# or completion (``占预算(调整数,下同)的 100%``); a note in brackets is dropped first
_RATES_GAP = lazy_compile(r"^(?:[\s,，]*(?:同比)?(?:增长|下降|增加|减少|上升|降低|提高|(?:占|完成)[^，,。；;\d%]{0,20})"
                          r"了?\s*[\d.]+\s*%)+[\s,，]*$")
_BRACKETED = lazy_compile(r"[（(][^（()）]{0,30}[)）]")
_GROWTH = lazy_compile(r"增长|下降|增加|减少|上升|降低|提高")


def _total_before_comparison(norm: str, ms: list[Mention], starts: list[int], sent: int, s_start: int,
                             pos: int) -> tuple[Mention | None, list[Mention]]:
    """``T 万元，比上年减少 X 万元（Y%），其中 …``: the level figure T and the comparison's
    figures between it and the marker at ``pos``, when only a comparison stands between them, or
    only rates of T (``T 万元，增长 3%，占预算的 100%，其中 …``)."""
    before = [m for m in ms[bisect_left(starts, s_start):bisect_left(starts, pos)] if m.end <= pos]
    k = len(before)
    while k and before[k - 1].role in ("change", "percent", "base", "points"):
        k -= 1
    if k == 0 or k == len(before):
        return None, []
    level, between = before[k - 1], before[k:]
    if k >= 2 and between and between[0].role == "percent" and _rate_budget(level):
        # ``A，占年初预算 B 的 W%，同比下降 Y%，其中 …`` (or ``完成预算 B 的 W%``): B is the rate's
        # denominator; the list details A, the figure the rate and the comparison are about
        level, between = before[k - 2], before[k - 1:]
    if level.role != "level" or level.quantity.kind != "money" or level.bracketed \
            or any(m.bracketed for m in between):
        return None, []
    gap = norm[level.end:pos]
    # (a growth among them: a share alone, ``a，占 S%，包括 a1、a2；b``, opens a part's own detail
    # inside an outer list, read there)
    rates_only = all(m.role == "percent" for m in between) and _GROWTH.search(gap) \
        and _RATES_GAP.match(_BRACKETED.sub("", gap))
    if not (_COMPARISON.search(gap) or rates_only) or _CLAUSE_BREAK.search(gap):
        return None, []
    if not any(m.role == "change" or m.quantity.kind == "percent" for m in between):
        return None, []
    if not _ONLY_COMMAS.match(norm[between[-1].end:pos]):
        return None, []
    return level, between


def _rate_budget(m: Mention) -> bool:
    """Whether ``m`` is the budget a completion or share rate right after it is reckoned against
    (``完成预算 B 的 W%``, ``占年初预算 B 的 W%``)."""
    return compile_pattern(_conf()["completion_budget"]).search(m.label) is not None


def _makes_up_a_change(parts: Sequence[Quantity], changes: Sequence[Mention]) -> bool:
    """Whether ``parts`` add up to one of the money figures of a comparison, to its rounding."""
    return any(m.quantity.kind == "money" and _adds_up_to(parts, m.quantity) for m in changes)


def _adds_up_to(parts: Sequence[Quantity], whole: Quantity) -> bool:
    """Whether ``parts`` add up to ``whole`` to the rounding of the figures as shown."""
    total = sum((p.base_value for p in parts), Decimal(0))
    slack = sum((p.half_unit * p.scale for p in parts), whole.half_unit * whole.scale)
    return abs(total - whole.base_value) <= slack


def _earlier_whole(bd: Breakdown, ms: list[Mention], total_m: Mention) -> Breakdown:
    """A list opening its own sentence (``…T 万元。X y 万元。其中，a、b、c``) is read as the
    previous sentence's last figure's; when its parts do not make that figure up but make up a
    figure of the same kind stated earlier in the paragraph, the writer put a sentence between
    a whole and its parts (本年支出合计 T … 年末结转结余 y。其中 基本支出 a、项目支出 b), and the
    list is that earlier whole's."""
    if not bd.exhaustive or bd.total is None or _adds_up_to(bd.parts, bd.total):
        return bd
    for m in reversed(ms):
        if m.start >= total_m.start or m.role != "level" or m.bracketed:
            continue
        q = m.quantity
        if q.kind == bd.total.kind and _same_kind(q, bd.total) and _adds_up_to(bd.parts, q):
            return replace(bd, total=q)
    return bd


def _side(label: str) -> str | None:
    """The side of the account a label names (``政府性基金收入`` -> 收入), by its last word."""
    core = label_core(label)
    for pair in _conf()["opposite_sides"]:
        for word in pair:
            if core.endswith(word):
                return word
    return None


def _other_side(total_m: Mention | None, label: str, earlier: Sequence[str] = ()) -> bool:
    """Whether a part's ``label`` names the other side of the total's (a 支出 after a 收入 total):
    the sentence has turned to the next total, which is no part of this one. A total named by
    neither side (``共收到财政资金 T。其中，上年结转 a，当年取得收入 b，当年发生支出 c``) takes
    the side its parts read so far name: the list of what came in ends where the sentence turns
    to what went out."""
    if total_m is None:
        return False
    mine = _side(total_m.label) or next((s for s in map(_side, earlier) if s is not None), None)
    theirs = _side(label)
    if mine is None or theirs is None or mine == theirs:
        return False
    return any(mine in pair and theirs in pair for pair in _conf()["opposite_sides"])


def _read_list(norm: str, depth: list[int], ms: list[Mention], starts: list[int], total_m: Mention | None,
               mk: re.Match[str], region_end: int, name: str = "") -> list[Breakdown]:
    marker = mk.group(0).rstrip(":：,， ").lstrip("的")
    inner_depth = depth[mk.start()] if norm[mk.start() - 1:mk.start()] in _OPEN else 0
    bound = min(region_end, mk.end() + MAX_LIST_CHARS)

    def between(start: int, end: int) -> list[Mention]:
        return ms[bisect_left(starts, start):bisect_left(starts, end)]

    region = [m for m in between(mk.end(), bound) if m.role == "level"
              and (not m.bracketed or inner_depth) and m.quantity.kind in ("money", "count", "plain")]
    if total_m is None:
        first = next((m for m in region if m.quantity.kind == "money"), None)
        if first is None:
            return []
        total = None
        ref = first.quantity
    else:
        total = ref = total_m.quantity
    # a bare magnitude (``4500万``) is of the list's kind as a figure in its unit would be
    same = [m for m in region if _same_kind(m.quantity, ref) or m.quantity.is_bare_magnitude and ref.kind == "money"]
    if len(same) < 2:
        return []
    sep = _outer_separator(norm, same)
    if sep is None:
        return []
    stronger = "".join(g for g in _conf()["separators"][: _conf()["separators"].index(sep)])
    # The list ends at the first separator stronger than its own.
    end = bound
    for i in range(same[0].end, bound):
        if norm[i] in stronger and (inner_depth or depth[i] == 0) and not _thousands(norm, i):
            end = i  # a comma grouping digits (``1,080.00``) ends no list
            break
    cut = end == bound < region_end  # the list may run on past the bound
    chunks = _split(norm, mk.end(), end, sep + stronger)
    parts: list[Quantity] = []
    labels: list[str] = []
    shares: list[tuple[Quantity, Quantity]] = []
    nested: list[Breakdown] = []
    last_tail = ""
    prev_unit = ref
    carry: int | None = None
    read_on = False
    for n, (c_start, c_end) in enumerate(chunks):
        if cut and n == len(chunks) - 1:
            return []  # still a list at the bound: not read rather than read short
        in_chunk = [m for m in between(c_start, c_end) if m.role in ("level", "change", "base")
                    and (not m.bracketed or inner_depth)]
        firsts = [m for m in in_chunk if m.role == "level" and _part_of(m, ref, prev_unit)]
        if not firsts:
            share = _share_piece(norm, c_start, c_end, between(c_start, c_end)) if parts else None
            if share is not None:
                # ``a 万元，占总支出的 x%，b 万元``: the part's share in a comma piece of its own
                if share[0] and not any(s[0] is parts[-1] for s in shares):
                    shares.append((parts[-1], share[1]))
                continue
            named = _named_share(norm, c_start, c_end, between(c_start, c_end), labels,
                                 total_m.label if total_m is not None else "") if len(parts) >= 2 else None
            if named is not None:
                # ``…，b 万元，非税收入占比 x%``: a listed part's share, named after the list
                k, rate_q = named
                if not any(s[0] is parts[k] for s in shares):
                    shares.append((parts[k], rate_q))
                continue
            words = compact(norm[c_start:c_end])
            if parts and not in_chunk and n + 1 < len(chunks) and 1 <= len(words) <= 12 \
                    and _ALL_HAN.fullmatch(words) and carry is None:
                carry = c_start  # a name with a comma inside (`村民组长,党小组长基本报酬`)
                continue
            break  # words after the list
        head = firsts[0]
        label = compact(norm[(carry if carry is not None else c_start):head.start])
        carry = None
        if _STOP_LABEL.search(label) or len(label) > 30 or _other_side(total_m, label, labels):
            break
        if parts and total_m is not None and _restates_whole(label, total_m.label):
            break  # ``T，其中 a、b，收入总计 U``: a whole of T's own quantity closes the list
        if parts and _nested_re().match(label):
            break  # ``T，其中 a，其中 b``: the second 其中 details a, it is no sibling of a
        status = _stage_words(label)
        if status and not (total_m is not None and all(w in total_m.label for w in status)):
            # stages of one sum (已拨付 / 已支出), not its parts; a stage the total names too
            # (全年执行数 T。其中：基本支出执行 a，项目支出执行 b) is the total's own, split by line
            return []
        part = _part_of(head, ref, prev_unit)
        parts.append(part)
        labels.append(label)
        prev_unit = part
        rate = next((m for m in between(head.end, c_end) if m.role == "percent"), None)
        if rate is not None and _SHARE_GAP.match(norm[head.end:rate.start]):
            shares.append((part, rate.quantity))
        rest = [m for m in firsts[1:]]
        if rest:
            nm = _nested_re().search(norm, head.end, rest[0].start)
            if nm is None:
                more = _parallel_items(norm, c_start, c_end, sep, firsts, labels[0] if labels else label,
                                       ref, prev_unit)
                if more is None:
                    return []  # two figures in one part and nothing says how they relate
                for item_label, item in more[1:]:  # ``a；b，c，d``: the author switched separators (the
                    # first piece is ``head``, read above)
                    parts.append(item)
                    labels.append(item_label)
                    prev_unit = item
                last_tail = ""
                continue
            sub = [_part_of(m, part, part) for m in rest if m.start > nm.start()]
            if len(sub) != len(rest) or any(s is None for s in sub):
                return []
            if len(sub) >= 2:
                nested.append(Breakdown(part, tuple(sub), not _is_partial(nm.group(0)), nm.group(0), nested=True))
        last_tail = norm[head.end:c_end]
    else:
        if total is not None and parts and sep == _conf()["separators"][-1] and end < region_end:
            last = _last_item_after_comma(norm, depth, between, end, region_end, ref, prev_unit, labels[0])
            if last is not None:
                label, part, end = last
                parts.append(part)
                labels.append(label)
                last_tail = ""
                read_on = True
        if total is not None and len(parts) >= 2 and sep != _conf()["separators"][0] and end < region_end:
            groups = _year_groups(norm, between, end, region_end, sep, labels, ref, prev_unit)
            if groups is not None:
                for label, part in groups[0]:
                    parts.append(part)
                    labels.append(label)
                end, last_tail, read_on = groups[1], "", True
    if len(parts) < 2 or (ref.kind == "count" and _quota_beside_actual(labels)):
        return []
    after = compact(norm[end:min(region_end, end + MAX_LIST_CHARS)])
    if any(len(lb) >= 2 and lb in after for lb in labels[1:]):
        # ``甲支出 a，年初预算为 b；乙支出 c，年初预算为 d``: the labels come back after the
        # stronger separator, so each item is a record of measures, not the list of parts
        return []
    tail = last_tail + norm[end:min(region_end, end + 8)]
    exhaustive = not _is_partial(marker) and not compile_pattern(_conf()["partial_tail"]).search(last_tail.strip()) \
        and not norm[end:end + 2].startswith("等") and "等" not in tail[:3]
    if total is not None:
        kept = _unnest(total, parts)
        if len(kept) != len(parts):
            labels, shares = [], [s for s in shares if any(s[0] is k for k in kept)]
        parts = kept
    return [Breakdown(total, tuple(parts), exhaustive, marker, total_name=name, shares=tuple(shares),
                      labels=tuple(labels), read_on=read_on), *nested]


_SHARE_PIECE = lazy_compile(r"^[\s(（]*(?:占比|所占比重|比重|占)[^\d%，,；;。]{0,12}$")


def _share_piece(norm: str, start: int, end: int, inside: list[Mention]) -> tuple[bool, Quantity] | None:
    """A comma piece that only states the share of the part before it (``，占总支出的 71.41%，``):
    the list goes on after it. The flag says whether the share is the plain ``占 x%`` read as a
    share of the list's total (a share that names its whole is read by the share relations)."""
    rates = [m for m in inside if m.role == "percent"]
    if len(rates) != 1 or len(inside) != 1:
        return None
    rate = rates[0]
    if not _SHARE_PIECE.match(norm[start:rate.start]) or norm[rate.end:end].strip(" )）") != "":
        return None
    return bool(_SHARE_GAP.match(norm[start:rate.start])), rate.quantity


_NAMED_SHARE = lazy_compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,10}?)(?:占比|所占比重|占(?P<whole>[^\d%，,；;。、]{1,20}?)的?(?:比重|比例))"
                            r"(?:为|是|约|达)?\s*$")


def _named_share(norm: str, start: int, end: int, inside: list[Mention], labels: Sequence[str],
                 total_label: str) -> tuple[int, Quantity] | None:
    """A comma piece after a list that states one listed part's share by its name (``非税收入占比
    38.6%``, ``税收占一般公共预算收入的比重为 61.5%``): the part's index and the rate, when the
    name opens exactly one listed label and a whole it names is the total's own name."""
    if len(inside) != 1 or inside[0].role != "percent" or norm[inside[0].end:end].strip(" )）。；;，,") != "":
        return None
    hit = _NAMED_SHARE.match(norm, start, inside[0].start)
    if hit is None:
        return None
    whole = hit.group("whole")
    if whole is not None and compact(whole) not in compact(total_label):
        return None
    name = hit.group("name")
    # the name is the label or a short form of it (税收 for 税收收入, 非税收入 for 非税): not a piece
    # inside it (税收收入中增值税占比, 非税收入中专项收入占比: a share within the part)
    named = [k for k, label in enumerate(labels) if label.startswith(name) or name.startswith(label) and label
             and _short_tail(name[len(label):])]
    if len(named) != 1:
        return None
    return named[0], inside[0].quantity


_YEAR_HEAD = lazy_compile(r"(?:19|20)\d{2}年度?")


def _year_groups(norm: str, between, end: int, region_end: int, sep: str, labels: Sequence[str], ref: Quantity,
                 prev_unit: Quantity) -> tuple[list[tuple[str, Quantity]], int] | None:
    """``其中2021年省级资金 a、中央资金 b，2022年省级资金 c、中央资金 d``: the same parts, year by year,
    each year's group after a stronger separator. Read only when the first group opens with its
    year and every later group, opened by another year, names the same parts in the same order,
    one figure each and nothing after it, up to the end of the sentence. The later groups' labels
    and parts, and where the list now ends; None otherwise."""
    first = _YEAR_HEAD.match(labels[0])
    if first is None:
        return None
    keys = [labels[0][first.end():], *labels[1:]]
    years = {first.group(0)}
    out: list[tuple[str, Quantity]] = []
    pos = end
    while pos < region_end and norm[pos] in ",，":
        stop = pos + 1
        while stop < region_end and norm[stop] not in ",，。；;":
            stop += 1
        pieces = _split(norm, pos + 1, stop, sep)
        if len(pieces) != len(keys):
            return None
        for k, (p_start, p_end) in enumerate(pieces):
            figures = [m for m in between(p_start, p_end) if m.role == "level" and not m.bracketed]
            if len(figures) != 1 or compact(norm[figures[0].end:p_end]):
                return None
            label = compact(norm[p_start:figures[0].start])
            name = label
            if k == 0:
                year = _YEAR_HEAD.match(label)
                if year is None or year.group(0) in years:
                    return None
                years.add(year.group(0))
                name = label[year.end():]
            part = _part_of(figures[0], ref, prev_unit)
            if name != keys[k] or part is None:
                return None
            out.append((label, part))
            prev_unit = part
        pos = stop
    if not out or (pos < region_end and norm[pos] not in "。；;"):
        return None
    return out, pos


def _short_tail(rest: str) -> bool:
    """What a share's name adds after a listed label (``非税`` + ``收入``) when it names that part:
    a word or two of the label's kind, never a piece inside it (``中增值税``)."""
    return len(rest) <= 2 and "中" not in rest and "的" not in rest


def _outer_separator(norm: str, same: list[Mention]) -> str | None:
    """The separator between the list's items: the one between its first two figures, unless the
    first item details itself first (``a，占 S%，包括 a1、a2；b``): then the first separator after
    that detail stronger than the detail's own (``；`` after ``a1、a2``) is the list's."""
    first = norm[same[0].end:same[1].start]
    sep = _separator(first)
    if sep is None or len(same) < 3 or _nested_re().search(first) is None:
        return sep
    inner = _separator(norm[same[1].end:same[2].start])
    if inner is None:
        return sep
    groups = _conf()["separators"]
    for k in range(3, len(same)):
        gap = norm[same[k - 1].end:same[k].start]
        outer = _separator(gap)
        if outer is None or _nested_re().search(gap):
            return sep
        if groups.index(outer) < groups.index(inner):
            return outer
    return sep


_ENDS_ITEM = "。；;"


def _last_item_after_comma(norm: str, depth: list[int], between, end: int, region_end: int, ref: Quantity,
                           prev_unit: Quantity, first_label: str) -> tuple[str, Quantity, int] | None:
    """``其中 a、b，c。``: the list's last item, put after a comma by an author who listed with 、.

    Read only when the comma's piece is the last of its sentence (a full stop or a semicolon right
    after it), holds one figure of the list's kind with nothing after it, and is named like the
    list's first item (a shared head or tail of two characters or more: 管理人员 / 工勤人员,
    人员经费 / 专项经费), so a comparison, another measure or a clause of its own is never taken
    for a part. The label, the part and where the list now ends; None otherwise."""
    if norm[end] not in ",，":
        return None
    stop = end + 1
    while stop < region_end and not (norm[stop] in _ENDS_ITEM + ",，:：" and depth[stop] == depth[end]):
        stop += 1
    if stop < len(norm) and norm[stop] not in _ENDS_ITEM and stop != region_end:
        return None  # the piece is followed by more words of the sentence
    figures = [m for m in between(end + 1, stop) if m.role == "level" and not m.bracketed]
    if len(figures) != 1 or compact(norm[figures[0].end:stop]):
        return None
    m = figures[0]
    label = compact(norm[end + 1:m.start])
    if not label or len(label) > 12 or _STOP_LABEL.search(label) or not _named_alike(label, first_label):
        return None
    part = _part_of(m, ref, prev_unit)
    return (label, part, stop) if part is not None else None


def _parallel_items(norm: str, c_start: int, c_end: int, sep: str, firsts: list[Mention], first_label: str,
                    ref: Quantity, prev_unit: Quantity) -> list[tuple[str, Quantity]] | None:
    """The items of a list chunk that holds several parts because the author went on with a weaker
    separator (``其中“优”的项目 a；“良”的项目 b，“中”的项目 c，“差”的项目 d``; ``其中：中央资金 a，市级资金 b、
    县级资金 c``): read only when the
    chunk splits on the weaker separators into pieces of one figure each, every piece named like the
    list's first item (a shared head or tail of two characters or more), so a record of measures
    (``乙支出 b，预算为 d``) is not taken for parts. The chunk's pieces in order, the first being the
    part already read; None when the chunk is not such a run."""
    groups = _conf()["separators"]
    if sep not in groups[:-1] or len(first_label) < 2:
        return None  # only a list opened with a separator that has a weaker one (；, ，) and gone on with it
    weaker = "".join(groups[groups.index(sep) + 1:])
    pieces = _split(norm, c_start, c_end, weaker)
    while pieces and pieces[-1][0] >= firsts[-1].end:
        pieces.pop()  # words after the list (``…218.07万元，分别是：``)
    if len(pieces) != len(firsts):
        return None
    out: list[tuple[str, Quantity]] = []
    for (p_start, p_end), m in zip(pieces, firsts, strict=True):
        if not p_start <= m.start < m.end <= p_end:
            return None
        label = compact(norm[p_start:m.start])
        if not _named_alike(label, first_label) or _STOP_LABEL.search(label):
            return None
        part = _part_of(m, ref, prev_unit)
        if part is None:
            return None
        out.append((label, part))
        prev_unit = part
    return out


def _named_alike(label: str, first: str) -> bool:
    """Whether two list items' names share a head or a tail of two characters or more."""
    head = 0
    while head < min(len(label), len(first)) and label[head] == first[head]:
        head += 1
    tail = 0
    while tail < min(len(label), len(first)) and label[-1 - tail] == first[-1 - tail]:
        tail += 1
    return max(head, tail) >= 2


def _rounding(q: Quantity) -> Decimal:
    """How far a figure may be from what it stands for: half its last digit, but nothing for a
    whole count (2 辆, 3 人 are exact: 1 + 0 + 2 is no 1 rounded)."""
    if q.kind == "count" and q.decimals == 0 and q.scale == 1:
        return Decimal(0)
    return q.half_unit * q.scale


def _unnest(total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """Drop runs of parts that add up to the part before them: they detail it, unmarked."""
    if sum((p.base_value for p in parts), Decimal(0)) <= total.base_value:
        return parts
    out: list[Quantity] = []
    i = 0
    while i < len(parts):
        head = parts[i]
        out.append(head)
        j, acc = i + 1, Decimal(0)
        skip = 0
        tol = _rounding(head)
        while j < len(parts):
            acc += parts[j].base_value
            tol += _rounding(parts[j])
            if j - i >= 2 and abs(acc - head.base_value) <= tol:
                skip = j - i
                break
            if acc > head.base_value + tol:
                break
            j += 1
        i += 1 + skip
    return out


_SWAP = {"元": ("万元", Decimal(10000)), "万元": ("元", Decimal(1))}


def unit_slip(total: Quantity, parts: Sequence[Quantity]) -> int | None:
    """The one part whose 元 / 万元 slip explains a breakdown that does not add up.

    ``15 元`` among parts in 万元 whose total needs 15 万元: with that part read in the other
    unit the parts add up to the total within the rounding of their last digits.
    """
    def tol(qs: Sequence[Quantity]) -> Decimal:
        return sum((q.half_unit * q.scale for q in qs if q.value), Decimal(0))

    units = {p.unit for p in parts}
    if not units <= {"元", "万元"} or len(units) != 2:
        return None
    found = None
    for k, p in enumerate(parts):
        others = [q.unit for j, q in enumerate(parts) if j != k]
        if others.count(p.unit) or p.value == 0:
            continue  # the slip is the odd one out
        unit, scale = _SWAP[p.unit]
        fixed = Quantity(**{**p.__dict__, "unit": unit, "scale": scale})
        trial = [fixed if j == k else q for j, q in enumerate(parts)]
        total_sum = sum((q.base_value for q in trial), Decimal(0))
        if abs(total_sum - total.base_value) <= tol([*trial, total]):
            if found is not None:
                return None
            found = k
    return found


def total_unit_slip(total: Quantity, parts: Sequence[Quantity]) -> bool:
    """Whether the total alone is in 元 where its parts are all in 万元 (or the reverse) and, read
    in their unit, makes their sum within the rounding of the last digits (``预算资金 2860 元，其中：
    中央 1716 万元、省级 572 万元、市级 572 万元``): the total's unit is the slip, not the sum."""
    units = {p.unit for p in parts}
    if len(parts) < 2 or len(units) != 1 or total.unit not in _SWAP or units == {total.unit} \
            or not units <= {"元", "万元"} or not total.value:
        return False
    unit, scale = _SWAP[total.unit]
    fixed = Quantity(**{**total.__dict__, "unit": unit, "scale": scale})
    summed = sum((q.base_value for q in parts), Decimal(0))
    return abs(summed - fixed.base_value) <= sum((q.half_unit * q.scale for q in (*parts, fixed) if q.value), Decimal(0))


_CLAUSE_BREAKS = "。；;！？!?\n"


def three_public_foreign_parts(text: str, bd: Breakdown) -> list[int]:
    """The parts of a breakdown whose total the clause names the “三公”经费 and not 会议费 or
    培训费 (``“三公”经费决算数合计为 1000.86 万元，其中：…会议费…、培训费…``) that are one of those:
    no part of the 三公, counted in."""
    total = bd.total
    if total is None or "三公" not in text:
        return []
    foreign = tuple(_conf()["three_public_foreign_parts"])
    hits = [k for k, label in enumerate(bd.labels) if label.endswith(foreign)]
    if not hits:
        return []
    head = text[:total.start]
    clause = head[max(head.rfind(c) for c in _CLAUSE_BREAKS) + 1:]
    if "三公" not in clause or any(f[:2] in clause for f in foreign):
        return []  # (“三公”经费及会议费、培训费合计: the total is named with them)
    return hits


def total_separator_slip(total: Quantity, parts: Sequence[Quantity]) -> bool:
    """Whether the total is written with one decimal point and three digits after it
    (``4.647万元``) and its parts, in its unit, add up to a thousand times it exactly (1,088 +
    3,559 = 4,647): the thousands comma was typed as a decimal point."""
    text = total.text
    if len(parts) < 2 or "." not in text or "," in text or text.count(".") != 1:
        return False  # (most totals: told by the text alone)
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    whole, _, frac = digits.partition(".")
    if len(frac) != 3 or not 1 <= len(whole) <= 3 or whole == "0" or not total.value:
        return False
    if any(p.unit != total.unit or p.scale != total.scale for p in parts):
        return False
    return sum((p.value for p in parts), Decimal(0)) == total.value * 1000


def tiny_unit_part(bd: Breakdown) -> int | None:
    """The one part of a breakdown in 万元 written in 元 and smaller than a ten-thousandth of the
    total (``支出 316.69 万元，其中：社会保障和就业支出 2.58 元，卫生健康支出 1.22 万元``), when that
    part names an account line (its label ends like ``支出``, ``收入``, ``经费``) and shows the
    decimals of its 万元 neighbours: a budget line of a few 元 is 万 left out, not a real amount."""
    total = bd.total
    if total is None or total.unit != "万元" or total.kind != "money" or len(bd.parts) < 2 or not bd.labels:
        return None
    odd = [k for k, p in enumerate(bd.parts) if p.unit == "元"]
    if len(odd) != 1 or any(p.unit != "万元" for j, p in enumerate(bd.parts) if j != odd[0]):
        return None
    k = odd[0]
    q, label = bd.parts[k], bd.labels[k] if k < len(bd.labels) else ""
    if not q.value or q.base_value * 10000 > total.base_value or not q.decimals:
        return None
    if not label.endswith(tuple(_conf()["account_line_endings"])):
        return None
    return k


@dataclass(frozen=True)
class ParagraphBreakdown:
    """``…支出 T 万元，其中：`` closing a paragraph, one part opening each following paragraph."""

    total_index: int
    total: Quantity
    parts: tuple[tuple[int, Quantity], ...]
    marker: str = "其中"
    # the words before the total's figure and before each part's: whether they name a split the
    # template always makes (公务用车购置及运行维护费 = 购置费 + 运行维护费) is read from them
    total_label: str = ""
    labels: tuple[str, ...] = ()

    @property
    def template_split(self) -> bool:
        """Whether the parts name each part of the template's split of the total, and nothing else."""
        from perflint.extract.compositions import complete_split
        return complete_split(self.total_label, self.labels, by_alias=True)


_ITEM_NUMBER = lazy_compile(r"^\s*(?:\d{1,2}\s*[、.．](?!\d)|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、)")
_AMOUNT_TAIL = lazy_compile(r"(?:资金|金额|款项|经费|额|数)?(?:为|是|共|合计)?$")
_MAKEUP_TAIL = lazy_compile(r"(?:的)?(?:具体)?(?:构成|结构|组成)?(?:情况)?(?:为|是|如下)?$")
_SENTENCE_STOP = lazy_compile(r"[。；;]")
_TO_CLAUSE_END = lazy_compile(r"[^，,；;。]*")
_ONLY_COMMAS = lazy_compile(r"^[\s,，]*$")
_OPENING_GAP = lazy_compile(r"^[\s,，:：]*[（(]?\s*$")
# A count's other measures in brackets after it (`N 套(台、块、项)`), then the opening
_MEASURES_GAP = lazy_compile(r"^[（(][\u4e00-\u9fff、/]{1,9}[)）][\s,，:：]*$")
_ONLY_STOPS = lazy_compile(r"^[\s,，。]*$")
_LABEL_BREAK = lazy_compile(r"[,，。；;：:、]")


def paragraph_breakdowns(texts: Sequence[str]) -> list[ParagraphBreakdown]:
    """Breakdowns spread over consecutive paragraphs (``texts``, in document order)."""
    out: list[ParagraphBreakdown] = []
    tail_re = _tail_re()
    for i, text in enumerate(texts):
        if "其中" in text or (i + 1 < len(texts) and "其中" in texts[i + 1][:4]):  # screened before reading
            rows = _row_breakdown(texts, i)
            if rows is not None:
                out.append(rows)
                continue
        ms = figure_mentions(text)
        if not ms or ms[-1].role != "level" or ms[-1].quantity.kind != "money":
            continue
        norm = normalise(text)
        m = tail_re.search(norm)
        if not m or not _ONLY_STOPS.match(norm[ms[-1].end:m.start()]):  # (`T 万元。其中：` too)
            continue
        total = ms[-1].quantity
        if i + 1 < len(texts) and _lists_inline(texts[i + 1], total):
            continue  # a wrapped line: the 其中 goes on in the next line's own list
        parts: list[tuple[int, Quantity]] = []
        labels: list[str] = []
        numbered = False
        for j in range(i + 1, len(texts)):
            lead = _ITEM_NUMBER.match(normalise(texts[j]))
            skip = lead.end() if lead else 0
            pms = [pm for pm in figure_mentions(texts[j]) if pm.start >= skip]
            if not pms or pms[0].role != "level" or not _same_kind(pms[0].quantity, total):
                break
            label = compact(normalise(texts[j])[skip:pms[0].start])
            if not label or len(label) > 30 or _LABEL_BREAK.search(label) or _COUNT_TOTAL.search(label):
                break
            if parts and numbered != bool(lead):
                break  # numbered items end where an unnumbered paragraph starts
            numbered = bool(lead)
            parts.append((j, pms[0].quantity))
            labels.append(label)
        if len(parts) >= 2:
            out.append(ParagraphBreakdown(i, total, tuple(parts), m.group(0).rstrip(":： ").lstrip("的"),
                                          compact(ms[-1].label), tuple(labels)))
    return out


_ROW_OPENING = lazy_compile(r"其中\s*[:：]\s*")
_ROW_SEPARATORS = "，,、；;"
# the words before a bare figure that say it is money (``年度预算资金总额：321.25`` under a
# ``（万元）`` caption); a bare figure under other words may count people or things
_MONEY_ROW = lazy_compile(r"资金|金额|总额|经费|预算|支出|收入|拨款")


def _row_figure(q: Quantity) -> bool:
    return q.relation is None and not q.is_percent and q.kind in ("money", "plain")


def _rows_after(text: str, norm: str, start: int, separated: bool = False) -> list[tuple[str, Quantity]] | None:
    """``中央补助 166.00市级资金 136.00本级资金 20.25`` from ``start`` to the paragraph's end: one
    label and one figure a row, the rows run together with nothing but spaces between them (the
    lines of a form's funds rows joined into one paragraph), if the rest of the text is that.
    ``separated``: the rows may also be parted by a comma, 、 or semicolon (``其中：a，b，c。``)."""
    ms = [m for m in figure_mentions(text) if m.start >= start]
    if len(ms) < 2:
        return None
    rows: list[tuple[str, Quantity]] = []
    pos = start
    for m in ms:
        label = compact(norm[pos:m.start]).rstrip(":：")
        if separated and rows:
            label = label.lstrip(_ROW_SEPARATORS)
        if m.role != "level" or not _row_figure(m.quantity) or not label or len(label) > 30 \
                or _LABEL_BREAK.search(label) or _COUNT_TOTAL.search(label) or "其中" in label:
            return None
        rows.append((label, m.quantity))
        pos = m.end
    return rows if _ONLY_STOPS.match(norm[pos:]) else None


def _row_total(text: str, norm: str, end: int) -> tuple[str, Quantity] | None:
    """The figure that ends ``text[:end]`` (spaces and stops after it) with the words right before
    it: ``年度预算资金总额：321.25`` ahead of its 其中."""
    ms = [m for m in figure_mentions(text) if m.end <= end]
    if not ms or ms[-1].role != "level" or not _row_figure(ms[-1].quantity) or not _ONLY_STOPS.match(norm[ms[-1].end:end]):
        return None
    q = ms[-1].quantity
    before = norm[ms[-2].end if len(ms) > 1 else 0:ms[-1].start]
    label = compact(_LABEL_BREAK.split(before.rstrip(":： \t"))[-1])
    if not label or (q.kind == "plain" and not _MONEY_ROW.search(label)):
        return None
    return label, q


def _row_breakdown(texts: Sequence[str], i: int) -> ParagraphBreakdown | None:
    """``年度资金总额：T`` then ``其中：中央补助 a`` and one source a line, the lines run together
    (a form's funds rows pasted as lines, joined into paragraphs): the total ends paragraph
    ``i`` (the 其中 opening the next) or stands right before the 其中 in it; the rows after 其中
    are its parts when the rest of that paragraph is rows and nothing else."""
    text = texts[i]
    norm = normalise(text)
    opening = None
    for m in _ROW_OPENING.finditer(norm):
        opening = m
    if opening is not None and opening.start() > 0:  # the total, then 其中, in one paragraph
        total_at, list_at, list_text, list_norm, start = i, i, text, norm, opening.end()
        head = _row_total(text, norm, opening.start())
        separated = False  # (a list after its total's 其中 in one paragraph is the sentence reader's)
    elif i + 1 < len(texts):
        list_text = texts[i + 1]
        list_norm = normalise(list_text)
        m = _ROW_OPENING.match(list_norm)
        if not m or (opening is not None and not _ONLY_STOPS.match(norm[opening.end():])):
            return None
        total_at, list_at, start = i, i + 1, m.end()
        head = _row_total(text, norm, len(norm))
        # the total's paragraph holds that one figure: the 其中 after it can split no other
        separated = head is not None and len(figure_mentions(text)) == 1
    else:
        return None
    if head is None:
        return None
    total_label, total = head
    rows = _rows_after(list_text, list_norm, start, separated)
    if rows is None or any(q.kind != total.kind for _, q in rows):
        return None
    return ParagraphBreakdown(total_at, total, tuple((list_at, q) for _, q in rows), "其中", total_label,
                              tuple(label for label, _ in rows))


def _lists_inline(text: str, total: Quantity) -> bool:
    """Whether the paragraph after ``…T 元，其中：`` opens with two figures of the total's kind in
    one sentence (``基本支出 982.15 元，项目支出 0 元。``). Text cut into lines (a PDF) breaks a
    sentence after 其中：; the parts are then that sentence's list, and the paragraphs after it
    are the total's siblings, each with its own 其中, not its parts."""
    norm = normalise(text)
    end = _SENTENCE_STOP.search(norm)
    stop = end.start() if end else len(norm)
    first = [m for m in figure_mentions(text) if m.start < stop and m.role == "level" and _same_kind(m.quantity, total)]
    return len(first) >= 2


def goes_on_in_next_sentence(text: str, end: int, missing: Decimal) -> bool:
    """Whether a list that ends at ``end`` and falls ``missing`` (base units) short of its total
    went on past a full stop: the next sentence opens with one figure of money, before its first
    comma, that is exactly the shortfall (``其中：a；b，共接待 n 人次。c 为 m 万元，较上年…``). The
    author broke the list where an item's own details ran long; the last part stands after the stop."""
    if missing <= 0:
        return False
    norm = normalise(text)
    spans = sentences(norm)
    here = next((k for k, (s, e) in enumerate(spans) if s <= end - 1 < e), None)
    if here is None or here + 1 >= len(spans):
        return False
    start, stop = spans[here + 1]
    piece = _TO_CLAUSE_END.match(norm[start:stop])
    money = [q for q in find_quantities(piece.group(0) if piece else "") if q.kind == "money"]
    if len(money) != 1:
        return False
    q = money[0]
    return abs(q.base_value - missing) <= q.half_unit * q.scale
