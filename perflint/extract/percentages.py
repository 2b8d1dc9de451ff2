"""Percentages and what they may be: a decrease of more than 100%, a rate stated for an
indicator that is a part of a whole, the percentage (or, for a count indicator, the count)
stated after an indicator's name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from perflint.extract.quantities import clean_name, longest_first, strip_end, vocab
from perflint.text.dates import YEAR_NIAN
from perflint.text.memo import remember_short
from perflint.text.normalise import compact
from perflint.text.numbers import Quantity, normalise, quantities, range_ends
from perflint.text.patterns import any_of, compile_pattern, lazy_compile
from perflint.text.sentences import statements

_CJK_RUN_END = lazy_compile(r"[\u4e00-\u9fff]+$")



def decrease_percentages(text: str) -> list[Quantity]:
    """Percentages stated as a decrease (``降低 61%``, ``下降幅度为 5%``)."""
    found = [q for q in quantities(text) if q.kind == "percent" and "百分点" not in q.text and q.value > 0]
    if not found:  # most texts: no percentage, nothing to normalise
        return []
    norm = normalise(text)
    v = vocab()
    out = []
    for q in found:
        before = strip_end(norm[max(0, q.start - 16):q.start], v["decrease_fillers"])
        if before.endswith(tuple(v["decrease_words"])):
            out.append(q)
    return out


@dataclass(frozen=True)
class RateStatement:
    """``参保率达到 98%``: a rate's name and the percentage stated for it."""

    name: str
    name_start: int
    quantity: Quantity


def rate_statements(text: str) -> list[RateStatement]:
    """Percentages stated right after the name of a capped rate (参保率, 覆盖率, 满意度 …)."""
    found = [q for q in quantities(text) if q.kind == "percent" and "百分点" not in q.text]
    if not found:  # most texts: no percentage, nothing to normalise
        return []
    norm = normalise(text)
    v = vocab()
    capped = longest_first(tuple(v["capped_rates"]))
    any_capped = tuple(capped)  # one endswith for all of them first: most figures follow none
    out = []
    for q in found:
        before = strip_end(norm[max(0, q.start - 30):q.start], v["rate_connectors"])
        for word in capped if before.endswith(any_capped) else ():
            if before.endswith(word):
                run = _CJK_RUN_END.search(before)
                name = run.group(0) if run else word
                name = name[-12:]
                if any(w in name for w in v["uncapped_stems"]):
                    break  # 疫苗接种覆盖率: vaccination may pass 100% (indicators.yaml)
                offset = q.start - (len(norm[max(0, q.start - 30):q.start]) - len(before)) - len(name)
                out.append(RateStatement(name, max(0, offset), q))
                break
    return out


def is_share_rate(name: str) -> bool:
    """Whether an indicator's name names a share of a whole that cannot fall below 0% (投诉率,
    不合格比例), not a rate of change or a gap (增长率, 偏差率: indicators.yaml ``floor_free_stems``)."""
    v = vocab()
    name = compact(name)
    return name.endswith(tuple(v["floor_rate_ends"])) and not any(w in name for w in v["floor_free_stems"])


def floor_rate_bounds(text: str) -> list[RateStatement]:
    """Rates bounded at or below 0% (``投诉率≤0%``, ``不合格装备的比例≦0%``): a share of a whole
    cannot fall below 0%, so the bound can only mean =0% (a rate of change, 增长率≤0%, is left
    alone: indicators.yaml ``floor_free_stems``)."""
    found = [q for q in quantities(text) if q.kind == "percent" and q.relation in ("≤", "<") and q.value == 0
             and "百分点" not in q.text]
    if not found:  # most texts: no such bound
        return []
    norm = normalise(text)
    connectors = vocab()["rate_connectors"]
    out = []
    for q in found:
        window = norm[max(0, q.start - 30):q.start]
        before = strip_end(window, connectors)
        run = _CJK_RUN_END.search(before)
        if run is None:
            continue
        name = run.group(0)[-12:]
        if not is_share_rate(name):
            continue
        offset = q.start - (len(window) - len(before)) - len(name)
        out.append(RateStatement(name, max(0, offset), q))
    return out


Prepared = tuple[list[str], tuple[str, ...], tuple[str, ...]]

# An indicator's name is a phrase; a "name" of hundreds of characters is a whole table or page
# read into one cell (a corrupt or flattened paste), which no sentence states a rate after, and
# whose thousands of copies made every text's look-up quadratic (benchmarks/fuzz.py: 12 s for 12 KB).
_LONGEST_NAME = 200


@lru_cache(maxsize=64)
def _clean_longest_first(names: tuple[str, ...]) -> Prepared:
    """The clean names of at least three characters, longest first: a check asks for the same
    names for every text of a part, so they are cleaned and sorted once (with them as a tuple,
    for one ``str.endswith`` that tells whether a text ends with any of them, and those holding
    a target word, in the same order: the words blanked out of a text before its target words
    are looked for)."""
    cleaned = {clean_name(n) for n in names if len(n) <= _LONGEST_NAME}
    ordered = sorted((c for c in cleaned if len(c) >= 3), key=len, reverse=True)
    words = vocab()["target_words"]
    return ordered, tuple(ordered), tuple(n for n in ordered if any(w in n for w in words))


def prepared_names(names: list[str]) -> Prepared:
    """``names`` as :func:`stated_percentages` and :func:`stated_counts` read them (cleaned, the
    short ones left out, longest first): for a reader that asks with the same names for every
    text of a part, made once and passed as ``prepared``."""
    return _clean_longest_first(tuple(names))


def stated_percentages(text: str, names: list[str], fiscal_year: int | None = None, *,
                       prepared: Prepared | None = None) -> list[tuple[str, Quantity]]:
    """Percentages stated right after one of ``names`` (`工作满意度能达到 90%`), outside sentences
    that state a target or a rule (`目标`, `不低于`, `以上`) or speak of another year.
    ``prepared``: :func:`prepared_names` of ``names``, when the caller made it already."""
    figures = _plain_percents(text)  # most texts state none: no call further
    if not figures:
        return []
    return _stated_after_names(text, prepared or prepared_names(names), fiscal_year, figures, "rate_connectors")


def stated_counts(text: str, names: list[str], fiscal_year: int | None = None, *,
                  prepared: Prepared | None = None) -> list[tuple[str, Quantity]]:
    """Counts with a unit stated right after one of ``names`` (`培训人次达到 530 人次`), outside
    sentences that state a target or a rule or speak of another year. Approximate figures
    (`2万余人`) are left out: they are not a result to compare. ``prepared``: as for
    :func:`stated_percentages`."""
    figures = _exact_counts(text)  # most texts state none: no call further
    if not figures:
        return []
    return _stated_after_names(text, prepared or prepared_names(names), fiscal_year, figures, "count_connectors")


def stated_costs(text: str, names: list[str], fiscal_year: int | None = None, *,
                 prepared: Prepared | None = None) -> list[tuple[str, Quantity]]:
    """Amounts of money stated right after one of ``names`` (`亩均投资1600元`, `每公里日常养护成本
    7000元`), read as :func:`stated_counts` reads counts: the results of cost indicators.
    ``prepared``: as for :func:`stated_percentages`."""
    figures = _exact_amounts(text)  # most texts state none: no call further
    if not figures:
        return []
    return _stated_after_names(text, prepared or prepared_names(names), fiscal_year, figures, "count_connectors")


def sentence_figures(text: str, q: Quantity) -> tuple[Quantity, ...]:
    """The other exact figures of ``q``'s kind (counts, amounts or plain percentages) in the
    sentence of ``text`` that holds ``q``: a sentence that also states the form's result
    (春季学期资助168人次，秋季学期172人次，全年共资助340人次) gives its other figures as parts of it."""
    figures = {"count": _exact_counts, "money": _exact_amounts, "percent": _plain_percents}.get(q.kind)
    if figures is None:
        return ()
    norm = normalise(text)
    span = next(((s, e) for s, e in statements(norm) if s <= q.start < e), None)
    if span is None:
        return ()
    return tuple(f for f in figures(text) if span[0] <= f.start < span[1] and f.start != q.start)


# A target word that opens a clause of its own after a result (…2.15万人次，目标≥2万人次): the
# sentence states the result first, then the target; the result before it is still compared.
_SETS_TARGET_AFTER = lazy_compile(r"[，,]")
_CLAUSE_MARKS = "，,；;。"


def _in_clause_of(norm: str, q: Quantity, targets) -> bool:
    """Whether a target word stands in the clause that holds ``q`` (up to the next comma)."""
    end = min((i for i in (norm.find(c, q.end) for c in _CLAUSE_MARKS) if i >= 0), default=len(norm))
    start = max(norm.rfind(c, 0, q.start) for c in _CLAUSE_MARKS) + 1
    return targets.search(norm, start, end) is not None


def _other_year_speaks_of(norm: str, start: int, q: Quantity, fiscal_year: int) -> bool:
    """Whether a year other than the report's governs the figure ``q`` of the sentence opening at
    ``start``: it stands in the figure's clause (2022年培训120人次), or in the sentence's first
    clause before the figure (2022年，全年培训…; 与2022年相比，…). A year in a later clause, or in
    another clause after the first (…完成危桥改造6座，1座推迟至2024年3月完工), dates something else."""
    end = min((i for i in (norm.find(c, q.end) for c in _CLAUSE_MARKS) if i >= 0), default=len(norm))
    clause_start = max(norm.rfind(c, start, q.start) for c in _CLAUSE_MARKS) + 1
    first_end = min((i for i in (norm.find(c, start, q.start) for c in _CLAUSE_MARKS) if i >= 0), default=q.start)
    spans = [norm[max(clause_start, start):end], norm[start:first_end]]
    return any(int(y) != fiscal_year for span in spans for y in YEAR_NIAN.findall(span))


def _masked(norm: str) -> str:
    """``norm`` with the words that hold a target word but set no target (``target_word_masks``:
    高标准农田, 65岁以上老年人) blanked out, at the same length so positions still hold."""
    mask = _target_masks()
    return mask.sub(lambda m: "_" * len(m.group(0)), norm) if mask.search(norm) else norm


@cache
def _target_masks() -> re.Pattern[str]:
    return compile_pattern(vocab()["target_word_masks"])


def _is_plain_percent(q: Quantity) -> bool:
    return q.kind == "percent" and q.relation is None and "百分点" not in q.text


def _is_exact_count(q: Quantity) -> bool:
    return q.kind == "count" and q.unit is not None and q.relation is None and not q.approximate


# The figures each reader looks for, remembered per text: C707 asks for each of every text.
@remember_short(4096)
def _exact_amounts(text: str) -> tuple[Quantity, ...]:
    return tuple(q for q in quantities(text) if q.kind == "money" and q.relation is None and not q.approximate)



@remember_short(4096)
def _plain_percents(text: str) -> tuple[Quantity, ...]:
    return tuple(q for q in quantities(text) if q.kind == "percent" and _is_plain_percent(q))


@remember_short(4096)
def _exact_counts(text: str) -> tuple[Quantity, ...]:
    return tuple(q for q in quantities(text) if q.kind == "count" and _is_exact_count(q))


@cache
def _target_words_and_fillers() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The pattern of the target words and the generic nouns after a count's subject, made once
    (not per text)."""
    v = vocab()
    return any_of(tuple(v["target_words"])), tuple(v["count_name_fillers"])


def _stated_after_names(text: str, names: Prepared, fiscal_year: int | None,
                        figures: tuple[Quantity, ...], connectors: str) -> list[tuple[str, Quantity]]:
    """The ``figures`` of ``text`` (those of one kind a reader wants) stated after one of ``names``
    (:func:`prepared_names`)."""
    out: list[tuple[str, Quantity]] = []
    if not figures:  # most texts state no such figure: no sentence to split, no names to look up
        return out
    ordered, ends, with_target_words = names
    if not ordered:
        return out
    norm = normalise(text)
    # A name is found at the end of a compacted stretch of ``norm``, so within ``compact(norm)``:
    # a text that holds none of them (half of those with such a figure) has no sentence to split.
    whole = compact(norm)
    if not any(name in whole for name in ordered):
        return out
    v = vocab()
    targets, fillers = _target_words_and_fillers()
    scan = _masked(norm)  # the text searched for target words: 高标准农田 sets no target
    for name in with_target_words:  # nor does a word of the indicator's own name (每公里养护成本, 人均补助标准)
        if name in scan:
            scan = scan.replace(name, "_" * len(name))
    ranged = range_ends(text)  # 90%-95%: a band, never one result
    for s, e in statements(norm):
        sentence = scan[s:e]
        target_at = targets.search(sentence)
        other_year = fiscal_year is not None and "年" in sentence and any(
            int(y) != fiscal_year for y in YEAR_NIAN.findall(sentence))
        for q in figures:
            if not (s <= q.start < e) or q.start in ranged:
                continue
            if target_at is not None and (s + target_at.start() < q.start or _in_clause_of(scan, q, targets)):
                continue  # a target named before the figure, or in its own clause (90%以上)
            if other_year and _other_year_speaks_of(norm, s, q, fiscal_year):
                continue  # another year's figure (2022年培训120人次), or a sentence opened by it
            before = compact(strip_end(norm[max(s, q.start - 40):q.start], v[connectors]))
            # the first name (longest first) the words end with; one endswith of all tells first
            found = next((name for name in ordered if before.endswith(name)), None) if before.endswith(ends) else None
            if found is None and connectors == "count_connectors" and before.endswith(fillers):
                # 开展家庭医生签约服务4.6万人: the subject (家庭医生签约) with a generic noun after it
                bare = before[:-len(next(f for f in fillers if before.endswith(f)))]
                found = next((name for name in ordered if bare.endswith(name)), None) if bare.endswith(ends) else None
            if found is not None:
                out.append((found, q))
    return out
