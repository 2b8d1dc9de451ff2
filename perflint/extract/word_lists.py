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


# Clauses of one sentence joined by ；: a list of duties or tasks written in one paragraph
# (依法审判…案件；审理…案件；负责…工作). A clause written again further down the same sentence,
# whole or with a stretch of its middle left out, is one duty pasted twice (the duty that should
# have stood there is missing); the sentence ends at 。！？, and a clause right after its double is
# D208's doubling.
_CLAUSE_SEP = lazy_compile(r"[；;]")
_CLAUSE_KEY_DROP = str.maketrans("", "", "“”‘’\"'《》 \t\u3000，,、")
_CLAUSE_LEAD = lazy_compile(r"^\s*(?:[（(]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）、.．]|[①-⑳])\s*")
MIN_CLAUSE = 12  # Chinese characters a clause must have to be compared (a duty, not a word)
MIN_CLAUSE_LEAD = 10  # the words a shortened copy shares with its clause before the cut
MIN_CLAUSE_CLOSE = 2  # ...and after it (its last words: 案件, 工作)


_HAN = lazy_compile(r"[\u4e00-\u9fff]")


def _han_count(text: str) -> int:
    """Chinese characters in ``text`` (counted in C)."""
    return len(_HAN.findall(text)) if len(text) >= MIN_CLAUSE else 0


def _shortened(short: str, long: str) -> bool:
    """``short`` is ``long`` with one stretch of its middle left out: the same opening (ten
    characters or more) and the same close (two or more)."""
    if len(short) >= len(long):
        return False
    lead = 0
    while lead < len(short) and short[lead] == long[lead]:
        lead += 1
    close = len(short) - lead
    return lead >= MIN_CLAUSE_LEAD and close >= MIN_CLAUSE_CLOSE and long.endswith(short[lead:])


def repeated_clauses(text: str) -> list[RepeatedWord]:
    """Every clause of a ；-joined sentence that repeats an earlier clause of it (not the one right
    before), whole or shortened by a stretch of its middle (block comment above)."""
    from perflint.text.sentences import sentences

    out: list[RepeatedWord] = []
    for s_start, s_end in sentences(text):
        sentence = text[s_start:s_end]
        if sentence.count("；") + sentence.count(";") < 2:
            continue
        clauses: list[tuple[str, int, int]] = []
        pos = s_start
        for sep in [*(m.start() + s_start for m in _CLAUSE_SEP.finditer(sentence)), s_end]:
            start, end = pos, sep
            pos = sep + 1
            lead = _CLAUSE_LEAD.match(text, start, end)
            if lead:
                start = lead.end()
            while end > start and text[end - 1] in "。！？!?.\n ":
                end -= 1
            key = text[start:end].translate(_CLAUSE_KEY_DROP)
            clauses.append((key if _han_count(key) >= MIN_CLAUSE else "", start, end))
        for k, (key, start, end) in enumerate(clauses):
            if not key or (k and clauses[k - 1][0] == key):
                continue  # no duty, or the double of the clause right before it (D208's)
            for j, (other, o_start, o_end) in enumerate(clauses[:k]):
                if not other:
                    continue
                if (other == key and j < k - 1) or _shortened(key, other) or _shortened(other, key):
                    out.append(RepeatedWord(text[start:end], start, end, o_start, o_end))
                    break
    return out
