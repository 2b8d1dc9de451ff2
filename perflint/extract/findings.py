"""What a report says it found, and the template text it left unfilled.

A self-evaluation has two voices: the 自评表 (scores, 偏差原因, 改进措施) and the narrative
(自评得分, 存在的问题, 下一步改进措施). Boilerplate is the gap between them — "无" beside a missed
target, full marks beside a list of problems — or text of the blank form that was never
replaced. This module turns text into those facts; the phrase lists live in
``perflint/data/boilerplate.yaml`` so that a new province's wording is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from perflint import data
from perflint.extract import compact  # noqa: F401  (re-exported: checks call findings.compact)
from perflint.extract.numbering import parse_marker
from perflint.extract.numbers import Quantity, find_quantities, normalise
from perflint.model import Block, Cell, Heading, Paragraph, Part, Row, SourceText, Table, TocEntry

_PUNCT_EDGES = "。.；;，,、：:！!？?）)（(“”\"'‘’【】[]…—-/／ \t\u3000"
_DEVIATION_LABEL = DEVIATION_LABEL = "偏差大或目标未完成原因分析"
_IMPROVEMENT_LABEL = IMPROVEMENT_LABEL = "改进措施及结果应用方案"



def _spaced(word: str) -> str:
    """A regex for ``word`` that tolerates whitespace between its characters."""
    return r"[\s\u3000]*".join(re.escape(ch) for ch in word)


@cache
def _phrases() -> dict:
    return data.load("boilerplate")


# -- "nothing to report" ------------------------------------------------------------------------

def is_nothing(text: str) -> bool:
    """Whether an answer says nothing: ``无``, ``无。``, ``暂无``, ``没有``, ``/`` …"""
    core = compact(text).strip(_PUNCT_EDGES)
    if not core:
        return compact(text) in {"/", "／", "-", "—", "——"}
    return core in set(_phrases()["nothing_answers"])


_DENIAL = re.compile(
    r"(?:无|没有|未发现|未出现|不存在|未发生|暂未发现|暂无)(?:任何)?(?:明显|重大|突出|较大|其他)?(?:的)?"
    r"(?:问题|偏差|不足|差异)"
)


def denies(text: str) -> bool:
    """A short answer that says there was nothing (``本项目实施中未发现明显问题。``)."""
    core = compact(text).strip(_PUNCT_EDGES)
    return is_nothing(text) or (len(core) <= 30 and bool(_DENIAL.search(core)) and "但" not in core)


def is_blank(text: str) -> bool:
    return not compact(text)


def is_label_fragment(text: str, label: str) -> bool:
    """A piece of a form label that a flattened table broke over lines (``未完成原因分``)."""
    core = compact(text).strip(_PUNCT_EDGES)
    return bool(core) and core in label


def answer_cells(cells: list[Cell], label: str) -> list[Cell]:
    """The cells that answer a label, without pieces of the label itself."""
    return [c for c in cells if not c.is_empty and not is_label_fragment(c.value, label)]


def deviation_answer(cells: list[Cell]) -> list[Cell]:
    return answer_cells(cells, _DEVIATION_LABEL)


def improvement_answer(cells: list[Cell]) -> list[Cell]:
    return answer_cells(cells, _IMPROVEMENT_LABEL)


# -- phrase matches -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PhraseMatch:
    """A span of a text that matched one of the boilerplate phrase lists."""

    kind: str
    start: int
    end: int
    text: str


@cache
def _alternative_patterns() -> list[re.Pattern[str]]:
    out = []
    for a, b in _phrases()["template_alternatives"]:
        out.append(re.compile(_spaced(a) + r"[\s\u3000]*[（(][\s\u3000]*" + _spaced(b) + r"[\s\u3000]*[)）]"))
    return out


def template_alternatives(text: str) -> list[PhraseMatch]:
    """``增加(减少)``, ``增长（下降）``, ``小于(大于)``: both words of the form left in."""
    found: dict[int, PhraseMatch] = {}
    for pattern in _alternative_patterns():
        for m in pattern.finditer(text):
            found.setdefault(m.start(), PhraseMatch("alternative", m.start(), m.end(), m.group(0)))
    return sorted(found.values(), key=lambda p: p.start)


@cache
def _placeholder_patterns() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in _phrases()["placeholder_patterns"]]


def placeholders(text: str) -> list[PhraseMatch]:
    """``××``, ``XX``, ``＊＊``: a mark typed where a value belongs."""
    out = []
    for pattern in _placeholder_patterns():
        for m in pattern.finditer(text):
            out.append(PhraseMatch("placeholder", m.start(), m.end(), m.group(0)))
    return _dedupe(out)


@cache
def _indicator_placeholder() -> re.Pattern[str]:
    return re.compile(_phrases()["indicator_placeholder"])


def indicator_placeholders(text: str) -> list[PhraseMatch]:
    """``指标2`` / ``指标1:`` left where an indicator's name belongs (nothing, or the next
    slot or category, follows it)."""
    return [PhraseMatch("indicator_placeholder", m.start(), m.end(), m.group(0))
            for m in _indicator_placeholder().finditer(text)]


_BLANK_DATE = re.compile(r"年[\s\u3000_＿]+月(?:[\s\u3000_＿]+日)?|(?<=[:：])[\s\u3000_＿]*年月日")
_DIGITS = set("0123456789０１２３４５６７８９〇零一二三四五六七八九十")
_YEAR_WORDS = set("今去明本上下全每当该次同前后近半多周学财历往翌隔逐元新旧成少老青童中晚早长")


def blank_dates(text: str) -> list[PhraseMatch]:
    """``年  月  日`` with no digits: a date of the form never filled in."""
    out = []
    for m in _BLANK_DATE.finditer(text):
        before = text[:m.start()].rstrip(" \t\u3000_＿")
        prev = before[-1:] if before else ""
        if prev and (prev in _DIGITS or prev in _YEAR_WORDS or prev.isascii() and prev.isalnum()):
            continue
        end = m.end()
        out.append(PhraseMatch("blank_date", m.start(), end, text[m.start():end]))
    return out


@cache
def _slot_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    ph = _phrases()
    words = sorted(ph["money_slot_words"], key=len, reverse=True)
    units = sorted(ph["money_slot_units"], key=len, reverse=True)
    money = re.compile(
        r"(?:" + "|".join(_spaced(w) for w in words) + r")[\s\u3000]*(?:为|是)?[\s\u3000]*"
        r"(?:" + "|".join(_spaced(u) for u in units) + r")(?![旦/／])"
    )
    pwords = sorted(ph["percent_slot_words"], key=len, reverse=True)
    # A % followed by a figure or a 指标性质 word is the 计量单位 column of a form row run
    # together (``覆盖率%定量指标95%``, ``事故率%0.510``), not a blank slot.
    percent = re.compile(r"(?:" + "|".join(_spaced(w) for w in pwords) + r")[\s\u3000]*[%％]"
                         r"(?![）)])(?![\s\u3000]*(?:[\d≥≤≧≦><=＞＜]|定量|定性))")
    return money, percent


def empty_slots(text: str) -> list[PhraseMatch]:
    """``年初结转和结余万元``, ``增长%``: a unit whose figure was never typed in."""
    money, percent = _slot_patterns()
    out = []
    for pattern, kind in ((money, "money_slot"), (percent, "percent_slot")):
        for m in pattern.finditer(text):
            prev = text[m.start() - 1:m.start()]
            if prev and prev in "每单万千百亿数几上":
                continue  # 每万元, 数万元: a unit in its own right, not an empty slot
            out.append(PhraseMatch(kind, m.start(), m.end(), m.group(0)))
    return _dedupe(out)


@cache
def _instruction_patterns() -> list[re.Pattern[str]]:
    ph = _phrases()
    pats = [re.compile(_spaced(p)) for p in sorted(ph["template_instructions"], key=len, reverse=True)]
    pats += [re.compile(p) for p in ph["template_instruction_patterns"]]
    pats += [re.compile(p) for p in ph.get("template_prompt_patterns", [])]
    return pats


def template_instructions(text: str) -> list[PhraseMatch]:
    """Instruction text of the blank form (``（参考样表）``, ``…根据部门实际进行调整细化``)."""
    out = []
    for pattern in _instruction_patterns():
        for m in pattern.finditer(text):
            out.append(PhraseMatch("instruction", m.start(), m.end(), m.group(0)))
    return _dedupe(out)


@cache
def _stock_patterns() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in _phrases()["stock_claim_patterns"]]


_ALL_PUNCT = re.compile(r"[\s\u3000。.；;，,、：:！!？?“”\"'‘’]+")


def stock_claim(text: str) -> bool:
    """Whether the whole text is a stock all-done claim (``所有预期目标全部顺利完成``)."""
    core = _ALL_PUNCT.sub("", text)
    if not core or len(core) > 40:
        return False
    return any(p.match(core) for p in _stock_patterns())


_CHANGE = re.compile(
    r"(?P<verb>增加|减少|增长|下降|上升|降低|增减)[\s\u3000]*(?P<alt>[（(][^)）]{1,4}[)）])?[\s\u3000]*"
    r"(?P<num>[0０](?:[.．][0０]+)?)[\s\u3000]*(?P<unit>万元|亿元|元|%|％|个百分点)"
)
_REASON = re.compile(r"原因|是因为|由于|主要是|主要用于")
_SENTENCE_END = re.compile(r"[。！!？?\n]")


@dataclass(frozen=True)
class ZeroChange:
    """A change of zero called an increase/decrease, and the reason given for it."""

    start: int
    end: int
    text: str
    verb: str
    reason_start: int
    reason_end: int


def zero_changes_explained(text: str) -> list[ZeroChange]:
    """``增加0万元。增加主要原因是…``: a reason given for a change that did not happen."""
    out = []
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
        out.append(ZeroChange(m.start(), m.end(), text[m.start():m.end()], m.group("verb"),
                              rest_start + r.start(), rest_start + r.end()))
    return out


def _nonzero_change_between(text: str, start: int, end: int) -> bool:
    """Another, real change between the zero and the reason: the reason is about that one."""
    segment = text[start:end]
    for m in re.finditer(r"(?:增加|减少|增长|下降|上升|降低)[\s\u3000]*([0-9][0-9.,]*)", segment):
        try:
            if Decimal(m.group(1).replace(",", "").rstrip(".")) != 0:
                return True
        except ArithmeticError:
            continue
    return False


_INEQUALITY_WORDS = re.compile(r"以上|以下|不低于|不少于|不高于|不超过|超过|大于|小于|高于|低于")


def inequality_actual(text: str, quantity: Quantity | None) -> str | None:
    """The inequality an *actual* value is written as (``≥98%``, ``95%以上``), else None."""
    if quantity is not None and quantity.relation in ("≥", "≤", ">", "<"):
        return quantity.relation
    found = find_quantities(text)
    if len(found) != 1:
        return None
    q = found[0]
    if q.relation in ("≥", "≤", ">", "<"):
        return q.relation
    tail = compact(text[q.end:])
    if re.match(r"^(?:及|或)?(?:以上|以下)$", tail):
        return "≥" if "以上" in tail else "≤"
    return None


@cache
def _measure_words() -> tuple[str, ...]:
    return tuple(_phrases()["measure_words"])


def has_measure(text: str) -> bool:
    """Whether an improvement answer names an action (加强, 完善, 建立 …)."""
    c = compact(text)
    return any(w in c for w in _measure_words())


def only_figures(text: str) -> bool:
    """An improvement answer that holds figures or budget arithmetic and no action at all."""
    if has_measure(text):
        return False
    found = [q for q in find_quantities(text) if q.unit is not None]
    return len(found) >= 1 and len(compact(text)) >= 6


def _dedupe(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """Longest match first; drop matches inside an earlier one."""
    out: list[PhraseMatch] = []
    for m in sorted(matches, key=lambda p: (p.start, -(p.end - p.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# -- problem statements -------------------------------------------------------------------------

@dataclass
class Problem:
    """One problem statement of a part: the text under a 存在的问题 heading or after a label."""

    block: Block
    text: SourceText
    start: int  # where the statement begins in ``text.value`` (after the label)
    label: str
    group: int = 0  # statements under the same label share a group (the label block's index)

    @property
    def statement(self) -> str:
        return self.text.value[self.start:]

    @property
    def location(self):
        return self.text.locate(self.start)


@cache
def _problem_label_re() -> re.Pattern[str]:
    labels = sorted(_phrases()["problem_labels"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(_spaced(w) for w in labels) + r")")


@cache
def _end_label_re() -> re.Pattern[str]:
    labels = sorted(_phrases()["section_end_labels"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(_spaced(w) for w in labels) + r")")


_LABEL_TAIL = re.compile(r"[\s\u3000]*(?:[（(][^)）]{0,8}[)）])?[\s\u3000]*[:：]?[\s\u3000]*")


def _title_of(block: Block) -> tuple[str, int]:
    """The text after a numbering marker, and its offset."""
    text = block.text.value
    if isinstance(block, Heading) and block.title:
        off = text.find(block.title)
        return (block.title, off if off >= 0 else 0)
    marker = parse_marker(text)
    if marker:
        return text[marker[1]:], marker[1]
    return text, 0


def _problem_label(block: Block) -> tuple[str, int] | None:
    """The problem label a heading or paragraph opens with, and where its statement starts."""
    title, off = _title_of(block)
    lead = len(title) - len(title.lstrip(" \t\u3000"))
    m = _problem_label_re().match(title.lstrip(" \t\u3000"))
    if not m:
        return None
    end = off + lead + m.end()
    value = block.text.value
    tail = _LABEL_TAIL.match(value, end)
    stop = tail.end() if tail else end
    rest = compact(value[stop:]).strip(_PUNCT_EDGES)
    colon = any(ch in value[end:stop] for ch in "：:")
    if not colon and rest and rest not in ("分析", "及分析", "说明"):
        return None  # 存在问题整改情况: a section about something else
    if not colon and rest:
        stop = len(value)  # 存在问题分析: the whole line is the label
    return m.group(0), stop


def _is_end_label(block: Block) -> bool:
    title, _ = _title_of(block)
    head = compact(title)[:14]
    return bool(_end_label_re().match(head)) or head.startswith(("下一步", "改进", "建议", "整改"))


def _is_child(block: Block, parent: Heading) -> bool:
    if not isinstance(block, Heading):
        return True
    return block.level > parent.level


def problem_statements(part: Part) -> list[Problem]:
    """The problem statements of a part, in order (label removed; empty ones included)."""
    blocks = part.blocks
    out: list[Problem] = []
    seen: set[int] = set()
    for i, block in enumerate(blocks):
        if isinstance(block, (Table, TocEntry)) or id(block) in seen:
            continue
        found = _problem_label(block)
        if not found:
            continue
        label, start = found
        seen.add(id(block))
        if start < len(block.text.value) and compact(block.text.value[start:]):
            out.append(Problem(block, block.text, start, label, i))
        # the statement continues in the blocks that follow, up to the next section
        for nxt in blocks[i + 1:i + 1 + 12]:
            if isinstance(nxt, (Table, TocEntry)):
                break
            if isinstance(block, Heading) and isinstance(nxt, Heading) and not _is_child(nxt, block):
                break
            if not isinstance(block, Heading) and isinstance(nxt, Heading) and nxt.level <= 1:
                break
            if _is_end_label(nxt) or _problem_label(nxt):
                break
            if not isinstance(block, Heading) and _looks_like_section_start(nxt):
                break
            seen.add(id(nxt))
            if compact(nxt.text.value):
                out.append(Problem(nxt, nxt.text, 0, label, i))
    return out


def _looks_like_section_start(block: Block) -> bool:
    """A paragraph that opens another topic (``四、…综述：``, ``主要产出和效益：``)."""
    value = compact(block.text.value)
    numbering = getattr(block, "numbering", None)
    if numbering is not None and numbering.style in ("part", "chapter", "cn", "cn_half"):
        return True
    head = value.split("：", 1)[0].split(":", 1)[0]
    return ("：" in value[:16] or ":" in value[:16]) and len(head) <= 12 and not head[:1].isdigit() \
        and not re.match(r"^[（(]?[一二三四五六七八九十\d]+[)）、.]", head)


def has_problems(problems: list[Problem]) -> bool:
    """Whether a list of problem statements actually states a problem (not ``无``)."""
    return any(states_problem(p) for p in problems)


def states_problem(problem: Problem) -> bool:
    statement = problem.statement
    return not denies(statement) and len(compact(statement)) >= 4


@cache
def _problem_cues() -> tuple[str, ...]:
    return tuple(_phrases()["problem_cues"])


def states_no_problem(statements: list[Problem]) -> bool:
    """A problem section whose text names no shortcoming at all (it reports progress instead):
    none of the words a problem is written with (不, 未, 难, 滞后, 有待, 不足 …) occurs."""
    text = compact("".join(p.statement for p in statements))
    if len(text) < 8 or denies(text):
        return False
    return not any(cue in text for cue in _problem_cues())


# -- the narrative self-score -------------------------------------------------------------------

@dataclass
class ScoreStatement:
    block: Block
    text: SourceText
    quantity: Quantity

    @property
    def location(self):
        return self.text.locate(self.quantity.start, self.quantity.end)


@cache
def _score_word_re() -> re.Pattern[str]:
    words = sorted(_phrases()["score_words"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(_spaced(w) for w in words) + r")")


_SCORE_LINK = set("为是：:，,共计达到得了")


def _score_in(text: str, after: int) -> Quantity | None:
    for q in find_quantities(text):
        if q.start < after or q.start - after > 16:
            continue
        between = compact(text[after:q.start])
        if len(between) > 4 or any(ch not in _SCORE_LINK for ch in between):
            return None  # 总得分不得超过 70 分: a rule, not a score
        if q.relation is not None or q.unit not in ("分", None):
            return None
        tail = compact(text[q.end:q.end + 6])
        if tail.startswith(("以上", "以下", "及以上", "（含", "(含", "-", "—", "至", "~", "～")):
            return None
        if q.unit is None and not tail.startswith("分"):
            return None
        if 0 <= q.value <= 100:
            return q
        return None
    return None


_OTHER_SCORE = re.compile(r"满意度|上年|去年|上一年度?|指标|单项|平均")


def narrative_scores(part: Part) -> list[ScoreStatement]:
    """``自评得分 98 分`` in the narrative (not in tables), in order."""
    out: list[ScoreStatement] = []
    blocks = part.blocks
    for i, block in enumerate(blocks):
        if not isinstance(block, (Paragraph, Heading)):
            continue
        text = block.text.value
        m = _score_word_re().search(text)
        if m and _OTHER_SCORE.search(compact(text[max(0, m.start() - 8):m.start()])):
            m = None  # 满意度综合得分, 上年自评得分: not this form's score
        if m:
            q = _score_in(text, m.end())
            if q is not None:
                out.append(ScoreStatement(block, block.text, q))
                continue
            # ``……自评分`` then ``100 分。`` on the next line
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], Paragraph) and not compact(text[m.end():]):
                nxt = blocks[i + 1]
                q = _score_in(nxt.text.value, 0)
                if q is not None and len(compact(nxt.text.value)) <= 8:
                    out.append(ScoreStatement(nxt, nxt.text, q))
    return out


# -- which narrative goes with which 自评表 -----------------------------------------------------

_TITLE_NOISE = re.compile(
    r"^\s*\d{4}\s*年度?|项目支出绩效自评表|项目绩效自评表|部门整体支出绩效自评表|整体支出绩效自评表|"
    r"部门绩效自评表|绩效自评表|自评表|评分表"
)


def project_names(table: Table, title: str) -> list[str]:
    """Names a narrative may use for the project of a 自评表 (longest first)."""
    names: set[str] = set()
    for row in table.rows[:8]:
        cells = [compact(c.value) for c in row.cells if not c.is_empty]
        if len(cells) >= 2 and cells[0] in ("项目名称", "项目名"):
            names.add(cells[1])
    t = compact(_TITLE_NOISE.sub("", compact(title)))
    t = _TITLE_NOISE.sub("", t)
    if len(t) >= 4:
        names.add(t)
    variants = set()
    for n in names:
        for suffix in ("项目", "资金", "经费", "专项"):
            if n.endswith(suffix) and len(n) - len(suffix) >= 4:
                variants.add(n[: -len(suffix)])
    names |= variants
    return sorted((n for n in names if len(n) >= 4), key=len, reverse=True)


_PROJECT_HEADER = re.compile(r"项目.{0,8}(?:综述|自评报告|绩效自评|绩效评价报告|自评情况)")


def assign_to_tables(part: Part, tables: list[tuple[Table, list[str]]], blocks: list[Block]) -> list[int | None]:
    """For each block, the index of the 自评表 (in ``tables``) it speaks about.

    A narrative names its project (``一、XX经费项目绩效自评综述``); the nearest name above a
    block decides. Without a name, the block belongs to the next 自评表 after it (the narrative
    comes first), or the last one before it.
    """
    if not tables:
        return [None] * len(blocks)
    if len(tables) == 1:
        return [0] * len(blocks)
    position = {id(b): i for i, b in enumerate(part.blocks)}
    table_pos = [position.get(id(t), -1) for t, _ in tables]
    out: list[int | None] = []
    for block in blocks:
        pos = position.get(id(block))
        if pos is None:
            out.append(None)
            continue
        owner = None
        for back in range(pos, -1, -1):
            b = part.blocks[back]
            if isinstance(b, Table):
                continue
            text = compact(b.text.value)
            best = None
            for ti, (_, names) in enumerate(tables):
                for n in names:
                    if n in text and (best is None or len(n) > best[1]):
                        best = (ti, len(n))
                        break
            if best:
                owner = best[0]
                break
            if back != pos and _PROJECT_HEADER.search(text[:40]) and not isinstance(b, TocEntry):
                owner = -1  # the narrative of a project none of these forms is about
                break
        if owner is None:
            after = [ti for ti, tp in enumerate(table_pos) if tp > pos]
            before = [ti for ti, tp in enumerate(table_pos) if 0 <= tp < pos]
            owner = after[0] if after else (before[-1] if before else None)
        out.append(None if owner == -1 else owner)
    return out


# -- target vs actual ---------------------------------------------------------------------------

@cache
def _reverse_words() -> tuple[str, ...]:
    return tuple(_phrases()["reverse_indicator_words"])


def is_reverse_indicator(name: str, level2: str = "") -> bool:
    """Less is better (成本, 投诉率, 办理时限 …): a figure below the target is no miss."""
    text = compact(name + level2)
    return any(w in text for w in _reverse_words())


def _comparable(target: Quantity, actual: Quantity, name: str) -> bool:
    kinds = {target.kind, actual.kind}
    if target.kind == actual.kind:
        if target.kind == "count":
            return target.unit == actual.unit
        return True
    if kinds == {"plain", "count"}:
        return True
    if kinds == {"plain", "percent"}:
        plain = target if target.kind == "plain" else actual
        return plain.value <= 100 and "率" in name
    return False


def _value(q: Quantity) -> Decimal:
    return q.base_value if q.kind in ("money", "count") else q.value


def compare_target(target: Quantity, actual: Quantity, name: str = "", level2: str = "") -> str | None:
    """``missed`` (the actual fails the target), ``unproven`` (an inequality actual that may
    fail it: ``>95%`` against ``≥95%``) or None (met, or the two are not comparable)."""
    if not _comparable(target, actual, name):
        return None
    t, a = _value(target), _value(actual)
    rel = target.relation
    if rel in (None, "="):
        rel = "≤" if is_reverse_indicator(name, level2) else "≥"
    arel = actual.relation if actual.relation in ("≥", ">", "≤", "<") else None
    # the actual as an interval [lo, hi]; an open end approaches its value without reaching it
    lo: Decimal | None = a
    hi: Decimal | None = a
    lo_open = hi_open = False
    if arel in ("≥", ">"):
        hi, lo_open = None, arel == ">"
    elif arel in ("≤", "<"):
        lo, hi_open = None, arel == "<"
    if rel in ("≥", ">"):
        if lo is None:
            return "missed" if hi is not None and (hi < t or (hi == t and (rel == ">" or hi_open))) else "unproven"
        if lo > t or (lo == t and (rel == "≥" or lo_open)):
            return None
        return "unproven" if hi is None else "missed"
    if hi is None:
        return "missed" if lo is not None and (lo > t or (lo == t and (rel == "<" or lo_open))) else "unproven"
    if hi < t or (hi == t and (rel == "≤" or hi_open)):
        return None
    return "unproven" if lo is None else "missed"


def completion_ratio(target: Quantity, actual: Quantity, name: str = "", level2: str = "") -> Decimal | None:
    """The share of its target an actual reached as the form's scoring rule computes it: B/A for
    a positive target (``≥A``), A/B for a reverse one (``≤A``, a cost); 1 when the target is met.
    None when the two are not comparable, the actual is an inequality or a value is zero."""
    if not _comparable(target, actual, name) or actual.relation is not None:
        return None
    t, a = _value(target), _value(actual)
    if t <= 0 or a < 0:
        return None
    rel = target.relation
    if rel in (None, "=") and a != t and is_reverse_indicator(name, level2):
        return None  # the direction is only guessed from the name (高血压控制数 is not a cost)
    if compare_target(target, actual, name, level2) is None:
        return Decimal(1)
    if rel in ("≤", "<"):
        return t / a if a > 0 else None
    return a / t


# -- template rows of the project form ----------------------------------------------------------

def _ticks() -> tuple[set[str], set[str]]:
    ph = _phrases()
    return set(ph["unticked_boxes"]), set(ph["ticked_boxes"])


def unticked_choice_row(row: Row) -> str | None:
    """The label of a 项目类别/项目属性/项目类型 row whose boxes are all left unticked."""
    cells = [c.value for c in row.cells if not c.is_empty]
    if not cells:
        return None
    label = compact(cells[0])
    labels = _phrases()["choice_labels"]
    hit = next((lb for lb in labels if label.startswith(lb)), None)
    if hit is None:
        return None
    text = "".join(cells)
    unticked, ticked = _ticks()
    empty_boxes = sum(text.count(u) for u in unticked)
    if empty_boxes < 2:
        return None
    for i, ch in enumerate(text):
        if ch in ticked:
            if ch.isascii() and ch.isalpha():
                prev, nxt = text[i - 1:i], text[i + 1:i + 2]
                if (prev.isascii() and prev.isalpha()) or (nxt.isascii() and nxt.isalpha()):
                    continue
            return None
    return hit


def _label_core(text: str) -> str:
    return compact(text).rstrip("：:")


def blank_label_cells(rows: list[Row], index: int) -> list[Cell]:
    """Label cells of a form row with nothing beside them: ``绩效自评综合得分`` / ``评价等次`` /
    ``项目支出总额`` followed by an empty cell (and, for a lone label, no value on the next line)."""
    ph = _phrases()
    wanted = set(ph["score_labels"]) | set(ph["value_labels"])
    labels = wanted | set(ph["other_form_labels"])
    row = rows[index]
    filled = [c for c in row.cells if not c.is_empty]
    out: list[Cell] = []
    keyed = any(any(ch.isdigit() for ch in c.value) for c in filled) or \
        sum(_label_core(c.value) in labels for c in filled) * 2 > len(filled)
    for i, cell in enumerate(row.cells):
        if cell.is_empty or _label_core(cell.value) not in wanted:
            continue
        after = [c for c in row.cells[i + 1:] if not c.is_empty]
        if after and _label_core(after[0].value) not in labels:
            continue
        if len(filled) > 1 and not (keyed and i + 1 < len(row.cells) and row.cells[i + 1].is_empty):
            continue  # a header row (… 自评得分 | 评价等次), not a label waiting for its value
        if len(filled) == 1 and index + 1 < len(rows):
            nxt = [c for c in rows[index + 1].cells if not c.is_empty]
            if len(nxt) == 1 and _label_core(nxt[0].value) not in labels:
                continue  # the value stands on the next line of a flattened table
        out.append(cell)
    return out


def score_sheet_total(row: Row) -> Cell | None:
    """The score cell of a 评分表 总分 row that gives full marks (``总 分 … 100  100``)."""
    filled = [c for c in row.cells if not c.is_empty]
    if len(filled) != 3 or _label_core(filled[0].value) not in ("总分", "得分合计", "合计得分", "总得分"):
        return None
    values = []
    for c in filled[1:]:
        found = find_quantities(c.value)
        if len(found) != 1 or found[0].relation is not None or found[0].unit not in (None, "分") \
                or compact(c.value) != compact(found[0].text):
            return None
        values.append(found[0].value)
    return filled[2] if values == [Decimal(100), Decimal(100)] else None


@cache
def _completion_words() -> frozenset[str]:
    return frozenset(_phrases()["completion_words"])


def completion_only(text: str) -> bool:
    """An answer that is only a completion word (``完成``, ``已达标``) and names no value."""
    core = compact(text).strip(_PUNCT_EDGES)
    return core in _completion_words()


def quantified(text: str) -> Quantity | None:
    """The measurable figure a target states (``参保率100%``, ``≥3次``), else None."""
    for q in find_quantities(text):
        if q.kind in ("percent", "count", "money") or q.relation is not None:
            return q
    return None


# -- empty sections -----------------------------------------------------------------------------

_STATEMENT_END = ("。", "；", ";", "！", "!")


def _is_statement(h: Heading) -> bool:
    return compact(h.text.value).endswith(_STATEMENT_END)


def _self_contained(h: Heading) -> bool:
    """A numbered sentence that says something itself (``1.因公出国(境)费支出决算为0万元。``)."""
    title = compact(h.title or h.text.value)
    return _is_statement(h) and (any(ch.isdigit() for ch in title) or "为" in title or len(title) > 14)


def _has_inline_body(h: Heading) -> bool:
    """``1.措施：加强…`` and ``2.建议：无。``: the answer follows the colon on the same line."""
    title = compact(h.title or h.text.value)
    for sep in ("：", ":"):
        if sep in title:
            body = title.split(sep, 1)[1]
            if len(body) >= 4 or (body.strip(_PUNCT_EDGES) and _is_statement(h)):
                return True
    return False


def _statement_item(block: Block | None, h: Heading) -> bool:
    """A numbered line of the same list as ``h`` saying something itself (a heading or a
    paragraph too long to be read as a heading: ``（3）承担…工作。``)."""
    if isinstance(block, Heading):
        return block.level == h.level and _is_statement(block)
    num = getattr(block, "numbering", None)
    if not (isinstance(block, Paragraph) and num is not None and h.numbering is not None
            and num.style == h.numbering.style):
        return False
    text = compact(block.text.value)
    # ``（十七）机关运行经费：指…`` is a term and its body: a sibling without one is an empty term
    return text.endswith(_STATEMENT_END) and not re.search(r"[：:]", text[:16])


def _ends_section(nxt: Block, h: Heading) -> bool:
    """Whether ``nxt`` (a heading or numbered paragraph) closes the section of ``h``."""
    num = getattr(nxt, "numbering", None)
    if isinstance(nxt, Heading):
        if num is not None and h.numbering is not None and num.value == 1 and num.style != h.numbering.style:
            return False  # a list starting at 1 under this heading, whatever its style
        if nxt.level < h.level:
            return True
        if nxt.level > h.level:
            return False
        if num is None or h.numbering is None:
            return True
        return num.value > h.numbering.value  # a restart at 1 is nested numbering, not a sibling
    if isinstance(nxt, Paragraph) and num is not None and h.numbering is not None:
        return num.style == h.numbering.style and num.value == h.numbering.value + 1
    return False


def _in_enumeration(blocks: list[Block], i: int) -> bool:
    """Whether heading ``i`` is one item of a list announced by a colon (``…包括：`` 1. 2. 3.)."""
    h = blocks[i]
    j = i
    while j > 0:
        prev = blocks[j - 1]
        if isinstance(prev, Heading) and prev.level == h.level and prev.numbering and h.numbering \
                and prev.numbering.style == h.numbering.style:
            j -= 1
            continue
        break
    if j == 0:
        return False
    lead = blocks[j - 1]
    return not isinstance(lead, (Table, TocEntry)) and compact(lead.text.value).endswith(("：", ":"))


def empty_sections(part: Part) -> list[tuple[Heading, Block]]:
    """Headings with nothing under them before the next heading of the same or a higher level,
    with that next block. The last heading of a part is left alone (the next part, or a lost
    attachment, may hold its content), as are statement lists typed as numbered lines."""
    out: list[tuple[Heading, Block]] = []
    blocks = part.blocks
    for i, block in enumerate(blocks):
        if not isinstance(block, Heading) or i + 1 >= len(blocks):
            continue
        if block.line == part.line or compact(block.text.value) == compact(part.title):
            continue
        if _has_inline_body(block) or _self_contained(block) or any(w in block.text.value for w in ("附件", "附表")) \
                or compact(block.title or block.text.value).rstrip("。.：:").endswith("表"):
            # a heading naming a table (一、收入支出决算总表): the table may be an image lost in extraction
            continue
        nxt = blocks[i + 1]
        if not _ends_section(nxt, block):
            continue
        if _in_enumeration(blocks, i):
            continue
        if _is_statement(block):
            prev = blocks[i - 1] if i > 0 else None
            if _statement_item(nxt, block) or _statement_item(prev, block):
                continue  # 1、队伍建设还不够全面。2、…: a list of statements, not sections
        out.append((block, nxt))
    return out


__all__ = [
    "DEVIATION_LABEL", "IMPROVEMENT_LABEL", "PhraseMatch", "Problem", "ScoreStatement", "ZeroChange", "answer_cells", "assign_to_tables",
    "blank_dates", "blank_label_cells", "conclusion_headings", "has_figure", "satisfaction_headings",
    "section_blocks", "states_result", "not_measured", "completion_only", "quantified", "score_sheet_total", "compact", "compare_target", "denies", "states_problem", "states_no_problem", "deviation_answer", "empty_sections",
    "empty_slots", "has_measure", "has_problems", "improvement_answer", "inequality_actual", "is_blank",
    "is_label_fragment", "is_nothing", "is_reverse_indicator", "narrative_scores", "only_figures",
    "placeholders", "problem_statements", "project_names", "stock_claim", "template_alternatives",
    "template_instructions", "unticked_choice_row", "Spill", "spill_after_table", "is_last_row_label", "cells_after_label", "zero_changes_explained",
]


@dataclass
class Spill:
    """Form rows that spilled out of a table as paragraphs (PDF text): answers before any label
    (they answer the table's last label) and answers under a label found among the paragraphs."""

    lead: list[Paragraph]
    labels: dict[str, Paragraph]
    answers: dict[str, list[Paragraph]]


def _label_piece(text: str) -> str | None:
    core = compact(text).strip(_PUNCT_EDGES)
    if len(core) < 2:
        return None
    for which, label in (("deviation", _DEVIATION_LABEL), ("improvement", _IMPROVEMENT_LABEL)):
        if core in label:
            return which
    return None


def spill_after_table(part: Part, table: Table, limit: int = 12) -> Spill:
    """The paragraphs after a 自评表 up to 备注 or the next form, sorted by the label they answer."""
    blocks = part.blocks
    spill = Spill([], {}, {})
    try:
        index = next(i for i, b in enumerate(blocks) if b is table)
    except StopIteration:
        return spill
    current: str | None = None
    for block in blocks[index + 1:index + 1 + limit]:
        if not isinstance(block, Paragraph):
            break
        text = compact(block.text.value)
        if text.startswith(("备注", "注：", "注:", "填报日期", "填表日期", "总分", "说明：")) or text.endswith("表"):
            break
        which = _label_piece(text)
        if which is not None and len(text) < 4 and which != current:
            which = None  # a short word such as 分析 starts no label by itself
        if which is not None:
            if which not in spill.labels:
                spill.labels[which] = block
                spill.answers[which] = []
            current = which
            continue
        if _looks_like_section_start(block) or _problem_label(block) or _score_word_re().search(text):
            break
        if current is None:
            spill.lead.append(block)
        else:
            spill.answers[current].append(block)
    return spill


def cells_after_label(table: Table, cell: Cell, label: str, other: str) -> list[Cell]:
    """The answer rows under a label broken over a row of fragments (``偏差大或目标 | 未完成原因分 |
    析`` then the answer on the next row), up to the other label or 备注."""
    rows = [r for r in table.rows if r.non_empty]
    for i, row in enumerate(rows):
        if not any(c is cell for c in row.cells):
            continue
        out: list[Cell] = []
        for nxt in rows[i + 1:]:
            text = compact(" ".join(c.value for c in nxt.non_empty))
            if text.startswith((other[:4], "备注", "注：")):
                break
            out.extend(c for c in nxt.non_empty if not is_label_fragment(c.value, label))
        return out
    return []


def is_last_row_label(table: Table, cell: Cell, label: str = _IMPROVEMENT_LABEL) -> bool:
    """Whether ``cell`` ends ``table``: only pieces of ``label`` follow it (its answer may spill out)."""
    rows = [r for r in table.rows if r.non_empty]
    for i, row in enumerate(rows):
        if any(c is cell for c in row.cells):
            others = [c for c in row.non_empty if c is not cell]
            if any(not is_label_fragment(c.value, label) for c in others):
                return False
            return all(all(is_label_fragment(c.value, label) for c in r.non_empty) for r in rows[i + 1:])
    return False


# -- sections -----------------------------------------------------------------------------------

def section_blocks(part: Part, heading: Heading) -> list[Block]:
    """The blocks under ``heading``, sub-sections included, up to the next sibling or parent."""
    blocks = part.blocks
    try:
        i = next(k for k, b in enumerate(blocks) if b is heading)
    except StopIteration:
        return []
    out: list[Block] = []
    for nxt in blocks[i + 1:]:
        if isinstance(nxt, Heading) and _ends_section(nxt, heading):
            break
        if isinstance(nxt, Heading) and nxt.level == heading.level and (
                heading.numbering is None or nxt.numbering is None):
            break
        out.append(nxt)
    return out


_CONCLUSION = re.compile(r"^(?:绩效)?(?:自评|评价|综合评价)结论$")


def conclusion_headings(part: Part) -> list[Heading]:
    """Headings of the 评价结论 section (``三、绩效评价结论``)."""
    return [h for h in part.headings() if _CONCLUSION.match(_label_core(h.title or h.text.value))]


@cache
def _grade_re() -> re.Pattern[str]:
    return re.compile(_phrases()["grade_pattern"])


_SCORE_FIGURE = re.compile(r"\d+(?:\.\d+)?[\s\u3000]*分")


def states_result(blocks: list[Block]) -> bool:
    """Whether a conclusion gives a score (``92 分``) or a grade (``等次为优``); tables are
    taken to hold one."""
    for b in blocks:
        if isinstance(b, Table):
            return True
        text = normalise(b.text.value)
        if _SCORE_FIGURE.search(text) or _grade_re().search(text):
            return True
    return False


_SATISFACTION = re.compile(r"满意度")


def satisfaction_headings(part: Part) -> list[Heading]:
    """Headings of a section that reports the 满意度 result (``（3）满意度指标完成情况``)."""
    out = []
    for h in part.headings():
        title = _label_core(h.title or h.text.value)
        if _SATISFACTION.search(title) and ("完成" in title or "情况" in title or "分析" in title) \
                and len(title) <= 20:
            out.append(h)
    return out


_NOT_MEASURED = re.compile(r"未设置?|不涉及|未开展|未纳入|暂未|无满意度")


def not_measured(blocks: list[Block]) -> bool:
    """The section says the indicator was not set or not surveyed (``本项目未设置满意度指标``)."""
    return any(_NOT_MEASURED.search(compact(b.text.value)) for b in blocks if not isinstance(b, Table))


def has_figure(blocks: list[Block]) -> bool:
    """Whether any block states a rate or a count (a survey result); tables count as figures."""
    for b in blocks:
        if isinstance(b, Table):
            return True
        for q in find_quantities(b.text.value):
            if q.kind in ("percent", "count") or q.unit is not None:
                return True
    return False
