"""Heading and list markers of Chinese official documents and their ordinals.

Styles, outermost first: ``part`` 第一部分, ``chapter`` 第一章, ``cn`` 一、, ``cn_half`` 一）,
``paren_cn`` （一）, ``arabic`` 1、/1., ``paren_arabic`` （1）, ``circled`` ①.
"""

from __future__ import annotations

import re

from perflint.model import Numbering

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "[一二三四五六七八九十百零〇两]+"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("part", re.compile(rf"^\s*第\s*({_CN}|\d+)\s*部分\s*")),
    ("chapter", re.compile(rf"^\s*第\s*({_CN}|\d+)\s*章\s*")),
    ("paren_cn", re.compile(rf"^\s*[（(]\s*({_CN})\s*[）)]\s*[、.．]?\s*")),
    ("cn_half", re.compile(rf"^\s*({_CN})\s*[）)]\s*[、.．]?\s*")),
    ("cn", re.compile(rf"^\s*({_CN})\s*[、.．]\s*")),
    ("paren_arabic", re.compile(r"^\s*[（(]\s*(\d{1,2})\s*[）)]\s*[、.．]?\s*")),
    ("arabic", re.compile(r"^\s*(\d{1,2})\s*[、．]\s*|^\s*(\d{1,2})\.(?!\d{1,3}(?!\d|年))\s*")),
    ("circled", re.compile(r"^\s*([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
]

STYLE_RANK = {"part": 0, "chapter": 0, "cn": 1, "cn_half": 1, "paren_cn": 2, "arabic": 3, "paren_arabic": 4, "circled": 5}


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


def parse_marker(text: str) -> tuple[Numbering, int] | None:
    """The marker at the start of ``text`` and the offset where the title begins."""
    for style, pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        raw = next(g for g in m.groups() if g)
        if style == "circled":
            value = ord(raw) - ord("①") + 1
        else:
            value = chinese_to_int(raw)
        if value is None or value == 0:
            continue
        if style in ("cn", "cn_half") and len(raw) > 1 and raw[0] not in "一二三四五六七八九十":
            continue
        return Numbering(style, value, m.group(0).strip()), m.end()
    return None
