"""Paired punctuation as drafts get it wrong: a quotation closed with an opening mark.

Word's smart quotes turn a straight ``"`` typed at the end of a phrase into ``“`` when the
previous character is a CJK character, so ``“三个到位“`` is common in real drafts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.text.patterns import compile_pattern, lazy_compile

_PAIRS = {"“": "”", "‘": "’"}
_MARKS_OF = {opening: compile_pattern(f"[{opening}{closing}]") for opening, closing in _PAIRS.items()}
_CURLY_QUOTE = lazy_compile("[" + "".join(_PAIRS) + "".join(_PAIRS.values()) + "]")


@dataclass(frozen=True)
class QuoteSlip:
    """A closing quotation mark of the wrong kind for the mark it closes, or (``opening`` -1) a
    closing mark with no quotation open before it (``三公”经费``)."""

    start: int  # offset of the wrong (or stray) closing mark
    opening: int  # offset of the mark it should close; -1: none is open
    wrong: str
    right: str


def unbalanced_quotes(text: str) -> list[QuoteSlip]:
    """Opening marks that stand where the quotation they follow should close.

    Only a second opening mark of the same kind met while a quotation is still open, with no
    closing mark anywhere after it before the next opening one, counts: nested quotations use the
    other pair (“…‘…’…”), so the same mark twice in a row is a slip, not nesting.
    """
    if _CURLY_QUOTE.search(text) is None:
        return []  # most texts: no curly quotation mark, so none opened, none closed, none stray
    slips: list[QuoteSlip] = []
    for opening, closing in _PAIRS.items():
        if closing in text:
            slips.extend(_stray_closings(text, opening, closing))
        if _STRAIGHT[opening] in text and opening in text:
            slips.extend(_closed_straight(text, opening, closing))
        if text.count(opening) < 2:
            continue  # a slip is a second opening mark
        open_at: int | None = None
        for m in _MARKS_OF[opening].finditer(text):  # only the marks themselves matter
            i, ch = m.start(), m.group()
            if ch == opening:
                if open_at is None:
                    open_at = i
                    continue
                nxt_close = text.find(closing, i + 1)
                nxt_open = text.find(opening, i + 1)
                if nxt_close == -1 or (nxt_open != -1 and nxt_open < nxt_close):
                    slips.append(QuoteSlip(i, open_at, opening, closing))
                    open_at = None
                else:
                    open_at = i  # the earlier mark was the stray one; let the pair close normally
            elif ch == closing:
                open_at = None
    return sorted(slips, key=lambda q: q.start)


_STRAIGHT = {"“": '"', "‘": "'"}  # the straight mark a draft may open the same quotation with


_STRAIGHT_REACH = 20  # how far a quoted term runs (“三公" 经费): a longer span is no slip of this kind


def _closed_straight(text: str, opening: str, closing: str) -> list[QuoteSlip]:
    """Curly quotations closed with the straight mark (``“三公"经费``): the opening mark's
    quotation has no curly closing before the next opening one, a straight mark follows within a
    short quoted term, and the text's straight marks are odd in number (so that one pairs with
    no other straight mark)."""
    straight = _STRAIGHT[opening]
    if text.count(straight) % 2 == 0:
        return []
    out: list[QuoteSlip] = []
    for m in _MARKS_OF[opening].finditer(text):
        if m.group() != opening:
            continue
        i = m.start()
        j = text.find(straight, i + 1, i + 1 + _STRAIGHT_REACH)
        if j == -1:
            continue
        between = text[i + 1:j]
        if closing in between or opening in between or not between.strip():
            continue
        out.append(QuoteSlip(j, i, straight, closing))
    return out


# What a publication masks names and numbers with (``******街道``, ``张××``, ``■■■``; the reader
# drops ``**`` as emphasis and keeps a run of four or more): the mask
# may have swallowed a bracket's or a quotation's other mark, so its pairing is not known.
_MASK = lazy_compile(r"[*＊]{4,}|[×■□]{2,}")
_CLAUSE_END = lazy_compile(r"[。；;！!？?\n]")


def masked_before(text: str, i: int) -> bool:
    """Whether a mask stands in ``i``'s sentence before it: a closing mark there may close an
    opening one the mask hid (``(普惠)******街道…实施方案的批复》``)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, i)), default=0)
    return _MASK.search(text, start, i) is not None


def masked_after(text: str, i: int) -> bool:
    """Whether a mask stands in ``i``'s sentence after it: an opening mark there may be closed
    inside what the mask hid."""
    m = _CLAUSE_END.search(text, i + 1)
    return _MASK.search(text, i + 1, m.start() if m else len(text)) is not None


def _stray_closings(text: str, opening: str, closing: str) -> list[QuoteSlip]:
    """Closing marks with no quotation of their kind open before them (``三公”经费``). A text
    with the straight mark (``"三公”``) before one may have opened it that way: left alone."""
    out: list[QuoteSlip] = []
    is_open = False
    # the text's masks looked for once: each stray mark's sentence read for one was quadratic
    masked = _MASK.search(text) is not None
    for m in _MARKS_OF[opening].finditer(text):
        if m.group() == opening:
            is_open = True
        elif is_open:
            is_open = False
        elif text.find(_STRAIGHT[opening], 0, m.start()) == -1 and not (masked and masked_before(text, m.start())):
            out.append(QuoteSlip(m.start(), -1, closing, opening))
    return out


# Bracket pairs by kind. Half- and full-width parentheses are one kind (drafts mix them, and
# the text importer does not normalise them); so are the square brackets a document number
# is written with (〔2023〕, [2023], 【2023】, ［2023］): mixing those is style, not imbalance.
_OPENERS = {"(": "paren", "（": "paren", "〔": "square", "[": "square", "【": "square", "［": "square",
            "《": "book", "〈": "angle"}
_CLOSERS = {")": "paren", "）": "paren", "〕": "square", "]": "square", "】": "square", "］": "square",
            "》": "book", "〉": "angle"}
_BRACKET = compile_pattern("[" + re.escape("".join(_OPENERS) + "".join(_CLOSERS)) + "]")
# What may stand before a list marker's lone closing bracket (1) 一) a)): the text's start,
# whitespace or a punctuation mark that ends a phrase.
_MARKER_LEAD = set(" \t\n\u3000。；;，,：:、！!？?”\"")
_ORDINAL = set("0123456789０１２３４５６７８９一二三四五六七八九十abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")
_MAX_ORDINAL = 3


@dataclass(frozen=True)
class BracketSlip:
    """A bracket without its partner: ``kind`` is ``unclosed`` (an opening mark never closed),
    ``stray`` (a closing mark with nothing open of its kind) or ``doubled`` (an opening mark
    typed twice, ``((2019年度)``: the first is never closed)."""

    start: int
    mark: str
    kind: str


def find_bracket(text: str, pos: int = 0) -> int:
    """Where the first bracket mark :func:`unbalanced_brackets` reads stands in ``text`` from
    ``pos`` on, or -1: a text without one has nothing for it to find."""
    m = _BRACKET.search(text, pos)
    return -1 if m is None else m.start()


# 某财发202211号: a document number whose year lost both its brackets and runs into the serial.
# The issuer's code is Chinese and holds one of the characters every code of a government
# document has (财, 政, 发, 办, 函, 字); a number after 第, 编号, 备 (an ICP filing) is another kind.
_BARE_DOC_NUMBER = lazy_compile(
    r"(?<![\u4e00-\u9fff])(?P<code>[\u4e00-\u9fff]{2,8})[ \u3000]?(?P<year>(?:19|20)\d\d)(?P<serial>\d{1,4})\s*号"
)  # (a PDF's text may space the code from the digits: 某财发 202211 号)
# the year and serial run together before 号, right after a Chinese character: where a bare number may end
_BARE_TAIL = lazy_compile(r"(?:19|20)\d{3,6}\s*号")
_DOC_CODE_CHARS = frozenset("财政发办函字")
# the words a sentence leads into a cited number with, not part of the issuer's code
_LEAD_IN = lazy_compile(r"^(?:根据|依据|按照|参照|详见|见|经|由|按|以|据)")
_NOT_A_CODE_END = frozenset("第编备证码号期批次位室楼栋")
# characters no issuer's code holds: the 号 of a number before it, or a word joining two numbers
_NOT_IN_A_CODE = "号和及与"


@dataclass(frozen=True)
class BareDocNumber:
    """``某财发202211号``: where the number starts and ends, and its year and serial."""

    start: int
    end: int
    code: str
    year: str
    serial: str


def bare_document_numbers(text: str) -> list[BareDocNumber]:
    """Document numbers written with the year run into the serial and no brackets around it
    (``山某乡办202211号`` for ``山某乡办〔2022〕11号``): the year and the number cannot be told
    apart. Only where an issuer's code leads into the digits."""
    if "号" not in text:
        return []
    out = []
    for tail in _BARE_TAIL.finditer(text):  # the digits and 号 first: a search a CJK run at a time was slow
        before = tail.start() - 1
        if before > 0 and text[before] in " \u3000":
            before -= 1  # 某财发 202211 号: a PDF's space before the digits
        if before < 0 or not "\u4e00" <= text[before] <= "\u9fff":
            continue
        start = max(0, before - 8)
        m = _BARE_DOC_NUMBER.search(text, start, tail.end())
        if m is None or m.end() != tail.end():
            continue
        code = m.group("code")
        joint = max(code.rfind(ch) for ch in _NOT_IN_A_CODE) + 1  # 号文件和某政发: the code is 某政发
        if len(code) - joint < 2:
            continue
        if code[-1] in _NOT_A_CODE_END or not _DOC_CODE_CHARS.intersection(code[joint:]):
            continue
        lead = _LEAD_IN.match(code[joint:])
        cut = joint + (lead.end() if lead and len(code) - joint - lead.end() >= 2 else 0)
        out.append(BareDocNumber(m.start() + cut, m.end(), code[cut:], m.group("year"), m.group("serial")))
    return out


def unbalanced_brackets(text: str) -> list[BracketSlip]:
    """Opening brackets never closed and closing brackets with nothing to close, in one text.

    A closing mark that meets an open bracket of another kind closes its own kind further down
    the stack, and the brackets it skips are the unclosed ones ((某发〔2019 10号) leaves 〔
    open); a closing mark whose kind is not open at all is stray (某财〔2021〕5号) with no “(”).
    A list marker's lone closing bracket (1) 2) a)) is not stray.
    """
    first = _BRACKET.search(text)
    if first is None:
        return []  # most texts: no bracket at all
    slips: list[BracketSlip] = []
    # whether the text holds a mask, looked for once: reading each stray mark's sentence for one
    # was quadratic in a long text of many strays (most texts hold no mask)
    masked = _MASK.search(text) is not None
    stack: list[tuple[str, int]] = []
    open_of: dict[str, int] = {}  # open brackets of each kind on the stack: a stray mark needs no search
    last_close: dict[str, int] = {}  # where the last closing mark of each kind stands
    for m in _BRACKET.finditer(text, first.start()):  # the brackets only, found by the regex engine
        i, ch = m.start(), m.group()
        kind = _OPENERS.get(ch)
        if kind:
            stack.append((kind, i))
            open_of[kind] = open_of.get(kind, 0) + 1
            continue
        kind = _CLOSERS.get(ch)
        if not kind:
            continue
        last_close[kind] = i
        if not open_of.get(kind):
            if not _list_marker(text, i) and not (masked and masked_before(text, i)):
                slips.append(BracketSlip(i, ch, "stray"))
            continue
        depth = next(d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == kind)
        slips.extend(BracketSlip(p, text[p], "unclosed") for _k, p in stack[depth + 1:])
        for k, _p in stack[depth:]:  # every mark searched past is removed: linear overall
            open_of[k] -= 1
        del stack[depth:]
    # Left open at the end: only when nothing of its kind closes after it. (A（B）C has one
    # closing mark for two openings and no way to tell which one lacks its partner: a template
    # sentence many units copy reads so.) An opening mark right before another of its kind
    # (（（B）C) is the one: brackets never open back to back in prose, the mark was typed twice.
    for k, p in stack:
        if _page_control(text, p) or (masked and masked_after(text, p)):
            continue
        if _doubled_opening(text, p):
            slips.append(BracketSlip(p, text[p], "doubled"))
        elif last_close.get(k, -1) <= p:
            slips.append(BracketSlip(p, text[p], "unclosed"))
    return sorted(slips, key=lambda s: s.start)


def _doubled_opening(text: str, p: int) -> bool:
    """Whether the opening mark at ``p`` (left open) is followed at once by another of its kind."""
    return p + 1 < len(text) and _OPENERS.get(text[p + 1]) == _OPENERS[text[p]]


def _page_control(text: str, p: int) -> bool:
    """A ``【`` left open by a web page's controls copied with the report (``浏览次数：0 【字体：``,
    ``【阅读：``, ``【】【】【`` at a line's end): the page's buttons, not the report's text. The
    reader may have joined the next line on, so a control word right after it is enough."""
    if text[p] != "【":
        return False
    end = text.find("\n", p)
    rest = text[p + 1:end if end >= 0 else len(text)].strip()
    controls = data.load("boilerplate")["page_controls"]
    return not rest or rest.lstrip(" :：").startswith(tuple(controls))


def bracket_family(mark: str) -> str:
    """The kind a bracket belongs to (``paren``, ``square``, ``book``, ``angle``), or ``""``."""
    return _OPENERS.get(mark) or _CLOSERS.get(mark) or ""


def _list_marker(text: str, close: int) -> bool:
    """Whether the closing bracket at ``close`` ends a list marker such as ``1)`` or ``二)``, or
    the copy of the marker just before it (``（2）2）``: a marker written twice, S606's slip)."""
    j = close
    while j > 0 and close - j < _MAX_ORDINAL and text[j - 1] in _ORDINAL:
        j -= 1
    if j == close:
        return False
    if j == 0 or text[j - 1] in _MARKER_LEAD:
        return True
    ordinal = text[j:close]
    k = j - 1 - len(ordinal)  # where the marker's own ordinal would stand, before its closing mark
    return text[j - 1] in ")）" and k >= 1 and text[k:j - 1] == ordinal and text[k - 1] in "(（"


# Clause marks that never stand twice in a row, nor two different ones together (,, ，。 、，).
_CLAUSE_MARKS = frozenset("，,、；;。：:")
_LIST_ORDINAL = lazy_compile(r"[(（]([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[)）]、(?![(（])")
_MARKER_BEFORE = frozenset("。；;：:\n")


# A figure (with its unit) right after a Chinese character and run straight into 其中：. Only in
# prose (a comma or full stop shortly before): a flattened table runs cells into 其中 too. A PDF's
# text spaces the figure from the Chinese around it (少 28%其中：, 少 5 万元其中：): the same slip.
_GLUED_BREAKDOWN = lazy_compile(
    r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff] ))"
    r"([0-9０-９]{1,6}(?:[.．][0-9０-９]+)?(?:%|％| ?(?:万元|亿元|元|人次|人|个|家|次|辆|项)))其中[:：]")
# An amount with its unit run straight into the next statement's year (其他资金45.2万元2023年支出…):
# a figure and the year of another clause, one after the other with no mark. Only in prose (a
# comma or full stop shortly before), as for 其中: a flattened table runs its cells together too.
_GLUED_YEAR = lazy_compile(
    r"(?<![0-9０-９.,])([0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?\s?[万亿]?元(?:19|20)[0-9]{2}年)(?=[\u4e00-\u9fff])")
# A change's figure run straight into the next clause (下降8.7%主要原因是…, 增长0.84%公务用车…,
# 同比减少0万元主要是…): a change and what comes next are two clauses. A percent may go on only
# into what qualifies it (的, 以上, 左右, 至 another figure, 和/与/及 a second change); an amount goes
# on into its use or its object (增加50万元用于…), so only the explanation that opens a clause
# (主要, 原因) reads as run into it. Only in prose (a comma or full stop shortly before), as for
# 其中 (whose own reading is _GLUED_BREAKDOWN's): a flattened table runs its cells together too.
_GLUED_CHANGE = lazy_compile(
    r"(?:增长|下降|减少|增加|上升|降低|增幅|降幅|减幅|提高|提升|节约|节省|超支)了?(?:为|达)?\s*"
    r"([0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:[%％](?=[\u4e00-\u9fff])(?![的以左至到和与及或多之后前上]|其中)"
    r"|(?:万元|亿元|元)(?=主要|原因)))")
# A clause mark between 占 (占比) and the share it takes (占,88.19%): the verb and its object are
# one clause, never split.
_SPLIT_SHARE = lazy_compile(r"(?<![侵霸抢独])占比?\s*([，,、])\s*[0-9０-９]{1,3}(?:[.．][0-9０-９]+)?\s*[%％]")
# A clause mark between a total's word and its figure (共计 ,0 个; 合计，36.5 万元): the word and
# the figure it sums to are one clause, as 占 and its share are. Only a figure with its unit (a
# year or a clause that goes on is no total's figure); a colon introduces the figure and is right.
_SPLIT_TOTAL = lazy_compile(
    r"(?:共计|合计|总计|累计)\s*([，,、])\s*[0-9０-９][0-9０-９]*(?:[.．][0-9０-９]+)?\s*"
    r"(?:万元|亿元|元|人次|人|个|家|次|辆|项|批次|批|[%％])")
# A figure with a second decimal point before its unit (488.8. 万元, 12.5.%): a decimal figure has
# one point, and nothing but the unit follows; a dotted outline number (3.1.2.) has no money unit.
_STRAY_POINT = lazy_compile(r"(?<![0-9０-９.．])[0-9０-９]{1,9}[.．][0-9０-９]{1,4}([.．])(?![0-9０-９])\s*(?:万元|亿元|元|[%％])")
# A money figure written with a leading zero (减少01万元: the point of 0.1 lost): no amount is
# written 0 and then digits. Not after a figure, a point or a thousands comma (1,001 元, 1 001 元),
# and two digits after the 0 at most (0100 万元 is two cells run together, 0 | 100 万元).
_LOST_POINT = lazy_compile(r"[0０][0-9０-９]{1,2}(?![0-9０-９.．])\s*(?:万元|亿元|元)(?![旦素宵])")
_FIGURE_CHARS = frozenset("0123456789０１２３４５６７８９.．,，")


def _figure_before(text: str, start: int) -> bool:
    """Whether a figure, its point or its thousands separator stands right before ``start``, or
    one blank after a digit (1 001 元)."""
    if start and text[start - 1] in _FIGURE_CHARS:
        return True
    return start > 1 and text[start - 1].isspace() and text[start - 2] in _FIGURE_CHARS
# A figure's percent sign typed twice (98%%, 12.5％%): a share has one sign.
_DOUBLED_PERCENT = lazy_compile(r"(?<=[0-9０-９])\s*[%％]\s*[%％](?![%％])")
# a target's comparison sign typed twice before its figure (≥≥98%; a form's cell ≦≦ | 30)
_DOUBLED_COMPARATOR = lazy_compile(r"(?:[≥≧]\s*[≥≧]|[≤≦]\s*[≤≦])(?=[\s|]*[0-9０-９])")
# A figure whose separators are scrambled (5,00.0,36): a decimal point between two commas, and a
# piece between them that no figure, listed or grouped, is (``00.0``: a leading 0 before a digit).
# Figures listed with commas (4125.49,4143.91; 0.5,1.25,3) have a figure in each piece.
_SCRAMBLED = lazy_compile(r"(?<![\d.,])\d+(?:,\d+)*\.\d+(?:,\d+)+(?![\d.,])")
_NO_FIGURE = lazy_compile(r"(?:^|,)0\d")
_SENTENCE_MARKS = frozenset("，,。；;")
# A list of duties with the mark between two of them lost (…绩效管理工作拟订全区财政支出…,
# …发展规划研究提出全市…): a duty's object (工作, 规划, 制度…) runs straight into the verb that opens
# the next duty and that duty's scope (全区, 本级, 有关…). A clause that drafts after a frame
# (根据发展规划研究提出…, 对…) is one duty.
_GLUED_DUTY = lazy_compile(r"(?<=工作|规划|制度|事项|管理|服务|监督|规范|标准|建设)(?:拟订|拟定|研究提出|研究拟订|组织拟订)"
                           r"(?=全[省市县区州旗盟]|本[级省市县区]|有关|相关|并)")
_DUTY_FRAME = lazy_compile(r"根据|依据|按照|结合|围绕|对照|参照|对")
# A plan or rule whose drafting is itself the duty named (负责…发展规划拟订并组织实施): the object
# then the verb, and 并 going on to its carrying out.
_NAMED_DRAFTING = ("规划", "制度", "标准", "规范")
# A duty opened by 负责 whose clause ends in 负责 again before its mark (负责全省市场主体登记注册负责；
# 全省市场秩序…): the next duty's 负责 typed before the mark; a duty left to a body (由办公室负责；),
# one that names whom it answers to (并对局长负责；, 向…负责；) and a next clause that opens with
# its own verb are right.
_VERB_BEFORE_MARK = lazy_compile(r"(?:^|(?<=[；;。：:\n]))负责([^；;。，,：:\n]{2,40})负责[；;]")
_DUTY_VERBS = ("负责", "承担", "拟订", "拟定", "组织", "指导", "参与", "协调", "管理", "监督", "完成", "研究", "贯彻")


# A person named in prose (项目负责人为王某某) run straight into the next field's label (联系电话):
# a form's row flattened has no 为 between the label and the name.
_GLUED_NAME = lazy_compile(r"(?:负责人|联系人)为([\u4e00-\u9fff]{2,4}?)(?:联系电话|电话|联系方式)")
# A subject's code (3, 5 or 7 digits: 类, 款, 项) and its name with the numeral 一 typed for the
# dash between them (列入“2100499一其他公共卫生支出”): a name that ends as a subject does (支出,
# 收入) and does not open with 一般 (201一般公共服务支出 is the code and its name).
_ONE_FOR_DASH = lazy_compile(r"(?<![\d.])[12]\d{2}(?:\d{2}){0,2}一(?=(?!般)[\u4e00-\u9fff]{2,30}?(?:支出|收入))")
# A 一 left after a clause mark before the next income's or outlay's name (；一政府性基金预算财政拨款):
# 一是, 一般 and 一、 do not follow.
_STRAY_ONE = lazy_compile(r"[，,；;：:。]一(?:政府性基金|一般公共预算|国有资本|上级补助|事业收入|经营收入|其他收入"
                          r"|财政拨款|基本支出|项目支出)")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts (after the last clause mark before it)."""
    return max(text.rfind(ch, 0, at) for ch in "，,。；;：:\n") + 1
_PROSE_REACH = 40
# A run of clause marks (only a run of two is a slip).
_MARK_RUN = compile_pattern("[" + re.escape("".join(sorted(_CLAUSE_MARKS))) + "]{2,}")


# A run of three or four marks is a slip only when it mixes marks, holds a sentence's end and
# follows a word or a figure: a filler repeats one mark, a label's colon opens empty cells.
_LEFTOVER_MAX = 4
_LEFTOVER_END = frozenset("。；;")


def _leftover_run(text: str, start: int, end: int) -> bool:
    run = text[start:end]
    if end - start > _LEFTOVER_MAX or len(set(run)) < 2 or run[0] in "：:" or _LEFTOVER_END.isdisjoint(run):
        return False
    before = text[start - 1] if start else ""
    return before.isdigit() or _is_word_char(before)


def _is_word_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# A list's items counted straight into their noun (文化馆、图书馆、文管所3二级单位): the count, one or
# two digits between Chinese characters, is read only in a text that lists with 、.
_LIST_COUNT = lazy_compile(r"(?<=[\u4e00-\u9fff])[0-9]{1,2}(?=[\u4e00-\u9fff])")
_CHINESE_NUMERALS = frozenset("一二三四五六七八九十两")
_CLAUSE_OPENERS = frozenset("，,。；;：:！？!?\n")
# A table's title left with a lone Latin letter after it (一、收入支出决算总表 P): a page's or a
# template's mark, not part of the title; the title names a table (…表) and stands alone in its text,
# numbered or of six characters at least before 表 (见表 A refers to a table labelled A).
_STRAY_LETTER = lazy_compile(
    r"^\s*(?:(?:[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、.．]|[(（][一二三四五六七八九十0-9]{1,3}[)）])\s*"
    r"[\u4e00-\u9fff“”\"（）()]{3,40}|[\u4e00-\u9fff“”\"（）()]{6,40})表\s+([A-Za-z])\s*$")
# Two indicator categories run together in a list of them (产出指标、社会指标满意度指标): a
# category's name (…指标, two to six characters before it) straight before one of the forms'
# category names (forms.indicator_levels).
_LEVEL_RUN_WIDTH = 6
_TITLE_LETTER_ENDS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz \t\u3000")


@cache
def _levels() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The forms' indicator categories, and the pairs of a 一级 category and a 二级 name under it
    (a form's row flattened: ``产出指标数量指标`` is no slip)."""
    forms = data.load("forms")
    pairs = frozenset((group[0], child) for group in forms.get("indicator_level_groups") or [] for child in group[1:])
    return frozenset(forms.get("indicator_levels") or ()), pairs


@cache
def _count_nouns() -> tuple[str, ...]:
    """The nouns a count takes only with its measure word (``slips.count_nouns``)."""
    return tuple((data.load("terms").get("slips") or {}).get("count_nouns") or ())


def bare_list_counts(text: str) -> list[tuple[int, int]]:
    """Where a list's count runs straight into its noun without the measure word: ``3二级单位``
    after ``文化馆、图书馆、文管所`` (``3个二级单位``). Only a count that equals the items the
    clause lists with 、 before it (two at least), followed by a Chinese numeral or a noun a count
    takes only with its measure word (``slips.count_nouns``): ``3台``, ``6省(市)``, ``9个`` are
    counted right. The count and the noun's first two characters."""
    if "、" not in text:
        return []  # most texts: no list (one search in C)
    found = []
    for m in _LIST_COUNT.finditer(text):
        after = text[m.end():m.end() + 3]
        if after[0] not in _CHINESE_NUMERALS and not after.startswith(_count_nouns()):
            continue
        opened = max(text.rfind(mark, 0, m.start()) for mark in _CLAUSE_OPENERS)
        items = text.count("、", opened + 1, m.start()) + 1
        if items >= 2 and items == int(m.group()):
            found.append((m.start(), m.end() + 2))
    return found


def stray_title_letter(text: str) -> tuple[int, int] | None:
    """Where a table's title, alone in its text, ends in a lone Latin letter after a space
    (``一、收入支出决算总表 P``): the letter."""
    last = text[-1:]
    if not (last.isascii() and last.isalpha()) and not (last.isspace() and text.rstrip()[-1:].isascii()):
        return None  # most texts end otherwise (two tests in C)
    m = _STRAY_LETTER.match(text)
    return m.span(1) if m else None


def run_together_levels(text: str) -> list[tuple[int, int]]:
    """Two indicator categories written without the 、 between them inside a list of categories
    (``产出指标、社会指标满意度指标``): the two, from the first one's start to the second one's end.
    Only beside a 、 of the list; a 一级 category before a 二级 name under it is a form's row
    flattened (``产出指标数量指标``), not a slip."""
    if "、" not in text or text.count("指标") < 2:
        return []
    levels, parents = _levels()
    found = []
    at = text.find("指标")
    while at >= 0:
        cut = at + 2  # after the first category's 指标
        second = max((w for w in levels if text.startswith(w, cut)), key=len, default=None)
        if second is not None:
            start = next((k for k in range(max(0, at - _LEVEL_RUN_WIDTH), at - 1)
                          if text[k - 1:k] == "、" and all("\u4e00" <= ch <= "\u9fff" for ch in text[k:at])), None)
            end = cut + len(second)
            listed = start is not None or text[end:end + 1] == "、"
            if start is None:
                start = next((k for k in range(max(0, at - _LEVEL_RUN_WIDTH), at - 1)
                              if all("\u4e00" <= ch <= "\u9fff" for ch in text[k:at])
                              and (k == 0 or not "\u4e00" <= text[k - 1] <= "\u9fff")), None)
            if listed and start is not None and (text[start:cut], second) not in parents:
                found.append((start, end))
        at = text.find("指标", at + 2)
    return found


@dataclass(frozen=True)
class PunctuationSlip:
    """``text[start:end]`` is a punctuation slip of ``kind``: ``doubled`` (,, or ，。) or
    ``marker`` (a bracketed list marker followed by 、: (1)、) or ``glued`` (a figure run into
    the 其中 that opens its breakdown: 少28%其中：) or ``split`` (a mark between 占 and its share:
    占,88.19%) or ``split_total`` (a mark between 共计/合计 and its figure: 共计 ,0 个) or ``stray_point`` (a second decimal point before the unit: 488.8. 万元) or
    ``doubled_percent`` (a figure's percent sign typed twice: 98%%) or ``lost_point`` (a money
    figure with a leading zero, its decimal point lost: 01万元) or ``doubled_comparator`` (a
    target's comparison sign typed twice: ≥≥98%) or ``scrambled_figure`` (a figure's thousands
    separators and decimal point in impossible places: 5,00.0,36) or ``glued_year`` (an amount
    run straight into the next statement's year: 45.2万元2023年支出) or ``glued_clause`` (a change's
    figure run straight into the next clause: 下降8.7%主要原因是…) or ``bare_count`` (a list's
    count run into its noun without the measure word: 文化馆、图书馆、文管所3二级单位) or
    ``joined_levels`` (two indicator categories of a list without the 、 between them:
    产出指标、社会指标满意度指标) or ``stray_letter`` (a lone Latin letter after a table's title:
    一、收入支出决算总表 P) or ``glued_duty`` (two duties of a list run together without a mark:
    管理工作拟订全区) or ``verb_before_mark`` (the next duty's 负责 typed before the mark: 注册负责；) or ``one_for_dash`` (the numeral 一 typed for the dash after a subject's code:
    2100499一其他公共卫生支出) or ``stray_one`` (a 一 left after a mark before an income's name:
    ；一政府性基金) or ``glued_name`` (a person named in prose run into the next field's label:
    负责人为王某联系电话)."""

    start: int
    end: int
    kind: str


def punctuation_slips(text: str) -> list[PunctuationSlip]:
    """Doubled or mixed clause marks, and bracketed list markers followed by 、.

    Three or more marks in a row are a deliberate filler or a table's empty cells, not a slip,
    unless three or four mixed marks that hold a sentence's end follow a word (亩,;,。);
    ``(1)、(2)`` lists two markers and is fine; a marker only counts where an item begins (the
    text's start or after a sentence or clause-ending mark).
    """
    # Each maximal run of two or more clause marks; a run of exactly two is a slip, and so is a
    # short mixed run that ends a clause (120万亩,;,。: what is left of a clause cut out).
    slips = [PunctuationSlip(m.start(), m.end(), "doubled") for m in _MARK_RUN.finditer(text)
             if m.end() - m.start() == 2 or _leftover_run(text, m.start(), m.end())]
    if "、" in text:  # a list's count without its measure word; two categories run together
        slips.extend(PunctuationSlip(start, end, "bare_count") for start, end in bare_list_counts(text))
        if "指标" in text:
            slips.extend(PunctuationSlip(start, end, "joined_levels") for start, end in run_together_levels(text))
    # a lone letter after a table's title: only a text ending in a Latin letter or a space is read
    if text[-1:] in _TITLE_LETTER_ENDS and (letter := stray_title_letter(text)) is not None:
        slips.append(PunctuationSlip(*letter, "stray_letter"))
    for m in _LIST_ORDINAL.finditer(text):
        k = m.start() - 1
        while k >= 0 and text[k] in " \t\u3000":
            k -= 1
        if k < 0 or text[k] in _MARKER_BEFORE:
            slips.append(PunctuationSlip(m.start(), m.end(), "marker"))
    # the three patterns below open with look-behinds (a match is tried at every character):
    # each is searched only where the text holds the word or mark every match of it holds
    for m in _GLUED_BREAKDOWN.finditer(text) if "其中" in text else ():
        if any(ch in _SENTENCE_MARKS for ch in text[max(0, m.start() - _PROSE_REACH):m.start()]):
            slips.append(PunctuationSlip(m.start(1), m.end(1) + 2, "glued"))
    for m in _GLUED_YEAR.finditer(text) if "元20" in text or "元19" in text else ():
        if any(ch in _SENTENCE_MARKS for ch in text[max(0, m.start() - _PROSE_REACH):m.start()]):
            slips.append(PunctuationSlip(m.start(1), m.end(1), "glued_year"))
    if "%" in text or "％" in text or "元主要" in text or "元原因" in text:
        for m in _GLUED_CHANGE.finditer(text):
            if any(ch in _SENTENCE_MARKS for ch in text[max(0, m.start() - _PROSE_REACH):m.start()]):
                slips.append(PunctuationSlip(m.start(1), m.end(1), "glued_clause"))
    if "拟" in text or "研究提出" in text:  # 管理工作拟订全区…: two duties run together
        for m in _GLUED_DUTY.finditer(text):
            if text.startswith("并", m.end()) and text.endswith(_NAMED_DRAFTING, 0, m.start()):
                continue  # 发展规划拟订并组织实施: the plan's drafting named as the duty
            if not _DUTY_FRAME.search(text, _clause_start(text, m.start()), m.start()):
                slips.append(PunctuationSlip(m.start() - 2, m.end(), "glued_duty"))
    for m in _GLUED_NAME.finditer(text) if "电话" in text or "联系方式" in text else ():
        slips.append(PunctuationSlip(m.start(1), m.end(), "glued_name"))  # 负责人为王某联系电话
    if "一" in text:
        for m in _ONE_FOR_DASH.finditer(text):  # 2100499一其他公共卫生支出: 一 for the dash
            slips.append(PunctuationSlip(m.start(), m.end(), "one_for_dash"))
        for m in _STRAY_ONE.finditer(text):  # ；一政府性基金预算财政拨款: a 一 left before the name
            slips.append(PunctuationSlip(m.start(), m.end(), "stray_one"))
    if text.count("负责") >= 2:  # 负责…注册负责；全市…: the next duty's 负责 typed before the mark
        for m in _VERB_BEFORE_MARK.finditer(text):
            # 由办公室负责；: left to a body; 并对局长负责；/向…负责；: whom the duty answers to
            if not any(w in m.group(1) for w in "由对向") and not text.startswith(_DUTY_VERBS, m.end()):
                slips.append(PunctuationSlip(m.end() - 3, m.end(), "verb_before_mark"))
    for m in _SPLIT_SHARE.finditer(text) if "占" in text else ():
        slips.append(PunctuationSlip(m.start(1), m.end(1), "split"))
    for m in _SPLIT_TOTAL.finditer(text) if "计" in text else ():
        slips.append(PunctuationSlip(m.start(1), m.end(1), "split_total"))
    for m in _STRAY_POINT.finditer(text) if "." in text or "．" in text else ():
        slips.append(PunctuationSlip(m.start(1), m.end(1), "stray_point"))
    for m in _SCRAMBLED.finditer(text) if "," in text and "." in text else ():
        if _NO_FIGURE.search(m.group()):
            slips.append(PunctuationSlip(m.start(), m.end(), "scrambled_figure"))
    for m in _LOST_POINT.finditer(text) if "元" in text else ():
        if not _figure_before(text, m.start()):
            slips.append(PunctuationSlip(m.start(), m.end(), "lost_point"))
    if "%%" in text or "％" in text and ("％%" in text or "%％" in text or "％％" in text):
        for m in _DOUBLED_PERCENT.finditer(text):
            slips.append(PunctuationSlip(m.start(), m.end(), "doubled_percent"))
    if any(sign in text for sign in "≥≧≤≦"):
        for m in _DOUBLED_COMPARATOR.finditer(text):
            slips.append(PunctuationSlip(m.start(), m.end(), "doubled_comparator"))
    return sorted(slips, key=lambda s: s.start)


_HALFWIDTH_STOP = lazy_compile(r"[\u4e00-\u9fff][.．](?:\s|$|[\u4e00-\u9fff])")


def ends_sentences_halfwidth(texts: list[str]) -> bool:
    """Whether the draft's own sentences end in a half-width full stop (乡镇. 受益…).

    A draft pasted from a half-width source ends its run-in headings the same way; a heading
    ending in '.' is a slip only where the prose around it writes 。.
    """
    search = _HALFWIDTH_STOP.search
    for text in texts:  # a loop, not any() over a generator
        if search(text):
            return True
    return False


# A title in book marks inside another, marked 《》 again (《关于印发《…办法》的通知》): the inner
# title takes 〈〉 (GB/T 15834). Each piece stays on one line and short, as a cited title does.
_NESTED_TITLE = lazy_compile(r"《[^《》\n]{0,80}《[^《》\n]{1,80}》[^《》\n]{0,80}》")


def nested_title_marks(joined: str) -> list[tuple[int, int]]:
    """Where a cited title holds another title in the same 《》 marks, in a draft's joined texts."""
    if joined.count("《") < 2:
        return []  # (most drafts: one count in C)
    return [m.span() for m in _NESTED_TITLE.finditer(joined)]


# A notice that issues or forwards another document (关于印发 / 转发 / 下发 / 颁发 / 发布 …) is named
# with its 的通知: a title in book marks that holds such a 关于 and closes before 的通知
# (《…关于印发…办法》的通知) has its closing mark in the wrong place. Read only when the title does
# not end in 通知 itself (《关于印发…的通知》的通知 cites a notice by a notice of its own).
_CLOSED_BEFORE_NOTICE = lazy_compile(r"《[^《》\n]{0,60}关于(?:印发|转发|下发|颁发|发布)[^《》\n]{1,80}?(?<!通知)》的通知")


def title_closed_before_notice(joined: str) -> list[tuple[int, int]]:
    """Where a cited 印发 / 转发 notice's title closes before its 的通知, in a draft's joined texts."""
    if "》的通知" not in joined:
        return []  # (most drafts: one search in C)
    return [m.span() for m in _CLOSED_BEFORE_NOTICE.finditer(joined)]


# An annex line of a list (``八、附件一:…``, ``附件3：…``): the annex's number at the start of a text
# (after at most a marker), then a colon and the title, or straight the title's first character.
_ANNEX_LINE = lazy_compile(
    r"(?m)^[^\n附]{0,8}附件([一二三四五六七八九十]{1,3}|\d{1,2})\s*(?:([:：])(?=\s*\S)|(?=[\u4e00-\u9fff《“\"]))")
_MIN_ANNEX_RUN = 4  # annex lines of one list, the slip among them: three that keep the colon at least


def annex_without_colon(joined: str) -> list[tuple[int, int]]:
    """The one annex line of a list (its annexes counted on in order, one text each) whose number
    is not followed by the colon every other one has (``附件一：…`` … ``附件五：…`` ``附件六重点…``):
    where its number ends, with the title's first two characters."""
    if "附件" not in joined:
        return []  # (most drafts: one search in C)
    from perflint.text.numbering import chinese_to_int

    out: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    last = 0
    for m in [*_ANNEX_LINE.finditer(joined), None]:
        value = None
        if m is not None:
            raw = m.group(1)
            value = int(raw) if raw.isdigit() else chinese_to_int(raw)
        if m is not None and value == last + 1 and run:
            run.append(m)
            last = value
            continue
        bare = [r for r in run if not r.group(2)]
        if len(run) >= _MIN_ANNEX_RUN and len(bare) == 1:
            r = bare[0]
            out.append((r.start(1) - 2, r.end() + 2))
        run, last = ([m], value) if m is not None and value == 1 else ([], 0)
    return out
