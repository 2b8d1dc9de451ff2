"""Results written as inequalities in a self-evaluation narrative (``项目区群众满意度≥95%``).

The narrative templates give each indicator's result under an item such as 2.完成的绩效目标 or
(三)绩效指标完成情况分析. A figure there written ``≥95%`` (or ``≦100%``, a reverse indicator's bound) is the target copied where the value
achieved belongs. A clause that names a target (年初目标值≥95%, 力争≥98%) is left alone, and so
is a figure alone on its line: a 自评表 pasted one cell a line puts its target (≥28%) on a line of
its own, the actual on the next, and no words of a result around them; and so is a figure whose
next clause in the same sentence gives the value achieved (布防飞机≥6架，实际布防6架): it is the
indicator's target, written before its result.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from perflint.extract.boilerplate_phrases import phrases
from perflint.model import Heading, Paragraph, Part, SourceText
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, quantities
from perflint.text.patterns import compile_pattern

_CLAUSE_MARKS = frozenset("，,。；;：:！!？?\n")
# both bounds: a reverse indicator's result (成本控制率≦100%, 不合格率≤0%) copied from its target is as
# little a value achieved as a positive one's (满意度≥95%)
_INEQUALITY_SIGNS = ("≥", "≧", ">", "＞", "大于", "≤", "≦", "<", "＜", "小于")
_RELATIONS = frozenset(("≥", ">", "≤", "<"))
_UNIT_MAX = 2  # characters beside a figure alone on its line: its unit (㎡, 人次), no words of a result


@dataclass(frozen=True)
class ProseInequality:
    """A result of a results item written as an inequality: ``quantity`` in ``text``, in ``clause``."""

    text: SourceText
    quantity: Quantity
    clause: str


@cache
def _result_heading() -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{p})" for p in phrases()["result_headings"]))


def inequality_results(part: Part) -> list[ProseInequality]:
    """The ``≥``/``>`` (and ``≤``/``<``) figures of the paragraphs under the part's results items, outside clauses
    that name a target."""
    out: list[ProseInequality] = []
    blocks = part.blocks
    signs = _signs().search  # one search for any of the signs
    if not any(isinstance(b, Paragraph) and signs(b.text.value) for b in blocks):
        return out  # no paragraph writes ≥ or > (most parts): the headings need not be read
    words = tuple(phrases()["target_clause_words"])
    inside = False
    results_level = 0  # the level of the results heading we are under (0: none)
    off_level = 0  # the level of a heading inside it that names the targets (0: none)
    for block in blocks:
        if isinstance(block, Heading):
            if results_level and block.level > results_level:
                # a heading inside the results item ((1)产出指标) is still its results, unless it
                # names the targets (2.年度绩效目标) or what was not achieved (3.未完成的绩效目标)
                if off_level and block.level > off_level:
                    continue  # a heading inside such an item: no results either
                title = compact(block.title)
                inside = "未完成" not in title and ("完成" in title or not any(w in title for w in words))
                off_level = 0 if inside else block.level
                continue
            # every results heading says 完成 (绩效目标完成情况, 完成的绩效目标)
            inside = "完成" in block.title and bool(_result_heading().match(compact(block.title)))
            results_level, off_level = (block.level if inside else 0), 0
            continue
        if not inside or not isinstance(block, Paragraph):
            continue
        value = block.text.value
        if not signs(value):
            continue
        written = -1  # the paragraph's characters other than white space, counted when first asked
        marks: list[int] | None = None  # where its clause marks stand, found when first asked
        for q in quantities(value):  # the remembered figures, read only
            if q.relation not in _RELATIONS or not q.text.lstrip().startswith(_INEQUALITY_SIGNS):
                continue
            if written < 0:
                written = len(compact(value))
            # the characters around the figure, white space aside: what compact leaves of the
            # paragraph less what it leaves of the figure (it drops white space one character
            # at a time, so the two add up)
            if written - len(compact(value[q.start:q.end])) <= _UNIT_MAX:
                break  # a figure alone on its line (and its unit): a form's cell pasted one a line, no prose
            if marks is None:
                marks = [m.start() for m in _clause_marks().finditer(value)]
            start, end = _clause_at(marks, len(value), q.start, q.end)
            clause = value[start:end]
            if any(w in clause for w in words) and not _only_the_bound(value, marks, clause, q):
                continue
            if _value_follows(value, marks, end):
                continue  # name≥target，实际 value: the ≥ figure is the target, the result follows
            out.append(ProseInequality(block.text, q, compact(clause)))
    return out


def _value_follows(value: str, marks: list[int], end: int) -> bool:
    """Whether the clause after the one ending at ``end``, in the same sentence, gives the value
    achieved: it opens with a word of a result (实际, 完成值) and holds a figure that is no bound."""
    j = bisect_left(marks, end)
    if j >= len(marks) or value[marks[j]] in _SENTENCE_MARKS:
        return False  # the sentence ends with the figure's clause
    after = value[marks[j] + 1:(marks[j + 1] if j + 1 < len(marks) else len(value))]
    if not compact(after).startswith(tuple(phrases()["actual_clause_leads"])):
        return False
    # after 实际 any figure that is no bound is the value (6架: a count word the unit table lacks)
    return any(o.relation in (None, "=") for o in quantities(after))


def _only_the_bound(value: str, marks: list[int], clause: str, q: Quantity) -> bool:
    """A result stated as the target's bound (满意度高于年度指标值≥95%): the clause compares the
    result with the target and its sentence gives no other figure, so no value achieved is written."""
    if _bound_result().search(compact(clause)) is None:
        return False
    start, end = _sentence_at(value, q.start, q.end)
    # a bare number is no value achieved (the item's marker, (3)满意度指标): only a measured figure is
    return all(o is q or not (start <= o.start < end) or (o.kind == "plain" and o.unit is None)
               for o in quantities(value))


def _sentence_at(value: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and value[start - 1] not in _SENTENCE_MARKS:
        start -= 1
    while end < len(value) and value[end] not in _SENTENCE_MARKS:
        end += 1
    return start, end


_SENTENCE_MARKS = frozenset("。；;！!？?\n")


@cache
def _bound_result() -> re.Pattern[str]:
    return compile_pattern(phrases()["bound_result_pattern"])


def _clause(value: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``value`` around ``[start, end)``: from after the clause mark before it (or
    the text's start) to the clause mark after it (or the text's end)."""
    while start > 0 and value[start - 1] not in _CLAUSE_MARKS:
        start -= 1
    while end < len(value) and value[end] not in _CLAUSE_MARKS:
        end += 1
    return start, end


def _clause_at(marks: list[int], length: int, start: int, end: int) -> tuple[int, int]:
    """:func:`_clause` from the offsets of the text's clause marks (``marks``, in order) and its
    length: the last mark before ``start`` and the first at or after ``end``, found by bisection
    instead of a step per character."""
    k = bisect_left(marks, start)
    j = bisect_left(marks, end)
    return (marks[k - 1] + 1 if k else 0), (marks[j] if j < len(marks) else length)


@cache
def _signs() -> re.Pattern[str]:
    return compile_pattern("|".join(re.escape(sign) for sign in _INEQUALITY_SIGNS))


@cache
def _clause_marks() -> re.Pattern[str]:
    return compile_pattern("[" + re.escape("".join(sorted(_CLAUSE_MARKS))) + "]")
