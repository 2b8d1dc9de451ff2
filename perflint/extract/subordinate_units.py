"""A unit said to have no subordinate units (``本部门无下属单位``, ``没有二级预算单位``) that, in the
same part, counts or lists them: an announced count whose noun names them (``下属二级单位2个，分别是
A、B``), a count inside a sentence (``由本级及所属3个事业单位组成``), the list of the units its
决算 covers holding two or more (``纳入部门决算编制范围的单位包括：机关、A中心、B站``: the unit itself
is one of them), or its accounts called consolidated (``本级决算为汇总决算``: a 汇总 of the units).

The words live in ``consistency.yaml`` (``subordinate_units``). Imported by C739 when it runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.announced_counts import announced_counts
from perflint.model import SourceText
from perflint.text.numbering import chinese_to_int
from perflint.text.patterns import compile_pattern, lazy_compile

# The items of a list after its lead, up to the sentence's end.
_LIST_END = lazy_compile(r"[。；;\n]")
_ITEM_SEP = lazy_compile(r"[、，,]")
# A clause of the list that counts or sums it up (共1个, 合计2家), not a unit.
_TALLY = lazy_compile(r"^\s*(?:共|合计|总计|计)?\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|家)")


@dataclass(frozen=True)
class SubordinateEvidence:
    """Where a text denies subordinate units (``denied``) or states some (``stated``, with how many
    it states and the words): offsets in ``source``."""

    source: SourceText
    start: int
    end: int
    count: int  # 0 for a denial, or for accounts said to be consolidated (``本级决算为汇总决算``)
    words: str


@cache
def _conf() -> dict[str, re.Pattern[str]]:
    conf = data.load("consistency")["subordinate_units"]
    return {key: compile_pattern(value) for key, value in conf.items()}


def _count(raw: str) -> int:
    return int(raw) if raw.isdigit() else (chinese_to_int(raw) or 0)


def _stated(text: str, conf: dict[str, re.Pattern[str]]) -> list[tuple[int, int, int, str]]:
    found = []
    for ac in announced_counts(text):
        if ac.count >= 1 and conf["counted_noun"].search(ac.noun) and not conf["denied"].search(ac.noun):
            found.append((ac.start, ac.end, ac.count, text[ac.start:ac.end]))
    for m in conf["counted"].finditer(text):
        n = _count(m.group("n"))
        if n >= 1 and not any(s <= m.start("n") < e for s, e, _, _ in found):
            found.append((m.start(), m.end(), n, m.group()))
    for m in conf["scope_lead"].finditer(text):
        end = _LIST_END.search(text, m.end())
        body = text[m.end():end.start() if end else len(text)]
        items = [i for i in _ITEM_SEP.split(body) if i.strip() and not _TALLY.match(i)]
        if len(items) >= 2:
            found.append((m.start(), m.end() + len(body), len(items), text[m.start():m.end() + len(body)]))
    return found


def subordinate_units(texts: Iterable[SourceText]) -> tuple[list[SubordinateEvidence], list[SubordinateEvidence]]:
    """The denials of subordinate units in ``texts`` (a part's prose) and the statements of some."""
    conf = _conf()
    denied: list[SubordinateEvidence] = []
    stated: list[SubordinateEvidence] = []
    for source in texts:
        text = source.value
        if "单位" not in text:
            continue  # (nearly every text)
        for m in conf["denied"].finditer(text):
            denied.append(SubordinateEvidence(source, m.start(), m.end(), 0, m.group()))
        if "汇总决算" in text:
            for m in conf["consolidated"].finditer(text):
                stated.append(SubordinateEvidence(source, m.start(), m.end(), 0, m.group()))
        if not ("下属" in text or "所属" in text or "下设" in text or "二级" in text or "直属" in text
                or "范围" in text or "下辖" in text or "下级" in text):
            continue
        for start, end, n, words in _stated(text, conf):
            if any(d.source is source and start <= d.start < end for d in denied):
                continue  # the denial is inside the statement
            stated.append(SubordinateEvidence(source, start, end, n, words))
    return denied, stated
