"""Heading and list markers of Chinese official documents and their ordinals.

Styles, outermost first: ``part`` 第一部分, ``chapter`` 第一章, ``cn`` 一、, ``cn_half`` 一）,
``paren_cn`` （一）, ``arabic`` 1、/1., ``paren_arabic`` （1）, ``arabic_half`` 1）, ``circled`` ①.
"""

from __future__ import annotations

from perflint.model import Numbering
from perflint.text.memo import remember_short
from perflint.text.patterns import LazyPattern, compile_pattern, lazy_compile

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "[一二三四五六七八九十百零〇两]+"
# A numeral whose characters a PDF's letter spacing set apart (``十 一 、``): a marker still.
_CN_SPACED = "[一二三四五六七八九十百零〇两](?:[ \u3000]?[一二三四五六七八九十百零〇两])*"

_PATTERNS: list[tuple[str, LazyPattern]] = [
    ("part", lazy_compile(rf"^\s*第\s*({_CN}|\d+)\s*部分\s*")),
    ("chapter", lazy_compile(rf"^\s*第\s*({_CN}|\d+)\s*章\s*")),
    ("paren_cn", lazy_compile(rf"^\s*[（(]\s*({_CN})\s*[）)]\s*[、.．]?\s*")),
    ("cn_half", lazy_compile(rf"^\s*({_CN})\s*[）)]\s*[、.．]?\s*")),
    ("cn", lazy_compile(rf"^\s*({_CN_SPACED})\s*[、.．]\s*")),
    ("paren_arabic", lazy_compile(r"^\s*[（(]\s*(\d{1,2})\s*[）)]\s*[、.．]?\s*")),
    # ``1）`` / ``1)``: a list style of its own in many drafts, or ``（1）`` that lost its opening
    # bracket (the outline reads it as such after a ``（1）`` run, as ``三)`` after ``（二）``)
    ("arabic_half", lazy_compile(r"^\s*(\d{1,2})\s*[）)]\s*[、.．]?\s*")),
    # ``1.5万元`` is a figure, ``1.2023年…`` an item; so is an item naming an age group, its number
    # run into the age (``1.65岁及以上老年人``, ``2.0-6岁儿童``, ``3.0～36个月儿童``): ages are whole.
    # Five digits or more after the point that are no year (``62.403477``, a flattened table's
    # cell), or four before 万/亿/% or the line's end (``12.4567万元``), are a figure's decimals too
    ("arabic", lazy_compile(r"^\s*(\d{1,2})\s*[、．]\s*|^\s*(\d{1,2})\.(?!\d{1,3}(?!\d|年|周?岁"
                            r"|\s*[-~～—－至]\s*\d{1,3}\s*(?:周?岁|个月))|(?!(?:19|20)\d\d(?!\d))\d{5}|\d{4}(?=\s*(?:万|亿|%|％|$)))\s*")),
    ("circled", lazy_compile(r"^\s*([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
]

_CHINESE_NUMBER = lazy_compile(_CN)
_ARABIC_NUMBER = lazy_compile(r"\d+")

STYLE_RANK = {"part": 0, "chapter": 0, "cn": 1, "cn_half": 1, "paren_cn": 2, "arabic": 3, "paren_arabic": 4, "arabic_half": 4,
              "circled": 5}


def chinese_to_int(text: str) -> int | None:
    """一 -> 1, 十 -> 10, 十三 -> 13, 二十 -> 20, 一百零五 -> 105."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


# The characters a marker can start with (after white space): a text starting otherwise (most
# sentences and cells) is answered with one match instead of one per style.
_MARKER_START = compile_pattern(r"\s*[第（(\d一二三四五六七八九十百零〇两①-⑳]")


# The styles whose marker can open with a character (after white space), in the order of
# _PATTERNS: a text is matched against only those, not all nine. Each style's pattern opens with
# ``\s*`` and one character class (第, a bracket, a Chinese numeral, a digit, a circled number),
# and the classes are disjoint, so the first style matching is the same one.
_CN_CHARS = frozenset("一二三四五六七八九十百零〇两")
_BRACKETS = frozenset("（(")
_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def _styles_for(first: str) -> list[tuple[str, LazyPattern]]:
    found = _STYLES_BY_FIRST.get(first)
    if found is None:
        found = _STYLES_BY_FIRST[first] = [(style, pattern) for style, pattern in _PATTERNS
                                           if first in _FIRSTS[style] or (first.isdecimal() and _DIGIT in _FIRSTS[style])]
    return found


_DIGIT = "0-9"  # in _FIRSTS: any character ``\d`` matches (str.isdecimal)
_FIRSTS: dict[str, frozenset[str]] = {
    "part": frozenset("第"), "chapter": frozenset("第"),
    "paren_cn": _BRACKETS, "paren_arabic": _BRACKETS,
    "cn_half": _CN_CHARS, "cn": _CN_CHARS,
    "arabic_half": frozenset([_DIGIT]), "arabic": frozenset([_DIGIT]),
    "circled": _CIRCLED,
}
_STYLES_BY_FIRST: dict[str, list[tuple[str, LazyPattern]]] = {}  # bounded: the characters _MARKER_START takes


@remember_short(16384)
def parse_marker(text: str) -> tuple[Numbering, int] | None:
    """The marker at the start of ``text`` and the offset where the title begins.

    The reader, the outline and a dozen extractors ask this of the same headings and cells:
    short texts are answered once and remembered (nothing changes a Numbering once made),
    whether they hold a marker or not (a remembered answer is one dict lookup).
    """
    start = _MARKER_START.match(text)
    if start is None:
        return None
    for style, pattern in _styles_for(text[start.end() - 1]):
        m = pattern.match(text)
        if not m:
            continue
        for raw in m.groups():  # the first group that matched
            if raw:
                break
        if style == "circled":
            value = ord(raw) - ord("①") + 1
        else:
            spaced = raw.replace(" ", "").replace("\u3000", "")
            value = chinese_to_int(spaced)
            if spaced != raw and (value is None or int_to_chinese(value) != spaced):
                continue  # characters set apart that spell no numeral (三 五、): no marker
            raw = spaced
        if value is None or value == 0:
            continue
        if style in ("cn", "cn_half") and len(raw) > 1 and raw[0] not in "一二三四五六七八九十":
            continue
        return Numbering(style, value, m.group(0).strip()), m.end()
    return None


# A number closed by a half bracket (``1)``, ``2）``, ``a)``): a list marker the outline does not
# read as one of its styles (it is too often a stray in running text), yet a line opening with it
# carries its own number.
_HALF_BRACKET_ITEM = compile_pattern(r"\s*(?:\d{1,2}|[A-Za-z])\s*[)）]")


def opens_with_half_bracket_number(text: str) -> bool:
    """Whether ``text`` opens with a number closed by a half bracket (``2)深化改革``)."""
    return _HALF_BRACKET_ITEM.match(text) is not None


# ``1.1部门职责概述``, ``2.3 评价方法``: a decimal section number and a title, not a figure with
# its unit (``1.5万元``, ``2.3倍``, ``1.2亿``)
_DECIMAL_SECTION = lazy_compile(r"\s*\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?![\d.%％])(?![万亿元年月日个倍次人])\s*[\u4e00-\u9fff]")


def opens_with_decimal_section(text: str) -> bool:
    """Whether ``text`` opens with a section number in decimals (``1.2部门支出描述``): a title of
    the second level that carries its own number."""
    return _DECIMAL_SECTION.match(text) is not None


def numbered_after(earlier: str, later: str) -> bool:
    """Whether ``later`` opens with the number that follows ``earlier``'s in the same style
    (``2.…`` after ``1.…``, ``三、`` after ``二、``): two lines of one numbered run."""
    a, b = parse_marker(earlier), parse_marker(later)
    return a is not None and b is not None and a[0].style == b[0].style and b[0].value == a[0].value + 1


def int_to_chinese(n: int) -> str:
    """1 -> 一, 10 -> 十, 13 -> 十三, 20 -> 二十, 105 -> 一百零五."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + int_to_chinese(rest) if rest < 10 else
                                 ("一" + int_to_chinese(rest) if rest < 20 else int_to_chinese(rest)))
    return digits[n // 100] + "百" + tail


def marker_like(marker: str, style: str, value: int) -> str:
    """``marker`` with its number replaced by ``value``: (``（三）``, 2) -> ``（二）``."""
    if style == "circled":
        return chr(ord("①") + value - 1) if 1 <= value <= 20 else str(value)
    if style in ("arabic", "paren_arabic"):
        return _ARABIC_NUMBER.sub(lambda m: _digits_like(m.group(0), value), marker, count=1)
    m = _CHINESE_NUMBER.search(marker)
    if m and chinese_to_int(m.group(0)) is not None:
        return marker[: m.start()] + int_to_chinese(value) + marker[m.end():]
    m = _ARABIC_NUMBER.search(marker)
    if m:
        return marker[: m.start()] + _digits_like(m.group(0), value) + marker[m.end():]
    return marker


_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _digits_like(number: str, value: int) -> str:
    """``value`` written in the digits of ``number``: a draft typed with full-width digits
    (``８.``) numbers its next item ``９.``, not ``9.``."""
    text = str(value)
    return text.translate(_FULL_WIDTH_DIGITS) if all("０" <= ch <= "９" for ch in number) else text


# A point counted off inside running text: ``一是`` / ``其一`` / ``第一，`` (words), or a list
# marker of the outline's in-paragraph styles (``（1）``, ``1.``, ``①``). ``是否`` / ``是非`` and
# ``第一批`` are no point.
_WORD_POINT = lazy_compile(r"\s*(?:(?P<shi>[一二三四五六七八九十]{1,2})是(?![否非])|其(?P<qi>[一二三四五六七八九十]{1,2})(?=[，,：:、是])"
                           r"|第(?P<di>[一二三四五六七八九十]{1,2})(?=[，,：:、]))")
_POINT_STYLES = ("paren_arabic", "arabic", "arabic_half", "circled", "paren_cn")


def item_ordinal(text: str, pos: int = 0) -> tuple[str, int] | None:
    """The style and number of the point that opens ``text[pos:]`` (``二是…`` -> ("shi", 2),
    ``（3）…`` -> ("paren_arabic", 3)), or None: how a list of points spread over sentences is
    followed (``具体是：一是 a。二是 b。``)."""
    m = _WORD_POINT.match(text, pos)
    if m is not None:
        style = m.lastgroup or ""
        value = chinese_to_int(m.group(style))
        return (style, value) if value else None
    found = parse_marker(text[pos:pos + 12])
    if found is None or found[0].style not in _POINT_STYLES:
        return None
    return found[0].style, found[0].value


# A table's own number where a list of tables names it: ``（公开07表）`` after the title, ``附表3``,
# ``表 2：`` before it (not 表1-1, a sub-table, nor the 表 that ends a title: 决算总表2).
TABLE_NUMBER = lazy_compile(
    r"[（(]\s*公开\s*0?(?P<public>\d{1,2})\s*表\s*[)）]"
    r"|附表\s*0?(?P<annex>\d{1,2})(?![-－—\d.．])"
    r"|(?<![\u4e00-\u9fff])表\s*0?(?P<plain>\d{1,2})\s*[:：]"
)
