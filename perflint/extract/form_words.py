"""Slips in the fixed words of the forms' positions (T801).

A 自评表's 一级/二级 indicator cells and the titles of the public 决算 tables are words of the
Ministry of Finance templates: a cell in the indicator-level column, or a contents entry, heading or
caption naming a 决算 table, one edit (a character dropped, added, replaced, or two swapped) from a
member of that position's vocabulary and no member itself is a slip (``产业指标`` under 一级指标,
``一般公共预算财政拨款基本支出决表``). The same words in running prose may be real ones (an
industry's 产业指标), so only the position is read. A budget's name blended from two of them
(``政府性经营预算``: 政府性基金预算 and 国有资本经营预算) names none, wherever it stands; so does a
table's title whose budget lost its 预算 (``政府性基金财政拨款收入支出决算表``).

The vocabularies, and every spelling real templates use (``*_variants``), are data: ``forms.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.model import SourceText
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

_WEIGHT = lazy_compile(r"(?:[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]|\d+(?:\.\d+)?分)$")
_QUOTES = str.maketrans("", "", "“”\"‘’'「」")
_PAGE_TAIL = lazy_compile(r"[\s.．…·•\-—_\d]+$")
_MAX_LEVEL_CELL = 14
_MAX_TITLE = 48
# where a table's title may start inside a longer text: after a year, a colon, a list mark
_TITLE_LEADS = frozenset("度:：、.．)）】]")


@dataclass(frozen=True)
class FormWordSlip:
    """``source.value[start:end]`` is ``text``, a slip of the fixed word ``term``."""

    source: SourceText
    start: int
    end: int
    text: str
    term: str


@dataclass(frozen=True)
class _Vocab:
    levels: tuple[str, ...]
    level_known: frozenset[str]
    tables: tuple[str, ...]
    table_known: frozenset[str]
    funds: tuple[str, ...]
    blends: dict[str, tuple[str, str]]  # a blend → the two budgets it mixes
    shown: dict[str, str]  # a table's title as it is written (“三公” in quotes)


@cache
def _vocab() -> _Vocab:
    d = data.load("forms")
    levels = tuple(d["indicator_levels"])
    tables = tuple(x.translate(_QUOTES) for x in d["final_account_tables"])
    fund_words = [tuple(w) for w in d["funds"]]
    funds = tuple("".join(w) for w in fund_words)
    blends: dict[str, tuple[str, str]] = {}
    for f in fund_words:
        for g in fund_words:
            if f == g:
                continue
            for a in range(1, len(f) - 1):
                for b in range(1, len(g) - 1):  # the second name's words from one before its 预算
                    blend = "".join(f[:a] + g[b:])
                    if f[a - 1] != g[b] and blend not in funds and not any(blend in x for x in funds):
                        blends.setdefault(blend, ("".join(f), "".join(g)))
    known = (*tables, *(x.translate(_QUOTES) for x in d["final_account_table_variants"]))
    # a 部门预算's tables are named as the 决算's with 预算 for 决算 (收入预算表, 支出预算表): no slip
    known = (*known, *(x.replace("决算", "预算") for x in known))
    shown = {x.translate(_QUOTES): x for x in d["final_account_tables"]}
    return _Vocab(levels, frozenset((*levels, *d["indicator_level_variants"])), tables, frozenset(known),
                  funds, blends, shown)


def _one_edit(written: str, term: str) -> bool:
    """Whether ``written`` is ``term`` with one character replaced, dropped or added, or two
    neighbouring characters swapped."""
    n, m = len(written), len(term)
    if n == m:
        diffs = [i for i in range(n) if written[i] != term[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and written[diffs[0]] == term[diffs[1]] and written[diffs[1]] == term[diffs[0]])
    if abs(n - m) != 1:
        return False
    short, long_ = (written, term) if n < m else (term, written)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def _level_slip(value: str, vocab: _Vocab) -> str | None:
    """The level ``value`` (a cell) is a slip of, or None; kept by value (a form's cells recur)."""
    if value in vocab.level_known:
        return None  # (most level cells: the template's word as it stands)
    try:
        return _LEVEL_SLIPS[value]
    except KeyError:
        pass
    if len(_LEVEL_SLIPS) > _MAX_KEPT:
        _LEVEL_SLIPS.clear()
    found = _LEVEL_SLIPS[value] = _read_level_slip(value, vocab)
    return found


_LEVEL_SLIPS: dict[str, str | None] = {}
_MAX_KEPT = 20_000


def _read_level_slip(value: str, vocab: _Vocab) -> str | None:
    head = _WEIGHT.sub("", compact(value))
    if len(head) < 4 or len(head) > _MAX_LEVEL_CELL or head in vocab.level_known:
        return None
    found = [t for t in vocab.levels if _one_edit(head, t)]
    if len(found) != 1:
        return None
    term = found[0]
    if len(head) < len(term) and (head == term[1:] or head == term[:-1]):
        return None  # a cell cut at its edge (满意度指 | 标: a word wrapped in a narrow column)
    return term


_NEAR = 8  # texts either side where the form's other level words are looked for


def level_cell_slips(texts: list, joined) -> list[FormWordSlip]:
    """The texts (a table cell, or a line of a form read one cell a line) that hold a 一级/二级
    indicator word alone (with its weight or not) one edit from a level of the template and none
    of its spellings (``产业指标`` for 产出指标, ``时效指示`` for 时效指标), among the form's other
    level words (one of the eight texts either side is one): the level column of a 自评表, where
    the same word in prose (an industry's 产业指标) never stands. ``texts`` are the document's
    (:attr:`perflint.facts.Facts.texts`), ``joined`` their values joined
    (:class:`perflint.extract.slips.JoinedTexts`): only the texts holding 指 or 标 near their end are
    read."""
    vocab = _vocab()
    out: list[FormWordSlip] = []
    known = vocab.level_known
    levels: list[bool] | None = None
    for index in joined.holding(_LEVEL_CHARS.search):  # (one look at each text holding one)
        t = texts[index]
        value = t.text.value
        if len(value) > _MAX_LEVEL_CELL + 10 or t.where not in _CELLS:
            continue
        term = _level_slip(value, vocab)
        if term is None:
            continue
        if levels is None:  # (only a draft with a candidate pays for this list)
            levels = [len(x.text.value) <= _MAX_LEVEL_CELL + 10 and _WEIGHT.sub("", compact(x.text.value)) in known
                      for x in texts]
        if not any(levels[max(0, index - _NEAR):index + _NEAR + 1]):
            continue
        text = t.text.value
        lead = len(text) - len(text.lstrip())
        body = _WEIGHT.sub("", text.strip()).rstrip()
        out.append(FormWordSlip(t.text, lead, lead + len(body), body, term))
    return out


# 指 or 标 near a text's end (a level word ends in 指标, its weight after it or not): a text holding
# 指标 inside a sentence is no level cell, and is passed over in C
_LEVEL_CHARS = lazy_compile(r"[指标][^\n]{0,12}(?=\n|\Z)")


def weighted_level_slips(texts: list, joined) -> list[FormWordSlip]:
    """A word written right before a group's weight in brackets (``产业指标(60分)``), from the
    text's start or a blank or bar before it, one edit from a level of the template and none of its
    spellings, with another level word of the template within 60 characters: the 一级 column of a
    form flattened into one line (a whole form in a paragraph), where the weight marks the position
    as a cell would."""
    vocab = _vocab()
    out: list[FormWordSlip] = []
    s = joined.joined
    for m in _WEIGHT_BRACKET.finditer(s):
        end = m.start()
        if end and s[end - 1] in " \u3000":
            end -= 1  # (a blank between the word and its weight)
        start = end
        while start > 0 and end - start <= _MAX_LEVEL_CELL and s[start - 1] not in _WORD_EDGE:
            start -= 1
        if not 3 <= end - start <= _MAX_LEVEL_CELL or s[start - 1:start] not in _WORD_EDGE_OR_START:
            continue
        word = s[start:end]
        term = _level_slip(word, vocab)
        if term is None:
            continue
        near = s[max(0, start - _NEAR_CHARS):start] + " " + s[m.end():m.end() + _NEAR_CHARS]
        if not any(level in near for level in vocab.levels):
            continue  # no other level word of a form beside it: a scoring item of another table
        index, offset = joined.place(start)
        out.append(FormWordSlip(texts[index].text, offset, offset + len(word), word, term))
    return out


# a group's weight in brackets after its word (a blank between or not)
_WEIGHT_BRACKET = lazy_compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]")
_NEAR_CHARS = 60  # where the form's other level words are looked for, either side
_WORD_EDGE = frozenset(" \t\u3000|｜\n")
_WORD_EDGE_OR_START = frozenset((*_WORD_EDGE, ""))
_CELLS = frozenset(("cell", "paragraph"))


def labelled_level_slips(texts: list, joined) -> list[FormWordSlip]:
    """The texts that open with a level's word as a label, its colon after it (``产业指标：``
    alone on its line, or ``1.效溢指标：`` before its target), one edit from a level of the template
    and none of its spellings, among other texts labelled with a level of the template (one of the
    eight texts either side): a 绩效目标 written out in the narrative as the form's levels, the
    label's position telling the word as the form's level column does. ``texts`` and ``joined`` as
    :func:`level_cell_slips` takes them: only the texts holding 指标 before a colon are read."""
    vocab = _vocab()
    out: list[FormWordSlip] = []
    for index in joined.holding(_LABEL_END.search):  # (one look at each text holding one)
        t = texts[index]
        if t.where not in _LABEL_PLACES:
            continue
        label = _LABEL.match(t.text.value)
        if label is None:
            continue
        word = label.group(1)
        term = _level_slip(word, vocab)
        if term is None:
            continue
        near = [texts[i].text.value for i in range(max(0, index - _NEAR), min(len(texts), index + _NEAR + 1))
                if i != index]
        if not any(_labels_a_level(value, vocab) for value in near):
            continue  # no other level labelled beside it: an industry's 产业指标 in prose
        if any(_labels_no_level(value, vocab) for value in near):
            continue  # 经济指标： beside it: the unit's own kinds of target, not the form's levels
        out.append(FormWordSlip(t.text, label.start(1), label.end(1), word, term))
    return out


def _labels_a_level(value: str, vocab: _Vocab) -> bool:
    label = _LABEL.match(value) if "指标" in value else None
    return label is not None and label.group(1) in vocab.levels


def _labels_no_level(value: str, vocab: _Vocab) -> bool:
    """Whether ``value`` opens with a label of neither a level nor a slip of one, its target after
    it (经济指标：工业增加值增长8%). A label alone on its line (绩效指标：, 一级指标：) heads a list."""
    label = _LABEL.match(value) if "指标" in value else None
    if label is None or not value[label.end():].strip():
        return False
    word = label.group(1)
    return word not in vocab.levels and _level_slip(word, vocab) is None


# 指标 before a colon; a text opening with a word ending in 指标 and its colon, a list mark before it
_LABEL_END = lazy_compile(r"指标[ \t\u3000]*[:：]")
_LABEL = lazy_compile(r"[ \t\u3000]*(?:[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．)）]|[①-⑳])?[ \t\u3000]*"
                      r"([\u4e00-\u9fff]{2,12}指标)[ \t\u3000]*[:：]")
_LABEL_PLACES = frozenset(("paragraph", "heading", "cell"))


def _table_slip(key: str, vocab: _Vocab, edits: bool) -> str | None:
    """The standard table ``key`` (a title without quotes and blanks) is a slip of, or None: one
    edit from it (with ``edits``), or its budget's name without 预算 or blended from two."""
    if key in vocab.table_known:
        return None
    for term in vocab.tables:
        if edits and _one_edit(key, term):
            return term
        for fund in vocab.funds:
            if fund not in term:
                continue
            if key == term.replace(fund, fund[:-2]):  # the budget lost its 预算
                return term
            for blend, pair in vocab.blends.items():
                if fund in pair and key == term.replace(fund, blend):
                    return term
    return None


def _title_keys(value: str) -> list[tuple[int, str]]:
    """The places a 决算 table's title may start in a text ending in 表, with the title from each."""
    key = value.translate(_QUOTES)
    out = [(0, key)]
    for i in range(1, len(key) - 4):
        if key[i - 1] in _TITLE_LEADS or key[i - 1].isdigit():
            out.append((i, key[i:]))
    return out


def table_title_slips(texts: list, joined) -> list[FormWordSlip]:
    """Contents entries, headings and short lines (a table's caption) naming a public 决算 table
    one edit, or a budget's name, from a standard title (``一般公共预算财政拨款基本支出决表``,
    ``政府性基金财政拨款收入支出决算表``, ``政府性经营预算财政拨款支出决算表``). ``texts`` and
    ``joined`` as :func:`level_cell_slips` takes them: only the texts ending in 表 are read."""
    vocab = _vocab()
    out: list[FormWordSlip] = []
    for m in _ENDS_IN_TABLE.finditer(joined.joined):
        index, _offset = joined.place(m.start())
        t = texts[index]
        if t.where not in _TITLES:
            continue
        source = t.text
        value = source.value
        if "决" not in value and "算" not in value:
            continue
        stripped = _PAGE_TAIL.sub("", value.rstrip()) if t.where == "toc" else value.rstrip()
        if not stripped.endswith("表"):
            continue
        c = "".join(stripped.split())
        if len(c) > _MAX_TITLE + 12:
            continue
        bare = c.translate(_QUOTES)
        # a standard title after a lead of its own (一、, 2023年, 非财政拨款…) is no edit of
        # another; a budget's name that lost its 预算 may leave one (财政拨款收入支出决算表)
        edits = not any(bare.endswith(x) for x in vocab.table_known)
        for _i, key in _title_keys(c):
            if len(key) > _MAX_TITLE:
                continue
            term = _table_slip(key, vocab, edits)
            if term is not None:
                term = vocab.shown.get(term, term)
                start = _source_start(stripped, key)
                if start is not None:
                    out.append(FormWordSlip(source, start, len(stripped), stripped[start:], term))
                break
    return out


# a text ending in 表 (a contents entry's page number after it or not)
_ENDS_IN_TABLE = lazy_compile(r"表[ \t\u3000.．…·•\-—_\d]*(?=\n|\Z)")
_TITLES = frozenset(("heading", "toc", "paragraph"))


def _source_start(stripped: str, key: str) -> int | None:
    """Where in ``stripped`` (blanks and quotes kept) the title ``key`` (without them) starts."""
    want = len(key)
    count = 0
    for pos in range(len(stripped) - 1, -1, -1):
        ch = stripped[pos]
        if ch.isspace() or ch in "“”\"‘’'「」":
            continue
        count += 1
        if count == want:
            return pos
    return None


def blended_budget_names(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, written, meant)`` for each budget's name in ``text`` blended from two
    (``政府性经营预算``; ``meant`` is the one of the two the text does not name elsewhere, or both:
    ``政府性基金预算/国有资本经营预算``), or written with 决算 for its 预算 before its grants
    (``一般公共决算财政拨款``)."""
    if "预算" not in text and "决算财政拨款" not in text:
        return []
    vocab = _vocab()
    out: list[tuple[int, int, str, str]] = []
    longest = max(map(len, vocab.blends), default=0)
    p = text.find("预算")
    while p >= 0:
        end = p + 2
        for k in range(longest, 3, -1):
            if k > end:
                continue
            piece = text[end - k:end]
            pair = vocab.blends.get(piece)
            if pair is not None:
                named = [x for x in pair if x in text]
                meant = [x for x in pair if x not in named]
                out.append((end - k, end, piece, meant[0] if len(meant) == 1 else "/".join(pair)))
                break
        p = text.find("预算", end)
    # a budget's name with 决算 for its 预算 before its grants (一般公共决算财政拨款): no budget's
    p = text.find("决算财政拨款")
    while p >= 0:
        for fund in vocab.funds:
            stem = fund[:-2]
            if text.startswith(stem, p - len(stem)):
                out.append((p - len(stem), p + 2, stem + "决算", fund))
                break
        p = text.find("决算财政拨款", p + 6)
    return sorted(out)


__all__ = ["FormWordSlip", "blended_budget_names", "labelled_level_slips", "level_cell_slips",
           "table_title_slips", "weighted_level_slips"]
