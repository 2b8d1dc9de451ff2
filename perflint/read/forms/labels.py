"""The words of the 自评表 template: the level-1 categories, the level-2 names, the labels of
its 总分, 偏差 and 改进措施 rows, weights written into labels (``产出指标（50分）``)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from perflint.model import Cell, Figure, SelfEvaluation
from perflint.text.normalise import compact
from perflint.text.numbers import DECIMAL, parse_bound_cell, parse_cell, parse_per_unit_cell
from perflint.text.patterns import LazyPattern, lazy_compile

LEVEL1_WORDS = ("产出指标", "效益指标", "满意度指标", "成本指标")
# The groups of the evaluation frameworks' forms, as the 部门整体 评分表 (投入, 过程, 产出, 效果)
# and a project's evaluation (决策, 过程, 产出, 效益) name them, and a template's groups written
# without 指标 (产出, 成本, 效益, 满意度): read as the whole cell (with 指标 and a weight or not,
# ``投入（20分）``), for ``过程管理`` or ``效果明显`` name or judge something else.
# A template's or framework's group may be written as a goal (投入目标, 产出目标, 效果目标: the
# 项目类别 of a form whose header names 指标名称) and its weight without brackets (``效益指标 30分``).
_FRAMEWORK_LEVEL1 = lazy_compile(rf"^(投入|过程|产出|效果|效益|决策|成本|满意度)(?:指标|目标)?(?:[（(]{DECIMAL}分[）)]|{DECIMAL}分)?$")
_FRAMEWORK_HEADS = frozenset(("投入", "过程", "产出", "效果", "效益", "决策", "成本", "满意"))
FRAMEWORK_HEADS = _FRAMEWORK_HEADS  # the first two characters of every group _FRAMEWORK_LEVEL1 matches
_LEVEL2_WORDS = ("数量", "质量", "时效", "时效性", "成本", "经济成本", "社会成本", "生态环境成本", "经济效益", "社会效益",
                 "生态效益", "可持续影响", "社会公众或服务对象满意度", "服务对象满意度", "满意度",
                 # the evaluation frameworks' 二级指标 (部门整体: 投入/过程/产出/效果; a project's
                 # evaluation: 决策/过程/产出/效益); not 预算执行, a form's budget row of its own
                 # (预算执行 | | 预算执行率 | 100% | 98.43% | 10 | 9.84)
                 "预算配置", "预算管理", "资产管理", "职责履行", "履职效益",
                 "项目立项", "资金投入", "资金管理", "组织实施", "产出数量", "产出质量", "产出时效", "产出成本",
                 "项目效益")
LEVEL2_RE = lazy_compile(rf"^(?:{'|'.join(_LEVEL2_WORDS)})(?:指标)?(?:执行)?$")
# The texts LEVEL2_RE matches, every one of them (a word, then 指标 and 执行 or not): a text
# without white space (``compact``: no newline for ``$`` to stand before) is told by one set
# lookup, not a match trying each word (the table reader asks it of every cell of every row).
LEVEL2_NAMES = frozenset(w + a + b for w in _LEVEL2_WORDS for a in ("", "指标") for b in ("", "执行"))
_WEIGHT_IN_LABEL = lazy_compile(rf"[（(]\s*({DECIMAL})\s*分\s*[）)]")
_TOTAL_LABEL = lazy_compile(rf"^总\s*分\s*[:：]?\s*(?P<value>{DECIMAL})?\s*分?$")
DEVIATION_LABEL = "偏差大或目标未完成原因分析"
IMPROVEMENT_LABEL = "改进措施及结果应用方案"


def level1_word(text: str, first: bool = False) -> str | None:
    """The 一级指标 group a compacted cell names: a template category it starts with
    (``产出指标（50分）``) wherever the cell stands; with ``first`` (the cell opens its row, where
    the 一级 column is) also a framework's group written as the whole cell (``投入（20分）``,
    ``过程``, ``成本（10分）``). Not any label with a weight: a 二级指标 carries one too on some
    forms (``基础信息（3分）`` under 决策). A template's category with one character mistyped
    (``效意指标（30分）``: :func:`label_slip`) names its group too."""
    if text.startswith(LEVEL1_WORDS):
        for word in LEVEL1_WORDS:
            if text.startswith(word):
                return word
    if text[:2] in _FRAMEWORK_HEADS and first and (m := _FRAMEWORK_LEVEL1.match(text)) is not None:
        return m.group(1)
    slip = label_slip(text)
    return slip[1] if slip is not None and slip[0] == "1" else None


# a weight after a category's name, in brackets or bare (``（30分）``, ``30分``)
_WEIGHT_TAIL = lazy_compile(rf"(?:[（(]\s*{DECIMAL}\s*分\s*[）)]|{DECIMAL}分)$")
# the 二级 names a slip is told in: those written with 指标 (a bare 数量 or 时效 is too short to say
# which word a changed character was meant for)
_LEVEL2_SLIP_NAMES = tuple(w + "指标" for w in _LEVEL2_WORDS)


def _confusable() -> dict[str, set[str]]:
    """Each character with those drafts type for it (terms.yaml ``confusables``: same or near
    pronunciation, similar shape): the terms vocabulary's own table, kept in the data cache (built
    here, it cost every run a pass over the table's ~900 characters)."""
    from perflint.extract.terms import vocabulary

    return vocabulary().confusable


def label_slip(text: str) -> tuple[str, str] | None:
    """("1", 效益指标) for a cell ``效意指标（30分）``, ("2", 数量指标) for ``数亮指标``: a category of the
    template (a 一级 word, a 二级 name written with 指标) with one character typed as one drafts
    confuse it with, the whole cell (a weight after it or not); None for anything else, and for a
    word the template knows as it stands (效果, a framework's group; 质量指标, another name). The
    form is read as the category it means: its rows stay in their group (T801 reports the slip)."""
    if len(text) > 14 or ("指" not in text and "标" not in text):
        return None  # every category ends in 指标: one character changed leaves 指 or 标 in place
    return _label_slip(text)


@lru_cache(maxsize=4096)
def _label_slip(text: str) -> tuple[str, str] | None:
    """:func:`label_slip` of a short text holding 指 or 标 (a form's labels recur from row to row)."""
    head = _WEIGHT_TAIL.sub("", text)
    if len(head) < 4 or head in LEVEL2_NAMES or head.startswith(LEVEL1_WORDS) or _FRAMEWORK_LEVEL1.match(head):
        return None
    confusable = _confusable()
    for level, words in (("1", LEVEL1_WORDS), ("2", _LEVEL2_SLIP_NAMES)):
        for word in words:
            if len(word) != len(head):
                continue
            diffs = [i for i in range(len(word)) if word[i] != head[i]]
            if len(diffs) == 1 and head[diffs[0]] in confusable.get(word[diffs[0]], ()):
                return level, word
    return None


def group_name(text: str) -> str | None:
    """A group's name as a field that can only name one gives it (``履职效能（30分）`` → 履职效能):
    the compacted text without its weight, None when nothing is left or it is a figure."""
    name = _WEIGHT_IN_LABEL.sub("", text).strip()
    return name if name and parse_cell(name) is None else None


def figure(cell: Cell | None) -> Figure | None:
    if cell is None:
        return None
    q = parse_cell(cell.value)
    if q is None and ("/" in cell.value or "／" in cell.value):
        q = parse_per_unit_cell(cell.value)  # ≤475元/亩: a standard or unit cost, a rate of its own
    if q is None and "以" in cell.value:
        q = parse_bound_cell(cell.value)  # 200人次以上: the target's bound after its figure
    return Figure(cell, q)


# a group's weight written after its name without brackets (``效益指标 30分``, ``投入目标28分``):
# the whole cell is the group and its weight, nothing else
_BARE_GROUP_WEIGHT = lazy_compile(rf"^(?:{'|'.join(LEVEL1_WORDS)}|(?:投入|过程|产出|效果|效益|决策|成本|满意度)(?:指标|目标)?)({DECIMAL})分$")


def group_weight(text: str) -> Decimal | None:
    """The weight a 一级指标 cell gives its group: in brackets (``产出指标（50分）``) or, the cell
    holding the group's name and its weight only, after it (``效益指标 30分``)."""
    w = weight_in(text)
    if w is not None or "分" not in text:
        return w
    m = _BARE_GROUP_WEIGHT.match(compact(text))
    return Decimal(m.group(1)) if m else None


def weight_in(text: str) -> Decimal | None:
    if "分" not in text:
        return None  # (what every weight in a label holds: most cells are told without the pattern)
    m = _WEIGHT_IN_LABEL.search(compact(text))
    return Decimal(m.group(1)) if m else None


def is_total_label(text: str) -> re.Match[str] | None:
    return _TOTAL_LABEL.match(compact(text))


_FORM_TITLE = lazy_compile(r"(?:自评|评分|自评情况|目标(?:申报)?)表[）)]?$")


def is_form_title(text: str) -> bool:
    """A form's own title line (``2023年度XX项目绩效自评表``): a caption, not narrative."""
    return bool(_FORM_TITLE.search(compact(text)[-14:]))


# The value columns of the indicator block, as headers name them. A table cell is matched whole
# for the roles marked ``cell`` (``分值`` at its start, ``指标性质`` and ``计量单位`` as the whole
# cell); a header flattened into one run of words is searched for every role.
COLUMN_ROLES: tuple[tuple[str, LazyPattern, LazyPattern], ...] = tuple(
    (role, lazy_compile(search), lazy_compile(cell)) for role, search, cell in (
        ("target", r"(?:年初|年度)?目标\s*值|指标值|预期目标|计划值", r"(?:年初|年度)?目标\s*值|指标值|预期目标|计划值"),
        ("actual", r"实际\s*完成\s*值|实际\s*完成|完成值|实际值|完成情况", r"实际\s*完成\s*值|实际\s*完成|完成值|实际值|完成情况"),
        ("weight", r"分值|权重", r"^分值|权重"),
        # (自评分 as a whole cell only: a run of words says 自评分析 far more often)
        ("score", r"得分", r"得分|^自评分(?:数|值)?$"),
        ("rate", r"完成率", r"完成率"),
        ("deviation", r"偏差|未完成原因", r"偏差|未完成原因"),
        ("relation", r"指标性质", r"^指标性质$"),
        ("unit", r"度量单位|计量单位", r"^(?:度量|计量)单位$"),
    )
)


_SOURCE_NOISE = lazy_compile(r"^其中|[:：\s]")


def source_name(label: str) -> str:
    """A budget row's label without its 其中 and colons: the source it names (财政拨款, 其他资金)."""
    return _SOURCE_NOISE.sub("", label)


def names_a_source_twice(labels: list[str]) -> bool:
    """Whether two of a budget block's row labels name the same source: a form names each source
    once, so the block is two or three blocks side by side read row by row (a 绩效目标表's
    中期资金总额 | 年度资金总额, a 预算安排 | 资金到位 | 资金执行 form), each label once for each."""
    names = [source_name(x) for x in labels]
    return len(set(names)) < len(names)


def has_weight_column(se: SelfEvaluation) -> bool:
    """Whether the form has a 分值 column: every indicator's weight was read, and the budget
    block's when it has one (a 部门整体 form may have none; then two figures on its 总分 row are
    that column's total and the score)."""
    return (not se.budget or se.budget[0].weight is not None) and bool(se.indicators) \
        and all(i.weight is not None for i in se.indicators)


_NAME_HEADER = lazy_compile(r"^指标名称$")
_NAMED_HEADER_ROLES = frozenset({"target", "actual", "weight", "score"})
_NAMED_HEADER_OTHERS = frozenset({"rate", "deviation"})


def is_named_indicator_header(texts: list[str], roles: dict[str, int]) -> bool:
    """A header row that names its indicators' column 指标名称 instead of splitting it into
    一级/二级/三级指标, as some provinces print the 项目 自评表 (``项目类别 | 指标名称 | 目标值 |
    权重 | 实际完成值 | 自评分``): ``texts`` the row's compacted cells, ``roles`` its columns.
    Only with a target, an actual, a weight and a score column after the name, at most one cell
    (the category) before it, and no other column after it: a 绩效目标表, a list of names or a
    form of another build (units, 指标性质, 得分系数 columns: :mod:`coefficient`) is not this one."""
    if not _NAMED_HEADER_ROLES <= roles.keys():
        return False
    filled = [(k, t) for k, t in enumerate(texts) if t]
    names = [n for n, (_, t) in enumerate(filled) if _NAME_HEADER.match(t)]
    if not names or names[0] > 1:
        return False
    by_column = {k: role for role, k in roles.items()}
    after = [by_column.get(k) for k, _ in filled[names[0] + 1:]]
    return all(r in _NAMED_HEADER_ROLES or r in _NAMED_HEADER_OTHERS for r in after)
