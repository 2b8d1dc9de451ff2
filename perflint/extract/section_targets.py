"""A target set in one section of a narrative and its result reported in another.

A 项目支出绩效自评报告 often states its year's targets under their own item (``（二）项目绩效目标``,
``绩效目标：完成道路硬化12公里``) and reports what was done under another (``（一）项目完成情况``,
``1.完成道路硬化9.5公里``). Neither sentence says 目标 and 实际 side by side, so
:func:`perflint.extract.unmet_targets.prose_misses` cannot pair them; the pair is the same measure
written twice in the same words, once in each section.

A statement is one clause (between ，。；) with one figure; its measure is the words before the
figure, less list numbering, a 目标 / 完成情况 label and adverbs of time or tally (已, 共, 全年 …).
A target and a result pair only when their measures are the same words (four characters at least),
their figures have the same unit, each measure is stated once in its section, and the target is
not a ceiling (≤, 不超过, 以内, 控制在, 成本 …: a result below a ceiling is met). Multi-year targets
(中期, 长期) are not the year's and open no target section.

Imported by the rule that needs it when it runs, and only for parts without a 自评表.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from perflint.extract.unmet_targets import ProseMiss
from perflint.model import Heading, Paragraph, Part, SourceText
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, find_quantities
from perflint.text.patterns import compile_pattern, lazy_compile

# A section title opened by a Chinese numeral marker (二、 / （一）), as a heading or run into a
# paragraph by a flattened page; arabic list items (1.) are the statements themselves.
_TITLE = lazy_compile(
    r"(?:^|(?<=[\s。；;]))(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*"
    r"(?P<title>[^\s，,。；;:：\d]{2,18})(?=[。.:：\s]|$)")
# A paragraph opening on a label: ``绩效目标：…`` / ``年度目标：…`` / ``完成情况：…``.
_LABEL = lazy_compile(r"^\s*(?P<title>[^\s，,。；;:：\d]{2,10})[:：]")
_RESULT_TITLE = lazy_compile(r"完成情况|绩效情况|目标完成|完成的绩效目标|产出情况|实现情况|实际完成")
_TARGET_TITLE = lazy_compile(r"目标$")
_NOT_THE_YEARS = lazy_compile(r"中期|长期|远期|[三五]年|未完成|偏离|完成|实现")
_CLAUSE = lazy_compile(r"[^，,。；;！!？?\n]+")
_LEAD = lazy_compile(
    r"^(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])?"
    r"(?:(?:项目|年度|绩效|总体|预期|实际)*(?:目标|完成情况)[:：])?"
    r"(?:全年|本年|年度|当年|累计|共计|共|已经|已|实际|计划|预计|力争|确保|拟)*")
# Words that make a target a ceiling or a bound downwards: a smaller result meets it.
_CEILING = lazy_compile(r"[≤≦<＜]|不超过|不高于|不多于|以内|以下|控制|低于|少于|减少|下降|降低|压缩|节约|成本|费用")
_PART = lazy_compile(r"其中|截至|截止|上半年|一季度|二季度|三季度|[1-9]\d?月")
_MEASURE_MIN = 4


@dataclass(frozen=True)
class SectionMiss(ProseMiss):
    """A :class:`ProseMiss` whose target (``target_text``) stands in another section: ``text`` and
    ``actual`` are the result's."""

    target_text: SourceText | None = None


@dataclass(frozen=True)
class _Statement:
    text: SourceText
    quantity: Quantity  # offsets in ``text``
    measure: str
    clause: str


def section_misses(part: Part) -> list[SectionMiss]:
    """Results reported short of the same measure's target, the two in different sections."""
    targets: dict[str, list[_Statement]] = {}
    results: dict[str, list[_Statement]] = {}
    mode = ""
    for block in part.blocks:
        if not isinstance(block, (Paragraph, Heading)):
            continue
        value = block.text.value
        marks = [(m.start(), _mode_of(m.group("title"))) for m in _TITLE.finditer(value)]
        label = _LABEL.match(value)
        label_mode = _mode_of(label.group("title")) if label is not None else ""
        for clause in _CLAUSE.finditer(value):
            while marks and marks[0][0] <= clause.start():
                mode = marks.pop(0)[1]
            here = label_mode or mode
            if not here:
                continue
            st = _statement(block.text, value, clause.start(), clause.end())
            if st is not None:
                (targets if here == "target" else results).setdefault(st.measure, []).append(st)
        mode = marks[-1][1] if marks else mode
    out: list[SectionMiss] = []
    for measure, found in results.items():
        aims = targets.get(measure)
        if aims is None or len(aims) != 1 or len(found) != 1:
            continue
        aim, got = aims[0], found[0]
        if _short(aim, got):
            out.append(SectionMiss(got.text, aim.quantity, got.quantity, aim.text))
    return out


def _mode_of(title: str) -> str:
    """``target`` for the year's targets, ``result`` for what was done, ``""`` for any other item."""
    if _RESULT_TITLE.search(title):
        return "result"
    if _TARGET_TITLE.search(title) and not _NOT_THE_YEARS.search(title):
        return "target"
    return ""


def _statement(text: SourceText, value: str, start: int, end: int) -> _Statement | None:
    clause = value[start:end]
    found = [q for q in find_quantities(clause) if q.unit is not None]
    if len(found) != 1:
        return None
    q = found[0]
    lead = compact(clause[:q.start])
    measure = lead[_LEAD.match(lead).end():]
    if len(measure) < _MEASURE_MIN or any(ch.isdigit() for ch in measure):
        return None
    moved = Quantity(**{**q.__dict__, "start": q.start + start, "end": q.end + start,
                        "number_end": q.number_end + start})
    return _Statement(text, moved, measure, compact(clause))


def _short(aim: _Statement, got: _Statement) -> bool:
    t, a = aim.quantity, got.quantity
    if t.unit != a.unit or t.scale != a.scale or a.relation is not None or t.relation not in (None, "≥", ">", "="):
        return False
    if _CEILING.search(aim.clause) or _PART.search(got.clause) or _PART.search(aim.clause):
        return False
    return a.value < t.value


@dataclass(frozen=True)
class ProseExecution:
    """The year's budget and spending as the narrative states them, and the rate they make."""

    text: SourceText
    budget: Quantity  # offsets in ``budget_text`` (``text`` when None)
    actual: Quantity  # offsets in ``text``
    rate: Decimal
    # the text of the budget when another section states it (项目概况 gives the budget, 执行情况
    # the spending), else None
    budget_text: SourceText | None = None


_OTHER_PERIOD = lazy_compile(r"上年|去年|上一年|同期|相比|较|(?<![预])比|结转|中期|累计")


def prose_execution(part: Part) -> ProseExecution | None:
    """The part's one statement of its budget and its spending (``全年预算数 240 万元，执行数
    96.50 万元``): every statement of either agrees, none names a fund of its own (another
    fund's budget), a 年初 budget alone, or another period; else None."""
    from perflint.extract.budget_statements import one_statement

    found = one_statement(part.paragraphs(), lambda sentence: _OTHER_PERIOD.search(sentence) is not None)
    if found is None:
        return apart_execution(part)
    block, s, st = found
    budget, actual = st.budget, st.actual
    if budget.kind != "money" or actual.kind != "money" or budget.relation or actual.relation or budget.base_value <= 0:
        return None
    return ProseExecution(block.text, _moved(budget, s), _moved(actual, s), actual.base_value / budget.base_value * 100)


def _moved(q: Quantity, offset: int) -> Quantity:
    return Quantity(**{**q.__dict__, "start": q.start + offset, "end": q.end + offset, "number_end": q.number_end + offset})


def inline_problem_denials(part: Part) -> list:
    """存在的问题 items answered 无 inside a paragraph, where a page extracted from a PDF ran the
    item into the text before it (``…等级为良。 五、存在的问题和建议 无``): the numbered title,
    the label and its 无 end the paragraph or run into the next numbered item."""
    from perflint.extract.boilerplate_phrases import phrases
    from perflint.extract.unmet_targets import DeniedUnmet

    out = []
    for block in part.paragraphs():
        value = block.text.value
        if "问题" not in value:
            continue
        for m in _inline_denial(tuple(phrases()["problem_labels"])).finditer(value):
            out.append(DeniedUnmet(block.text, m.start("none"), m.end("none"), m.group("label")))
        if not out:
            out += _inline_sentence_denials(block.text, tuple(phrases()["problem_labels"]))
    return out


def _inline_sentence_denials(text: SourceText, labels: tuple[str, ...]) -> list:
    """The same item run into its paragraph, answered by one short sentence that only says
    there is none (``五、存在的问题及原因分析我校项目运转正常,暂无问题六、…``): the sentence ends
    at the next numbered item or the paragraph's end, and denies all problems (``暂无其他问题``
    after a clause of its own is no denial, as :func:`denies` reads it everywhere)."""
    from perflint.extract.boilerplate_phrases import denies
    from perflint.extract.unmet_targets import DeniedUnmet

    out = []
    for m in _inline_statement(labels).finditer(text.value):
        said = m.group("said")
        if denies(said):  # (暂无其他问题 after a clause of its own is no denial: see denies)
            out.append(DeniedUnmet(text, m.start("said"), m.end("said"), m.group("label")))
    return out


# A section marker run into a paragraph (``三、``, ``（二）``), and the problem labels as alternatives,
# longest first: the two inline readings below share them.
_INLINE_MARKER = r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])"


def _label_words(labels: tuple[str, ...]) -> str:
    import re

    return "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))


@cache
def _inline_statement(labels: tuple[str, ...]):

    words, marker = _label_words(labels), _INLINE_MARKER
    return compile_pattern(rf"(?<![\d一二三四五六七八九十第])\s*{marker}\s*(?P<label>{words})(?:分析)?\s*[:：]?\s*"
                           rf"(?P<said>[^。；;\n]{{2,30}}?)\s*[。.]?\s*(?=$|{marker})")


@cache
def _inline_denial(labels: tuple[str, ...]):

    words, marker = _label_words(labels), _INLINE_MARKER
    return compile_pattern(rf"(?:^|(?<=[\s。；;]))\s*{marker}\s*(?P<label>{words})\s*[:：]?\s*(?P<none>无|没有|暂无)\s*[。.]?\s*"
                           rf"(?=$|{marker})")


# A section marker inside a paragraph (``三、`` / ``（二）``): a page extracted from a PDF runs the
# sections into one line, and a budget stated under one must not read as the same sentence as the
# spending stated under the next.
_SECTION_MARK = lazy_compile(r"(?<![\d一二三四五六七八九十第])(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")
# A part of the money or of the year before a figure (其中, 上半年, 截至9月): not the year's whole.
_PART_OF = lazy_compile(r"其中|包括|(?<!包)含|上半年|[一二三]季度|(?<!\d)(?:[1-9]|1[01])月")
# A batch of the money (第一批, 分两批下达): the figure is one batch's, not the year's.
_BATCH = lazy_compile(r"批次|[第分首末两二三四五六七八九十]批")
# ``安排支出共计 87.06 万元，余款安排下年支出``: 安排支出 alone may be the plan (the budget); the
# remainder carried into the next year that the same sentence names makes the figure the money
# spent this year, the rest of the year's allocation being what is carried.
_ARRANGED_SPENT = lazy_compile(r"安排(?:使用|支出)(?:资金|经费)?\s*(?:共计|合计|共)\s*$")
_REMAINDER_CARRIED = lazy_compile(r"^\s*[，,]?\s*(?:余款|余额|剩余资金|剩余部分|结余资金|其余资金|其余)[^，,。；;]{0,8}"
                                  r"(?:下年|下一年|次年|结转)")
# ``按生均1000元安排，共计239万元``: the year's allocation as a total (read only beside a spending
# the prose certainly states, and only when no budget is labelled 预算).
_ARRANGED_TOTAL = lazy_compile(r"安排(?:资金|经费)?\s*[，,]?\s*(?:共计|合计|总计)\s*$")
# The words a clause may hold before a figure's label and still speak of the project's whole year:
# the unit itself, a date, the project, the year (what remains names a part of the money).
_WHOLE_YEAR_WORDS = lazy_compile(
    r"截至|截止|到|至|\d{4}\s*年(?:\d{1,2}月(?:\d{1,2}日)?)?度?|\d{1,2}月(?:\d{1,2}日)?|年末|年底|年终|底|"
    r"本年度?|当年|全年|年初|年度|调整后|我(?:校|局|院|所|站|单位|中心|委|办|部)|本(?:单位|校|局|院|部门)|"
    r"本|该|此|其|项目|实际|总额|总|共|合计|的|已|财政|资金|经费|专项|预算|数|金额|执行|支出|为|是|达|"
    r"安排|使用|累计|共计|合计|总计")
# A section's numbered title a flattened page runs into the clause after it (``三、预算支出组织实施情况我校…``).
_RUN_IN_TITLE = lazy_compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^，,。；;]{0,20}?"
                             r"(?:情况|概况|分析|目标)")


def apart_execution(part: Part) -> ProseExecution | None:
    """The year's budget and spending stated in separate sentences, often separate sections
    (``全年预算数239万元`` under 项目概况, ``实际支出87.06万元`` under 执行情况): one budget figure and
    one spending figure in the whole part (a figure repeated counts once), neither a part's
    (其中), a batch's (第一批), another fund's or of a clause that names anything but the project's
    year (``设备购置实际支出…``), nor of another period; a sentence stating both is
    :func:`prose_execution`'s, and stops this reading."""
    from perflint.extract.budget_statements import budget_statements, mentions_budget
    from perflint.text.numbers import quantities

    budgets: list[tuple[SourceText, Quantity]] = []
    actuals: list[tuple[SourceText, Quantity]] = []
    totals: list[tuple[SourceText, Quantity]] = []
    for block in part.paragraphs():
        value = block.text.value
        if not (mentions_budget(value) or "安排" in value):
            continue
        for s, e in _pieces(value):
            piece = value[s:e]
            if not (mentions_budget(piece) or "安排" in piece):
                continue
            money = [q for q in quantities(piece) if q.is_money and q.relation is None]
            if not money:
                continue
            for q in money:
                before, after = piece[:q.start], piece[q.end:]
                if _ARRANGED_SPENT.search(before) and _REMAINDER_CARRIED.search(after):
                    if _OTHER_PERIOD.search(before) or _BATCH.search(piece) or _PART_OF.search(before) \
                            or not _whole_year(before):
                        return None
                    actuals.append((block.text, _moved(q, s)))
                elif _ARRANGED_TOTAL.search(before) and "支出" not in before[-8:]:
                    totals.append((block.text, _moved(q, s)))
            if _OTHER_PERIOD.search(piece):
                continue
            for st in budget_statements(piece):
                if st.budget is not None and st.actual is not None:
                    return None  # both in one sentence: prose_execution's reading, which found none
                if st.subject or (st.budget is not None and st.budget is st.initial) or _BATCH.search(piece):
                    return None  # another fund's, the 年初 one, a batch's: not the year's own
                q = st.budget if st.budget is not None else st.actual
                if q is None or _PART_OF.search(piece[:q.start]) or not _whole_year(piece[:q.start]):
                    return None
                (budgets if st.budget is not None else actuals).append((block.text, _moved(q, s)))
    if not budgets and len({q.base_value for _, q in totals}) == 1:
        budgets = totals
    if len({q.base_value for _, q in budgets}) != 1 or len({q.base_value for _, q in actuals}) != 1:
        return None
    (budget_text, budget), (text, actual) = budgets[0], actuals[0]
    if budget.kind != "money" or actual.kind != "money" or budget.base_value <= 0:
        return None
    return ProseExecution(text, budget, actual, actual.base_value / budget.base_value * 100, budget_text)


def _pieces(value: str) -> list[tuple[int, int]]:
    """The statements of ``value``, split again at a section marker inside one."""
    from perflint.text.sentences import statements

    out = []
    for s, e in statements(value):
        cuts = [m.start() for m in _SECTION_MARK.finditer(value, s, e) if m.start() > s]
        for a, b in zip([s, *cuts], [*cuts, e], strict=True):
            out.append((a, b))
    return out


def _whole_year(before: str) -> bool:
    """Whether the clause before a figure (its label included) names nothing but the project's
    year: what is left once the unit, dates and the labels' own words are taken out."""
    cut = max(before.rfind(c) for c in "，,；;。：:") + 1
    clause = _RUN_IN_TITLE.sub("", before[cut:])
    rest = _WHOLE_YEAR_WORDS.sub("", clause)
    return len("".join(ch for ch in rest if not ch.isspace())) < 2
