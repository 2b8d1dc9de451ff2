"""What a 预算/决算 publication calls itself: ``2021年度部门决算`` or ``2021年度单位决算``.

A department (主管部门) publishes a 部门决算 that sums its units; a unit with no units below it
publishes a 单位决算 (and so for 预算). The template of the other kind is often copied and its
cover or a heading kept: ``2021年度部门决算公开文本`` above ``2021年度单位决算公开文本``. This
module finds each ``<year>年度<部门|单位><决算|预算>`` and the ones that name the publication
otherwise than the rest of the text does.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.text.patterns import lazy_compile

_NAME = lazy_compile(r"(?<!\d)(?P<year>\d{4})\s*年\s*度?\s*(?P<who>部门|单位)\s*(?P<what>决算|预算)")
_USUAL = 3  # mentions of the usual name, at least
_MARGIN = 3  # times the other name's


@dataclass(frozen=True)
class OddPublicationName:
    """``texts[index][start:end]`` names the publication ``written``; the text elsewhere, ``count``
    times, ``usual``."""

    index: int
    start: int
    end: int
    written: str
    usual: str
    count: int


def odd_publication_names(texts: list[str]) -> list[OddPublicationName]:
    """The mentions of one year's 部门/单位 决算 (or 预算) whose kind of publisher differs from
    the one the text uses at least three times and three times as often."""
    found: dict[tuple[str, str], dict[str, list[tuple[int, int, int]]]] = {}
    for index, text in enumerate(texts):
        if "年" not in text or "决算" not in text and "预算" not in text:
            continue
        for m in _NAME.finditer(text):
            found.setdefault((m.group("year"), m.group("what")), {}).setdefault(m.group("who"), []).append(
                (index, m.start(), m.end()))
    out: list[OddPublicationName] = []
    for (_year, what), by_who in found.items():
        if len(by_who) != 2:
            continue
        (usual, many), (odd, few) = sorted(by_who.items(), key=lambda kv: -len(kv[1]))
        if len(many) < _USUAL or len(many) < _MARGIN * len(few):
            continue
        for index, start, end in few:
            out.append(OddPublicationName(index, start, end, texts[index][start:end], usual + what, len(many)))
    return sorted(out, key=lambda o: (o.index, o.start))


__all__ = ["OddPublicationName", "odd_publication_names"]
