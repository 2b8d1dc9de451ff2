"""Figures one report of a bundle restates from another.

A unit's file is often a bundle: its 部门决算说明, the 部门整体支出绩效自评报告 bound with it as 附件1,
and the 项目支出绩效自评报告 with their 自评表 after. The reports on the whole unit both describe it
(编制, 实有人数, 内设机构, 下属单位; 基本支出, 项目支出, 三公经费, 机关运行经费 …; the 部门整体 score),
and both name the projects evaluated with each one's budget, spending and score, which that
project's own 自评表 gives. Read here: what each report on the whole unit states of these, and the
projects' statements with the form of the project they name. Whether they disagree is the check's
business (C731). Vocabulary: ``bundle_restatements`` in ``consistency.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from perflint import data
from perflint.extract.amounts import document_places, label_key, period_before
from perflint.extract.budget_statements import budget_statements, self_scores
from perflint.extract.form_links import is_unit_form, project_names
from perflint.extract.quantities import part_prose, strip_end, vocab
from perflint.extract.selfeval import SelfEvaluation
from perflint.extract.staff_counts import stated_counts
from perflint.model import Document, Part, SourceText
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, normalise, quantities
from perflint.text.patterns import compile_pattern, lazy_compile

WHOLE_UNIT_REPORTS = frozenset({"final_accounts", "department_self_evaluation"})
_ANNEX_LEAD = lazy_compile(r"^附件\s*[0-9一二三四五六七八九十]*\s*[：:]?")
_TITLE_YEAR = lazy_compile(r"((?:19|20)\d{2})")
_STOPS = "。！？!?\n"
PARENT_MARK = "\x00"  # between an amount's name and its whole's in a :class:`Stated` kind


@cache
def _conf() -> dict:
    return data.load("consistency")["bundle_restatements"]


@dataclass(frozen=True)
class Stated:
    """One figure a report states: what it is (``kind``), its value and where it stands."""

    part: Part
    kind: str  # a staff kind, a count kind (departments, subordinates), unit_score or amount:<key>
    value: object  # int for counts, Quantity for scores and amounts
    source: SourceText
    start: int
    end: int


@dataclass(frozen=True)
class ProjectFigure:
    """A figure a report on the whole unit states for one project of the bundle: its budget,
    its spending or its score (``森林防火专项经费全年预算数120.00万元，执行数116.40万元，自评得分96.21分``)."""

    part: Part
    form: SelfEvaluation
    what: str  # budget | actual | score
    quantity: Quantity  # offsets in ``source``
    source: SourceText


def unit_of(part: Part) -> tuple[str, str]:
    """The unit a report's title names before its year, and the year (``附件1`` left out)."""
    head = _ANNEX_LEAD.sub("", compact(part.title))
    m = _TITLE_YEAR.search(head)
    return (head[:m.start()], m.group(1)) if m else ("", "")


def sibling_reports(doc: Document) -> list[list[Part]]:
    """The reports on one whole unit and year in the bundle (its 决算说明 and 部门整体 report), two or
    more: their titles name the same unit (four characters or more) and the same year."""
    groups: dict[tuple[str, str], list[Part]] = {}
    for part in doc.parts:
        if part.kind in WHOLE_UNIT_REPORTS:
            unit, year = unit_of(part)
            if len(unit) >= 4 and year:
                groups.setdefault((unit, year), []).append(part)
    return [g for g in groups.values() if len(g) >= 2]


@cache
def _count_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, compile_pattern(p)) for kind, ps in _conf()["counts"].items() for p in ps)


def unit_statements(doc: Document, part: Part, fiscal_year: int | None) -> list[Stated]:
    """What a report on the whole unit states of it: staff counts (whole, not a part after 其中),
    counts of its 内设机构 and 下属单位, its 部门整体 score, and its labelled amounts of the year
    (a part after 其中 kept apart by its whole; not a budget, not a comparison)."""
    conf = _conf()
    generic = set(vocab()["generic_labels"])
    places = document_places(doc)
    out: list[Stated] = []
    texts = [source for _block, source in part_prose(doc, part)]
    for c in stated_counts(texts):
        if not c.subset:
            out.append(Stated(part, "staff:" + c.kind, c.value, c.text, c.start, c.end))
    for source in texts:
        value = source.value
        if any(w in value for w in conf["count_words"]):
            for kind, pattern in _count_patterns():
                for m in pattern.finditer(value):
                    out.append(Stated(part, "count:" + kind, int(m.group("n")), source, m.start("n"), m.end("n")))
        if "整体" in value and "分" in value:
            for q in self_scores(value):
                sentence = _sentence(value, q.start)
                if any(w in sentence for w in conf["unit_score_words"]) and not _other_period(sentence):
                    out.append(Stated(part, "unit_score", q, source, q.start, q.end))
    for source in texts:
        for key, whole, q in unit_amounts(source.value, fiscal_year, places):
            if key.endswith(tuple(conf["amount_key_ends_skipped"])) or key in generic:
                continue
            # a part after 其中 is compared with the same part of the same whole only
            out.append(Stated(part, "amount:" + key + ("" if whole is None else PARENT_MARK + whole), q, source,
                              q.start, q.end))
    return out


_LABEL_END = lazy_compile(r"[\u4e00-\u9fff“”\"‘’]+$")
_QUOTE_MARKS = lazy_compile(r"[“”\"‘’]")
_CLAUSE_BREAKS = "，,。；;：:、（(）)\n"


def unit_amounts(text: str, fiscal_year: int | None, places: tuple[str, ...] = ()) -> list[tuple[str, str | None, Quantity]]:
    """The money figures of the year ``text`` names (``机关运行经费支出 186.52 万元``,
    ``“三公”经费财政拨款支出决算 24.35 万元``), each with its name reduced by :func:`amount_key`
    (the unit's place and words such as 本部门 left out, as :func:`label_key` does) and, for a part
    after 其中, the value of the whole it is a part of (two reports name one whole otherwise:
    本年支出合计 and 部门整体支出). Figures of another
    year, after a comparison (比上年增加 X 万元) or without a name of their own are left out."""
    if "元" not in text:
        return []
    money = [q for q in quantities(text) if q.is_money and q.relation is None]
    if not money:
        return []
    norm = normalise(text)
    connectors = vocab()["label_connectors"]
    heads = tuple(vocab()["money_heads"]) + ("费",)
    out: list[tuple[str, str | None, Quantity]] = []
    whole: tuple[int, str] | None = None  # where the sentence of the last named figure starts, and its value
    for q in money:
        year, past = period_before(norm, q.start)
        before = strip_end(norm[max(0, q.start - 40):q.start], connectors)
        m = _LABEL_END.search(before)
        label = m.group(0) if m else ""
        sentence_start = max(norm.rfind(c, 0, q.start) for c in "。；;！？\n") + 1
        opening = norm[sentence_start:q.start]
        # a part after 其中 in the whole's sentence, or in a sentence opening with 其中 (…合计 X 万元。其中：…)
        part_of = whole[1] if whole is not None and "其中" in opening and (
            whole[0] == sentence_start or opening.lstrip().startswith("其中")) else None
        named = label_key(label, places) if label else ""
        key = amount_key(named)
        if key and "其中" not in opening:
            # the whole is known by its value: one report calls it 本年支出合计, the other 部门整体支出
            whole = (sentence_start, str(q.base_value.normalize()))
        if past or (year is not None and fiscal_year is not None and year != fiscal_year):
            continue
        if len(key) < 3 or not _dropped(named).endswith(heads) or any(w in label for w in _COMPARED):
            continue
        if part_of is None and "预算" in opening.replace("一般公共预算", "") and not any(w in opening for w in _SPENT):
            continue  # a budget's figure (部门预算安排：基本支出 X 万元), not the year's spending
        out.append((key, part_of, q))
    return out


_SPENT = ("决算", "执行", "实际", "完成")
_COMPARED = ("比上年", "较上年", "增加", "减少", "增长", "下降", "上年")


def _dropped(name: str) -> str:
    """``name`` without the words :func:`amount_key` leaves out (…支出决算 ends with 支出)."""
    for w in _conf()["amount_words_dropped"]:
        name = name.replace(w, "")
    return name


def amount_key(label: str) -> str:
    """A name reduced to what two reports on one unit both call the quantity: without quotation
    marks and the words one report adds and the other leaves out (``“三公”经费财政拨款支出决算`` and
    ``三公经费支出`` are ``三公经费``; ``政府采购支出总额`` and ``政府采购支出`` are ``政府采购``)."""
    key = _dropped(_QUOTE_MARKS.sub("", label))
    for end in _conf()["amount_ends_dropped"]:
        if key.endswith(end) and len(key) - len(end) >= 3:
            key = key[:-len(end)]
    bare = key
    for w in _conf()["scope_words"]:
        bare = bare.replace(w, "")
    return bare if bare in _conf()["scope_free_amounts"] else key


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(c, 0, at) for c in _STOPS + "；;") + 1
    ends = [i for i in (text.find(c, at) for c in _STOPS + "；;") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def _other_period(text: str) -> bool:
    return any(w in text for w in _conf()["other_period"])


def project_forms(forms: list[SelfEvaluation]) -> list[SelfEvaluation]:
    """The project forms of the bundle, each standing in a project report of its own."""
    return [se for se in forms if se.part.kind == "project_self_evaluation" and not is_unit_form(se)]


def _names(forms: list[SelfEvaluation]) -> list[tuple[str, SelfEvaluation]]:
    """Each project's names (longest first), a name two forms share left out."""
    owners: dict[str, list[SelfEvaluation]] = {}
    for se in forms:
        for n in project_names(se):
            owners.setdefault(n, []).append(se)
    named = [(n, ses[0]) for n, ses in owners.items() if len({id(s) for s in ses}) == 1]
    return sorted(named, key=lambda x: -len(x[0]))


def project_figures(doc: Document, part: Part, forms: list[SelfEvaluation],
                    fiscal_year_of: Callable[[Part], int | None]) -> list[ProjectFigure]:
    """The budget, spending and score the prose of ``part`` (a report on the whole unit) states
    for a project of another report of the bundle, each read from the project's name to the next
    project's name or the end of its sentence (the figures a 绩效管理情况 paragraph lists by
    project: ``其中：A项目全年预算X万元，执行Y万元；B项目…``)."""
    names = _names([se for se in forms if se.part is not part])
    if not names:
        return []
    out: list[ProjectFigure] = []
    for _block, source in part_prose(doc, part):
        text = source.value
        squeezed = compact(text)
        present = [(n, se) for n, se in names if n in squeezed]
        if not present:
            continue
        spans = _occurrences(text, present)
        for k, (start, end, se) in enumerate(spans):
            stop = min([i for i in (text.find(c, end) for c in _STOPS) if i >= 0], default=len(text))
            if k + 1 < len(spans):
                stop = min(stop, spans[k + 1][0])
            region = text[start:stop]
            if _other_period(region):
                continue
            for q in self_scores(region)[:1]:
                out.append(ProjectFigure(part, se, "score", _moved(q, start), source))
            for st in budget_statements(region)[:1]:
                for what, q in (("budget", st.budget), ("actual", st.actual)):
                    if q is not None:
                        out.append(ProjectFigure(part, se, what, _moved(q, start), source))
    return out


@dataclass(frozen=True)
class EvaluatedTotal:
    """The money a report on the whole unit says its evaluated projects involve (``组织对3个项目开展了
    绩效自评，涉及资金1,360.00万元``), the projects' count when it gives one, and the budgets it then
    lists by project: each distinct project's one 全年预算数."""

    source: SourceText
    total: Quantity
    count: int | None
    budgets: tuple[ProjectFigure, ...]


def evaluated_totals(doc: Document, part: Part, figures: list[ProjectFigure]) -> list[EvaluatedTotal]:
    """Each total of evaluated project money in ``part`` with the budgets listed by project in its
    paragraph after it and in the paragraphs right after that list them too (1.A项目：全年预算数…
    2.B项目：…), one budget for each project."""
    conf = _conf()
    by_source: dict[int, list[ProjectFigure]] = {}
    for f in figures:
        if f.what == "budget":
            by_source.setdefault(id(f.source), []).append(f)
    out: list[EvaluatedTotal] = []
    prose = part_prose(doc, part)
    for k, (_block, source) in enumerate(prose):
        text = source.value
        if not any(w in text for w in conf["evaluation_words"]):
            continue
        total = _evaluated_money(text)
        if total is None:
            continue
        listed = [f for f in by_source.get(id(source), []) if f.quantity.start > total.end]
        for _next_block, nxt in prose[k + 1:]:
            more = by_source.get(id(nxt), [])
            if not more:
                break
            listed.extend(more)
        forms = {id(f.form) for f in listed}
        if not listed or len(forms) != len(listed):
            continue  # no budget listed, or a project given two (another year's, a part's)
        counts = [int(m.group("n")) for _kind, p in _count_patterns() if _kind == "evaluated"
                  for m in p.finditer(text[:total.start])]
        out.append(EvaluatedTotal(source, total, counts[-1] if counts else None, tuple(listed)))
    return out


def _evaluated_money(text: str) -> Quantity | None:
    """The first money figure of ``text`` in a clause naming 资金 or 涉及, after the evaluation's
    words (组织对…开展了绩效自评，涉及资金 X 万元)."""
    conf = _conf()
    at = min(i for i in (text.find(w) for w in conf["evaluation_words"]) if i >= 0)
    for q in quantities(text):
        if q.start < at or not q.is_money or q.relation is not None or q.value <= 0:
            continue
        clause = re.split(r"[，,。；;：:]", text[:q.start])[-1]
        if any(w in clause for w in conf["evaluated_money_words"]):
            return q
        return None
    return None


def _occurrences(text: str, present: list[tuple[str, SelfEvaluation]]) -> list[tuple[int, int, SelfEvaluation]]:
    """Where the names stand in ``text`` (longest first; a name inside a longer one found there is
    not another mention), by position."""
    taken: list[tuple[int, int, SelfEvaluation]] = []
    for n, se in present:
        for m in re.finditer(re.escape(n), text):
            if not any(s < m.end() and m.start() < e for s, e, _ in taken):
                taken.append((m.start(), m.end(), se))
    return sorted(taken, key=lambda x: x[0])


def _moved(q: Quantity, offset: int) -> Quantity:
    return replace(q, start=q.start + offset, end=q.end + offset, number_end=q.number_end + offset)


__all__ = ["EvaluatedTotal", "ProjectFigure", "evaluated_totals", "Stated", "WHOLE_UNIT_REPORTS", "project_figures", "project_forms", "sibling_reports",
           "unit_of", "unit_statements"]
