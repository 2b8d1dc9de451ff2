"""Enumerations of words joined by 、 in which one item comes back (律师、法律援助、律师、公证).

An enumeration of plain words (no figures: those are :func:`perflint.extract.similarity.enumeration_groups`'s)
lists different things: 健康教育、预防接种、儿童健康管理 … An item written again further down the same
list, with others between, is a paste made twice (the item that should have stood there is
missing). An item written again right after itself is a doubling (D208's
``doubled_list_items``) and is left to it.

A list is read inside one clause (between two of ，。；：！？, brackets, 及 / 和 / 与 / 或 and 等), its items split at
、; the first item may carry the clause's lead-in (``包括建立居民健康档案``): a later item
repeating its last words (four characters or more) counts. The last item may run on into the
clause's close (``公证等工作``): a 等 ends the list. Items of two Chinese characters or more are
compared, quotation marks and white space aside.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.text.patterns import lazy_compile

# a clause; 及 / 和 / 与 / 或 join two lists into one sentence (刑事、民事、行政诉讼及刑事、民事、
# 行政裁决), and 等 closes one (市政等监督、管理、服务): each read on its own
_CLAUSE = lazy_compile(r"[^，,。；;：:！？!?()（）\n及和与或等]+")
_ITEM_CHARS = lazy_compile(r"^\s*[\u4e00-\u9fff“”‘’\"'《》]+\s*$")
_QUOTES = str.maketrans("", "", "“”‘’\"'《》 \t")
# an item ending in a numeral runs into the next item's marker (一、部门职责 二、机构设置 read
# as one line): a flattened outline, whose titles come back part after part
_NUMERALS = "一二三四五六七八九十"
MIN_ITEMS = 3  # items in the enumeration, the repeated one counted twice
MIN_TAIL = 4  # characters a later item must have to count as the first item's last words


@dataclass(frozen=True)
class RepeatedWord:
    """``text[start:end]`` is an item of a 、 list that repeats the item at ``first_start:first_end``."""

    name: str
    start: int
    end: int
    first_start: int
    first_end: int


def repeated_list_words(text: str) -> list[RepeatedWord]:
    """Every item of a word enumeration in ``text`` written again with other items between (module
    docstring)."""
    if text.count("、") < MIN_ITEMS - 1:
        return []
    out: list[RepeatedWord] = []
    for clause in _CLAUSE.finditer(text):
        value = clause.group(0)
        if value.count("、") < MIN_ITEMS - 1:
            continue
        items: list[tuple[str, int, int]] = []
        pos = clause.start()
        parts = value.split("、")
        for part in parts:
            start, end = pos, pos + len(part)
            pos = end + 1
            word = text[start:end]
            if not _ITEM_CHARS.match(word) or word.rstrip()[-1:] in _NUMERALS:
                items.append(("", start, end))  # a figure, a mark: no word to compare
                continue
            items.append((word.translate(_QUOTES), start, end))
        for k, (name, start, end) in enumerate(items):
            if sum("\u4e00" <= ch <= "\u9fff" for ch in name) < 2:
                continue
            for j, (other, o_start, o_end) in enumerate(items[:max(k - 1, 0)]):  # not the item right before
                same = other == name or (j == 0 and len(name) >= MIN_TAIL and other.endswith(name))
                if same:
                    out.append(RepeatedWord(name, start, end, o_start, o_end))
                    break
    return out
