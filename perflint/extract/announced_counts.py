"""Announced counts and the lists they announce: ``下设三个科室：办公室、财务科``, and a
trailing ``等 3 个`` after a list."""

from __future__ import annotations

import re
from dataclasses import dataclass

from perflint import data
from perflint.text.numbering import chinese_to_int
from perflint.text.numbers import normalise
from perflint.text.patterns import compile_pattern, lazy_compile

_OPEN = "（(“‘《「【〔"
_CLOSE = "）)”’》」】〕"



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


_COUNT = lazy_compile(
    r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?P<cl>个|项|家|所|类|条)\s*"
    r"(?P<noun>[\u4e00-\u9fff]{1,10}?(?:[（(][\u4e00-\u9fff]{1,3}[）)])?)"
    r"(?=[：:，,。；;和及]|$|分别|即|包括)"
)
# The noun first, then its count, then the list: ``直属事业单位 10 个，即 A、B…``, ``内设机构 4 个：…``.
_NOUN_FIRST = lazy_compile(
    r"(?P<noun>[\u4e00-\u9fff]{2,10}?)\s*(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?P<cl>个|家|所|类)"
    r"(?=\s*[，,]?\s*(?:即|分别是|分别为|包括|[：:]))"
)
# One of the classifiers _COUNT and _NOUN_FIRST require (their ``cl`` groups): a text without
# any has neither (tests/extract/test_announced_counts.py)
_CLASSIFIER = lazy_compile(r"[个项家所类条]")
_DIGIT_RE = lazy_compile(r"\d")
_OWN_COUNT = lazy_compile(r"[一二两三四五六七八九十]{1,3}\s*(?:个|项|条|家|所|类)")
# A count of its own inside a list item (``A、B2家参公单位``); not a rank (``公益一类事业单位``, ``第二类``).
_SUB_COUNT = lazy_compile(r"(?<!公益)(?<!第)(?<![\d一二两三四五六七八九十])"
                          r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|项|条|家|所|类)")
_ITEM_COUNT = lazy_compile(r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|名|人|间|处|所)$")
# An item that opens with its own count (``23个数量指标、2个质量指标``): a list of sub-counts.
_ITEM_LEAD_COUNT = lazy_compile(r"^(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|项|名|人|家|所|类|条)")
# An item that announces a list of its own (``…平安法治办公室本部门下设事业单位4个,包括:便民服务中心``):
# the sentence ran on into the next announcement (its 。 lost), and which names are whose is unclear.
_ITEM_ANNOUNCES = lazy_compile(
    r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|项|名|家|所|类|条)\s*[，,]?\s*(?:分别是|分别为|分别|即|包括|[：:])")
_AFTER_LEAD = lazy_compile(r"^\s*[，,]?\s*(?:分别是|分别为|分别|即|包括|为)?\s*[：:]?")
_LIST_VERBS = ("下设", "设有", "内设", "现设", "设立", "设置", "包括", "包含", "共有", "有", "涉及", "分为", "分设", "现有", "设", "安排", "实施",
               "下属", "所属", "下辖", "辖",
               # 共 alone before the count (馆内共 5 个项目：…): the list follows its colon, as after 共有
               "共", "共计")


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
    joined = [it for it in items if _AND.search(it)]
    if joined:
        heads = {core[-1] for core in map(_core, items) if core}
        if any(_may_join_two(_core(it), heads) for it in joined):
            possible.add(n + 1)
    return frozenset(possible)


_PARENTHESISED = lazy_compile(r"[（(][^（()）]*[）)]")


def _core(item: str) -> str:
    return _PARENTHESISED.sub("", item).strip()


def _may_join_two(core: str, heads: set[str]) -> bool:
    """Whether a 和/及/与 in an item (``core``, its parentheses left out) may join two names
    (文化馆和图书馆). A unit's name (ending in 中心, 站, 馆 …) is two only where the words
    before the 和 end like a unit's name too, or like one of the list's items (``heads``, their
    last characters: 统计股和普查中心): in ``生态环境和农业农村综合服务中心`` the 和 joins the
    fields of one centre. Any other item (图书采购和编目) may be one thing or two, as before."""
    endings = tuple(data.load("consistency")["unit_name_endings"])
    if not core.endswith(endings):
        return True
    return any(core[:m.start()].endswith(endings) or core[m.start() - 1:m.start()] in heads
               for m in re.finditer(r"[和及与]", core) if m.start())


def _name_length(item: str) -> int:
    """An item's length outside parentheses: a unit's second name in them (``…服务中心（加挂“…”
    牌子）``) makes the item long, not a sentence (a quoted item still counts whole)."""
    depth, n = 0, 0
    for ch in item:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            n += 1
    return n


def _count_value(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else chinese_to_int(raw)


class _Depth:
    """The bracket depth at increasing offsets of one text, each character read once: counting
    from the start for every announced count made a long flattened line quadratic."""

    def __init__(self, norm: str) -> None:
        self.norm, self.pos, self.depth = norm, 0, 0

    def top_level(self, pos: int) -> bool:
        """Whether ``pos`` (not before the last offset asked) is outside all brackets."""
        depth = self.depth
        for ch in self.norm[self.pos:pos]:
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth = max(0, depth - 1)
        self.pos, self.depth = pos, depth
        return depth == 0


def announced_counts(text: str) -> list[AnnouncedCount]:
    """Counts announced with the list they count, the list after (`：A、B、C`) or before (`A、B等3个`)."""
    norm = normalise(text)
    if _CLASSIFIER.search(norm) is None:
        return []  # both patterns need a classifier (个, 项, 家 …) and open where the engine cannot skip
    out: list[AnnouncedCount] = []
    previous_end = 0
    depth = _Depth(norm)
    for m in _COUNT.finditer(norm):
        n = _count_value(m.group("n"))
        if not n or n < 2 or not depth.top_level(m.start()):
            continue
        found = _list_after(norm, m) or _list_before(norm, m, previous_end)
        previous_end = m.end()
        if found is None:
            continue
        items, partial = found
        if len(items) < 2 and not _named_one(norm[m.end():], items, partial):
            continue
        out.append(AnnouncedCount(n, m.group("noun"), m.start(), m.end(), tuple(items),
                                  _readings(items), partial))
    depth = _Depth(norm)  # the matches come in order: one walk over the text
    for m in _NOUN_FIRST.finditer(norm):
        n = _count_value(m.group("n"))
        if not n or n < 2 or not depth.top_level(m.start()) or any(a.start <= m.start("n") < a.end for a in out):
            continue
        if _shares_its_list(norm, m.start()):
            continue
        found = _list_body(norm[m.end():])
        if found is not None and (len(found[0]) >= 2 or _named_one(norm[m.end():], *found)):
            items, partial = found
            out.append(AnnouncedCount(n, m.group("noun"), m.start("n"), m.end(), tuple(items),
                                      _readings(items), partial))
    return sorted(out, key=lambda a: a.start)


# A count of its own in the clause just before a noun-first count (``内设16个职能部门,``).
_CLAUSE_COUNT = lazy_compile(r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|家|所|类|项)[\u4e00-\u9fff]{0,10}\s*[，,]\s*$"
                             r"|[\u4e00-\u9fff]{2,10}\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|家|所|类|项)\s*[，,]\s*$")


def _shares_its_list(norm: str, start: int) -> bool:
    """Whether the noun-first count at ``start`` follows another count in the same sentence,
    one comma before (``内设16个职能部门,派出人民法庭4个,分别是A、B…``): the 分别 list names the
    members of both, and which names are whose the text does not say."""
    lead = norm[max(0, start - 24):start]
    cut = max(lead.rfind(ch) for ch in "。；;：:\n")
    return _CLAUSE_COUNT.search(lead[cut + 1:]) is not None


def _named_one(rest: str, items: list[str], partial: bool) -> bool:
    """``单位共 2 个，即东阳县林业站本级``: a count said to be one name (即, "that is"), where a
    list of one item is whole: no 等, and no 和/及/与 that may join two names."""
    head = _AFTER_LEAD.match(rest)
    return (len(items) == 1 and not partial and head is not None and "即" in head.group(0)
            and re.search(r"[和及与]|全部|均|已|都", items[0]) is None)  # (即全部完成: no name)


def _list_after(norm: str, m: re.Match[str]) -> tuple[list[str], bool] | None:
    lead = norm[max(0, m.start() - 5):m.start()].rstrip()
    # the verb may carry its aspect particle: 设置了 5 个岗位, 下设了 4 个部室 announce as 下设 does
    lead = lead[:-1].rstrip() if lead.endswith("了") else lead
    if not lead.endswith(_LIST_VERBS):
        return None
    return _list_body(norm[m.end():])


def _list_body(rest: str) -> tuple[list[str], bool] | None:
    """The list announced at the start of ``rest`` (``：A、B、C``, ``，即 A、B``) up to the end of
    its sentence, and whether it ends with 等."""
    head = _AFTER_LEAD.match(rest)
    if not head or not _LIST_CUE.search(head.group(0)):
        return None
    body = rest[head.end():]
    points = _ORDINAL.match(body) is not None
    numbered = _numbered_items(body)
    if numbered is not None:
        return numbered, False
    stop = len(body)
    depth = _Depth(body)
    for i, ch in enumerate(body):
        if ch in "。；;\n" and depth.top_level(i):
            stop = i
            break
    body = body[:stop].strip()
    if body.endswith(("：", ":")):
        return None  # `…和A、B 2家参公单位,及以下两类事业单位:`: the list goes on in the paragraphs after
    body = body[:_clause_start(body)].rstrip(" ，,")
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
    if points and any(opens_with_ordinal(it) != k for k, it in enumerate(items, 1)):
        return None  # `分为三个方面：一是…方面，包括A、B、C…`: the points count, each naming a sub-list of its own
    if any(_name_length(it) > limit for it in items):
        return None  # sentences, not names
    if any(_ITEM_ANNOUNCES.search(it) for it in items):
        return None  # two announced lists run together: no reading of either
    if any(_ITEM_COUNT.search(it) for it in items) or all(_ITEM_LEAD_COUNT.match(it) for it in items):
        return None  # `校长室一个，副校长室三个`, `23个数量指标、2个质量指标`: the items carry counts, the total counts those
    if any(_has_sub_count(it) for it in items):
        return None  # `机关本级和A、B 2家参公单位`: groups with counts of their own, not one name an item
    return items, partial


def _has_sub_count(item: str) -> bool:
    """Whether ``item`` holds a count of its own outside brackets (``A、B2家参公单位``,
    ``及两类事业单位``); one in brackets (``局机关(内设1办7处)``) describes a name."""
    return _SUB_COUNT.search(_PARENTHESISED.sub("", item)) is not None


def _clause_start(body: str) -> int:
    """Where the clause after a list of names starts (``A、B、C,分别承担…任务``, ``…丙中心主要负责…``),
    outside brackets: the list ends there. ``len(body)`` when none does."""
    conf = data.load("consistency")["list_closing_clauses"]
    pattern = compile_pattern(
        "(?:" + "|".join(map(re.escape, sorted(conf["attached"], key=len, reverse=True))) + ")"
        "|[，,]\\s*(?:" + "|".join(map(re.escape, sorted(conf["after_comma"], key=len, reverse=True))) + ")")
    depth = _Depth(body)
    for m in pattern.finditer(body):
        if m.start() > 0 and depth.top_level(m.start()):
            return m.start()
    return len(body)


# A list item's marker: ``1、`` ``2.`` ``（3）``, at the list's start or after a separator.
_ITEM_MARKER = lazy_compile(r"(?:^|(?<=[;；,，]))\s*[（(]?(\d{1,2})(?:[)）]|[、.．](?!\d))")


def _numbered_items(body: str) -> list[str] | None:
    """The items of a list written with markers (``：1、办公室；2、财务科；3、业务科。``): numbered
    from 1 up to the sentence's end, each item ending at its separator; None when the list is
    not so numbered. The ``；`` between items does not end this list, as it ends an unnumbered one."""
    end = body.find("。")
    body = body[:end] if end >= 0 else body
    markers = []
    for m in _ITEM_MARKER.finditer(body):
        if int(m.group(1)) == len(markers) + 1:
            markers.append(m)
    if len(markers) < 2 or markers[0].start() > 0 and body[:markers[0].start()].strip():
        return None
    items = []
    for k, m in enumerate(markers):
        stop = markers[k + 1].start() if k + 1 < len(markers) else len(body)
        item = _split_top(body[m.end():stop], ";；")[0].strip(" ，,、")
        items.append(item)
    return items if all(items) else None


# The verbs that open a list of names (下辖A、B、C); a list the count closes starts after the last one.
_OPENING_VERB = lazy_compile(r"下辖有|下辖|下设有|下设|设有|内设|现设|分设|包括|包含|共有|现有|分别为|分别是")


def _last_opening_verb(body: str) -> int | None:
    """The offset just after the last list-opening verb of ``body`` outside brackets that has a
    list (a 、) after it, when words stand before the verb; else None."""
    cut = None
    for vm in _OPENING_VERB.finditer(body):
        if vm.start() == 0 or "、" not in body[vm.end():]:
            continue
        before = body[:vm.start()]
        if sum(ch in _OPEN for ch in before) <= sum(ch in _CLOSE for ch in before):
            cut = vm.end()
    return cut


_LEAD_IN = lazy_compile(r".*(?:范围为|范围是|分别为|分别是|包括|涉及|覆盖|为|是)")
# A verb that sets units up, right before the count (`某镇党委、政府综合设置7个内设机构`): the names
# before it are the sentence's subject, the ones that set the units up, not the list the count counts
_SETTING_VERB = lazy_compile(r"(?:设置|设立|设有|下设|内设|分设|现设|下辖|辖有|组建|成立)$")


def _list_before(norm: str, m: re.Match[str], previous_end: int) -> tuple[list[str], bool] | None:
    lead = norm[:m.start()].rstrip()
    if lead.endswith(("各", "每", "均", "分别", "约", "近", "超", "逾")):
        return None  # a count per item (`东区、西区各 2 个`) or an estimate
    if lead.endswith(("和", "及", "与", "以及")):
        return None  # `内设办公室、综合科和 6 个专门委员会`: the count is one more member, not the list's total
    if _SETTING_VERB.search(lead):
        return None  # `甲、乙综合设置 7 个内设机构`: 甲、乙 set the units up; the units follow or go unnamed
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
        body = _LEADING_AND.sub("", body)
    opened = _last_opening_verb(body)
    if opened is not None:
        # `内设甲、乙共两科一室下辖A、B、C 3个站`: the list the count closes opens at its own verb;
        # the words before it are another clause's (or another list's)
        body = body[opened:]
    if "、" not in body:
        return None
    items = [it for it in _split_top(body, "、") if it]
    if items and (len(items[0]) > 30 or _DIGIT_RE.search(items[0]) or re.search(r"[和及与]", items[0])):
        # the sentence's lead-in runs into the first name (`2023年…项目主要整治范围为东城、西城…5个街道`):
        # the first item is the name after the last word that introduces the list
        lead_in = _LEAD_IN.match(items[0])
        first = items[0][lead_in.end():] if lead_in else ""
        if 1 <= len(first) <= 12 and not _DIGIT_RE.search(first) and not re.search(r"[和及与]", first):
            items[0] = first
    if any(len(it) > 30 for it in items) or any(_DIGIT_RE.search(it) or _OWN_COUNT.search(it) for it in items):
        # sentences, or counts of their own (`省里30条和市里10条要求`, `中央八项规定、省委九项规定`):
        # not a list of names
        return None
    if all(len(it) == 1 for it in items) and not joined:
        return None  # `省、市十项规定`: one-character qualifiers of a name, not the items it counts
    return items, partial


_TRAILING_COUNT = lazy_compile(
    r"(?:以下|如下|下列|这|共|主要有|主要包括|包括|有)?\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*"
    r"(?:个|项|条|点|类)\s*(?P<noun>[\u4e00-\u9fff]{1,8})\s*[：:]\s*$"
)


def trailing_announcement(text: str) -> tuple[int, int, int] | None:
    """`存在以下三个问题：` at the end of a paragraph: (count, start, end) of `三个问题`."""
    if not text.rstrip().endswith(("：", ":")):
        return None  # the pattern ends with the colon (most paragraphs end otherwise)
    m = _TRAILING_COUNT.search(normalise(text))
    if not m:
        return None
    n = _count_value(m.group("n"))
    if not n or n < 2:
        return None
    return n, m.start("n"), m.end("noun")


# ``存在三个方面的问题：一是…；二是…``: a count announced for the points after it, each opening
# with its ordinal (一是, 二是 …), the commonest way these reports list problems and measures.
_ORDINAL_LEAD = lazy_compile(
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:个|项|条|点)\s*(?:方面)?(?:的)?"
    r"(?P<noun>[\u4e00-\u9fff]{0,8}?)\s*[：:]\s*(?=一是)"
)
_ORDINAL = lazy_compile(r"(?:^|(?<=[，,；;。：:\s]))(?P<k>[一二三四五六七八九十]{1,2})是")
_LEADING_AND = lazy_compile(r"^\s*[和及与]")
_AND = lazy_compile(r"[和及与]")
_LIST_CUE = lazy_compile(r"[：:]|分别|即|包括")


@dataclass(frozen=True)
class OrdinalCount:
    """`存在三个方面的问题：一是…；二是…`: the count, its span, and the ordinals that follow."""

    count: int
    start: int  # span of the count phrase (`三个方面的问题`)
    end: int
    points: int  # the ordinals 一是, 二是 … counted in order from 一


def ordinal_points(text: str, start: int = 0, done: int = 0) -> int:
    """How many points open with 一是, 二是 … in order in ``text`` from ``start``, going on from
    ``done`` points already counted (a list a page broke over paragraphs); an ordinal out of
    sequence is another list's and is not counted."""
    n = done
    for m in _ORDINAL.finditer(normalise(text), start):
        if chinese_to_int(m.group("k")) == n + 1:
            n += 1
    return n


def ordinal_counts(text: str) -> list[OrdinalCount]:
    """Counts announced right before a list of 一是, 二是 … points in the same paragraph."""
    if "一是" not in text or "二是" not in text:
        return []
    norm = normalise(text)
    out: list[OrdinalCount] = []
    matches = list(_ORDINAL_LEAD.finditer(norm))
    for i, m in enumerate(matches):
        n = _count_value(m.group("n"))
        if not n or n < 2:
            continue
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(norm)
        out.append(OrdinalCount(n, m.start("n"), m.start("noun") + len(m.group("noun")),
                                ordinal_points(norm[:stop], m.end())))
    return out


def opens_with_ordinal(text: str) -> int | None:
    """The ordinal a paragraph opens with (``二是加强…`` → 2), or None."""
    m = _ORDINAL.match(normalise(text).lstrip())
    return chinese_to_int(m.group("k")) if m else None
