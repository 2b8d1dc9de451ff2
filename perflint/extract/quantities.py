"""What a figure stands for: an indicator's kind (a rate, a count, a sum of money), read from
its name, and where a draft's prose lives (paragraphs, headings, sentence-holding cells).
The facts read from figures live beside it: amounts, percentages, figure_units,
budget_statements, table_units, announced_counts.

The units and consistency families compare figures with their neighbours and with other
statements of the same quantity; the facts they compare are read here, from plain strings, so
every reading is unit-tested apart from the checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from perflint import data
from perflint.facts import facts_of
from perflint.model import Document, Heading, Paragraph, Part, SourceText, Table
from perflint.text.memo import remember_short
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

ITEM_DELIMS = "、，,；;"
_CJK = lazy_compile(r"[\u4e00-\u9fff]")
_CJK_RUN_END = lazy_compile(r"[\u4e00-\u9fff]+$")
_OPEN = "（(“‘《「【〔"
_CLOSE = "）)”’》」】〕"
_PERIOD_WORDS = ("上年", "去年", "上一年", "上年度", "同期", "前年", "以前年度", "往年")


@cache
def vocab() -> dict[str, Any]:
    return data.load("indicators")



_NAME_TAIL = lazy_compile(r"[（(]\s*(?:%|％|万元|元|人次|人|个|次|家|户)\s*[）)]\s*$")


@remember_short(8192)
def clean_name(name: str) -> str:
    """An indicator name without blanks and a trailing unit note such as ``(%)`` (remembered:
    the checks of forms ask it of the same names again and again, and a substitution is the
    dearest step of it)."""
    text = compact(name)
    return _NAME_TAIL.sub("", text)


@cache
def _suffixes(key: str) -> tuple[str, ...]:
    """A suffix list of the vocabulary as a tuple: one ``endswith`` call tries them all."""
    return tuple(vocab()[key])


@remember_short(8192)
def indicator_kind(name: str) -> str | None:
    """``rate``, ``amount``, ``visits`` (人次), ``persons`` (人数) or None for an indicator name
    (remembered: every check of indicator values asks it of the same names)."""
    n = clean_name(name)
    if not n:
        return None
    if n.endswith(_suffixes("not_rate_suffixes")):
        return None
    if n.endswith(_suffixes("rate_suffixes")):
        return "rate"
    if "人次" in n:
        return "visits"
    if n.endswith("人数"):
        return "persons"
    if "率" in n or "比例" in n or "占比" in n:
        return None
    if n.endswith(_suffixes("amount_suffixes")):
        if any(verb in n for verb in _suffixes("amount_action_verbs")):
            return None  # 按合同支付资金: a task done with the money, measured in %
        return "amount"
    return None


def is_capped_rate(name: str) -> bool:
    """Whether the name is a rate of a part of a whole (参保率, 覆盖率): at most 100%."""
    n = clean_name(name)
    return n.endswith(_suffixes("capped_rates")) and not any(w in n for w in _suffixes("uncapped_stems"))


def is_rate_name(name: str) -> bool:
    """Names ending with 率/比例 (not 满意度, which drafts often fill with words such as 满意)."""
    n = clean_name(name)
    return n.endswith(("率", "比例", "比率", "占比"))



_PROSE_PUNCTUATION = frozenset("，。；,")
_PROSE_MIN = 15


def is_prose_cell(text: str) -> bool:
    """A table cell that holds sentences (a 总体运行情况 box), not a label or a figure."""
    t = text.strip()
    return len(t) >= _PROSE_MIN and not _PROSE_PUNCTUATION.isdisjoint(t)


def prose_texts(part: Part) -> Iterator[tuple[object, SourceText]]:
    """Paragraphs, headings and the sentence-holding cells of tables, with their block."""
    for block in part.blocks:
        if isinstance(block, (Paragraph, Heading)):
            yield block, block.text
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    value = cell.value
                    if len(value) >= _PROSE_MIN and is_prose_cell(value):  # most cells: too short
                        yield block, cell.text



def part_prose(doc: Document, part: Part) -> list[tuple[object, SourceText]]:
    """``prose_texts(part)``, listed once per document: a dozen checks walk the same prose, and
    telling a sentence-holding cell from a label is not free on a large table."""
    by_part = facts_of(doc).cached("quantities.prose", lambda d: {id(p): list(prose_texts(p)) for p in d.parts})
    found = by_part.get(id(part))
    return found if found is not None else list(prose_texts(part))


@lru_cache(maxsize=64)
def longest_first(words: tuple[str, ...]) -> list[str]:
    """The words by length, longest first, sorted once per word list (not per figure)."""
    return sorted(words, key=len, reverse=True)


@lru_cache(maxsize=64)
def _end_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The non-empty words, longest first, as one tuple for ``str.endswith``."""
    return tuple(w for w in longest_first(words) if w)


def strip_end(text: str, words: list[str]) -> str:
    """``text`` without trailing blanks and any of ``words`` (repeatedly, longest first).

    One ``endswith`` with all the words tells whether any is there (most texts end with none);
    only then are they tried one by one, longest first, to cut the right one."""
    ordered = _end_words(tuple(words))
    text = text.rstrip(" \t\u3000")
    while text.endswith(ordered):
        w = next(w for w in ordered if text.endswith(w))
        text = text[: -len(w)].rstrip(" \t\u3000")
    return text
