"""Targets a narrative itself says were missed, and the 未完成的绩效目标 (or 改进措施) item answered 无.

Many provinces' 项目支出绩效自评报告 template lists, under 绩效目标完成情况, the 完成的绩效目标
and then the 未完成的绩效目标. A draft answers the second 无 by habit while the first (or any
other paragraph) writes an indicator's target and its actual side by side and the actual falls
short: ``满意度，年初目标值≥95%，实际完成值94.60%``. Both are read here from the text; whether
they contradict each other is the check's business.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from perflint.extract.boilerplate_phrases import (
    PUNCT_EDGES,
    _met_claim,
    claims_met,
    is_nothing,
    phrases,
    spaced,
)
from perflint.facts import facts_of
from perflint.model import Document, Heading, Paragraph, Part, SelfEvaluation, SourceText
from perflint.text.normalise import compact
from perflint.text.numbering import parse_marker
from perflint.text.numbers import Quantity, find_quantities
from perflint.text.patterns import compile_pattern

_CLAUSE_END = frozenset("。；;！!？?\n")
# The marks and words that open an inequality (perflint.text.numbers.RELATIONS less =).
_INEQUALITY_MARKS = ("≥", "≧", ">", "＞", "≤", "≦", "<", "＜", "不低于", "不少于", "不高于", "不超过",
                     "大于", "小于", "高于", "低于")
_CLAIM_REACH = 16  # characters a claim spans on either side of its 目标/指标
_MAX_GAP = 20  # characters between the target and the actual (``，实际完成值``, ``，实际飞行时长``)


@dataclass(frozen=True)
class ProseMiss:
    """``target`` (an inequality) and the ``actual`` written right after it that fails it."""

    text: SourceText
    target: Quantity
    actual: Quantity


@dataclass(frozen=True)
class DeniedUnmet:
    """The 未完成的绩效目标 item and where its ``无`` stands (``start``:``end`` of ``text``)."""

    text: SourceText
    start: int
    end: int
    heading: str


def _fails(relation: str, target: Decimal, actual: Decimal) -> bool:
    return {"≥": actual < target, ">": actual <= target, "≤": actual > target, "<": actual >= target}[relation]


def prose_misses(part: Part, keep: Callable[[str], bool] | None = None) -> list[ProseMiss]:
    """Every ``target … 实际… actual`` pair of the part's prose whose actual fails its target: the
    target written as an inequality (``≥95%``, ``≥928小时``), the actual a plain figure of the same
    unit in the same clause, led by a word with 实际 in it. The other order counts too: the actual
    first, then the target led by a word with 目标 in it (``设备完好率93.5%，目标≥95%``)."""
    out: list[ProseMiss] = []
    for block in part.blocks:
        if not isinstance(block, (Paragraph, Heading)):
            continue
        value = block.text.value
        if ("实际" not in value and "目标" not in value) or not any(sign in value for sign in _INEQUALITY_MARKS):
            continue  # a target needs its inequality (≥95%, 不低于180人)
        if keep is not None and not keep(value):
            continue  # (the caller's own screen, before the figures are read)
        quantities = find_quantities(value)
        for first, second in zip(quantities, quantities[1:], strict=False):
            gap = value[first.end:second.start]
            if len(gap) > _MAX_GAP or any(ch in _CLAUSE_END for ch in gap):
                continue
            if (first.unit or "") != (second.unit or "") or first.is_percent != second.is_percent:
                continue
            if first.relation in _RELATIONS and second.relation is None and "实际" in gap:
                target, actual = first, second
            elif first.relation is None and second.relation in _RELATIONS and "目标" in gap and "实际" not in gap:
                target, actual = second, first
            else:
                continue
            if _fails(target.relation, target.value, actual.value):
                out.append(ProseMiss(block.text, target, actual))
    return out


_RELATIONS = ("≥", ">", "≤", "<")

# The rest of a missed indicator's sentence, after its actual: where it says there was no deviation.
_SENTENCE_END = frozenset("。；;！!？?\n")
# ``，无偏差`` / ``偏差原因：无`` / ``偏差原因分析：无。``: a clause of its own
_NO_DEVIATION = compile_pattern(r"(?:^|[，,；;。\s])(?:(?:无|没有|未发生|未出现|不存在)(?:任何)?偏差|偏差(?:原因)?(?:分析)?[:：]\s*(?:无|/|—+))"
                                r"(?=[，,。；;\s]|$)")


@dataclass(frozen=True)
class DeniedMiss:
    """A prose indicator whose actual fails its target (``miss``) and, later in its sentence, a
    clause saying there was no deviation or the target was met (``start``:``end`` of its text)."""

    miss: ProseMiss
    start: int
    end: int
    claim: str


def denied_misses(part: Part) -> list[DeniedMiss]:
    """``年初目标值≥95%，实际完成值90%，无偏差`` (or ``偏差原因：无``, ``已完成目标``): the sentence
    that states a miss answers it as no miss. Read in the clauses after the actual up to the end of
    its sentence, with no other figure and no concession (但, 未, 原因 …) between."""
    met = _met_claim()
    out: list[DeniedMiss] = []
    # only a text that denies a deviation or claims a target met can hold one (most hold neither)
    for miss in prose_misses(part, lambda value: "偏差" in value or met.search(compact(value)) is not None):
        value = miss.text.value
        end = miss.actual.end
        while end < len(value) and value[end] not in _SENTENCE_END:
            end += 1
        rest = value[miss.actual.end:end]
        if any(ch.isdigit() for ch in rest):
            continue  # another figure follows: another indicator, or a reason in figures
        hit = _NO_DEVIATION.search(rest)
        if hit is not None:
            start = miss.actual.end + hit.start() + (1 if hit.group()[0] in "，,；;。 \t" else 0)
            out.append(DeniedMiss(miss, start, miss.actual.end + hit.end(), value[start:miss.actual.end + hit.end()]))
            continue
        # the last clause only claims the target was met (``，已完成目标``, ``，达到预期目标``)
        cut = max(rest.rfind(c) for c in "，,：:")
        if cut < 0:
            continue
        clause = rest[cut + 1:]
        if claims_met(clause) and not any(w in rest[:cut] for w in ("但", "未", "原因", "由于", "因")):
            start = miss.actual.end + cut + 1
            out.append(DeniedMiss(miss, start, end, value[start:end].strip()))
    return out


@cache
def _unmet_heading() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in phrases()["unmet_target_headings"])
    return compile_pattern(rf"^(?:{words})")


def denied_unmet(part: Part, titles: list[ItemTitle] | None = None) -> list[DeniedUnmet]:
    """The part's 未完成的绩效目标 items answered 无: on the item's own line (``3.未完成的绩效目标
    (无)``, ``未完成的绩效目标：无。``) or as the whole of the next block. ``titles``: the part's
    :func:`item_titles`, when the caller keeps them."""
    return _denied_items(part, _unmet_heading(), titles)


@cache
def _problem_heading() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(phrases()["problem_labels"], key=len, reverse=True))
    return compile_pattern(rf"^(?:{words})")


def denied_problems(part: Part, titles: list[ItemTitle] | None = None) -> list[DeniedUnmet]:
    """The part's 存在的问题（及原因） items answered 无, the same way as :func:`denied_unmet`."""
    return _denied_items(part, _problem_heading(), titles)


@cache
def _met_claims() -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{p})" for p in phrases()["met_claim_patterns"]))


def claimed_met(part: Part) -> list[DeniedUnmet]:
    """The part's sentences claiming its targets were met (``该资金已按计划完成目标``,
    ``各项绩效目标均已完成``); ``heading`` is the claim as written.

    Every claim names 目标 or 指标, so the patterns are only tried on a short window around each
    (a regex run over every paragraph costs more than all the rest of the check)."""
    out: list[DeniedUnmet] = []
    for block in part.blocks:
        if isinstance(block, (Paragraph, Heading)):
            value = block.text.value
            if "完成" in value or "实现" in value or "达" in value:  # claims_in's own screen, without its call
                out.extend(claims_in(block.text))
    return out


def part_claims(part: Part, forms: list[SelfEvaluation]) -> list[DeniedUnmet]:
    """The part's claims that its targets were met, in its prose and in the answer cells of its
    自评表 (``forms``: the part's own), whichever layout the form comes in; a form's 预期目标 cell
    read one cell a line is a paragraph that states a target (全面完成年度目标), never a claim."""
    targets = {se.goal.expected.line for se in forms
               if se.table.kind == "stream" and se.goal is not None and se.goal.expected is not None}
    claims = [c for c in claimed_met(part) if c.text.line not in targets] if targets else claimed_met(part)
    return claims + [c for se in forms for c in form_claims(se)]


def form_claims(se: SelfEvaluation) -> list[DeniedUnmet]:
    """The same claims written in the answer cells of a 自评表 read as a table: the 年度总体目标's
    实际完成情况 and the 偏差原因 cells (a form read one cell a line is paragraphs already, read
    by :func:`claimed_met`). A 预期目标 cell is a target, never a claim."""
    if se.table.kind == "stream":
        return []
    cells = [se.goal.actual] if se.goal is not None and se.goal.actual is not None else []
    cells += [i.deviation.cell for i in se.indicators if i.deviation is not None]
    cells += se.deviation
    out: list[DeniedUnmet] = []
    for cell in cells:
        out.extend(claims_in(cell.text))
    return out


def claims_in(text: SourceText) -> list[DeniedUnmet]:
    """The claims that the targets were met in one text (a paragraph or a cell)."""
    value = text.value
    if "完成" not in value and "实现" not in value and "达" not in value:
        return []  # every claim is one of 完成, 实现, 达成/达到 (most paragraphs say none)
    out: list[DeniedUnmet] = []
    pattern = _met_claims()
    last = -1
    for word in ("目标", "指标"):
        at = value.find(word)
        while at >= 0:
            lo = max(0, at - _CLAIM_REACH)
            m = pattern.search(value, lo, min(len(value), at + 2 + _CLAIM_REACH))
            if m is not None and m.start() > last and m.start() <= at < m.end():
                out.append(DeniedUnmet(text, m.start(), m.end(), m.group(0)))
                last = m.start()
            at = value.find(word, at + 2)
    return out


@cache
def _improvement_heading() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(phrases()["improvement_headings"], key=len, reverse=True))
    return compile_pattern(rf"^(?:{words})")


def denied_improvements(part: Part, titles: list[ItemTitle] | None = None) -> list[DeniedUnmet]:
    """The part's 下一步（拟）改进措施 items answered 无, the same way; the template's gloss after
    the item (``，包括项目整改和绩效目标调整完善等相关内容。``) is no answer."""
    return _denied_items(part, _improvement_heading(), titles)


@dataclass(frozen=True)
class ItemTitle:
    """A paragraph or heading whose title (the text after its marker) may open with the heading
    of a template item (未完成的绩效目标, 存在的问题, 改进措施): ``index`` of the block in its part,
    ``title``, where it stands in the block's text (``offset``) and the title compacted."""

    index: int
    block: Paragraph | Heading
    title: str
    offset: int
    compacted: str


def item_titles(part: Part) -> list[ItemTitle]:
    """The part's blocks whose title may open with an item heading of any of the three lists,
    read once for :func:`denied_unmet`, :func:`denied_problems` and :func:`denied_improvements`
    (each of them used to find every block's marker and title again)."""
    screen, first = _any_item_heading(), _any_item_heading_first()
    out: list[ItemTitle] = []
    for i, block in enumerate(part.blocks):
        if not isinstance(block, (Paragraph, Heading)):
            continue
        value = block.text.value
        if isinstance(block, Heading) and block.title:
            title = block.title
            if not first.match(title):
                continue
        else:
            # the title is the end of the text (after its marker, if any): none of it opens
            # with a heading word unless the text holds one somewhere (most paragraphs do not)
            if not screen.search(value):
                continue
            marker = parse_marker(value.lstrip())
            title = value.lstrip()[marker[1]:] if marker else value
        offset = value.find(title) if title in value else 0
        out.append(ItemTitle(i, block, title, offset, compact(title)))
    return out


def part_item_titles(doc: Document, part: Part) -> list[ItemTitle]:
    """:func:`item_titles` of ``part``, read once per part of the document for the checks that
    ask (the list is shared: do not change it)."""
    by_part: dict[int, list[ItemTitle]] = facts_of(doc).cached("boilerplate.item_titles", lambda d: {})
    found = by_part.get(id(part))
    if found is None:
        found = by_part[id(part)] = item_titles(part)
    return found


@cache
def _any_item_heading() -> re.Pattern[str]:
    """Any heading word of the three lists, spaced as a text may space it: a title whose
    compacted form opens with one of them holds it (found by ``search``) and, after white
    space, opens with it (``match`` of :func:`_any_item_heading_first`)."""
    ph = phrases()
    words = {*ph["unmet_target_headings"], *ph["problem_labels"], *ph["improvement_headings"]}
    # longest first, then in code-point order: the same pattern in every process, whatever the
    # set's hash order (the pattern's text keys its code kept across runs)
    return compile_pattern("|".join(spaced(w) for w in sorted(words, key=lambda w: (-len(w), w))))


@cache
def _any_item_heading_first() -> re.Pattern[str]:
    return compile_pattern(r"[\s\u3000]*(?:" + _any_item_heading().pattern + ")")


def _denied_items(part: Part, heading: re.Pattern[str], titles: list[ItemTitle] | None = None) -> list[DeniedUnmet]:
    """The items whose compacted title ``heading`` matches, answered 无 (``titles``: the part's
    :func:`item_titles`, when the caller has them)."""
    out: list[DeniedUnmet] = []
    blocks = part.blocks
    for entry in item_titles(part) if titles is None else titles:
        m = heading.match(entry.compacted)
        if m is None:
            continue
        i, block, title, offset = entry.index, entry.block, entry.title, entry.offset
        value = block.text.value
        rest = title[_raw_end(title, m.end()):]
        if _gloss().match(compact(rest)):
            rest = ""
        if compact(rest).strip(PUNCT_EDGES + "()（）"):
            if is_nothing(compact(rest).strip("()（）")):
                out.append(DeniedUnmet(block.text, offset + len(title) - len(rest), len(value), m.group(0)))
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(nxt, Paragraph) and is_nothing(nxt.text.value):
            out.append(DeniedUnmet(nxt.text, 0, len(nxt.text.value), m.group(0)))
    return out


@cache
def _gloss() -> re.Pattern[str]:
    return compile_pattern(phrases()["item_gloss"])


def _raw_end(text: str, compact_end: int) -> int:
    """The offset in ``text`` after its first ``compact_end`` non-space characters."""
    seen = 0
    for k, ch in enumerate(text):
        if seen == compact_end:
            return k
        if not ch.isspace():
            seen += 1
    return len(text)
