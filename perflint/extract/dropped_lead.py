"""A fixed comparison that lost its opening preposition: ``，2023年度相比，减少…`` for
``与2023年度相比``.

The genre states every change against a year in one formula, 与 + the year + 相比 (与上年相比，
与2023年度相比，收入减少…); of the comparisons the stored pages of the genre write after a year,
every one has its 与 (or 與) but three, all the same slip of one unit's template. A year opening a
clause and followed by 相比 and then by the change itself (a break, 增加, 减少…) has lost it: with
something compared after 相比 (2024年相比上年增加) the year is the subject and the clause is whole.

Read in the draft's texts joined, only around each 相比 they hold (found in C): the pattern is
tried on the few characters before and after it, not at every character of the draft.
"""

from __future__ import annotations

from perflint.extract.slips import ContextSlip
from perflint.text.patterns import find_all, lazy_compile

# a clause bound, then the year (or 上年, 去年…) and 相比, then the change with nothing compared
_BARE_COMPARISON = lazy_compile(
    r"[，,。；;][ \u3000]*"
    r"((?:(?:19|20)\d{2}[ \u3000]*年度?|上一?年度?|去年)(?:同期)?[ \u3000]*相比)"
    r"(?=[ \u3000]*(?:[，,]|增加|增长|减少|下降|上升|持平|基本|略有|有所|无变化|没有变化))")
_REACH = 16  # the bound, blanks and year before 相比; the blanks and change after it


def bare_comparisons(text: str) -> list[ContextSlip]:
    """Each ``2023年度相比`` that opens a clause and reports a change: ``written`` is it as
    written, ``usual`` it with its 与."""
    out: list[ContextSlip] = []
    for p in find_all(text, "相比"):
        for m in _BARE_COMPARISON.finditer(text, max(0, p - _REACH), p + _REACH):
            if m.end(1) == p + 2:
                out.append(ContextSlip(0, m.start(1), m.end(1), m.group(1), "与" + m.group(1)))
    return out


# 以 + what guides + 为指导 (坚持以…思想为指导，): the genre's fixed formula of guidance. Written with
# 的 for 为 and nothing after 指导 but a clause bound (坚持以…思想的指导，), the 以 frame is left open:
# 在…的指导下 has its 下, 思想的指导意义 its noun, and a 以 inside another frame (以人民为中心的发展思想)
# has its own 为. 以 ending a word (可以, 予以, 加以 …) opens no frame.
_GUIDANCE = lazy_compile(r"(思想|理论|精神|方针|方略|路线)的指导(?=[，,。；;\n]|$)")
_GUIDANCE_LEAD = lazy_compile(r"(?<![可所予加得难足用借据赖])以[^，,。；;：:\n为以在]{2,40}$")
_GUIDANCE_REACH = 44  # 以 and what guides before 的指导


def guidance_frames(text: str) -> list[ContextSlip]:
    """Each ``以…思想的指导`` closing a clause: ``written`` is 思想的指导, ``usual`` 思想为指导."""
    out: list[ContextSlip] = []
    for p in find_all(text, "的指导"):
        m = _GUIDANCE.match(text, max(0, p - 2), p + 4)
        if m is None or m.end(1) != p:
            continue
        if _GUIDANCE_LEAD.search(text, max(0, m.start() - _GUIDANCE_REACH), m.start()):
            out.append(ContextSlip(0, m.start(), m.end(), m.group(0), m.group(1) + "为指导"))
    return out


# A change opened by a clause bound and its comparison term (，同比下降3.5% / ，环比增长): the term
# is one the genre writes with 比 (同比, 环比, 可比, 相比, 占比 …, the pairs of the genre's table). A
# character that makes no such pair with 比 (，直比下降) stands where 同比 goes; a Traditional one
# is read as its Simplified form (佔比 is 占比).
_CHANGES = ("增长", "下降", "增加", "减少", "上升")
_BOUNDS = "，,。；;：:"


def odd_comparisons(text: str) -> list[ContextSlip]:
    """Each ``，X比下降`` whose X比 is no pair the genre writes: ``usual`` is 同比."""
    from perflint.extract.char_pairs import table  # read only where a 比 opens a change
    from perflint.text.scripts import script_table

    out: list[ContextSlip] = []
    for p in find_all(text, "比"):
        if p < 2 or text[p - 2] not in _BOUNDS or not text.startswith(_CHANGES, p + 1):
            continue
        ch = text[p - 1]
        if "\u4e00" <= ch <= "\u9fff" and not table().is_known(ch.translate(script_table()) + "比"):
            out.append(ContextSlip(0, p - 1, p + 1, ch + "比", "同比"))
    return out
