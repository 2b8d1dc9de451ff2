"""A zero change "explained" (增加0万元，增加的主要原因是…; 差值为0万元，原因为…): the reason
belongs to no change."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from perflint import data
from perflint.text.numbers import normalise
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import SENTENCE_END

_CHANGE = lazy_compile(
    r"(?P<verb>增加|减少|增长|下降|上升|降低|增减|差值为|差额为|差异为|相差)[\s\u3000]*(?P<alt>[（(][^)）]{1,4}[)）])?[\s\u3000]*"
    r"(?P<num>[0０](?:[.．][0０]+)?)[\s\u3000]*(?P<unit>万元|亿元|元|%|％|个百分点)"
)
_REASON = lazy_compile(r"原因|是因为|由于|主要是|主要用于")
# the first characters of _CHANGE's verbs and of _REASON's words: a zero explained holds one of each
_VERB_FIRST = lazy_compile(r"[增减下上降差相]")
_REASON_FIRST = lazy_compile(r"[原是由主]")


_SENTENCE_END = lazy_compile(f"[{re.escape(SENTENCE_END)}\\n]")
_STOP = lazy_compile(f"[{re.escape(SENTENCE_END)}]")
_CHANGE_FIGURE = lazy_compile(r"(?:增加|减少|增长|下降|上升|降低|差值为|差额为|差异为|相差)[\s\u3000]*([0-9][0-9.,]*)")


@dataclass(frozen=True)
class ZeroChange:
    """A change of zero called an increase/decrease, and the reason given for it."""

    start: int
    end: int
    text: str
    verb: str
    reason_start: int
    reason_end: int
    # the text ends right after the reason's word (``…主要原因是：``): the reason, if any, is the
    # next paragraph, which a line break put apart (see :func:`says_no_change`)
    reason_open: bool = False


def zero_changes_explained(text: str) -> list[ZeroChange]:
    """``增加0万元。增加主要原因是…``: a reason given for a change that did not happen."""
    out: list[ZeroChange] = []
    if "0" not in text and "０" not in text:
        return out  # the change this looks for is a zero
    if _VERB_FIRST.search(text) is None or _REASON_FIRST.search(text) is None:
        return out  # no change's verb, or no reason's word (normalising leaves Chinese alone)
    norm = normalise(text)
    for m in _CHANGE.finditer(norm):
        if m.group("alt"):
            continue  # 增加(减少)0万元 is an unfilled template, reported as such
        prev = norm[max(0, m.start() - 2):m.start()]
        if prev.endswith(("未", "无", "不")):
            continue
        # the reason may sit in the same sentence or in the next one
        rest_start = m.end()
        first_end = _SENTENCE_END.search(norm, rest_start)
        stop = first_end.end() if first_end else len(norm)
        second_end = _SENTENCE_END.search(norm, stop)
        window_end = second_end.end() if second_end else len(norm)
        window = norm[rest_start:window_end]
        r = _REASON.search(window)
        if not r:
            continue
        # a reason in the next sentence must be about the same change (it repeats the verb)
        if rest_start + r.start() >= stop and m.group("verb") not in norm[stop:rest_start + r.start() + 1]:
            if not norm[stop:stop + 12].lstrip().startswith(("主要原因", "原因", "变动原因", "增减原因")):
                continue
        if _nonzero_change_between(norm, rest_start, rest_start + r.start()):
            continue
        if _says_no_change(norm, rest_start + r.end()):
            continue
        if out and out[-1].reason_start == rest_start + r.start():
            continue  # ``增加0万元，增长0%，主要原因是…``: amount and rate of one change, one reason
        out.append(ZeroChange(m.start(), m.end(), text[m.start():m.end()], m.group("verb"),
                              rest_start + r.start(), rest_start + r.end(),
                              not norm[rest_start + r.end():].strip(_OPEN_TAIL)))
    return out


_OPEN_TAIL = " \u3000\n是为：:"  # what may follow a reason's word when its text is elsewhere


def says_no_change(text: str) -> bool:
    """Whether the first sentence of ``text`` says that nothing changed: the reason a paragraph
    gives after a zero whose ``主要原因是：`` ended the paragraph before it."""
    return _says_no_change(normalise(text), 0)


def _nonzero_change_between(text: str, start: int, end: int) -> bool:
    """Another, real change between the zero and the reason: the reason is about that one."""
    segment = text[start:end]
    for m in _CHANGE_FIGURE.finditer(segment):
        try:
            if Decimal(m.group(1).replace(",", "").rstrip(".")) != 0:
                return True
        except ArithmeticError:
            continue
    return False


def _says_no_change(text: str, start: int) -> bool:
    """Whether the reason starting at ``start`` says, within its sentence, that nothing changed
    (``主要原因是：本单位无经营收入，与去年相比无变化``)."""
    end = _STOP.search(text, start)  # a line break inside a reason is a wrap, not its end
    clause = text[start:end.start() if end else len(text)].replace("\n", "")
    return any(p in clause for p in data.load("boilerplate")["no_change_reasons"])
