"""Typing slips that need no vocabulary: a word or phrase typed twice in a row, 得 for 的.

The vocabulary of :mod:`perflint.extract.terms` knows the forms' terms; these slips are found in
any unit's wording because they are visible from the text alone. A Chinese word written twice
back to back (原因原因, 食品食品) is almost never meant: real reduplication doubles single
characters (常常, 层层) or a verb for a light "try" (研究研究), and both are listed as data.

Every function takes the text and, where it matters, the offsets at which a new source line
starts: a text importer joins a flattened table's cells into one paragraph without a separator,
and two neighbouring cells that say the same (小计 / 小计) must not read as a doubled word.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from perflint import data

MIN_UNIT = 2  # single characters doubled are the vocabulary's business (T803) or reduplication
MAX_UNIT = 24


@dataclass(frozen=True)
class Repeat:
    """``text[start:end]`` is ``unit`` written twice; the second copy starts at ``start + len(unit)``."""

    start: int
    end: int
    unit: str


@cache
def _lists() -> dict:
    return data.load("terms").get("slips") or {}


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def repeated_words(text: str, breaks: Collection[int] = ()) -> list[Repeat]:
    """Chinese words or phrases of two or more characters written twice in a row.

    Both copies must be all Chinese characters with nothing between them, and not join across a
    source line (``breaks``: offsets where a new line of the file begins). Listed reduplications
    (研究研究), numeral phrases (一个一个) and copies holding 不/没 (是不是不…) are left alone.
    """
    lists = _lists()
    known = _known_words()
    allowed = set(lists.get("reduplicated_words") or ())
    quiet_chars = set(lists.get("repeat_quiet_characters") or ())
    numerals = set(lists.get("numerals") or ())
    admin = set(lists.get("place_suffixes") or ())
    found: list[Repeat] = []
    n = len(text)
    i = 0
    while i < n:
        hit = None
        for size in range(min(MAX_UNIT, (n - i) // 2), MIN_UNIT - 1, -1):
            unit = text[i:i + size]
            if text[i + size:i + 2 * size] != unit or not all(_is_cjk(ch) for ch in unit):
                continue
            if i + size in breaks or unit + unit in allowed or unit[0] in numerals:
                continue
            if len(set(unit)) == 1 or any(ch in quiet_chars for ch in unit):
                continue
            if _table_like(text, i, i + 2 * size) or _misaligned(text, i, known):
                continue
            if size == 2 and unit[1] in admin:
                continue  # 盐城市城市管理局: a place name ending in the unit's first character
            hit = Repeat(i, i + 2 * size, unit)
            break
        if hit:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def _table_like(text: str, start: int, end: int) -> bool:
    """A figure right before or after the repeat: two cells of a flattened table row
    (目标值 显著提升 | 实际值 显著提升 | 10) that happen to say the same."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return any(ch.isdigit() or ch in "%％" for ch in before + after)


def _misaligned(text: str, start: int, known: frozenset[str]) -> bool:
    """A known word running across the first copy's start: the repeat does not begin a word
    (年初预算数全年预算数 is two header cells, 年初预算数 + 全年预算数, not 预算数全年 twice)."""
    for length in range(2, 13):
        for a in range(max(0, start - length + 1), start):
            if text[a:a + length] in known:
                return True
    return False


@cache
def _known_words() -> frozenset[str]:
    from perflint.extract.terms import vocabulary

    return vocabulary().known
