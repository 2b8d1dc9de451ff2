"""Text written twice in a row: a doubled word (区政府政府, 原因原因是), a doubled figure
(854万854万) or a doubled sentence.

A draft's author types or pastes a word twice, or pastes the same sentence twice, and nobody
reads the result aloud. Doubled words are found by :func:`perflint.extract.slips.repeated_words`
(one finder for every family: reduplication, place names, flattened table cells and header
words joined by the reader are left alone there); this module adds whole sentences and puts
the two together.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.slips import _repeat_lists, _table_like, _three_copies, repeated_words
from perflint.model import Block, Document, Heading, Paragraph
from perflint.text.dates import YEAR
from perflint.text.memo import remember_short
from perflint.text.normalise import compact
from perflint.text.patterns import compile_pattern, lazy_compile

_CJK = "\u4e00-\u9fff"
# A sentence (six or more characters, ending in a sentence mark) immediately written again.
_DOUBLED_SENTENCE = lazy_compile(r"([^。！？；!?;\n]{6,}?[。！？；!?;])\s*\1")


@dataclass(frozen=True)
class Doubling:
    """``text[start:end]`` is ``unit`` written twice."""

    start: int
    end: int
    unit: str
    kind: str  # "word", "figure", "sentence", "aside", "title", "echo" (the clause written again later in its
    # sentence), "verb" (a verb and its 了 written again inside its clause) or "year" (a year and 今年)


def doubled_words(text: str, breaks: Collection[int] = ()) -> list[Doubling]:
    """Words of two or more characters written twice in a row in ``text``."""
    return [Doubling(r.start, r.end, r.unit, "word") for r in repeated_words(text, breaks)]


# A year written as a figure and again as 今年 (去年, 明年) in one time phrase (``2022年今年以来``,
# ``比2021年去年同期``): one of the two was added over the other and the draft states its year twice.
# Nothing stands between 年 and 今年: a gap is a flattened table's header cells side by side
# (2022年 | 今年 | 增减).
_YEAR_THEN_THIS_YEAR = lazy_compile(rf"(?<!\d)({YEAR})\s*年度?[今去明]年")


def doubled_years(text: str) -> list[Doubling]:
    """A year and 今年 (去年, 明年) written one after the other as one time phrase
    (``2022年今年以来共接待``)."""
    if "今年" not in text and "去年" not in text and "明年" not in text:
        return []  # nearly every text: three substring tests
    return [Doubling(m.start(), m.end(), m.group(1), "year") for m in _YEAR_THEN_THIS_YEAR.finditer(text)]


def doubled_sentences(text: str) -> list[Doubling]:
    """Sentences written twice back to back in ``text``."""
    out = []
    for start, end, unit in sentence_repeats(text):
        if len(_CJK_CHAR.findall(unit)) < 6 or _side_by_side_cells(text, start, end, unit):
            continue
        out.append(Doubling(start, end, unit, "sentence"))
    return out


def _side_by_side_cells(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the two copies are a flattened form row's cells: white space between them and a
    figure right after the second (``预期目标 | 实际完成情况 | 完成率`` read as one line: the
    actual copies the target, ``…照顾。 …照顾。 100.00``). A sentence pasted twice in prose runs
    on without a gap, or goes on with words."""
    gap = start + len(unit)
    if gap >= end or not text[gap].isspace():
        return False
    j = end
    while j < len(text) and text[j] in " \t\u3000":
        j += 1
    return j < len(text) and (text[j].isdigit() or text[j] in "%％")


# What may follow a doubled figure for it to be a slip: the sentence or the cell goes on in
# prose (854万854万(其中…), 资金45万元45万元，用于…). A figure followed by another figure, a
# space-free Chinese word or nothing at all may be two cells of a flattened row that happen to
# agree (目标值 2万元 | 实际值 2万元 | 得分 18): those are left alone.
_PROSE_AFTER_FIGURE = frozenset("(（，,。；;、:：)）")
_PROSE_CHAR = lazy_compile("[" + re.escape("".join(sorted(_PROSE_AFTER_FIGURE))) + "]")


@cache
def _doubled_figure() -> re.Pattern[str]:
    """A figure with its unit (units.yaml: money, 万 / 亿, percent, counts, measure words) written
    twice with nothing between, not inside a longer number."""
    # a PDF's text spaces a figure from the words around it (854 万 854 万): a copy spaced from its
    # unit may stand a space from the other; copies unspaced (5万元 5万元) are two cells of a row.
    # Not inside a longer number: no digit, point or comma before the figure's first digit, told
    # by a look back once that digit is read (``(?<![\d.,，])\d`` as ``\d(?<![\d.,，]\d)``, the same
    # matches): a pattern opening with a look back gives the engine nothing to skip ahead by, and
    # it was tried at every character of the text.
    return compile_pattern(_DOUBLED_FIGURE.format(alternatives=_unit_alternatives()))


def _unit_alternatives() -> str:
    """The units a doubled figure may carry, as the alternatives of a pattern (longest first)."""
    table = data.load("units")
    units = {*table["money"], "万", "亿", *table["percent"], *table["counts"], *table.get("measure_words", [])}
    return "|".join(re.escape(u) for u in sorted(units, key=lambda u: (-len(u), u)))


_DOUBLED_FIGURE = r"(\d(?<![\d.,，]\d)[\d,]*(?:\.\d+)?(?P<spaced> )?(?:{alternatives}))(?(spaced) ?)\1(?![\d.%％])"
_DOUBLED_FIGURE_AS_WRITTEN = r"(?<![\d.,，])(\d[\d,]*(?:\.\d+)?(?P<spaced> )?(?:{alternatives}))(?(spaced) ?)\1(?![\d.%％])"


def doubled_figures(text: str) -> list[Doubling]:
    """Figures with their unit written twice in a row (``854万854万(高标准农田建设400万元…``): a
    cell or an amount typed or pasted twice. Only where prose goes on right after the second copy
    (:data:`_PROSE_AFTER_FIGURE`): a flattened form's row puts the target and the actual side by
    side, glued when the page lost its spaces, and then a score or the next cell follows."""
    if _PROSE_CHAR.search(text) is None:
        return []  # no prose mark to follow a copy (most cells): the figures' expression is not run
    out = []
    for m in _doubled_figure().finditer(text):
        after = text[m.end():m.end() + 4].lstrip(" \t\u3000")
        copy = m.group(1)
        if m.start() >= len(copy) and text[m.start() - len(copy):m.start()] == copy:
            continue  # a third copy before: target, actual and 完成率 of a flattened row (100%100%100%)
        if after and after[0] in _PROSE_AFTER_FIGURE:
            out.append(Doubling(m.start(), m.end(), copy, "figure"))
    return out


@cache
def _particles() -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The doubled particles as one pattern (Chinese on both sides, not a third copy), and the words
    that cover such a pair."""
    slips = data.load("terms").get("slips") or {}
    singles = sorted(slips.get("doubled_particles") or ())
    words = tuple(slips.get("doubled_particle_words") or ())
    if not singles:
        return None, words
    pairs = "|".join(re.escape(ch + ch) for ch in singles)
    return compile_pattern(rf"(?<=[{_CJK}])(?:{pairs})(?=[{_CJK}])"), words


def doubled_particles(text: str) -> list[Doubling]:
    """A particle never doubled in prose written twice (``主要是是接待``, ``支出的的构成``), with
    Chinese on both sides: a figure beside the pair is a flattened 是/否 column (``8是是8``), and
    the listed words covering the pair (是是非非, 的的确确, 但是是否, 目的的) are no slip."""
    pattern, words = _particles()
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        i, ch = m.start(), m.group()[0]
        if text[i - 1] == ch or text[i + 2:i + 3] == ch:
            continue  # three in a row: a flattened column, not a slip
        if any(text.startswith(w, i - w.index(ch + ch)) for w in words if ch + ch in w):
            continue  # a word covers the pair (但是 + 是否, 目的 + 的, 是是非非)
        out.append(Doubling(i, i + 2, ch, "word"))
    return out


@cache
def _endings() -> re.Pattern[str] | None:
    slips = data.load("terms").get("slips") or {}
    chars = "".join(sorted(slips.get("doubled_before_figure") or ()))
    if not chars:
        return None
    return compile_pattern(rf"(?<=[{_CJK}])([{re.escape(chars)}])\1(?=\s*\d)")


def doubled_endings(text: str) -> list[Doubling]:
    """The last character of an account's name written twice right before its figure
    (``因公出国(境)经费费 62 万元``): no word ends that way before an amount."""
    pattern = _endings()
    if pattern is None:
        return []
    return [Doubling(m.start(), m.end(), m.group(1), "word") for m in pattern.finditer(text)
            if text[m.start() - 1] != m.group(1)]


# A money unit typed twice right after its figure, the sentence going on in prose (基本支出2,871.40万元
# 万元，其中…): a flattened table puts a unit beside a figure only as a header cell ((万元)万元) or
# a cell of its own, never twice glued to the figure before a clause mark.
_DOUBLED_UNIT = lazy_compile(r"(?<=\d)(万元|亿元)\1(?=\s*[（(，,。；;、:：)）])")


def doubled_units(text: str) -> list[Doubling]:
    """``2,871.40万元万元，`` : the figure's unit written twice."""
    if "万元万元" not in text and "亿元亿元" not in text:
        return []
    return [Doubling(m.start(), m.end(), m.group(1), "word") for m in _DOUBLED_UNIT.finditer(text)]


# An item of a 、 list written twice in a row (防汛巡查、秸秆禁烧、秸秆禁烧、安全生产检查): each copy
# bounded by the list's marks, the first after a 、 (so it is an item, not the list's lead-in).
_DOUBLED_ITEM = lazy_compile(rf"(?<=、)([{_CJK}]{{2,12}})、\1(?=[、，,。；;等和及]|$)")


def doubled_list_items(text: str) -> list[Doubling]:
    """``…、秸秆禁烧、秸秆禁烧、…``: one item of an enumeration written twice."""
    if text.count("、") < 2:
        return []
    return [Doubling(m.start(), m.end(), m.group(1), "word") for m in _DOUBLED_ITEM.finditer(text)]


# A clause written again right after its comma (与2021年度预算相比,与2021年度预算相比持平): the
# first copy is a whole clause (from a clause bound to the comma, seven Chinese characters or more),
# the second repeats it and closes its clause within a few more characters of words. A second copy
# that goes on into a phrase of its own (目标任务,目标任务的比例为100%) or holds figures, and cells
# of a flattened row (quotes, bars, tabs between them), are no doubling.
_CLAUSE_BOUND = lazy_compile(r"[，,；;。：:！？!?\n]")
_NOT_PROSE_CLAUSE = frozenset('|"“”\'\t')
_CLAUSE_MIN_CJK = 7  # (达到预期目标，达到预期目标: a short echo, maybe two cells)
_CLAUSE_MAX = 60
_CLAUSE_TAIL_MAX = 4  # characters of words after the second copy before its clause closes


def doubled_clauses(text: str) -> list[Doubling]:
    """``…，X，X…``: a clause written twice in a row, a comma between (linear: the scan jumps
    from one clause bound to the next, and each comma is tried once, against the clause it
    closes)."""
    if "，" not in text and "," not in text:
        return []
    bounds = [m.start() for m in _CLAUSE_BOUND.finditer(text)]
    out: list[Doubling] = []
    start = 0
    for k, i in enumerate(bounds):
        unit = text[start:i]
        end = i + 1 + len(unit)
        if (text[i] in "，," and 0 < len(unit) <= _CLAUSE_MAX and text.startswith(unit, i + 1)
                and (not out or out[-1].end <= start)
                and sum(1 for c in unit if "\u4e00" <= c <= "\u9fff") >= _CLAUSE_MIN_CJK
                and not _NOT_PROSE_CLAUSE.intersection(unit)):
            close = next((b for b in bounds[k + 1:] if b >= end), len(text))
            tail = text[end:close]
            if (len(tail) <= _CLAUSE_TAIL_MAX and all("\u4e00" <= c <= "\u9fff" for c in tail)
                    and not _third_copy(text, start, end, unit)):
                out.append(Doubling(start, end, unit, "word"))
        start = i + 1
    return out


# A verb of two characters with its 了, written again a few characters on inside its clause with
# no mark between (建立了某县建立了…制度): an edit left half made. Figures between are a list of
# counts run together (开展了培训3次开展了督查5次), not one clause.
# (found at its 了, the verb looked back at there: the engine skips to the next 了 in one tight loop)
_VERB_LE_TWICE = lazy_compile(rf"了(?<=(?P<v>[{_CJK}]{{2}}了))[^\d，。；、,;：:！？!?\s|｜]{{1,14}}?(?P=v)")


def doubled_aspect_verbs(text: str) -> list[Doubling]:
    """``…建立了X建立了Y…``: a verb and its 了 written twice in one clause, a few words between."""
    if text.count("了") < 2:
        return []  # nearly every text: one pass in C
    quiet = _not_verbs()
    return [Doubling(m.start("v"), m.end(), m.group("v"), "verb")
            for m in _VERB_LE_TWICE.finditer(text) if m.group("v") not in quiet]


@cache
def _not_verbs() -> frozenset[str]:
    """Words ending in 了 that are no verb with its aspect (为了, 除了): written twice they are prose."""
    return frozenset(data.load("terms").get("slips", {}).get("le_not_verbs") or ())


_SENTENCE_BOUND = lazy_compile(r"[。！？；!?;\n]")
_COMMA = lazy_compile(r"[，,]")
_ECHO_MIN_CJK = 10  # (完成了年度任务 … 完成了年度任务: a short refrain, left alone)
_DIGIT = lazy_compile(r"\d")


def echoed_clauses(text: str) -> list[Doubling]:
    """``…，X，Y，…，X。``: a clause (ten Chinese characters or more, no figure) written again later
    in its own sentence with other clauses between, the second copy reported. A block of clauses
    copied together (a form's target and result cells joined: ``X，Z，X，Z``) is no echo: the clause
    after each copy, or before each, is the same."""
    if text.count("，") + text.count(",") < 3:
        return []
    out: list[Doubling] = []
    start = 0
    for stop in [*(m.start() for m in _SENTENCE_BOUND.finditer(text)), len(text)]:
        sentence = text[start:stop]
        if len(sentence) >= 2 * _ECHO_MIN_CJK:
            out.extend(_echoes_in(sentence, start))
        start = stop + 1
    return out


def _echoes_in(sentence: str, offset: int) -> list[Doubling]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _COMMA.finditer(sentence):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(sentence)))
    clauses = [sentence[a:b].strip() for a, b in spans]
    counts = Counter(clauses)
    first: dict[str, int] = {}
    out: list[Doubling] = []
    for k, clause in enumerate(clauses):
        if counts[clause] != 2:
            continue  # written once, or three times or more (a run: no echo); asked first, as most are
        if (sum(1 for c in clause if "\u4e00" <= c <= "\u9fff") < _ECHO_MIN_CJK or _DIGIT.search(clause)
                or _NOT_PROSE_CLAUSE.intersection(clause)):
            continue
        j = first.setdefault(clause, k)
        if j == k or k - j < 2:
            continue  # the first copy, or one right after it (doubled_clauses)
        after = (clauses[j + 1], clauses[k + 1] if k + 1 < len(clauses) else None)
        if after[0] == after[1] or (j > 0 and clauses[j - 1] == clauses[k - 1]):
            continue  # a block of clauses copied together: cells joined, not a slip of prose
        a, b = spans[k]
        lead = len(sentence[a:b]) - len(sentence[a:b].lstrip())
        out.append(Doubling(offset + a + lead, offset + a + lead + len(clause), clause, "echo"))
    return out


def _third_copy(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the clause stands a third time right before or after its two copies: a run of
    copies is a column of cells or a filler read across a line (three copies or more are no
    doubling, as for words)."""
    before = start - 1 - len(unit)
    return ((before >= 0 and text[start - 1] in "，," and text[before:start - 1] == unit)
            or (end < len(text) and text[end] in "，," and text.startswith(unit, end + 1)))


# A lead-in label (其中, 合计, 备注 …: two to six Chinese characters after a clause or cell bound)
# with its colon, then the same label and colon again with nothing between.
_DOUBLED_LABEL = lazy_compile(rf"(?<![{_CJK}])([{_CJK}]{{2,6}}[:：])\1(?![{_CJK}]{{0,6}}[:：])")


def doubled_labels(text: str, breaks: Collection[int] = ()) -> list[Doubling]:
    """A label with its colon typed twice (``…50万元，其中:其中:商品和服务支出…``): the colon ends
    the word, so :func:`doubled_words` (Chinese characters only) does not see it. Not where the
    second copy opens a new source line (two cells of a one-cell-a-line form, each a label), nor
    where a third copy or another label stands beside them (a flattened column or header row of
    label cells), nor next to a figure (two cells of a flattened row, as :func:`doubled_words`)."""
    out = []
    for m in _DOUBLED_LABEL.finditer(text):
        label, start = m.group(1), m.start()
        if start + len(label) in breaks or text[max(0, start - len(label)):start] == label \
                or _three_copies(text, start, len(label)):
            continue  # (a third copy beside them, whole or read from inside a copy: a flattened column)
        if _table_like(text, start, m.end()):
            continue
        out.append(Doubling(start, m.end(), label, "word"))
    return out


# A word in brackets written again right after the closing bracket (东部(重庆)重庆科学城): the
# aside names the word, and the word then follows a second time.
_DOUBLED_ASIDE = lazy_compile(rf"[（(]([{_CJK}]{{2,8}})[)）]\1")


def doubled_asides(text: str, breaks: Collection[int] = ()) -> list[Doubling]:
    """A bracketed word repeated right after its bracket (``西部(重庆)重庆科学城`` for
    ``西部(重庆)科学城``). Not a numbering (（一）一 is one character; 十一 and the like are
    numerals), not a unit (``(万元)万元``: a header cell beside a figure's unit), not where the
    repeat opens a new source line or stands beside a figure (two cells of a flattened row)."""
    if "(" not in text and "（" not in text:
        return []
    out = []
    for m in _DOUBLED_ASIDE.finditer(text):
        word = m.group(1)
        if all(ch in _repeat_lists()[2] for ch in word) or word in _unit_names():
            continue
        if m.end() - len(word) in breaks or _table_like(text, m.start(), m.end()):
            continue
        out.append(Doubling(m.start(), m.end(), word, "aside"))
    return out


# A title's last word, the kind of document (《关于…的通知》通知, 《…实施方案》方案), written again
# right after the closing mark: the sentence goes on as if the mark had not been typed yet.
@cache
def _doubled_title_word() -> re.Pattern[str] | None:
    slips = data.load("terms").get("slips") or {}
    kinds = "|".join(map(re.escape, sorted(slips.get("document_types") or (), key=len, reverse=True)))
    return compile_pattern(rf"(?<=[^《》])({kinds})》\1") if kinds else None


def doubled_title_words(text: str) -> list[Doubling]:
    """``《关于…的通知》通知``: the document type closing a title in 《》 typed again after the mark
    (``《…通知》精神``, ``《…方案》要求`` go on with another word and stay quiet). Only inside a
    title opened in the same text, so a 》 left from a flattened cell is not read as one."""
    if "》" not in text:
        return []
    pattern = _doubled_title_word()
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        opening, closing = text.rfind("《", 0, m.start()), text.rfind("》", 0, m.start())
        if opening < 0 or closing > opening:
            continue
        out.append(Doubling(m.start(), m.end(), m.group(1), "title"))
    return out


@cache
def _unit_names() -> frozenset[str]:
    units = data.load("units")
    return frozenset([*units["money"], *units["counts"], *units["measure_words"]])


_STOP_RE = compile_pattern("[。！？；!?;]")
_NEWLINE_RE = compile_pattern("\n")
_EVENT_RE = compile_pattern("[。！？；!?;\n]")


def sentence_repeats(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, unit)`` of each match of :data:`_DOUBLED_SENTENCE` in ``text``, as
    ``finditer`` gives them, in linear time.

    The regular expression tries every start and scans to the next sentence mark from each: on a
    long run without one (a flattened table, a 1 MB line) that is quadratic. A match's first copy
    ends at a sentence mark ``t`` and its second copy is the run after ``t`` (and the white space
    after it) up to the next mark, so each mark is tried once, for the copy lengths that white
    space allows (the tests compare this with the expression itself).
    """
    n = len(text)
    # Only sentence marks and newlines change anything: the scan jumps from one to the next
    # (found by the regex engine), and "the next mark / newline at or after q" is a bisection
    # into their positions, not a table the size of the text built character by character.
    stops = [m.start() for m in _STOP_RE.finditer(text)]
    if len(stops) < 2:
        return []  # a sentence written twice holds two marks
    breaks = [m.start() for m in _NEWLINE_RE.finditer(text)]

    def next_of(positions: list[int], q: int) -> int:
        j = bisect.bisect_left(positions, q)
        return positions[j] if j < len(positions) else n

    out: list[tuple[int, int, str]] = []
    run_start = 0  # where a first copy may begin: after the last mark, newline or match
    i = 0
    while i < n:
        event = _EVENT_RE.search(text, i)
        if event is None:
            break
        i = event.start()
        if text[i] == "\n":
            run_start = i = i + 1
            continue
        t = i
        k = t + 1
        while k < n and text[k].isspace():
            k += 1
        best: tuple[int, int] | None = None  # (p, q): the leftmost first copy, its greediest second
        for q in range(k, t, -1):
            t2 = next_of(stops, q)
            if t2 >= n or next_of(breaks, q) < t2:
                continue
            p = t + 1 - (t2 + 1 - q)
            if run_start <= p <= t - 6 and text[p:t + 1] == text[q:t2 + 1] and (best is None or p < best[0]):
                best = (p, q)
        if best is None:
            run_start = i = t + 1
            continue
        p, q = best
        end = q + (t + 1 - p)
        out.append((p, end, text[p:t + 1]))
        run_start = i = end
    return out


def doublings(text: str, breaks: Collection[int] = ()) -> list[Doubling]:
    """Every doubled sentence, and every doubled word or figure outside them (``breaks``: offsets where a
    new source line begins; a run across one is two cells or lines joined by the reader).

    A text on one source line (a cell, a heading, most sentences of a form) has no breaks: its
    doublings are a pure function of the text, remembered for short texts (the same cells recur
    through a report and a folder). A fresh list each call."""
    if not breaks:
        return list(_doublings_unbroken(text))
    return _doublings(text, breaks)


@remember_short(4096)
def _doublings_unbroken(text: str) -> tuple[Doubling, ...]:
    return tuple(_doublings(text, ()))


# The doublings of a text on one source line, the remembered tuple itself (no copy: the caller
# only reads it): :func:`doublings` with no breaks, for a caller that asks it of every cell.
doublings_on_one_line = _doublings_unbroken


# A figure alone (``704.32``, ``98.34%``: most cells of a form) doubles nothing: a doubled word,
# particle, label or aside is written in Chinese or in brackets, a sentence holds its mark, and a
# doubled figure is one with its unit (% among them) followed by prose, which these never are.
_FIGURE_ONLY = "0123456789.%"
_SHORT = 32  # a text this short is asked whether any of its characters recurs (a cell, a name)


def _doublings(text: str, breaks: Collection[int]) -> list[Doubling]:
    if not text.strip(_FIGURE_ONLY) or len(text) <= _SHORT and len(set(text)) == len(text):
        return []  # (whatever is doubled repeats its characters: none recurs in the second)
    sentences = doubled_sentences(text)
    words = [w for w in doubled_words(text, breaks) + doubled_figures(text) + doubled_particles(text)
             + doubled_endings(text) + doubled_units(text) + doubled_list_items(text)
             + doubled_labels(text, breaks) + doubled_asides(text, breaks) + doubled_title_words(text)
             + doubled_clauses(text) + echoed_clauses(text) + doubled_aspect_verbs(text) + doubled_years(text) if not any(s.start <= w.start < s.end for s in sentences)]
    return sorted(sentences + words, key=lambda d: d.start)


# A paragraph written again right after itself: at least a sentence (six CJK characters and a
# sentence mark), so a page header or a 单位：万元 line a PDF repeats is not one. However long, it
# is a doubling (D208), not a copy from elsewhere (D203 leaves it: see ``pasted_twice`` there).
_SENTENCE_MARK = lazy_compile(r"[。！？；!?;]")
_CJK_CHAR = lazy_compile(rf"[{_CJK}]")


def repeated_paragraph(previous: str, text: str) -> bool:
    """Whether the paragraph ``text`` is ``previous`` written again (a paste made twice): the same
    words (white space aside), a sentence at least."""
    a, b = compact(previous), compact(text)
    if a != b or not _SENTENCE_MARK.search(a):
        return False
    return len(_CJK_CHAR.findall(a)) >= 6


def paragraphs_written_twice(doc: Document) -> list[tuple[Block, Block]]:
    """``(before, block)`` for each paragraph or heading of ``doc`` that repeats the one right
    above it (:func:`repeated_paragraph`), in order: D208 reports them, D203 leaves them out
    of its stream (one walk over the neighbours for both, through the facts layer)."""
    out: list[tuple[Block, Block]] = []
    for part in doc.parts:
        blocks = part.blocks
        for before, block in zip(blocks, blocks[1:], strict=False):
            if isinstance(before, _PROSE) and isinstance(block, _PROSE) \
                    and (repeated_paragraph(before.text.value, block.text.value)
                         or repeated_heading(before, block)):
                out.append((before, block))
    return out


def repeated_heading(before: Block, block: Block) -> bool:
    """Whether ``block`` is the numbered heading ``before`` written again right under it, the
    same number and title (``(一)职能职责`` twice): a heading of a few words carries no sentence
    mark for :func:`repeated_paragraph`, but its number makes the pair no list of short items."""
    if not (isinstance(before, Heading) and isinstance(block, Heading)) \
            or before.numbering is None or block.numbering is None:
        return False
    a = compact(before.text.value)
    return a == compact(block.text.value) and len(_CJK_CHAR.findall(before.title)) >= 2


_PROSE = (Paragraph, Heading)


def column_pairs(doc: Document, pairs: list[tuple[Block, Block]]) -> set[int]:
    """The ids of the blocks of ``pairs`` (:func:`paragraphs_written_twice`) that stand in a
    run of two or more such pairs one right under the other (A A B B C C): a two-column form
    pasted one cell a line, each 预期目标 cell followed by its 实际完成情况 cell that copies it.
    An author who pastes a paragraph twice does it once; pasting a list twice gives A B A B."""
    if len(pairs) < 2:
        return set()
    index: dict[int, int] = {}
    for part in doc.parts:
        for i, block in enumerate(part.blocks):
            index[id(block)] = i
    out: set[int] = set()
    run: list[tuple[Block, Block]] = []
    for pair in [*pairs, None]:
        if pair is not None and run and index.get(id(pair[0])) == index.get(id(run[-1][1]), -9) + 1:
            run.append(pair)
            continue
        if len(run) >= 2:
            out.update(id(b) for p in run for b in p)
        run = [pair] if pair is not None else []
    return out
