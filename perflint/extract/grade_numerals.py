"""Grades of one kind written in two numeral styles in one sentence (专技十级 … 专技6级).

A staff list counts posts by grade (``专技十级2人、专技十一级1人``, ``管理八级1人``); drafts
typed by hand or merged from two tables write one of them in Arabic numerals (专技6级) among
the others in Chinese numerals, or the reverse. Within one sentence and one kind of post (the
same two characters before the numeral) the grades are written one way.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.text.patterns import lazy_compile
from perflint.text.sentences import sentences

_CHINESE_NUMERALS = "一二三四五六七八九十"
_GRADE = lazy_compile(
    rf"((?:(?![{_CHINESE_NUMERALS}])[\u4e00-\u9fff]){{2}})[ \u3000]?(\d{{1,2}}|[{_CHINESE_NUMERALS}]{{1,3}})[ \u3000]?级"
)  # 专技 6 级: a PDF's text puts a space between Chinese and digits


@dataclass(frozen=True)
class MixedGrade:
    """``text[start:end]`` is a grade (专技6级) written in the sentence's other numeral style than
    ``other`` (专技十级)."""

    start: int
    end: int
    written: str
    other: str


def may_mix(texts: str) -> bool:
    """Whether ``texts`` (one text, or several joined by a character that is no digit, space or
    numeral) hold a grade in each numeral style: else :func:`mixed_grade_numerals` finds nothing in
    any of them.

    What every grade of each style holds is its numeral's last character, an optional space, 级:
    the places of 级 are found by ``str.find`` (a draft's 一级指标 and 二级指标 put one in most
    drafts, but a few dozen at most) and the characters before each are read. A pattern for it
    (``\\d[ \u3000]?级``) tested the class of its first character at every character of the
    draft, about fifty instructions each."""
    arabic = chinese = False
    at = texts.find("级", 1)  # (a 级 that opens the texts has no numeral)
    while at > 0:
        numeral = texts[at - 1]
        if numeral in _SPACES and at > 1:
            numeral = texts[at - 2]  # one space allowed between the numeral and 级
        arabic = arabic or numeral.isdecimal()  # what \d takes in a str pattern
        chinese = chinese or numeral in _CHINESE_NUMERALS
        if arabic and chinese:
            return True
        at = texts.find("级", at + 1)
    return False


_SPACES = (" ", "\u3000")  # the space a grade may have before 级


def mixed_grade_numerals(text: str) -> list[MixedGrade]:
    """One :class:`MixedGrade` per sentence whose grades of one kind mix the two numeral styles:
    the first grade of the less used style (the later one when both are used as often)."""
    if "级" not in text:
        return []
    out = []
    for start, end in sentences(text):
        found = _mixed_in(text, start, end)
        if found is not None:
            out.append(found)
    return out


def _mixed_in(text: str, start: int, end: int) -> MixedGrade | None:
    by_kind: dict[str, list] = {}
    for m in _GRADE.finditer(text, start, end):
        by_kind.setdefault(m.group(1), []).append(m)
    mixed = [ms for ms in by_kind.values() if len({m.group(2).isdigit() for m in ms}) == 2]
    if not mixed:
        return None
    grades = [m for ms in mixed for m in ms]
    arabic = [m for m in grades if m.group(2).isdigit()]
    chinese = [m for m in grades if not m.group(2).isdigit()]
    odd, usual = (arabic, chinese) if len(arabic) < len(chinese) else \
        (chinese, arabic) if len(chinese) < len(arabic) else \
        ((arabic, chinese) if arabic[0].start() > chinese[0].start() else (chinese, arabic))
    first = odd[0]
    other = next(m for m in usual if m.group(1) == first.group(1)) if any(
        m.group(1) == first.group(1) for m in usual) else usual[0]
    return MixedGrade(first.start(), first.end(), first.group(0), other.group(0))
