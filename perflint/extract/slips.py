"""Typing slips that need no vocabulary: a word or phrase typed twice in a row, 得 for 的.

The vocabulary of :mod:`perflint.extract.terms` knows the forms' terms; these slips are found in
any unit's wording because they are visible from the text alone. A Chinese word written twice
back to back (原因原因, 食品食品) is almost never meant: real reduplication doubles single
characters (常常, 层层) or a verb for a light "try" (研究研究), and both are listed as data.

Every function takes the text and, where it matters, the offsets at which a new source line
starts: a text importer joins a flattened table's cells into one paragraph without a separator,
and two neighbouring cells that say the same (小计 / 小计) must not read as a doubled word.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import operator
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.text.memo import remember_short
from perflint.text.patterns import compile_pattern, find_all, lazy_compile

MIN_UNIT = 2  # single characters doubled are the vocabulary's business (T803) or reduplication
MAX_UNIT = 24


@dataclass(frozen=True)
class Repeat:
    """``text[start:end]`` is ``unit`` written twice; the second copy starts at ``start + len(unit)``."""

    start: int
    end: int
    unit: str


# Where some run of MIN_UNIT..MAX_UNIT Chinese characters is written twice back to back: the only
# positions the finder below need look at (found by the regex engine, not a Python loop per size).
_DOUBLING_START = lazy_compile(rf"(?=([\u3400-\u4dbf\u4e00-\u9fff]{{{MIN_UNIT},{MAX_UNIT}}})\1)")


@cache
def _lists() -> dict:
    return data.load("terms").get("slips") or {}


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


class JoinedTexts:
    """A draft's texts joined by ``"\n"`` (``joined``), and where each starts in it (``starts``).

    The finders over all of a draft's texts (truncated words, names cut short) search the joined
    texts once, in C, instead of text by text: a search (or a Python test) per text of a draft of
    three hundred was most of their cost. A match of Chinese characters never spans two texts."""

    __slots__ = ("texts", "joined", "starts", "ends")

    def __init__(self, texts: list[str]) -> None:
        self.texts = list(texts)
        before = list(itertools.accumulate(map(len, texts), initial=0))
        self.starts: list[int] = list(map(operator.add, before[:-1], range(len(texts))))
        self.ends: list[int] = list(map(operator.add, before[1:], range(len(texts))))  # each text's end
        self.joined = "\n".join(texts)

    def place(self, pos: int) -> tuple[int, int]:
        """``(index, offset)`` in the text holding position ``pos`` of the joined texts."""
        idx = bisect.bisect_right(self.starts, pos) - 1
        return idx, pos - self.starts[idx]

    def holding(self, search: Callable[..., re.Match | None]) -> Iterator[int]:
        """The index of each text a pattern's ``search`` matches in, once per text and in order:
        the search goes on from the end of the text its last match fell in."""
        s, ends = self.joined, self.ends
        m = search(s)
        while m is not None:
            index = bisect.bisect_right(self.starts, m.start()) - 1
            m = search(s, ends[index])
            yield index


_JOINED: list[JoinedTexts] = []


def joined_texts(texts: list[str]) -> JoinedTexts:
    """The :class:`JoinedTexts` of ``texts``, made once for the several finders a check calls on
    the same list (the last one is kept, compared by its texts)."""
    if _JOINED and _JOINED[0].texts == texts:  # the same strings: compared by identity, at once
        return _JOINED[0]
    joined = JoinedTexts(texts)
    _JOINED[:] = [joined]
    return joined


def repeated_words(text: str, breaks: Collection[int] = ()) -> list[Repeat]:
    """Chinese words or phrases of two or more characters written twice in a row.

    Both copies must be all Chinese characters with nothing between them, and not join across a
    source line (``breaks``: offsets where a new line of the file begins). Listed reduplications
    (雪白雪白; 研究研究 only where a light "try" is asked for: 需要研究研究, 讨论讨论吧), numeral phrases (一个一个) and copies holding 不/没 (是不是不…) are left alone.
    """
    known = _known_words()
    allowed, quiet_chars, numerals, admin, headers = _repeat_lists()
    found: list[Repeat] = []
    n = len(text)
    i = 0
    for candidate in _DOUBLING_START.finditer(text):
        if candidate.start() < i:
            continue  # inside the previous repeat
        i = candidate.start()
        hit = None
        for size in range(min(MAX_UNIT, (n - i) // 2), MIN_UNIT - 1, -1):
            if text[i + size] != text[i]:
                continue  # cheap test first: a repeat starts with its first character again
            unit = text[i:i + size]
            if text[i + size:i + 2 * size] != unit or not all(_is_cjk(ch) for ch in unit):
                continue
            if i + size in breaks or unit + unit in allowed or unit[0] in numerals and not _place_name(unit, admin):
                continue
            if unit + unit in _tentative()[0] and _asked_for(text, i, i + 2 * size):
                continue  # 需要研究研究, 讨论讨论吧: a verb doubled for a light "try"
            if breaks and _cells_shifted(text, i, size, breaks):
                continue
            if len(set(unit)) == 1 or any(ch in quiet_chars for ch in unit) or unit in headers:
                continue
            if _header_group(text, i, i + 2 * size, unit):
                continue  # 预算数决算数预算数决算数: one group of column headers for each year
            if _table_like(text, i, i + 2 * size) or _three_copies(text, i, size) or _in_glued_row(text, i, i + 2 * size):
                continue
            if _header_run(text, i, size):
                continue
            if _interleaved(text, i, i + 2 * size) or _value_then_label(text, i, size):
                continue
            if not _field_doubled_inside(text, i, size) and (
                    (not _whole_phrase(unit) and _runs_on(text, i + size, size, known))
                    or (_misaligned(text, i, size, known) and not _doubled_tail(text, i, size, known))):
                continue
            if size == 2 and unit[1] in admin:
                continue  # 盐城市城市管理局: a place name ending in the unit's first character
            if _office_names_run_together(text, i, size):
                continue  # 政务科商务科商贸股: three offices' names, no 、 between them
            hit = Repeat(i, i + 2 * size, unit)
            break
        if hit:
            found.append(hit)
            i = hit.end
    return found


@cache
def _office_endings() -> frozenset[str]:
    return frozenset(_lists().get("office_name_endings") or ())


def _office_names_run_together(text: str, start: int, size: int) -> bool:
    """Whether the repeat at ``text[start:start + 2 * size]`` is offices' names written without
    、 between them (政务科商务科商贸股: 政务科, 商务科, 商贸股): an office's ending stands inside
    the copy, not at its end (务科 + 商), a character of the first name stands before the first
    copy, and a name closes with an office's ending within two characters after the second
    (商 + 贸股). Each copy then ends inside another name; a name typed twice (教务处教务处) ends
    with its copy and is still found."""
    endings = _office_endings()
    unit = text[start:start + size]
    if unit[-1] in endings or not any(ch in endings for ch in unit[1:-1]) \
            or start == 0 or not _is_cjk(text[start - 1]):
        return False
    for ch in text[start + 2 * size:start + 2 * size + 2]:
        if not _is_cjk(ch):
            return False
        if ch in endings:
            return True
    return False


_SENTENCE_MARKS = frozenset("，。；,;：:！？!?、")


def _header_group(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the repeat ``text[start:end]`` (``unit`` twice) is a header row's group of columns
    named again for a second year or kind: ``unit`` is made of column headers only
    (``预算数决算数``), and its line holds no sentence."""
    words = _header_words()
    if not any(unit.startswith(w) for w in words):
        return False  # most repeats: no header opens them
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if any(ch in _SENTENCE_MARKS for ch in line):
        return False
    return _made_of(unit, words)


def _made_of(unit: str, words: frozenset[str]) -> bool:
    """Whether ``unit`` is one or more of ``words`` written together."""
    ends = {0}
    for k in range(1, len(unit) + 1):
        if any(unit[j:k] in words for j in ends if j < k):
            ends.add(k)
    return len(unit) in ends


@cache
def _header_words() -> frozenset[str]:
    lists = _lists()
    return frozenset((*(lists.get("column_headers") or ()), *(lists.get("header_row_words") or ())))


@cache
def _repeat_lists() -> tuple[frozenset[str], ...]:
    """The word lists :func:`repeated_words` consults, as sets built once (not once per text)."""
    lists = _lists()
    return tuple(frozenset(lists.get(key) or ()) for key in (
        "reduplicated_words", "repeat_quiet_characters", "numerals", "place_suffixes", "column_headers"))


def _whole_phrase(unit: str) -> bool:
    """Whether ``unit`` doubled is a slip however the text runs on: a term of the forms two words
    never meet on (防火专项 + 专项资金), or a phrase of four characters or more (财政拨款财政拨款支出:
    one word ending in four characters that the next word opens with does not happen)."""
    return len(unit) >= 4 or unit in _form_terms()


@cache
def _form_terms() -> frozenset[str]:
    """The forms' terms two words never meet on (防火专项 + 专项资金): doubled, they are a slip."""
    return frozenset(_lists().get("doubled_form_terms") or ())


@cache
def _tentative() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The verbs doubled for a light "try", and the words before and after that ask for one."""
    lists = _lists()
    return (frozenset(lists.get("tentative_reduplications") or ()), tuple(lists.get("tentative_leads") or ()),
            tuple(lists.get("tentative_tails") or ()))


def _asked_for(text: str, start: int, end: int) -> bool:
    """Whether the doubled verb at ``text[start:end]`` follows, in its clause and a few characters
    back, a word that asks for a light "try" (需要, 再, 请大家 …) or comes before 一下 / 吧."""
    _, leads, tails = _tentative()
    window = re.split(r"[，,。；;：:、！!？?\s]", text[max(0, start - 4):start])[-1]  # the clause's last words
    return any(lead in window for lead in leads) or text.startswith(tails, end)


def _place_name(unit: str, suffixes: frozenset[str]) -> bool:
    """Whether ``unit``, starting with a numeral, is a place's name (六安市, 十堰市, 万州区) rather
    than a counted series (一个县, 三年): three characters or more ending in a place suffix, no
    counting word among them."""
    counting = _counting_words()
    return len(unit) >= 3 and unit[-1] in suffixes and not any(ch in counting for ch in unit[1:])


@cache
def _counting_words() -> frozenset[str]:
    return frozenset(_lists().get("counting_words") or ())


_CONTEXT = 6  # characters on each side of a doubling that, recurring nearby, show an interleave
_CONTEXT_REACH = 30  # how far from the doubling the context recurs in an interleave


def _interleaved(text: str, start: int, end: int) -> bool:
    """Whether the doubling ``text[start:end]`` sits in two copies of one passage read in
    alternating pieces (a form's 目标 and 实际 cells saying the same, side by side on a PDF's page
    and flattened into one line: ``…改造质稳定达标,完成农村供水管网改造病险水库病险水库除险加固工程
    当年目标除险加固工程…``): the words right before it recur just before, and the words right
    after it just after. A word typed twice in a sentence has no such echo on both sides."""
    before = text[max(0, start - _CONTEXT):start]
    after = text[end:end + _CONTEXT]
    if len(before) < _CONTEXT or len(after) < _CONTEXT:
        return False
    return before in text[max(0, start - _CONTEXT - _CONTEXT_REACH):start - 1] \
        and after in text[end + 1:end + _CONTEXT + _CONTEXT_REACH]


def _cells_shifted(text: str, i: int, size: int, breaks: Collection[int]) -> bool:
    """Whether the repeat at ``i`` is source lines read from inside a line: a whole line of the
    repeat's length starting inside the first copy, so that each copy joins the end of one line
    to the start of the next. Identical cells one a line (``市财政`` on lines of their own, found
    as 财政市 twice from the line before) and a form's labels one a line (``项目名称`` /
    ``单位名称`` / ``单位职能``: 名称单位 twice) meet so; a word typed twice in prose would need
    a line exactly as long as the word, a cell."""
    return any(b in breaks and b + size in breaks for b in range(i + 1, i + size + 1))


def _table_like(text: str, start: int, end: int) -> bool:
    """A figure right before or after the repeat: two cells of a flattened table row
    (目标值 显著提升 | 实际值 显著提升 | 10) that happen to say the same, or three
    (专款专用专款专用专款专用10)."""
    i = start  # the nearest character before and after that is not white space, without copying the text
    while i > 0 and text[i - 1].isspace():
        i -= 1
    j = end
    size = (end - start) // 2
    while size and text[j:j + size] == text[start:start + size]:
        j += size  # a third copy of the cell: the figure comes after it
    while size and j < len(text) and text[j] == text[j - size]:
        j += 1  # the copies read from inside a cell (财政县市区 twice in 市财政县市区财政县市区财政75): the cell's end
    while j < len(text) and text[j].isspace():
        j += 1
    before, after = text[i - 1:i] if i else "", text[j:j + 1]
    if after and after in _RELATION_SIGNS:  # 服务服务≥90%: target and actual, then the next cell's target
        after = text[j + 1:j + 2]
    elif after.isdigit() and start and not text[start - 1].isspace() and _COUNT_IN_PROSE.match(text, j):
        after = ""  # 设临床科室科室26个、…: a word run into the repeat, then a count the sentence lists
    return any(ch.isdigit() or ch in "%％" for ch in before + after)


# A count with its measure word and then a mark of prose (26个、, 12人，): what a sentence says after
# a word, not a figure cell of a flattened row (a score, a target, a bare value).
_COUNT_IN_PROSE = lazy_compile(r"\d{1,5}(?:个|名|人|家|所|项|台|套|辆|张|间|户|批次|人次)[、，,。；;]")


_RELATION_SIGNS = frozenset("≥≤><=＞＜＝")
# Cells of a table glued onto one line by a PDF or web extraction, with nothing between them: a
# figure with its unit running straight into the next figure (``5亿元6.47亿元10``, ``100%20``,
# ``1000万元1000万元``), which prose never writes (a date's 年/月 before its next digit aside).
_GLUED_FIGURES = lazy_compile(r"\d(?:\.\d+)?(?:万元|亿元|元|%|％|人次|人|户|个|次|项|台|套|家|公里|亩|分)\d")
_GLUED_REACH = 60  # characters on either side of a doubling where glued cells make it a row's
_ROW_BREAK = frozenset("。；;！？!?\n")


def _in_glued_row(text: str, start: int, end: int) -> bool:
    """Whether a doubling stands in a table row flattened with its cells glued together (a
    figure cell running straight into the next within a few dozen characters, no sentence end
    between): there a cell ending in a word and the next cell beginning with it (``…提供医疗服务``
    | ``服务范围扩大``) is no word typed twice. A doubling in prose, or in a row whose cells keep
    their spaces, is not excused."""
    if not any(ch.isdigit() for ch in text[max(0, start - _GLUED_REACH):end + _GLUED_REACH]):
        return False  # most doublings: no figure near, no row of figures
    lo = start
    while lo > 0 and start - lo < _GLUED_REACH and text[lo - 1] not in _ROW_BREAK:
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < _GLUED_REACH and text[hi] not in _ROW_BREAK:
        hi += 1
    return _GLUED_FIGURES.search(text, lo, hi) is not None


def _field_doubled_inside(text: str, start: int, size: int) -> bool:
    """Whether taking one copy out leaves a form's fixed field name standing alone, as a cell
    or a label (``| 社会效益效益指标 |`` → 社会效益指标, ``年度资金资金总额：`` → 年度资金总额):
    the name's middle typed twice. The name must reach past both ends of the doubling, so two
    header cells glued (社会效益 + 效益指标 alone) stay :func:`_misaligned`'s, and stand between
    cell or clause bounds, so two terms meeting inside a sentence (本项目预算执行执行率为…) stay
    :func:`_runs_on`'s."""
    fields = _form_fields()
    second = start + size
    after = second + size
    for a in range(max(0, start - 8), start):
        if a and not (text[a - 1].isspace() or text[a - 1] in _FIELD_BOUNDS):
            continue
        head = text[a:second]
        for b in range(after + 1, min(len(text), after + 8) + 1):
            if (b == len(text) or text[b].isspace() or text[b] in _FIELD_BOUNDS) and head + text[after:b] in fields:
                return True
    return False


# What stands on either side of a field name written as a cell or a label.
_FIELD_BOUNDS = frozenset("|｜:：、，,。;；()（）")


# A label of a form flattened onto one line: a few Chinese characters and a colon (项目单位:).
_LABEL_AHEAD = lazy_compile("[\u3400-\u4dbf\u4e00-\u9fff]{0,4}[:：]")
_LABEL_REACH = 40  # characters before a value in which the label it answers stands


def _value_then_label(text: str, start: int, size: int) -> bool:
    """The first copy ends a field's value and the second opens the next field's label, in a
    form flattened onto one line (``项目名称:…配套项目项目单位:…``): a label stands before the
    value, and the second copy runs on into a label, with its colon or one the forms' vocabulary
    knows (``项目名称…配套项目项目类型…``, ``…配套项目项目指标类型…``: 项目类型 opens there, or 指标类型
    right after the copy). A label before the value is a colon or a known field name."""
    first_end = start + size
    if start == 0 or not _is_cjk(text[start - 1]):
        return False
    before = text[max(0, start - _LABEL_REACH):start]
    if _LABEL_AHEAD.match(text, first_end + size):
        return ":" in before or "：" in before
    labels = _head_labels()
    if not (_opens_label(text, first_end, labels, size + 1) or _opens_label(text, first_end + size, labels, 2)):
        return False
    return ":" in before or "：" in before or any(label in before for label in labels)


def _opens_label(text: str, at: int, labels: frozenset[str], shortest: int) -> bool:
    """Whether a label of ``shortest`` characters or more opens at ``at``."""
    return any(text[at:at + n] in labels for n in range(shortest, _LONGEST_LABEL + 1))


_LONGEST_LABEL = 8


@cache
def _head_labels() -> frozenset[str]:
    """The forms' field names, column headers and head labels (terms.yaml), up to
    ``_LONGEST_LABEL`` characters: the labels a flattened form's values run into."""
    words = _form_fields() | frozenset(_lists().get("head_form_labels") or ())
    return frozenset(w for w in words if len(w) <= _LONGEST_LABEL)


_HEADER_REACH = 24  # characters either side of a doubling where a flattened header repeats its words
_CLAUSE_MARKS = "，,。！？!?"


def _header_run(text: str, start: int, size: int) -> bool:
    """Whether the doubling stands among more copies of its unit close by, with no mark of prose
    around: a table's column headers written once a column (其中:中央财政 | 省财政 | … under each
    of 计划安排, 实际到位, 实际支出) and flattened onto one line, pieces of them cut apart by the
    page's reading (``中央财其中;中央财央财政``). A word typed twice in a sentence is not written
    twice more within a few words, and prose has its commas."""
    window = text[max(0, start - _HEADER_REACH):start + 2 * size + _HEADER_REACH]
    if any(mark in window for mark in _CLAUSE_MARKS):
        return False
    return window.count(text[start:start + size]) >= 4


def _three_copies(text: str, start: int, size: int) -> bool:
    """The text repeats with this period (or the unit's own shorter one) three times or more
    (``省财政省财政省财政``, or read from inside a copy, ``它其它其`` in ``其它其它其它``): the
    cells of one column of a table flattened onto a line, as a slip of the keyboard never
    writes a word."""
    unit = text[start:start + size]
    size = next(p for p in range(1, size + 1) if size % p == 0 and unit == unit[:p] * (size // p))
    a = start
    while a > 0 and text[a - 1] == text[a - 1 + size]:
        a -= 1
    b = start + 2 * size
    while b < len(text) and text[b] == text[b - size]:
        b += 1
    return b - a >= 3 * size


def _misaligned(text: str, start: int, size: int, known: frozenset[str]) -> bool:
    """A known word running across the first copy's start: the repeat does not begin a word
    (年初预算数全年预算数 is two header cells, 年初预算数 + 全年预算数, not 预算数全年 twice).

    A known word that ends exactly where the first copy ends does not count: its tail typed
    again (服务对象对象, 专项资金资金) is the slip itself, the compound's last word doubled;
    two words meeting there (本项目 + 项目资金) are :func:`_runs_on`'s. A form's field name
    does count (三级指标 + 指标目标值, 生态效益指标 + 指标1): header cells of a flattened form
    meet that way."""
    end = start + size
    fields = _form_fields()
    for length in range(2, 13):
        for a in range(max(0, start - length + 1), start):
            word = text[a:a + length]
            if word in known and (a + length != end or word in fields):
                return True
    return False


@cache
def _form_fields() -> frozenset[str]:
    """The self-evaluation forms' field names and column headers (terms.yaml)."""
    table = data.load("terms")
    return frozenset((table.get("terms") or {}).get("self_evaluation") or ()) | frozenset(_lists().get("column_headers") or ())


# The sentence goes on in prose after a doubled tail: a clause mark within a few words, no cell bar.
_PROSE_CLAUSE = lazy_compile(r"[^|｜\t\n，。；,;]{0,30}[，。；,;]")


def _doubled_tail(text: str, start: int, size: int, known: frozenset[str]) -> bool:
    """A known word ends where the first copy ends, and the copy is a known word too: the
    word's last word typed again (一般公共服务支出支出, 工作人员人员). A known word running across
    the copy's start is otherwise a sign the copies are no words (预算数全年 read inside
    年初预算数全年预算数)."""
    end = start + size
    after = end + size
    if text[start:end] not in known or not _is_cjk(text[after:after + 1] or "x") or not _PROSE_CLAUSE.match(text, after):
        return False  # header cells run together (二级指标指标内容指标值, 效益指标指标1) go on with no clause mark
    return any(text[a:end] in known for a in range(max(0, end - 12), start))


def _runs_on(text: str, second: int, size: int, known: frozenset[str]) -> bool:
    """The first copy ends a longer word and the second begins a known one: two words meeting
    (宣传培训工作 + 工作人员, 本项目 + 项目资金), not one written twice (a copy that opens its
    sentence, 政府政府采购, ends no word)."""
    first = second - size
    if first == 0 or not _is_cjk(text[first - 1]):
        return False
    if _rate_of_copy(text, second, size, known):
        return False
    return any(text[second:second + length] in known for length in range(size + 1, size + 5))


def _rate_of_copy(text: str, second: int, size: int, known: frozenset[str]) -> bool:
    """Whether the second copy runs on only into the rate named after the word itself, in prose
    (发生 + 发生率, 满意 + 满意度 in ``降低事故发生发生率。``): the copy is typed twice. A known term
    ending in the first copy (预算执行 + 执行率) is two terms meeting, and a figure right after the
    rate (``…全覆盖覆盖率100%``) a flattened form's cells (a target, then the next indicator's name)."""
    end = second + size + 1
    if text[end - 1:end] not in _rate_suffixes() or text[second:end] not in known:
        return False
    if text[end:end + 1].isdigit() or text[end:end + 1] in _BOUND_SIGNS:
        return False
    first = second - size
    return not any(text[a:second] in known for a in range(max(0, first - 10), first))


_BOUND_SIGNS = frozenset("≥≤＞＜><=≧≦")


@cache
def _rate_suffixes() -> frozenset[str]:
    """The characters a rate or a degree is named with after its verb (发生率, 满意度)."""
    return frozenset(_lists().get("rate_name_suffixes") or ())


@cache
def _known_lengths() -> dict[str, tuple[int, ...]]:
    from perflint.extract.terms import vocabulary

    return vocabulary().scan_lengths_by_first


@cache
def _known_words() -> frozenset[str]:
    """The vocabulary's known words (the vocabulary is fixed for the process: remembered, so
    the import statement is not run again for every text asked)."""
    from perflint.extract.terms import vocabulary

    return vocabulary().known


@dataclass(frozen=True)
class Truncation:
    """``texts[index][start:end]`` is ``written``, which the same draft elsewhere always writes as
    ``written + missing``."""

    index: int
    start: int
    end: int
    written: str
    missing: str


# a figure after a Chinese character, found at its digit (the engine skips to the next digit in
# one tight loop and only there looks back), the character as the group
_FIGURE_STOP = lazy_compile(r"[0-9](?<=([\u4e00-\u9fff])[0-9])")
_BOUNDARY_PUNCT = frozenset("，,。；;：:、！!？?)）(（|“”\"《》")
MIN_STEM, MAX_STEM = 3, 6
WRAP_REACH = 4
MIN_BOUND, BOUND_SHARE = 3, 0.8  # the last character goes on with the missing one this often


def truncated_words(texts: list[str]) -> list[Truncation]:
    """Words cut short, with the draft as its own dictionary (终端单的考核 where the draft
    elsewhere writes 终端单位; a cell 成本预 beside a cell 成本预算).

    A stem of three to six Chinese characters that stops here at a punctuation mark, a function
    character (的, 和…) or the end of its text, while everywhere else in the draft the same stem
    goes on with one and the same character, is that word with its last character lost. The stem
    must not itself end in a known word (管理费 stops legitimately where 管理费用 goes on), nor
    may its last two characters occur anywhere else without that character (慰问 ends a word
    wherever it stands: 春节慰问 is whole though 春节慰问金 occurs too); a stop at whitespace is
    never counted (a flattened table wraps cells there).
    """
    known = _known_words()
    function_chars = frozenset(_lists().get("function_characters") or ())
    pairs = frozenset(_lists().get("shared_rest_pairs") or ())
    joiners = frozenset(_lists().get("list_joiners") or ())
    org_suffixes = tuple(_lists().get("organisation_suffixes") or ())
    locatives = frozenset(_lists().get("locative_particles") or ())
    places = tuple(_lists().get("place_suffixes") or ())
    body_heads = frozenset(_lists().get("place_body_heads") or ())
    determiners = frozenset(_lists().get("determiners") or ())
    usage = _StemUsage(texts, function_chars)
    # a stop at a mark is counted as "" by follow(); a stop right before a figure (体系建84.5万元
    # beside 体系建设 ×N) as "?", with what else follows no Chinese character: it must be the one
    # such follower of the stem, of its last two characters and of its last character
    stops = [(idx, i, end, "") for idx, end in usage.lone_stops() if not usage.written_once(idx, end)
             for i in usage.stems_ending(idx, end)]
    stops += [(idx, i, end, "?") for idx, end in usage.figure_stops() if not usage.written_once(idx, end)
              for i in usage.stems_ending(idx, end)]
    found: list[Truncation] = []
    taken: set[tuple[int, int]] = set()
    for idx, start, end, key in sorted(stops, key=lambda s: (s[0], s[2], s[1])):
        stem = texts[idx][start:end]
        other = "?" if key == "" else ""
        counts = usage.follow(stem)
        nexts = [c for c in counts if c not in ("", "?")]
        if counts.get(key, 0) != 1 or counts.get(other, 0) or len(nexts) != 1:
            continue
        if key == "?" and stem[-1] + nexts[0] not in known:
            continue  # before a figure, only a cut that broke a word (建设): 总额 + 比上年 is whole
        pair = usage.follow(stem[-2:])
        if set(pair) != {key, nexts[0]} or pair[key] != 1:
            continue  # its last two characters stand free elsewhere: a word ends there
        last = usage.follow(stem[-1])
        bound = last.get(nexts[0], 0)
        if last.get(key, 0) != 1 or (key == "?" and last.get("", 0)) or bound < MIN_BOUND \
                or bound < BOUND_SHARE * sum(last.values()):
            continue  # its last character ends words elsewhere too (费, 率, 局…)
        if end == len(texts[idx]) and any(t.startswith(nexts[0]) for t in texts[idx + 1:idx + 1 + WRAP_REACH]):
            continue  # a table cell wrapped onto a following row
        if texts[idx][end:end + 1] == "、" and stem[-1] + texts[idx][end + 1:end + 2] in pairs:
            continue  # ``收、支总计``: two heads sharing the rest of the word
        if texts[idx][end:end + 1] in joiners and texts[idx][end + 1:end + 2] == nexts[0]:
            continue  # ``文化、旅游`` beside ``文化旅游``: the same list, its joiner left out there
        if texts[idx][end:end + 1] in joiners and _shares_rest(texts[idx], end + 1, nexts[0]):
            continue  # ``高血压和糖尿病患者``: two heads sharing the rest the next one carries
        if texts[idx][end:end + 1] in joiners and _names_a_body(texts[idx], end + 1, org_suffixes):
            continue  # ``文化和旅游局``: a body named for two fields, the stem its first one
        if (idx, end) in taken or _ends_in_word(texts[idx][max(0, end - 12):end], known) or stem[-1] in function_chars:
            continue
        if _opens_known_word(texts[idx], end, known):
            continue  # ``监测对象户``: 对 opens the word 对象 there, it is no preposition ending the stem
        if stem.endswith(org_suffixes):
            continue  # 财政部 is the ministry, not 财政部门 cut short
        if nexts[0] in org_suffixes:
            continue  # 水利和湖泊 is the field the 水利和湖泊局 is named for, not its name cut short
        if stem.endswith(places) and nexts[0] in body_heads:
            continue  # 东城区 beside 东城区人民法院: the place, not its court's name cut short
        if nexts[0] in locatives:
            continue  # 本行政区域的决定 beside 本行政区域内: a noun whole without its locative particle
        if usage.opens_a_word(stem, nexts[0], determiners, known):
            continue  # 维修养护 beside 维修养护项目 and 本项目: the character opens the next word
        taken.add((idx, end))
        found.append(Truncation(idx, start, end, stem, nexts[0]))
    return found


def _opens_known_word(text: str, end: int, known: frozenset[str]) -> bool:
    """Whether the function character at ``end`` (对, 为, 在…) opens a known word of the forms
    there (对象, 对比, 对接): then the stem before it goes on into that word and does not stop."""
    return any(text[end:end + n] in known for n in (2, 3, 4))


SHARED_REST_REACH = 12  # characters after a joiner in which the second head carries the shared rest
_CLAUSE_ENDS = "，,。；;：:！？!?"


def _shares_rest(text: str, start: int, rest: str) -> bool:
    """Whether the conjunct after a joiner at ``start`` goes on with ``rest`` within its clause
    (``高血压和2型糖尿病患者``: 患 follows 糖尿病, so 高血压 shares 患者 and is whole)."""
    window = text[start:start + SHARED_REST_REACH]
    cut = min((i for i in (window.find(ch) for ch in _CLAUSE_ENDS) if i >= 0), default=len(window))
    return rest in window[1:cut]


BODY_REACH = 6  # characters after a joiner in which a body named for two fields ends (旅游局, 城乡建设局)


def _names_a_body(text: str, start: int, suffixes: tuple[str, ...]) -> bool:
    """Whether the conjunct after a joiner at ``start`` ends a body's name within a few Chinese
    characters (``文化和旅游局``, ``住房和城乡建设局``, ``人力资源和社会保障局``): the words before the
    joiner are the first field the body is named for, not a word cut short."""
    k = start
    while k < len(text) and k - start < BODY_REACH and "\u4e00" <= text[k] <= "\u9fff":
        if text[k] in suffixes and k > start:
            return True
        k += 1
    return False


_CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff"
_TEXT_CLOSE = "。"  # a boundary mark (_BOUNDARY_PUNCT), outside _CJK_CLASS


class _StemUsage:
    """How the draft goes on after its stems: ``follow(stem)`` counts, over every occurrence of a
    stem of Chinese characters in the texts, the Chinese character after it (``""`` for a stop:
    the end of a text, a boundary mark or a function character; ``"?"`` for anything else).

    Counting that for every stem of one to six characters at every position cost six dictionary
    updates per character of the draft. Only a stop after a character that stops nowhere else in
    the draft can report (a truncation's last character stops exactly once), so one regex pass
    counts the stops per last character, and ``follow`` is computed only for the stems of those
    few stops (their occurrences found with ``str.find`` over the joined texts).

    Both passes run over the texts joined once, each closed by a stop mark (a text's end is a
    stop, as ``\\Z`` makes it for a text alone), not text by text: a search per text, and a test
    per character of every text for the few characters that stop once, were most of the cost.
    """

    def __init__(self, texts: list[str], function_chars: frozenset[str]) -> None:
        self.texts = texts
        self.function_chars = function_chars
        self._stop, self._cjk_run = _stem_patterns(function_chars)
        self._marks = _BOUNDARY_PUNCT | function_chars  # the stop pattern's marks
        # Every text once per occurrence, each followed by an end mark: a stem of Chinese
        # characters never spans two texts, and what follows its last occurrence in a text is the
        # mark, read as a stop (``_joined``); ``_closed`` lays the texts out the same way, each
        # closed by a boundary mark, which no stop's character is and after which every text's
        # last character stops, as at the end of the text alone. Text ``k`` starts at the
        # lengths of the texts before it plus ``k`` marks.
        shared = joined_texts(texts)
        self._starts: list[int] = shared.starts
        self._ends: set[int] = set(shared.ends)
        self._joined = shared.joined
        self._closed = _TEXT_CLOSE.join(texts) + _TEXT_CLOSE
        # stops per character, a text counted as often as it occurs: each text's stops are what
        # the pattern finds in the text closed by its mark (the stops of the joined texts that lie
        # in it), remembered for a short text, so a cell or sentence the draft (or a folder)
        # repeats is searched once; the counting is done in C
        self.stops_by_char: collections.Counter[str] = collections.Counter(
            itertools.chain.from_iterable(map(_stops_of(self._stop), texts)))
        self._memo: dict[str, dict[str, int]] = {}

    def lone_stops(self) -> list[tuple[int, int]]:
        """``(index, end)`` of the stops after a character that stops nowhere else."""
        lone = {ch for ch, n in self.stops_by_char.items() if n == 1}
        if not lone:
            return []
        # Each lone character stops exactly once: its stop is found by looking for the character
        # itself (str.find, in C) until a stop mark follows it, instead of going over every stop
        # of the draft in Python. (A pattern of the lone characters would be compiled per draft.)
        closed, marks, starts = self._closed, self._marks, self._starts
        ends = []
        for ch in lone:
            pos = closed.find(ch)
            while closed[pos + 1] not in marks:  # the texts are closed by a mark: pos + 1 is there
                pos = closed.find(ch, pos + 1)
            ends.append(pos + 1)  # the stop mark's: the stem's last character ends there
        out = []
        for end in sorted(ends):
            idx = bisect.bisect_right(starts, end - 1) - 1
            out.append((idx, end - starts[idx]))
        return out

    def figure_stops(self) -> list[tuple[int, int]]:
        """``(index, end)`` of the Chinese characters right before a figure that never stop at a
        mark in the draft (a stem cut before its amount: 体系建84.5万元); a character that ends a
        word anywhere (金 of 资金, 出 of 支出) stops at a mark somewhere, most of them. Only a
        character before this figure alone (follow() of it counts one figure; 为, 计, 达… come
        before many) that opens a two-character word of the vocabulary (the cut must break one)."""
        closed, by_char = self._closed, self.stops_by_char
        once = collections.Counter(_FIGURE_STOP.findall(closed))  # (the characters, counted in C)
        # (the lengths of the vocabulary's words and probes by first character, kept with it: a
        # character no word of two characters opens is no cut that broke one)
        lengths, function_chars = _known_lengths(), self.function_chars
        lone = [ch for ch, n in once.items()
                if n == 1 and ch not in by_char and ch not in function_chars and 2 in lengths.get(ch, ())]
        if not lone:
            return []
        ends = []
        for ch in lone:  # its one figure: found by looking for the character itself, as lone_stops
            pos = closed.find(ch)
            while not ("0" <= closed[pos + 1] <= "9"):  # the figure is there: the loop ends
                pos = closed.find(ch, pos + 1)
            ends.append(pos + 1)
        out = []
        for end in sorted(ends):
            idx = bisect.bisect_right(self._starts, end - 1) - 1
            out.append((idx, end - self._starts[idx]))
        return out

    def stems_ending(self, idx: int, end: int) -> list[int]:
        """The starts of the stems of MIN_STEM..MAX_STEM Chinese characters ending at ``end``."""
        text = self.texts[idx]
        run = self._cjk_run.search(text, max(0, end - MAX_STEM), end)
        first = run.start() if run else end
        return [i for i in range(end - MIN_STEM, first - 1, -1)]

    def written_once(self, idx: int, end: int) -> bool:
        """Whether the stem of MIN_STEM characters ending at ``end`` occurs nowhere else in the
        draft. Then neither does any longer stem ending there (each of its occurrences ends with
        one of the short stem's), so the only character any of them is followed by is this
        stop: none is a word the draft goes on with elsewhere, and :func:`truncated_words`
        need not count what follows each (most stops: two searches instead of four counts)."""
        if end < MIN_STEM:
            return False  # (no stem: stems_ending gives none)
        stem = self.texts[idx][end - MIN_STEM:end]
        joined = self._joined
        return joined.find(stem, joined.find(stem) + 1) < 0

    def opens_a_word(self, stem: str, nxt: str, determiners: frozenset[str],
                     known: frozenset[str] = frozenset()) -> bool:
        """Whether ``nxt``, the character the stem goes on with elsewhere, always goes on itself
        with one character ``d``, and ``nxt + d`` stands in the draft as a word of its own: at a
        text's start, after a stop or after a determiner (``维修养护项目`` ×N beside ``本项目``,
        ``项目名称``): the stem is whole and ``nxt + d`` the next word (项目), not the stem's
        missing end (终端单位: 位 binds back; 糖尿病患者 alone does not make 患者 free). A word of
        the forms' vocabulary (``known``) is a word wherever it stands: 车购税 before 收入 in
        ``车购税收入补助`` is the tax's name, whole where it stops."""
        after = self.follow(stem + nxt)
        words = [c for c in after if c not in ("", "?")]
        if len(words) != 1 or after.get("", 0) or after.get("?", 0):
            return False
        word, closed = nxt + words[0], self._closed
        if word in known:
            return True
        pos = closed.find(word)
        while pos >= 0:
            before = closed[pos - 1] if pos else "。"
            if not _is_cjk(before) or before in self.function_chars or before in determiners:
                return True
            pos = closed.find(word, pos + 1)
        return False

    def follow(self, stem: str) -> dict[str, int]:
        counts = self._memo.get(stem)
        if counts is None:
            counts = self._memo[stem] = self._count(stem)
        return counts

    def _count(self, stem: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        joined, ends, size = self._joined, self._ends, len(stem)
        pos = joined.find(stem)
        while pos >= 0:
            end = pos + size
            nxt = "" if end in ends else joined[end]
            if nxt and _is_cjk(nxt) and nxt not in self.function_chars:
                key = nxt
            elif nxt == "" or nxt in _BOUNDARY_PUNCT or nxt in self.function_chars:
                key = ""
            else:
                key = "?"  # whitespace, digits…: undecided
            counts[key] = counts.get(key, 0) + 1
            pos = joined.find(stem, pos + 1)
        return counts


@cache
def _stops_of(stop: re.Pattern[str]) -> Callable[[str], tuple[str, ...]]:
    """The stops of a text as :class:`_StemUsage` counts them, by ``stop`` (a pattern of
    :func:`_stem_patterns`): the Chinese characters a stop follows in the text closed by a
    boundary mark, in order. A pure function of the text, remembered for short texts."""
    findall = stop.findall

    @remember_short(8192)
    def stops(text: str) -> tuple[str, ...]:
        return tuple(findall(text + _TEXT_CLOSE))

    return stops


@cache
def _stem_patterns(function_chars: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """For :class:`_StemUsage`: a stop, found at its mark (a boundary mark or a function
    character) with the Chinese character before it as the group, and a run of Chinese
    characters ending a text's stretch.

    The stop is searched for by its mark, a character in six or so, rather than by the Chinese
    character before it (four in five): the engine skips to the next mark in one tight loop, and
    only there looks back. (A text's end is a stop too: the texts are closed with a boundary mark.)"""
    stop_class = "".join(re.escape(ch) for ch in sorted(_BOUNDARY_PUNCT | function_chars))
    return (compile_pattern(f"[{stop_class}](?<=([{_CJK_CLASS}])[{stop_class}])"),
            compile_pattern(f"[{_CJK_CLASS}]{{1,{MAX_STEM}}}\\Z"))


def _ends_in_word(before: str, known: frozenset[str]) -> bool:
    """Whether a known word ends where ``before`` ends (管理费, 建档立卡)."""
    return any(before[k:] in known for k in range(len(before) - 1))


_CLAUSE_END = frozenset("，,。；;：:！!？?、\n")
DISPOSAL_REACH = 30


@cache
def _doubled_level() -> re.Pattern[str]:
    offices = "|".join(map(re.escape, sorted(_lists().get("level_offices") or (), key=len, reverse=True)))
    return compile_pattern(rf"(?<=[\u4e00-\u9fff])(?P<level>[省市县区])(?P=level)(?:{offices})[局委厅]")


@dataclass(frozen=True)
class DoubledChar:
    """``text[start:end]`` opens with ``char`` written twice where once is meant: the right
    wording is ``text[start + 1:end]``."""

    start: int
    end: int
    char: str


def doubled_levels(text: str) -> list[DoubledChar]:
    """A place's level written twice, ending its name and opening an office's short name
    (某某区区财政局 for 某某区财政局: ``text[start:end]`` is 区区财政局)."""
    return [DoubledChar(m.start(), m.end(), m.group("level")) for m in _doubled_level().finditer(text)]


_DOUBLED_DATE_UNIT = lazy_compile(r"(?<=\d)(?P<unit>[年月])(?P=unit)(?=\d)")


def doubled_date_units(text: str) -> list[DoubledChar]:
    """年 or 月 written twice between the figures of a date (2021年年12月31日): between two
    figures the pair can be no word (年年 is one only before words: 2021年年底 is 年 + 年底)."""
    return [DoubledChar(m.start(), m.end(), m.group("unit")) for m in _DOUBLED_DATE_UNIT.finditer(text)]


def doubled_adverbs(text: str) -> list[Repeat]:
    """An adverb before 将/把 repeated before the verb of the same clause (及时将资金及时转入).

    ``unit`` is the adverb; ``start``/``end`` span from the first copy to the end of the second.
    """
    found: list[Repeat] = []
    if "将" not in text and "把" not in text:
        return found  # no disposal construction: nothing to search for
    for adverb in _lists().get("disposal_adverbs") or ():
        pos = text.find(adverb)
        while pos >= 0:
            after = pos + len(adverb)
            if text[after:after + 1] in ("将", "把"):
                limit = after + 1
                while limit < len(text) and limit - after < DISPOSAL_REACH and text[limit] not in _CLAUSE_END:
                    limit += 1
                second = text.find(adverb, after + 1, limit)
                if second > 0:
                    found.append(Repeat(pos, second + len(adverb), adverb))
            pos = text.find(adverb, pos + 1)
    return sorted(found, key=lambda r: r.start)


# a two-character word, a quoted name (no clause mark in it) and the same word again, going on into
# the rest of its object (安装“两车”安装防盗系统)
_AROUND_QUOTE = lazy_compile(r"([\u4e00-\u9fff]{2})“[^”“\n，,。；;：:！!？?]{1,10}”\1(?=[\u4e00-\u9fff])")


def words_around_quotes(text: str) -> list[Repeat]:
    """A word written right before a quoted name and again right after it (全市安装“两车”安装
    防盗系统): the verb of a clause reworded around the name, left twice. ``unit`` is the word;
    ``start``/``end`` span from the first copy to the end of the second."""
    if "“" not in text:
        return []
    out = []
    for m in _AROUND_QUOTE.finditer(text):
        if text.startswith(_verb_headed_nouns(), m.end()):
            continue  # 实施“某工程”实施方案: the plan for it, named by the verb it heads
        if text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start()):
            continue  # inside a cited title: its words are the title's, not the draft's
        out.append(Repeat(m.start(), m.end(), m.group(1)))
    return out


@cache
def _verb_headed_nouns() -> tuple[str, ...]:
    return tuple(_lists().get("verb_headed_nouns") or ())


@dataclass(frozen=True)
class ContextSlip:
    """``texts[index][start:end]`` reads ``written`` where the draft elsewhere writes ``usual``."""

    index: int
    start: int
    end: int
    written: str
    usual: str


def context_pair_slips(texts: list[str]) -> list[ContextSlip]:
    """The first word of a listed pair (确实 of 确实/切实) before a verb the draft elsewhere puts
    after the second: 确实保障 in a draft that says 切实保障. Both words are real, so only the draft's
    own usage can tell; the same phrase with the same word twice is never reported."""
    out: list[ContextSlip] = []
    shared = joined_texts(texts)
    joined = shared.joined  # one search tells which pairs' first word occurs at all
    for wrong, right in _lists().get("context_pairs") or ():
        if wrong not in joined:
            continue  # nothing written with it: nothing to compare
        # Both words found in the joined texts (a word never spans two): the two characters after
        # one may run into the next text, past the "\n" joining them, where a text alone gives
        # fewer than two; either way they are not two Chinese characters, the only ones compared.
        usual = {joined[p + len(right):p + len(right) + 2] for p in find_all(joined, right)}
        written = [(*shared.place(p), joined[p + len(wrong):p + len(wrong) + 2]) for p in find_all(joined, wrong)]
        for idx, p, nxt in written:
            if len(nxt) < 2 or not all(_is_cjk(c) for c in nxt) or nxt not in usual:
                continue
            if sum(1 for _i, _p, other in written if other == nxt) > 1:
                continue  # written so more than once: the writer means it
            out.append(ContextSlip(idx, p, p + len(wrong) + 2, wrong + nxt, right + nxt))
    return out



_CLAUSE_STOP = "。；;！!？?\n"
SEQUENCE_REACH = 24


def zai_for_zai(text: str) -> list[ContextSlip]:
    """在 typed for 再 in a "先……，再……" sequence (先汇总完成数，在计算得分).

    Only before a listed verb, with 先 earlier in the same sentence, and when nothing after the
    verb in its clause makes 在 a preposition of time (在计算得分时 / 中 / 过程中 / 后 are fine).
    ``index`` is 0; ``written``/``usual`` are 在+verb and 再+verb.
    """
    verbs = _lists().get("sequence_verbs") or ()
    out: list[ContextSlip] = []
    if "在" not in text or "先" not in text:
        return out  # neither the slip nor the sequence it needs: skip the search for each verb
    for verb in verbs:
        needle = "在" + verb
        for p in find_all(text, needle):
            if p == 0 or text[p - 1] not in "，,":
                continue
            start = p - 1
            while start > 0 and p - start < SEQUENCE_REACH and text[start - 1] not in _CLAUSE_STOP:
                start -= 1
            if "先" not in text[start:p]:
                continue
            rest_end = p + len(needle)
            while rest_end < len(text) and text[rest_end] not in _CLAUSE_STOP + "，,":
                rest_end += 1
            if any(w in text[p + len(needle):rest_end] for w in ("时", "中", "后", "前", "过程", "期间")):
                continue
            out.append(ContextSlip(0, p, p + len(needle), needle, "再" + verb))
    return sorted(out, key=lambda s: s.start)


# A year that lost its 年 before 度 (2022度部门决算, 2018度一般公共预算): 度 after a year is only
# ever 年度. Not after a word that counts something (用电 2022 度, 约 2050 度) nor before one that
# qualifies a count (2022度电, 2050度左右): there 度 is a unit (kWh, degrees).
_YEAR_DU = lazy_compile(r"(?<![\d.,，０-９])((?:19|20)\d{2})\s*度(?=\s*[\u4e00-\u9fff“\"《])")
_UNIT_DU_BEFORE = frozenset("电量耗约计共为达至了用余近超过到是")
_UNIT_DU_AFTER = ("电", "左右", "以上", "以下", "以内", "多")


def years_without_nian(text: str) -> list[ContextSlip]:
    """``2022度`` written for ``2022年度``; ``written``/``usual`` are the two forms."""
    if "度" not in text:
        return []
    out: list[ContextSlip] = []
    for m in _YEAR_DU.finditer(text):
        before = text[:m.start()].rstrip()
        if before and before[-1] in _UNIT_DU_BEFORE:
            continue
        if text[m.end():].lstrip().startswith(_UNIT_DU_AFTER):
            continue
        out.append(ContextSlip(0, m.start(), m.end(), m.group(0), m.group(1) + "年度"))
    return out


# A year between a dated lead and the word (截至2023年未): four digits, the word's 年 being the year's.
_YEAR_DIGITS = lazy_compile(r"(?:19|20)\d{2}\s*$")


def _at_edge(ch: str) -> bool:
    """A clause bound or blank beside a word: not a Chinese character, letter or digit."""
    return not (_is_cjk(ch) or ch.isalnum())


@cache
def _context_typos() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], bool, tuple[str, ...], tuple[str, ...]], ...]:
    return tuple((written, e["usual"], tuple(e["leads"]), tuple(e["dated_leads"]), e["at_edge"], tuple(e["tails"]),
                  tuple(e["except"])) for written, e in (_lists().get("context_typos") or {}).items())


@cache
def _context_typo_starts() -> tuple[re.Pattern[str], dict[str, tuple]]:
    """Every place one of the listed words starts (a lookahead: one word may start inside another's
    place), found in one scan of the text, and each word's entry. No two listed words start with
    the same characters up to the shorter one's end, so the word starting at a place is the one
    the scan names."""
    entries = {e[0]: e for e in _context_typos()}
    words = sorted(entries, key=len, reverse=True)
    return compile_pattern("(?=(" + "|".join(map(re.escape, words)) + "))"), entries


@cache
def _joined_context_typos() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], bool, tuple[str, ...], tuple[str, ...]], ...]:
    return tuple((written, e["usual"], tuple(e["leads"]), tuple(e["dated_leads"]), e["at_edge"], tuple(e["tails"]),
                  tuple(e["except"])) for written, e in (_lists().get("joined_context_typos") or {}).items())


def context_typos(text: str) -> list[ContextSlip]:
    """A real word typed for another where its neighbours tell which was meant (``截至年未`` for
    ``截至年末``, ``发挥了及其重要的作用`` for ``极其``): the ``context_typos`` of the slips data.
    Both sides must agree: a lead (or, where allowed, a clause bound) right before the word and
    a tail (or a clause bound) right after it; ``本年未使用`` and ``资金及其重要性`` stay quiet."""
    out: list[ContextSlip] = []
    starts, entries = _context_typo_starts()
    for m in starts.finditer(text):
        slip = _context_slip(text, m.start(), entries[m.group(1)])
        if slip is not None:
            out.append(slip)
    return sorted(out, key=lambda s: s.start)


def joined_context_typos(texts: list[str]) -> list[ContextSlip]:
    """:func:`context_typos` of the ``joined_context_typos`` of the slips data (``2022年度部单位
    决算`` for the template's 部门（单位）): words whose last character most texts hold, so each is
    searched for once in the texts joined (in C) rather than screened text by text."""
    entries = _joined_context_typos()
    if not entries:
        return []
    shared = joined_texts(texts)
    joined = shared.joined
    out: list[ContextSlip] = []
    for entry in entries:
        if entry[0] not in joined:
            continue
        for p in find_all(joined, entry[0]):
            slip = _context_slip(joined, p, entry)
            if slip is not None:
                index, start = shared.place(slip.start)
                out.append(ContextSlip(index, start, start + slip.end - slip.start, slip.written, slip.usual))
    return sorted(out, key=lambda s: (s.index, s.start))


# A duty of the unit's own (负责本校的思想政治…) with its 本 lost (负责校的思想政治): a duty verb, the
# unit's one character and 的. Read only where the draft names itself 本校 (本院, 本局…) twice or more,
# and 管理/指导 only opening its clause: after a name's characters they end it (市场监督管理局的).
_BARE_OWN_UNIT = lazy_compile(r"(负责|承担|管理|指导)([校院局所馆站])的")


def bare_own_units(texts: list[str]) -> list[ContextSlip]:
    """``负责校的`` written for ``负责本校的`` in a draft that writes 本校 elsewhere."""
    shared = joined_texts(texts)
    joined = shared.joined
    out: list[ContextSlip] = []
    for m in _BARE_OWN_UNIT.finditer(joined) if "本" in joined else ():
        if m.group(1) in ("管理", "指导") and m.start() and _is_cjk(joined[m.start() - 1]):
            continue  # 监督管理局的, 农技指导站的: the verb ends the unit's name
        if joined.count("本" + m.group(2)) >= 2:
            index, start = shared.place(m.start())
            out.append(ContextSlip(index, start, start + m.end() - m.start(), m.group(0),
                                   m.group(1) + "本" + m.group(2) + "的"))
    return out


def _context_slip(text: str, p: int, entry: tuple) -> ContextSlip | None:
    """The slip of ``entry``'s word written at ``text[p:]``, when a lead before it and a tail after
    it both say the other word was meant and no exception holds it."""
    written, usual, leads, dated, at_edge, tails, exceptions = entry
    end = p + len(written)
    # read in place, not in copies of what stands before and after: in a draft's joined texts a
    # word such as 度部门 (of every 年度部门决算) is met dozens of times, each copy the whole draft
    lead_ok = (text.endswith(leads, 0, p) or (at_edge and (p == 0 or _at_edge(text[p - 1])))
               or bool(dated and (y := _YEAR_DIGITS.search(text, 0, p)) and text.endswith(dated, 0, y.start())))
    if not lead_ok:
        return None
    if not (text.startswith(tails, end) or (at_edge and (end >= len(text) or _at_edge(text[end])))):
        return None
    if any(ex in text[max(0, p - len(ex)):end + len(ex)] for ex in exceptions):
        return None
    return ContextSlip(0, p, end, written, usual)

